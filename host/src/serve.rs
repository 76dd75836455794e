//! `sandnode serve APP`: an HTTP/1.1 server (hyper, through
//! wasmtime-wasi-http's incoming-request plumbing, as `wasmtime serve`
//! does) in which every request gets a fresh guest instance. The guest's
//! `wasi:http/incoming-handler` export runs the app's fetch handler
//! (runtime-guest/src/serve.rs and js/internal/serve.js).
//!
//! Each instance has the launch's permissions and limits: its preopens,
//! environment and network policy, `--max-memory`, `--cpu-time`, and
//! `--timeout` (30 s when not given) for the whole request, body included
//! (request.rs). A guest that traps, runs out of time or answers nothing
//! gets a 5xx; the server goes on. SIGTERM or SIGINT stops accepting, lets in-flight requests finish
//! (for up to 30 s), then exits 0.

use crate::cache;
use crate::engine::{self, GUEST_HASH, GUEST_WASM, Runtime};
use crate::launch::Launch;
use crate::limits;
use crate::preinit;
use crate::request::{self, App, EpochTicker, RequestLimits};
use crate::run::GuestState;
use crate::tls::TlsSetup;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::signal::unix::{SignalKind, signal};
use wasmtime::{Result, format_err};
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::bindings::ProxyPre;

/// Requests that may run at once (pooling-allocator slots); more wait.
pub const MAX_CONCURRENT: u32 = 256;
/// A request's wall-clock budget when `--timeout` is not given.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Client connections open at once; past it, accepting waits (the kernel's
/// backlog holds the rest), so descriptors never run out.
pub const MAX_CONNECTIONS: usize = 10_000;
/// How long a client may take to send a request's head (or stay idle
/// between keep-alive requests).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(15);
/// How long a shutdown waits for in-flight requests.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// Completes at the first SIGTERM or SIGINT: a server's cue to drain.
pub fn shutdown_signal() -> Result<impl std::future::Future<Output = ()>> {
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}

/// Serves until SIGTERM or SIGINT; returns the exit code.
pub async fn serve(runtime: &Runtime, launch: &Launch) -> Result<i32> {
    let stop = shutdown_signal()?;
    serve_until(
        runtime,
        launch,
        |local| eprintln!("sandnode serve: listening on http://{local}/"),
        stop,
    )
    .await
}

/// Serves `launch` (mode Serve) until `stop` completes, then drains
/// in-flight requests; `ready` gets the bound address once it listens. This
/// is `sandnode serve` without its signals, for embedding (see
/// host/examples/embed.rs).
pub async fn serve_until(
    runtime: &Runtime,
    launch: &Launch,
    ready: impl FnOnce(SocketAddr),
    stop: impl std::future::Future<Output = ()>,
) -> Result<i32> {
    limits::raise_fd_limit();
    let addr = launch
        .listen
        .ok_or_else(|| format_err!("serve needs an address"))?;
    let pre = proxy_pre(runtime, launch).await?;
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| format_err!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr()?;
    let app = Arc::new(App {
        engine: runtime.engine.clone(),
        pre,
        launch: launch.clone(),
        limits: RequestLimits {
            max_memory: launch.limits.max_memory,
            timeout: launch.limits.timeout.unwrap_or(DEFAULT_REQUEST_TIMEOUT),
            cpu_time: launch.limits.cpu_time,
            max_body: None,
            subrequests: None,
        },
        tls: Arc::new(TlsSetup::from_env()),
        tenant: None,
        origin: None,
    });
    let _ticker = EpochTicker::start(runtime.engine.clone());
    ready(local);

    tokio::pin!(stop);
    let open_connections = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = accept(&listener, &open_connections) => {
                let (stream, peer, permit) = match accepted {
                    Ok(conn) => conn,
                    // Out of descriptors and the like: the server goes on.
                    Err(e) => {
                        eprintln!("sandnode serve: accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                };
                let conn = connection(app.clone(), stream, peer, stop_rx.clone());
                connections.spawn(async move {
                    conn.await;
                    drop(permit);
                });
            }
            _ = &mut stop => break,
        }
        // Reap finished connection tasks as we go.
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let drained = tokio::time::timeout(DRAIN_TIMEOUT, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        eprintln!(
            "sandnode serve: {} connection(s) still busy after {DRAIN_TIMEOUT:?}; closing them",
            connections.len()
        );
    }
    Ok(0)
}

/// What each request instantiates: the guest pre-initialised with the app
/// imported (so no request pays for loading it), or, when that cannot be
/// made (the app's top level waits for timers or I/O, say), the plain
/// guest, which imports the app in every request.
pub(crate) async fn proxy_pre(runtime: &Runtime, launch: &Launch) -> Result<ProxyPre<GuestState>> {
    let started = std::time::Instant::now();
    match app_snapshot(runtime, launch).await {
        Ok((pre, how)) => {
            if timing() {
                eprintln!(
                    "sandnode serve timing: app snapshot ready after {:?} ({how})",
                    started.elapsed()
                );
            }
            Ok(pre)
        }
        Err(err) => {
            eprintln!(
                "sandnode serve: the app could not be pre-initialised, so each request imports it: {err:#}"
            );
            ProxyPre::new(runtime.instance_pre.clone()).map_err(|e| {
                format_err!("the guest does not export wasi:http/incoming-handler: {e}")
            })
        }
    }
}

pub(crate) async fn app_snapshot(
    runtime: &Runtime,
    launch: &Launch,
) -> Result<(ProxyPre<GuestState>, &'static str)> {
    let key = source_key(launch);
    let (component, how) = match key
        .as_deref()
        .and_then(|k| cache::read_app(&runtime.engine, k))
    {
        Some(component) => (component, "cached"),
        None => {
            let snapshot = preinit::preinitialize_app(&runtime.engine, GUEST_WASM, launch).await?;
            (
                cache::compile_app(&runtime.engine, key.as_deref(), &snapshot)?.0,
                "made now",
            )
        }
    };
    let pre = engine::linker(&runtime.engine)?.instantiate_pre(&component)?;
    Ok((ProxyPre::new(pre)?, how))
}

/// Files a project may hold before its snapshot is no longer cached by
/// source (walking it would cost more than it saves).
const MAX_KEYED_FILES: usize = 50_000;

/// What an app snapshot depends on: the guest, the launch (app, grants,
/// environment) and every file of the app's project (path, size and
/// modification time), so an edit anywhere makes a new snapshot. None when
/// the project is too large to walk.
pub(crate) fn source_key(launch: &Launch) -> Option<String> {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(GUEST_HASH.as_bytes());
    for arg in launch.guest_args() {
        // The pid and terminal sizes in the launch record change per run
        // and are not read while the app is imported.
        if arg.starts_with('{')
            && let Ok(mut v) = serde_json::from_str::<serde_json::Value>(&arg)
            && let Some(obj) = v.as_object_mut()
        {
            for volatile in ["pid", "ppid", "stdoutSize", "stderrSize"] {
                obj.remove(volatile);
            }
            h.update(v.to_string().as_bytes());
        } else {
            h.update(arg.as_bytes());
        }
        h.update(&[0]);
    }
    for (k, v) in &launch.env {
        h.update(k.as_bytes());
        h.update(&[0]);
        h.update(v.as_bytes());
        h.update(&[0]);
    }
    let mut count = 0usize;
    for dir in &launch.preopens {
        let mut stack = vec![dir.host.clone()];
        while let Some(d) = stack.pop() {
            let mut entries: Vec<_> = std::fs::read_dir(&d).ok()?.flatten().collect();
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                count += 1;
                if count > MAX_KEYED_FILES {
                    return None;
                }
                let Ok(meta) = e.metadata() else { continue };
                let path = e.path();
                h.update(path.as_os_str().as_encoded_bytes());
                if meta.is_dir() {
                    stack.push(path);
                } else {
                    h.update(&meta.len().to_le_bytes());
                    if let Ok(t) = meta.modified()
                        && let Ok(since) = t.duration_since(std::time::UNIX_EPOCH)
                    {
                        h.update(&since.as_nanos().to_le_bytes());
                    }
                }
            }
        }
    }
    Some(format!("{:032x}", h.digest128()))
}

/// One client connection: HTTP/1.1 with keep-alive, each request on a
/// fresh instance. On shutdown the connection finishes its current
/// request and closes.
async fn connection(
    app: Arc<App>,
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    stop: tokio::sync::watch::Receiver<bool>,
) {
    let service = hyper::service::service_fn(move |req| {
        let app = app.clone();
        async move {
            let on_done: request::OnDone = Box::new(log_request);
            Ok::<_, std::convert::Infallible>(request::handle(app, req, on_done).await)
        }
    });
    serve_connection(stream, peer, service, stop, "sandnode serve").await;
}

/// Serves HTTP/1.1 with keep-alive on `stream` until the client leaves or
/// `stop` turns true (then the current request finishes first).
pub(crate) async fn serve_connection<S>(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    service: S,
    mut stop: tokio::sync::watch::Receiver<bool>,
    who: &str,
) where
    S: hyper::service::HttpService<hyper::body::Incoming>,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    S::ResBody: 'static,
    <S::ResBody as hyper::body::Body>::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let _ = stream.set_nodelay(true);
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        // A client must send a request's head within this, also between
        // keep-alive requests: slow or idle connections are closed.
        .timer(TokioTimer)
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    let result = tokio::select! {
        r = conn.as_mut() => r,
        _ = async { drop(stop.wait_for(|s| *s).await) } => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(e) = result
        && !e.is_incomplete_message()
    {
        eprintln!("{who}: connection from {peer}: {e}");
    }
}

/// A failed request is logged; with SANDNODE_TIMING=1, every request's
/// costs are.
fn log_request(report: request::Report) {
    if let Some(failure) = &report.failure {
        eprintln!("sandnode serve: {}: {failure}", report.status);
    }
    if timing()
        && let Some(instantiated) = report.instantiate
    {
        eprintln!(
            "sandnode serve timing: instantiate {instantiated:?}, handle {:?}, cpu {:?}",
            report.total.saturating_sub(instantiated),
            report.cpu
        );
    }
}

/// SANDNODE_TIMING=1 prints where each request's time goes.
fn timing() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("SANDNODE_TIMING").is_some())
}

/// Accepts a connection once fewer than `MAX_CONNECTIONS` are open; the
/// permit is held for the connection's life.
pub(crate) async fn accept(
    listener: &TcpListener,
    open: &Arc<tokio::sync::Semaphore>,
) -> std::io::Result<(
    tokio::net::TcpStream,
    SocketAddr,
    tokio::sync::OwnedSemaphorePermit,
)> {
    let permit = open
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| std::io::Error::other("the connection limit was closed"))?;
    let (stream, peer) = listener.accept().await?;
    Ok((stream, peer, permit))
}

/// hyper's timer on tokio's clock (for the header read timeout).
#[derive(Clone, Copy)]
struct TokioTimer;

struct TokioSleep(std::pin::Pin<Box<tokio::time::Sleep>>);

impl std::future::Future for TokioSleep {
    type Output = ();

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        self.0.as_mut().poll(cx)
    }
}

impl hyper::rt::Sleep for TokioSleep {}

impl hyper::rt::Timer for TokioTimer {
    fn sleep(&self, duration: Duration) -> std::pin::Pin<Box<dyn hyper::rt::Sleep>> {
        Box::pin(TokioSleep(Box::pin(tokio::time::sleep(duration))))
    }

    fn sleep_until(
        &self,
        deadline: std::time::Instant,
    ) -> std::pin::Pin<Box<dyn hyper::rt::Sleep>> {
        Box::pin(TokioSleep(Box::pin(tokio::time::sleep_until(
            deadline.into(),
        ))))
    }
}
