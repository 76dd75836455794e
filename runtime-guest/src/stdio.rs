//! Unbuffered writes to the WASI stdout/stderr streams, and reading stdin.
//!
//! Node writes to stdout and stderr synchronously when they are files or pipes,
//! so output appears as it is written and nothing is lost at exit. We do the
//! same: each write is flushed and waited for before it returns.

use std::cell::RefCell;
use wasip2::io::streams::{InputStream, OutputStream, StreamError};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fd {
    Stdout = 1,
    Stderr = 2,
}

thread_local! {
    static STDOUT: RefCell<Option<OutputStream>> = const { RefCell::new(None) };
    static STDERR: RefCell<Option<OutputStream>> = const { RefCell::new(None) };
}

/// Drops the cached stdout/stderr streams; the next write opens them anew
/// (a snapshot must not keep the handles of the instance that made it).
pub fn forget_streams() {
    STDOUT.with(|s| s.borrow_mut().take());
    STDERR.with(|s| s.borrow_mut().take());
}

/// Why a write did not complete.
#[derive(Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The reader went away (EPIPE in Node's terms).
    Closed,
    /// Any other failure of the host's stream.
    Failed(String),
}

const MAX_CHUNK: usize = 1 << 20;

pub fn write(fd: Fd, mut bytes: &[u8]) -> Result<(), WriteError> {
    let cell = match fd {
        Fd::Stdout => &STDOUT,
        Fd::Stderr => &STDERR,
    };
    cell.with(|slot| {
        let mut slot = slot.borrow_mut();
        let stream = slot.get_or_insert_with(|| match fd {
            Fd::Stdout => wasip2::cli::stdout::get_stdout(),
            Fd::Stderr => wasip2::cli::stderr::get_stderr(),
        });
        while !bytes.is_empty() {
            // Write as much as the host accepts at once (often far more than
            // blocking-write-and-flush's 4096 bytes), waiting when it is full.
            let budget = stream.check_write().map_err(write_error)?;
            if budget == 0 {
                stream.subscribe().block();
                continue;
            }
            let n = bytes.len().min(budget.min(MAX_CHUNK as u64) as usize);
            stream.write(&bytes[..n]).map_err(write_error)?;
            bytes = &bytes[n..];
        }
        // Synchronous, as Node's writes to files and pipes are: the bytes
        // have left the guest before write() returns.
        stream.flush().map_err(write_error)?;
        // check-write reports 0 until the flush has completed.
        while stream.check_write().map_err(write_error)? == 0 {
            stream.subscribe().block();
        }
        Ok(())
    })
}

fn write_error(err: StreamError) -> WriteError {
    match err {
        StreamError::Closed => WriteError::Closed,
        StreamError::LastOperationFailed(e) => {
            let msg = e.to_debug_string();
            // The host reports a reader that went away as a failed
            // operation whose text names the broken pipe.
            if msg.contains("pipe") || msg.contains("Broken") {
                WriteError::Closed
            } else {
                WriteError::Failed(msg)
            }
        }
    }
}

/// Writes everything, ignoring failures: for the runtime's own last words.
pub fn write_all(fd: Fd, bytes: &[u8]) {
    let _ = write(fd, bytes);
}

/// Reads standard input to its end (used for a script piped into sandnode).
pub fn read_stdin_to_end() -> Result<Vec<u8>, String> {
    let stream: InputStream = wasip2::cli::stdin::get_stdin();
    let mut out = Vec::new();
    loop {
        match stream.blocking_read(64 * 1024) {
            Ok(chunk) => out.extend_from_slice(&chunk),
            Err(StreamError::Closed) => return Ok(out),
            Err(StreamError::LastOperationFailed(e)) => return Err(e.to_debug_string()),
        }
    }
}
