//! What comes back: the raw answer of any request, the typed [`Response`]
//! of a single-resource document, and the decoding both go through.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::decode::WRONG_TYPE;
use crate::document::{Document, DocumentLinks, type_of};
use crate::error::excerpt;
use crate::rate_limit::RateLimit;
use crate::{Error, Resource};

/// A raw successful answer: status, headers and body bytes.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RawResponse {
    /// HTTP status (2xx).
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// The whole body.
    pub body: Bytes,
    /// The parsed `X-Rate-Limit` header.
    pub rate_limit: Option<RateLimit>,
}

impl RawResponse {
    /// An answer with this status, headers and body; the rate limit is read
    /// from the headers. For decoders and tests that have an answer in hand.
    pub fn new(status: u16, headers: HeaderMap, body: impl Into<Bytes>) -> RawResponse {
        let rate_limit = RateLimit::from_headers(&headers);
        RawResponse {
            status,
            headers,
            body: body.into(),
            rate_limit,
        }
    }
}

/// A typed answer: the primary resource, the document's links, the rate
/// limit, and the included resources (decoded on demand by type).
#[derive(Debug, Clone)]
pub struct Response<R> {
    /// The primary resource.
    pub data: R,
    /// The document's `links`.
    pub links: DocumentLinks,
    /// Apple's `X-Rate-Limit` header, parsed.
    pub rate_limit: Option<RateLimit>,
    /// HTTP status of the answer.
    pub status: u16,
    included: Vec<Box<RawValue>>,
    body: Bytes,
}

impl<R> Response<R> {
    /// The included resources of type `T`, decoded.
    ///
    /// Resources of other types are skipped. An included resource of type `T`
    /// that does not decode as `T` is skipped and reported with `tracing::warn!`;
    /// use [`Response::try_included`] to get that error instead.
    pub fn included<T: Resource>(&self) -> Vec<T> {
        decode_included(&self.included)
    }

    /// The included resources of type `T`, failing on the first that does not decode.
    pub fn try_included<T: Resource>(&self) -> Result<Vec<T>, Error> {
        try_decode_included(&self.included, self.status)
    }

    /// Every included resource object, as raw JSON, of any type.
    pub fn included_raw(&self) -> &[Box<RawValue>] {
        &self.included
    }

    /// The body exactly as it arrived.
    pub fn raw_body(&self) -> &[u8] {
        &self.body
    }

    /// Decodes a raw answer into a typed response.
    pub fn from_raw(raw: RawResponse) -> Result<Response<R>, Error>
    where
        R: serde::de::DeserializeOwned,
    {
        let doc: Document<R> = decode(raw.status, &raw.body)?;
        Ok(Response {
            data: doc.data,
            links: doc.links,
            rate_limit: raw.rate_limit,
            status: raw.status,
            included: doc.included,
            body: raw.body,
        })
    }
}

fn included_of<T: Resource>(included: &[Box<RawValue>]) -> impl Iterator<Item = &RawValue> {
    included
        .iter()
        .map(|b| &**b)
        .filter(|raw| type_of(raw).as_deref() == Some(T::TYPE))
}

/// The included resources of type `T`; those that do not decode are skipped, with a warning.
pub(crate) fn decode_included<T: Resource>(included: &[Box<RawValue>]) -> Vec<T> {
    included_of::<T>(included)
        .filter_map(|raw| match serde_json::from_str::<T>(raw.get()) {
            Ok(t) => Some(t),
            Err(e) => {
                tracing::warn!(kind = T::TYPE, error = %e, "an included resource did not decode");
                None
            }
        })
        .collect()
}

/// The included resources of type `T`, failing on the first that does not decode.
pub(crate) fn try_decode_included<T: Resource>(
    included: &[Box<RawValue>],
    status: u16,
) -> Result<Vec<T>, Error> {
    included_of::<T>(included)
        .map(|raw| decode::<T>(status, raw.get().as_bytes()))
        .collect()
}

/// Turns the status and body of an answer that is not 2xx into the [`Error`]
/// the client would return for it: [`Error::Api`] when the body is Apple's
/// `ErrorResponse` with at least one error, [`Error::Http`] (with a short
/// printable excerpt) for anything else, such as an HTML page from a proxy.
///
/// Never panics, whatever the bytes; exposed for tests, fuzzing and programs
/// that fetch answers by other means.
pub fn decode_error(status: u16, body: &[u8], rate_limit: Option<RateLimit>) -> Error {
    Error::from_response(status, body, rate_limit, None)
}

/// Decodes a body, naming the JSON path where it fails.
pub fn decode<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<T, Error> {
    // Tracking the path costs about as much as decoding itself (measured by
    // bench/, see BENCHMARKS.md), and only a failure needs it: decode plainly,
    // and decode again with tracking when that fails, to name the path.
    // Checking UTF-8 once for the whole body lets serde_json skip checking
    // each string and each raw `included` object on its own.
    let plain = std::str::from_utf8(body).map(serde_json::from_str);
    match plain {
        Ok(Ok(value)) => Ok(value),
        _ => decode_tracking_path(status, body),
    }
}

/// [`decode`] through `serde_path_to_error`, for the error's JSON path.
fn decode_tracking_path<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let (path, message) = (e.path().to_string(), e.inner().to_string());
        match message.strip_prefix(WRONG_TYPE) {
            // A declared resource met a `type` that is not its own.
            Some(what) => Error::UnexpectedResponse {
                status: Some(status),
                message: format!("{what} (at JSON path `{path}`)"),
            },
            None => Error::Decode {
                status,
                path,
                message,
                excerpt: excerpt(body),
            },
        }
    })?;
    de.end().map_err(|e| Error::Decode {
        status,
        path: ".".into(),
        message: e.to_string(),
        excerpt: excerpt(body),
    })?;
    Ok(value)
}

/// True when `body` is the start of a JSON value that ends too early: only
/// checked after a decode failed, so a good answer is parsed once.
pub(crate) fn cut_short(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_err_and(|e| e.is_eof())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_body_is_told_from_a_wrong_one() {
        let whole = br#"{"data":{"type":"t","id":"1","attributes":{"fileSize":3}}}"#;
        for end in 0..whole.len() {
            assert!(
                cut_short(&whole[..end]),
                "{}",
                String::from_utf8_lossy(&whole[..end])
            );
        }
        assert!(!cut_short(whole));
        assert!(
            !cut_short(br#"{"data":{"id":1}}"#),
            "wrong shape, whole JSON"
        );
        assert!(!cut_short(b"<html>502</html>"));
        assert!(!cut_short(br#"{"data":1}}"#), "trailing bytes");
    }

    #[test]
    fn html_error_keeps_status_and_excerpt() {
        let e = decode_error(502, b"<html><body>Bad Gateway</body></html>", None);
        assert_eq!(e.status(), Some(502));
        assert!(e.api_errors().is_empty());
        assert!(e.to_string().contains("Bad Gateway"));
    }

    #[test]
    fn decode_names_the_path() {
        #[derive(serde::Deserialize, Debug)]
        struct A {
            #[allow(dead_code)]
            data: B,
        }
        #[derive(serde::Deserialize, Debug)]
        struct B {
            #[allow(dead_code)]
            size: Option<i64>,
        }
        let e = decode::<A>(200, br#"{"data":{"size":"big"}}"#).unwrap_err();
        match e {
            Error::Decode { path, .. } => assert_eq!(path, "data.size"),
            other => panic!("{other:?}"),
        }
    }
}
