//! A local App Store Connect: an in-process emulator of Apple's API for tests,
//! first runs without a `.p8` key, and tools in other languages.
//!
//! The emulator is an HTTP server (axum on tokio) on `127.0.0.1` that behaves
//! like App Store Connect for the resources it is told about, and knows nothing
//! about any one resource type. It learns types from declarations
//! ([`asc_core::ResourceMeta`], written by `#[derive(AscResource)]`) and from seed
//! documents in Apple's JSON:API shape, and then:
//!
//! - verifies every API request's bearer token like Apple (ES256 with its own
//!   P-256 key, `kid`, `aud`, `exp` at most 20 minutes after `iat`, `iss` or
//!   `sub = "user"`), answering 401 `NOT_AUTHORIZED` otherwise, with a `Date`
//!   header on every answer so clients can measure clock skew;
//! - serves `GET`, `PATCH`, `DELETE` `{path}/{id}`, `POST {path}`, related reads
//!   `{path}/{id}/{relationship}` and linkage `{path}/{id}/relationships/{name}`,
//!   with `fields[TYPE]`, `include`, Apple's `ErrorResponse` for every error, an
//!   `X-Rate-Limit` header and 429 when the hourly allowance is spent;
//! - serves the declared lists like Apple: filters, `sort`, `limit`, pages
//!   linked by an absolute `links.next` whose `cursor` is opaque (sealed with
//!   a key of this emulator, so a client that builds its own cursors fails),
//!   `meta.paging`, and Apple's 400s for an unknown filter, a bad `limit` or
//!   cursor, a repeated or unknown parameter; an included to-many
//!   relationship is cut at `limit[rel]` (10 by default) with its
//!   `meta.paging`;
//! - changes linkage (`POST`, `DELETE`, `PATCH` of
//!   `{path}/{id}/relationships/{name}`, answering 204) where the
//!   declaration's `linkages` offer it, and answers Apple's 403 elsewhere;
//! - treats any type with `fileName` and `fileSize` as an asset: a create answers
//!   with `uploadOperations` pointing at the emulator's own upload route, and a
//!   commit (`uploaded: true`) is processed to `COMPLETE` (with `imageAsset` read
//!   from the PNG or JPEG) or `FAILED`;
//! - injects faults on demand ([`Fault`], [`FaultRoute`], [`Injection`],
//!   [`RandomFaults`]): error statuses, HTML pages, delays, connections closed
//!   before or in the middle of the body, truncated JSON, before or after the
//!   request is really handled; and, for crawls, a 429 on the nth page
//!   ([`Fault::rate_limited`] with [`Injection::skip`]), a page whose
//!   `links.next` repeats its own URL ([`Fault::RepeatedNext`]) and an expired
//!   cursor ([`Fault::ExpiredCursor`]).
//!
//! It is a crate of its own rather than a feature of asc-core so that a build of
//! the client never compiles a server, and so the emulator can be used against
//! any client.
//!
//! ```
//! use asc_core::ResourceMeta;
//! use asc_emulator::{Emulator, Fault, FaultRoute, Method};
//! use serde_json::json;
//!
//! // Usually written by #[derive(AscResource)]; by hand here.
//! const THINGS: ResourceMeta = ResourceMeta::new("things", "/v1/things").with_attributes(&["name"]);
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = Emulator::builder()
//!     .resource_meta(THINGS)
//!     .seed(json!({"data": {"type": "things", "id": "1", "attributes": {"name": "first"}}}))
//!     .start()
//!     .await?;
//!
//! // A client with the emulator's key and base URL.
//! let client = emulator.client();
//! let answer = client.execute(Method::GET, "/v1/things/1", None).await?;
//! let doc: serde_json::Value = serde_json::from_slice(&answer.body)?;
//! assert_eq!(doc["data"]["attributes"]["name"], "first");
//! assert_eq!(answer.rate_limit.and_then(|r| r.hour_remaining), Some(3599));
//!
//! // Apple has a bad moment: the next read gets a 404 from the emulator itself.
//! emulator.inject(FaultRoute::get("/v1/things/*"), Fault::apple_error(404, "NOT_FOUND"));
//! let err = client.execute(Method::GET, "/v1/things/1", None).await.unwrap_err();
//! assert_eq!(err.status(), Some(404));
//! # Ok(()) }
//! ```
#![warn(missing_docs)]

mod api;
mod apple;
mod asset;
mod auth;
mod builder;
mod cursor;
mod emulator;
mod error;
mod fault;
mod ids;
mod image;
mod list;
mod query;
mod registry;
mod server;
mod state;
mod store;
mod sync;
mod upload;

pub use axum::http::Method;
pub use builder::{
    DEFAULT_HOURLY_LIMIT, DEFAULT_MAX_FILE_SIZE, DEFAULT_PROCESSING_DELAY,
    DEFAULT_UPLOAD_PART_SIZE, EmulatorBuilder,
};
pub use emulator::Emulator;
pub use error::EmulatorError;
pub use fault::{Fault, FaultRoute, Injection, RandomFaults};
pub use state::{AppliedWrite, LoggedRequest, UploadRequest};
