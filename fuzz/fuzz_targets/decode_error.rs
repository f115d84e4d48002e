//! Any status and bytes as an error answer: the error decoder, and the header
//! parsers (`X-Rate-Limit`, `Retry-After`) on the same bytes.
#![no_main]

use asc_core::__private::parse_retry_after;
use asc_core::{RateLimit, decode, decode_error};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, body) = match data {
        [a, b, rest @ ..] => (100 + u16::from_be_bytes([*a, *b]) % 500, rest),
        _ => (500, data),
    };
    let text = String::from_utf8_lossy(body);
    let rate_limit = RateLimit::parse(&text);
    if let Some(r) = rate_limit {
        assert_eq!(RateLimit::parse(&r.to_string()), Some(r));
    }
    let _ = parse_retry_after(&text);
    let e = decode_error(status, body, rate_limit);
    assert_eq!(e.status(), Some(status));
    let _ = (
        e.to_string(),
        format!("{e:?}"),
        e.api_errors(),
        e.is_transient(),
    );
    let _ = decode::<Vec<asc_core::ApiError>>(status, body);
});
