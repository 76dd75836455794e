// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// deepStrictEqual on special values: Dates, RegExps, boxed primitives, NaN, -0, sparse arrays, WeakMap/WeakSet, URL, Promises, functions.
const assert = require('assert');
const { show } = require('./fixtures/show');
const s = (l, a, b) => show(`strict ${l}`, () => assert.deepStrictEqual(a, b));
const l = (lb, a, b) => show(`loose ${lb}`, () => assert.deepEqual(a, b));
s('dates', new Date(0), new Date(0));
s('dates diff', new Date(0), new Date(1000));
s('invalid dates', new Date(NaN), new Date(NaN));
s('date props', Object.assign(new Date(0), { x: 1 }), new Date(0));
s('date vs obj', new Date(0), {});
l('date vs number', new Date(0), 0);
s('regexp', /a/g, /a/g);
s('regexp flags', /a/g, /a/i);
s('regexp source', /a/, /b/);
const r1 = /a/g; r1.lastIndex = 3;
s('regexp lastIndex', r1, /a/g);
l('regexp lastIndex', r1, /a/g);
s('regexp props', Object.assign(/a/, { x: 1 }), /a/);
s('boxed num', new Number(1), new Number(1));
s('boxed num diff', new Number(1), new Number(2));
s('boxed NaN', new Number(NaN), new Number(NaN));
s('boxed zero', new Number(0), new Number(-0));
s('boxed str', new String('a'), new String('a'));
s('boxed str diff', new String('a'), new String('b'));
s('boxed vs prim', new String('a'), 'a');
l('boxed vs prim', new String('a'), 'a');
s('boxed bool', new Boolean(false), new Boolean(true));
s('boxed bigint', Object(1n), Object(1n));
const sym = Symbol('x');
s('boxed symbol', Object(sym), Object(sym));
s('boxed symbol diff', Object(Symbol('x')), Object(Symbol('x')));
s('boxed num vs str', new Number(1), new String('1'));
s('boxed with props', Object.assign(new String('a'), { p: 1 }), new String('a'));
s('NaN', NaN, NaN);
s('NaN in obj', { a: NaN }, { a: NaN });
s('zeros', 0, -0);
s('zeros in arr', [0], [-0]);
l('zeros in arr', [0], [-0]);
s('sparse vs undefined', [1, , 3], [1, undefined, 3]);
l('sparse vs undefined', [1, , 3], [1, undefined, 3]);
s('sparse both', [1, , 3], [1, , 3]);
s('sparse diff', [, 1], [1, ,]);
s('undefined vs null', [undefined], [null]);
l('undefined vs null', [undefined], [null]);
l('undefined vs null obj', { a: undefined }, { a: null });
s('weakmap', new WeakMap(), new WeakMap());
const wm = new WeakMap();
s('weakmap same', wm, wm);
s('weakset', new WeakSet(), new WeakSet());
// URLs compare by href (their messages are left out: inspect shows them differently).
const { isDeepStrictEqual } = require('util');
console.log('url', isDeepStrictEqual(new URL('http://a.com/x'), new URL('http://a.com/x')),
  isDeepStrictEqual(new URL('http://a.com/x'), new URL('http://a.com/y')),
  isDeepStrictEqual(Object.assign(new URL('http://a.com/'), { z: 1 }), new URL('http://a.com/')),
  isDeepStrictEqual(new URL('http://a.com/'), { href: 'http://a.com/' }));
s('promises', Promise.resolve(1), Promise.resolve(2));
s('functions', () => 1, () => 1);
s('symbols', Symbol('a'), Symbol('a'));
s('bigints', 1n, 1n);
s('bigint vs num', 1n, 1);
l('bigint vs num', 1n, 1);
l('bigint vs str', 1n, '1');
s('strings', 'a', 'a');
s('null undefined', null, undefined);
l('null undefined', null, undefined);
l('NaN', NaN, NaN);
l('0 and false', 0, false);
l('"" and 0', '', 0);
l('1 and "1"', { a: 1 }, { a: '1' });
l('arrays coerce', [1, 2], ['1', '2']);
l('obj vs array', { 0: 1, length: 1 }, [1]);
l('proto ignored', Object.create({ x: 1 }), {});
class A { constructor() { this.v = 1; } }
l('class vs plain', new A(), { v: 1 });
l('symbol keys ignored', { [Symbol('q')]: 1 }, {});
l('boxed vs boxed', new Number(1), new Number(1));
l('boxed diff', new Number(1), new Number(2));
