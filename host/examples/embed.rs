//! Embedding sandnode in another Rust service: run a script in the sandbox,
//! then serve a fetch handler for a moment and send it one request.
//!
//!     cargo run --release -p sandnode --example embed
//!
//! Everything here is the `sandnode` library's public API (see its crate
//! documentation).

use std::io::{Read as _, Write as _};

fn main() -> wasmtime::Result<()> {
    let dir = tempfile::tempdir()?;
    let script = dir.path().join("hello.js");
    std::fs::write(
        &script,
        "console.log('hello from a sandboxed script', 6 * 7);\n",
    )?;
    let app = dir.path().join("app.mjs");
    std::fs::write(
        &app,
        "export default { fetch: (req) => new Response(`handled ${new URL(req.url).pathname}`) };\n",
    )?;

    let tokio = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    tokio.block_on(async {
        // 1. A script: the same words as the command line.
        let launch = sandnode::launch_from_args([script.to_str().unwrap()])?;
        let runtime = sandnode::engine::Runtime::new().await?;
        let code = sandnode::run::run(&runtime, &launch).await?;
        println!("the script exited with {code}");

        // 2. A handler, served until we say stop.
        let launch = sandnode::launch_from_args(["serve", app.to_str().unwrap(), "--port", "0"])?;
        let pooled = sandnode::engine::Runtime::pooled(16, launch.limits.max_memory).await?;
        let (addr_tx, addr_rx) = tokio::sync::oneshot::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = async {
            sandnode::serve::serve_until(
                &pooled,
                &launch,
                |addr| {
                    let _ = addr_tx.send(addr);
                },
                async {
                    let _ = stop_rx.await;
                },
            )
            .await
        };
        let client = async {
            let addr = addr_rx.await.expect("the server listens");
            let reply = tokio::task::spawn_blocking(move || {
                let mut conn = std::net::TcpStream::connect(addr)?;
                conn.write_all(b"GET /embedded HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")?;
                let mut reply = String::new();
                conn.read_to_string(&mut reply)?;
                std::io::Result::Ok(reply)
            })
            .await
            .expect("the client thread")?;
            let status = reply.lines().next().unwrap_or("");
            let body = reply
                .lines()
                .find(|l| l.starts_with("handled"))
                .unwrap_or("");
            println!("the handler answered: {status} / {body}");
            let _ = stop_tx.send(());
            wasmtime::Result::<()>::Ok(())
        };
        let (served, asked) = tokio::join!(server, client);
        asked?;
        println!("the server stopped with {}", served?);
        wasmtime::Result::<()>::Ok(())
    })
}
