//! The state every request handler shares, and what tests can read back from it.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::auth::Verifier;
use crate::fault::FaultQueue;
use crate::registry::Registry;
use crate::store::Store;
use crate::sync::lock;

/// Settings fixed at start.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub processing_delay: Duration,
    pub part_size: u64,
    pub max_file_size: u64,
    /// Type -> the image sizes its assets must have.
    pub image_sizes: HashMap<String, Vec<(u32, u32)>>,
    /// Type -> target types its creation must link.
    pub required: HashMap<String, Vec<String>>,
}

/// One request to the upload route, as the server saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadRequest {
    /// HTTP method.
    pub method: String,
    /// Request path (`/upload/TOKEN/PART`).
    pub path: String,
    /// Whether an `Authorization` header arrived (it never should: upload URLs are
    /// pre-signed and may belong to another host).
    pub authorization: bool,
    /// The status sent, after any injected fault; 0 when the connection was
    /// dropped before a status was sent.
    pub status: u16,
}

/// One write the emulator applied: a create, update or delete that changed the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedWrite {
    /// `POST`, `PATCH` or `DELETE`.
    pub method: String,
    /// The resource type.
    pub type_name: String,
    /// The resource id.
    pub id: String,
}

/// Apple's hourly allowance, counted down per authenticated request.
#[derive(Debug)]
pub(crate) struct RateWindow {
    pub limit: u64,
    pub remaining: u64,
    started: Instant,
}

const HOUR: Duration = Duration::from_secs(3600);

impl RateWindow {
    pub fn new(limit: u64) -> RateWindow {
        RateWindow {
            limit,
            remaining: limit,
            started: Instant::now(),
        }
    }

    /// Counts one request: `(limit, remaining, allowed)`.
    pub fn take(&mut self) -> (u64, u64, bool) {
        if self.started.elapsed() >= HOUR {
            self.remaining = self.limit;
            self.started = Instant::now();
        }
        if self.remaining == 0 {
            return (self.limit, 0, false);
        }
        self.remaining -= 1;
        (self.limit, self.remaining, true)
    }
}

pub(crate) struct Shared {
    pub base_url: String,
    pub registry: Registry,
    pub store: Mutex<Store>,
    pub verifier: Verifier,
    pub config: Config,
    pub clock_offset: AtomicI64,
    pub rate: Mutex<RateWindow>,
    pub faults: Mutex<FaultQueue>,
    pub upload_log: Mutex<Vec<UploadRequest>>,
    pub writes: Mutex<Vec<AppliedWrite>>,
    pub last_rejection: Mutex<Option<String>>,
}

impl Shared {
    /// The emulator's clock: the system clock shifted by the test-set offset.
    pub fn now(&self) -> SystemTime {
        let offset = self.clock_offset.load(Ordering::Relaxed);
        let now = SystemTime::now();
        if offset >= 0 {
            now.checked_add(Duration::from_secs(offset.unsigned_abs()))
                .unwrap_or(now)
        } else {
            now.checked_sub(Duration::from_secs(offset.unsigned_abs()))
                .unwrap_or(UNIX_EPOCH)
        }
    }

    pub fn now_unix(&self) -> i64 {
        self.now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
    }

    pub fn record_write(&self, method: &str, type_name: &str, id: &str) {
        lock(&self.writes).push(AppliedWrite {
            method: method.to_owned(),
            type_name: type_name.to_owned(),
            id: id.to_owned(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowance_counts_down_and_stops() {
        let mut w = RateWindow::new(2);
        assert_eq!(w.take(), (2, 1, true));
        assert_eq!(w.take(), (2, 0, true));
        assert_eq!(w.take(), (2, 0, false));
    }
}
