// Requiring a module that does not exist throws MODULE_NOT_FOUND.
try {
  require('./does-not-exist');
} catch (e) {
  console.log(e.code, e instanceof Error);
  console.log(e.message.split('\n')[0]);
  console.log(JSON.stringify(e.requireStack));
}
try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(e.code);
  console.log(e.message.split('\n')[0]);
}
