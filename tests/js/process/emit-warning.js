// process.emitWarning is delivered asynchronously to 'warning' listeners.
// The default printer (which includes the pid) is removed first.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  console.log('warning:', w instanceof Error, w.name, '|', w.message, '|', w.code, '|', w.detail);
});
process.emitWarning('plain message');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed with code', 'CustomWarning', 'CODE_1');
process.emitWarning('with options', { type: 'OptWarning', code: 'CODE_2', detail: 'some detail' });
const e = new Error('an error object');
e.name = 'MyWarning';
process.emitWarning(e);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
console.log('sync end');
