//! `sandnode build`: the output is a standalone component that imports only
//! standard WASI 0.2. A handler's exports the HTTP handler and answers a
//! request when instantiated with no launch and no files at all (as
//! `wasmtime serve` would run it); a script's exports `wasi:cli/run` and,
//! run by plain wasmtime-wasi (as `wasmtime run -S http` would), prints
//! what `sandnode script.js` prints.

mod standard_wasi;
mod support;

use http_body_util::BodyExt as _;
use std::path::PathBuf;
use wasmtime::component::Component;
use wasmtime::{Engine, Store};
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi_http::WasiHttpView as _;
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;

fn serve_app(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/serve")
        .join(name)
}

#[test]
fn the_built_component_is_standard_wasi_and_serves_on_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("app.wasm");
    let run = support::collect(
        support::sandnode()
            .arg("build")
            .arg(serve_app("app.mjs"))
            .arg("-o")
            .arg(&out),
    );
    assert_eq!(run.code(), Some(0), "{run:?}");
    let bytes = std::fs::read(&out).unwrap();

    let engine = Engine::new(&sandnode::engine::engine_config()).unwrap();
    let component = Component::new(&engine, &bytes).unwrap();
    standard_wasi::assert_standard_wasi(&engine, &component, &["wasi:http/incoming-handler"]);

    // No arguments, environment or preopens: the launch is inside.
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (status, body) = tokio.block_on(async {
        let linker = sandnode::engine::linker(&engine).unwrap();
        let pre = ProxyPre::new(linker.instantiate_pre(&component).unwrap()).unwrap();
        let state = sandnode::run::GuestState::new(WasiCtx::builder().build(), 1 << 30);
        let mut store = Store::new(&engine, state);
        // sandnode's engine config interrupts on epochs; nothing ticks here.
        store.set_epoch_deadline(u64::MAX);
        let request = hyper::Request::builder()
            .uri("http://example.test/json?q=built")
            .header("user-agent", "build-test")
            .body(http_body_util::Empty::<bytes::Bytes>::new().map_err(
                |never: std::convert::Infallible| -> wasmtime_wasi_http::Error { match never {} },
            ))
            .unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel();
        let req = store
            .data_mut()
            .http()
            .new_incoming_request(Scheme::Http, request)
            .unwrap();
        let out = store.data_mut().http().new_response_outparam(tx).unwrap();
        let proxy = pre.instantiate_async(&mut store).await.unwrap();
        let task = tokio::task::spawn(async move {
            proxy
                .wasi_http_incoming_handler()
                .call_handle(&mut store, req, out)
                .await
        });
        let resp = rx.await.unwrap().unwrap();
        let status = resp.status().as_u16();
        let body = resp.into_body().collect().await.unwrap().to_bytes();
        task.await.unwrap().unwrap();
        (status, String::from_utf8_lossy(&body).into_owned())
    });
    assert_eq!(status, 200);
    assert_eq!(body, r#"{"method":"GET","q":"built","ua":"build-test"}"#);
}

#[test]
fn build_refuses_what_it_cannot_build() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.wasm");
    let run = support::collect(support::sandnode().args(["build", "app.mjs"]));
    assert_eq!(run.code(), Some(9), "{run:?}");
    assert!(run.err().contains("needs an output file"), "{run:?}");

    // An app whose top level waits for a timer cannot be snapshotted.
    let run = support::collect(
        support::sandnode()
            .arg("build")
            .arg(serve_app("slow-start.mjs"))
            .arg("-o")
            .arg(&out),
    );
    assert_eq!(run.code(), Some(1), "{run:?}");
    assert!(
        run.err().contains("could not be pre-initialised"),
        "{run:?}"
    );
    assert!(!out.exists());
}

// ---- commands (scripts) ---------------------------------------------------------

/// A project with an ES module entry that imports JSON, a CommonJS file
/// and an npm-style package, and prints its arguments and environment.
fn write_project(root: &std::path::Path) -> PathBuf {
    let files: &[(&str, &str)] = &[
        ("package.json", r#"{ "name": "proj", "type": "module" }"#),
        (
            "main.js",
            r#"import { createRequire } from 'node:module';
import data from './data.json' with { type: 'json' };
import pad from 'lefty';
import path from 'node:path';
const require = createRequire(import.meta.url);
const helper = require('./lib/helper.cjs');
console.log('argv', process.argv.slice(2));
console.log('script', path.basename(process.argv[1]));
console.log('env', process.env.GREETING ?? '(none)');
console.log('data', data.name, data.list.join(','));
console.log('helper', helper.twice(21), pad('7', 3), require('./data.json').list.length);
console.log('lazy', require('lefty/extra.js').extra);
try {
  require('./missing.cjs');
} catch (err) {
  console.log('missing', err.code);
}
setTimeout(() => console.log('timer ran'), 1);
if (process.argv.includes('fail')) throw new Error('boom at top level');
if (process.argv.includes('readfs')) {
  const fs = await import('node:fs');
  try {
    fs.readFileSync(new URL('./data.json', import.meta.url));
    console.log('readfs ok');
  } catch (err) {
    console.log('readfs', err.code, err.message);
  }
}
process.exitCode = process.argv.length - 2;
"#,
        ),
        ("data.json", r#"{ "name": "data", "list": [1, 2, 3] }"#),
        ("lib/helper.cjs", "exports.twice = (n) => n * 2;\n"),
        (
            "node_modules/lefty/package.json",
            r#"{ "name": "lefty", "main": "index.js" }"#,
        ),
        (
            "node_modules/lefty/index.js",
            "module.exports = (s, n) => s.padStart(n, '0');\n",
        ),
        (
            "node_modules/lefty/extra.js",
            "exports.extra = 'loaded at run time';\n",
        ),
    ];
    for (name, text) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root.join("main.js")
}

struct Plain {
    ctx: WasiCtx,
    table: wasmtime::component::ResourceTable,
    http: wasmtime_wasi_http::WasiHttpCtx,
}

impl wasmtime_wasi::WasiView for Plain {
    fn ctx(&mut self) -> wasmtime_wasi::WasiCtxView<'_> {
        wasmtime_wasi::WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

impl wasmtime_wasi_http::WasiHttpView for Plain {
    fn http(&mut self) -> wasmtime_wasi_http::WasiHttpCtxView<'_> {
        wasmtime_wasi_http::WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: wasmtime_wasi_http::default_hooks(),
        }
    }
}

/// Runs a built command the way `wasmtime run -S http OUT.wasm ARGS` does:
/// a default engine and only the standard WASI 0.2 implementations, no
/// files. Returns the exit code, stdout and stderr.
fn run_plain(
    engine: &Engine,
    component: &Component,
    args: &[&str],
    env: &[(&str, &str)],
) -> (i32, String, String) {
    use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
    let stdout = MemoryOutputPipe::new(1 << 20);
    let stderr = MemoryOutputPipe::new(1 << 20);
    let mut argv = vec!["script.wasm"];
    argv.extend_from_slice(args);
    let ctx = WasiCtx::builder()
        .args(&argv)
        .envs(env)
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build();
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let code = tokio.block_on(async {
        let mut linker = wasmtime::component::Linker::<Plain>::new(engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker).unwrap();
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker).unwrap();
        let state = Plain {
            ctx,
            table: Default::default(),
            http: Default::default(),
        };
        let mut store = Store::new(engine, state);
        let command =
            wasmtime_wasi::p2::bindings::Command::instantiate_async(&mut store, component, &linker)
                .await
                .unwrap();
        match command.wasi_cli_run().call_run(&mut store).await {
            Ok(Ok(())) => 0,
            Ok(Err(())) => 1,
            Err(err) => match err.downcast_ref::<wasmtime_wasi::I32Exit>() {
                Some(exit) => exit.0,
                None => panic!("the command trapped: {err:?}"),
            },
        }
    });
    let text = |p: MemoryOutputPipe| String::from_utf8_lossy(&p.contents()).into_owned();
    (code, text(stdout), text(stderr))
}

fn build_to(app: &std::path::Path, out: &std::path::Path) -> support::Run {
    support::collect(support::sandnode().arg("build").arg(app).arg("-o").arg(out))
}

#[test]
fn a_built_script_runs_on_plain_wasi_as_sandnode_runs_it() {
    let dir = tempfile::tempdir().unwrap();
    let main = write_project(&dir.path().join("proj"));
    let out = dir.path().join("script.wasm");
    let run = build_to(&main, &out);
    assert_eq!(run.code(), Some(0), "{run:?}");
    assert!(run.err().contains("wasi:cli/command"), "{run:?}");
    let bytes = std::fs::read(&out).unwrap();

    // A default engine: nothing of sandnode's configuration is needed.
    let engine = Engine::new(&wasmtime::Config::new()).unwrap();
    let component = Component::new(&engine, &bytes).unwrap();
    standard_wasi::assert_standard_wasi(&engine, &component, &["wasi:cli/run"]);

    // The project is gone: the code is inside the component.
    let expected = support::collect(
        support::sandnode()
            .env("GREETING", "hi")
            .arg("--allow-env")
            .arg(&main)
            .args(["a", "b"]),
    );
    let expected_fail = support::collect(support::sandnode().arg(&main).arg("fail"));
    std::fs::remove_dir_all(dir.path().join("proj")).unwrap();

    let (code, stdout, stderr) = run_plain(&engine, &component, &["a", "b"], &[("GREETING", "hi")]);
    assert_eq!(stdout, expected.out(), "stderr: {stderr}");
    assert!(stdout.contains("argv [ 'a', 'b' ]\n"), "{stdout}");
    assert!(stdout.contains("env hi\n"), "{stdout}");
    assert!(stdout.contains("lazy loaded at run time\n"), "{stdout}");
    assert!(stdout.contains("missing MODULE_NOT_FOUND\n"), "{stdout}");
    assert!(stdout.ends_with("timer ran\n"), "{stdout}");
    assert_eq!(Some(code), expected.code());
    assert_eq!(code, 2);

    // No arguments or environment: the top level runs afresh each time.
    let (code, stdout, _) = run_plain(&engine, &component, &[], &[]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("argv []\nscript main.js\nenv (none)\n"),
        "{stdout}"
    );

    // Module files are inside; other reads need a directory from the runner.
    let (_, stdout, _) = run_plain(&engine, &component, &["readfs"], &[]);
    assert!(stdout.contains("readfs ERR_ACCESS_DENIED"), "{stdout}");

    // A top level that throws: exit code 1 and Node's report on stderr.
    let (code, stdout, stderr) = run_plain(&engine, &component, &["fail"], &[]);
    assert_eq!(Some(code), expected_fail.code());
    assert_eq!(code, 1);
    assert_eq!(stdout, expected_fail.out());
    assert_eq!(stderr, expected_fail.err());
    assert!(stderr.contains("Error: boom at top level"), "{stderr}");
    assert!(stderr.contains("main.js:19\n"), "{stderr}");
}

#[test]
fn build_reports_scripts_it_cannot_build() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.wasm");

    let run = build_to(&dir.path().join("missing.js"), &out);
    assert_eq!(run.code(), Some(1), "{run:?}");
    assert!(run.err().contains("cannot read"), "{run:?}");
    assert!(run.err().contains("missing.js"), "{run:?}");

    let run = support::collect(
        support::sandnode().args(["build", "a.js", "-o", "a.wasm", "--kind", "library"]),
    );
    assert_eq!(run.code(), Some(9), "{run:?}");
    assert!(run.err().contains("takes command or handler"), "{run:?}");

    // More module source than a component embeds.
    let main = write_project(&dir.path().join("big"));
    let big = std::fs::File::create(dir.path().join("big/node_modules/lefty/big.json")).unwrap();
    big.set_len(sandnode::build::MAX_SOURCE_BYTES + 1).unwrap();
    let run = build_to(&main, &out);
    assert_eq!(run.code(), Some(1), "{run:?}");
    assert!(
        run.err().contains("more than 32 MiB of module files"),
        "{run:?}"
    );

    // A script built as a handler: it has no fetch handler.
    std::fs::remove_file(dir.path().join("big/node_modules/lefty/big.json")).unwrap();
    let run = support::collect(
        support::sandnode()
            .arg("build")
            .arg(&main)
            .args(["--kind", "handler", "-o"])
            .arg(&out),
    );
    assert_eq!(run.code(), Some(1), "{run:?}");
    assert!(run.err().contains("--kind command"), "{run:?}");
    assert!(!out.exists());
}

#[test]
fn a_built_commonjs_script_runs_as_sandnode_runs_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("tool");
    let files: &[(&str, &str)] = &[
        ("package.json", "{}"),
        (
            "tool.js",
            r#"'use strict';
const conf = require('./conf.json');
const dep = require('dep');
const path = require('path');
console.log(require.main === module, path.basename(__filename), path.basename(__dirname));
console.log(conf.value, dep.name, path.basename(require.resolve('dep')));
console.log(process.argv.length, process.argv.slice(2).join('|'));
import('./part.mjs').then((m) => console.log('esm', m.default));
process.on('exit', (code) => console.log('exit', code));
if (process.argv[2] === 'exit7') process.exit(7);
"#,
        ),
        ("conf.json", r#"{ "value": 42 }"#),
        ("part.mjs", "export default 'dynamic import';\n"),
        (
            "node_modules/dep/package.json",
            r#"{ "name": "dep", "exports": { ".": "./lib/main.cjs" } }"#,
        ),
        ("node_modules/dep/lib/main.cjs", "exports.name = 'dep';\n"),
    ];
    for (name, text) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let main = root.join("tool.js");
    let out = dir.path().join("tool.wasm");
    let run = build_to(&main, &out);
    assert_eq!(run.code(), Some(0), "{run:?}");
    let expected: Vec<_> = [&["x", "y"][..], &["exit7"][..]]
        .iter()
        .map(|args| support::collect(support::sandnode().arg(&main).args(*args)))
        .collect();
    std::fs::remove_dir_all(&root).unwrap();

    let engine = Engine::new(&wasmtime::Config::new()).unwrap();
    let component = Component::new(&engine, std::fs::read(&out).unwrap()).unwrap();
    for (args, expected) in [&["x", "y"][..], &["exit7"][..]].iter().zip(&expected) {
        let (code, stdout, stderr) = run_plain(&engine, &component, args, &[]);
        assert_eq!(stdout, expected.out(), "stderr: {stderr}");
        assert_eq!(Some(code), expected.code());
    }
    assert!(
        expected[0]
            .out()
            .starts_with("true tool.js tool\n42 dep main.cjs\n4 x|y\n")
    );
    assert_eq!(expected[1].code(), Some(7));
}
