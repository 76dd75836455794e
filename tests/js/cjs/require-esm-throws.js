// An ES module that throws while require() evaluates it. (One frame: in
// Node the rest of the trace is its own loader internals.)
Error.stackTraceLimit = 1;
require("./fixtures/esm-throws.mjs");
