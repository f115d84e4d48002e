//! Issue 12's proof, through the emulator: with a budget of 200 requests per
//! (scaled) hour and 40 per minute, 64 tasks crawling 1,000 reads and list
//! pages of asc-resources' declared types see no 429 when the client paces
//! itself, and take about the time the budget allows; with pacing off the
//! same crawl gets 429s.
//!
//! This file holds this one test so that no other test's thread can take
//! the log events it checks (asc-core's `tests/budget.rs` covers the
//! deadline error, `max_in_flight` and shared budgets).
//!
//! The emulator counts the budgets on its own clock with a 3-second "hour"
//! (a 50 ms "minute"), and answers Apple's 429 body and `X-Rate-Limit`
//! header when either runs out; its request log says what each request got.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use asc_core::{Client, RateBudget, RetryPolicy};
use asc_emulator::Emulator;
use asc_resources::{GameCenterAchievement, GameCenterAchievementLocalization};
use futures_util::StreamExt;
use serde_json::json;
use tracing_subscriber::fmt::MakeWriter;

const ACHIEVEMENT: &str = "a1";
/// One of asc-resources' seeded localizations.
const LOCALIZATION: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";
const HOUR: Duration = Duration::from_secs(3);
const PER_HOUR: u64 = 200;
const PER_MINUTE: u64 = 40;
const JOBS: usize = 1000;

async fn emulator() -> Emulator {
    Emulator::builder()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .seed(json!({"data": [
            {"type": "gameCenterAchievements", "id": ACHIEVEMENT,
             "attributes": {"referenceName": "Coffee", "points": 10},
             "relationships": {"localizations": {"data": [
                 {"type": "gameCenterAchievementLocalizations", "id": LOCALIZATION}
             ]}}}
        ]}))
        .rate_limit(PER_HOUR, PER_MINUTE)
        .rate_limit_hour(HOUR)
        .start()
        .await
        .unwrap()
}

/// The crawl: `JOBS` requests, alternately a read by id and the first page of
/// a list, by 64 tasks at once. A 429 makes the task wait and try again,
/// doubling its wait from a minute up to an hour (what fastlane does), so
/// that the crawl finishes with or without pacing.
async fn crawl(client: &Client) {
    futures_util::stream::iter(0..JOBS)
        .map(|i| async move {
            let mut wait = HOUR / 60;
            loop {
                let got = if i % 2 == 0 {
                    GameCenterAchievementLocalization::read(client, LOCALIZATION)
                        .await
                        .map(|r| assert_eq!(r.data.id, LOCALIZATION))
                } else {
                    GameCenterAchievement::list_localizations(client, ACHIEVEMENT)
                        .limit(200)
                        .send()
                        .await
                        .map(|page| assert_eq!(page.data.len(), 1))
                };
                match got {
                    Ok(()) => return,
                    Err(e) if e.status() == Some(429) => {
                        tokio::time::sleep(wait).await;
                        wait = (wait * 2).min(HOUR);
                    }
                    Err(e) => panic!("crawl request {i} failed: {e}"),
                }
            }
        })
        .buffer_unordered(64)
        .collect::<Vec<()>>()
        .await;
}

/// What the emulator answered: (requests, of which 429).
fn answers(emulator: &Emulator) -> (usize, usize) {
    let log = emulator.requests();
    let refused = log.iter().filter(|r| r.status == 429).count();
    (log.len(), refused)
}

/// Every line the client logs on this thread (the crawl's tasks run inside
/// the test's own future, so on this thread).
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Capture {
        self.clone()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paced_crawl_through_the_emulator_sees_no_429_and_takes_the_time_the_budget_allows() {
    let allowed = HOUR * (JOBS as u32 / PER_HOUR as u32);

    let emulator_paced = emulator().await;
    let paced = emulator_paced
        .client_builder()
        .rate_budget(RateBudget::default().windows(HOUR, HOUR / 60))
        .build()
        .unwrap();
    let capture = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_ansi(false)
        .with_writer(capture.clone())
        .finish();
    let guard = tracing::subscriber::set_default(subscriber);
    let started = Instant::now();
    crawl(&paced).await;
    let paced_time = started.elapsed();
    drop(guard);
    let (paced_sent, paced_refused) = answers(&emulator_paced);

    let emulator_unpaced = emulator().await;
    let unpaced = emulator_unpaced
        .client_builder()
        .rate_budget(RateBudget::off())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    crawl(&unpaced).await;
    let unpaced_time = started.elapsed();
    let (unpaced_sent, unpaced_refused) = answers(&emulator_unpaced);

    eprintln!(
        "budget allows {allowed:?}; paced: {paced_time:?} ({:.3}x), {paced_refused} answers of 429, \
         {paced_sent} requests; unpaced: {unpaced_time:?} ({:.3}x), {unpaced_refused} answers of 429, \
         {unpaced_sent} requests",
        paced_time.as_secs_f64() / allowed.as_secs_f64(),
        unpaced_time.as_secs_f64() / allowed.as_secs_f64(),
    );
    assert_eq!(paced_refused, 0, "the paced crawl got 429s");
    assert_eq!(paced_sent, JOBS, "the paced crawl sent more than its jobs");
    assert!(
        paced_time.as_secs_f64() <= 1.2 * allowed.as_secs_f64(),
        "the paced crawl took {paced_time:?}, more than 1.2 x {allowed:?}"
    );
    assert!(unpaced_refused > 0, "the unpaced crawl never got a 429");
    assert_eq!(unpaced_sent - unpaced_refused, JOBS);
    // Not asserted: that the unpaced crawl finishes later. Retries that
    // happen to land just after each roll can end before the paced crawl,
    // which spreads the last hour's reserve up to the estimated reset.

    let text = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        text.contains("pacing starts"),
        "no event when pacing started"
    );
    assert!(
        text.contains("pacing stops"),
        "no event when pacing stopped"
    );
    let estimate = paced.rate_estimate().expect("pacing is on");
    assert_eq!(estimate.hour.map(|h| h.limit), Some(PER_HOUR as u32));
    assert_eq!(estimate.minute.map(|m| m.limit), Some(PER_MINUTE as u32));
    assert_eq!(estimate.in_flight, 0);
    assert!(unpaced.rate_estimate().is_none());
}
