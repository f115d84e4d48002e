//! Decoding: Apple's documented example, and a document with an included
//! localization, into `Response<GameCenterAchievementImage>` (plus the
//! included localizations, typed), against `serde_json::from_slice` into
//! hand-written plain structs of the same shape.
//!
//! The two sides run interleaved in chunks of 64 decodes (see
//! `asc_bench::interleaved`): each benchmark times its own side only.
//!
//! Run: `cargo bench -p asc-bench --bench decode`.

use std::hint::black_box;
use std::time::Duration;

use asc_bench::{fixtures, floor, framework, interleaved};
use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const CHUNK: u64 = 64;

fn decode(c: &mut Criterion) {
    for (name, doc) in [
        ("decode_apple_example", fixtures::APPLE_EXAMPLE),
        ("decode_with_included", fixtures::WITH_INCLUDED),
    ] {
        let body = Bytes::from_static(doc.as_bytes());
        let floor = || floor::decode(black_box(&body)).expect("floor decode");
        let asc = || framework::decode(black_box(body.clone())).expect("asc decode");
        let mut g = c.benchmark_group(name);
        g.warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(5));
        g.sample_size(50);
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_function("floor", |b| {
            b.iter_custom(|iters| interleaved(iters, CHUNK, floor, asc))
        });
        g.bench_function("asc", |b| {
            b.iter_custom(|iters| interleaved(iters, CHUNK, asc, floor))
        });
        g.finish();
    }
}

criterion_group!(benches, decode);
criterion_main!(benches);
