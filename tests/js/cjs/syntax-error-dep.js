// A dependency with a syntax error: the report names its file and line.
require("./fixtures/bad-syntax.js");
