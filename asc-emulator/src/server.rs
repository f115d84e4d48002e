//! The HTTP side: axum routes, the fault layer, and an accept loop over hyper
//! that sets `TCP_NODELAY` and can drop a connection on purpose (which
//! `axum::serve` cannot: a handler there always answers).

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{any, get};
use bytes::Bytes;
use http_body::{Frame, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;

use serde_json::{Map, Value};

use crate::apple::{AppleError, Refusal};
use crate::fault::{Fault, Planned, cursor_of};
use crate::state::{LoggedRequest, REQUEST_LOG_LIMIT, Shared, UploadRequest};
use crate::sync::lock;
use crate::{api, upload};

/// Marks a response that must not be sent: the connection is closed instead.
#[derive(Debug, Clone, Copy)]
struct Abort;

/// The error hyper gets for an [`Abort`], which makes it close the connection.
#[derive(Debug)]
struct Aborted;

impl std::fmt::Display for Aborted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Aborted {}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/upload/{token}/{part}", any(upload::upload))
        .route("/image/{type}/{id}/{file}/{spec}", get(upload::image))
        .fallback(api::entry)
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            faults_and_date,
        ))
        .layer(middleware::from_fn_with_state(shared.clone(), log_request))
        .with_state(shared)
}

/// Logs every request at info (method, path, status, duration) with the reason
/// of a refusal, on the `asc_emulator::request` target, and keeps it in the
/// request log (and the upload log, for the upload route). It is the outer
/// layer: the status is the one sent, after any injected fault.
async fn log_request(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let authorization = req.headers().contains_key(header::AUTHORIZATION);
    let started = Instant::now();
    let resp = next.run(req).await;
    let micros = started.elapsed().as_micros() as u64;
    let code = if resp.extensions().get::<Abort>().is_some() {
        0
    } else {
        resp.status().as_u16()
    };
    if path.starts_with("/upload/") {
        lock(&s.upload_log).push(UploadRequest {
            method: method.to_string(),
            path: path.clone(),
            authorization,
            status: code,
        });
    }
    {
        let mut log = lock(&s.requests);
        if log.len() >= REQUEST_LOG_LIMIT {
            log.pop_front();
        }
        log.push_back(LoggedRequest {
            method: method.to_string(),
            path: path.clone(),
            status: code,
        });
    }
    let status = if code == 0 {
        "dropped".to_owned()
    } else {
        code.to_string()
    };
    match resp.extensions().get::<Refusal>() {
        Some(Refusal(reason)) => tracing::info!(
            target: "asc_emulator::request",
            %method, %path, %status, micros, %reason, "request refused"
        ),
        None => tracing::info!(
            target: "asc_emulator::request",
            %method, %path, %status, micros, "request"
        ),
    }
    resp
}

/// Applies a queued or random fault, and puts the emulator's `Date` on every answer.
async fn faults_and_date(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let planned = lock(&s.faults).take(req.method(), req.uri().path(), req.uri().query());
    let mut resp = match planned {
        None => next.run(req).await,
        Some(p) => {
            tracing::debug!(fault = ?p.fault, after = p.after_handling, path = req.uri().path(), "injecting a fault");
            apply(&s, p, req, next).await
        }
    };
    if !resp.headers().contains_key(header::DATE)
        && let Ok(v) = HeaderValue::from_str(&httpdate::fmt_http_date(s.now()))
    {
        resp.headers_mut().insert(header::DATE, v);
    }
    resp
}

async fn apply(s: &Shared, p: Planned, req: Request, next: Next) -> Response {
    match p.fault {
        Fault::Status {
            status,
            headers,
            body,
        } => {
            if p.after_handling {
                drop(next.run(req).await);
            }
            status_response(status, &headers, body)
        }
        Fault::Delay(d) => {
            if p.after_handling {
                let resp = next.run(req).await;
                tokio::time::sleep(d).await;
                resp
            } else {
                tokio::time::sleep(d).await;
                next.run(req).await
            }
        }
        Fault::ResetBeforeResponse => {
            if p.after_handling {
                drop(next.run(req).await);
            }
            abort()
        }
        Fault::CloseMidBody => close_mid_body(next.run(req).await).await,
        Fault::TruncatedJson => truncate(next.run(req).await).await,
        Fault::ExpiredCursor => {
            let cursor = cursor_of(req.uri().query()).unwrap_or_default();
            AppleError::bad_cursor(&cursor).into_response()
        }
        Fault::RepeatedNext => {
            let own = format!("{}{}", s.base_url, req.uri());
            let cursor = cursor_of(req.uri().query());
            repeat_next(next.run(req).await, &own, cursor).await
        }
    }
}

/// Points a successful JSON answer's `links.next` (and `meta.paging.nextCursor`,
/// when present) at the request's own URL and cursor.
async fn repeat_next(resp: Response, own: &str, cursor: Option<String>) -> Response {
    if resp.status() != StatusCode::OK {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    let Ok(Value::Object(mut doc)) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    if let Some(links) = doc
        .entry("links")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
    {
        links.insert("next".into(), Value::String(own.to_owned()));
    }
    if let (Some(cursor), Some(paging)) = (
        cursor,
        doc.get_mut("meta")
            .and_then(|m| m.get_mut("paging"))
            .and_then(Value::as_object_mut),
    ) {
        paging.insert("nextCursor".into(), Value::String(cursor));
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    let body = serde_json::to_vec(&Value::Object(doc)).unwrap_or_default();
    Response::from_parts(parts, Body::from(body))
}

fn status_response(status: u16, headers: &[(String, String)], body: Bytes) -> Response {
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in headers {
        if let (Ok(n), Ok(v)) = (
            HeaderName::try_from(name.as_str()),
            HeaderValue::from_str(value),
        ) {
            resp.headers_mut().append(n, v);
        }
    }
    resp
}

fn abort() -> Response {
    let mut resp = Response::new(Body::empty());
    resp.extensions_mut().insert(Abort);
    resp
}

async fn close_mid_body(resp: Response) -> Response {
    let (mut parts, body) = resp.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    if bytes.len() < 2 {
        // Nothing to cut: the closest thing is a connection that dies before answering.
        return abort();
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    let total = bytes.len() as u64;
    let cut = CutBody {
        first: Some(bytes.slice(..bytes.len() / 2)),
        pause: None,
        total,
    };
    Response::from_parts(parts, Body::new(cut))
}

async fn truncate(resp: Response) -> Response {
    let (mut parts, body) = resp.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes.slice(..bytes.len() / 2)))
}

/// A body that announces `total` bytes, sends the first part, pauses so that the
/// head and that part reach the client, then fails, which makes hyper drop the
/// connection mid-body.
struct CutBody {
    first: Option<Bytes>,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
    total: u64,
}

impl http_body::Body for CutBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        if let Some(first) = self.first.take() {
            return Poll::Ready(Some(Ok(Frame::data(first))));
        }
        let pause = self
            .pause
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(Duration::from_millis(20))));
        match pause.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) => Poll::Ready(Some(Err(io::Error::new(
                io::ErrorKind::ConnectionAborted,
                "injected fault: connection closed mid-body",
            )))),
        }
    }

    fn is_end_stream(&self) -> bool {
        false
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.total)
    }
}

/// Accepts connections until the task is aborted; aborting it drops every
/// connection task with it.
pub(crate) async fn serve(listener: TcpListener, router: Router) {
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        // Out of file descriptors and the like: wait instead of spinning.
                        tracing::warn!(error = %e, "emulator could not accept a connection");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                // Small JSON answers must not wait for Nagle's algorithm.
                let _ = stream.set_nodelay(true);
                let router = router.clone();
                connections.spawn(async move {
                    let service = hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                        let mut router = router.clone();
                        async move {
                            let resp = match tower_service::Service::call(&mut router, req).await {
                                Ok(resp) => resp,
                                Err(never) => match never {},
                            };
                            if resp.extensions().get::<Abort>().is_some() {
                                Err(Aborted)
                            } else {
                                Ok::<_, Aborted>(resp)
                            }
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .timer(TokioTimer::new())
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}
