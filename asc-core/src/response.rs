//! What comes back: the raw answer of any request, the typed [`Response`]
//! of a single-resource document, and the decoding both go through.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use bytes::Bytes;
use http::header::HeaderMap;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::decode::WRONG_TYPE;
use crate::document::{DocumentLinks, null_as_default, type_of};
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
    included: Included,
    body: Bytes,
}

impl<R> Response<R> {
    /// The included resources of type `T`, decoded.
    ///
    /// Resources of other types are skipped. An included resource of type `T`
    /// that does not decode as `T` is skipped and reported with `tracing::warn!`;
    /// use [`Response::try_included`] to get that error instead.
    pub fn included<T: Resource>(&self) -> Vec<T> {
        self.included.of_type(&self.body)
    }

    /// The included resources of type `T`, failing on the first that does not decode.
    pub fn try_included<T: Resource>(&self) -> Result<Vec<T>, Error> {
        self.included.try_of_type(&self.body, self.status)
    }

    /// Every included resource object, as raw JSON, of any type.
    pub fn included_raw(&self) -> &[Box<RawValue>] {
        self.included.raw(&self.body)
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
        let doc: Borrowed<'_, R> = decode_borrowed(raw.status, &raw.body)?;
        let included = Included::locate(raw.status, &raw.body, doc.included)?;
        let (data, links) = (doc.data, doc.links);
        Ok(Response {
            data,
            links,
            rate_limit: raw.rate_limit,
            status: raw.status,
            included,
            body: raw.body,
        })
    }
}

/// A single-resource document whose `included` array is only located in
/// the body: each included resource is decoded once, when its type is asked for.
#[derive(Deserialize)]
#[serde(bound = "D: Deserialize<'de>")]
struct Borrowed<'a, D> {
    data: D,
    #[serde(default, borrow)]
    included: Option<&'a RawValue>,
    #[serde(default, deserialize_with = "null_as_default")]
    links: DocumentLinks,
}

/// The `included` member of an answer: where it lies in the body. Each
/// resource in it is decoded in one pass when its type is asked for
/// ([`Included::of_type`]); the raw objects are split out only when
/// [`Included::raw`] is called.
#[derive(Clone, Default)]
pub(crate) struct Included {
    /// The byte range of the `included` array in the body; empty when absent or `null`.
    span: Range<usize>,
    raw: OnceLock<Vec<Box<RawValue>>>,
}

impl fmt::Debug for Included {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Included({} bytes)", self.span.len())
    }
}

impl Included {
    /// Where `included` (borrowed from `body`) lies. A member that is
    /// neither an array nor `null` is an error naming its path.
    pub(crate) fn locate(
        status: u16,
        body: &[u8],
        included: Option<&RawValue>,
    ) -> Result<Included, Error> {
        let text = included.map_or("null", RawValue::get);
        if text == "null" {
            return Ok(Included::default());
        }
        // `included` was borrowed from `body`: its offset is where it lies.
        let start = (text.as_ptr() as usize).wrapping_sub(body.as_ptr() as usize);
        let span = start..start.saturating_add(text.len());
        if text.starts_with('[') && span.end <= body.len() {
            return Ok(Included {
                span,
                raw: OnceLock::new(),
            });
        }
        /// The member alone, decoded as an array to name the mistake.
        #[derive(Deserialize)]
        struct IncludedOnly {
            #[allow(dead_code)] // decoded for its error only
            included: Vec<IgnoredAny>,
        }
        decode_borrowed::<IncludedOnly>(status, body)?;
        Err(Error::UnexpectedResponse {
            status: Some(status),
            message: "`included` is not an array".into(),
        })
    }

    fn text<'a>(&self, body: &'a [u8]) -> &'a str {
        body.get(self.span.clone())
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    /// Every included resource object, split out on first use.
    pub(crate) fn raw(&self, body: &[u8]) -> &[Box<RawValue>] {
        self.raw.get_or_init(|| match self.text(body) {
            "" => Vec::new(),
            text => serde_json::from_str(text).unwrap_or_default(),
        })
    }

    /// The resources of type `T`; those that do not decode are skipped, with a warning.
    pub(crate) fn of_type<T: Resource>(&self, body: &[u8]) -> Vec<T> {
        match self.decode_fast(body) {
            Some(items) => items,
            None => decode_included(self.raw(body)),
        }
    }

    /// The resources of type `T`, failing on the first that does not decode.
    pub(crate) fn try_of_type<T: Resource>(
        &self,
        body: &[u8],
        status: u16,
    ) -> Result<Vec<T>, Error> {
        match self.decode_fast(body) {
            Some(items) => Ok(items),
            None => try_decode_included(self.raw(body), status),
        }
    }

    /// One pass over the array, decoding each object of type `T` straight
    /// from the text when its `type` comes first (as Apple sends it).
    /// `None` on anything else (another order, a bad object); the callers
    /// then take the general path, which names the problem.
    fn decode_fast<T: Resource>(&self, body: &[u8]) -> Option<Vec<T>> {
        let text = self.text(body);
        if text.is_empty() {
            return Some(Vec::new());
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let items = de::Deserializer::deserialize_seq(&mut de, OfType::<T>(Default::default()));
        items.ok()
    }
}

/// Collects the objects of type `T` of an `included` array.
struct OfType<T>(std::marker::PhantomData<fn() -> T>);

impl<'de, T: Resource> Visitor<'de> for OfType<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of resource objects")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = seq.next_element_seed(OneOfType::<T>(Default::default()))? {
            out.extend(item);
        }
        Ok(out)
    }
}

/// One object of an `included` array: `Some(T)` when its type is `T`'s.
struct OneOfType<T>(std::marker::PhantomData<fn() -> T>);

impl<'de, T: Resource> DeserializeSeed<'de> for OneOfType<T> {
    type Value = Option<T>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T: Resource> Visitor<'de> for OneOfType<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a resource object whose first member is `type`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<T>, A::Error> {
        let first: Option<Cow<'de, str>> = map.next_key_seed(Text)?;
        if first.as_deref() != Some("type") {
            return Err(de::Error::custom("`type` is not the first member"));
        }
        let kind: Cow<'de, str> = map.next_value_seed(Text)?;
        if kind != T::TYPE {
            while map.next_key::<IgnoredAny>()?.is_some() {
                map.next_value::<IgnoredAny>()?;
            }
            return Ok(None);
        }
        T::deserialize(de::value::MapAccessDeserializer::new(Replay {
            kind: Some(kind),
            replayed_key: false,
            rest: map,
        }))
        .map(Some)
    }
}

/// A string, borrowed from the text when it has no escapes.
struct Text;

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

/// The members of a resource object with its `type`, already read, put back in front.
struct Replay<'de, A> {
    kind: Option<Cow<'de, str>>,
    replayed_key: bool,
    rest: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if !self.replayed_key {
            self.replayed_key = true;
            return seed
                .deserialize(de::value::BorrowedStrDeserializer::new("type"))
                .map(Some);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.kind.take() {
            Some(Cow::Borrowed(kind)) => {
                seed.deserialize(de::value::BorrowedStrDeserializer::new(kind))
            }
            Some(Cow::Owned(kind)) => seed.deserialize(de::value::StringDeserializer::new(kind)),
            None => self.rest.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.rest.size_hint().map(|n| n + 1)
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
    decode_borrowed(status, body)
}

/// [`decode`] into a value that may borrow from `body`.
pub(crate) fn decode_borrowed<'a, T: Deserialize<'a>>(
    status: u16,
    body: &'a [u8],
) -> Result<T, Error> {
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
fn decode_tracking_path<'a, T: Deserialize<'a>>(status: u16, body: &'a [u8]) -> Result<T, Error> {
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
