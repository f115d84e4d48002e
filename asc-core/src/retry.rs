//! When to try a request again, how long to wait first, and the one loop
//! that every operation (API requests and upload parts alike) runs in.
//!
//! The decision is a pure function of the method, what happened and the
//! attempt number, so it is unit-tested without a server. The loop counts
//! attempts once for the whole operation, whatever failed: a status, a
//! broken connection, or a 2xx body cut short.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

use crate::Error;

/// How failed requests are retried.
///
/// By default GET is retried up to 3 times on 429, 500, 502, 503, 504, broken
/// connections and timeouts, with exponential backoff and full jitter, honouring
/// `Retry-After` up to [`RetryPolicy::max_retry_after`]. POST, PATCH and DELETE
/// are retried only when the request provably was not applied: the connection
/// could not be made, or Apple refused it with 429 (rate limiting happens before
/// anything is applied).
///
/// A `Retry-After` is honoured never earlier than asked, plus a small random
/// delay (up to a tenth of the wait, at most 2 s) so that many clients told
/// the same `Retry-After` do not come back at the same instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 turns retrying off.
    pub max_retries: u32,
    /// Backoff before the first retry; doubled each time.
    pub initial_backoff: Duration,
    /// Upper bound of one backoff.
    pub max_backoff: Duration,
    /// Upper bound on a server's `Retry-After`; longer waits give up at once
    /// instead, with the wait in the error ([`Error::retry_after`]).
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
pub(crate) enum Outcome {
    /// An HTTP status arrived, maybe with a `Retry-After` delay.
    Status(u16, Option<Duration>),
    /// The connection could not be made: nothing reached the server.
    ConnectFailed,
    /// The connection broke or timed out after the request may have been
    /// sent, or a 2xx body ended before its JSON did.
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

    /// This policy with `retries` retries after the first attempt.
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// This policy with backoffs starting at `initial` and never above `max`.
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// This policy honouring a `Retry-After` of at most `max`.
    pub fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// The wait before attempt `attempt + 1` (attempts count from 0), or `None` to stop.
    pub(crate) fn decide(
        &self,
        idempotent: bool,
        outcome: Outcome,
        attempt: u32,
    ) -> Option<Duration> {
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
            Some(after) => Some(after + spread(after)),
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

/// The random delay added to a `Retry-After`: up to a tenth of it, at most
/// 2 s, at least up to 50 ms, so that clients told the same instant spread out.
fn spread(after: Duration) -> Duration {
    let span = (after / 10).clamp(Duration::from_millis(50), Duration::from_secs(2));
    span.mul_f64(jitter())
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

/// The `Retry-After` of an answer, parsed.
pub(crate) fn retry_after(headers: &http::HeaderMap) -> Option<Duration> {
    headers
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_retry_after)
}

/// What one attempt of an operation ended in.
pub(crate) enum Attempt<T> {
    /// It succeeded.
    Done(T),
    /// It failed; the policy decides whether to try again.
    Failed(Outcome, Error),
    /// It failed and must not be repeated.
    Fatal(Error),
    /// The token was refused: one more attempt with a fresh token, outside
    /// the policy's count (the token may have expired in flight).
    Renew(Error),
}

/// Where an attempt stands in its operation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AttemptNo {
    /// Attempts made before this one.
    pub index: u32,
    /// True when a refused token was already renewed once.
    pub renewed: bool,
    /// When the whole operation must end, and its length.
    pub deadline: Option<(Instant, Duration)>,
}

/// The settings of one run of the loop.
pub(crate) struct Plan<'a> {
    pub policy: &'a RetryPolicy,
    pub idempotent: bool,
    /// The whole operation's time limit, waits included.
    pub deadline: Option<Duration>,
}

/// Runs `attempt` until it succeeds, fails for good, the policy stops it or
/// the deadline passes; the one retry loop of asc-core.
///
/// An error after more than one attempt is [`Error::RetriesExhausted`]
/// around the last attempt's error. A wait that would end after the deadline
/// is not started: the operation fails at once with [`Error::Deadline`].
pub(crate) async fn run<T, F, Fut>(plan: Plan<'_>, mut attempt: F) -> Result<T, Error>
where
    F: FnMut(AttemptNo) -> Fut,
    Fut: Future<Output = Attempt<T>>,
{
    let deadline = plan.deadline.map(|limit| (Instant::now() + limit, limit));
    let mut made: u32 = 0;
    let mut retries: u32 = 0;
    let mut renewed = false;
    let mut last: Option<Error> = None;
    loop {
        let this = attempt(AttemptNo {
            index: made,
            renewed,
            deadline,
        });
        made += 1;
        let step = match deadline {
            None => this.await,
            Some((at, limit)) => match tokio::time::timeout_at(at, this).await {
                Ok(step) => step,
                Err(_) => {
                    return Err(Error::Deadline {
                        limit,
                        attempts: made,
                        last: last.map(Box::new),
                    });
                }
            },
        };
        let (outcome, error) = match step {
            Attempt::Done(value) => return Ok(value),
            Attempt::Fatal(error) => return Err(gave_up(error, made)),
            Attempt::Renew(error) if !renewed => {
                renewed = true;
                last = Some(error);
                continue;
            }
            Attempt::Renew(error) => return Err(gave_up(error, made)),
            Attempt::Failed(outcome, error) => (outcome, error),
        };
        let Some(wait) = plan.policy.decide(plan.idempotent, outcome, retries) else {
            let error = match outcome {
                Outcome::Status(_, Some(after)) if after > plan.policy.max_retry_after => error
                    .with_hint(format!(
                        "App Store Connect asks to wait {after:?} before trying again, longer than \
                         RetryPolicy::max_retry_after ({:?}); try again later",
                        plan.policy.max_retry_after
                    )),
                _ => error,
            };
            return Err(gave_up(error, made));
        };
        if let Some((at, limit)) = deadline
            && Instant::now() + wait >= at
        {
            return Err(Error::Deadline {
                limit,
                attempts: made,
                last: Some(Box::new(error)),
            });
        }
        tracing::info!(attempt = made, ?wait, error = %error, "retrying");
        tokio::time::sleep(wait).await;
        retries += 1;
        last = Some(error);
    }
}

fn gave_up(error: Error, attempts: u32) -> Error {
    if attempts > 1 {
        Error::RetriesExhausted {
            attempts,
            last: Box::new(error),
        }
    } else {
        error
    }
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
        for _ in 0..200 {
            let d = p
                .decide(true, Outcome::Status(429, Some(Duration::from_secs(7))), 0)
                .unwrap();
            // Never earlier than asked, at most a tenth later.
            assert!(d >= Duration::from_secs(7), "{d:?}");
            assert!(d <= Duration::from_millis(7_700), "{d:?}");
        }
        let waits: std::collections::BTreeSet<_> = (0..50)
            .map(|_| p.decide(true, Outcome::Status(429, Some(Duration::from_secs(1))), 0))
            .collect();
        assert!(
            waits.len() > 10,
            "retries told the same Retry-After spread out: {waits:?}"
        );
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
    fn decisions_stay_within_the_policy_for_any_input() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let policy = RetryPolicy {
                max_retries: (next() % 6) as u32,
                initial_backoff: Duration::from_millis(next() % 5_000),
                max_backoff: Duration::from_millis(next() % 60_000),
                max_retry_after: Duration::from_secs(next() % 300),
            };
            let attempt = (next() % 40) as u32;
            let after = (next() % 2 == 0).then(|| Duration::from_secs(next() % 600));
            let status = [200, 400, 401, 404, 429, 500, 502, 503, 504, 599][(next() % 10) as usize];
            for outcome in [
                Outcome::Status(status, after),
                Outcome::Broken,
                Outcome::ConnectFailed,
            ] {
                for idempotent in [true, false] {
                    let Some(wait) = policy.decide(idempotent, outcome, attempt) else {
                        continue;
                    };
                    assert!(attempt < policy.max_retries);
                    match (outcome, after) {
                        (Outcome::Status(..), Some(after)) => {
                            assert!(after <= policy.max_retry_after);
                            assert!(wait >= after && wait <= after + Duration::from_secs(2));
                        }
                        _ => assert!(wait <= policy.max_backoff.max(policy.initial_backoff)),
                    }
                    if !idempotent {
                        assert!(
                            matches!(outcome, Outcome::ConnectFailed | Outcome::Status(429, _)),
                            "{outcome:?}"
                        );
                    }
                }
            }
        }
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
