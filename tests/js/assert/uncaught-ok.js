// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// An uncaught assert.ok failure: the report shows the quoted expression.
const assert = require('assert');
Error.stackTraceLimit = 0;
const count = 3;
assert.ok(count > 5 && typeof count === 'number');
