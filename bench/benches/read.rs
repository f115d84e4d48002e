//! A read on loopback: `GameCenterAchievementImage::read(..).fields(..)
//! .include(..).send()` (then the included localization, typed) against a
//! hand-written reqwest GET with a pre-made token and `serde_json` into plain
//! structs. Both keep their connections alive; the server answers every
//! request with the same bytes. The two sides run interleaved, one read (or
//! one batch) of each in turn (see `asc_bench::interleaved_async`): each
//! benchmark times its own side only.
//!
//! - `read_sequential/{floor,asc}`: one read at a time (latency).
//! - `read_concurrent64/{floor,asc}`: 640 reads per iteration by 64 tasks
//!   (throughput, in reads per second).
//!
//! Run: `cargo bench -p asc-bench --bench read`.

use std::time::Duration;

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{
    IMAGE_ID, asc_client, client_runtime, fixtures, framework, interleaved_async, key,
    run_concurrent,
};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const IN_FLIGHT: usize = 64;
const PER_ITERATION: usize = 640;

fn read(c: &mut Criterion) {
    let pem = key::pem();
    let credentials = key::credentials(&pem);
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = client_runtime();
    let floor = FloorClient::new(&url, &key::bearer(&pem));
    let client = asc_client(&credentials, &url);
    framework::check_same_work(&client, fixtures::WITH_INCLUDED);
    rt.block_on(async {
        // Sign the client's token and open the connections before timing.
        run_concurrent(IN_FLIGHT, IN_FLIGHT, {
            let floor = floor.clone();
            move || {
                let floor = floor.clone();
                async move { floor.read(IMAGE_ID).await }
            }
        })
        .await;
        run_concurrent(IN_FLIGHT, IN_FLIGHT, {
            let client = client.clone();
            move || {
                let client = client.clone();
                async move { framework::read_with_included(&client, IMAGE_ID).await }
            }
        })
        .await;
    });

    let floor_read = || async { floor.read(IMAGE_ID).await.expect("floor read") };
    let asc_read = || async {
        framework::read_with_included(&client, IMAGE_ID)
            .await
            .expect("asc read")
    };
    let mut g = c.benchmark_group("read_sequential");
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(4));
    g.sample_size(50);
    g.bench_function("floor", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| interleaved_async(iters, floor_read, asc_read))
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| interleaved_async(iters, asc_read, floor_read))
    });
    g.finish();

    let floor_batch = || {
        let floor = floor.clone();
        run_concurrent(PER_ITERATION, IN_FLIGHT, move || {
            let floor = floor.clone();
            async move { floor.read(IMAGE_ID).await }
        })
    };
    let asc_batch = || {
        let client = client.clone();
        run_concurrent(PER_ITERATION, IN_FLIGHT, move || {
            let client = client.clone();
            async move { framework::read_with_included(&client, IMAGE_ID).await }
        })
    };
    let mut g = c.benchmark_group("read_concurrent64");
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(6));
    g.sample_size(20);
    g.throughput(Throughput::Elements(PER_ITERATION as u64));
    g.bench_function("floor", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| interleaved_async(iters, floor_batch, asc_batch))
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| interleaved_async(iters, asc_batch, floor_batch))
    });
    g.finish();
    drop(server);
}

criterion_group!(benches, read);
criterion_main!(benches);
