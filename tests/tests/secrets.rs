//! Secrets (issue 7, part 5): no `Debug`, `Display`, error message or log
//! line contains the private key, a token or the `Authorization` header.
//!
//! One test, because it installs a process-wide TRACE subscriber (and a
//! bridge for `log` records, which rustls writes) that captures every line, then
//! runs the client through success, a token refused twice, a 500 retried to
//! success, 5xx to the end, a timeout, a refused connection, a write refused
//! by the server, an upload part, and keys that do not load. The server
//! records the tokens it was sent; the test then searches everything it
//! collected for them and for the key.

mod hardening_support;

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use asc_core::{
    Client, Credentials, DeleteRequest, Error, ReadRequest, RetryPolicy, UploadPart, Uploader,
    WriteRequest,
};
use hardening_support::{Answer, Image, Server, apple_error, image_document, pem_body_lines};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

/// Everything the subscriber writes, in one buffer.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Capture {
        self.clone()
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|p| p.into_inner())).into_owned()
    }
}

/// The strings that must never appear: the PEM's base64 lines and whole
/// body, the raw private scalar in hex and as a Rust byte list, every token
/// the server received and its signature, and the word `Bearer`.
struct Secrets(Vec<String>);

impl Secrets {
    fn new(pem: &str, tokens: &[String]) -> Secrets {
        let mut s: Vec<String> = pem_body_lines(pem)
            .into_iter()
            .filter(|l| l.len() >= 16)
            .collect();
        s.push(pem_body_lines(pem).concat());
        let der = pem::parse(pem).expect("test key").into_contents();
        // PKCS#8 of P-256 holds the private scalar as OCTET STRING (04 20 ...).
        let at = der
            .windows(2)
            .position(|w| w == [0x04, 0x20])
            .expect("scalar");
        let scalar = &der[at + 2..at + 34];
        s.push(scalar.iter().map(|b| format!("{b:02x}")).collect());
        s.push(scalar.iter().map(|b| format!("{b:02X}")).collect());
        s.push(
            format!("{:?}", &scalar[..8])
                .trim_end_matches(']')
                .to_owned(),
        );
        for token in tokens {
            let bare = token.strip_prefix("Bearer ").expect("a bearer token");
            s.push(bare.to_owned());
            s.push(bare.rsplit('.').next().expect("signature").to_owned());
        }
        s.push("bearer".to_owned());
        Secrets(s)
    }

    /// The numbers of the secrets found in `text` (case-insensitive for `bearer`).
    fn found_in(&self, text: &str) -> Vec<usize> {
        let lower = text.to_ascii_lowercase();
        (0..self.0.len())
            .filter(|&i| match self.0[i].as_str() {
                "bearer" => lower.contains("bearer"),
                s => text.contains(s),
            })
            .collect()
    }

    /// `text` with every secret replaced by `<SECRET n>`, so that a failure
    /// message shows where a secret was without printing it.
    fn masked(&self, text: &str) -> String {
        let mut out = text.to_owned();
        let mut order: Vec<usize> = (0..self.0.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.0[i].len()));
        for i in order {
            out = out.replace(self.0[i].as_str(), &format!("<SECRET {i}>"));
        }
        out.replace("Bearer", "<SECRET bearer>")
    }
}

fn retry() -> RetryPolicy {
    RetryPolicy {
        max_retries: 2,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(20),
        max_retry_after: Duration::from_secs(1),
    }
}

fn client(creds: &Credentials, url: &str, timeout: Duration) -> Client {
    Client::builder()
        .credentials(creds.clone())
        .base_url(url)
        .retry(retry())
        .timeout(timeout)
        .build()
        .expect("client")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_key_token_or_authorization_header_in_any_output() {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::FULL)
        .with_writer(capture.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
    tracing_log::LogTracer::init().expect("the only logger");

    let flaky = Arc::new(AtomicUsize::new(0));
    let flaky_in_server = flaky.clone();
    let server = Server::start(move |_, seen| {
        let path = seen.target.split('?').next().unwrap_or_default();
        match (seen.method.as_str(), path) {
            ("GET", "/v1/gameCenterAchievementImages/ok") => {
                Answer::json(200, image_document("ok"))
            }
            ("GET", "/v1/gameCenterAchievementImages/refused") => {
                let mut a = Answer::json(
                    401,
                    apple_error(
                        401,
                        "NOT_AUTHORIZED",
                        "Authentication credentials are missing or invalid.",
                    ),
                );
                if let Answer::Reply(_, headers, _) = &mut a {
                    // A server clock far from ours: the client logs the offset it applies.
                    headers.push(("date".into(), "Wed, 21 Oct 2015 07:28:00 GMT".into()));
                }
                a
            }
            ("GET", "/v1/gameCenterAchievementImages/flaky") => {
                if flaky_in_server.fetch_add(1, Ordering::SeqCst) == 0 {
                    Answer::json(
                        500,
                        apple_error(500, "UNEXPECTED_ERROR", "An unexpected error occurred."),
                    )
                } else {
                    Answer::json(200, image_document("flaky"))
                }
            }
            ("GET", "/v1/gameCenterAchievementImages/down") => Answer::Reply(
                503,
                vec![
                    ("content-type".into(), "text/html".into()),
                    ("retry-after".into(), "0".into()),
                ],
                b"<html><body><h1>503 Service Unavailable</h1></body></html>".to_vec(),
            ),
            ("GET", "/v1/gameCenterAchievementImages/slow") => {
                Answer::Stall(Duration::from_secs(3))
            }
            ("POST", "/v1/gameCenterAchievementImages") => Answer::json(
                409,
                apple_error(
                    409,
                    "ENTITY_ERROR.ATTRIBUTE.INVALID",
                    "An attribute value is invalid.",
                ),
            ),
            ("DELETE", _) => Answer::json(
                404,
                apple_error(404, "NOT_FOUND", "The specified resource does not exist"),
            ),
            ("PUT", "/upload/part-1") => Answer::Reply(200, Vec::new(), Vec::new()),
            _ => Answer::json(
                404,
                apple_error(404, "NOT_FOUND", "no route in the test server"),
            ),
        }
    })
    .await;

    let pem = hardening_support::p256_pem();
    let creds = Credentials::team("ABCDE12345", "69a6de70-03db-47e3-e053-5b8c7c11a4d1", &pem)
        .expect("the test key loads");
    let fast = client(&creds, &server.url, Duration::from_secs(10));
    let mut outputs: Vec<String> = vec![format!("{creds:?}"), format!("{fast:?}")];
    let mut errors: Vec<Error> = Vec::new();

    // Success.
    let ok = ReadRequest::<Image>::new(&fast, "ok")
        .send()
        .await
        .expect("200");
    outputs.push(format!("{ok:?}"));
    let raw = ReadRequest::<Image>::new(&fast, "ok")
        .send_raw()
        .await
        .expect("200");
    outputs.push(format!("{raw:?}"));

    // A token refused twice: a fresh token, one retry, then the error with its hint.
    let refused = client(&creds, &server.url, Duration::from_secs(10));
    let e = ReadRequest::<Image>::new(&refused, "refused")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(401));
    assert!(e.to_string().contains("refused twice"), "{e}");
    assert_eq!(
        refused.signatures(),
        2,
        "the second attempt used a new token"
    );
    errors.push(e);

    // 500 then 200: retried to success.
    let r = ReadRequest::<Image>::new(&fast, "flaky")
        .send()
        .await
        .expect("retried");
    outputs.push(format!("{r:?}"));
    assert_eq!(flaky.load(Ordering::SeqCst), 2);

    // 503 with an HTML page every time: retries run out.
    let e = ReadRequest::<Image>::new(&fast, "down")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(e.last_attempt(), Error::Http { status: 503, .. }),
        "{e:?}"
    );
    errors.push(e);

    // A server that says nothing: the attempt times out.
    let slow = Client::builder()
        .credentials(creds.clone())
        .base_url(&server.url)
        .retry(RetryPolicy::none())
        .timeout(Duration::from_millis(300))
        .build()
        .expect("client");
    let e = ReadRequest::<Image>::new(&slow, "slow")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(e.last_attempt(), Error::Timeout { .. }), "{e:?}");
    errors.push(e);

    // Nobody listening.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        format!("http://{}", l.local_addr().expect("addr"))
    };
    let nowhere = client(&creds, &closed, Duration::from_secs(2));
    let e = ReadRequest::<Image>::new(&nowhere, "ok")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(e.last_attempt(), Error::Connection { .. }),
        "{e:?}"
    );
    errors.push(e);

    // Writes refused by the server, and a request refused before sending.
    let payload = serde_json::json!({"type": "gameCenterAchievementImages",
        "attributes": {"fileName": "a.png", "fileSize": 1}});
    let e = WriteRequest::<Image>::create_with_data(&fast, &payload)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(409));
    errors.push(e);
    let e = DeleteRequest::new::<Image>(&fast, "gone")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(404));
    errors.push(e);
    errors.push(
        DeleteRequest::new::<Image>(&fast, "../x")
            .send()
            .await
            .unwrap_err(),
    );

    // An upload part goes to a pre-signed URL with Apple's headers only.
    let part = UploadPart {
        method: "PUT".into(),
        url: format!("{}/upload/part-1", server.url),
        offset: 0,
        length: 4,
        headers: vec![("Content-Type".into(), "image/png".into())],
    };
    Uploader::new(Duration::from_secs(5))
        .expect("uploader")
        .upload(&[part], bytes::Bytes::from_static(b"\x89PNG"))
        .await
        .expect("part uploaded");

    // Keys that do not load: a damaged body, a cut one, the wrong label.
    let mut damaged = pem.clone().into_bytes();
    let middle = pem.find('\n').expect("lines") + 20;
    damaged[middle] = if damaged[middle] == b'A' { b'B' } else { b'A' };
    let cut = pem.replace("-----END PRIVATE KEY-----", "");
    let relabelled = pem.replace("PRIVATE KEY", "EC PRIVATE KEY");
    for bad in [damaged, cut.into_bytes(), relabelled.into_bytes()] {
        errors.push(Credentials::team("ABCDE12345", "issuer", &bad).unwrap_err());
    }
    let e = Credentials::from_lookup(|name| match name {
        "ASC_KEY_ID" => Some("ABCDE12345".into()),
        "ASC_PRIVATE_KEY" => Some(pem.replace("PRIVATE KEY", "PUBLIC KEY")),
        _ => None,
    })
    .unwrap_err();
    errors.push(e);

    for e in &errors {
        outputs.push(format!("{e:?}"));
        outputs.push(e.to_string());
    }
    let log = capture.text();

    // What the server received: the tokens to search for.
    let seen = server.seen();
    let tokens: Vec<String> = seen
        .iter()
        .filter_map(|s| s.header("authorization").map(str::to_owned))
        .collect();
    assert!(
        tokens.len() >= 8,
        "only {} signed requests arrived",
        tokens.len()
    );
    let mut distinct = tokens.clone();
    distinct.sort();
    distinct.dedup();
    assert!(distinct.len() >= 2, "the 401 retry did not use a new token");
    let upload = seen
        .iter()
        .find(|s| s.target == "/upload/part-1")
        .expect("the part arrived");
    assert_eq!(
        upload.header("authorization"),
        None,
        "an upload part carried the token"
    );
    assert_eq!(upload.header("content-type"), Some("image/png"));

    // The log is the real thing: our spans, our retries, and the HTTP stack's
    // own records (hyper's connection pool).
    for expected in [
        "asc.request",
        "retrying",
        "correcting token times",
        "connecting to 127.0.0.1",
        "TRACE",
    ] {
        assert!(
            log.contains(expected),
            "the log has no {expected:?}:\n{log}"
        );
    }

    let secrets = Secrets::new(&pem, &distinct);
    if let Some(path) = std::env::var_os("ASC_SECRETS_LOG") {
        // For a look at what was searched (with any secret masked).
        std::fs::write(path, secrets.masked(&log)).expect("write the log");
    }
    // The search finds what it looks for.
    for i in 0..secrets.0.len() {
        let planted = format!("..{}..", secrets.0[i]);
        assert!(
            secrets.found_in(&planted).contains(&i),
            "secret {i} is not found"
        );
    }
    for (i, text) in outputs.iter().enumerate() {
        let found = secrets.found_in(text);
        assert!(
            found.is_empty(),
            "output {i} contains secrets {found:?}: {}",
            secrets.masked(text)
        );
    }
    let found = secrets.found_in(&log);
    assert!(
        found.is_empty(),
        "the log contains secrets {found:?}:\n{}",
        secrets.masked(&log)
    );
    eprintln!(
        "searched {} outputs and {} log lines ({} bytes) for {} secrets from {} tokens: none found",
        outputs.len(),
        log.lines().count(),
        log.len(),
        secrets.0.len(),
        distinct.len()
    );
}

/// The key material asc-core holds is in types that zero it when dropped:
/// jsonwebtoken's `EncodingKey` (the DER) and `zeroize::Zeroizing` (the PEM
/// text while it is parsed, and the signed `Authorization` value). A
/// dependency update that drops this fails to compile here.
#[test]
fn key_holders_zero_on_drop() {
    fn zeroes_on_drop<T: zeroize::ZeroizeOnDrop>() {}
    zeroes_on_drop::<jsonwebtoken::EncodingKey>();
    zeroes_on_drop::<zeroize::Zeroizing<String>>();
    zeroes_on_drop::<zeroize::Zeroizing<Vec<u8>>>();
}
