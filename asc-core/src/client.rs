//! The client: one connection pool, one token cache, and the settings that
//! every request starts from. Requests are sent by [`crate::operation`].

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::Method;
use http::header::HeaderValue;

use tokio::sync::Semaphore;

use crate::Error;
use crate::auth::{Credentials, TokenCache};
use crate::budget::{Budget, RateBudget, RateEstimate};
use crate::http::DEFAULT_CONNECT_TIMEOUT;
use crate::operation::{Raw, Request};
use crate::response::RawResponse;
use crate::retry::RetryPolicy;

/// Apple's production API.
pub const DEFAULT_BASE_URL: &str = "https://api.appstoreconnect.apple.com";
/// Overall time limit of one attempt unless [`ClientBuilder::timeout`] says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// An App Store Connect client.
///
/// Cheap to clone (an `Arc`), `Send + Sync`; clones share one connection pool
/// and one token.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    /// One connection pool for API requests and uploads alike: an upload
    /// sends only the headers Apple listed, so sharing the pool shares
    /// connections and TLS set-up, never credentials.
    pub(crate) http: crate::http::Http,
    pub(crate) base: String,
    /// The `User-Agent` header, made once.
    pub(crate) user_agent: HeaderValue,
    pub(crate) tokens: TokenCache,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Duration,
    pub(crate) deadline: Option<Duration>,
    /// Shared with every clone (and, opted in, every client of the key).
    pub(crate) budget: Option<Arc<Budget>>,
    /// Places for requests in flight, when limited.
    pub(crate) slots: Option<Arc<Semaphore>>,
    max_in_flight: Option<usize>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .field("deadline", &self.inner.deadline)
            .field("rate_budget", &self.inner.budget)
            .field("max_in_flight", &self.inner.max_in_flight)
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
    deadline: Option<Duration>,
    user_agent: Option<String>,
    rate_budget: Option<RateBudget>,
    max_in_flight: Option<usize>,
    proxy: crate::http::Proxy,
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

    /// Time limit of a whole operation: every attempt and every wait between
    /// attempts. Unset by default (each attempt still has its
    /// [`timeout`](Self::timeout)); `.deadline(..)` on a request overrides it.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Replaces the `User-Agent` header.
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = Some(agent.into());
        self
    }

    /// Sends every request through the HTTP proxy at `url`, such as
    /// `http://proxy.example:3128` (`http://user:password@proxy.example:3128`
    /// for Basic authentication), instead of the proxies the environment
    /// names. Requests go through a `CONNECT` tunnel, so over `https` the
    /// proxy sees the host name and nothing else. A URL that is not
    /// `http://host[:port]` is refused by [`build`](Self::build).
    ///
    /// By default `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY`
    /// (and their lower-case forms) are honoured, as curl honours them.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = crate::http::Proxy::Url(url.into());
        self
    }

    /// Connects directly, whatever proxies the environment names.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = crate::http::Proxy::Off;
        self
    }

    /// How requests are paced to stay inside the key's rate limit:
    /// [`RateBudget::off`] (the default), [`RateBudget::default`] (pace with
    /// a reserve of 5 % of each limit), or a custom reserve and pace. The
    /// budget is shared by every clone of the client; see
    /// [`crate::budget`] for how it estimates Apple's windows.
    pub fn rate_budget(mut self, budget: RateBudget) -> Self {
        self.rate_budget = Some(budget);
        self
    }

    /// At most `n` requests of this client (and its clones) in flight at
    /// once; more wait for a place before each attempt. Unbounded by
    /// default; 0 is refused by [`build`](Self::build).
    pub fn max_in_flight(mut self, n: usize) -> Self {
        self.max_in_flight = Some(n);
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
        if self.deadline.is_some_and(|d| d.is_zero()) {
            return Err(Error::Config(
                "the deadline must be greater than zero".into(),
            ));
        }
        if self.max_in_flight == Some(0) {
            return Err(Error::Config(
                "max_in_flight must be at least 1 (leave it unset for no limit)".into(),
            ));
        }
        let max_in_flight = self.max_in_flight.map(|n| n.min(Semaphore::MAX_PERMITS));
        let budget = self.rate_budget.and_then(|b| b.make(credentials.key_id()));
        let connect_timeout = self
            .connect_timeout
            .unwrap_or(DEFAULT_CONNECT_TIMEOUT)
            .min(timeout);
        let agent = self
            .user_agent
            .unwrap_or_else(|| concat!("asc-rs/", env!("CARGO_PKG_VERSION")).to_owned());
        let user_agent = HeaderValue::try_from(agent).map_err(|_| {
            Error::Config(
                "the user agent is not a valid header value: use visible ASCII characters and spaces"
                    .into(),
            )
        })?;
        let http = crate::http::Http::new(connect_timeout, &self.proxy, Some(&user_agent))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                user_agent,
                tokens: TokenCache::new(credentials),
                retry: self.retry.unwrap_or_default(),
                timeout,
                deadline: self.deadline,
                budget,
                slots: max_in_flight.map(|n| Arc::new(Semaphore::new(n))),
                max_in_flight,
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
    let url = match url::Url::parse(raw.trim()) {
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
///
/// Everything up to the last `@` is hidden, not only up to the first `/`: a
/// password may hold a `/` (`http://user:pa/ss@host`), and hiding part of a
/// path by mistake costs nothing in an error message.
pub(crate) fn without_userinfo(raw: &str) -> String {
    let start = raw.find("://").map_or(0, |i| i + 3);
    match raw[start..].rfind('@') {
        Some(at) => format!("{}***{}", &raw[..start], &raw[start + at..]),
        None => raw.to_owned(),
    }
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
    /// client's timeout and retry policy. It shares this client's connection
    /// pool (an upload part carries only the headers Apple listed for it,
    /// never this client's credentials or `User-Agent`).
    pub fn uploader(&self) -> Result<crate::Uploader, Error> {
        let inner = &*self.inner;
        Ok(
            crate::Uploader::with_http(inner.http.clone(), inner.timeout)
                .retry(inner.retry.clone()),
        )
    }

    /// The retry policy of this client.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// What this client's [`RateBudget`] currently believes about the key's
    /// hourly and minute windows; `None` when pacing is off.
    pub fn rate_estimate(&self) -> Option<RateEstimate> {
        self.inner.budget.as_ref().map(|b| b.estimate())
    }

    /// The limit on requests in flight, when one is set.
    pub fn max_in_flight(&self) -> Option<usize> {
        self.inner.max_in_flight
    }

    /// The time limit of a whole operation, when one is set.
    pub fn deadline(&self) -> Option<Duration> {
        self.inner.deadline
    }

    /// Sends `method path_and_query` with an optional JSON body, with auth,
    /// retries and tracing; returns a 2xx answer or the decoded error.
    ///
    /// `path_and_query` starts with `/`, such as `/v1/apps/123?include=builds`.
    /// The same as a [`Request`] with the [`Raw`] decoder.
    pub async fn execute(
        &self,
        method: Method,
        path_and_query: &str,
        body: Option<Bytes>,
    ) -> Result<RawResponse, Error> {
        let mut request = Request::with_decoder(self, method, path_and_query, Raw);
        if let Some(body) = body {
            request = request.json_body(body);
        }
        request.send().await
    }

    pub(crate) fn inner(&self) -> &Inner {
        &self.inner
    }
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
}
