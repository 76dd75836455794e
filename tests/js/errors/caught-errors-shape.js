// Error basics: name/message/toString/instanceof, stack's first line.
const kinds = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const K of kinds) {
  const e = new K('msg');
  console.log(e.name, e.message, String(e), e instanceof Error, e.stack.split('\n')[0]);
}
const e = new Error('x');
console.log(typeof e.stack, e.stack.includes('caught-errors-shape.js'));
console.log(Object.keys(e), Object.prototype.toString.call(e));
console.log(Error('called without new') instanceof Error);
try { decodeURIComponent('%'); } catch (err) { console.log(err.name); }
try { null.f(); } catch (err) { console.log(err.constructor.name); }
try { new Array(-1); } catch (err) { console.log(err.name); }
try { (1).toFixed(500); } catch (err) { console.log(err.name); }
console.log(new Error('c', { cause: 1 }).cause, 'cause' in new Error('no'));
