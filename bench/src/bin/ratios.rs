//! Prints the figures of the last `cargo bench -p asc-bench` run as ratios
//! against the floor, as a Markdown table for BENCHMARKS.md.
//!
//! Reads criterion's `new/estimates.json` of every benchmark under the
//! criterion directory: `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`,
//! else the workspace's `target/criterion`; or the directory given as the
//! only argument. In each group with a `floor` and an `asc` benchmark, the
//! ratio is asc / floor of the median time (below 1 means asc is faster);
//! for throughput groups it is also given as floor / asc (reads per second
//! relative to the floor).
//!
//! Run: `cargo run -p asc-bench --release --bin ratios`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Deserialize;

#[derive(Deserialize)]
struct Estimates {
    mean: Estimate,
    median: Estimate,
}

#[derive(Deserialize)]
struct Estimate {
    point_estimate: f64,
}

#[derive(Deserialize)]
struct BenchmarkJson {
    throughput: Option<serde_json::Value>,
}

fn criterion_dir() -> PathBuf {
    if let Some(dir) = std::env::args().nth(1) {
        return dir.into();
    }
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return Path::new(&target).join("criterion");
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion")
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Option<T> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

fn human(ns: f64) -> String {
    match ns {
        n if n >= 1e6 => format!("{:.2} ms", n / 1e6),
        n if n >= 1e3 => format!("{:.2} µs", n / 1e3),
        n => format!("{n:.0} ns"),
    }
}

fn main() -> ExitCode {
    let dir = criterion_dir();
    let Ok(groups) = std::fs::read_dir(&dir) else {
        eprintln!(
            "no criterion results in {}: run `cargo bench -p asc-bench` first, or pass the directory",
            dir.display()
        );
        return ExitCode::FAILURE;
    };
    // group -> function -> (median ns, mean ns, has throughput)
    let mut results: BTreeMap<String, BTreeMap<String, (f64, f64, bool)>> = BTreeMap::new();
    for group in groups.flatten().filter(|e| e.path().is_dir()) {
        let Ok(functions) = std::fs::read_dir(group.path()) else {
            continue;
        };
        for f in functions.flatten() {
            let new = f.path().join("new");
            let Some(est) = read_json::<Estimates>(&new.join("estimates.json")) else {
                continue;
            };
            let throughput = read_json::<BenchmarkJson>(&new.join("benchmark.json"))
                .is_some_and(|b| b.throughput.is_some_and(|t| !t.is_null()));
            results
                .entry(group.file_name().to_string_lossy().into_owned())
                .or_default()
                .insert(
                    f.file_name().to_string_lossy().into_owned(),
                    (
                        est.median.point_estimate,
                        est.mean.point_estimate,
                        throughput,
                    ),
                );
        }
    }
    if results.is_empty() {
        eprintln!("no benchmark results under {}", dir.display());
        return ExitCode::FAILURE;
    }
    println!(
        "| benchmark | floor (median) | asc (median) | asc / floor time | floor / asc (throughput) | asc - floor |"
    );
    println!("|---|---|---|---|---|---|");
    for (group, functions) in &results {
        match (functions.get("floor"), functions.get("asc")) {
            (Some(floor), Some(asc)) => {
                let tp = if floor.2 {
                    format!("{:.3}", floor.0 / asc.0)
                } else {
                    "".into()
                };
                let diff = asc.0 - floor.0;
                let diff = if diff < 0.0 {
                    format!("-{}", human(-diff))
                } else {
                    human(diff)
                };
                println!(
                    "| {group} | {} | {} | **{:.3}** | {tp} | {diff} |",
                    human(floor.0),
                    human(asc.0),
                    asc.0 / floor.0
                );
            }
            _ => {
                for (name, (median, _, _)) in functions {
                    println!("| {group}/{name} | | {} | | | |", human(*median));
                }
            }
        }
    }
    ExitCode::SUCCESS
}
