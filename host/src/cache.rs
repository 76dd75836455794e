//! The compiled-code cache: the guest compiled by Cranelift once, stored on
//! disk, and deserialized (never recompiled) on later starts.
//!
//! Location: `$SANDNODE_CACHE_DIR`, else `$XDG_CACHE_HOME/sandnode`, else
//! `~/.cache/sandnode`. The file name holds the key: the guest's hash, the
//! wasmtime version and the engine's compile-relevant configuration hash.
//! Each file ends with a trailer (magic, body length, xxh3-64 of the body) so
//! that a truncated or corrupt entry is detected and rebuilt. If the cache
//! cannot be read or written, the guest is compiled in memory.

use cap_std::fs::Dir;
use std::hash::{Hash, Hasher};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use wasmtime::Engine;
use wasmtime::Result;
use wasmtime::component::Component;
use wasmtime::error::Context as _;

const MAGIC: &[u8; 8] = b"SNDCACH1";
const TRAILER_LEN: usize = 8 + 8 + 8;

/// Where the cache lives, if anywhere.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SANDNODE_CACHE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("sandnode"));
    }
    std::env::var_os("HOME")
        .filter(|d| !d.is_empty())
        .map(|home| PathBuf::from(home).join(".cache").join("sandnode"))
}

/// The name of the file that holds `wasm` pre-initialised and compiled
/// for `engine`.
pub fn entry_name(engine: &Engine, wasm_hash: &str) -> String {
    format!("guest-{wasm_hash}-preinit-{}.cwasm", engine_key(engine))
}

/// The wasmtime version and the engine's compile-relevant configuration.
fn engine_key(engine: &Engine) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    format!(
        "wasmtime{}-{:016x}",
        crate::engine::WASMTIME_VERSION,
        h.finish()
    )
}

/// An app's compiled snapshot by its source key (see serve.rs), mapped
/// from the cache, or None when there is none (or no cache).
pub fn read_app(engine: &Engine, key: &str) -> Option<Component> {
    let dir = cache_dir()?;
    let root = open_dir(&dir, false).ok()?;
    let name = app_entry_name(engine, key);
    let component = read_entry(engine, &root, &dir, &name)?;
    // Used now: pruning goes by age (see prune).
    touch(&dir.join(&name));
    Some(component)
}

/// Compiles an app's snapshot and stores it under its source key. The
/// component returned is the stored file mapped back (code pages are then
/// file-backed, shared with the page cache and only resident once run,
/// which matters when a host holds many tenants), or the compiled one when
/// the cache cannot be written.
pub fn compile_app(
    engine: &Engine,
    key: Option<&str>,
    snapshot: &[u8],
) -> Result<(Component, Source)> {
    let component = Component::new(engine, snapshot).context("compiling the app snapshot")?;
    let (Some(dir), Some(key)) = (cache_dir(), key) else {
        return Ok((component, Source::CompiledInMemory));
    };
    let name = app_entry_name(engine, key);
    if store_entry(&dir, &name, &component).is_ok()
        && let Ok(root) = open_dir(&dir, false)
        && let Some(mapped) = read_entry(engine, &root, &dir, &name)
    {
        return Ok((mapped, Source::CompiledAndStored));
    }
    Ok((component, Source::CompiledInMemory))
}

fn app_entry_name(engine: &Engine, key: &str) -> String {
    format!("{APP_PREFIX}{key}-{}.cwasm", engine_key(engine))
}

fn touch(path: &Path) {
    if let Ok(f) = std::fs::File::options().append(true).open(path) {
        let _ = f.set_modified(std::time::SystemTime::now());
    }
}

const GUEST_PREFIX: &str = "guest-";
const APP_PREFIX: &str = "app-";

/// The cache directory as a capability: every file operation of the cache
/// happens inside it (cap-std), whatever the entry names.
fn open_dir(dir: &Path, create: bool) -> std::io::Result<Dir> {
    if create {
        std::fs::create_dir_all(dir)?;
    }
    Dir::open_ambient_dir(dir, cap_std::ambient_authority())
}

/// How a component was obtained, for diagnostics and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Deserialized from a valid cache entry.
    Cache,
    /// Compiled now and stored in the cache.
    CompiledAndStored,
    /// Compiled now; the cache could not be used.
    CompiledInMemory,
}

/// The guest, pre-initialised and compiled: from the cache when a valid
/// entry exists, else made now (and stored when the cache is writable).
pub async fn load(engine: &Engine, wasm: &[u8], wasm_hash: &str) -> Result<(Component, Source)> {
    let Some(dir) = cache_dir() else {
        return Ok((prepare(engine, wasm).await?, Source::CompiledInMemory));
    };
    let name = entry_name(engine, wasm_hash);
    if let Ok(root) = open_dir(&dir, false)
        && let Some(component) = read_entry(engine, &root, &dir, &name)
    {
        return Ok((component, Source::Cache));
    }
    let component = prepare(engine, wasm).await?;
    let source = match store_entry(&dir, &name, &component) {
        Ok(()) => Source::CompiledAndStored,
        Err(_) => Source::CompiledInMemory,
    };
    Ok((component, source))
}

/// Pre-initialises the guest and compiles the snapshot. If pre-initialising
/// fails, the plain guest still works (it initialises itself at start).
async fn prepare(engine: &Engine, wasm: &[u8]) -> Result<Component> {
    match crate::preinit::preinitialize(engine, wasm).await {
        Ok(snapshot) => Component::new(engine, &snapshot).context("compiling the sandnode guest"),
        Err(err) => {
            if std::env::var_os("SANDNODE_TIMING").is_some() {
                eprintln!(
                    "sandnode: pre-initialisation failed, running without a snapshot: {err:#}"
                );
            }
            Component::new(engine, wasm).context("compiling the sandnode guest")
        }
    }
}

/// A valid entry, or None if it is missing, truncated, corrupt or stale
/// (a stale or bad entry is removed so that it is rebuilt).
///
/// The file is memory-mapped, not read: checking the checksum then costs one
/// pass over the page cache, and wasmtime maps the same pages for the code
/// instead of copying 4 MiB into fresh memory.
fn read_entry(engine: &Engine, root: &Dir, dir: &Path, name: &str) -> Option<Component> {
    let file = root.open(name).ok()?.into_std();
    // SAFETY: the mapping is read-only and dropped before returning; a
    // concurrent writer replaces entries by rename, never in place.
    let valid = match unsafe { memmap2::Mmap::map(&file) } {
        Ok(map) => verify_trailer(&map).is_some(),
        Err(_) => false,
    };
    if !valid {
        let _ = root.remove_file(name);
        return None;
    }
    // SAFETY: the bytes were produced by `Component::serialize` of this same
    // wasmtime version and engine configuration (both are in the file name),
    // and the checksum shows they are unchanged since. wasmtime additionally
    // checks the header, version and configuration it records, and ignores
    // the trailer after its own image.
    match unsafe { Component::deserialize_file(engine, dir.join(name)) } {
        Ok(component) => Some(component),
        Err(_) => {
            let _ = root.remove_file(name);
            None
        }
    }
}

fn verify_trailer(bytes: &[u8]) -> Option<&[u8]> {
    if bytes.len() < TRAILER_LEN {
        return None;
    }
    let (body, trailer) = bytes.split_at(bytes.len() - TRAILER_LEN);
    let (magic, rest) = trailer.split_at(8);
    let (len, sum) = rest.split_at(8);
    if magic != MAGIC {
        return None;
    }
    if u64::from_le_bytes(len.try_into().ok()?) != body.len() as u64 {
        return None;
    }
    if u64::from_le_bytes(sum.try_into().ok()?) != xxhash_rust::xxh3::xxh3_64(body) {
        return None;
    }
    Some(body)
}

fn store_entry(dir: &Path, name: &str, component: &Component) -> Result<()> {
    store_bytes(dir, name, &component.serialize()?)
}

fn store_bytes(dir: &Path, name: &str, body: &[u8]) -> Result<()> {
    let root = open_dir(dir, true)?;
    // Write to a unique temporary file, then rename: readers never see a
    // partial entry, and concurrent writers do not interfere.
    let tmp = format!(".tmp-{}-{name}", std::process::id());
    let result = (|| -> Result<()> {
        let mut f = root.create(&tmp)?;
        f.write_all(body)?;
        f.write_all(MAGIC)?;
        f.write_all(&(body.len() as u64).to_le_bytes())?;
        f.write_all(&xxhash_rust::xxh3::xxh3_64(body).to_le_bytes())?;
        f.sync_all()?;
        root.rename(&tmp, &root, name)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = root.remove_file(&tmp);
    } else {
        prune(&root, name);
    }
    result
}

/// Entries kept besides a newly stored one: other sandnode builds sharing
/// the directory keep theirs, but old builds do not pile up forever.
const KEEP_OTHER_ENTRIES: usize = 3;
/// App entries (one per app and grants: a multi-tenant host has many) are
/// kept while they have been used this recently, beyond the newest few.
const KEEP_USED_APPS_FOR: std::time::Duration = std::time::Duration::from_secs(7 * 86400);

/// Removes other entries of the same kind (guest or app) as `keep`: all but
/// the newest `KEEP_OTHER_ENTRIES`, except app entries used within
/// `KEEP_USED_APPS_FOR`.
fn prune(root: &Dir, keep: &str) {
    let kind = [APP_PREFIX, GUEST_PREFIX]
        .into_iter()
        .find(|p| keep.starts_with(p))
        .unwrap_or(GUEST_PREFIX);
    let Ok(entries) = root.entries() else {
        return;
    };
    let mut others: Vec<(std::time::SystemTime, String)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            if name == keep
                || !name.starts_with(kind)
                || !(name.ends_with(".cwasm") || name.ends_with(".wasm"))
            {
                return None;
            }
            let modified = e.metadata().ok()?.modified().ok()?.into_std();
            Some((modified, name))
        })
        .collect();
    others.sort_by_key(|e| std::cmp::Reverse(e.0));
    let now = std::time::SystemTime::now();
    for (modified, name) in others.into_iter().skip(KEEP_OTHER_ENTRIES) {
        let recent = now
            .duration_since(modified)
            .is_ok_and(|age| age < KEEP_USED_APPS_FOR);
        if kind == APP_PREFIX && recent {
            continue;
        }
        let _ = root.remove_file(&name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailer_round_trip_and_corruption() {
        let body = b"hello compiled code".to_vec();
        let mut file = body.clone();
        file.extend_from_slice(MAGIC);
        file.extend_from_slice(&(body.len() as u64).to_le_bytes());
        file.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(&body).to_le_bytes());
        assert_eq!(verify_trailer(&file), Some(&body[..]));

        let mut corrupt = file.clone();
        corrupt[3] ^= 0xff;
        assert_eq!(verify_trailer(&corrupt), None);

        assert_eq!(verify_trailer(&file[..file.len() - 1]), None);
        assert_eq!(verify_trailer(&file[5..]), None);
        assert_eq!(verify_trailer(b"short"), None);
    }
}
