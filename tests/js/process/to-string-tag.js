// `process` identifies itself the way libraries test for Node
// (axios, for one, picks its http adapter by this).
console.log(Object.prototype.toString.call(process));
console.log(process[Symbol.toStringTag]);
console.log(Object.keys(process).includes(Symbol.toStringTag.toString()));
const d = Object.getOwnPropertyDescriptor(process, Symbol.toStringTag);
console.log(JSON.stringify(d));
console.log(String(Object.prototype.toString.call(Object.create(process))));
console.log(typeof process === 'object' && process.constructor.name);
