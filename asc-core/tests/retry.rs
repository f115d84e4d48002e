//! Retries, timeouts and broken connections against a real server.

mod common;

use std::time::{Duration, Instant};

use asc_core::Method;
use asc_core::{Client, Error, RetryPolicy};
use bytes::Bytes;
use common::{Reply, TestKey, TestServer, client_for, closed_port, fast_retry};

const WRITES: [Method; 3] = [Method::POST, Method::PATCH, Method::DELETE];

fn body_for(method: &Method) -> Option<Bytes> {
    (*method != Method::DELETE).then(|| Bytes::from_static(br#"{"data":{"type":"things"}}"#))
}

#[tokio::test]
async fn get_honours_retry_after_on_503() {
    let server = TestServer::scripted(vec![
        Reply::json(503, serde_json::json!({"errors": []})).header("retry-after", "1"),
        Reply::ok(),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    let started = Instant::now();
    let response = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    assert_eq!(response.status, 200);

    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    // The policy's own backoff is 5 ms: a gap near one second is Retry-After's.
    let gap = seen[1].at - seen[0].at;
    assert!(
        gap >= Duration::from_millis(950),
        "Retry-After: 1 was not honoured: {gap:?}"
    );
    assert!(
        gap < Duration::from_millis(1900),
        "waited too long: {gap:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn get_is_retried_on_each_transient_status() {
    for status in [429, 500, 502, 503, 504] {
        let server = TestServer::scripted(vec![Reply::status(status), Reply::ok()]).await;
        let client = client_for(&server, TestKey::new().team());
        let response = client
            .execute(Method::GET, "/v1/things/1", None)
            .await
            .unwrap();
        assert_eq!(response.status, 200, "{status}");
        assert_eq!(server.count(), 2, "{status} is retried once, then succeeds");
    }
}

#[tokio::test]
async fn get_gives_up_after_the_policy_s_retries() {
    let server = TestServer::scripted(vec![Reply::status(503)]).await;
    let client = client_for(&server, TestKey::new().team());
    let err = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.count(), 1 + fast_retry().max_retries as usize);
    assert!(
        fast_retry().max_retries >= 3,
        "the issue asks for at least 3 retries by default"
    );
}

#[tokio::test]
async fn get_is_not_retried_on_client_errors() {
    for status in [400, 403, 404, 409, 422] {
        let server = TestServer::scripted(vec![Reply::status(status), Reply::ok()]).await;
        let client = client_for(&server, TestKey::new().team());
        let err = client
            .execute(Method::GET, "/v1/things/1", None)
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(status));
        assert_eq!(server.count(), 1, "{status} must not be retried");
    }
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_gives_up_at_once() {
    let server = TestServer::scripted(vec![
        Reply::status(429).header("retry-after", "30"),
        Reply::ok(),
    ])
    .await;
    let policy = RetryPolicy {
        max_retry_after: Duration::from_secs(2),
        ..fast_retry()
    };
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .retry(policy)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(429));
    assert_eq!(server.count(), 1);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn writes_are_not_retried_on_503() {
    for method in WRITES {
        let server = TestServer::scripted(vec![Reply::status(503), Reply::ok()]).await;
        let client = client_for(&server, TestKey::new().team());
        let err = client
            .execute(method.clone(), "/v1/things/1", body_for(&method))
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(503), "{method}");
        assert_eq!(
            server.count(),
            1,
            "{method} reached the server once and must not be repeated"
        );
    }
}

#[tokio::test]
async fn writes_are_retried_when_the_connection_is_refused() {
    for method in WRITES {
        // Nothing listens on the port at first; the server appears there after
        // the first attempts were refused, and the write then goes through once.
        let port = closed_port();
        let policy = RetryPolicy {
            max_retries: 20,
            initial_backoff: Duration::from_millis(40),
            max_backoff: Duration::from_millis(80),
            ..RetryPolicy::default()
        };
        let client = Client::builder()
            .credentials(TestKey::new().team())
            .base_url(format!("http://127.0.0.1:{port}"))
            .retry(policy)
            .build()
            .unwrap();
        let late = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(150)).await;
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
                .await
                .unwrap();
            TestServer::serve(listener, |_| Reply::json(200, serde_json::json!({})))
        });
        let started = Instant::now();
        let response = client
            .execute(method.clone(), "/v1/things/1", body_for(&method))
            .await
            .unwrap();
        assert_eq!(response.status, 200);
        assert!(
            started.elapsed() >= Duration::from_millis(140),
            "the first attempts must have been refused"
        );
        let server = late.await.unwrap();
        let seen = server.requests();
        assert_eq!(seen.len(), 1, "{method} arrived exactly once");
        assert_eq!(seen[0].method, method);
        assert_eq!(seen[0].body, body_for(&method).unwrap_or_default());
    }
}

#[tokio::test]
async fn a_refused_connection_ends_in_a_connection_error() {
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(format!("http://127.0.0.1:{}", closed_port()))
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = client
        .execute(Method::POST, "/v1/things", None)
        .await
        .unwrap_err();
    assert!(
        matches!(err.last_attempt(), Error::Connection { .. }),
        "{err:?}"
    );
    assert!(err.is_transient());
    assert_eq!(err.status(), None);
}

#[tokio::test]
async fn retries_off_means_one_request() {
    let server = TestServer::scripted(vec![Reply::status(503), Reply::ok()]).await;
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let server = TestServer::scripted(vec![Reply::ok().delay(Duration::from_secs(3))]).await;
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(err.last_attempt(), Error::Timeout { after, .. } if *after == Duration::from_millis(300)),
        "{err:?}"
    );
    assert!(
        elapsed >= Duration::from_millis(290),
        "gave up too early: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_millis(1500),
        "the timeout was not enforced: {elapsed:?}"
    );
    assert!(err.to_string().contains("timed out"), "{err}");
}

#[tokio::test]
async fn a_timed_out_get_is_retried_but_a_timed_out_post_is_not() {
    let server = TestServer::scripted(vec![Reply::ok().delay(Duration::from_secs(3))]).await;
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .timeout(Duration::from_millis(200))
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert!(
        matches!(err.last_attempt(), Error::Timeout { .. }),
        "{err:?}"
    );
    assert_eq!(
        server.count(),
        4,
        "a GET that timed out is tried 1 + 3 times"
    );

    let server = TestServer::scripted(vec![Reply::ok().delay(Duration::from_secs(3))]).await;
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .timeout(Duration::from_millis(200))
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = client
        .execute(Method::POST, "/v1/things", body_for(&Method::POST))
        .await
        .unwrap_err();
    assert!(
        matches!(err.last_attempt(), Error::Timeout { .. }),
        "{err:?}"
    );
    assert_eq!(
        server.count(),
        1,
        "the POST may have been processed: not repeated"
    );
}

#[tokio::test]
async fn a_body_cut_off_midway_is_a_connection_error_after_retries() {
    let server = TestServer::scripted(vec![
        Reply::status(200)
            .header("content-type", "application/json")
            .body(r#"{"data":{"type":"things","id":"1","#)
            .broken_body(),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    let err = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert!(
        matches!(err.last_attempt(), Error::Connection { .. }),
        "{err:?}"
    );
    assert_eq!(server.count(), 4, "a broken GET is tried 1 + 3 times");
}

#[tokio::test]
async fn a_body_cut_off_then_complete_succeeds() {
    let server = TestServer::scripted(vec![
        Reply::status(200).body(r#"{"data":"#).broken_body(),
        Reply::ok(),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    let response = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    let doc: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
    assert_eq!(
        doc["data"]["id"], "1",
        "the complete body of the second attempt"
    );
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn a_write_whose_answer_breaks_midway_is_not_repeated() {
    // The server got the POST and may have created the resource: the caller
    // must read back rather than have it sent twice.
    let server = TestServer::scripted(vec![
        Reply::status(201).body(r#"{"data":"#).broken_body(),
        Reply::json(201, serde_json::json!({})),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    let err = client
        .execute(Method::POST, "/v1/things", body_for(&Method::POST))
        .await
        .unwrap_err();
    assert!(
        matches!(err.last_attempt(), Error::Connection { .. }),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
}
