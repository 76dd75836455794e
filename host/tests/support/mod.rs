//! Helpers for the sandbox, permission and limit tests: running `sandnode`
//! with a shared compiled-code cache, collecting its output with a time
//! limit, and measuring its peak memory.

#![allow(dead_code)]

use std::io::Read;
use std::os::unix::process::ExitStatusExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_sandnode");
/// A bug should fail a test, not hang the suite.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// One cache for these tests, warmed by one run so the others deserialize.
pub fn cache_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sandnode-sandbox-cache");
        std::fs::create_dir_all(&dir).unwrap();
        let r = collect(
            Command::new(BIN)
                .env("SANDNODE_CACHE_DIR", &dir)
                .args(["-e", "0"]),
        );
        assert_eq!(r.code(), Some(0), "warming the cache failed: {r:?}");
        dir
    })
}

/// `sandnode` with the shared cache and a known environment.
pub fn sandnode() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("SANDNODE_CACHE_DIR", cache_dir())
        .env("SANDNODE_SECRET", "hunter2")
        .env("SANDNODE_PUBLIC", "visible");
    cmd
}

pub struct Run {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Peak resident set size of the child, in KiB.
    pub peak_kib: i64,
}

impl Run {
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }
    pub fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    pub fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    /// Exited normally with `code`, without a host panic.
    pub fn assert_code(&self, code: i32) {
        assert!(!self.err().contains("panicked"), "host panicked: {self:?}");
        assert_eq!(self.code(), Some(code), "unexpected exit: {self:?}");
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let clip = |b: &[u8]| {
            let s = String::from_utf8_lossy(&b[..b.len().min(3000)]).into_owned();
            format!("{s:?} ({} bytes)", b.len())
        };
        write!(
            f,
            "\n  status: {:?}\n  peak: {} KiB\n  stdout: {}\n  stderr: {}",
            self.status,
            self.peak_kib,
            clip(&self.stdout),
            clip(&self.stderr)
        )
    }
}

/// Reads `r` to its end on a thread, keeping at most `keep` bytes and
/// counting the rest.
fn drain<R: Read + Send + 'static>(
    mut r: R,
    keep: usize,
) -> std::thread::JoinHandle<(Vec<u8>, u64)> {
    std::thread::spawn(move || {
        let (mut kept, mut total) = (Vec::new(), 0u64);
        let mut buf = vec![0u8; 1 << 16];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => return (kept, total),
                Ok(n) => {
                    total += n as u64;
                    let room = keep.saturating_sub(kept.len()).min(n);
                    kept.extend_from_slice(&buf[..room]);
                }
            }
        }
    })
}

/// Waits for the child (killing it after TIMEOUT) and returns its status
/// and peak RSS in KiB.
fn wait_with_rusage(child: &mut Child) -> Option<(ExitStatus, i64)> {
    let pid = child.id() as libc::pid_t;
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let mut status = 0;
        // SAFETY: wait4 on our own child with valid out-pointers.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let rc = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if rc == pid {
            return Some((ExitStatus::from_raw(status), usage.ru_maxrss));
        }
        assert!(rc == 0, "wait4 failed");
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Runs `cmd` with stdin from /dev/null and collects its output (stdout cut
/// at 1 MiB, the rest counted); panics if it runs past TIMEOUT.
pub fn collect(cmd: &mut Command) -> Run {
    collect_counted(cmd).0
}

/// As [`collect`], also returning the total number of stdout bytes.
pub fn collect_counted(cmd: &mut Command) -> (Run, u64) {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawning sandnode");
    let out = drain(child.stdout.take().unwrap(), 1 << 20);
    let err = drain(child.stderr.take().unwrap(), 1 << 20);
    let waited = wait_with_rusage(&mut child);
    let (stdout, total) = out.join().unwrap();
    let (stderr, _) = err.join().unwrap();
    let Some((status, peak_kib)) = waited else {
        panic!(
            "sandnode did not finish within {TIMEOUT:?}; stdout: {:?} stderr: {:?}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        );
    };
    let run = Run {
        status,
        stdout,
        stderr,
        peak_kib,
    };
    (run, total)
}

/// `sandnode -e CODE` with `flags` before it.
pub fn eval(flags: &[&str], code: &str) -> Run {
    collect(sandnode().args(flags).args(["-e", code]))
}
