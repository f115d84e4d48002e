//! Auth: what one ES256 signature costs next to one loopback request.
//!
//! - `auth_signature/es256_signature`: `jsonwebtoken::encode` exactly as
//!   asc-core calls it (asc-core has no public signing function).
//! - `auth_signature/credentials_team`: `Credentials::team`, which parses and
//!   checks the key and signs once (the public way to pay for a signature).
//! - `auth_loopback_request/{floor,asc}`: one GET on a kept-alive connection,
//!   with a pre-made token (floor) or the client's cached token (asc), body
//!   undecoded.
//! - `auth_cold_first_request/{floor,asc}`: a new client's first request,
//!   connection included; the difference is what the first signature adds.
//!
//! Run: `cargo bench -p asc-bench --bench auth`.

use std::hint::black_box;
use std::time::Duration;

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{asc_client, client_runtime, fixtures, key};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use reqwest::Method;

fn auth(c: &mut Criterion) {
    let pem = key::pem();
    let encoding_key = key::encoding_key(&pem);
    let credentials = key::credentials(&pem);
    let bearer = key::bearer(&pem);
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = client_runtime();
    let path = format!("/v1/gameCenterAchievementImages/{}", asc_bench::IMAGE_ID);
    let path = path.as_str();

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
        floor.raw_get(path).await.expect("floor warm-up");
        client
            .execute(Method::GET, path, None)
            .await
            .expect("asc warm-up");
    });
    let mut g = c.benchmark_group("auth_loopback_request");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    g.sample_size(30);
    g.bench_function("floor", |b| {
        b.to_async(&rt)
            .iter(|| async { floor.raw_get(black_box(path)).await.expect("floor GET") })
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt).iter(|| async {
            client
                .execute(Method::GET, black_box(path), None)
                .await
                .expect("asc GET")
        })
    });

    // A new client per iteration, built outside the timed part (building a
    // reqwest client loads the TLS roots and costs milliseconds): what is
    // timed is the first request, connection included, and for asc the
    // first signature. Few samples keep the sockets left in TIME_WAIT few.
    g.finish();

    let mut g = c.benchmark_group("auth_cold_first_request");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    g.sample_size(10);
    g.bench_function("floor", |b| {
        b.to_async(&rt).iter_batched(
            || FloorClient::new(&url, &bearer),
            |floor| async move {
                floor.raw_get(path).await.expect("floor GET");
                floor
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("asc", |b| {
        b.to_async(&rt).iter_batched(
            || asc_client(&credentials, &url),
            |client| async move {
                client
                    .execute(Method::GET, path, None)
                    .await
                    .expect("asc GET");
                client
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
    drop(server);
}

criterion_group!(benches, auth);
criterion_main!(benches);
