//! `sandnode host --config tenants.toml`: many tenants' fetch handlers in
//! one process, each request on a fresh instance of its tenant's snapshot.
//!
//! - **Routing** by Host header and path prefix (tenants.rs, `Route`):
//!   the most specific route wins; no match is a 404 from the host.
//! - **Admission:** a tenant runs at most `concurrency` instances; up to
//!   `queue` more requests wait (for up to `queue_timeout`) and the rest get
//!   503 with Retry-After. All tenants share `max_instances` pool slots.
//! - **Limits** per request (request.rs): memory, CPU time, wall time,
//!   body size, subrequests, and the tenant's own files, env and network.
//! - **Hot reload:** the config file and every tenant's project are
//!   checked every `watch`. A changed tenant gets a new snapshot while the
//!   old one keeps serving; requests switch over once it is ready, and
//!   requests in flight finish on the instance they started on. A config
//!   that does not load is refused as a whole; the old one keeps serving.
//! - **Metrics** (metrics.rs) on their own address, and one JSON access
//!   log line per request.

use crate::engine::Runtime;
use crate::metrics::{self, Metrics};
use crate::request::{self, App, EpochTicker, Report};
use crate::serve;
use crate::tenants::{self, AccessLog, Config, Route, TenantConfig};
use crate::tls::TlsSetup;
use http_body_util::BodyExt as _;
use std::io::Write as _;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use wasmtime::{Result, format_err};
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;

/// Snapshots made at once (each is a wizer run and a compile).
const PARALLEL_BUILDS: usize = 2;

/// A tenant's app as requests see it.
#[derive(Clone)]
enum Loaded {
    Loading,
    Ready(Arc<App>),
    /// Idle for `unload_idle`: the compiled snapshot was let go (its
    /// mapping and pages returned); the next request maps it again from the
    /// cache.
    Unloaded,
}

struct Tenant {
    config: TenantConfig,
    /// What the snapshot was made from (serve::source_key); a change means
    /// a rebuild.
    key: Mutex<Option<String>>,
    app: watch::Sender<Loaded>,
    slots: Arc<Semaphore>,
    waiting: AtomicU32,
    /// When a request last arrived (`clock_ms`).
    last_used: AtomicU64,
}

impl Tenant {
    fn new(config: TenantConfig, slots: Option<Arc<Semaphore>>) -> Tenant {
        let concurrency = config.concurrency as usize;
        Tenant {
            key: Mutex::new(None),
            app: watch::Sender::new(Loaded::Loading),
            slots: slots.unwrap_or_else(|| Arc::new(Semaphore::new(concurrency))),
            waiting: AtomicU32::new(0),
            last_used: AtomicU64::new(clock_ms()),
            config,
        }
    }

    fn name(&self) -> &str {
        &self.config.name
    }

    /// The app, once its snapshot is ready.
    async fn ready_app(&self, wait: Duration) -> Option<Arc<App>> {
        self.last_used.store(clock_ms(), Ordering::Relaxed);
        let mut rx = self.app.subscribe();
        let ready = tokio::time::timeout(wait, rx.wait_for(|l| matches!(l, Loaded::Ready(_))));
        match ready.await {
            Ok(Ok(loaded)) => match &*loaded {
                Loaded::Ready(app) => Some(app.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The tenants and their routes, replaced as a whole on reload.
struct State {
    config: Config,
    tenants: Vec<Arc<Tenant>>,
    routes: Vec<(Route, usize)>,
}

impl State {
    fn new(config: Config, tenants: Vec<Arc<Tenant>>) -> State {
        let routes = tenants
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.config.routes.iter().map(move |r| (r.clone(), i)))
            .collect();
        State {
            config,
            tenants,
            routes,
        }
    }

    fn route(&self, host: &str, path: &str) -> Option<Arc<Tenant>> {
        let path = crate::tenants::canonical_path(path);
        self.routes
            .iter()
            .filter_map(|(route, i)| route.score(host, &path).map(|s| (s, *i)))
            .max_by_key(|(score, _)| *score)
            .map(|(_, i)| self.tenants[i].clone())
    }
}

/// A running multi-tenant host.
pub struct Host {
    runtime: Arc<Runtime>,
    state: RwLock<Arc<State>>,
    metrics: Metrics,
    access: AccessLogger,
    instances: Arc<Semaphore>,
    builds: Semaphore,
    tls: Arc<TlsSetup>,
    /// The pool's `keep_slot_memory`, fixed at start (the engine is): the
    /// tenants' snapshots ask their guest to write its whole heap per
    /// request only when slots keep what it wrote.
    keep_slot_memory: bool,
}

/// `sandnode host`'s own arguments: `--config FILE` (or `-c`), and
/// `--port N` / `--host H` to override the config's `listen`.
pub struct HostArgs {
    pub config: std::path::PathBuf,
    pub port: Option<u16>,
    pub host: Option<std::net::IpAddr>,
}

pub fn parse_args(args: &[String]) -> Result<HostArgs> {
    let usage = "sandnode host --config tenants.toml [--port N] [--host H]";
    let mut config = None;
    let (mut port, mut host) = (None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format_err!("`sandnode host {flag}` needs a value ({usage})"))
        };
        match flag {
            "--config" | "-c" => config = Some(std::path::PathBuf::from(value()?)),
            "--port" => {
                let v = value()?;
                port = Some(
                    v.parse()
                        .map_err(|_| format_err!("invalid --port '{v}': expected 0-65535"))?,
                );
            }
            "--host" => {
                let v = value()?;
                host = Some(if v == "localhost" {
                    std::net::Ipv4Addr::LOCALHOST.into()
                } else {
                    v.trim_start_matches('[')
                        .trim_end_matches(']')
                        .parse()
                        .map_err(|_| format_err!("invalid --host '{v}': expected an IP address"))?
                });
            }
            _ => wasmtime::bail!("bad argument for `sandnode host`: {arg} ({usage})"),
        }
    }
    let config = config.ok_or_else(|| format_err!("`sandnode host` needs a config: {usage}"))?;
    Ok(HostArgs { config, port, host })
}

/// Runs `sandnode host` until SIGTERM or SIGINT; returns the exit code.
pub async fn host(args: HostArgs) -> Result<i32> {
    let stop = serve::shutdown_signal()?;
    let override_listen = |mut addr: SocketAddr| {
        if let Some(p) = args.port {
            addr.set_port(p);
        }
        if let Some(h) = args.host {
            addr.set_ip(h);
        }
        addr
    };
    host_until(
        &args.config,
        override_listen,
        |local, metrics| {
            eprintln!("sandnode host: listening on http://{local}/");
            if let Some(m) = metrics {
                eprintln!("sandnode host: metrics on http://{m}/metrics");
            }
        },
        stop,
    )
    .await
}

/// Loads `config_path` and serves it until `stop` completes, then drains
/// in-flight requests. `listen` may change the config's address.
/// `ready` gets the bound addresses (the host's, then
/// the metrics endpoint's) once both listen. This is `sandnode host`
/// without its signals, for embedding.
pub async fn host_until(
    config_path: &Path,
    listen: impl FnOnce(SocketAddr) -> SocketAddr,
    ready: impl FnOnce(SocketAddr, Option<SocketAddr>),
    stop: impl Future<Output = ()>,
) -> Result<i32> {
    crate::limits::raise_fd_limit();
    let mut config = tenants::load(config_path)?;
    config.server.listen = listen(config.server.listen);
    let server = config.server.clone();
    let listener = TcpListener::bind(server.listen)
        .await
        .map_err(|e| format_err!("cannot listen on {}: {e}", server.listen))?;
    let metrics_listener = match server.metrics {
        Some(addr) => Some(
            TcpListener::bind(addr)
                .await
                .map_err(|e| format_err!("cannot listen on {addr} for metrics: {e}"))?,
        ),
        None => None,
    };
    let runtime =
        Runtime::pooled_for_tenants(server.max_instances, server.keep_slot_memory).await?;
    let host = Arc::new(Host {
        runtime: Arc::new(runtime),
        state: RwLock::new(Arc::new(State::new(config.clone(), Vec::new()))),
        metrics: Metrics::new(),
        access: AccessLogger::open(&server.access_log)?,
        instances: Arc::new(Semaphore::new(server.max_instances as usize)),
        builds: Semaphore::new(PARALLEL_BUILDS),
        tls: Arc::new(TlsSetup::from_env()),
        keep_slot_memory: server.keep_slot_memory,
    });
    let _ticker = EpochTicker::start(host.runtime.engine.clone());
    host.clone().apply(config).await;

    let local = listener.local_addr()?;
    let metrics_local = metrics_listener
        .as_ref()
        .map(|l| l.local_addr())
        .transpose()?;
    if let Some(l) = metrics_listener {
        tokio::spawn(serve_metrics(host.clone(), l));
    }
    let watcher = server
        .watch
        .map(|every| tokio::spawn(watch_files(host.clone(), every)));
    if let Some(idle) = server.unload_idle {
        let host = host.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep((idle / 4).min(Duration::from_secs(1))).await;
                host.unload_idle(idle);
            }
        });
    }
    ready(local, metrics_local);

    tokio::pin!(stop);
    let open_connections = Arc::new(Semaphore::new(serve::MAX_CONNECTIONS));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = serve::accept(&listener, &open_connections) => {
                let (stream, peer, permit) = match accepted {
                    Ok(conn) => conn,
                    Err(e) => {
                        eprintln!("sandnode host: accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                };
                let host = host.clone();
                let service = hyper::service::service_fn(move |req| {
                    let host = host.clone();
                    async move { Ok::<_, std::convert::Infallible>(host.handle(req).await) }
                });
                let conn = serve::serve_connection(stream, peer, service, stop_rx.clone(), "sandnode host");
                connections.spawn(async move {
                    conn.await;
                    drop(permit);
                });
            }
            _ = &mut stop => break,
        }
        while connections.try_join_next().is_some() {}
    }
    if let Some(w) = watcher {
        w.abort();
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let drained = tokio::time::timeout(serve::DRAIN_TIMEOUT, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        eprintln!(
            "sandnode host: {} connection(s) still busy after {:?}; closing them",
            connections.len(),
            serve::DRAIN_TIMEOUT
        );
    }
    Ok(0)
}

impl Host {
    /// Makes `config` the one being served. Tenants whose app, files,
    /// environment and grants are unchanged keep their snapshot (with the
    /// new limits); the others are built first, while the old state goes
    /// on serving, and then everything switches at once. At start-up
    /// there is no old state: requests wait for their tenant instead.
    async fn apply(self: Arc<Self>, config: Config) {
        let old = self.state.read().map(|s| s.clone()).ok();
        let starting = old.as_ref().is_none_or(|s| s.tenants.is_empty());
        let mut tenants = Vec::new();
        let mut builds = Vec::new();
        for tc in &config.tenants {
            let mut tc = tc.clone();
            tc.launch.resident_heap = self.keep_slot_memory;
            let tc = &tc;
            let previous = old
                .as_ref()
                .and_then(|s| s.tenants.iter().find(|t| t.name() == tc.name).cloned());
            let same_slots = previous
                .as_ref()
                .filter(|p| p.config.concurrency == tc.concurrency)
                .map(|p| p.slots.clone());
            let tenant = Arc::new(Tenant::new(tc.clone(), same_slots));
            let key = key_of(&tc.launch).await;
            let reusable = previous.as_ref().and_then(|p| {
                let same = p.config.app == tc.app && *p.key.lock().ok()? == key && key.is_some();
                match (&*p.app.borrow(), same) {
                    (Loaded::Ready(app), true) => Some(app.pre.clone()),
                    _ => None,
                }
            });
            match reusable {
                Some(pre) => {
                    *tenant.key.lock().unwrap_or_else(|e| e.into_inner()) = key;
                    self.install(&tenant, pre);
                }
                None => builds.push((tenant.clone(), key)),
            }
            tenants.push(tenant);
        }
        if starting {
            self.swap(config, tenants);
            for (tenant, key) in builds {
                let host = self.clone();
                tokio::spawn(async move { host.build(&tenant, key).await });
            }
            return;
        }
        let pending: Vec<_> = builds
            .into_iter()
            .map(|(tenant, key)| {
                let host = self.clone();
                tokio::spawn(async move { host.build(&tenant, key).await })
            })
            .collect();
        for p in pending {
            let _ = p.await;
        }
        let names: Vec<String> = config.tenants.iter().map(|t| t.name.clone()).collect();
        if let Some(old) = &old {
            for gone in old
                .tenants
                .iter()
                .filter(|t| !names.iter().any(|n| n == t.name()))
            {
                self.metrics.set_ready(gone.name(), false);
            }
        }
        self.swap(config, tenants);
        for name in names {
            self.metrics.reloaded(&name);
        }
        eprintln!("sandnode host: configuration reloaded");
    }

    fn swap(&self, config: Config, tenants: Vec<Arc<Tenant>>) {
        let state = Arc::new(State::new(config, tenants));
        match self.state.write() {
            Ok(mut s) => *s = state,
            Err(poisoned) => *poisoned.into_inner() = state,
        }
    }

    fn current(&self) -> Arc<State> {
        match self.state.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Makes (or takes from the cache) the tenant's snapshot and installs
    /// it. An app whose top level cannot be snapshotted is imported by
    /// every request instead, as `sandnode serve` does.
    async fn build(&self, tenant: &Tenant, key: Option<String>) {
        let _permit = self.builds.acquire().await;
        let started = Instant::now();
        let pre = match serve::app_snapshot(&self.runtime, &tenant.config.launch).await {
            Ok((pre, how)) => {
                eprintln!(
                    "sandnode host: tenant {:?} ready after {:.1?} ({how})",
                    tenant.name(),
                    started.elapsed()
                );
                pre
            }
            Err(err) if matches!(&*tenant.app.borrow(), Loaded::Ready(_)) => {
                // A broken edit: the snapshot that works keeps serving.
                eprintln!(
                    "sandnode host: tenant {:?}: the changed app could not be pre-initialised; the previous version keeps serving: {err:#}",
                    tenant.name()
                );
                *tenant.key.lock().unwrap_or_else(|e| e.into_inner()) = key;
                return;
            }
            Err(err) => {
                eprintln!(
                    "sandnode host: tenant {:?}: the app could not be pre-initialised, so each request imports it: {err:#}",
                    tenant.name()
                );
                match ProxyPre::new(self.runtime.instance_pre.clone()) {
                    Ok(pre) => pre,
                    Err(e) => {
                        eprintln!("sandnode host: tenant {:?}: {e:#}", tenant.name());
                        return;
                    }
                }
            }
        };
        *tenant.key.lock().unwrap_or_else(|e| e.into_inner()) = key;
        self.install(tenant, pre);
        trim_heap();
    }

    fn install(&self, tenant: &Tenant, pre: ProxyPre<crate::run::GuestState>) {
        let app = App {
            engine: self.runtime.engine.clone(),
            pre,
            launch: tenant.config.launch.clone(),
            limits: tenant.config.limits,
            tls: self.tls.clone(),
            tenant: Some(tenant.name().into()),
            origin: tenant.config.origin.clone(),
        };
        tenant.app.send_replace(Loaded::Ready(Arc::new(app)));
        self.metrics.set_ready(tenant.name(), true);
    }

    /// One request: route, admit, run, log.
    async fn handle(
        self: Arc<Self>,
        req: hyper::Request<hyper::body::Incoming>,
    ) -> hyper::Response<HyperOutgoingBody> {
        let arrived = Instant::now();
        // An absolute-form target names the host itself (RFC 9112 3.2.2);
        // two Host headers are refused.
        if req.headers().get_all(hyper::header::HOST).iter().count() > 1 {
            return plain(400, "Bad Request: more than one Host header\n");
        }
        let host_header = req
            .uri()
            .authority()
            .map(|a| a.as_str())
            .or_else(|| {
                req.headers()
                    .get(hyper::header::HOST)
                    .and_then(|h| h.to_str().ok())
            })
            .and_then(tenants::normalize_host)
            .unwrap_or_default();
        let line = LogLine {
            method: req.method().to_string(),
            host: host_header.clone(),
            path: req.uri().path().to_string(),
        };
        let state = self.current();
        let Some(tenant) = state.route(&host_header, req.uri().path()) else {
            self.metrics.unrouted();
            self.access.write(&line, "-", 404, arrived.elapsed(), None);
            return plain(404, "No tenant serves this host and path\n");
        };
        let permits = match self.admit(&tenant, state.config.server.queue_timeout).await {
            Some(p) => p,
            None => {
                self.metrics.overloaded(tenant.name());
                self.metrics
                    .record_answer(tenant.name(), 503, arrived.elapsed());
                self.access
                    .write(&line, tenant.name(), 503, arrived.elapsed(), None);
                let mut resp = plain(503, "Service Unavailable: too many requests\n");
                resp.headers_mut().insert(
                    hyper::header::RETRY_AFTER,
                    hyper::header::HeaderValue::from_static("1"),
                );
                return resp;
            }
        };
        self.clone().reload_if_unloaded(&tenant);
        let Some(app) = tenant.ready_app(tenant.config.limits.timeout).await else {
            self.metrics
                .record_answer(tenant.name(), 503, arrived.elapsed());
            self.access
                .write(&line, tenant.name(), 503, arrived.elapsed(), None);
            let mut resp = plain(503, "Service Unavailable: the app is still loading\n");
            resp.headers_mut().insert(
                hyper::header::RETRY_AFTER,
                hyper::header::HeaderValue::from_static("5"),
            );
            return resp;
        };
        self.metrics.active(tenant.name(), 1);
        let host = self.clone();
        let name = tenant.name().to_string();
        let on_done: request::OnDone = Box::new(move |report: Report| {
            drop(permits);
            host.metrics.active(&name, -1);
            host.metrics.record(&name, &report);
            host.access.write(
                &line,
                &name,
                report.status,
                arrived.elapsed(),
                Some(&report),
            );
        });
        request::handle(app, req, on_done).await
    }

    /// Starts mapping an unloaded tenant's snapshot again (once, however
    /// many requests ask).
    fn reload_if_unloaded(self: Arc<Self>, tenant: &Arc<Tenant>) {
        let claimed = tenant.app.send_if_modified(|l| {
            let unloaded = matches!(l, Loaded::Unloaded);
            if unloaded {
                *l = Loaded::Loading;
            }
            unloaded
        });
        if claimed {
            let tenant = tenant.clone();
            tokio::spawn(async move {
                let key = key_of(&tenant.config.launch).await;
                self.build(&tenant, key).await;
            });
        }
    }

    /// Lets go of the snapshots of tenants that have had no request for
    /// `idle` and run no instance.
    fn unload_idle(&self, idle: Duration) {
        let now = clock_ms();
        for tenant in self.current().tenants.iter() {
            let quiet = now.saturating_sub(tenant.last_used.load(Ordering::Relaxed))
                >= idle.as_millis() as u64;
            let busy = tenant.slots.available_permits() < tenant.config.concurrency as usize;
            if !quiet || busy {
                continue;
            }
            let unloaded = tenant.app.send_if_modified(|l| {
                let ready = matches!(l, Loaded::Ready(_));
                if ready {
                    *l = Loaded::Unloaded;
                }
                ready
            });
            if unloaded {
                self.metrics.set_ready(tenant.name(), false);
                trim_heap();
            }
        }
    }

    /// A slot of the tenant's and one of the pool's, or None when the
    /// tenant's queue is full or the wait ran out.
    async fn admit(
        &self,
        tenant: &Tenant,
        wait: Duration,
    ) -> Option<(OwnedSemaphorePermit, OwnedSemaphorePermit)> {
        let own = match tenant.slots.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                if tenant.waiting.fetch_add(1, Ordering::SeqCst) >= tenant.config.queue {
                    tenant.waiting.fetch_sub(1, Ordering::SeqCst);
                    return None;
                }
                let got = tokio::time::timeout(wait, tenant.slots.clone().acquire_owned()).await;
                tenant.waiting.fetch_sub(1, Ordering::SeqCst);
                got.ok()?.ok()?
            }
        };
        let pool = match self.instances.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => tokio::time::timeout(wait, self.instances.clone().acquire_owned())
                .await
                .ok()?
                .ok()?,
        };
        Some((own, pool))
    }
}

/// Milliseconds on a monotonic clock.
fn clock_ms() -> u64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_millis() as u64
}

/// Gives the allocator's free memory back to the system: making a
/// snapshot (wizer, compiling) leaves hundreds of MiB free in malloc's
/// arenas, which would otherwise stay in the host's resident size.
fn trim_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The source key of a launch, computed off the async threads (it walks
/// the project's files).
async fn key_of(launch: &crate::launch::Launch) -> Option<String> {
    let launch = launch.clone();
    tokio::task::spawn_blocking(move || serve::source_key(&launch))
        .await
        .ok()
        .flatten()
}

/// Every `every`: reload the config file when its contents change (a bad
/// one is refused and logged), and rebuild a tenant whose files changed.
async fn watch_files(host: Arc<Host>, every: Duration) {
    let path = host.current().config.path.clone();
    let mut last_text = std::fs::read(&path).ok();
    loop {
        tokio::time::sleep(every).await;
        let text = std::fs::read(&path).ok();
        if text != last_text {
            last_text = text;
            match tenants::load(&path) {
                Ok(mut config) => {
                    let old = host.current().config.server.clone();
                    config.server.listen = old.listen;
                    if config.server != old {
                        eprintln!(
                            "sandnode host: [server] changes take effect at the next start; tenants are reloaded now"
                        );
                        config.server = old;
                    }
                    host.clone().apply(config).await;
                }
                Err(err) => {
                    eprintln!(
                        "sandnode host: the new configuration is refused; the old one keeps serving: {err:#}"
                    );
                }
            }
            continue;
        }
        for tenant in host.current().tenants.iter() {
            let key = key_of(&tenant.config.launch).await;
            let changed = *tenant.key.lock().unwrap_or_else(|e| e.into_inner()) != key;
            if changed && matches!(&*tenant.app.borrow(), Loaded::Ready(_)) {
                eprintln!(
                    "sandnode host: tenant {:?} changed; reloading",
                    tenant.name()
                );
                host.build(tenant, key).await;
                host.metrics.reloaded(tenant.name());
            }
        }
    }
}

/// GET /metrics on the metrics address.
async fn serve_metrics(host: Arc<Host>, listener: TcpListener) {
    // Never signalled: scrapes end when their client leaves. (A dropped
    // sender would read as a shutdown.)
    let (_never, stop) = watch::channel(false);
    loop {
        let Ok((stream, peer)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let host = host.clone();
        let service = hyper::service::service_fn(move |req: hyper::Request<_>| {
            let host = host.clone();
            async move {
                let resp = if req.uri().path() == "/metrics" {
                    let mut resp = plain(200, &host.metrics.encode());
                    resp.headers_mut().insert(
                        hyper::header::CONTENT_TYPE,
                        hyper::header::HeaderValue::from_static(metrics::CONTENT_TYPE),
                    );
                    resp
                } else {
                    plain(404, "Not Found: metrics are at /metrics\n")
                };
                Ok::<_, std::convert::Infallible>(resp)
            }
        });
        let stop = stop.clone();
        tokio::spawn(async move {
            serve::serve_connection(stream, peer, service, stop, "sandnode host metrics").await
        });
    }
}

fn plain(status: u16, text: &str) -> hyper::Response<HyperOutgoingBody> {
    let mut resp = request::error_response(status);
    *resp.body_mut() = http_body_util::Full::new(bytes::Bytes::from(text.to_string()))
        .map_err(|never| match never {})
        .boxed_unsync();
    resp
}

/// The first line of a failure, at most 300 characters: a trap's wasm
/// backtrace would let a tenant fill the log.
fn short(failure: &str) -> String {
    let line = failure.lines().next().unwrap_or("");
    match line.char_indices().nth(300) {
        Some((i, _)) => format!("{}...", &line[..i]),
        None => line.to_string(),
    }
}

/// What the access log says about the request itself.
struct LogLine {
    method: String,
    host: String,
    path: String,
}

/// One JSON object per line, to stdout or a file.
enum AccessLogger {
    Stdout,
    File(Mutex<std::fs::File>),
    Off,
}

impl AccessLogger {
    fn open(how: &AccessLog) -> Result<AccessLogger> {
        Ok(match how {
            AccessLog::Stdout => AccessLogger::Stdout,
            AccessLog::Off => AccessLogger::Off,
            AccessLog::File(path) => AccessLogger::File(Mutex::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .map_err(|e| {
                        format_err!("cannot open the access log {}: {e}", path.display())
                    })?,
            )),
        })
    }

    fn write(
        &self,
        line: &LogLine,
        tenant: &str,
        status: u16,
        took: Duration,
        report: Option<&Report>,
    ) {
        if matches!(self, AccessLogger::Off) {
            return;
        }
        let ts = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0);
        let mut entry = serde_json::json!({
            "ts_ms": ts,
            "tenant": tenant,
            "method": line.method,
            "host": line.host,
            "path": line.path,
            "status": status,
            "duration_us": took.as_micros() as u64,
        });
        if let Some(r) = report
            && let Some(obj) = entry.as_object_mut()
        {
            if let Some(inst) = r.instantiate {
                obj.insert("instantiate_us".into(), (inst.as_micros() as u64).into());
                obj.insert("cpu_us".into(), (r.cpu.as_micros() as u64).into());
                obj.insert("memory_bytes".into(), r.memory.into());
            }
            if let Some(f) = &r.failure {
                obj.insert("error".into(), short(f).into());
            }
        }
        let mut text = entry.to_string();
        text.push('\n');
        match self {
            AccessLogger::Stdout => {
                let _ = std::io::stdout().lock().write_all(text.as_bytes());
            }
            AccessLogger::File(f) => {
                if let Ok(mut f) = f.lock() {
                    let _ = f.write_all(text.as_bytes());
                }
            }
            AccessLogger::Off => {}
        }
    }
}
