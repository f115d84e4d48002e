//! Streaming a collection: asc's `ListRequest::items()` against a hand-written
//! loop over reqwest + serde that follows `links.next`, on the same server in
//! the same run.
//!
//! The server (its own thread and current-thread runtime, TCP_NODELAY) serves
//! `GET /v2/gameCenterAchievementVersions/{id}/localizations` in pages of 200
//! localizations; each page's `links.next` is absolute and carries `limit`
//! and an opaque `cursor`, as App Store Connect's does. Both clients run on a
//! one-thread runtime, so the figure is the client's own cost.
//!
//! - **time**: 10,000 items (50 pages), rounds interleaved floor / asc /
//!   floor again (the A/A check that shows the noise); medians of the
//!   per-round ratios.
//! - **memory**: each side in a child process of its own (this binary
//!   re-executed with `--child floor|asc ITEMS`): after one warm-up page the
//!   peak RSS is reset (`/proc/self/clear_refs`), then the items are
//!   streamed and `VmHWM` read. Peak RSS of asc against the floor at
//!   10,000 items, and asc at 100,000 against asc at 10,000 (flat memory:
//!   one page at a time).
//!
//! Run: `cargo bench -p asc-bench --bench list_stream` (add `time` or
//! `memory` to run one half).

use std::process::{Command, ExitCode};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use asc_bench::floor::FloorClient;
use asc_bench::server::{Server, json};
use asc_bench::{asc_client, key, status_kb};
use asc_resources::GameCenterAchievementVersionV2;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use futures_util::StreamExt;
use serde::Deserialize;

const PAGE: usize = 200;
const ITEMS: usize = 10_000;
const FLAT_ITEMS: usize = 100_000;
const ROUNDS: usize = 7;
const MEMORY_RUNS: usize = 3;
const VERSION_ID: &str = "version-1";

// ---------------------------------------------------------------- server

#[derive(Clone)]
struct Pages {
    base: String,
    total: usize,
    data: Arc<str>,
    hits: Arc<AtomicU64>,
}

#[derive(Deserialize)]
struct PageQuery {
    limit: Option<usize>,
    cursor: Option<usize>,
}

fn item(i: usize, base: &str) -> String {
    format!(
        r#"{{"type":"gameCenterAchievementLocalizations","id":"loc-{i}","attributes":{{"locale":"en-US","name":"Dragon slayer {i}","beforeEarnedDescription":"Slay the dragon","afterEarnedDescription":"You slew the dragon"}},"relationships":{{"version":{{"links":{{"self":"{base}/v2/gameCenterAchievementLocalizations/loc-{i}/relationships/version","related":"{base}/v2/gameCenterAchievementLocalizations/loc-{i}/version"}}}},"image":{{"links":{{"self":"{base}/v2/gameCenterAchievementLocalizations/loc-{i}/relationships/image","related":"{base}/v2/gameCenterAchievementLocalizations/loc-{i}/image"}}}}}},"links":{{"self":"{base}/v2/gameCenterAchievementLocalizations/loc-{i}"}}}}"#
    )
}

const PATH: &str = "/v2/gameCenterAchievementVersions/version-1/localizations";

/// One page: the same 200 items each time, and an absolute `next` that
/// carries `limit` and the next cursor until `total` items were shown.
async fn page(State(pages): State<Pages>, Query(q): Query<PageQuery>) -> Response {
    pages.hits.fetch_add(1, Ordering::Relaxed);
    let limit = q.limit.unwrap_or(50);
    let cursor = q.cursor.unwrap_or(0);
    let next = if (cursor + 1) * limit < pages.total {
        format!(
            r#","next":"{}{PATH}?limit={limit}&cursor={}""#,
            pages.base,
            cursor + 1
        )
    } else {
        String::new()
    };
    json(format!(
        r#"{{"data":[{}],"links":{{"self":"{}{PATH}"{next}}},"meta":{{"paging":{{"total":{},"limit":{limit}}}}}}}"#,
        pages.data, pages.base, pages.total
    ))
}

/// The paging server for `total` items.
fn start_server(total: usize) -> Server {
    let hits = Arc::new(AtomicU64::new(0));
    let counter = hits.clone();
    Server::start_app(
        || {},
        hits,
        move |base| {
            let data: Vec<String> = (0..PAGE).map(|i| item(i, base)).collect();
            Router::new()
                .route(PATH, axum::routing::get(page))
                .with_state(Pages {
                    base: base.to_owned(),
                    total,
                    data: data.join(",").into(),
                    hits: counter,
                })
        },
    )
}

// ---------------------------------------------------------------- floor

#[derive(Deserialize)]
struct FloorPage {
    data: Vec<FloorLocalization>,
    links: FloorLinks,
}

#[derive(Deserialize)]
struct FloorLinks {
    next: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // decoded as a program would, read by nobody
struct FloorLocalization {
    #[serde(rename = "type")]
    kind: String,
    id: String,
    attributes: Option<FloorAttributes>,
    relationships: Option<FloorRelationships>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct FloorAttributes {
    locale: Option<String>,
    name: Option<String>,
    before_earned_description: Option<String>,
    after_earned_description: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct FloorRelationships {
    version: Option<asc_bench::floor::ToOne>,
    image: Option<asc_bench::floor::ToOne>,
}

/// The hand-written loop: GET, decode, hand each item on, follow `next`.
/// Returns how many items it saw (up to `max`).
async fn floor_stream(floor: &FloorClient, base: &str, max: usize) -> usize {
    let mut url = format!("{base}{PATH}?limit={PAGE}");
    let mut seen = 0;
    loop {
        let body = floor
            .get_url(&url)
            .await
            .unwrap_or_else(|e| panic!("floor request: {e}"));
        let page: FloorPage =
            serde_json::from_slice(&body).unwrap_or_else(|e| panic!("floor decode: {e}"));
        for item in page.data {
            std::hint::black_box(item);
            seen += 1;
            if seen == max {
                return seen;
            }
        }
        match page.links.next {
            Some(next) => url = next,
            None => return seen,
        }
    }
}

// ---------------------------------------------------------------- asc

async fn asc_stream(client: &asc_core::Client, max: usize) -> usize {
    let mut items = GameCenterAchievementVersionV2::list_localizations(client, VERSION_ID)
        .limit(PAGE as u32)
        .items()
        .take(max);
    let mut seen = 0;
    while let Some(item) = items.next().await {
        let item = item.unwrap_or_else(|e| panic!("asc list: {e}"));
        std::hint::black_box(item);
        seen += 1;
    }
    seen
}

fn one_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("no client runtime: {e}"))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time() {
    let server = start_server(ITEMS);
    let base = server.url();
    let pem = key::pem();
    let floor = FloorClient::new(&base, &key::bearer(&pem));
    let client = asc_client(&key::credentials(&pem), &base);
    let rt = one_thread();
    rt.block_on(async {
        // Warm up connections, tokens and lazy statics on both sides.
        assert_eq!(floor_stream(&floor, &base, ITEMS).await, ITEMS);
        assert_eq!(asc_stream(&client, ITEMS).await, ITEMS);
        let (mut asc_ratio, mut aa_ratio) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            let t = Instant::now();
            assert_eq!(floor_stream(&floor, &base, ITEMS).await, ITEMS);
            let f = t.elapsed();
            let t = Instant::now();
            assert_eq!(asc_stream(&client, ITEMS).await, ITEMS);
            let a = t.elapsed();
            let t = Instant::now();
            assert_eq!(floor_stream(&floor, &base, ITEMS).await, ITEMS);
            let f2 = t.elapsed();
            println!(
                "list_stream/time round {}: floor {:.2} ms, asc {:.2} ms, floor again {:.2} ms",
                round + 1,
                ms(f),
                ms(a),
                ms(f2)
            );
            // asc against the mean of the floor runs around it; A/A the two floors.
            asc_ratio.push(a.as_secs_f64() / ((f + f2).as_secs_f64() / 2.0));
            aa_ratio.push(f2.as_secs_f64() / f.as_secs_f64());
        }
        // Two warm-up streams and three a round, each of ITEMS / PAGE pages.
        let pages = (2 + 3 * ROUNDS) * ITEMS / PAGE;
        assert_eq!(server.hits(), pages as u64, "every page must reach the server");
        println!(
            "list_stream/time: {ITEMS} items in pages of {PAGE}, one-thread client, median of {ROUNDS} rounds: asc/floor {:.3}, A/A {:.3}",
            median(asc_ratio),
            median(aa_ratio)
        );
    });
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn child(mode: &str, items: usize) -> u64 {
    let server = start_server(items);
    let base = server.url();
    let pem = key::pem();
    let rt = one_thread();
    let floor = FloorClient::new(&base, &key::bearer(&pem));
    let client = asc_client(&key::credentials(&pem), &base);
    let run = |max: usize| {
        rt.block_on(async {
            match mode {
                "floor" => floor_stream(&floor, &base, max).await,
                "asc" => asc_stream(&client, max).await,
                other => panic!("unknown mode {other}: expected floor or asc"),
            }
        })
    };
    assert_eq!(run(PAGE), PAGE);
    // "5" resets the peak RSS to the current RSS (Linux 4.0 and later).
    std::fs::write("/proc/self/clear_refs", "5")
        .unwrap_or_else(|e| panic!("cannot reset the peak RSS: {e}"));
    assert_eq!(run(items), items);
    status_kb("VmHWM:")
}

fn run_child(mode: &str, items: usize) -> u64 {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("no current exe: {e}"));
    let out = Command::new(exe)
        .args(["--child", mode, &items.to_string()])
        .output()
        .unwrap_or_else(|e| panic!("cannot run the {mode} child: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        panic!(
            "the {mode} child failed: {}\n{text}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    text.trim()
        .parse()
        .unwrap_or_else(|_| panic!("unexpected output of the {mode} child: {text}"))
}

fn memory() {
    let (mut floor, mut asc, mut floor_flat, mut asc_flat) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for run in 0..MEMORY_RUNS {
        floor.push(run_child("floor", ITEMS) as f64);
        asc.push(run_child("asc", ITEMS) as f64);
        floor_flat.push(run_child("floor", FLAT_ITEMS) as f64);
        asc_flat.push(run_child("asc", FLAT_ITEMS) as f64);
        println!(
            "list_stream/memory run {}: peak RSS floor {} kB, asc {} kB; at {FLAT_ITEMS} items floor {} kB, asc {} kB",
            run + 1,
            floor[run],
            asc[run],
            floor_flat[run],
            asc_flat[run]
        );
    }
    let (f, a, ff, af) = (
        median(floor),
        median(asc),
        median(floor_flat),
        median(asc_flat),
    );
    println!(
        "list_stream/memory: peak RSS at {ITEMS} items: asc/floor {:.3} (floor {f} kB, asc {a} kB)",
        a / f
    );
    println!(
        "list_stream/memory: flat: asc at {FLAT_ITEMS} / asc at {ITEMS} items {:.3}; floor {:.3}",
        af / a,
        ff / f
    );
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let mode = args.get(i + 1).map_or("", String::as_str);
        let items = args
            .get(i + 2)
            .and_then(|n| n.parse().ok())
            .unwrap_or(ITEMS);
        println!("{}", child(mode, items));
        return ExitCode::SUCCESS;
    }
    if asc_bench::selected("list_stream/time") {
        time();
    }
    if asc_bench::selected("list_stream/memory") {
        memory();
    }
    ExitCode::SUCCESS
}
