//! The HTTP engine shared by API requests and uploads: one connection pool
//! (hyper's client), TLS by rustls with the platform's certificate verifier,
//! proxies from the environment, and one function that sends a request and
//! reads the whole answer within a time limit.
//!
//! Why hyper and not reqwest (which asc-core used until issue 14): reqwest
//! is hyper plus layers that an App Store Connect client does not need, and
//! they cost per request. Its redirect layer parses every request's URL again
//! (`Url::parse(uri.to_string())`, about 17,500 instructions per read on
//! these machines, 12 % of a whole read) and clones its headers, and a
//! `reqwest::Url` must be built first (another 13,000). Here a request's URI
//! is the text asc-core writes, checked by `http`'s parser (see
//! `operation::uri_for`). App Store Connect does not redirect its API, and an
//! upload URL is pre-signed for one place, so an answer of 3xx is reported
//! as what it is. Every crate used here was already in the tree through
//! reqwest.
//!
//! Proxies: unless [`ClientBuilder::proxy`](crate::ClientBuilder::proxy) or
//! [`no_proxy`](crate::ClientBuilder::no_proxy) says otherwise,
//! `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (and their
//! lower-case forms) are honoured as reqwest and curl honour them. A request
//! through a proxy always goes through a `CONNECT` tunnel, so for `https`
//! the proxy sees the host name and nothing else (never a token). Only
//! `http://` proxies are supported.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderValue};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use tokio::net::TcpStream;
use tower_service::Service;

use crate::error::BoxError;
use crate::{Error, retry::Outcome};

/// Time limit for opening a connection unless
/// [`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout) says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long an idle connection is kept for the next request (reqwest's default).
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(90);

/// A request body: the whole JSON document or upload part, or nothing.
pub(crate) type Body = Full<Bytes>;

type Pool =
    hyper_util::client::legacy::Client<Limited<hyper_rustls::HttpsConnector<Connector>>, Body>;

/// Destinations to ask a proxy matcher about when checking it.
const PROBE_HTTPS: &str = "https://api.appstoreconnect.apple.com/";
const PROBE_HTTP: &str = "http://example.invalid/";

/// Which proxy requests go through.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) enum Proxy {
    /// The ones `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` name.
    #[default]
    Env,
    /// None: always connect directly.
    Off,
    /// This `http://` proxy for every request.
    Url(String),
}

/// Never shows a password given in a proxy URL.
impl std::fmt::Debug for Proxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Proxy::Env => f.write_str("Env"),
            Proxy::Off => f.write_str("Off"),
            Proxy::Url(url) => f
                .debug_tuple("Url")
                .field(&crate::client::without_userinfo(url))
                .finish(),
        }
    }
}

impl Proxy {
    /// The matcher that picks a proxy per destination; `None` for direct
    /// connections only.
    fn matcher(&self) -> Result<Option<Matcher>, Error> {
        match self {
            Proxy::Off => Ok(None),
            // Asked once per new connection, not per request.
            Proxy::Env => {
                let matcher = Matcher::from_env();
                for probe in [PROBE_HTTPS, PROBE_HTTP] {
                    let probe = http::Uri::from_static(probe);
                    if let Some(proxy) = matcher.intercept(&probe)
                        && proxy.uri().scheme_str() != Some("http")
                    {
                        return Err(Error::Config(format!(
                            "the environment names a {}:// proxy (HTTPS_PROXY, HTTP_PROXY or \
                             ALL_PROXY), which asc-core does not support: name an http:// \
                             proxy there, or call ClientBuilder::proxy(\"http://...\") or \
                             ClientBuilder::no_proxy()",
                            proxy.uri().scheme_str().unwrap_or_default()
                        )));
                    }
                }
                Ok(Some(matcher))
            }
            Proxy::Url(url) => {
                let bad = |why: &str| {
                    Err(Error::Config(format!(
                        "proxy {:?} {why}; write it like http://proxy.example:3128 \
                         (or http://user:password@proxy.example:3128)",
                        crate::client::without_userinfo(url)
                    )))
                };
                let parsed = match url::Url::parse(url) {
                    Ok(parsed) => parsed,
                    Err(e) => return bad(&format!("is not a URL ({e})")),
                };
                if parsed.scheme() != "http" {
                    return bad("must use http (the tunnel to it is plain HTTP CONNECT)");
                }
                if parsed.host_str().is_none_or(str::is_empty) {
                    return bad("has no host");
                }
                // The URL as the `url` crate writes it: an `@` in a password
                // is escaped there, so the matcher takes the right one.
                let matcher = Matcher::builder().all(parsed.as_str()).build();
                if matcher
                    .intercept(&http::Uri::from_static(PROBE_HTTPS))
                    .is_none()
                {
                    return bad("cannot be used as a proxy address");
                }
                Ok(Some(matcher))
            }
        }
    }
}

/// The HTTP client of a [`Client`](crate::Client) or an
/// [`Uploader`](crate::Uploader): cheap to clone, clones share connections.
#[derive(Clone)]
pub(crate) struct Http {
    pool: Pool,
}

/// A whole answer.
pub(crate) struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// Why an exchange produced no answer.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The time limit passed.
    TimedOut(tokio::time::error::Elapsed),
    /// No connection could be made: nothing reached the server.
    Connect(BoxError),
    /// The connection failed after the request may have been sent.
    Broken(BoxError),
}

impl Http {
    /// An engine whose connections open within `connect_timeout`, with
    /// TCP_NODELAY (without it, keep-alive requests stall about 40 ms each
    /// on some servers).
    ///
    /// `user_agent` goes with a proxy's `CONNECT` request, as reqwest sent it.
    pub(crate) fn new(
        connect_timeout: Duration,
        proxy: &Proxy,
        user_agent: Option<&HeaderValue>,
    ) -> Result<Http, Error> {
        let mut tcp = HttpConnector::new();
        tcp.set_nodelay(true);
        tcp.set_connect_timeout(Some(connect_timeout));
        // The TLS layer above handles `https`.
        tcp.enforce_http(false);
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let verifier = rustls_platform_verifier::Verifier::new(provider.clone())
            .map_err(|e| Error::Config(format!("could not set up TLS certificate checks: {e}")))?;
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::Config(format!("could not set up TLS: {e}")))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        let mut tunnel_headers = HeaderMap::new();
        if let Some(agent) = user_agent {
            tunnel_headers.insert(http::header::USER_AGENT, agent.clone());
        }
        let connector = Connector {
            tcp,
            proxies: proxy.matcher()?.map(Arc::new),
            tunnel_headers,
        };
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .enable_http2()
            .wrap_connector(connector);
        let connector = Limited {
            inner: https,
            limit: connect_timeout,
        };
        let pool = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(POOL_IDLE_TIMEOUT)
            .build(connector);
        Ok(Http { pool })
    }

    /// Sends `request` and reads the whole answer, all within `timeout`.
    pub(crate) async fn exchange(
        &self,
        request: http::Request<Body>,
        timeout: Duration,
    ) -> Result<Answer, Failure> {
        let exchange = async {
            let response = self.pool.request(request).await.map_err(|e| {
                if e.is_connect() {
                    Failure::Connect(Box::new(e))
                } else {
                    Failure::Broken(Box::new(e))
                }
            })?;
            let (parts, body) = response.into_parts();
            let body = body
                .collect()
                .await
                .map_err(|e| Failure::Broken(Box::new(e)))?
                .to_bytes();
            Ok(Answer {
                status: parts.status.as_u16(),
                headers: parts.headers,
                body,
            })
        };
        match tokio::time::timeout(timeout, exchange).await {
            Ok(answer) => answer,
            Err(elapsed) => Err(Failure::TimedOut(elapsed)),
        }
    }
}

impl Failure {
    /// What retrying needs to know, and the error the caller sees (the HTTP
    /// stack's error kept as its `source`). No URL is in these errors, so
    /// none leaks a pre-signed upload URL's signature.
    pub(crate) fn classify(self, timeout: Duration) -> (Outcome, Error) {
        match self {
            Failure::TimedOut(elapsed) => (
                Outcome::Broken,
                Error::Timeout {
                    after: timeout,
                    source: Some(Box::new(elapsed)),
                },
            ),
            Failure::Connect(e) => (
                Outcome::ConnectFailed,
                Error::Connection {
                    message: error_chain(&*e),
                    source: Some(e),
                },
            ),
            Failure::Broken(e) => (
                Outcome::Broken,
                Error::Connection {
                    message: error_chain(&*e),
                    source: Some(e),
                },
            ),
        }
    }
}

/// An error and its causes on one line: hyper's top-level message leaves
/// out what happened (refused, reset, DNS...).
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.ends_with(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

/// Opens TCP connections, directly or through a `CONNECT` tunnel of the
/// proxy the environment names for the destination.
#[derive(Clone)]
struct Connector {
    tcp: HttpConnector,
    proxies: Option<Arc<Matcher>>,
    /// Sent with a `CONNECT` (the `User-Agent`).
    tunnel_headers: HeaderMap,
}

type Connecting = Pin<Box<dyn Future<Output = Result<TokioIo<TcpStream>, BoxError>> + Send>>;

impl Service<http::Uri> for Connector {
    type Response = TokioIo<TcpStream>;
    type Error = BoxError;
    type Future = Connecting;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        // `HttpConnector` (and a tunnel over it) is always ready.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: http::Uri) -> Connecting {
        let mut tcp = self.tcp.clone();
        match self.proxies.as_ref().and_then(|m| m.intercept(&dst)) {
            None => Box::pin(async move { tcp.call(dst).await.map_err(Into::into) }),
            Some(proxy) if proxy.uri().scheme_str() != Some("http") => {
                let scheme = proxy.uri().scheme_str().unwrap_or_default().to_owned();
                Box::pin(async move {
                    Err(format!(
                        "the proxy set for this destination uses {scheme}://, which asc-core \
                         does not support: name an http:// proxy (in HTTPS_PROXY, HTTP_PROXY \
                         or ALL_PROXY, or with ClientBuilder::proxy), or set NO_PROXY"
                    )
                    .into())
                })
            }
            Some(proxy) => {
                let mut tunnel =
                    Tunnel::new(proxy.uri().clone(), tcp).with_headers(self.tunnel_headers.clone());
                if let Some(auth) = proxy.basic_auth() {
                    tunnel = tunnel.with_auth(auth.clone());
                }
                let dst = with_port(dst);
                Box::pin(async move { tunnel.call(dst).await.map_err(Into::into) })
            }
        }
    }
}

/// `dst` with its scheme's default port written out: a tunnel asks for
/// `host:443` when no port is given, which is wrong for `http`.
fn with_port(dst: http::Uri) -> http::Uri {
    if dst.port().is_some() {
        return dst;
    }
    let (Some(scheme), Some(host)) = (dst.scheme_str(), dst.host()) else {
        return dst;
    };
    let port = if scheme == "http" { 80 } else { 443 };
    http::Uri::try_from(format!("{scheme}://{host}:{port}/")).unwrap_or(dst)
}

/// A connector with one time limit for everything a new connection takes:
/// name lookup, TCP, a proxy's `CONNECT` and the TLS handshake (hyper-util's
/// own limit covers the TCP connect alone). A connection that does not open
/// in time is a connect error: nothing was sent, so writes may be retried.
#[derive(Clone)]
struct Limited<C> {
    inner: C,
    limit: Duration,
}

impl<C> Service<http::Uri> for Limited<C>
where
    C: Service<http::Uri>,
    C::Future: Send + 'static,
    C::Error: Into<BoxError>,
{
    type Response = C::Response;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<C::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, dst: http::Uri) -> Self::Future {
        let connecting = self.inner.call(dst);
        let limit = self.limit;
        Box::pin(async move {
            match tokio::time::timeout(limit, connecting).await {
                Ok(result) => result.map_err(Into::into),
                Err(_) => Err(Box::new(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    format!("no connection within the connect timeout of {limit:?}"),
                )) as BoxError),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tunnel_is_asked_for_the_scheme_s_default_port() {
        let cases = [
            ("http://h/a?b", "h:80"),
            ("https://h/a", "h:443"),
            ("http://h:8080/", "h:8080"),
            ("http://[::1]/", "[::1]:80"),
            ("http://127.0.0.1/", "127.0.0.1:80"),
        ];
        for (uri, authority) in cases {
            let uri = with_port(http::Uri::from_static(uri));
            assert_eq!(uri.authority().map(|a| a.as_str()), Some(authority));
        }
    }
}
