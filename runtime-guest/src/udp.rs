//! UDP sockets over wasi:sockets/udp, for node:dgram.
//!
//! JS sees a socket as a small integer `id` with two watch ids for the event
//! loop (see `io::wait`): `id` is the incoming datagram stream's pollable
//! (datagrams to receive) and `id + 1` the outgoing one's (room to send).
//! The wasi socket is created and bound in one step (`udpBind`), since WASI
//! needs a bound socket before it hands out datagram streams; `connect` and
//! `disconnect` replace the streams (WASI allows only one pair at a time).
//! Nothing blocks: receive takes what the host has, send reports "full".
//!
//! Failures are thrown as an `Error` whose `wasi` property names the
//! wasi:sockets error code (`address-in-use`, ...); internal/dgram maps it to
//! Node's error.

use crate::sockets::{
    address_array, fail, fail_code, parse_ip, socket_address, split_address, with_network,
};
use rquickjs::{Array, Ctx, Function, Object, Result, TypedArray};
use std::cell::RefCell;
use std::collections::HashMap;
use wasip2::io::poll::Pollable;
use wasip2::sockets::network::{ErrorCode, IpAddressFamily, IpSocketAddress};
use wasip2::sockets::udp::{
    IncomingDatagramStream, OutgoingDatagram, OutgoingDatagramStream, UdpSocket,
};
use wasip2::sockets::udp_create_socket::create_udp_socket;

/// The datagram streams of a bound socket. Field order is drop order: the
/// pollables are children of their streams and go first.
struct Streams {
    in_poll: Pollable,
    out_poll: Pollable,
    incoming: IncomingDatagramStream,
    outgoing: OutgoingDatagramStream,
}

struct Sock {
    // Children before their parent socket (drop order).
    streams: Option<Streams>,
    socket: UdpSocket,
}

thread_local! {
    static SOCKETS: RefCell<HashMap<u32, Sock>> = RefCell::new(HashMap::new());
}

/// At most this many datagrams are taken per receive call.
const RECEIVE_BATCH: u64 = 64;

/// Finds the pollable behind a watch id among the UDP sockets.
pub struct UdpPollables<'a> {
    sockets: &'a HashMap<u32, Sock>,
}

impl<'a> UdpPollables<'a> {
    pub fn get(&self, id: u32) -> Option<&'a Pollable> {
        // A socket's id is the base of its two watch ids.
        if let Some(sock) = self.sockets.get(&id) {
            return sock.streams.as_ref().map(|s| &s.in_poll);
        }
        let sock = id.checked_sub(1).and_then(|b| self.sockets.get(&b))?;
        sock.streams.as_ref().map(|s| &s.out_poll)
    }
}

/// Calls `f` with the pollables of every socket, for `io::wait`.
pub fn with_pollables<R>(f: impl FnOnce(&UdpPollables<'_>) -> R) -> R {
    SOCKETS.with(|s| {
        let sockets = s.borrow();
        f(&UdpPollables { sockets: &sockets })
    })
}

fn with_sock<'js, R>(ctx: &Ctx<'js>, id: u32, f: impl FnOnce(&mut Sock) -> Result<R>) -> Result<R> {
    SOCKETS.with(|m| match m.borrow_mut().get_mut(&id) {
        Some(sock) => f(sock),
        None => Err(fail(ctx, "bad-handle")),
    })
}

/// Opens the socket's datagram streams, to `remote` only when given. The
/// previous pair must be gone first: WASI may trap otherwise.
fn open_streams(
    sock: &mut Sock,
    remote: Option<IpSocketAddress>,
) -> std::result::Result<(), ErrorCode> {
    if sock.streams.take().is_some() {
        settle();
    }
    let (incoming, outgoing) = sock.socket.stream(remote)?;
    sock.streams = Some(Streams {
        in_poll: incoming.subscribe(),
        out_poll: outgoing.subscribe(),
        incoming,
        outgoing,
    });
    Ok(())
}

/// wasmtime's datagram streams keep a background receive (or send) task
/// that holds the socket; dropping a stream aborts the task, but it only
/// goes away once the host's async runtime runs, and `stream` traps (a
/// fatal guest failure) while it lingers. A short sleep lets it run.
fn settle() {
    wasip2::clocks::monotonic_clock::subscribe_duration(1_000_000).block();
}

/// Creates a socket of `family` (4 or 6) bound to `address:port`, with its
/// streams open; returns its id. Nothing is kept when a step fails.
fn bind(ctx: Ctx<'_>, family: u32, address: String, port: u16) -> Result<u32> {
    let ip = parse_ip(&ctx, &address)?;
    let family = if family == 6 {
        IpAddressFamily::Ipv6
    } else {
        IpAddressFamily::Ipv4
    };
    let socket = create_udp_socket(family).map_err(|e| fail_code(&ctx, e))?;
    let bound = with_network(|net| socket.start_bind(net, socket_address(ip, port)))
        .and_then(|()| finish_bind(&socket));
    bound.map_err(|e| fail_code(&ctx, e))?;
    let mut sock = Sock {
        streams: None,
        socket,
    };
    open_streams(&mut sock, None).map_err(|e| fail_code(&ctx, e))?;
    let id = crate::io::alloc_ids(2);
    SOCKETS.with(|m| m.borrow_mut().insert(id, sock));
    Ok(id)
}

/// Bind completes at once on wasmtime; `would-block` is retried after a poll
/// on the socket, as the WASI contract allows a slow host.
/// The socket's pollable is ready at once on some hosts, so the retries are
/// bounded rather than trusted to end.
fn finish_bind(socket: &UdpSocket) -> std::result::Result<(), ErrorCode> {
    for _ in 0..1000 {
        match socket.finish_bind() {
            Err(ErrorCode::WouldBlock) => socket.subscribe().block(),
            other => return other,
        }
    }
    Err(ErrorCode::Timeout)
}

/// Limits the streams to one peer. On failure the socket is left
/// unconnected with working streams.
fn connect(ctx: Ctx<'_>, id: u32, address: String, port: u16) -> Result<()> {
    let ip = parse_ip(&ctx, &address)?;
    with_sock(&ctx, id, |sock| {
        let connected = open_streams(sock, Some(socket_address(ip, port)));
        if let Err(e) = connected {
            let _ = open_streams(sock, None);
            return Err(fail_code(&ctx, e));
        }
        Ok(())
    })
}

fn disconnect(ctx: Ctx<'_>, id: u32) -> Result<()> {
    with_sock(&ctx, id, |sock| {
        open_streams(sock, None).map_err(|e| fail_code(&ctx, e))
    })
}

/// The datagrams the host has now, as `[bytes, address, port, family]`
/// entries (an empty array: nothing yet).
fn receive<'js>(ctx: Ctx<'js>, id: u32) -> Result<Array<'js>> {
    let got = with_sock(&ctx, id, |sock| {
        let streams = sock
            .streams
            .as_ref()
            .ok_or_else(|| fail(&ctx, "invalid-state"))?;
        streams
            .incoming
            .receive(RECEIVE_BATCH)
            .map_err(|e| fail_code(&ctx, e))
    })?;
    let list = Array::new(ctx.clone())?;
    for (i, datagram) in got.into_iter().enumerate() {
        let (ip, port, family) = split_address(datagram.remote_address);
        let entry = Array::new(ctx.clone())?;
        entry.set(0, TypedArray::<u8>::new(ctx.clone(), datagram.data)?)?;
        entry.set(1, ip)?;
        entry.set(2, port)?;
        entry.set(3, family)?;
        list.set(i, entry)?;
    }
    Ok(list)
}

/// Sends one datagram, to `address:port` unless `address` is empty (a
/// connected socket). True when the host took it, false when it has no room
/// now (watch `id + 1` and try again).
fn send(
    ctx: Ctx<'_>,
    id: u32,
    bytes: TypedArray<'_, u8>,
    address: String,
    port: u16,
) -> Result<bool> {
    let remote = if address.is_empty() {
        None
    } else {
        Some(socket_address(parse_ip(&ctx, &address)?, port))
    };
    // SAFETY: copied synchronously while no JS runs.
    let data = unsafe { bytes.as_bytes() }.unwrap_or(&[]).to_vec();
    with_sock(&ctx, id, |sock| {
        let streams = sock
            .streams
            .as_ref()
            .ok_or_else(|| fail(&ctx, "invalid-state"))?;
        let out = &streams.outgoing;
        // `send` traps unless `check-send` permitted it first.
        if out.check_send().map_err(|e| fail_code(&ctx, e))? == 0 {
            return Ok(false);
        }
        let datagram = OutgoingDatagram {
            data,
            remote_address: remote,
        };
        match out.send(&[datagram]) {
            Ok(n) => Ok(n > 0),
            Err(e) => Err(fail_code(&ctx, e)),
        }
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

/// `which`: 0 receive, 1 send. A `size` of 0 only reads the current value.
fn buffer_size(ctx: Ctx<'_>, id: u32, which: u32, size: f64) -> Result<f64> {
    with_sock(&ctx, id, |sock| {
        let s = &sock.socket;
        if size.is_finite() && size >= 1.0 {
            let n = size.min(u32::MAX as f64) as u64;
            let set = if which == 0 {
                s.set_receive_buffer_size(n)
            } else {
                s.set_send_buffer_size(n)
            };
            set.map_err(|e| fail_code(&ctx, e))?;
        }
        let got = if which == 0 {
            s.receive_buffer_size()
        } else {
            s.send_buffer_size()
        };
        got.map(|n| n as f64).map_err(|e| fail_code(&ctx, e))
    })
}

/// The unicast hop limit (IP_TTL / IPV6_UNICAST_HOPS); JS checks 1..=255.
fn set_ttl(ctx: Ctx<'_>, id: u32, ttl: u32) -> Result<()> {
    let ttl = u8::try_from(ttl).map_err(|_| fail(&ctx, "invalid-argument"))?;
    with_sock(&ctx, id, |sock| {
        sock.socket
            .set_unicast_hop_limit(ttl)
            .map_err(|e| fail_code(&ctx, e))
    })
}

fn close(id: u32) {
    SOCKETS.with(|m| m.borrow_mut().remove(&id));
}

/// Adds this module's natives to `binding`.
pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set($name, Function::new(ctx.clone(), $f)?.with_name($name)?)?;
        };
    }
    func!("udpBind", bind);
    func!("udpConnect", connect);
    func!("udpDisconnect", disconnect);
    func!("udpReceive", receive);
    func!("udpSend", send);
    func!("udpLocalAddress", local_address);
    func!("udpRemoteAddress", remote_address);
    func!("udpBufferSize", buffer_size);
    func!("udpSetTTL", set_ttl);
    func!("udpClose", close);
    Ok(())
}
