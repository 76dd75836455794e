//! A JS stack limit for QuickJS on WASI.
//!
//! QuickJS throws `RangeError: Maximum call stack size exceeded` when the
//! native stack pointer passes `JSRuntime::stack_limit`, but its WASI build
//! always sets that limit to 0 (no check), so deep recursion would run the
//! wasm shadow stack out and trap. `JSRuntime` is opaque, so the field is
//! located at startup: `JS_SetMaxStackSize` is called with a sentinel, and
//! the runtime struct is searched for the (stack_size, stack_top,
//! stack_limit) triple. If it is not found exactly once, with plausible
//! values, nothing is written and the trap remains the fallback (the host
//! reports it as running out of stack).
//!
//! rquickjs resets the limit whenever Rust calls into JS
//! (`JS_UpdateStackTop`), so the guest calls into JS through raw QuickJS
//! calls after startup, and JS re-arms the limit with `binding.armStackLimit()`.

use rquickjs::qjs;
use std::cell::Cell;

/// Bytes of shadow stack that JS may use below the point where the limit is
/// armed. The guest's shadow stack is 4 MiB (`.cargo/config.toml`).
pub const MAX_JS_STACK: usize = 3 * 1024 * 1024;
const SENTINEL: usize = 0x5a5a_1357;
/// How far into JSRuntime to look; the fields sit within the first ~1 KiB.
const SEARCH_WORDS: usize = 1024;

thread_local! {
    /// Word index of `stack_limit` inside JSRuntime, once found.
    static LIMIT_WORD: Cell<Option<usize>> = const { Cell::new(None) };
}

fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Finds the `stack_limit` field. Call once, right after creating the runtime.
pub fn locate(rt: *mut qjs::JSRuntime) {
    let sp = stack_pointer();
    // SAFETY: JS_SetMaxStackSize only stores the value; the struct is read
    // within its allocation (JSRuntime is several KiB) as plain words.
    let found = unsafe {
        qjs::JS_SetMaxStackSize(rt, SENTINEL as _);
        let words = rt as *const usize;
        let mut found = None;
        let mut count = 0;
        for i in 0..SEARCH_WORDS - 2 {
            if *words.add(i) == SENTINEL {
                let top = *words.add(i + 1);
                let limit = *words.add(i + 2);
                if limit == 0 && top.abs_diff(sp) < 256 * 1024 {
                    found = Some(i + 2);
                    count += 1;
                }
            }
        }
        qjs::JS_SetMaxStackSize(rt, MAX_JS_STACK as _);
        if count == 1 { found } else { None }
    };
    LIMIT_WORD.with(|w| w.set(found));
}

/// Sets the limit to `MAX_JS_STACK` below the current stack position.
/// Returns whether a limit is in force.
pub fn arm(rt: *mut qjs::JSRuntime) -> bool {
    let Some(word) = LIMIT_WORD.with(Cell::get) else {
        return false;
    };
    let limit = stack_pointer().saturating_sub(MAX_JS_STACK);
    // SAFETY: `word` was validated by `locate` to be JSRuntime::stack_limit.
    unsafe {
        *(rt as *mut usize).add(word) = limit;
    }
    true
}
