#!/usr/bin/env bash
# Compile time of 200 resources declared with #[derive(AscResource)] against the
# same structs with #[derive(serde::Deserialize)] alone, and the expanded lines
# per resource. Options: --resources N, --runs N, --release, --target-dir DIR,
# --incremental, --keep, --no-expand (see --help). Needs python3 and cargo; nightly for the
# expanded-code count. Results: see BENCHMARKS.md at the workspace root.
#
# run.sh --family [--runs N] [--features F]: instead, asc-resources' declared
# families (the whole crate as it is) against the same structs with serde
# alone (family.py).
set -euo pipefail
if [ "${1:-}" = "--family" ]; then
    shift
    exec python3 "$(dirname "$0")/family.py" "$@"
fi
exec python3 "$(dirname "$0")/compile_time.py" "$@"
