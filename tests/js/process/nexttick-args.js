// nextTick runs callbacks FIFO, with extra arguments, before promises.
process.nextTick((a, b, c) => console.log('tick 1', a, b, c), 1, 'two', { three: 3 });
process.nextTick(() => console.log('tick 2'));
process.nextTick(function () { console.log('tick 3, own args', arguments.length); });
process.nextTick((...rest) => console.log('tick 4', rest), undefined, null);
console.log('sync');
