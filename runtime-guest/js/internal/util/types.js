// Type predicates behind `util.types` and `util.inspect`.
//
// Node answers these with V8 internals. We have only ordinary JavaScript, so
// each predicate uses the most reliable test the language offers:
//
//  * a "brand check": calling a built-in getter or method that throws a
//    TypeError unless its receiver has the right internal slots (Map's `size`,
//    Date's `getTime`, ...). This cannot be fooled by prototypes or
//    Symbol.toStringTag, and it has no side effects;
//  * where no such method exists, Object.prototype.toString's tag or the
//    prototype chain, which a determined program can fake.

'use strict';

const { getPrototypeOf, getOwnPropertyDescriptor } = Object;
const objectToString = Object.prototype.toString;

// Returns the getter `name` of `proto`, or undefined if the engine lacks it.
function getterOf(proto, name) {
  const desc = proto && getOwnPropertyDescriptor(proto, name);
  return desc ? desc.get : undefined;
}

// True if calling `fn` with `value` as receiver (and `args`) does not throw.
function passesBrandCheck(fn, value, ...args) {
  if (typeof fn !== 'function') return false;
  try {
    fn.apply(value, args);
    return true;
  } catch {
    return false;
  }
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function tagOf(value) {
  return objectToString.call(value);
}

// ---- collections -------------------------------------------------------------

const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');

function isMap(value) {
  return isObjectLike(value) && passesBrandCheck(mapSize, value);
}

function isSet(value) {
  return isObjectLike(value) && passesBrandCheck(setSize, value);
}

// WeakMap/WeakSet `has` throws for a wrong receiver; with a fresh object as
// key it just answers false.
function isWeakMap(value) {
  return isObjectLike(value) && passesBrandCheck(WeakMap.prototype.has, value, {});
}

function isWeakSet(value) {
  return isObjectLike(value) && passesBrandCheck(WeakSet.prototype.has, value, {});
}

// Iterators have no side-effect-free brand check (`next` consumes), so trust
// the tag their prototype carries.
function isMapIterator(value) {
  return isObjectLike(value) && tagOf(value) === '[object Map Iterator]';
}

function isSetIterator(value) {
  return isObjectLike(value) && tagOf(value) === '[object Set Iterator]';
}

// ---- dates, regexps, errors ------------------------------------------------

function isDate(value) {
  return isObjectLike(value) && passesBrandCheck(Date.prototype.getTime, value);
}

// The `source` getter throws for non-RegExps, except that it answers "(?:)"
// for RegExp.prototype itself, which is not a RegExp.
const regExpSource = getterOf(RegExp.prototype, 'source');
function isRegExp(value) {
  return isObjectLike(value) && value !== RegExp.prototype &&
    passesBrandCheck(regExpSource, value);
}

// Error.isError (ES2026, present in QuickJS-NG) is an exact brand check;
// otherwise fall back on the [[ErrorData]]-based toString tag.
const errorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;
function isNativeError(value) {
  if (!isObjectLike(value)) return false;
  if (errorIsError !== undefined) return errorIsError(value);
  return tagOf(value) === '[object Error]';
}

// ---- boxed primitives --------------------------------------------------------

function isNumberObject(value) {
  return typeof value === 'object' && value !== null &&
    passesBrandCheck(Number.prototype.valueOf, value);
}

function isStringObject(value) {
  return typeof value === 'object' && value !== null &&
    passesBrandCheck(String.prototype.valueOf, value);
}

function isBooleanObject(value) {
  return typeof value === 'object' && value !== null &&
    passesBrandCheck(Boolean.prototype.valueOf, value);
}

function isBigIntObject(value) {
  return typeof value === 'object' && value !== null &&
    passesBrandCheck(BigInt.prototype.valueOf, value);
}

function isSymbolObject(value) {
  return typeof value === 'object' && value !== null &&
    passesBrandCheck(Symbol.prototype.valueOf, value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// ---- binary data ----------------------------------------------------------------

// %TypedArray%.prototype[Symbol.toStringTag] is a getter that returns the
// kind ("Uint8Array", ...) for typed arrays and undefined for anything else.
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayPrototype, Symbol.toStringTag);

// The element type of a typed array ("Uint8Array", ...) or undefined.
function typedArrayKind(value) {
  if (!isObjectLike(value)) return undefined;
  return typedArrayTag.call(value);
}

function isTypedArray(value) {
  return typedArrayKind(value) !== undefined;
}

function kindPredicate(kind) {
  return (value) => typedArrayKind(value) === kind;
}

// ArrayBuffer's byteLength getter throws for SharedArrayBuffers and
// everything else, but not for detached buffers.
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
function isArrayBuffer(value) {
  return isObjectLike(value) && passesBrandCheck(arrayBufferByteLength, value);
}

const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
function isSharedArrayBuffer(value) {
  return isObjectLike(value) && passesBrandCheck(sharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

// DataView's `buffer` getter, unlike byteLength, does not throw when the
// buffer is detached.
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
function isDataView(value) {
  return isObjectLike(value) && passesBrandCheck(dataViewBuffer, value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// ---- functions and generators ----------------------------------------------

// The prototypes of generator and async functions are not globals; take them
// from sample functions.
const GeneratorFunctionPrototype = getPrototypeOf(function* () {});
const AsyncFunctionPrototype = getPrototypeOf(async function () {});
const AsyncGeneratorFunctionPrototype = getPrototypeOf(async function* () {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;

function inheritsFrom(value, proto) {
  try {
    return proto.isPrototypeOf(value);
  } catch {
    return false;
  }
}

// Generator functions are told apart by their `prototype` property, which
// inherits from the generator prototype, as that survives changes to the
// function's own prototype. Returns 'sync', 'async' or undefined.
function generatorKind(fn) {
  let proto;
  try {
    proto = fn.prototype;
  } catch {
    return undefined;
  }
  if (typeof proto !== 'object' || proto === null) return undefined;
  if (inheritsFrom(proto, GeneratorPrototype)) return 'sync';
  if (inheritsFrom(proto, AsyncGeneratorPrototype)) return 'async';
  return undefined;
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  return generatorKind(value) !== undefined ||
    inheritsFrom(value, GeneratorFunctionPrototype) ||
    inheritsFrom(value, AsyncGeneratorFunctionPrototype);
}

// As in Node, async generator functions count as async functions too.
function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const kind = generatorKind(value);
  if (kind !== undefined) return kind === 'async';
  return inheritsFrom(value, AsyncFunctionPrototype) ||
    inheritsFrom(value, AsyncGeneratorFunctionPrototype);
}

function isGeneratorObject(value) {
  if (!isObjectLike(value)) return false;
  const tag = tagOf(value);
  return (tag === '[object Generator]' && inheritsFrom(value, GeneratorPrototype)) ||
    tag === '[object AsyncGenerator]';
}

// ---- promises ------------------------------------------------------------------

// No side-effect-free brand check exists in the language (`then` would mark a
// rejected promise as handled), so ask the host when it can tell, and rely on
// the prototype's tag otherwise. `binding.promiseState(p)` answers
// [state, value] with state 0 pending, 1 fulfilled, 2 rejected.
const hostPromiseState = typeof binding === 'object' && binding !== null &&
  typeof binding.promiseState === 'function' ? binding.promiseState : undefined;

// [state, value] for a promise when the host can tell, otherwise undefined.
function promiseDetails(value) {
  if (hostPromiseState === undefined) return undefined;
  try {
    const details = hostPromiseState(value);
    return details === undefined || details === null ? undefined : details;
  } catch {
    return undefined;
  }
}

// Promises are recognised by their tag; a promise without prototype (and
// so without tag) only when the host can confirm it.
function isPromise(value) {
  if (!isObjectLike(value)) return false;
  if (tagOf(value) !== '[object Promise]') {
    return getPrototypeOf(value) === null && promiseDetails(value) !== undefined;
  }
  return hostPromiseState === undefined || promiseDetails(value) !== undefined;
}

// ---- other -----------------------------------------------------------------

// Mapped and unmapped arguments objects both carry the "Arguments" tag and an
// own `callee`.
function isArgumentsObject(value) {
  return typeof value === 'object' && value !== null &&
    tagOf(value) === '[object Arguments]' &&
    Object.prototype.hasOwnProperty.call(value, 'callee') &&
    !Array.isArray(value);
}

// Module namespace objects: null prototype, not extensible, and an own,
// frozen Symbol.toStringTag of "Module".
function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  if (getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const desc = getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable &&
    !desc.configurable && !desc.enumerable;
}

// Proxies are invisible to JavaScript, so the runtime records the ones it
// creates: `trackProxies` (run at startup) wraps the global Proxy.
const proxyDetails = new WeakMap();

function isProxy(value) {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && proxyDetails.has(value);
}

// [target, handler] of a proxy made by this runtime's Proxy, else undefined.
function getProxyDetails(value) {
  return isProxy(value) ? proxyDetails.get(value) : undefined;
}

function trackProxies() {
  const NativeProxy = globalThis.Proxy;
  const revocable = function revocable(target, handler) {
    const result = NativeProxy.revocable(target, handler);
    const details = [target, handler];
    proxyDetails.set(result.proxy, details);
    // Remember the revocation, so that inspect can tell without touching
    // the proxy (Node shows the details of a revoked proxy as null).
    const revoke = result.revoke;
    result.revoke = () => {
      details[0] = null;
      details[1] = null;
      revoke();
    };
    return result;
  };
  const TrackedProxy = new NativeProxy(NativeProxy, {
    construct(ctor, args, newTarget) {
      const proxy = Reflect.construct(ctor, args, newTarget);
      proxyDetails.set(proxy, [args[0], args[1]]);
      return proxy;
    },
    get(ctor, key, receiver) {
      return key === 'revocable' ? revocable : Reflect.get(ctor, key, receiver);
    },
  });
  Object.defineProperty(globalThis, 'Proxy', { value: TrackedProxy, writable: true, configurable: true, enumerable: false });
}

function isExternal() {
  return false;
}

function isKeyObject() {
  return false;
}

function isCryptoKey() {
  return false;
}

// ---- fast classification for inspect ------------------------------------------

// The built-in kinds recognised by an internal slot, with their prototype
// and exact test.
const brandedKinds = [
  ['Set', Set.prototype, isSet],
  ['Map', Map.prototype, isMap],
  ['RegExp', RegExp.prototype, isRegExp],
  ['Date', Date.prototype, isDate],
  ['ArrayBuffer', ArrayBuffer.prototype, isArrayBuffer],
  ['DataView', DataView.prototype, isDataView],
  ['Promise', Promise.prototype, isPromise],
  ['WeakSet', WeakSet.prototype, isWeakSet],
  ['WeakMap', WeakMap.prototype, isWeakMap],
  ['Number', Number.prototype, isNumberObject],
  ['String', String.prototype, isStringObject],
  ['Boolean', Boolean.prototype, isBooleanObject],
  ['BigInt', BigInt.prototype, isBigIntObject],
  ['Symbol', Symbol.prototype, isSymbolObject],
];
if (typeof SharedArrayBuffer === 'function') {
  brandedKinds.push(['SharedArrayBuffer', SharedArrayBuffer.prototype, isSharedArrayBuffer]);
}
const kindByPrototype = new Map(brandedKinds.map(([kind, proto, test]) => [proto, [kind, test]]));

// Whether Error[name] can be assigned: V8 has data properties, QuickJS-NG
// accessor pairs.
function isSettableErrorProperty(name) {
  const desc = getOwnPropertyDescriptor(Error, name);
  return desc !== undefined && (desc.writable === true || desc.set !== undefined);
}

// Runs `fn` with stack traces switched off: the brand checks above throw
// for every wrong receiver, and recording a backtrace (and formatting it with
// a JavaScript Error.prepareStackTrace) is most of their cost. No user code
// runs meanwhile: failed brand checks never reach the receiver's traps.
function withoutStackTraces(fn) {
  const limitSettable = isSettableErrorProperty('stackTraceLimit');
  const prepareSettable = isSettableErrorProperty('prepareStackTrace');
  const savedLimit = limitSettable ? Error.stackTraceLimit : undefined;
  const savedPrepare = prepareSettable ? Error.prepareStackTrace : undefined;
  if (limitSettable) Error.stackTraceLimit = 0;
  if (prepareSettable && savedPrepare !== undefined) Error.prepareStackTrace = undefined;
  try {
    return fn();
  } finally {
    if (limitSettable) Error.stackTraceLimit = savedLimit;
    if (prepareSettable && savedPrepare !== undefined) Error.prepareStackTrace = savedPrepare;
  }
}

// Which of the kinds above `value` is ('' for none). Brand checks throw for
// wrong receivers, which is slow, so only the kind whose prototype is on the
// chain is tested. Every kind is tested only for objects whose chain does
// not reach Object.prototype (null-prototype objects and the like), as those
// are the ones that may be built-ins stripped of their prototype.
function builtinKind(value) {
  let proto = getPrototypeOf(value);
  let suspect;
  while (proto !== null) {
    if (proto === Object.prototype) {
      return suspect !== undefined && suspect[1](value) ? suspect[0] : '';
    }
    if (suspect === undefined) suspect = kindByPrototype.get(proto);
    proto = getPrototypeOf(proto);
  }
  return withoutStackTraces(() => {
    for (let i = 0; i < brandedKinds.length; i++) {
      if (brandedKinds[i][2](value)) return brandedKinds[i][0];
    }
    return '';
  });
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: kindPredicate('Uint8Array'),
  isUint8ClampedArray: kindPredicate('Uint8ClampedArray'),
  isUint16Array: kindPredicate('Uint16Array'),
  isUint32Array: kindPredicate('Uint32Array'),
  isInt8Array: kindPredicate('Int8Array'),
  isInt16Array: kindPredicate('Int16Array'),
  isInt32Array: kindPredicate('Int32Array'),
  // Always false on engines without Float16Array.
  isFloat16Array: kindPredicate('Float16Array'),
  isFloat32Array: kindPredicate('Float32Array'),
  isFloat64Array: kindPredicate('Float64Array'),
  isBigInt64Array: kindPredicate('BigInt64Array'),
  isBigUint64Array: kindPredicate('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};

// Not part of util.types: used by inspect.
Object.defineProperties(module.exports, {
  typedArrayKind: { value: typedArrayKind, enumerable: false },
  promiseDetails: { value: promiseDetails, enumerable: false },
  builtinKind: { value: builtinKind, enumerable: false },
  getProxyDetails: { value: getProxyDetails, enumerable: false },
  trackProxies: { value: trackProxies, enumerable: false },
});
