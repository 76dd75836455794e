// node:v8: only what a program can use without V8 itself. Snapshot building
// is never in progress; everything about V8's heap, serializer and flags
// throws ERR_NOT_SUPPORTED_IN_SANDNODE (QuickJS has no equivalent).
'use strict';

const { codes } = require('internal/errors');

function notBuilding() {
  throw new codes.ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  // Node answers with a number (its flag's raw value).
  isBuildingSnapshot: () => 0,
  addSerializeCallback: notBuilding,
  addDeserializeCallback: notBuilding,
  setDeserializeMainFunction: notBuilding,
};

function unsupported(name) {
  const fn = function () {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`v8.${name}`);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const UNSUPPORTED = [
  'cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics', 'getHeapSpaceStatistics',
  'getHeapCodeStatistics', 'writeHeapSnapshot', 'setFlagsFromString', 'setHeapSnapshotNearHeapLimit',
  'serialize', 'deserialize', 'takeCoverage', 'stopCoverage', 'queryObjects',
  'Serializer', 'Deserializer', 'DefaultSerializer', 'DefaultDeserializer',
];

module.exports = { startupSnapshot };
for (const name of UNSUPPORTED) module.exports[name] = unsupported(name);
