//! `sandnode build`: the output is a standalone component that imports only
//! standard WASI 0.2, exports the HTTP handler, and answers a request when
//! instantiated with no launch and no files at all (as `wasmtime serve`
//! would run it).

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
