// An uncaught ReferenceError.
console.log('before');
console.log(notDefinedAnywhere);
