// An async function that throws, result ignored: unhandled rejection.
async function main() {
  await null;
  throw new TypeError('async failure');
}
main();
console.log('sync end');
