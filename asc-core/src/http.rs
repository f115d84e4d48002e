//! The HTTP set-up shared by API requests and uploads, so that timeouts and
//! socket options are decided in one place.

use std::time::Duration;

use crate::Error;

/// Time limit for opening a connection unless
/// [`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout) says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The client builder both kinds of requests start from. TCP_NODELAY:
/// without it, keep-alive requests stall about 40 ms each on some servers.
///
/// reqwest 0.13's own retry layer is turned off: asc-core's one retry loop
/// (`retry::run`) decides every retry and counts every attempt, and the
/// layer, even when it never retries, copies each request's headers, URI
/// and extensions in case it might (`max_retries_per_request(0)` spares
/// that; measured by `bench/request_cost.sh`, see BENCHMARKS.md).
pub(crate) fn client(timeout: Duration, connect_timeout: Duration) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(connect_timeout)
        .tcp_nodelay(true)
        .retry(reqwest::retry::never().max_retries_per_request(0))
}

/// An HTTP client for pre-signed upload URLs: the same timeouts, and no
/// default headers of ours (never our `Authorization` or `User-Agent`).
pub(crate) fn uploads(
    timeout: Duration,
    connect_timeout: Duration,
) -> Result<reqwest::Client, Error> {
    client(timeout, connect_timeout)
        .build()
        .map_err(|e| Error::Config(format!("could not set up HTTP for uploads: {e}")))
}
