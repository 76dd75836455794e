// Timers fire in order of their delay, not of their creation. (Delays are
// 40 ms apart: node orders by creation time + delay, so a stall of more
// than the gap between two setTimeout calls would reorder them.)
setTimeout(() => console.log('120'), 120);
setTimeout(() => console.log('40'), 40);
setTimeout(() => console.log('80'), 80);
setTimeout(() => console.log('0'), 0);
setTimeout(() => console.log('1'), 1);
console.log('sync');
