//! Handles on wasi:io input streams (standard input; sockets are in `net`)
//! and the one place the event loop blocks: a `wasi:io/poll` over the
//! pollables of the handles it watches plus a monotonic-clock timeout.
//!
//! JS sees a handle as a small integer. Reading never blocks: it returns what
//! the host has (possibly nothing), and the loop waits on the handle's
//! pollable until more arrives.

use rquickjs::{Ctx, Exception, Function, Object, Result, TypedArray, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasip2::io::poll::{Pollable, poll};
use wasip2::io::streams::{InputStream, StreamError};

struct InputHandle {
    // Declared first so that it is dropped first: a pollable is a child of
    // its stream and must not outlive it.
    pollable: Pollable,
    stream: InputStream,
}

thread_local! {
    static INPUTS: RefCell<HashMap<u32, InputHandle>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static STDIN_ID: Cell<Option<u32>> = const { Cell::new(None) };
}

/// What a non-blocking read found.
pub enum ReadOutcome {
    /// Bytes (possibly none: nothing has arrived yet).
    Data(Vec<u8>),
    /// The writer closed the stream: end of input.
    End,
}

/// Reserves `count` consecutive ids in the one id space the loop watches
/// (input handles here, sockets and lookups in `net`).
pub fn alloc_ids(count: u32) -> u32 {
    NEXT_ID.with(|n| {
        let mut id = n.get();
        // Never wrap into a range that could hold live ids or zero.
        if id.checked_add(count).is_none() {
            id = 1;
        }
        n.set(id + count);
        id
    })
}

pub fn add_input(stream: InputStream) -> u32 {
    let id = alloc_ids(1);
    let pollable = stream.subscribe();
    INPUTS.with(|m| m.borrow_mut().insert(id, InputHandle { pollable, stream }));
    id
}

/// The handle of standard input, opened on first use (never during
/// pre-initialisation, so the snapshot holds no host resource).
pub fn stdin_handle() -> u32 {
    STDIN_ID.with(|cell| {
        if let Some(id) = cell.get() {
            return id;
        }
        let id = add_input(wasip2::cli::stdin::get_stdin());
        cell.set(Some(id));
        id
    })
}

/// Reads at most `max` bytes without blocking. `None`: no such handle.
pub fn read(id: u32, max: u64) -> Option<std::result::Result<ReadOutcome, String>> {
    INPUTS.with(|m| {
        let map = m.borrow();
        let handle = map.get(&id)?;
        Some(match handle.stream.read(max) {
            Ok(bytes) => Ok(ReadOutcome::Data(bytes)),
            Err(StreamError::Closed) => Ok(ReadOutcome::End),
            Err(StreamError::LastOperationFailed(e)) => Err(e.to_debug_string()),
        })
    })
}

/// Drops a handle (and with it the host's stream).
pub fn close(id: u32) {
    let removed = INPUTS.with(|m| m.borrow_mut().remove(&id));
    if removed.is_some() {
        STDIN_ID.with(|cell| {
            if cell.get() == Some(id) {
                cell.set(None);
            }
        });
    }
}

/// Blocks until one of `ids` is ready (an input handle has data or its
/// end; a pollable of `net`, `fetch`, `udp` or `serve` fired) or `timeout_ms` has
/// passed (negative: no timeout). Returns the ready ids.
pub fn wait(ids: &[u32], timeout_ms: f64) -> Vec<u32> {
    crate::fetch::with_pollables(|fetch_pollable| {
        crate::net::with_pollables(|net_pollable| {
            crate::udp::with_pollables(|udp_pollable| {
                crate::serve::with_pollables(|serve_pollable| {
                    let others = Others {
                        net: net_pollable,
                        fetch: fetch_pollable,
                        udp: udp_pollable,
                        serve: serve_pollable,
                    };
                    wait_on(ids, timeout_ms, &others)
                })
            })
        })
    })
}

/// The pollables of the handles that live outside this module.
struct Others<'a, 'b> {
    net: &'a crate::net::NetPollables<'b>,
    fetch: &'a crate::fetch::FetchPollables<'b>,
    udp: &'a crate::udp::UdpPollables<'b>,
    serve: &'a crate::serve::ServePollables<'b>,
}

fn wait_on(ids: &[u32], timeout_ms: f64, others: &Others<'_, '_>) -> Vec<u32> {
    {
        INPUTS.with(|m| {
            let map = m.borrow();
            let mut watched: Vec<u32> = Vec::with_capacity(ids.len());
            let mut pollables: Vec<&Pollable> = Vec::with_capacity(ids.len() + 1);
            for id in ids {
                let found = map
                    .get(id)
                    .map(|h| &h.pollable)
                    .or_else(|| others.net.get(*id))
                    .or_else(|| others.fetch.get(*id))
                    .or_else(|| others.udp.get(*id))
                    .or_else(|| others.serve.get(*id));
                if let Some(pollable) = found {
                    watched.push(*id);
                    pollables.push(pollable);
                }
            }
            let timer = (timeout_ms >= 0.0 && timeout_ms.is_finite()).then(|| {
                let ns = (timeout_ms * 1e6).min(u64::MAX as f64) as u64;
                wasip2::clocks::monotonic_clock::subscribe_duration(ns)
            });
            if let Some(t) = &timer {
                pollables.push(t);
            }
            // wasi:io/poll traps on an empty list; with nothing to wait for
            // (and no timeout) there is nothing that could ever wake us.
            if pollables.is_empty() {
                return Vec::new();
            }
            poll(&pollables)
                .into_iter()
                .filter_map(|i| watched.get(i as usize).copied())
                .collect()
        })
    }
}

/// Adds this module's natives to `binding`.
pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set($name, Function::new(ctx.clone(), $f)?.with_name($name)?)?;
        };
    }
    func!("stdinHandle", stdin_handle);
    // A Uint8Array (empty when nothing has arrived yet), or null at the end.
    func!("ioRead", |ctx: Ctx<'js>,
                     id: u32,
                     max: f64|
     -> Result<Value<'js>> {
        let max = if max.is_finite() && max >= 1.0 {
            max.min(16.0 * 1024.0 * 1024.0) as u64
        } else {
            64 * 1024
        };
        match read(id, max) {
            None => Err(Exception::throw_message(&ctx, "EBADF: bad I/O handle")),
            Some(Err(msg)) => Err(Exception::throw_message(
                &ctx,
                &format!("read failed: {msg}"),
            )),
            Some(Ok(ReadOutcome::End)) => Ok(Value::new_null(ctx)),
            Some(Ok(ReadOutcome::Data(bytes))) => {
                Ok(TypedArray::<u8>::new(ctx, bytes)?.into_value())
            }
        }
    });
    func!("ioWait", |ids: Vec<u32>, timeout_ms: f64| wait(
        &ids, timeout_ms
    ));
    func!("ioClose", close);
    Ok(())
}

// ---- helpers for the stream-backed natives (net.rs, fetch.rs) -----------

/// The most a read may ask for: `max` from JS, clamped to 1 byte..4 MiB;
/// 64 KiB when it names no usable size.
pub fn read_size(max: f64) -> u64 {
    if max.is_finite() && max >= 1.0 {
        max.min(4.0 * 1024.0 * 1024.0) as u64
    } else {
        64 * 1024
    }
}

/// One non-blocking read: bytes (possibly none yet), or `None` at the end.
pub fn read_now(
    stream: &InputStream,
    max: u64,
) -> std::result::Result<Option<Vec<u8>>, StreamError> {
    match stream.read(max) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(StreamError::Closed) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A read's outcome for JS: a Uint8Array, or null at the end.
pub fn bytes_or_null<'js>(ctx: Ctx<'js>, got: Option<Vec<u8>>) -> Result<Value<'js>> {
    match got {
        Some(bytes) => Ok(TypedArray::<u8>::new(ctx, bytes)?.into_value()),
        None => Ok(Value::new_null(ctx)),
    }
}

/// `data[offset..]`, with a hostile `offset` clamped into range.
pub fn tail_from(data: &[u8], offset: f64) -> &[u8] {
    let start = if offset.is_finite() && offset >= 0.0 {
        (offset as usize).min(data.len())
    } else {
        0
    };
    &data[start..]
}

/// Hands the host as much of `data` as it takes now, without blocking;
/// returns how many bytes it took (0: full, watch the stream's pollable).
pub fn write_now(
    stream: &wasip2::io::streams::OutputStream,
    mut data: &[u8],
) -> std::result::Result<usize, StreamError> {
    let mut taken = 0usize;
    while !data.is_empty() {
        let budget = stream.check_write()?;
        if budget == 0 {
            break;
        }
        let n = data.len().min(budget.min(usize::MAX as u64) as usize);
        stream.write(&data[..n])?;
        taken += n;
        data = &data[n..];
    }
    Ok(taken)
}
