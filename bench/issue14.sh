#!/usr/bin/env bash
# Issue 14's measured items in one run, so they are recorded side by side:
# item 7 (cost per request: the paired read bench, then client instructions
# per read by step) and item 8 (compile time, bench/compile-time/run.sh).
# Prints the load average before each part; run it on a quiet machine.
#
# Usage: bench/issue14.sh   (env: ASC_BENCH_PIN=C,S and ASC_BENCH_ROUNDS=N
# are passed to the paired bench; see benches/paired.rs)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== $(date -u +%FT%TZ) $(uname -srm), $(nproc) CPUs"
echo "== item 7: paired read (load: $(cut -d' ' -f1-3 /proc/loadavg))"
cargo bench -q -p asc-bench --bench paired -- read
if command -v valgrind >/dev/null; then
  echo "== item 7: client instructions per read (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  bench/request_cost.sh
else
  echo "== item 7: valgrind not installed; instructions per read skipped"
fi
echo "== item 8: compile time (load: $(cut -d' ' -f1-3 /proc/loadavg))"
bench/compile-time/run.sh
