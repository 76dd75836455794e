// Bad chunks throw synchronously with Node's codes; an unknown encoding too.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('number', () => process.stdout.write(42));
attempt('object', () => process.stdout.write({}));
attempt('null', () => process.stdout.write(null));
attempt('bad encoding', () => process.stdout.write('x', 'no-such-encoding'));
attempt('undefined', () => process.stdout.write(undefined));
process.stdout.write('still writable\n');
