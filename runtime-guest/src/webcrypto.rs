//! Natives behind `crypto.subtle` (registered on the `binding` object):
//! AES-GCM, ECDSA over P-256 and Ed25519. Hashes, HMAC, PBKDF2 and HKDF
//! come from `crypto.rs`.
//!
//! The JS side (`js/internal/web_crypto.js`) normalises algorithms, checks
//! usages and lengths, and throws the DOMExceptions; these natives only do
//! the byte work. Failures a hostile caller can provoke (bad points, bad
//! scalars, bad DER) come back as `null` or `false`, never as a panic.
//! Key material is generated in JS from wasi:random, so no crate here
//! needs a random number generator: ECDSA uses RFC 6979 nonces.

use aes_gcm::aead::array::ArraySize;
use aes_gcm::aead::consts::{U12, U13, U14, U15, U16};
use aes_gcm::aead::{AeadCore, AeadInOut, KeyInit};
use aes_gcm::aes::{Aes128, Aes192, Aes256};
use aes_gcm::{AesGcm, Nonce};
use ed25519_dalek::{Signature as EdSignature, Signer, SigningKey, Verifier, VerifyingKey};
use p256::ecdsa::signature::hazmat::{PrehashSigner, PrehashVerifier};
use p256::ecdsa::{
    Signature as EcSignature, SigningKey as EcSigningKey, VerifyingKey as EcVerifyingKey,
};
use p256::elliptic_curve::sec1::ToSec1Point;
use p256::pkcs8::{DecodePrivateKey, DecodePublicKey};
use p256::{PublicKey, SecretKey};
use rquickjs::{Array, ArrayBuffer, Ctx, Exception, Function, Object, Result, TypedArray, Value};

/// The bytes of a Uint8Array view, read in place.
///
/// SAFETY: the caller must finish with the slice before any JS runs.
unsafe fn bytes_of<'a>(view: &'a TypedArray<'_, u8>) -> &'a [u8] {
    // SAFETY: forwarded to the caller.
    unsafe { view.as_bytes() }.unwrap_or(&[])
}

/// One AES-GCM operation with an `N`-byte nonce, in place: `buf` holds the
/// input and receives the output (ciphertext || tag, or the plaintext).
/// `false` when decryption fails authentication.
fn gcm_with<C, N>(encrypt: bool, key: &[u8], iv: &[u8], aad: &[u8], buf: &mut Vec<u8>) -> bool
where
    C: KeyInit + AeadInOut + AeadCore<NonceSize = N>,
    N: ArraySize,
{
    let (Ok(cipher), Ok(nonce)) = (C::new_from_slice(key), Nonce::<N>::try_from(iv)) else {
        return false;
    };
    if encrypt {
        cipher.encrypt_in_place(&nonce, aad, buf).is_ok()
    } else {
        cipher.decrypt_in_place(&nonce, aad, buf).is_ok()
    }
}

/// Picks the AES variant from the key length, and the nonce and tag types:
/// a 96-bit iv with WebCrypto's 96..128-bit tags, or a 128-bit iv with a
/// 128-bit tag (each pair is its own monomorph, so only these are built).
fn aes_gcm(
    encrypt: bool,
    key: &[u8],
    iv: &[u8],
    aad: &[u8],
    tag_bytes: u32,
    buf: &mut Vec<u8>,
) -> bool {
    macro_rules! by_tag {
        ($aes:ty) => {
            match (iv.len(), tag_bytes) {
                (12, 12) => gcm_with::<AesGcm<$aes, U12, U12>, _>(encrypt, key, iv, aad, buf),
                (12, 13) => gcm_with::<AesGcm<$aes, U12, U13>, _>(encrypt, key, iv, aad, buf),
                (12, 14) => gcm_with::<AesGcm<$aes, U12, U14>, _>(encrypt, key, iv, aad, buf),
                (12, 15) => gcm_with::<AesGcm<$aes, U12, U15>, _>(encrypt, key, iv, aad, buf),
                (12, 16) => gcm_with::<AesGcm<$aes, U12, U16>, _>(encrypt, key, iv, aad, buf),
                (16, 16) => gcm_with::<AesGcm<$aes, U16, U16>, _>(encrypt, key, iv, aad, buf),
                _ => false,
            }
        };
    }
    match key.len() {
        16 => by_tag!(Aes128),
        24 => by_tag!(Aes192),
        32 => by_tag!(Aes256),
        _ => false,
    }
}

/// The uncompressed SEC1 encoding (65 bytes) of a P-256 public key.
fn p256_uncompressed(key: &PublicKey) -> Vec<u8> {
    key.to_sec1_point(false).as_bytes().to_vec()
}

/// The public key of private scalar `d`, or `None` if `d` is not in 1..n-1.
fn p256_public(d: &[u8]) -> Option<Vec<u8>> {
    let secret = SecretKey::from_slice(d).ok().filter(|_| d.len() == 32)?;
    Some(p256_uncompressed(&secret.public_key()))
}

/// A SEC1 point (compressed or not) checked to be on the curve, returned
/// uncompressed.
fn p256_point(bytes: &[u8]) -> Option<Vec<u8>> {
    PublicKey::from_sec1_bytes(bytes)
        .ok()
        .map(|k| p256_uncompressed(&k))
}

/// An IEEE P1363 (r || s) signature over an already hashed message.
fn p256_sign(d: &[u8], prehash: &[u8]) -> Option<Vec<u8>> {
    let key = EcSigningKey::from_slice(d).ok()?;
    let sig: EcSignature = key.sign_prehash(prehash).ok()?;
    Some(sig.to_bytes().to_vec())
}

fn p256_verify(point: &[u8], prehash: &[u8], sig: &[u8]) -> bool {
    let Ok(key) = EcVerifyingKey::from_sec1_bytes(point) else {
        return false;
    };
    let Ok(sig) = EcSignature::from_slice(sig) else {
        return false;
    };
    key.verify_prehash(prehash, &sig).is_ok()
}

/// The private scalar and the uncompressed public point of a PKCS #8
/// P-256 key.
fn p256_from_pkcs8(der: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let secret = SecretKey::from_pkcs8_der(der).ok()?;
    Some((
        secret.to_bytes().to_vec(),
        p256_uncompressed(&secret.public_key()),
    ))
}

fn p256_from_spki(der: &[u8]) -> Option<Vec<u8>> {
    PublicKey::from_public_key_der(der)
        .ok()
        .map(|k| p256_uncompressed(&k))
}

fn ed25519_seed(seed: &[u8]) -> Option<SigningKey> {
    let seed: &[u8; 32] = seed.try_into().ok()?;
    Some(SigningKey::from_bytes(seed))
}

fn ed25519_verify(public: &[u8], msg: &[u8], sig: &[u8]) -> bool {
    let Ok(public) = <&[u8; 32]>::try_from(public) else {
        return false;
    };
    let Ok(key) = VerifyingKey::from_bytes(public) else {
        return false;
    };
    let Ok(sig) = EdSignature::from_slice(sig) else {
        return false;
    };
    key.verify(msg, &sig).is_ok()
}

/// An ArrayBuffer holding `bytes`, or null for `None`.
fn buffer_or_null<'js>(ctx: &Ctx<'js>, bytes: Option<Vec<u8>>) -> Result<Value<'js>> {
    match bytes {
        Some(b) => Ok(ArrayBuffer::new(ctx.clone(), b)?.into_value()),
        None => Ok(Value::new_null(ctx.clone())),
    }
}

/// Adds this module's natives to `binding`.
pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let c = ctx.clone();
    macro_rules! func {
        ($name:literal, $f:expr) => {
            binding.set($name, Function::new(c.clone(), $f)?.with_name($name)?)?;
        };
    }
    type Bytes<'js> = TypedArray<'js, u8>;

    // AES-GCM encrypt (ciphertext || tag) or decrypt; null on an
    // authentication failure or a key/iv/tag size the caller should have
    // rejected.
    func!("webcryptoAesGcm", |ctx: Ctx<'js>,
                              encrypt: bool,
                              key: Bytes<'js>,
                              iv: Bytes<'js>,
                              aad: Bytes<'js>,
                              data: Bytes<'js>,
                              tag_bytes: u32|
     -> Result<Value<'js>> {
        // SAFETY: the input is copied, and the cipher runs without calling
        // into JS.
        let out = unsafe {
            let input = bytes_of(&data);
            // Room for the tag too; a RangeError, not an abort, when the
            // guest cannot have that much memory.
            let mut buf = Vec::new();
            buf.try_reserve_exact(input.len() + 16)
                .map_err(|_| Exception::throw_range(&ctx, "Array buffer allocation failed"))?;
            buf.extend_from_slice(input);
            let ok = aes_gcm(
                encrypt,
                bytes_of(&key),
                bytes_of(&iv),
                bytes_of(&aad),
                tag_bytes,
                &mut buf,
            );
            ok.then_some(buf)
        };
        buffer_or_null(&ctx, out)
    });
    func!("webcryptoP256Public", |ctx: Ctx<'js>, d: Bytes<'js>| {
        // SAFETY: read before any JS runs.
        buffer_or_null(&ctx, p256_public(unsafe { bytes_of(&d) }))
    });
    func!("webcryptoP256Point", |ctx: Ctx<'js>, point: Bytes<'js>| {
        // SAFETY: read before any JS runs.
        buffer_or_null(&ctx, p256_point(unsafe { bytes_of(&point) }))
    });
    func!(
        "webcryptoP256Sign",
        |ctx: Ctx<'js>, d: Bytes<'js>, prehash: Bytes<'js>| {
            // SAFETY: signing runs without calling into JS.
            let sig = unsafe { p256_sign(bytes_of(&d), bytes_of(&prehash)) };
            buffer_or_null(&ctx, sig)
        }
    );
    func!(
        "webcryptoP256Verify",
        |point: Bytes<'js>, prehash: Bytes<'js>, sig: Bytes<'js>| {
            // SAFETY: verification runs without calling into JS.
            unsafe { p256_verify(bytes_of(&point), bytes_of(&prehash), bytes_of(&sig)) }
        }
    );
    // [d, publicPoint] of a PKCS #8 key, or null.
    func!("webcryptoP256Pkcs8", |ctx: Ctx<'js>,
                                 der: Bytes<'js>|
     -> Result<Value<'js>> {
        // SAFETY: parsed before any JS runs.
        let Some((d, point)) = p256_from_pkcs8(unsafe { bytes_of(&der) }) else {
            return Ok(Value::new_null(ctx));
        };
        let pair = Array::new(ctx.clone())?;
        pair.set(0, ArrayBuffer::new(ctx.clone(), d)?)?;
        pair.set(1, ArrayBuffer::new(ctx, point)?)?;
        Ok(pair.into_value())
    });
    func!("webcryptoP256Spki", |ctx: Ctx<'js>, der: Bytes<'js>| {
        // SAFETY: parsed before any JS runs.
        buffer_or_null(&ctx, p256_from_spki(unsafe { bytes_of(&der) }))
    });
    func!(
        "webcryptoEd25519Public",
        |ctx: Ctx<'js>, seed: Bytes<'js>| {
            // SAFETY: read before any JS runs.
            let key = ed25519_seed(unsafe { bytes_of(&seed) });
            buffer_or_null(&ctx, key.map(|k| k.verifying_key().to_bytes().to_vec()))
        }
    );
    func!(
        "webcryptoEd25519Sign",
        |ctx: Ctx<'js>, seed: Bytes<'js>, msg: Bytes<'js>| {
            // SAFETY: signing runs without calling into JS.
            let sig = unsafe {
                ed25519_seed(bytes_of(&seed)).map(|k| k.sign(bytes_of(&msg)).to_bytes().to_vec())
            };
            buffer_or_null(&ctx, sig)
        }
    );
    func!(
        "webcryptoEd25519Verify",
        |public: Bytes<'js>, msg: Bytes<'js>, sig: Bytes<'js>| {
            // SAFETY: verification runs without calling into JS.
            unsafe { ed25519_verify(bytes_of(&public), bytes_of(&msg), bytes_of(&sig)) }
        }
    );
    Ok(())
}
