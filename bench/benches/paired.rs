//! Paired ratios: asc against a hand-written floor, measured side by side in
//! one process (issue 14, item 7: cost per request).
//!
//! Set-up: the loopback server (`asc_bench::server`, hyper through axum) runs
//! on a one-thread runtime on its own OS thread; the client side runs on a
//! one-thread (`current_thread`) tokio runtime on the main thread, so the
//! client's own CPU is what the figures measure. Four sides are interleaved
//! in every round, one call at a time, in an order that goes through every
//! permutation of the sides (see `rounds_of`):
//!
//! - `floor`: the hand-written client of `asc_bench::floor` (one
//!   `reqwest::Client` with TCP_NODELAY and a 60 s timeout, a pre-made token,
//!   serde into plain structs);
//! - `floor_b`: a second, independent floor client: floor_b / floor is the
//!   A/A check, which shows what the harness itself can tell apart;
//! - `asc`: the declared `GameCenterAchievementImage` read through asc-core
//!   with its included localization decoded;
//! - `asc_budget`: the same with `RateBudget::default()`. Every answer reports
//!   `user-hour-lim:3600;user-hour-rem:3599`, so the budget reads and learns
//!   from each one but never paces: asc_budget / asc is what the budget costs
//!   far from the limit (issue 12).
//!
//! Two figures: (a) sequential latency, one read at a time (asc / floor
//! time, below 1 means asc is faster); (b) throughput with 64 reads in
//! flight (asc / floor reads per second, above 1 means asc is faster). The
//! median over the rounds is the figure, the quartiles its spread, and the
//! load average is printed with each figure.
//!
//! Environment:
//! - `ASC_BENCH_PIN=C,S`: pin the client (main) thread to CPU `C` and the
//!   server thread to CPU `S` (Linux only; ignored elsewhere);
//! - `ASC_BENCH_ROUNDS=N`: rounds per figure (default 41).
//!
//! Run: `cargo bench -p asc-bench --bench paired` (`-- read` or `-- decode`
//! for one part).

use std::future::Future;
use std::hint::black_box;
use std::time::{Duration, Instant};

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{IMAGE_ID, asc_client, fixtures, floor, framework, key, run_concurrent, selected};
use asc_core::{Client, RateBudget, RetryPolicy};
use bytes::Bytes;

/// The load average (1, 5, 15 min) from `/proc/loadavg`, or "unknown".
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// The CPUs of `ASC_BENCH_PIN=client,server`, when set and valid.
fn pins() -> Option<(usize, usize)> {
    let v = std::env::var("ASC_BENCH_PIN").ok()?;
    let (c, s) = v.split_once(',')?;
    match (c.trim().parse(), s.trim().parse()) {
        (Ok(c), Ok(s)) => Some((c, s)),
        _ => {
            eprintln!("ASC_BENCH_PIN={v:?} ignored: write it as CLIENT_CPU,SERVER_CPU, e.g. 0,1");
            None
        }
    }
}

/// Pins the calling thread to `cpu`; reports (and carries on) when it cannot.
fn pin(cpu: usize) {
    #[cfg(target_os = "linux")]
    // SAFETY: `set` is a plain bit set owned here; sched_setaffinity reads it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) != 0 {
            eprintln!(
                "could not pin to CPU {cpu}: {}",
                std::io::Error::last_os_error()
            );
        }
    }
    #[cfg(not(target_os = "linux"))]
    eprintln!("CPU pinning ({cpu}) is only supported on Linux; ignored");
}

fn pin_server() {
    if let Some((_, server)) = pins() {
        pin(server);
    }
}

fn rounds() -> usize {
    std::env::var("ASC_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(41)
}

/// Median and quartiles of `values`.
fn quartiles(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let q = |p: f64| values[((values.len() - 1) as f64 * p).round() as usize];
    (q(0.25), q(0.5), q(0.75))
}

fn print_ratio(name: &str, what: &str, values: Vec<f64>) {
    let n = values.len();
    let (lo, mid, hi) = quartiles(values);
    println!("paired/{name}: {what} median {mid:.3} (quartiles {lo:.3}..{hi:.3}, {n} rounds)");
}

/// Times `rounds` pairs of blocks of `per_block` calls; returns the ratios
/// asc / floor and the mean time per call of each side.
fn pairs_sync<A, B>(
    rounds: usize,
    per_block: u32,
    mut floor: impl FnMut() -> A,
    mut asc: impl FnMut() -> B,
) -> (Vec<f64>, Duration, Duration) {
    let block = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        for _ in 0..per_block {
            f();
        }
        start.elapsed()
    };
    let (mut ratios, mut total_f, mut total_a) = (Vec::new(), Duration::ZERO, Duration::ZERO);
    for round in 0..rounds {
        let mut f = || {
            black_box(floor());
        };
        let mut a = || {
            black_box(asc());
        };
        let (tf, ta) = if round % 2 == 0 {
            let tf = block(&mut f);
            (tf, block(&mut a))
        } else {
            let ta = block(&mut a);
            (block(&mut f), ta)
        };
        total_f += tf;
        total_a += ta;
        ratios.push(ta.as_secs_f64() / tf.as_secs_f64());
    }
    let n = rounds as u32 * per_block;
    (ratios, total_f / n, total_a / n)
}

fn decode() {
    for (name, doc) in [
        ("decode_apple_example", fixtures::APPLE_EXAMPLE),
        ("decode_with_included", fixtures::WITH_INCLUDED),
    ] {
        let body = Bytes::from_static(doc.as_bytes());
        let floor = || floor::decode(black_box(&body)).expect("floor decode");
        let asc = || framework::decode(black_box(body.clone())).expect("asc decode");
        pairs_sync(5, 2_000, floor, asc); // warm-up
        let (ratios, f, a) = pairs_sync(rounds(), 2_000, floor, asc);
        print_ratio(name, "asc/floor time", ratios);
        println!(
            "paired/{name}: per op floor {f:.2?}, asc {a:.2?}; load {}",
            load()
        );
    }
}

const IN_FLIGHT: usize = 64;
const PER_BATCH: usize = 640;

/// One side of the read benchmark.
#[derive(Clone)]
enum Side {
    Floor(FloorClient),
    Asc(Client),
}

impl Side {
    async fn one(&self) {
        match self {
            Side::Floor(f) => {
                f.read(IMAGE_ID).await.expect("floor read");
            }
            Side::Asc(c) => {
                framework::read_with_included(c, IMAGE_ID)
                    .await
                    .expect("asc read");
            }
        }
    }

    async fn batch(&self) {
        match self.clone() {
            Side::Floor(f) => {
                run_concurrent(PER_BATCH, IN_FLIGHT, move || {
                    let f = f.clone();
                    async move { f.read(IMAGE_ID).await }
                })
                .await
            }
            Side::Asc(c) => {
                run_concurrent(PER_BATCH, IN_FLIGHT, move || {
                    let c = c.clone();
                    async move { framework::read_with_included(&c, IMAGE_ID).await }
                })
                .await
            }
        }
    }
}

/// Every order of `0..n`.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for shorter in permutations(n - 1) {
        for at in 0..=shorter.len() {
            let mut order = shorter.clone();
            order.insert(at, n - 1);
            out.push(order);
        }
    }
    out
}

/// Runs `rounds` rounds; in each, every side runs `op` `per_round` times,
/// the sides taking turns one call at a time, so that all of them meet the
/// same moments of load. The order of the turns goes through every
/// permutation of the sides, so each side follows each other side (and
/// comes first) equally often: a side run right after another of the same
/// code finds that code warm in the caches, and a fixed rotation gave the
/// A/A check that advantage (floor_b always ran right after floor).
/// Returns each side's time per round.
async fn rounds_of<'a, F, Fut>(
    sides: &'a [Side],
    rounds: usize,
    per_round: usize,
    op: F,
) -> Vec<Vec<Duration>>
where
    F: Fn(&'a Side) -> Fut,
    Fut: Future<Output = ()> + 'a,
{
    let n = sides.len();
    let orders = permutations(n);
    let mut turn = 0;
    let mut out = vec![Vec::with_capacity(rounds); n];
    for _ in 0..rounds {
        let mut times = vec![Duration::ZERO; n];
        for _ in 0..per_round {
            let order = &orders[turn % orders.len()];
            turn += 1;
            for &side in order {
                let start = Instant::now();
                op(&sides[side]).await;
                times[side] += start.elapsed();
            }
        }
        for (side, t) in times.into_iter().enumerate() {
            out[side].push(t);
        }
    }
    out
}

fn ratios(num: &[Duration], den: &[Duration]) -> Vec<f64> {
    num.iter()
        .zip(den)
        .map(|(a, b)| a.as_secs_f64() / b.as_secs_f64())
        .collect()
}

fn per_op(times: &[Duration], ops: usize) -> Duration {
    times.iter().sum::<Duration>() / (times.len() * ops) as u32
}

fn read() {
    let pins = pins();
    if let Some((client, _)) = pins {
        pin(client);
    }
    let pem = key::pem();
    let server = Server::start_with(fixtures::WITH_INCLUDED, pin_server);
    let url = server.url();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("no tokio runtime: {e}"));
    let bearer = key::bearer(&pem);
    let client = asc_client(&key::credentials(&pem), &url);
    framework::check_same_work(&client, fixtures::WITH_INCLUDED);
    let budgeted = Client::builder()
        .credentials(key::credentials(&pem))
        .base_url(&url)
        .timeout(asc_bench::TIMEOUT)
        .retry(RetryPolicy::none())
        .rate_budget(RateBudget::default())
        .build()
        .unwrap_or_else(|e| panic!("the benchmark client could not be built: {e}"));
    let sides = [
        Side::Floor(FloorClient::new(&url, &bearer)),
        Side::Floor(FloorClient::new(&url, &bearer)),
        Side::Asc(client),
        Side::Asc(budgeted.clone()),
    ];
    let n = rounds();
    println!(
        "paired/read: client on a current_thread runtime, server on its own thread; pinned {}",
        pins.map_or("no".into(), |(c, s)| format!(
            "client CPU {c}, server CPU {s}"
        ))
    );
    let load_before = load();
    let (sequential, concurrent) = rt.block_on(async {
        rounds_of(&sides, 3, 100, Side::one).await; // warm-up
        let sequential = rounds_of(&sides, n, 200, Side::one).await;
        rounds_of(&sides, 2, 1, Side::batch).await; // warm-up
        let concurrent = rounds_of(&sides, n, 1, Side::batch).await;
        (sequential, concurrent)
    });
    let [f, b, a, r] = &sequential[..] else {
        unreachable!("four sides")
    };
    print_ratio("read_sequential", "asc/floor latency", ratios(a, f));
    print_ratio("read_sequential", "A/A floor_b/floor latency", ratios(b, f));
    print_ratio(
        "read_sequential",
        "asc_budget/asc latency (rate budget far from the limit)",
        ratios(r, a),
    );
    println!(
        "paired/read_sequential: per read floor {:.2?}, floor_b {:.2?}, asc {:.2?}, asc_budget {:.2?}",
        per_op(f, 200),
        per_op(b, 200),
        per_op(a, 200),
        per_op(r, 200)
    );
    let [f, b, a, r] = &concurrent[..] else {
        unreachable!("four sides")
    };
    print_ratio(
        "read_concurrent64",
        "asc/floor throughput",
        ratios(f, a), // reads per second: the inverse of the time ratio
    );
    print_ratio(
        "read_concurrent64",
        "A/A floor_b/floor throughput",
        ratios(f, b),
    );
    print_ratio(
        "read_concurrent64",
        "asc_budget/asc throughput (rate budget far from the limit)",
        ratios(a, r),
    );
    println!(
        "paired/read_concurrent64: time per read floor {:.2?}, floor_b {:.2?}, asc {:.2?}, asc_budget {:.2?}",
        per_op(f, PER_BATCH),
        per_op(b, PER_BATCH),
        per_op(a, PER_BATCH),
        per_op(r, PER_BATCH)
    );
    let estimate = budgeted.rate_estimate();
    assert!(
        estimate.is_some_and(|e| !e.pacing),
        "the rate budget paced far from the limit: {estimate:?}"
    );
    println!(
        "paired/read: load average before {load_before}, after {}",
        load()
    );
    let expected = (sides.len() * (3 * 100 + n * 200 + (2 + n) * PER_BATCH)) as u64;
    let hits = server.hits();
    drop(server);
    assert!(
        hits == expected,
        "the server answered {hits} requests, expected {expected}: some reads did not reach it"
    );
}

fn main() {
    if selected("paired_decode") || selected("decode") {
        decode();
    }
    if selected("paired_read") || selected("read") {
        read();
    }
}
