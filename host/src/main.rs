use clap::Parser as _;
use sandnode::{cli, engine, run, signals};
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
    let launch = match cli::plan(cli) {
        Ok(l) => l,
        Err(err) => {
            eprintln!("sandnode: {err:#}");
            return 9;
        }
    };
    if let Err(err) = signals::install() {
        eprintln!("sandnode: cannot install signal handlers: {err}");
        return run::EXIT_GUEST_FAILURE;
    }
    let tokio = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
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
        let runtime = match engine::Runtime::new().await {
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
        match run::run(&runtime, &launch).await {
            Ok(code) => code,
            Err(err) => {
                eprintln!("sandnode: {err:#}");
                run::EXIT_GUEST_FAILURE
            }
        }
    })
}
