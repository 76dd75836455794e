// golden: hand-written
// Default mode: rejecting with a non-Error wraps it in an
// ERR_UNHANDLED_REJECTION error, thrown from node's internals. The header
// names an internal source line that changes between node releases, so the
// goldens are Node 22's (v22.23.3: promises:392), written by hand. Note the
// " {" of the property block sits on the last internal frame line, which
// comparison drops.
console.log('before');
Promise.reject('just a string');
