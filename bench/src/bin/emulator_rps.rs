//! Requests per second of the App Store Connect emulator for a read with one
//! include, against the project's own bench server (`asc_bench::server`, which
//! answers every request with the same bytes) in the same run.
//!
//! ```text
//! cargo run --release -p asc-bench --bin emulator_rps -- [SECONDS] [CONCURRENCY]
//! ```
//!
//! Both servers run on a current-thread runtime on a thread of their own; the
//! client is one reqwest client with `CONCURRENCY` requests in flight (default
//! 4), sending the same signed token. The bench server answers with the bytes
//! the emulator gave for the same read, so both send the same answer; the
//! difference is what the emulator does (token check, routing, store, render).

use std::time::{Duration, Instant};

use asc_bench::server::Server;
use asc_emulator::Emulator;
use serde_json::json;

const PATH: &str = "/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda?include=gameCenterAchievementLocalization";

/// Runs the emulator on a thread of its own; returns its base URL, key id,
/// issuer id and key, and a sender that stops it.
fn start_emulator() -> (
    String,
    String,
    String,
    String,
    tokio::sync::oneshot::Sender<()>,
) {
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        rt.block_on(async move {
            let emu = Emulator::builder()
                .resource_metas(asc_resources::declared())
                .seeds(asc_resources::seeds())
                .hourly_limit(u64::MAX)
                .start()
                .await
                .expect("the emulator starts");
            let _ = tx.send((
                emu.base_url(),
                emu.key_id().to_owned(),
                emu.issuer_id().to_owned(),
                emu.private_key_pem().to_owned(),
            ));
            let _ = stop_rx.await;
            emu.shutdown().await;
        });
    });
    let (base, kid, iss, pem) = rx.recv().expect("the emulator reports its address");
    (base, kid, iss, pem, stop_tx)
}

/// Requests per second against `url` for `secs`, `concurrency` in flight.
async fn measure(
    client: &reqwest::Client,
    url: &str,
    token: &str,
    secs: f64,
    concurrency: usize,
) -> f64 {
    let until = Instant::now() + Duration::from_secs_f64(secs);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let client = client.clone();
        let url = url.to_owned();
        let auth = format!("Bearer {token}");
        tasks.push(tokio::spawn(async move {
            let mut n = 0u64;
            while Instant::now() < until {
                let resp = client
                    .get(&url)
                    .header("Authorization", &auth)
                    .send()
                    .await
                    .expect("a response");
                assert_eq!(resp.status(), 200, "{url}");
                resp.bytes().await.expect("a body");
                n += 1;
            }
            n
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await.expect("a task");
    }
    total as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let secs: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(5.0);
    let concurrency: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4);
    let (base, kid, iss, pem, stop) = start_emulator();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs();
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES256);
    header.kid = Some(kid);
    let token = jsonwebtoken::encode(
        &header,
        &json!({"iss": iss, "aud": "appstoreconnect-v1", "iat": now, "exp": now + 1200}),
        &jsonwebtoken::EncodingKey::from_ec_pem(pem.as_bytes()).expect("the emulator's key"),
    )
    .expect("a token");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    rt.block_on(async {
        let client = reqwest::Client::builder()
            .tcp_nodelay(true)
            .build()
            .expect("a client");
        let emu_url = format!("{base}{PATH}");
        let body = client
            .get(&emu_url)
            .header("Authorization", format!("Bearer {token}"))
            .send()
            .await
            .expect("the emulator answers")
            .bytes()
            .await
            .expect("a body");
        let server = Server::start(body.clone());
        let floor_url = format!("{}{PATH}", server.url());
        // Warm up both, then alternate so that neither gets a quieter machine.
        measure(&client, &emu_url, &token, 0.5, concurrency).await;
        measure(&client, &floor_url, &token, 0.5, concurrency).await;
        let mut emu_rps = Vec::new();
        let mut floor_rps = Vec::new();
        for _ in 0..3 {
            emu_rps.push(measure(&client, &emu_url, &token, secs / 3.0, concurrency).await);
            floor_rps.push(measure(&client, &floor_url, &token, secs / 3.0, concurrency).await);
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(|a, b| a.total_cmp(b));
            v[v.len() / 2]
        };
        let e = median(&mut emu_rps);
        let f = median(&mut floor_rps);
        println!(
            "answer: {} bytes, {concurrency} requests in flight",
            body.len()
        );
        println!("emulator:     {e:.0} requests/s (runs {emu_rps:.0?})");
        println!("bench server: {f:.0} requests/s (runs {floor_rps:.0?})");
        println!("ratio emulator / bench server: {:.2}", e / f);
    });
    let _ = stop.send(());
}
