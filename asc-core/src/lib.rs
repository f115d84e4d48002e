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
//! Apple's asset model ([`ImageAsset`], [`AppMediaAssetState`]...).
//!
//! Every request is a [`Request`] with a [`Decoder`], sent by one `send`
//! through one retry loop: [`RetryPolicy`] counts the attempts of the whole
//! operation, whatever failed; [`ClientBuilder::timeout`] limits each
//! attempt and [`ClientBuilder::deadline`] the whole operation, and any
//! request can override them (`.timeout(..)`, `.retry(..)`, `.deadline(..)`).
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

mod asset;
mod auth;
pub mod budget;
mod client;
mod decode;
mod document;
mod error;
mod http;
mod linkage;
mod list;
mod open_enum;
mod operation;
mod payload;
mod query;
mod rate_limit;
mod request;
mod resource;
mod response;
mod retry;
mod upload;

/// The HTTP method of a [`Request`] or [`Client::execute`] (`http`'s, which
/// is also `reqwest::Method`).
pub use ::http::Method;
pub use asc_derive::{AscPayload, AscResource};
pub use asset::{
    AppMediaAssetState, AppMediaStateError, Asset, AssetCommit, AssetDeliveryState,
    AssetReservation, AssetUpload, HttpHeader, ImageAsset, ImageFile, UploadOperation,
};
pub use auth::Credentials;
pub use budget::{RateBudget, RateEstimate, WindowEstimate};
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_TIMEOUT};
pub use document::{DocumentLinks, Paging, RelationshipLinks, ResourceIdentifier, ToMany, ToOne};
pub use error::{ApiError, BoxError, Error, ErrorMeta, ErrorSource};
pub use http::DEFAULT_CONNECT_TIMEOUT;
pub use linkage::{
    LinkageList, LinkageListRequest, LinkageOne, LinkageRequest, LinkageWriteRequest,
};
pub use list::{
    Filter, Items, List, ListEndpoint, ListRequest, NoFilter, NoSort, Page, Paged, Pages,
    Unfiltered,
};
pub use operation::{Decoder, NoContent, Raw, Request};
pub use payload::{Linkage, Payload, WriteDocument};
pub use query::{Query, check_id, push_id_segment};
pub use rate_limit::{RATE_LIMIT_HEADER, RateLimit};
pub use request::{DeleteRequest, Read, ReadRequest, Related, RelatedRequest, Write, WriteRequest};
pub use resource::{
    DEFAULT_INCLUDE_LIMIT, FieldSelector, FilterMeta, LinkageMeta, ListMeta, Operations,
    RelationshipMeta, Resource, ResourceMeta, Selector, UnknownName, parse_selector,
};
pub use response::{RawResponse, Response, decode, decode_error};
pub use retry::RetryPolicy;
pub use upload::{Progress, UploadPart, Uploader};

/// What the derive's expansion names. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::decode::{DecodeResource, FieldValue, deserialize as decode_resource};
    pub use crate::document::{Relationship, ResourceObject, null_as_default};
    pub use crate::payload::support;
    // For fuzz targets and property tests of the parsers; not for users.
    pub use crate::asset::sniff_image;
    pub use crate::retry::parse_retry_after;
    pub use ::core;
    pub use ::serde;
    pub use ::serde_json;
    pub use ::std::path::Path;
    pub use ::std::string::{String, ToString};
    pub use ::std::vec::Vec;
}
