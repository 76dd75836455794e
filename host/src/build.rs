//! `sandnode build APP -o OUT.wasm [--kind command|handler]`: a standalone,
//! pre-initialised component that imports only standard WASI 0.2.
//!
//! - A handler (`export default { fetch }`, or `addEventListener('fetch')`):
//!   the app's snapshot, exactly what `sandnode serve` instantiates per
//!   request, with the app module already evaluated. It exports
//!   `wasi:http/incoming-handler` and carries its launch inside, so a host
//!   that passes none (`wasmtime serve -S cli`) runs it as built.
//! - A command (any other script): the guest with the project's module
//!   files embedded in the snapshot as a read-only source table, nothing of
//!   the script evaluated (its top level runs at `run` time, with the
//!   runner's arguments and environment). It exports `wasi:cli/run`.
//!
//! The kind is detected from the entry's text unless `--kind` says it.

use crate::engine::{GUEST_WASM, engine_config};
use crate::launch::{Launch, project_root};
use crate::preinit;
use std::path::{Path, PathBuf};
use wasmtime::error::Context as _;
use wasmtime::{Engine, Result, bail};
use wasmtime_wasi::{FsPerms, WasiCtx};

/// The most module source a command embeds: the snapshot holds it all.
pub const MAX_SOURCE_BYTES: u64 = 32 * 1024 * 1024;

/// Files a module loader may read: these are embedded in a command.
const SOURCE_EXTENSIONS: &[&str] = &["js", "mjs", "cjs", "json"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Command,
    Handler,
}

/// Writes the component; returns the exit code.
pub async fn build(launch: &Launch, out: &Path) -> Result<i32> {
    let entry = Path::new(&launch.payload);
    let text = match std::fs::read(entry) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => bail!("cannot read {}: {e}", entry.display()),
    };
    let kind = match launch.user_args.first().map(String::as_str) {
        Some("--kind=command") => Kind::Command,
        Some("--kind=handler") => Kind::Handler,
        _ if looks_like_handler(&text) => Kind::Handler,
        _ => Kind::Command,
    };
    let engine = Engine::new(&engine_config()).context("creating the wasmtime engine")?;
    let (snapshot, what) = match kind {
        Kind::Handler => {
            let mut launch = launch.clone();
            launch.user_args.clear();
            let snapshot = preinit::preinitialize_app(&engine, GUEST_WASM, &launch)
                .await
                .context(
                    "the app could not be pre-initialised as a handler (its top level must \
                     not wait for timers or I/O, and it needs a fetch handler; a script is \
                     built with --kind command)",
                )?;
            (
                snapshot,
                "a wasi:http/proxy component; it also runs under `wasmtime serve -S cli`",
            )
        }
        Kind::Command => {
            let ctx = command_context(launch, entry)?;
            let snapshot = preinit::preinitialize_with(&engine, GUEST_WASM, ctx)
                .await
                .context("the script's module files could not be embedded")?;
            (
                snapshot,
                "a wasi:cli/command component; run it with `wasmtime run -S http`",
            )
        }
    };
    // Written beside the target, then renamed: no half-written output.
    let tmp = out.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, &snapshot).with_context(|| format!("cannot write {}", tmp.display()))?;
    if let Err(e) = std::fs::rename(&tmp, out) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("cannot write {}", out.display()));
    }
    eprintln!(
        "sandnode build: wrote {} ({} bytes), {what}",
        out.display(),
        snapshot.len()
    );
    Ok(0)
}

/// What the guest's `wizer-initialize` sees for a command: the launch in
/// mode `command` with the list of files to embed (js/internal/main.js
/// reads them into the snapshot), and the project directory to read them
/// from. Nothing else: the script itself does not run now.
fn command_context(launch: &Launch, entry: &Path) -> Result<WasiCtx> {
    let root = project_root(entry.parent().unwrap_or(Path::new("/")));
    let mut files = Vec::new();
    let mut total = 0;
    collect_sources(&root, &mut Vec::new(), &mut files, &mut total)?;
    if !files.iter().any(|f| f == entry) {
        total += std::fs::metadata(entry).map(|m| m.len()).unwrap_or(0);
        files.push(entry.to_path_buf());
    }
    check_total(&root, total)?;
    let sources: Vec<String> = files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    let guest = launch.guest_args();
    let mut record: serde_json::Value =
        serde_json::from_str(&guest[1]).context("the launch record")?;
    record["mode"] = "command".into();
    record["sources"] = sources.into();
    // What belongs to this build, not to the process that will run it.
    for key in ["pid", "ppid", "stdoutSize", "stderrSize"] {
        record[key] = serde_json::Value::Null;
    }
    // The runner decides what the component may reach; the guest's
    // messages must not name sandnode's flags as the way to get it.
    record["grants"] = serde_json::json!({
        "read": [], "write": [], "env": true, "net": true, "lookup": true,
    });
    let args = [guest[0].clone(), record.to_string()];
    let mut builder = WasiCtx::builder();
    builder.args(&args).inherit_stderr();
    for dir in &launch.preopens {
        builder.preopened_dir(&dir.host, &dir.guest, FsPerms::ReadOnly)?;
    }
    Ok(builder.build())
}

/// The module files under `dir` (symbolic links followed, `.git` and
/// cycles skipped), stopping once they pass the size limit.
fn collect_sources(
    dir: &Path,
    ancestors: &mut Vec<PathBuf>,
    files: &mut Vec<PathBuf>,
    total: &mut u64,
) -> Result<()> {
    let real = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    if ancestors.contains(&real) {
        return Ok(());
    }
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(e) => bail!("cannot read the directory {}: {e}", dir.display()),
    };
    entries.sort();
    ancestors.push(real);
    for path in entries {
        let Ok(meta) = std::fs::metadata(&path) else {
            continue; // a dangling link
        };
        if meta.is_dir() {
            if path.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            collect_sources(&path, ancestors, files, total)?;
        } else if meta.is_file()
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| SOURCE_EXTENSIONS.contains(&e))
        {
            *total += meta.len();
            files.push(path);
        }
        check_total(ancestors.first().map_or(dir, |p| p.as_path()), *total)?;
    }
    ancestors.pop();
    Ok(())
}

fn check_total(root: &Path, total: u64) -> Result<()> {
    if total > MAX_SOURCE_BYTES {
        bail!(
            "the project under {} has more than {} MiB of module files (.js, .mjs, .cjs, \
             .json), the most a built command embeds; build from a smaller project \
             directory (the nearest package.json above the script marks it)",
            root.display(),
            MAX_SOURCE_BYTES / (1024 * 1024)
        );
    }
    Ok(())
}

/// Whether the entry looks like a fetch handler: it calls
/// `addEventListener('fetch', ...)`, or it has a default export (an entry
/// script has no use for one; an app's is `{ fetch }`, or an object with a
/// fetch method such as a router's `export default app`). `--kind`
/// overrides this guess.
pub fn looks_like_handler(src: &str) -> bool {
    for quote in ['\'', '"', '`'] {
        if src.contains(&format!("addEventListener({quote}fetch{quote}")) {
            return true;
        }
    }
    src.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("export default")
            || line.starts_with("export {") && line.contains(" as default")
    })
}

#[cfg(test)]
mod tests {
    use super::looks_like_handler;

    #[test]
    fn handlers_are_told_from_scripts() {
        assert!(looks_like_handler(
            "export default { async fetch(request, env) { return new Response('x'); } };"
        ));
        assert!(looks_like_handler(
            "const app = new Router();\nexport default app;"
        ));
        assert!(looks_like_handler(
            "const app = {};\nexport { app as default };"
        ));
        assert!(looks_like_handler(
            "addEventListener('fetch', (e) => e.respondWith(new Response('')));"
        ));
        assert!(!looks_like_handler("console.log(await fetch('http://x'));"));
        assert!(!looks_like_handler(
            "export const x = 1;\n// export default later"
        ));
        assert!(!looks_like_handler("console.log('hello');"));
    }
}
