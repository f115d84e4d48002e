//! trybuild: declarations that must compile (and run), and mistakes that
//! must fail with an error on the user's token. Regenerate the `.stderr`
//! files with `TRYBUILD=overwrite` and review them: rustc's wording is
//! pinned to the toolchain these were made with.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
