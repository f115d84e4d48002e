//! A loopback HTTP server that answers every request with the same bytes.
//!
//! It runs on a runtime and thread of its own so that the client side of a
//! benchmark is measured on the runtime it would have in a program.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::JoinHandle;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt;
use bytes::Bytes;
use tokio::sync::oneshot;

/// A running server; dropping it stops it.
pub struct Server {
    addr: SocketAddr,
    hits: Arc<AtomicU64>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `body` as `application/json` with status 200 and Apple's
    /// `X-Rate-Limit` header, for any method and path, on 127.0.0.1 with
    /// TCP_NODELAY, from a current-thread runtime on its own thread.
    pub fn start(body: impl Into<Bytes>) -> Server {
        Server::start_with(body, || {})
    }

    /// [`Server::start`], running `on_thread` first on the server's thread
    /// (the memory benchmark uses it to leave the server's allocations out).
    pub fn start_with(body: impl Into<Bytes>, on_thread: fn()) -> Server {
        let body: Bytes = body.into();
        let hits = Arc::new(AtomicU64::new(0));
        let counter = hits.clone();
        Server::start_app(on_thread, hits, move |_| {
            Router::new().fallback(move || {
                let body = body.clone();
                counter.fetch_add(1, Ordering::Relaxed);
                async move { json(body) }
            })
        })
    }

    /// Serves the router `app` makes from the server's base URL
    /// (`http://127.0.0.1:PORT`), on 127.0.0.1 with TCP_NODELAY, from a
    /// current-thread runtime on its own thread, after running `on_thread`
    /// there. `hits` is what [`Server::hits`] reports: the router counts.
    pub fn start_app(
        on_thread: fn(),
        hits: Arc<AtomicU64>,
        app: impl FnOnce(&str) -> Router + Send + 'static,
    ) -> Server {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("bench-server".into())
            .spawn(move || {
                on_thread();
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap_or_else(|e| panic!("no server runtime: {e}"));
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                        .await
                        .unwrap_or_else(|e| panic!("cannot bind 127.0.0.1: {e}"));
                    let addr = listener.local_addr().ok();
                    let app = app(&addr.map(|a| format!("http://{a}")).unwrap_or_default());
                    let _ = addr_tx.send(addr);
                    let listener = listener.tap_io(|tcp| {
                        let _ = tcp.set_nodelay(true);
                    });
                    // Stopping drops the runtime and with it every open
                    // connection: no graceful wait on clients that keep theirs alive.
                    tokio::select! {
                        _ = axum::serve(listener, app) => {}
                        _ = stop_rx => {}
                    }
                });
            })
            .unwrap_or_else(|e| panic!("cannot start the server thread: {e}"));
        let addr = addr_rx
            .recv()
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("the server did not start"));
        Server {
            addr,
            hits,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many requests the server has answered.
    pub fn hits(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }
}

/// A 200 answer with `body` as `application/json` and Apple's `X-Rate-Limit` header.
pub fn json(body: impl Into<axum::body::Body>) -> Response {
    let body: axum::body::Body = body.into();
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::HeaderName::from_static("x-rate-limit"),
                HeaderValue::from_static("user-hour-lim:3600;user-hour-rem:3599;"),
            ),
        ],
        body,
    )
        .into_response()
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
