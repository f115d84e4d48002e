//! A throwaway P-256 key, and tokens signed the way asc-core signs them.

use std::time::{SystemTime, UNIX_EPOCH};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::Serialize;

/// The key id the benchmarks use.
pub const KEY_ID: &str = "BENCH12345";
/// The issuer id the benchmarks use.
pub const ISSUER_ID: &str = "57246542-96fe-1a63-e053-0824d011072a";

/// A fresh PKCS#8 P-256 key in PEM, as in an App Store Connect `.p8` file.
/// Made at run time so that no key is ever checked in.
pub fn pem() -> String {
    let doc = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new())
        .unwrap_or_else(|e| panic!("could not generate a P-256 key: {e}"));
    pem::encode(&pem::Pem::new("PRIVATE KEY", doc.as_ref().to_vec()))
}

/// A team key's credentials for [`pem`].
pub fn credentials(pem: &str) -> asc_core::Credentials {
    asc_core::Credentials::team(KEY_ID, ISSUER_ID, pem)
        .unwrap_or_else(|e| panic!("the benchmark key was refused: {e}"))
}

/// The claims of a team token, field for field as asc-core writes them.
#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    aud: &'a str,
    iat: i64,
    exp: i64,
}

/// One ES256 signature the way asc-core makes it: the same header (`kid`,
/// `typ`), the same claims, the same `jsonwebtoken::encode` with the same
/// backend. asc-core has no public signing function, so this is what the
/// auth benchmark times.
pub fn sign(key: &EncodingKey) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    // The same claims asc-core signs: iat 60 s back, a 15-minute lifetime.
    let iat = now - 60;
    let claims = Claims {
        iss: ISSUER_ID,
        aud: "appstoreconnect-v1",
        iat,
        exp: iat + 15 * 60,
    };
    let mut header = Header::new(Algorithm::ES256);
    header.kid = Some(KEY_ID.to_owned());
    header.typ = Some("JWT".into());
    jsonwebtoken::encode(&header, &claims, key)
        .unwrap_or_else(|e| panic!("could not sign a token: {e}"))
}

/// The `jsonwebtoken` key for [`pem`].
pub fn encoding_key(pem: &str) -> EncodingKey {
    EncodingKey::from_ec_pem(pem.as_bytes())
        .unwrap_or_else(|e| panic!("jsonwebtoken refused the benchmark key: {e}"))
}

/// A pre-made `Authorization` value for the floor: signed once, before any
/// measurement, and sent with every request.
pub fn bearer(pem: &str) -> String {
    format!("Bearer {}", sign(&encoding_key(pem)))
}
