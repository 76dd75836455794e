//! Pre-initialisation: run the guest's `wizer-initialize` export once (it
//! creates QuickJS and loads the built-ins) and snapshot the result with
//! wasmtime-wizer. Every program then starts from that snapshot instead of
//! building the JS engine again. The snapshot is what the compiled-code
//! cache stores.
//!
//! The guest re-seeds Math.random and reads the launch configuration and
//! clocks only after the snapshot, in `run`.

use crate::launch::Launch;
use crate::run::GuestState;
use wasmtime::{Engine, Result, Store};
use wasmtime_wasi::WasiCtx;
use wasmtime_wizer::Wizer;

/// The guest component with its `wizer-initialize` already run.
pub async fn preinitialize(engine: &Engine, wasm: &[u8]) -> Result<Vec<u8>> {
    // No arguments, environment, files or stdio: initialisation must not
    // depend on (or capture) anything about a particular launch.
    snapshot(engine, wasm, WasiCtx::builder().build()).await
}

/// The guest with `sandnode serve`'s app imported too: the init export
/// sees the launch (mode `serve`) in its arguments, and imports the app
/// with the launch's files and environment (runtime-guest/src/main.rs).
pub async fn preinitialize_app(engine: &Engine, wasm: &[u8], launch: &Launch) -> Result<Vec<u8>> {
    snapshot(engine, wasm, crate::run::wasi_builder(launch)?.build()).await
}

/// The guest pre-initialised with a launch the caller made (`sandnode
/// build` of a script: mode `command`, see build.rs).
pub async fn preinitialize_with(engine: &Engine, wasm: &[u8], ctx: WasiCtx) -> Result<Vec<u8>> {
    snapshot(engine, wasm, ctx).await
}

async fn snapshot(engine: &Engine, wasm: &[u8], ctx: WasiCtx) -> Result<Vec<u8>> {
    let linker = crate::engine::linker(engine)?;
    let state = GuestState::new(ctx, usize::MAX);
    let mut store = Store::new(engine, state);
    store.limiter(|s| s.limits());
    // Never interrupted, however far the engine's epoch has advanced
    // (`sandnode host` makes snapshots while its ticker runs; the deadline
    // is the current epoch plus this, which must not overflow).
    store.set_epoch_deadline(u64::MAX / 2);
    // The init export is kept: wizer 48 removes the core export but not the
    // component's use of it, which would leave an invalid component.
    let (snapshot, _) = Wizer::new()
        .keep_init_func(true)
        .run_component(&mut store, wasm, async |store, component| {
            linker.instantiate_async(store, component).await
        })
        .await?;
    Ok(snapshot)
}
