//! The embedded guest is a standard WASI 0.2 component: it imports only
//! standard `wasi:` interfaces and exports `wasi:cli/run` (scripts) and
//! `wasi:http/incoming-handler` (`sandnode serve`), as wit/sandnode.wit says.
//! Anything else would tie it to this host.

use wasmtime::component::Component;

const STANDARD_PACKAGES: &[&str] = &[
    "wasi:cli/",
    "wasi:clocks/",
    "wasi:filesystem/",
    "wasi:io/",
    "wasi:random/",
    "wasi:sockets/",
    "wasi:http/",
];

#[test]
fn guest_imports_only_standard_wasi_and_exports_run_and_the_http_handler() {
    let engine = wasmtime::Engine::new(&sandnode::engine::engine_config()).unwrap();
    let component = Component::new(&engine, sandnode::engine::GUEST_WASM).unwrap();
    let ty = component.component_type();

    let imports: Vec<String> = ty
        .imports(&engine)
        .map(|(name, _)| name.to_string())
        .collect();
    assert!(!imports.is_empty());
    for name in &imports {
        assert!(
            STANDARD_PACKAGES.iter().any(|p| name.starts_with(p)) && name.contains("@0.2."),
            "non-standard import: {name}"
        );
    }

    let exports: Vec<String> = ty.exports(&engine).map(|(n, _)| n.to_string()).collect();
    assert!(
        exports.iter().any(|n| n.starts_with("wasi:cli/run@0.2.")),
        "no wasi:cli/run export in {exports:?}"
    );
    assert!(
        exports
            .iter()
            .any(|n| n.starts_with("wasi:http/incoming-handler@0.2.")),
        "no wasi:http/incoming-handler export in {exports:?}"
    );
}
