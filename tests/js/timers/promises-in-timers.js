// async/await with timer-based sleeps.
const sleep = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));
async function worker(name, delays) {
  for (const d of delays) {
    const v = await sleep(d, `${name}:${d}`);
    console.log(v);
  }
  return name;
}
(async () => {
  const r = await Promise.all([worker('A', [10, 60]), worker('B', [30, 10, 60])]);
  console.log('all done', r);
  const first = await Promise.race([sleep(40, 'slow'), sleep(1, 'fast')]);
  console.log('race', first);
})();
console.log('sync');
