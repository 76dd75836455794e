//! Builds the guest (`runtime-guest`) for wasm32-wasip2 and hands its path
//! and content hash to the host, which embeds it with `include_bytes!`.
//!
//! The guest is always built in release mode, in its own target directory
//! (`target/guest`) so that this nested cargo never waits on the outer one's
//! lock. The toolchain settings for QuickJS come from `.cargo/config.toml`.

use std::path::{Path, PathBuf};
use std::process::Command;

const GUEST_TARGET: &str = "wasm32-wasip2";

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let workspace = manifest_dir.parent().unwrap().to_path_buf();
    let guest_dir = workspace.join("runtime-guest");
    for rel in ["src", "js", "build.rs", "Cargo.toml"] {
        println!("cargo:rerun-if-changed={}", guest_dir.join(rel).display());
    }
    println!(
        "cargo:rerun-if-changed={}",
        workspace.join("Cargo.lock").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        workspace.join(".cargo/config.toml").display()
    );
    println!("cargo:rerun-if-env-changed=SANDNODE_GUEST_WASM");

    // An already built guest can be supplied (e.g. by a packager).
    let wasm = match std::env::var_os("SANDNODE_GUEST_WASM") {
        Some(p) => PathBuf::from(p),
        None => build_guest(&workspace),
    };
    let bytes = std::fs::read(&wasm).unwrap_or_else(|e| panic!("reading {}: {e}", wasm.display()));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let embedded = out.join("sandnode-guest.wasm");
    std::fs::write(&embedded, &bytes).unwrap();
    let hash = xxhash_rust::xxh3::xxh3_128(&bytes);
    let wasmtime_version = locked_version(&workspace, "wasmtime");
    std::fs::write(
        out.join("guest_info.rs"),
        format!(
            "/// xxh3-128 of the embedded guest, part of the compiled-code cache key.\n\
             pub const GUEST_HASH: &str = \"{hash:032x}\";\n\
             /// The wasmtime release compiled into this binary (from Cargo.lock).\n\
             pub const WASMTIME_VERSION: &str = \"{wasmtime_version}\";\n"
        ),
    )
    .unwrap();
}

fn build_guest(workspace: &Path) -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = workspace.join("target").join("guest");
    let mut cmd = Command::new(cargo);
    cmd.current_dir(workspace)
        .args([
            "build",
            "--release",
            "--locked",
            "-p",
            "runtime-guest",
            "--target",
            GUEST_TARGET,
        ])
        .arg("--target-dir")
        .arg(&target_dir);
    // Settings of the outer build that must not leak into the guest's.
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_TARGET",
        "CARGO_TARGET_DIR",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTC_WRAPPER",
        "CARGO_BUILD_RUSTC_WRAPPER",
        "CARGO_PROFILE_RELEASE_DEBUG",
    ] {
        cmd.env_remove(var);
    }
    let status = cmd
        .status()
        .unwrap_or_else(|e| panic!("could not run cargo for the guest: {e}"));
    if !status.success() {
        panic!(
            "building the guest failed ({status}). Is the toolchain installed? Run scripts/setup.sh \
             (it installs clang-19, llvm-19, wasi-libc and the wasm32-wasip2 rustup target)."
        );
    }
    target_dir
        .join(GUEST_TARGET)
        .join("release")
        .join("sandnode-guest.wasm")
}

/// The version of `package` recorded in Cargo.lock.
fn locked_version(workspace: &Path, package: &str) -> String {
    let lock = std::fs::read_to_string(workspace.join("Cargo.lock")).expect("reading Cargo.lock");
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&needle).expect("package in Cargo.lock") + needle.len();
    let end = start + lock[start..].find('"').unwrap();
    lock[start..end].to_string()
}
