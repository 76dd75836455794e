//! Serving one HTTP request: the guest's `wasi:http/incoming-handler`
//! export. `sandnode serve` (host/src/serve.rs), or any other wasi:http
//! host such as `wasmtime serve`, calls `handle` on a fresh instance for
//! each request. The guest runs the app's `fetch` handler with its event
//! loop (`js/internal/serve.js`) and answers through the response outparam.
//!
//! JS sees one exchange per instance:
//! - `serveRequest()` gives the request head once, and the body as an input
//!   handle that `ioRead`/`ioWait` already know (see io.rs);
//! - `serveRespond(status, headers)` sends the head;
//! - `serveWrite(bytes, offset)` hands body bytes to the host without
//!   blocking (0: full, wait on `serveOutId()`), `serveFinish()` ends it.
//!
//! Whatever JS leaves undone when its loop ends is settled here: no head
//! sent becomes an error the host answers with a 500, and a body not
//! finished is dropped unfinished, so the client sees it cut short rather
//! than complete.

use rquickjs::{Array, Ctx, Object, Result, TypedArray, Value};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use wasip2::http::types::{
    ErrorCode, Fields, IncomingBody, IncomingRequest, Method, OutgoingBody, OutgoingResponse,
    ResponseOutparam, Scheme,
};
use wasip2::io::poll::Pollable;
use wasip2::io::streams::OutputStream;

/// The response body being written. Field order is drop order: the
/// pollable before its stream, the stream before its body.
struct Reply {
    poll: Pollable,
    stream: OutputStream,
    body: OutgoingBody,
}

struct Exchange {
    /// The request, held until the end: its body is its child and must be
    /// dropped first.
    request: Option<IncomingRequest>,
    head_taken: bool,
    /// The request body's io handle, and the body it belongs to (dropped
    /// after the handle).
    input: Option<(u32, IncomingBody)>,
    outparam: Option<ResponseOutparam>,
    reply: Option<Reply>,
    /// The watch id of the reply stream's pollable.
    out_id: u32,
}

thread_local! {
    static EXCHANGE: RefCell<Option<Exchange>> = const { RefCell::new(None) };
    /// The body handed out while EXCHANGE is borrowed; moved into it after.
    static PENDING_INPUT: RefCell<Option<(u32, IncomingBody)>> = const { RefCell::new(None) };
}

pub struct Handler;

impl wasip2::exports::http::incoming_handler::Guest for Handler {
    fn handle(request: IncomingRequest, outparam: ResponseOutparam) {
        if RESIDENT_HEAP.load(Ordering::Relaxed) {
            write_whole_heap();
        }
        let out_id = crate::io::alloc_ids(1);
        EXCHANGE.with(|e| {
            *e.borrow_mut() = Some(Exchange {
                request: Some(request),
                head_taken: false,
                input: None,
                outparam: Some(outparam),
                reply: None,
                out_id,
            })
        });
        crate::run_program();
        settle();
    }
}

/// Set at pre-initialisation, so kept in the snapshot: whether the host
/// keeps the pages an instance wrote resident for the next instance in its
/// slot (`sandnode serve`; see `write_whole_heap`).
static RESIDENT_HEAP: AtomicBool = AtomicBool::new(false);

pub fn keep_heap_resident(resident: bool) {
    RESIDENT_HEAP.store(resident, Ordering::Relaxed);
}

#[cfg(target_arch = "wasm32")]
unsafe extern "C" {
    /// Where the linker put the start of the heap, after the stack and the
    /// static data.
    static __heap_base: u8;
}

/// Writes every page of the heap (each byte written is the one read).
///
/// Why: a request writes a few hundred pages scattered over the snapshot's
/// heap, reference counts mostly. wasmtime's pool resets a slot by finding
/// the pages written (PAGEMAP_SCAN) and copying them back from the image,
/// which keeps them mapped and writable for the next instance; but it only
/// takes the first 32 runs of written pages and unmaps the rest, so most
/// pages went back to copy-on-write and every request took ~150 page faults,
/// each with a TLB shootdown across cores: half of the server's CPU. Once the
/// whole heap has been written it is one run: the reset copies it back
/// (a memcpy of a few MiB), the next instance in the slot faults on nothing,
/// and these writes are plain stores. bench/edge: about 2.5x req/s.
#[cfg(target_arch = "wasm32")]
fn write_whole_heap() {
    const HOST_PAGE: usize = 4096;
    // Only the symbol's address is taken (which needs no `unsafe`).
    let start = (&raw const __heap_base as usize).next_multiple_of(HOST_PAGE);
    let end = core::arch::wasm32::memory_size(0).saturating_mul(65536);
    for page in (start..end).step_by(HOST_PAGE) {
        let byte = page as *mut u8;
        // SAFETY: the address is inside linear memory (below its size) and
        // not null; the guest is single-threaded, and the byte written back
        // is the one just read, so no value changes.
        unsafe { byte.write_volatile(byte.read_volatile()) };
    }
}

/// The guest's unit tests run natively, where there is no linear memory.
#[cfg(not(target_arch = "wasm32"))]
fn write_whole_heap() {}

/// Answers for whatever the program left undone (see the module comment).
fn settle() {
    let Some(mut ex) = EXCHANGE.with(|e| e.borrow_mut().take()) else {
        return;
    };
    if let Some(outparam) = ex.outparam.take() {
        let why = "the fetch handler ended without sending a response".to_string();
        ResponseOutparam::set(outparam, Err(ErrorCode::InternalError(Some(why))));
    }
    drop(ex.reply.take());
    if let Some((id, body)) = ex.input.take() {
        crate::io::close(id);
        drop(body);
    }
    drop(ex.request.take());
}

/// Finds the reply stream's pollable by its watch id, for `io::wait`.
pub struct ServePollables<'a> {
    exchange: Option<&'a Exchange>,
}

impl<'a> ServePollables<'a> {
    pub fn get(&self, id: u32) -> Option<&'a Pollable> {
        let ex = self.exchange.filter(|ex| ex.out_id == id)?;
        ex.reply.as_ref().map(|r| &r.poll)
    }
}

/// Calls `f` with the exchange's pollables.
pub fn with_pollables<R>(f: impl FnOnce(&ServePollables<'_>) -> R) -> R {
    EXCHANGE.with(|e| {
        let ex = e.borrow();
        f(&ServePollables {
            exchange: ex.as_ref(),
        })
    })
}

fn method_name(method: &Method) -> String {
    match method {
        Method::Get => "GET".into(),
        Method::Head => "HEAD".into(),
        Method::Post => "POST".into(),
        Method::Put => "PUT".into(),
        Method::Delete => "DELETE".into(),
        Method::Connect => "CONNECT".into(),
        Method::Options => "OPTIONS".into(),
        Method::Trace => "TRACE".into(),
        Method::Patch => "PATCH".into(),
        Method::Other(name) => name.clone(),
    }
}

fn type_error(ctx: &Ctx<'_>, message: &str) -> rquickjs::Error {
    rquickjs::Exception::throw_type(ctx, message)
}

/// `[method, pathWithQuery, scheme, authority, [name, value, ...], bodyId]`
/// the first time; null after (there is one request per instance).
fn request_head<'js>(ctx: Ctx<'js>) -> Result<Value<'js>> {
    let first = EXCHANGE.with(|e| match e.borrow_mut().as_mut() {
        Some(ex) if !ex.head_taken && ex.request.is_some() => {
            ex.head_taken = true;
            true
        }
        _ => false,
    });
    if !first {
        return Ok(Value::new_null(ctx));
    }
    let head = EXCHANGE.with(|e| {
        let ex = e.borrow();
        match ex.as_ref().and_then(|ex| ex.request.as_ref()) {
            Some(request) => head_of(ctx.clone(), request),
            None => Ok(Value::new_null(ctx.clone())),
        }
    });
    if let Some(input) = PENDING_INPUT.with(|p| p.borrow_mut().take()) {
        EXCHANGE.with(|e| {
            if let Some(ex) = e.borrow_mut().as_mut() {
                ex.input = Some(input);
            }
        });
    }
    head
}

fn head_of<'js>(ctx: Ctx<'js>, request: &IncomingRequest) -> Result<Value<'js>> {
    let head = Array::new(ctx.clone())?;
    head.set(0, method_name(&request.method()))?;
    head.set(1, request.path_with_query().unwrap_or_else(|| "/".into()))?;
    let scheme = match request.scheme() {
        Some(Scheme::Https) => "https".to_string(),
        Some(Scheme::Other(s)) => s,
        _ => "http".to_string(),
    };
    head.set(2, scheme)?;
    head.set(3, request.authority().unwrap_or_else(|| "localhost".into()))?;
    let headers = Array::new(ctx.clone())?;
    for (i, (name, value)) in request.headers().entries().into_iter().enumerate() {
        headers.set(2 * i, name)?;
        // Header values are bytes; Node and the Fetch standard read them
        // as latin1 when they are not UTF-8.
        let text = match String::from_utf8(value) {
            Ok(s) => s,
            Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
        };
        headers.set(2 * i + 1, text)?;
    }
    head.set(4, headers)?;
    let body_id = match request.consume() {
        Ok(body) => match body.stream() {
            Ok(stream) => {
                let id = crate::io::add_input(stream);
                PENDING_INPUT.with(|p| *p.borrow_mut() = Some((id, body)));
                Value::new_number(ctx.clone(), id as f64)
            }
            Err(()) => Value::new_null(ctx.clone()),
        },
        Err(()) => Value::new_null(ctx.clone()),
    };
    head.set(5, body_id)?;
    Ok(head.into_value())
}

fn respond(ctx: Ctx<'_>, status: f64, headers: Array<'_>) -> Result<()> {
    let outparam = EXCHANGE.with(|e| e.borrow_mut().as_mut().and_then(|ex| ex.outparam.take()));
    let Some(outparam) = outparam else {
        return Err(type_error(&ctx, "the response was already sent"));
    };
    let mut list: Vec<(String, Vec<u8>)> = Vec::with_capacity(headers.len() / 2);
    for pair in headers
        .iter::<String>()
        .collect::<Result<Vec<_>>>()?
        .chunks(2)
    {
        if let [name, value] = pair {
            list.push((name.clone(), value.clone().into_bytes()));
        }
    }
    let put_back = |outparam| {
        EXCHANGE.with(|e| {
            if let Some(ex) = e.borrow_mut().as_mut() {
                ex.outparam = Some(outparam);
            }
        })
    };
    let fields = match Fields::from_list(&list) {
        Ok(f) => f,
        Err(e) => {
            put_back(outparam);
            return Err(type_error(&ctx, &format!("invalid response header: {e:?}")));
        }
    };
    let response = OutgoingResponse::new(fields);
    let code = if status.fract() == 0.0 && (200.0..=599.0).contains(&status) {
        status as u16
    } else {
        put_back(outparam);
        return Err(rquickjs::Exception::throw_range(
            &ctx,
            &format!("invalid response status {status}"),
        ));
    };
    if response.set_status_code(code).is_err() {
        put_back(outparam);
        return Err(type_error(&ctx, "the host refused the response status"));
    }
    let Ok(body) = response.body() else {
        put_back(outparam);
        return Err(type_error(&ctx, "the response has no body"));
    };
    let Ok(stream) = body.write() else {
        put_back(outparam);
        return Err(type_error(&ctx, "the response body cannot be written"));
    };
    ResponseOutparam::set(outparam, Ok(response));
    let poll = stream.subscribe();
    EXCHANGE.with(|e| {
        if let Some(ex) = e.borrow_mut().as_mut() {
            ex.reply = Some(Reply { poll, stream, body });
        }
    });
    Ok(())
}

/// The error `sandnode host` takes as "send this request to the tenant's
/// origin" (host/src/origin.rs); other hosts answer it with a 500.
const PASS_THROUGH: &str = "sandnode:pass-through-on-exception";

/// For a handler that threw after `ctx.passThroughOnException()`: asks the
/// host to answer from the origin. False when the head was already sent.
fn pass_through() -> bool {
    let outparam = EXCHANGE.with(|e| e.borrow_mut().as_mut().and_then(|ex| ex.outparam.take()));
    match outparam {
        Some(outparam) => {
            let why = Some(PASS_THROUGH.to_string());
            ResponseOutparam::set(outparam, Err(ErrorCode::InternalError(why)));
            true
        }
        None => false,
    }
}

fn write(ctx: Ctx<'_>, bytes: TypedArray<'_, u8>, offset: f64) -> Result<f64> {
    EXCHANGE.with(|e| {
        let ex = e.borrow();
        let Some(reply) = ex.as_ref().and_then(|ex| ex.reply.as_ref()) else {
            return Err(type_error(&ctx, "no response body is open"));
        };
        // SAFETY: read synchronously while no JS runs.
        let data = unsafe { bytes.as_bytes() }.unwrap_or(&[]);
        match crate::io::write_now(&reply.stream, crate::io::tail_from(data, offset)) {
            Ok(n) => Ok(n as f64),
            Err(_) => Err(type_error(&ctx, "the client closed the connection")),
        }
    })
}

fn finish(ctx: Ctx<'_>) -> Result<()> {
    let reply = EXCHANGE.with(|e| e.borrow_mut().as_mut().and_then(|ex| ex.reply.take()));
    let Some(Reply { poll, stream, body }) = reply else {
        return Err(type_error(&ctx, "no response body is open"));
    };
    drop(poll);
    // Whatever the host accepted is delivered: flushing first makes a
    // failure visible here instead of being lost with the stream.
    let flushed = stream.blocking_flush();
    drop(stream);
    let finished = OutgoingBody::finish(body, None);
    if flushed.is_err() || finished.is_err() {
        return Err(type_error(&ctx, "the client closed the connection"));
    }
    Ok(())
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set(
                $name,
                rquickjs::Function::new(ctx.clone(), $f)?.with_name($name)?,
            )?;
        };
    }
    func!("serveRequest", request_head);
    func!("serveRespond", respond);
    func!("serveWrite", write);
    func!("serveFinish", finish);
    func!("servePassThrough", pass_through);
    func!("serveOutId", || {
        EXCHANGE.with(|e| e.borrow().as_ref().map(|ex| ex.out_id as f64))
    });
    Ok(())
}
