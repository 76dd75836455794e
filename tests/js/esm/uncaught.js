// An error thrown by an ES module entry: Node's report, exit code 1.
import './fixtures/values.js';
const value = 42;
throw new RangeError(`bad value ${value}`);
