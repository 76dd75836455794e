// The header names the line of the throw, inside the function.
function validate(x) {
  if (x < 0) {
    throw new RangeError(`negative: ${x}`);
  }
}
function run() {
  validate(-1);
}
run();
