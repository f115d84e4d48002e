//! What the rate budget costs far from the limit: a client with
//! `RateBudget::default()` against the same client with pacing off, on the
//! same loopback server (whose every answer reports
//! `user-hour-lim:3600;user-hour-rem:3599`, so the budget reads and learns
//! from each one but never paces).
//!
//! Each round alternates the two sides (which goes first alternates too)
//! and keeps the ratio of their times; the median over the rounds is the
//! figure, the quartiles its spread. An A/A pair (two clients with pacing
//! off) is measured the same way: its distance from 1.000 is the noise of
//! the method on this machine.
//!
//! Run: `cargo bench -p asc-bench --bench budget`.

use std::future::Future;
use std::time::{Duration, Instant};

use asc_bench::server::Server;
use asc_bench::{IMAGE_ID, client_runtime, fixtures, framework, key, run_concurrent};
use asc_core::{Client, Credentials, RateBudget, RetryPolicy};

fn client(credentials: &Credentials, url: &str, budget: RateBudget) -> Client {
    Client::builder()
        .credentials(credentials.clone())
        .base_url(url)
        .retry(RetryPolicy::none())
        .rate_budget(budget)
        .build()
        .unwrap_or_else(|e| panic!("the benchmark client could not be built: {e}"))
}

fn report(name: &str, mut ratios: Vec<f64>) {
    ratios.sort_by(f64::total_cmp);
    let q = |p: f64| ratios[((ratios.len() - 1) as f64 * p).round() as usize];
    println!(
        "budget/{name}: time ratio median {:.3} (quartiles {:.3}..{:.3}, {} rounds)",
        q(0.5),
        q(0.25),
        q(0.75),
        ratios.len()
    );
}

/// `rounds` rounds of `per_round` pairs of calls, `a` and `b` in turn.
async fn pairs<FA, FB>(
    rounds: usize,
    per_round: u32,
    a: impl Fn() -> FA,
    b: impl Fn() -> FB,
) -> Vec<f64>
where
    FA: Future<Output = ()>,
    FB: Future<Output = ()>,
{
    let mut ratios = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let (mut ta, mut tb) = (Duration::ZERO, Duration::ZERO);
        for i in 0..per_round {
            for a_turn in [i % 2 == 0, i % 2 != 0] {
                let start = Instant::now();
                if a_turn {
                    a().await;
                    ta += start.elapsed();
                } else {
                    b().await;
                    tb += start.elapsed();
                }
            }
        }
        ratios.push(tb.as_secs_f64() / ta.as_secs_f64());
    }
    ratios
}

async fn one(client: Client) {
    framework::read_with_included(&client, IMAGE_ID)
        .await
        .expect("read");
}

async fn batch(client: Client) {
    run_concurrent(640, 64, move || {
        let client = client.clone();
        async move { framework::read_with_included(&client, IMAGE_ID).await }
    })
    .await
}

fn main() {
    let pem = key::pem();
    let credentials = key::credentials(&pem);
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let off = client(&credentials, &url, RateBudget::off());
    let off2 = client(&credentials, &url, RateBudget::off());
    let on = client(&credentials, &url, RateBudget::default());
    let rt = client_runtime();
    let task = rt.spawn(async move {
        let mut out = Vec::new();
        for (name, b) in [("on_vs_off", on.clone()), ("a_a_off_vs_off", off2)] {
            let (a1, b1) = (off.clone(), b.clone());
            let (fa, fb) = (move || one(a1.clone()), move || one(b1.clone()));
            pairs(3, 100, &fa, &fb).await; // warm-up
            out.push((format!("{name}_sequential"), pairs(41, 200, &fa, &fb).await));
            let (a2, b2) = (off.clone(), b.clone());
            let (fa, fb) = (move || batch(a2.clone()), move || batch(b2.clone()));
            pairs(2, 2, &fa, &fb).await;
            out.push((format!("{name}_concurrent64"), pairs(41, 4, &fa, &fb).await));
        }
        let estimate = on.rate_estimate().expect("pacing on");
        assert!(!estimate.pacing, "the budget paced far from the limit");
        out
    });
    for (name, ratios) in rt.block_on(task).expect("the benchmark task failed") {
        report(&name, ratios);
    }
    drop(server);
}
