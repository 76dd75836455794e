// Assigning a non-integer exitCode throws.
for (const bad of ['abc', 1.5, {}, true]) {
  try {
    process.exitCode = bad;
    console.log('accepted', bad, '->', process.exitCode);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.exitCode = '7';
console.log('string integer accepted', process.exitCode == 7);
process.exitCode = undefined;
console.log('reset', process.exitCode);
