#!/usr/bin/env bash
# Instructions per decode under callgrind: a figure that the load of a shared
# machine does not move. Runs src/bin/decode_loop.rs for N1 and N2 decodes of
# each (side, document) and prints (Ir(N2) - Ir(N1)) / (N2 - N1), which
# leaves out start-up. floor_str is the floor decoding with serde_json::from_str
# (text known to be UTF-8) instead of from_slice. Needs valgrind. Usage: bench/instructions.sh [N1 N2]
set -euo pipefail
cd "$(dirname "$0")/.."
n1=${1:-1000}
n2=${2:-3000}
cargo build -q -p asc-bench --profile bench --bin decode_loop
bin="${CARGO_TARGET_DIR:-target}/release/decode_loop"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ir() {
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$bin" "$1" "$2" "$3" 2>&1 |
    sed -n 's/.*refs: *//p' | tr -d ,
}
printf '| document | floor Ir/decode | asc Ir/decode | asc / floor | floor_str Ir/decode | asc / floor_str |\n|---|---|---|---|---|---|\n'
for doc in apple included; do
  f=$(( ($(ir floor "$doc" "$n2") - $(ir floor "$doc" "$n1")) / (n2 - n1) ))
  a=$(( ($(ir asc "$doc" "$n2") - $(ir asc "$doc" "$n1")) / (n2 - n1) ))
  s=$(( ($(ir floor_str "$doc" "$n2") - $(ir floor_str "$doc" "$n1")) / (n2 - n1) ))
  printf '| %s | %d | %d | **%s** | %d | %s |\n' "$doc" "$f" "$a" "$(python3 -c "print(f'{$a/$f:.3f}')")" \
    "$s" "$(python3 -c "print(f'{$a/$s:.3f}')")"
done
