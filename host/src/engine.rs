//! The wasmtime engine and the pre-linked guest, created once per process.

use crate::cache;
use crate::run::GuestState;
use wasmtime::Result;
use wasmtime::component::{InstancePre, Linker};
use wasmtime::error::Context as _;
use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig};

/// The guest component, embedded at build time by build.rs.
pub static GUEST_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sandnode-guest.wasm"));
include!(concat!(env!("OUT_DIR"), "/guest_info.rs"));

const MAX_WASM_STACK: usize = 16 * 1024 * 1024;

pub struct Runtime {
    pub engine: Engine,
    pub instance_pre: InstancePre<GuestState>,
    pub source: cache::Source,
    /// Whether the guest's code checks the engine's epoch, which is what
    /// lets the host stop a guest busy in a loop (time limits).
    pub interruptible: bool,
}

pub fn engine_config() -> Config {
    interruptible_config(true)
}

/// With `interruptible`, compiled code checks the engine's epoch at every
/// function entry and loop iteration, so the host can stop a guest busy in
/// a loop at a time limit. The checks cost about 13% of interpreted JS's
/// speed (QuickJS's dispatch loop checks once per bytecode), so a program
/// run without a limit is compiled without them. Signals need no check:
/// their thread ends the process (signals.rs).
fn interruptible_config(interruptible: bool) -> Config {
    let mut config = Config::new();
    config.wasm_component_model(true);
    config.epoch_interruption(interruptible);
    config.cranelift_opt_level(wasmtime::OptLevel::Speed);
    // QuickJS recurses on the native stack for every JS call. Give wasm code
    // enough host stack that QuickJS's own limit (a catchable RangeError,
    // see runtime-guest/src/main.rs) is reached first.
    config.max_wasm_stack(MAX_WASM_STACK);
    config.async_stack_size(MAX_WASM_STACK + 2 * 1024 * 1024);
    // `SANDNODE_PROFILE=perfmap` writes /tmp/perf-<pid>.map so that `perf`
    // can name the guest's compiled functions. Off by default: the map costs
    // a file write per loaded module.
    if std::env::var_os("SANDNODE_PROFILE").is_some_and(|v| v == "perfmap") {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    config
}

/// Core instances, memories and tables one instance of the guest component
/// may use: its main module and the shim and fix-up modules wit-component
/// adds (3 core instances and 1 memory today), with room to spare.
const CORE_INSTANCES_PER_GUEST: u32 = 8;
const MEMORIES_PER_GUEST: u32 = 2;
const TABLES_PER_GUEST: u32 = 8;

/// A pool for `slots` guest instances at once. Its totals count core
/// instances, memories and tables, of which one guest uses several.
fn pool_for(slots: u32) -> PoolingAllocationConfig {
    let mut pool = PoolingAllocationConfig::default();
    pool.total_component_instances(slots)
        .total_core_instances(slots.saturating_mul(CORE_INSTANCES_PER_GUEST))
        .total_memories(slots.saturating_mul(MEMORIES_PER_GUEST))
        .total_tables(slots.saturating_mul(TABLES_PER_GUEST))
        .total_stacks(slots);
    pool
}

/// Freed slots keep the pages their instance wrote mapped, reset by copying
/// them back from the image. By default a freed slot is reset with madvise,
/// so the next request in it takes a page fault (a page copy, and a TLB
/// shootdown across cores) for every page it touches again: about 250 per
/// hello request. With PAGEMAP_SCAN (Linux 6.7+; ignored elsewhere) only
/// the pages written are copied back and stay mapped, but only the first 32
/// runs of them (a wasmtime limit); the rest of memory is still madvised.
/// So the guest writes its whole heap at the start of each request (its
/// launch's `residentHeap`, see runtime-guest/src/serve.rs), which makes
/// the heap one run: no faults, a memcpy of the heap instead, about 2.5x
/// the requests per second of madvise. Tables are small; keep them whole.
fn keep_written_pages(pool: &mut PoolingAllocationConfig) {
    pool.pagemap_scan(wasmtime::Enabled::Auto)
        .linear_memory_keep_resident(16 << 20)
        .table_keep_resident(1 << 20);
}

impl Runtime {
    /// A runtime for programs with or without time limits.
    pub async fn new() -> Result<Runtime> {
        Runtime::with_config(engine_config(), true).await
    }

    /// A runtime for a program without `--timeout` or `--cpu-time`: its
    /// guest cannot be stopped in a loop (only by ending the process, as
    /// signals do), and runs about 13% faster. Compiled and cached apart
    /// from `new`'s.
    pub async fn unlimited() -> Result<Runtime> {
        Runtime::with_config(interruptible_config(false), false).await
    }

    /// A runtime for `sandnode serve`, which creates an instance per
    /// request: instances come from wasmtime's pooling allocator (slots
    /// reserved once, memory reset copy-on-write from the snapshot's image
    /// instead of mapped and unmapped each time). `slots` bounds how many
    /// requests run at once; each memory may grow to `max_memory`.
    pub async fn pooled(slots: u32, max_memory: usize) -> Result<Runtime> {
        let mut pool = pool_for(slots);
        pool.max_memory_size(max_memory);
        keep_written_pages(&mut pool);
        let mut config = engine_config();
        config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
        Runtime::with_config(config, true).await
    }

    /// A pooled runtime for `sandnode host`: memories may grow to what a
    /// 32-bit guest can address (each tenant's own cap is its store's
    /// limiter), and compiled functions are shared between the tenants'
    /// snapshots through Cranelift's incremental cache (incremental.rs).
    ///
    /// Unless `keep_slot_memory`, freed slots keep no pages resident:
    /// slots pass between tenants, and pages kept for one tenant's image
    /// count against the host's density (bench/tenants: 4 MiB kept per
    /// slot took a served, idle tenant from about 5 to 13 MiB). With it,
    /// slots are reset as `pooled`'s are, and requests run about 2.5x
    /// faster, for up to `slots` times a snapshot's heap of memory.
    pub async fn pooled_for_tenants(slots: u32, keep_slot_memory: bool) -> Result<Runtime> {
        let mut pool = pool_for(slots);
        pool.max_memory_size(4 << 30);
        if keep_slot_memory {
            keep_written_pages(&mut pool);
        }
        let mut config = engine_config();
        config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
        config.enable_incremental_compilation(std::sync::Arc::new(
            crate::incremental::MemoryCacheStore::default(),
        ))?;
        Runtime::with_config(config, true).await
    }

    async fn with_config(config: Config, interruptible: bool) -> Result<Runtime> {
        let engine = Engine::new(&config).context("creating the wasmtime engine")?;
        let (component, source) = cache::load(&engine, GUEST_WASM, GUEST_HASH).await?;
        let instance_pre = linker(&engine)?
            .instantiate_pre(&component)
            .context("linking the sandnode guest")?;
        Ok(Runtime {
            interruptible,
            engine,
            instance_pre,
            source,
        })
    }
}

/// What the guest imports: WASI 0.2 (whose `exit-with-code`, for
/// `process.exit(n)`, is linked by default) and wasi:http's outgoing
/// handler and types, for fetch (requests are checked against the network
/// policy in run.rs's hooks).
pub fn linker(engine: &Engine) -> Result<Linker<GuestState>> {
    let mut linker: Linker<GuestState> = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
    Ok(linker)
}
