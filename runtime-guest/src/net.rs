//! TCP sockets and name lookup over wasi:sockets, for node:net and node:dns.
//!
//! JS sees a socket as a small integer `id`. Each socket owns three watch
//! ids for the event loop (see `io::wait`): `id` is the socket's own pollable
//! (connect finished, a connection to accept), `id + 1` its input stream
//! (data or end to read) and `id + 2` its output stream (room to write).
//! A name lookup is one watch id. Nothing here blocks: every operation
//! either completes or reports `would-block`, and JS watches the pollable.
//!
//! Failures are thrown as an `Error` whose `wasi` property names the
//! wasi:sockets error code (`connection-refused`, ...) or, for stream
//! failures, `stream:` and the host's description; the JS side turns it into
//! Node's error (code, errno, syscall).

use crate::sockets::{
    address_array, fail, fail_code, ip_string, parse_ip, socket_address, with_network,
};
use rquickjs::{Array, Ctx, FromIteratorJs, Function, Object, Result, TypedArray, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use wasip2::io::poll::Pollable;
use wasip2::io::streams::{InputStream, OutputStream, StreamError};
use wasip2::sockets::ip_name_lookup::{ResolveAddressStream, resolve_addresses};
use wasip2::sockets::network::{ErrorCode, IpAddressFamily};
use wasip2::sockets::tcp::{ShutdownType, TcpSocket};
use wasip2::sockets::tcp_create_socket::create_tcp_socket;

/// The streams of a connected socket. Field order is drop order: the
/// pollables are children of their streams and go first.
struct Streams {
    in_poll: Pollable,
    out_poll: Pollable,
    input: InputStream,
    output: OutputStream,
}

impl Streams {
    fn new(input: InputStream, output: OutputStream) -> Self {
        Streams {
            in_poll: input.subscribe(),
            out_poll: output.subscribe(),
            input,
            output,
        }
    }
}

struct Sock {
    // Children before their parent socket (drop order).
    streams: Option<Streams>,
    poll: Pollable,
    socket: TcpSocket,
}

struct Lookup {
    poll: Pollable,
    stream: ResolveAddressStream,
}

thread_local! {
    static SOCKETS: RefCell<HashMap<u32, Sock>> = RefCell::new(HashMap::new());
    static LOOKUPS: RefCell<HashMap<u32, Lookup>> = RefCell::new(HashMap::new());
}

/// Finds the pollable behind a watch id among sockets and lookups.
pub struct NetPollables<'a> {
    sockets: &'a HashMap<u32, Sock>,
    lookups: &'a HashMap<u32, Lookup>,
}

impl<'a> NetPollables<'a> {
    pub fn get(&self, id: u32) -> Option<&'a Pollable> {
        if let Some(lookup) = self.lookups.get(&id) {
            return Some(&lookup.poll);
        }
        // A socket's id is the base of its three watch ids.
        for offset in 0..3u32 {
            let Some(sock) = id.checked_sub(offset).and_then(|b| self.sockets.get(&b)) else {
                continue;
            };
            return match offset {
                0 => Some(&sock.poll),
                1 => sock.streams.as_ref().map(|s| &s.in_poll),
                _ => sock.streams.as_ref().map(|s| &s.out_poll),
            };
        }
        None
    }
}

/// Calls `f` with the pollables of every socket and lookup, for `io::wait`.
pub fn with_pollables<R>(f: impl FnOnce(&NetPollables<'_>) -> R) -> R {
    SOCKETS.with(|s| {
        LOOKUPS.with(|l| {
            let sockets = s.borrow();
            let lookups = l.borrow();
            f(&NetPollables {
                sockets: &sockets,
                lookups: &lookups,
            })
        })
    })
}

fn fail_stream(ctx: &Ctx<'_>, err: StreamError) -> rquickjs::Error {
    match err {
        StreamError::Closed => fail(ctx, "stream:closed"),
        StreamError::LastOperationFailed(e) => {
            fail(ctx, &format!("stream:{}", e.to_debug_string()))
        }
    }
}

fn bad_handle(ctx: &Ctx<'_>) -> rquickjs::Error {
    fail(ctx, "bad-handle")
}

fn add_socket(socket: TcpSocket, streams: Option<Streams>) -> u32 {
    let id = crate::io::alloc_ids(3);
    let poll = socket.subscribe();
    SOCKETS.with(|m| {
        m.borrow_mut().insert(
            id,
            Sock {
                streams,
                poll,
                socket,
            },
        )
    });
    id
}

fn with_sock<'js, R>(ctx: &Ctx<'js>, id: u32, f: impl FnOnce(&mut Sock) -> Result<R>) -> Result<R> {
    SOCKETS.with(|m| match m.borrow_mut().get_mut(&id) {
        Some(sock) => f(sock),
        None => Err(bad_handle(ctx)),
    })
}

fn create(ctx: Ctx<'_>, family: u32) -> Result<u32> {
    let family = if family == 6 {
        IpAddressFamily::Ipv6
    } else {
        IpAddressFamily::Ipv4
    };
    match create_tcp_socket(family) {
        Ok(socket) => Ok(add_socket(socket, None)),
        Err(e) => Err(fail_code(&ctx, e)),
    }
}

/// Waits for a start/finish pair the host completes at once (bind, listen)
/// or nearly so; `would-block` is retried after a poll on the socket.
fn finish(
    sock: &Sock,
    step: impl Fn(&TcpSocket) -> std::result::Result<(), ErrorCode>,
) -> std::result::Result<(), ErrorCode> {
    loop {
        match step(&sock.socket) {
            Err(ErrorCode::WouldBlock) => sock.poll.block(),
            other => return other,
        }
    }
}

fn bind(ctx: Ctx<'_>, id: u32, address: String, port: u16) -> Result<()> {
    let ip = parse_ip(&ctx, &address)?;
    with_sock(&ctx, id, |sock| {
        let started = with_network(|net| sock.socket.start_bind(net, socket_address(ip, port)));
        started
            .and_then(|()| finish(sock, TcpSocket::finish_bind))
            .map_err(|e| fail_code(&ctx, e))
    })
}

fn listen(ctx: Ctx<'_>, id: u32, backlog: f64) -> Result<()> {
    with_sock(&ctx, id, |sock| {
        if backlog.is_finite() && backlog >= 1.0 {
            // Best effort, as listen(2) treats the backlog as a hint.
            let _ = sock.socket.set_listen_backlog_size(backlog as u64);
        }
        sock.socket
            .start_listen()
            .and_then(|()| finish(sock, TcpSocket::finish_listen))
            .map_err(|e| fail_code(&ctx, e))
    })
}

/// The id of an accepted connection, or null when none is waiting.
fn accept<'js>(ctx: Ctx<'js>, id: u32) -> Result<Value<'js>> {
    let accepted = with_sock(&ctx, id, |sock| match sock.socket.accept() {
        Ok(triple) => Ok(Some(triple)),
        Err(ErrorCode::WouldBlock) => Ok(None),
        Err(e) => Err(fail_code(&ctx, e)),
    })?;
    match accepted {
        Some((socket, input, output)) => {
            let id = add_socket(socket, Some(Streams::new(input, output)));
            Ok(Value::new_number(ctx, id as f64))
        }
        None => Ok(Value::new_null(ctx)),
    }
}

fn connect(ctx: Ctx<'_>, id: u32, address: String, port: u16) -> Result<()> {
    let ip = parse_ip(&ctx, &address)?;
    with_sock(&ctx, id, |sock| {
        with_network(|net| sock.socket.start_connect(net, socket_address(ip, port)))
            .map_err(|e| fail_code(&ctx, e))
    })
}

/// True once connected (the streams are then open), false while pending.
fn finish_connect(ctx: Ctx<'_>, id: u32) -> Result<bool> {
    with_sock(&ctx, id, |sock| match sock.socket.finish_connect() {
        Ok((input, output)) => {
            sock.streams = Some(Streams::new(input, output));
            Ok(true)
        }
        Err(ErrorCode::WouldBlock) => Ok(false),
        Err(e) => Err(fail_code(&ctx, e)),
    })
}

/// What the host has (an empty array: nothing yet), or null at the end.
fn read<'js>(ctx: Ctx<'js>, id: u32, max: f64) -> Result<Value<'js>> {
    let max = crate::io::read_size(max);
    let got = with_sock(&ctx, id, |sock| {
        let streams = sock
            .streams
            .as_ref()
            .ok_or_else(|| fail(&ctx, "invalid-state"))?;
        crate::io::read_now(&streams.input, max).map_err(|e| fail_stream(&ctx, e))
    })?;
    crate::io::bytes_or_null(ctx, got)
}

/// Hands the host as much of `bytes[offset..]` as it takes now; returns how
/// many bytes it took (0: full, watch the output stream).
fn write(ctx: Ctx<'_>, id: u32, bytes: TypedArray<'_, u8>, offset: f64) -> Result<f64> {
    // SAFETY: read synchronously while no JS runs (the host calls below
    // never re-enter the engine).
    let data: &[u8] = unsafe { bytes.as_bytes() }.unwrap_or(&[]);
    let rest = crate::io::tail_from(data, offset);
    with_sock(&ctx, id, |sock| {
        let streams = sock
            .streams
            .as_ref()
            .ok_or_else(|| fail(&ctx, "invalid-state"))?;
        crate::io::write_now(&streams.output, rest)
            .map(|n| n as f64)
            .map_err(|e| fail_stream(&ctx, e))
    })
}

/// `how`: 0 read, 1 write, 2 both.
fn shutdown(ctx: Ctx<'_>, id: u32, how: u32) -> Result<()> {
    let how = match how {
        0 => ShutdownType::Receive,
        1 => ShutdownType::Send,
        _ => ShutdownType::Both,
    };
    with_sock(&ctx, id, |sock| {
        sock.socket.shutdown(how).map_err(|e| fail_code(&ctx, e))
    })
}

fn local_address<'js>(ctx: Ctx<'js>, id: u32) -> Result<Array<'js>> {
    let addr = with_sock(&ctx, id, |sock| {
        sock.socket.local_address().map_err(|e| fail_code(&ctx, e))
    })?;
    address_array(&ctx, addr)
}

fn remote_address<'js>(ctx: Ctx<'js>, id: u32) -> Result<Array<'js>> {
    let addr = with_sock(&ctx, id, |sock| {
        sock.socket.remote_address().map_err(|e| fail_code(&ctx, e))
    })?;
    address_array(&ctx, addr)
}

/// `idle_ms` > 0 also sets the idle time before the first probe.
fn set_keep_alive(ctx: Ctx<'_>, id: u32, enable: bool, idle_ms: f64) -> Result<()> {
    with_sock(&ctx, id, |sock| {
        sock.socket
            .set_keep_alive_enabled(enable)
            .map_err(|e| fail_code(&ctx, e))?;
        if enable && idle_ms.is_finite() && idle_ms >= 1000.0 {
            let ns = (idle_ms * 1e6).min(u64::MAX as f64) as u64;
            sock.socket
                .set_keep_alive_idle_time(ns)
                .map_err(|e| fail_code(&ctx, e))?;
        }
        Ok(())
    })
}

fn close(id: u32) {
    SOCKETS.with(|m| m.borrow_mut().remove(&id));
}

fn lookup_start(ctx: Ctx<'_>, name: String) -> Result<u32> {
    match with_network(|net| resolve_addresses(net, &name)) {
        Ok(stream) => {
            let id = crate::io::alloc_ids(1);
            let poll = stream.subscribe();
            LOOKUPS.with(|m| m.borrow_mut().insert(id, Lookup { poll, stream }));
            Ok(id)
        }
        Err(e) => Err(fail_code(&ctx, e)),
    }
}

/// Every address once the lookup is done (and the lookup closed), or
/// undefined while it is still running.
fn lookup_result<'js>(ctx: Ctx<'js>, id: u32) -> Result<Value<'js>> {
    type Outcome = Option<std::result::Result<Vec<String>, ErrorCode>>;
    let outcome = LOOKUPS.with(|m| -> Result<Outcome> {
        let map = m.borrow();
        let lookup = map.get(&id).ok_or_else(|| bad_handle(&ctx))?;
        let mut found = Vec::new();
        loop {
            match lookup.stream.resolve_next_address() {
                Ok(Some(ip)) => found.push(ip_string(ip)),
                Ok(None) => return Ok(Some(Ok(found))),
                // Nothing is taken before the host's answer is complete.
                Err(ErrorCode::WouldBlock) if found.is_empty() => return Ok(None),
                Err(ErrorCode::WouldBlock) => lookup.poll.block(),
                Err(e) => return Ok(Some(Err(e))),
            }
        }
    })?;
    let Some(done) = outcome else {
        return Ok(Value::new_undefined(ctx));
    };
    LOOKUPS.with(|m| m.borrow_mut().remove(&id));
    match done {
        Ok(list) => Ok(Array::from_iter_js(&ctx, list)?.into_value()),
        Err(e) => Err(fail_code(&ctx, e)),
    }
}

fn lookup_close(id: u32) {
    LOOKUPS.with(|m| m.borrow_mut().remove(&id));
}

/// Adds this module's natives to `binding`.
pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set($name, Function::new(ctx.clone(), $f)?.with_name($name)?)?;
        };
    }
    func!("tcpCreate", create);
    func!("tcpBind", bind);
    func!("tcpListen", listen);
    func!("tcpAccept", accept);
    func!("tcpConnect", connect);
    func!("tcpFinishConnect", finish_connect);
    func!("tcpRead", read);
    func!("tcpWrite", write);
    func!("tcpShutdown", shutdown);
    func!("tcpLocalAddress", local_address);
    func!("tcpRemoteAddress", remote_address);
    func!("tcpSetKeepAlive", set_keep_alive);
    func!("tcpClose", close);
    func!("dnsLookupStart", lookup_start);
    func!("dnsLookupResult", lookup_result);
    func!("dnsLookupClose", lookup_close);
    Ok(())
}
