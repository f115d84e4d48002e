#!/usr/bin/env bash
# Instructions per operation under callgrind: figures that the load of a
# shared machine does not move (wall-clock benchmarks on such machines vary
# by several percent from run to run).
#
# For each side (floor, asc) runs src/bin/decode_loop.rs and
# src/bin/read_loop.rs for N1 and N2 operations and prints
# (Ir(N2) - Ir(N1)) / (N2 - N1), which leaves out start-up. floor_str is the
# floor decoding with serde_json::from_str (text known to be UTF-8) instead of
# from_slice. A read counts the client and the in-process server alike, and
# no kernel work. Needs valgrind.
#
# Usage: bench/instructions.sh [N1 N2]   (default 1000 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
n1=${1:-1000}
n2=${2:-3000}
cargo build -q -p asc-bench --profile bench --bin decode_loop --bin read_loop
dir="${CARGO_TARGET_DIR:-target}/release"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ir() {
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$@" 2>&1 |
    sed -n 's/.*refs: *//p' | tr -d ,
}
per_op() { # binary side args-before-N [args-after-N]
  local bin=$1 side=$2 pre=$3 post=${4:-}
  # shellcheck disable=SC2086
  echo $(( ($(ir "$dir/$bin" $side $pre $n2 $post) - $(ir "$dir/$bin" $side $pre $n1 $post)) / (n2 - n1) ))
}
ratio() { python3 -c "print(f'{$1/$2:.3f}')"; }

echo "| operation | floor Ir/op | asc Ir/op | asc / floor | floor_str Ir/op | asc / floor_str |"
echo "|---|---|---|---|---|---|"
for doc in apple included; do
  f=$(per_op decode_loop floor "$doc")
  a=$(per_op decode_loop asc "$doc")
  s=$(per_op decode_loop floor_str "$doc")
  echo "| decode $doc | $f | $a | **$(ratio "$a" "$f")** | $s | $(ratio "$a" "$s") |"
done
for c in 1 64; do
  f=$(per_op read_loop floor "" "$c")
  a=$(per_op read_loop asc "" "$c")
  echo "| read, $c in flight | $f | $a | **$(ratio "$a" "$f")** | | |"
done
