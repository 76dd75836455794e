//! HTTP/1.1 message heads for node:http, parsed with the `httparse` crate.
//!
//! The JS parser (`js/internal/http/parser.js`) keeps the bytes of a
//! connection and asks these natives to parse a request head, a response
//! head, a chunk-size line or a trailer block at the front of them. Each
//! returns:
//! - `null` when the bytes end before the element does (read more);
//! - a string naming the failure with llhttp's code (`HPE_INVALID_METHOD`,
//!   ...), which the JS side turns into Node's parse error;
//! - an array with the bytes consumed first, then the parsed parts.
//!
//! Header values are bytes; they reach JS as latin1 strings, which is how
//! Node hands them out. Nothing here panics on what a peer sends.

use rquickjs::{Array, Ctx, Function, IntoJs, Object, Result, TypedArray, Value};

/// Headers a head may carry before it is refused. The byte limit
/// (`maxHeaderSize`, checked in JS) normally stops a peer first.
const MAX_HEADERS: usize = 8192;

/// The first guess of the header count; the parse is retried with room for
/// more when a head has more.
const FIRST_GUESS: usize = 64;

fn error_code(err: httparse::Error) -> &'static str {
    match err {
        httparse::Error::HeaderName => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::HeaderValue => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::NewLine => "HPE_LF_EXPECTED",
        httparse::Error::Status => "HPE_INVALID_STATUS",
        httparse::Error::Token => "HPE_INVALID_METHOD",
        httparse::Error::TooManyHeaders => "HPE_HEADER_OVERFLOW",
        httparse::Error::Version => "HPE_INVALID_VERSION",
    }
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

/// `[name, value, name, value, ...]`, as Node's rawHeaders.
fn raw_headers<'js>(ctx: &Ctx<'js>, headers: &[httparse::Header<'_>]) -> Result<Array<'js>> {
    let out = Array::new(ctx.clone())?;
    for (i, h) in headers.iter().enumerate() {
        out.set(2 * i, h.name)?;
        out.set(2 * i + 1, latin1(h.value))?;
    }
    Ok(out)
}

/// Runs `parse` with a header table that grows (up to `MAX_HEADERS`) while
/// the head has more headers than it holds.
fn with_headers<'b, T>(
    mut parse: impl FnMut(&mut [httparse::Header<'b>]) -> std::result::Result<T, httparse::Error>,
) -> std::result::Result<T, httparse::Error> {
    let mut size = FIRST_GUESS;
    loop {
        let mut table = vec![httparse::EMPTY_HEADER; size];
        match parse(&mut table) {
            Err(httparse::Error::TooManyHeaders) if size < MAX_HEADERS => {
                size = (size * 4).min(MAX_HEADERS);
            }
            other => return other,
        }
    }
}

fn partial<'js>(ctx: &Ctx<'js>) -> Result<Value<'js>> {
    Ok(Value::new_null(ctx.clone()))
}

fn failure<'js>(ctx: &Ctx<'js>, err: httparse::Error) -> Result<Value<'js>> {
    error_code(err).into_js(ctx)
}

/// `[consumed, method, url, versionMinor, rawHeaders]`.
fn parse_request<'js>(ctx: &Ctx<'js>, data: &[u8]) -> Result<Value<'js>> {
    let mut result = None;
    let status = with_headers(|table| {
        let mut req = httparse::Request::new(table);
        let status = req.parse(data)?;
        if let httparse::Status::Complete(n) = status {
            let out = Array::new(ctx.clone()).map_err(|_| httparse::Error::Token)?;
            let filled = (|| -> Result<()> {
                out.set(0, n)?;
                out.set(1, req.method.unwrap_or(""))?;
                out.set(2, req.path.unwrap_or(""))?;
                out.set(3, req.version.unwrap_or(1))?;
                out.set(4, raw_headers(ctx, req.headers)?)?;
                Ok(())
            })();
            result = Some(filled.map(|_| out));
        }
        Ok(status.is_complete())
    });
    match status {
        Err(err) => failure(ctx, err),
        Ok(false) => partial(ctx),
        Ok(true) => match result {
            Some(out) => Ok(out?.into_value()),
            None => partial(ctx),
        },
    }
}

/// `[consumed, versionMinor, statusCode, reason, rawHeaders]`.
fn parse_response<'js>(ctx: &Ctx<'js>, data: &[u8]) -> Result<Value<'js>> {
    let mut result = None;
    let status = with_headers(|table| {
        let mut res = httparse::Response::new(table);
        let status = res.parse(data)?;
        if let httparse::Status::Complete(n) = status {
            let out = Array::new(ctx.clone()).map_err(|_| httparse::Error::Status)?;
            let filled = (|| -> Result<()> {
                out.set(0, n)?;
                out.set(1, res.version.unwrap_or(1))?;
                out.set(2, res.code.unwrap_or(0))?;
                out.set(3, res.reason.unwrap_or(""))?;
                out.set(4, raw_headers(ctx, res.headers)?)?;
                Ok(())
            })();
            result = Some(filled.map(|_| out));
        }
        Ok(status.is_complete())
    });
    match status {
        // llhttp names a line that does not start with "HTTP/" apart from a
        // bad version number.
        Err(httparse::Error::Version) if !starts_with_http(data) => {
            "HPE_INVALID_CONSTANT".into_js(ctx)
        }
        Err(err) => failure(ctx, err),
        Ok(false) => partial(ctx),
        Ok(true) => match result {
            Some(out) => Ok(out?.into_value()),
            None => partial(ctx),
        },
    }
}

fn starts_with_http(data: &[u8]) -> bool {
    let start = data
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(data.len());
    let rest = &data[start..];
    let n = rest.len().min(5);
    rest[..n] == b"HTTP/"[..n]
}

/// `[consumed, size]` of a chunk-size line (extensions skipped). Sizes past
/// 2^53 cannot be a real body here and are refused.
fn parse_chunk_size<'js>(ctx: &Ctx<'js>, data: &[u8]) -> Result<Value<'js>> {
    match httparse::parse_chunk_size(data) {
        Err(_) => "HPE_INVALID_CHUNK_SIZE".into_js(ctx),
        Ok(httparse::Status::Partial) => partial(ctx),
        Ok(httparse::Status::Complete((n, size))) => {
            if size > (1u64 << 53) {
                return "HPE_INVALID_CHUNK_SIZE".into_js(ctx);
            }
            let out = Array::new(ctx.clone())?;
            out.set(0, n)?;
            out.set(1, size as f64)?;
            Ok(out.into_value())
        }
    }
}

/// `[consumed, rawHeaders]` of the trailer block after the last chunk,
/// including the empty line that ends it.
fn parse_trailers<'js>(ctx: &Ctx<'js>, data: &[u8]) -> Result<Value<'js>> {
    let mut result = None;
    let status = with_headers(|table| {
        let status = httparse::parse_headers(data, table)?;
        if let httparse::Status::Complete((n, headers)) = status {
            let out = Array::new(ctx.clone()).map_err(|_| httparse::Error::HeaderName)?;
            let filled = (|| -> Result<()> {
                out.set(0, n)?;
                out.set(1, raw_headers(ctx, headers)?)?;
                Ok(())
            })();
            result = Some(filled.map(|_| out));
            return Ok(true);
        }
        Ok(false)
    });
    match status {
        Err(err) => failure(ctx, err),
        Ok(false) => partial(ctx),
        Ok(true) => match result {
            Some(out) => Ok(out?.into_value()),
            None => partial(ctx),
        },
    }
}

/// Appends `text` as latin1: each UTF-16 unit's low byte, as Node's
/// latin1 encoding does (a head is latin1 already; nothing is lost there).
fn push_latin1(out: &mut Vec<u8>, text: &str) {
    if text.is_ascii() {
        out.extend_from_slice(text.as_bytes());
    } else {
        out.extend(text.chars().map(|c| (c as u32 & 0xff) as u8));
    }
}

/// The bytes of a whole message for one socket write: `head` (latin1), then
/// `body` (UTF-8, or latin1 when `latin1`), framed as one chunk, the last
/// chunk and `trailer` (latin1) when `chunked`. `null` when a string is not
/// well-formed UTF-16: the JS path encodes those (lone surrogates).
fn message_bytes<'js>(
    ctx: Ctx<'js>,
    head: rquickjs::String<'js>,
    body: rquickjs::String<'js>,
    latin1: bool,
    chunked: bool,
    trailer: rquickjs::String<'js>,
) -> Result<Value<'js>> {
    let (Ok(head), Ok(body), Ok(trailer)) =
        (head.to_string(), body.to_string(), trailer.to_string())
    else {
        return partial(&ctx);
    };
    if head.contains('\u{fffd}') || body.contains('\u{fffd}') || trailer.contains('\u{fffd}') {
        // A replacement character may stand for a lone surrogate that the
        // conversion replaced: let the JS path decide.
        return partial(&ctx);
    }
    let mut out = Vec::with_capacity(head.len() + body.len() + trailer.len() + 16);
    push_latin1(&mut out, &head);
    let start = out.len();
    if latin1 {
        push_latin1(&mut out, &body);
    } else {
        out.extend_from_slice(body.as_bytes());
    }
    if chunked {
        let body_bytes = out.split_off(start);
        if !body_bytes.is_empty() {
            out.extend_from_slice(format!("{:x}\r\n", body_bytes.len()).as_bytes());
            out.extend_from_slice(&body_bytes);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"0\r\n");
        push_latin1(&mut out, &trailer);
        out.extend_from_slice(b"\r\n");
    }
    Ok(TypedArray::<u8>::new(ctx, out)?.into_value())
}

fn bytes_of<'a>(data: &'a TypedArray<'_, u8>) -> &'a [u8] {
    // SAFETY: read synchronously while no JS runs; a detached view reads
    // as empty.
    unsafe { data.as_bytes() }.unwrap_or(&[])
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let c = ctx.clone();
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set($name, Function::new(c.clone(), $f)?.with_name($name)?)?;
        };
    }
    func!(
        "httpParseRequest",
        |ctx: Ctx<'js>, data: TypedArray<'js, u8>| { parse_request(&ctx, bytes_of(&data)) }
    );
    func!(
        "httpParseResponse",
        |ctx: Ctx<'js>, data: TypedArray<'js, u8>| { parse_response(&ctx, bytes_of(&data)) }
    );
    func!(
        "httpParseChunkSize",
        |ctx: Ctx<'js>, data: TypedArray<'js, u8>| { parse_chunk_size(&ctx, bytes_of(&data)) }
    );
    func!(
        "httpParseTrailers",
        |ctx: Ctx<'js>, data: TypedArray<'js, u8>| { parse_trailers(&ctx, bytes_of(&data)) }
    );
    func!(
        "httpMessageBytes",
        |ctx: Ctx<'js>,
         head: rquickjs::String<'js>,
         body: rquickjs::String<'js>,
         latin1: bool,
         chunked: bool,
         trailer: rquickjs::String<'js>| {
            message_bytes(ctx, head, body, latin1, chunked, trailer)
        }
    );
    Ok(())
}
