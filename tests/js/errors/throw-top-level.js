// An uncaught Error at top level: source line, caret, stack, exit 1.
console.log('before');
throw new Error('boom');
