// node:v8 loads (koa requires it for startupSnapshot) and node:http2 loads
// (fastify requires it); what sandnode cannot do throws a clear error.
const v8 = require('v8');
const http2 = require('http2');

console.log('isBuildingSnapshot', v8.startupSnapshot.isBuildingSnapshot());
for (const name of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  try {
    v8.startupSnapshot[name](() => {});
  } catch (err) {
    console.log(name, err.code, err.name, err.message);
  }
}
console.log('v8 functions', ['getHeapStatistics', 'serialize', 'deserialize', 'setFlagsFromString'].map((k) => typeof v8[k]).join(','));
console.log('http2 functions', ['createServer', 'createSecureServer', 'connect'].map((k) => typeof http2[k]).join(','));
