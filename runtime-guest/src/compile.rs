//! Compiling module sources into functions, Node's `compileFunction` in short.
//!
//! A CommonJS module body becomes `(function (exports, require, ...) {BODY\n})`,
//! so line numbers in stack traces and syntax errors are those of the file.

use rquickjs::{Ctx, Error, FromJs, Function, Result, Value, qjs};
use std::ffi::CString;
use std::sync::atomic::{AtomicU32, Ordering};

pub fn compile_function<'js>(
    ctx: &Ctx<'js>,
    body: &str,
    filename: &str,
    params: &str,
) -> Result<Function<'js>> {
    let value = eval_global(ctx, wrap(body, params), filename)?;
    Function::from_js(ctx, value)
}

fn wrap(body: &str, params: &str) -> String {
    let body = strip_shebang(body);
    let mut source = String::with_capacity(body.len() + params.len() + 32);
    source.push_str("(function (");
    source.push_str(params);
    // The body starts on the wrapper's line so that line numbers are the
    // file's (QuickJS numbers the first line 1); only columns on line 1 are
    // shifted, as with Node's old wrapper.
    source.push_str(") {");
    source.push_str(body);
    source.push_str("\n})");
    source
}

/// `compile_function` for sandnode's own modules (js/), without their
/// source text. QuickJS keeps a copy of every function's text, for
/// `toString`, and a module's nested functions each copy theirs again: for
/// the built-ins a program starts with that was a third of the heap, which
/// every instance carries and every served request copies back. Round-
/// tripping the compiled script through QuickJS's bytecode writer with
/// `JS_WRITE_OBJ_STRIP_SOURCE` drops the texts and keeps the line tables, so
/// stack traces are unchanged; `toString` of a built-in function then says
/// `[native code]`, as it does in browsers (`isBytecodeFunction` lets
/// util.inspect still tell a built-in class from a function).
pub fn compile_builtin<'js>(
    ctx: &Ctx<'js>,
    body: &str,
    filename: &str,
    params: &str,
) -> Result<Function<'js>> {
    let flags = qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY;
    let script = eval_raw(ctx, wrap(body, params), filename, flags)?;
    let raw_ctx = ctx.as_raw().as_ptr();
    let write_flags = (qjs::JS_WRITE_OBJ_BYTECODE | qjs::JS_WRITE_OBJ_STRIP_SOURCE) as i32;
    let mut len = 0;
    // SAFETY: `script` is a compiled script we own; it is freed once
    // written. The buffer QuickJS allocates is freed with its allocator
    // after it has been read back (the reader copies what it keeps).
    let stripped = unsafe {
        let bytes = qjs::JS_WriteObject(raw_ctx, &mut len, script, write_flags);
        qjs::JS_FreeValue(raw_ctx, script);
        if bytes.is_null() {
            return Err(Error::Exception);
        }
        let read = qjs::JS_ReadObject(raw_ctx, bytes, len as _, qjs::JS_READ_OBJ_BYTECODE as i32);
        qjs::js_free(raw_ctx, bytes.cast());
        read
    };
    // SAFETY: a tag check on a value we own; running the script consumes it.
    let value = unsafe {
        if qjs::JS_IsException(stripped) {
            return Err(Error::Exception);
        }
        qjs::JS_EvalFunction(raw_ctx, stripped)
    };
    // SAFETY: as above; the result is handed to rquickjs exactly once.
    if unsafe { qjs::JS_IsException(value) } {
        return Err(Error::Exception);
    }
    let value = unsafe { Value::from_raw(ctx.clone(), value) };
    remember_bytecode_class(&value);
    Function::from_js(ctx, value)
}

/// QuickJS's class id of functions compiled from JS (its enum is private,
/// so it is read off the first built-in compiled).
static BYTECODE_CLASS: AtomicU32 = AtomicU32::new(0);

fn remember_bytecode_class(function: &Value<'_>) {
    // SAFETY: reads the class id of a live value.
    let id = unsafe { qjs::JS_GetClassID(function.as_raw()) };
    BYTECODE_CLASS.store(id, Ordering::Relaxed);
}

/// Whether `value` is a function compiled from JS (not one of QuickJS's C
/// functions, which also say `[native code]`).
pub fn is_bytecode_function(value: &Value<'_>) -> bool {
    let class = BYTECODE_CLASS.load(Ordering::Relaxed);
    // SAFETY: reads the class id of a live value.
    class != 0 && value.is_function() && unsafe { qjs::JS_GetClassID(value.as_raw()) } == class
}

/// Runs `code` as a classic script in the global scope (for -e, -p and
/// stdin) and returns its completion value.
pub fn eval_script<'js>(ctx: &Ctx<'js>, code: &str, filename: &str) -> Result<Value<'js>> {
    eval_global(ctx, strip_shebang(code).to_string(), filename)
}

/// `JS_Eval2` directly rather than through rquickjs, which would reset the
/// JS stack limit (see stack_limit.rs).
fn eval_global<'js>(ctx: &Ctx<'js>, source: String, filename: &str) -> Result<Value<'js>> {
    let raw = eval_raw(ctx, source, filename, qjs::JS_EVAL_TYPE_GLOBAL)?;
    // SAFETY: the value is owned by us and handed to rquickjs exactly once.
    Ok(unsafe { Value::from_raw(ctx.clone(), raw) })
}

/// Evaluates (or with `JS_EVAL_FLAG_COMPILE_ONLY`, compiles) `source` with
/// QuickJS's `flags`; the caller owns the returned value.
pub fn eval_raw(
    ctx: &Ctx<'_>,
    mut source: String,
    filename: &str,
    flags: u32,
) -> Result<qjs::JSValue> {
    let len = source.len();
    // QuickJS's parser expects a NUL after the last byte.
    source.push('\0');
    let filename = CString::new(filename.replace('\0', "?")).map_err(|_| Error::Unknown)?;
    let options = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: flags as _,
        filename: filename.as_ptr(),
        line_num: 1,
    };
    // SAFETY: `source` is NUL-terminated and outlives the call, and QuickJS
    // copies what it keeps.
    let raw = unsafe {
        qjs::JS_Eval2(
            ctx.as_raw().as_ptr(),
            source.as_ptr().cast(),
            len as _,
            &options as *const _ as *mut _,
        )
    };
    // SAFETY: a tag check on a value we own.
    if unsafe { qjs::JS_IsException(raw) } {
        return Err(Error::Exception);
    }
    Ok(raw)
}

/// Node ignores a `#!` line at the start of a script. Keep the line (blank)
/// so that line numbers do not move.
fn strip_shebang(body: &str) -> &str {
    if body.starts_with("#!") {
        match body.find('\n') {
            Some(i) => &body[i..],
            None => "",
        }
    } else {
        body
    }
}
