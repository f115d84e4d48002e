//! A read on loopback: `GameCenterAchievementImage::read(..).fields(..)
//! .include(..).send()` (then the included localization, typed) against a
//! hand-written reqwest GET with a pre-made token and `serde_json` into plain
//! structs. Both keep their connections alive; the server answers every
//! request with the same bytes.
//!
//! - `read_sequential/{floor,asc}`: one read at a time (latency).
//! - `read_concurrent64/{floor,asc}`: 640 reads per iteration by 64 tasks
//!   (throughput, in reads per second).
//!
//! The two sides run interleaved, one read (or one batch) of each in turn
//! (see `asc_bench::interleaved_async`), and each benchmark times its own
//! side only. The loops run in a task on the runtime's workers, as a
//! program's code does, not on the thread that called `block_on`.
//!
//! Run: `cargo bench -p asc-bench --bench read`.

use std::time::Duration;

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{
    IMAGE_ID, asc_client, client_runtime, fixtures, framework, interleaved_async, key,
    run_concurrent,
};
use asc_core::Client;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const IN_FLIGHT: usize = 64;
const PER_ITERATION: usize = 640;

async fn floor_read(floor: &FloorClient) {
    floor.read(IMAGE_ID).await.expect("floor read");
}

async fn asc_read(client: &Client) {
    framework::read_with_included(client, IMAGE_ID)
        .await
        .expect("asc read");
}

async fn floor_batch(floor: &FloorClient) {
    let floor = floor.clone();
    run_concurrent(PER_ITERATION, IN_FLIGHT, move || {
        let floor = floor.clone();
        async move { floor.read(IMAGE_ID).await }
    })
    .await
}

async fn asc_batch(client: &Client) {
    let client = client.clone();
    run_concurrent(PER_ITERATION, IN_FLIGHT, move || {
        let client = client.clone();
        async move { framework::read_with_included(&client, IMAGE_ID).await }
    })
    .await
}

/// Which side a benchmark times; the other side runs untimed in between.
#[derive(Clone, Copy)]
enum Timed {
    Floor,
    Asc,
}

fn read(c: &mut Criterion) {
    let pem = key::pem();
    let credentials = key::credentials(&pem);
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = client_runtime();
    let floor = FloorClient::new(&url, &key::bearer(&pem));
    let client = asc_client(&credentials, &url);
    framework::check_same_work(&client, fixtures::WITH_INCLUDED);
    // Sign the client's token and open the connections before timing.
    rt.block_on(async {
        floor_batch(&floor).await;
        asc_batch(&client).await;
    });

    // Runs `iters` interleaved rounds in a task and returns the timed side's total.
    let rounds = |iters: u64, timed: Timed, batch: bool| {
        let (floor, client) = (floor.clone(), client.clone());
        async move {
            let task = tokio::spawn(async move {
                match (timed, batch) {
                    (Timed::Floor, false) => {
                        interleaved_async(iters, || floor_read(&floor), || asc_read(&client)).await
                    }
                    (Timed::Asc, false) => {
                        interleaved_async(iters, || asc_read(&client), || floor_read(&floor)).await
                    }
                    (Timed::Floor, true) => {
                        interleaved_async(iters, || floor_batch(&floor), || asc_batch(&client))
                            .await
                    }
                    (Timed::Asc, true) => {
                        interleaved_async(iters, || asc_batch(&client), || floor_batch(&floor))
                            .await
                    }
                }
            });
            task.await.expect("the benchmark task failed")
        }
    };

    let mut g = c.benchmark_group("read_sequential");
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(6));
    g.sample_size(50);
    g.bench_function("floor", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| rounds(iters, Timed::Floor, false))
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| rounds(iters, Timed::Asc, false))
    });
    g.finish();

    let mut g = c.benchmark_group("read_concurrent64");
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    g.sample_size(20);
    g.throughput(Throughput::Elements(PER_ITERATION as u64));
    g.bench_function("floor", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| rounds(iters, Timed::Floor, true))
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| rounds(iters, Timed::Asc, true))
    });
    g.finish();
    drop(server);
}

criterion_group!(benches, read);
criterion_main!(benches);
