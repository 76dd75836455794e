// A Timeout converts to a number id; clearTimeout accepts that number.
const t = setTimeout(() => console.log('t (cleared by id, should not run)'), 5);
const id = +t;
console.log('typeof +t', typeof id, Number.isInteger(id), id > 0);
console.log('toPrimitive', typeof t[Symbol.toPrimitive], t[Symbol.toPrimitive]() === id);
console.log('stable', +t === id);
clearTimeout(id);
const u = setTimeout(() => console.log('u (cleared by string key, should not run)'), 5);
clearTimeout(`${+u}`);
const iv = setInterval(() => console.log('iv (cleared by id)'), 5);
clearInterval(+iv);
const w = setTimeout(() => console.log('w runs'), 10);
console.log('distinct ids', +w !== id);
