// An ES module imports CommonJS that require()s the ES module back: Node 22
// refuses the cycle with ERR_REQUIRE_CYCLE_MODULE.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name));
import('./fixtures/cycle-a.mjs').then((ns) => console.log('imported', ns.a));
