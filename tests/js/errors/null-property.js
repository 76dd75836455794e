// Uncaught TypeError from reading a property of null. The message text is
// V8's: "Cannot read properties of null (reading 'x')".
const obj = null;
console.log('before');
console.log(obj.x);
