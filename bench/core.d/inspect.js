// util.inspect of a large nested object (arrays, Maps, Sets, class
// instances, strings, numbers, Dates, typed arrays), fully expanded.
'use strict';
const util = require('util');
const { crc32, run } = require('./lib.js');

class Node {
  constructor(id, children) {
    this.id = id;
    this.label = `node-${id}`;
    this.children = children;
  }
}

let counter = 0;
function build(depth) {
  const id = counter++;
  if (depth === 0) {
    return {
      id,
      name: `leaf "${id}"\n`,
      values: [id, id * 1.5, -id, id % 3 === 0, null, undefined],
      when: new Date(Date.UTC(2020, id % 12, 1 + (id % 28))),
      bytes: new Uint8Array([id & 0xff, (id >> 8) & 0xff, 7]),
    };
  }
  const children = [];
  for (let i = 0; i < 4; i++) children.push(build(depth - 1));
  const node = new Node(id, children);
  node.meta = new Map([['depth', depth], ['tags', new Set([`t${id % 5}`, `t${id % 7}`])]]);
  return node;
}
const tree = build(5); // 1365 nodes
const ROUNDS = 3;

run('inspect', () => {
  let out;
  for (let i = 0; i < ROUNDS; i++) out = util.inspect(tree, { depth: Infinity, breakLength: 100 });
  return out;
}, (out) => `${out.length}:${crc32(out)}`, `${ROUNDS} x util.inspect of a ${counter}-node tree, depth Infinity`);
