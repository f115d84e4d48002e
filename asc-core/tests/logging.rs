//! What the client says: the clock-skew correction and its warning, the
//! request spans, and that neither `Debug` nor any log line at TRACE level
//! carries the private key or a token.
//!
//! Every test here captures the tracing output of its own thread, so they all
//! run on current-thread runtimes.

mod common;

use std::time::{Duration, SystemTime};

use asc_core::Method;
use asc_core::{Client, Credentials, Error, RetryPolicy};
use common::{
    KEY_ID, LogBuffer, Reply, TestKey, TestServer, capture_logs, client_for, closed_port, unix_now,
};

fn unauthorized_with_date(date: SystemTime) -> Reply {
    Reply::json(
        401,
        serde_json::json!({"errors": [{"status": "401", "code": "NOT_AUTHORIZED",
            "title": "Authentication credentials are missing or invalid."}]}),
    )
    .header("date", &httpdate::fmt_http_date(date))
}

/// Runs a 401 whose `Date` is `skew_secs` away from our clock, then a 200,
/// and checks the retried token's times and the warning.
async fn clock_skew_is_corrected(skew_secs: i64) {
    let (logs, _guard) = capture_logs();
    let key = TestKey::new();
    let server_time = if skew_secs >= 0 {
        SystemTime::now() + Duration::from_secs(skew_secs as u64)
    } else {
        SystemTime::now() - Duration::from_secs(skew_secs.unsigned_abs())
    };
    let server = TestServer::scripted(vec![unauthorized_with_date(server_time), Reply::ok()]).await;
    let client = client_for(&server, key.team());
    client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();

    let offset = client.clock_offset_secs();
    assert!(
        (offset - skew_secs).abs() <= 2,
        "measured offset {offset}, real skew {skew_secs}"
    );

    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    let now = unix_now();
    let (_, first) = key.verify(seen[0].token()).unwrap();
    let (_, second) = key.verify(seen[1].token()).unwrap();
    let shift = second["iat"].as_i64().unwrap() - first["iat"].as_i64().unwrap();
    assert!(
        (shift - skew_secs).abs() <= 3,
        "iat moved by {shift} s for a skew of {skew_secs} s"
    );
    // By the server's clock the new token is valid now, as Apple requires.
    let server_now = now + skew_secs;
    let (iat, exp) = (
        second["iat"].as_i64().unwrap(),
        second["exp"].as_i64().unwrap(),
    );
    assert!(
        iat < server_now && iat >= server_now - 300,
        "iat {iat}, server now {server_now}"
    );
    assert!(
        exp > server_now + 300 && exp - iat <= 1200,
        "exp {exp}, iat {iat}"
    );

    let text = logs.text();
    let warning = text
        .lines()
        .find(|l| l.contains("WARN"))
        .unwrap_or_else(|| panic!("no warning logged; output was:\n{}", printable(&text)));
    assert!(warning.contains("clock"), "{}", printable(warning));
    assert!(
        warning.contains(&format!("offset_secs={offset}")),
        "{}",
        printable(warning)
    );
}

#[tokio::test]
async fn a_401_with_a_date_10_minutes_ahead_shifts_the_next_token() {
    clock_skew_is_corrected(600).await;
}

#[tokio::test]
async fn a_401_with_a_date_10_minutes_behind_shifts_the_next_token() {
    clock_skew_is_corrected(-600).await;
}

#[tokio::test]
async fn a_401_with_an_accurate_date_changes_nothing_and_warns_nothing() {
    let (logs, _guard) = capture_logs();
    let server =
        TestServer::scripted(vec![unauthorized_with_date(SystemTime::now()), Reply::ok()]).await;
    let client = client_for(&server, TestKey::new().team());
    client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    assert_eq!(client.clock_offset_secs(), 0);
    assert!(!logs.text().contains("WARN"), "{}", printable(&logs.text()));
}

/// Log text fit for a failure message: lines that could hold a token (a
/// regression this file exists to catch) are withheld, so a failing test never
/// prints one.
fn printable(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.contains("Bearer") || l.contains("eyJ") {
                "<line withheld: it may contain a token>"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Everything that must never show up in output.
struct Secrets {
    pem_lines: Vec<String>,
    tokens: Vec<String>,
}

impl Secrets {
    fn check(&self, what: &str, text: &str) {
        assert!(!text.contains("Bearer"), "{what} contains \"Bearer\"");
        for line in &self.pem_lines {
            assert!(
                !text.contains(line.as_str()),
                "{what} contains a line of the private key"
            );
        }
        for token in &self.tokens {
            // A token's signature is what makes it usable; its header alone is public.
            let signature = token.rsplit('.').next().unwrap();
            let payload = token.split('.').nth(1).unwrap();
            assert!(
                !text.contains(signature),
                "{what} contains a token's signature"
            );
            assert!(!text.contains(payload), "{what} contains a token's claims");
        }
    }
}

#[tokio::test]
async fn no_key_or_token_in_debug_or_trace_output() {
    let (logs, guard) = capture_logs();
    let key = TestKey::new();
    let creds = key.team().with_scope(["GET /v1/things"]);
    let individual = Credentials::individual(KEY_ID, &key.pem).unwrap();
    // A 401 then a 503 and success: refresh, retry and every span field are exercised.
    let server = TestServer::scripted(vec![
        unauthorized_with_date(SystemTime::now()),
        Reply::status(503),
        Reply::ok(),
        unauthorized_with_date(SystemTime::now()),
    ])
    .await;
    let builder = Client::builder()
        .credentials(creds.clone())
        .base_url(server.url())
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(5),
            ..RetryPolicy::default()
        });
    let builder_debug = format!("{builder:?}");
    let client = builder.build().unwrap();
    let ok = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    let refused = client
        .execute(Method::POST, "/v1/things", None)
        .await
        .unwrap_err();
    let timeout = Client::builder()
        .credentials(creds.clone())
        .base_url(
            TestServer::scripted(vec![Reply::ok().delay(Duration::from_secs(2))])
                .await
                .url(),
        )
        .timeout(Duration::from_millis(100))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    let unreachable = Client::builder()
        .credentials(individual.clone())
        .base_url(format!("http://127.0.0.1:{}", closed_port()))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    let bad_key = Credentials::team(
        KEY_ID,
        "issuer",
        key.pem.replace("PRIVATE KEY", "EC PRIVATE KEY"),
    )
    .unwrap_err();
    drop(guard);

    let seen = server.requests();
    assert_eq!(
        seen.len(),
        5,
        "401, 503, 200 for the GET; 401, 401 for the POST"
    );
    let secrets = Secrets {
        pem_lines: key.secret_lines(),
        tokens: seen.iter().map(|r| r.token().to_owned()).collect(),
    };
    assert!(!secrets.pem_lines.is_empty() && secrets.tokens.len() == 5);

    let debug = [
        ("Credentials", format!("{creds:?}")),
        ("individual Credentials", format!("{individual:?}")),
        ("ClientBuilder", builder_debug),
        ("Client", format!("{client:?}")),
        ("RawResponse", format!("{ok:?}")),
        ("Error::Api", format!("{refused:?} {refused}")),
        ("Error::Timeout", format!("{timeout:?} {timeout}")),
        (
            "Error::Connection",
            format!("{unreachable:?} {unreachable}"),
        ),
        ("Error::Credentials", format!("{bad_key:?} {bad_key}")),
    ];
    for (what, text) in &debug {
        secrets.check(what, text);
    }
    assert!(
        debug[0].1.contains(KEY_ID) && debug[0].1.contains("redacted"),
        "{}",
        debug[0].1
    );
    assert!(
        matches!(timeout.last_attempt(), Error::Timeout { .. }),
        "{timeout:?}"
    );
    assert!(
        matches!(unreachable.last_attempt(), Error::Connection { .. }),
        "{unreachable:?}"
    );

    let text = logs.text();
    secrets.check("the TRACE output", &text);
    assert_spans_are_logged(&logs);
}

/// The capture works and the request span carries what the issue lists.
fn assert_spans_are_logged(logs: &LogBuffer) {
    let text = logs.text();
    for needle in [
        "asc.request",
        "method=GET",
        "path=/v1/things/1",
        "attempt=0",
        "attempt=1",
        "status=503",
        "status=200",
        "duration_ms=",
        "method=POST",
    ] {
        assert!(
            text.contains(needle),
            "no `{needle}` in the TRACE output:\n{}",
            printable(&text)
        );
    }
}

#[tokio::test]
async fn a_refused_write_is_retried_as_the_log_shows() {
    let (logs, _guard) = capture_logs();
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(format!("http://127.0.0.1:{}", closed_port()))
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(5),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = client
        .execute(Method::PATCH, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert!(
        matches!(err.last_attempt(), Error::Connection { .. }),
        "{err:?}"
    );
    let text = logs.text();
    let retries = text
        .lines()
        .filter(|l| l.contains("retrying") && l.contains("connection to App Store Connect failed"))
        .count();
    assert_eq!(
        retries,
        3,
        "a refused PATCH is retried by the default policy:\n{}",
        printable(&text)
    );
    assert!(text.contains("attempt=3"), "{}", printable(&text));
}
