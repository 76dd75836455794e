// diagnostics_channel.tracingChannel: traceSync, tracePromise and
// traceCallback publish start/end/asyncStart/asyncEnd/error in order, with
// the shared context object; nothing is published without subscribers.
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('my.op');
console.log('channels', tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name);
console.log('hasSubscribers', tc.hasSubscribers);
console.log('untraced', tc.traceSync((a, b) => a + b, {}, null, 2, 3));

const log = [];
const handlers = {
  start: (ctx) => log.push(`start ${JSON.stringify(ctx)}`),
  end: (ctx) => log.push(`end ${JSON.stringify(ctx)}`),
  asyncStart: (ctx) => log.push(`asyncStart ${JSON.stringify(ctx)}`),
  asyncEnd: (ctx) => log.push(`asyncEnd ${JSON.stringify(ctx)}`),
  error: (ctx) => log.push(`error ${ctx.error.message}`),
};
tc.subscribe(handlers);
console.log('hasSubscribers', tc.hasSubscribers, dc.hasSubscribers('tracing:my.op:start'));

function flush(label) {
  console.log(label);
  for (const line of log.splice(0)) console.log('  ' + line);
}

console.log('sync result', tc.traceSync(function (x) { return this.base + x; }, { op: 'sync' }, { base: 10 }, 5));
flush('traceSync');
try {
  tc.traceSync(() => { throw new Error('sync boom'); }, { op: 'sync-fail' });
} catch (err) {
  console.log('sync threw', err.message);
}
flush('traceSync error');

function cbApi(x, cb) {
  setTimeout(() => (x < 0 ? cb(new Error('negative')) : cb(null, x * 2)), 1);
}

(async () => {
  console.log('promise result', await tc.tracePromise(async (x) => x + 1, { op: 'promise' }, null, 41));
  flush('tracePromise');
  try {
    await tc.tracePromise(async () => { throw new Error('async boom'); }, { op: 'promise-fail' });
  } catch (err) {
    console.log('promise rejected', err.message);
  }
  flush('tracePromise rejection');
  await new Promise((resolve) => {
    tc.traceCallback(cbApi, -1, { op: 'callback' }, null, 4, (err, v) => {
      log.push(`callback ${err} ${v}`);
      resolve();
    });
  });
  flush('traceCallback');
  await new Promise((resolve) => {
    tc.traceCallback(cbApi, 1, { op: 'callback-fail' }, null, -1, (err) => {
      log.push(`callback ${err.message}`);
      resolve();
    });
  });
  flush('traceCallback error');
  try {
    tc.traceCallback(cbApi, -1, {}, null, 1, 'not a function');
  } catch (err) {
    console.log('bad callback', err.code, err.message);
  }
  console.log('unsubscribe', tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
  const custom = dc.tracingChannel({
    start: dc.channel('c.start'), end: dc.channel('c.end'), asyncStart: dc.channel('c.as'),
    asyncEnd: dc.channel('c.ae'), error: dc.channel('c.err'),
  });
  console.log('from channels', custom.start.name, custom.error.name);
  for (const bad of [42, { start: 1 }]) {
    try {
      dc.tracingChannel(bad);
    } catch (err) {
      console.log('bad tracingChannel', err.code, err.message);
    }
  }
})();
