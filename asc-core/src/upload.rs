//! Carrying out Apple's `uploadOperations`: pre-signed part uploads.
//!
//! Upload URLs are pre-signed and may belong to another host, so a part is
//! sent with exactly the headers Apple listed for it: never the App Store
//! Connect `Authorization` header, never a `User-Agent` of ours. (The HTTP
//! layer adds only what the protocol needs: `Host` and `Content-Length`.)

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::Bytes;
use futures_util::{StreamExt, TryStreamExt, stream};
use http::Method;
use http::header::{HeaderMap, HeaderName, HeaderValue};
use http_body_util::Full;
use tracing::Instrument;

use crate::Error;
use crate::http::{DEFAULT_CONNECT_TIMEOUT, Http, Proxy};
use crate::retry::{self, Attempt, Outcome, Plan, RetryPolicy};

/// One part to upload, as Apple's `UploadOperation` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadPart {
    /// HTTP method, usually `PUT`.
    pub method: String,
    /// The pre-signed URL.
    pub url: String,
    /// First byte of the part in the file.
    pub offset: u64,
    /// Number of bytes in the part.
    pub length: u64,
    /// The headers to send, exactly as Apple listed them.
    pub headers: Vec<(String, String)>,
}

/// How far an upload has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes of parts that have completed.
    pub done: u64,
    /// Bytes of all parts.
    pub total: u64,
}

/// Uploads a file's parts in parallel, each retried on failure.
#[derive(Clone)]
pub struct Uploader {
    http: Http,
    timeout: Duration,
    concurrency: usize,
    retry: RetryPolicy,
    progress: Option<Arc<dyn Fn(Progress) + Send + Sync>>,
}

impl std::fmt::Debug for Uploader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Uploader")
            .field("timeout", &self.timeout)
            .field("concurrency", &self.concurrency)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Uploader {
    /// An uploader with 4 parts in flight, the default [`RetryPolicy`] for each
    /// part (parts are idempotent: a PUT of the same bytes to the same URL), and
    /// a per-part timeout.
    pub fn new(timeout: Duration) -> Result<Uploader, Error> {
        let http = Http::new(DEFAULT_CONNECT_TIMEOUT.min(timeout), &Proxy::Env, None)?;
        Ok(Self::with_http(http, timeout))
    }

    pub(crate) fn with_http(http: Http, timeout: Duration) -> Uploader {
        Uploader {
            http,
            timeout,
            concurrency: 4,
            retry: RetryPolicy::default(),
            progress: None,
        }
    }

    /// At most this many parts in flight (at least 1).
    pub fn concurrency(mut self, parts: usize) -> Self {
        self.concurrency = parts.max(1);
        self
    }

    /// How each part is retried.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Called after each completed part with the bytes done so far.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Uploads every part of `data`. Checks all parts against the data first,
    /// so a bad operation list fails before any byte is sent.
    pub async fn upload(&self, parts: &[UploadPart], data: Bytes) -> Result<(), Error> {
        let mut total: u64 = 0;
        let mut prepared = Vec::with_capacity(parts.len());
        for (i, part) in parts.iter().enumerate() {
            let end = part
                .offset
                .checked_add(part.length)
                .filter(|&e| e <= data.len() as u64);
            let Some(end) = end else {
                return Err(Error::InvalidRequest(format!(
                    "upload operation {i} asks for bytes {}..{}+{} but the file has {} bytes; \
                     reserve the upload again with the right fileSize",
                    part.offset,
                    part.offset,
                    part.length,
                    data.len()
                )));
            };
            let method = Method::from_bytes(part.method.as_bytes()).map_err(|_| {
                Error::InvalidRequest(format!(
                    "upload operation {i} has an invalid method {:?}",
                    part.method
                ))
            })?;
            let url = crate::operation::uri_of_url(&part.url)
                .ok()
                .filter(|u| matches!(u.scheme_str(), Some("http" | "https")))
                .ok_or_else(|| {
                    Error::InvalidRequest(format!("upload operation {i} has an invalid URL"))
                })?;
            let mut headers = HeaderMap::with_capacity(part.headers.len());
            for (name, value) in &part.headers {
                let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                    Error::InvalidRequest(format!(
                        "upload operation {i} has an invalid header name {name:?}"
                    ))
                })?;
                let value = HeaderValue::from_str(value).map_err(|_| {
                    Error::InvalidRequest(format!(
                        "upload operation {i} has an invalid value for header {name}"
                    ))
                })?;
                headers.append(name, value);
            }
            total += part.length;
            prepared.push((
                i,
                method,
                url,
                headers,
                data.slice(part.offset as usize..end as usize),
            ));
        }
        let done = AtomicU64::new(0);
        let done = &done;
        stream::iter(prepared)
            .map(|(i, method, url, headers, body)| async move {
                let len = body.len() as u64;
                self.put_part(i, method, url, headers, body).await?;
                let now = done.fetch_add(len, Ordering::Relaxed) + len;
                if let Some(report) = &self.progress {
                    report(Progress { done: now, total });
                }
                Ok::<_, Error>(())
            })
            .buffer_unordered(self.concurrency)
            .try_collect::<()>()
            .await
    }

    async fn put_part(
        &self,
        index: usize,
        method: Method,
        url: http::Uri,
        headers: HeaderMap,
        body: Bytes,
    ) -> Result<(), Error> {
        let plan = Plan {
            policy: &self.retry,
            // A PUT of the same bytes to the same URL.
            idempotent: true,
            deadline: None,
        };
        let (method, url, headers, body) = (&method, &url, &headers, &body);
        retry::run(plan, |no| async move {
            let span = tracing::debug_span!(
                "asc.upload_part",
                part = index,
                attempt = no.index,
                bytes = body.len()
            );
            let mut request = http::Request::new(Full::new(body.clone()));
            *request.method_mut() = method.clone();
            *request.uri_mut() = url.clone();
            *request.headers_mut() = headers.clone();
            match self
                .http
                .exchange(request, self.timeout)
                .instrument(span)
                .await
            {
                Ok(answer) if (200..300).contains(&answer.status) => Attempt::Done(()),
                Ok(answer) => {
                    let retry_after = retry::retry_after(&answer.headers);
                    Attempt::Failed(
                        Outcome::Status(answer.status, retry_after),
                        Error::from_response(answer.status, &answer.body, None, retry_after),
                    )
                }
                Err(failure) => {
                    // No URL is in the error: a pre-signed URL's query is a credential.
                    let (outcome, error) = failure.classify(self.timeout);
                    let error = match error {
                        Error::Connection { message, source } => Error::Connection {
                            message: format!("upload part {index} failed: {message}"),
                            source,
                        },
                        other => other,
                    };
                    Attempt::Failed(outcome, error)
                }
            }
        })
        .await
    }
}
