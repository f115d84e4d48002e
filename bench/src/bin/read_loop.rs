//! Makes N reads on loopback, the framework's way or the floor's, with C in
//! flight: a workload for `valgrind --tool=callgrind` (instructions per read,
//! server included, see BENCHMARKS.md) and for profilers.
//!
//! Usage: `read_loop floor|asc N [C]` (C defaults to 1).

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
        eprintln!("usage: read_loop floor|asc N [C]");
        return ExitCode::FAILURE;
    };
    let in_flight = args.get(2).and_then(|c| c.parse().ok()).unwrap_or(1);
    let pem = key::pem();
    let server = Server::start(fixtures::WITH_INCLUDED);
    let url = server.url();
    let rt = client_runtime();
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
