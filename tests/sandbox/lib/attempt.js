// Shared by the escape cases (the runner copies it next to each case, both
// in the project and inside node_modules/evil): runs one attempt and prints
// what happened. A refusal prints its code, and for ERR_ACCESS_DENIED also
// the permission it names, so the documented error is what is pinned.
'use strict';

module.exports = function attempt(label, fn) {
  try {
    const r = fn();
    console.log(`${label}: allowed ${JSON.stringify(r)}`);
  } catch (e) {
    const detail = e.code === 'ERR_ACCESS_DENIED' ? ` ${e.permission}` : '';
    console.log(`${label}: ${e.code}${detail}`);
  }
};
