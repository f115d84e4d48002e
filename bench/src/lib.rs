//! Shared pieces of the benchmarks of asc against a hand-written floor.
//!
//! Every benchmark compares the framework with the code a careful person would
//! write by hand for the same job, in the same process and the same run:
//! [`floor`] holds that hand-written code (plain `serde` structs and a plain
//! `reqwest` GET), [`server`] the loopback server both talk to, [`key`] a
//! throwaway P-256 key and the token the floor sends, [`fixtures`] the
//! documents. The figures and how to reproduce them are in `BENCHMARKS.md` at
//! the workspace root.
#![warn(missing_docs)]

pub mod fixtures;
pub mod floor;
pub mod framework;
pub mod key;
pub mod server;

use std::time::Duration;

use asc_core::{Client, Credentials, RetryPolicy};

/// The id the read benchmarks ask for (the one of Apple's documented example).
pub const IMAGE_ID: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

/// The timeout both the framework and the floor use, so that both pay for the
/// same per-request timer (a client without a timeout is not a fair floor).
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The floor's connect timeout: asc-core's default (its `DEFAULT_CONNECT_TIMEOUT`).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A framework client pointed at `base_url`, with retries off so that a
/// failed request shows up as an error instead of a slow figure.
pub fn asc_client(credentials: &Credentials, base_url: &str) -> Client {
    Client::builder()
        .credentials(credentials.clone())
        .base_url(base_url)
        .timeout(TIMEOUT)
        .retry(RetryPolicy::none())
        .build()
        .unwrap_or_else(|e| panic!("the benchmark client could not be built: {e}"))
}

/// A multi-threaded tokio runtime for the client side, with as many workers
/// as the machine has cores (what `#[tokio::main]` gives a user).
pub fn client_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("no tokio runtime: {e}"))
}

/// For the benchmarks written without criterion's harness: true unless the
/// command line names a filter (as in `cargo bench -p asc-bench -- decode`)
/// that `name` does not contain. Flags such as cargo's `--bench` are ignored.
pub fn selected(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

/// Runs `total` calls of `op` with `in_flight` of them at a time: that many
/// tokio tasks (spread over the runtime's workers), each taking the next call
/// until all are done. Panics if a call fails, so a broken run cannot pass
/// for a fast one.
pub async fn run_concurrent<F, Fut, T, E>(total: usize, in_flight: usize, op: F)
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Result<T, E>> + Send + 'static,
    T: Send + 'static,
    E: std::fmt::Display + Send + 'static,
{
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..in_flight)
        .map(|_| {
            let next = next.clone();
            let op = op.clone();
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < total {
                    if let Err(e) = op().await {
                        panic!("a request failed: {e}");
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        if let Err(e) = task.await {
            panic!("a benchmark task failed: {e}");
        }
    }
}

/// Times `iters` calls of `timed`, in chunks of `chunk`, with as many calls
/// of `other` (untimed) after each chunk.
///
/// The machines these benchmarks run on are shared and their load drifts by
/// the second. Criterion measures one function after the other, so a drift
/// lands on one side only; interleaving the two sides at a fine grain puts
/// both under the same conditions. Each side's benchmark calls this with the
/// roles swapped.
pub fn interleaved<T, U>(
    iters: u64,
    chunk: u64,
    mut timed: impl FnMut() -> T,
    mut other: impl FnMut() -> U,
) -> Duration {
    let mut total = Duration::ZERO;
    let mut done = 0;
    while done < iters {
        let n = chunk.min(iters - done);
        let start = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(timed());
        }
        total += start.elapsed();
        for _ in 0..n {
            std::hint::black_box(other());
        }
        done += n;
    }
    total
}

/// [`interleaved`] for async operations, one call at a time.
pub async fn interleaved_async<T, U, FT, FU>(
    iters: u64,
    mut timed: impl FnMut() -> FT,
    mut other: impl FnMut() -> FU,
) -> Duration
where
    FT: std::future::Future<Output = T>,
    FU: std::future::Future<Output = U>,
{
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let start = std::time::Instant::now();
        std::hint::black_box(timed().await);
        total += start.elapsed();
        std::hint::black_box(other().await);
    }
    total
}

/// A `kB` field of `/proc/self/status`, such as `VmRSS:` or `VmHWM:` (Linux only).
pub fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix(field)?
                .trim()
                .strip_suffix("kB")?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("no {field} in /proc/self/status (Linux only)"))
}
