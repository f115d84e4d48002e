//! Verifying bearer tokens as App Store Connect does.

use std::collections::HashMap;
use std::sync::Mutex;

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::Value;

use crate::sync::lock;

/// The `aud` claim App Store Connect requires.
pub(crate) const AUDIENCE: &str = "appstoreconnect-v1";
/// Apple refuses tokens whose `exp` is more than 20 minutes after `iat`.
pub(crate) const MAX_LIFETIME_SECS: i64 = 20 * 60;
/// How far in the emulator's future `iat` may lie: clocks of healthy machines
/// differ by seconds, and a client that backdates `iat` is never refused for it.
pub(crate) const IAT_LEEWAY_SECS: i64 = 60;

#[derive(Debug, Clone, Deserialize)]
struct Claims {
    iss: Option<String>,
    sub: Option<String>,
    aud: Option<Value>,
    iat: Option<i64>,
    exp: Option<i64>,
    /// Apple's optional `scope`: the only operations the token allows, each
    /// `"METHOD /path"` or `"METHOD /path?query"`.
    scope: Option<Value>,
}

/// The request a token is checked for (its scope names operations).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Operation<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: Option<&'a str>,
}

/// Checks tokens against one key id, issuer id and public key.
pub(crate) struct Verifier {
    key_id: String,
    issuer_id: String,
    key: DecodingKey,
    validation: Validation,
    /// Tokens whose signature has been checked, so that a client reusing its
    /// token for 20,000 requests costs one signature check, not 20,000. Claims
    /// are still checked on every request against the emulator's clock.
    verified: Mutex<HashMap<String, Claims>>,
}

const CACHE_LIMIT: usize = 256;

impl Verifier {
    /// `public_key` is the uncompressed P-256 point, as aws-lc-rs gives it.
    pub fn new(key_id: String, issuer_id: String, public_key: &[u8]) -> Verifier {
        let mut validation = Validation::new(Algorithm::ES256);
        // Times and audience are checked below against the emulator's own clock.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.validate_aud = false;
        validation.required_spec_claims.clear();
        Verifier {
            key_id,
            issuer_id,
            key: DecodingKey::from_ec_der(public_key),
            validation,
            verified: Mutex::new(HashMap::new()),
        }
    }

    /// `Ok` for a good token; `Err` says why not (for logs and tests, never for the client).
    ///
    /// Apple's rules and no stricter: ES256 with this key's `kid`; `aud`
    /// `appstoreconnect-v1`; `exp` in the future and at most 20 minutes after
    /// `iat`, or after now when the token has no `iat` (many clients leave it
    /// out, and Apple accepts that); `iat`, when present, not in the future;
    /// `iss` this key's issuer, or no `iss` and `sub` `user` (individual keys);
    /// and when `scope` is present, the request must be one of its operations.
    pub fn verify(
        &self,
        authorization: Option<&str>,
        op: Operation<'_>,
        now: i64,
    ) -> Result<(), String> {
        let header = authorization.ok_or("no Authorization header")?;
        let token = header
            .strip_prefix("Bearer ")
            .or_else(|| header.strip_prefix("bearer "))
            .ok_or("the Authorization header is not `Bearer <token>`")?
            .trim();
        let claims = self.checked_claims(token)?;
        match &claims.aud {
            Some(Value::String(a)) if a == AUDIENCE => {}
            Some(Value::Array(a)) if a.iter().any(|v| v == AUDIENCE) => {}
            _ => return Err(format!("aud is not {}", AUDIENCE)),
        }
        let exp = claims.exp.ok_or("no exp claim")?;
        // The times come from the token: saturating arithmetic, so that a crafted
        // token gets its 401 rather than an overflow.
        if exp <= now {
            return Err(format!(
                "the token expired {} s ago",
                now.saturating_sub(exp)
            ));
        }
        match claims.iat {
            Some(iat) => {
                if exp.saturating_sub(iat) > MAX_LIFETIME_SECS {
                    return Err(format!(
                        "exp is {} s after iat; at most {MAX_LIFETIME_SECS} s are allowed",
                        exp.saturating_sub(iat)
                    ));
                }
                if iat > now.saturating_add(IAT_LEEWAY_SECS) {
                    return Err(format!(
                        "iat is {} s in the future",
                        iat.saturating_sub(now)
                    ));
                }
            }
            None => {
                // No iat: the lifetime is counted from now (with the same leeway
                // for clock differences as iat gets).
                if exp.saturating_sub(now) > MAX_LIFETIME_SECS + IAT_LEEWAY_SECS {
                    return Err(format!(
                        "the token has no iat and exp is {} s from now; at most {MAX_LIFETIME_SECS} s are allowed",
                        exp.saturating_sub(now)
                    ));
                }
            }
        }
        match (&claims.iss, &claims.sub) {
            (Some(iss), _) if *iss == self.issuer_id => {}
            (Some(_), _) => return Err("iss is not the issuer id of this key".into()),
            (None, Some(sub)) if sub == "user" => {}
            (None, _) => {
                return Err("no iss claim, and sub is not \"user\" (individual key)".into());
            }
        }
        match &claims.scope {
            None | Some(Value::Null) => Ok(()),
            Some(Value::Array(ops)) => {
                if ops
                    .iter()
                    .any(|o| o.as_str().is_some_and(|o| scope_allows(o, op)))
                {
                    Ok(())
                } else {
                    Err(format!(
                        "the token's scope does not include {} {}{}",
                        op.method,
                        op.path,
                        op.query.map(|q| format!("?{q}")).unwrap_or_default()
                    ))
                }
            }
            Some(_) => Err("scope is not an array of \"METHOD /path\" strings".into()),
        }
    }

    fn checked_claims(&self, token: &str) -> Result<Claims, String> {
        if let Some(c) = lock(&self.verified).get(token) {
            return Ok(c.clone());
        }
        let header = jsonwebtoken::decode_header(token).map_err(|e| format!("not a JWT: {e}"))?;
        if header.alg != Algorithm::ES256 {
            return Err(format!("alg is {:?}, not ES256", header.alg));
        }
        if header.kid.as_deref() != Some(self.key_id.as_str()) {
            return Err("kid is not the key id of this key".into());
        }
        let data = jsonwebtoken::decode::<Claims>(token, &self.key, &self.validation)
            .map_err(|e| format!("signature or claims invalid: {e}"))?;
        let mut cache = lock(&self.verified);
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(token.to_owned(), data.claims.clone());
        Ok(data.claims)
    }
}

/// Whether one scope entry (`"GET /v1/apps"` or `"GET /v1/apps?filter[platform]=IOS"`)
/// allows `op`: same method and path, and every parameter of the entry's query
/// present in the request's query with the same value.
fn scope_allows(entry: &str, op: Operation<'_>) -> bool {
    let Some((method, target)) = entry.trim().split_once(' ') else {
        return false;
    };
    if !method.eq_ignore_ascii_case(op.method) {
        return false;
    }
    let (path, query) = match target.trim().split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target.trim(), None),
    };
    if path.trim_end_matches('/') != op.path.trim_end_matches('/') {
        return false;
    }
    let given = crate::query::pairs(op.query);
    crate::query::pairs(query)
        .iter()
        .all(|wanted| given.contains(wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_entries_match_method_path_and_query() {
        let op = Operation {
            method: "GET",
            path: "/v1/apps",
            query: Some("filter%5Bplatform%5D=IOS&limit=5"),
        };
        assert!(scope_allows("GET /v1/apps", op));
        assert!(scope_allows("GET /v1/apps?filter[platform]=IOS", op));
        assert!(!scope_allows("GET /v1/apps?filter[platform]=MAC_OS", op));
        assert!(!scope_allows("POST /v1/apps", op));
        assert!(!scope_allows("GET /v1/builds", op));
        assert!(!scope_allows("nonsense", op));
    }
}
