//! Compiling module sources into functions, Node's `compileFunction` in short.
//!
//! A CommonJS module body becomes `(function (exports, require, ...) {\n BODY \n})`.
//! The wrapper sits on a line of its own and QuickJS is told that the body
//! starts at line 1, so line and column numbers in stack traces and syntax
//! errors are those of the user's file, as in Node.

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
    source.push_str(") {\n");
    source.push_str(body);
    source.push_str("\n})");
    let len = source.len();
    // QuickJS's parser expects a NUL after the last byte.
    source.push('\0');
    let filename = CString::new(filename.replace('\0', "?")).map_err(|_| Error::Unknown)?;
    let options = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: qjs::JS_EVAL_TYPE_GLOBAL as _,
        filename: filename.as_ptr(),
        // The wrapper occupies line 0, so the body's first line is line 1.
        line_num: 0,
    };
    // SAFETY: `source` outlives the call, QuickJS copies what it keeps, and
    // the returned value is owned by us and handed to rquickjs exactly once.
    let value = unsafe {
        let raw = qjs::JS_Eval2(
            ctx.as_raw().as_ptr(),
            source.as_ptr().cast(),
            len as _,
            &options as *const _ as *mut _,
        );
        if qjs::JS_IsException(raw) {
            return Err(Error::Exception);
        }
        Value::from_raw(ctx.clone(), raw)
    };
    Function::from_js(ctx, value)
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
