//! Apple's `X-Rate-Limit` header.

use std::fmt;

/// The allowance App Store Connect reports on every answer, parsed from
/// `X-Rate-Limit: user-hour-lim:3600;user-hour-rem:3599;`.
///
/// Entries may be separated by `;` or `,`; unknown entries are ignored, so a
/// header Apple extends later still parses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimit {
    /// Requests allowed per hour (`user-hour-lim`).
    pub hour_limit: Option<u32>,
    /// Requests left this hour (`user-hour-rem`).
    pub hour_remaining: Option<u32>,
    /// Requests allowed per minute (`user-minute-lim`), when Apple sends it.
    pub minute_limit: Option<u32>,
    /// Requests left this minute (`user-minute-rem`), when Apple sends it.
    pub minute_remaining: Option<u32>,
}

/// The name of Apple's rate-limit header.
pub const RATE_LIMIT_HEADER: &str = "x-rate-limit";

// Looked up on every answer: a ready `HeaderName` spares parsing the name each time.
static RATE_LIMIT_NAME: http::header::HeaderName =
    http::header::HeaderName::from_static(RATE_LIMIT_HEADER);

impl RateLimit {
    /// Parses the header value; `None` when it holds no known entry.
    pub fn parse(value: &str) -> Option<RateLimit> {
        let mut out = RateLimit::default();
        let mut any = false;
        for entry in value.split([';', ',']) {
            let Some((key, number)) = entry.split_once(':') else {
                continue;
            };
            let Ok(number) = number.trim().parse::<u32>() else {
                continue;
            };
            let slot = match key.trim() {
                "user-hour-lim" => &mut out.hour_limit,
                "user-hour-rem" => &mut out.hour_remaining,
                "user-minute-lim" => &mut out.minute_limit,
                "user-minute-rem" => &mut out.minute_remaining,
                _ => continue,
            };
            *slot = Some(number);
            any = true;
        }
        any.then_some(out)
    }

    pub(crate) fn from_headers(headers: &http::header::HeaderMap) -> Option<RateLimit> {
        headers
            .get(&RATE_LIMIT_NAME)
            .and_then(|v| v.to_str().ok())
            .and_then(RateLimit::parse)
    }
}

impl fmt::Display for RateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut put = |name: &str, v: Option<u32>| match v {
            Some(v) => write!(f, "{name}:{v};"),
            None => Ok(()),
        };
        put("user-hour-lim", self.hour_limit)?;
        put("user-hour-rem", self.hour_remaining)?;
        put("user-minute-lim", self.minute_limit)?;
        put("user-minute-rem", self.minute_remaining)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_apple_forms() {
        let r = RateLimit::parse("user-hour-lim:3600;user-hour-rem:3599;").unwrap();
        assert_eq!(r.hour_limit, Some(3600));
        assert_eq!(r.hour_remaining, Some(3599));
        assert_eq!(r.minute_limit, None);
        let r = RateLimit::parse(
            "user-hour-lim:3500, user-hour-rem:10, user-minute-lim:350,user-minute-rem:2",
        )
        .unwrap();
        assert_eq!(r.minute_limit, Some(350));
        assert_eq!(r.minute_remaining, Some(2));
        assert_eq!(r.hour_remaining, Some(10));
        assert_eq!(RateLimit::parse("nonsense"), None);
        assert_eq!(RateLimit::parse("user-hour-lim:x;"), None);
        assert_eq!(RateLimit::parse("user-hour-lim:;"), None);
        assert_eq!(RateLimit::parse("user-hour-lim:4294967296;"), None);
        assert_eq!(
            RateLimit::parse(" user-hour-lim : +4294967295 ;user-hour-rem:-1")
                .map(|r| (r.hour_limit, r.hour_remaining)),
            Some((Some(u32::MAX), None))
        );
        assert_eq!(
            r.to_string(),
            "user-hour-lim:3500;user-hour-rem:10;user-minute-lim:350;user-minute-rem:2;"
        );
    }
}
