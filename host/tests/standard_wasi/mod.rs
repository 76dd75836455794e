//! The check that a component is standard WASI 0.2, shared by the guest's
//! world test and the `sandnode build` test.

use wasmtime::Engine;
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

/// Asserts that `component` imports only standard `wasi:*@0.2.x`
/// interfaces and exports each of `exports` (by name prefix).
pub fn assert_standard_wasi(engine: &Engine, component: &Component, exports: &[&str]) {
    let ty = component.component_type();
    let imports: Vec<String> = ty.imports(engine).map(|(n, _)| n.to_string()).collect();
    assert!(!imports.is_empty());
    for name in &imports {
        assert!(
            STANDARD_PACKAGES.iter().any(|p| name.starts_with(p)) && name.contains("@0.2."),
            "non-standard import: {name}"
        );
    }
    let found: Vec<String> = ty.exports(engine).map(|(n, _)| n.to_string()).collect();
    for wanted in exports {
        assert!(
            found
                .iter()
                .any(|n| n.starts_with(&format!("{wanted}@0.2."))),
            "no {wanted} export in {found:?}"
        );
    }
}
