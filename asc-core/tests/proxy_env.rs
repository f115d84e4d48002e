//! Proxies named by the environment (`HTTP_PROXY`, `NO_PROXY`) are
//! honoured, `ClientBuilder::no_proxy` ignores them, and an `https://` proxy
//! there is refused when the client is built.
//!
//! Alone in its test binary, with one test, because it sets environment
//! variables: they are set before any other thread of the process exists.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;

use asc_core::{Client, Method, Raw, Request, RetryPolicy};
use common::{Reply, TestKey, TestServer};

/// A proxy that answers every request with 502 and reports the first line
/// of each request head it got.
fn refusing_proxy() -> (u16, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && conn.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let head = String::from_utf8_lossy(&head).into_owned();
            let _ = tx.send(head.lines().next().unwrap_or_default().to_owned());
            let _ = conn.write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
        }
    });
    (port, rx)
}

#[test]
fn proxies_of_the_environment_are_used_unless_told_otherwise() {
    // An https:// proxy is not supported: said when the client is built,
    // not by every request failing.
    // SAFETY: this is the only test of this binary; no other thread exists yet.
    unsafe {
        std::env::set_var("HTTPS_PROXY", "https://proxy.invalid:3128");
        std::env::remove_var("https_proxy");
        std::env::remove_var("ALL_PROXY");
        std::env::remove_var("all_proxy");
    }
    let err = Client::builder()
        .credentials(TestKey::new().team())
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, asc_core::Error::Config(m) if m.contains("https:// proxy") && m.contains("no_proxy")),
        "{err:?}"
    );
    // no_proxy() is the way out.
    Client::builder()
        .credentials(TestKey::new().team())
        .no_proxy()
        .build()
        .unwrap();

    let (port, heads) = refusing_proxy();
    // SAFETY: still the only test; the proxy thread above reads no
    // environment, and no runtime has started yet.
    unsafe {
        std::env::remove_var("HTTPS_PROXY");
        std::env::set_var("HTTP_PROXY", format!("http://127.0.0.1:{port}"));
        std::env::remove_var("http_proxy");
        std::env::set_var("NO_PROXY", "excluded.invalid");
        std::env::remove_var("no_proxy");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let server = TestServer::start(|_| Reply::ok()).await;
        let read = |client: &Client| {
            Request::with_decoder(client, Method::GET, "/v1/things/1", Raw).send()
        };
        let build = |direct: bool| {
            let builder = Client::builder()
                .credentials(TestKey::new().team())
                .base_url(server.url())
                .retry(RetryPolicy::none());
            if direct { builder.no_proxy() } else { builder }
                .build()
                .unwrap()
        };

        // Through the environment's proxy, which refuses the tunnel.
        let err = read(&build(false)).await.unwrap_err();
        assert!(matches!(err, asc_core::Error::Connection { .. }), "{err:?}");
        let authority = server.url().trim_start_matches("http://").to_owned();
        assert_eq!(
            heads.recv().unwrap(),
            format!("CONNECT {authority} HTTP/1.1")
        );
        assert_eq!(server.count(), 0);

        // Told to connect directly, it does.
        assert_eq!(read(&build(true)).await.unwrap().status, 200);
        assert_eq!(server.count(), 1);
        assert!(heads.try_recv().is_err(), "the proxy was asked again");
    });
}
