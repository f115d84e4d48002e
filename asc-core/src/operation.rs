//! The one request path: every request of every resource is a [`Request`]
//! (method, target, query, body, and a [`Decoder`] that says what the answer
//! becomes), sent by one `send` through one retry loop.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::Method;
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, DATE, HeaderValue, USER_AGENT};
use http_body_util::Full;
use tracing::Instrument;

use crate::Error;
use crate::budget::Admission;
use crate::client::Client;
use crate::http::Answer;
use crate::query::Query;
use crate::rate_limit::RateLimit;
use crate::response::{RawResponse, cut_short};
use crate::retry::{self, Attempt, AttemptNo, Outcome, Plan, RetryPolicy};

/// What the answer of a [`Request`] becomes.
///
/// Implemented by the request kinds of asc-core ([`Read`](crate::Read),
/// [`Related`](crate::Related), [`Write`](crate::Write), [`NoContent`],
/// [`Raw`]); implement it to decode an answer some other way.
pub trait Decoder: Send + Sync + 'static {
    /// The decoded answer.
    type Output: Send + 'static;

    /// Decodes a 2xx answer. A [`Error::Decode`] for a body that was cut
    /// short makes the request retry (for GET) like a broken connection.
    fn decode(&self, raw: RawResponse) -> Result<Self::Output, Error>;
}

/// The answer undecoded: status, headers, body and rate limit.
#[derive(Debug, Clone, Copy, Default)]
pub struct Raw;

impl Decoder for Raw {
    type Output = RawResponse;

    fn decode(&self, raw: RawResponse) -> Result<RawResponse, Error> {
        Ok(raw)
    }
}

/// An answer without a body that matters (`204 No Content` of a delete).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoContent;

impl Decoder for NoContent {
    type Output = ();

    fn decode(&self, _: RawResponse) -> Result<(), Error> {
        Ok(())
    }
}

/// Where a request goes.
#[derive(Debug, Clone)]
pub(crate) enum Target {
    /// A path under the client's base URL, such as `/v1/apps/123`; the
    /// request's [`Query`] is appended.
    Path(String),
    /// A whole URL on the client's own server (a `links.next` that App Store
    /// Connect sent), used verbatim: it already carries every parameter.
    Url(String),
}

/// One App Store Connect request, ready to send: method, target, query,
/// body, per-request settings, and how to decode the answer.
///
/// Every request kind is this type with another [`Decoder`]:
/// [`ReadRequest`](crate::ReadRequest), [`RelatedRequest`](crate::RelatedRequest),
/// [`WriteRequest`](crate::WriteRequest), [`DeleteRequest`](crate::DeleteRequest).
/// Mistakes found while building it (a bad id, a body that does not
/// encode) are reported by [`send`](Request::send), before anything goes
/// over the network.
///
/// Settings made here override the client's for this request only:
/// [`timeout`](Request::timeout) (each attempt), [`retry`](Request::retry),
/// and [`deadline`](Request::deadline) (the whole operation, waits included).
#[must_use = "a request does nothing until it is sent"]
pub struct Request<D> {
    pub(crate) client: Client,
    pub(crate) method: Method,
    pub(crate) target: Result<Target, Error>,
    pub(crate) query: Query,
    pub(crate) body: Option<Result<Bytes, Error>>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    deadline: Option<Duration>,
    pub(crate) decoder: D,
}

impl<D> fmt::Debug for Request<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("target", &self.target)
            .field("query", &self.query)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("deadline", &self.deadline)
            .finish_non_exhaustive()
    }
}

impl<D: Decoder> Request<D> {
    /// A request of `method` to `path` (such as `/v1/apps/123`, under the
    /// client's base URL) whose answer `decoder` decodes: for requests that
    /// no declaration makes.
    pub fn with_decoder(
        client: &Client,
        method: Method,
        path: impl Into<String>,
        decoder: D,
    ) -> Self {
        Self::to_target(client, method, Ok(Target::Path(path.into())), decoder)
    }

    pub(crate) fn to_target(
        client: &Client,
        method: Method,
        target: Result<Target, Error>,
        decoder: D,
    ) -> Self {
        Request {
            client: client.clone(),
            method,
            target,
            query: Query::default(),
            body: None,
            timeout: None,
            retry: None,
            deadline: None,
            decoder,
        }
    }

    /// Sends `body` as the JSON request body.
    pub fn json_body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = Some(Ok(body.into()));
        self
    }

    /// The time limit of each attempt of this request, instead of the
    /// client's [`ClientBuilder::timeout`](crate::ClientBuilder::timeout).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How this request is retried, instead of the client's policy.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The time limit of the whole operation, every attempt and every wait
    /// between attempts included, instead of the client's
    /// [`ClientBuilder::deadline`](crate::ClientBuilder::deadline). A retry
    /// whose wait would end after it is not started:
    /// [`Error::Deadline`] comes at once.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Takes the per-request settings of `other`.
    pub(crate) fn copy_settings<O>(&mut self, other: &Request<O>) {
        self.timeout = other.timeout;
        self.retry.clone_from(&other.retry);
        self.deadline = other.deadline;
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The path and query this request will send, such as
    /// `/v1/gameCenterAchievementImages/ID?fields%5BgameCenterAchievementImages%5D=fileName`
    /// (or the whole URL, for a page that App Store Connect linked to).
    pub fn path_and_query(&self) -> Result<String, Error> {
        match self.target.as_ref().map_err(clone_error)? {
            Target::Path(path) => {
                let mut out = String::with_capacity(path.len() + self.query.encoded_len());
                out.push_str(path);
                self.query.write_to(&mut out);
                Ok(out)
            }
            Target::Url(url) => Ok(url.clone()),
        }
    }

    /// Sends the request (retrying as its policy says) and decodes the answer.
    pub async fn send(self) -> Result<D::Output, Error> {
        let decoder = &self.decoder;
        self.client
            .run(
                &self.method,
                &self.target,
                &self.query,
                self.body.as_ref(),
                Settings {
                    timeout: self.timeout,
                    retry: self.retry.as_ref(),
                    deadline: self.deadline,
                },
                |raw| decoder.decode(raw),
            )
            .await
    }

    /// Sends the request and returns the answer undecoded.
    pub async fn send_raw(self) -> Result<RawResponse, Error> {
        self.client
            .run(
                &self.method,
                &self.target,
                &self.query,
                self.body.as_ref(),
                Settings {
                    timeout: self.timeout,
                    retry: self.retry.as_ref(),
                    deadline: self.deadline,
                },
                Ok,
            )
            .await
    }
}

impl<D: Decoder> IntoFuture for Request<D> {
    type Output = Result<D::Output, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// A stored construction error, handed out again by accessors.
pub(crate) fn clone_error(e: &Error) -> Error {
    // Only InvalidRequest is ever stored in a request under construction.
    Error::InvalidRequest(match e {
        Error::InvalidRequest(m) => m.clone(),
        other => other.to_string(),
    })
}

/// The URI of `path` under the base URL `base` (normalized: no trailing
/// slash, no query) with `query`.
///
/// The paths that the request kinds build (checked, percent-encoded ids) and
/// the query (encoded by [`Query`]) are already in the form a URL parser
/// would give, so the text is only checked, by `http`'s parser, which is
/// several times cheaper than the `url` crate's. A path with anything a URL
/// parser would rewrite (dot segments, characters it escapes, a `?` or `#`)
/// is parsed as a URL first, as reqwest would have done.
fn uri_for(base: &str, path: &str, query: &Query) -> Result<http::Uri, Error> {
    let mut text = String::with_capacity(base.len() + path.len() + query.encoded_len());
    text.push_str(base);
    text.push_str(path);
    query.write_to(&mut text);
    let plain = path.starts_with('/')
        && !path.contains("/.")
        // `%2e` is a dot to a URL parser, which removes such segments too.
        && !path
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == b'%' && w[1] == b'2' && w[2].eq_ignore_ascii_case(&b'e'))
        && path.bytes().all(|b| {
            b.is_ascii_graphic()
                && !matches!(
                    b,
                    b'?' | b'#' | b'\\' | b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'^' | b'|'
                )
        });
    if plain && let Ok(uri) = http::Uri::try_from(text.as_str()) {
        return Ok(uri);
    }
    uri_of_url(&text)
}

/// The URI of a whole URL, parsed (and normalized) as a URL first.
pub(crate) fn uri_of_url(text: &str) -> Result<http::Uri, Error> {
    let url = url::Url::parse(text).map_err(|e| {
        Error::InvalidRequest(format!(
            "the request URL is not a URL ({e}): check the path"
        ))
    })?;
    http::Uri::try_from(url.as_str()).map_err(|e| {
        Error::InvalidRequest(format!(
            "the request URL cannot be sent ({e}): check the path"
        ))
    })
}

/// Per-request overrides of the client's settings.
pub(crate) struct Settings<'a> {
    pub timeout: Option<Duration>,
    pub retry: Option<&'a RetryPolicy>,
    pub deadline: Option<Duration>,
}

impl Client {
    /// The one send loop: auth, attempts, retries, tracing, decoding.
    pub(crate) async fn run<T>(
        &self,
        method: &Method,
        target: &Result<Target, Error>,
        query: &Query,
        body: Option<&Result<Bytes, Error>>,
        settings: Settings<'_>,
        decode: impl Fn(RawResponse) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let body = match body {
            None => None,
            Some(Ok(body)) => Some(body),
            Some(Err(e)) => return Err(clone_error(e)),
        };
        let inner = self.inner();
        // The URI is built once per operation.
        let uri = match target.as_ref().map_err(clone_error)? {
            Target::Path(path) => uri_for(&inner.base, path, query)?,
            Target::Url(url) => uri_of_url(url)?,
        };
        let timeout = settings.timeout.unwrap_or(inner.timeout);
        let plan = Plan {
            policy: settings.retry.unwrap_or(&inner.retry),
            idempotent: matches!(*method, Method::GET | Method::HEAD),
            deadline: settings.deadline.or(inner.deadline),
        };
        let decode = &decode;
        let uri = &uri;
        retry::run(plan, |no| async move {
            self.attempt(method, uri, body, timeout, no, decode).await
        })
        .await
    }

    #[allow(clippy::too_many_arguments)]
    async fn attempt<T>(
        &self,
        method: &Method,
        uri: &http::Uri,
        body: Option<&Bytes>,
        timeout: Duration,
        no: AttemptNo,
        decode: &impl Fn(RawResponse) -> Result<T, Error>,
    ) -> Attempt<T> {
        let inner = self.inner();
        // Before the token, which may not outlive a long pacing wait.
        let admission =
            match Admission::wait(inner.slots.as_ref(), inner.budget.as_ref(), no.deadline).await {
                Ok(admission) => admission,
                Err(e) => return Attempt::Fatal(e),
            };
        let token = match inner.tokens.token().await {
            Ok(token) => token,
            Err(e) => return Attempt::Fatal(e),
        };
        let span = tracing::debug_span!(
            "asc.request",
            method = %method,
            path = %uri.path_and_query().map_or("/", http::uri::PathAndQuery::as_str),
            attempt = no.index,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let mut request = http::Request::new(Full::new(body.cloned().unwrap_or_default()));
        *request.method_mut() = method.clone();
        *request.uri_mut() = uri.clone();
        let headers = request.headers_mut();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(AUTHORIZATION, token.header.clone());
        headers.insert(USER_AGENT, inner.user_agent.clone());
        if body.is_some() {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        let result = inner
            .http
            .exchange(request, timeout)
            .instrument(span.clone())
            .await;
        span.record("duration_ms", started.elapsed().as_millis() as u64);

        let Answer {
            status,
            headers,
            body: bytes,
        } = match result {
            Ok(answer) => answer,
            Err(failure) => {
                let (outcome, error) = failure.classify(timeout);
                tracing::debug!(parent: &span, error = %error, "attempt failed");
                return Attempt::Failed(outcome, error);
            }
        };
        span.record("status", status);
        let rate_limit = RateLimit::from_headers(&headers);
        admission.observe(rate_limit);
        if (200..300).contains(&status) {
            return match decode(RawResponse {
                status,
                headers,
                body: bytes.clone(),
                rate_limit,
            }) {
                Ok(value) => Attempt::Done(value),
                // A body that ends before its JSON does (a proxy that cut it
                // and fixed the Content-Length) is a broken connection.
                Err(e @ Error::Decode { .. }) if cut_short(&bytes) => {
                    Attempt::Failed(Outcome::Broken, e)
                }
                Err(e) => Attempt::Fatal(e),
            };
        }
        let retry_after = retry::retry_after(&headers);
        let error = Error::from_response(status, &bytes, rate_limit, retry_after);
        if status == 401 {
            let server_date = headers
                .get(DATE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| httpdate::parse_http_date(v).ok());
            if let Some(offset) = server_date.and_then(|d| inner.tokens.observe_server_date(d)) {
                tracing::warn!(
                    parent: &span,
                    offset_secs = offset,
                    "the local clock differs from App Store Connect's by {offset} s; correcting token times"
                );
            }
            if !no.renewed {
                // The token may have expired in flight or been signed with a
                // clock that has since been corrected.
                inner.tokens.invalidate(&token);
                return Attempt::Renew(error);
            }
            let offset = inner.tokens.clock_offset();
            return Attempt::Fatal(error.with_hint(format!(
                "The token was refused twice. Check the key id, the issuer id and that the key is not \
                 revoked; a wrong local clock is a common cause (offset applied from the server's Date \
                 header: {offset} s)"
            )));
        }
        if status == 429
            && retry_after.is_none()
            && let Some(limit) = rate_limit.filter(|l| l.hour_remaining == Some(0))
        {
            // Apple's hourly allowance comes back within the hour; three
            // retries seconds apart would only spend the policy.
            let of = limit
                .hour_limit
                .map_or_else(String::new, |l| format!(" of {l}"));
            let advice = if inner.budget.is_some() {
                "This client paces itself, so other clients or processes using the same key \
                 spent it: share one budget with RateBudget::shared_by_key, or raise \
                 RateBudget::reserve"
            } else {
                "Try again later, or pace requests with \
                 ClientBuilder::rate_budget(RateBudget::default())"
            };
            return Attempt::Fatal(error.with_hint(format!(
                "This key's hourly request budget is spent (user-hour-rem:0{of}); App Store \
                 Connect restores it within the hour. {advice}"
            )));
        }
        Attempt::Failed(Outcome::Status(status, retry_after), error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The URI made from text equals what a URL parser makes of the same
    /// text (which is what reqwest sent before), for plain and unusual paths.
    #[test]
    fn uris_equal_parsed_urls() {
        let mut query = Query::default();
        query.set("fields[apps]", "name,bundleId");
        query.append("filter[platform]", "IOS");
        query.append("filter[platform]", "MAC_OS");
        query.set("filter[name]", "a b&c=d/é?#\"<>`{}|^'");
        query.set("limit", "200");
        let queries = [Query::default(), query];
        let paths = [
            "/v1/apps",
            "/v1/apps/123",
            "/v1/gameCenterAchievementImages/38e6d9a7-9cbf/gameCenterAchievementLocalization",
            "/v1/apps/%C3%A9",
            "/v1/apps/a%3Fb%23c%25d%20e",
            "/v1/apps/...",
            "/v1/apps/a..b",
            "/v1/apps/~x_y.z",
            "/v1/apps/x/../y",
            "/v1/apps/./y",
            "/v1/apps/%2e%2e/x",
            "/v1/apps/%2E/x",
            "/v1/apps/a%2eb",
            "/v1/apps?limit=1",
            "/v1/apps#x",
            "/v1/a\\b",
            "/v1/é",
            "/v1/a b",
            "/v1/a\"b<c>d`e{f}g|h^i",
            "",
            "v1/apps",
        ];
        for base in [
            "http://127.0.0.1:8080",
            "https://api.appstoreconnect.apple.com",
            "https://h/prefix",
            "https://h/a/b",
        ] {
            for path in paths {
                for query in &queries {
                    let mut text = format!("{base}{path}");
                    query.write_to(&mut text);
                    let made = uri_for(base, path, query);
                    match url::Url::parse(&text) {
                        Ok(mut expected) => {
                            // A fragment is never sent.
                            expected.set_fragment(None);
                            let made = made.unwrap_or_else(|e| panic!("{base} {path}: {e}"));
                            assert_eq!(made.to_string(), expected.as_str(), "{base} {path}");
                        }
                        Err(_) => assert!(made.is_err(), "{base} {path}: {made:?}"),
                    }
                }
            }
        }
    }
}
