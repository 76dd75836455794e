// nextTick queue drains before promise microtasks; ticks queued from a
// microtask run after the microtask queue drains.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise from promise 1'));
});
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick from tick 1'));
  Promise.resolve().then(() => {
    console.log('promise from tick 1');
    process.nextTick(() => console.log('tick from promise from tick 1'));
  });
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
console.log('sync');
