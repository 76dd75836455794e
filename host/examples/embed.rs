//! Embedding sandnode in another Rust service: run a script in the sandbox,
//! serve a fetch handler for a moment and send it one request, then host
//! two tenants from a tenants.toml and send each a request.
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
            println!("the handler answered: {}", get(addr, "x", "/embedded").await?);
            let _ = stop_tx.send(());
            wasmtime::Result::<()>::Ok(())
        };
        let (served, asked) = tokio::join!(server, client);
        asked?;
        println!("the server stopped with {}", served?);

        // 3. Tenants: a tenants.toml (see docs/HOSTING.md), hosted until we
        // say stop.
        let config = dir.path().join("tenants.toml");
        std::fs::write(
            &config,
            format!(
                "[server]\naccess_log = \"off\"\n\n\
                 [[tenant]]\nname = \"one\"\napp = \"{app}\"\nroutes = [\"one.test\"]\n\n\
                 [[tenant]]\nname = \"two\"\napp = \"{app}\"\nroutes = [\"two.test\"]\nmemory = \"64M\"\n",
                app = app.display()
            ),
        )?;
        let (addr_tx, addr_rx) = tokio::sync::oneshot::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let host = sandnode::tenant_host::host_until(
            &config,
            |mut listen| {
                listen.set_port(0);
                listen
            },
            |addr, _metrics| {
                let _ = addr_tx.send(addr);
            },
            async {
                let _ = stop_rx.await;
            },
        );
        let client = async {
            let addr = addr_rx.await.expect("the host listens");
            for tenant in ["one.test", "two.test"] {
                println!("{tenant} answered: {}", get(addr, tenant, "/tenant").await?);
            }
            let _ = stop_tx.send(());
            wasmtime::Result::<()>::Ok(())
        };
        let (hosted, asked) = tokio::join!(host, client);
        asked?;
        println!("the host stopped with {}", hosted?);
        wasmtime::Result::<()>::Ok(())
    })
}

/// One request; the status line and the handler's text.
async fn get(addr: std::net::SocketAddr, host: &str, path: &str) -> wasmtime::Result<String> {
    let head = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    let reply = tokio::task::spawn_blocking(move || {
        let mut conn = std::net::TcpStream::connect(addr)?;
        conn.write_all(head.as_bytes())?;
        let mut reply = String::new();
        conn.read_to_string(&mut reply)?;
        std::io::Result::Ok(reply)
    })
    .await
    .expect("the client thread")?;
    let status = reply.lines().next().unwrap_or("").to_string();
    // The handler's text (the body is chunked: skip the size lines).
    let body = reply
        .lines()
        .find(|l| l.starts_with("handled"))
        .unwrap_or("");
    Ok(format!("{status} / {body}"))
}
