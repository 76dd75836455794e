//! Outgoing HTTP(S) for the guest (`wasi:http`, behind fetch and
//! node:https): the host connects to the address the network policy
//! checked, does TLS with rustls against the webpki roots plus the PEM file
//! named by the host's `NODE_EXTRA_CA_CERTS` (as Node does), speaks
//! HTTP/1.1 with hyper, and keeps connections alive for later requests.
//!
//! Certificate failures reach the guest as `TLS-alert-received` whose
//! alert id is the alert rustls sends the server for that failure and
//! whose message is `certificate:<Node's code>:<detail>`, so that node:https
//! can report Node's code (`wasi:http`'s `TLS-certificate-error` carries no
//! detail). An alert the server sends is `TLS-alert-received` with the
//! alert's name as its message.

use http_body_util::BodyExt as _;
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::UnixTime;
use rustls::pki_types::{CertificateDer, ServerName, pem::PemObject as _};
use rustls::{
    AlertDescription, CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore,
    SignatureScheme,
};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use std::time::Instant;
use tokio::net::TcpStream;
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::{Error, RequestOptions, WasiBody};

/// The environment variable Node reads for extra trusted certificates.
pub const EXTRA_CA_ENV: &str = "NODE_EXTRA_CA_CERTS";

/// The TLS client configuration of one run, built at the first HTTPS
/// request (Node, too, reads the extra certificates when TLS is first used,
/// and only then warns about a file it cannot use).
pub struct TlsSetup {
    extra_ca: Option<PathBuf>,
    /// Built once, so that a bad file is reported once.
    config: OnceLock<Result<Arc<ClientConfig>, String>>,
    pool: Arc<Pool>,
}

impl TlsSetup {
    pub fn new(extra_ca: Option<PathBuf>) -> TlsSetup {
        TlsSetup {
            extra_ca,
            config: OnceLock::new(),
            pool: Arc::default(),
        }
    }

    /// Reads `NODE_EXTRA_CA_CERTS` from the host's environment.
    pub fn from_env() -> TlsSetup {
        let extra = std::env::var_os(EXTRA_CA_ENV).filter(|v| !v.is_empty());
        TlsSetup::new(extra.map(PathBuf::from))
    }

    pub fn config(&self) -> Result<Arc<ClientConfig>, Error> {
        let built = self.config.get_or_init(|| {
            client_config(self.extra_ca.as_deref()).map_err(|e| format!("TLS configuration: {e}"))
        });
        built.clone().map_err(|e| Error::InternalError(Some(e)))
    }
}

/// Webpki's roots, plus the certificates of `extra_ca` when it names a
/// usable PEM file. A file that cannot be used is reported the way Node
/// reports it, and ignored.
fn client_config(extra_ca: Option<&Path>) -> Result<Arc<ClientConfig>, rustls::Error> {
    let mut roots = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.into(),
    };
    if let Some(path) = extra_ca {
        let mut extra = RootCertStore::empty();
        match add_pem_file(&mut extra, path) {
            Ok(()) => roots.roots.extend(extra.roots),
            Err(why) => eprintln!(
                "Warning: Ignoring extra certs from `{}`, load failed: {why}",
                path.display()
            ),
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| rustls::Error::General(e.to_string()))?;
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(NodeVerifier { webpki }))
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// Node's code for a rejected chain that rustls reports less precisely,
/// carried in `CertificateError::Other`.
#[derive(Debug)]
struct NodeCode(&'static str);

impl std::fmt::Display for NodeCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for NodeCode {}

/// webpki's verification, unchanged in what it accepts; only an unknown
/// issuer is told apart the way OpenSSL does (a self-signed server
/// certificate, a self-signed certificate in the chain, a missing issuer).
#[derive(Debug)]
struct NodeVerifier {
    webpki: Arc<WebPkiServerVerifier>,
}

impl ServerCertVerifier for NodeVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = self.webpki.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        let Err(rustls::Error::InvalidCertificate(
            err @ (CertificateError::UnknownIssuer | CertificateError::Other(_)),
        )) = &verdict
        else {
            return verdict;
        };
        let code = if self_signed(end_entity) {
            "DEPTH_ZERO_SELF_SIGNED_CERT"
        } else if intermediates.iter().any(|c| self_signed(c)) {
            "SELF_SIGNED_CERT_IN_CHAIN"
        } else if matches!(err, CertificateError::UnknownIssuer) && !intermediates.is_empty() {
            "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"
        } else {
            return verdict;
        };
        Err(rustls::Error::InvalidCertificate(CertificateError::Other(
            rustls::OtherError(Arc::new(NodeCode(code))),
        )))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}

/// One DER element: (tag, the whole element, its contents, what follows).
type DerElement<'a> = (u8, &'a [u8], &'a [u8], &'a [u8]);

fn der_element(data: &[u8]) -> Option<DerElement<'_>> {
    let (&tag, rest) = data.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, &b| (acc << 8) | b as usize);
        (len, &rest[n..])
    };
    if rest.len() < len {
        return None;
    }
    let header = data.len() - rest.len();
    Some((tag, &data[..header + len], &rest[..len], &rest[len..]))
}

/// Whether a certificate names itself as its issuer (the test OpenSSL's
/// "self-signed" verdicts rest on). Unparsable input is not self-signed.
fn self_signed(cert: &CertificateDer<'_>) -> bool {
    let issuer_and_subject = || -> Option<(&[u8], &[u8])> {
        let (_, _, certificate, _) = der_element(cert.as_ref())?;
        let (_, _, tbs, _) = der_element(certificate)?;
        let (tag, _, _, mut rest) = der_element(tbs)?;
        // The optional explicit version comes before the serial number.
        if tag == 0xa0 {
            rest = der_element(rest)?.3;
        }
        let rest = der_element(rest)?.3; // signature algorithm
        let (_, issuer, _, rest) = der_element(rest)?;
        let rest = der_element(rest)?.3; // validity
        let (_, subject, _, _) = der_element(rest)?;
        Some((issuer, subject))
    };
    matches!(issuer_and_subject(), Some((issuer, subject)) if issuer == subject)
}

/// Adds every certificate of a PEM file (all or none). The texts are
/// OpenSSL's, which Node prints after "load failed:"; like Node, a file
/// without any PEM block adds nothing and is no error.
fn add_pem_file(roots: &mut RootCertStore, path: &Path) -> Result<(), String> {
    let pem = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            "error:80000002:system library::No such file or directory".to_string()
        }
        _ => format!("error:80000002:system library::{e}"),
    })?;
    let asn1 = || "error:0488000D:PEM routines::ASN1 lib".to_string();
    for cert in CertificateDer::pem_slice_iter(&pem) {
        roots.add(cert.map_err(|_| asn1())?).map_err(|_| asn1())?;
    }
    Ok(())
}

type SendOutput = (
    http::Response<WasiBody>,
    Box<dyn Future<Output = Result<(), Error>> + Send>,
);

/// Sends one request to `addr` (already allowed by the policy): over TLS,
/// verifying the server as `host`, when `tls`. The response body streams.
pub async fn send(
    setup: &TlsSetup,
    mut request: http::Request<WasiBody>,
    options: Option<RequestOptions>,
    addr: SocketAddr,
    host: &str,
    tls: bool,
) -> Result<SendOutput, Error> {
    let key = (addr, host.to_string(), tls);
    // On the wire the target is origin-form (the path); the Host header
    // that wasi:http set carries the authority.
    *request.uri_mut() = origin_form(request.uri());
    let mut sender = match setup.pool.take(&key).await {
        Some(idle) => idle,
        None => connect(setup, options, &key).await?,
    };
    let mut response = match sender.try_send_request(request).await {
        Ok(response) => response,
        Err(mut failed) => match failed.take_message() {
            // A kept-alive connection the server had closed: the request
            // was not sent, so it goes out on a new connection.
            Some(request) => {
                sender = connect(setup, options, &key).await?;
                sender.send_request(request).await.map_err(Error::Hyper)?
            }
            None => return Err(Error::Hyper(failed.into_error())),
        },
    };
    let reason = response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .and_then(|r| http::HeaderValue::from_bytes(r.as_bytes()).ok());
    let version = response.version();
    let headers = response.headers_mut();
    expose_wire_headers(headers);
    // What wasi:http has no field for: a reason phrase other than the
    // standard one, and an HTTP/1.0 answer.
    if let Some(reason) = reason {
        headers.insert(REASON_HEADER, reason);
    }
    if version == http::Version::HTTP_10 {
        headers.insert(VERSION_HEADER, http::HeaderValue::from_static("1.0"));
    }
    let back = Some((setup.pool.clone(), key, sender));
    let response = response.map(|inner| PooledBody { inner, back }.boxed_unsync());
    // The connection runs on its own task (see connect); a failure after
    // the head reaches the guest through the body.
    Ok((response, Box::new(async { Ok(()) })))
}

type Sender = hyper::client::conn::http1::SendRequest<WasiBody>;
type PoolKey = (SocketAddr, String, bool);

/// A new connection for `key` (address, name, TLS), ready for requests.
async fn connect(
    setup: &TlsSetup,
    options: Option<RequestOptions>,
    key: &PoolKey,
) -> Result<Sender, Error> {
    let (addr, host, tls) = key;
    let connect_timeout = options.and_then(|o| o.connect_timeout);
    let tcp = with_timeout(connect_timeout, TcpStream::connect(addr))
        .await?
        .map_err(Error::Connect)?;
    if !*tls {
        return handshake(tcp).await;
    }
    let name = server_name(host)?;
    let connector = tokio_rustls::TlsConnector::from(setup.config()?);
    let stream = with_timeout(connect_timeout, connector.connect(name, tcp))
        .await?
        .map_err(|e| tls_error(&e))?;
    handshake(stream).await
}

/// HTTP/1.1 over `stream`.
async fn handshake<S>(stream: S) -> Result<Sender, Error>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static,
{
    let (sender, conn) = hyper::client::conn::http1::Builder::new()
        .handshake(TokioIo::new(stream))
        .await
        .map_err(Error::Hyper)?;
    // The connection runs on its own task: it moves the request body while
    // the response head is awaited, the response body after, and stays
    // open for the pool until the server or the pool lets it go.
    tokio::spawn(conn);
    Ok(sender)
}

/// Idle connections, by address, name and TLS. Node's agents keep
/// connections alive for the program; here the host does, for every
/// request of the run (a program's `keepAlive: false` has no say).
#[derive(Default)]
pub struct Pool {
    idle: Mutex<HashMap<PoolKey, Vec<(Sender, Instant)>>>,
}

/// How long a connection may wait unused (Node's global agent: 5 s).
const IDLE_FOR: Duration = Duration::from_secs(5);
/// Idle connections kept per destination, and in all (a program cannot
/// make the host hold open more than this).
const IDLE_PER_KEY: usize = 8;
const IDLE_TOTAL: usize = 64;

impl Pool {
    /// An idle connection to `key` that is still open and ready.
    async fn take(&self, key: &PoolKey) -> Option<Sender> {
        loop {
            let (mut sender, _) = {
                let mut idle = self.idle.lock().ok()?;
                Self::expire(&mut idle);
                idle.get_mut(key)?.pop()?
            };
            // Ready at once, or after the connection task has seen the end
            // of the previous answer; a closed one is dropped.
            let ready = tokio::time::timeout(Duration::from_millis(200), sender.ready()).await;
            if matches!(ready, Ok(Ok(()))) {
                return Some(sender);
            }
        }
    }

    fn put(&self, key: PoolKey, sender: Sender) {
        if sender.is_closed() {
            return;
        }
        let Ok(mut idle) = self.idle.lock() else {
            return;
        };
        Self::expire(&mut idle);
        if idle.values().map(Vec::len).sum::<usize>() >= IDLE_TOTAL {
            return;
        }
        let list = idle.entry(key).or_default();
        if list.len() < IDLE_PER_KEY {
            list.push((sender, Instant::now()));
        }
    }

    /// Drops connections idle too long or closed by the server.
    fn expire(idle: &mut HashMap<PoolKey, Vec<(Sender, Instant)>>) {
        for list in idle.values_mut() {
            list.retain(|(sender, since)| since.elapsed() < IDLE_FOR && !sender.is_closed());
        }
        idle.retain(|_, list| !list.is_empty());
    }
}

/// A response body that gives its connection back to the pool once the
/// guest has read it to the end (an answer dropped early, or failed,
/// closes its connection instead).
struct PooledBody {
    inner: hyper::body::Incoming,
    back: Option<(Arc<Pool>, PoolKey, Sender)>,
}

impl hyper::body::Body for PooledBody {
    type Data = bytes::Bytes;
    type Error = Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        let polled = std::pin::Pin::new(&mut self.inner).poll_frame(cx);
        match &polled {
            std::task::Poll::Ready(None) => {
                if let Some((pool, key, sender)) = self.back.take() {
                    pool.put(key, sender);
                }
            }
            std::task::Poll::Ready(Some(Err(_))) => self.back = None,
            _ => {}
        }
        polled.map(|frame| frame.map(|r| r.map_err(Error::Hyper)))
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}

/// The prefix under which the host passes on response headers that
/// wasi:http keeps from a guest (Connection, Transfer-Encoding, ...).
pub const WIRE_PREFIX: &str = "sandnode-wire-";
/// The response's own reason phrase, when it is not the standard one.
const REASON_HEADER: &str = "sandnode-wire-reason-phrase";
/// "1.0" for an HTTP/1.0 response.
const VERSION_HEADER: &str = "sandnode-wire-http-version";

/// Renames the response headers wasi:http would drop (its forbidden list)
/// to `sandnode-wire-<name>`, keeping their order, so that node:https can
/// show the head as the server sent it (`res.headers['transfer-encoding']`)
/// and frame the body the same way; fetch drops them again in the guest.
/// Headers a server sent under that prefix itself are removed first.
fn expose_wire_headers(headers: &mut http::HeaderMap) {
    let wire = wasmtime_wasi_http::DEFAULT_FORBIDDEN_HEADERS;
    if !headers
        .keys()
        .any(|k| wire.contains(k) || k.as_str().starts_with(WIRE_PREFIX))
    {
        return;
    }
    let old = std::mem::take(headers);
    let mut name = None;
    for (key, value) in old {
        // HeaderMap's owned iterator names only the first of repeated values.
        if let Some(key) = key {
            name = Some(key);
        }
        let Some(key) = name.as_ref() else { continue };
        if key.as_str().starts_with(WIRE_PREFIX) {
            continue;
        }
        if wire.contains(key) {
            let renamed = format!("{WIRE_PREFIX}{}", key.as_str());
            if let Ok(renamed) = http::HeaderName::from_bytes(renamed.as_bytes()) {
                headers.append(renamed, value);
            }
        } else {
            headers.append(key.clone(), value);
        }
    }
}

async fn with_timeout<F: Future>(limit: Option<Duration>, fut: F) -> Result<F::Output, Error> {
    match limit {
        Some(limit) => tokio::time::timeout(limit, fut)
            .await
            .map_err(|_| Error::ConnectionTimeout),
        None => Ok(fut.await),
    }
}

fn server_name(host: &str) -> Result<ServerName<'static>, Error> {
    if let Ok(ip) = host.parse::<std::net::IpAddr>() {
        return Ok(ServerName::from(ip));
    }
    ServerName::try_from(host.to_string()).map_err(Error::InvalidDnsNameError)
}

fn origin_form(uri: &http::Uri) -> http::Uri {
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    path.parse().unwrap_or_else(|_| http::Uri::from_static("/"))
}

/// The wasi:http error for a failed handshake.
fn tls_error(err: &std::io::Error) -> Error {
    let Some(tls) = err
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    else {
        // The peer went away during the handshake.
        return Error::ConnectionTerminated;
    };
    match tls {
        rustls::Error::InvalidCertificate(cert) => {
            let (code, detail) = node_certificate_error(cert);
            Error::TlsAlertReceived {
                alert_id: Some(u8::from(AlertDescription::from(cert.clone()))),
                alert_message: Some(format!("certificate:{code}:{detail}")),
            }
        }
        rustls::Error::AlertReceived(alert) => Error::TlsAlertReceived {
            alert_id: Some(u8::from(*alert)),
            alert_message: Some(format!("{alert:?}")),
        },
        _ => Error::TlsProtocolError,
    }
}

/// Node's code for a certificate failure, and a detail for its message.
fn node_certificate_error(err: &CertificateError) -> (&'static str, String) {
    match err {
        CertificateError::UnknownIssuer => ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", String::new()),
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            ("CERT_HAS_EXPIRED", String::new())
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            ("CERT_NOT_YET_VALID", String::new())
        }
        CertificateError::Revoked => ("CERT_REVOKED", String::new()),
        CertificateError::BadSignature => ("CERT_SIGNATURE_FAILURE", String::new()),
        CertificateError::NotValidForName => ("ERR_TLS_CERT_ALTNAME_INVALID", String::new()),
        CertificateError::NotValidForNameContext {
            expected,
            presented,
        } => (
            "ERR_TLS_CERT_ALTNAME_INVALID",
            altname_reason(expected, presented),
        ),
        CertificateError::Other(other) => match other.0.downcast_ref::<NodeCode>() {
            Some(code) => (code.0, String::new()),
            None => ("CERT_REJECTED", other.to_string()),
        },
        other => ("CERT_REJECTED", format!("{other:?}")),
    }
}

/// Node's reason for a name mismatch, from rustls's debug forms of the
/// names the certificate presents (`DnsName("x")`, `IpAddress(1.2.3.4)`).
fn altname_reason(expected: &ServerName<'_>, presented: &[String]) -> String {
    let names: Vec<String> = presented
        .iter()
        .map(|name| {
            let inner = |prefix: &str| {
                name.strip_prefix(prefix)
                    .and_then(|rest| rest.strip_suffix(')'))
                    .map(|v| v.trim_matches('"').to_string())
            };
            if let Some(dns) = inner("DnsName(") {
                format!("DNS:{dns}")
            } else if let Some(ip) = inner("IpAddress(") {
                format!("IP Address:{ip}")
            } else {
                name.clone()
            }
        })
        .collect();
    let list = names.join(", ");
    match expected {
        // Node lists only the certificate's addresses for an IP host.
        ServerName::IpAddress(ip) => {
            let ips: Vec<&str> = names
                .iter()
                .filter_map(|n| n.strip_prefix("IP Address:"))
                .collect();
            format!(
                "IP: {} is not in the cert's list: {}",
                std::net::IpAddr::from(*ip),
                ips.join(", ")
            )
        }
        ServerName::DnsName(name) => {
            format!(
                "Host: {}. is not in the cert's altnames: {list}",
                name.as_ref()
            )
        }
        _ => format!("is not in the cert's altnames: {list}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_extra_ca_file_is_reported_like_node() {
        let mut roots = RootCertStore::empty();
        let err = add_pem_file(&mut roots, Path::new("/nonexistent/ca.pem")).unwrap_err();
        assert_eq!(
            err,
            "error:80000002:system library::No such file or directory"
        );
    }

    #[test]
    fn a_file_without_certificates_adds_nothing_and_bad_blocks_fail() {
        let dir = std::env::temp_dir().join(format!("sandnode-tls-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("bad.pem");
        std::fs::write(&file, "not a certificate\n").unwrap();
        let mut roots = RootCertStore::empty();
        assert_eq!(add_pem_file(&mut roots, &file), Ok(()));
        assert!(roots.is_empty());
        std::fs::write(
            &file,
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        let err = add_pem_file(&mut roots, &file).unwrap_err();
        assert_eq!(err, "error:0488000D:PEM routines::ASN1 lib");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn name_mismatches_read_like_node() {
        let presented = vec![
            "DnsName(\"localhost\")".to_string(),
            "IpAddress(127.0.0.1)".to_string(),
        ];
        let name = ServerName::try_from("example.com").unwrap();
        assert_eq!(
            altname_reason(&name, &presented),
            "Host: example.com. is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1"
        );
    }

    fn fixture(name: &str) -> CertificateDer<'static> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/tls")
            .join(name);
        CertificateDer::from_pem_file(path).unwrap()
    }

    #[test]
    fn self_signed_certificates_are_recognised() {
        assert!(self_signed(&fixture("ca.pem")));
        assert!(self_signed(&fixture("selfsigned.pem")));
        assert!(!self_signed(&fixture("server.pem")));
        assert!(!self_signed(&CertificateDer::from(vec![0x30, 0x82, 0xff])));
    }

    #[test]
    fn wire_headers_are_renamed_in_place() {
        let mut h = http::HeaderMap::new();
        h.append("content-type", "text/plain".parse().unwrap());
        h.append("transfer-encoding", "chunked".parse().unwrap());
        h.append("connection", "close".parse().unwrap());
        h.append("sandnode-wire-host", "spoofed".parse().unwrap());
        h.append("set-cookie", "a=1".parse().unwrap());
        h.append("set-cookie", "b=2".parse().unwrap());
        expose_wire_headers(&mut h);
        let seen: Vec<(String, String)> = h
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_string()))
            .collect();
        let expected = [
            ("content-type", "text/plain"),
            ("sandnode-wire-transfer-encoding", "chunked"),
            ("sandnode-wire-connection", "close"),
            ("set-cookie", "a=1"),
            ("set-cookie", "b=2"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn ip_hosts_are_ip_server_names() {
        assert!(matches!(
            server_name("127.0.0.1"),
            Ok(ServerName::IpAddress(_))
        ));
        assert!(matches!(
            server_name("localhost"),
            Ok(ServerName::DnsName(_))
        ));
        assert!(server_name("bad name").is_err());
    }
}
