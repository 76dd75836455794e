//! Byte-level text codecs for Buffer, TextEncoder/TextDecoder and
//! atob/btoa: UTF-8 (validated with simdutf8) and base64 (the base64 crate),
//! with Node's lenient base64 decoding.

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

/// Decodes UTF-8, replacing each invalid sequence with U+FFFD as the WHATWG
/// decoder (and Node) do. Returns None for invalid input when `fatal`.
pub fn utf8_decode(bytes: &[u8], fatal: bool) -> Option<String> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Some(s.to_owned()),
        Err(_) if fatal => None,
        Err(_) => Some(String::from_utf8_lossy(bytes).into_owned()),
    }
}

const LENIENT: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::Indifferent)
    .with_decode_allow_trailing_bits(true);

pub fn base64_encode(bytes: &[u8], url: bool) -> String {
    if url {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    } else {
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }
}

/// Node's base64 decoding: both alphabets, whitespace and other characters
/// skipped, stops at the first `=`, a dangling final character dropped.
pub fn base64_decode_lenient(text: &str) -> Vec<u8> {
    let mut clean: Vec<u8> = Vec::with_capacity(text.len());
    for &b in text.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' => clean.push(b),
            b'-' => clean.push(b'+'),
            b'_' => clean.push(b'/'),
            b'=' => break,
            _ => {}
        }
    }
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT)
        .decode(&clean)
        .unwrap_or_default()
}

/// atob's strict forgiving-base64 decode (WHATWG): None means the input is
/// not valid base64 (InvalidCharacterError).
pub fn base64_decode_strict(text: &str) -> Option<Vec<u8>> {
    let mut clean: Vec<u8> = text
        .bytes()
        .filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        .collect();
    if clean.len().is_multiple_of(4) && clean.ends_with(b"==") {
        clean.truncate(clean.len() - 2);
    } else if clean.len().is_multiple_of(4) && clean.ends_with(b"=") {
        clean.truncate(clean.len() - 1);
    }
    if clean.len() % 4 == 1
        || clean
            .iter()
            .any(|b| !(b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/'))
    {
        return None;
    }
    GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT)
        .decode(&clean)
        .ok()
}

/// Latin-1 (and `ascii`/`binary`) encoding as Node does it: each UTF-16
/// code unit of the string keeps its low byte. `text` must be well-formed
/// (the caller handles lone surrogates), so a character above U+FFFF is the
/// surrogate pair JS stores for it.
pub fn latin1_encode(text: &str) -> Vec<u8> {
    if text.is_ascii() {
        return text.as_bytes().to_vec();
    }
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            out.push(*unit as u8);
        }
    }
    out
}

/// Each byte as the character with that code (latin1), or with its high bit
/// cleared first (`mask`, Node's `ascii` decoding).
pub fn latin1_decode(bytes: &[u8], mask: bool) -> String {
    if bytes.is_ascii() {
        // SAFETY-free fast path: ASCII is valid UTF-8.
        return String::from_utf8(bytes.to_vec()).unwrap_or_default();
    }
    bytes
        .iter()
        .map(|&b| if mask { (b & 0x7f) as char } else { b as char })
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn latin1_keeps_low_bytes_of_code_units() {
        assert_eq!(latin1_encode("abc"), b"abc");
        assert_eq!(latin1_encode("\u{e9}\u{100}\u{20ac}"), [0xe9, 0x00, 0xac]);
        // U+1F600 is the pair D83D DE00 in JS.
        assert_eq!(latin1_encode("\u{1f600}"), [0x3d, 0x00]);
        assert_eq!(latin1_decode(&[0x68, 0xe9, 0xff], false), "h\u{e9}\u{ff}");
        assert_eq!(latin1_decode(&[0x68, 0xe9, 0xff], true), "hi\u{7f}");
    }
    use super::*;

    #[test]
    fn base64_is_lenient_like_node() {
        assert_eq!(base64_decode_lenient("aGVsbG8="), b"hello");
        assert_eq!(base64_decode_lenient("aGVs bG8"), b"hello");
        assert_eq!(base64_decode_lenient("aGVsbG8=ignored"), b"hello");
        assert_eq!(base64_decode_lenient("_-8"), vec![0xff, 0xef]);
        assert_eq!(base64_decode_strict("aGVsbG8="), Some(b"hello".to_vec()));
        assert_eq!(base64_decode_strict("aGVsbG8"), Some(b"hello".to_vec()));
        assert_eq!(base64_decode_strict("a"), None);
        assert_eq!(base64_decode_strict("a-b="), None);
    }

    #[test]
    fn utf8_replaces_invalid_sequences() {
        assert_eq!(utf8_decode(b"a\xffb", false).unwrap(), "a\u{fffd}b");
        assert_eq!(utf8_decode(b"a\xffb", true), None);
    }
}

/// Lower-case hex of `bytes` (Buffer's `toString('hex')`).
pub fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    // SAFETY-free: only ASCII digits were pushed.
    String::from_utf8(out).unwrap_or_default()
}

/// Node's hex decoding: pairs of hex digits up to the first pair that is
/// not one; a dangling last digit is ignored.
pub fn hex_decode(text: &[u8]) -> Vec<u8> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks_exact(2) {
        match (nibble(pair[0]), nibble(pair[1])) {
            (Some(hi), Some(lo)) => out.push((hi << 4) | lo),
            _ => break,
        }
    }
    out
}
