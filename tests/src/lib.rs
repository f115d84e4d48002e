//! Cross-crate tests of asc live in `tests/tests`; this library only makes
//! the README's Rust examples run as doctests.

#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
