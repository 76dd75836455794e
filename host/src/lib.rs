//! sandnode's host: the CLI, the compiled-code cache, and running the
//! QuickJS guest component under wasmtime with only the capabilities granted.
//!
//! # Embedding
//!
//! The `sandnode` binary is a thin layer over this crate, and another Rust
//! service can do what it does:
//!
//! 1. [`launch_from_args`] turns sandnode's command-line words (permission
//!    flags, limits, then `FILE`, `serve APP` ...) into a [`launch::Launch`]:
//!    the program, its grants and its limits.
//! 2. [`engine::Runtime::new`] (scripts) or [`engine::Runtime::pooled`]
//!    (handlers) makes the wasmtime engine with the pre-initialised guest,
//!    from the compiled-code cache when it can. Make one and share it.
//! 3. [`run::run`] runs a script to its exit code; [`serve::serve_until`]
//!    serves a fetch handler, a fresh instance per request, until a future
//!    of yours completes; [`build::build`] writes a handler as a standalone
//!    component.
//!
//! 4. [`tenant_host::host_until`] hosts many tenants from a tenants.toml
//!    (docs/HOSTING.md): routing, per-tenant limits, hot reload, metrics.
//!
//! They need a tokio runtime (a multi-thread one for serving). See
//! `host/examples/embed.rs`.

pub mod build;
pub mod cache;
pub mod cli;
pub mod engine;
pub mod incremental;
pub mod launch;
pub mod limits;
pub mod metrics;
pub mod origin;
pub mod policy;
pub mod preinit;
pub mod request;
pub mod run;
pub mod serve;
pub mod signals;
pub mod tenant_host;
pub mod tenant_output;
pub mod tenants;
pub mod tls;

/// A launch from sandnode's command-line words, without the program name:
/// `["--allow-net", "serve", "app.mjs", "--port", "0"]`, or
/// `["--max-memory=256M", "script.js", "arg"]`. Errors are the CLI's
/// messages.
pub fn launch_from_args<I, S>(args: I) -> wasmtime::Result<launch::Launch>
where
    I: IntoIterator<Item = S>,
    S: Into<std::ffi::OsString> + Clone,
{
    use clap::Parser as _;
    let words = std::iter::once(std::ffi::OsString::from("sandnode"))
        .chain(args.into_iter().map(Into::into));
    let cli = cli::Cli::try_parse_from(words).map_err(|e| wasmtime::format_err!("{e}"))?;
    cli::plan(cli)
}
