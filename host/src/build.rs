//! `sandnode build APP -o OUT.wasm`: the app's snapshot (the guest with the
//! app imported, exactly what `sandnode serve` instantiates per request)
//! written as a standalone component. It imports only standard WASI 0.2 and
//! exports `wasi:http/incoming-handler`, and it carries its launch inside,
//! so a host that passes none (`wasmtime serve -S cli`) runs it as built.

use crate::engine::{GUEST_WASM, engine_config};
use crate::launch::Launch;
use crate::preinit;
use std::path::Path;
use wasmtime::error::Context as _;
use wasmtime::{Engine, Result};

/// Writes the component; returns the exit code.
pub async fn build(launch: &Launch, out: &Path) -> Result<i32> {
    let engine = Engine::new(&engine_config()).context("creating the wasmtime engine")?;
    let snapshot = preinit::preinitialize_app(&engine, GUEST_WASM, launch)
        .await
        .context(
            "the app could not be pre-initialised (its top level must not wait for timers or I/O)",
        )?;
    // Written beside the target, then renamed: no half-written output.
    let tmp = out.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, &snapshot).with_context(|| format!("cannot write {}", tmp.display()))?;
    if let Err(e) = std::fs::rename(&tmp, out) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("cannot write {}", out.display()));
    }
    eprintln!(
        "sandnode build: wrote {} ({} bytes), a wasi:http/proxy component; \
         it also runs under `wasmtime serve -S cli`",
        out.display(),
        snapshot.len()
    );
    Ok(0)
}
