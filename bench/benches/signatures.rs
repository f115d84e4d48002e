//! Token reuse: how many ES256 signatures one client makes.
//!
//! 1. 10,000 requests in a row from one client: one token serves them all
//!    (they take a few seconds, well inside one token lifetime of 15 min).
//! 2. A cold client hit by 1,000 concurrent requests: they wait for one
//!    signature instead of signing one each.
//!
//! Prints the counts and exits non-zero when either differs from 1.
//! Run: `cargo bench -p asc-bench --bench signatures`.

use std::process::ExitCode;
use std::time::Instant;

use asc_bench::server::Server;
use asc_bench::{asc_client, client_runtime, fixtures, key, selected};
use asc_core::Method;

const SEQUENTIAL: usize = 10_000;
const CONCURRENT: usize = 1_000;

fn main() -> ExitCode {
    if !selected("signatures") {
        return ExitCode::SUCCESS;
    }
    let pem = key::pem();
    let credentials = key::credentials(&pem);
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = client_runtime();
    let path = format!("/v1/gameCenterAchievementImages/{}", asc_bench::IMAGE_ID);

    let client = asc_client(&credentials, &url);
    let started = Instant::now();
    rt.block_on(async {
        for _ in 0..SEQUENTIAL {
            client
                .execute(Method::GET, &path, None)
                .await
                .unwrap_or_else(|e| panic!("request failed: {e}"));
        }
    });
    let sequential = (client.signatures(), started.elapsed());

    let cold = asc_client(&credentials, &url);
    let started = Instant::now();
    rt.block_on(async {
        let tasks: Vec<_> = (0..CONCURRENT)
            .map(|_| {
                let client = cold.clone();
                let path = path.clone();
                tokio::spawn(async move { client.execute(Method::GET, &path, None).await })
            })
            .collect();
        for task in tasks {
            task.await
                .unwrap_or_else(|e| panic!("task failed: {e}"))
                .unwrap_or_else(|e| panic!("request failed: {e}"));
        }
    });
    let concurrent = (cold.signatures(), started.elapsed());
    let answered = server.hits();
    drop(server);

    println!(
        "signatures/sequential_10000: {} signature(s) for {SEQUENTIAL} requests from one client in {:.2?} (target 1)",
        sequential.0, sequential.1
    );
    println!(
        "signatures/cold_concurrent_1000: {} signature(s) for {CONCURRENT} concurrent requests on a cold client in {:.2?} (target 1)",
        concurrent.0, concurrent.1
    );
    println!("signatures/server_answered: {answered}");
    if sequential.0 == 1 && concurrent.0 == 1 && answered == (SEQUENTIAL + CONCURRENT) as u64 {
        ExitCode::SUCCESS
    } else {
        eprintln!("signatures: a target was missed (see above)");
        ExitCode::FAILURE
    }
}
