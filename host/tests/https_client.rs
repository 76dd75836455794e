//! node:https and fetch over the host's TLS (wasi:http), against local TLS
//! servers using the fixed test CA and certificates in tests/fixtures/tls/.
//!
//! `tests/fixtures/tls/client.js` prints what it sees; its expected output
//! (`client.<mode>.expected`) was recorded from node 22 against these same
//! servers. With SANDNODE_TLS_NODE=<node 22 binary> the tests check node's
//! output too (and with SANDNODE_TLS_RECORD=1 they rewrite the files from
//! it), so the comparison stays differential.

mod support;

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use support::{collect, sandnode};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/tls")
}

/// A server configuration presenting `cert` (a PEM file of one or more
/// certificates: the chain) with `key`.
fn server_config(cert: &str, key: &str) -> Arc<ServerConfig> {
    let dir = fixtures();
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(dir.join(cert))
        .unwrap()
        .map(|c| c.unwrap())
        .collect();
    let key = PrivateKeyDer::from_pem_file(dir.join(key)).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    Arc::new(config)
}

/// A TLS server on `ip` answering with `respond`; returns its port.
fn serve(ip: &str, config: Arc<ServerConfig>) -> u16 {
    serve_counted(ip, config, Arc::default())
}

/// `serve`, counting the connections it accepts in `accepted`.
fn serve_counted(ip: &str, config: Arc<ServerConfig>, accepted: Arc<AtomicUsize>) -> u16 {
    let listener = TcpListener::bind((ip, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for tcp in listener.incoming() {
            let Ok(tcp) = tcp else { continue };
            accepted.fetch_add(1, Ordering::SeqCst);
            let config = config.clone();
            std::thread::spawn(move || {
                let Ok(conn) = rustls::ServerConnection::new(config) else {
                    return;
                };
                let tls = rustls::StreamOwned::new(conn, tcp);
                let _ = handle_connection(tls);
            });
        }
    });
    port
}

type Tls = rustls::StreamOwned<rustls::ServerConnection, TcpStream>;

struct Request {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn read_request(reader: &mut BufReader<Tls>) -> std::io::Result<Option<Request>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((n, v)) = line.split_once(':') {
            headers.push((n.trim().to_string(), v.trim().to_string()));
        }
    }
    let mut request = Request {
        method,
        path,
        headers,
        body: Vec::new(),
    };
    if request
        .header("expect")
        .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
    {
        let out = reader.get_mut();
        out.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        out.flush()?;
    }
    if let Some(len) = request.header("content-length") {
        let mut body = vec![0; len.parse().unwrap_or(0)];
        reader.read_exact(&mut body)?;
        request.body = body;
    } else if request
        .header("transfer-encoding")
        .is_some_and(|te| te.contains("chunked"))
    {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size)?;
            let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk)?;
            if size == 0 {
                break;
            }
            request.body.extend_from_slice(&chunk[..size]);
        }
    }
    Ok(Some(request))
}

fn handle_connection(tls: Tls) -> std::io::Result<()> {
    let mut reader = BufReader::new(tls);
    while let Some(req) = read_request(&mut reader)? {
        let out = reader.get_mut();
        if !respond(out, &req)? {
            break;
        }
    }
    let tls = reader.get_mut();
    tls.conn.send_close_notify();
    let _ = tls.flush();
    Ok(())
}

/// Writes the answer for `req`; false when the connection is to close.
fn respond(out: &mut Tls, req: &Request) -> std::io::Result<bool> {
    let fixed = |out: &mut Tls, status: &str, body: &str| {
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nX-Test: 1\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        out.write_all(head.as_bytes())?;
        if req.method != "HEAD" {
            out.write_all(body.as_bytes())?;
        }
        out.flush()
    };
    match req.path.split('?').next().unwrap_or("") {
        "/hello" => fixed(out, "200 OK", "hello over tls")?,
        "/echo" => {
            let mut seen = vec![format!("{} {}", req.method, req.path)];
            for name in [
                "host",
                "content-type",
                "content-length",
                "transfer-encoding",
                "x-custom",
            ] {
                if let Some(v) = req.header(name) {
                    let v = if name == "host" {
                        v.split(':').next().unwrap_or("")
                    } else {
                        v
                    };
                    seen.push(format!("{name}={v}"));
                }
            }
            seen.push(format!("body={}", String::from_utf8_lossy(&req.body)));
            let text = seen.join("|");
            out.write_all(b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n")?;
            let (a, b) = text.split_at(text.len() / 2);
            for part in [a, b] {
                write!(out, "{:x}\r\n{part}\r\n", part.len())?;
            }
            out.write_all(b"0\r\n\r\n")?;
            out.flush()?;
        }
        "/stream" => {
            out.write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")?;
            for i in 0..5 {
                let part = format!("part{i};");
                write!(out, "{:x}\r\n{part}\r\n", part.len())?;
                out.flush()?;
                std::thread::sleep(Duration::from_millis(5));
            }
            out.write_all(b"0\r\n\r\n")?;
            out.flush()?;
        }
        "/close" => {
            out.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end")?;
            out.flush()?;
            return Ok(false);
        }
        "/trailers" => {
            out.write_all(
                b"HTTP/1.1 200 OK\r\nTrailer: X-Checksum\r\nTransfer-Encoding: chunked\r\n\r\n\
                  5\r\nhello\r\n0\r\nX-Checksum: abc123\r\n\r\n",
            )?;
            out.flush()?;
        }
        "/truncated" => {
            out.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten..")?;
            out.flush()?;
            std::thread::sleep(Duration::from_millis(50));
            return Ok(false);
        }
        "/slow" => {
            std::thread::sleep(Duration::from_millis(1500));
            fixed(out, "200 OK", "late")?;
        }
        _ => fixed(out, "404 Not Found", "no such page")?,
    }
    Ok(true)
}

struct Servers {
    main: u16,
    expired: u16,
    self_signed: u16,
    alt: u16,
    closed: u16,
    /// Sends the CA along with its certificate.
    chain: u16,
}

fn servers() -> Servers {
    let main = server_config("server.pem", "server.key");
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    Servers {
        main: serve("127.0.0.1", main.clone()),
        expired: serve("127.0.0.1", server_config("expired.pem", "server.key")),
        self_signed: serve(
            "127.0.0.1",
            server_config("selfsigned.pem", "selfsigned.key"),
        ),
        // The certificate names 127.0.0.1 and localhost, not 127.0.0.2.
        alt: serve("127.0.0.2", main),
        closed,
        chain: serve("127.0.0.1", server_config("chain.pem", "server.key")),
    }
}

impl Servers {
    fn args(&self, mode: &str) -> Vec<String> {
        let client = fixtures().join("client.js");
        vec![
            client.to_string_lossy().into_owned(),
            mode.to_string(),
            self.main.to_string(),
            self.expired.to_string(),
            self.self_signed.to_string(),
            self.alt.to_string(),
            self.closed.to_string(),
            self.chain.to_string(),
        ]
    }
}

/// Runs client.js under sandnode (with --allow-net), and under node 22
/// when SANDNODE_TLS_NODE names one; checks both against the recording.
fn differential(mode: &str, extra_ca: Option<&Path>) {
    let servers = servers();
    let expected_path = fixtures().join(format!("client.{mode}.expected"));
    let configure = |cmd: &mut Command| {
        cmd.env_remove("NODE_EXTRA_CA_CERTS");
        if let Some(ca) = extra_ca {
            cmd.env("NODE_EXTRA_CA_CERTS", ca);
        }
        cmd.current_dir(fixtures());
    };
    if let Ok(node) = std::env::var("SANDNODE_TLS_NODE") {
        let mut cmd = Command::new(node);
        configure(&mut cmd);
        cmd.args(servers.args(mode));
        let run = collect(&mut cmd);
        run.assert_code(0);
        if std::env::var_os("SANDNODE_TLS_RECORD").is_some() {
            std::fs::write(&expected_path, run.out()).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        assert_eq!(run.out(), expected, "node 22 differs from the recording");
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    let mut cmd = sandnode();
    configure(&mut cmd);
    cmd.arg("--allow-net").args(servers.args(mode));
    let run = collect(&mut cmd);
    run.assert_code(0);
    assert_eq!(run.out(), expected);
}

#[test]
fn https_and_fetch_with_the_test_ca_match_node() {
    differential("trusted", Some(&fixtures().join("ca.pem")));
}

#[test]
fn without_the_ca_the_certificate_is_refused_like_node() {
    differential("untrusted", None);
}

/// A short script run under sandnode against the main server.
fn run_script(script: &str, flags: &[&str], extra_ca: Option<&str>) -> support::Run {
    let servers = servers();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("main.js");
    std::fs::write(&file, script).unwrap();
    let mut cmd = sandnode();
    cmd.env_remove("NODE_EXTRA_CA_CERTS");
    if let Some(ca) = extra_ca {
        cmd.env("NODE_EXTRA_CA_CERTS", ca);
    }
    cmd.current_dir(dir.path())
        .args(flags)
        .arg(&file)
        .arg(servers.main.to_string());
    collect(&mut cmd)
}

#[test]
fn a_bad_extra_ca_file_is_reported_and_ignored() {
    let script = "\
require('https').get(`https://localhost:${process.argv[2]}/hello`)
  .on('error', (e) => console.log(e.code));
";
    let run = run_script(script, &["--allow-net"], Some("/nonexistent/ca.pem"));
    run.assert_code(0);
    assert_eq!(run.out(), "UNABLE_TO_VERIFY_LEAF_SIGNATURE\n");
    assert_eq!(
        run.err(),
        "Warning: Ignoring extra certs from `/nonexistent/ca.pem`, load failed: \
         error:80000002:system library::No such file or directory\n"
    );
    // Without any TLS use, nothing is read and nothing is said.
    let quiet = run_script("console.log('no tls')", &[], Some("/nonexistent/ca.pem"));
    quiet.assert_code(0);
    assert_eq!(quiet.err(), "");
}

#[test]
fn without_allow_net_https_is_denied() {
    let script = "\
const https = require('https');
https.get(`https://localhost:${process.argv[2]}/hello`, () => console.log('reached'))
  .on('error', (e) => console.log(e.code, e.permission, e.resource.replace(process.argv[2], 'PORT')));
fetch(`https://localhost:${process.argv[2]}/hello`)
  .catch((e) => console.log('fetch', e.cause.code));
";
    let ca = fixtures().join("ca.pem");
    let run = run_script(script, &[], ca.to_str());
    run.assert_code(0);
    let mut lines: Vec<String> = run.out().lines().map(String::from).collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "ERR_ACCESS_DENIED Net localhost:PORT",
            "fetch ERR_ACCESS_DENIED"
        ]
    );
    let other = run_script(script, &["--allow-net=127.0.0.1:1"], ca.to_str());
    assert!(other.out().contains("ERR_ACCESS_DENIED Net"), "{other:?}");
}

#[test]
fn options_that_need_guest_tls_are_refused() {
    let script = r#"
const https = require('https');
const url = `https://localhost:${process.argv[2]}/hello`;
const attempts = {
  ca: () => https.get(url, { ca: 'PEM' }),
  cert: () => https.request({ host: 'localhost', cert: 'PEM', key: 'PEM' }),
  pfx: () => https.get(url, { pfx: Buffer.alloc(1) }),
  rejectUnauthorized: () => https.get(url, { rejectUnauthorized: false }),
  checkServerIdentity: () => https.get(url, { checkServerIdentity: () => undefined }),
  servername: () => https.get(url, { servername: 'example.com' }),
  lookup: () => https.get(url, { lookup: () => {} }),
  agentCa: () => new https.Agent({ ca: 'PEM' }),
  createServer: () => https.createServer(),
  upgrade: () => https.request(url, { headers: { Connection: 'Upgrade', Upgrade: 'websocket' } })
    .on('error', (e) => console.log('upgrade', e.code, e.message)).end(),
  hostHeader: () => https.get(url, { headers: { Host: 'example.com' } })
    .on('error', (e) => console.log('hostHeader', e.code, e.message)),
  Server: () => new https.Server(),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    console.log(name, 'accepted');
  } catch (e) {
    console.log(name, e.code, e.message);
  }
}
// The defaults are fine to spell out.
https.get(url, { rejectUnauthorized: true, servername: 'localhost', ca: undefined }, (res) => {
  console.log('defaults', res.statusCode);
  res.resume();
});
"#;
    let ca = fixtures().join("ca.pem");
    let run = run_script(script, &["--allow-net"], ca.to_str());
    run.assert_code(0);
    let out = run.out();
    let hint = "(TLS and connections are done by the host; trust a CA through the \
                NODE_EXTRA_CA_CERTS environment variable of sandnode)";
    for (name, option) in [
        ("ca", "ca"),
        ("cert", "cert"),
        ("pfx", "pfx"),
        ("rejectUnauthorized", "rejectUnauthorized: false"),
        ("checkServerIdentity", "checkServerIdentity"),
        ("servername", "servername"),
        ("lookup", "lookup"),
        ("agentCa", "ca"),
    ] {
        let refused = out.lines().any(|l| {
            l.starts_with(&format!("{name} ERR_NOT_SUPPORTED_IN_SANDNODE "))
                && l.contains(&format!("the https option '{option}' {hint}"))
        });
        assert!(refused, "{name} is not refused:\n{out}");
    }
    assert!(
        out.contains("createServer ERR_NOT_SUPPORTED_IN_SANDNODE"),
        "{out}"
    );
    assert!(
        out.contains("Server ERR_NOT_SUPPORTED_IN_SANDNODE"),
        "{out}"
    );
    assert!(
        out.contains(
            "upgrade ERR_NOT_SUPPORTED_IN_SANDNODE https upgrade and CONNECT requests \
             (wasi:http has no upgrade) is not supported by sandnode"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "hostHeader ERR_NOT_SUPPORTED_IN_SANDNODE an https Host header other than the \
             URL's host (example.com)"
        ),
        "{out}"
    );
    assert!(out.ends_with("defaults 200\n"), "{out}");
}

#[test]
fn the_host_keeps_connections_alive() {
    let accepted = Arc::new(AtomicUsize::new(0));
    let port = serve_counted(
        "127.0.0.1",
        server_config("server.pem", "server.key"),
        accepted.clone(),
    );
    let script = "\
const https = require('https');
const url = `https://localhost:${process.argv[2]}/hello`;
const get = (options) => new Promise((resolve) => https.get(url, options, (res) => {
  res.resume();
  res.on('end', () => resolve(res.statusCode));
}));
(async () => {
  const codes = [await get({}), await get({}), await get({ agent: false })];
  codes.push((await fetch(url)).status);
  console.log(codes.join(' '));
})();
";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("main.js");
    std::fs::write(&file, script).unwrap();
    let mut cmd = sandnode();
    cmd.env("NODE_EXTRA_CA_CERTS", fixtures().join("ca.pem"))
        .current_dir(dir.path())
        .arg("--allow-net")
        .arg(&file)
        .arg(port.to_string());
    let run = collect(&mut cmd);
    run.assert_code(0);
    assert_eq!(run.out(), "200 200 200 200\n");
    assert_eq!(accepted.load(Ordering::SeqCst), 1);
}
