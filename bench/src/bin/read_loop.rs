//! Makes N reads on loopback, the framework's way or the floor's, with C in
//! flight: a workload for `valgrind --tool=callgrind` (instructions per read,
//! see BENCHMARKS.md) and for profilers. The server runs on a thread of its
//! own; the client on a multi-threaded runtime, or with `one` on a
//! current-thread runtime on the main thread, which is how
//! `bench/request_cost.sh` counts the client's instructions alone
//! (`--separate-threads=yes`).
//!
//! Usage: `read_loop floor|asc N [C] [one|multi]` (C defaults to 1, the
//! runtime to `multi`).

use std::process::ExitCode;

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{IMAGE_ID, asc_client, client_runtime, fixtures, framework, key, run_concurrent};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(side), Some(n)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: read_loop floor|asc N [C] [one|multi]");
        return ExitCode::FAILURE;
    };
    let in_flight = args.get(2).and_then(|c| c.parse().ok()).unwrap_or(1);
    let pem = key::pem();
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = match args.get(3).map(String::as_str) {
        None | Some("multi") => client_runtime(),
        Some("one") => match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                eprintln!("no tokio runtime: {e}");
                return ExitCode::FAILURE;
            }
        },
        Some(other) => {
            eprintln!("unknown runtime {other}: expected one or multi");
            return ExitCode::FAILURE;
        }
    };
    match side.as_str() {
        "floor" => {
            let floor = FloorClient::new(&url, &key::bearer(&pem));
            rt.block_on(run_concurrent(n, in_flight, move || {
                let floor = floor.clone();
                async move { floor.read(IMAGE_ID).await }
            }));
        }
        "asc" => {
            let client = asc_client(&key::credentials(&pem), &url);
            rt.block_on(run_concurrent(n, in_flight, move || {
                let client = client.clone();
                async move { framework::read_with_included(&client, IMAGE_ID).await }
            }));
        }
        other => {
            eprintln!("unknown side {other}: expected floor or asc");
            return ExitCode::FAILURE;
        }
    }
    if server.hits() != n as u64 {
        eprintln!("the server answered {} of {n} reads", server.hits());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
