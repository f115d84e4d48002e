//! Memory: 10,000 reads with 64 in flight, framework against floor.
//!
//! Each side runs in a child process of its own (this binary, re-executed
//! with `--child floor|asc`), so that one side's heap cannot lend pages to the
//! other. A child sets up the server and client, makes one read (token,
//! connection, lazy statics), then resets its peak RSS (`/proc/self/clear_refs`)
//! and makes the 10,000 reads. It reports the peak RSS (`VmHWM`), the RSS
//! before the reads, and from a counting allocator that leaves out the
//! server's thread: the peak of live heap bytes above the start, and the
//! allocations per read. The sides alternate over `RUNS` runs; medians are
//! printed.
//!
//! Run: `cargo bench -p asc-bench --bench memory`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use asc_bench::floor::FloorClient;
use asc_bench::server::Server;
use asc_bench::{
    IMAGE_ID, asc_client, client_runtime, fixtures, framework, key, run_concurrent, status_kb,
};

const READS: usize = 10_000;
const IN_FLIGHT: usize = 64;
const RUNS: usize = 3;

struct Counting;

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
static LIVE: AtomicI64 = AtomicI64::new(0);
static PEAK: AtomicI64 = AtomicI64::new(0);

thread_local! {
    // Const-initialized with no destructor, so reading it never allocates.
    static UNCOUNTED: Cell<bool> = const { Cell::new(false) };
}

fn counted() -> bool {
    !UNCOUNTED.with(Cell::get)
}

fn on_alloc(size: usize) {
    if counted() {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(size as u64, Ordering::Relaxed);
        let live = LIVE.fetch_add(size as i64, Ordering::Relaxed) + size as i64;
        PEAK.fetch_max(live, Ordering::Relaxed);
    }
}

fn on_free(size: usize) {
    if counted() {
        LIVE.fetch_sub(size as i64, Ordering::Relaxed);
    }
}

// SAFETY: every call is forwarded to the system allocator unchanged; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        on_alloc(layout.size());
        // SAFETY: same layout as given to us.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        on_alloc(layout.size());
        // SAFETY: same layout as given to us.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        on_free(layout.size());
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        on_free(layout.size());
        on_alloc(new_size);
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// One measurement, as a child prints it and the parent reads it.
#[derive(Debug, Clone, Copy)]
struct Sample {
    rss_before_kb: u64,
    hwm_kb: u64,
    hwm_reset: bool,
    peak_live_bytes: i64,
    allocs: u64,
    bytes: u64,
}

fn child(mode: &str) -> Sample {
    let pem = key::pem();
    let credentials = key::credentials(&pem);
    let server = Server::start_with(fixtures::WITH_INCLUDED, || UNCOUNTED.with(|u| u.set(true)));
    let url = server.url();
    let rt = client_runtime();
    let floor = FloorClient::new(&url, &key::bearer(&pem));
    let client = asc_client(&credentials, &url);
    let reads = |total: usize| {
        let (floor, client) = (floor.clone(), client.clone());
        rt.block_on(async move {
            match mode {
                "floor" => {
                    run_concurrent(total, IN_FLIGHT, move || {
                        let floor = floor.clone();
                        async move { floor.read(IMAGE_ID).await }
                    })
                    .await
                }
                "asc" => {
                    run_concurrent(total, IN_FLIGHT, move || {
                        let client = client.clone();
                        async move { framework::read_with_included(&client, IMAGE_ID).await }
                    })
                    .await
                }
                other => panic!("unknown mode {other}: expected floor or asc"),
            }
        })
    };
    reads(1);
    let rss_before_kb = status_kb("VmRSS:");
    // "5" resets the peak RSS to the current RSS (Linux 4.0 and later).
    let hwm_reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let (allocs0, bytes0) = (
        ALLOCS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let live0 = LIVE.load(Ordering::Relaxed);
    PEAK.store(live0, Ordering::Relaxed);
    reads(READS);
    let sample = Sample {
        rss_before_kb,
        hwm_kb: status_kb("VmHWM:"),
        hwm_reset,
        peak_live_bytes: PEAK.load(Ordering::Relaxed) - live0,
        allocs: ALLOCS.load(Ordering::Relaxed) - allocs0,
        bytes: BYTES.load(Ordering::Relaxed) - bytes0,
    };
    assert_eq!(
        server.hits(),
        READS as u64 + 1,
        "every read must reach the server"
    );
    sample
}

fn run_child(mode: &str) -> Sample {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("no current exe: {e}"));
    let out = Command::new(exe)
        .args(["--child", mode])
        .output()
        .unwrap_or_else(|e| panic!("cannot run the {mode} child: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        panic!(
            "the {mode} child failed: {}\n{text}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let nums: Vec<i64> = text
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    match nums[..] {
        [rss, hwm, reset, peak, allocs, bytes] => Sample {
            rss_before_kb: rss as u64,
            hwm_kb: hwm as u64,
            hwm_reset: reset == 1,
            peak_live_bytes: peak,
            allocs: allocs as u64,
            bytes: bytes as u64,
        },
        _ => panic!("unexpected output of the {mode} child: {text}"),
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let mode = args.get(i + 1).map_or("", String::as_str);
        let s = child(mode);
        println!(
            "{} {} {} {} {} {}",
            s.rss_before_kb, s.hwm_kb, s.hwm_reset as u8, s.peak_live_bytes, s.allocs, s.bytes
        );
        return ExitCode::SUCCESS;
    }
    if !asc_bench::selected("memory") {
        return ExitCode::SUCCESS;
    }
    let mut floor = Vec::new();
    let mut asc = Vec::new();
    for run in 0..RUNS {
        // Alternate which side goes first, against drifts of the machine.
        if run % 2 == 0 {
            floor.push(run_child("floor"));
            asc.push(run_child("asc"));
        } else {
            asc.push(run_child("asc"));
            floor.push(run_child("floor"));
        }
        let (f, a) = (floor[run], asc[run]);
        println!(
            "memory run {}: peak RSS floor {} kB, asc {} kB; peak live heap floor {} kB, asc {} kB",
            run + 1,
            f.hwm_kb,
            a.hwm_kb,
            f.peak_live_bytes / 1024,
            a.peak_live_bytes / 1024
        );
    }
    let reset = floor.iter().chain(&asc).all(|s| s.hwm_reset);
    let row = |name: &str, get: &dyn Fn(&Sample) -> f64, unit: &str| {
        let f = median(floor.iter().map(get).collect());
        let a = median(asc.iter().map(get).collect());
        println!(
            "memory/{name}: floor {f:.1} {unit}, asc {a:.1} {unit}, asc/floor {:.3}",
            a / f
        );
    };
    println!("memory: {READS} reads with {IN_FLIGHT} in flight, median of {RUNS} runs per side");
    row("peak_rss", &|s| s.hwm_kb as f64, "kB");
    if reset {
        row(
            "peak_rss_above_start",
            &|s| s.hwm_kb.saturating_sub(s.rss_before_kb) as f64,
            "kB",
        );
    } else {
        println!("memory: /proc/self/clear_refs refused the reset: peak RSS includes the set-up");
    }
    row(
        "peak_live_heap",
        &|s| s.peak_live_bytes as f64 / 1024.0,
        "kB",
    );
    row(
        "allocations_per_read",
        &|s| s.allocs as f64 / READS as f64,
        "",
    );
    row(
        "bytes_allocated_per_read",
        &|s| s.bytes as f64 / READS as f64,
        "B",
    );
    ExitCode::SUCCESS
}
