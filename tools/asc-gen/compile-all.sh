#!/usr/bin/env bash
# Drafts every resource type of Apple's document with asc-gen into one scratch
# crate (in a temporary directory, depending on asc-core by path) and builds
# it: the proof that every draft is a declaration asc-derive accepts.
#
# usage: tools/asc-gen/compile-all.sh [--doc PATH] [--keep]
#   --keep   leave the scratch crate in place and print where it is
# The scratch crate shares this workspace's Cargo.lock and target directory,
# so asc-core and its dependencies are not built twice.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
doc_args=()
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --doc) doc_args=(--doc "$2"); shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "usage: $0 [--doc PATH] [--keep]" >&2; exit 2 ;;
    esac
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/asc-gen-all.XXXXXX")"
if [ "$keep" = 0 ]; then trap 'rm -rf "$scratch"' EXIT; fi
mkdir -p "$scratch/src"
cat > "$scratch/Cargo.toml" <<TOML
[package]
name = "asc-gen-all"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
asc-core = { path = "$root/asc-core" }
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[workspace]
TOML
cp "$root/Cargo.lock" "$scratch/Cargo.lock"

cd "$root"
cargo build -q -p asc-gen
count="$(./target/debug/asc-gen --list "${doc_args[@]}" | wc -l)"
{
    echo '//! Every resource type of the document, as asc-gen drafts it.'
    # Deprecated routes are marked on the generated functions only, never on
    # the structs other drafts refer to: no warning to allow.
    echo '#![deny(warnings)]'
    ./target/debug/asc-gen --all "${doc_args[@]}"
} > "$scratch/src/lib.rs"
echo "asc-gen-all: $count resource schemas, $(wc -l < "$scratch/src/lib.rs") lines in $scratch/src/lib.rs"

start=$(date +%s)
status=0
CARGO_TARGET_DIR="$root/target" cargo build --manifest-path "$scratch/Cargo.toml" || status=$?
end=$(date +%s)
echo "asc-gen-all: cargo build took $((end - start)) s (exit $status)"
if [ "$keep" = 1 ]; then echo "asc-gen-all: kept $scratch"; fi
exit "$status"
