// process.nextTick validates its callback.
for (const bad of [undefined, 1, 'str', {}, null]) {
  try {
    process.nextTick(bad);
    console.log('no throw for', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
