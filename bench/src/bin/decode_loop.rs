//! Decodes one fixture N times, the framework's way or the floor's: a
//! deterministic workload for `valgrind --tool=callgrind`, whose instruction
//! counts do not depend on the machine's load (see BENCHMARKS.md).
//!
//! Usage: `decode_loop floor|floor_str|asc apple|included N`.

use std::hint::black_box;
use std::process::ExitCode;

use asc_bench::{fixtures, floor, framework};
use bytes::Bytes;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(side), Some(doc), Some(n)) = (
        args.first(),
        args.get(1),
        args.get(2).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: decode_loop floor|floor_str|asc apple|included N");
        return ExitCode::FAILURE;
    };
    let doc = match doc.as_str() {
        "apple" => fixtures::APPLE_EXAMPLE,
        "included" => fixtures::WITH_INCLUDED,
        other => {
            eprintln!("unknown document {other}: expected apple or included");
            return ExitCode::FAILURE;
        }
    };
    let body = Bytes::from_static(doc.as_bytes());
    match side.as_str() {
        "floor" => {
            for _ in 0..n {
                black_box(floor::decode(black_box(&body)).expect("floor decode"));
            }
        }
        "floor_str" => {
            for _ in 0..n {
                black_box(floor::decode_str(black_box(doc)).expect("floor decode"));
            }
        }
        "asc" => {
            for _ in 0..n {
                black_box(framework::decode(black_box(body.clone())).expect("asc decode"));
            }
        }
        other => {
            eprintln!("unknown side {other}: expected floor, floor_str or asc");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
