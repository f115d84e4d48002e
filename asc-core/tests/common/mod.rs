//! Shared helpers of asc-core's integration tests: a small axum server on
//! 127.0.0.1 that records every request and answers from a script, a
//! throwaway P-256 key whose public half verifies tokens, and a tracing
//! writer that captures log output for inspection.
//!
//! Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use asc_core::{Client, Credentials, RetryPolicy};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use axum::serve::ListenerExt;
use futures_util::StreamExt;
use jsonwebtoken::{Algorithm, DecodingKey, Header, Validation};
use serde_json::Value;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

// ---------------------------------------------------------------- server

/// What the server answers to one request.
#[derive(Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Duration,
    /// Send `body` and then break the connection instead of finishing it.
    break_after_body: bool,
}

impl Reply {
    /// A reply with this status and an empty body.
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            break_after_body: false,
        }
    }

    /// A JSON reply.
    pub fn json(status: u16, body: Value) -> Reply {
        Reply::status(status)
            .header("content-type", "application/json")
            .body(body.to_string())
    }

    /// A 200 with a small JSON:API document about resource `things/1`.
    pub fn ok() -> Reply {
        Reply::json(
            200,
            serde_json::json!({"data": {"type": "things", "id": "1", "attributes": {"a": "x"}}}),
        )
    }

    /// Adds a response header.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Replaces the body.
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Reply {
        self.body = body.into();
        self
    }

    /// Waits this long before answering.
    pub fn delay(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    /// Sends the status, the headers and the body so far, then breaks the
    /// connection before the body is complete.
    pub fn broken_body(mut self) -> Reply {
        self.break_after_body = true;
        self
    }

    fn into_response(self) -> Response {
        let body = if self.break_after_body {
            let first = Bytes::from(self.body);
            // The pause lets the headers and the first chunk reach the client,
            // so the failure happens in the middle of the body.
            let chunks = futures_util::stream::iter([
                Ok::<_, io::Error>(first),
                Err(io::Error::new(
                    io::ErrorKind::ConnectionReset,
                    "test server breaks the body",
                )),
            ])
            .then(|chunk| async move {
                if chunk.is_err() {
                    tokio::time::sleep(Duration::from_millis(30)).await;
                }
                chunk
            });
            Body::from_stream(chunks)
        } else {
            Body::from(self.body)
        };
        let mut response = Response::new(body);
        *response.status_mut() = StatusCode::from_u16(self.status).expect("valid test status");
        for (name, value) in self.headers {
            response.headers_mut().append(
                HeaderName::from_bytes(name.as_bytes()).expect("valid test header name"),
                HeaderValue::from_str(&value).expect("valid test header value"),
            );
        }
        response
    }
}

/// One request as the server saw it.
///
/// Deliberately not `Debug`: it holds the `Authorization` header, and tests
/// must never print a token.
#[derive(Clone)]
pub struct Recorded {
    /// The request method.
    pub method: Method,
    /// The request target exactly as it arrived (still percent-encoded).
    pub uri: Uri,
    /// The request headers.
    pub headers: HeaderMap,
    /// The request body.
    pub body: Bytes,
    /// When the request arrived.
    pub at: Instant,
}

impl Recorded {
    /// The raw path, still percent-encoded.
    pub fn path(&self) -> &str {
        self.uri.path()
    }

    /// The raw query string, without `?`.
    pub fn query(&self) -> Option<&str> {
        self.uri.query()
    }

    /// The JWT of the `Authorization: Bearer` header.
    pub fn token(&self) -> &str {
        self.headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .expect("every request carries Authorization: Bearer <token>")
    }
}

type Script = dyn Fn(usize) -> Reply + Send + Sync;

struct Shared {
    script: Box<Script>,
    next: AtomicUsize,
    seen: Mutex<Vec<Recorded>>,
}

/// A local HTTP server that answers request number `i` (from 0) with
/// `script(i)` and records what it got. Stops when dropped.
pub struct TestServer {
    /// Where it listens.
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl TestServer {
    /// Starts a server whose answer depends on the index of the request.
    pub async fn start(script: impl Fn(usize) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        Self::serve(listener, script)
    }

    /// Starts a server that answers with `replies` in order, repeating the last one.
    pub async fn scripted(replies: Vec<Reply>) -> TestServer {
        assert!(!replies.is_empty(), "a script needs at least one reply");
        Self::start(move |i| replies[i.min(replies.len() - 1)].clone()).await
    }

    /// Serves on an already bound listener.
    pub fn serve(
        listener: tokio::net::TcpListener,
        script: impl Fn(usize) -> Reply + Send + Sync + 'static,
    ) -> TestServer {
        let addr = listener.local_addr().expect("local address");
        let shared = Arc::new(Shared {
            script: Box::new(script),
            next: AtomicUsize::new(0),
            seen: Mutex::new(Vec::new()),
        });
        let listener = listener.tap_io(|tcp| {
            // Loopback latency without Nagle's delay, as the common brief asks.
            let _ = tcp.set_nodelay(true);
        });
        let app = Router::new().fallback(handle).with_state(shared.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        TestServer { addr, shared, task }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        let mut seen = self.shared.seen.lock().unwrap().clone();
        seen.sort_by_key(|r| r.at);
        seen
    }

    /// How many requests arrived.
    pub fn count(&self) -> usize {
        self.shared.next.load(Ordering::SeqCst)
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let at = Instant::now();
    let index = shared.next.fetch_add(1, Ordering::SeqCst);
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    shared.seen.lock().unwrap().push(Recorded {
        method: parts.method,
        uri: parts.uri,
        headers: parts.headers,
        body,
        at,
    });
    let reply = (shared.script)(index);
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    reply.into_response()
}

/// A port on 127.0.0.1 where nothing listens (it was bound and released).
pub fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local address").port()
}

// ---------------------------------------------------------------- keys and clients

/// A throwaway App Store Connect-like key: PKCS#8 PEM of a fresh P-256 key.
pub struct TestKey {
    /// The `.p8` text.
    pub pem: String,
    /// The public key as an uncompressed point, for verifying signatures.
    pub public: Vec<u8>,
}

impl TestKey {
    /// A new random key.
    pub fn new() -> TestKey {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let pair =
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref()).unwrap();
        TestKey {
            pem: pem::encode(&pem::Pem::new("PRIVATE KEY", pkcs8.as_ref().to_vec())),
            public: pair.public_key().as_ref().to_vec(),
        }
    }

    /// The base64 lines of the PEM: none of them may ever be printed or logged.
    pub fn secret_lines(&self) -> Vec<String> {
        self.pem
            .lines()
            .filter(|l| !l.starts_with("-----") && !l.trim().is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// Team credentials with key id `KEYID12345` and issuer `ISSUER-1`.
    pub fn team(&self) -> Credentials {
        Credentials::team(KEY_ID, ISSUER, &self.pem).unwrap()
    }

    /// Checks the token's ES256 signature with this key's public half and the
    /// audience, and returns its header and claims.
    pub fn verify(&self, token: &str) -> Result<(Header, Value), jsonwebtoken::errors::Error> {
        let mut validation = Validation::new(Algorithm::ES256);
        validation.set_audience(&["appstoreconnect-v1"]);
        validation.set_required_spec_claims(&["exp", "aud"]);
        let data = jsonwebtoken::decode::<Value>(
            token,
            &DecodingKey::from_ec_der(&self.public),
            &validation,
        )?;
        Ok((data.header, data.claims))
    }
}

/// The key id of [`TestKey::team`].
pub const KEY_ID: &str = "KEYID12345";
/// The issuer id of [`TestKey::team`].
pub const ISSUER: &str = "57246542-96fe-1a63-e053-0824d011072a";

/// Retries as by default, but with millisecond backoffs so tests stay fast.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

/// A client for `server` with `credentials` and fast retries.
pub fn client_for(server: &TestServer, credentials: Credentials) -> Client {
    Client::builder()
        .credentials(credentials)
        .base_url(server.url())
        .timeout(Duration::from_secs(5))
        .retry(fast_retry())
        .build()
        .unwrap()
}

/// Seconds since the Unix epoch, now.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

// ---------------------------------------------------------------- logs

/// Everything written by a tracing subscriber, kept in memory.
#[derive(Clone, Default)]
pub struct LogBuffer(Arc<Mutex<Vec<u8>>>);

impl LogBuffer {
    /// The text written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// The writer handed out by [`LogBuffer`].
pub struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for LogBuffer {
    type Writer = LogWriter;

    fn make_writer(&'a self) -> LogWriter {
        LogWriter(self.0.clone())
    }
}

/// Captures all tracing output of the current thread at TRACE level, spans
/// opened and closed included, until the guard is dropped.
///
/// Use it in a current-thread runtime (`#[tokio::test]`), so that the client,
/// the server and every spawned task run on the capturing thread.
pub fn capture_logs() -> (LogBuffer, tracing::subscriber::DefaultGuard) {
    let buffer = LogBuffer::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::FULL)
        .with_writer(buffer.clone())
        .finish();
    let guard = tracing::subscriber::set_default(subscriber);
    (buffer, guard)
}
