//! The embedded guest is a standard WASI 0.2 component: it imports only
//! standard `wasi:` interfaces and exports `wasi:cli/run` (scripts) and
//! `wasi:http/incoming-handler` (`sandnode serve`), as wit/sandnode.wit says.
//! Anything else would tie it to this host.

mod standard_wasi;

use wasmtime::component::Component;

#[test]
fn guest_imports_only_standard_wasi_and_exports_run_and_the_http_handler() {
    let engine = wasmtime::Engine::new(&sandnode::engine::engine_config()).unwrap();
    let component = Component::new(&engine, sandnode::engine::GUEST_WASM).unwrap();
    standard_wasi::assert_standard_wasi(
        &engine,
        &component,
        &["wasi:cli/run", "wasi:http/incoming-handler"],
    );
}
