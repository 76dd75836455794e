//! A tenant's origin, for `ctx.passThroughOnException()`: when a handler
//! that called it throws, `sandnode host` sends the request to the origin
//! server and answers with the origin's response, as Workers platforms do.
//!
//! The request must still be whole when the handler fails, so a tenant with
//! an origin has its request body read into memory before its instance
//! starts (up to its `max_body`, else [`BUFFER_LIMIT`]); the instance and
//! the origin each get a copy.

use bytes::Bytes;
use http_body_util::BodyExt as _;
use std::time::Duration;
use wasmtime_wasi_http::p2::body::{HyperIncomingBody, HyperOutgoingBody};

/// The largest request body kept for an origin when the tenant sets no
/// `max_body`.
pub const BUFFER_LIMIT: u64 = 16 * 1024 * 1024;

/// The error text the guest answers with (runtime-guest/src/serve.rs) when
/// its handler threw after `ctx.passThroughOnException()`.
pub const PASS_THROUGH: &str = "sandnode:pass-through-on-exception";

/// `http://host[:port]` or `https://host[:port]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    tls: bool,
    host: String,
    port: u16,
    authority: http::uri::Authority,
}

impl Origin {
    pub fn parse(text: &str) -> Result<Origin, String> {
        let bad = || format!("{text:?}: give http://HOST[:PORT] or https://HOST[:PORT]");
        let uri: http::Uri = text.parse().map_err(|_| bad())?;
        let tls = match uri.scheme_str() {
            Some("http") => false,
            Some("https") => true,
            _ => return Err(bad()),
        };
        let authority = uri.authority().ok_or_else(bad)?.clone();
        let path_is_root = matches!(uri.path(), "" | "/");
        if !path_is_root || uri.query().is_some() || authority.as_str().contains('@') {
            return Err(format!(
                "{text:?}: an origin is a scheme and a host (no path, query or user)"
            ));
        }
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        Ok(Origin {
            tls,
            host: host.to_string(),
            port: authority.port_u16().unwrap_or(if tls { 443 } else { 80 }),
            authority,
        })
    }
}

/// The request as it arrived, kept to send to the origin.
pub struct Replay {
    method: http::Method,
    uri: http::Uri,
    headers: http::HeaderMap,
    body: Bytes,
}

/// Why a request body could not be kept: it was larger than the limit
/// (a 413), or it broke off (a 400).
pub enum BufferError {
    TooLarge,
    Broken(String),
}

/// Reads the whole body of `req` (whose body enforces the size limit), and
/// returns the request for the instance along with a copy for the origin.
pub async fn buffer<B>(
    req: hyper::Request<B>,
) -> Result<(hyper::Request<HyperIncomingBody>, Replay), BufferError>
where
    B: hyper::body::Body<Data = Bytes, Error = wasmtime_wasi_http::Error>,
{
    let (parts, body) = req.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(wasmtime_wasi_http::Error::HttpRequestBodySize(_)) => {
            return Err(BufferError::TooLarge);
        }
        Err(e) => return Err(BufferError::Broken(format!("{e:?}"))),
    };
    let replay = Replay {
        method: parts.method.clone(),
        uri: parts.uri.clone(),
        headers: parts.headers.clone(),
        body: body.clone(),
    };
    let whole = http_body_util::Full::new(body)
        .map_err(|never| match never {})
        .boxed_unsync();
    Ok((hyper::Request::from_parts(parts, whole), replay))
}

/// Sends `replay` to `origin` and gives back its response, streaming. The
/// origin sees the request's method, path, query, headers and body; its
/// Host header names the origin, and `x-forwarded-host` the host the client
/// asked for.
pub async fn forward(
    origin: &Origin,
    tls: &crate::tls::TlsSetup,
    replay: Replay,
    timeout: Duration,
) -> Result<hyper::Response<HyperOutgoingBody>, String> {
    let failed = |why: String| format!("passing the request to the origin failed: {why}");
    let target = replay
        .uri
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_string();
    let uri = http::Uri::builder()
        .scheme(if origin.tls { "https" } else { "http" })
        .authority(origin.authority.clone())
        .path_and_query(target)
        .build()
        .map_err(|e| failed(e.to_string()))?;
    let mut headers = replay.headers;
    if let Some(asked) = headers.remove(http::header::HOST) {
        headers.insert("x-forwarded-host", asked);
    }
    headers.insert(
        http::header::HOST,
        http::HeaderValue::from_str(origin.authority.as_str())
            .map_err(|e| failed(e.to_string()))?,
    );
    let mut request = http::Request::new(
        http_body_util::Full::new(replay.body)
            .map_err(|never| match never {})
            .boxed_unsync(),
    );
    *request.method_mut() = replay.method;
    *request.uri_mut() = uri;
    *request.headers_mut() = headers;
    let send = async {
        let addr = tokio::net::lookup_host((origin.host.as_str(), origin.port))
            .await
            .map_err(|e| failed(format!("cannot resolve {}: {e}", origin.host)))?
            .next()
            .ok_or_else(|| failed(format!("{} has no address", origin.host)))?;
        let (response, _) = crate::tls::send(tls, request, None, addr, &origin.host, origin.tls)
            .await
            .map_err(|e| failed(format!("{e:?}")))?;
        Ok(response)
    };
    match tokio::time::timeout(timeout, send).await {
        Ok(answer) => answer,
        Err(_) => Err(failed(format!("no answer within {timeout:?}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_a_scheme_and_a_host() {
        let o = Origin::parse("https://example.com").unwrap();
        assert_eq!((o.tls, o.host.as_str(), o.port), (true, "example.com", 443));
        let o = Origin::parse("http://127.0.0.1:8080/").unwrap();
        assert_eq!((o.tls, o.host.as_str(), o.port), (false, "127.0.0.1", 8080));
        let o = Origin::parse("http://[::1]:9").unwrap();
        assert_eq!((o.host.as_str(), o.port), ("::1", 9));
        for bad in [
            "example.com",
            "ftp://example.com",
            "http://example.com/app",
            "http://example.com?x",
            "http://user@example.com",
            "",
        ] {
            assert!(Origin::parse(bad).is_err(), "{bad}");
        }
    }
}
