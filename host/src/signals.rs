//! SIGINT and SIGTERM end sandnode the way they end node: promptly, and by
//! the signal itself, so a shell sees status 130 or 143.
//!
//! A dedicated thread waits for the signals, so they are handled even while
//! the guest is busy in a loop that never yields to the host.

use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

pub fn install() -> std::io::Result<()> {
    let mut signals = Signals::new([SIGINT, SIGTERM])?;
    std::thread::Builder::new()
        .name("sandnode-signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                // Output is unbuffered on the host side, so there is nothing to
                // flush: restore the default action and re-raise.
                let _ = signal_hook::low_level::emulate_default_handler(sig);
                // Only reached if the default action did not end the process.
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}
