// SyntaxErrors from eval / new Function are catchable; only the type is
// compared (messages differ between engines).
for (const src of ['let = ;', 'function (', '}']) {
  try {
    eval(src);
  } catch (e) {
    console.log(e instanceof SyntaxError, e.name);
  }
}
try {
  new Function('return {');
} catch (e) {
  console.log('Function:', e instanceof SyntaxError);
}
try {
  JSON.parse('{bad json');
} catch (e) {
  console.log('JSON.parse:', e instanceof SyntaxError, e.name);
}
