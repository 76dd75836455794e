//! Unbuffered writes to the WASI stdout/stderr streams, and reading stdin.
//!
//! Node writes to stdout and stderr synchronously when they are files or pipes,
//! so output appears as it is written and nothing is lost at exit. We do the
//! same with `blocking-write-and-flush`, which accepts at most 4096 bytes a call.

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

/// Why a write did not complete.
#[derive(Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The reader went away (EPIPE in Node's terms).
    Closed,
    /// Any other failure of the host's stream.
    Failed(String),
}

const MAX_CHUNK: usize = 4096;

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
            let n = bytes.len().min(MAX_CHUNK);
            match stream.blocking_write_and_flush(&bytes[..n]) {
                Ok(()) => bytes = &bytes[n..],
                Err(StreamError::Closed) => return Err(WriteError::Closed),
                Err(StreamError::LastOperationFailed(e)) => {
                    let msg = e.to_debug_string();
                    // The host reports a reader that went away as a failed
                    // operation whose text names the broken pipe.
                    return Err(if msg.contains("pipe") || msg.contains("Broken") {
                        WriteError::Closed
                    } else {
                        WriteError::Failed(msg)
                    });
                }
            }
        }
        Ok(())
    })
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
