//! ES modules: QuickJS's module hooks, handed to the JS loader.
//!
//! QuickJS asks two questions while it links a module graph: "what is the
//! name of specifier S imported from module B?" (normalize) and "give me the
//! module with name N" (load). Both are answered by functions of
//! `js/internal/modules/esm/loader.js`, registered with
//! `binding.setModuleHooks`, so Node's resolution algorithm lives in one
//! place, in JS, next to the CommonJS loader.
//!
//! A module is either source text (an ES module, compiled here) or
//! *synthetic*: a C module whose export names are fixed when it is loaded and
//! whose values come from JS when it is evaluated (CommonJS files, JSON and
//! the built-ins, seen from `import`).

use rquickjs::{Array, Ctx, Exception, Function, Object, Persistent, Result, Value, qjs};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{CStr, CString, c_char, c_int, c_void};

thread_local! {
    /// The JS side: `{ resolve, load, initMeta, evaluateSynthetic }`.
    static HOOKS: RefCell<Option<Persistent<Object<'static>>>> = const { RefCell::new(None) };
    /// Every module this loader created without import attributes, by name.
    /// A name maps to the newest module created for it, which is the one
    /// QuickJS finds in its own list whenever that module survived linking
    /// (see `load_sync`).
    static LOADED: RefCell<HashMap<String, usize>> = RefCell::new(HashMap::new());
    /// Real directories already examined by `realpath` (no symlink in them).
    static REALPATH_DIRS: RefCell<HashMap<std::path::PathBuf, std::path::PathBuf>> =
        RefCell::new(HashMap::new());
}

pub fn install(rt: *mut qjs::JSRuntime) {
    // SAFETY: plain setters on a live runtime; the callbacks never use the
    // opaque pointer.
    unsafe {
        qjs::JS_SetModuleLoaderFunc2(rt, None, Some(load_raw), None, std::ptr::null_mut());
        qjs::JS_SetModuleNormalizeFunc2(rt, Some(normalize_raw));
    }
}

pub fn set_hooks<'js>(ctx: &Ctx<'js>, hooks: Object<'js>) {
    HOOKS.with(|h| *h.borrow_mut() = Some(Persistent::save(ctx, hooks)));
}

fn hook<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Function<'js>> {
    let hooks = HOOKS.with(|h| h.borrow().clone());
    match hooks {
        Some(hooks) => hooks.restore(ctx)?.get(name),
        None => Err(Exception::throw_internal(
            ctx,
            "the module loader is not initialised",
        )),
    }
}

/// Calls a hook; rquickjs's call resets the JS stack limit, so re-arm it.
fn call_hook<'js, A, R>(ctx: &Ctx<'js>, name: &str, args: A) -> Result<R>
where
    A: rquickjs::function::IntoArgs<'js>,
    R: rquickjs::FromJs<'js>,
{
    let result = hook(ctx, name)?.call(args);
    crate::stack_limit::arm(unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) });
    result
}

/// Leaves `err` as the pending JS exception, as QuickJS's callbacks expect.
fn raise(ctx: &Ctx<'_>, err: rquickjs::Error) {
    if !matches!(err, rquickjs::Error::Exception) {
        let _ = Exception::throw_internal(ctx, &err.to_string());
    }
}

fn attributes_value<'js>(ctx: &Ctx<'js>, attributes: qjs::JSValue) -> Value<'js> {
    // SAFETY: `attributes` is borrowed from QuickJS for the call; dup it so
    // that the Value we hand out owns a reference.
    unsafe {
        Value::from_raw(
            ctx.clone(),
            qjs::JS_DupValue(ctx.as_raw().as_ptr(), attributes),
        )
    }
}

unsafe extern "C" fn normalize_raw(
    ctx: *mut qjs::JSContext,
    base: *const c_char,
    name: *const c_char,
    attributes: qjs::JSValue,
    _opaque: *mut c_void,
) -> *mut c_char {
    // SAFETY: QuickJS passes a live context and NUL-terminated strings.
    let ctx = unsafe { Ctx::from_raw(std::ptr::NonNull::new_unchecked(ctx)) };
    let base = unsafe { CStr::from_ptr(base) }.to_string_lossy();
    let name = unsafe { CStr::from_ptr(name) }.to_string_lossy();
    let attrs = attributes_value(&ctx, attributes);
    match call_hook::<_, String>(&ctx, "resolve", (name.as_ref(), base.as_ref(), attrs)) {
        // SAFETY: QuickJS takes ownership of a js_malloc'd string.
        Ok(resolved) => unsafe {
            qjs::js_strndup(
                ctx.as_raw().as_ptr(),
                resolved.as_ptr().cast(),
                resolved.len() as _,
            )
        },
        Err(err) => {
            raise(&ctx, err);
            std::ptr::null_mut()
        }
    }
}

unsafe extern "C" fn load_raw(
    ctx: *mut qjs::JSContext,
    name: *const c_char,
    _opaque: *mut c_void,
    attributes: qjs::JSValue,
) -> *mut qjs::JSModuleDef {
    // SAFETY: as in normalize_raw.
    let ctx = unsafe { Ctx::from_raw(std::ptr::NonNull::new_unchecked(ctx)) };
    let name = unsafe { CStr::from_ptr(name) }
        .to_string_lossy()
        .into_owned();
    let has_attributes = unsafe { qjs::JS_IsObject(attributes) };
    let attrs = attributes_value(&ctx, attributes);
    match load(&ctx, &name, attrs) {
        Ok(m) => {
            if !has_attributes {
                LOADED.with(|l| l.borrow_mut().insert(name, m as usize));
            }
            m
        }
        Err(err) => {
            raise(&ctx, err);
            std::ptr::null_mut()
        }
    }
}

fn load<'js>(ctx: &Ctx<'js>, name: &str, attrs: Value<'js>) -> Result<*mut qjs::JSModuleDef> {
    let desc: Object = call_hook(ctx, "load", (name, attrs))?;
    let kind: String = desc.get("kind")?;
    if kind == "module" {
        let source: String = desc.get("source")?;
        let m = compile_module(ctx, source, name)?;
        // SAFETY: `m` is a live module just created in this context.
        let meta = unsafe { qjs::JS_GetImportMeta(ctx.as_raw().as_ptr(), m) };
        if unsafe { qjs::JS_IsException(meta) } {
            return Err(rquickjs::Error::Exception);
        }
        let meta = unsafe { Value::from_raw(ctx.clone(), meta) };
        call_hook::<_, ()>(ctx, "initMeta", (meta, name))?;
        Ok(m)
    } else {
        let names: Vec<String> = desc.get("names")?;
        synthetic_module(ctx, name, &names)
    }
}

/// Compiles ES module source without evaluating it.
fn compile_module(ctx: &Ctx<'_>, source: String, name: &str) -> Result<*mut qjs::JSModuleDef> {
    let value = crate::compile::eval_raw(
        ctx,
        source,
        name,
        qjs::JS_EVAL_TYPE_MODULE | qjs::JS_EVAL_FLAG_COMPILE_ONLY,
    )?;
    // SAFETY: a module value; the context's module list keeps the module, so
    // the value's own reference can be dropped.
    unsafe {
        let m = qjs::JS_VALUE_GET_PTR(value) as *mut qjs::JSModuleDef;
        qjs::JS_FreeValue(ctx.as_raw().as_ptr(), value);
        Ok(m)
    }
}

fn synthetic_module(ctx: &Ctx<'_>, name: &str, names: &[String]) -> Result<*mut qjs::JSModuleDef> {
    let cname = CString::new(name.replace('\0', "?")).map_err(|_| rquickjs::Error::Unknown)?;
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: creating a C module and declaring its exports on a live context.
    unsafe {
        let m = qjs::JS_NewCModule(raw, cname.as_ptr(), Some(evaluate_synthetic_raw));
        if m.is_null() {
            return Err(rquickjs::Error::Exception);
        }
        for export in names {
            let cexport = CString::new(export.as_str()).map_err(|_| rquickjs::Error::Unknown)?;
            if qjs::JS_AddModuleExport(raw, m, cexport.as_ptr()) < 0 {
                return Err(rquickjs::Error::Exception);
            }
        }
        Ok(m)
    }
}

/// Evaluation of a synthetic module: the JS hook runs the CommonJS module
/// (or loads the JSON or built-in) and returns `[[name, value], ...]`.
unsafe extern "C" fn evaluate_synthetic_raw(
    ctx: *mut qjs::JSContext,
    m: *mut qjs::JSModuleDef,
) -> c_int {
    // SAFETY: QuickJS passes a live context and module.
    let ctx = unsafe { Ctx::from_raw(std::ptr::NonNull::new_unchecked(ctx)) };
    let result = (|| -> Result<()> {
        let name = module_name(&ctx, m)?;
        let pairs: Array = call_hook(&ctx, "evaluateSynthetic", (name,))?;
        for pair in pairs.iter::<Array>() {
            let pair = pair?;
            let export: String = pair.get(0)?;
            let value: Value = pair.get(1)?;
            let cexport = CString::new(export).map_err(|_| rquickjs::Error::Unknown)?;
            // SAFETY: JS_SetModuleExport takes ownership of the value.
            let rc = unsafe {
                qjs::JS_SetModuleExport(
                    ctx.as_raw().as_ptr(),
                    m,
                    cexport.as_ptr(),
                    qjs::JS_DupValue(ctx.as_raw().as_ptr(), value.as_raw()),
                )
            };
            if rc < 0 {
                return Err(rquickjs::Error::Exception);
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => 0,
        Err(err) => {
            raise(&ctx, err);
            -1
        }
    }
}

fn module_name(ctx: &Ctx<'_>, m: *mut qjs::JSModuleDef) -> Result<String> {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: the atom is owned by us until freed below.
    unsafe {
        let atom = qjs::JS_GetModuleName(raw, m);
        let value = qjs::JS_AtomToString(raw, atom);
        qjs::JS_FreeAtom(raw, atom);
        if qjs::JS_IsException(value) {
            return Err(rquickjs::Error::Exception);
        }
        let value = Value::from_raw(ctx.clone(), value);
        value
            .as_string()
            .ok_or(rquickjs::Error::Unknown)?
            .to_string()
    }
}

/// `import(specifier)` from `base` (a module name): load, link and evaluate
/// the graph; the promise resolves to the namespace.
pub fn import<'js>(ctx: &Ctx<'js>, specifier: &str, base: &str) -> Result<Value<'js>> {
    let specifier =
        CString::new(specifier.replace('\0', "?")).map_err(|_| rquickjs::Error::Unknown)?;
    let base = CString::new(base.replace('\0', "?")).map_err(|_| rquickjs::Error::Unknown)?;
    // SAFETY: returns an owned promise (or an exception).
    unsafe {
        let p = qjs::JS_LoadModule(ctx.as_raw().as_ptr(), base.as_ptr(), specifier.as_ptr());
        if qjs::JS_IsException(p) {
            return Err(rquickjs::Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), p))
    }
}

/// `require()` of an ES module: loads, links and evaluates the graph of the
/// module named `name` synchronously. Returns `{ load, evaluation, namespace }`:
/// the promise of the load (rejected at once when resolution or linking
/// failed), and, when linking succeeded, the module's evaluation promise
/// (pending when the graph has top-level await) and its namespace.
pub fn load_sync<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Object<'js>> {
    let out = Object::new(ctx.clone())?;
    let load = import(ctx, name, "")?;
    out.set("load", load.clone())?;
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: promise state of a promise we own.
    let state = unsafe { qjs::JS_PromiseState(raw, load.as_raw()) };
    if state == qjs::JSPromiseStateEnum_JS_PROMISE_REJECTED {
        return Ok(out);
    }
    // Linking succeeded, so the module QuickJS used is alive and is the
    // newest one created under this name (QuickJS only calls the loader for
    // a name it does not hold).
    let Some(m) = LOADED.with(|l| l.borrow().get(name).copied()) else {
        return Ok(out);
    };
    let m = m as *mut qjs::JSModuleDef;
    // SAFETY: `m` is alive (see above). JS_EvalFunction consumes one
    // reference to the module value, and returns the evaluation promise.
    unsafe {
        let module_value = qjs::JS_MKPTR(qjs::JS_TAG_MODULE, m.cast());
        let evaluation = qjs::JS_EvalFunction(raw, qjs::JS_DupValue(raw, module_value));
        if qjs::JS_IsException(evaluation) {
            return Err(rquickjs::Error::Exception);
        }
        out.set("evaluation", Value::from_raw(ctx.clone(), evaluation))?;
        let ns = qjs::JS_GetModuleNamespace(raw, m);
        if qjs::JS_IsException(ns) {
            return Err(rquickjs::Error::Exception);
        }
        out.set("namespace", Value::from_raw(ctx.clone(), ns))?;
    }
    crate::stack_limit::arm(unsafe { qjs::JS_GetRuntime(raw) });
    Ok(out)
}

/// Whether source that failed to compile as a script compiles as a module
/// (Node's syntax detection for files of no declared type).
pub fn looks_like_module(source: &str) -> bool {
    // QuickJS's parser expects a NUL after the last byte.
    let mut bytes = Vec::with_capacity(source.len() + 1);
    bytes.extend_from_slice(source.as_bytes());
    bytes.push(0);
    // SAFETY: JS_DetectModule parses the buffer in a throwaway runtime.
    unsafe { qjs::JS_DetectModule(bytes.as_ptr().cast(), source.len() as _) }
}

/// The canonical path of `path`: every symbolic link resolved, as
/// realpath(3) does (std's canonicalize is not available on WASI).
pub fn realpath(path: &str) -> std::io::Result<String> {
    use std::path::{Component, PathBuf};
    let mut pending: Vec<std::ffi::OsString> = Vec::new();
    let push_components = |p: &std::path::Path, pending: &mut Vec<std::ffi::OsString>| {
        let mut parts: Vec<_> = p
            .components()
            .filter_map(|c| match c {
                Component::Normal(s) => Some(s.to_os_string()),
                Component::ParentDir => Some("..".into()),
                _ => None,
            })
            .collect();
        parts.reverse();
        pending.extend(parts);
    };
    push_components(std::path::Path::new(path), &mut pending);
    let mut resolved = PathBuf::from("/");
    let mut links = 0;
    while let Some(part) = pending.pop() {
        if part == ".." {
            resolved.pop();
            continue;
        }
        let candidate = resolved.join(&part);
        // Directories on the way are looked up once per process, like
        // Node's realpath cache.
        if !pending.is_empty()
            && let Some(real) = REALPATH_DIRS.with(|c| c.borrow().get(&candidate).cloned())
        {
            resolved = real;
            continue;
        }
        let meta = match std::fs::symlink_metadata(&candidate) {
            Ok(meta) => meta,
            // Directories above the sandbox's preopens cannot be examined;
            // they are taken as they are. The last component must exist.
            Err(_) if !pending.is_empty() => {
                REALPATH_DIRS.with(|c| c.borrow_mut().insert(candidate.clone(), candidate.clone()));
                resolved = candidate;
                continue;
            }
            Err(err) => return Err(err),
        };
        if meta.file_type().is_symlink() {
            links += 1;
            if links > 40 {
                return Err(std::io::Error::other("too many levels of symbolic links"));
            }
            let target = std::fs::read_link(&candidate)?;
            if target.is_absolute() {
                resolved = PathBuf::from("/");
            }
            push_components(&target, &mut pending);
        } else {
            if !pending.is_empty() && meta.is_dir() {
                REALPATH_DIRS.with(|c| c.borrow_mut().insert(candidate.clone(), candidate.clone()));
            }
            resolved = candidate;
        }
    }
    Ok(resolved.to_string_lossy().into_owned())
}
