#!/usr/bin/env python3
"""Compile time of asc-resources' declared families against serde-only structs of the same shapes.

Copies this checkout's `asc-resources/src` (and its seeds) twice into a
temporary workspace that depends on asc-core by path:

- `family_derive`: the declarations as they are (`#[derive(AscResource)]`,
  `#[derive(AscPayload)]`, with every `#[asc(...)]`);
- `family_serde`:  the same structs, fields and nested types with
  `#[derive(serde::Deserialize)]` (resources) or `#[derive(serde::Serialize)]`
  (payloads) and `rename_all = "camelCase"` instead, no `#[asc(...)]`, no
  hand-written `impl` blocks, and a plain `{"data": {type, id}}` struct in
  place of `Linkage<T>`: what a user
  without the derive would write at least, before any request code;
- `baseline`:      an empty crate with the same dependencies.

Then it rebuilds each crate `--runs` times, alternating (full compiles of the
crate alone, CARGO_INCREMENTAL=0, dependencies prebuilt), and prints the
medians, per declared resource too. `--features` picks asc-resources'
features (default: its default, the Game Center family).

Run it through ./run.sh --family (see --help). Prints a Markdown table for
BENCHMARKS.md.
"""

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compile_time as ct  # noqa: E402

RESOURCES = ct.REPO / "asc-resources"

LINKAGE_DATA = """
/// `{"data": {"type", "id"}}`: a payload's relationship, written by hand.
#[derive(serde::Serialize, Debug, Clone, PartialEq, Eq)]
pub struct LinkageData {
    /// The linked resource.
    pub data: asc_core::ResourceIdentifier,
}
"""


def strip_asc_attributes(text):
    """Removes every `#[asc(...)]` attribute, however many lines it spans."""
    out, i = [], 0
    while True:
        m = re.compile(r"^[ \t]*(#\[asc\()", re.M).search(text, i)
        j = m.start(1) if m else -1
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:j])
        depth, k = 0, j + 1
        while k < len(text):
            c = text[k]
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        k += 1
        # An attribute alone on its line takes its line with it.
        line_start = text.rfind("\n", 0, j) + 1
        if not text[line_start:j].strip() and text[k : k + 1] == "\n":
            out[-1] = out[-1][: len(out[-1]) - (j - line_start)]
            k += 1
        i = k


def strip_impls(text):
    """Removes top-level `impl` blocks (hand-written request code, such as
    an asset's `upload`) with the doc comments and attributes above them."""
    lines, out, skipping = text.split("\n"), [], False
    for line in lines:
        if skipping:
            skipping = line != "}"
            continue
        if line.startswith("impl ") and line.endswith("{"):
            while out and out[-1].startswith(("///", "#[")):
                out.pop()
            skipping = True
            continue
        out.append(line)
    return "\n".join(out)


def serde_only(text):
    text = strip_impls(strip_asc_attributes(text))
    # The crate's own macro that writes such impls (asc-resources' game_center).
    text = re.sub(r"^image_of_localization!\(.*?\);\n", "", text, flags=re.M | re.S)
    text = re.sub(
        r"^([ \t]*)#\[derive\(AscResource,?\s*([^)]*)\)\]",
        lambda m: f'{m.group(1)}#[derive(serde::Deserialize, {m.group(2)})]\n{m.group(1)}#[serde(rename_all = "camelCase")]'.replace(", )", ")"),
        text,
        flags=re.M,
    )
    text = re.sub(
        r"^([ \t]*)#\[derive\(AscPayload,?\s*([^)]*)\)\]",
        lambda m: f'{m.group(1)}#[derive(serde::Serialize, {m.group(2)})]\n{m.group(1)}#[serde(rename_all = "camelCase")]'.replace(", )", ")"),
        text,
        flags=re.M,
    )
    text = re.sub(r"\bLinkage<[A-Za-z0-9_]+>", "crate::LinkageData", text)
    return text


def lib_serde(text):
    """lib.rs without what needs the derive (`declared()` and the `Resource` import)."""
    text = re.sub(r"(#\[cfg\([^\n]*\)\]\n)?use asc_core::Resource;\n", "", text)
    text = re.sub(
        r"(///[^\n]*\n)*(#\[cfg\([^\n]*\)\]\n)?pub fn declared\(\)[^{]*\{.*?\n\}\n",
        "",
        text,
        flags=re.S,
    )
    text = text.replace("use asc_core::ResourceMeta;\n", "")
    return text + LINKAGE_DATA


def copy_crate(dest, name, features, transform):
    src = dest / "src"
    shutil.copytree(RESOURCES / "src", src)
    shutil.copytree(RESOURCES / "seeds", dest / "seeds")
    for path in src.rglob("*.rs"):
        text = path.read_text()
        if transform:
            text = serde_only(text)
            if path.name == "lib.rs" and path.parent == src:
                text = lib_serde(text)
        # Unused imports and dead code differ between the two; neither is measured.
        if path.name == "lib.rs" and path.parent == src:
            text = "#![allow(unused_imports, dead_code, unused_qualifications, unused_macros)]\n" + text
        path.write_text(text)
    feats = "\n".join(f'{f} = []' for f in features)
    default = ", ".join(f'"{f}"' for f in features)
    (dest / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[features]\ndefault = [{default}]\n{feats}\n\n"
        "[dependencies]\n"
        f'asc-core = {{ path = "{(ct.REPO / "asc-core").as_posix()}" }}\n'
        'serde = { version = "1", features = ["derive"] }\n'
        'serde_json = "1"\n'
    )


def count_declarations(text_root):
    resources = payloads = 0
    for path in text_root.rglob("*.rs"):
        t = path.read_text()
        resources += len(re.findall(r"^#\[derive\(AscResource", t, re.M))
        payloads += len(re.findall(r"^#\[derive\(AscPayload", t, re.M))
    return resources, payloads


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed rebuilds per crate (default 5)")
    ap.add_argument("--features", default="game-center", help="asc-resources features, comma-separated")
    ap.add_argument(
        "--target-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "asc-compile-time-target",
        help="cargo target directory, kept between runs (default: $TMPDIR/asc-compile-time-target)",
    )
    ap.add_argument("--keep", action="store_true", help="keep the generated workspace and print its path")
    ap.add_argument("--no-expand", action="store_true", help="skip the expanded-code count (needs nightly)")
    args = ap.parse_args()
    features = [f for f in args.features.split(",") if f]
    env = dict(
        os.environ,
        CARGO_TARGET_DIR=str(args.target_dir.resolve()),
        CARGO_TERM_COLOR="never",
        CARGO_INCREMENTAL="0",
    )
    env.pop("RUSTFLAGS", None)
    ws = Path(tempfile.mkdtemp(prefix="asc-compile-family-"))
    crates = ["family_derive", "family_serde", "baseline"]
    try:
        (ws / "Cargo.toml").write_text(
            '[workspace]\nresolver = "3"\n' + f"members = {crates!r}\n".replace("'", '"')
        )
        shutil.copy(ct.REPO / "Cargo.lock", ws / "Cargo.lock")
        copy_crate(ws / "family_derive", "family_derive", features, transform=False)
        copy_crate(ws / "family_serde", "family_serde", features, transform=True)
        (ws / "baseline" / "src").mkdir(parents=True)
        (ws / "baseline" / "src" / "lib.rs").write_text("//! Nothing: the fixed cost of a crate.\n")
        (ws / "baseline" / "Cargo.toml").write_text(
            '[package]\nname = "baseline"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
            "[dependencies]\n"
            f'asc-core = {{ path = "{(ct.REPO / "asc-core").as_posix()}" }}\n'
            'serde = { version = "1", features = ["derive"] }\n'
            'serde_json = "1"\n'
        )
        resources, payloads = count_declarations(ws / "family_derive" / "src")
        print(f"{resources} resources and {payloads} payloads ({', '.join(features)}) in {ws}", file=sys.stderr)
        for c in crates:
            ct.cargo(["build", "-p", c], ws, env)
        times = {c: [] for c in crates}
        cpus = {c: [] for c in crates}
        for run in range(args.runs):
            order = crates if run % 2 == 0 else list(reversed(crates))
            for c in order:
                wall, cpu = ct.timed_build(ws, env, c, [])
                times[c].append(wall)
                cpus[c].append(cpu)
            print(
                f"run {run + 1}/{args.runs}: "
                + ", ".join(f"{c} {times[c][-1]:.2f} s ({cpus[c][-1]:.2f} s CPU)" for c in crates),
                file=sys.stderr,
            )
        med = {c: statistics.median(t) for c, t in times.items()}
        med_cpu = {c: statistics.median(t) for c, t in cpus.items()}
        lines = {}
        if not args.no_expand and ct.has_nightly():
            lines = {c: ct.expanded_lines(ws, env, c) for c in crates}

        d, s, b = med["family_derive"], med["family_serde"], med["baseline"]
        print(
            f"\nCompile time of asc-resources ({', '.join(features)}: {resources} resources, "
            f"{payloads} payloads), `cargo build` (dev profile, full compile of the crate), "
            f"median of {args.runs} builds of the crate alone (dependencies prebuilt)."
        )
        print(f"Machine: {ct.machine()}.\n")
        print("| crate | median build | all runs (s) | median CPU time | all runs, CPU (s) |")
        print("|---|---|---|---|---|")
        for c in crates:
            print(
                f"| {c} | {med[c]:.2f} s | {', '.join(f'{t:.2f}' for t in times[c])} "
                f"| {med_cpu[c]:.2f} s | {', '.join(f'{t:.2f}' for t in cpus[c])} |"
            )
        print()
        print(f"- ratio family_derive / family_serde: **{d / s:.2f}** (CPU {med_cpu['family_derive'] / med_cpu['family_serde']:.2f})")
        if s > b:
            print(f"- net of the baseline crate: {(d - b) / (s - b):.2f}")
        print(
            f"- per declared resource (with its payloads), net of the baseline: derive "
            f"{(d - b) / resources * 1000:.0f} ms, serde only {(s - b) / resources * 1000:.0f} ms"
        )
        if lines:
            print(
                f"- expanded code (non-blank lines): family_derive {lines['family_derive']}, "
                f"family_serde {lines['family_serde']}, baseline {lines['baseline']}; per resource "
                f"{(lines['family_derive'] - lines['baseline']) / resources:.0f} against "
                f"{(lines['family_serde'] - lines['baseline']) / resources:.0f}"
            )
    finally:
        if args.keep:
            print(f"kept {ws}", file=sys.stderr)
        else:
            shutil.rmtree(ws, ignore_errors=True)


if __name__ == "__main__":
    main()
