//! What the guest is started with: the program (file, -e, -p, stdin), its
//! arguments, the environment it may see, the directories and network
//! addresses it may reach, and its resource limits.
//!
//! The guest receives `[execPath, launchJSON, ...userArgs]` as its WASI
//! arguments; `runtime-guest/js/internal/main.js` reads them back.

use crate::limits::Limits;
use crate::policy::NetPolicy;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Run the script file at `payload` (an absolute path).
    File,
    /// `-e CODE`
    Eval,
    /// `-p CODE`
    Print,
    /// The script comes on standard input.
    Stdin,
    /// `sandnode serve`: the app module at `payload` (an absolute path)
    /// answers one HTTP request per instance.
    Serve,
}

impl Mode {
    fn as_str(self) -> &'static str {
        match self {
            Mode::File => "file",
            Mode::Eval => "eval",
            Mode::Print => "print",
            Mode::Stdin => "stdin",
            Mode::Serve => "serve",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Preopen {
    pub host: PathBuf,
    pub guest: String,
    pub writable: bool,
}

#[derive(Debug, Clone)]
pub struct Launch {
    pub exec_path: String,
    pub mode: Mode,
    pub payload: String,
    pub cwd: PathBuf,
    pub user_args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub preopens: Vec<Preopen>,
    /// Which socket addresses the program may use.
    pub net: NetPolicy,
    pub limits: Limits,
    /// Where `sandnode serve` listens (mode Serve only).
    pub listen: Option<std::net::SocketAddr>,
    /// Where `sandnode build` writes the component (mode Serve only).
    pub build_out: Option<PathBuf>,
    /// The host keeps the pages a served instance wrote resident between
    /// requests (`engine::Runtime::pooled`): the guest then writes its whole
    /// heap once per request, so that those pages form one run that the
    /// pool copies back instead of faulting in (runtime-guest/src/serve.rs).
    pub resident_heap: bool,
}

impl Launch {
    pub fn guest_args(&self) -> Vec<String> {
        let mut launch = serde_json::json!({
            "mode": self.mode.as_str(),
            "payload": self.payload,
            "cwd": self.cwd.to_string_lossy(),
            "pid": std::process::id(),
            // SAFETY: getppid has no preconditions.
            "ppid": unsafe { libc::getppid() },
            "stdoutSize": terminal_size(libc::STDOUT_FILENO),
            "stderrSize": terminal_size(libc::STDERR_FILENO),
            "grants": self.grants_json(),
        });
        if self.resident_heap {
            launch["residentHeap"] = serde_json::Value::Bool(true);
        }
        let mut args = Vec::with_capacity(2 + self.user_args.len());
        args.push(self.exec_path.clone());
        args.push(launch.to_string());
        args.extend(self.user_args.iter().cloned());
        args
    }
}

impl Launch {
    /// What the program was granted, for the guest's error messages only
    /// (`ERR_ACCESS_DENIED` naming the flag): the host enforces the grants
    /// whatever the guest believes.
    fn grants_json(&self) -> serde_json::Value {
        let dirs = |writable: bool| -> Vec<&str> {
            self.preopens
                .iter()
                .filter(|p| !writable || p.writable)
                .map(|p| p.guest.as_str())
                .collect()
        };
        serde_json::json!({
            "read": dirs(false),
            "write": dirs(true),
            "env": !self.env.is_empty(),
            "net": self.net.any_network(),
            "lookup": self.net.name_lookup(),
        })
    }
}

/// `[columns, rows]` when `fd` is a terminal.
fn terminal_size(fd: i32) -> Option<[u16; 2]> {
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: isatty reads nothing of ours; TIOCGWINSZ writes a winsize
    // into the struct we own (a terminal without a size leaves it zeroed).
    unsafe {
        if libc::isatty(fd) != 1 {
            return None;
        }
        libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws);
    }
    Some([ws.ws_col, ws.ws_row])
}

/// The directory a program may read by default: the script's directory,
/// widened to the nearest ancestor that holds a `package.json` (so the
/// project's `node_modules` is included).
pub fn project_root(start: &Path) -> PathBuf {
    let mut dir = start;
    loop {
        if dir.join("package.json").is_file() {
            return dir.to_path_buf();
        }
        match dir.parent() {
            Some(parent) => dir = parent,
            None => return start.to_path_buf(),
        }
    }
}

/// Read-only preopens of a project directory: by its path and, when that
/// goes through a symlink, also by its real path, which is what the module
/// loader resolves to.
pub fn project_preopens(root: &Path) -> Vec<Preopen> {
    let mut preopens = vec![Preopen {
        guest: root.to_string_lossy().into_owned(),
        host: root.to_path_buf(),
        writable: false,
    }];
    if let Ok(real) = root.canonicalize()
        && real != root
    {
        preopens.push(Preopen {
            guest: real.to_string_lossy().into_owned(),
            host: real,
            writable: false,
        });
    }
    preopens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_root_widens_to_package_json() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("proj");
        let deep = root.join("src").join("lib");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(project_root(&deep), deep);
        std::fs::write(root.join("package.json"), "{}").unwrap();
        assert_eq!(project_root(&deep), root);
    }
}
