#!/usr/bin/env bash
# Client instructions per read, floor and asc, and what each step costs
# (issue 14, item 7). Figures from callgrind, which the load of a shared
# machine does not move.
#
# Runs src/bin/read_loop.rs with `one` (client on a current_thread runtime on the
# main thread, the loopback server on a thread of its own) under
# `valgrind --tool=callgrind --separate-threads=yes`, so the main thread's
# instructions are the client's alone. Per read = (Ir(N2) - Ir(N1)) /
# (N2 - N1), which leaves out start-up. The steps are callgrind's inclusive
# cost of the functions that do them, divided by N2 (they run once per read;
# start-up does not call them, except the first token signature, which
# `token` includes once: a few hundred thousand instructions / N2).
#
# Usage: bench/request_cost.sh [N1 N2]   (default 500 1500). Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
n1=${1:-500}
n2=${2:-1500}
cargo build -q -p asc-bench --profile bench --bin read_loop
bin="${CARGO_TARGET_DIR:-target}/release/read_loop"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # side n -> file of the main thread
  valgrind --tool=callgrind --separate-threads=yes \
    --callgrind-out-file="$out/$1-$2" "$bin" "$1" "$2" 1 one >/dev/null 2>&1
  echo "$out/$1-$2-01"
}
total() { callgrind_annotate "$1" 2>/dev/null | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,; }
per_read() { echo $(( ($(total "$(run "$1" "$n2")") - $(total "$(run "$1" "$n1")")) / (n2 - n1) )); }

echo "client instructions per read (main thread only; N = $n1, $n2)"
f=$(per_read floor)
a=$(per_read asc)
echo "| side | Ir per read |"
echo "|---|---|"
echo "| floor | $f |"
echo "| asc | $a |"
python3 -c "print(f'| asc / floor | {$a/$f:.3f} |')"
echo
echo "asc, inclusive instructions per read by step (N = $n2):"
file="$out/asc-$n2-01"
echo "| step | function (callgrind) | Ir per read |"
echo "|---|---|---|"
step() { # label pattern
  local ir
  ir=$(callgrind_annotate --inclusive=yes --threshold=100 "$file" 2>/dev/null |
    grep -E "$2" | head -1 | sed -n 's/^ *\([0-9,]*\) .*/\1/p' | tr -d , || true)
  echo "| $1 | \`$2\` | $(( ${ir:-0} / n2 )) |"
}
step "build request (path, fields, include)" 'asc_bench::framework::request '
step "URI: base + path + query, checked by http's parser" 'asc_core::operation::uri_for '
step "token lookup (signed once, cached)" 'asc_core::auth::TokenCache::fresh '
step "HTTP exchange in the request's task (hyper's client: pool, send, answer head and body)" '<tracing::instrument::Instrumented<T> as core::future::future::Future>::poll '
step "the connection's task (hyper's HTTP/1 dispatch, socket reads and writes)" 'hyper::proto::h1::dispatch::Dispatcher<D,Bs,I,T>::poll_catch '
step "X-Rate-Limit parse" 'asc_core::rate_limit::RateLimit::from_headers '
step "rate budget admission (off: nothing)" 'asc_core::budget::Admission::observe '
step "decode document" 'asc_core::response::Response<R>::from_raw '
step "included decode" 'asc_core::response::Response<R>::included '
step "the whole operation (retry loop, span, all of the above after build)" 'asc_core::retry::run::\{\{closure\}\} '
