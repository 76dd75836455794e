use clap::Parser as _;
use sandnode::launch::Mode;
use sandnode::{build, cli, engine, run, serve, signals, tenant_host};
use std::io::Write as _;

fn main() {
    std::process::exit(real_main());
}

fn real_main() -> i32 {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // --help prints and exits 0; a bad flag prints and exits 2.
            let _ = err.print();
            return if err.use_stderr() { 9 } else { 0 };
        }
    };
    if cli.version {
        print!("{}", cli::version_text());
        let _ = std::io::stdout().flush();
        return 0;
    }
    if cli.rest.first().map(String::as_str) == Some("host")
        && cli.eval.is_none()
        && cli.print.is_none()
    {
        return host_main(&cli);
    }
    let launch = match cli::plan(cli) {
        Ok(l) => l,
        Err(err) => {
            eprintln!("sandnode: {err:#}");
            return 9;
        }
    };
    let serving = launch.mode == Mode::Serve && launch.build_out.is_none();
    // A server drains its requests on SIGTERM/SIGINT (serve.rs); a program
    // ends the way node does.
    if !serving && let Err(err) = signals::install() {
        eprintln!("sandnode: cannot install signal handlers: {err}");
        return run::EXIT_GUEST_FAILURE;
    }
    // A server runs its requests on every core; a program on this thread.
    let mut builder = if serving {
        serving_runtime()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let tokio = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("sandnode: cannot start the async runtime: {err}");
            return run::EXIT_GUEST_FAILURE;
        }
    };
    // SANDNODE_TIMING=1 prints where start-up time goes, for bench/ work.
    let timing = std::env::var_os("SANDNODE_TIMING").is_some();
    let started = std::time::Instant::now();
    tokio.block_on(async {
        if let Some(out) = &launch.build_out {
            return match build::build(&launch, out).await {
                Ok(code) => code,
                Err(err) => {
                    eprintln!("sandnode build: {err:#}");
                    1
                }
            };
        }
        let runtime = if serving {
            engine::Runtime::pooled(serve::MAX_CONCURRENT, launch.limits.max_memory).await
        } else if launch.limits.timeout.is_none() && launch.limits.cpu_time.is_none() {
            // Nothing will need to stop the guest mid-loop.
            engine::Runtime::unlimited().await
        } else {
            engine::Runtime::new().await
        };
        let runtime = match runtime {
            Ok(rt) => rt,
            Err(err) => {
                eprintln!("sandnode: {err:#}");
                return run::EXIT_GUEST_FAILURE;
            }
        };
        if timing {
            eprintln!(
                "sandnode timing: engine+guest ready after {:?} ({:?})",
                started.elapsed(),
                runtime.source
            );
        }
        let outcome = if serving {
            serve::serve(&runtime, &launch).await
        } else {
            run::run(&runtime, &launch).await
        };
        match outcome {
            Ok(code) => code,
            Err(err) => {
                eprintln!("sandnode: {err:#}");
                run::EXIT_GUEST_FAILURE
            }
        }
    })
}

/// `sandnode host --config tenants.toml`: grants and limits come from the
/// config, per tenant, so the command line's permission flags are refused.
fn host_main(cli: &cli::Cli) -> i32 {
    if cli::has_permission_flags(cli) {
        eprintln!(
            "sandnode: permission and limit flags do not apply to `sandnode host`; \
             give each tenant its grants and limits in the config"
        );
        return 9;
    }
    let args = match tenant_host::parse_args(&cli.rest[1..]) {
        Ok(a) => a,
        Err(err) => {
            eprintln!("sandnode: {err:#}");
            return 9;
        }
    };
    let tokio = match serving_runtime().enable_all().build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("sandnode: cannot start the async runtime: {err}");
            return run::EXIT_GUEST_FAILURE;
        }
    };
    match tokio.block_on(tenant_host::host(args)) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("sandnode host: {err:#}");
            1
        }
    }
}

/// The runtime of `serve` and `host`. A computing instance yields at every
/// 10 ms epoch tick; tokio by default looks at the network only every 61
/// task polls, which would let a CPU-bound tenant hold others' sockets for
/// over half a second, so it looks after every other poll.
fn serving_runtime() -> tokio::runtime::Builder {
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder.event_interval(2);
    builder
}
