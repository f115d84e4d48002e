//! The one lock helper every module uses.

use std::sync::{Mutex, MutexGuard};

/// Locks a mutex; a handler that panicked cannot leave the data half-written in a
/// way that matters to an emulator, so poisoning is ignored.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
