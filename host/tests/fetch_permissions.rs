//! fetch under the network policy: the host checks every outgoing HTTP
//! request's authority (wasi:http) like a TCP connect. Without a grant,
//! fetch fails with Node's ERR_ACCESS_DENIED cause naming --allow-net,
//! and nothing reaches the server.

mod support;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use support::{collect, sandnode};

const SCRIPT: &str = "\
fetch(process.argv[2]).then(async (res) => {
  console.log('ok', res.status, await res.text());
}, (e) => {
  const c = e.cause || {};
  console.log('failed', e.name, e.message, c.code, c.permission, c.resource, c.message);
});
";

/// A server answering every connection with `200 hi`; counts connections.
fn server() -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            let mut buf = [0u8; 4096];
            let _ = conn.read(&mut buf);
            let _ = conn
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nhi");
        }
    });
    (port, hits)
}

fn run(flags: &[&str], url: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("main.js");
    std::fs::write(&script, SCRIPT).unwrap();
    let out = collect(
        sandnode()
            .current_dir(dir.path())
            .args(flags)
            .arg(&script)
            .arg(url),
    );
    out.assert_code(0);
    out.out()
}

fn denied_line(resource: &str) -> String {
    format!(
        "failed TypeError fetch failed ERR_ACCESS_DENIED Net {resource} \
         Access to this API has been restricted. Use --allow-net to manage permissions.\n"
    )
}

#[test]
fn fetch_without_a_grant_is_denied_and_sends_nothing() {
    let (port, hits) = server();
    let url = format!("http://127.0.0.1:{port}/");
    assert_eq!(run(&[], &url), denied_line(&format!("127.0.0.1:{port}")));
    // A default port is named as such.
    assert_eq!(run(&[], "http://127.0.0.1/"), denied_line("127.0.0.1:80"));
    assert_eq!(run(&[], "https://127.0.0.1/"), denied_line("127.0.0.1:443"));
    assert_eq!(hits.load(Ordering::SeqCst), 0);
}

#[test]
fn fetch_with_a_grant_reaches_the_server() {
    let (port, hits) = server();
    let url = format!("http://127.0.0.1:{port}/");
    assert_eq!(run(&["--allow-net"], &url), "ok 200 hi\n");
    let exact = format!("--allow-net=127.0.0.1:{port}");
    assert_eq!(run(&[&exact], &url), "ok 200 hi\n");
    // A host name rule: the host resolves the name for the check.
    let named = format!("http://localhost:{port}/");
    assert_eq!(run(&["--allow-net=localhost"], &named), "ok 200 hi\n");
    assert_eq!(hits.load(Ordering::SeqCst), 3);
}

#[test]
fn fetch_outside_the_grant_or_denied_is_refused() {
    let (port, hits) = server();
    let url = format!("http://127.0.0.1:{port}/");
    let resource = format!("127.0.0.1:{port}");
    let other = format!("--allow-net=127.0.0.1:{}", port.wrapping_add(1).max(1));
    assert_eq!(run(&[&other], &url), denied_line(&resource));
    assert_eq!(
        run(&["--allow-net=10.0.0.0/8"], &url),
        denied_line(&resource)
    );
    assert_eq!(
        run(&["--allow-net", "--deny-net=127.0.0.1"], &url),
        denied_line(&resource)
    );
    assert_eq!(hits.load(Ordering::SeqCst), 0);
}
