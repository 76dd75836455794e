//! Line splitting for readline: a chunk of bytes in, its complete lines out
//! as JS strings, in one native call per chunk. Splitting and decoding in
//! JS (a StringDecoder, then `split` on the decoded text) cost several
//! microseconds a line in QuickJS; here they cost a scan of the bytes and
//! one string allocation per line.
//!
//! Lines end at \n, \r\n or a lone \r, as in Node's readline. Line endings
//! are found on the bytes, which is safe for UTF-8: neither byte occurs
//! inside a multi-byte character. The bytes of a line that is not ended
//! yet wait here until its ending arrives, so characters split across
//! chunks decode whole; invalid UTF-8 becomes U+FFFD per maximal subpart,
//! as Node's decoder does.

use rquickjs::class::{JsClass, Trace, Tracer, Writable};
use rquickjs::{Array, Class, Ctx, Function, JsLifetime, Object, Result, TypedArray, Value};

/// One readline Interface's splitting state.
pub struct LineSplitter {
    /// Bytes of the line begun but not ended yet.
    pending: Vec<u8>,
    /// The last chunk ended with \r: a \n at the start of the next one
    /// belongs to that line ending.
    saw_cr: bool,
}

// SAFETY: LineSplitter holds no JS values, so no lifetime to change.
unsafe impl<'js> JsLifetime<'js> for LineSplitter {
    type Changed<'to> = LineSplitter;
}

impl<'js> Trace<'js> for LineSplitter {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}

impl<'js> JsClass<'js> for LineSplitter {
    const NAME: &'static str = "LineSplitter";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

/// Index of the first \n or \r in `data`, if any. Eight bytes at a time:
/// lines average tens of bytes, and a byte loop is a large part of the
/// splitting otherwise.
fn find_ending(data: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Non-zero when some byte of `x` is zero (exact for the lowest one).
    let has_zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    let mut i = 0;
    while i + 8 <= data.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&data[i..i + 8]);
        let w = u64::from_le_bytes(word);
        let hit = has_zero(w ^ (LO * b'\n' as u64)) | has_zero(w ^ (LO * b'\r' as u64));
        if hit != 0 {
            // The lowest flagged byte is a true match; bytes above it may
            // be false positives, so the byte loop below settles it.
            break;
        }
        i += 8;
    }
    data[i..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map(|p| p + i)
}

/// Length of the start of a multi-byte character that ends `bytes` (0 to
/// 3): the bytes a streaming decoder still holds, waiting for the rest.
fn incomplete_tail(bytes: &[u8]) -> usize {
    (1..=3.min(bytes.len()))
        .find(|&k| {
            matches!(std::str::from_utf8(&bytes[bytes.len() - k..]),
                     Err(e) if e.valid_up_to() == 0 && e.error_len().is_none())
        })
        .unwrap_or(0)
}

/// `bytes` as a JS string, decoding invalid UTF-8 with replacement.
fn decode<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> Result<rquickjs::String<'js>> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => rquickjs::String::from_str(ctx.clone(), text),
        Err(_) => rquickjs::String::from_str(ctx.clone(), &String::from_utf8_lossy(bytes)),
    }
}

impl LineSplitter {
    /// The lines that `data` completes, appended to `out` from index
    /// `next`; the rest waits for the next chunk.
    fn push<'js>(&mut self, ctx: &Ctx<'js>, data: &[u8], out: &Array<'js>) -> Result<()> {
        if data.is_empty() {
            return Ok(());
        }
        let mut next = 0usize;
        let mut start = 0;
        if self.saw_cr && data[0] == b'\n' {
            start = 1;
        }
        self.saw_cr = false;
        while let Some(off) = find_ending(&data[start..]) {
            let end = start + off;
            let line = if self.pending.is_empty() {
                decode(ctx, &data[start..end])?
            } else {
                self.pending.extend_from_slice(&data[start..end]);
                let line = decode(ctx, &self.pending)?;
                self.pending.clear();
                line
            };
            out.set(next, line)?;
            next += 1;
            start = end + 1;
            if data[end] == b'\r' {
                match data.get(start) {
                    Some(b'\n') => start += 1,
                    Some(_) => {}
                    None => self.saw_cr = true,
                }
            }
        }
        self.pending.extend_from_slice(&data[start..]);
        Ok(())
    }

    /// The unended last line (possibly empty), forgetting it. A character
    /// cut off by the end of input is dropped, not replaced: Node's
    /// readline never flushes its decoder.
    fn end<'js>(&mut self, ctx: &Ctx<'js>) -> Result<rquickjs::String<'js>> {
        let keep = self.pending.len() - incomplete_tail(&self.pending);
        let line = decode(ctx, &self.pending[..keep])?;
        self.pending = Vec::new();
        self.saw_cr = false;
        Ok(line)
    }
}

/// Bytes of a Uint8Array (a Buffer), or none when it is detached.
fn bytes_of<'a>(view: &'a TypedArray<'_, u8>) -> &'a [u8] {
    // SAFETY: read synchronously while no JS runs.
    unsafe { view.as_bytes() }.unwrap_or(&[])
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    // linesNew(sawReturn): a splitter; `sawReturn` carries a \r that ended
    // the text split so far by other means.
    let new = Function::new(ctx.clone(), |ctx: Ctx<'js>, saw_cr: bool| {
        let splitter = LineSplitter {
            pending: Vec::new(),
            saw_cr,
        };
        Ok::<Value<'js>, rquickjs::Error>(Class::instance(ctx, splitter)?.into_value())
    })?
    .with_name("linesNew")?;
    binding.set("linesNew", new)?;

    // linesPush(splitter, bytes): an array of the lines `bytes` completes.
    let push = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>, splitter: Class<'js, LineSplitter>, bytes: TypedArray<'js, u8>| {
            let out = Array::new(ctx.clone())?;
            splitter
                .try_borrow_mut()?
                .push(&ctx, bytes_of(&bytes), &out)?;
            Ok::<Array<'js>, rquickjs::Error>(out)
        },
    )?
    .with_name("linesPush")?;
    binding.set("linesPush", push)?;

    // linesEnd(splitter): what follows the last line ending ('' if nothing).
    let end = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>, splitter: Class<'js, LineSplitter>| splitter.try_borrow_mut()?.end(&ctx),
    )?
    .with_name("linesEnd")?;
    binding.set("linesEnd", end)?;
    Ok(())
}
