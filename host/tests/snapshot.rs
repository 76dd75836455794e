//! Every program starts from one pre-initialised snapshot of the guest, so
//! nothing that must differ between runs may be frozen in it: Math.random's
//! seed, the clocks, the pid, the arguments.

use std::process::Command;

fn run(cache: &std::path::Path, code: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_sandnode"))
        .env("SANDNODE_CACHE_DIR", cache)
        .arg("-e")
        .arg(code)
        .args(args)
        .output()
        .expect("run sandnode");
    assert!(
        out.status.success(),
        "sandnode failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn runs_from_the_snapshot_do_not_share_state() {
    let cache = tempfile::tempdir().unwrap();
    let code = "console.log(JSON.stringify([Math.random(), Math.random(), Date.now(), \
                performance.timeOrigin, process.pid, process.argv.slice(1), process.uptime() < 5]))";
    let first: serde_json::Value = serde_json::from_str(&run(cache.path(), code, &["a"])).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let second: serde_json::Value = serde_json::from_str(&run(cache.path(), code, &["b"])).unwrap();

    // The snapshot exists after the first run, so the second started from it.
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 1);

    assert_ne!(first[0], second[0], "Math.random repeated across runs");
    assert_ne!(first[0], first[1]);
    let host_now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as f64;
    for run in [&first, &second] {
        let date_now = run[2].as_f64().unwrap();
        let origin = run[3].as_f64().unwrap();
        assert!(
            (host_now - date_now).abs() < 60_000.0,
            "Date.now() is stale: {date_now}"
        );
        assert!(
            (host_now - origin).abs() < 60_000.0,
            "timeOrigin is stale: {origin}"
        );
        assert_eq!(
            run[6],
            serde_json::Value::Bool(true),
            "uptime counts from the snapshot"
        );
    }
    assert!(
        second[2].as_f64() > first[2].as_f64(),
        "Date.now() did not advance"
    );
    assert_eq!(first[5], serde_json::json!(["a"]));
    assert_eq!(second[5], serde_json::json!(["b"]));
}
