//! Requests through an HTTP proxy: a `CONNECT` tunnel, with Basic
//! authentication when the proxy URL carries a user, for API requests and
//! uploads alike; bad proxy URLs are refused at build time.
//!
//! The proxy here is a minimal `CONNECT` proxy on 127.0.0.1 that records
//! each request head it receives and then copies bytes both ways.

mod common;

use std::sync::{Arc, Mutex};

use asc_core::{Client, Error, Method, Raw, Request, RetryPolicy, UploadPart};
use common::{Reply, TestKey, TestServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A `CONNECT` proxy; `heads` holds the request head of each tunnel asked for.
struct ConnectProxy {
    port: u16,
    heads: Arc<Mutex<Vec<String>>>,
}

impl ConnectProxy {
    async fn start() -> ConnectProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let seen = heads.clone();
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let seen = seen.clone();
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        if client.read(&mut byte).await.unwrap_or(0) == 0 {
                            return;
                        }
                        head.push(byte[0]);
                    }
                    let head = String::from_utf8_lossy(&head).into_owned();
                    seen.lock().unwrap().push(head.clone());
                    let target = head
                        .split_whitespace()
                        .nth(1)
                        .unwrap_or_default()
                        .to_owned();
                    if !head.starts_with("CONNECT ") {
                        let _ = client
                            .write_all(
                                b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n",
                            )
                            .await;
                        return;
                    }
                    let Ok(mut upstream) = TcpStream::connect(target).await else {
                        let _ = client
                            .write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
                            .await;
                        return;
                    };
                    let _ = client
                        .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                        .await;
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                });
            }
        });
        ConnectProxy { port, heads }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

fn read(client: &Client) -> Request<Raw> {
    Request::with_decoder(client, Method::GET, "/v1/things/1", Raw)
}

#[tokio::test]
async fn requests_go_through_a_connect_tunnel_with_basic_auth() {
    let server = TestServer::start(|_| Reply::ok()).await;
    let proxy = ConnectProxy::start().await;
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        // An `@` in the password, unescaped, as people write it.
        .proxy(format!("http://user:p@ss@127.0.0.1:{}", proxy.port))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    assert!(
        !format!("{client:?}").contains("p@ss"),
        "the proxy password is shown: {client:?}"
    );
    for _ in 0..3 {
        assert_eq!(read(&client).send().await.unwrap().status, 200);
    }
    assert_eq!(server.count(), 3);
    let heads = proxy.heads();
    // One tunnel, reused by the three requests (a kept-alive connection).
    assert_eq!(heads.len(), 1, "{heads:?}");
    let authority = server.url().trim_start_matches("http://").to_owned();
    assert!(
        heads[0].starts_with(&format!("CONNECT {authority} HTTP/1.1\r\n")),
        "{heads:?}"
    );
    // "user:p@ss" in Basic authentication.
    assert!(
        heads[0]
            .to_ascii_lowercase()
            .contains("proxy-authorization: basic dxnlcjpwqhnz\r\n"),
        "{heads:?}"
    );

    // Uploads of this client take the same way: to another server, so a
    // second tunnel (one that goes direct would leave one CONNECT).
    let storage = TestServer::start(|_| Reply::ok()).await;
    let part = UploadPart {
        method: "PUT".into(),
        url: format!("{}/upload/part-0", storage.url()),
        offset: 0,
        length: 4,
        headers: vec![],
    };
    client
        .uploader()
        .unwrap()
        .upload(&[part], bytes::Bytes::from_static(b"abcd"))
        .await
        .unwrap();
    assert_eq!(storage.count(), 1);
    let heads = proxy.heads();
    let storage_authority = storage.url().trim_start_matches("http://").to_owned();
    assert_eq!(heads.len(), 2, "{heads:?}");
    assert!(
        heads[1].starts_with(&format!("CONNECT {storage_authority} HTTP/1.1\r\n")),
        "{heads:?}"
    );
}

#[tokio::test]
async fn a_proxy_that_refuses_the_tunnel_is_a_connection_error() {
    let proxy = ConnectProxy::start().await;
    // A port nothing listens on: the proxy answers 502.
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(format!("http://127.0.0.1:{}", common::closed_port()))
        .proxy(format!("http://127.0.0.1:{}", proxy.port))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = read(&client).send().await.unwrap_err();
    assert!(matches!(err, Error::Connection { .. }), "{err:?}");
    assert_eq!(proxy.heads().len(), 1);
}

#[tokio::test]
async fn no_proxy_connects_directly() {
    let server = TestServer::start(|_| Reply::ok()).await;
    let client = Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .proxy("http://127.0.0.1:1")
        .no_proxy()
        .build()
        .unwrap();
    assert_eq!(read(&client).send().await.unwrap().status, 200);
}

#[test]
fn bad_proxy_urls_are_refused_at_build() {
    for (proxy, says) in [
        ("proxy.example:3128", "must use http"),
        ("https://proxy.example", "must use http"),
        ("socks5://proxy.example:1080", "must use http"),
        ("http://", "is not a URL"),
        ("http://user:secret@", "is not a URL"),
        // A `/` in a password makes it no URL; the password is still hidden.
        ("http://user:se/cret@proxy.example:3128", "is not a URL"),
    ] {
        let err = Client::builder()
            .credentials(TestKey::new().team())
            .proxy(proxy)
            .build()
            .unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::Config(_)), "{proxy}: {err:?}");
        assert!(text.contains(says), "{proxy}: {text}");
        assert!(!text.contains("cret"), "{proxy}: {text}");
    }
}
