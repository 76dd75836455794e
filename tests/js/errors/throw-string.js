// Throwing a string: node prints an empty line, file:line, the source line,
// the caret, the raw string (not quoted) and a --trace-uncaught hint.
console.log('before');
throw 'a plain string';
