//! When to try a request again, and how long to wait first.
//!
//! The decision is a pure function of the method, what happened and the
//! attempt number, so it is unit-tested without a server.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// How failed requests are retried.
///
/// By default GET is retried up to 3 times on 429, 500, 502, 503, 504, broken
/// connections and timeouts, with exponential backoff and full jitter, honouring
/// `Retry-After` up to [`RetryPolicy::max_retry_after`]. POST, PATCH and DELETE
/// are retried only when the request provably was not applied: the connection
/// could not be made, or Apple refused it with 429 (rate limiting happens before
/// anything is applied).
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 turns retrying off.
    pub max_retries: u32,
    /// Backoff before the first retry; doubled each time.
    pub initial_backoff: Duration,
    /// Upper bound of one backoff.
    pub max_backoff: Duration,
    /// Upper bound on a server's `Retry-After`; longer waits give up instead.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(16),
            max_retry_after: Duration::from_secs(120),
        }
    }
}

/// What one attempt ended in, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// An HTTP status arrived, maybe with a `Retry-After` delay.
    Status(u16, Option<Duration>),
    /// The connection could not be made: nothing reached the server.
    ConnectFailed,
    /// The connection broke or timed out after the request may have been sent.
    Broken,
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// The wait before attempt `attempt + 1` (attempts count from 0), or `None` to stop.
    pub fn decide(&self, idempotent: bool, outcome: Outcome, attempt: u32) -> Option<Duration> {
        if attempt >= self.max_retries {
            return None;
        }
        let retry_after = match outcome {
            // Apple refuses a rate-limited request before applying anything, so a
            // 429 is safe to repeat for writes too.
            Outcome::Status(429, after) => after,
            Outcome::Status(500 | 502 | 503 | 504, after) if idempotent => after,
            Outcome::Broken if idempotent => None,
            Outcome::ConnectFailed => None,
            _ => return None,
        };
        match retry_after {
            Some(after) if after > self.max_retry_after => None,
            Some(after) => Some(after),
            None => Some(self.backoff(attempt)),
        }
    }

    /// Exponential backoff with full jitter, capped and overflow-safe.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32.checked_shl(attempt.min(31)).unwrap_or(u32::MAX))
            .min(self.max_backoff);
        // Full jitter within [exp/2, exp]: spreads retries of many clients while
        // keeping a floor, so a retry never fires immediately.
        let half = exp / 2;
        half + half.mul_f64(jitter())
    }
}

/// A number in [0, 1) from a splitmix64 sequence; retries need spread, not secrecy.
fn jitter() -> f64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut z = STATE
        .fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
        .wrapping_add(seed);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

/// Parses `Retry-After` as seconds or as an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_retries_transient_statuses_only() {
        let p = RetryPolicy::default();
        for s in [429, 500, 502, 503, 504] {
            assert!(p.decide(true, Outcome::Status(s, None), 0).is_some(), "{s}");
        }
        for s in [400, 401, 403, 404, 409, 422] {
            assert!(p.decide(true, Outcome::Status(s, None), 0).is_none(), "{s}");
        }
        assert!(p.decide(true, Outcome::Broken, 2).is_some());
        assert!(p.decide(true, Outcome::Broken, 3).is_none());
    }

    #[test]
    fn writes_retry_only_when_nothing_was_sent() {
        let p = RetryPolicy::default();
        assert!(p.decide(false, Outcome::Status(503, None), 0).is_none());
        assert!(p.decide(false, Outcome::Status(429, None), 0).is_some());
        assert!(p.decide(false, Outcome::Broken, 0).is_none());
        assert!(p.decide(false, Outcome::ConnectFailed, 0).is_some());
    }

    #[test]
    fn retry_after_is_honoured_and_capped() {
        let p = RetryPolicy::default();
        let d = p.decide(true, Outcome::Status(429, Some(Duration::from_secs(7))), 0);
        assert_eq!(d, Some(Duration::from_secs(7)));
        assert!(
            p.decide(
                true,
                Outcome::Status(429, Some(Duration::from_secs(3600))),
                0
            )
            .is_none()
        );
        assert_eq!(parse_retry_after(" 12 "), Some(Duration::from_secs(12)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn backoff_grows_is_capped_and_never_overflows() {
        let p = RetryPolicy::default();
        for attempt in 0..100 {
            let b = p.backoff(attempt);
            assert!(b <= p.max_backoff, "{attempt}: {b:?}");
            let floor =
                (p.initial_backoff.saturating_mul(1 << attempt.min(31))).min(p.max_backoff) / 2;
            assert!(b >= floor, "{attempt}: {b:?} < {floor:?}");
        }
        assert_eq!(RetryPolicy::none().decide(true, Outcome::Broken, 0), None);
    }
}
