// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// An uncaught AssertionError is reported with its fields, as Node does.
const assert = require('assert');
Error.stackTraceLimit = 0;
assert.strictEqual(1 + 1, 3);
