// Extra arguments are passed to the callback; `this` is the Timeout object.
const t = setTimeout(function (a, b, ...rest) {
  console.log('args', a, b, rest);
  console.log('this is the timer', this === t);
}, 1, 'x', 2, [3], { four: 4 });
setTimeout((...args) => console.log('no extra args', args.length), 2);
const i = setInterval(function (v) {
  console.log('interval arg', v, this === i);
  clearInterval(this);
}, 3, 'iv');
