//! `sandnode serve`: real HTTP requests against a running server, one fresh
//! instance per request (tests/serve/*.mjs|js are the apps).

mod http_client;
mod support;

use http_client::{Reply, request};

use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn app(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/serve")
        .join(name)
}

/// A running `sandnode serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
    log: mpsc::Receiver<String>,
    /// What it printed before it listened.
    startup_log: Vec<String>,
}

impl Server {
    fn start(name: &str, flags: &[&str]) -> Server {
        let mut child = support::sandnode()
            .args(flags)
            .arg("serve")
            .arg(app(name))
            .args(["--port", "0"])
            .env("SERVE_VISIBLE", "shown")
            .env("SERVE_SECRET", "hidden")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn sandnode serve");
        let rx = http_client::stderr_lines(&mut child);
        // Making the app's snapshot compiles the guest: allow for a slow
        // machine.
        let deadline = Instant::now() + 5 * support::TIMEOUT;
        let mut startup_log = Vec::new();
        let addr = loop {
            let line = rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .expect("the server did not say where it listens");
            if let Some(rest) = line.strip_prefix("sandnode serve: listening on http://") {
                break rest.trim_end_matches('/').parse().expect("an address");
            }
            startup_log.push(line);
        };
        Server {
            child,
            addr,
            log: rx,
            startup_log,
        }
    }

    fn get(&self, path: &str) -> Reply {
        request(self.addr, "GET", path, &[])
    }

    /// Everything logged so far.
    fn logged(&self) -> String {
        let mut out = String::new();
        while let Ok(line) = self.log.recv_timeout(Duration::from_millis(200)) {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn answers_requests_from_a_fetch_handler() {
    let server = Server::start("app.mjs", &[]);
    let r = server.get("/");
    assert_eq!(
        (r.status, r.text().as_str()),
        (200, "hello from sandnode\n")
    );

    let r = server.get("/json?q=sand");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.text(), r#"{"method":"GET","q":"sand","ua":"serve-test"}"#);

    let r = server.get("/redirect");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("https://example.com/elsewhere"));

    let r = server.get("/crypto");
    assert_eq!(
        r.text(),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(server.get("/nowhere").status, 404);
}

#[test]
fn every_request_gets_a_fresh_instance() {
    let server = Server::start("app.mjs", &[]);
    for _ in 0..3 {
        // Module and global state set by earlier requests is gone.
        assert_eq!(server.get("/state").text(), r#"{"requests":1,"seen":1}"#);
    }
}

#[test]
fn request_and_response_bodies_stream() {
    let server = Server::start("app.mjs", &[]);
    let body: Vec<u8> = (0..3 * 1024 * 1024u32)
        .map(|i| (i * 7 % 251) as u8)
        .collect();
    let sum = body.iter().fold(0u32, |s, &b| (s + b as u32) % 65521);
    let r = request(server.addr, "POST", "/echo", &body);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("x-length"), Some("3145728"));
    assert_eq!(r.header("x-sum"), Some(sum.to_string().as_str()));
    assert!(r.body == body, "the echoed body differs");

    let r = server.get("/stream");
    assert_eq!(r.status, 201);
    assert_eq!(r.header("x-kind"), Some("stream"));
    assert_eq!(r.text(), "chunk 0\nchunk 1\nchunk 2\n");

    let r = server.get("/wait-until");
    assert_eq!(r.text(), "responded before waitUntil settled\n");
}

#[test]
fn a_failing_handler_gets_a_500_and_the_server_goes_on() {
    let server = Server::start("app.mjs", &[]);
    for path in ["/throw", "/not-a-response", "/never"] {
        let r = server.get(path);
        assert_eq!(r.status, 500, "{path}: {r:?}");
        assert_eq!(r.text(), "Internal Server Error\n", "{path}");
        assert_eq!(server.get("/").status, 200, "after {path}");
    }
    let log = server.logged();
    assert!(
        log.contains("Error: the handler failed on purpose"),
        "{log}"
    );
    assert!(
        log.contains("must return a Response (or a promise of one), not Object"),
        "{log}"
    );
    assert!(
        log.contains("the fetch handler ended without sending a response"),
        "{log}"
    );
}

#[test]
fn a_handler_over_its_time_gets_a_504_while_others_are_served() {
    let server = Server::start("app.mjs", &["--timeout", "1s"]);
    let addr = server.addr;
    let spinner = std::thread::spawn(move || request(addr, "GET", "/spin", &[]));
    std::thread::sleep(Duration::from_millis(100));
    // The busy instance does not hold the others up.
    let started = Instant::now();
    assert_eq!(server.get("/").status, 200);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let r = spinner.join().unwrap();
    assert_eq!(r.status, 504, "{r:?}");
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn permissions_apply_to_each_request() {
    let server = Server::start("app.mjs", &["--allow-env=SERVE_VISIBLE"]);
    let r = server.get("/read-secret");
    assert_eq!((r.status, r.text().as_str()), (403, "ERR_ACCESS_DENIED\n"));
    let r = server.get("/env");
    assert_eq!(r.text(), r#"{"visible":"shown","secret":null}"#);
}

#[test]
fn service_worker_syntax_works_too_and_the_app_is_imported_once() {
    let server = Server::start("listener.js", &[]);
    for _ in 0..3 {
        let r = server.get("/sw");
        assert_eq!((r.status, r.text().as_str()), (200, "listener saw /sw\n"));
    }
    // The top level ran when the snapshot was made, before listening (or
    // not at all, when the snapshot came from the cache), never per request.
    let startup = server.startup_log.join("\n");
    let later = server.logged();
    let line = "listener.js: top level ran";
    assert!(startup.matches(line).count() <= 1, "{startup}");
    assert_eq!(later.matches(line).count(), 0, "{later}");
}

#[test]
fn an_app_that_cannot_be_snapshotted_is_imported_per_request() {
    let server = Server::start("slow-start.mjs", &[]);
    for _ in 0..2 {
        assert_eq!(server.get("/").text(), "started slowly\n");
    }
    let log = server.startup_log.join("\n") + "\n" + &server.logged();
    assert!(log.contains("each request imports it"), "{log}");
    assert_eq!(
        log.matches("slow-start.mjs: top level ran").count(),
        2,
        "{log}"
    );
}

#[test]
fn an_app_without_a_handler_answers_500_saying_why() {
    let server = Server::start("nohandler.mjs", &[]);
    assert_eq!(server.get("/").status, 500);
    assert!(server.logged().contains("The app has no fetch handler"));
}

#[test]
fn sigterm_drains_in_flight_requests_then_exits_0() {
    let mut server = Server::start("app.mjs", &[]);
    let addr = server.addr;
    let slow = std::thread::spawn(move || request(addr, "GET", "/slow", &[]));
    std::thread::sleep(Duration::from_millis(300));
    // SAFETY: kill(2) on our own child's pid.
    unsafe { libc::kill(server.child.id() as i32, libc::SIGTERM) };
    let r = slow.join().unwrap();
    assert_eq!((r.status, r.text().as_str()), (200, "slow done\n"));
    let deadline = Instant::now() + support::TIMEOUT;
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
    // No longer accepting.
    assert!(TcpStream::connect(addr).is_err());
}

#[test]
fn bad_serve_arguments_are_refused_clearly() {
    for (args, message) in [
        (vec!["serve"], "`sandnode serve` needs an app"),
        (
            vec!["serve", "a.js", "--port", "70000"],
            "invalid --port '70000'",
        ),
        (
            vec!["serve", "a.js", "--host", "nowhere"],
            "invalid --host 'nowhere'",
        ),
        (
            vec!["serve", "a.js", "--bogus"],
            "bad option for `sandnode serve`: --bogus",
        ),
    ] {
        let out = support::sandnode().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(9), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
    }
}
