//! Natives behind node:crypto (registered on the `binding` object): hashes,
//! HMAC and key derivation from the RustCrypto crates.
//!
//! The JS side (`js/crypto.js`) resolves Node's algorithm aliases to one
//! canonical lower-case name and validates arguments; these natives take
//! that name and bytes. Byte inputs are Uint8Array views that are read in
//! place (no copy); outputs are fresh ArrayBuffers that JS wraps without
//! copying. A streaming Hash/Hmac keeps its state here, inside a native
//! function object (the "handle"), so it is freed with that object.

use digest::{FixedOutput, KeyInit, Update};
use hmac::{Hmac, SimpleHmac};
use rquickjs::function::Opt;
use rquickjs::{ArrayBuffer, Ctx, Exception, Function, Object, Result, TypedArray, Value};
use std::cell::RefCell;
use std::rc::Rc;

// `digest` is only reachable through the hash crates' re-export.
use sha2::digest;

/// The digests sandnode implements, by canonical name.
#[derive(Clone, Copy)]
enum Alg {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
}

impl Alg {
    fn parse(name: &str) -> Option<Alg> {
        Some(match name {
            "md5" => Alg::Md5,
            "sha1" => Alg::Sha1,
            "sha224" => Alg::Sha224,
            "sha256" => Alg::Sha256,
            "sha384" => Alg::Sha384,
            "sha512" => Alg::Sha512,
            "sha512-224" => Alg::Sha512_224,
            "sha512-256" => Alg::Sha512_256,
            "sha3-224" => Alg::Sha3_224,
            "sha3-256" => Alg::Sha3_256,
            "sha3-384" => Alg::Sha3_384,
            "sha3-512" => Alg::Sha3_512,
            _ => return None,
        })
    }
}

/// Runs `$body` with `$D` bound to the digest type of `$alg`, so that the
/// generic code below is written once for every algorithm.
macro_rules! with_digest {
    ($alg:expr, $D:ident => $body:expr) => {
        match $alg {
            Alg::Md5 => {
                type $D = md5::Md5;
                $body
            }
            Alg::Sha1 => {
                type $D = sha1::Sha1;
                $body
            }
            Alg::Sha224 => {
                type $D = sha2::Sha224;
                $body
            }
            Alg::Sha256 => {
                type $D = sha2::Sha256;
                $body
            }
            Alg::Sha384 => {
                type $D = sha2::Sha384;
                $body
            }
            Alg::Sha512 => {
                type $D = sha2::Sha512;
                $body
            }
            Alg::Sha512_224 => {
                type $D = sha2::Sha512_224;
                $body
            }
            Alg::Sha512_256 => {
                type $D = sha2::Sha512_256;
                $body
            }
            Alg::Sha3_224 => {
                type $D = sha3::Sha3_224;
                $body
            }
            Alg::Sha3_256 => {
                type $D = sha3::Sha3_256;
                $body
            }
            Alg::Sha3_384 => {
                type $D = sha3::Sha3_384;
                $body
            }
            Alg::Sha3_512 => {
                type $D = sha3::Sha3_512;
                $body
            }
        }
    };
}

/// Same as `with_digest!`, but binds `$M` to the HMAC over that digest.
/// `Hmac` keeps the precomputed outer state (one compression less per
/// message, which PBKDF2 feels); SHA-3 has no block core, so it gets the
/// generic `SimpleHmac`.
macro_rules! with_mac {
    ($alg:expr, $M:ident => $body:expr) => {
        match $alg {
            Alg::Md5 => {
                type $M = Hmac<md5::Md5>;
                $body
            }
            Alg::Sha1 => {
                type $M = Hmac<sha1::Sha1>;
                $body
            }
            Alg::Sha224 => {
                type $M = Hmac<sha2::Sha224>;
                $body
            }
            Alg::Sha256 => {
                type $M = Hmac<sha2::Sha256>;
                $body
            }
            Alg::Sha384 => {
                type $M = Hmac<sha2::Sha384>;
                $body
            }
            Alg::Sha512 => {
                type $M = Hmac<sha2::Sha512>;
                $body
            }
            Alg::Sha512_224 => {
                type $M = Hmac<sha2::Sha512_224>;
                $body
            }
            Alg::Sha512_256 => {
                type $M = Hmac<sha2::Sha512_256>;
                $body
            }
            Alg::Sha3_224 => {
                type $M = SimpleHmac<sha3::Sha3_224>;
                $body
            }
            Alg::Sha3_256 => {
                type $M = SimpleHmac<sha3::Sha3_256>;
                $body
            }
            Alg::Sha3_384 => {
                type $M = SimpleHmac<sha3::Sha3_384>;
                $body
            }
            Alg::Sha3_512 => {
                type $M = SimpleHmac<sha3::Sha3_512>;
                $body
            }
        }
    };
}

/// A running hash or HMAC, whatever its algorithm.
trait Running {
    fn absorb(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn duplicate(&self) -> Box<dyn Running>;
}

impl<T: Update + FixedOutput + Clone + 'static> Running for T {
    fn absorb(&mut self, data: &[u8]) {
        Update::update(self, data);
    }

    fn finish(self: Box<Self>) -> Vec<u8> {
        self.finalize_fixed().to_vec()
    }

    fn duplicate(&self) -> Box<dyn Running> {
        Box::new(self.clone())
    }
}

fn new_hash(alg: Alg) -> Box<dyn Running> {
    with_digest!(alg, D => Box::new(<D as Default>::default()))
}

fn new_mac(alg: Alg, key: &[u8]) -> Box<dyn Running> {
    with_mac!(alg, M => Box::new(mac_from_key::<M>(key)))
}

/// HMAC accepts keys of any length (long ones are hashed first), so the
/// slice constructor cannot fail; the fallback only keeps this panic-free.
fn mac_from_key<M: KeyInit>(key: &[u8]) -> M {
    M::new_from_slice(key).unwrap_or_else(|_| M::new(&Default::default()))
}

/// Reads the bytes of a Uint8Array argument; a detached buffer reads as
/// empty, as its JS length says. The slice aliases JS memory.
///
/// # Safety
/// The caller must not run JS while the slice is alive.
unsafe fn bytes_of<'a>(_ctx: &Ctx<'_>, view: &'a TypedArray<'_, u8>) -> Result<&'a [u8]> {
    // SAFETY: forwarded to the caller.
    Ok(unsafe { view.as_bytes() }.unwrap_or(&[]))
}

fn unknown_alg(ctx: &Ctx<'_>, name: &str) -> rquickjs::Error {
    Exception::throw_type(ctx, &format!("unknown digest {name}"))
}

/// Feeds `data` (a string, hashed as UTF-8, or a Uint8Array) to `state`.
fn absorb_value<'js>(ctx: &Ctx<'js>, state: &mut dyn Running, data: Value<'js>) -> Result<()> {
    if let Some(s) = data.as_string() {
        state.absorb(s.to_string()?.as_bytes());
        return Ok(());
    }
    let view = TypedArray::<u8>::from_value(data)
        .map_err(|_| Exception::throw_type(ctx, "data must be a string or Uint8Array"))?;
    // SAFETY: hashing runs to completion without calling back into JS.
    state.absorb(unsafe { bytes_of(ctx, &view)? });
    Ok(())
}

/// The handle of a streaming Hash/Hmac: `handle(0, data)` updates,
/// `handle(1[, form])` finalises (see `encode_digest`), `handle(2)` returns a new
/// handle with a copy of the state. After finalising, every call throws
/// (the JS side reports Node's error before it gets here).
fn make_handle<'js>(ctx: &Ctx<'js>, state: Box<dyn Running>) -> Result<Function<'js>> {
    let cell: Rc<RefCell<Option<Box<dyn Running>>>> = Rc::new(RefCell::new(Some(state)));
    let f = Function::new(
        ctx.clone(),
        move |ctx: Ctx<'js>, op: i32, data: Opt<Value<'js>>| -> Result<Value<'js>> {
            let mut slot = cell
                .try_borrow_mut()
                .map_err(|_| Exception::throw_internal(&ctx, "hash state busy"))?;
            let Some(state) = slot.as_mut() else {
                return Err(Exception::throw_message(&ctx, "Digest already called"));
            };
            match op {
                0 => {
                    let data = data.0.unwrap_or_else(|| Value::new_undefined(ctx.clone()));
                    absorb_value(&ctx, state.as_mut(), data)?;
                    Ok(Value::new_undefined(ctx))
                }
                1 => {
                    let Some(state) = slot.take() else {
                        return Err(Exception::throw_message(&ctx, "Digest already called"));
                    };
                    let form = data.0.and_then(|v| v.as_int());
                    encode_digest(&ctx, state.finish(), form)
                }
                2 => {
                    let copy = state.duplicate();
                    drop(slot);
                    Ok(make_handle(&ctx, copy)?.into_value())
                }
                _ => Err(Exception::throw_range(&ctx, "unknown hash operation")),
            }
        },
    )?;
    Ok(f)
}

/// A finished digest as JS wants it: an ArrayBuffer, or for `form`
/// 1 hex, 2 base64, 3 base64url, 4 latin1, the string itself (encoding
/// here saves a Buffer and a JS encoding pass per digest).
fn encode_digest<'js>(ctx: &Ctx<'js>, bytes: Vec<u8>, form: Option<i32>) -> Result<Value<'js>> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let text = match form {
        Some(1) => bytes
            .iter()
            .flat_map(|b| {
                [
                    HEX[(b >> 4) as usize] as char,
                    HEX[(b & 15) as usize] as char,
                ]
            })
            .collect::<String>(),
        Some(2) => crate::codec::base64_encode(&bytes, false),
        Some(3) => crate::codec::base64_encode(&bytes, true),
        Some(4) => bytes.iter().map(|&b| b as char).collect::<String>(),
        _ => return Ok(ArrayBuffer::new(ctx.clone(), bytes)?.into_value()),
    };
    rquickjs::String::from_str(ctx.clone(), &text).map(|s| s.into_value())
}

const OUT_OF_MEMORY: &str = "memory limit exceeded (more than the guest can allocate)";

/// RFC 7914 scrypt; the JS side has already applied Node's parameter
/// checks, these are repeated only so hostile input cannot reach a panic
/// or an allocation the guest cannot make.
fn scrypt_derive(
    password: &[u8],
    salt: &[u8],
    n: u32,
    r: u32,
    p: u32,
    out: &mut [u8],
) -> std::result::Result<(), &'static str> {
    if n < 2 || !n.is_power_of_two() {
        return Err("invalid N");
    }
    let log_n = n.trailing_zeros() as u8;
    // Params::new also fails when N*r*128 overflows the guest's 32-bit
    // address space, which is a memory limit too.
    let params = scrypt::Params::new(log_n, r, p).map_err(|_| OUT_OF_MEMORY)?;
    // The crate allocates N*r*128 bytes plus p*r*128 with `vec!`, which
    // aborts the guest when memory is short; probe for it first.
    let need = (n as usize)
        .checked_add(p as usize)
        .and_then(|v| v.checked_mul(r as usize))
        .and_then(|v| v.checked_mul(128))
        .ok_or(OUT_OF_MEMORY)?;
    let mut probe: Vec<u8> = Vec::new();
    probe.try_reserve_exact(need).map_err(|_| OUT_OF_MEMORY)?;
    drop(probe);
    scrypt::scrypt(password, salt, &params, out).map_err(|_| "invalid output length")
}

fn hkdf_derive(
    alg: Alg,
    ikm: &[u8],
    salt: &[u8],
    info: &[u8],
    out: &mut [u8],
) -> std::result::Result<(), ()> {
    with_mac!(alg, M => {
        hkdf::GenericHkdf::<M>::new(Some(salt), ikm)
            .expand(info, out)
            .map_err(|_| ())
    })
}

/// Compares in time that depends only on the length, not on where the
/// first difference is.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

/// An output buffer of `len` bytes, or a RangeError if the guest cannot
/// have that much memory.
fn output_buffer(ctx: &Ctx<'_>, len: u32) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve_exact(len as usize)
        .map_err(|_| Exception::throw_range(ctx, "Array buffer allocation failed"))?;
    out.resize(len as usize, 0);
    Ok(out)
}

/// Adds this module's natives to `binding`.
pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let c = ctx.clone();
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set($name, Function::new(c.clone(), $f)?.with_name($name)?)?;
        };
    }

    // Whether `name` (canonical) is a digest sandnode implements.
    func!("cryptoHasDigest", |name: String| Alg::parse(&name)
        .is_some());
    // A streaming hash handle (see `make_handle`).
    func!("cryptoHashNew", |ctx: Ctx<'js>, name: String| {
        let alg = Alg::parse(&name).ok_or_else(|| unknown_alg(&ctx, &name))?;
        make_handle(&ctx, new_hash(alg))
    });
    // A streaming HMAC handle keyed with the bytes of `key`.
    func!(
        "cryptoHmacNew",
        |ctx: Ctx<'js>, name: String, key: TypedArray<'js, u8>| {
            let alg = Alg::parse(&name).ok_or_else(|| unknown_alg(&ctx, &name))?;
            // SAFETY: the key is read before any JS runs.
            let mac = new_mac(alg, unsafe { bytes_of(&ctx, &key)? });
            make_handle(&ctx, mac)
        }
    );
    // One-shot digest of a string (UTF-8) or Uint8Array; `form` as in
    // `encode_digest`.
    func!(
        "cryptoHashOnce",
        |ctx: Ctx<'js>, name: String, data: Value<'js>, form: Opt<Value<'js>>| {
            let alg = Alg::parse(&name).ok_or_else(|| unknown_alg(&ctx, &name))?;
            let mut state = new_hash(alg);
            absorb_value(&ctx, state.as_mut(), data)?;
            encode_digest(&ctx, state.finish(), form.0.and_then(|v| v.as_int()))
        }
    );
    // PBKDF2-HMAC; iterations >= 1 and keylen are checked by the caller.
    func!("cryptoPbkdf2", |ctx: Ctx<'js>,
                           name: String,
                           password: TypedArray<'js, u8>,
                           salt: TypedArray<'js, u8>,
                           iterations: u32,
                           keylen: u32| {
        let alg = Alg::parse(&name).ok_or_else(|| unknown_alg(&ctx, &name))?;
        let mut out = output_buffer(&ctx, keylen)?;
        // SAFETY: derivation runs to completion without calling into JS.
        let (pw, salt) = unsafe { (bytes_of(&ctx, &password)?, bytes_of(&ctx, &salt)?) };
        let rounds = iterations.max(1);
        with_mac!(alg, M => pbkdf2::pbkdf2::<M>(pw, salt, rounds, &mut out))
            .map_err(|_| Exception::throw_message(&ctx, "Deriving bits failed"))?;
        ArrayBuffer::new(ctx, out)
    });
    // scrypt with N, r, p already validated (and maxmem applied) by JS;
    // a string (the reason) when the parameters cannot be run here.
    func!("cryptoScrypt", |ctx: Ctx<'js>,
                           password: TypedArray<'js, u8>,
                           salt: TypedArray<'js, u8>,
                           n: u32,
                           r: u32,
                           p: u32,
                           keylen: u32|
     -> Result<Value<'js>> {
        let mut out = output_buffer(&ctx, keylen)?;
        if keylen > 0 {
            // SAFETY: derivation runs to completion without calling into JS.
            let (pw, salt) = unsafe { (bytes_of(&ctx, &password)?, bytes_of(&ctx, &salt)?) };
            if let Err(why) = scrypt_derive(pw, salt, n, r, p, &mut out) {
                return Ok(rquickjs::String::from_str(ctx, why)?.into_value());
            }
        }
        Ok(ArrayBuffer::new(ctx, out)?.into_value())
    });
    // HKDF (extract then expand); null when `length` exceeds 255 blocks.
    func!("cryptoHkdf", |ctx: Ctx<'js>,
                         name: String,
                         ikm: TypedArray<'js, u8>,
                         salt: TypedArray<'js, u8>,
                         info: TypedArray<'js, u8>,
                         length: u32|
     -> Result<Value<'js>> {
        let alg = Alg::parse(&name).ok_or_else(|| unknown_alg(&ctx, &name))?;
        let mut out = output_buffer(&ctx, length)?;
        // SAFETY: derivation runs to completion without calling into JS.
        let derived = unsafe {
            let (ikm, salt, info) = (
                bytes_of(&ctx, &ikm)?,
                bytes_of(&ctx, &salt)?,
                bytes_of(&ctx, &info)?,
            );
            hkdf_derive(alg, ikm, salt, info, &mut out)
        };
        match derived {
            Ok(()) => Ok(ArrayBuffer::new(ctx, out)?.into_value()),
            Err(()) => Ok(Value::new_null(ctx)),
        }
    });
    func!("cryptoTimingSafeEqual", |ctx: Ctx<'js>,
                                    a: TypedArray<'js, u8>,
                                    b: TypedArray<'js, u8>|
     -> Result<bool> {
        // SAFETY: compared without calling into JS.
        let (a, b) = unsafe { (bytes_of(&ctx, &a)?, bytes_of(&ctx, &b)?) };
        Ok(constant_time_eq(a, b))
    });
    Ok(())
}
