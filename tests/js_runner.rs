//! The differential test runner: every `tests/js/**/*.js` runs under sandnode
//! and its stdout, stderr and exit code must equal the golden files recorded
//! from node by `tests/record-golden.mjs`.
//!
//! Sidecar files next to `x.js`: `x.stdout`, `x.stderr`, `x.code` (goldens),
//! and optionally `x.args` (one argument a line), `x.stdin`,
//! `x.sandnode-flags` (flags only sandnode gets, one a line; else the
//! directory's `sandnode-flags` file), and
//! `x.sandnode-stdout` / `x.sandnode-stderr`: the expected output where
//! sandnode knowingly differs from node (listed in tests/js/README.md).
//!
//! Both sides are normalized before comparing (see `normalize`): the
//! absolute test directory becomes `<ROOT>`, stack frames keep only their
//! location (engines name frames differently), frames inside `node:`
//! internals are dropped, and so are the parts of a report that name an
//! engine-internal source location.

use libtest_mimic::{Arguments, Failed, Trial};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("tests")
        .join("js");
    let root = root.canonicalize().unwrap_or(root);
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    // The npm fixture's scripts: tests/npm/<name>.js, run against the
    // packages `npm ci` installed next to them (scripts/test.sh does that).
    let npm_root = root.parent().unwrap().join("npm");
    let mut npm_files: Vec<PathBuf> = std::fs::read_dir(&npm_root)
        .map(|dir| {
            dir.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "js") && p.with_extension("code").exists()
                })
                .collect()
        })
        .unwrap_or_default();
    npm_files.sort();
    // A private compiled-code cache, shared by all cases of this run.
    let cache = std::env::temp_dir().join(format!("sandnode-test-cache-{}", std::process::id()));
    // Fill the cache once, so the parallel cases do not all pre-initialise
    // and compile the guest at the same time.
    let _ = Command::new(env!("CARGO_BIN_EXE_sandnode"))
        .args(["-e", ""])
        .env("SANDNODE_CACHE_DIR", &cache)
        .status();
    let mut trials: Vec<Trial> = files
        .into_iter()
        .map(|file| {
            let name = file
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let root = root.clone();
            let cache = cache.clone();
            Trial::test(name, move || run_case(&root, &file, &cache))
        })
        .collect();
    for file in npm_files {
        let name = format!("npm/{}", file.file_name().unwrap().to_string_lossy());
        let root = npm_root.clone();
        let cache = cache.clone();
        // `x.pending` names the missing built-in a package waits for; such a
        // test is listed as ignored until that built-in exists.
        let pending = file.with_extension("pending").exists();
        trials.push(
            Trial::test(name, move || {
                if !root.join("node_modules").is_dir() {
                    return Err(
                        "tests/npm/node_modules is missing: run `npm ci` in tests/npm \
                            (scripts/test.sh does)"
                            .into(),
                    );
                }
                // `x.needs-postgres`: the test talks to the throwaway
                // PostgreSQL server of scripts/pg-fixture.sh.
                if file.with_extension("needs-postgres").exists() {
                    return with_postgres(|| run_case(&root, &file, &cache));
                }
                run_case(&root, &file, &cache)
            })
            .with_ignored_flag(pending),
        );
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&cache);
    conclusion.exit();
}

/// Runs `test` with the fixture's PostgreSQL server up. The server is
/// stopped again only if this run started it, so a server someone left
/// running (or another run is using) stays up.
fn with_postgres(test: impl FnOnce() -> Result<(), Failed>) -> Result<(), Failed> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("scripts/pg-fixture.sh");
    let pg = |cmd: &str| -> Result<String, Failed> {
        let out = Command::new(&script)
            .arg(cmd)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("running {}: {e}", script.display()))?;
        if !out.status.success() {
            return Err(format!(
                "scripts/pg-fixture.sh {cmd} failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let started = pg("start")? == "started";
    let result = test();
    if started {
        pg("stop")?;
    }
    result
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            // Fixture trees (node_modules etc.) belong to their tests.
            if path
                .file_name()
                .is_some_and(|n| n == "node_modules" || n == "fixtures")
            {
                continue;
            }
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "js")
            && path.with_extension("code").exists()
        {
            out.push(path);
        }
    }
}

/// A test that hangs fails instead of holding up the suite. Generous: a
/// test's first run may pre-initialise and compile the guest.
const CASE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

fn wait_with_deadline(mut child: std::process::Child) -> Result<std::process::Output, Failed> {
    use std::io::Read as _;
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let deadline = std::time::Instant::now() + CASE_TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s", CASE_TIMEOUT.as_secs()).into());
            }
            Err(e) => return Err(format!("waiting for sandnode: {e}").into()),
        }
    };
    Ok(std::process::Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

fn sidecar(file: &Path, ext: &str) -> Option<String> {
    std::fs::read_to_string(file.with_extension(ext)).ok()
}

fn lines_of(file: &Path, ext: &str) -> Vec<String> {
    sidecar(file, ext)
        .map(|s| s.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

/// `x.sandnode-flags`, else the directory's `sandnode-flags` (one file for
/// an area whose every test needs the same grant, e.g. a writable /tmp).
fn sandnode_flags(file: &Path) -> Vec<String> {
    let own = file.with_extension("sandnode-flags");
    let path = if own.exists() {
        own
    } else {
        file.with_file_name("sandnode-flags")
    };
    std::fs::read_to_string(path)
        .map(|s| s.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

fn run_case(root: &Path, file: &Path, cache: &Path) -> Result<(), Failed> {
    // `x.sandnode-stdout` / `x.sandnode-stderr` replace node's golden where
    // sandnode knowingly differs; tests/js/README.md lists each and why.
    let expected_out = sidecar(file, "sandnode-stdout")
        .or_else(|| sidecar(file, "stdout"))
        .unwrap_or_default();
    let expected_err = sidecar(file, "sandnode-stderr")
        .or_else(|| sidecar(file, "stderr"))
        .unwrap_or_default();
    let expected_code: i32 = sidecar(file, "code")
        .ok_or("missing .code golden")?
        .trim()
        .parse()
        .map_err(|e| format!("bad .code golden: {e}"))?;

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sandnode"));
    cmd.args(sandnode_flags(file))
        .arg(file.file_name().unwrap())
        .args(lines_of(file, "args"))
        .current_dir(file.parent().unwrap())
        .env("SANDNODE_CACHE_DIR", cache)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let stdin = sidecar(file, "stdin");
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().map_err(|e| format!("spawning sandnode: {e}"))?;
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        std::thread::spawn(move || {
            let _ = pipe.write_all(input.as_bytes());
        });
    }
    let output = wait_with_deadline(child)?;
    let code = output.status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt as _;
        128 + output.status.signal().unwrap_or(0)
    });
    let root_str = root.to_string_lossy();
    let actual_out = String::from_utf8_lossy(&output.stdout).replace(&*root_str, "<ROOT>");
    let actual_err = String::from_utf8_lossy(&output.stderr).replace(&*root_str, "<ROOT>");

    let mut problems = Vec::new();
    if code != expected_code {
        problems.push(format!("exit code: expected {expected_code}, got {code}"));
    }
    compare("stdout", &expected_out, &actual_out, &mut problems);
    compare("stderr", &expected_err, &actual_err, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn compare(what: &str, expected: &str, actual: &str, problems: &mut Vec<String>) {
    let e = normalize(expected);
    let a = normalize(actual);
    if e != a {
        problems.push(format!("{what} differs (normalized):\n{}", diff(&e, &a)));
    }
}

/// A compact line diff: the first differing line with some context.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = e
        .iter()
        .zip(a.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(3);
    let mut out = String::new();
    out.push_str(&format!("  first difference at line {}\n", first + 1));
    for (i, l) in e.iter().enumerate().skip(from).take(12) {
        out.push_str(&format!("  -{:>4} {l}\n", i + 1));
    }
    for (i, l) in a.iter().enumerate().skip(from).take(12) {
        out.push_str(&format!("  +{:>4} {l}\n", i + 1));
    }
    if e.len() != a.len() {
        out.push_str(&format!(
            "  ({} lines expected, {} got)\n",
            e.len(),
            a.len()
        ));
    }
    out
}

fn is_frame(line: &str) -> bool {
    line.trim_start().starts_with("at ") && line.starts_with(' ')
}

fn frame_location(line: &str) -> &str {
    let rest = line.trim_start().trim_start_matches("at ");
    let rest = rest.strip_suffix(" {").unwrap_or(rest);
    match (rest.rfind(" ("), rest.ends_with(')')) {
        (Some(i), true) => &rest[i + 2..rest.len() - 1],
        _ => rest,
    }
}

fn is_internal_location(loc: &str) -> bool {
    loc.starts_with("node:") || loc == "native" || loc == "<anonymous>"
}

/// Makes engine-specific details comparable:
/// - a stack frame `    at fn (file:line:col)` becomes `    at file:line`; frames in `node:`
///   internals (or native code) are dropped, keeping a trailing ` {` that
///   opens the error's extra properties;
/// - `Node.js vX.Y.Z` becomes `Node.js <version>`;
/// - a caret line under a source excerpt becomes `^` (V8 points at the throw,
///   QuickJS at the frame's position);
/// - the source excerpt header of an error thrown inside `node:` internals
///   (`node:internal/x:123`, the line, the caret) is reduced to `<internal>`.
pub fn normalize(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if is_internal_header(line) && i + 2 < lines.len() && is_caret(lines[i + 2]) {
            out.push("<internal>".into());
            i += 3;
            continue;
        }
        if is_frame(line) {
            let loc = frame_location(line);
            let opens_props = line.ends_with(" {");
            if is_internal_location(loc) {
                if opens_props && let Some(last) = out.last_mut() {
                    last.push_str(" {");
                }
            } else {
                let loc = strip_column(loc);
                out.push(format!(
                    "    at {loc}{}",
                    if opens_props { " {" } else { "" }
                ));
            }
            i += 1;
            continue;
        }
        if is_caret(line) {
            out.push("^".into());
            i += 1;
            continue;
        }
        if let Some(rest) = line.strip_prefix("Node.js v")
            && rest.chars().all(|c| c.is_ascii_digit() || c == '.')
        {
            out.push("Node.js <version>".into());
            i += 1;
            continue;
        }
        out.push(line.to_string());
        i += 1;
    }
    out.join("\n")
}

/// `file:12:7` → `file:12`. Columns are engine-specific: V8 points at the
/// start of a `new` or call expression, QuickJS at the call itself.
fn strip_column(loc: &str) -> &str {
    match loc.rsplit_once(':') {
        Some((head, col))
            if !col.is_empty()
                && col.chars().all(|c| c.is_ascii_digit())
                && head.rsplit_once(':').is_some_and(|(_, l)| {
                    !l.is_empty() && l.chars().all(|c| c.is_ascii_digit())
                }) =>
        {
            head
        }
        _ => loc,
    }
}

fn is_caret(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().all(|c| c == '^') && line.chars().all(|c| c == ' ' || c == '^')
}

fn is_internal_header(line: &str) -> bool {
    line.strip_prefix("node:").is_some_and(|rest| {
        rest.rsplit_once(':')
            .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}
