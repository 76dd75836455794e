//! The sandnode guest: a QuickJS runtime with Node's event loop and built-ins,
//! compiled to a wasm32-wasip2 command component (it exports `wasi:cli/run`).
//!
//! The host starts it with these arguments (see `host/src/launch.rs`):
//!   `[execPath, cwd, mode, payload, ...userArgs]`
//! where `mode` is `file` (payload: absolute script path), `eval` or `print`
//! (payload: the code), or `stdin` (the script is read from standard input).
//!
//! Rust sets up QuickJS and the `binding` object of natives, then hands over
//! to `js/internal/main.js`, which runs the program and the event loop.

mod binding;
mod codec;
mod compile;
mod crypto;
mod fetch;
// node:fs calls wasi-libc directly; the guest's unit tests (run on the
// build machine by `cargo test --workspace`) do not include it.
#[cfg(target_os = "wasi")]
mod fs;
mod http;
mod io;
mod lines;
mod modules;
mod net;
mod serve;
mod sockets;
mod stack_limit;
mod stdio;
mod udp;
mod url;
mod webcrypto;
mod zlib;

use rquickjs::{Context, Function, Object, Persistent, Runtime};
use std::cell::RefCell;

/// Every file under `js/`, keyed by module id (`events`, `internal/main`, ...).
mod builtins {
    include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

    pub fn source(id: &str) -> Option<&'static str> {
        BUILTIN_SOURCES
            .iter()
            .find(|(name, _)| *name == id)
            .map(|(_, src)| *src)
    }
}

/// The JS engine, created once: at pre-initialisation time when the host
/// snapshots the guest with wizer (see `wizer-initialize` below), otherwise
/// at the start of `main`.
struct Engine {
    // Field order is drop order: the saved function before its runtime.
    run: Persistent<Function<'static>>,
    context: Context,
    _runtime: Runtime,
}

/// Bytes a served request may allocate before QuickJS first collects.
const REQUEST_GC_HEADROOM: usize = 16 * 1024 * 1024;

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

wit_bindgen::generate!({
    inline: "package sandnode:guest; world preinit { export wizer-initialize: func(); }",
});

struct Preinit;

impl Guest for Preinit {
    /// Creates QuickJS and loads the built-ins, so that a snapshot taken
    /// now starts every program with them ready. It must not create WASI
    /// resources (streams, pollables) or read the launch configuration:
    /// none of that survives a snapshot.
    fn wizer_initialize() {
        match create_engine() {
            Ok(engine) => ENGINE.with(|e| *e.borrow_mut() = Some(engine)),
            Err(msg) => {
                // No stdout here: a snapshot cannot keep a stream. Trap, and
                // the host falls back to the guest without a snapshot.
                panic!("pre-initialisation failed: {msg}");
            }
        }
        // `sandnode serve` pre-initialises with a launch (mode `serve`, no
        // request): the app module is imported now, into the snapshot, so
        // that no request pays for loading it (js/internal/serve.js).
        let args = wasip2::cli::environment::get_arguments();
        if args.len() > 1 {
            // `sandnode build` of a script (mode `command`) only embeds its
            // files: its run is a whole program, collected as usual.
            let command = args[1].contains("\"mode\":\"command\"");
            serve::keep_heap_resident(args[1].contains("\"residentHeap\":true"));
            let code = run_program();
            forget_host_resources();
            if code != 0 {
                panic!("pre-initialising the app failed (exit code {code})");
            }
            ENGINE.with(|e| {
                if let Some(engine) = e.borrow().as_ref() {
                    engine._runtime.run_gc();
                    if command {
                        return;
                    }
                    // A request is short: having collected once now, let it
                    // allocate this much before its first collection, which
                    // would touch (and so copy) every page of the snapshot.
                    let used = engine._runtime.memory_usage().malloc_size.max(0) as usize;
                    engine._runtime.set_gc_threshold(used + REQUEST_GC_HEADROOM);
                }
            });
        }
    }
}

export!(Preinit);

// `sandnode serve` and other wasi:http hosts call this on a fresh instance
// per request (see serve.rs).
use serve::Handler as ServeHandler;
wasip2::http::proxy::export!(ServeHandler);

fn main() {
    let code = run_program();
    binding::exit_process(code);
}

/// Runs `js/internal/main.js`'s `run` with the launch arguments and returns
/// its exit code: the whole program for `wasi:cli/run`, one request for
/// the incoming-handler export.
fn run_program() -> i32 {
    let args = wasip2::cli::environment::get_arguments();
    let engine = match ENGINE.with(|e| e.borrow_mut().take()) {
        Some(engine) => engine,
        None => match create_engine() {
            Ok(engine) => engine,
            Err(msg) => binding::exit_process(fatal(&msg)),
        },
    };
    // A snapshot froze whatever random state it had: start afresh.
    binding::reseed_random();
    let code = engine.context.with(|ctx| {
        let result = (|| -> rquickjs::Result<i32> {
            let run = engine.run.clone().restore(&ctx)?;
            let argv = rquickjs::Array::new(ctx.clone())?;
            for (i, arg) in args.into_iter().enumerate() {
                argv.set(i, arg)?;
            }
            run.call((argv,))
        })();
        result.unwrap_or_else(|err| fatal(&describe_error(&ctx, err)))
    });
    // The engine stays for anything the host calls next.
    ENGINE.with(|e| *e.borrow_mut() = Some(engine));
    code
}

/// Drops what the snapshot must not keep: handles of host resources that
/// belong to the instance that made it (stdio streams, and wasi-libc's
/// table of preopened directories, which it reloads on next use).
fn forget_host_resources() {
    #[cfg(target_os = "wasi")]
    unsafe extern "C" {
        fn __wasilibc_reset_preopens();
    }
    stdio::forget_streams();
    // SAFETY: wasi-libc's own reset, meant for snapshotting; nothing holds
    // a reference into the preopen table across this call.
    #[cfg(target_os = "wasi")]
    unsafe {
        __wasilibc_reset_preopens()
    };
}

/// QuickJS with the built-ins loaded, and `run(argv)` from
/// `js/internal/main.js` saved for later.
fn create_engine() -> Result<Engine, String> {
    let runtime =
        Runtime::new().map_err(|e| format!("cannot create the JavaScript runtime: {e}"))?;
    binding::install_rejection_tracker(&runtime);
    let context = Context::full(&runtime)
        .map_err(|e| format!("cannot create the JavaScript context: {e}"))?;
    let run = context.with(|ctx| {
        // SAFETY: plain accessor of the context's runtime.
        let rt = unsafe { rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) };
        stack_limit::locate(rt);
        modules::install(rt);
        let result = (|| -> rquickjs::Result<Persistent<Function<'static>>> {
            let binding = binding::create(&ctx)?;
            let src = builtins::source("internal/main").expect("internal/main.js is embedded");
            let main: Function =
                compile::compile_function(&ctx, src, "node:internal/main", "binding")?;
            let run: Function = main.call((binding,))?;
            Ok(Persistent::save(&ctx, run))
        })();
        result.map_err(|err| describe_error(&ctx, err))
    });
    let run = match run {
        Ok(run) => run,
        Err(msg) => {
            // Live JS objects would trip QuickJS's leak assertion when the
            // runtime is freed; the process is about to end anyway.
            std::mem::forget(context);
            std::mem::forget(runtime);
            return Err(msg);
        }
    };
    Ok(Engine {
        run,
        context,
        _runtime: runtime,
    })
}

fn describe_error(ctx: &rquickjs::Ctx<'_>, err: rquickjs::Error) -> String {
    match err {
        rquickjs::Error::Exception => {
            let exc = ctx.catch();
            let obj = exc.as_object();
            let message = obj
                .and_then(|o: &Object| o.get::<_, String>("message").ok())
                .or_else(|| exc.as_string().and_then(|s| s.to_string().ok()))
                .unwrap_or_else(|| format!("{exc:?}"));
            let stack = obj
                .and_then(|o: &Object| o.get::<_, String>("stack").ok())
                .unwrap_or_default();
            format!("internal error in the runtime: {message}\n{stack}")
        }
        err => format!("internal error in the runtime: {err}"),
    }
}

/// Reports a failure of the runtime itself (not of the user's program).
fn fatal(msg: &str) -> i32 {
    stdio::write_all(stdio::Fd::Stderr, format!("sandnode: {msg}\n").as_bytes());
    70 // EX_SOFTWARE
}
