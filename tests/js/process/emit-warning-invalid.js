// emitWarning validates its argument.
process.removeAllListeners('warning');
for (const bad of [undefined, 42, {}]) {
  try {
    process.emitWarning(bad);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
