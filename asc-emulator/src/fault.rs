//! Fault injection: answers App Store Connect gives on a bad day, queued per
//! route by tests, or drawn at random for soak runs.

use std::time::Duration;

use axum::http::Method;
use bytes::Bytes;

use crate::apple::{AppleError, title_for};
use crate::builder::DEFAULT_HOURLY_LIMIT;
use crate::query;

/// Something to do to one request instead of (or on top of) answering it normally.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Answer with this status, headers and body.
    Status {
        /// HTTP status.
        status: u16,
        /// Extra headers, such as `Retry-After`.
        headers: Vec<(String, String)>,
        /// The body, sent as it is.
        body: Bytes,
    },
    /// Wait this long, then handle the request normally (to run past a client's timeout).
    Delay(Duration),
    /// Send the status line, the headers (with the full `Content-Length`) and part of
    /// the real body, then drop the connection.
    CloseMidBody,
    /// Send the real answer with its JSON body cut in half (and a `Content-Length`
    /// that matches the cut body), so the HTTP exchange succeeds but decoding fails.
    TruncatedJson,
    /// Close the connection without sending anything.
    ResetBeforeResponse,
    /// Handle the request, then make the page's `links.next` (and
    /// `meta.paging.nextCursor`, when there is one) repeat the request's own
    /// URL, as Apple has done: a crawl that follows it blindly reads the same
    /// page forever. Meant for list routes; any other JSON object answer gets
    /// the `links.next` too, and a non-JSON or error answer is left as it is.
    RepeatedNext,
    /// The cursor has expired: the request gets Apple's 400
    /// `PARAMETER_ERROR.INVALID` "'X' is not a valid cursor for this request"
    /// (with `source.parameter: cursor`) instead of its page. It matches only
    /// requests that carry a `cursor` parameter, so queued on a list's route
    /// it hits the first page after the first one.
    ExpiredCursor,
}

impl Fault {
    /// An Apple `ErrorResponse` with this status and code, such as
    /// `Fault::apple_error(500, "UNEXPECTED_ERROR")`.
    pub fn apple_error(status: u16, code: &str) -> Fault {
        let detail = match code {
            "UNEXPECTED_ERROR" => {
                "An unexpected error occurred on the server side. If this issue continues, contact us at \
                 https://developer.apple.com/contact/."
            }
            "RATE_LIMIT_EXCEEDED" => {
                "We've received too many requests for this API. Please wait and try again or slow down \
                 your request rate."
            }
            _ => "Injected by the emulator.",
        };
        let doc = AppleError::new(status, code, title_for(status), detail).document();
        Fault::Status {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: Bytes::from(serde_json::to_vec(&doc).unwrap_or_default()),
        }
    }

    /// Apple's 429: `RATE_LIMIT_EXCEEDED` with Apple's title and detail, and
    /// `X-Rate-Limit: user-hour-lim:3600;user-hour-rem:{hour_remaining};`,
    /// without `Retry-After` (Apple sends none). With `hour_remaining` 0 it
    /// is the hourly allowance spent, which a client should not retry within
    /// seconds; with more left it is a burst refused, which it should.
    /// Queued with [`Injection::skip`], it is a 429 on the nth page of a crawl.
    pub fn rate_limited(hour_remaining: u64) -> Fault {
        let doc = AppleError::rate_limited().document();
        Fault::Status {
            status: 429,
            headers: vec![
                ("Content-Type".into(), "application/json".into()),
                (
                    "X-Rate-Limit".into(),
                    format!("user-hour-lim:{DEFAULT_HOURLY_LIMIT};user-hour-rem:{hour_remaining};"),
                ),
            ],
            body: Bytes::from(serde_json::to_vec(&doc).unwrap_or_default()),
        }
    }

    /// Whether this fault can apply to a request with this query string:
    /// [`Fault::ExpiredCursor`] needs a `cursor` parameter, the others apply to any.
    fn applies_to(&self, query: Option<&str>) -> bool {
        match self {
            Fault::ExpiredCursor => cursor_of(query).is_some(),
            _ => true,
        }
    }

    /// A JSON error with a `Retry-After: secs` header (a 503 or 429 that says when to come back).
    pub fn retry_after(status: u16, secs: u64) -> Fault {
        let code = match status {
            429 => "RATE_LIMIT_EXCEEDED",
            503 => "SERVICE_UNAVAILABLE",
            _ => "UNEXPECTED_ERROR",
        };
        Fault::apple_error(status, code).with_header("Retry-After", &secs.to_string())
    }

    /// An HTML error page, as a proxy or load balancer in front of the API sends.
    pub fn html(status: u16) -> Fault {
        let body = format!(
            "<!DOCTYPE html><html><head><title>{status} Error</title></head><body><h1>{status}</h1>\
             <p>The server encountered a temporary error and could not complete your request.</p>\
             </body></html>"
        );
        Fault::Status {
            status,
            headers: vec![("Content-Type".into(), "text/html; charset=utf-8".into())],
            body: Bytes::from(body),
        }
    }

    /// Adds a header to a [`Fault::Status`]; other faults are returned unchanged.
    pub fn with_header(mut self, name: &str, value: &str) -> Fault {
        if let Fault::Status { headers, .. } = &mut self {
            headers.push((name.to_owned(), value.to_owned()));
        }
        self
    }
}

/// Which requests a fault applies to: an optional method and a path glob.
///
/// In the glob, `*` matches within one path segment and `**` matches anything,
/// `/` included: `/v1/gameCenterAchievementImages/*`, `/upload/**`, `**`.
/// The query string is not part of the match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRoute {
    method: Option<Method>,
    pattern: String,
}

impl FaultRoute {
    /// Requests with this method whose path matches `pattern`.
    pub fn new(method: Method, pattern: impl Into<String>) -> FaultRoute {
        FaultRoute {
            method: Some(method),
            pattern: pattern.into(),
        }
    }

    /// Requests of any method whose path matches `pattern`.
    pub fn path(pattern: impl Into<String>) -> FaultRoute {
        FaultRoute {
            method: None,
            pattern: pattern.into(),
        }
    }

    /// Every request.
    pub fn any() -> FaultRoute {
        FaultRoute::path("**")
    }

    /// `GET pattern`.
    pub fn get(pattern: impl Into<String>) -> FaultRoute {
        FaultRoute::new(Method::GET, pattern)
    }

    /// `POST pattern`.
    pub fn post(pattern: impl Into<String>) -> FaultRoute {
        FaultRoute::new(Method::POST, pattern)
    }

    /// `PATCH pattern`.
    pub fn patch(pattern: impl Into<String>) -> FaultRoute {
        FaultRoute::new(Method::PATCH, pattern)
    }

    /// `DELETE pattern`.
    pub fn delete(pattern: impl Into<String>) -> FaultRoute {
        FaultRoute::new(Method::DELETE, pattern)
    }

    /// Every part upload (`PUT /upload/**`), the emulator's stand-in for Apple's
    /// pre-signed upload URLs.
    pub fn uploads() -> FaultRoute {
        FaultRoute::new(Method::PUT, "/upload/**")
    }

    /// True when this route covers `method path`.
    pub fn matches(&self, method: &Method, path: &str) -> bool {
        self.method.as_ref().is_none_or(|m| m == method)
            && glob(self.pattern.as_bytes(), path.as_bytes())
    }
}

fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match pattern {
        [] => text.is_empty(),
        [b'*', b'*', rest @ ..] => (0..=text.len()).any(|i| glob(rest, &text[i..])),
        [b'*', rest @ ..] => {
            let seg = text.iter().position(|&c| c == b'/').unwrap_or(text.len());
            (0..=seg).any(|i| glob(rest, &text[i..]))
        }
        [c, rest @ ..] => text.first() == Some(c) && glob(rest, &text[1..]),
    }
}

/// A fault with how often and when it applies; see [`Emulator::inject_with`](crate::Emulator::inject_with).
#[derive(Debug, Clone)]
pub struct Injection {
    route: FaultRoute,
    fault: Fault,
    times: u32,
    skip: u32,
    after_handling: bool,
}

impl Injection {
    /// Applies `fault` once to the next request matching `route`, before handling it.
    pub fn new(route: FaultRoute, fault: Fault) -> Injection {
        Injection {
            route,
            fault,
            times: 1,
            skip: 0,
            after_handling: false,
        }
    }

    /// Lets the first `n` matching requests through untouched; the fault
    /// applies from the one after. A crawl asks a list's route once per page,
    /// so `skip(n - 1)` puts the fault on page `n`:
    ///
    /// ```
    /// use asc_emulator::{Fault, FaultRoute, Injection};
    /// // A 429 on the third page of an achievement's localizations.
    /// let third = Injection::new(
    ///     FaultRoute::get("/v1/gameCenterAchievements/*/localizations"),
    ///     Fault::rate_limited(3000),
    /// )
    /// .skip(2);
    /// # let _ = third;
    /// ```
    pub fn skip(mut self, n: u32) -> Injection {
        self.skip = n;
        self
    }

    /// Applies to the next `n` matching requests instead of one.
    pub fn times(mut self, n: u32) -> Injection {
        self.times = n;
        self
    }

    /// Handles the request for real first (a write is applied), then applies the
    /// fault to the answer: the client sees a 503, a reset or a stall although the
    /// change was made, as happens with Apple's API now and then.
    ///
    /// [`Fault::CloseMidBody`] and [`Fault::TruncatedJson`] always work on the real
    /// answer, so for them this makes no difference.
    pub fn after_handling(mut self) -> Injection {
        self.after_handling = true;
        self
    }
}

/// Random faults for soak tests: each request matching `route` gets a fault with
/// probability `probability`, drawn from `faults` by a generator seeded with `seed`.
#[derive(Debug, Clone)]
pub struct RandomFaults {
    probability: f64,
    seed: u64,
    faults: Vec<Fault>,
    route: FaultRoute,
    after_handling: f64,
}

impl RandomFaults {
    /// Faults on `probability` (0.0 to 1.0) of all requests, from the default mix:
    /// Apple 500, 503 and 429 errors (without `Retry-After`), an HTML 502, a 504,
    /// a connection closed before and in the middle of the body, a truncated body.
    pub fn new(probability: f64, seed: u64) -> RandomFaults {
        RandomFaults {
            probability: probability.clamp(0.0, 1.0),
            seed,
            faults: vec![
                Fault::apple_error(500, "UNEXPECTED_ERROR"),
                Fault::apple_error(503, "SERVICE_UNAVAILABLE"),
                Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
                Fault::html(502),
                Fault::html(504),
                Fault::ResetBeforeResponse,
                Fault::CloseMidBody,
                Fault::TruncatedJson,
            ],
            route: FaultRoute::any(),
            after_handling: 0.0,
        }
    }

    /// Draws from these faults instead of the default mix (an empty list injects nothing).
    pub fn faults(mut self, faults: Vec<Fault>) -> RandomFaults {
        self.faults = faults;
        self
    }

    /// Only requests matching `route` may get a fault.
    pub fn route(mut self, route: FaultRoute) -> RandomFaults {
        self.route = route;
        self
    }

    /// The share (0.0 to 1.0) of injected faults applied after the real handling.
    /// A 429 or 401 is always answered before handling, as Apple does: it
    /// refuses the request before applying anything.
    pub fn after_handling(mut self, share: f64) -> RandomFaults {
        self.after_handling = share.clamp(0.0, 1.0);
        self
    }
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub(crate) struct Planned {
    pub fault: Fault,
    pub after_handling: bool,
}

#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    queue: Vec<Injection>,
    random: Option<(RandomFaults, u64)>,
    pub injected: u64,
}

impl FaultQueue {
    pub fn push(&mut self, injection: Injection) {
        if injection.times > 0 {
            self.queue.push(injection);
        }
    }

    pub fn clear(&mut self) {
        self.queue.clear();
        self.random = None;
    }

    pub fn pending(&self) -> usize {
        self.queue.iter().map(|i| i.times as usize).sum()
    }

    pub fn set_random(&mut self, random: Option<RandomFaults>) {
        self.random = random.map(|r| {
            let state = r.seed;
            (r, state)
        });
    }

    /// The fault for this request, if any; queued faults first, in order.
    /// A queued fault still skipping requests counts this one and lets it by.
    pub fn take(&mut self, method: &Method, path: &str, query: Option<&str>) -> Option<Planned> {
        let mut chosen = None;
        for (i, inj) in self.queue.iter_mut().enumerate() {
            if !inj.route.matches(method, path) || !inj.fault.applies_to(query) {
                continue;
            }
            if inj.skip > 0 {
                inj.skip -= 1;
                continue;
            }
            chosen = Some(i);
            break;
        }
        if let Some(i) = chosen {
            let inj = &mut self.queue[i];
            inj.times -= 1;
            let planned = Planned {
                fault: inj.fault.clone(),
                after_handling: inj.after_handling,
            };
            if inj.times == 0 {
                self.queue.remove(i);
            }
            self.injected += 1;
            return Some(planned);
        }
        let (random, state) = self.random.as_mut()?;
        if random.faults.is_empty() || !random.route.matches(method, path) {
            return None;
        }
        if unit(state) >= random.probability {
            return None;
        }
        let pick = (unit(state) * random.faults.len() as f64) as usize;
        let fault = random
            .faults
            .get(pick.min(random.faults.len() - 1))?
            .clone();
        if !fault.applies_to(query) {
            return None;
        }
        let refusal = matches!(
            fault,
            Fault::Status {
                status: 429 | 401,
                ..
            }
        );
        let after_handling = unit(state) < random.after_handling && !refusal;
        self.injected += 1;
        Some(Planned {
            fault,
            after_handling,
        })
    }
}

/// The `cursor` parameter of a query string, decoded.
pub(crate) fn cursor_of(query: Option<&str>) -> Option<String> {
    query::pairs(query)
        .into_iter()
        .find_map(|(k, v)| (k == "cursor").then_some(v))
}

/// splitmix64: a seeded sequence, so a soak run can be replayed.
fn unit(state: &mut u64) -> f64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        let r = FaultRoute::get("/v1/things/*");
        assert!(r.matches(&Method::GET, "/v1/things/abc"));
        assert!(!r.matches(&Method::GET, "/v1/things/abc/rel"));
        assert!(!r.matches(&Method::POST, "/v1/things/abc"));
        assert!(FaultRoute::uploads().matches(&Method::PUT, "/upload/t/0"));
        assert!(FaultRoute::any().matches(&Method::DELETE, "/x/y"));
        assert!(FaultRoute::path("/v1/*/x").matches(&Method::GET, "/v1/a/x"));
        assert!(!FaultRoute::path("/v1/things").matches(&Method::GET, "/v1/things/a"));
    }

    #[test]
    fn queued_faults_are_consumed_in_order() {
        let mut q = FaultQueue::default();
        q.push(Injection::new(FaultRoute::any(), Fault::CloseMidBody).times(2));
        q.push(Injection::new(FaultRoute::get("/a"), Fault::TruncatedJson).after_handling());
        assert_eq!(q.pending(), 3);
        assert_eq!(
            q.take(&Method::GET, "/a", None).unwrap().fault,
            Fault::CloseMidBody
        );
        assert_eq!(
            q.take(&Method::GET, "/b", None).unwrap().fault,
            Fault::CloseMidBody
        );
        let p = q.take(&Method::GET, "/a", None).unwrap();
        assert!(p.after_handling && p.fault == Fault::TruncatedJson);
        assert!(q.take(&Method::GET, "/a", None).is_none());
        assert_eq!(q.injected, 3);
    }

    #[test]
    fn skipped_requests_go_by_and_expired_cursors_need_a_cursor() {
        let mut q = FaultQueue::default();
        q.push(Injection::new(FaultRoute::get("/l"), Fault::rate_limited(3000)).skip(2));
        q.push(Injection::new(FaultRoute::get("/l"), Fault::ExpiredCursor));
        assert!(q.take(&Method::GET, "/l", None).is_none(), "page 1");
        let p = q.take(&Method::GET, "/l", Some("cursor=a")).unwrap();
        assert_eq!(p.fault, Fault::ExpiredCursor, "page 2, while the 429 skips");
        assert!(
            q.take(&Method::GET, "/l", Some("cursor=b")).is_some(),
            "page 3: the 429"
        );
        assert_eq!(q.pending(), 0);
        assert_eq!(
            cursor_of(Some("limit=1&cursor=a%2Db")).as_deref(),
            Some("a-b")
        );
    }

    #[test]
    fn random_faults_follow_probability_and_seed() {
        let run = |seed| {
            let mut q = FaultQueue::default();
            q.set_random(Some(RandomFaults::new(0.05, seed)));
            (0..20_000)
                .map(|_| q.take(&Method::GET, "/x", None).is_some())
                .collect::<Vec<_>>()
        };
        let a = run(7);
        let hits = a.iter().filter(|h| **h).count();
        assert!((800..1200).contains(&hits), "{hits}");
        assert_eq!(a, run(7));
        assert_ne!(a, run(8));
    }

    #[test]
    fn helpers_build_statuses() {
        match Fault::retry_after(503, 2) {
            Fault::Status {
                status,
                headers,
                body,
            } => {
                assert_eq!(status, 503);
                assert!(headers.iter().any(|(n, v)| n == "Retry-After" && v == "2"));
                let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
                assert_eq!(v["errors"][0]["status"], "503");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            Fault::html(502),
            Fault::Status { status: 502, .. }
        ));
        assert_eq!(
            Fault::CloseMidBody.with_header("a", "b"),
            Fault::CloseMidBody
        );
    }
}
