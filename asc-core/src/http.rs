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
/// (`retry::run`) decides every retry and counts every attempt, so a retry
/// made underneath it would be an attempt nobody counted. (Its cost when it
/// never retries is within callgrind's run-to-run noise: 144,694 client
/// instructions per read with the layer, 144,068-144,512 without, by
/// `bench/request_cost.sh`.)
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
