//! One HTTP request on a fresh guest instance: what `sandnode serve` and
//! the multi-tenant `sandnode host` both do for every request.
//!
//! The instance gets the app's permissions and limits:
//! - memory (`max_memory`, through the store's limiter);
//! - wall-clock time for the whole request, body included (`timeout`): a
//!   guest that computes is stopped by the epoch callback, one that waits
//!   by the task's timer; either way the answer is a 504;
//! - CPU time (`cpu_time`): time spent polling the instance's future,
//!   measured on the thread's CPU clock, so waiting for I/O is free; past
//!   the budget the guest is stopped and the answer is a 503;
//! - the request body's size (`max_body`): a declared length over it is a
//!   413 before any instance exists; a streamed body that grows past it
//!   fails the guest's read, and the handler's 500 becomes a 413;
//! - outgoing requests (`subrequests`): past the count, fetch fails.
//!
//! A computing guest yields to the executor at every epoch tick, so it
//! holds a worker thread for at most [`EPOCH_TICK`] at a time and other
//! requests keep being served (docs/ARCHITECTURE.md, "Fairness").

use crate::launch::Launch;
use crate::limits::{LimitExceeded, thread_cpu_time};
use crate::origin::{self, BufferError, Origin};
use crate::run::{GuestState, wasi_builder};
use crate::tenant_output::{Stdio, TenantOutput};
use crate::tls::TlsSetup;
use http_body_util::BodyExt;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use wasmtime::{Engine, Store, UpdateDeadline};
use wasmtime_wasi_http::WasiHttpView as _;
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::{ErrorCode, Scheme};
use wasmtime_wasi_http::p2::body::{HyperIncomingBody, HyperOutgoingBody};

/// How often the engine's epoch advances: how late a computing guest
/// notices a deadline, and how long it may hold a thread between yields.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// The per-request limits of one app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestLimits {
    pub max_memory: usize,
    pub timeout: Duration,
    pub cpu_time: Option<Duration>,
    pub max_body: Option<u64>,
    pub subrequests: Option<u32>,
}

/// An app ready to answer requests: its pre-linked snapshot, its launch
/// (files, environment, network policy) and its limits.
pub struct App {
    pub engine: Engine,
    pub pre: ProxyPre<GuestState>,
    pub launch: Launch,
    pub limits: RequestLimits,
    pub tls: Arc<TlsSetup>,
    /// `sandnode host`: the tenant whose name marks each line its
    /// instances print (tenant_output.rs). None: output goes to the host's
    /// stdout and stderr as it is.
    pub tenant: Option<Arc<str>>,
    /// Where a request goes when the handler throws after
    /// `ctx.passThroughOnException()` (origin.rs). None: a 500.
    pub origin: Option<Origin>,
}

/// What one request cost and how it ended, given to the caller's
/// `on_done` once the instance is gone (after the last body byte and any
/// `ctx.waitUntil` work).
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub status: u16,
    /// None when no instance was made (a 413 on the declared length).
    pub instantiate: Option<Duration>,
    pub cpu: Duration,
    /// The instance's largest linear memory, in bytes.
    pub memory: usize,
    /// From the request's arrival to the instance's end.
    pub total: Duration,
    /// Why the request failed, for logs.
    pub failure: Option<String>,
}

pub type OnDone = Box<dyn FnOnce(Report) + Send>;

/// Answers `req` with a fresh instance of `app`. Failures of the guest
/// become 5xx (or 413) answers; nothing here can end the server.
pub async fn handle(
    app: Arc<App>,
    req: hyper::Request<hyper::body::Incoming>,
    on_done: OnDone,
) -> hyper::Response<HyperOutgoingBody> {
    let arrived = Instant::now();
    if let Some(max) = app.limits.max_body
        && let Some(len) = declared_length(&req)
        && len > max
    {
        let failure = format!("the request body ({len} bytes) is larger than the limit ({max})");
        on_done(Report {
            status: 413,
            total: arrived.elapsed(),
            failure: Some(failure),
            ..Report::default()
        });
        return error_response(413);
    }
    let body_over = Arc::new(AtomicBool::new(false));
    // With an origin, the body is kept whole for it, so never unbounded.
    let limit = match app.origin {
        Some(_) => Some(app.limits.max_body.unwrap_or(origin::BUFFER_LIMIT)),
        None => app.limits.max_body,
    };
    let req = req.map(|body| LimitedBody {
        inner: body,
        left: limit,
        over: body_over.clone(),
    });
    let (req, replay) = match app.origin {
        None => (req.map(BodyExt::boxed_unsync), None),
        Some(_) => match origin::buffer(req).await {
            Ok((req, replay)) => (req, Some(replay)),
            Err(refused) => {
                let (status, failure) = match refused {
                    BufferError::TooLarge => {
                        (413, "the request body is larger than the limit".into())
                    }
                    BufferError::Broken(why) => (400, format!("the request body broke off: {why}")),
                };
                on_done(Report {
                    status,
                    total: arrived.elapsed(),
                    failure: Some(failure),
                    ..Report::default()
                });
                return error_response(status);
            }
        },
    };
    // The instance's task reports the request once it ends, with the
    // status decided here; if this future is dropped first (the client
    // went away), the sender goes with it and the task is aborted.
    let (verdict_tx, verdict_rx) = tokio::sync::oneshot::channel();
    let finish = Finish {
        on_done: Some(on_done),
        arrived,
        verdict: Some(verdict_rx),
        report: Report::default(),
        meter: None,
    };
    let (answer, task) = run_instance(app.clone(), req, finish).await;
    let (mut resp, mut failure) = match answer {
        Answer::Response(resp) => (resp, None),
        Answer::Failed((status, message)) => (error_response(status), Some(message)),
        Answer::PassThrough => match (&app.origin, replay) {
            (Some(to), Some(replay)) => {
                match origin::forward(to, &app.tls, replay, app.limits.timeout).await {
                    Ok(resp) => (resp, None),
                    Err(message) => (error_response(502), Some(message)),
                }
            }
            _ => (
                error_response(500),
                Some(
                    "the handler threw after passThroughOnException(), and this app has no \
                     origin to pass the request to"
                        .into(),
                ),
            ),
        },
    };
    // The body outgrew the limit while the guest read it; the handler's
    // failure is the client's fault.
    if body_over.load(Ordering::Relaxed) && resp.status() == 500 {
        resp = error_response(413);
        failure = Some("the request body grew larger than the limit".into());
    }
    let _ = verdict_tx.send((resp.status().as_u16(), failure));
    // Answered: the instance may go on (streaming the body, waitUntil).
    task.keep_running();
    resp
}

/// The status the client got for a request whose client left first
/// (nginx's "client closed request").
pub const CLIENT_GONE: u16 = 499;

/// Reports one request exactly once: when its instance ends (with the
/// status `handle` decided), or, if the instance's task is dropped
/// (aborted because the client left), with [`CLIENT_GONE`].
struct Finish {
    on_done: Option<OnDone>,
    arrived: Instant,
    verdict: Option<tokio::sync::oneshot::Receiver<(u16, Option<String>)>>,
    report: Report,
    meter: Option<Arc<CpuMeter>>,
}

impl Finish {
    async fn complete(mut self, mut report: Report) {
        let verdict = match self.verdict.take() {
            Some(rx) => rx.await.ok(),
            None => None,
        };
        let (status, failure) =
            verdict.unwrap_or((CLIENT_GONE, Some("the client went away".into())));
        report.status = status;
        if failure.is_some() {
            report.failure = failure;
        }
        self.report = report;
        self.report_now();
    }

    fn report_now(&mut self) {
        if let Some(on_done) = self.on_done.take() {
            let mut report = std::mem::take(&mut self.report);
            report.total = self.arrived.elapsed();
            on_done(report);
        }
    }
}

impl Drop for Finish {
    fn drop(&mut self) {
        if self.on_done.is_some() {
            if self.report.status == 0 {
                self.report.status = CLIENT_GONE;
                self.report.failure = Some("the client went away before the answer".into());
            }
            if let Some(meter) = &self.meter {
                self.report.cpu = meter.spent();
            }
            self.report_now();
        }
    }
}

/// The instance's task, aborted if dropped before `keep_running`.
struct InstanceTask(Option<tokio::task::JoinHandle<()>>);

impl InstanceTask {
    fn keep_running(mut self) {
        self.0 = None;
    }
}

impl Drop for InstanceTask {
    fn drop(&mut self) {
        if let Some(task) = self.0.take() {
            task.abort();
        }
    }
}

type Failure = (u16, String);

/// What the instance made of a request.
enum Answer {
    Response(hyper::Response<HyperOutgoingBody>),
    Failed(Failure),
    /// The handler threw after `ctx.passThroughOnException()`.
    PassThrough,
}

/// Instantiates and calls the handler on its own task (after the head is
/// sent, the instance goes on writing the body and running waitUntil
/// work), which reports the request through `finish` when it ends.
async fn run_instance(
    app: Arc<App>,
    req: hyper::Request<HyperIncomingBody>,
    mut finish: Finish,
) -> (Answer, InstanceTask) {
    let internal = |e: wasmtime::Error| (500, format!("{e:#}"));
    let prepared = prepare_store(&app).and_then(|(mut store, meter)| {
        let request = store
            .data_mut()
            .http()
            .new_incoming_request(Scheme::Http, req)
            .map_err(|e| (400, format!("{e:#}")))?;
        Ok(((store, meter), request))
    });
    // No instance: the request is reported once `handle` has decided.
    let no_task = |finish: Finish| {
        drop(tokio::spawn(finish.complete(Report::default())));
        InstanceTask(None)
    };
    let (mut store, request, meter) = match prepared {
        Ok(((store, meter), request)) => (store, request, meter),
        Err(failure) => return (Answer::Failed(failure), no_task(finish)),
    };
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let outparam = match store.data_mut().http().new_response_outparam(sender) {
        Ok(o) => o,
        Err(e) => return (Answer::Failed(internal(e)), no_task(finish)),
    };
    finish.meter = Some(meter.clone());
    let (failed_tx, failed_rx) = tokio::sync::oneshot::channel::<Failure>();
    let timeout = app.limits.timeout;
    let task = tokio::task::spawn(async move {
        let mut report = Report::default();
        let call = Metered {
            inner: Box::pin(async {
                let started = Instant::now();
                let proxy = app.pre.instantiate_async(&mut store).await?;
                report.instantiate = Some(started.elapsed());
                proxy
                    .wasi_http_incoming_handler()
                    .call_handle(&mut store, request, outparam)
                    .await
            }),
            meter: meter.clone(),
        };
        let outcome = match tokio::time::timeout(timeout, call).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(describe_trap(e, &store)),
            Err(_) => Err((504, format!("the request took longer than {timeout:?}"))),
        };
        report.cpu = meter.spent();
        report.memory = store.data().peak_memory();
        if let Err(failure) = outcome {
            report.failure = Some(failure.1.clone());
            let _ = failed_tx.send(failure);
        }
        // Dropping the store here, before reporting, frees the slot.
        drop(store);
        finish.complete(report).await;
    });
    let task = InstanceTask(Some(task));
    let answer = match receiver.await {
        Ok(Ok(resp)) => Answer::Response(resp),
        Ok(Err(ErrorCode::InternalError(Some(why)))) if why == origin::PASS_THROUGH => {
            Answer::PassThrough
        }
        Ok(Err(code)) => Answer::Failed((500, format!("{code:?}"))),
        // The guest ended (or failed) without answering.
        Err(_) => Answer::Failed(
            failed_rx
                .await
                .unwrap_or_else(|_| (500, "the app sent no response".into())),
        ),
    };
    (answer, task)
}

/// A store for one request, its deadlines armed.
fn prepare_store(app: &App) -> Result<(Store<GuestState>, Arc<CpuMeter>), Failure> {
    let launch = &app.launch;
    let mut builder = wasi_builder(launch).map_err(|e| (500, format!("{e:#}")))?;
    if let Some(tenant) = &app.tenant {
        builder
            .stdout(TenantOutput::new(tenant, Stdio::Stdout))
            .stderr(TenantOutput::new(tenant, Stdio::Stderr));
    }
    let ctx = builder.build();
    let state = GuestState::with_net(ctx, app.limits.max_memory, launch.net.clone())
        .with_tls_shared(app.tls.clone())
        .with_subrequest_limit(app.limits.subrequests);
    let mut store = Store::new(&app.engine, state);
    store.limiter(|s| s.limits());
    let meter = Arc::new(CpuMeter::default());
    let deadline = Instant::now() + app.limits.timeout;
    let (timeout, cpu_budget, watched) = (app.limits.timeout, app.limits.cpu_time, meter.clone());
    store.set_epoch_deadline(1);
    store.epoch_deadline_callback(move |_| {
        if Instant::now() >= deadline {
            return Err(LimitExceeded::Timeout(timeout).into());
        }
        if let Some(budget) = cpu_budget
            && watched.spent_now() >= budget
        {
            return Err(LimitExceeded::CpuTime(budget).into());
        }
        // Let other requests on this worker thread run.
        Ok(UpdateDeadline::Yield(1))
    });
    Ok((store, meter))
}

/// The status and text for a guest that stopped: out of time (504), out
/// of CPU time (503), out of memory or any other trap (500).
fn describe_trap(err: wasmtime::Error, store: &Store<GuestState>) -> Failure {
    if let Some(limit) = err.downcast_ref::<LimitExceeded>() {
        return match limit {
            LimitExceeded::Timeout(t) => (504, format!("the request took longer than {t:?}")),
            LimitExceeded::CpuTime(c) => (503, format!("the request used more than {c:?} of CPU")),
        };
    }
    if let Some(trap) = err.downcast_ref::<wasmtime::Trap>()
        && *trap == wasmtime::Trap::Interrupt
    {
        return (504, "the request ran out of time".into());
    }
    if store.data().ran_out_of_memory() {
        return (500, "the request ran out of memory".into());
    }
    (500, format!("the app failed: {err:#}"))
}

/// The plain-text answer the host gives for its own failures.
pub fn error_response(status: u16) -> hyper::Response<HyperOutgoingBody> {
    let status =
        hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let text = format!("{}\n", status.canonical_reason().unwrap_or("Error"));
    let body = http_body_util::Full::new(bytes::Bytes::from(text))
        .map_err(|never| match never {})
        .boxed_unsync();
    let mut resp = hyper::Response::new(body);
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    resp
}

fn declared_length<B>(req: &hyper::Request<B>) -> Option<u64> {
    req.headers()
        .get(hyper::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// CPU time spent running one instance: the sum of its polls, each timed
/// on the polling thread's CPU clock (the future may move between worker
/// threads, but one poll stays on one).
#[derive(Default)]
struct CpuMeter {
    spent_ns: AtomicU64,
    /// The thread's CPU clock when the current poll began; 0 between polls.
    poll_began_ns: AtomicU64,
}

impl CpuMeter {
    fn spent(&self) -> Duration {
        Duration::from_nanos(self.spent_ns.load(Ordering::Relaxed))
    }

    /// Including the poll in progress; called from the epoch callback,
    /// which runs inside that poll, on its thread.
    fn spent_now(&self) -> Duration {
        let began = self.poll_began_ns.load(Ordering::Relaxed);
        let running = if began == 0 {
            0
        } else {
            nanos(thread_cpu_time()).saturating_sub(began)
        };
        Duration::from_nanos(self.spent_ns.load(Ordering::Relaxed) + running)
    }
}

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX).max(1)
}

struct Metered<F> {
    inner: Pin<Box<F>>,
    meter: Arc<CpuMeter>,
}

impl<F: Future> Future for Metered<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let began = nanos(thread_cpu_time());
        self.meter.poll_began_ns.store(began, Ordering::Relaxed);
        let result = self.inner.as_mut().poll(cx);
        let spent = nanos(thread_cpu_time()).saturating_sub(began);
        self.meter.poll_began_ns.store(0, Ordering::Relaxed);
        self.meter.spent_ns.fetch_add(spent, Ordering::Relaxed);
        result
    }
}

/// The request body, failing once more than `left` bytes have come.
struct LimitedBody {
    inner: hyper::body::Incoming,
    left: Option<u64>,
    over: Arc<AtomicBool>,
}

impl hyper::body::Body for LimitedBody {
    type Data = bytes::Bytes;
    type Error = wasmtime_wasi_http::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<hyper::body::Frame<bytes::Bytes>, Self::Error>>> {
        let frame = match Pin::new(&mut self.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => frame,
            Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e.into()))),
            Poll::Ready(None) => return Poll::Ready(None),
            Poll::Pending => return Poll::Pending,
        };
        if let (Some(left), Some(data)) = (self.left, frame.data_ref()) {
            let len = data.len() as u64;
            if len > left {
                self.over.store(true, Ordering::Relaxed);
                return Poll::Ready(Some(Err(wasmtime_wasi_http::Error::HttpRequestBodySize(
                    None,
                ))));
            }
            self.left = Some(left - len);
        }
        Poll::Ready(Some(Ok(frame)))
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}

/// Advances the engine's epoch every [`EPOCH_TICK`] while it lives, so
/// request deadlines and CPU budgets are checked in computing guests.
pub struct EpochTicker {
    stop: Arc<AtomicBool>,
}

impl EpochTicker {
    pub fn start(engine: Engine) -> EpochTicker {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(EPOCH_TICK);
                engine.increment_epoch();
            }
        });
        EpochTicker { stop }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
