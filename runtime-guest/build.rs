//! Embeds every file under `js/` into the guest as a table of
//! (module id, source). `js/events.js` becomes `events`,
//! `js/internal/main.js` becomes `internal/main`.
use std::fmt::Write as _;
use std::path::Path;

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read js dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(base).unwrap().with_extension("");
            let id = rel.to_string_lossy().replace('\\', "/");
            out.push((id, path.to_string_lossy().into_owned()));
        }
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let js = Path::new(&manifest).join("js");
    println!("cargo:rerun-if-changed={}", js.display());
    let mut files = Vec::new();
    collect(&js, &js, &mut files);
    let mut code = String::from("pub static BUILTIN_SOURCES: &[(&str, &str)] = &[\n");
    for (id, path) in &files {
        writeln!(code, "    ({id:?}, include_str!({path:?})),").unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtins.rs");
    std::fs::write(out, code).unwrap();
}
