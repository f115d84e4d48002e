//! The one error type of asc-core, and Apple's `ResponseError` model.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Deserializer};

use crate::asset::AppMediaStateError;
use crate::rate_limit::RateLimit;

/// The cause kept by an error: what the HTTP stack or the file system said.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong between building a request and decoding its answer.
///
/// Messages are written for the person who has to fix the problem. No variant
/// ever carries the private key, a token or the `Authorization` header.
///
/// An operation that was tried more than once and still failed is
/// [`Error::RetriesExhausted`], which says how many attempts were made and
/// holds what the last one got; [`status`](Error::status),
/// [`api_errors`](Error::api_errors), [`rate_limit`](Error::rate_limit) and
/// [`last_attempt`](Error::last_attempt) look through it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The key, key id or issuer id cannot make a valid App Store Connect token.
    #[error("invalid App Store Connect credentials: {0}")]
    Credentials(String),

    /// A required environment variable (or file it names) is missing or unusable.
    #[error("{0}")]
    Environment(String),

    /// The client could not be configured (base URL, TLS, timeouts).
    #[error("invalid client configuration: {0}")]
    Config(String),

    /// A request was refused before it was sent: a bad id, field name, limit or body.
    #[error("invalid request: {0}")]
    InvalidRequest(String),

    /// App Store Connect answered with a JSON `ErrorResponse`.
    #[error("{}", api_message(*status, errors, hint.as_deref()))]
    Api {
        /// HTTP status code of the answer.
        status: u16,
        /// Apple's `errors` array, decoded.
        errors: Vec<ApiError>,
        /// Rate-limit header of the answer, when present.
        rate_limit: Option<RateLimit>,
        /// The answer's `Retry-After`, when present.
        retry_after: Option<Duration>,
        /// A hint added by asc (for example that the clock may be wrong).
        hint: Option<String>,
    },

    /// An error status whose body is not Apple's JSON (an HTML page from a proxy, say).
    #[error(
        "HTTP {status} from App Store Connect without an Apple error document in the body: {excerpt}"
    )]
    Http {
        /// HTTP status code of the answer.
        status: u16,
        /// The start of the body, made printable and cut to a few hundred characters.
        excerpt: String,
        /// Rate-limit header of the answer, when present.
        rate_limit: Option<RateLimit>,
        /// The answer's `Retry-After`, when present.
        retry_after: Option<Duration>,
    },

    /// A successful answer whose body does not have the expected JSON shape.
    #[error(
        "could not decode the response at JSON path `{path}`: {message} (body starts: {excerpt})"
    )]
    Decode {
        /// HTTP status of the answer.
        status: u16,
        /// JSON path where decoding failed, such as `data.attributes.fileSize`.
        path: String,
        /// What serde said.
        message: String,
        /// The start of the body.
        excerpt: String,
    },

    /// A successful answer that decodes but cannot be what was asked for: a
    /// resource of another type, an upload without operations, a `next` link
    /// to another server. Nothing the caller sent was wrong.
    #[error("App Store Connect sent an unexpected answer: {message}")]
    UnexpectedResponse {
        /// HTTP status of the answer, when the problem is in one answer.
        status: Option<u16>,
        /// What was wrong, naming what was expected.
        message: String,
    },

    /// No complete answer arrived within the time limit of one attempt.
    #[error(
        "request timed out after {after:?}; raise it with ClientBuilder::timeout (or .timeout(..) on the request) if the network is slow"
    )]
    Timeout {
        /// The time limit that ran out.
        after: Duration,
        /// What the HTTP stack reported.
        #[source]
        source: Option<BoxError>,
    },

    /// The connection failed or broke before a complete answer arrived.
    #[error("connection to App Store Connect failed: {message}")]
    Connection {
        /// What failed, with the chain of causes, for people.
        message: String,
        /// The underlying error.
        #[source]
        source: Option<BoxError>,
    },

    /// The operation was tried more than once and did not succeed; `last`
    /// is what the last attempt got.
    #[error("gave up after {attempts} attempts; the last one got: {last}")]
    RetriesExhausted {
        /// How many attempts were made in all.
        attempts: u32,
        /// The error of the last attempt.
        #[source]
        last: Box<Error>,
    },

    /// The whole operation (attempts and the waits between them) did not end
    /// within its deadline ([`ClientBuilder::deadline`](crate::ClientBuilder::deadline)
    /// or `.deadline(..)` on the request).
    #[error("{}", deadline_message(*limit, *attempts, last.as_deref()))]
    Deadline {
        /// The deadline that ran out.
        limit: Duration,
        /// Attempts made before it ran out.
        attempts: u32,
        /// What the last finished attempt got, when one finished.
        #[source]
        last: Option<Box<Error>>,
    },

    /// The client's [`RateBudget`](crate::RateBudget) would hold the
    /// request longer than its deadline allows, so it was not sent. The
    /// key's remaining allowance is at or under the budget's reserve.
    #[error(
        "the rate budget would hold this request for {wait:?}, longer than its deadline of {deadline:?} \
         allows (the key's remaining requests are at or under the budget's reserve; estimate: {}); \
         raise the deadline, lower RateBudget::reserve, or try again later",
        estimate_message(estimate)
    )]
    RateBudget {
        /// How long the budget would have held the request.
        wait: Duration,
        /// The operation's deadline.
        deadline: Duration,
        /// What the budget believed when it refused.
        estimate: crate::RateEstimate,
    },

    /// A page of a list could not be read; `url` is where it was asked
    /// for, and [`ListRequest::resume`](crate::ListRequest::resume) from it
    /// continues the crawl.
    #[error("page {number} of the list failed ({url}): {source}")]
    Page {
        /// The page's position in the crawl, from 1.
        number: u32,
        /// The whole URL of the page (with its parameters and cursor).
        url: String,
        /// Why it failed.
        source: Box<Error>,
    },

    /// Apple processed an uploaded asset and reported it as failed.
    #[error(
        "App Store Connect could not process the asset: {}",
        asset_errors(errors)
    )]
    AssetFailed {
        /// Apple's `assetDeliveryState.errors`, verbatim.
        errors: Vec<AppMediaStateError>,
    },

    /// An asset upload did not end within its time limit
    /// ([`AssetUpload::time_limit`](crate::AssetUpload::time_limit)); the
    /// message says how far it came and what to do.
    #[error("{message}")]
    AssetTimeout {
        /// The asset's id, once it was reserved.
        id: Option<String>,
        /// The time limit that ran out.
        limit: Duration,
        /// What had been done, and what to do now.
        message: String,
    },

    /// A local file could not be used (missing, unreadable, not an image).
    #[error("{message}")]
    File {
        /// What is wrong with which file, and what to do.
        message: String,
        /// The I/O error, when there was one.
        #[source]
        source: Option<std::io::Error>,
    },
}

fn api_message(status: u16, errors: &[ApiError], hint: Option<&str>) -> String {
    let mut out = format!("App Store Connect answered HTTP {status}");
    for (i, e) in errors.iter().enumerate() {
        out.push_str(if i == 0 { ": " } else { "; " });
        out.push_str(&format!("{} ({})", e.title, e.code));
        if let Some(detail) = &e.detail {
            out.push_str(": ");
            out.push_str(detail);
        }
        match &e.source {
            Some(ErrorSource::Parameter(p)) => out.push_str(&format!(" [parameter `{p}`]")),
            Some(ErrorSource::Pointer(p)) => out.push_str(&format!(" [at `{p}`]")),
            None => {}
        }
    }
    if let Some(hint) = hint {
        out.push_str(". ");
        out.push_str(hint);
    }
    out
}

fn estimate_message(e: &crate::RateEstimate) -> String {
    let window = |name: &str, w: Option<crate::WindowEstimate>| {
        w.map(|w| {
            format!(
                "{name} {} of {} left, resets in about {:?}",
                w.remaining, w.limit, w.resets_in
            )
        })
    };
    let parts: Vec<String> = [window("hour", e.hour), window("minute", e.minute)]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        "no limit reported yet".to_owned()
    } else {
        parts.join(", ")
    }
}

fn deadline_message(limit: Duration, attempts: u32, last: Option<&Error>) -> String {
    let mut out = format!(
        "the operation did not finish within its deadline of {limit:?} ({attempts} attempt{} made)",
        if attempts == 1 { "" } else { "s" }
    );
    if let Some(last) = last {
        out.push_str("; the last one got: ");
        out.push_str(&last.to_string());
    }
    out
}

fn asset_errors(errors: &[AppMediaStateError]) -> String {
    if errors.is_empty() {
        return "state FAILED with no error details".to_owned();
    }
    errors
        .iter()
        .map(|e| {
            format!(
                "{}: {}",
                e.code.as_deref().unwrap_or("?"),
                e.description.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

impl Error {
    /// Turns the status and body of an answer that is not 2xx into the error
    /// the client returns for it: [`Error::Api`] when the body is Apple's
    /// `ErrorResponse` with at least one error, [`Error::Http`] (with a short
    /// printable excerpt) for anything else, such as an HTML page from a proxy.
    ///
    /// Never panics, whatever the bytes.
    pub fn from_response(
        status: u16,
        body: &[u8],
        rate_limit: Option<RateLimit>,
        retry_after: Option<Duration>,
    ) -> Error {
        // serde reads a struct from an array too (`[[{}]]` would pass for
        // `{"errors": [{}]}`); Apple's error document is an object.
        let object = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        match serde_json::from_slice::<ErrorResponse>(body) {
            Ok(r) if object && !r.errors.is_empty() => Error::Api {
                status,
                errors: r.errors,
                rate_limit,
                retry_after,
                hint: None,
            },
            _ => Error::Http {
                status,
                excerpt: excerpt(body),
                rate_limit,
                retry_after,
            },
        }
    }

    /// The error of the last attempt: itself, unless this is
    /// [`Error::RetriesExhausted`] (or a [`Error::Deadline`] after an attempt
    /// that finished).
    pub fn last_attempt(&self) -> &Error {
        match self {
            Error::RetriesExhausted { last, .. } => last.last_attempt(),
            Error::Deadline {
                last: Some(last), ..
            } => last.last_attempt(),
            Error::Page { source, .. } => source.last_attempt(),
            other => other,
        }
    }

    /// How many attempts the operation made: 0 when it was refused before
    /// sending, more than 1 when it was retried.
    pub fn attempts(&self) -> u32 {
        match self {
            Error::RetriesExhausted { attempts, .. } | Error::Deadline { attempts, .. } => {
                *attempts
            }
            Error::Page { source, .. } => source.attempts(),
            Error::Api { .. }
            | Error::Http { .. }
            | Error::Decode { .. }
            | Error::UnexpectedResponse { .. }
            | Error::Timeout { .. }
            | Error::Connection { .. } => 1,
            _ => 0,
        }
    }

    /// The HTTP status of the answer that caused this error, if one arrived.
    pub fn status(&self) -> Option<u16> {
        match self.last_attempt() {
            Error::Api { status, .. }
            | Error::Http { status, .. }
            | Error::Decode { status, .. } => Some(*status),
            Error::UnexpectedResponse { status, .. } => *status,
            _ => None,
        }
    }

    /// Apple's decoded `errors`; empty when the error did not come from Apple's JSON.
    pub fn api_errors(&self) -> &[ApiError] {
        match self.last_attempt() {
            Error::Api { errors, .. } => errors,
            _ => &[],
        }
    }

    /// The rate-limit header of the failing answer, when it had one.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        match self.last_attempt() {
            Error::Api { rate_limit, .. } | Error::Http { rate_limit, .. } => *rate_limit,
            _ => None,
        }
    }

    /// The `Retry-After` of the failing answer: how long App Store Connect
    /// asked to wait before trying again.
    pub fn retry_after(&self) -> Option<Duration> {
        match self.last_attempt() {
            Error::Api { retry_after, .. } | Error::Http { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// True when the request may be worth repeating later (timeouts, 429, 5xx, broken connections).
    pub fn is_transient(&self) -> bool {
        match self.last_attempt() {
            Error::Timeout { .. } | Error::Connection { .. } | Error::Deadline { .. } => true,
            Error::Api { status, .. } | Error::Http { status, .. } => {
                matches!(status, 429 | 500 | 502 | 503 | 504)
            }
            _ => false,
        }
    }

    pub(crate) fn with_hint(mut self, new: impl Into<String>) -> Self {
        if let Error::Api { hint, .. } = &mut self {
            *hint = Some(new.into());
        }
        self
    }

    pub(crate) fn file(message: impl Into<String>, source: Option<std::io::Error>) -> Error {
        Error::File {
            message: message.into(),
            source,
        }
    }

    pub(crate) fn unexpected(status: Option<u16>, message: impl Into<String>) -> Error {
        Error::UnexpectedResponse {
            status,
            message: message.into(),
        }
    }
}

/// One entry of Apple's `ErrorResponse.errors` (`ResponseError` in the 4.4.1 schema).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApiError {
    /// A unique id of this occurrence, when Apple gives one.
    #[serde(default)]
    pub id: Option<String>,
    /// HTTP status as a string, such as `"404"`.
    #[serde(default, deserialize_with = "null_default")]
    pub status: String,
    /// Machine-readable code, such as `NOT_FOUND` or `PARAMETER_ERROR.INVALID`.
    #[serde(default, deserialize_with = "null_default")]
    pub code: String,
    /// Short human summary.
    #[serde(default, deserialize_with = "null_default")]
    pub title: String,
    /// Longer explanation; real errors often arrive without it.
    #[serde(default)]
    pub detail: Option<String>,
    /// What part of the request caused the error.
    #[serde(default, deserialize_with = "source_or_none")]
    pub source: Option<ErrorSource>,
    /// Links to documentation or associated resources, kept as JSON.
    #[serde(default)]
    pub links: Option<serde_json::Value>,
    /// Extra data; `associatedErrors` is decoded, the rest kept.
    #[serde(default)]
    pub meta: Option<ErrorMeta>,
}

/// The `meta` member of an [`ApiError`].
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ErrorMeta {
    /// Errors associated with this one, keyed by the resource path they concern.
    /// Entries that are not error arrays are dropped rather than losing the
    /// error they are attached to.
    #[serde(default, deserialize_with = "lenient_associated")]
    pub associated_errors: BTreeMap<String, Vec<ApiError>>,
    /// Any other members, as Apple sent them.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

/// Where in the request an error was found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorSource {
    /// A JSON pointer into the request body, such as `/data/attributes/fileName`.
    Pointer(String),
    /// A query parameter, such as `fields[gameCenterAchievementImages]`.
    Parameter(String),
}

impl fmt::Display for ErrorSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorSource::Pointer(p) => write!(f, "pointer {p}"),
            ErrorSource::Parameter(p) => write!(f, "parameter {p}"),
        }
    }
}

fn lenient_associated<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<ApiError>>, D::Error> {
    let raw: BTreeMap<String, serde_json::Value> =
        match Option::<serde_json::Value>::deserialize(d)? {
            Some(serde_json::Value::Object(map)) => map.into_iter().collect(),
            _ => BTreeMap::new(),
        };
    Ok(raw
        .into_iter()
        .filter_map(|(k, v)| Some((k, serde_json::from_value(v).ok()?)))
        .collect())
}

fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

fn source_or_none<'de, D: Deserializer<'de>>(d: D) -> Result<Option<ErrorSource>, D::Error> {
    #[derive(Deserialize)]
    struct Raw {
        pointer: Option<String>,
        parameter: Option<String>,
    }
    // An unexpected shape of `source` must not hide the rest of the error.
    let raw = Option::<serde_json::Value>::deserialize(d)?;
    let Some(raw) = raw.and_then(|v| serde_json::from_value::<Raw>(v).ok()) else {
        return Ok(None);
    };
    Ok(match (raw.pointer, raw.parameter) {
        (Some(p), _) => Some(ErrorSource::Pointer(p)),
        (None, Some(p)) => Some(ErrorSource::Parameter(p)),
        (None, None) => None,
    })
}

/// Apple's `ErrorResponse` body.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ErrorResponse {
    #[serde(default, deserialize_with = "null_default")]
    pub errors: Vec<ApiError>,
}

/// A short, printable excerpt of a body for error messages.
pub(crate) fn excerpt(body: &[u8]) -> String {
    const MAX: usize = 300;
    let text = String::from_utf8_lossy(&body[..body.len().min(MAX * 4)]);
    let mut out = String::with_capacity(MAX + 3);
    let mut last_space = false;
    for c in text.chars() {
        if out.len() >= MAX {
            out.push_str("...");
            break;
        }
        let c = if c.is_control() { ' ' } else { c };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        out.push(c);
    }
    if out.is_empty() {
        out.push_str("(empty body)");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_apple_error_with_nulls_and_associated_errors() {
        let body = br#"{"errors":[{"id":"x","status":"409","code":"ENTITY_ERROR","title":"t",
            "detail":null,"source":{"pointer":"/data/attributes/fileName"},
            "meta":{"associatedErrors":{"/v1/x":[{"status":"409","code":"C","title":"inner"}]},"k":1}}]}"#;
        let r: ErrorResponse = serde_json::from_slice(body).unwrap();
        let e = &r.errors[0];
        assert_eq!(e.detail, None);
        assert_eq!(
            e.source,
            Some(ErrorSource::Pointer("/data/attributes/fileName".into()))
        );
        let meta = e.meta.as_ref().unwrap();
        assert_eq!(meta.associated_errors["/v1/x"][0].title, "inner");
        assert_eq!(meta.other["k"], 1);
        let odd = br#"{"errors":[{"status":"409","code":"C","title":"t","meta":{"associatedErrors":{"/a":7,"/b":[{"status":"409","code":"D","title":"u"}]}}}]}"#;
        let r: ErrorResponse = serde_json::from_slice(odd).unwrap();
        let assoc = &r.errors[0].meta.as_ref().unwrap().associated_errors;
        assert_eq!(assoc.len(), 1);
        assert_eq!(assoc["/b"][0].code, "D");
        let r: ErrorResponse = serde_json::from_slice(br#"{"errors":null}"#).unwrap();
        assert!(r.errors.is_empty());
    }

    /// Found by the property test of the error decoder (`[[{}]]` with any
    /// status): an array is not Apple's error document, whatever serde
    /// makes of it.
    #[test]
    fn an_array_is_not_an_error_document() {
        for body in [&b"[[{}]]"[..], b" [[{\"code\":\"C\"}]]", b"[[]]"] {
            let e = Error::from_response(400, body, None, None);
            assert!(matches!(e, Error::Http { .. }), "{e:?}");
        }
        let e = Error::from_response(400, br#" {"errors":[{"code":"C"}]}"#, None, None);
        assert_eq!(e.api_errors().len(), 1, "{e:?}");
    }

    #[test]
    fn excerpt_is_short_and_printable() {
        let html = format!("<html>\n\n<body>{}</body></html>", "x".repeat(5000));
        let e = excerpt(html.as_bytes());
        assert!(e.len() <= 303 + 3);
        assert!(!e.contains('\n'));
        assert_eq!(excerpt(b""), "(empty body)");
    }
}
