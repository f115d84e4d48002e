//! The generic transport of **asc**, a framework for Apple's App Store Connect API.
//!
//! Resources are declared once with [`#[derive(AscResource)]`](derive@AscResource);
//! everything that does work is written once, here: ES256 tokens from a `.p8`
//! key ([`Credentials`]), the [`Client`] with its connection pool, retries and
//! tracing, the JSON:API model ([`ToOne`], [`ToMany`], [`Response`]), sparse
//! fieldsets and includes ([`Query`]), and one [`Error`] type that keeps
//! Apple's `errors` ([`ApiError`]). Writes send payloads declared with
//! [`#[derive(AscPayload)]`](derive@AscPayload) in Apple's request documents
//! ([`WriteRequest`], [`WriteDocument`], [`Linkage`]), and assets are uploaded
//! in one call ([`AssetUpload`]: reserve, [`Uploader`], commit, wait), on
//! Apple's asset model ([`asset`]).
//!
//! ```no_run
//! use asc_core::{Client, Credentials};
//! # async fn run() -> Result<(), asc_core::Error> {
//! let client = Client::builder()
//!     .credentials(Credentials::from_env()?)
//!     .build()?;
//! // Declared resources (see asc-resources) then read through it:
//! // let image = GameCenterAchievementImage::read(&client, "ID").send().await?;
//! # let _ = client; Ok(()) }
//! ```
#![warn(missing_docs)]

pub mod asset;
pub mod auth;
mod client;
pub mod document;
mod error;
mod open_enum;
pub mod payload;
mod query;
pub mod rate_limit;
mod request;
mod resource;
pub mod retry;
pub mod upload;

pub use asc_derive::{AscPayload, AscResource};
pub use asset::{
    AppMediaAssetState, AppMediaStateError, Asset, AssetDeliveryState, AssetUpload, HttpHeader,
    ImageAsset, ImageFile, UploadOperation,
};
pub use auth::Credentials;
pub use client::{
    Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, RawResponse, decode, decode_error,
};
pub use document::{DocumentLinks, RelationshipLinks, ResourceIdentifier, ToMany, ToOne};
pub use error::{ApiError, Error, ErrorMeta, ErrorSource};
pub use payload::{Linkage, Payload, WriteDocument};
pub use query::{Query, check_id, push_id_segment};
pub use rate_limit::RateLimit;
pub use request::{DeleteRequest, ReadRequest, Response, WriteRequest};
pub use resource::{
    FieldSelector, RelationshipMeta, Resource, ResourceMeta, Selector, UnknownName, parse_selector,
};
pub use retry::RetryPolicy;
pub use upload::{Progress, UploadPart, Uploader};

/// What the derive's expansion names. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::document::{Relationship, ResourceObject, null_as_default};
    pub use crate::payload::support;
    pub use ::core;
    pub use ::serde;
    pub use ::serde_json;
    pub use ::std::path::Path;
}
