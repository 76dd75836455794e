//! Cranelift's incremental compilation cache, kept in memory for the
//! process. Every app snapshot is the same guest code with different data
//! (wizer only rewrites memory and globals), so once one snapshot has been
//! compiled, the next one's functions are found here instead of compiled
//! again. That is what makes adding a tenant to `sandnode host` take
//! about a second instead of a full compile.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::RwLock;
use wasmtime::CacheStore;

/// Entries kept before the cache stops growing (each is one compiled
/// function, a few KiB; the guest has about this many).
const MAX_ENTRIES: usize = 64 * 1024;

#[derive(Debug, Default)]
pub struct MemoryCacheStore {
    entries: RwLock<HashMap<Vec<u8>, Vec<u8>>>,
}

impl CacheStore for MemoryCacheStore {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        let entries = self.entries.read().ok()?;
        entries.get(key).map(|v| Cow::Owned(v.clone()))
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        let Ok(mut entries) = self.entries.write() else {
            return false;
        };
        if entries.len() >= MAX_ENTRIES {
            return false;
        }
        entries.insert(key.to_vec(), value);
        true
    }
}
