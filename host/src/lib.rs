//! sandnode's host: the CLI, the compiled-code cache, and running the
//! QuickJS guest component under wasmtime with only the capabilities granted.

pub mod build;
pub mod cache;
pub mod cli;
pub mod engine;
pub mod launch;
pub mod limits;
pub mod policy;
pub mod preinit;
pub mod run;
pub mod serve;
pub mod signals;
pub mod tls;
