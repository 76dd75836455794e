//! The `binding` object: the narrow set of natives that the JS built-ins
//! under `js/` are allowed to call (Node's `internalBinding` in spirit).
//! User code never sees it.

use crate::compile::compile_function;
use crate::stdio::{self, Fd, WriteError};
use rquickjs::convert::List;
use rquickjs::function::Opt;
use rquickjs::{
    BigInt, Ctx, Error, Exception, Function, IntoJs, Object, Persistent, Result, Runtime,
    TypedArray, Value, qjs,
};
use std::cell::RefCell;

thread_local! {
    /// `binding.setRejectionHandler(fn)`: called by QuickJS's promise
    /// rejection tracker with (promise, reason, handled).
    static REJECTION_HANDLER: RefCell<Option<Persistent<Function<'static>>>> =
        const { RefCell::new(None) };
}

fn runtime_of(ctx: &Ctx<'_>) -> *mut qjs::JSRuntime {
    // SAFETY: plain accessor of the context's runtime.
    unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) }
}

thread_local! {
    /// xorshift128+ state behind Math.random; None until first use.
    static RANDOM_STATE: std::cell::Cell<Option<(u64, u64)>> = const { std::cell::Cell::new(None) };
}

/// Forgets the Math.random state so that the next call seeds it from
/// wasi:random. Called at the start of every run: a pre-initialised snapshot
/// must not hand the same sequence to every instance.
pub fn reseed_random() {
    RANDOM_STATE.with(|s| s.set(None));
}

/// Math.random: xorshift128+ (as V8 uses), seeded from the host's randomness.
fn math_random() -> f64 {
    RANDOM_STATE.with(|cell| {
        let (mut s0, mut s1) = cell.get().unwrap_or_else(|| {
            let a = wasip2::random::random::get_random_u64() | 1;
            let b = wasip2::random::random::get_random_u64();
            (a, b)
        });
        let mut x = s0;
        let y = s1;
        s0 = y;
        x ^= x << 23;
        x ^= x >> 17;
        x ^= y ^ (y >> 26);
        s1 = x;
        cell.set(Some((s0, s1)));
        // 53 random bits in [0, 1).
        (s0.wrapping_add(s1) >> 11) as f64 / (1u64 << 53) as f64
    })
}

pub fn install_rejection_tracker(runtime: &Runtime) {
    runtime.set_host_promise_rejection_tracker(Some(Box::new(
        |ctx: Ctx<'_>, promise: Value<'_>, reason: Value<'_>, handled: bool| {
            let handler = REJECTION_HANDLER.with(|h| h.borrow().clone());
            if let Some(handler) = handler
                && let Ok(f) = handler.restore(&ctx)
                && f.call::<_, ()>((promise, reason, handled)).is_err()
            {
                // A failing handler must not leave a stray pending exception.
                ctx.catch();
            }
            // rquickjs's call reset the JS stack limit.
            crate::stack_limit::arm(runtime_of(&ctx));
        },
    )));
}

/// Ends the guest with `code`, as `process.exit` does. Output is unbuffered,
/// so nothing is left to flush.
pub fn exit_process(code: i32) -> ! {
    wasip2::cli::exit::exit_with_code((code & 0xff) as u8);
    // The host never returns from exit; this keeps the type honest.
    std::process::abort()
}

pub fn create<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let b = Object::new(ctx.clone())?;
    let c = ctx.clone();
    macro_rules! func {
        ($name:literal, $f:expr) => {
            b.set($name, Function::new(c.clone(), $f)?.with_name($name)?)?;
        };
    }

    func!("writeStdout", |ctx: Ctx<'js>, data: Value<'js>| write_fd(
        &ctx,
        Fd::Stdout,
        data
    ));
    func!("writeStderr", |ctx: Ctx<'js>, data: Value<'js>| write_fd(
        &ctx,
        Fd::Stderr,
        data
    ));
    func!("readStdin", |ctx: Ctx<'js>| -> Result<String> {
        let bytes = stdio::read_stdin_to_end()
            .map_err(|e| Exception::throw_message(&ctx, &format!("cannot read stdin: {e}")))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    });
    func!("readFileUtf8", |ctx: Ctx<'js>,
                           path: String|
     -> Result<String> {
        match std::fs::read(&path) {
            Ok(bytes) => Ok(match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            }),
            Err(err) => Err(throw_io(&ctx, &err, "open", &path)),
        }
    });
    // 0: missing or unreachable, 1: file, 2: directory (Node's internalModuleStat).
    func!("statKind", |path: String| -> i32 {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => 2,
            Ok(_) => 1,
            Err(_) => 0,
        }
    });
    func!(
        "compileFunction",
        |ctx: Ctx<'js>, src: String, filename: String, params: String| {
            compile_function(&ctx, &src, &filename, &params)
        }
    );
    func!(
        "compileBuiltin",
        |ctx: Ctx<'js>, src: String, filename: String, params: String| {
            crate::compile::compile_builtin(&ctx, &src, &filename, &params)
        }
    );
    func!("isBytecodeFunction", |value: Value<'js>| -> bool {
        crate::compile::is_bytecode_function(&value)
    });
    func!("builtinSource", |id: String| -> Option<&'static str> {
        crate::builtins::source(&id)
    });
    func!("builtinIds", || -> Vec<&'static str> {
        crate::builtins::BUILTIN_SOURCES
            .iter()
            .map(|(id, _)| *id)
            .collect()
    });
    func!("runMicrotasks", run_microtasks);
    func!("setRejectionHandler", |f: Function<'js>| {
        let p = Persistent::save(&f.ctx().clone(), f);
        REJECTION_HANDLER.with(|h| *h.borrow_mut() = Some(p));
    });
    func!("monotonicNs", |ctx: Ctx<'js>| BigInt::from_u64(
        ctx,
        wasip2::clocks::monotonic_clock::now()
    ));
    func!("monotonicMs", || -> f64 {
        wasip2::clocks::monotonic_clock::now() as f64 / 1e6
    });
    func!("wallMs", || -> f64 {
        let now = wasip2::clocks::wall_clock::now();
        now.seconds as f64 * 1e3 + now.nanoseconds as f64 / 1e6
    });
    func!("sleep", |ms: f64| {
        if ms > 0.0 {
            let ns = (ms * 1e6).min(u64::MAX as f64) as u64;
            let pollable = wasip2::clocks::monotonic_clock::subscribe_duration(ns);
            pollable.block();
        }
    });
    func!("exit", |code: i32| -> () { exit_process(code) });
    func!("environ", |ctx: Ctx<'js>| -> Result<Object<'js>> {
        let env = Object::new(ctx)?;
        for (k, v) in wasip2::cli::environment::get_environment() {
            env.set(k, v)?;
        }
        Ok(env)
    });
    func!("memoryUsage", memory_usage);
    func!("mathRandom", math_random);
    // WHATWG URL (url.rs): components of `input` against `base`, or null.
    func!("urlParse", |input: String,
                       base: Opt<String>|
     -> Option<Vec<String>> {
        crate::url::parse(&input, base.0.as_deref()).map(|u| crate::url::components(&u).to_vec())
    });
    func!("urlSet", |href: String,
                     component: String,
                     value: String|
     -> Option<String> {
        crate::url::set(&href, &component, &value)
    });
    func!("domainToASCII", |domain: String| {
        crate::url::domain_to_ascii(&domain)
    });
    func!("domainToUnicode", |domain: String| {
        crate::url::domain_to_unicode(&domain)
    });
    // Fills a byte view from wasi:random (crypto.getRandomValues).
    func!("randomFill", |bytes: TypedArray<'js, u8>| {
        if let Some(raw) = bytes.as_raw() {
            let len = raw.len();
            let random = wasip2::random::random::get_random_bytes(len as u64);
            // SAFETY: `raw` is the live view's memory, written synchronously
            // while no JS runs, with exactly `len` bytes.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    random.as_ptr(),
                    raw.as_ptr() as *mut u8,
                    len.min(random.len()),
                );
            }
        }
    });
    // Text codecs (codec.rs), for Buffer, TextEncoder/TextDecoder, atob/btoa.
    func!("utf8Encode", |ctx: Ctx<'js>, s: String| {
        TypedArray::<u8>::new(ctx, s.into_bytes())
    });
    // Byte counts and latin1 in Rust: per-character loops in JS cost about
    // 0.5 µs a character, and every HTTP head goes through them.
    func!("utf8ByteLength", |s: String| s.len() as f64);
    func!("latin1Encode", |ctx: Ctx<'js>, s: String| {
        TypedArray::<u8>::new(ctx, crate::codec::latin1_encode(&s))
    });
    func!("latin1Decode", |bytes: TypedArray<'js, u8>,
                           mask: Opt<bool>| {
        // SAFETY: read synchronously while no JS runs.
        let data = unsafe { bytes.as_bytes() }.unwrap_or(&[]);
        crate::codec::latin1_decode(data, mask.0.unwrap_or(false))
    });
    func!("utf8Decode", |ctx: Ctx<'js>,
                         bytes: TypedArray<'js, u8>,
                         fatal: Opt<bool>| {
        let fatal = fatal.0.unwrap_or(false);
        // SAFETY: read synchronously while no JS runs.
        let data = unsafe { bytes.as_bytes() }.unwrap_or(&[]);
        match crate::codec::utf8_decode(data, fatal) {
            Some(text) => text.into_js(&ctx),
            None => Ok(Value::new_null(ctx.clone())),
        }
    });
    func!("base64Encode", |bytes: TypedArray<'js, u8>,
                           url: Opt<bool>|
     -> String {
        // SAFETY: read synchronously while no JS runs.
        let data = unsafe { bytes.as_bytes() }.unwrap_or(&[]);
        crate::codec::base64_encode(data, url.0.unwrap_or(false))
    });
    func!("base64Decode", |ctx: Ctx<'js>, text: String| {
        TypedArray::<u8>::new(ctx, crate::codec::base64_decode_lenient(&text))
    });
    func!("hexEncode", |bytes: TypedArray<'js, u8>| -> String {
        // SAFETY: read synchronously while no JS runs.
        crate::codec::hex_encode(unsafe { bytes.as_bytes() }.unwrap_or(&[]))
    });
    // Takes a string of code units 0-255 (Buffer passes only those).
    func!("hexDecode", |ctx: Ctx<'js>, text: String| {
        let units: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
        TypedArray::<u8>::new(ctx, crate::codec::hex_decode(&units))
    });
    func!("base64DecodeStrict", |ctx: Ctx<'js>,
                                 text: String|
     -> Result<Value<'js>> {
        match crate::codec::base64_decode_strict(&text) {
            Some(bytes) => Ok(TypedArray::<u8>::new(ctx, bytes)?.into_value()),
            None => Ok(Value::new_null(ctx)),
        }
    });
    func!("randomU32", || -> u32 {
        let b = wasip2::random::random::get_random_u64();
        b as u32
    });
    func!("evalScript", |ctx: Ctx<'js>,
                         code: String,
                         filename: String|
     -> Result<Value<'js>> {
        crate::compile::eval_script(&ctx, &code, &filename)
    });
    func!("armStackLimit", |ctx: Ctx<'js>| -> bool {
        crate::stack_limit::arm(runtime_of(&ctx))
    });
    // [state, value]: 0 pending, 1 fulfilled, 2 rejected (for util.inspect).
    func!(
        "promiseState",
        |p: rquickjs::Promise<'js>| -> List<(i32, Value<'js>)> {
            let ctx = p.ctx().clone();
            let raw = p.as_value().as_raw();
            // SAFETY: reading the state and result of a live promise; the
            // result is a new reference handed to rquickjs.
            unsafe {
                let state = qjs::JS_PromiseState(ctx.as_raw().as_ptr(), raw);
                if state == qjs::JSPromiseStateEnum_JS_PROMISE_PENDING {
                    return List((0, Value::new_undefined(ctx)));
                }
                let result = Value::from_raw(
                    ctx.clone(),
                    qjs::JS_PromiseResult(ctx.as_raw().as_ptr(), raw),
                );
                let code = if state == qjs::JSPromiseStateEnum_JS_PROMISE_FULFILLED {
                    1
                } else {
                    2
                };
                List((code, result))
            }
        }
    );
    func!("isatty", |fd: i32| -> bool {
        match fd {
            0 => wasip2::cli::terminal_stdin::get_terminal_stdin().is_some(),
            1 => wasip2::cli::terminal_stdout::get_terminal_stdout().is_some(),
            2 => wasip2::cli::terminal_stderr::get_terminal_stderr().is_some(),
            _ => false,
        }
    });
    func!("errorLocation", |err: Opt<Value<'js>>| error_location(
        err.0
    )
    .map(List));
    // ES modules (modules.rs).
    func!("setModuleHooks", |ctx: Ctx<'js>, hooks: Object<'js>| {
        crate::modules::set_hooks(&ctx, hooks)
    });
    func!("importModule", |ctx: Ctx<'js>,
                           specifier: String,
                           base: String| {
        crate::modules::import(&ctx, &specifier, &base)
    });
    func!("loadModuleSync", |ctx: Ctx<'js>, name: String| {
        crate::modules::load_sync(&ctx, &name)
    });
    func!("looksLikeModule", |source: String| {
        crate::modules::looks_like_module(&source)
    });
    func!("realpath", |ctx: Ctx<'js>,
                       path: String|
     -> Result<String> {
        crate::modules::realpath(&path).map_err(|err| throw_io(&ctx, &err, "realpath", &path))
    });
    // Natives of larger built-ins live in their own files.
    crate::crypto::register(ctx, &b)?;
    crate::webcrypto::register(ctx, &b)?;
    crate::zlib::register(ctx, &b)?;
    #[cfg(target_os = "wasi")]
    crate::fs::register(ctx, &b)?;
    crate::io::register(ctx, &b)?;
    crate::lines::register(ctx, &b)?;
    crate::net::register(ctx, &b)?;
    crate::udp::register(ctx, &b)?;
    crate::fetch::register(ctx, &b)?;
    crate::http::register(ctx, &b)?;
    crate::serve::register(ctx, &b)?;
    Ok(b)
}

fn write_fd<'js>(ctx: &Ctx<'js>, fd: Fd, data: Value<'js>) -> Result<Value<'js>> {
    let result = if let Some(s) = data.as_string() {
        stdio::write(fd, s.to_string()?.as_bytes())
    } else if let Ok(arr) = TypedArray::<u8>::from_value(data.clone()) {
        // SAFETY: the bytes are only read, synchronously, while no JS runs.
        let bytes = unsafe { arr.as_bytes() }
            .ok_or_else(|| Exception::throw_type(ctx, "detached buffer"))?;
        stdio::write(fd, bytes)
    } else {
        return Err(Exception::throw_type(
            ctx,
            "data must be a string or Uint8Array",
        ));
    };
    match result {
        Ok(()) => Ok(Value::new_undefined(ctx.clone())),
        Err(WriteError::Closed) => "EPIPE".into_js(ctx),
        Err(WriteError::Failed(msg)) => msg.into_js(ctx),
    }
}

/// Runs QuickJS's job queue (promise reactions) until it is empty. If a job
/// throws, stops and returns the exception so the caller can report it as
/// uncaught; returns undefined when the queue drained.
fn run_microtasks<'js>(ctx: Ctx<'js>) -> Result<Value<'js>> {
    loop {
        let mut job_ctx = std::mem::MaybeUninit::<*mut qjs::JSContext>::uninit();
        // SAFETY: plain QuickJS call on the runtime this context belongs to.
        let res = unsafe {
            let rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
            qjs::JS_ExecutePendingJob(rt, job_ctx.as_mut_ptr())
        };
        match res {
            0 => return Ok(Value::new_undefined(ctx)),
            r if r < 0 => {
                let exc = ctx.catch();
                let holder = Object::new(ctx.clone())?;
                holder.set("error", exc)?;
                return Ok(holder.into_value());
            }
            _ => {}
        }
    }
}

fn memory_usage<'js>(ctx: Ctx<'js>) -> Result<Object<'js>> {
    let mut usage = std::mem::MaybeUninit::<qjs::JSMemoryUsage>::zeroed();
    // SAFETY: QuickJS fills the struct it is given.
    let usage = unsafe {
        let rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        qjs::JS_ComputeMemoryUsage(rt, usage.as_mut_ptr());
        usage.assume_init()
    };
    let linear = linear_memory_bytes();
    let out = Object::new(ctx)?;
    // rss: all of the guest's linear memory, which is what the host commits.
    out.set("rss", linear as f64)?;
    out.set("heapTotal", usage.malloc_size as f64)?;
    out.set("heapUsed", usage.memory_used_size as f64)?;
    out.set("external", 0.0)?;
    out.set("arrayBuffers", 0.0)?;
    Ok(out)
}

#[cfg(target_arch = "wasm32")]
fn linear_memory_bytes() -> usize {
    core::arch::wasm32::memory_size(0) * 65536
}

#[cfg(not(target_arch = "wasm32"))]
fn linear_memory_bytes() -> usize {
    0
}

/// `[fileName, line, column]` of where `err` was created, from the top
/// frame of its stack, for printing the source line of an uncaught error.
fn error_location<'js>(err: Option<Value<'js>>) -> Option<(String, i32, i32)> {
    let stack: String = err?.as_object()?.get("stack").ok()?;
    for line in stack.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("at ") else {
            continue;
        };
        let loc = match (rest.rfind('('), rest.ends_with(')')) {
            (Some(i), true) => &rest[i + 1..rest.len() - 1],
            _ => rest,
        };
        let mut parts = loc.rsplitn(3, ':');
        let col = parts.next()?.parse().ok()?;
        let ln = parts.next()?.parse().ok()?;
        let file = parts.next()?.to_string();
        if file == "native" || file.starts_with("node:") {
            continue;
        }
        return Some((file, ln, col));
    }
    None
}

/// Throws a Node-style system error: `ENOENT: no such file or directory, open '/x'`
/// with `code`, `errno`, `syscall` and `path`, using node:fs's errno mapping.
#[cfg(target_os = "wasi")]
pub fn throw_io(ctx: &Ctx<'_>, err: &std::io::Error, syscall: &str, path: &str) -> Error {
    use std::io::ErrorKind::*;
    // std's error carries wasi-libc's errno; a synthetic one only its kind.
    let errno = err.raw_os_error().unwrap_or(match err.kind() {
        NotFound => libc::ENOENT,
        PermissionDenied => libc::EACCES,
        AlreadyExists => libc::EEXIST,
        IsADirectory => libc::EISDIR,
        NotADirectory => libc::ENOTDIR,
        DirectoryNotEmpty => libc::ENOTEMPTY,
        InvalidInput => libc::EINVAL,
        _ => libc::EIO,
    });
    crate::fs::throw_uv(ctx, errno, syscall, Some(path), None)
}

/// Off the guest's target (unit tests on the build machine): the message
/// only, without node:fs's errno table.
#[cfg(not(target_os = "wasi"))]
pub fn throw_io(ctx: &Ctx<'_>, err: &std::io::Error, syscall: &str, path: &str) -> Error {
    Exception::throw_message(ctx, &format!("{err}, {syscall} '{path}'"))
}
