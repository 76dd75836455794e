//! Natives behind node:crypto (registered on the `binding` object).

use rquickjs::{Ctx, Object, Result};

/// Adds this module's natives to `binding`.
pub fn register<'js>(_ctx: &Ctx<'js>, _binding: &Object<'js>) -> Result<()> {
    Ok(())
}
