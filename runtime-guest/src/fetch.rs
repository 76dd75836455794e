//! Outgoing HTTP requests over `wasi:http/outgoing-handler`, for `fetch`.
//! The host does the connection (and TLS); the guest streams the request
//! body out and the response body in.
//!
//! JS sees an exchange as a small integer `id` with three watch ids for the
//! event loop (see `io::wait`): `id` is the future response (the head has
//! arrived or the request failed), `id + 1` the response body stream (data
//! or its end to read) and `id + 2` the request body stream (room to write).
//! Nothing here blocks.
//!
//! Failures are thrown as an `Error` whose `wasi` property names the
//! wasi:http error code (`connection-refused`, `HTTP-request-denied`, ...);
//! the JS side turns it into undici's `TypeError: fetch failed` and cause,
//! or node:https's errors (`internal/https/errors.js`).
//!
//! node:https uses these same natives: its request bytes are parsed back
//! into a head and body in JS and sent as one exchange.

use rquickjs::function::Opt;
use rquickjs::{Array, Ctx, Function, Object, Result, TypedArray, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use wasip2::http::outgoing_handler::handle;
use wasip2::http::types::{
    ErrorCode, Fields, FutureIncomingResponse, FutureTrailers, IncomingBody, IncomingResponse,
    Method, OutgoingBody, OutgoingRequest, Scheme,
};
use wasip2::io::poll::Pollable;
use wasip2::io::streams::{InputStream, OutputStream, StreamError};

/// The request body being written. Field order is drop order: the pollable
/// before its stream, the stream before its body.
struct Upload {
    poll: Pollable,
    stream: OutputStream,
    body: OutgoingBody,
}

/// The response body being read (children first, as above).
struct Download {
    poll: Pollable,
    stream: InputStream,
    _body: IncomingBody,
    _response: IncomingResponse,
}

/// The response's trailers being awaited after its body (children first).
struct Trailers {
    poll: Pollable,
    future: FutureTrailers,
    _response: IncomingResponse,
}

/// One request/response exchange.
struct Exchange {
    upload: Option<Upload>,
    waiting: Option<(Pollable, FutureIncomingResponse)>,
    download: Option<Download>,
    trailers: Option<Trailers>,
}

thread_local! {
    static EXCHANGES: RefCell<HashMap<u32, Exchange>> = RefCell::new(HashMap::new());
}

/// Finds the pollable behind a watch id among exchanges.
pub struct FetchPollables<'a> {
    exchanges: &'a HashMap<u32, Exchange>,
}

impl<'a> FetchPollables<'a> {
    pub fn get(&self, id: u32) -> Option<&'a Pollable> {
        for offset in 0..3u32 {
            let Some(ex) = id.checked_sub(offset).and_then(|b| self.exchanges.get(&b)) else {
                continue;
            };
            return match offset {
                0 => ex.waiting.as_ref().map(|(p, _)| p),
                1 => (ex.download.as_ref().map(|d| &d.poll))
                    .or(ex.trailers.as_ref().map(|t| &t.poll)),
                _ => ex.upload.as_ref().map(|u| &u.poll),
            };
        }
        None
    }
}

/// Calls `f` with the pollables of every exchange, for `io::wait`.
pub fn with_pollables<R>(f: impl FnOnce(&FetchPollables<'_>) -> R) -> R {
    EXCHANGES.with(|e| {
        let exchanges = e.borrow();
        f(&FetchPollables {
            exchanges: &exchanges,
        })
    })
}

/// The error JS maps to undici's: `wasi` names what failed.
fn fail(ctx: &Ctx<'_>, wasi: &str) -> rquickjs::Error {
    let build = || -> Result<Value<'_>> {
        let ctor: rquickjs::function::Constructor = ctx.globals().get("Error")?;
        let e: Object = ctor.construct((wasi,))?;
        e.set("wasi", wasi)?;
        Ok(e.into_value())
    };
    match build() {
        Ok(v) => ctx.throw(v),
        Err(e) => e,
    }
}

/// The kebab-case name of a wasi:http error code (its WIT spelling).
fn code_name(code: &ErrorCode) -> String {
    let name = match code {
        ErrorCode::DnsTimeout => "DNS-timeout",
        ErrorCode::DnsError(_) => "DNS-error",
        ErrorCode::DestinationNotFound => "destination-not-found",
        ErrorCode::DestinationUnavailable => "destination-unavailable",
        ErrorCode::DestinationIpProhibited => "destination-IP-prohibited",
        ErrorCode::DestinationIpUnroutable => "destination-IP-unroutable",
        ErrorCode::ConnectionRefused => "connection-refused",
        ErrorCode::ConnectionTerminated => "connection-terminated",
        ErrorCode::ConnectionTimeout => "connection-timeout",
        ErrorCode::ConnectionReadTimeout => "connection-read-timeout",
        ErrorCode::ConnectionWriteTimeout => "connection-write-timeout",
        ErrorCode::ConnectionLimitReached => "connection-limit-reached",
        ErrorCode::TlsProtocolError => "TLS-protocol-error",
        ErrorCode::TlsCertificateError => "TLS-certificate-error",
        ErrorCode::TlsAlertReceived(_) => "TLS-alert-received",
        ErrorCode::HttpRequestDenied => "HTTP-request-denied",
        ErrorCode::HttpRequestLengthRequired => "HTTP-request-length-required",
        ErrorCode::HttpRequestBodySize(_) => "HTTP-request-body-size",
        ErrorCode::HttpRequestMethodInvalid => "HTTP-request-method-invalid",
        ErrorCode::HttpRequestUriInvalid => "HTTP-request-URI-invalid",
        ErrorCode::HttpRequestUriTooLong => "HTTP-request-URI-too-long",
        ErrorCode::HttpResponseIncomplete => "HTTP-response-incomplete",
        ErrorCode::HttpResponseTimeout => "HTTP-response-timeout",
        ErrorCode::HttpProtocolError => "HTTP-protocol-error",
        // The host says why (the subrequest limit, say): keep its words.
        ErrorCode::InternalError(Some(why)) => return format!("internal-error: {why}"),
        ErrorCode::InternalError(None) => "internal-error",
        _ => "HTTP-error",
    };
    name.to_string()
}

/// The error for a wasi:http error code. A TLS alert also carries its id
/// and message (`alertId`, `alertMessage`): the host reports certificate
/// failures so, with Node's code in the message (see host/src/tls.rs).
fn fail_code(ctx: &Ctx<'_>, code: &ErrorCode) -> rquickjs::Error {
    let err = fail(ctx, &code_name(code));
    let ErrorCode::TlsAlertReceived(alert) = code else {
        return err;
    };
    let thrown = ctx.catch();
    if let Some(obj) = thrown.as_object() {
        let _ = obj.set("alertId", alert.alert_id);
        let _ = obj.set("alertMessage", alert.alert_message.clone());
    }
    ctx.throw(thrown)
}

/// A stream failure carries a wasi:http error code when the host has one.
fn fail_stream(ctx: &Ctx<'_>, err: StreamError) -> rquickjs::Error {
    match err {
        StreamError::Closed => fail(ctx, "connection-terminated"),
        StreamError::LastOperationFailed(e) => match wasip2::http::types::http_error_code(&e) {
            Some(code) => fail_code(ctx, &code),
            None => fail(ctx, &format!("stream:{}", e.to_debug_string())),
        },
    }
}

fn method_of(name: &str) -> Method {
    match name {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "DELETE" => Method::Delete,
        "CONNECT" => Method::Connect,
        "OPTIONS" => Method::Options,
        "TRACE" => Method::Trace,
        "PATCH" => Method::Patch,
        other => Method::Other(other.to_string()),
    }
}

/// Builds the request from its parts, hands it to the host and returns the
/// exchange id. `headers` is a flat `[name, value, name, value, ...]` list.
/// With `has_body` the request body stays open for `fetchWrite`.
fn start(
    ctx: Ctx<'_>,
    method: String,
    https: bool,
    authority: String,
    path: String,
    headers: Vec<String>,
    has_body: bool,
) -> Result<u32> {
    let entries: Vec<(String, Vec<u8>)> = headers
        .chunks_exact(2)
        .map(|p| (p[0].clone(), p[1].clone().into_bytes()))
        .collect();
    let fields = Fields::from_list(&entries).map_err(|e| fail(&ctx, &header_error(e)))?;
    let request = OutgoingRequest::new(fields);
    let ok = request.set_method(&method_of(&method)).is_ok()
        && request
            .set_scheme(Some(&if https { Scheme::Https } else { Scheme::Http }))
            .is_ok()
        && request.set_authority(Some(&authority)).is_ok()
        && request.set_path_with_query(Some(&path)).is_ok();
    if !ok {
        return Err(fail(&ctx, "HTTP-request-URI-invalid"));
    }
    let body = request.body().map_err(|()| fail(&ctx, "internal-error"))?;
    let future = handle(request, None).map_err(|e| fail_code(&ctx, &e))?;
    let upload = if has_body {
        let stream = body.write().map_err(|()| fail(&ctx, "internal-error"))?;
        Some(Upload {
            poll: stream.subscribe(),
            stream,
            body,
        })
    } else {
        OutgoingBody::finish(body, None).map_err(|e| fail_code(&ctx, &e))?;
        None
    };
    let id = crate::io::alloc_ids(3);
    let exchange = Exchange {
        upload,
        waiting: Some((future.subscribe(), future)),
        download: None,
        trailers: None,
    };
    EXCHANGES.with(|m| m.borrow_mut().insert(id, exchange));
    Ok(id)
}

fn header_error(e: wasip2::http::types::HeaderError) -> String {
    use wasip2::http::types::HeaderError;
    match e {
        HeaderError::InvalidSyntax => "header-invalid-syntax",
        HeaderError::Forbidden => "header-forbidden",
        HeaderError::Immutable => "header-immutable",
    }
    .to_string()
}

fn with_exchange<R>(
    ctx: &Ctx<'_>,
    id: u32,
    f: impl FnOnce(&mut Exchange) -> Result<R>,
) -> Result<R> {
    EXCHANGES.with(|m| {
        let mut map = m.borrow_mut();
        let ex = map.get_mut(&id).ok_or_else(|| fail(ctx, "bad-handle"))?;
        f(ex)
    })
}

/// The prefix under which the host passes on the response headers that
/// wasi:http keeps from guests (Connection, Transfer-Encoding, ...): see
/// `expose_wire_headers` in host/src/tls.rs.
const WIRE_PREFIX: &str = "sandnode-wire-";

/// The reason phrase and version the host passes on for node:https.
const REASON_HEADER: &str = "sandnode-wire-reason-phrase";
const VERSION_HEADER: &str = "sandnode-wire-http-version";

/// A response header as the program sees it: with `wire`, the host's
/// renamed wire headers under their own names; without, none of them.
fn shown_name(name: String, wire: bool) -> Option<String> {
    match name.strip_prefix(WIRE_PREFIX) {
        None => Some(name),
        Some(own) if wire => Some(own.to_string()),
        Some(_) => None,
    }
}

/// The response head once it has arrived: `null` while waiting, else
/// `[status, [name, value, ...], reason, version]` (the last two `null`
/// unless the host passed them on). Throws the request's failure. `wire`
/// (node:https) asks for the headers that frame the body too.
fn response<'js>(ctx: Ctx<'js>, id: u32, wire: Opt<bool>) -> Result<Value<'js>> {
    let wire = wire.0.unwrap_or(false);
    let head = with_exchange(&ctx, id, |ex| {
        let Some((_, future)) = ex.waiting.as_ref() else {
            return Err(fail(&ctx, "invalid-state"));
        };
        let outcome = match future.get() {
            None => return Ok(None),
            Some(Err(())) => return Err(fail(&ctx, "internal-error")),
            Some(Ok(outcome)) => outcome,
        };
        ex.waiting = None;
        let resp = outcome.map_err(|e| fail_code(&ctx, &e))?;
        let status = resp.status();
        let headers = resp.headers().entries();
        let body = resp.consume().map_err(|()| fail(&ctx, "internal-error"))?;
        let stream = body.stream().map_err(|()| fail(&ctx, "internal-error"))?;
        ex.download = Some(Download {
            poll: stream.subscribe(),
            stream,
            _body: body,
            _response: resp,
        });
        Ok(Some((status, headers)))
    })?;
    let Some((status, headers)) = head else {
        return Ok(Value::new_null(ctx));
    };
    // Header bytes are Latin-1 in fetch (undici decodes them so).
    let latin1 = |value: &[u8]| -> String { value.iter().map(|&b| b as char).collect() };
    let flat = Array::new(ctx.clone())?;
    let mut reason = None;
    let mut version = None;
    let mut i = 0;
    for (name, value) in headers {
        match name.as_str() {
            REASON_HEADER => reason = Some(latin1(&value)),
            VERSION_HEADER => version = Some(latin1(&value)),
            _ => {
                let Some(name) = shown_name(name, wire) else {
                    continue;
                };
                flat.set(2 * i, name)?;
                flat.set(2 * i + 1, latin1(&value))?;
                i += 1;
            }
        }
    }
    let out = Array::new(ctx.clone())?;
    out.set(0, status)?;
    out.set(1, flat)?;
    out.set(2, reason)?;
    out.set(3, version)?;
    Ok(out.into_value())
}

/// Response body bytes the host has (an empty array: nothing yet), or
/// null at the end.
fn read<'js>(ctx: Ctx<'js>, id: u32, max: f64) -> Result<Value<'js>> {
    let max = crate::io::read_size(max);
    let got = with_exchange(&ctx, id, |ex| {
        let dl = ex
            .download
            .as_ref()
            .ok_or_else(|| fail(&ctx, "invalid-state"))?;
        crate::io::read_now(&dl.stream, max).map_err(|e| fail_stream(&ctx, e))
    })?;
    crate::io::bytes_or_null(ctx, got)
}

/// The response's trailers once its body has ended (`fetchRead` gave
/// null): `null` while the host has not got them (watch `id + 1`), else a
/// flat `[name, value, ...]` list, empty when there are none.
fn trailers<'js>(ctx: Ctx<'js>, id: u32) -> Result<Value<'js>> {
    let got = with_exchange(&ctx, id, |ex| {
        if let Some(dl) = ex.download.take() {
            let Download {
                poll,
                stream,
                _body,
                _response,
            } = dl;
            drop(poll);
            drop(stream);
            let future = IncomingBody::finish(_body);
            ex.trailers = Some(Trailers {
                poll: future.subscribe(),
                future,
                _response,
            });
        }
        let Some(t) = ex.trailers.as_ref() else {
            return Err(fail(&ctx, "invalid-state"));
        };
        match t.future.get() {
            None => Ok(None),
            Some(Ok(Ok(Some(fields)))) => Ok(Some(fields.entries())),
            Some(Ok(Ok(None))) | Some(Err(())) => Ok(Some(Vec::new())),
            Some(Ok(Err(code))) => Err(fail_code(&ctx, &code)),
        }
    })?;
    let Some(entries) = got else {
        return Ok(Value::new_null(ctx));
    };
    let flat = Array::new(ctx.clone())?;
    for (i, (name, value)) in entries.into_iter().enumerate() {
        flat.set(2 * i, name)?;
        let text: String = value.iter().map(|&b| b as char).collect();
        flat.set(2 * i + 1, text)?;
    }
    Ok(flat.into_value())
}

/// Hands the host as much of `bytes[offset..]` as it takes now; returns how
/// many bytes it took (0: full, watch `id + 2`).
fn write(ctx: Ctx<'_>, id: u32, bytes: TypedArray<'_, u8>, offset: f64) -> Result<f64> {
    // SAFETY: read synchronously while no JS runs (the host calls below
    // never re-enter the engine).
    let data: &[u8] = unsafe { bytes.as_bytes() }.unwrap_or(&[]);
    let rest = crate::io::tail_from(data, offset);
    with_exchange(&ctx, id, |ex| {
        let up = ex
            .upload
            .as_ref()
            .ok_or_else(|| fail(&ctx, "invalid-state"))?;
        crate::io::write_now(&up.stream, rest)
            .map(|n| n as f64)
            .map_err(|e| fail_stream(&ctx, e))
    })
}

/// Ends the request body (after its last write), with `trailers` (a flat
/// `[name, value, ...]` list) when given.
fn finish(ctx: Ctx<'_>, id: u32, trailers: Opt<Vec<String>>) -> Result<()> {
    let trailers = match trailers.0 {
        Some(flat) if !flat.is_empty() => {
            let entries: Vec<(String, Vec<u8>)> = flat
                .chunks_exact(2)
                .map(|p| (p[0].clone(), p[1].clone().into_bytes()))
                .collect();
            Some(Fields::from_list(&entries).map_err(|e| fail(&ctx, &header_error(e)))?)
        }
        _ => None,
    };
    with_exchange(&ctx, id, |ex| {
        let Some(up) = ex.upload.take() else {
            return Ok(());
        };
        let Upload { poll, stream, body } = up;
        drop(poll);
        drop(stream);
        OutgoingBody::finish(body, trailers).map_err(|e| fail_code(&ctx, &e))
    })
}

/// Drops an exchange: an unfinished request or response is abandoned.
fn close(id: u32) {
    let removed = EXCHANGES.with(|m| m.borrow_mut().remove(&id));
    drop(removed);
}

/// Adds this module's natives to `binding`.
pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set($name, Function::new(ctx.clone(), $f)?.with_name($name)?)?;
        };
    }
    func!("fetchStart", start);
    func!("fetchResponse", response);
    func!("fetchRead", read);
    func!("fetchTrailers", trailers);
    func!("fetchWrite", write);
    func!("fetchFinish", finish);
    func!("fetchClose", close);
    Ok(())
}
