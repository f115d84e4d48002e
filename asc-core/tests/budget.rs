//! Request budgeting against small servers on 127.0.0.1: `max_in_flight`,
//! the deadline error, and who shares a budget. The proof of issue 12 (a
//! paced crawl sees no 429 and takes about the time the budget allows) runs
//! through the emulator: `tests/tests/budget_emulated.rs`.

mod common;

use std::time::{Duration, Instant};

use asc_core::Method;
use asc_core::{Client, Error, RateBudget, RetryPolicy};
use common::{Reply, TestKey, TestServer};
use futures_util::StreamExt;

fn client(server: &TestServer, budget: RateBudget, retry: RetryPolicy) -> Client {
    Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .retry(retry)
        .rate_budget(budget)
        .build()
        .unwrap()
}

/// `max_in_flight(8)` under `buffer_unordered(64)`: while each answer takes
/// 50 ms, the 9th request after any one arrives 50 ms later or more.
#[tokio::test]
async fn max_in_flight_bounds_the_requests_in_flight() {
    const HOLD: Duration = Duration::from_millis(50);
    async fn arrivals(limit: Option<usize>) -> Vec<Instant> {
        let server = TestServer::start(|_| Reply::ok().delay(HOLD)).await;
        let mut builder = Client::builder()
            .credentials(TestKey::new().team())
            .base_url(server.url());
        if let Some(n) = limit {
            builder = builder.max_in_flight(n);
        }
        let client = builder.build().unwrap();
        futures_util::stream::iter(0..64)
            .map(|_| client.execute(Method::GET, "/v1/apps/1", None))
            .buffer_unordered(64)
            .for_each(|r| async move {
                r.unwrap();
            })
            .await;
        server.requests().iter().map(|r| r.at).collect()
    }
    let bounded = arrivals(Some(8)).await;
    assert_eq!(bounded.len(), 64);
    for i in 0..bounded.len() - 8 {
        let gap = bounded[i + 8] - bounded[i];
        assert!(
            gap >= HOLD - Duration::from_millis(5),
            "requests {i} and {} were in flight together: {gap:?}",
            i + 8
        );
    }
    // Without the limit, more than 8 are in flight at once.
    let unbounded = arrivals(None).await;
    assert!(unbounded[8] - unbounded[0] < HOLD, "the check cannot fail");

    let e = Client::builder()
        .credentials(TestKey::new().team())
        .max_in_flight(0)
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("max_in_flight"), "{e}");
}

/// A request the budget would hold past its deadline fails at once with a
/// message that says why and what to do.
#[tokio::test]
async fn a_wait_longer_than_the_deadline_is_an_error_not_a_hang() {
    let server = TestServer::start(|_| {
        Reply::ok().header("x-rate-limit", "user-hour-lim:3600;user-hour-rem:0;")
    })
    .await;
    let client = client(&server, RateBudget::default(), RetryPolicy::default());
    client
        .execute(Method::GET, "/v1/apps/1", None)
        .await
        .unwrap();
    let started = Instant::now();
    let e = asc_core::Request::with_decoder(&client, Method::GET, "/v1/apps/1", asc_core::Raw)
        .deadline(Duration::from_secs(5))
        .send()
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1), "it waited");
    assert!(matches!(e, Error::RateBudget { .. }), "{e:?}");
    let text = e.to_string();
    assert!(text.contains("0 of 3600 left"), "{text}");
    assert!(text.contains("deadline"), "{text}");
    assert_eq!(server.count(), 1, "the held request was sent");
}

/// Clones share one budget; `shared_by_key` makes two clients of one key
/// share one too.
#[tokio::test]
async fn clones_and_clients_of_one_key_share_the_budget() {
    let server = TestServer::start(|_| {
        Reply::ok().header("x-rate-limit", "user-hour-lim:3600;user-hour-rem:42;")
    })
    .await;
    let key = TestKey::new().team();
    let make = |budget: RateBudget| {
        Client::builder()
            .credentials(key.clone())
            .base_url(server.url())
            .rate_budget(budget)
            .build()
            .unwrap()
    };
    let a = make(RateBudget::default().shared_by_key());
    let b = make(RateBudget::default().shared_by_key());
    let own = make(RateBudget::default());
    a.clone()
        .execute(Method::GET, "/v1/apps/1", None)
        .await
        .unwrap();
    let remaining = |c: &Client| c.rate_estimate().unwrap().hour.map(|h| h.remaining);
    assert_eq!(remaining(&a), Some(42));
    assert_eq!(remaining(&b), Some(42));
    assert_eq!(remaining(&own), None);
}
