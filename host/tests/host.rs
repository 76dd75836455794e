//! `sandnode host --config tenants.toml`: real HTTP requests against a
//! running multi-tenant host (tests/host/alpha and beta are the tenants'
//! apps): routing, isolation between tenants, per-tenant limits, overload,
//! hot reload, metrics, access logs, and configs refused at load.

mod http_client;
mod support;

use http_client::{Reply, request_to};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn apps() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/host")
}

/// The two fixture tenants, plus `extra` TOML (more keys for alpha come
/// first, so they land in alpha's table).
fn config(alpha_extra: &str, extra: &str) -> String {
    let dir = apps();
    format!(
        r#"
[server]
listen = "127.0.0.1:0"
metrics = "127.0.0.1:0"
watch = "300ms"

[[tenant]]
name = "alpha"
app = "{alpha}"
routes = ["alpha.test", "/alpha", "*.alpha.test"]
env = {{ GREETING = "hello alpha", TOKEN = "alpha-token" }}
{alpha_extra}

[[tenant]]
name = "beta"
app = "{beta}"
routes = ["beta.test", "alpha.test/beta"]
env = {{ GREETING = "hello beta" }}
{extra}
"#,
        alpha = dir.join("alpha/app.mjs").display(),
        beta = dir.join("beta/app.mjs").display(),
    )
}

/// A running `sandnode host`, stopped when dropped.
struct Host {
    child: Child,
    addr: SocketAddr,
    metrics: Option<SocketAddr>,
    log: mpsc::Receiver<String>,
    /// The host's stdout (the access log, unless the config moves it, and
    /// the tenants' marked output).
    out: mpsc::Receiver<String>,
    _dir: tempfile::TempDir,
    config: PathBuf,
}

impl Host {
    /// Starts a host on `toml` (written to a temporary directory) and
    /// waits until `tenants` tenants are ready.
    fn start(toml: &str, tenants: usize) -> Host {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("tenants.toml");
        std::fs::write(&config, toml).unwrap();
        let mut child = support::sandnode()
            .args(["host", "--config"])
            .arg(&config)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn sandnode host");
        let rx = http_client::stderr_lines(&mut child);
        let out = http_client::lines_of(child.stdout.take().expect("stdout is piped"));
        let deadline = Instant::now() + 5 * support::TIMEOUT;
        let (mut addr, mut metrics, mut ready) = (None, None, 0);
        while addr.is_none() || ready < tenants {
            let line = rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .expect("the host did not start");
            if let Some(rest) = line.strip_prefix("sandnode host: listening on http://") {
                addr = Some(rest.trim_end_matches('/').parse().expect("an address"));
            } else if let Some(rest) = line.strip_prefix("sandnode host: metrics on http://") {
                metrics = Some(
                    rest.trim_end_matches("/metrics")
                        .parse()
                        .expect("an address"),
                );
            } else if line.contains(" ready after ") {
                ready += 1;
            } else {
                eprintln!("host: {line}");
            }
        }
        Host {
            child,
            addr: addr.unwrap(),
            metrics,
            log: rx,
            out,
            _dir: dir,
            config,
        }
    }

    fn get(&self, host: &str, path: &str) -> Reply {
        request_to(self.addr, host, "GET", path, &[])
    }

    /// Waits for a line of the log (stderr) that contains `text`.
    fn wait_for_log(&self, text: &str) -> String {
        wait_for_line(&self.log, text)
    }
}

/// Waits for a line of `lines` that contains `text`.
fn wait_for_line(lines: &mpsc::Receiver<String>, text: &str) -> String {
    let deadline = Instant::now() + 3 * support::TIMEOUT;
    loop {
        let line = lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("the host never printed {text:?}"));
        if line.contains(text) {
            return line;
        }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn json(r: &Reply) -> serde_json::Value {
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", r.text()))
}

#[test]
fn routes_by_host_and_path_and_keeps_tenants_apart() {
    // Slots keep what instances wrote (the other tests use the default):
    // still no state may pass from one request to the next.
    let toml = config("", "").replace(
        "watch = \"300ms\"",
        "watch = \"300ms\"\nkeep_slot_memory = true",
    );
    let host = Host::start(&toml, 2);
    // By Host header, with or without a port; by wildcard; by path prefix
    // on any host; the most specific route wins.
    assert_eq!(host.get("alpha.test", "/x").text(), "alpha /x\n");
    assert_eq!(host.get("ALPHA.test:8080", "/x").text(), "alpha /x\n");
    assert_eq!(host.get("eu.alpha.test", "/x").text(), "alpha /x\n");
    assert_eq!(
        host.get("other.test", "/alpha/y").text(),
        "alpha /alpha/y\n"
    );
    assert_eq!(host.get("beta.test", "/z").text(), "beta /z hello beta\n");
    assert_eq!(
        host.get("alpha.test", "/beta/q").text(),
        "beta /beta/q hello beta\n"
    );
    // A prefix matches whole segments only.
    let r = host.get("other.test", "/alphabet");
    assert_eq!(
        (r.status, r.text().as_str()),
        (404, "No tenant serves this host and path\n")
    );

    // Each request starts from the snapshot: no state survives.
    for _ in 0..12 {
        assert_eq!(
            host.get("alpha.test", "/state").text(),
            r#"{"requests":1,"seen":1}"#
        );
    }

    // A tenant sees its own env bindings and nothing of the host's or the
    // other tenant's.
    let env = json(&host.get("alpha.test", "/env"));
    assert_eq!(env["env"]["GREETING"], "hello alpha");
    assert_eq!(env["env"]["TOKEN"], "alpha-token");
    assert_eq!(env["processEnv"].as_object().unwrap().len(), 2, "{env}");
    assert!(env["processEnv"].get("SANDNODE_SECRET").is_none());
    let env = json(&host.get("beta.test", "/env"));
    assert_eq!(env["env"], serde_json::json!({ "GREETING": "hello beta" }));

    // Nor its files.
    let r = host.get("alpha.test", "/read-beta");
    assert_eq!((r.status, r.text().as_str()), (403, "ERR_ACCESS_DENIED\n"));
}

#[test]
fn limits_stop_one_request_while_others_are_served() {
    let host = Host::start(
        &config(
            "cpu_time = \"200ms\"\nmemory = \"64M\"\ntimeout = \"2s\"\nmax_body = \"1K\"\nsubrequests = 2\nallow_net = [\"127.0.0.1\"]",
            "",
        ),
        2,
    );
    // A CPU hog gets a 503 once its CPU time is spent, while beta's
    // requests keep being answered.
    let addr = host.addr;
    let hog = std::thread::spawn(move || request_to(addr, "alpha.test", "GET", "/spin", &[]));
    let mut served = 0;
    while !hog.is_finished() {
        assert_eq!(host.get("beta.test", "/").status, 200);
        served += 1;
    }
    let r = hog.join().unwrap();
    assert_eq!(r.status, 503, "{}", r.text());
    assert!(served > 0);

    // Memory: growing past 64M fails the request, not the host.
    let r = host.get("alpha.test", "/grow");
    assert_eq!(r.status, 500, "{}", r.text());

    // Wall time: waiting past the timeout is a 504.
    let r = host.get("alpha.test", "/slow?ms=5000");
    assert_eq!(r.status, 504);

    // Bodies: a declared length over the limit is refused before the app
    // runs; one within it is read.
    let big = vec![b'x'; 2000];
    assert_eq!(
        request_to(addr, "alpha.test", "POST", "/body", &big).status,
        413
    );
    let r = request_to(addr, "alpha.test", "POST", "/body", &big[..1000]);
    assert_eq!((r.status, r.text().as_str()), (200, "1000\n"));

    // Subrequests: two fetches go out, the next ones are refused.
    let r = host.get("alpha.test", &format!("/fetch?to=http://{addr}/alpha/"));
    let results = json(&r);
    assert_eq!(results[0], 200);
    assert_eq!(results[1], 200);
    for i in [2, 3] {
        let msg = results[i].as_str().unwrap_or_default();
        assert!(msg.contains("at most 2 outgoing requests"), "{results}");
    }
    // After all that, the tenant still answers.
    assert_eq!(host.get("alpha.test", "/").status, 200);
}

#[test]
fn overload_answers_503_with_retry_after() {
    let host = Host::start(&config("concurrency = 1\nqueue = 0", ""), 2);
    let addr = host.addr;
    let slow =
        std::thread::spawn(move || request_to(addr, "alpha.test", "GET", "/slow?ms=2000", &[]));
    // Wait until the slow request holds alpha's only slot.
    let metrics = host.metrics.unwrap();
    let deadline = Instant::now() + support::TIMEOUT;
    while !request_to(metrics, "localhost", "GET", "/metrics", &[])
        .text()
        .contains("sandnode_instances_active{tenant=\"alpha\"} 1")
    {
        assert!(Instant::now() < deadline, "the slow request never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    let refused = host.get("alpha.test", "/");
    assert_eq!(refused.status, 503);
    assert_eq!(refused.header("retry-after"), Some("1"));
    // Another tenant is not affected.
    assert_eq!(host.get("beta.test", "/").status, 200);
    assert_eq!(slow.join().unwrap().text(), "slow done\n");
    assert_eq!(host.get("alpha.test", "/").status, 200);
}

/// A tenant in a temporary directory, whose code the test changes.
fn scratch_tenant(dir: &Path, text: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("package.json"), "{}").unwrap();
    let app = dir.join("app.mjs");
    write_app(&app, text);
    app
}

fn write_app(app: &Path, text: &str) {
    std::fs::write(
        app,
        format!(
            "export default {{ async fetch(req) {{\n  const ms = Number(new URL(req.url).searchParams.get('ms') ?? 0);\n  if (ms) await new Promise((r) => setTimeout(r, ms));\n  return new Response({text:?});\n}} }};\n"
        ),
    )
    .unwrap();
}

#[test]
fn code_and_config_reload_without_dropping_requests() {
    let scratch = tempfile::tempdir().unwrap();
    let app = scratch_tenant(&scratch.path().join("gamma"), "v1");
    let gamma = format!(
        "[[tenant]]\nname = \"gamma\"\napp = \"{}\"\nroutes = [\"gamma.test\"]\n",
        app.display()
    );
    let toml = config("", &gamma);
    let host = Host::start(&toml, 3);
    assert_eq!(host.get("gamma.test", "/").text(), "v1");

    // A request in flight when the code changes finishes on the old code;
    // the next ones get the new code once it is ready.
    let addr = host.addr;
    let in_flight =
        std::thread::spawn(move || request_to(addr, "gamma.test", "GET", "/?ms=1500", &[]));
    std::thread::sleep(Duration::from_millis(200));
    write_app(&app, "v2");
    host.wait_for_log("tenant \"gamma\" ready after");
    assert_eq!(in_flight.join().unwrap().text(), "v1");
    assert_eq!(host.get("gamma.test", "/").text(), "v2");

    // A config with a duplicate route is refused as a whole; the old one
    // keeps serving.
    let bad = toml.replace("routes = [\"gamma.test\"]", "routes = [\"beta.test\"]");
    std::fs::write(&host.config, &bad).unwrap();
    let line = host.wait_for_log("refused");
    assert!(
        line.contains("the route \"beta.test\" is given twice"),
        "{line}"
    );
    assert_eq!(host.get("gamma.test", "/").text(), "v2");
    assert_eq!(host.get("beta.test", "/").status, 200);

    // A good change (a new route, new env) takes effect.
    let good = toml
        .replace(
            "routes = [\"gamma.test\"]",
            "routes = [\"gamma.test\", \"g.test\"]",
        )
        .replace("hello beta", "hi again");
    std::fs::write(&host.config, &good).unwrap();
    host.wait_for_log("configuration reloaded");
    assert_eq!(host.get("g.test", "/").text(), "v2");
    assert_eq!(host.get("beta.test", "/").text(), "beta / hi again\n");
}

#[test]
fn metrics_and_access_logs_describe_each_tenant() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("access.log");
    let toml = config("", "").replace(
        "watch = \"300ms\"",
        &format!("watch = \"300ms\"\naccess_log = \"{}\"", log.display()),
    );
    let host = Host::start(&toml, 2);
    for _ in 0..3 {
        assert_eq!(host.get("alpha.test", "/").status, 200);
    }
    assert_eq!(host.get("beta.test", "/").status, 200);
    assert_eq!(host.get("nobody.test", "/").status, 404);
    assert_eq!(host.get("alpha.test", "/nope").status, 404);
    // Lines are written when each instance ends, just after its answer.
    std::thread::sleep(Duration::from_millis(300));

    let metrics = host.metrics.expect("a metrics address");
    let text = request_to(metrics, "localhost", "GET", "/metrics", &[]).text();
    for expected in [
        "sandnode_requests_total{tenant=\"alpha\",status=\"200\"} 3",
        "sandnode_requests_total{tenant=\"alpha\",status=\"404\"} 1",
        "sandnode_requests_total{tenant=\"beta\",status=\"200\"} 1",
        "sandnode_instantiation_seconds_count{tenant=\"alpha\"} 4",
        "sandnode_request_duration_seconds_count{tenant=\"beta\"} 1",
        "sandnode_instance_memory_bytes_count{tenant=\"alpha\"} 4",
        "sandnode_tenant_ready{tenant=\"beta\"} 1",
        "sandnode_unrouted_requests_total 1",
        "# TYPE sandnode_cpu_seconds counter",
        "# TYPE sandnode_request_cpu_seconds histogram",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    assert_eq!(
        request_to(metrics, "localhost", "GET", "/", &[]).status,
        404
    );

    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6, "{lines:?}");
    let beta = lines.iter().find(|l| l["tenant"] == "beta").unwrap();
    assert_eq!(beta["status"], 200);
    assert_eq!(beta["method"], "GET");
    assert_eq!(beta["host"], "beta.test");
    assert_eq!(beta["path"], "/");
    for key in [
        "ts_ms",
        "duration_us",
        "instantiate_us",
        "cpu_us",
        "memory_bytes",
    ] {
        assert!(beta[key].as_u64().is_some(), "{key} in {beta}");
    }
    let unrouted = lines.iter().find(|l| l["tenant"] == "-").unwrap();
    assert_eq!(unrouted["status"], 404);
}

#[test]
fn tenant_output_is_marked_with_the_tenant_name() {
    let host = Host::start(&config("", ""), 2);
    assert_eq!(host.get("alpha.test", "/print").status, 200);
    // stdout holds the access log (JSON lines) and alpha's own lines, each
    // marked, even the one that imitates an access-log line and the last
    // one, which had no newline.
    let mut marked = Vec::new();
    let mut logged = false;
    while marked.len() < 4 || !logged {
        let line = wait_for_line(&host.out, "");
        if line.starts_with('{') {
            let entry: serde_json::Value = serde_json::from_str(&line).expect("an access-log line");
            assert_eq!(entry["tenant"], "alpha", "{line}");
            logged = true;
        } else {
            assert!(
                line.starts_with("[alpha] "),
                "unmarked stdout line: {line:?}"
            );
            marked.push(line);
        }
    }
    assert_eq!(
        marked,
        [
            "[alpha] out one",
            "[alpha] out two",
            r#"[alpha] {"tenant":"beta","status":200}"#,
            "[alpha] no newline",
        ]
    );
    assert_eq!(host.wait_for_log("err line"), "[alpha] err line");
}

/// An origin server for `passThroughOnException()`: it answers `answers`
/// requests, one per connection, with a 203 whose body describes what it
/// received, then stops listening.
fn start_origin(answers: usize) -> SocketAddr {
    use std::io::{BufRead as _, BufReader, Read as _, Write as _};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for _ in 0..answers {
            let Ok((conn, _)) = listener.accept() else {
                return;
            };
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            let (mut host, mut forwarded, mut length) = (String::new(), String::new(), 0);
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                let (name, value) = line.split_once(':').unwrap();
                match name.to_ascii_lowercase().as_str() {
                    "host" => host = value.trim().to_string(),
                    "x-forwarded-host" => forwarded = value.trim().to_string(),
                    "content-length" => length = value.trim().parse().unwrap(),
                    _ => {}
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let text = format!(
                "origin saw {} host={host} forwarded={forwarded} body={}\n",
                request_line.trim_end(),
                String::from_utf8_lossy(&body)
            );
            let mut conn = conn;
            let _ = write!(
                conn,
                "HTTP/1.1 203 Non-Authoritative Information\r\ncontent-type: text/plain\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{text}",
                text.len()
            );
        }
    });
    addr
}

#[test]
fn pass_through_on_exception_answers_from_the_origin() {
    let origin = start_origin(2);
    let host = Host::start(&config(&format!("origin = \"http://{origin}\""), ""), 2);
    let got = host.get("alpha.test", "/pass?q=1");
    assert_eq!(got.status, 203, "{}", got.text());
    assert_eq!(
        got.text(),
        format!("origin saw GET /pass?q=1 HTTP/1.1 host={origin} forwarded=alpha.test body=\n")
    );
    // The handler read the body before it threw: the origin still gets it.
    let got = request_to(
        host.addr,
        "alpha.test",
        "POST",
        "/pass",
        b"kept for the origin",
    );
    assert_eq!(got.status, 203, "{}", got.text());
    assert!(
        got.text().ends_with("body=kept for the origin\n"),
        "{}",
        got.text()
    );
    host.wait_for_log("alpha failed on purpose");
    // The origin is gone now: a 502, and the host goes on.
    assert_eq!(host.get("alpha.test", "/pass").status, 502);
    // A tenant without an origin answers a 500, as if it had not asked.
    assert_eq!(host.get("beta.test", "/pass").status, 500);
    assert_eq!(host.get("alpha.test", "/").status, 200);
}

#[test]
fn bad_configs_are_refused_at_load() {
    let dir = tempfile::tempdir().unwrap();
    let alpha = apps().join("alpha/app.mjs");
    let tenant = |name: &str, app: &Path, routes: &str| {
        format!(
            "[[tenant]]\nname = \"{name}\"\napp = \"{}\"\nroutes = {routes}\n",
            app.display()
        )
    };
    let cases: Vec<(String, &str)> = vec![
        (
            tenant("a", &alpha, "[\"x.test\"]") + &tenant("b", &alpha, "[\"x.test\"]"),
            "the route \"x.test\" is given twice (tenants \"a\" and \"b\")",
        ),
        (
            tenant("a", &dir.path().join("missing.mjs"), "[\"x.test\"]"),
            "tenant \"a\": app = ",
        ),
        (
            tenant("a", &alpha, "[\"x.test\"]") + &tenant("a", &alpha, "[\"y.test\"]"),
            "two tenants are named \"a\"",
        ),
        (
            tenant("a", &alpha, "[\"x.test\"]") + "memroy = \"1G\"\n",
            "unknown field `memroy`",
        ),
        (
            tenant("a", &alpha, "[\"x.test\"]") + "memory = \"1X\"\n",
            "memory: \"1X\" is not a size",
        ),
        (tenant("a", &alpha, "[\"http://x.test/\"]"), "no scheme"),
        (tenant("a", &alpha, "[]"), "routes: give at least one"),
        (
            tenant("a", &alpha, "[\"x.test\"]") + "origin = \"example.com\"\n",
            "origin: \"example.com\": give http://HOST[:PORT]",
        ),
        (String::new(), "no tenants"),
        ("[server\n".into(), "tenants.toml"),
    ];
    for (toml, message) in cases {
        let config = dir.path().join("tenants.toml");
        std::fs::write(&config, &toml).unwrap();
        let run = support::collect(support::sandnode().args(["host", "--config"]).arg(&config));
        assert_eq!(run.code(), Some(1), "{toml}\n{}", run.err());
        assert!(
            run.err().contains(message),
            "{message:?} not in {}",
            run.err()
        );
    }
    for (args, message) in [
        (vec!["host"], "needs a config"),
        (vec!["host", "--config"], "needs a value"),
        (
            vec!["host", "--config", "/nonexistent/t.toml"],
            "cannot read",
        ),
        (vec!["host", "--bogus"], "bad argument"),
        (
            vec!["--allow-net", "host", "--config", "x"],
            "do not apply to `sandnode host`",
        ),
    ] {
        let run = support::collect(support::sandnode().args(&args));
        assert_ne!(run.code(), Some(0), "{args:?}");
        assert!(run.err().contains(message), "{args:?}: {}", run.err());
    }
}

#[test]
fn idle_tenants_are_let_go_and_come_back_on_the_next_request() {
    let toml = config("", "").replace(
        "watch = \"300ms\"",
        "watch = \"300ms\"\nunload_idle = \"1s\"",
    );
    let host = Host::start(&toml, 2);
    let metrics = host.metrics.unwrap();
    let ready = |tenant: &str| {
        request_to(metrics, "localhost", "GET", "/metrics", &[])
            .text()
            .contains(&format!("sandnode_tenant_ready{{tenant=\"{tenant}\"}} 1"))
    };
    assert_eq!(host.get("alpha.test", "/x").text(), "alpha /x\n");
    let deadline = Instant::now() + support::TIMEOUT;
    while ready("alpha") {
        assert!(Instant::now() < deadline, "alpha was never unloaded");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Mapped again from the cache by the next request, which is answered.
    assert_eq!(host.get("alpha.test", "/x").text(), "alpha /x\n");
    assert_eq!(
        host.get("alpha.test", "/state").text(),
        r#"{"requests":1,"seen":1}"#
    );
}

#[test]
fn the_pool_holds_max_instances_and_a_client_that_leaves_frees_its_slot() {
    let toml = config("concurrency = 1\nqueue = 0", "")
        .replace("watch = \"300ms\"", "watch = \"300ms\"\nmax_instances = 2");
    let host = Host::start(&toml, 2);
    let (addr, metrics) = (host.addr, host.metrics.unwrap());
    let scrape = move || request_to(metrics, "localhost", "GET", "/metrics", &[]).text();

    // Two instances at once fit a pool of two (each guest instance is
    // several core instances; the pool is sized for that).
    let slow =
        std::thread::spawn(move || request_to(addr, "alpha.test", "GET", "/slow?ms=1500", &[]));
    let other = std::thread::spawn(move || request_to(addr, "beta.test", "GET", "/", &[]));
    assert_eq!(other.join().unwrap().status, 200);
    assert_eq!(slow.join().unwrap().text(), "slow done\n");

    // A client that leaves before the answer: its instance is stopped and
    // the tenant's only slot is free again at once.
    {
        use std::io::Write as _;
        let mut conn = std::net::TcpStream::connect(addr).unwrap();
        conn.write_all(b"GET /slow?ms=20000 HTTP/1.1\r\nHost: alpha.test\r\n\r\n")
            .unwrap();
        let deadline = Instant::now() + support::TIMEOUT;
        while !scrape().contains("sandnode_instances_active{tenant=\"alpha\"} 1") {
            assert!(Instant::now() < deadline, "the request never started");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    let deadline = Instant::now() + support::TIMEOUT;
    while !scrape().contains("sandnode_instances_active{tenant=\"alpha\"} 0") {
        assert!(Instant::now() < deadline, "the instance kept running");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(scrape().contains("sandnode_requests_total{tenant=\"alpha\",status=\"499\"} 1"));
    assert_eq!(host.get("alpha.test", "/").status, 200);
}
