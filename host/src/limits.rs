//! Resource limits: memory (a `ResourceLimiter` on the store), wall-clock
//! and CPU time (epoch interruption driven by a ticker thread), and the
//! capacity of the host's resource table.
//!
//! Exit codes when a limit ends a program (documented in docs/SECURITY.md):
//! - [`EXIT_TIMEOUT`] (124, as `timeout(1)`) for `--timeout`;
//! - [`EXIT_CPU_TIME`] (152 = 128 + SIGXCPU, as a shell reports a process
//!   killed for exceeding RLIMIT_CPU) for `--cpu-time`;
//! - [`EXIT_OUT_OF_MEMORY`] (134, the status node exits with when its heap is
//!   exhausted) when the guest dies for lack of memory.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use wasmtime::{Engine, ResourceLimiter, Result};

pub const EXIT_TIMEOUT: i32 = 124;
pub const EXIT_CPU_TIME: i32 = 152;
pub const EXIT_OUT_OF_MEMORY: i32 = 134;

/// Default cap on the guest's linear memory.
pub const DEFAULT_MAX_MEMORY: usize = 2 << 30;
/// The smallest `--max-memory`: the pre-initialised guest needs a few MiB
/// before the program even starts.
pub const MIN_MAX_MEMORY: usize = 16 << 20;
/// Entries in the host's resource table (open files, directories, streams,
/// pollables, sockets). Each costs the host a little memory and usually a
/// file descriptor; the process's own descriptor limit also applies.
pub const MAX_RESOURCES: usize = 10_000;
/// How often the epoch ticker wakes up when a time limit is set.
pub const TICK: Duration = Duration::from_millis(10);
/// After `--timeout`, how long the guest gets to notice (it may be blocked
/// in a host call that does not return) before the process is ended.
const WATCHDOG_GRACE: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_memory: usize,
    pub cpu_time: Option<Duration>,
    pub timeout: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_memory: DEFAULT_MAX_MEMORY,
            cpu_time: None,
            timeout: None,
        }
    }
}

/// Raises the soft limit on open file descriptors as far as the hard limit
/// allows, up to the resource table's capacity plus room for the host's own
/// files, so that the table's limit (a clear message) is what a program
/// reaches, not a descriptor shortage surfacing as EIO.
pub fn raise_fd_limit() {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit read and write the struct we own.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return;
        }
        let want = (MAX_RESOURCES as libc::rlim_t + 1024).min(lim.rlim_max);
        if lim.rlim_cur < want {
            lim.rlim_cur = want;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
}

/// Parses a size: a whole number with an optional binary unit, `K`, `M`,
/// `G` or `T` (also written `KB`, `KiB`, ...); case does not matter.
pub fn parse_size(s: &str) -> std::result::Result<usize, String> {
    let bad = || format!("{s:?} is not a size (examples: 512M, 2G, 1048576)");
    let t = s.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(bad());
    }
    let n: u64 = t[..digits].parse().map_err(|_| bad())?;
    let unit = t[digits..].to_ascii_lowercase();
    let shift = match unit.as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(bad()),
    };
    let bytes = n
        .checked_mul(1u64 << shift)
        .and_then(|b| usize::try_from(b).ok())
        .ok_or_else(|| format!("{s:?} is too large"))?;
    // The guest is a 32-bit wasm module: 4 GiB is all it can address.
    if bytes > 4 << 30 {
        return Err(format!("{s:?} is more than a 32-bit guest can use (4G)"));
    }
    if bytes < MIN_MAX_MEMORY {
        return Err(format!(
            "{s:?} is too small: the runtime needs at least 16M"
        ));
    }
    Ok(bytes)
}

/// Parses a duration: a number with a unit, `ms`, `s`, `m` or `h`
/// (`500ms`, `10s`, `1.5s`, `2m`).
pub fn parse_duration(s: &str) -> std::result::Result<Duration, String> {
    let bad = || format!("{s:?} is not a duration (examples: 500ms, 10s, 2m, 1h)");
    let t = s.trim();
    let num_len = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let (num, unit) = t.split_at(num_len);
    if num.is_empty() || num.starts_with('.') || num.ends_with('.') {
        return Err(bad());
    }
    let value: f64 = num.parse().map_err(|_| bad())?;
    let secs_per_unit = match unit {
        "ms" => 0.001,
        "s" => 1.0,
        "m" | "min" => 60.0,
        "h" => 3600.0,
        _ => return Err(bad()),
    };
    let secs = value * secs_per_unit;
    // Under a millisecond rounds to nothing; a year is surely a typo.
    if secs < 0.001 {
        return Err(format!("{s:?} is too short (at least 1ms)"));
    }
    if secs > 366.0 * 86400.0 {
        return Err(format!("{s:?} is too long"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// Why a limit ended the program; carried as the trap's error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitExceeded {
    Timeout(Duration),
    CpuTime(Duration),
}

impl std::fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitExceeded::Timeout(d) => write!(
                f,
                "the program ran longer than --timeout={} and was stopped",
                show(*d)
            ),
            LimitExceeded::CpuTime(d) => write!(
                f,
                "the program used more CPU time than --cpu-time={} and was stopped",
                show(*d)
            ),
        }
    }
}

impl std::error::Error for LimitExceeded {}

impl LimitExceeded {
    pub fn exit_code(self) -> i32 {
        match self {
            LimitExceeded::Timeout(_) => EXIT_TIMEOUT,
            LimitExceeded::CpuTime(_) => EXIT_CPU_TIME,
        }
    }
}

fn show(d: Duration) -> String {
    let ms = d.as_millis();
    if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else {
        format!("{ms}ms")
    }
}

/// CPU time of the calling thread. The guest runs on the thread that calls
/// it (a current-thread tokio runtime), so this counts wasm execution and
/// the host calls made inline on that thread, and not time spent blocked.
pub fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The clocks a running program is measured against.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    started: Instant,
    cpu_start: Duration,
    limits: Limits,
}

impl Budget {
    /// Starts counting now, on the thread that will run the guest.
    pub fn start(limits: Limits) -> Budget {
        Budget {
            started: Instant::now(),
            cpu_start: thread_cpu_time(),
            limits,
        }
    }

    /// The limit that has run out, if any. Called from the epoch deadline
    /// callback, which runs on the guest's thread.
    pub fn exceeded(&self) -> Option<LimitExceeded> {
        if let Some(t) = self.limits.timeout
            && self.started.elapsed() >= t
        {
            return Some(LimitExceeded::Timeout(t));
        }
        if let Some(c) = self.limits.cpu_time
            && thread_cpu_time().saturating_sub(self.cpu_start) >= c
        {
            return Some(LimitExceeded::CpuTime(c));
        }
        None
    }

    /// Wall-clock time left before `--timeout`.
    pub fn remaining(&self) -> Option<Duration> {
        self.limits
            .timeout
            .map(|t| t.saturating_sub(self.started.elapsed()))
    }
}

/// Advances the engine's epoch every [`TICK`] while a program with a time
/// limit runs, so that compiled guest code checks its budget even inside
/// `while(true){}`. It also acts as a watchdog for `--timeout`: a guest
/// stuck in a blocking host call past the grace period ends the process.
pub struct Ticker {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Ticker {
    pub fn start(engine: &Engine, budget: Budget, watchdog: bool) -> std::io::Result<Ticker> {
        let stop = Arc::new(AtomicBool::new(false));
        let (engine, flag) = (engine.clone(), stop.clone());
        let thread = std::thread::Builder::new()
            .name("sandnode-ticker".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(TICK);
                    engine.increment_epoch();
                    if watchdog
                        && let Some(t) = budget.limits.timeout
                        && budget.started.elapsed() >= t + WATCHDOG_GRACE
                    {
                        eprintln!("sandnode: {}", LimitExceeded::Timeout(t));
                        std::process::exit(EXIT_TIMEOUT);
                    }
                }
            })?;
        Ok(Ticker {
            stop,
            thread: Some(thread),
        })
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Caps the guest's memories and tables and remembers whether a growth was
/// refused, so that a trap that follows can be reported as out of memory.
pub struct GuestLimiter {
    max_memory: usize,
    refused: bool,
    peak: usize,
}

impl GuestLimiter {
    pub fn new(max_memory: usize) -> GuestLimiter {
        GuestLimiter {
            max_memory,
            refused: false,
            peak: 0,
        }
    }

    /// A memory growth was refused during this run.
    pub fn ran_out(&self) -> bool {
        self.refused
    }

    /// The largest memory size granted, in bytes.
    pub fn peak(&self) -> usize {
        self.peak
    }
}

const MAX_TABLE_ELEMENTS: usize = 1 << 20;

impl ResourceLimiter for GuestLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> Result<bool> {
        // The guest sees a failed `memory.grow` (malloc returns NULL, which
        // QuickJS turns into a catchable out-of-memory error) rather than a
        // trap.
        let ok = desired <= self.max_memory;
        self.refused |= !ok;
        if ok {
            self.peak = self.peak.max(desired);
        }
        Ok(ok)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> Result<bool> {
        Ok(desired <= MAX_TABLE_ELEMENTS)
    }

    fn instances(&self) -> usize {
        4
    }

    fn tables(&self) -> usize {
        16
    }

    fn memories(&self) -> usize {
        4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert_eq!(parse_size("2gib"), Ok(2 << 30));
        assert_eq!(parse_size("65536k"), Ok(64 << 20));
        assert_eq!(parse_size("33554432"), Ok(32 << 20));
        for bad in [
            "",
            "M",
            "12X",
            "-5M",
            "1.5G",
            "5G",
            "1K",
            "99999999999999999999G",
            "2 G",
        ] {
            assert!(parse_size(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        for bad in [
            "", "10", "s", "0s", "0.0001s", "1.s", ".5s", "10x", "-1s", "1e3s", "9999h",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn messages_name_the_flag() {
        let t = LimitExceeded::Timeout(Duration::from_millis(1500));
        assert!(t.to_string().contains("--timeout=1500ms"));
        assert_eq!(t.exit_code(), 124);
        let c = LimitExceeded::CpuTime(Duration::from_secs(2));
        assert!(c.to_string().contains("--cpu-time=2s"));
        assert_eq!(c.exit_code(), 152);
    }
}
