//! The escape suite: each script in `tests/sandbox/` tries to get out of its
//! grants. It runs twice, as the main script of a project and as a package
//! inside that project's `node_modules`, and must print `<case>.stdout`
//! both times, exit as its `// exit:` header says, and leave everything
//! outside its writable grant as it was.
//!
//! The workspace of a run (a fresh temp dir):
//!   proj/     the project (package.json, main.js, node_modules/evil/, the case
//!             and `lib/attempt.js` beside each copy of it),
//!             with proj/link-out -> ../outside, proj/link-secret and a FIFO
//!             proj/fifo that nobody writes
//!   outside/  secret.txt, secret.js: what must stay unreadable and unchanged
//!   out/      the directory the `@OUT` placeholder names (granted writable by
//!             the cases that say so), with out/link-out -> ../outside and
//!             out/link-abs -> /etc/passwd
//! The script gets `proj outside out` as its arguments. Header lines:
//!   // sandnode-flags: flags, with @PROJ, @OUTSIDE and @OUT replaced
//!   // exit: the expected exit code
//!   // stderr: text stderr must contain (else stderr must be empty)
//!   // stdout-bytes: N   (stdout is counted, not compared)
//!   // max-rss-mib: N    (peak RSS bound for the run)
//!
//! SANDNODE_BLESS=1 writes the `.stdout` files from the plain runs.

mod support;

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use support::{collect_counted, sandnode};

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/sandbox")
}

struct Case {
    source: String,
    flags: Vec<String>,
    exit: i32,
    stderr: Option<String>,
    stdout_bytes: Option<u64>,
    max_rss_mib: Option<i64>,
}

fn header<'a>(source: &'a str, key: &str) -> Option<&'a str> {
    let prefix = format!("// {key}:");
    source
        .lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix(&prefix).map(str::trim))
}

fn load(name: &str) -> Case {
    let path = suite_dir().join(format!("{name}.js"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let flags = header(&source, "sandnode-flags")
        .unwrap_or_else(|| panic!("{name}: no `// sandnode-flags:` header"))
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let number = |key| header(&source, key).map(|v| v.parse().expect(key));
    Case {
        flags,
        exit: number("exit").unwrap_or_else(|| panic!("{name}: no `// exit:` header")) as i32,
        stderr: header(&source, "stderr").map(str::to_owned),
        stdout_bytes: number("stdout-bytes").map(|n| n as u64),
        max_rss_mib: number("max-rss-mib"),
        source,
    }
}

struct Workspace {
    _tmp: tempfile::TempDir,
    proj: PathBuf,
    outside: PathBuf,
    out: PathBuf,
}

fn workspace(case: &Case) -> Workspace {
    let tmp = tempfile::Builder::new()
        .prefix("sandnode-escape")
        .tempdir()
        .unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let (proj, outside, out) = (root.join("proj"), root.join("outside"), root.join("out"));
    let evil = proj.join("node_modules/evil");
    for d in [&evil, &outside, &out] {
        std::fs::create_dir_all(d).unwrap();
    }
    let write = |p: PathBuf, s: &str| std::fs::write(p, s).unwrap();
    write(proj.join("package.json"), r#"{"name":"victim"}"#);
    write(proj.join("case.js"), &case.source);
    write(proj.join("main.js"), "require('evil');\n");
    write(
        evil.join("package.json"),
        r#"{"name":"evil","main":"index.js"}"#,
    );
    write(evil.join("index.js"), &case.source);
    // The cases' shared `attempt` helper, next to each copy of the case.
    let attempt = std::fs::read_to_string(suite_dir().join("lib/attempt.js")).unwrap();
    write(proj.join("attempt.js"), &attempt);
    write(evil.join("attempt.js"), &attempt);
    write(outside.join("secret.txt"), "TOP SECRET");
    write(
        outside.join("secret.js"),
        "module.exports = 'TOP SECRET';\n",
    );
    let link = |target: &Path, at: PathBuf| std::os::unix::fs::symlink(target, at).unwrap();
    link(&outside, proj.join("link-out"));
    link(&outside.join("secret.txt"), proj.join("link-secret"));
    link(Path::new("../outside"), out.join("link-out"));
    link(Path::new("/etc/passwd"), out.join("link-abs"));
    let fifo =
        std::ffi::CString::new(proj.join("fifo").into_os_string().into_encoded_bytes()).unwrap();
    // SAFETY: mkfifo with a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0, "mkfifo");
    Workspace {
        _tmp: tmp,
        proj,
        outside,
        out,
    }
}

/// Everything under `dir` except `skip`: type, size, mode, mtime and
/// contents, so that any change (or a new or removed entry) shows.
fn snapshot(dir: &Path, skip: &Path, into: &mut BTreeMap<PathBuf, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p == skip {
            continue;
        }
        let m = std::fs::symlink_metadata(&p).unwrap();
        let what = if m.file_type().is_symlink() {
            format!("link {:?}", std::fs::read_link(&p).unwrap())
        } else if !m.is_dir() && !m.is_file() {
            // The FIFO: reading it here would block.
            format!("special {:o}", m.mode())
        } else if m.is_dir() {
            format!("dir {:o} {}", m.mode(), m.mtime_nsec())
        } else {
            let bytes = std::fs::read(&p).unwrap();
            format!(
                "file {:o} {} {} {:?}",
                m.mode(),
                m.mtime(),
                m.mtime_nsec(),
                String::from_utf8_lossy(&bytes)
            )
        };
        into.insert(p.clone(), what);
        if m.is_dir() {
            snapshot(&p, skip, into);
        }
    }
}

fn world(ws: &Workspace) -> BTreeMap<PathBuf, String> {
    let mut map = BTreeMap::new();
    snapshot(ws.proj.parent().unwrap(), &ws.out, &mut map);
    // out/ itself may change only when it is granted writable; its links
    // must survive in any case (the cases try to remove one).
    map
}

fn run_case(name: &str, as_package: bool) {
    let case = load(name);
    let ws = workspace(&case);
    let before = world(&ws);
    let fill = |f: &str| {
        f.replace("@PROJ", ws.proj.to_str().unwrap())
            .replace("@OUTSIDE", ws.outside.to_str().unwrap())
            .replace("@OUT", ws.out.to_str().unwrap())
    };
    let script = ws.proj.join(if as_package { "main.js" } else { "case.js" });
    let mut cmd = sandnode();
    cmd.current_dir(&ws.proj)
        .args(case.flags.iter().map(|f| fill(f)))
        .arg(&script)
        .args([&ws.proj, &ws.outside, &ws.out]);
    let (run, total) = collect_counted(&mut cmd);
    let mode = if as_package {
        "as a package"
    } else {
        "as a script"
    };

    run.assert_code(case.exit);
    match &case.stderr {
        Some(want) => assert!(
            run.err().contains(want.as_str()),
            "{name} {mode}: stderr {run:?}"
        ),
        None => assert!(
            run.stderr.is_empty(),
            "{name} {mode}: unexpected stderr {run:?}"
        ),
    }
    assert_eq!(
        before,
        world(&ws),
        "{name} {mode}: something outside the grants changed"
    );
    let writable = case.flags.iter().any(|f| f.starts_with("--allow-write"))
        && !case.flags.iter().any(|f| f.starts_with("--deny"));
    if !writable {
        let mut out = BTreeMap::new();
        snapshot(&ws.out, Path::new("/"), &mut out);
        assert_eq!(
            out.len(),
            2,
            "{name} {mode}: out/ changed without a grant: {out:?}"
        );
    }
    if let Some(max) = case.max_rss_mib {
        assert!(
            run.peak_kib < max * 1024,
            "{name} {mode}: peak RSS {} KiB",
            run.peak_kib
        );
    }
    if let Some(bytes) = case.stdout_bytes {
        assert_eq!(total, bytes, "{name} {mode}: stdout byte count");
        return;
    }
    let expected_path = suite_dir().join(format!("{name}.stdout"));
    if std::env::var_os("SANDNODE_BLESS").is_some() && !as_package {
        std::fs::write(&expected_path, &run.stdout).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path)
        .unwrap_or_else(|e| panic!("{expected_path:?}: {e} (SANDNODE_BLESS=1 writes it)"));
    assert_eq!(run.out(), expected, "{name} {mode}: stdout differs");
    assert!(
        !run.out().contains("TOP SECRET"),
        "{name} {mode}: the secret leaked"
    );
    assert!(
        !run.out().contains("hunter2"),
        "{name} {mode}: the env secret leaked"
    );
}

macro_rules! cases {
    ($($name:ident => $file:literal),* $(,)?) => {
        const CASES: &[&str] = &[$($file),*];
        $(
            mod $name {
                #[test]
                fn as_script() {
                    super::run_case($file, false);
                }
                #[test]
                fn as_package() {
                    super::run_case($file, true);
                }
            }
        )*
    };
}

cases! {
    net => "net",
    access_denied_error => "access-denied-error",
    traversal => "traversal",
    absolute => "absolute",
    symlink => "symlink",
    hardlink => "hardlink",
    rename => "rename",
    readonly => "readonly",
    deny_write => "deny-write",
    deny_read => "deny-read",
    env => "env",
    env_deny => "env-deny",
    stdout_gib => "stdout-gib",
    infinite_loop => "infinite-loop",
    microtasks => "microtasks",
    next_tick => "next-tick",
    timer_flood => "timer-flood",
    pending_timer => "pending-timer",
    cpu_time => "cpu-time",
    recursion => "recursion",
    memory_array => "memory-array",
    memory_string => "memory-string",
    memory_arraybuffer => "memory-arraybuffer",
    memory_buffer => "memory-buffer",
    many_files => "many-files",
    blocked_read => "blocked-read",
}

#[test]
fn every_case_file_is_run() {
    let mut files: Vec<String> = std::fs::read_dir(suite_dir())
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".js").map(str::to_owned)
        })
        .collect();
    files.sort();
    let mut known: Vec<String> = CASES.iter().map(|s| s.to_string()).collect();
    known.sort();
    assert_eq!(
        files, known,
        "add new tests/sandbox cases to the cases! list"
    );
}
