// A SyntaxError in the main file: node prints file:line, the offending
// line and a caret before the message (V8 wording; special-cased).
console.log('never printed');
const x = {;
