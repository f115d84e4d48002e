//! The client: one connection pool, one token cache, and the send loop that
//! every request of every resource goes through.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_TYPE, DATE, HeaderMap, HeaderValue, RETRY_AFTER,
};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::Error;
use crate::auth::{Credentials, TokenCache};
use crate::error::{ErrorResponse, excerpt};
use crate::rate_limit::RateLimit;
use crate::retry::{Outcome, RetryPolicy, parse_retry_after};

/// Apple's production API.
pub const DEFAULT_BASE_URL: &str = "https://api.appstoreconnect.apple.com";
/// Overall time limit of one attempt unless [`ClientBuilder::timeout`] says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Time limit for opening a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// An App Store Connect client.
///
/// Cheap to clone (an `Arc`), `Send + Sync`; clones share one connection pool
/// and one token.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    /// For pre-signed upload URLs: no default headers of ours. Made on the
    /// first upload, then shared, so uploads reuse connections and TLS setup.
    upload_http: std::sync::OnceLock<reqwest::Client>,
    base: String,
    tokens: TokenCache,
    retry: RetryPolicy,
    timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`]; see [`Client::builder`].
#[derive(Debug, Default)]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    user_agent: Option<String>,
}

impl ClientBuilder {
    /// The API key to sign tokens with (required).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Where to send requests; defaults to [`DEFAULT_BASE_URL`]. A path prefix is
    /// kept; a trailing slash is ignored.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Overall time limit of one attempt, from connecting to the end of the body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time limit for opening a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How failed requests are retried; [`RetryPolicy::none`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Replaces the `User-Agent` header.
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = Some(agent.into());
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let credentials = self.credentials.ok_or_else(|| {
            Error::Config(
                "no credentials: call .credentials(Credentials::from_env()?) or Credentials::team(..)".into(),
            )
        })?;
        let base = normalize_base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        if timeout.is_zero() {
            return Err(Error::Config(
                "the timeout must be greater than zero".into(),
            ));
        }
        let agent = self
            .user_agent
            .unwrap_or_else(|| concat!("asc-rs/", env!("CARGO_PKG_VERSION")).to_owned());
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(
                self.connect_timeout
                    .unwrap_or(DEFAULT_CONNECT_TIMEOUT)
                    .min(timeout),
            )
            .tcp_nodelay(true)
            .user_agent(agent)
            .build()
            .map_err(|e| Error::Config(format!("could not set up HTTP: {e}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                upload_http: std::sync::OnceLock::new(),
                base,
                tokens: TokenCache::new(credentials),
                retry: self.retry.unwrap_or_default(),
                timeout,
            }),
        })
    }
}

fn normalize_base_url(raw: &str) -> Result<String, Error> {
    let bad = |why: &str| {
        Err(Error::Config(format!(
            "base URL {:?} {why}; write it like https://api.appstoreconnect.apple.com or http://127.0.0.1:8080",
            without_userinfo(raw)
        )))
    };
    if !raw.contains("://") {
        return bad("has no scheme");
    }
    let url = match reqwest::Url::parse(raw.trim()) {
        Ok(u) => u,
        Err(e) => return bad(&format!("is not a URL ({e})")),
    };
    if !matches!(url.scheme(), "http" | "https") {
        return bad("must use http or https");
    }
    if url.host_str().is_none_or(str::is_empty) {
        return bad("has no host");
    }
    if url.query().is_some() || url.fragment().is_some() {
        return bad("must not have a query or fragment");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return bad("must not carry a user name or password");
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// `raw` with any `user:password@` before the host replaced by `***@`, so that
/// an error message never repeats a password given in a URL.
fn without_userinfo(raw: &str) -> String {
    let start = raw.find("://").map_or(0, |i| i + 3);
    let end = raw[start..]
        .find(['/', '?', '#'])
        .map_or(raw.len(), |i| start + i);
    match raw[start..end].rfind('@') {
        Some(at) => format!("{}***{}", &raw[..start], &raw[start + at..]),
        None => raw.to_owned(),
    }
}

/// A raw successful answer: status, headers and body bytes.
#[derive(Debug, Clone)]
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

impl Client {
    /// Starts building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// How many tokens this client (and its clones) has signed so far.
    pub fn signatures(&self) -> u64 {
        self.inner.tokens.signatures()
    }

    /// The correction, in seconds, applied to the local clock for token times
    /// after a server's `Date` header showed it to be off.
    pub fn clock_offset_secs(&self) -> i64 {
        self.inner.tokens.clock_offset()
    }

    /// The time limit of one attempt.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// An [`Uploader`](crate::Uploader) for pre-signed upload URLs, with this
    /// client's timeout and retry policy. Its HTTP client (which never carries
    /// this client's credentials) is made once and shared by every uploader
    /// this client hands out.
    pub fn uploader(&self) -> Result<crate::Uploader, Error> {
        let inner = &*self.inner;
        let http = match inner.upload_http.get() {
            Some(http) => http.clone(),
            None => {
                let http = crate::upload::upload_http(inner.timeout)?;
                inner.upload_http.get_or_init(|| http).clone()
            }
        };
        Ok(crate::Uploader::with_http(http, inner.timeout).retry(inner.retry.clone()))
    }

    /// The retry policy of this client.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// Sends `method path_and_query` with an optional JSON body, with auth,
    /// retries and tracing; returns a 2xx answer or the decoded error.
    ///
    /// `path_and_query` starts with `/`, such as `/v1/apps/123?include=builds`.
    pub async fn execute(
        &self,
        method: Method,
        path_and_query: &str,
        body: Option<Bytes>,
    ) -> Result<RawResponse, Error> {
        let inner = &*self.inner;
        // Sized once: `format!` cannot know the length of its arguments and
        // would grow the string while writing it, on every request.
        let mut url = String::with_capacity(inner.base.len() + path_and_query.len());
        url.push_str(&inner.base);
        url.push_str(path_and_query);
        let idempotent = matches!(method, Method::GET | Method::HEAD);
        let mut attempt: u32 = 0;
        let mut auth_retried = false;
        loop {
            let token = inner.tokens.token().await?;
            let span = tracing::debug_span!(
                "asc.request",
                method = %method,
                path = %path_and_query,
                attempt,
                status = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            let started = Instant::now();
            let mut req = inner
                .http
                .request(method.clone(), &url)
                .header(ACCEPT, HeaderValue::from_static("application/json"));
            req = req.header(AUTHORIZATION, token.header.clone());
            if let Some(body) = &body {
                req = req
                    .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                    .body(body.clone());
            }
            let result = async {
                let mut resp = req.send().await?;
                let status = resp.status().as_u16();
                // Taken, not cloned: the body is all that is read from `resp` afterwards.
                let headers = std::mem::take(resp.headers_mut());
                let body = resp.bytes().await?;
                Ok::<_, reqwest::Error>((status, headers, body))
            }
            .instrument(span.clone())
            .await;
            span.record("duration_ms", started.elapsed().as_millis() as u64);

            let (status, headers, bytes) = match result {
                Ok(ok) => ok,
                Err(e) => {
                    let (outcome, error) = classify_transport(&e, inner.timeout);
                    tracing::debug!(parent: &span, error = %error, "attempt failed");
                    match inner.retry.decide(idempotent, outcome, attempt) {
                        Some(wait) => {
                            tracing::info!(parent: &span, ?wait, "retrying after a transport failure");
                            tokio::time::sleep(wait).await;
                            attempt += 1;
                            continue;
                        }
                        None => return Err(error),
                    }
                }
            };
            span.record("status", status);
            let rate_limit = RateLimit::from_headers(&headers);
            if (200..300).contains(&status) {
                return Ok(RawResponse {
                    status,
                    headers,
                    body: bytes,
                    rate_limit,
                });
            }
            let error = error_from_body(status, &bytes, rate_limit);
            if status == 401 {
                let server_date = headers
                    .get(DATE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| httpdate::parse_http_date(v).ok());
                if let Some(offset) = server_date.and_then(|d| inner.tokens.observe_server_date(d))
                {
                    tracing::warn!(
                        parent: &span,
                        offset_secs = offset,
                        "the local clock differs from App Store Connect's by {offset} s; correcting token times"
                    );
                }
                if !auth_retried {
                    // One fresh token and one retry: the token may have expired in flight
                    // or been signed with a clock that has since been corrected.
                    auth_retried = true;
                    inner.tokens.invalidate(&token);
                    continue;
                }
                let offset = inner.tokens.clock_offset();
                return Err(error.with_hint(format!(
                    "The token was refused twice. Check the key id, the issuer id and that the key is not \
                     revoked; a wrong local clock is a common cause (offset applied from the server's Date \
                     header: {offset} s)"
                )));
            }
            let retry_after = headers
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after);
            match inner
                .retry
                .decide(idempotent, Outcome::Status(status, retry_after), attempt)
            {
                Some(wait) => {
                    tracing::info!(parent: &span, status, ?wait, "retrying");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                None => return Err(error),
            }
        }
    }
}

fn classify_transport(e: &reqwest::Error, timeout: Duration) -> (Outcome, Error) {
    // reqwest's Display never includes headers; the URL it may name holds no secret.
    let text = error_chain(e);
    if e.is_connect() {
        return (Outcome::ConnectFailed, Error::Connection(text));
    }
    if e.is_timeout() {
        return (Outcome::Broken, Error::Timeout(timeout));
    }
    (Outcome::Broken, Error::Connection(text))
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// Turns an error answer into [`Error::Api`], or [`Error::Http`] when it is not Apple's JSON.
pub(crate) fn error_from_body(status: u16, body: &[u8], rate_limit: Option<RateLimit>) -> Error {
    match serde_json::from_slice::<ErrorResponse>(body) {
        Ok(r) if !r.errors.is_empty() => Error::Api {
            status,
            errors: r.errors,
            rate_limit,
            hint: None,
        },
        _ => Error::Http {
            status,
            excerpt: excerpt(body),
            rate_limit,
        },
    }
}

/// Turns the status and body of an answer that is not 2xx into the [`Error`]
/// the client would return for it: [`Error::Api`] when the body is Apple's
/// `ErrorResponse` with at least one error, [`Error::Http`] (with a short
/// printable excerpt) for anything else, such as an HTML page from a proxy.
///
/// Never panics, whatever the bytes; exposed for tests, fuzzing and programs
/// that fetch answers by other means.
pub fn decode_error(status: u16, body: &[u8], rate_limit: Option<RateLimit>) -> Error {
    error_from_body(status, body, rate_limit)
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
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| Error::Decode {
        status,
        path: e.path().to_string(),
        message: e.inner().to_string(),
        excerpt: excerpt(body),
    })?;
    de.end().map_err(|e| Error::Decode {
        status,
        path: ".".into(),
        message: e.to_string(),
        excerpt: excerpt(body),
    })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_normalized() {
        assert_eq!(
            normalize_base_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            normalize_base_url("https://h/prefix/").unwrap(),
            "https://h/prefix"
        );
        for bad in [
            "127.0.0.1:8080",
            "api.appstoreconnect.apple.com",
            "ftp://h",
            "http://h/?q=1",
            "http://u:p@h",
            "",
        ] {
            let e = normalize_base_url(bad).unwrap_err().to_string();
            assert!(e.contains("base URL"), "{bad}: {e}");
        }
    }

    #[test]
    fn html_error_keeps_status_and_excerpt() {
        let e = error_from_body(502, b"<html><body>Bad Gateway</body></html>", None);
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
