//! Natives behind node:zlib (registered on the `binding` object).
//!
//! Deflate bodies go through flate2 (its pure-Rust miniz_oxide backend),
//! brotli through the `brotli` crate. The zlib and gzip wrappers (headers,
//! checksums, trailers, multi-member gzip) are written here rather than left
//! to the backend, so that headers match zlib's byte for byte and corrupt
//! input fails with zlib's own messages (`incorrect header check`, ...).
//! The one-shot functions work on whole buffers (`zlibProcess`,
//! `brotliProcess`); the stream classes hold an `Engine` each, fed chunk by
//! chunk in bounded steps (`zlibStream*`).

use brotli::enc::StandardAlloc;
use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::enc::interface::{
    InputPair, InputReferenceMut, PredictionModeContextMap, StaticCommand,
};
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use rquickjs::class::{JsClass, Trace, Tracer, Writable};
use rquickjs::convert::List;
use rquickjs::function::Opt;
use rquickjs::{
    Class, Constructor, Ctx, Function, IntoJs, JsLifetime, Object, Result, TypedArray, Value,
};

// Node's stream modes (zlib.constants).
const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;

// zlib flush values.
const Z_NO_FLUSH: i32 = 0;
const Z_PARTIAL_FLUSH: i32 = 1;
const Z_SYNC_FLUSH: i32 = 2;
const Z_FULL_FLUSH: i32 = 3;
const Z_FINISH: i32 = 4;

const Z_NEED_DICT: i32 = 2;
const Z_DATA_ERROR: i32 = -3;
const Z_BUF_ERROR: i32 = -5;
const Z_HUFFMAN_ONLY: i32 = 2;

/// Why a one-shot operation failed; the JS side turns each into Node's error.
#[derive(Debug, PartialEq)]
enum Failure {
    /// A zlib/brotli stream error: message, errno, code (Node's
    /// `genericNodeError` with `errno` and `code`).
    Stream(String, i32, String),
    /// Output would exceed `maxOutputLength` (ERR_BUFFER_TOO_LARGE).
    TooLarge,
    /// The engine refused its parameters (ERR_ZLIB_INITIALIZATION_FAILED).
    Init,
    /// Something the backends here cannot do (ERR_NOT_SUPPORTED_IN_SANDNODE).
    Unsupported(String),
}

type Outcome = std::result::Result<Vec<u8>, Failure>;

fn data_error(msg: &str) -> Failure {
    Failure::Stream(msg.into(), Z_DATA_ERROR, "Z_DATA_ERROR".into())
}

fn unexpected_eof() -> Failure {
    Failure::Stream(
        "unexpected end of file".into(),
        Z_BUF_ERROR,
        "Z_BUF_ERROR".into(),
    )
}

/// Settings of a zlib-family operation, already validated by the JS side.
struct ZlibOptions<'a> {
    level: i32,
    window_bits: i32,
    strategy: i32,
    flush: i32,
    limit: usize,
    dictionary: Option<&'a [u8]>,
}

/// Adler-32 (zlib's checksum), continuing from `adler`.
fn adler32(mut adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    // 5552 is the longest run whose sums cannot overflow u32 before reducing.
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    adler = (b << 16) | a;
    adler
}

/// CRC-32 continuing from `start`, as zlib's crc32(value, data) (and
/// Node's zlib.crc32) do.
fn crc32(data: &[u8], start: u32) -> u32 {
    let mut hasher = crc32_seeded(start);
    hasher.update(data);
    hasher.sum()
}

/// A CRC-32 state that continues from a finished checksum `start`.
struct Crc32 {
    value: u32,
}

impl Crc32 {
    fn update(&mut self, data: &[u8]) {
        let table = crc_table();
        let mut c = !self.value;
        for &byte in data {
            c = table[((c ^ u32::from(byte)) & 0xff) as usize] ^ (c >> 8);
        }
        self.value = !c;
    }

    fn sum(&self) -> u32 {
        self.value
    }
}

fn crc32_seeded(start: u32) -> Crc32 {
    Crc32 { value: start }
}

/// The reflected CRC-32 table (polynomial 0xEDB88320), built once.
fn crc_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [0u32; 256];
        for (n, slot) in table.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        table
    })
}

fn flush_compress(flush: i32) -> FlushCompress {
    match flush {
        Z_NO_FLUSH => FlushCompress::None,
        Z_PARTIAL_FLUSH => FlushCompress::Partial,
        Z_SYNC_FLUSH => FlushCompress::Sync,
        Z_FULL_FLUSH => FlushCompress::Full,
        Z_FINISH => FlushCompress::Finish,
        // Z_BLOCK: zlib ends the current block; a partial flush is the
        // closest this backend offers and still yields a valid stream.
        _ => FlushCompress::Partial,
    }
}

/// Runs `input` through `c` with `flush` until it is all consumed and the
/// flush is complete, appending to `out`.
fn run_compress(
    c: &mut Compress,
    input: &[u8],
    flush: FlushCompress,
    out: &mut Vec<u8>,
) -> std::result::Result<(), Failure> {
    let start = c.total_in();
    loop {
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(4096));
        }
        let consumed = (c.total_in() - start) as usize;
        let status = c
            .compress_vec(&input[consumed..], out, flush)
            .map_err(|e| Failure::Stream(e.to_string(), -2, "Z_STREAM_ERROR".into()))?;
        let consumed = (c.total_in() - start) as usize;
        match status {
            Status::StreamEnd => return Ok(()),
            // Done once all input went in and the compressor left room in
            // the output (it stops early only when the output is full).
            // Calling again would repeat the flush marker.
            _ if consumed == input.len()
                && out.capacity() > out.len()
                && flush != FlushCompress::Finish =>
            {
                return Ok(());
            }
            _ => {}
        }
    }
}

/// Raw deflate of `input`; with a dictionary, the compressor's window is
/// primed with it first and the bytes that priming produced are dropped, so
/// the result refers back into the dictionary exactly as zlib's
/// deflateSetDictionary makes it do.
fn deflate_body(input: &[u8], level: u32, dictionary: Option<&[u8]>, flush: i32) -> Outcome {
    let mut c = Compress::new(Compression::new(level), false);
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    if let Some(dict) = dictionary.filter(|d| !d.is_empty()) {
        run_compress(&mut c, dict, FlushCompress::Sync, &mut out)?;
        out.clear();
    }
    run_compress(&mut c, input, flush_compress(flush), &mut out)?;
    Ok(out)
}

fn effective_level(level: i32) -> u32 {
    if level < 0 { 6 } else { level.min(9) as u32 }
}

/// zlib's two header bytes. The window size written is the requested one
/// only when no back-reference can reach further (dictionary and input fit
/// in it); otherwise the 32 KiB window this compressor really uses.
fn zlib_header(opts: &ZlibOptions<'_>, input_len: usize) -> [u8; 2] {
    let mut bits = opts.window_bits.clamp(9, 15) as usize;
    let reach = input_len + opts.dictionary.map_or(0, <[u8]>::len);
    if reach > (1usize << bits) {
        bits = 15;
    }
    zlib_header_bytes(
        opts.level,
        bits as u32,
        opts.strategy,
        opts.dictionary.is_some(),
    )
}

/// CMF and FLG for a window of `bits`, with zlib's level hint.
fn zlib_header_bytes(level: i32, bits: u32, strategy: i32, has_dict: bool) -> [u8; 2] {
    let level = effective_level(level);
    let level_flags = if strategy >= Z_HUFFMAN_ONLY || level < 2 {
        0
    } else if level < 6 {
        1
    } else if level == 6 {
        2
    } else {
        3
    };
    let mut header = ((8 + ((bits - 8) << 4)) << 8) | (level_flags << 6);
    if has_dict {
        header |= 0x20;
    }
    header += 31 - header % 31;
    [(header >> 8) as u8, header as u8]
}

fn gzip_header(opts: &ZlibOptions<'_>) -> [u8; 10] {
    gzip_header_bytes(opts.level, opts.strategy)
}

fn gzip_header_bytes(level: i32, strategy: i32) -> [u8; 10] {
    let level = effective_level(level);
    let xfl = if level == 9 {
        2
    } else if strategy >= Z_HUFFMAN_ONLY || level < 2 {
        4
    } else {
        0
    };
    // No name, no mtime; OS 3 (Unix), as zlib writes on Linux.
    [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
}

fn compress(mode: i32, input: &[u8], opts: &ZlibOptions<'_>) -> Outcome {
    let level = effective_level(opts.level);
    let finish = opts.flush == Z_FINISH;
    let out = match mode {
        DEFLATE => {
            let mut out = zlib_header(opts, input.len()).to_vec();
            if let Some(dict) = opts.dictionary {
                out.extend_from_slice(&adler32(1, dict).to_be_bytes());
            }
            out.extend(deflate_body(input, level, opts.dictionary, opts.flush)?);
            if finish {
                out.extend_from_slice(&adler32(1, input).to_be_bytes());
            }
            out
        }
        GZIP => {
            // zlib ignores a dictionary for gzip streams; so does Node.
            let mut out = gzip_header(opts).to_vec();
            out.extend(deflate_body(input, level, None, opts.flush)?);
            if finish {
                out.extend_from_slice(&crc32(input, 0).to_le_bytes());
                out.extend_from_slice(&(input.len() as u32).to_le_bytes());
            }
            out
        }
        _ => deflate_body(input, level, opts.dictionary, opts.flush)?,
    };
    if out.len() > opts.limit {
        return Err(Failure::TooLarge);
    }
    Ok(out)
}

/// Reads the input front to back; running off its end is a truncation.
struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

/// Input ended early (the caller decides whether that is an error).
struct Truncated;

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> std::result::Result<u8, Truncated> {
        let b = *self.data.get(self.pos).ok_or(Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> std::result::Result<&'a [u8], Truncated> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or(Truncated)?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn u32_le(&mut self) -> std::result::Result<u32, Truncated> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u32_be(&mut self) -> std::result::Result<u32, Truncated> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn rest(&self) -> &'a [u8] {
        &self.data[self.pos..]
    }
}

/// A decoding step either fails for good or stops at the end of the input.
enum Stop {
    Fail(Failure),
    Truncated,
}

impl From<Failure> for Stop {
    fn from(f: Failure) -> Stop {
        Stop::Fail(f)
    }
}

impl From<Truncated> for Stop {
    fn from(_: Truncated) -> Stop {
        Stop::Truncated
    }
}

type Step<T> = std::result::Result<T, Stop>;

/// A stream of non-final stored blocks holding `dict`: fed to the inflater
/// before the real data, it fills the window the way inflateSetDictionary
/// does (the backend has no dictionary call of its own).
fn stored_blocks(dict: &[u8]) -> Vec<u8> {
    let dict = &dict[dict.len().saturating_sub(32768)..];
    let mut out = Vec::with_capacity(dict.len() + 8);
    for chunk in dict.chunks(65535) {
        let len = chunk.len() as u16;
        // BFINAL=0, BTYPE=00, then padding to the byte boundary.
        out.push(0);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out
}

/// Inflates one raw deflate stream from the cursor, appending to `out`.
/// Leaves the cursor just after the stream's last byte.
fn inflate_body(
    cur: &mut Cursor<'_>,
    dictionary: Option<&[u8]>,
    limit: usize,
    out: &mut Vec<u8>,
) -> Step<()> {
    let input = cur.rest();
    let start = out.len();
    let result = inflate_stream(cur, dictionary, limit, out);
    if reaches_before_window(input, dictionary, &out[start..]) {
        return Err(data_error("invalid distance too far back").into());
    }
    result
}

/// Whether the stream copies from before the start of its data (and of
/// the dictionary), which zlib rejects but miniz_oxide's streaming inflater
/// silently fills from its zeroed window. Such a copy can only happen in
/// the first 32 KiB of output: decoding that much again with the window
/// filled with 0xff instead of zeros gives different bytes exactly when it
/// does.
fn reaches_before_window(input: &[u8], dictionary: Option<&[u8]>, produced: &[u8]) -> bool {
    const WINDOW: usize = 32768;
    let n = produced.len().min(WINDOW);
    if n == 0 {
        return false;
    }
    let dict = dictionary.unwrap_or(&[]);
    let dict = &dict[dict.len().saturating_sub(WINDOW)..];
    let mut window = vec![0xffu8; WINDOW - dict.len()];
    window.extend_from_slice(dict);
    let mut d = Decompress::new(false);
    let prefix = stored_blocks(&window);
    let mut sink = Vec::with_capacity(prefix.len() + 16);
    if d.decompress_vec(&prefix, &mut sink, FlushDecompress::None)
        .is_err()
    {
        return false;
    }
    let start_in = d.total_in();
    let mut again = Vec::with_capacity(n);
    loop {
        let consumed = (d.total_in() - start_in) as usize;
        let before_out = d.total_out();
        match d.decompress_vec(&input[consumed..], &mut again, FlushDecompress::None) {
            Ok(Status::StreamEnd) | Err(_) => break,
            Ok(_) => {}
        }
        let stalled = d.total_out() == before_out && (d.total_in() - start_in) as usize == consumed;
        if again.len() >= n || stalled {
            break;
        }
    }
    let m = again.len().min(n);
    again[..m] != produced[..m]
}

/// zlib's message for a corrupt deflate body. miniz_oxide gives no reason,
/// so the first block's header is checked the way zlib checks it; a fault
/// further on gets a generic message.
fn body_error(body: &[u8]) -> &'static str {
    let bits = u32::from_le_bytes([
        body.first().copied().unwrap_or(0),
        body.get(1).copied().unwrap_or(0),
        body.get(2).copied().unwrap_or(0),
        0,
    ]);
    match (bits >> 1) & 3 {
        3 => "invalid block type",
        0 if body.len() >= 5 && body[1..3] != [!body[3], !body[4]] => {
            "invalid stored block lengths"
        }
        2 if body.len() >= 3 && (((bits >> 3) & 31) + 257 > 286 || ((bits >> 8) & 31) + 1 > 30) => {
            "too many length or distance symbols"
        }
        _ => "invalid deflate data",
    }
}

/// The inflating loop of `inflate_body`.
fn inflate_stream(
    cur: &mut Cursor<'_>,
    dictionary: Option<&[u8]>,
    limit: usize,
    out: &mut Vec<u8>,
) -> Step<()> {
    let mut d = Decompress::new(false);
    if let Some(dict) = dictionary.filter(|d| !d.is_empty()) {
        let prefix = stored_blocks(dict);
        let mut sink = Vec::with_capacity(prefix.len() + 16);
        d.decompress_vec(&prefix, &mut sink, FlushDecompress::None)
            .map_err(|_| Stop::Fail(data_error("invalid stored block lengths")))?;
    }
    let input = cur.rest();
    let start_in = d.total_in();
    loop {
        let room = out.capacity() - out.len();
        if room < 1024 {
            let grow = out.capacity().clamp(16 * 1024, 8 << 20);
            out.reserve(grow.min(limit.saturating_sub(out.len()).saturating_add(1024)));
        }
        let consumed = (d.total_in() - start_in) as usize;
        let before_out = d.total_out();
        let status = d
            .decompress_vec(&input[consumed..], out, FlushDecompress::None)
            .map_err(|_| Stop::Fail(data_error(body_error(input))))?;
        if out.len() > limit {
            return Err(Stop::Fail(Failure::TooLarge));
        }
        let consumed_now = (d.total_in() - start_in) as usize;
        if status == Status::StreamEnd {
            cur.pos += consumed_now;
            return Ok(());
        }
        let progressed = consumed_now != consumed || d.total_out() != before_out;
        if consumed_now == input.len() && !progressed && out.capacity() > out.len() {
            cur.pos += consumed_now;
            return Err(Stop::Truncated);
        }
    }
}

/// The zlib wrapper: header (with window size and preset-dictionary checks),
/// body, Adler-32 trailer.
fn inflate_zlib(
    cur: &mut Cursor<'_>,
    window_bits: i32,
    dictionary: Option<&[u8]>,
    limit: usize,
    out: &mut Vec<u8>,
) -> Step<()> {
    let cmf = cur.byte()?;
    let flg = cur.byte()?;
    if ((u32::from(cmf) << 8) | u32::from(flg)) % 31 != 0 {
        return Err(data_error("incorrect header check").into());
    }
    if cmf & 0x0f != 8 {
        return Err(data_error("unknown compression method").into());
    }
    let bits = i32::from(cmf >> 4) + 8;
    let wanted = if window_bits == 0 { bits } else { window_bits };
    if bits > 15 || bits > wanted {
        return Err(data_error("invalid window size").into());
    }
    let mut dict = None;
    if flg & 0x20 != 0 {
        let id = cur.u32_be()?;
        let Some(given) = dictionary else {
            return Err(Failure::Stream(
                "Missing dictionary".into(),
                Z_NEED_DICT,
                "Z_NEED_DICT".into(),
            )
            .into());
        };
        if adler32(1, given) != id {
            return Err(Failure::Stream(
                "Bad dictionary".into(),
                Z_NEED_DICT,
                "Z_NEED_DICT".into(),
            )
            .into());
        }
        dict = Some(given);
    }
    let start = out.len();
    inflate_body(cur, dict, limit, out)?;
    let check = cur.u32_be()?;
    if check != adler32(1, &out[start..]) {
        return Err(data_error("incorrect data check").into());
    }
    Ok(())
}

/// Skips a zero-terminated header field, feeding it to the header CRC.
fn skip_cstr(cur: &mut Cursor<'_>, hcrc: &mut Crc32) -> Step<()> {
    loop {
        let b = cur.byte()?;
        hcrc.update(&[b]);
        if b == 0 {
            return Ok(());
        }
    }
}

/// One gzip member: header, body, CRC-32 and length trailer.
fn inflate_gzip_member(cur: &mut Cursor<'_>, limit: usize, out: &mut Vec<u8>) -> Step<()> {
    let head = cur.take(2).map_err(Stop::from)?;
    if head != [0x1f, 0x8b] {
        return Err(data_error("incorrect header check").into());
    }
    let method = cur.byte()?;
    if method != 8 {
        return Err(data_error("unknown compression method").into());
    }
    let flags = cur.byte()?;
    if flags & 0xe0 != 0 {
        return Err(data_error("unknown header flags set").into());
    }
    let mut hcrc = crc32_seeded(0);
    hcrc.update(&[0x1f, 0x8b, method, flags]);
    hcrc.update(cur.take(6)?); // mtime, xfl, os
    if flags & 0x04 != 0 {
        let len_bytes = cur.take(2)?;
        hcrc.update(len_bytes);
        let len = u16::from_le_bytes([len_bytes[0], len_bytes[1]]) as usize;
        hcrc.update(cur.take(len)?);
    }
    if flags & 0x08 != 0 {
        skip_cstr(cur, &mut hcrc)?;
    }
    if flags & 0x10 != 0 {
        skip_cstr(cur, &mut hcrc)?;
    }
    if flags & 0x02 != 0 {
        let stored = cur.take(2)?;
        if u16::from_le_bytes([stored[0], stored[1]]) != hcrc.sum() as u16 {
            return Err(data_error("header crc mismatch").into());
        }
    }
    let start = out.len();
    inflate_body(cur, None, limit, out)?;
    let crc = cur.u32_le()?;
    if crc != crc32(&out[start..], 0) {
        return Err(data_error("incorrect data check").into());
    }
    let size = cur.u32_le()?;
    if size != (out.len() - start) as u32 {
        return Err(data_error("incorrect length check").into());
    }
    Ok(())
}

/// gzip with zlib's multi-member rule: after a member, more input that does
/// not start with a zero byte is read as another member.
fn inflate_gzip(cur: &mut Cursor<'_>, limit: usize, out: &mut Vec<u8>) -> Step<()> {
    loop {
        inflate_gzip_member(cur, limit, out)?;
        match cur.rest().first() {
            None | Some(0) => return Ok(()),
            Some(_) => {}
        }
    }
}

fn decompress(mode: i32, input: &[u8], opts: &ZlibOptions<'_>) -> Outcome {
    let mut cur = Cursor {
        data: input,
        pos: 0,
    };
    let mut out = Vec::with_capacity((input.len() * 3).min(opts.limit).min(1 << 24));
    let gzip = match mode {
        GUNZIP => true,
        UNZIP => input.starts_with(&[0x1f, 0x8b]) || input == [0x1f],
        _ => false,
    };
    let result = if gzip {
        inflate_gzip(&mut cur, opts.limit, &mut out)
    } else if mode == INFLATERAW {
        inflate_body(&mut cur, opts.dictionary, opts.limit, &mut out)
    } else {
        inflate_zlib(
            &mut cur,
            opts.window_bits,
            opts.dictionary,
            opts.limit,
            &mut out,
        )
    };
    match result {
        Ok(()) => Ok(out),
        Err(Stop::Fail(f)) => Err(f),
        // Without a final flush, zlib hands back what it has so far.
        Err(Stop::Truncated) if opts.flush != Z_FINISH => Ok(out),
        Err(Stop::Truncated) => Err(unexpected_eof()),
    }
}

fn zlib_run(mode: i32, input: &[u8], opts: &ZlibOptions<'_>) -> Outcome {
    match mode {
        DEFLATE | GZIP | DEFLATERAW => compress(mode, input, opts),
        INFLATE | GUNZIP | INFLATERAW | UNZIP => decompress(mode, input, opts),
        _ => Err(Failure::Init),
    }
}

// Brotli encoder parameters (BROTLI_PARAM_*), by Node's numbering.
fn brotli_param(key: usize) -> Option<BrotliEncoderParameter> {
    use BrotliEncoderParameter::*;
    Some(match key {
        0 => BROTLI_PARAM_MODE,
        1 => BROTLI_PARAM_QUALITY,
        2 => BROTLI_PARAM_LGWIN,
        3 => BROTLI_PARAM_LGBLOCK,
        4 => BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
        5 => BROTLI_PARAM_SIZE_HINT,
        6 => BROTLI_PARAM_LARGE_WINDOW,
        _ => return None,
    })
}

const UNSET: u32 = u32::MAX;

fn brotli_operation(op: i32) -> BrotliEncoderOperation {
    match op {
        0 => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
        1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
    }
}

/// Applies Node's encoder params (UNSET where not given), for the one-shot
/// form and the stream engine alike.
fn set_brotli_encoder_params(
    state: &mut BrotliEncoderStateStruct<StandardAlloc>,
    params: &[u32],
) -> Result2<()> {
    for (key, &value) in params.iter().enumerate() {
        if value == UNSET {
            continue;
        }
        match brotli_param(key) {
            Some(p) if state.set_parameter(p, value) => {}
            Some(_) => return Err(Failure::Init),
            // NPOSTFIX / NDIRECT: the Rust encoder has no such knobs; their
            // default (0) is what it does anyway. (zlib.js refuses other
            // values before they get here.)
            None if value == 0 => {}
            None => {
                let name = if key == 7 {
                    "BROTLI_PARAM_NPOSTFIX"
                } else {
                    "BROTLI_PARAM_NDIRECT"
                };
                return Err(Failure::Unsupported(format!("Brotli parameter {name}")));
            }
        }
    }
    Ok(())
}

fn brotli_compress(input: &[u8], params: &[u32], op: i32, limit: usize) -> Outcome {
    let mut state = BrotliEncoderStateStruct::new(StandardAlloc::default());
    set_brotli_encoder_params(&mut state, params)?;
    let op = brotli_operation(op);
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut avail_in = input.len();
    let mut in_off = 0;
    loop {
        let mut avail_out = buf.len();
        let mut out_off = 0;
        let mut total = None;
        let ok = state.compress_stream(
            op,
            &mut avail_in,
            input,
            &mut in_off,
            &mut avail_out,
            &mut buf,
            &mut out_off,
            &mut total,
            &mut brotli_nop,
        );
        if !ok {
            return Err(brotli_compression_failed());
        }
        out.extend_from_slice(&buf[..out_off]);
        if out.len() > limit {
            return Err(Failure::TooLarge);
        }
        let done = if op == BrotliEncoderOperation::BROTLI_OPERATION_FINISH {
            state.is_finished()
        } else {
            avail_in == 0 && !state.has_more_output() && out_off < buf.len()
        };
        if done {
            return Ok(out);
        }
    }
}

fn brotli_compression_failed() -> Failure {
    Failure::Stream(
        "Compression failed".into(),
        -1,
        "ERR_BROTLI_COMPRESSION_FAILED".into(),
    )
}

/// The decoder's failure, with its error number and Node's code for it.
fn brotli_decompression_failed(code: i32) -> Failure {
    Failure::Stream(
        "Decompression failed".into(),
        code,
        format!("ERR_{}", brotli_error_name(code)),
    )
}

/// Node's error code suffixes for the brotli decoder's error numbers.
fn brotli_error_name(code: i32) -> &'static str {
    match code {
        -1 => "_ERROR_FORMAT_EXUBERANT_NIBBLE",
        -2 => "_ERROR_FORMAT_RESERVED",
        -3 => "_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
        -4 => "_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
        -5 => "_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",
        -6 => "_ERROR_FORMAT_CL_SPACE",
        -7 => "_ERROR_FORMAT_HUFFMAN_SPACE",
        -8 => "_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
        -9 => "_ERROR_FORMAT_BLOCK_LENGTH_1",
        -10 => "_ERROR_FORMAT_BLOCK_LENGTH_2",
        -11 => "_ERROR_FORMAT_TRANSFORM",
        -12 => "_ERROR_FORMAT_DICTIONARY",
        -13 => "_ERROR_FORMAT_WINDOW_BITS",
        -14 => "_ERROR_FORMAT_PADDING_1",
        -15 => "_ERROR_FORMAT_PADDING_2",
        -16 => "_ERROR_FORMAT_DISTANCE",
        -18 => "_ERROR_COMPOUND_DICTIONARY",
        -19 => "_ERROR_DICTIONARY_NOT_SET",
        -20 => "_ERROR_INVALID_ARGUMENTS",
        -21 => "_ERROR_ALLOC_CONTEXT_MODES",
        -22 => "_ERROR_ALLOC_TREE_GROUPS",
        -25 => "_ERROR_ALLOC_CONTEXT_MAP",
        -26 => "_ERROR_ALLOC_RING_BUFFER_1",
        -27 => "_ERROR_ALLOC_RING_BUFFER_2",
        -30 => "_ERROR_ALLOC_BLOCK_TYPE_TREES",
        -31 => "_ERROR_UNREACHABLE",
        _ => "_ERROR_UNREACHABLE",
    }
}

/// Decoder parameters: 0 (ring buffer reallocation, a memory knob with no
/// effect on results) and 1 (large window); others fail to initialise.
fn set_brotli_decoder_params(
    state: &mut BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>,
    params: &[u32],
) -> Result2<()> {
    for (key, &value) in params.iter().enumerate() {
        match (key, value) {
            (_, UNSET) | (0, _) => {}
            (1, v) => state.large_window = v != 0,
            _ => return Err(Failure::Init),
        }
    }
    Ok(())
}

fn brotli_decompress(input: &[u8], params: &[u32], op: i32, limit: usize) -> Outcome {
    let mut state = BrotliState::new_strict(
        StandardAlloc::default(),
        StandardAlloc::default(),
        StandardAlloc::default(),
    );
    set_brotli_decoder_params(&mut state, params)?;
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut avail_in = input.len();
    let mut in_off = 0;
    let mut total = 0;
    loop {
        let mut avail_out = buf.len();
        let mut out_off = 0;
        let result = BrotliDecompressStream(
            &mut avail_in,
            &mut in_off,
            input,
            &mut avail_out,
            &mut out_off,
            &mut buf,
            &mut total,
            &mut state,
        );
        out.extend_from_slice(&buf[..out_off]);
        if out.len() > limit {
            return Err(Failure::TooLarge);
        }
        match result {
            BrotliResult::ResultSuccess => return Ok(out),
            BrotliResult::NeedsMoreOutput => {}
            BrotliResult::NeedsMoreInput if op == 2 => return Err(unexpected_eof()),
            BrotliResult::NeedsMoreInput => return Ok(out),
            BrotliResult::ResultFailure => {
                return Err(brotli_decompression_failed(state.error_code as i32));
            }
        }
    }
}

// ---- streaming engines (the zlib.Gzip, ... stream classes) ----------------
//
// One engine per stream, fed chunk by chunk. The JS side calls `write` with
// an input chunk and the room left in its output chunk, as Node's zlib
// binding is called: the engine takes what input it can, returns at most that
// many output bytes, and says whether the room was filled (then it is called
// again with the rest of the input). Each step below takes at most STEP
// input bytes and produces about STEP output bytes at most, so a stream
// holds a bounded amount of memory whatever it is fed.

const STEP: usize = 64 * 1024;
const Z_BLOCK: i32 = 5;

/// Node's order of flush strength (its `flushiness`).
fn flush_rank(flush: i32) -> i32 {
    match flush {
        Z_NO_FLUSH => 0,
        Z_BLOCK => 1,
        Z_PARTIAL_FLUSH => 2,
        Z_SYNC_FLUSH => 3,
        Z_FULL_FLUSH => 4,
        _ => 5,
    }
}

fn stream_error() -> Failure {
    Failure::Stream("stream error".into(), -2, "Z_STREAM_ERROR".into())
}

/// What one step did with its input.
struct Stepped {
    /// Input bytes taken.
    used: usize,
    /// Nothing more to do for this input and flush (otherwise the step is
    /// repeated with the input left, once its output has been handed out).
    done: bool,
}

/// Compression into zlib, gzip or raw deflate.
struct Deflater {
    mode: i32,
    c: Compress,
    /// Adler-32 (zlib) or CRC-32 (gzip) of the input so far.
    check: u32,
    total_in: u64,
    finished: bool,
    /// Rank of the last flush done since input last arrived: a repeated
    /// flush with nothing new is a no-op, as in zlib (miniz_oxide would
    /// write another empty block).
    flushed: i32,
    /// With a window under 32 KiB: (window, bytes left before the next
    /// full flush). miniz_oxide always searches 32 KiB back; a full flush
    /// every `window` bytes keeps every back-reference inside the window
    /// the header promises.
    segment: Option<(usize, usize)>,
}

impl Deflater {
    /// The engine and the bytes it starts its output with (header, and
    /// the primed dictionary's id).
    fn new(
        mode: i32,
        level: i32,
        window_bits: i32,
        strategy: i32,
        dict: Option<&[u8]>,
    ) -> std::result::Result<(Deflater, Vec<u8>), Failure> {
        let mut c = Compress::new(Compression::new(effective_level(level)), false);
        // zlib ignores a dictionary for gzip.
        let dict = dict.filter(|d| !d.is_empty() && mode != GZIP);
        let bits = window_bits.clamp(9, 15) as u32;
        let window = 1usize << bits;
        let mut primed = 0;
        if let Some(d) = dict {
            // With a small window only the dictionary's tail is primed,
            // leaving room for the first segment of input.
            let keep = if bits < 15 {
                d.len().min(window / 2)
            } else {
                d.len()
            };
            let mut sink = Vec::new();
            run_compress(&mut c, &d[d.len() - keep..], FlushCompress::Sync, &mut sink)?;
            primed = keep;
        }
        let mut head = Vec::new();
        match mode {
            DEFLATE => {
                head.extend_from_slice(&zlib_header_bytes(level, bits, strategy, dict.is_some()));
                if let Some(d) = dict {
                    head.extend_from_slice(&adler32(1, d).to_be_bytes());
                }
            }
            GZIP => head.extend_from_slice(&gzip_header_bytes(level, strategy)),
            _ => {}
        }
        let deflater = Deflater {
            mode,
            c,
            check: if mode == DEFLATE { 1 } else { 0 },
            total_in: 0,
            finished: false,
            flushed: 0,
            segment: (bits < 15).then_some((window, window - primed)),
        };
        Ok((deflater, head))
    }

    fn step(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>) -> Result2<Stepped> {
        if self.finished {
            return if input.is_empty() && flush == Z_FINISH {
                Ok(Stepped {
                    used: 0,
                    done: true,
                })
            } else {
                Err(stream_error())
            };
        }
        if input.is_empty() && flush != Z_FINISH && flush_rank(flush) <= self.flushed {
            return Ok(Stepped {
                used: 0,
                done: true,
            });
        }
        if let Some((window, 0)) = self.segment
            && !input.is_empty()
        {
            run_compress(&mut self.c, &[], FlushCompress::Full, out)?;
            self.segment = Some((window, window));
            return Ok(Stepped {
                used: 0,
                done: false,
            });
        }
        let mut take = input.len().min(STEP);
        if let Some((_, left)) = self.segment {
            take = take.min(left);
        }
        let last = take == input.len();
        let flush = if last { flush } else { Z_NO_FLUSH };
        let slice = &input[..take];
        run_compress(&mut self.c, slice, flush_compress(flush), out)?;
        self.note_input(slice);
        if flush != Z_NO_FLUSH {
            self.flushed = flush_rank(flush);
        }
        if flush == Z_FINISH {
            self.finished = true;
            self.trailer(out);
        }
        Ok(Stepped {
            used: take,
            done: last,
        })
    }

    fn note_input(&mut self, slice: &[u8]) {
        if slice.is_empty() {
            return;
        }
        self.flushed = 0;
        self.total_in += slice.len() as u64;
        if let Some((window, left)) = self.segment {
            self.segment = Some((window, left - slice.len()));
        }
        self.check = match self.mode {
            DEFLATE => adler32(self.check, slice),
            GZIP => crc32(slice, self.check),
            _ => 0,
        };
    }

    fn trailer(&self, out: &mut Vec<u8>) {
        match self.mode {
            DEFLATE => out.extend_from_slice(&self.check.to_be_bytes()),
            GZIP => {
                out.extend_from_slice(&self.check.to_le_bytes());
                out.extend_from_slice(&(self.total_in as u32).to_le_bytes());
            }
            _ => {}
        }
    }

    /// `params()`: the backend cannot change its level in place, so the
    /// deflate stream goes on from a fresh compressor (the JS side has
    /// just done a sync flush, so the stream is at a block boundary; the
    /// new compressor merely does not refer back across it).
    fn set_level(&mut self, level: i32) {
        self.c = Compress::new(Compression::new(effective_level(level)), false);
        if let Some((window, _)) = self.segment {
            self.segment = Some((window, window));
        }
    }
}

type Result2<T> = std::result::Result<T, Failure>;

/// Where an inflater is in its input.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Phase {
    /// The first two bytes (zlib CMF/FLG or the gzip magic).
    Start,
    /// zlib's preset dictionary id.
    DictId,
    /// gzip header fields after the magic, by `GzField`.
    Gzip(GzField),
    Body,
    Trailer,
    Done,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum GzField {
    Method,
    Flags,
    Fixed,
    ExtraLen,
    Extra,
    Name,
    Comment,
    HeaderCrc,
}

/// A second decoder over the first 32 KiB of a deflate body, whose window
/// starts filled with 0xff instead of zeros. miniz_oxide's streaming
/// inflater silently copies zeros for a distance reaching before the start
/// of the data (and dictionary), which zlib rejects; the two decoders
/// disagree exactly when that happens (the streaming form of
/// `reaches_before_window`).
struct Shadow {
    d: Decompress,
    /// The real decoder's first output, and the shadow's, up to WINDOW.
    real: Vec<u8>,
    seen: Vec<u8>,
}

const WINDOW: usize = 32768;

impl Shadow {
    fn new(dict: Option<&[u8]>) -> Shadow {
        let dict = dict.unwrap_or(&[]);
        let dict = &dict[dict.len().saturating_sub(WINDOW)..];
        let mut window = vec![0xffu8; WINDOW - dict.len()];
        window.extend_from_slice(dict);
        let mut d = Decompress::new(false);
        let prefix = stored_blocks(&window);
        let mut sink = Vec::with_capacity(prefix.len() + 16);
        let _ = d.decompress_vec(&prefix, &mut sink, FlushDecompress::None);
        Shadow {
            d,
            real: Vec::new(),
            seen: Vec::new(),
        }
    }

    /// Follows the real decoder, which took `input` and produced
    /// `produced`. Some(true) once the two disagree, Some(false) once the
    /// window is covered and they agree, None while undecided.
    fn follow(&mut self, input: &[u8], produced: &[u8], ended: bool) -> Option<bool> {
        let want = WINDOW - self.real.len();
        self.real
            .extend_from_slice(&produced[..produced.len().min(want)]);
        let mut fed = 0;
        while fed < input.len() && self.seen.len() < WINDOW {
            self.seen.reserve_exact(WINDOW - self.seen.len());
            let before = self.d.total_in();
            let status =
                self.d
                    .decompress_vec(&input[fed..], &mut self.seen, FlushDecompress::None);
            fed += (self.d.total_in() - before) as usize;
            match status {
                Ok(Status::StreamEnd) | Err(_) => break,
                Ok(_) if self.d.total_in() == before => break,
                Ok(_) => {}
            }
        }
        let n = self.real.len().min(self.seen.len());
        if self.real[..n] != self.seen[..n] {
            return Some(true);
        }
        (ended || n >= WINDOW).then_some(false)
    }
}

/// Decompression of zlib, gzip (multi-member), raw deflate, or either of
/// the first two (unzip).
struct Inflater {
    /// INFLATE, GUNZIP or INFLATERAW; UNZIP until the first bytes decide.
    mode: i32,
    window_bits: i32,
    dictionary: Option<Vec<u8>>,
    phase: Phase,
    /// Header bytes being gathered (at most four at a time).
    hbuf: Vec<u8>,
    gz_flags: u8,
    /// Bytes left in a fixed-length gzip field.
    gz_left: usize,
    hcrc: Crc32,
    d: Decompress,
    /// Adler-32 or CRC-32 of this member's output, and its length.
    check: u32,
    size: u64,
    /// The first bytes of the deflate body, for zlib's error messages.
    body_head: Vec<u8>,
    /// The check for copies from before the window, while it runs.
    shadow: Option<Box<Shadow>>,
}

impl Inflater {
    fn new(mode: i32, window_bits: i32, dict: Option<&[u8]>) -> Inflater {
        let mut inflater = Inflater {
            mode,
            window_bits,
            dictionary: dict.map(<[u8]>::to_vec),
            phase: Phase::Start,
            hbuf: Vec::new(),
            gz_flags: 0,
            gz_left: 0,
            hcrc: crc32_seeded(0),
            d: Decompress::new(false),
            check: 0,
            size: 0,
            body_head: Vec::new(),
            shadow: None,
        };
        if mode == INFLATERAW {
            let dict = inflater.dictionary.take();
            inflater.start_body(dict.as_deref());
            inflater.dictionary = dict;
        }
        inflater
    }

    /// Enters the deflate body, with `dict` in the window.
    fn start_body(&mut self, dict: Option<&[u8]>) {
        self.d.reset(false);
        if let Some(dict) = dict.filter(|d| !d.is_empty()) {
            let prefix = stored_blocks(dict);
            let mut sink = Vec::with_capacity(prefix.len() + 16);
            // Well-formed stored blocks cannot fail to inflate.
            let _ = self
                .d
                .decompress_vec(&prefix, &mut sink, FlushDecompress::None);
        }
        self.check = if self.mode == GUNZIP { 0 } else { 1 };
        self.size = 0;
        self.body_head.clear();
        self.shadow = Some(Box::new(Shadow::new(dict)));
        self.phase = Phase::Body;
    }

    fn step(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>) -> Result2<Stepped> {
        let stepped = match self.phase {
            Phase::Body => self.body(input, out)?,
            Phase::Done => self.after_end(input),
            _ => self.header_or_trailer(input)?,
        };
        // A final flush that finds the stream unfinished with all input
        // read is zlib's Z_BUF_ERROR, which Node reports as a truncation.
        if stepped.done
            && flush == Z_FINISH
            && self.phase != Phase::Done
            && stepped.used == input.len()
        {
            return Err(unexpected_eof());
        }
        Ok(stepped)
    }

    /// After a gzip member, input not starting with a zero byte is read as
    /// the next member (zlib's and Node's rule); anything else is left
    /// unread, which ends the stream.
    fn after_end(&mut self, input: &[u8]) -> Stepped {
        if self.mode == GUNZIP && input.first().is_some_and(|&b| b != 0) {
            self.phase = Phase::Start;
            self.hbuf.clear();
            return Stepped {
                used: 0,
                done: false,
            };
        }
        Stepped {
            used: 0,
            done: true,
        }
    }

    fn header_or_trailer(&mut self, input: &[u8]) -> Result2<Stepped> {
        let mut used = 0;
        while used < input.len() && !matches!(self.phase, Phase::Body | Phase::Done) {
            let b = input[used];
            used += 1;
            self.header_byte(b)?;
        }
        let done = used == input.len() && self.phase != Phase::Body && self.phase != Phase::Done;
        Ok(Stepped { used, done })
    }

    fn header_byte(&mut self, b: u8) -> Result2<()> {
        match self.phase {
            Phase::Start => {
                self.hbuf.push(b);
                if self.hbuf.len() == 2 {
                    self.start_bytes()?;
                }
            }
            Phase::DictId => {
                self.hbuf.push(b);
                if self.hbuf.len() == 4 {
                    self.dict_id()?;
                }
            }
            Phase::Gzip(field) => self.gzip_byte(field, b)?,
            Phase::Trailer => {
                self.hbuf.push(b);
                let need = if self.mode == GUNZIP { 8 } else { 4 };
                if self.hbuf.len() == need {
                    self.trailer()?;
                }
            }
            Phase::Body | Phase::Done => {}
        }
        Ok(())
    }

    fn start_bytes(&mut self) -> Result2<()> {
        let (b0, b1) = (self.hbuf[0], self.hbuf[1]);
        let magic = b0 == 0x1f && b1 == 0x8b;
        if self.mode == UNZIP {
            self.mode = if magic { GUNZIP } else { INFLATE };
        }
        if self.mode == GUNZIP {
            if !magic {
                return Err(data_error("incorrect header check"));
            }
            self.hcrc = crc32_seeded(0);
            self.hcrc.update(&[b0, b1]);
            self.phase = Phase::Gzip(GzField::Method);
            return Ok(());
        }
        if ((u32::from(b0) << 8) | u32::from(b1)) % 31 != 0 {
            return Err(data_error("incorrect header check"));
        }
        if b0 & 0x0f != 8 {
            return Err(data_error("unknown compression method"));
        }
        let bits = i32::from(b0 >> 4) + 8;
        let wanted = if self.window_bits == 0 {
            bits
        } else {
            self.window_bits
        };
        if bits > 15 || bits > wanted {
            return Err(data_error("invalid window size"));
        }
        self.hbuf.clear();
        if b1 & 0x20 != 0 {
            self.phase = Phase::DictId;
        } else {
            self.start_body(None);
        }
        Ok(())
    }

    fn dict_id(&mut self) -> Result2<()> {
        let id = u32::from_be_bytes([self.hbuf[0], self.hbuf[1], self.hbuf[2], self.hbuf[3]]);
        self.hbuf.clear();
        let need_dict = |msg: &str| Failure::Stream(msg.into(), Z_NEED_DICT, "Z_NEED_DICT".into());
        let Some(dict) = self.dictionary.take() else {
            return Err(need_dict("Missing dictionary"));
        };
        if adler32(1, &dict) != id {
            self.dictionary = Some(dict);
            return Err(need_dict("Bad dictionary"));
        }
        self.start_body(Some(&dict));
        self.dictionary = Some(dict);
        Ok(())
    }

    fn gzip_byte(&mut self, field: GzField, b: u8) -> Result2<()> {
        if field != GzField::HeaderCrc {
            self.hcrc.update(&[b]);
        }
        match field {
            GzField::Method => {
                if b != 8 {
                    return Err(data_error("unknown compression method"));
                }
                self.phase = Phase::Gzip(GzField::Flags);
            }
            GzField::Flags => {
                if b & 0xe0 != 0 {
                    return Err(data_error("unknown header flags set"));
                }
                self.gz_flags = b;
                self.gz_left = 6; // mtime, xfl, os
                self.phase = Phase::Gzip(GzField::Fixed);
            }
            GzField::Fixed => {
                self.gz_left -= 1;
                if self.gz_left == 0 {
                    self.hbuf.clear();
                    self.next_gzip_field(GzField::Fixed);
                }
            }
            GzField::ExtraLen => {
                self.hbuf.push(b);
                if self.hbuf.len() == 2 {
                    self.gz_left = usize::from(u16::from_le_bytes([self.hbuf[0], self.hbuf[1]]));
                    self.hbuf.clear();
                    if self.gz_left == 0 {
                        self.next_gzip_field(GzField::Extra);
                    } else {
                        self.phase = Phase::Gzip(GzField::Extra);
                    }
                }
            }
            GzField::Extra => {
                self.gz_left -= 1;
                if self.gz_left == 0 {
                    self.next_gzip_field(GzField::Extra);
                }
            }
            GzField::Name | GzField::Comment => {
                if b == 0 {
                    self.next_gzip_field(field);
                }
            }
            GzField::HeaderCrc => {
                self.hbuf.push(b);
                if self.hbuf.len() == 2 {
                    let stored = u16::from_le_bytes([self.hbuf[0], self.hbuf[1]]);
                    self.hbuf.clear();
                    if stored != self.hcrc.sum() as u16 {
                        return Err(data_error("header crc mismatch"));
                    }
                    self.start_body(None);
                }
            }
        }
        Ok(())
    }

    /// Moves past `after` to the next field the flags announce, or to the
    /// body.
    fn next_gzip_field(&mut self, after: GzField) {
        let order = [
            (GzField::ExtraLen, 0x04),
            (GzField::Name, 0x08),
            (GzField::Comment, 0x10),
            (GzField::HeaderCrc, 0x02),
        ];
        let rank = |f: GzField| match f {
            GzField::Fixed => 0,
            GzField::ExtraLen | GzField::Extra => 1,
            GzField::Name => 2,
            GzField::Comment => 3,
            _ => 4,
        };
        let next = order
            .iter()
            .find(|(f, bit)| rank(*f) > rank(after) && self.gz_flags & bit != 0);
        match next {
            Some((f, _)) => self.phase = Phase::Gzip(*f),
            None => self.start_body(None),
        }
    }

    fn trailer(&mut self) -> Result2<()> {
        let t = &self.hbuf;
        if self.mode == GUNZIP {
            let crc = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
            let size = u32::from_le_bytes([t[4], t[5], t[6], t[7]]);
            if crc != self.check {
                return Err(data_error("incorrect data check"));
            }
            if size != self.size as u32 {
                return Err(data_error("incorrect length check"));
            }
        } else if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != self.check {
            return Err(data_error("incorrect data check"));
        }
        self.hbuf.clear();
        self.phase = Phase::Done;
        Ok(())
    }

    fn body(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result2<Stepped> {
        out.reserve_exact(STEP);
        let room = out.capacity() - out.len();
        let (in0, out0) = (self.d.total_in(), out.len());
        let status = self.d.decompress_vec(input, out, FlushDecompress::None);
        let used = (self.d.total_in() - in0) as usize;
        if self.body_head.len() < 5 {
            let more = input.len().min(5 - self.body_head.len());
            self.body_head.extend_from_slice(&input[..more]);
        }
        let status = status.map_err(|_| data_error(body_error(&self.body_head)))?;
        let produced = &out[out0..];
        if let Some(shadow) = self.shadow.as_mut() {
            let ended = status == Status::StreamEnd;
            match shadow.follow(&input[..used], produced, ended) {
                Some(true) => return Err(data_error("invalid distance too far back")),
                Some(false) => self.shadow = None,
                None => {}
            }
        }
        self.size += produced.len() as u64;
        self.check = if self.mode == GUNZIP {
            crc32(produced, self.check)
        } else {
            adler32(self.check, produced)
        };
        if status == Status::StreamEnd {
            self.phase = if self.mode == INFLATERAW {
                Phase::Done
            } else {
                Phase::Trailer
            };
            return Ok(Stepped { used, done: false });
        }
        let starved = used == input.len() && produced.len() < room;
        let stuck = used == 0 && produced.is_empty();
        Ok(Stepped {
            used,
            done: starved || stuck,
        })
    }
}

/// A no-op for the brotli encoder's command callback.
fn brotli_nop(
    _: &mut PredictionModeContextMap<InputReferenceMut>,
    _: &mut [StaticCommand],
    _: InputPair,
    _: &mut StandardAlloc,
) {
}

struct BrotliEncoder {
    state: Box<BrotliEncoderStateStruct<StandardAlloc>>,
    /// Input went in since the last completed flush.
    dirty: bool,
}

impl BrotliEncoder {
    fn new(params: &[u32]) -> Result2<BrotliEncoder> {
        let mut state = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
        set_brotli_encoder_params(&mut state, params)?;
        Ok(BrotliEncoder {
            state,
            dirty: false,
        })
    }

    fn step(&mut self, input: &[u8], op: i32, out: &mut Vec<u8>) -> Result2<Stepped> {
        if self.state.is_finished() {
            return if input.is_empty() {
                Ok(Stepped {
                    used: 0,
                    done: true,
                })
            } else {
                Err(brotli_compression_failed())
            };
        }
        let take = input.len().min(STEP);
        let last = take == input.len();
        let op = brotli_operation(if last { op } else { 0 });
        if take == 0 && op == BrotliEncoderOperation::BROTLI_OPERATION_FLUSH && !self.dirty {
            return Ok(Stepped {
                used: 0,
                done: true,
            });
        }
        let slice = &input[..take];
        let mut avail_in = take;
        let mut in_off = 0;
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let mut avail_out = buf.len();
            let mut out_off = 0;
            let ok = self.state.compress_stream(
                op,
                &mut avail_in,
                slice,
                &mut in_off,
                &mut avail_out,
                &mut buf,
                &mut out_off,
                &mut None,
                &mut brotli_nop,
            );
            if !ok {
                return Err(brotli_compression_failed());
            }
            out.extend_from_slice(&buf[..out_off]);
            if in_off > 0 {
                self.dirty = true;
            }
            let complete = match op {
                BrotliEncoderOperation::BROTLI_OPERATION_FINISH => self.state.is_finished(),
                _ => avail_in == 0 && !self.state.has_more_output(),
            };
            if complete {
                if op != BrotliEncoderOperation::BROTLI_OPERATION_PROCESS {
                    self.dirty = false;
                }
                return Ok(Stepped {
                    used: in_off,
                    done: last,
                });
            }
            if out.len() >= STEP {
                return Ok(Stepped {
                    used: in_off,
                    done: false,
                });
            }
        }
    }
}

struct BrotliDecoder {
    state: Box<BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>>,
    ended: bool,
}

impl BrotliDecoder {
    fn new(params: &[u32]) -> Result2<BrotliDecoder> {
        let mut state = Box::new(BrotliState::new_strict(
            StandardAlloc::default(),
            StandardAlloc::default(),
            StandardAlloc::default(),
        ));
        set_brotli_decoder_params(&mut state, params)?;
        Ok(BrotliDecoder {
            state,
            ended: false,
        })
    }

    fn step(&mut self, input: &[u8], op: i32, out: &mut Vec<u8>) -> Result2<Stepped> {
        if self.ended {
            return Ok(Stepped {
                used: 0,
                done: true,
            });
        }
        let start = out.len();
        out.resize(start + STEP, 0);
        let mut avail_in = input.len();
        let mut in_off = 0;
        let mut avail_out = STEP;
        let mut out_off = start;
        let mut total = 0;
        let result = BrotliDecompressStream(
            &mut avail_in,
            &mut in_off,
            input,
            &mut avail_out,
            &mut out_off,
            out,
            &mut total,
            &mut self.state,
        );
        out.truncate(out_off);
        match result {
            BrotliResult::ResultSuccess => {
                self.ended = true;
                Ok(Stepped {
                    used: in_off,
                    done: true,
                })
            }
            BrotliResult::NeedsMoreOutput => Ok(Stepped {
                used: in_off,
                done: false,
            }),
            BrotliResult::NeedsMoreInput if op == 2 => Err(unexpected_eof()),
            BrotliResult::NeedsMoreInput => Ok(Stepped {
                used: in_off,
                done: true,
            }),
            BrotliResult::ResultFailure => {
                Err(brotli_decompression_failed(self.state.error_code as i32))
            }
        }
    }
}

enum Kind {
    Deflate(Box<Deflater>),
    Inflate(Box<Inflater>),
    BrotliEncode(BrotliEncoder),
    BrotliDecode(BrotliDecoder),
}

/// How an engine was made, to make it again on reset().
#[derive(Clone)]
enum Config {
    Zlib {
        mode: i32,
        level: i32,
        window_bits: i32,
        strategy: i32,
        dictionary: Option<Vec<u8>>,
    },
    Brotli {
        encode: bool,
        params: Vec<u32>,
    },
}

/// A stream's engine, held by the JS stream as `_handle`. Closing it (or
/// the garbage collector) frees the backend's state.
pub struct Engine {
    config: Config,
    kind: Option<Kind>,
    /// Output made but not yet handed out.
    pending: Vec<u8>,
    pending_pos: usize,
}

// SAFETY: Engine holds no JS values, so no lifetime to change.
unsafe impl<'js> JsLifetime<'js> for Engine {
    type Changed<'to> = Engine;
}

impl<'js> Trace<'js> for Engine {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}

impl<'js> JsClass<'js> for Engine {
    const NAME: &'static str = "ZlibEngine";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<Constructor<'js>>> {
        Ok(None)
    }
}

impl Engine {
    fn new(config: Config) -> Result2<Engine> {
        let mut pending = Vec::new();
        let kind =
            match &config {
                Config::Zlib {
                    mode,
                    level,
                    window_bits,
                    strategy,
                    dictionary,
                } => match *mode {
                    DEFLATE | GZIP | DEFLATERAW => {
                        let (d, head) = Deflater::new(
                            *mode,
                            *level,
                            *window_bits,
                            *strategy,
                            dictionary.as_deref(),
                        )?;
                        pending = head;
                        Kind::Deflate(Box::new(d))
                    }
                    INFLATE | GUNZIP | INFLATERAW | UNZIP => Kind::Inflate(Box::new(
                        Inflater::new(*mode, *window_bits, dictionary.as_deref()),
                    )),
                    _ => return Err(Failure::Init),
                },
                Config::Brotli {
                    encode: true,
                    params,
                } => Kind::BrotliEncode(BrotliEncoder::new(params)?),
                Config::Brotli {
                    encode: false,
                    params,
                } => Kind::BrotliDecode(BrotliDecoder::new(params)?),
            };
        Ok(Engine {
            config,
            kind: Some(kind),
            pending,
            pending_pos: 0,
        })
    }

    /// Moves pending output into `out`, up to `room` bytes in all.
    fn drain(&mut self, out: &mut Vec<u8>, room: usize) {
        let n = (self.pending.len() - self.pending_pos).min(room - out.len());
        out.extend_from_slice(&self.pending[self.pending_pos..self.pending_pos + n]);
        self.pending_pos += n;
        if self.pending_pos == self.pending.len() {
            self.pending.clear();
            self.pending_pos = 0;
        }
    }

    /// One write: (output, input used, output room filled).
    fn write(&mut self, input: &[u8], flush: i32, room: usize) -> Result2<(Vec<u8>, usize, bool)> {
        let mut out = Vec::with_capacity(room.min(STEP * 2));
        let mut used = 0;
        loop {
            self.drain(&mut out, room);
            if out.len() == room {
                return Ok((out, used, true));
            }
            let rest = &input[used..];
            let Some(kind) = self.kind.as_mut() else {
                return Err(stream_error());
            };
            let stepped = match kind {
                Kind::Deflate(d) => d.step(rest, flush, &mut self.pending)?,
                Kind::Inflate(i) => i.step(rest, flush, &mut self.pending)?,
                Kind::BrotliEncode(e) => e.step(rest, flush, &mut self.pending)?,
                Kind::BrotliDecode(d) => d.step(rest, flush, &mut self.pending)?,
            };
            used += stepped.used;
            if stepped.done {
                self.drain(&mut out, room);
                let full = out.len() == room;
                return Ok((out, used, full));
            }
        }
    }

    fn reset(&mut self) -> Result2<()> {
        *self = Engine::new(self.config.clone())?;
        Ok(())
    }

    fn params(&mut self, level: i32, strategy: i32) {
        if let Config::Zlib {
            level: l,
            strategy: s,
            ..
        } = &mut self.config
        {
            *l = level;
            *s = strategy;
        }
        if let Some(Kind::Deflate(d)) = self.kind.as_mut() {
            d.set_level(level);
        }
    }
}

/// A failure as `[kind, ...]`, the shape the JS side turns into Node's error.
fn failure_to_js<'js>(ctx: &Ctx<'js>, failure: Failure) -> Result<Value<'js>> {
    to_js(ctx, Err(failure))
}

fn register_streams<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    // zlibStreamNew(mode, [level, windowBits, strategy], dictionary?) or
    // zlibStreamNew(mode, brotliParams): an engine, or a failure array.
    let new = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>, mode: i32, nums: Vec<f64>, dict: Opt<TypedArray<'js, u8>>| {
            let num = |i: usize, default: f64| {
                nums.get(i)
                    .copied()
                    .filter(|n| n.is_finite())
                    .unwrap_or(default)
            };
            let config = if mode == 8 || mode == 9 {
                Config::Brotli {
                    encode: mode == 9,
                    params: nums.iter().map(|&v| v as u32).collect(),
                }
            } else {
                Config::Zlib {
                    mode,
                    level: num(0, -1.0) as i32,
                    window_bits: num(1, 15.0) as i32,
                    strategy: num(2, 0.0) as i32,
                    dictionary: dict.0.as_ref().map(|d| bytes_of(d).to_vec()),
                }
            };
            match Engine::new(config) {
                Ok(engine) => Ok(Class::instance(ctx.clone(), engine)?.into_value()),
                Err(f) => failure_to_js(&ctx, f),
            }
        },
    )?
    .with_name("zlibStreamNew")?;
    binding.set("zlibStreamNew", new)?;

    // zlibStreamWrite(engine, flush, input, inOffset, room):
    // [output, inputUsed, roomFilled] or a failure array.
    let write = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>,
         engine: Class<'js, Engine>,
         flush: i32,
         input: TypedArray<'js, u8>,
         offset: f64,
         room: f64| {
            let data = bytes_of(&input);
            let offset = if offset.is_finite() && offset > 0.0 {
                (offset as usize).min(data.len())
            } else {
                0
            };
            let room = if room.is_finite() && room >= 1.0 {
                room.min(1e9) as usize
            } else {
                1
            };
            let result = engine.try_borrow_mut()?.write(&data[offset..], flush, room);
            match result {
                Ok((out, used, full)) => {
                    let out = TypedArray::<u8>::new(ctx.clone(), out)?;
                    List((out, used as f64, full)).into_js(&ctx)
                }
                Err(f) => {
                    engine.try_borrow_mut()?.kind = None;
                    failure_to_js(&ctx, f)
                }
            }
        },
    )?
    .with_name("zlibStreamWrite")?;
    binding.set("zlibStreamWrite", write)?;

    let reset = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>, engine: Class<'js, Engine>| match engine.try_borrow_mut()?.reset() {
            Ok(()) => Ok(Value::new_undefined(ctx.clone())),
            Err(f) => failure_to_js(&ctx, f),
        },
    )?
    .with_name("zlibStreamReset")?;
    binding.set("zlibStreamReset", reset)?;

    let params = Function::new(
        ctx.clone(),
        |engine: Class<'js, Engine>, level: i32, strategy: i32| -> Result<()> {
            engine.try_borrow_mut()?.params(level, strategy);
            Ok(())
        },
    )?
    .with_name("zlibStreamParams")?;
    binding.set("zlibStreamParams", params)?;

    let close = Function::new(ctx.clone(), |engine: Class<'js, Engine>| -> Result<()> {
        let mut engine = engine.try_borrow_mut()?;
        engine.kind = None;
        engine.pending = Vec::new();
        engine.pending_pos = 0;
        Ok(())
    })?
    .with_name("zlibStreamClose")?;
    binding.set("zlibStreamClose", close)?;
    Ok(())
}

/// Hands an outcome to JS: a Uint8Array, or `[kind, message, errno, code]`.
fn to_js<'js>(ctx: &Ctx<'js>, outcome: Outcome) -> Result<Value<'js>> {
    match outcome {
        Ok(bytes) => Ok(TypedArray::<u8>::new(ctx.clone(), bytes)?.into_value()),
        Err(Failure::Stream(msg, errno, code)) => List(("stream", msg, errno, code)).into_js(ctx),
        Err(Failure::TooLarge) => List(("too-large",)).into_js(ctx),
        Err(Failure::Init) => List(("init",)).into_js(ctx),
        Err(Failure::Unsupported(what)) => List(("unsupported", what)).into_js(ctx),
    }
}

/// Bytes of a Uint8Array argument, or none when it is detached.
fn bytes_of<'a>(arr: &'a TypedArray<'_, u8>) -> &'a [u8] {
    // SAFETY: only read, synchronously, while no JS runs.
    unsafe { arr.as_bytes() }.unwrap_or(&[])
}

fn limit_of(max: f64) -> usize {
    if max.is_finite() && max >= 0.0 {
        max.min(usize::MAX as f64) as usize
    } else {
        usize::MAX
    }
}

/// Adds this module's natives to `binding`.
pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    // zlibProcess(mode, input, [level, windowBits, strategy, flush, maxOutput], dictionary?)
    let process = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>,
         mode: i32,
         input: TypedArray<'js, u8>,
         nums: Vec<f64>,
         dict: Opt<TypedArray<'js, u8>>| {
            let num = |i: usize, default: f64| {
                nums.get(i)
                    .copied()
                    .filter(|n| !n.is_nan())
                    .unwrap_or(default)
            };
            let dict_bytes = dict.0.as_ref().map(|d| bytes_of(d));
            let opts = ZlibOptions {
                level: num(0, -1.0) as i32,
                window_bits: num(1, 15.0) as i32,
                strategy: num(2, 0.0) as i32,
                flush: num(3, Z_FINISH as f64) as i32,
                limit: limit_of(num(4, f64::INFINITY)),
                dictionary: dict_bytes,
            };
            to_js(&ctx, zlib_run(mode, bytes_of(&input), &opts))
        },
    )?
    .with_name("zlibProcess")?;
    binding.set("zlibProcess", process)?;

    // brotliProcess(encode, input, params (u32 per BROTLI_PARAM_*), operation, maxOutput)
    let brotli = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>,
         encode: bool,
         input: TypedArray<'js, u8>,
         params: Vec<f64>,
         op: i32,
         max: f64| {
            let params: Vec<u32> = params.iter().map(|&v| v as u32).collect();
            let data = bytes_of(&input);
            let limit = limit_of(max);
            let outcome = if encode {
                brotli_compress(data, &params, op, limit)
            } else {
                brotli_decompress(data, &params, op, limit)
            };
            to_js(&ctx, outcome)
        },
    )?
    .with_name("brotliProcess")?;
    binding.set("brotliProcess", brotli)?;

    let crc = Function::new(
        ctx.clone(),
        |input: TypedArray<'js, u8>, start: f64| -> f64 {
            f64::from(crc32(bytes_of(&input), start as u32))
        },
    )?
    .with_name("crc32")?;
    binding.set("zlibCrc32", crc)?;
    register_streams(ctx, binding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(flush: i32) -> ZlibOptions<'static> {
        ZlibOptions {
            level: -1,
            window_bits: 15,
            strategy: 0,
            flush,
            limit: usize::MAX,
            dictionary: None,
        }
    }

    #[test]
    fn checksums_match_zlib() {
        assert_eq!(crc32(b"hello", 0), 907060870);
        assert_eq!(crc32(b"world", crc32(b"hello ", 0)), 222957957);
        assert_eq!(adler32(1, b"hello"), 0x062c0215);
    }

    #[test]
    fn round_trips() {
        let data = b"hello hello hello hello".repeat(100);
        for (c, d) in [
            (DEFLATE, INFLATE),
            (GZIP, GUNZIP),
            (DEFLATERAW, INFLATERAW),
            (GZIP, UNZIP),
            (DEFLATE, UNZIP),
        ] {
            let packed = zlib_run(c, &data, &opts(Z_FINISH)).unwrap();
            assert_eq!(zlib_run(d, &packed, &opts(Z_FINISH)).unwrap(), data);
        }
    }

    #[test]
    fn headers_match_zlib() {
        let packed = zlib_run(DEFLATE, b"hello", &opts(Z_FINISH)).unwrap();
        assert_eq!(&packed[..2], &[0x78, 0x9c]);
        let packed = zlib_run(GZIP, b"hello", &opts(Z_FINISH)).unwrap();
        assert_eq!(&packed[..10], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
    }

    #[test]
    fn truncation_is_reported() {
        let packed = zlib_run(GZIP, b"hello", &opts(Z_FINISH)).unwrap();
        assert_eq!(
            zlib_run(GUNZIP, &packed[..packed.len() - 3], &opts(Z_FINISH)),
            Err(unexpected_eof())
        );
        assert_eq!(
            zlib_run(GUNZIP, b"", &opts(Z_FINISH)),
            Err(unexpected_eof())
        );
    }
}
