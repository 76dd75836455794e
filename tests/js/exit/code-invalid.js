// Non-integer exit codes throw instead of exiting.
for (const bad of [1.5, 'abc', {}, true, NaN]) {
  try {
    process.exit(bad);
  } catch (e) {
    console.log(e.name, e.code, '|', e.message);
  }
}
console.log('still alive');
process.exit(null); // null/undefined mean "use exitCode" (0 here)
