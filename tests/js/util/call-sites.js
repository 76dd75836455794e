// golden: hand-written
// (node 22 output; node 20 differs)
// util.getCallSites: the caller's frames (function, script, line), the
// frame count and options checks, and getCallSite's rename warning.
// Columns are left out: engines count them differently.
const util = require('util');
const path = require('path');
const log = (...a) => console.log(...a);
process.removeAllListeners('warning');
process.on('warning', (w) => log('warning:', w.name, w.message));

function describe(site) {
  return `${site.functionName || '<top>'} ${path.basename(site.scriptName)}:${site.lineNumber} ` +
    `${typeof site.columnNumber} ${site.column === site.columnNumber} ${typeof site.scriptId} ${Object.getPrototypeOf(site)}`;
}
function inner() { return util.getCallSites(3); }
function outer() { return inner(); }
const sites = outer();
log(sites.length, Array.isArray(sites));
for (const s of sites) log(describe(s));
log(describe(util.getCallSites()[0]));
log(util.getCallSites(1).length, util.getCallSites({ sourceMap: false }).length > 0);
log(Object.keys(util.getCallSites(1)[0]).join());
for (const bad of [0, 201, 'x', -1]) {
  try {
    util.getCallSites(bad);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
for (const bad of [[1, null], [1, 'x'], [{ sourceMap: 1 }]]) {
  try {
    util.getCallSites(...bad);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(util.getCallSite(2).length, describe(util.getCallSite(2)[1]));
setTimeout(() => {}, 10);
