//! Pre-initialisation: run the guest's `wizer-initialize` export once (it
//! creates QuickJS and loads the built-ins) and snapshot the result with
//! wasmtime-wizer. Every program then starts from that snapshot instead of
//! building the JS engine again. The snapshot is what the compiled-code
//! cache stores.
//!
//! The guest re-seeds Math.random and reads the launch configuration and
//! clocks only after the snapshot, in `run`.

use crate::run::GuestState;
use wasmtime::component::Linker;
use wasmtime::{Engine, Result, Store};
use wasmtime_wasi::WasiCtx;
use wasmtime_wizer::Wizer;

/// The guest component with its `wizer-initialize` already run.
pub async fn preinitialize(engine: &Engine, wasm: &[u8]) -> Result<Vec<u8>> {
    let mut linker: Linker<GuestState> = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    // The guest imports wasi:http for fetch (never called during init).
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
    // No arguments, environment, files or stdio: initialisation must not
    // depend on (or capture) anything about a particular launch.
    let state = GuestState::new(WasiCtx::builder().build(), usize::MAX);
    let mut store = Store::new(engine, state);
    store.limiter(|s| s.limits());
    store.set_epoch_deadline(u64::MAX);
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
