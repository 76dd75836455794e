//! Permission flags and the config file, end to end: bad values are CLI
//! errors (status 9) before anything runs, -A grants everything, denies
//! win, and the project's config applies only when no flag is given.

mod support;

use std::path::{Path, PathBuf};
use support::{Run, collect, sandnode};

/// A workspace: `proj/` (a project with main.js) and `outside/secret.txt`.
struct Ws {
    _tmp: tempfile::TempDir,
    proj: PathBuf,
    outside: PathBuf,
}

const MAIN: &str = "\
const fs = require('fs');
const [outside] = process.argv.slice(2);
// WASI's ENOENT/EPERM today, ERR_ACCESS_DENIED once the guest names the flag.
const DENIED = new Set(['ENOENT', 'EPERM', 'EACCES', 'ERR_ACCESS_DENIED']);
function attempt(label, fn) {
  try { console.log(label, JSON.stringify(fn())); }
  catch (e) { console.log(label, DENIED.has(e.code) ? 'denied' : e.code); }
}
attempt('env', () => [process.env.SANDNODE_PUBLIC, process.env.SANDNODE_SECRET]);
attempt('read', () => fs.readFileSync(outside + '/secret.txt', 'utf8'));
attempt('write', () => fs.writeFileSync(outside + '/new.txt', 'x'));
";

fn ws(config: &[(&str, &str)]) -> Ws {
    let tmp = tempfile::Builder::new()
        .prefix("sandnode-perm")
        .tempdir()
        .unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let (proj, outside) = (root.join("proj"), root.join("outside"));
    std::fs::create_dir_all(&proj).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret.txt"), "secret").unwrap();
    std::fs::write(proj.join("main.js"), MAIN).unwrap();
    std::fs::write(proj.join("package.json"), "{}").unwrap();
    for (name, text) in config {
        std::fs::write(proj.join(name), text).unwrap();
    }
    Ws {
        _tmp: tmp,
        proj,
        outside,
    }
}

fn run_main(ws: &Ws, flags: &[&str]) -> Run {
    collect(
        sandnode()
            .current_dir(&ws.proj)
            .args(flags)
            .arg(ws.proj.join("main.js"))
            .arg(&ws.outside),
    )
}

fn expect_cli_error(args: &[&str], dir: &Path, needle: &str) {
    let r = collect(
        sandnode()
            .current_dir(dir)
            .args(args)
            .args(["-e", "console.log('ran')"]),
    );
    r.assert_code(9);
    assert!(r.stdout.is_empty(), "{args:?} ran the program: {r:?}");
    assert!(r.err().contains(needle), "{args:?}: {r:?}");
}

#[test]
fn bad_values_are_cli_errors_before_anything_runs() {
    let w = ws(&[]);
    let inner = w.outside.join("inner");
    std::fs::create_dir(&inner).unwrap();
    let outside = w.outside.to_str().unwrap();
    let file = format!("--allow-write={outside}/secret.txt");
    let hole = format!("--deny-read={}", inner.display());
    let grant = format!("--allow-read={outside}");
    let cases: &[(&[&str], &str)] = &[
        (&["--max-memory=12Q"], "is not a size"),
        (&["--max-memory=1K"], "too small"),
        (&["--max-memory=8G"], "32-bit"),
        (&["--cpu-time=10"], "is not a duration"),
        (&["--timeout=abc"], "is not a duration"),
        (&["--timeout=0s"], "too short"),
        (&["--allow-net=300.1.1.1"], "not a valid host name"),
        (&["--allow-net=example.com:99999"], "out of range"),
        (&["--allow-net=10.0.0.0/40"], "prefix length"),
        (&["--deny-net=[::1"], "missing ']'"),
        (&["--allow-read=/nonexistent/sandnode"], "No such file"),
        (&["--deny-read=/nonexistent/sandnode"], "No such file"),
        (&["--allow-read="], "empty path"),
        (&[&file], "not a directory"),
        (&["--allow-env=A=B"], "not an environment variable name"),
        (&[&grant, &hole], "cannot exclude a part"),
    ];
    for (args, needle) in cases {
        expect_cli_error(args, &w.proj, needle);
    }
}

#[test]
fn default_denies_everything_but_the_project() {
    let w = ws(&[]);
    let r = run_main(&w, &[]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        "env [null,null]\nread denied\nwrite denied\n",
        "{r:?}"
    );
}

#[test]
fn allow_all_grants_files_and_env() {
    let w = ws(&[]);
    let r = run_main(&w, &["-A"]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        "env [\"visible\",\"hunter2\"]\nread \"secret\"\nwrite undefined\n",
        "{r:?}"
    );
    assert!(w.outside.join("new.txt").exists());
}

#[test]
fn denies_win_over_allow_all() {
    let w = ws(&[]);
    let r = run_main(
        &w,
        &["--allow-all", "--deny-env=SANDNODE_SECRET", "--deny-write"],
    );
    r.assert_code(0);
    assert_eq!(
        r.out(),
        "env [\"visible\",null]\nread \"secret\"\nwrite denied\n",
        "{r:?}"
    );
    assert!(!w.outside.join("new.txt").exists());
    // -A grants the whole file system as one directory: a deny inside it
    // would be a hole, which sandnode refuses rather than ignores.
    let deny = format!("--deny-write={}", w.outside.display());
    expect_cli_error(&["-A", &deny], &w.proj, "cannot exclude a part");
}

#[test]
fn deny_read_of_the_project_hides_the_script() {
    let w = ws(&[]);
    let deny = format!("--deny-read={}", w.proj.display());
    let r = run_main(&w, &[&deny]);
    r.assert_code(1);
    assert!(r.err().contains("Cannot find module"), "{r:?}");
}

#[test]
fn sandnode_json_grants_when_no_flag_is_given() {
    let config =
        r#"{"permissions": {"allow-env": ["SANDNODE_PUBLIC"], "allow-read": ["../outside"]}}"#;
    let w = ws(&[("sandnode.json", config)]);
    let r = run_main(&w, &[]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        "env [\"visible\",null]\nread \"secret\"\nwrite denied\n",
        "{r:?}"
    );
    // Any permission flag replaces the config entirely.
    let r = run_main(&w, &["--allow-env=SANDNODE_SECRET"]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        "env [null,\"hunter2\"]\nread denied\nwrite denied\n",
        "{r:?}"
    );
    // Limits are not permissions: the config still applies with them.
    let r = run_main(&w, &["--timeout=1m"]);
    assert_eq!(r.out().lines().nth(1), Some("read \"secret\""), "{r:?}");
}

#[test]
fn package_json_sandnode_key() {
    let pkg = r#"{"name": "p", "sandnode": {"permissions": {"allow-write": ["../outside"], "deny-env": true, "allow-env": true}}}"#;
    let w = ws(&[("package.json", pkg)]);
    let r = run_main(&w, &[]);
    r.assert_code(0);
    assert_eq!(
        r.out(),
        "env [null,null]\nread \"secret\"\nwrite undefined\n",
        "{r:?}"
    );
}

#[test]
fn bad_config_is_a_cli_error() {
    for (file, text, needle) in [
        ("sandnode.json", "{", "invalid JSON"),
        (
            "sandnode.json",
            r#"{"permissions": {"allow-everything": true}}"#,
            "unknown permission",
        ),
        (
            "sandnode.json",
            r#"{"permissions": {"allow-read": ["missing"]}}"#,
            "No such file",
        ),
        (
            "sandnode.json",
            r#"{"permissions": {"allow-net": ["a b"]}}"#,
            "not a valid host name",
        ),
        (
            "package.json",
            r#"{"sandnode": {"permissions": []}}"#,
            "must be an object",
        ),
    ] {
        let w = ws(&[(file, text)]);
        let r = run_main(&w, &[]);
        r.assert_code(9);
        assert!(r.stdout.is_empty(), "{r:?}");
        assert!(r.err().contains(needle), "{text}: {r:?}");
    }
}

#[test]
fn help_lists_the_new_flags() {
    let r = collect(sandnode().arg("--help"));
    r.assert_code(0);
    for flag in [
        "--allow-all",
        "--allow-net",
        "--deny-read",
        "--deny-write",
        "--deny-env",
        "--deny-net",
        "--max-memory",
        "--cpu-time",
        "--timeout",
    ] {
        assert!(r.out().contains(flag), "{flag} missing from --help");
    }
}
