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
mod compile;
mod stack_limit;
mod stdio;

use rquickjs::{Context, Function, Object, Runtime};

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

fn main() {
    let args = wasip2::cli::environment::get_arguments();
    let code = run(args);
    binding::exit_process(code);
}

fn run(args: Vec<String>) -> i32 {
    let runtime = match Runtime::new() {
        Ok(rt) => rt,
        Err(err) => return fatal(&format!("cannot create the JavaScript runtime: {err}")),
    };
    binding::install_rejection_tracker(&runtime);
    let context = match Context::full(&runtime) {
        Ok(ctx) => ctx,
        Err(err) => return fatal(&format!("cannot create the JavaScript context: {err}")),
    };
    context.with(|ctx| {
        // SAFETY: plain accessor of the context's runtime.
        stack_limit::locate(unsafe { rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) });
        let result = (|| -> rquickjs::Result<i32> {
            let binding = binding::create(&ctx)?;
            let src = builtins::source("internal/main").expect("internal/main.js is embedded");
            let main: Function =
                compile::compile_function(&ctx, src, "node:internal/main", "binding")?;
            let run: Function = main.call((binding,))?;
            let argv = rquickjs::Array::new(ctx.clone())?;
            for (i, arg) in args.into_iter().enumerate() {
                argv.set(i, arg)?;
            }
            run.call((argv,))
        })();
        match result {
            Ok(code) => code,
            Err(rquickjs::Error::Exception) => {
                let exc = ctx.catch();
                let obj = exc.as_object();
                let message = obj
                    .and_then(|o: &Object| o.get::<_, String>("message").ok())
                    .or_else(|| exc.as_string().and_then(|s| s.to_string().ok()))
                    .unwrap_or_else(|| format!("{exc:?}"));
                let stack = obj
                    .and_then(|o: &Object| o.get::<_, String>("stack").ok())
                    .unwrap_or_default();
                let text = format!("{message}\n{stack}");
                fatal(&format!("internal error in the runtime: {text}"))
            }
            Err(err) => fatal(&format!("internal error in the runtime: {err}")),
        }
    })
}

/// Reports a failure of the runtime itself (not of the user's program).
fn fatal(msg: &str) -> i32 {
    stdio::write_all(stdio::Fd::Stderr, format!("sandnode: {msg}\n").as_bytes());
    70 // EX_SOFTWARE
}
