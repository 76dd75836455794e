//! End-to-end tests of the compiled-code cache: where entries go, that a
//! valid entry is reused, and that a damaged, stale or unusable cache never
//! stops a program from running.
//!
//! Every run points SANDNODE_CACHE_DIR (and HOME and XDG_CACHE_HOME) into the
//! test's own temporary directory, never at ~/.cache.

mod common;
use common::{drain, wait_timeout};

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_sandnode");
/// A hang guard, not a speed check: every test here starts cold (the guest
/// is pre-initialised and compiled), a dozen at once on a small machine.
const TIMEOUT: Duration = Duration::from_secs(180);
const MAGIC: &[u8; 8] = b"SNDCACH1";
const TRAILER_LEN: usize = 24;

/// The program every test runs, and what it must print.
const PROGRAM: &str = "console.log([1, 2, 3].map((x) => x * 14).join(','))";
const EXPECTED: &str = "14,28,42\n";

// ---- helpers ----------------------------------------------------------------

struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "\n  status: {:?}\n  stdout: {:?}\n  stderr: {:?}",
            self.status, self.stdout, self.stderr
        )
    }
}

fn spawn(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawning sandnode")
}

fn finish(mut child: Child) -> Run {
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let status = wait_timeout(&mut child, TIMEOUT);
    let stdout = String::from_utf8_lossy(&out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
    let status = status.unwrap_or_else(|| {
        panic!("sandnode did not finish within {TIMEOUT:?}; stdout {stdout:?} stderr {stderr:?}")
    });
    Run {
        status,
        stdout,
        stderr,
    }
}

/// `sandnode -e PROGRAM` with the cache location variables taken from `vars`
/// (None removes the variable).
fn command(vars: &[(&str, Option<&Path>)]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_remove("SANDNODE_CACHE_DIR")
        .env_remove("XDG_CACHE_HOME")
        .env_remove("SANDNODE_TIMING");
    for (name, value) in vars {
        match value {
            Some(v) => cmd.env(name, v),
            None => cmd.env_remove(name),
        };
    }
    cmd.args(["-e", PROGRAM]);
    cmd
}

/// Runs PROGRAM with the cache in `dir` (and HOME and XDG_CACHE_HOME pointed
/// at places that must stay untouched) and checks that it printed EXPECTED.
fn run_with_cache(dir: &Path) -> Run {
    let decoy = dir.with_extension("decoy");
    let r = finish(spawn(&mut command(&[
        ("SANDNODE_CACHE_DIR", Some(dir)),
        ("XDG_CACHE_HOME", Some(&decoy.join("xdg"))),
        ("HOME", Some(&decoy.join("home"))),
    ])));
    assert_ok(&r);
    assert!(
        !decoy.exists(),
        "the cache went somewhere other than $SANDNODE_CACHE_DIR"
    );
    r
}

fn assert_ok(r: &Run) {
    assert!(!r.stderr.contains("panicked"), "host panicked: {r:?}");
    assert_eq!(r.status.code(), Some(0), "{r:?}");
    assert_eq!(r.stdout, EXPECTED, "{r:?}");
}

fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("sandnode-cache-test")
        .tempdir()
        .unwrap()
}

fn is_entry_name(name: &str) -> bool {
    name.starts_with("guest-") && name.ends_with(".cwasm") && name.contains("-wasmtime")
}

/// Every file in `dir` (sorted), which must all be cache entries: no
/// temporary files may be left behind.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy();
        assert!(is_entry_name(&name), "unexpected file in the cache: {f:?}");
    }
    files
}

/// The single entry in `dir`.
fn only_entry(dir: &Path) -> PathBuf {
    let files = entries(dir);
    assert_eq!(
        files.len(),
        1,
        "expected exactly one entry in {dir:?}: {files:?}"
    );
    files.into_iter().next().unwrap()
}

fn with_trailer(body: &[u8]) -> Vec<u8> {
    let mut file = body.to_vec();
    file.extend_from_slice(MAGIC);
    file.extend_from_slice(&(body.len() as u64).to_le_bytes());
    file.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(body).to_le_bytes());
    file
}

fn assert_trailer_valid(bytes: &[u8]) {
    assert!(
        bytes.len() > TRAILER_LEN,
        "entry too short: {} bytes",
        bytes.len()
    );
    let (body, trailer) = bytes.split_at(bytes.len() - TRAILER_LEN);
    assert_eq!(&trailer[..8], MAGIC, "bad magic");
    assert_eq!(
        u64::from_le_bytes(trailer[8..16].try_into().unwrap()),
        body.len() as u64,
        "bad length"
    );
    assert_eq!(
        u64::from_le_bytes(trailer[16..24].try_into().unwrap()),
        xxhash_rust::xxh3::xxh3_64(body),
        "bad checksum"
    );
}

/// A valid entry, made once by a first run into an empty cache (a cache
/// miss costs seconds, so tests share it).
struct Golden {
    name: String,
    bytes: Vec<u8>,
    /// The cache that first run filled, for the test of later runs.
    first_run: Mutex<Option<tempfile::TempDir>>,
}

fn first_run_dir(tmp: &Path) -> PathBuf {
    // Not there yet, nor its parent: the cache creates it.
    tmp.join("nested").join("cache")
}

fn golden() -> &'static Golden {
    static GOLDEN: OnceLock<Golden> = OnceLock::new();
    GOLDEN.get_or_init(|| {
        let tmp = tempdir();
        let dir = first_run_dir(tmp.path());
        run_with_cache(&dir);
        // Exactly one entry, complete, and no temporary file left behind.
        let entry = only_entry(&dir);
        let bytes = std::fs::read(&entry).unwrap();
        assert_trailer_valid(&bytes);
        Golden {
            name: entry.file_name().unwrap().to_string_lossy().into_owned(),
            bytes,
            first_run: Mutex::new(Some(tmp)),
        }
    })
}

/// Puts `bytes` in a fresh cache under the valid entry's name, runs PROGRAM,
/// and checks that the program worked and that the entry was rebuilt.
fn assert_rebuilt_from(bytes: &[u8]) {
    let name = &golden().name;
    let tmp = tempdir();
    let dir = tmp.path().join("cache");
    std::fs::create_dir(&dir).unwrap();
    let entry = dir.join(name);
    std::fs::write(&entry, bytes).unwrap();

    run_with_cache(&dir);

    assert_eq!(only_entry(&dir), entry);
    let now = std::fs::read(&entry).unwrap();
    assert_ne!(now, bytes, "the bad entry was left in place");
    assert_trailer_valid(&now);

    // And the rebuilt entry is used as is by the next run.
    let before = std::fs::metadata(&entry).unwrap();
    run_with_cache(&dir);
    let after = std::fs::metadata(&entry).unwrap();
    assert_eq!(
        (before.ino(), before.mtime(), before.mtime_nsec()),
        (after.ino(), after.mtime(), after.mtime_nsec())
    );
}

// ---- tests ------------------------------------------------------------------

#[test]
fn first_run_creates_one_entry_and_later_runs_reuse_it() {
    // golden() made the first run and checked that it left exactly one
    // valid entry.
    let g = golden();
    let tmp = g.first_run.lock().unwrap().take().unwrap();
    let dir = first_run_dir(tmp.path());
    let entry = only_entry(&dir);
    assert_eq!(entry, dir.join(&g.name));
    let before = std::fs::metadata(&entry).unwrap();

    for _ in 0..2 {
        run_with_cache(&dir);
        assert_eq!(only_entry(&dir), entry);
        let after = std::fs::metadata(&entry).unwrap();
        assert_eq!(before.ino(), after.ino(), "the entry was replaced");
        assert_eq!(
            (before.mtime(), before.mtime_nsec()),
            (after.mtime(), after.mtime_nsec()),
            "the entry was rewritten"
        );
        assert_eq!(std::fs::read(&entry).unwrap(), g.bytes);
    }
}

#[test]
fn corrupted_entry_is_rebuilt() {
    let good = &golden().bytes;
    let mut bad = good.clone();
    let mid = bad.len() / 2;
    for b in &mut bad[mid..mid + 64] {
        *b ^= 0xa5;
    }
    assert_rebuilt_from(&bad);
}

#[test]
fn truncated_entry_is_rebuilt() {
    let good = &golden().bytes;
    assert_rebuilt_from(&good[..good.len() / 2]);
}

#[test]
fn empty_entry_is_rebuilt() {
    assert_rebuilt_from(&[]);
}

#[test]
fn stale_entry_with_valid_trailer_around_garbage_is_rebuilt() {
    let mut garbage = Vec::with_capacity(64 * 1024);
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..64 * 1024 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        garbage.push(x as u8);
    }
    // Starting like an ELF file takes it further into wasmtime's checks.
    garbage[..8].copy_from_slice(b"\x7fELF\x02\x01\x01\x00");
    assert_rebuilt_from(&with_trailer(&garbage));
}

#[test]
fn stale_entry_compiled_for_another_engine_configuration_is_rebuilt() {
    // A real compiled component, but from an engine configured differently:
    // wasmtime's own compatibility check must reject it.
    let mut config = sandnode::engine::engine_config();
    config.cranelift_opt_level(wasmtime::OptLevel::None);
    let engine = wasmtime::Engine::new(&config).unwrap();
    // The smallest component: preamble, component-model version, layer.
    let empty = wasmtime::component::Component::new(&engine, b"\0asm\x0d\x00\x01\x00").unwrap();
    let body = empty.serialize().unwrap();
    assert_rebuilt_from(&with_trailer(&body));
}

#[test]
fn unwritable_cache_still_runs_the_program() {
    let tmp = tempdir();

    // A read-only directory. Root ignores the mode bits; then this part
    // proves nothing and the cases below cover an unusable location.
    let ro = tmp.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = ro.join("probe");
    let mode_bits_apply = std::fs::write(&probe, b"").is_err();
    let _ = std::fs::remove_file(&probe);
    if mode_bits_apply {
        run_with_cache(&ro);
        run_with_cache(&ro);
        assert!(entries(&ro).is_empty());
    } else {
        eprintln!("running as root: chmod 0o555 does not stop writes, skipping that case");
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();

    // A location under a regular file can never be created.
    let file = tmp.path().join("file");
    std::fs::write(&file, b"not a directory").unwrap();
    run_with_cache(&file.join("cache"));
    assert_eq!(std::fs::read(&file).unwrap(), b"not a directory");
}

/// Puts the valid entry into `dir` and returns a check that a run used it
/// as is (same inode, mtime and bytes), proving that `dir` is where the
/// cache was looked up, without paying for a compilation.
fn seed(dir: &Path) -> impl Fn() + use<> {
    let Golden { name, bytes, .. } = golden();
    std::fs::create_dir_all(dir).unwrap();
    let entry = dir.join(name);
    std::fs::write(&entry, bytes).unwrap();
    let before = std::fs::metadata(&entry).unwrap();
    let dir = dir.to_path_buf();
    move || {
        assert_eq!(
            only_entry(&dir),
            entry,
            "the seeded entry was not the one used"
        );
        let after = std::fs::metadata(&entry).unwrap();
        assert_eq!(
            (before.ino(), before.mtime(), before.mtime_nsec()),
            (after.ino(), after.mtime(), after.mtime_nsec()),
            "the seeded entry in {dir:?} was not reused"
        );
        assert_eq!(&std::fs::read(&entry).unwrap(), bytes);
    }
}

#[test]
fn sandnode_cache_dir_overrides_xdg_and_home() {
    let tmp = tempdir();
    let dir = tmp.path().join("explicit");
    let xdg = tmp.path().join("xdg");
    let home = tmp.path().join("home");
    let reused = seed(&dir);
    let r = finish(spawn(&mut command(&[
        ("SANDNODE_CACHE_DIR", Some(&dir)),
        ("XDG_CACHE_HOME", Some(&xdg)),
        ("HOME", Some(&home)),
    ])));
    assert_ok(&r);
    reused();
    assert!(!xdg.exists() && !home.exists());
}

#[test]
fn xdg_cache_home_is_used_without_sandnode_cache_dir() {
    let tmp = tempdir();
    let xdg = tmp.path().join("xdg");
    let home = tmp.path().join("home");
    let r = finish(spawn(&mut command(&[
        ("SANDNODE_CACHE_DIR", None),
        ("XDG_CACHE_HOME", Some(&xdg)),
        ("HOME", Some(&home)),
    ])));
    assert_ok(&r);
    only_entry(&xdg.join("sandnode"));
    assert_eq!(std::fs::read_dir(&xdg).unwrap().count(), 1);
    assert!(!home.exists());
}

#[test]
fn home_cache_is_used_without_either_variable() {
    let tmp = tempdir();
    let home = tmp.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let r = finish(spawn(&mut command(&[
        ("SANDNODE_CACHE_DIR", None),
        ("XDG_CACHE_HOME", None),
        ("HOME", Some(&home)),
    ])));
    assert_ok(&r);
    only_entry(&home.join(".cache").join("sandnode"));
}

#[test]
fn empty_variables_count_as_unset() {
    let tmp = tempdir();
    let home = tmp.path().join("home");
    let reused = seed(&home.join(".cache").join("sandnode"));
    let r = finish(spawn(&mut command(&[
        ("SANDNODE_CACHE_DIR", Some(Path::new(""))),
        ("XDG_CACHE_HOME", Some(Path::new(""))),
        ("HOME", Some(&home)),
    ])));
    assert_ok(&r);
    reused();
    assert_eq!(std::fs::read_dir(&home).unwrap().count(), 1);
}

#[test]
fn storing_an_entry_prunes_old_builds_but_keeps_recent_ones() {
    let tmp = tempdir();
    let dir = tmp.path().join("cache");
    std::fs::create_dir_all(&dir).unwrap();
    // Entries of five other (older) guest builds, oldest first.
    let now = std::time::SystemTime::now();
    for i in 0..5u64 {
        let path = dir.join(format!("guest-old{i}-preinit-wasmtime0-0.cwasm"));
        std::fs::write(&path, with_trailer(b"some other build")).unwrap();
        let age = Duration::from_secs(3600 * (10 - i));
        let f = std::fs::File::options().write(true).open(&path).unwrap();
        f.set_modified(now - age).unwrap();
    }
    std::fs::write(dir.join("unrelated.txt"), "keep me").unwrap();

    assert_ok(&run_with_cache(&dir));

    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let golden_name = &golden().name;
    assert!(names.contains(golden_name), "{names:?}");
    // The three newest other builds stay, the two oldest go.
    for kept in ["guest-old2", "guest-old3", "guest-old4"] {
        assert!(
            names.iter().any(|n| n.starts_with(kept)),
            "{kept} was pruned: {names:?}"
        );
    }
    for gone in ["guest-old0", "guest-old1"] {
        assert!(
            !names.iter().any(|n| n.starts_with(gone)),
            "{gone} was kept: {names:?}"
        );
    }
    assert!(names.contains(&"unrelated.txt".to_string()));
}
