//! Running one program: build the WASI context from a [`Launch`], instantiate
//! the guest and call its `wasi:cli/run` export, and turn the outcome into an
//! exit code.

use crate::engine::Runtime;
use crate::launch::Launch;
use crate::limits::{self, Budget, GuestLimiter, LimitExceeded, Ticker};
use crate::policy::{self, NetPolicy};
use crate::tls::TlsSetup;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use wasmtime::component::{ResourceTable, ResourceTableError};
use wasmtime::{Result, Store, UpdateDeadline, bail};
use wasmtime_wasi::p2::bindings::CommandPre;
use wasmtime_wasi::sockets::SocketAddrUse;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};
use wasmtime_wasi_http::{
    Error as HttpError, RequestOptions, WasiBody, WasiHttpCtx, WasiHttpCtxView, WasiHttpHooks,
    WasiHttpView,
};

/// Exit code when the guest itself fails (a trap, an internal error), as
/// opposed to the user's program. EX_SOFTWARE from sysexits.h.
pub const EXIT_GUEST_FAILURE: i32 = 70;

pub struct GuestState {
    ctx: WasiCtx,
    table: ResourceTable,
    limiter: GuestLimiter,
    http: WasiHttpCtx,
    http_hooks: NetHooks,
}

impl GuestState {
    pub fn new(ctx: WasiCtx, max_memory: usize) -> GuestState {
        GuestState::with_net(ctx, max_memory, NetPolicy::default())
    }

    /// A state whose outgoing HTTP requests (`wasi:http`) obey `net`.
    pub fn with_net(ctx: WasiCtx, max_memory: usize, net: NetPolicy) -> GuestState {
        let mut table = ResourceTable::new();
        // A full table traps the guest (wasmtime-wasi 48 has no EMFILE for
        // it); see exit_code.
        table.set_max_capacity(limits::MAX_RESOURCES);
        GuestState {
            ctx,
            table,
            limiter: GuestLimiter::new(max_memory),
            http: WasiHttpCtx::new(),
            http_hooks: NetHooks {
                net: Arc::new(net),
                tls: None,
                subrequests_left: None,
            },
        }
    }

    /// Outgoing requests use `tls` (the run's connections and trust roots)
    /// instead of wasmtime-wasi-http's default sender.
    pub fn with_tls(self, tls: TlsSetup) -> GuestState {
        self.with_tls_shared(Arc::new(tls))
    }

    /// As `with_tls`, with trust roots shared by many instances (serve).
    pub fn with_tls_shared(mut self, tls: Arc<TlsSetup>) -> GuestState {
        self.http_hooks.tls = Some(tls);
        self
    }

    /// At most `max` outgoing requests (fetch) for this instance; more fail
    /// with an error that names the limit. None: no limit.
    pub fn with_subrequest_limit(mut self, max: Option<u32>) -> GuestState {
        self.http_hooks.subrequests_left = max.map(|m| (m, m));
        self
    }

    /// The largest the guest's linear memory has been, in bytes.
    pub fn peak_memory(&self) -> usize {
        self.limiter.peak()
    }

    /// Whether a memory growth was refused (the guest hit --max-memory).
    pub fn ran_out_of_memory(&self) -> bool {
        self.limiter.ran_out()
    }

    pub fn limits(&mut self) -> &mut GuestLimiter {
        &mut self.limiter
    }
}

impl WasiView for GuestState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for GuestState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.http_hooks,
        }
    }
}

/// Outgoing HTTP (`fetch`) under the network policy: the authority of each
/// request is resolved by the host and checked like a TCP connect, and
/// refused with `HTTP-request-denied` when no address of it is allowed.
/// Requests are sent by `tls` (see tls.rs: kept-alive connections, TLS
/// with the run's trust roots) when the run has one, else by
/// wasmtime-wasi-http's default sender.
struct NetHooks {
    net: Arc<NetPolicy>,
    tls: Option<Arc<TlsSetup>>,
    /// (left, limit) when the number of outgoing requests is capped.
    subrequests_left: Option<(u32, u32)>,
}

type SendResult = wasmtime_wasi_http::Result<(
    http::Response<WasiBody>,
    Box<dyn Future<Output = wasmtime_wasi_http::Result<()>> + Send>,
)>;

impl WasiHttpHooks for NetHooks {
    fn send_request(
        &mut self,
        mut request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        fut: Box<dyn Future<Output = wasmtime_wasi_http::Result<()>> + Send>,
    ) -> Box<dyn Future<Output = SendResult> + Send> {
        let net = self.net.clone();
        let tls_setup = self.tls.clone();
        let default = wasmtime_wasi_http::default_hooks();
        let over_limit = match &mut self.subrequests_left {
            Some((0, limit)) => Some(*limit),
            Some((left, _)) => {
                *left -= 1;
                None
            }
            None => None,
        };
        Box::new(async move {
            if let Some(limit) = over_limit {
                return Err(HttpError::InternalError(Some(format!(
                    "this request may make at most {limit} outgoing requests (subrequests)"
                ))));
            }
            let (host, port, tls) = request_target(&request)?;
            let addr = permitted_addr(net, host.clone(), port).await?;
            // Both connect to the very address that was checked (no second
            // lookup that could answer differently); TLS verifies the name.
            if let Some(setup) = tls_setup {
                return crate::tls::send(&setup, request, options, addr, &host, tls).await;
            }
            if !tls {
                rewrite_authority(&mut request, addr)?;
            }
            let sent = Box::into_pin(default.send_request(request, options, fut));
            sent.await
        })
    }

    fn p2_error_from_connect(
        &mut self,
        err: &std::io::Error,
    ) -> wasmtime_wasi_http::p2::bindings::http::types::ErrorCode {
        use wasmtime_wasi_http::p2::bindings::http::types::ErrorCode;
        match err.kind() {
            std::io::ErrorKind::ConnectionRefused => ErrorCode::ConnectionRefused,
            std::io::ErrorKind::TimedOut => ErrorCode::ConnectionTimeout,
            std::io::ErrorKind::ConnectionReset => ErrorCode::ConnectionTerminated,
            _ => ErrorCode::DestinationUnavailable,
        }
    }
}

/// The host, port and TLS-ness of a request's URI (ports default by scheme).
fn request_target(request: &http::Request<WasiBody>) -> Result<(String, u16, bool), HttpError> {
    let uri = request.uri();
    let authority = uri.authority().ok_or(HttpError::HttpRequestUriInvalid)?;
    let tls = uri.scheme() == Some(&http::uri::Scheme::HTTPS);
    let port = authority.port_u16().unwrap_or(if tls { 443 } else { 80 });
    let host = authority.host();
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    Ok((host.to_string(), port, tls))
}

/// The first address of `host` that the policy lets the program connect
/// to. Name resolution (and the policy's own, for named rules) blocks, so
/// it runs off the async threads.
async fn permitted_addr(
    net: Arc<NetPolicy>,
    host: String,
    port: u16,
) -> Result<SocketAddr, HttpError> {
    if !net.any_network() {
        return Err(HttpError::HttpRequestDenied);
    }
    tokio::task::spawn_blocking(move || {
        let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => {
                use std::net::ToSocketAddrs as _;
                match (host.as_str(), port).to_socket_addrs() {
                    Ok(it) => it.collect(),
                    Err(_) => {
                        return Err(HttpError::DnsError {
                            rcode: Some("ENOTFOUND".to_string()),
                            info_code: None,
                        });
                    }
                }
            }
        };
        addrs
            .into_iter()
            .find(|a| net.permits(*a, SocketAddrUse::TcpConnect, &policy::resolve_host))
            .ok_or(HttpError::HttpRequestDenied)
    })
    .await
    .map_err(|e| HttpError::InternalError(Some(e.to_string())))?
}

/// Points a plain-HTTP request at `addr` (its Host header already carries
/// the name the program asked for).
fn rewrite_authority(
    request: &mut http::Request<WasiBody>,
    addr: SocketAddr,
) -> Result<(), HttpError> {
    let mut parts = request.uri().clone().into_parts();
    parts.authority = Some(
        addr.to_string()
            .parse()
            .map_err(|_| HttpError::HttpRequestUriInvalid)?,
    );
    *request.uri_mut() =
        http::Uri::from_parts(parts).map_err(|_| HttpError::HttpRequestUriInvalid)?;
    Ok(())
}

/// Runs the program described by `launch` to completion and returns its
/// exit code. Errors are failures of the host or the guest, reported to
/// the user by the caller.
pub async fn run(runtime: &Runtime, launch: &Launch) -> Result<i32> {
    let timed = launch.limits.timeout.is_some() || launch.limits.cpu_time.is_some();
    if timed && !runtime.interruptible {
        bail!(
            "a program with --timeout or --cpu-time needs an interruptible runtime \
             (engine::Runtime::new, not Runtime::unlimited)"
        );
    }
    limits::raise_fd_limit();
    let mut builder = wasi_builder(launch)?;
    builder.inherit_stdin();
    // Like Node, NODE_EXTRA_CA_CERTS is read from the environment the
    // runtime was started in (not the program's, which may be narrowed).
    let tls = TlsSetup::from_env();
    let state = GuestState::with_net(
        builder.build(),
        launch.limits.max_memory,
        launch.net.clone(),
    )
    .with_tls(tls);
    let mut store = Store::new(&runtime.engine, state);
    store.limiter(|s| s.limits());

    let budget = Budget::start(launch.limits);
    // Without a time limit nothing advances the epoch, and a deadline of 1
    // is never reached (signals end the process on their own).
    store.set_epoch_deadline(1);
    store.epoch_deadline_callback(move |_| match budget.exceeded() {
        Some(limit) => Err(wasmtime::Error::new(limit)),
        None => Ok(UpdateDeadline::Continue(1)),
    });
    let _ticker = if timed {
        Some(Ticker::start(&runtime.engine, budget, true)?)
    } else {
        None
    };

    let pre = CommandPre::new(runtime.instance_pre.clone())?;
    // Unconstrained: the guest's own event loop polls many host streams in
    // one turn (a server with hundreds of connections), and tokio's
    // cooperative budget (128 readiness checks a task turn) would otherwise
    // report them all not ready, so the guest woke at once and spun.
    let program = tokio::task::unconstrained(async {
        let command = pre.instantiate_async(&mut store).await?;
        command.wasi_cli_run().call_run(&mut store).await
    });
    // The epoch callback stops a guest that computes; this stops one that
    // waits (a timer, stdin) past --timeout.
    let outcome = match budget.remaining() {
        Some(left) => match tokio::time::timeout(left, program).await {
            Ok(outcome) => outcome,
            Err(_) => Err(wasmtime::Error::new(LimitExceeded::Timeout(
                launch.limits.timeout.unwrap_or_default(),
            ))),
        },
        None => program.await,
    };
    let out_of_memory = store.data().limiter.ran_out();
    Ok(exit_code(outcome, out_of_memory))
}

/// The WASI context of a launch, without stdin: its arguments, the
/// environment it may see, its preopened directories and its network
/// policy. Output goes to the host's stdout and stderr.
pub fn wasi_builder(launch: &Launch) -> Result<WasiCtxBuilder> {
    let mut builder = WasiCtx::builder();
    builder
        .args(&launch.guest_args())
        .envs(&launch.env)
        .inherit_stdout()
        .inherit_stderr()
        .allow_blocking_current_thread(true);
    for dir in &launch.preopens {
        let perms = if dir.writable {
            FsPerms::ReadWrite
        } else {
            FsPerms::ReadOnly
        };
        builder.preopened_dir(&dir.host, &dir.guest, perms)?;
    }
    apply_net_policy(&mut builder, &launch.net);
    Ok(builder)
}

/// Sockets and name lookup as the policy allows; everything off by default.
fn apply_net_policy(builder: &mut WasiCtxBuilder, net: &NetPolicy) {
    let on = net.any_network();
    builder
        .allow_tcp(on)
        .allow_udp(on)
        .allow_ip_name_lookup(net.name_lookup());
    let net = Arc::new(net.clone());
    builder.socket_addr_check(move |addr, usage| {
        // Host names in the policy are resolved by the host, per check.
        let verdict = net.permits(addr, usage, &policy::resolve_host);
        Box::pin(async move { verdict })
    });
}

fn exit_code(outcome: wasmtime::Result<Result<(), ()>>, out_of_memory: bool) -> i32 {
    match outcome {
        Ok(Ok(())) => 0,
        Ok(Err(())) => 1,
        Err(err) => {
            if let Some(exit) = err.downcast_ref::<I32Exit>() {
                return exit.0;
            }
            if let Some(limit) = err.downcast_ref::<LimitExceeded>() {
                eprintln!("sandnode: {limit}");
                return limit.exit_code();
            }
            if let Some(ResourceTableError::Full) = err.downcast_ref::<ResourceTableError>() {
                eprintln!(
                    "sandnode: fatal: the program holds too many open resources \
                     (files, streams, sockets; the limit is {})",
                    limits::MAX_RESOURCES
                );
                return EXIT_GUEST_FAILURE;
            }
            let trap = err.downcast_ref::<wasmtime::Trap>().copied();
            // A guest that dies after a refused memory growth died of it
            // (an allocation that could not fail gracefully).
            if out_of_memory && trap.is_some_and(|t| t != wasmtime::Trap::StackOverflow) {
                eprintln!(
                    "sandnode: fatal: the program ran out of memory (--max-memory) ({})",
                    trap.map(|t| t.to_string()).unwrap_or_default()
                );
                return limits::EXIT_OUT_OF_MEMORY;
            }
            let what = match trap {
                Some(wasmtime::Trap::StackOverflow) => {
                    "the guest ran out of stack (deep recursion)".to_string()
                }
                Some(wasmtime::Trap::Interrupt) => "the guest was interrupted".to_string(),
                Some(t) => format!("the guest trapped: {t}"),
                None => format!("the guest failed: {err:#}"),
            };
            eprintln!("sandnode: fatal: {what}");
            EXIT_GUEST_FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_map_to_exit_codes() {
        assert_eq!(exit_code(Ok(Ok(())), false), 0);
        assert_eq!(exit_code(Ok(Err(())), false), 1);
        assert_eq!(exit_code(Err(wasmtime::Error::new(I32Exit(42))), false), 42);
        // A trap is the guest failing, not the program: status 70.
        assert_eq!(
            exit_code(
                Err(wasmtime::Error::new(wasmtime::Trap::UnreachableCodeReached)),
                false
            ),
            EXIT_GUEST_FAILURE
        );
        assert_eq!(
            exit_code(
                Err(wasmtime::Error::new(wasmtime::Trap::StackOverflow)),
                true
            ),
            EXIT_GUEST_FAILURE
        );
        // After a refused memory growth, a trap is reported as out of memory.
        assert_eq!(
            exit_code(
                Err(wasmtime::Error::new(wasmtime::Trap::UnreachableCodeReached)),
                true
            ),
            limits::EXIT_OUT_OF_MEMORY
        );
        let limit = LimitExceeded::Timeout(std::time::Duration::from_secs(1));
        assert_eq!(
            exit_code(Err(wasmtime::Error::new(limit)), false),
            limits::EXIT_TIMEOUT
        );
        assert_eq!(
            exit_code(Err(wasmtime::Error::new(ResourceTableError::Full)), false),
            EXIT_GUEST_FAILURE
        );
    }
}
