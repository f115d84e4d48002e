//! Auth: what one ES256 signature costs next to one loopback request.
//!
//! - `auth_signature/es256_signature`: `jsonwebtoken::encode` exactly as
//!   asc-core calls it (asc-core has no public signing function).
//! - `auth_signature/credentials_team`: `Credentials::team`, which parses and
//!   checks the key and signs once (the public way to pay for a signature).
//! - `auth_loopback_request/{floor,asc}`: one GET on a kept-alive connection,
//!   with a pre-made token (floor) or the client's cached token (asc,
//!   `Client::execute`), body undecoded.
//! - `auth_cold_first_request/{floor,asc}`: the first request of a client
//!   built just before (untimed), connection included; for asc it includes
//!   signing the client's first token, so the difference is what the first
//!   signature adds.
//!
//! The floor and asc sides run interleaved, in tasks on the runtime's
//! workers (see `benches/read.rs`).
//!
//! Run: `cargo bench -p asc-bench --bench auth`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{asc_client, client_runtime, fixtures, interleaved_async, key};
use asc_core::Client;
use asc_core::Method;
use criterion::{Criterion, criterion_group, criterion_main};

fn path() -> String {
    format!("/v1/gameCenterAchievementImages/{}", asc_bench::IMAGE_ID)
}

async fn floor_get(floor: &FloorClient, path: &str) {
    floor.raw_get(path).await.expect("floor GET");
}

async fn asc_get(client: &Client, path: &str) {
    client
        .execute(Method::GET, path, None)
        .await
        .expect("asc GET");
}

/// The first request of a client that has made none, timed.
async fn first_floor(floor: FloorClient, path: &str) -> Duration {
    let start = Instant::now();
    floor_get(&floor, path).await;
    start.elapsed()
}

/// The first request of a client that has made none (and so signs its
/// first token), timed.
async fn first_asc(client: Client, path: &str) -> Duration {
    let start = Instant::now();
    asc_get(&client, path).await;
    let took = start.elapsed();
    assert_eq!(client.signatures(), 1, "the first request signs one token");
    took
}

fn auth(c: &mut Criterion) {
    let pem = key::pem();
    let encoding_key = key::encoding_key(&pem);
    let credentials = key::credentials(&pem);
    let bearer = key::bearer(&pem);
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = client_runtime();

    let mut g = c.benchmark_group("auth_signature");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    g.sample_size(30);
    g.bench_function("es256_signature", |b| {
        b.iter(|| key::sign(black_box(&encoding_key)))
    });
    g.bench_function("credentials_team", |b| {
        b.iter(|| key::credentials(black_box(&pem)))
    });
    g.finish();

    let floor = FloorClient::new(&url, &bearer);
    let client = asc_client(&credentials, &url);
    rt.block_on(async {
        // Open the kept-alive connections and sign the client's token first.
        floor_get(&floor, &path()).await;
        asc_get(&client, &path()).await;
    });
    let warm = |iters: u64, asc_timed: bool| {
        let (floor, client) = (floor.clone(), client.clone());
        async move {
            let task = tokio::spawn(async move {
                let path = path();
                let (f, a) = (|| floor_get(&floor, &path), || asc_get(&client, &path));
                if asc_timed {
                    interleaved_async(iters, a, f).await
                } else {
                    interleaved_async(iters, f, a).await
                }
            });
            task.await.expect("the benchmark task failed")
        }
    };
    let mut g = c.benchmark_group("auth_loopback_request");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
    g.sample_size(30);
    g.bench_function("floor", |b| {
        b.to_async(&rt).iter_custom(|iters| warm(iters, false))
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt).iter_custom(|iters| warm(iters, true))
    });
    g.finish();

    let cold = |iters: u64, asc_timed: bool| {
        let (url, bearer, credentials) = (url.clone(), bearer.clone(), credentials.clone());
        async move {
            let task = tokio::spawn(async move {
                let path = path();
                let mut total = Duration::ZERO;
                for i in 0..iters {
                    // Both clients are built first, untimed; which side goes
                    // first alternates, so that neither always follows a build.
                    let floor = FloorClient::new(&url, &bearer);
                    let client = asc_client(&credentials, &url);
                    let (f, a) = if i % 2 == 0 {
                        let f = first_floor(floor, &path).await;
                        (f, first_asc(client, &path).await)
                    } else {
                        let a = first_asc(client, &path).await;
                        (first_floor(floor, &path).await, a)
                    };
                    total += if asc_timed { a } else { f };
                }
                total
            });
            task.await.expect("the benchmark task failed")
        }
    };
    // Each iteration also builds two clients, untimed, which costs some
    // milliseconds (the TLS roots are loaded) while the timed part is a
    // fraction of one. Criterion plans iterations from the timed part, so the
    // times asked for here are small: about 300 iterations, a few seconds.
    let mut g = c.benchmark_group("auth_cold_first_request");
    g.warm_up_time(Duration::from_millis(20));
    g.measurement_time(Duration::from_millis(100));
    g.sample_size(10);
    g.bench_function("floor", |b| {
        b.to_async(&rt).iter_custom(|iters| cold(iters, false))
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt).iter_custom(|iters| cold(iters, true))
    });
    g.finish();
    drop(server);
}

criterion_group!(benches, auth);
criterion_main!(benches);
