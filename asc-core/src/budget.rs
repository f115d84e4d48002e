//! Request budgeting: pacing requests so that a key stays inside App Store
//! Connect's rate limit instead of running into `429 Too Many Requests`.
//!
//! A [`RateBudget`] (set with
//! [`ClientBuilder::rate_budget`](crate::ClientBuilder::rate_budget)) learns
//! the limits and the remaining counts from the `X-Rate-Limit` header of
//! every answer (`user-hour-lim:3600;user-hour-rem:N`, sometimes with
//! `user-minute-*` entries). Far from the limit it lets every request go at
//! once. When the remaining count of a window (hour or minute) falls to the
//! reserve, it spreads the requests still allowed evenly over the time left
//! in that window; at 0 it holds requests until the window is estimated to
//! have rolled.
//!
//! # How the window is estimated
//!
//! Apple does not say when its windows reset, so the budget estimates it
//! from the answers, and every rule errs on the side of slower:
//!
//! - **Window start unknown.** The first answer that reports a window starts
//!   it *at the moment that answer arrived*: the real window began at that
//!   moment or earlier, so the estimated reset (start + window length) is
//!   never earlier than the real one.
//! - **Remaining count going up.** A remaining count higher than the lowest
//!   seen in this window, reported for a request let go *after* that lowest
//!   count arrived (so counted after it), means the window rolled; the new
//!   window starts at the moment that answer arrived. An answer of a request
//!   let go earlier may report more by any amount (answers arrive out of
//!   order) and is not taken as a roll.
//! - **Estimated reset passed.** The window is then believed over, but its
//!   new remaining count is unknown: one request goes alone (a probe) and its
//!   answer tells. If that answer shows no rise, the window had not rolled
//!   (Apple's window may slide rather than jump), and the window is taken to
//!   start again at that answer.
//! - **Minute entries absent.** A window Apple does not report is not paced;
//!   an answer without it leaves what earlier answers taught unchanged.
//! - **Header malformed or absent.** Such an answer teaches nothing and
//!   changes nothing; until the first answer arrives, only one request is
//!   in flight, so a burst of tasks cannot overrun a limit not yet known.
//! - **Requests in flight** count as already spent: the remaining count the
//!   budget works with is the last reported one minus the requests sent
//!   since that have not been answered.
//! - **Answers of requests sent before the current window began** cannot
//!   say which window counted them: each is taken as spent in the current
//!   one (its remaining count goes down by one), never as a place handed back.
//!
//! A budget is shared by every clone of a [`Client`](crate::Client); with
//! [`RateBudget::shared_by_key`] it is also shared by every client of the
//! same key id in this process (other processes using the key are only
//! seen through the remaining counts Apple reports).

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

use crate::Error;
use crate::rate_limit::RateLimit;

/// Apple's hourly window.
pub const HOUR: Duration = Duration::from_secs(3600);
/// Apple's minute window.
pub const MINUTE: Duration = Duration::from_secs(60);

/// How a client paces its requests to stay inside the rate limit; see the
/// [module documentation](crate::budget) for how the window is estimated.
///
/// ```
/// use std::time::Duration;
/// use asc_core::RateBudget;
///
/// // The recommended setting: a reserve of 5 % of each limit.
/// let on = RateBudget::default();
/// // Start pacing with 100 requests left in the hour, 25 % slower than even.
/// let careful = RateBudget::default().reserve(100).pace(1.25).shared_by_key();
/// // No pacing at all (what a client does unless told otherwise).
/// let off = RateBudget::off();
/// # let _ = (on, careful, off);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RateBudget {
    enabled: bool,
    reserve: Reserve,
    pace: f64,
    hour: Duration,
    minute: Duration,
    shared: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Reserve {
    Share(f64),
    Requests(u32),
}

impl Default for RateBudget {
    /// Pacing on: a reserve of 5 % of each limit (at least 1 request), an
    /// even spread (`pace` 1.0), Apple's hour and minute, not shared
    /// beyond the clones of one client.
    fn default() -> Self {
        RateBudget {
            enabled: true,
            reserve: Reserve::Share(0.05),
            pace: 1.0,
            hour: HOUR,
            minute: MINUTE,
            shared: false,
        }
    }
}

impl RateBudget {
    /// No pacing: requests go as soon as they are made (the default of a
    /// [`ClientBuilder`](crate::ClientBuilder)).
    pub fn off() -> Self {
        RateBudget {
            enabled: false,
            ..Self::default()
        }
    }

    /// Whether this budget paces at all.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Starts pacing when `requests` or fewer are left in a window (at least
    /// 1 is used; a reserve above a window's limit paces the whole window).
    pub fn reserve(mut self, requests: u32) -> Self {
        self.reserve = Reserve::Requests(requests);
        self
    }

    /// Starts pacing when `share` (0.0 to 1.0) of a window's limit or less is
    /// left; values outside are clamped. At least 1 request is the reserve.
    pub fn reserve_share(mut self, share: f64) -> Self {
        let share = if share.is_nan() { 0.0 } else { share };
        self.reserve = Reserve::Share(share.clamp(0.0, 1.0));
        self
    }

    /// How much slower than an even spread to go once pacing: 1.0 (the
    /// default) spreads the requests left evenly up to the estimated reset;
    /// 2.0 waits twice as long between them. Values under 1.0 (or not
    /// finite) are taken as 1.0: faster than even would run out before the
    /// reset.
    pub fn pace(mut self, factor: f64) -> Self {
        self.pace = if factor.is_finite() {
            factor.max(1.0)
        } else {
            1.0
        };
        self
    }

    /// The length of the hourly and the minute window (Apple's: 1 h and
    /// 60 s). For servers with other windows, such as a test server whose
    /// hour passes in seconds. Zero lengths are taken as 1 ms.
    pub fn windows(mut self, hour: Duration, minute: Duration) -> Self {
        self.hour = hour.max(Duration::from_millis(1));
        self.minute = minute.max(Duration::from_millis(1));
        self
    }

    /// Shares one budget among every client of the same key id in this
    /// process (the first client built sets the settings; later ones with
    /// this option join it while it is alive).
    pub fn shared_by_key(mut self) -> Self {
        self.shared = true;
        self
    }

    fn reserve_for(&self, limit: u32) -> u32 {
        let r = match self.reserve {
            Reserve::Requests(n) => n,
            Reserve::Share(s) => (f64::from(limit) * s).ceil() as u32,
        };
        r.max(1)
    }

    /// The budget a client built with this setting uses: its own, or the
    /// process-wide one of `key_id`.
    pub(crate) fn make(&self, key_id: &str) -> Option<Arc<Budget>> {
        if !self.enabled {
            return None;
        }
        if !self.shared {
            return Some(Arc::new(Budget::new(self.clone())));
        }
        static REGISTRY: Mutex<Option<HashMap<String, Weak<Budget>>>> = Mutex::new(None);
        let mut registry = REGISTRY.lock().unwrap_or_else(|p| p.into_inner());
        let map = registry.get_or_insert_with(HashMap::new);
        map.retain(|_, b| b.strong_count() > 0);
        if let Some(budget) = map.get(key_id).and_then(Weak::upgrade) {
            return Some(budget);
        }
        let budget = Arc::new(Budget::new(self.clone()));
        map.insert(key_id.to_owned(), Arc::downgrade(&budget));
        Some(budget)
    }
}

/// What a budget currently believes about one window; see
/// [`Client::rate_estimate`](crate::Client::rate_estimate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct WindowEstimate {
    /// Requests allowed in the window, as Apple reported.
    pub limit: u32,
    /// The lowest remaining count reported in the current window.
    pub remaining: u32,
    /// Below or at this remaining count, requests are paced.
    pub reserve: u32,
    /// Time until the window is estimated to reset (zero when the estimate
    /// has passed and a fresh answer is awaited).
    pub resets_in: Duration,
}

/// What a budget currently believes; see
/// [`Client::rate_estimate`](crate::Client::rate_estimate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateEstimate {
    /// The hourly window, once an answer reported it.
    pub hour: Option<WindowEstimate>,
    /// The minute window, once an answer reported it.
    pub minute: Option<WindowEstimate>,
    /// Requests sent and not yet answered.
    pub in_flight: u32,
    /// True while requests are being spread out or held.
    pub pacing: bool,
}

/// One window's estimate.
#[derive(Debug, Clone)]
struct Window {
    len: Duration,
    /// Unknown until an answer reports this window.
    limit: Option<u32>,
    remaining: u32,
    /// When the answer that reported `remaining` arrived: a request let go
    /// after it was counted after it, so it can only report more if the
    /// window rolled.
    low_at: Instant,
    start: Instant,
    /// Set when the estimated reset passed without a fresh answer.
    expired_at: Option<Instant>,
}

impl Window {
    fn new(len: Duration, now: Instant) -> Self {
        Window {
            len,
            limit: None,
            remaining: 0,
            low_at: now,
            start: now,
            expired_at: None,
        }
    }

    fn reset_at(&self) -> Instant {
        self.start + self.len
    }

    /// A new window, starting at `now` with `remaining` as reported.
    fn restart(&mut self, now: Instant, remaining: u32) {
        self.start = now;
        self.low_at = now;
        self.remaining = remaining;
    }

    /// Learns from one answer, arriving at `now`, of a request let go at `granted`.
    fn observe(
        &mut self,
        granted: Instant,
        now: Instant,
        limit: Option<u32>,
        remaining: Option<u32>,
    ) {
        let (Some(limit), Some(remaining)) = (limit, remaining) else {
            // Not reported (or not both entries): nothing to learn, but a
            // fresh answer ends the wait for one.
            if self.expired_at.is_some_and(|at| granted >= at) {
                self.expired_at = None;
                self.restart(now, self.remaining);
            }
            return;
        };
        let remaining = remaining.min(limit);
        if self.limit.is_none() {
            // Window start unknown: it began at this answer or earlier.
            self.limit = Some(limit);
            self.restart(now, remaining);
            return;
        }
        self.limit = Some(limit);
        if let Some(at) = self.expired_at {
            if granted < at {
                return;
            }
            // A fresh answer after the estimated reset: rolled or not, the
            // window is taken to start now, with what it reports.
            self.expired_at = None;
            self.restart(now, remaining);
            return;
        }
        if granted < self.start {
            // Sent before this window began: it may have been counted in the
            // window before or in this one, and its answer cannot tell which
            // (answers arrive out of order). Count it in this one, so that
            // leaving the in-flight count does not hand its place out again.
            self.remaining = self.remaining.saturating_sub(1);
            return;
        }
        if remaining > self.remaining && granted > self.low_at {
            // Let go after the lowest count arrived, so counted after it,
            // yet reporting more: the window rolled. (An answer of a request
            // let go earlier may report more by any number: answers arrive
            // out of order, and the count of requests in flight does not
            // bound how far.)
            self.restart(now, remaining);
        } else if remaining < self.remaining {
            self.remaining = remaining;
            self.low_at = now;
        }
    }

    /// Marks the window over once its estimated reset passed.
    fn expire(&mut self, now: Instant) {
        if self.limit.is_some() && self.expired_at.is_none() && now >= self.reset_at() {
            self.expired_at = Some(now);
        }
    }
}

/// What the budget says to a request that asks to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Go now.
    Go,
    /// Ask again at this instant (or when an answer arrives).
    Until(Instant),
    /// Ask again when an answer arrives (a probe is out).
    Answer,
}

struct State {
    hour: Window,
    minute: Window,
    in_flight: u32,
    /// True until the first answer arrives.
    unseen: bool,
    last_grant: Option<Instant>,
    pacing: bool,
}

/// A budget shared by the clones of a client (or the clients of a key).
pub(crate) struct Budget {
    settings: RateBudget,
    state: Mutex<State>,
    answered: Notify,
}

impl fmt::Debug for Budget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Budget")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl Budget {
    pub(crate) fn new(settings: RateBudget) -> Self {
        let now = Instant::now();
        Budget {
            state: Mutex::new(State {
                hour: Window::new(settings.hour, now),
                minute: Window::new(settings.minute, now),
                in_flight: 0,
                unseen: true,
                last_grant: None,
                pacing: false,
            }),
            settings,
            answered: Notify::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Decides for one request at `now`; on `Go` it is counted in flight.
    pub(crate) fn decide(&self, now: Instant) -> Decision {
        let mut s = self.lock();
        let decision = self.decide_locked(&mut s, now);
        let paced = matches!(decision, Decision::Until(_));
        if paced != s.pacing && decision != Decision::Answer {
            s.pacing = paced;
            let est = self.estimate_locked(&s, now);
            if paced {
                tracing::info!(
                    hour = ?est.hour,
                    minute = ?est.minute,
                    "rate budget: pacing starts (remaining count at or under the reserve)"
                );
            } else {
                tracing::info!(
                    hour = ?est.hour,
                    minute = ?est.minute,
                    "rate budget: pacing stops"
                );
            }
        }
        if decision == Decision::Go {
            s.in_flight += 1;
            s.last_grant = Some(now);
        }
        decision
    }

    fn decide_locked(&self, s: &mut State, now: Instant) -> Decision {
        if s.unseen {
            // Limits unknown: one request at a time until the first answer.
            return if s.in_flight == 0 {
                Decision::Go
            } else {
                Decision::Answer
            };
        }
        s.hour.expire(now);
        s.minute.expire(now);
        let mut until: Option<Instant> = None;
        for w in [&s.hour, &s.minute] {
            let Some(limit) = w.limit else { continue };
            if w.expired_at.is_some() {
                continue;
            }
            let left = w.remaining.saturating_sub(s.in_flight);
            if left > self.settings.reserve_for(limit) {
                continue;
            }
            let reset = w.reset_at();
            let at = if left == 0 {
                reset
            } else {
                let from = s.last_grant.unwrap_or(now).min(now);
                let gap = reset.saturating_duration_since(from) / left;
                from + gap.mul_f64(self.settings.pace)
            };
            until = Some(until.map_or(at, |u| u.max(at)));
        }
        if let Some(at) = until.filter(|at| *at > now) {
            return Decision::Until(at);
        }
        if s.probing() {
            // An estimated reset passed: one request finds out what is left.
            return if s.in_flight == 0 {
                Decision::Go
            } else {
                Decision::Answer
            };
        }
        Decision::Go
    }

    /// Learns from the answer of a request let go at `granted`.
    pub(crate) fn observe(&self, granted: Instant, rate_limit: Option<RateLimit>) {
        let now = Instant::now();
        let mut s = self.lock();
        self.observe_locked(&mut s, granted, now, rate_limit);
        drop(s);
        self.answered.notify_waiters();
    }

    fn observe_locked(
        &self,
        s: &mut State,
        granted: Instant,
        now: Instant,
        rate_limit: Option<RateLimit>,
    ) {
        s.in_flight = s.in_flight.saturating_sub(1);
        s.unseen = false;
        // An answer without the header (or a window it does not report)
        // teaches nothing; only a fresh one ends a probe.
        let rl = rate_limit.unwrap_or_default();
        s.hour
            .observe(granted, now, rl.hour_limit, rl.hour_remaining);
        s.minute
            .observe(granted, now, rl.minute_limit, rl.minute_remaining);
    }

    /// A request let go that got no answer (a broken connection, a
    /// cancelled future): it is no longer in flight.
    pub(crate) fn release(&self) {
        let mut s = self.lock();
        s.in_flight = s.in_flight.saturating_sub(1);
        drop(s);
        self.answered.notify_waiters();
    }

    pub(crate) fn estimate(&self) -> RateEstimate {
        let s = self.lock();
        self.estimate_locked(&s, Instant::now())
    }

    fn estimate_locked(&self, s: &State, now: Instant) -> RateEstimate {
        let window = |w: &Window| {
            w.limit.map(|limit| WindowEstimate {
                limit,
                remaining: w.remaining,
                reserve: self.settings.reserve_for(limit),
                resets_in: if w.expired_at.is_some() {
                    Duration::ZERO
                } else {
                    w.reset_at().saturating_duration_since(now)
                },
            })
        };
        RateEstimate {
            hour: window(&s.hour),
            minute: window(&s.minute),
            in_flight: s.in_flight,
            pacing: s.pacing,
        }
    }

    /// Waits until a request may go; `deadline` is when its operation must
    /// end. A wait known to end after it fails at once.
    pub(crate) async fn acquire(
        self: &Arc<Self>,
        deadline: Option<(Instant, Duration)>,
    ) -> Result<Grant, Error> {
        let grant = |at| Grant {
            budget: Some(Arc::clone(self)),
            at,
        };
        loop {
            // Far from the limit, the request goes without registering for answers.
            let now = Instant::now();
            if self.decide(now) == Decision::Go {
                return Ok(grant(now));
            }
            // Held: registered for answers before deciding again, so that an
            // answer arriving in between is not missed.
            let mut answered = std::pin::pin!(self.answered.notified());
            answered.as_mut().enable();
            let now = Instant::now();
            match self.decide(now) {
                Decision::Go => return Ok(grant(now)),
                Decision::Until(at) => {
                    if let Some((end, limit)) = deadline
                        && at > end
                    {
                        return Err(Error::RateBudget {
                            wait: at - now,
                            deadline: limit,
                            estimate: self.estimate(),
                        });
                    }
                    let sleep = std::pin::pin!(tokio::time::sleep_until(at));
                    futures_util::future::select(sleep, answered).await;
                }
                Decision::Answer => answered.await,
            }
        }
    }
}

impl State {
    fn probing(&self) -> bool {
        self.hour.expired_at.is_some() || self.minute.expired_at.is_some()
    }
}

/// Permission for one request; reports its answer back to the budget, or
/// (dropped unanswered) frees its place.
pub(crate) struct Grant {
    budget: Option<Arc<Budget>>,
    at: Instant,
}

impl Grant {
    /// Reports the answer's rate limit (`None` when it had no header).
    pub(crate) fn observe(mut self, rate_limit: Option<RateLimit>) {
        if let Some(budget) = self.budget.take() {
            budget.observe(self.at, rate_limit);
        }
    }
}

impl Drop for Grant {
    fn drop(&mut self) {
        if let Some(budget) = self.budget.take() {
            budget.release();
        }
    }
}

/// A place for one attempt: a slot under
/// [`max_in_flight`](crate::ClientBuilder::max_in_flight) and the budget's
/// permission, both given back when it is dropped.
pub(crate) struct Admission {
    _slot: Option<tokio::sync::OwnedSemaphorePermit>,
    grant: Option<Grant>,
}

impl Admission {
    /// Waits for a slot, then for the budget; `deadline` is when the
    /// operation must end.
    pub(crate) async fn wait(
        slots: Option<&Arc<tokio::sync::Semaphore>>,
        budget: Option<&Arc<Budget>>,
        deadline: Option<(Instant, Duration)>,
    ) -> Result<Admission, Error> {
        let slot = match slots {
            // The semaphore is never closed, so acquiring only waits.
            Some(slots) => Arc::clone(slots).acquire_owned().await.ok(),
            None => None,
        };
        let grant = match budget {
            Some(budget) => Some(budget.acquire(deadline).await?),
            None => None,
        };
        Ok(Admission { _slot: slot, grant })
    }

    /// Reports the answer's rate limit to the budget.
    pub(crate) fn observe(mut self, rate_limit: Option<RateLimit>) {
        if let Some(grant) = self.grant.take() {
            grant.observe(rate_limit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rl(hl: u32, hr: u32) -> Option<RateLimit> {
        Some(RateLimit {
            hour_limit: Some(hl),
            hour_remaining: Some(hr),
            ..RateLimit::default()
        })
    }

    fn rlm(hl: u32, hr: u32, ml: u32, mr: u32) -> Option<RateLimit> {
        Some(RateLimit {
            hour_limit: Some(hl),
            hour_remaining: Some(hr),
            minute_limit: Some(ml),
            minute_remaining: Some(mr),
        })
    }

    /// A budget with Apple's windows and a 10-request reserve, driven by an
    /// explicit clock `t0 + offset`.
    fn budget() -> (Budget, Instant) {
        let b = Budget::new(RateBudget::default().reserve(10));
        (b, Instant::now())
    }

    fn go(b: &Budget, at: Instant) {
        assert_eq!(b.decide(at), Decision::Go);
    }

    fn answer(b: &Budget, granted: Instant, now: Instant, r: Option<RateLimit>) {
        let mut s = b.lock();
        b.observe_locked(&mut s, granted, now, r);
    }

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn window_start_unknown_starts_at_the_first_answer() {
        let (b, t0) = budget();
        go(&b, t0);
        // Until the first answer, one request at a time.
        assert_eq!(b.decide(t0), Decision::Answer);
        answer(&b, t0, t0 + S, rl(3600, 5));
        let s = b.lock();
        assert_eq!(s.hour.limit, Some(3600));
        assert_eq!(s.hour.remaining, 5);
        // The reset is estimated a whole hour after the answer: never earlier
        // than the real one, whenever the real window began.
        assert_eq!(s.hour.reset_at(), t0 + S + HOUR);
        drop(s);
        // 5 left, under the reserve: spread over the hour left.
        match b.decide(t0 + S) {
            Decision::Until(at) => {
                let gap = at - (t0 + S);
                assert!(gap >= HOUR / 5 - S && gap <= HOUR / 5 + S, "{gap:?}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn far_from_the_limit_requests_go_at_once() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 3599));
        for _ in 0..100 {
            go(&b, t0);
        }
        assert_eq!(b.estimate().in_flight, 100);
        assert!(!b.estimate().pacing);
    }

    #[test]
    fn requests_in_flight_count_as_spent() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 20));
        // 20 left, reserve 10: 10 go at once, the 11th waits.
        for _ in 0..10 {
            go(&b, t0);
        }
        assert!(matches!(b.decide(t0), Decision::Until(_)));
        assert!(b.estimate().pacing);
    }

    #[test]
    fn remaining_count_going_up_means_the_window_rolled() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 100));
        let t1 = t0 + 10 * S;
        go(&b, t1);
        go(&b, t1);
        // Out of order within one window: 99 after 98 is reordering.
        answer(&b, t1, t1, rl(3600, 98));
        answer(&b, t1, t1, rl(3600, 99));
        assert_eq!(b.lock().hour.remaining, 98);
        assert_eq!(b.lock().hour.start, t0);
        // Up by more than the requests in flight: a new window, from this answer.
        let t2 = t0 + 20 * S;
        go(&b, t2);
        answer(&b, t2, t2, rl(3600, 3599));
        let s = b.lock();
        assert_eq!(s.hour.remaining, 3599);
        assert_eq!(s.hour.start, t2);
    }

    #[test]
    fn answers_from_before_a_roll_count_as_spent_in_the_new_window() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 100));
        let old = t0 + S;
        go(&b, old);
        let t2 = t0 + 20 * S;
        go(&b, t2);
        answer(&b, t2, t2, rl(3600, 3599));
        // The request sent before the roll answers late with the old count:
        // not believed, but its place is not handed out again either.
        answer(&b, old, t2 + S, rl(3600, 97));
        let s = b.lock();
        assert_eq!(s.hour.remaining, 3598);
        assert_eq!(s.hour.start, t2);
    }

    /// Seen in the crawl test: a burst of requests answered out of order
    /// reports counts that go up by more than the requests still in flight,
    /// within one window. Only a request let go after the lowest count
    /// arrived can show a roll.
    #[test]
    fn answers_out_of_order_by_more_than_in_flight_are_not_a_roll() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 40));
        let burst = t0 + S;
        for _ in 0..8 {
            go(&b, burst);
        }
        // Served in order 39..32, answered with the lowest first and the
        // highest last, when one request is still in flight: up by 7.
        answer(&b, burst, burst + S, rl(3600, 32));
        for left in 33..=39 {
            answer(&b, burst, burst + 2 * S, rl(3600, left));
        }
        let s = b.lock();
        assert_eq!((s.hour.remaining, s.hour.start), (32, t0));
        drop(s);
        // Let go after the 32 arrived and reporting more: rolled.
        let later = burst + 3 * S;
        go(&b, later);
        answer(&b, later, later + S, rl(3600, 3599));
        let s = b.lock();
        assert_eq!((s.hour.remaining, s.hour.start), (3599, later + S));
    }

    #[test]
    fn at_zero_requests_wait_for_the_reset_then_one_probes() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 0));
        assert_eq!(b.decide(t0 + S), Decision::Until(t0 + HOUR));
        let after = t0 + HOUR;
        // The estimate passed: one probe, the others wait for its answer.
        go(&b, after);
        assert_eq!(b.decide(after), Decision::Answer);
        assert_eq!(b.estimate().hour.map(|h| h.resets_in), Some(Duration::ZERO));
        answer(&b, after, after + S, rl(3600, 3599));
        go(&b, after + S);
        go(&b, after + S);
        assert_eq!(b.lock().hour.start, after + S);
    }

    #[test]
    fn a_probe_that_shows_no_roll_restarts_the_window_later() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 0));
        let after = t0 + HOUR;
        go(&b, after);
        answer(&b, after, after + S, rl(3600, 0));
        // Slower: a whole window from that answer.
        assert_eq!(b.decide(after + S), Decision::Until(after + S + HOUR));
    }

    #[test]
    fn minute_entries_absent_pace_only_the_hour() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 3000));
        assert!(b.estimate().minute.is_none());
        for _ in 0..50 {
            go(&b, t0);
        }
        // Once reported, the minute window paces too...
        answer(&b, t0, t0, rlm(3600, 2999, 60, 5));
        assert!(matches!(b.decide(t0), Decision::Until(_)));
        // ...and an answer without minute entries keeps what was learnt.
        answer(&b, t0, t0 + S, rl(3600, 2998));
        let m = b.estimate().minute.unwrap();
        assert_eq!((m.limit, m.remaining), (60, 5));
    }

    #[test]
    fn minute_window_paces_and_rolls() {
        let (b, t0) = budget();
        go(&b, t0);
        answer(&b, t0, t0, rlm(3600, 3599, 40, 39));
        // Reserve 10 of the minute: 29 go, then pacing over the minute.
        for _ in 0..29 {
            go(&b, t0);
        }
        let Decision::Until(at) = b.decide(t0) else {
            panic!("not paced")
        };
        assert_eq!(at, t0 + MINUTE / 10);
        // After the minute: a probe, then a burst again.
        for _ in 0..29 {
            b.release();
        }
        let later = t0 + MINUTE;
        go(&b, later);
        assert_eq!(b.decide(later), Decision::Answer);
        answer(&b, later, later, rlm(3600, 3560, 40, 39));
        go(&b, later);
    }

    #[test]
    fn header_absent_or_malformed_changes_nothing() {
        let (b, t0) = budget();
        go(&b, t0);
        // No header on the first answer: nothing known, nothing paced.
        answer(&b, t0, t0, None);
        for _ in 0..100 {
            go(&b, t0);
        }
        for _ in 0..100 {
            b.release();
        }
        go(&b, t0);
        answer(&b, t0, t0, rl(3600, 5));
        let state = |b: &Budget| {
            let s = b.lock();
            (s.hour.limit, s.hour.remaining, s.hour.start)
        };
        let before = state(&b);
        // Malformed values parse to None, or to a limit without a remaining count.
        for bad in [
            RateLimit::parse("user-hour-lim:abc;user-hour-rem:-1"),
            RateLimit::parse("garbage"),
            RateLimit::parse("user-hour-lim:3600"),
        ] {
            go_or_wait(&b, t0);
            answer(&b, t0, t0 + S, bad);
            assert_eq!(state(&b), before, "{bad:?}");
        }
        // A remaining count above the limit is read as the limit.
        go_or_wait(&b, t0);
        answer(&b, t0 + 2 * S, t0 + 2 * S, rl(100, 1000));
        assert_eq!(b.estimate().hour.map(|h| h.remaining), Some(100));
    }

    /// Counts a request in flight whatever the budget says (a test shortcut).
    fn go_or_wait(b: &Budget, _at: Instant) {
        b.lock().in_flight += 1;
    }

    #[test]
    fn settings_are_clamped() {
        let b = RateBudget::default().reserve_share(7.0).pace(f64::NAN);
        assert_eq!(b.reserve_for(100), 100);
        assert_eq!(b.pace, 1.0);
        assert_eq!(RateBudget::default().reserve_for(3600), 180);
        assert_eq!(RateBudget::default().reserve_for(10), 1);
        assert_eq!(RateBudget::default().pace(0.5).pace, 1.0);
        assert!(!RateBudget::off().is_enabled());
        assert!(RateBudget::off().make("K").is_none());
    }

    #[test]
    fn shared_by_key_joins_one_budget() {
        let a = RateBudget::default().shared_by_key().make("KEY1").unwrap();
        let b = RateBudget::default().shared_by_key().make("KEY1").unwrap();
        let c = RateBudget::default().shared_by_key().make("KEY2").unwrap();
        let d = RateBudget::default().make("KEY1").unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &c));
        assert!(!Arc::ptr_eq(&a, &d));
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_past_the_deadline_fails_at_once() {
        let b = Arc::new(Budget::new(RateBudget::default()));
        let g = b.acquire(None).await.unwrap();
        g.observe(rl(3600, 0));
        let started = Instant::now();
        let e = b
            .acquire(Some((Instant::now() + 10 * S, 10 * S)))
            .await
            .err()
            .unwrap();
        assert_eq!(Instant::now(), started, "no wait before failing");
        let text = e.to_string();
        assert!(text.contains("rate budget"), "{text}");
        assert!(matches!(e, Error::RateBudget { .. }));
    }

    #[tokio::test(start_paused = true)]
    async fn paced_requests_are_spread_over_the_window() {
        let b = Arc::new(Budget::new(RateBudget::default().reserve(10)));
        let g = b.acquire(None).await.unwrap();
        g.observe(rl(3600, 4));
        let t0 = Instant::now();
        let mut at = Vec::new();
        for _ in 0..4 {
            let g = b.acquire(None).await.unwrap();
            at.push(Instant::now() - t0);
            let left = b.lock().hour.remaining - 1;
            g.observe(rl(3600, left));
        }
        // 4 left over an hour: one every 15 minutes, the last at the reset.
        let quarter = HOUR / 4;
        assert_eq!(at, vec![quarter, 2 * quarter, 3 * quarter, 4 * quarter]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_dropped_grant_frees_its_place() {
        let b = Arc::new(Budget::new(RateBudget::default()));
        let g = b.acquire(None).await.unwrap();
        drop(g);
        assert_eq!(b.estimate().in_flight, 0);
        let _again = b.acquire(None).await.unwrap();
    }
}
