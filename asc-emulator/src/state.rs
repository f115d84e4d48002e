//! The state every request handler shares, and what tests can read back from it.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::auth::Verifier;
use crate::cursor::Cursors;
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

/// One request the emulator answered (any route), as its request log shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedRequest {
    /// HTTP method.
    pub method: String,
    /// Request path, without the query.
    pub path: String,
    /// The status sent, after any injected fault; 0 when the connection was
    /// dropped before a status was sent.
    pub status: u16,
}

/// How many requests [`Shared::requests`] keeps (the most recent ones).
pub(crate) const REQUEST_LOG_LIMIT: usize = 10_000;

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

/// One budget: `limit` requests per window of `length`, counted down per
/// authenticated request; the window starts again `length` after it began.
#[derive(Debug)]
pub(crate) struct Window {
    pub limit: u64,
    pub remaining: u64,
    length: Duration,
    started: Instant,
}

impl Window {
    fn new(limit: u64, length: Duration) -> Window {
        Window {
            limit,
            remaining: limit,
            length,
            started: Instant::now(),
        }
    }

    fn roll(&mut self, now: Instant) {
        if now.duration_since(self.started) >= self.length {
            self.remaining = self.limit;
            self.started = now;
        }
    }
}

/// What one request saw of the budgets, for the `X-Rate-Limit` header.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Taken {
    pub hour: (u64, u64),
    pub minute: Option<(u64, u64)>,
    pub allowed: bool,
}

impl Taken {
    /// Apple's `X-Rate-Limit` value: `user-hour-lim:N;user-hour-rem:M;`, with the
    /// minute entries when a minute budget is set.
    pub fn header(&self) -> String {
        let mut h = format!(
            "user-hour-lim:{};user-hour-rem:{};",
            self.hour.0, self.hour.1
        );
        if let Some((lim, rem)) = self.minute {
            h.push_str(&format!("user-minute-lim:{lim};user-minute-rem:{rem};"));
        }
        h
    }
}

/// The key's hour budget and, optionally, its minute budget, on the
/// emulator's own clock; an "hour" may be set shorter for tests (the minute
/// is then a sixtieth of it).
#[derive(Debug)]
pub(crate) struct RateWindow {
    pub hour: Window,
    pub minute: Option<Window>,
}

impl RateWindow {
    pub fn new(per_hour: u64, per_minute: Option<u64>, hour: Duration) -> RateWindow {
        let hour = hour.max(Duration::from_millis(60));
        RateWindow {
            hour: Window::new(per_hour, hour),
            minute: per_minute.map(|n| Window::new(n, hour / 60)),
        }
    }

    /// Counts one request against both budgets; a refused request counts against neither.
    pub fn take(&mut self) -> Taken {
        let now = Instant::now();
        self.hour.roll(now);
        if let Some(m) = &mut self.minute {
            m.roll(now);
        }
        let allowed =
            self.hour.remaining > 0 && self.minute.as_ref().is_none_or(|m| m.remaining > 0);
        if allowed {
            self.hour.remaining -= 1;
            if let Some(m) = &mut self.minute {
                m.remaining -= 1;
            }
        }
        Taken {
            hour: (self.hour.limit, self.hour.remaining),
            minute: self.minute.as_ref().map(|m| (m.limit, m.remaining)),
            allowed,
        }
    }
}

pub(crate) struct Shared {
    pub base_url: String,
    /// The key list cursors are sealed with.
    pub cursors: Cursors,
    pub registry: Registry,
    pub store: Mutex<Store>,
    pub verifier: Verifier,
    pub config: Config,
    pub clock_offset: AtomicI64,
    pub rate: Mutex<RateWindow>,
    pub faults: Mutex<FaultQueue>,
    pub upload_log: Mutex<Vec<UploadRequest>>,
    pub requests: Mutex<std::collections::VecDeque<LoggedRequest>>,
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
        let mut w = RateWindow::new(2, None, Duration::from_secs(3600));
        assert_eq!(w.take().hour, (2, 1));
        assert!(w.take().allowed);
        let t = w.take();
        assert_eq!((t.hour, t.allowed), ((2, 0), false));
        assert_eq!(t.header(), "user-hour-lim:2;user-hour-rem:0;");
    }

    #[test]
    fn the_minute_budget_runs_out_first_and_comes_back() {
        let mut w = RateWindow::new(100, Some(2), Duration::from_millis(600));
        assert!(w.take().allowed);
        let t = w.take();
        assert_eq!(
            t.header(),
            "user-hour-lim:100;user-hour-rem:98;user-minute-lim:2;user-minute-rem:0;"
        );
        let refused = w.take();
        assert!(!refused.allowed);
        assert_eq!(refused.hour, (100, 98), "a refused request costs nothing");
        std::thread::sleep(Duration::from_millis(15));
        assert!(w.take().allowed, "a minute (10 ms here) later it is back");
    }
}
