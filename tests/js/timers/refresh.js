// timer.refresh() restarts the countdown with the original delay: A (60)
// would fire before B (70), but refreshed at 20 it fires at 80.
const order = [];
setTimeout(() => { order.push('B'); console.log('B fires at 70'); }, 70);
const a = setTimeout(() => { order.push('A'); console.log('A fires (refreshed)'); }, 60);
setTimeout(() => {
  console.log('refresh returns this', a.refresh() === a);
}, 20);
process.on('exit', () => console.log(order.join(',')));
