// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// An unhandled rejection from assert.rejects: the AssertionError is reported.
const assert = require('assert');
Error.stackTraceLimit = 0;
assert.rejects(Promise.resolve('fine'), 'should have rejected');
