//! End-to-end tests of the `sandnode` command line: argument handling,
//! program sources (file, -e, -p, stdin), exit codes, bad input, signals,
//! output, the stack limit, the environment and the file sandbox.
//!
//! Every run uses one shared compiled-code cache under the cargo target
//! directory (warmed once), never ~/.cache.

mod common;
use common::{drain, wait_timeout};

use std::io::{BufRead as _, BufReader, Write as _};
use std::os::unix::process::ExitStatusExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_sandnode");
/// A bug should fail a test, not hang the suite.
const TIMEOUT: Duration = Duration::from_secs(30);

// ---- helpers ----------------------------------------------------------------

/// The cache shared by these tests, warmed by one run so that the others
/// deserialize rather than each compiling the guest.
fn cache_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sandnode-cli-tests-cache");
        std::fs::create_dir_all(&dir).unwrap();
        let mut warm = Command::new(BIN);
        warm.env("SANDNODE_CACHE_DIR", &dir).args(["-e", "0"]);
        let r = collect(&mut warm, None);
        assert_eq!(r.code(), Some(0), "warming the cache failed: {r:?}");
        dir
    })
}

/// `sandnode` using the shared cache.
fn sandnode() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("SANDNODE_CACHE_DIR", cache_dir());
    cmd
}

struct Run {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Run {
    fn code(&self) -> Option<i32> {
        self.status.code()
    }
    fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    fn assert_no_panic(&self) {
        assert!(!self.err().contains("panicked"), "host panicked: {self:?}");
    }
    /// Exited normally with `code`.
    fn assert_code(&self, code: i32) {
        self.assert_no_panic();
        assert_eq!(self.code(), Some(code), "unexpected exit: {self:?}");
    }
    /// Failed cleanly: a non-zero exit code (not a signal) and no panic.
    fn assert_failed(&self) {
        self.assert_no_panic();
        assert!(
            matches!(self.code(), Some(c) if c != 0),
            "expected a non-zero exit code: {self:?}"
        );
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn clip(s: String) -> String {
            if s.len() > 3000 {
                let mut end = 3000;
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                format!("{}... ({} bytes)", &s[..end], s.len())
            } else {
                s
            }
        }
        write!(
            f,
            "\n  status: {:?}\n  stdout: {:?}\n  stderr: {:?}",
            self.status,
            clip(self.out()),
            clip(self.err())
        )
    }
}

/// Runs `cmd` to completion with `input` on stdin (or /dev/null), collecting
/// its output; panics if it does not finish within TIMEOUT.
fn collect(cmd: &mut Command, input: Option<&[u8]>) -> Run {
    cmd.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawning sandnode");
    let feeder = input.map(|data| {
        let mut stdin = child.stdin.take().unwrap();
        let data = data.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        })
    });
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let status = wait_timeout(&mut child, TIMEOUT);
    let stdout = out.join().unwrap();
    let stderr = err.join().unwrap();
    if let Some(f) = feeder {
        let _ = f.join();
    }
    match status {
        Some(status) => Run {
            status,
            stdout,
            stderr,
        },
        None => panic!(
            "sandnode did not finish within {TIMEOUT:?}; stdout: {:?} stderr: {:?}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        ),
    }
}

fn run(args: &[&str]) -> Run {
    collect(sandnode().args(args), None)
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    collect(sandnode().current_dir(dir).args(args), None)
}

fn run_stdin(args: &[&str], input: &str) -> Run {
    collect(sandnode().args(args), Some(input.as_bytes()))
}

/// A project directory (with a package.json, so it is the project root)
/// holding `files`.
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("sandnode-cli")
        .tempdir()
        .unwrap();
    std::fs::write(dir.path().join("package.json"), "{}").unwrap();
    for (name, content) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    dir
}

/// The real path of a temp dir (what the child's getcwd() reports).
fn real(p: &Path) -> PathBuf {
    p.canonicalize().unwrap()
}

fn exec_path() -> String {
    std::fs::canonicalize(BIN)
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

fn json_strings(v: &[&str]) -> String {
    serde_json::to_string(v).unwrap()
}

const PRINT_ARGV: &str = "console.log(JSON.stringify(process.argv))";
const PRINT_ARGV_TAIL: &str = "console.log(JSON.stringify(process.argv.slice(1)))";

// ---- argv -------------------------------------------------------------------

#[test]
fn file_argv_is_exec_path_absolute_script_and_args() {
    let p = project(&[("main.js", PRINT_ARGV.as_bytes())]);
    let r = run_in(p.path(), &["main.js", "a", "b"]);
    r.assert_code(0);
    let script = real(p.path()).join("main.js");
    let expected = json_strings(&[&exec_path(), script.to_str().unwrap(), "a", "b"]);
    assert_eq!(r.out(), format!("{expected}\n"), "{r:?}");
}

#[test]
fn run_subcommand_argv_and_lexical_resolution() {
    let p = project(&[("main.js", PRINT_ARGV_TAIL.as_bytes())]);
    std::fs::create_dir(p.path().join("sub")).unwrap();
    let r = run_in(p.path(), &["run", "./sub/../main.js", "a", "b"]);
    r.assert_code(0);
    let script = real(p.path()).join("main.js");
    let expected = json_strings(&[script.to_str().unwrap(), "a", "b"]);
    assert_eq!(r.out(), format!("{expected}\n"), "{r:?}");
}

#[test]
fn file_with_absolute_path() {
    let p = project(&[("main.js", PRINT_ARGV_TAIL.as_bytes())]);
    let script = p.path().join("main.js");
    let r = run(&[script.to_str().unwrap(), "x"]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        format!("{}\n", json_strings(&[script.to_str().unwrap(), "x"])),
        "{r:?}"
    );
}

#[test]
fn options_after_the_script_belong_to_the_script() {
    let p = project(&[("main.js", PRINT_ARGV_TAIL.as_bytes())]);
    let r = run_in(
        p.path(),
        &["main.js", "--version", "-e", "x", "--frobnicate"],
    );
    r.assert_code(0);
    let script = real(p.path()).join("main.js");
    let expected = json_strings(&[
        script.to_str().unwrap(),
        "--version",
        "-e",
        "x",
        "--frobnicate",
    ]);
    assert_eq!(r.out(), format!("{expected}\n"), "{r:?}");
}

// ---- -e / -p ----------------------------------------------------------------

#[test]
fn eval_short_and_long() {
    for flag in ["-e", "--eval"] {
        let r = run(&[flag, "console.log('hello ' + (6 * 7))"]);
        r.assert_code(0);
        assert_eq!(r.out(), "hello 42\n", "{flag}: {r:?}");
    }
    let r = run(&["--eval=console.log('eq')"]);
    r.assert_code(0);
    assert_eq!(r.out(), "eq\n", "{r:?}");
}

#[test]
fn eval_argv_is_exec_path_then_args() {
    let r = run(&["-e", PRINT_ARGV, "a", "b"]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        format!("{}\n", json_strings(&[&exec_path(), "a", "b"])),
        "{r:?}"
    );
}

#[test]
fn print_short_and_long() {
    let cases: &[(&[&str], &str)] = &[
        (&["-p", "1+2"], "3\n"),
        (&["--print", "1+2"], "3\n"),
        (&["-p", "'x'"], "x\n"),
        (&["--print", "'x'"], "x\n"),
        (&["-p", "({a:1})"], "{ a: 1 }\n"),
        (&["-p", "undefined"], "undefined\n"),
        (&["-p", "process.argv.length", "a", "b"], "3\n"),
    ];
    for (args, expected) in cases {
        let r = run(args);
        r.assert_code(0);
        assert_eq!(r.out(), *expected, "{args:?}: {r:?}");
    }
}

// ---- stdin ------------------------------------------------------------------

#[test]
fn script_from_stdin_with_dash() {
    // Node keeps "-" as argv[1]: `node - X` sees X as process.argv[2]
    // (node's test/parallel/test-stdin-script-child-option.js).
    let r = run_stdin(&["-", "x", "y"], PRINT_ARGV_TAIL);
    r.assert_code(0);
    assert_eq!(r.out(), "[\"-\",\"x\",\"y\"]\n", "{r:?}");
}

#[test]
fn script_from_stdin_pipe_without_args() {
    let r = run_stdin(&[], &format!("{PRINT_ARGV}\nconsole.log(1 + 1)"));
    r.assert_code(0);
    assert_eq!(
        r.out(),
        format!("{}\n2\n", json_strings(&[&exec_path()])),
        "{r:?}"
    );
}

#[test]
fn script_from_stdin_exit_code_and_errors() {
    let r = run_stdin(&["-"], "process.exitCode = 4");
    r.assert_code(4);
    let r = run_stdin(&["-"], "throw new TypeError('from stdin')");
    r.assert_code(1);
    assert!(r.err().contains("TypeError: from stdin"), "{r:?}");
}

// ---- version and help --------------------------------------------------------

#[test]
fn version_flags() {
    for flag in ["--version", "-v"] {
        let r = run(&[flag]);
        r.assert_code(0);
        let out = r.out();
        let prefix = format!(
            "sandnode {} (follows Node.js v22.",
            env!("CARGO_PKG_VERSION")
        );
        let rest = out
            .strip_prefix(&prefix)
            .and_then(|s| s.strip_suffix(")\n"))
            .unwrap_or_else(|| panic!("{flag}: unexpected version text: {r:?}"));
        let parts: Vec<&str> = rest.split('.').collect();
        assert!(
            parts.len() == 2
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())),
            "{flag}: not v22.x.y: {r:?}"
        );
    }
}

#[test]
fn help_flags() {
    for flag in ["-h", "--help"] {
        let r = run(&[flag]);
        r.assert_code(0);
        let out = r.out();
        assert!(
            out.contains("Usage: sandnode [options] FILE [args...]"),
            "{flag}: {r:?}"
        );
        for needle in ["-e, --eval", "-p, --print", "--allow-env", "--version"] {
            assert!(out.contains(needle), "{flag}: help lacks {needle}: {r:?}");
        }
    }
}

// ---- exit codes ---------------------------------------------------------------

fn eval(code: &str) -> Run {
    run(&["-e", code])
}

#[test]
fn exit_code_normal_end_is_0() {
    let r = eval("setTimeout(() => console.log('later'), 5); console.log('now')");
    r.assert_code(0);
    assert_eq!(r.out(), "now\nlater\n", "{r:?}");
}

#[test]
fn exit_code_process_exit() {
    let r = eval("console.log('before'); process.exit(7); console.log('after')");
    r.assert_code(7);
    assert_eq!(r.out(), "before\n", "{r:?}");
}

#[test]
fn exit_code_process_exit_code_property() {
    let r = eval("process.exitCode = 5");
    r.assert_code(5);
    let r = eval("process.exitCode = 3; process.exit()");
    r.assert_code(3);
}

#[test]
fn exit_code_uncaught_exception_is_1() {
    let r = eval("throw new Error('boom')");
    r.assert_code(1);
    assert!(r.err().contains("Error: boom"), "{r:?}");
    let r = eval("setTimeout(() => { throw new Error('late boom') }, 5)");
    r.assert_code(1);
    assert!(r.err().contains("Error: late boom"), "{r:?}");
}

#[test]
fn exit_code_unhandled_rejection_is_1() {
    let r = eval("Promise.reject(new Error('rejected'))");
    r.assert_code(1);
    assert!(r.err().contains("Error: rejected"), "{r:?}");
}

// ---- bad input ----------------------------------------------------------------

#[test]
fn missing_script_is_module_not_found() {
    let p = project(&[]);
    let r = run_in(p.path(), &["nope.js"]);
    r.assert_code(1);
    let abs = real(p.path()).join("nope.js");
    assert!(
        r.err()
            .contains(&format!("Error: Cannot find module '{}'", abs.display())),
        "{r:?}"
    );
    assert!(r.err().contains("code: 'MODULE_NOT_FOUND'"), "{r:?}");
}

#[test]
fn missing_script_in_missing_directory() {
    let p = project(&[]);
    let abs = p.path().join("no").join("such").join("dir").join("x.js");
    let r = run(&[abs.to_str().unwrap()]);
    r.assert_code(1);
    assert!(
        r.err()
            .contains(&format!("Error: Cannot find module '{}'", abs.display())),
        "{r:?}"
    );
}

#[test]
fn directory_without_index_is_module_not_found() {
    let p = project(&[]);
    let dir = p.path().join("lib");
    std::fs::create_dir(&dir).unwrap();
    let r = run(&[dir.to_str().unwrap()]);
    r.assert_code(1);
    assert!(
        r.err()
            .contains(&format!("Cannot find module '{}'", dir.display())),
        "{r:?}"
    );
    assert!(r.err().contains("MODULE_NOT_FOUND"), "{r:?}");
}

#[test]
fn directory_with_index_runs_it() {
    let p = project(&[("lib/index.js", b"console.log('index ran')")]);
    let r = run(&[p.path().join("lib").to_str().unwrap()]);
    r.assert_code(0);
    assert_eq!(r.out(), "index ran\n", "{r:?}");
}

#[test]
fn binary_file_is_a_syntax_error() {
    // NUL, invalid UTF-8 (lone continuation bytes, truncated sequences,
    // 0xfe/0xff) and pseudo-random bytes.
    let mut bytes = b"\x00\xff\xfe\x80\xc3\x28\xe2\x82 garbage \x00\xf0\x90".to_vec();
    let mut x: u32 = 0x1234_5678;
    for _ in 0..4096 {
        x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        bytes.push((x >> 24) as u8);
    }
    let p = project(&[("bin.js", &bytes)]);
    let r = run(&[p.path().join("bin.js").to_str().unwrap()]);
    r.assert_failed();
    assert!(r.err().contains("SyntaxError"), "{r:?}");
}

#[test]
fn unknown_flag_is_rejected() {
    for flag in ["--frobnicate", "-Z"] {
        let r = run(&[flag, "x.js"]);
        r.assert_failed();
        // Node: "node: bad option: --frobnicate", exit code 9.
        assert_eq!(r.code(), Some(9), "{r:?}");
        assert!(r.err().contains(&format!("bad option: {flag}")), "{r:?}");
        assert!(r.out().is_empty(), "{r:?}");
    }
}

#[test]
fn missing_eval_and_print_argument() {
    for flag in ["-e", "--eval", "-p", "--print"] {
        let r = run(&[flag]);
        r.assert_failed();
        assert_eq!(r.code(), Some(9), "{flag}: {r:?}");
        let long = if flag.contains('e') {
            "--eval"
        } else {
            "--print"
        };
        assert!(r.err().contains(long), "{flag}: {r:?}");
    }
}

#[test]
fn eval_and_print_together_are_rejected() {
    let r = run(&["-e", "1", "-p", "2"]);
    r.assert_failed();
    assert!(r.out().is_empty(), "{r:?}");
}

#[test]
fn run_without_a_file() {
    let r = run(&["run"]);
    r.assert_failed();
    assert!(r.err().contains("needs a script"), "{r:?}");
}

// ---- signals ------------------------------------------------------------------

/// Starts `code` (which prints "ready" before blocking), waits for that line,
/// sends `sig` and checks that sandnode dies by that very signal.
fn assert_killed_by(code: &str, sig: i32) {
    let mut child = sandnode()
        .args(["-e", code])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let err = drain(child.stderr.take().unwrap());
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    let pid = child.id() as libc::pid_t;
    // SAFETY: kill(2) on the pid of our own, not yet reaped, child.
    assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    let status = wait_timeout(&mut child, Duration::from_secs(20));
    let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
    let status = status
        .unwrap_or_else(|| panic!("sandnode ignored signal {sig} for 20 s; stderr: {stderr:?}"));
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        status.signal(),
        Some(sig),
        "expected death by signal {sig}, got {status:?}; stderr: {stderr:?}"
    );
}

const BUSY: &str = "console.log('ready'); while (true) {}";
const WAITING: &str = "console.log('ready'); setTimeout(() => {}, 1e7)";

#[test]
fn sigint_stops_a_busy_loop() {
    assert_killed_by(BUSY, libc::SIGINT);
}

#[test]
fn sigterm_stops_a_busy_loop() {
    assert_killed_by(BUSY, libc::SIGTERM);
}

#[test]
fn sigint_stops_a_pending_timer() {
    assert_killed_by(WAITING, libc::SIGINT);
}

#[test]
fn sigterm_stops_a_pending_timer() {
    assert_killed_by(WAITING, libc::SIGTERM);
}

// ---- output ---------------------------------------------------------------------

#[test]
fn reader_closing_early_ends_cleanly() {
    // Like `sandnode big.js | head -1`: node's console ignores EPIPE, so the
    // program runs to its end and exits 0.
    let mut child = sandnode()
        .args([
            "-e",
            "for (let i = 0; i < 200000; i++) console.log('line ' + i)",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let err = drain(child.stderr.take().unwrap());
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "line 0\n");
    drop(stdout);
    // Only a hang guard. The rest of the loop still runs (as in node), and
    // writes to the broken pipe are slower than ordinary ones, so allow more
    // than TIMEOUT on a loaded machine.
    let status = wait_timeout(&mut child, Duration::from_secs(60));
    let r = Run {
        status: status.expect("sandnode did not exit after its reader went away"),
        stdout: Vec::new(),
        stderr: err.join().unwrap(),
    };
    r.assert_code(0);
}

#[test]
fn large_output_arrives_complete() {
    const MB: usize = 1 << 20;
    // Five 1 MiB chunks of different letters, then an immediate exit: all of
    // it must arrive, in order.
    let code = "for (let i = 0; i < 5; i++) \
                process.stdout.write(String.fromCharCode(97 + i).repeat(1 << 20)); \
                process.exit(0)";
    let r = eval(code);
    r.assert_code(0);
    assert_eq!(r.stdout.len(), 5 * MB, "stderr: {}", r.err());
    for (i, chunk) in r.stdout.chunks(MB).enumerate() {
        assert!(
            chunk.iter().all(|&b| b == b'a' + i as u8),
            "chunk {i} is wrong"
        );
    }
}

#[test]
fn many_console_lines_arrive_complete() {
    let r = eval("for (let i = 0; i < 100000; i++) console.log(i)");
    r.assert_code(0);
    let out = r.out();
    let mut n = 0;
    for (i, line) in out.lines().enumerate() {
        assert_eq!(line, i.to_string());
        n += 1;
    }
    assert_eq!(n, 100000);
}

// ---- stack ------------------------------------------------------------------------

#[test]
fn deep_recursion_is_a_catchable_range_error() {
    let r = eval("function f(){return f()} try{f()}catch(e){console.log(e instanceof RangeError)}");
    r.assert_code(0);
    assert_eq!(r.out(), "true\n", "{r:?}");
}

#[test]
fn uncaught_deep_recursion_exits_1() {
    let r = eval("function f(){return f()} f()");
    r.assert_code(1);
    assert!(
        r.err().contains("Maximum call stack size exceeded"),
        "{r:?}"
    );
    assert!(!r.err().contains("sandnode: fatal"), "{r:?}");
}

// ---- environment -------------------------------------------------------------------

fn env_run(args: &[&str]) -> Run {
    collect(
        sandnode()
            .env("SANDNODE_TEST_FOO", "foo value")
            .env("SANDNODE_TEST_BAR", "bar=value")
            .args(args),
        None,
    )
}

#[test]
fn env_is_empty_by_default() {
    let r = env_run(&["-e", "console.log(Object.keys(process.env).length)"]);
    r.assert_code(0);
    assert_eq!(r.out(), "0\n", "{r:?}");
}

#[test]
fn allow_env_with_names_exposes_only_those() {
    let r = env_run(&[
        "--allow-env=SANDNODE_TEST_FOO",
        "-e",
        "console.log(JSON.stringify(process.env))",
    ]);
    r.assert_code(0);
    assert_eq!(r.out(), "{\"SANDNODE_TEST_FOO\":\"foo value\"}\n", "{r:?}");

    let r = env_run(&[
        "--allow-env=SANDNODE_TEST_FOO,SANDNODE_TEST_BAR,SANDNODE_TEST_MISSING",
        "-e",
        "console.log(JSON.stringify(Object.keys(process.env).sort()), process.env.SANDNODE_TEST_BAR)",
    ]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        "[\"SANDNODE_TEST_BAR\",\"SANDNODE_TEST_FOO\"] bar=value\n",
        "{r:?}"
    );
}

#[test]
fn allow_env_alone_exposes_everything() {
    let r = env_run(&[
        "--allow-env",
        "-e",
        "console.log(process.env.SANDNODE_TEST_FOO, process.env.SANDNODE_TEST_BAR, \
         typeof process.env.SANDNODE_CACHE_DIR, Object.keys(process.env).length)",
    ]);
    r.assert_code(0);
    // The child sees our environment plus the variables set on it.
    let mut names: std::collections::BTreeSet<String> = std::env::vars().map(|(k, _)| k).collect();
    names.insert("SANDNODE_TEST_FOO".into());
    names.insert("SANDNODE_TEST_BAR".into());
    names.insert("SANDNODE_CACHE_DIR".into());
    assert_eq!(
        r.out(),
        format!("foo value bar=value string {}\n", names.len()),
        "{r:?}"
    );
}

// ---- sandbox --------------------------------------------------------------------------

#[test]
fn files_outside_the_project_are_not_readable() {
    let outside = tempfile::Builder::new()
        .prefix("sandnode-outside")
        .tempdir()
        .unwrap();
    let secret = outside.path().join("secret.js");
    std::fs::write(&secret, "module.exports = 'secret'").unwrap();
    let p = project(&[("lib.js", b"module.exports = 'inside'")]);
    let main = p.path().join("main.js");
    std::fs::write(
        &main,
        format!(
            "console.log(require('./lib.js'));\n\
             console.log(require({:?}));\n\
             console.log(require({:?}));",
            p.path().join("lib.js").to_str().unwrap(),
            secret.to_str().unwrap()
        ),
    )
    .unwrap();

    let r = run(&[main.to_str().unwrap()]);
    r.assert_code(1);
    // The project itself is readable, by relative and by absolute path...
    assert_eq!(r.out(), "inside\ninside\n", "{r:?}");
    // ...but the file outside it does not exist as far as the program knows.
    assert!(
        r.err()
            .contains(&format!("Error: Cannot find module '{}'", secret.display())),
        "{r:?}"
    );
    assert!(r.err().contains("code: 'MODULE_NOT_FOUND'"), "{r:?}");
    assert!(!r.out().contains("secret"), "{r:?}");
}
