//! Running one program: build the WASI context from a [`Launch`], instantiate
//! the guest and call its `wasi:cli/run` export, and turn the outcome into an
//! exit code.

use crate::engine::Runtime;
use crate::launch::Launch;
use wasmtime::component::ResourceTable;
use wasmtime::{Result, Store, StoreLimits, StoreLimitsBuilder};
use wasmtime_wasi::p2::bindings::CommandPre;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtx, WasiCtxView, WasiView};

/// Exit code when the guest itself fails (a trap, an internal error), as
/// opposed to the user's program. EX_SOFTWARE from sysexits.h.
pub const EXIT_GUEST_FAILURE: i32 = 70;

pub struct GuestState {
    ctx: WasiCtx,
    table: ResourceTable,
    limits: StoreLimits,
}

impl GuestState {
    pub fn new(ctx: WasiCtx, max_memory: usize) -> GuestState {
        GuestState {
            ctx,
            table: ResourceTable::new(),
            limits: StoreLimitsBuilder::new()
                .memory_size(max_memory)
                .instances(4)
                .tables(16)
                .memories(4)
                .build(),
        }
    }

    pub fn limits(&mut self) -> &mut StoreLimits {
        &mut self.limits
    }
}

impl WasiView for GuestState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

/// Runs the program described by `launch` to completion and returns its
/// exit code. Errors are failures of the host or the guest, reported to
/// the user by the caller.
pub async fn run(runtime: &Runtime, launch: &Launch) -> Result<i32> {
    let mut builder = WasiCtx::builder();
    builder
        .args(&launch.guest_args())
        .envs(&launch.env)
        .inherit_stdin()
        .inherit_stdout()
        .inherit_stderr()
        .allow_blocking_current_thread(true);
    for dir in &launch.preopens {
        let perms = if dir.writable {
            FsPerms::ReadWrite
        } else {
            FsPerms::ReadOnly
        };
        builder.preopened_dir(&dir.host, &dir.guest, perms)?;
    }
    let state = GuestState::new(builder.build(), launch.max_memory);
    let mut store = Store::new(&runtime.engine, state);
    store.limiter(|s| s.limits());
    // Epochs only advance when the host asks the guest to stop.
    store.set_epoch_deadline(1);
    store.epoch_deadline_trap();

    let pre = CommandPre::new(runtime.instance_pre.clone())?;
    let command = pre.instantiate_async(&mut store).await?;
    let outcome = command.wasi_cli_run().call_run(&mut store).await;
    Ok(exit_code(outcome))
}

fn exit_code(outcome: wasmtime::Result<Result<(), ()>>) -> i32 {
    match outcome {
        Ok(Ok(())) => 0,
        Ok(Err(())) => 1,
        Err(err) => {
            if let Some(exit) = err.downcast_ref::<I32Exit>() {
                return exit.0;
            }
            let trap = err.downcast_ref::<wasmtime::Trap>().copied();
            let what = match trap {
                Some(wasmtime::Trap::StackOverflow) => {
                    "the guest ran out of stack (deep recursion)".to_string()
                }
                Some(wasmtime::Trap::Interrupt) => "the guest was interrupted".to_string(),
                Some(t) => format!("the guest trapped: {t}"),
                None => format!("the guest failed: {err:#}"),
            };
            eprintln!("sandnode: fatal: {what}");
            EXIT_GUEST_FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_map_to_exit_codes() {
        assert_eq!(exit_code(Ok(Ok(()))), 0);
        assert_eq!(exit_code(Ok(Err(()))), 1);
        assert_eq!(exit_code(Err(wasmtime::Error::new(I32Exit(42)))), 42);
        // A trap is the guest failing, not the program: status 70.
        assert_eq!(
            exit_code(Err(wasmtime::Error::new(
                wasmtime::Trap::UnreachableCodeReached
            ))),
            EXIT_GUEST_FAILURE
        );
        assert_eq!(
            exit_code(Err(wasmtime::Error::new(wasmtime::Trap::StackOverflow))),
            EXIT_GUEST_FAILURE
        );
    }
}
