//! Paired ratios: framework / floor measured side by side in short rounds.
//!
//! Criterion times one benchmark after the other, seconds apart; on a shared
//! machine whose load drifts, that gap alone moves a ratio by 10 % or more
//! from run to run. Here each round alternates the two sides (decoding: a
//! block of 2,000 decodes each; reads: one read, or one batch of 640 reads by
//! 64 tasks, each, in turn) and keeps the ratio of their times; the median
//! over the rounds is the figure, and the quartiles show its spread. Same operations, server and
//! fixtures as `decode.rs` and `read.rs`.
//!
//! Run: `cargo bench -p asc-bench --bench paired`.

use std::future::Future;
use std::hint::black_box;
use std::time::{Duration, Instant};

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{
    IMAGE_ID, asc_client, client_runtime, fixtures, floor, framework, key, run_concurrent, selected,
};
use asc_core::Client;
use bytes::Bytes;

/// Median and quartiles of the per-round ratios.
fn report(name: &str, mut ratios: Vec<f64>, floor_per_op: Duration, asc_per_op: Duration) {
    ratios.sort_by(f64::total_cmp);
    let q = |p: f64| ratios[((ratios.len() - 1) as f64 * p).round() as usize];
    println!(
        "paired/{name}: asc/floor time median {:.3} (quartiles {:.3}..{:.3}, {} rounds); \
         per op floor {floor_per_op:.2?}, asc {asc_per_op:.2?}",
        q(0.5),
        q(0.25),
        q(0.75),
        ratios.len()
    );
}

/// Times `rounds` pairs of blocks of `per_block` calls; returns the ratios
/// and the mean time per call of each side.
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

/// The async form of [`pairs_sync`], interleaved finer: each round makes
/// `per_round` pairs of one floor call and one asc call (which goes first
/// alternates), so that both sides of a round meet the same moments of load.
async fn pairs_async<FF, FA>(
    rounds: usize,
    per_round: u32,
    floor: impl Fn() -> FF,
    asc: impl Fn() -> FA,
) -> (Vec<f64>, Duration, Duration)
where
    FF: Future<Output = ()>,
    FA: Future<Output = ()>,
{
    let (mut ratios, mut total_f, mut total_a) = (Vec::new(), Duration::ZERO, Duration::ZERO);
    for _ in 0..rounds {
        let (mut tf, mut ta) = (Duration::ZERO, Duration::ZERO);
        for i in 0..per_round {
            for floor_turn in [i % 2 == 0, i % 2 != 0] {
                let start = Instant::now();
                if floor_turn {
                    floor().await;
                    tf += start.elapsed();
                } else {
                    asc().await;
                    ta += start.elapsed();
                }
            }
        }
        total_f += tf;
        total_a += ta;
        ratios.push(ta.as_secs_f64() / tf.as_secs_f64());
    }
    let n = rounds as u32 * per_round;
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
        let (ratios, f, a) = pairs_sync(41, 2_000, floor, asc);
        report(name, ratios, f, a);
    }
}

const IN_FLIGHT: usize = 64;
const PER_BATCH: usize = 640;

async fn floor_read(floor: FloorClient) {
    floor.read(IMAGE_ID).await.expect("floor read");
}

async fn asc_read(client: Client) {
    framework::read_with_included(&client, IMAGE_ID)
        .await
        .expect("asc read");
}

async fn floor_batch(floor: FloorClient) {
    run_concurrent(PER_BATCH, IN_FLIGHT, move || {
        let floor = floor.clone();
        async move { floor.read(IMAGE_ID).await }
    })
    .await
}

async fn asc_batch(client: Client) {
    run_concurrent(PER_BATCH, IN_FLIGHT, move || {
        let client = client.clone();
        async move { framework::read_with_included(&client, IMAGE_ID).await }
    })
    .await
}

fn read() {
    let pem = key::pem();
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = client_runtime();
    let floor = FloorClient::new(&url, &key::bearer(&pem));
    let client = asc_client(&key::credentials(&pem), &url);
    framework::check_same_work(&client, fixtures::WITH_INCLUDED);
    // In a task on the runtime's workers, as a program's code runs.
    let task = rt.spawn(async move {
        let (f, c) = (floor.clone(), client.clone());
        let (fr, ar) = (move || floor_read(f.clone()), move || asc_read(c.clone()));
        pairs_async(5, 100, &fr, &ar).await;
        let sequential = pairs_async(41, 200, &fr, &ar).await;
        let (f, c) = (floor.clone(), client.clone());
        let (fb, ab) = (move || floor_batch(f.clone()), move || asc_batch(c.clone()));
        pairs_async(3, 2, &fb, &ab).await;
        let concurrent = pairs_async(41, 4, &fb, &ab).await;
        (sequential, concurrent)
    });
    let (sequential, concurrent) = rt.block_on(task).expect("the benchmark task failed");
    report("read_sequential", sequential.0, sequential.1, sequential.2);
    let (ratios, f, a) = concurrent;
    let (f, a) = (f / PER_BATCH as u32, a / PER_BATCH as u32);
    report("read_concurrent64", ratios.clone(), f, a);
    let mut throughput: Vec<f64> = ratios.iter().map(|r| 1.0 / r).collect();
    throughput.sort_by(f64::total_cmp);
    println!(
        "paired/read_concurrent64: asc/floor throughput median {:.3}",
        throughput[throughput.len() / 2]
    );
    drop(server);
}

fn main() {
    if selected("paired_decode") || selected("decode") {
        decode();
    }
    if selected("paired_read") || selected("read") {
        read();
    }
}
