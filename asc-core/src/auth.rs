//! App Store Connect API keys and the ES256 tokens made from them.
//!
//! A [`Credentials`] value is checked when it is built, so a wrong key fails
//! at start-up with a readable message, not at the first request. The client
//! keeps one token per [`Credentials`] and signs a new one only shortly before
//! it expires, once for any number of concurrent requests.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::Error;

/// The `aud` claim Apple requires.
pub(crate) const AUDIENCE: &str = "appstoreconnect-v1";
/// How far `iat` is set in the past, so a slightly slow server clock accepts it.
pub(crate) const BACKDATE: Duration = Duration::from_secs(60);
/// `exp - iat` of the tokens we sign: safely under the 20 minutes Apple allows.
pub(crate) const LIFETIME: Duration = Duration::from_secs(15 * 60);
/// A token is replaced when less than this is left of it.
pub(crate) const REFRESH_MARGIN: Duration = Duration::from_secs(120);

/// An App Store Connect API key: key id, issuer (for team keys), the P-256
/// private key, and an optional token scope.
///
/// Cheap to clone. `Debug` shows the key id and the kind of key, never the key.
#[derive(Clone)]
pub struct Credentials {
    inner: Arc<Inner>,
}

struct Inner {
    key_id: String,
    issuer_id: Option<String>,
    scope: Option<Vec<String>>,
    // jsonwebtoken's EncodingKey holds its own copy of the DER and zeroes it on
    // drop (it is ZeroizeOnDrop in jsonwebtoken 11); the DER we decode is zeroed as
    // soon as it is copied there (see `parse_key`). RELIABILITY.md lists the
    // copies dependencies make.
    key: EncodingKey,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("key_id", &self.inner.key_id)
            .field("issuer_id", &self.inner.issuer_id)
            .field("scope", &self.inner.scope)
            .field("private_key", &"<redacted>")
            .finish()
    }
}

impl Credentials {
    /// A team key: `iss` is the issuer id shown on the Keys page of App Store Connect.
    ///
    /// `pem` is the content of the `.p8` file (PKCS#8, P-256).
    pub fn team(
        key_id: impl Into<String>,
        issuer_id: impl Into<String>,
        pem: impl AsRef<[u8]>,
    ) -> Result<Credentials, Error> {
        let issuer = issuer_id.into();
        if issuer.trim().is_empty() {
            return Err(Error::Credentials(
                "the issuer id is empty: copy it from Users and Access > Integrations in App Store Connect".into(),
            ));
        }
        Self::build(key_id.into(), Some(issuer), pem.as_ref())
    }

    /// An individual key: the token carries `sub = "user"` and no `iss`.
    pub fn individual(
        key_id: impl Into<String>,
        pem: impl AsRef<[u8]>,
    ) -> Result<Credentials, Error> {
        Self::build(key_id.into(), None, pem.as_ref())
    }

    /// Restricts every token to these operations, such as `GET /v1/apps`.
    pub fn with_scope<I, S>(self, scope: I) -> Credentials
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let inner = &self.inner;
        Credentials {
            inner: Arc::new(Inner {
                key_id: inner.key_id.clone(),
                issuer_id: inner.issuer_id.clone(),
                scope: Some(scope.into_iter().map(Into::into).collect()),
                key: inner.key.clone(),
            }),
        }
    }

    /// The key id (`kid`).
    pub fn key_id(&self) -> &str {
        &self.inner.key_id
    }

    /// The issuer id of a team key; `None` for an individual key.
    pub fn issuer_id(&self) -> Option<&str> {
        self.inner.issuer_id.as_deref()
    }

    /// Reads the key from the environment.
    ///
    /// In order of preference: `ASC_KEY_ID` with `ASC_ISSUER_ID` (absent means
    /// an individual key) and `ASC_PRIVATE_KEY_PATH` or `ASC_PRIVATE_KEY`;
    /// fastlane's `APP_STORE_CONNECT_API_KEY_PATH` (its API-key JSON file);
    /// fastlane's `APP_STORE_CONNECT_API_KEY_KEY_ID`, `..._ISSUER_ID`,
    /// `..._KEY_FILEPATH` or `..._KEY`. The error names the missing variable.
    pub fn from_env() -> Result<Credentials, Error> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// True when any of the variables read by [`Credentials::from_env`] is set.
    pub fn env_present() -> bool {
        [
            "ASC_KEY_ID",
            "APP_STORE_CONNECT_API_KEY_PATH",
            "APP_STORE_CONNECT_API_KEY_KEY_ID",
        ]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty()))
    }

    /// [`Credentials::from_env`] over any lookup function (used by tests and by
    /// programs that keep their settings elsewhere).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Credentials, Error> {
        if let Some(key_id) = get("ASC_KEY_ID") {
            let pem = read_pem(&get, "ASC_PRIVATE_KEY_PATH", "ASC_PRIVATE_KEY")?;
            return match get("ASC_ISSUER_ID") {
                Some(issuer) => Self::team(key_id, issuer, pem.as_bytes()),
                None => Self::individual(key_id, pem.as_bytes()),
            };
        }
        if let Some(path) = get("APP_STORE_CONNECT_API_KEY_PATH") {
            return Self::from_fastlane_json(Path::new(&path));
        }
        if let Some(key_id) = get("APP_STORE_CONNECT_API_KEY_KEY_ID") {
            let pem = read_pem(
                &get,
                "APP_STORE_CONNECT_API_KEY_KEY_FILEPATH",
                "APP_STORE_CONNECT_API_KEY_KEY",
            )?;
            return match get("APP_STORE_CONNECT_API_KEY_ISSUER_ID") {
                Some(issuer) => Self::team(key_id, issuer, pem.as_bytes()),
                None => Self::individual(key_id, pem.as_bytes()),
            };
        }
        Err(Error::Environment(
            "no App Store Connect key in the environment: set ASC_KEY_ID, ASC_ISSUER_ID (team keys) and \
             ASC_PRIVATE_KEY_PATH or ASC_PRIVATE_KEY, or fastlane's APP_STORE_CONNECT_API_KEY_PATH"
                .into(),
        ))
    }

    /// Reads fastlane's API-key JSON file (`key_id`, `issuer_id`, `key`).
    pub fn from_fastlane_json(path: &Path) -> Result<Credentials, Error> {
        #[derive(serde::Deserialize)]
        struct File {
            key_id: Option<String>,
            issuer_id: Option<String>,
            key: Option<String>,
            #[serde(default)]
            in_house: Option<bool>,
        }
        let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
            Error::Environment(format!(
                "cannot read APP_STORE_CONNECT_API_KEY_PATH file {}: {e}",
                path.display()
            ))
        })?);
        let file: File = serde_json::from_str(&text).map_err(|e| {
            Error::Environment(format!(
                "{} is not fastlane's API-key JSON ({{\"key_id\", \"issuer_id\", \"key\"}}): {}",
                path.display(),
                e
            ))
        })?;
        let _ = file.in_house;
        let missing = |field: &str| {
            Error::Environment(format!("{} has no \"{field}\" member", path.display()))
        };
        let key_id = file.key_id.ok_or_else(|| missing("key_id"))?;
        let key = Zeroizing::new(file.key.ok_or_else(|| missing("key"))?);
        match file.issuer_id {
            Some(issuer) => Self::team(key_id, issuer, key.as_bytes()),
            None => Self::individual(key_id, key.as_bytes()),
        }
    }

    fn build(key_id: String, issuer_id: Option<String>, pem: &[u8]) -> Result<Credentials, Error> {
        if key_id.trim().is_empty() {
            return Err(Error::Credentials(
                "the key id is empty: it is the 10-character id shown next to the key in App Store Connect".into(),
            ));
        }
        let key = parse_key(pem)?;
        let creds = Credentials {
            inner: Arc::new(Inner {
                key_id,
                issuer_id,
                scope: None,
                key,
            }),
        };
        // Sign once now so that nothing about the key can fail at the first request.
        creds.sign(SystemTime::now(), 0)?;
        Ok(creds)
    }

    /// Signs a token valid from `now - BACKDATE` for [`LIFETIME`], shifted by `offset_secs`.
    pub(crate) fn sign(&self, now: SystemTime, offset_secs: i64) -> Result<SignedToken, Error> {
        let unix = now
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
            + offset_secs;
        let iat = unix - BACKDATE.as_secs() as i64;
        let exp = iat + LIFETIME.as_secs() as i64;
        let inner = &self.inner;
        let claims = Claims {
            iss: inner.issuer_id.as_deref(),
            sub: inner.issuer_id.is_none().then_some("user"),
            aud: AUDIENCE,
            iat,
            exp,
            scope: inner.scope.as_deref(),
        };
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(inner.key_id.clone());
        header.typ = Some("JWT".into());
        let token = Zeroizing::new(jsonwebtoken::encode(&header, &claims, &inner.key).map_err(
            |e| Error::Credentials(format!("could not sign a token with this key: {e}")),
        )?);
        // Sized once, so no reallocation leaves a copy of the token behind.
        let mut bearer = Zeroizing::new(String::with_capacity(7 + token.len()));
        bearer.push_str("Bearer ");
        bearer.push_str(&token);
        // Built once per token, not once per request; marked sensitive so that
        // http's Debug and the HTTP/2 header table never show or index it.
        let mut header = http::header::HeaderValue::from_str(&bearer).map_err(|_| {
            Error::Credentials("the signed token is not a valid header value".into())
        })?;
        header.set_sensitive(true);
        Ok(SignedToken {
            header,
            expires_local: now + Duration::from_secs((exp - unix).max(0) as u64),
        })
    }
}

#[derive(Serialize)]
struct Claims<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    iss: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sub: Option<&'a str>,
    aud: &'a str,
    iat: i64,
    exp: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'a [String]>,
}

fn read_pem(
    get: &impl Fn(&str) -> Option<String>,
    path_var: &str,
    text_var: &str,
) -> Result<Zeroizing<String>, Error> {
    if let Some(path) = get(path_var) {
        return std::fs::read_to_string(&path)
            .map(Zeroizing::new)
            .map_err(|e| {
                Error::Environment(format!(
                    "cannot read the private key file {path} named by {path_var}: {e}"
                ))
            });
    }
    if let Some(text) = get(text_var) {
        // CI systems often store the PEM with literal "\n" sequences.
        return Ok(Zeroizing::new(text.replace("\\n", "\n")));
    }
    Err(Error::Environment(format!(
        "{path_var} or {text_var} must be set to the .p8 private key (a file path or the PEM text)"
    )))
}

/// Parses and checks a `.p8` key: PEM, PKCS#8, EC P-256.
fn parse_key(pem_bytes: &[u8]) -> Result<EncodingKey, Error> {
    let bad = |m: &str| Err(Error::Credentials(m.to_owned()));
    let text = match std::str::from_utf8(pem_bytes) {
        Ok(t) => t.trim(),
        Err(_) => {
            return bad(
                "the private key is not text: pass the content of the .p8 file (PEM), not DER bytes",
            );
        }
    };
    if text.is_empty() {
        return bad("the private key is empty: pass the content of the AuthKey_XXXXXXXXXX.p8 file");
    }
    if !text.starts_with("-----BEGIN") {
        return bad(
            "the private key is not PEM: it must start with -----BEGIN PRIVATE KEY----- as the .p8 file does \
             (did you pass the file path instead of its content?)",
        );
    }
    let parsed = match pem::parse(text) {
        Ok(p) => p,
        Err(_) => {
            return bad("the private key is not valid PEM: its base64 body or END line is damaged");
        }
    };
    match parsed.tag() {
        "PRIVATE KEY" => {}
        "EC PRIVATE KEY" => {
            return bad(
                "the key is a SEC1 `EC PRIVATE KEY`; App Store Connect keys are PKCS#8 `PRIVATE KEY`: \
                 convert it with `openssl pkcs8 -topk8 -nocrypt`",
            );
        }
        "RSA PRIVATE KEY" => {
            return bad("the key is an RSA key; App Store Connect keys are EC P-256 (.p8)");
        }
        "ENCRYPTED PRIVATE KEY" => {
            return bad(
                "the key is encrypted; App Store Connect .p8 keys are not, decrypt it first",
            );
        }
        tag if tag.contains("PUBLIC") || tag.contains("CERTIFICATE") => {
            return bad("this is a public key or certificate; pass the private .p8 key");
        }
        _ => {
            return bad(
                "unexpected PEM label: the .p8 key starts with -----BEGIN PRIVATE KEY-----",
            );
        }
    }
    let der = Zeroizing::new(parsed.into_contents());
    use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
    if let Err(e) = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der) {
        let what = e.to_string();
        let msg = if is_rsa(&der) {
            "the key is an RSA key; App Store Connect keys are EC P-256 (.p8)".to_owned()
        } else if is_ec_other_curve(&der) {
            "the key is on an elliptic curve other than P-256 (P-384 or P-521?); App Store Connect keys are P-256"
                .to_owned()
        } else {
            format!("the key is not a PKCS#8 EC P-256 private key ({what})")
        };
        return Err(Error::Credentials(msg));
    }
    Ok(EncodingKey::from_ec_der(&der))
}

// OIDs as DER bytes, to tell people which kind of key they passed.
fn is_rsa(der: &[u8]) -> bool {
    const RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
    der.windows(RSA.len()).any(|w| w == RSA)
}

fn is_ec_other_curve(der: &[u8]) -> bool {
    const EC: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
    const P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
    der.windows(EC.len()).any(|w| w == EC) && !der.windows(P256.len()).any(|w| w == P256)
}

/// A signed `Authorization` value and when (by the local clock) it stops being usable.
///
/// The header value's bytes are not zeroed on drop (http's `HeaderValue` owns
/// them); every request hands the HTTP stack such a copy anyway, so keeping one per
/// token adds none.
pub(crate) struct SignedToken {
    pub header: http::header::HeaderValue,
    pub expires_local: SystemTime,
}

/// One client's token cache: a fast shared read path, single-flight refresh.
pub(crate) struct TokenCache {
    creds: Credentials,
    current: RwLock<Option<Arc<SignedToken>>>,
    refresh: tokio::sync::Mutex<()>,
    offset_secs: AtomicI64,
    signatures: AtomicU64,
}

impl TokenCache {
    pub fn new(creds: Credentials) -> TokenCache {
        TokenCache {
            creds,
            current: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(()),
            offset_secs: AtomicI64::new(0),
            signatures: AtomicU64::new(0),
        }
    }

    pub fn signatures(&self) -> u64 {
        self.signatures.load(Ordering::Relaxed)
    }

    pub fn clock_offset(&self) -> i64 {
        self.offset_secs.load(Ordering::Relaxed)
    }

    fn fresh(&self) -> Option<Arc<SignedToken>> {
        let guard = self.current.read().unwrap_or_else(|p| p.into_inner());
        let tok = guard.as_ref()?;
        (SystemTime::now() + REFRESH_MARGIN < tok.expires_local).then(|| tok.clone())
    }

    /// The current token, signing one if there is none or it is about to expire.
    pub async fn token(&self) -> Result<Arc<SignedToken>, Error> {
        if let Some(t) = self.fresh() {
            return Ok(t);
        }
        let _one_signer = self.refresh.lock().await;
        if let Some(t) = self.fresh() {
            return Ok(t);
        }
        let t = Arc::new(self.creds.sign(SystemTime::now(), self.clock_offset())?);
        self.signatures.fetch_add(1, Ordering::Relaxed);
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(t.clone());
        Ok(t)
    }

    /// Drops `used` if it is still the current token, so the next call signs anew.
    pub fn invalidate(&self, used: &Arc<SignedToken>) {
        let mut guard = self.current.write().unwrap_or_else(|p| p.into_inner());
        if guard.as_ref().is_some_and(|t| Arc::ptr_eq(t, used)) {
            *guard = None;
        }
    }

    /// Records the server's clock; returns the new offset if it moved enough to matter.
    pub fn observe_server_date(&self, server: SystemTime) -> Option<i64> {
        let local = SystemTime::now();
        let skew = match server.duration_since(local) {
            Ok(ahead) => ahead.as_secs() as i64,
            Err(behind) => -(behind.duration().as_secs() as i64),
        };
        // Apple's Date header has one-second resolution; 30 s is well outside noise
        // and well inside the 60 s backdate, so smaller skews need no correction.
        let old = self.clock_offset();
        if (skew - old).abs() >= 30 {
            self.offset_secs.store(skew, Ordering::Relaxed);
            Some(skew)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A throwaway P-256 key made for these tests only.
    pub(crate) fn test_key() -> String {
        use aws_lc_rs::rand::SystemRandom;
        use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
        let doc =
            EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new())
                .unwrap();
        pem::encode(&pem::Pem::new("PRIVATE KEY", doc.as_ref().to_vec()))
    }

    #[test]
    fn debug_never_shows_key() {
        let pem = test_key();
        let c = Credentials::team("ABC123DEFG", "issuer", &pem).unwrap();
        let d = format!("{c:?}");
        assert!(d.contains("ABC123DEFG") && d.contains("<redacted>"));
        let body: String = pem.lines().nth(1).unwrap().to_owned();
        assert!(!d.contains(&body));
    }

    #[test]
    fn bad_keys_fail_early_with_reasons() {
        let err = |pem: &str| Credentials::individual("K", pem).unwrap_err().to_string();
        assert!(err("").contains("empty"));
        assert!(err("hello").contains("not PEM"));
        assert!(
            err("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")
                .contains("RSA")
        );
        assert!(
            err("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").contains("P-256")
        );
        assert!(
            Credentials::team("K", " ", test_key())
                .unwrap_err()
                .to_string()
                .contains("issuer")
        );
    }

    #[test]
    fn env_names_missing_variable() {
        let e =
            Credentials::from_lookup(|n| (n == "ASC_KEY_ID").then(|| "K".to_owned())).unwrap_err();
        assert!(e.to_string().contains("ASC_PRIVATE_KEY_PATH"), "{e}");
        let e = Credentials::from_lookup(|n| {
            (n == "APP_STORE_CONNECT_API_KEY_KEY_ID").then(|| "K".to_owned())
        })
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("APP_STORE_CONNECT_API_KEY_KEY_FILEPATH"),
            "{e}"
        );
        let e = Credentials::from_lookup(|_| None).unwrap_err();
        assert!(e.to_string().contains("ASC_KEY_ID"), "{e}");
    }
}
