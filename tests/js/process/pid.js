// pid and ppid are positive integers (their values are never printed).
for (const k of ['pid', 'ppid']) {
  const v = process[k];
  console.log(k, typeof v, Number.isInteger(v), v > 0);
}
console.log('pid !== ppid', process.pid !== process.ppid);
