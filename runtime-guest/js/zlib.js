// node:zlib — the stream classes (Gzip, Inflate, BrotliCompress, ...), the
// one-shot forms (gzipSync/gzip, inflate...), crc32, constants and codes.
// The work runs in Rust: stream engines (binding.zlibStream*) are fed chunk by
// chunk; the one-shot forms use whole-buffer natives (binding.zlibProcess,
// binding.brotliProcess). Options are validated here the way Node validates
// them.
'use strict';

const { codes: errors } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const {
  ERR_BROTLI_INVALID_PARAM,
  ERR_BUFFER_TOO_LARGE,
  ERR_INTERNAL_ASSERTION,
  ERR_INVALID_ARG_TYPE,
  ERR_NOT_SUPPORTED_IN_SANDNODE,
  ERR_OUT_OF_RANGE,
  ERR_ZLIB_INITIALIZATION_FAILED,
} = errors;

// Node 22's zlib.constants, in Node's order (zlib 1.3.1, brotli, zstd).
const constants = {
  __proto__: null,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3,
  Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4,
  DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, ZSTD_DECOMPRESS: 11,
  ZSTD_COMPRESS: 10, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2,
  BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31, ZSTD_e_continue: 0, ZSTD_e_flush: 1, ZSTD_e_end: 2,
  ZSTD_fast: 1, ZSTD_dfast: 2, ZSTD_greedy: 3, ZSTD_lazy: 4, ZSTD_lazy2: 5, ZSTD_btlazy2: 6,
  ZSTD_btopt: 7, ZSTD_btultra: 8, ZSTD_btultra2: 9, ZSTD_c_compressionLevel: 100,
  ZSTD_c_windowLog: 101, ZSTD_c_hashLog: 102, ZSTD_c_chainLog: 103, ZSTD_c_searchLog: 104,
  ZSTD_c_minMatch: 105, ZSTD_c_targetLength: 106, ZSTD_c_strategy: 107,
  ZSTD_c_enableLongDistanceMatching: 160, ZSTD_c_ldmHashLog: 161, ZSTD_c_ldmMinMatch: 162,
  ZSTD_c_ldmBucketSizeLog: 163, ZSTD_c_ldmHashRateLog: 164, ZSTD_c_contentSizeFlag: 200,
  ZSTD_c_checksumFlag: 201, ZSTD_c_dictIDFlag: 202, ZSTD_c_nbWorkers: 400, ZSTD_c_jobSize: 401,
  ZSTD_c_overlapLog: 402, ZSTD_d_windowLogMax: 100, ZSTD_CLEVEL_DEFAULT: 3, ZSTD_error_no_error: 0,
  ZSTD_error_GENERIC: 1, ZSTD_error_prefix_unknown: 10, ZSTD_error_version_unsupported: 12,
  ZSTD_error_frameParameter_unsupported: 14, ZSTD_error_frameParameter_windowTooLarge: 16,
  ZSTD_error_corruption_detected: 20, ZSTD_error_checksum_wrong: 22,
  ZSTD_error_literals_headerWrong: 24, ZSTD_error_dictionary_corrupted: 30,
  ZSTD_error_dictionary_wrong: 32, ZSTD_error_dictionaryCreation_failed: 34,
  ZSTD_error_parameter_unsupported: 40, ZSTD_error_parameter_combination_unsupported: 41,
  ZSTD_error_parameter_outOfBound: 42, ZSTD_error_tableLog_tooLarge: 44,
  ZSTD_error_maxSymbolValue_tooLarge: 46, ZSTD_error_maxSymbolValue_tooSmall: 48,
  ZSTD_error_stabilityCondition_notRespected: 50, ZSTD_error_stage_wrong: 60,
  ZSTD_error_init_missing: 62, ZSTD_error_memory_allocation: 64, ZSTD_error_workSpace_tooSmall: 66,
  ZSTD_error_dstSize_tooSmall: 70, ZSTD_error_srcSize_wrong: 72, ZSTD_error_dstBuffer_null: 74,
  ZSTD_error_noForwardProgress_destFull: 80, ZSTD_error_noForwardProgress_inputEmpty: 82,
};

// Return codes both ways: name -> number and number -> name.
const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

const { DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE } = constants;

function kMaxLength() {
  return require('buffer').kMaxLength;
}

function bufferOf(bytes) {
  const { Buffer } = require('buffer');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ---- validation, as Node's internal validators do it ----------------------

// false for undefined/NaN (use the default), true for a finite number;
// throws for other types and infinities.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', number);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
}

// What every engine accepts (Node's ZlibBase): chunkSize, flush,
// finishFlush, maxOutputLength, info.
function baseSettings(opts, flushUpper, finishDefault) {
  const settings = {
    chunkSize: constants.Z_DEFAULT_CHUNK, flush: 0, finishFlush: finishDefault,
    maxOutputLength: kMaxLength(), info: false,
  };
  if (!opts) return settings;
  if (validateFiniteNumber(opts.chunkSize, 'options.chunkSize')) {
    if (opts.chunkSize < constants.Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${constants.Z_MIN_CHUNK}`, opts.chunkSize);
    }
    settings.chunkSize = opts.chunkSize;
  }
  settings.flush = checkRangesOrGetDefault(opts.flush, 'options.flush', 0, flushUpper, 0);
  settings.finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', 0, flushUpper, finishDefault);
  settings.maxOutputLength = checkRangesOrGetDefault(
    opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength(), kMaxLength());
  settings.info = Boolean(opts.info);
  return settings;
}

// Node's Zlib constructor: windowBits, level, memLevel, strategy, dictionary.
function zlibSettings(opts, mode) {
  let windowBits = constants.Z_DEFAULT_WINDOWBITS;
  let level = constants.Z_DEFAULT_COMPRESSION;
  let strategy = constants.Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // 0 (or nothing) lets an inflater take the window size from the header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      const min = constants.Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        min, constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level',
      constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, constants.Z_DEFAULT_COMPRESSION);
    checkRangesOrGetDefault(opts.memLevel, 'options.memLevel',
      constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
      constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (!isAnyArrayBuffer(dictionary)) {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
      dictionary = new Uint8Array(dictionary);
    }
  }
  const base = baseSettings(opts, constants.Z_BLOCK, constants.Z_FINISH);
  return { mode, windowBits, level, strategy, dictionary, ...base };
}

const kMaxBrotliParam = constants.BROTLI_PARAM_NDIRECT;

// Node's Brotli constructor: `params` keyed by BROTLI_PARAM_* numbers, kept
// in a Uint32Array where all ones means "not set".
function brotliSettings(opts, mode) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || (params[key] | 0) !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params[key] = value;
    }
  }
  checkBrotliParams(params, mode);
  const base = baseSettings(opts, constants.BROTLI_OPERATION_EMIT_METADATA, constants.BROTLI_OPERATION_FINISH);
  return { mode, params, ...base };
}

// What the brotli library itself refuses when it is set up (Node reports
// it as ERR_ZLIB_INITIALIZATION_FAILED), and what sandnode's encoder lacks.
function checkBrotliParams(params, mode) {
  const unset = 0xffffffff;
  if (mode === BROTLI_DECODE) {
    for (let key = 2; key <= kMaxBrotliParam; key++) {
      if (params[key] !== unset) throw new ERR_ZLIB_INITIALIZATION_FAILED();
    }
    return;
  }
  const dlcm = params[constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING];
  if (dlcm !== unset && dlcm > 1) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  for (const name of ['BROTLI_PARAM_NPOSTFIX', 'BROTLI_PARAM_NDIRECT']) {
    const value = params[constants[name]];
    if (value !== unset && value !== 0) {
      throw new ERR_NOT_SUPPORTED_IN_SANDNODE(`Brotli parameter ${name} (other than 0)`);
    }
  }
}

// ---- running an engine ----------------------------------------------------

// The native result: bytes, or [kind, ...details] describing Node's error.
function resultOf(raw, settings) {
  if (!Array.isArray(raw)) return bufferOf(raw);
  switch (raw[0]) {
    case 'stream': {
      const err = new Error(raw[1]);
      err.errno = raw[2];
      err.code = raw[3];
      return err;
    }
    case 'too-large': return new ERR_BUFFER_TOO_LARGE(settings.maxOutputLength);
    case 'init': return new ERR_ZLIB_INITIALIZATION_FAILED();
    default: return new ERR_NOT_SUPPORTED_IN_SANDNODE(raw[1]);
  }
}

function run(settings, bytes) {
  let raw;
  if (settings.mode === BROTLI_ENCODE || settings.mode === BROTLI_DECODE) {
    raw = binding.brotliProcess(settings.mode === BROTLI_ENCODE, bytes, Array.from(settings.params),
      settings.finishFlush, settings.maxOutputLength);
  } else {
    const nums = [settings.level, settings.windowBits, settings.strategy, settings.finishFlush,
      settings.maxOutputLength];
    const dict = settings.dictionary;
    raw = dict !== undefined && dict.byteLength > 0
      ? binding.zlibProcess(settings.mode, bytes, nums, viewBytes(dict))
      : binding.zlibProcess(settings.mode, bytes, nums);
  }
  return resultOf(raw, settings);
}

function syncInput(buffer) {
  if (typeof buffer === 'string') return require('buffer').Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return viewBytes(buffer);
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

// The callback forms hand the input to a stream's end(), so they accept
// what a stream chunk may be, and nothing (an empty input).
function asyncInput(buffer) {
  if (buffer === undefined || buffer === null) return new Uint8Array(0);
  if (typeof buffer === 'string') return require('buffer').Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return viewBytes(buffer);
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

function validateCallback(callback) {
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
}

// Sync and callback forms of one engine. Node names them
// syncBufferWrapper/asyncBufferWrapper; so does sandnode.
// With `info`, the result also names the engine, a closed stream of the
// matching class that has read the input.
function withInfo(settings, bytes, result) {
  if (!settings.info) return result;
  const engine = new streamClasses[settings.mode](settings.opts);
  engine.bytesWritten = bytes.byteLength;
  closeHandle(engine);
  return { buffer: result, engine };
}

function convenience(makeSettings) {
  function syncBufferWrapper(buffer, opts) {
    const settings = makeSettings(opts);
    const bytes = syncInput(buffer);
    const result = run(settings, bytes);
    if (result instanceof Error) throw result;
    return withInfo(settings, bytes, result);
  }
  function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    const settings = makeSettings(opts);
    validateCallback(callback);
    const bytes = asyncInput(buffer);
    // Node compresses on its thread pool and calls back later; here the
    // work waits for the next turn of the event loop.
    require('internal/event_loop').setImmediate(() => {
      const result = run(settings, bytes);
      if (result instanceof Error) callback(result);
      else callback(null, withInfo(settings, bytes, result));
    });
  }
  return [syncBufferWrapper, asyncBufferWrapper];
}

const zlibEngine = (mode) => (opts) => {
  if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
  return { ...zlibSettings(opts, mode), opts };
};
const brotliEngine = (mode) => (opts) => ({ ...brotliSettings(opts, mode), opts });

const [deflateSync, deflate] = convenience(zlibEngine(DEFLATE));
const [inflateSync, inflate] = convenience(zlibEngine(INFLATE));
const [gzipSync, gzip] = convenience(zlibEngine(GZIP));
const [gunzipSync, gunzip] = convenience(zlibEngine(GUNZIP));
const [deflateRawSync, deflateRaw] = convenience(zlibEngine(DEFLATERAW));
const [inflateRawSync, inflateRaw] = convenience(zlibEngine(INFLATERAW));
const [unzipSync, unzip] = convenience(zlibEngine(UNZIP));
const [brotliCompressSync, brotliCompress] = convenience(brotliEngine(BROTLI_ENCODE));
const [brotliDecompressSync, brotliDecompress] = convenience(brotliEngine(BROTLI_DECODE));

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  const bytes = typeof data === 'string' ? binding.utf8Encode(data) : viewBytes(data);
  return binding.zlibCrc32(bytes, value);
}

// ---- streams ---------------------------------------------------------------
//
// Each stream holds a native engine as `_handle`. A chunk goes to the engine
// in steps: each step gets the room left in the current output chunk (of
// `chunkSize` bytes) and says whether it filled it; a filled room means the
// engine has more to give, and the step is repeated. When the readable side
// is full the next step waits for the consumer to read, so a stream's memory
// stays bounded however much it is fed.

const { Buffer } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const kSettings = Symbol('kSettings');

function later(fn) {
  require('internal/event_loop').setImmediate(fn);
}

// Node's order of flush strength, weakest first.
const flushOrder = [constants.Z_NO_FLUSH, constants.Z_BLOCK, constants.Z_PARTIAL_FLUSH,
  constants.Z_SYNC_FLUSH, constants.Z_FULL_FLUSH, constants.Z_FINISH];

function maxFlush(a, b) {
  return flushOrder.indexOf(a) > flushOrder.indexOf(b) ? a : b;
}

// Empty chunks that carry a flush kind through the write queue, so that a
// flush() happens in order with the writes before it.
const kFlushBuffers = [];
for (const flag of flushOrder) {
  kFlushBuffers[flag] = Buffer.from(new ArrayBuffer(0));
  kFlushBuffers[flag][kFlushFlag] = flag;
}

function newEngine(mode, nums, dictionary) {
  const raw = dictionary !== undefined && dictionary.byteLength > 0
    ? binding.zlibStreamNew(mode, nums, viewBytes(dictionary))
    : binding.zlibStreamNew(mode, nums);
  if (Array.isArray(raw)) throw resultOf(raw, {});
  return raw;
}

// Node's internal assert: a broken invariant, not a user error.
function internalAssert(value, message) {
  if (!value) throw new ERR_INTERNAL_ASSERTION(message);
}

function closeHandle(stream) {
  if (stream._handle) binding.zlibStreamClose(stream._handle);
  stream._handle = null;
}

// An engine failure ends the stream: there is no way to recover.
function engineFailed(stream, raw) {
  const error = resultOf(raw, stream[kSettings]);
  stream.destroy(error);
  stream[kError] = error;
}

// The shared base of every zlib and brotli stream (Node's ZlibBase).
function ZlibBase(opts, settings, handle, fullFlush) {
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this[kSettings] = settings;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outOffset = 0;
  this._chunkSize = settings.chunkSize;
  this._defaultFlushFlag = settings.flush;
  this._finishFlushFlag = settings.finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = settings.maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// The engine's view: bytes read from its input. A deprecated old name for
// bytesWritten (DEP0108); util is loaded on first use only.
const kBytesReadMessage = 'zlib.bytesRead is deprecated and will change its meaning in the future. ' +
  'Use zlib.bytesWritten instead.';
let bytesReadAccessors;
function deprecatedBytesRead() {
  if (!bytesReadAccessors) {
    const { deprecate } = require('util');
    bytesReadAccessors = {
      get: deprecate(function () { return this.bytesWritten; }, kBytesReadMessage, 'DEP0108'),
      set: deprecate(function (value) { this.bytesWritten = value; }, kBytesReadMessage, 'DEP0108'),
    };
  }
  return bytesReadAccessors;
}
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  get() { return deprecatedBytesRead().get.call(this); },
  set(value) { deprecatedBytesRead().set.call(this, value); },
});

ZlibBase.prototype.reset = function reset() {
  internalAssert(this._handle, 'zlib binding closed');
  const raw = binding.zlibStreamReset(this._handle);
  if (Array.isArray(raw)) throw resultOf(raw, this[kSettings]);
};

// The end of input: an empty chunk, to which _transform applies finishFlush.
ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Transform's own _final would run _flush too early; Node's zlib lets it
// run from 'prefinish' instead.
ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets the final flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, callback);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback === 'function') processChunk(this, chunk, flushFlag, callback);
  else return processChunkSync(this, chunk, flushFlag);
};

function processChunk(stream, chunk, flushFlag, callback) {
  if (!stream._handle) {
    process.nextTick(callback);
    return;
  }
  const job = { input: viewBytes(chunk), offset: 0, flushFlag, callback };
  // Node does the work on its thread pool and reports back later.
  later(() => runJob(stream, job));
}

// One step of a chunk's work; the next step (if the engine filled its
// room) runs on a later turn of the loop, as each of Node's steps reports
// back from the thread pool, so consumers see output as it comes.
function runJob(stream, job) {
  if (stream.destroyed || !stream._handle) {
    job.callback();
    return;
  }
  const room = stream._chunkSize - stream._outOffset;
  const raw = binding.zlibStreamWrite(stream._handle, job.flushFlag, job.input, job.offset, room);
  if (typeof raw[0] === 'string') {
    engineFailed(stream, raw);
    return;
  }
  const [out, used, filled] = raw;
  job.offset += used;
  stream.bytesWritten += used;
  let readableFull = false;
  if (out.byteLength > 0) {
    stream._outOffset += out.byteLength;
    readableFull = !stream.push(bufferOf(out));
  }
  if (stream.destroyed) {
    job.callback();
    return;
  }
  if (filled || stream._outOffset >= stream._chunkSize) stream._outOffset = 0;
  if (filled) {
    if (readableFull) {
      // Go on once the consumer asks for more.
      const ownRead = stream._read;
      stream._read = function (n) {
        stream._read = ownRead;
        later(() => runJob(stream, job));
        stream._read(n);
      };
      return;
    }
    later(() => runJob(stream, job));
    return;
  }
  // Input left over with room to spare: the engine's stream has ended
  // (trailing data after a zlib or raw stream is not read).
  if (job.offset < job.input.byteLength) stream.push(null);
  job.callback();
}

function processChunkSync(stream, chunk, flushFlag) {
  const input = viewBytes(chunk);
  const buffers = [];
  let offset = 0;
  let nread = 0;
  for (;;) {
    if (!stream._handle) throw stream[kError] ?? new ERR_ZLIB_INITIALIZATION_FAILED();
    const room = stream._chunkSize - stream._outOffset;
    const raw = binding.zlibStreamWrite(stream._handle, flushFlag, input, offset, room);
    if (typeof raw[0] === 'string') {
      const error = resultOf(raw, stream[kSettings]);
      closeHandle(stream);
      throw error;
    }
    const [out, used, filled] = raw;
    offset += used;
    if (out.byteLength > 0) {
      buffers.push(bufferOf(out));
      nread += out.byteLength;
      stream._outOffset += out.byteLength;
      if (nread > stream._maxOutputLength) {
        closeHandle(stream);
        throw new ERR_BUFFER_TOO_LARGE(stream._maxOutputLength);
      }
    }
    if (filled || stream._outOffset >= stream._chunkSize) stream._outOffset = 0;
    if (!filled) break;
  }
  stream.bytesWritten = offset;
  closeHandle(stream);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// zlib-format streams (Node's Zlib): deflate, inflate, gzip, raw, unzip.
function Zlib(opts, mode) {
  const settings = zlibSettings(opts, mode);
  const handle = newEngine(mode, [settings.level, settings.windowBits, settings.strategy],
    settings.dictionary);
  ZlibBase.call(this, opts, settings, handle, constants.Z_FULL_FLUSH);
  this._level = settings.level;
  this._strategy = settings.strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    // The new settings apply from a block boundary on.
    this.flush(constants.Z_SYNC_FLUSH, () => {
      internalAssert(this._handle, 'zlib binding closed');
      binding.zlibStreamParams(this._handle, level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function Brotli(opts, mode) {
  const settings = brotliSettings(opts, mode);
  const handle = newEngine(mode, Array.from(settings.params));
  ZlibBase.call(this, opts, settings, handle, constants.BROTLI_OPERATION_FLUSH);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

// The public classes: callable with or without `new`, as in Node.
function streamClass(name, Base, mode) {
  const ctor = {
    [name]: function (opts) {
      if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
      if (!(this instanceof ctor)) return new ctor(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Base.prototype);
  Object.setPrototypeOf(ctor, Base);
  return ctor;
}

const Deflate = streamClass('Deflate', Zlib, DEFLATE);
const Inflate = streamClass('Inflate', Zlib, INFLATE);
const Gzip = streamClass('Gzip', Zlib, GZIP);
const Gunzip = streamClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = streamClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = streamClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = streamClass('Unzip', Zlib, UNZIP);
const BrotliCompress = streamClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = streamClass('BrotliDecompress', Brotli, BROTLI_DECODE);

const streamClasses = {
  [DEFLATE]: Deflate, [INFLATE]: Inflate, [GZIP]: Gzip, [GUNZIP]: Gunzip,
  [DEFLATERAW]: DeflateRaw, [INFLATERAW]: InflateRaw, [UNZIP]: Unzip,
  [BROTLI_ENCODE]: BrotliCompress, [BROTLI_DECODE]: BrotliDecompress,
};

// ---- zstd (not available) ---------------------------------------------------

function unsupported(name, what) {
  // A named function taking (options), so that `zlib.ZstdCompress.name` is
  // 'ZstdCompress' and its length 1, as in Node.
  return {
    [name]: function (options) { // eslint-disable-line no-unused-vars
      throw new ERR_NOT_SUPPORTED_IN_SANDNODE(what);
    },
  }[name];
}

const zstd = (name) => unsupported(name, `zlib.${name} (zstd)`);

// zstd's one-shot forms, shaped like the others (names and arity).
function zstdConvenience(name) {
  const what = `zlib.${name} (zstd)`;
  return [
    function syncBufferWrapper(buffer, opts) { // eslint-disable-line no-unused-vars
      throw new ERR_NOT_SUPPORTED_IN_SANDNODE(`${what.replace(name, `${name}Sync`)}`);
    },
    function asyncBufferWrapper(buffer, opts, callback) { // eslint-disable-line no-unused-vars
      throw new ERR_NOT_SUPPORTED_IN_SANDNODE(what);
    },
  ];
}
const [zstdCompressSync, zstdCompress] = zstdConvenience('zstdCompress');
const [zstdDecompressSync, zstdDecompress] = zstdConvenience('zstdDecompress');

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  ZstdCompress: zstd('ZstdCompress'),
  ZstdDecompress: zstd('ZstdDecompress'),
  deflate,
  deflateSync,
  gzip,
  gzipSync,
  deflateRaw,
  deflateRawSync,
  unzip,
  unzipSync,
  inflate,
  inflateSync,
  gunzip,
  gunzipSync,
  inflateRaw,
  inflateRawSync,
  brotliCompress,
  brotliCompressSync,
  brotliDecompress,
  brotliDecompressSync,
  zstdCompress,
  zstdCompressSync,
  zstdDecompress,
  zstdDecompressSync,
};

// create<Class>(options): stream factories.
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress']) {
  const Class = module.exports[name];
  const value = name.startsWith('Zstd')
    ? unsupported('value', `zlib.create${name} (zstd)`)
    : function value(options) { return new Class(options); };
  Object.defineProperty(module.exports, `create${name}`, { configurable: true, enumerable: true, value });
}

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: Object.freeze(codes) },
});

// The legacy top-level copies (zlib.Z_NO_FLUSH, ...): all but brotli's.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { enumerable: false, writable: false, value: constants[key] });
}
