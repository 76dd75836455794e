// Importing CommonJS: module.exports is the default export, and named
// exports are the names found statically in the source.
import plain, * as plainNs from './fixtures/plain.cjs';
import * as literal from './fixtures/literal.cjs';
const { one, two, three, fromSpread } = literal;
import * as reexported from './fixtures/reexport.cjs';
import babel, * as babelNs from './fixtures/babel.cjs';
import * as ts from './fixtures/ts-star.cjs';
import callable, { prop } from './fixtures/function.cjs';
import str from './fixtures/string.cjs';

console.log('plain default', plain);
console.log('plain names', Object.keys(plainNs).sort());
console.log('literal', one(), two, three, fromSpread, Object.keys(literal));
console.log('reexport names', Object.keys(reexported).sort());
console.log('babel', typeof babel, Object.keys(babelNs).sort(), babelNs.named);
console.log('ts', Object.keys(ts).sort(), ts.own, ts.fromSpread);
console.log('function', callable(), prop);
console.log('string', str);
const dynamic = await import('./fixtures/plain.cjs');
console.log('same namespace', dynamic === plainNs);
