// `sandnode serve app.js`: one request on a fresh instance. The host calls
// the guest's wasi:http/incoming-handler export (runtime-guest/src/serve.rs),
// which runs the launch in mode 'serve': load the app, build a Request,
// call its fetch handler, stream the Response back, and let the event loop
// finish what ctx.waitUntil() was given.
//
// The app is either a module whose default export has `fetch(request, env,
// ctx)` (Cloudflare Workers, Deno, Bun), or a script that calls
// `addEventListener('fetch', (event) => event.respondWith(...))`.
'use strict';

const loop = require('internal/event_loop');
const { pathToURL } = require('internal/modules/esm/resolve');

const CHUNK = 64 * 1024;
const fetchListeners = [];
// The app's module namespace once imported: at pre-initialisation, when
// `sandnode serve` snapshots the app (then every request starts with it),
// else by the request itself.
let appNamespace = null;
let preloadError = null;

// Service-worker syntax, only in serve mode (Node has no global
// addEventListener).
function installGlobals() {
  const add = function addEventListener(type, listener) {
    if (type === 'fetch' && typeof listener === 'function') fetchListeners.push(listener);
  };
  Object.defineProperty(globalThis, 'addEventListener', {
    value: add, writable: true, configurable: true, enumerable: false,
  });
}

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'an object';
  return typeof value;
}

// The handler: `fetch` of the default export, else the fetch listeners.
function handlerOf(ns) {
  const app = ns?.default;
  if (app !== null && typeof app === 'object' && typeof app.fetch === 'function') {
    return (request, env, ctx) => app.fetch(request, env, ctx);
  }
  if (fetchListeners.length > 0) return dispatchFetchEvent;
  throw new TypeError('The app has no fetch handler: export default { fetch(request, env, ctx) { ... } }, ' +
    "or call addEventListener('fetch', (event) => event.respondWith(...))");
}

function dispatchFetchEvent(request, env, ctx) {
  return new Promise((resolve, reject) => {
    let responded = false;
    const event = {
      type: 'fetch',
      request,
      respondWith(response) {
        if (responded) throw new DOMException('respondWith() was already called', 'InvalidStateError');
        responded = true;
        Promise.resolve(response).then(resolve, reject);
      },
      waitUntil: ctx.waitUntil,
      passThroughOnException: ctx.passThroughOnException,
    };
    for (const listener of fetchListeners) {
      listener.call(globalThis, event);
      if (responded) return;
    }
    reject(new TypeError('No fetch listener called event.respondWith()'));
  });
}

// The request body: the host's input stream as a ReadableStream.
function bodyStream(id) {
  return new ReadableStream({
    pull(controller) {
      return new Promise((resolve) => {
        const step = () => {
          let chunk;
          try {
            chunk = binding.ioRead(id, CHUNK);
          } catch (err) {
            loop.unwatch(id);
            controller.error(new TypeError('The request body could not be read', { cause: err }));
            resolve();
            return;
          }
          if (chunk !== null && chunk.byteLength === 0) {
            loop.watch(id, step);
            return;
          }
          loop.unwatch(id);
          if (chunk === null) controller.close();
          else controller.enqueue(chunk);
          resolve();
        };
        step();
      });
    },
  });
}

function makeRequest(head) {
  const [method, path, scheme, authority, rawHeaders, bodyId] = head;
  const headers = new Headers();
  for (let i = 0; i < rawHeaders.length; i += 2) headers.append(rawHeaders[i], rawHeaders[i + 1]);
  const init = { method, headers };
  if (bodyId !== null && method !== 'GET' && method !== 'HEAD') {
    init.body = bodyStream(bodyId);
    init.duplex = 'half';
  }
  return new Request(`${scheme}://${authority}${path}`, init);
}

// Hands `bytes` to the host, waiting for room when it is full.
function writeAll(bytes) {
  return new Promise((resolve, reject) => {
    const outId = binding.serveOutId();
    let offset = 0;
    const step = () => {
      loop.unwatch(outId);
      try {
        while (offset < bytes.byteLength) {
          const n = binding.serveWrite(bytes, offset);
          if (n === 0) {
            loop.watch(outId, step);
            return;
          }
          offset += n;
        }
      } catch (err) {
        reject(err);
        return;
      }
      resolve();
    };
    step();
  });
}

async function send(response) {
  const headers = [];
  for (const [name, value] of response.headers) headers.push(name, value);
  binding.serveRespond(response.status, headers);
  if (response.body !== null) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) {
        throw new TypeError(`The response body gave a chunk that is not a Uint8Array (${describe(value)})`);
      }
      await writeAll(value);
    }
  }
  binding.serveFinish();
}

function failure(status, text) {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

function report(what, err) {
  console.error(`sandnode serve: ${what}:`, err);
}

async function importApp(appPath) {
  appNamespace ??= await binding.importModule(pathToURL(appPath), '');
  return appNamespace;
}

async function handle(appPath) {
  const head = binding.serveRequest();
  if (head === null) return;
  const waits = [];
  let passThrough = false;
  const ctx = {
    waitUntil(promise) {
      waits.push(Promise.resolve(promise).then(undefined, (err) => report('a waitUntil() promise failed', err)));
    },
    // On an exception, `sandnode host` then answers from the tenant's
    // origin (its `origin` key); without one, and under other hosts, the
    // answer is a 500 as without this call.
    passThroughOnException() {
      passThrough = true;
    },
  };
  let response;
  try {
    const handler = handlerOf(await importApp(appPath));
    const request = makeRequest(head);
    const env = { ...process.env };
    response = await handler(request, env, ctx);
    if (!(response instanceof Response)) {
      throw new TypeError(`The fetch handler must return a Response (or a promise of one), not ${describe(response)}`);
    }
    if (response.type === 'error') throw new TypeError('The fetch handler returned Response.error()');
  } catch (err) {
    report('the fetch handler failed', err);
    if (passThrough && binding.servePassThrough()) {
      await Promise.all(waits);
      return;
    }
    response = failure(500, 'Internal Server Error\n');
  }
  try {
    await send(response);
  } catch (err) {
    // The head may be out already: the body stays unfinished, and the
    // client sees the response cut short.
    report('the response could not be sent', err);
  }
  await Promise.all(waits);
}

// Pre-initialisation (no request yet): import the app so the snapshot
// holds it. Only promise jobs run here, no timers or I/O, so an app whose
// top level waits for those is imported per request instead.
function preload(appPath) {
  installGlobals();
  importApp(appPath).then(undefined, (err) => { preloadError = err; });
}

// Whether preload() finished; reports why not.
function preloaded() {
  if (appNamespace !== null) return true;
  report('the app could not be imported at start-up', preloadError ?? new Error(
    'its top level waits for timers or I/O'));
  return false;
}

function serve(config) {
  if (binding.serveOutId() === undefined) {
    preload(config.payload);
    return 'preload';
  }
  if (appNamespace === null) installGlobals();
  handle(config.payload).then(undefined, (err) => report('internal error', err));
  return 'request';
}

module.exports = { serve, preloaded };
