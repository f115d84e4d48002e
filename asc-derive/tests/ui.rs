//! trybuild: declarations that must compile (and run), and mistakes that
//! must fail with an error on the user's token.
//!
//! The `.stderr` snapshots hold rustc's own wording too, which changes
//! between releases; like clap, they are pinned to one toolchain
//! ([`PINNED`], the stable release they were made with) and this test runs
//! only on it: on any other rustc it prints why and passes without checking.
//! After a toolchain update, bump [`PINNED`], regenerate with
//! `TRYBUILD=overwrite cargo test -p asc-derive --test ui` and review the diff.

/// The `rustc --version` prefix the snapshots were made with.
const PINNED: &str = "rustc 1.95.";

#[test]
fn ui() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if !version.starts_with(PINNED) {
        eprintln!(
            "skipping the ui snapshots: they are pinned to {PINNED}x, and this is {}",
            version.trim()
        );
        return;
    }
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
