//! `sandnode cat.js < bigfile > copy` copies 1 GiB byte-exact in bounded
//! memory: process.stdin streams from the host in chunks and
//! process.stdout writes them through, so nothing accumulates.
//!
//! Peak memory is checked (the guest's heap must not grow with the input);
//! time is not.

use std::fs::File;
use std::io::{BufWriter, Read, Write as _};
use std::os::unix::process::ExitStatusExt as _;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_sandnode");
const SIZE: u64 = 1 << 30;
/// Far below the input's size; the copy runs in about 20 MiB, and the bound
/// leaves room for a cold start (compiling the guest takes ~150 MiB).
const MAX_RSS_KIB: i64 = 400 * 1024;

/// Deterministic incompressible bytes (xorshift64*), written in 1 MiB blocks.
fn write_input(path: &std::path::Path) {
    let mut out = BufWriter::new(File::create(path).unwrap());
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut block = vec![0u8; 1 << 20];
    for _ in 0..SIZE / block.len() as u64 {
        for word in block.chunks_exact_mut(8) {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            word.copy_from_slice(&state.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
        }
        out.write_all(&block).unwrap();
    }
    out.flush().unwrap();
}

fn same_contents(a: &std::path::Path, b: &std::path::Path) -> bool {
    let (mut fa, mut fb) = (File::open(a).unwrap(), File::open(b).unwrap());
    if fa.metadata().unwrap().len() != fb.metadata().unwrap().len() {
        return false;
    }
    let (mut ba, mut bb) = (vec![0u8; 1 << 20], vec![0u8; 1 << 20]);
    loop {
        let n = fa.read(&mut ba).unwrap();
        if n == 0 {
            return true;
        }
        fb.read_exact(&mut bb[..n]).unwrap();
        if ba[..n] != bb[..n] {
            return false;
        }
    }
}

/// Waits for the child and returns its exit status and peak RSS in KiB.
fn wait_with_rusage(child: std::process::Child) -> (std::process::ExitStatus, i64) {
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: plain wait4 on our own child, with valid out-pointers.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(rc, pid, "wait4 failed");
    std::mem::forget(child);
    (std::process::ExitStatus::from_raw(status), usage.ru_maxrss)
}

#[test]
fn cat_copies_a_gibibyte_exactly_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("cat.js");
    std::fs::write(&script, "process.stdin.pipe(process.stdout);\n").unwrap();
    let input = dir.path().join("big.bin");
    let copy = dir.path().join("copy.bin");
    write_input(&input);

    let child = Command::new(BIN)
        .arg(&script)
        .env("SANDNODE_CACHE_DIR", dir.path().join("cache"))
        .stdin(File::open(&input).unwrap())
        .stdout(File::create(&copy).unwrap())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let (status, peak_kib) = wait_with_rusage(child);
    assert!(status.success(), "sandnode cat.js failed: {status:?}");
    assert!(
        same_contents(&input, &copy),
        "the copy differs from the input"
    );
    assert!(
        peak_kib < MAX_RSS_KIB,
        "peak RSS {peak_kib} KiB for a 1 GiB copy: memory grows with the input"
    );
}
