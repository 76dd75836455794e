//! A tenant's stdout and stderr in `sandnode host`. Every line a tenant
//! prints reaches the host's stream of the same kind as `[name] line`, in a
//! single write: tenants' lines never interleave mid-line, a reader can
//! tell who printed what, and no tenant can print a line that passes for an
//! access-log line (those start with `{`).

use std::io::{self, Write as _};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::AsyncWrite;
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};

/// The longest line kept waiting for its newline; a longer one is written
/// in pieces of this size, each marked.
const MAX_LINE: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stdio {
    Stdout,
    Stderr,
}

/// The stream to give a tenant's WASI context (`WasiCtxBuilder::stdout`).
#[derive(Clone)]
pub struct TenantOutput {
    prefix: Arc<[u8]>,
    stdio: Stdio,
}

impl TenantOutput {
    pub fn new(tenant: &str, stdio: Stdio) -> TenantOutput {
        TenantOutput {
            prefix: format!("[{tenant}] ").into_bytes().into(),
            stdio,
        }
    }
}

impl IsTerminal for TenantOutput {
    // Lines are marked and may be mixed with others': never a terminal to
    // the tenant (no colours, no cursor control).
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for TenantOutput {
    fn async_stream(&self) -> Box<dyn AsyncWrite + Send + Sync> {
        Box::new(LineWriter {
            out: self.clone(),
            pending: Vec::new(),
        })
    }
}

/// Collects one instance's output and writes it a line at a time. What is
/// left without a newline when the instance ends is written as a line.
struct LineWriter {
    out: TenantOutput,
    pending: Vec<u8>,
}

impl LineWriter {
    fn write_line(&self, line: &[u8]) {
        let mut record = Vec::with_capacity(self.out.prefix.len() + line.len() + 1);
        record.extend_from_slice(&self.out.prefix);
        record.extend_from_slice(line);
        record.push(b'\n');
        // The host's own streams: a failure to write there (a closed pipe)
        // is not the tenant's to see, and there is nowhere to report it.
        let _ = match self.out.stdio {
            Stdio::Stdout => io::stdout().lock().write_all(&record),
            Stdio::Stderr => io::stderr().lock().write_all(&record),
        };
    }

    fn write_complete_lines(&mut self) {
        let mut pending = std::mem::take(&mut self.pending);
        take_lines(&mut pending, |line| self.write_line(line));
        self.pending = pending;
    }
}

/// Calls `emit` with each complete line at the start of `pending` (without
/// its newline), and with pieces of `MAX_LINE` bytes of a line that long,
/// and removes them: what is left is a partial line.
fn take_lines(pending: &mut Vec<u8>, mut emit: impl FnMut(&[u8])) {
    let mut start = 0;
    while let Some(at) = pending[start..].iter().position(|&b| b == b'\n') {
        emit(&pending[start..start + at]);
        start += at + 1;
    }
    while pending.len() - start >= MAX_LINE {
        emit(&pending[start..start + MAX_LINE]);
        start += MAX_LINE;
    }
    pending.drain(..start);
}

impl AsyncWrite for LineWriter {
    fn poll_write(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.pending.extend_from_slice(buf);
        self.write_complete_lines();
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

impl Drop for LineWriter {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            self.write_line(&self.pending);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines emitted for these writes, and what is left pending.
    fn lines_of(writes: &[&[u8]]) -> (Vec<Vec<u8>>, Vec<u8>) {
        let mut pending = Vec::new();
        let mut emitted = Vec::new();
        for chunk in writes {
            pending.extend_from_slice(chunk);
            take_lines(&mut pending, |line| emitted.push(line.to_vec()));
        }
        (emitted, pending)
    }

    #[test]
    fn splits_lines_across_writes() {
        let (lines, left) = lines_of(&[b"a\nb", b"c\n\nd"]);
        assert_eq!(lines, vec![b"a".to_vec(), b"bc".to_vec(), b"".to_vec()]);
        assert_eq!(left, b"d");
    }

    #[test]
    fn long_lines_are_cut() {
        let long = vec![b'x'; MAX_LINE * 2 + 5];
        let (lines, left) = lines_of(&[&long]);
        assert_eq!(
            lines.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![MAX_LINE, MAX_LINE]
        );
        assert_eq!(left.len(), 5);
    }
}
