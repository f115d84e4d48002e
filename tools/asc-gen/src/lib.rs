//! asc-gen: reads Apple's App Store Connect OpenAPI document and drafts
//! `#[derive(AscResource)]` declarations in asc-resources' style.
//!
//! [`openapi`] is the one reader of Apple's document: it turns the JSON into
//! typed facts (resource schemas, attributes, relationships, routes and their
//! parameters). [`generate`] prints a declaration from those facts, with what
//! it cannot express listed in a comment above it. [`check`] compares
//! declared resources (`asc_core::ResourceMeta`) with the same facts, and
//! [`facts`] writes `tests/schema-facts.json` for the tests' schema
//! validation.
//!
//! ```no_run
//! let doc = asc_gen::openapi::Document::read(asc_gen::DEFAULT_DOCUMENT)?;
//! let schema = doc.resource("GameCenterAchievementImageV2").expect("in 4.4.1");
//! let draft = asc_gen::generate::draft(&doc, schema);
//! print!("{}", asc_gen::generate::file(&doc, &[draft]));
//! # Ok::<(), asc_gen::openapi::ReadError>(())
//! ```
#![warn(missing_docs)]

pub mod check;
pub mod facts;
pub mod generate;
mod json;
pub mod openapi;

/// Apple's document in this repository, from the workspace root.
pub const DEFAULT_DOCUMENT: &str = "reference/app-store-connect-openapi-4.4.1.json";

/// The document in this repository, found from this crate's directory (for
/// tests and `cargo run` from anywhere in the workspace).
pub fn default_document_path() -> String {
    format!("{}/../../{DEFAULT_DOCUMENT}", env!("CARGO_MANIFEST_DIR"))
}
