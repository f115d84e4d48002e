//! The one request path: one retry budget for the whole operation whatever
//! failed, deadlines and per-request overrides, the errors it gives, and
//! how it treats `Retry-After` and a spent hourly budget.

mod common;

use std::error::Error as _;
use std::time::{Duration, Instant};

use asc_core::Method;
use asc_core::{Client, Error, Raw, Request, RetryPolicy};
use common::{Reply, TestKey, TestServer, client_for, closed_port, fast_retry};
use serde_json::json;

/// A 200 whose body stops in the middle of its JSON, with a matching
/// Content-Length: what a proxy that cut the body sends.
fn cut_body() -> Reply {
    Reply::status(200)
        .header("content-type", "application/json")
        .body(r#"{"data":{"type":"things","id":"1","attri"#)
}

fn unavailable() -> Reply {
    Reply::json(
        503,
        json!({"errors": [{"status": "503", "code": "UNAVAILABLE", "title": "Service unavailable"}]}),
    )
}

fn read(client: &Client) -> Request<Raw> {
    Request::with_decoder(client, Method::GET, "/v1/things/1", Raw)
}

/// Decodes the body as JSON, so that a cut body is seen as one.
struct Json;

impl asc_core::Decoder for Json {
    type Output = serde_json::Value;
    fn decode(&self, raw: asc_core::RawResponse) -> Result<serde_json::Value, Error> {
        asc_core::decode(raw.status, &raw.body)
    }
}

fn json_read(client: &Client) -> Request<Json> {
    Request::with_decoder(client, Method::GET, "/v1/things/1", Json)
}

async fn typed_read(client: &Client) -> Result<serde_json::Value, Error> {
    json_read(client).send().await
}

#[tokio::test]
async fn each_failure_kind_gets_the_same_budget_of_attempts() {
    let budget = fast_retry().max_retries + 1;
    let kinds: Vec<(&str, Reply)> = vec![
        ("503", unavailable()),
        ("a 2xx body cut short", cut_body()),
        (
            "a connection broken in the body",
            Reply::ok().body(r#"{"data":"#).broken_body(),
        ),
    ];
    for (kind, reply) in kinds {
        let server = TestServer::start(move |_| reply.clone()).await;
        let client = client_for(&server, TestKey::new().team());
        let err = typed_read(&client).await.unwrap_err();
        assert_eq!(server.count() as u32, budget, "{kind}: {err}");
        assert_eq!(err.attempts(), budget, "{kind}");
        assert!(
            matches!(err, Error::RetriesExhausted { attempts, .. } if attempts == budget),
            "{kind}: {err:?}"
        );
        let text = err.to_string();
        assert!(
            text.contains(&format!("gave up after {budget} attempts")),
            "{kind}: {text}"
        );
    }
}

#[tokio::test]
async fn a_read_whose_body_is_always_cut_makes_four_attempts_not_sixteen() {
    let server = TestServer::start(|_| cut_body()).await;
    let client = client_for(&server, TestKey::new().team());
    let err = typed_read(&client).await.unwrap_err();
    assert_eq!(server.count(), 4);
    assert!(
        matches!(err.last_attempt(), Error::Decode { .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn mixed_failures_share_one_budget() {
    let server = TestServer::scripted(vec![
        unavailable(),
        cut_body(),
        Reply::ok().body(r#"{"data":"#).broken_body(),
        Reply::status(502),
        Reply::ok(),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    let err = typed_read(&client).await.unwrap_err();
    assert_eq!(
        server.count(),
        4,
        "three retries after the first attempt, then stop"
    );
    assert_eq!(err.status(), Some(502), "the last attempt's answer: {err}");
    assert_eq!(err.attempts(), 4);

    // With one more retry the fifth answer, a success, is reached.
    let server = TestServer::scripted(vec![
        unavailable(),
        cut_body(),
        Reply::ok().body(r#"{"data":"#).broken_body(),
        Reply::status(502),
        Reply::ok(),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    let value = json_read(&client)
        .retry(fast_retry().with_max_retries(4))
        .send()
        .await
        .unwrap();
    assert_eq!(value["data"]["id"], "1");
    assert_eq!(server.count(), 5);
}

#[tokio::test]
async fn a_refused_token_is_renewed_once_outside_the_budget() {
    let server = TestServer::start(|_| {
        Reply::json(
            401,
            json!({"errors": [{"status": "401", "code": "NOT_AUTHORIZED", "title": "no"}]}),
        )
    })
    .await;
    let client = client_for(&server, TestKey::new().team());
    let err = read(&client).send().await.unwrap_err();
    assert_eq!(server.count(), 2, "one fresh token, one more attempt");
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.attempts(), 2);
    assert!(err.to_string().contains("refused twice"), "{err}");
}

#[tokio::test]
async fn writes_are_not_repeated_after_a_5xx_or_a_lost_answer() {
    for reply in [unavailable(), Reply::ok().body("{").broken_body()] {
        let server = TestServer::start(move |_| reply.clone()).await;
        let client = client_for(&server, TestKey::new().team());
        let err = Request::with_decoder(&client, Method::PATCH, "/v1/things/1", Raw)
            .json_body(r#"{"data":{"type":"things","id":"1"}}"#)
            .send()
            .await
            .unwrap_err();
        assert_eq!(server.count(), 1, "{err}");
        assert_eq!(err.attempts(), 1);
    }
}

#[tokio::test]
async fn per_request_retry_and_timeout_override_the_clients() {
    let server = TestServer::start(|_| unavailable()).await;
    let client = client_for(&server, TestKey::new().team());
    let err = read(&client)
        .retry(RetryPolicy::none())
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
    assert!(matches!(err, Error::Api { status: 503, .. }), "{err:?}");

    let server = TestServer::start(|_| Reply::ok().delay(Duration::from_millis(400))).await;
    let client = client_for(&server, TestKey::new().team());
    let started = Instant::now();
    let err = read(&client)
        .timeout(Duration::from_millis(100))
        .retry(RetryPolicy::none())
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Timeout { after, .. } if after == Duration::from_millis(100)),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_millis(390));
    // The client's own five-second timeout still applies to other requests.
    assert_eq!(read(&client).send().await.unwrap().status, 200);
}

#[tokio::test]
async fn a_deadline_bounds_the_whole_operation() {
    // Every attempt takes 150 ms and fails; four attempts would take 600 ms.
    let server = TestServer::start(|_| unavailable().delay(Duration::from_millis(150))).await;
    let client = client_for(&server, TestKey::new().team());
    let started = Instant::now();
    let err = read(&client)
        .deadline(Duration::from_millis(350))
        .send()
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(took < Duration::from_millis(550), "{took:?}");
    let Error::Deadline {
        limit,
        attempts,
        last,
    } = &err
    else {
        panic!("expected Deadline, got {err:?}");
    };
    assert_eq!(*limit, Duration::from_millis(350));
    assert!((2..=3).contains(attempts), "{attempts}");
    assert_eq!(last.as_ref().and_then(|e| e.status()), Some(503));
    assert!(err.is_transient());

    // A wait that would end after the deadline is not started at all.
    let server = TestServer::start(|_| unavailable().header("retry-after", "5")).await;
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .deadline(Duration::from_secs(2))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = read(&client).send().await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(server.count(), 1);
    assert!(
        matches!(err, Error::Deadline { attempts: 1, .. }),
        "{err:?}"
    );
    assert_eq!(err.retry_after(), Some(Duration::from_secs(5)));
}

#[tokio::test]
async fn clients_told_the_same_retry_after_come_back_spread_out() {
    // Six clients at once, as many tasks told the same instant would be.
    let mut gaps: Vec<Duration> = futures_util::future::join_all((0..6).map(|_| async {
        let server = TestServer::scripted(vec![
            Reply::status(429).header("retry-after", "1"),
            Reply::ok(),
        ])
        .await;
        let client = client_for(&server, TestKey::new().team());
        read(&client).send().await.unwrap();
        let seen = server.requests();
        seen[1].at - seen[0].at
    }))
    .await;
    for gap in &gaps {
        assert!(
            *gap >= Duration::from_secs(1),
            "never earlier than asked: {gap:?}"
        );
        assert!(*gap < Duration::from_millis(1_600), "{gap:?}");
    }
    gaps.sort();
    let spread = gaps[gaps.len() - 1] - gaps[0];
    assert!(
        spread >= Duration::from_millis(5),
        "six retries after Retry-After: 1 came back within {spread:?} of one another: {gaps:?}"
    );
}

#[tokio::test]
async fn a_spent_hourly_budget_fails_at_once() {
    let spent = || {
        Reply::json(
            429,
            json!({"errors": [{"status": "429", "code": "RATE_LIMIT_EXCEEDED", "title": "The request rate limit has been reached."}]}),
        )
        .header("x-rate-limit", "user-hour-lim:3600;user-hour-rem:0;")
    };
    let server = TestServer::start(move |_| spent()).await;
    let client = client_for(&server, TestKey::new().team());
    let err = read(&client).send().await.unwrap_err();
    assert_eq!(server.count(), 1, "no futile retries");
    assert_eq!(err.status(), Some(429));
    assert_eq!(err.rate_limit().and_then(|l| l.hour_remaining), Some(0));
    assert!(
        err.to_string().contains("hourly request budget is spent"),
        "{err}"
    );

    // A Retry-After beyond the policy's cap also fails at once, and says how long.
    let server = TestServer::start(|_| Reply::status(429).header("retry-after", "3600")).await;
    let client = client_for(&server, TestKey::new().team());
    let err = read(&client).send().await.unwrap_err();
    assert_eq!(server.count(), 1);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));

    // A 429 without a spent budget is retried as before.
    let server = TestServer::scripted(vec![
        Reply::status(429).header("x-rate-limit", "user-hour-lim:3600;user-hour-rem:12;"),
        Reply::ok(),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    assert_eq!(read(&client).send().await.unwrap().status, 200);
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn transport_errors_keep_their_cause() {
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(format!("http://127.0.0.1:{}", closed_port()))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = read(&client).send().await.unwrap_err();
    assert!(matches!(err, Error::Connection { .. }), "{err:?}");
    let source = err
        .source()
        .expect("the connection error keeps the HTTP stack's error");
    assert!(
        source.is::<hyper_util::client::legacy::Error>(),
        "{source:?}"
    );
    // The cause is named, not only "client error (Connect)".
    assert!(err.to_string().to_lowercase().contains("refused"), "{err}");

    let server = TestServer::start(|_| unavailable()).await;
    let client = client_for(&server, TestKey::new().team());
    let err = read(&client).send().await.unwrap_err();
    let last = err
        .source()
        .expect("the last attempt's error is the source");
    assert!(last.to_string().contains("HTTP 503"), "{last}");
}

/// A server that takes the TCP connection and never answers the TLS
/// handshake: the connect timeout covers the handshake, not only TCP, and
/// such a failure is a connect failure (nothing was sent), so even a write
/// is tried again, within the same budget.
#[tokio::test]
async fn a_stalled_tls_handshake_fails_within_the_connect_timeout() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            held.push(socket);
        }
    });
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(format!("https://127.0.0.1:{port}"))
        .connect_timeout(Duration::from_millis(200))
        .timeout(Duration::from_secs(30))
        .retry(fast_retry().with_max_retries(2))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = Request::with_decoder(&client, Method::POST, "/v1/things", Raw)
        .json_body(r#"{"data":{"type":"things"}}"#)
        .send()
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert_eq!(err.attempts(), 3, "{err:?}");
    assert!(
        matches!(err.last_attempt(), Error::Connection { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("connect timeout"), "{err}");
    assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 3);
    // Three handshakes of 200 ms and two short backoffs, far below the
    // 30 s attempt timeout that bounded the handshake before.
    assert!(took < Duration::from_secs(5), "{took:?}");
}
