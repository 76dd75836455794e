// A dependency with a syntax error: the report names its file and line.
import "./fixtures/bad-syntax.js";
