// What the host granted this run (the launch record's `grants`), for error
// messages only: the host enforces every grant whatever the guest believes.
'use strict';

let grants = { read: [], write: [], env: false, net: false, lookup: false };

function setGrants(value) {
  if (value !== null && typeof value === 'object') grants = value;
}

function getGrants() {
  return grants;
}

module.exports = { setGrants, getGrants };
