//! Compiling module sources into functions, Node's `compileFunction` in short.
//!
//! A CommonJS module body becomes `(function (exports, require, ...) {BODY\n})`,
//! so line numbers in stack traces and syntax errors are those of the file.

use rquickjs::{Ctx, Error, FromJs, Function, Result, Value, qjs};
use std::ffi::CString;

pub fn compile_function<'js>(
    ctx: &Ctx<'js>,
    body: &str,
    filename: &str,
    params: &str,
) -> Result<Function<'js>> {
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
    let value = eval_global(ctx, source, filename)?;
    Function::from_js(ctx, value)
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
