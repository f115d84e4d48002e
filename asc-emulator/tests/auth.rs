//! Tokens are verified like Apple verifies them.

mod common;

use std::time::Duration;

use asc_core::Client;
use asc_emulator::{Emulator, Method};
use common::*;
use serde_json::json;

const PATH: &str = "/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

/// Sends `authorization` (or none) and returns status, body and the Date header.
async fn with_auth(
    emu: &Emulator,
    authorization: Option<String>,
) -> (u16, serde_json::Value, Option<String>) {
    let mut req = http().get(format!("{}{PATH}", emu.base_url()));
    if let Some(a) = authorization {
        req = req.header("Authorization", a);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let date = resp
        .headers()
        .get("date")
        .map(|d| d.to_str().unwrap().to_owned());
    (status, resp.json().await.unwrap(), date)
}

/// Asserts Apple's 401 and that the emulator refused it for `reason`.
async fn refused(emu: &Emulator, authorization: Option<String>, reason: &str) {
    let (status, body, date) = with_auth(emu, authorization).await;
    assert_eq!(status, 401, "{body}");
    let e = &body["errors"][0];
    assert_eq!(e["code"], "NOT_AUTHORIZED");
    assert_eq!(e["status"], "401");
    assert_eq!(
        e["title"],
        "Authentication credentials are missing or invalid."
    );
    assert!(
        e["detail"]
            .as_str()
            .unwrap()
            .starts_with("Provide a properly configured and signed bearer token")
    );
    assert!(e["id"].is_string());
    assert!(date.is_some(), "a 401 carries Date");
    let why = emu.last_auth_rejection().unwrap_or_default();
    assert!(
        why.contains(reason),
        "refused for {why:?}, expected {reason:?}"
    );
}

#[tokio::test]
async fn team_and_individual_keys_are_accepted() {
    let emu = start().await;
    let (status, body, date) = with_auth(&emu, Some(format!("Bearer {}", token(&emu)))).await;
    assert_eq!(status, 200, "{body}");
    assert!(httpdate::parse_http_date(&date.unwrap()).is_ok());

    let individual = sign(
        emu.private_key_pem(),
        emu.key_id(),
        &json!({"sub": "user", "aud": "appstoreconnect-v1", "iat": now(), "exp": now() + 1200}),
    );
    let (status, _, _) = with_auth(&emu, Some(format!("Bearer {individual}"))).await;
    assert_eq!(status, 200);

    // asc-core's own tokens, both kinds.
    for creds in [emu.credentials(), emu.individual_credentials()] {
        let client = Client::builder()
            .credentials(creds)
            .base_url(emu.base_url())
            .build()
            .unwrap();
        let r = client.execute(Method::GET, PATH, None).await.unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(client.signatures(), 1);
    }
}

#[tokio::test]
async fn bad_tokens_get_not_authorized() {
    let emu = start().await;
    let pem = emu.private_key_pem().to_owned();
    let kid = emu.key_id().to_owned();
    let iss = emu.issuer_id().to_owned();
    let claims = |iat: i64, exp: i64| json!({"iss": iss, "aud": "appstoreconnect-v1", "iat": iat, "exp": exp});
    let bearer = |t: String| Some(format!("Bearer {t}"));

    refused(&emu, None, "no Authorization").await;
    refused(&emu, Some("Basic dXNlcjpwYXNz".into()), "not `Bearer").await;
    refused(&emu, bearer("not.a.jwt".into()), "not a JWT").await;
    refused(
        &emu,
        bearer(sign(&pem, &kid, &claims(now() - 1300, now() - 100))),
        "expired",
    )
    .await;
    refused(
        &emu,
        bearer(sign(&pem, &kid, &claims(now(), now() + 1201))),
        "at most 1200",
    )
    .await;
    refused(
        &emu,
        bearer(sign(&other_key(), &kid, &claims(now(), now() + 600))),
        "signature",
    )
    .await;
    refused(
        &emu,
        bearer(sign(&pem, "WRONGKID00", &claims(now(), now() + 600))),
        "kid",
    )
    .await;
    refused(
        &emu,
        bearer(sign(&pem, &kid, &claims(now() + 600, now() + 900))),
        "future",
    )
    .await;
    // Extreme times must give a 401, not overflow the checks.
    refused(
        &emu,
        bearer(sign(&pem, &kid, &claims(i64::MIN, now() + 600))),
        "at most 1200",
    )
    .await;
    refused(
        &emu,
        bearer(sign(&pem, &kid, &claims(now(), i64::MIN))),
        "expired",
    )
    .await;
    let wrong_aud = json!({"iss": iss, "aud": "someone-else", "iat": now(), "exp": now() + 600});
    refused(&emu, bearer(sign(&pem, &kid, &wrong_aud)), "aud").await;
    let wrong_iss = json!({"iss": "another-issuer", "aud": "appstoreconnect-v1", "iat": now(), "exp": now() + 600});
    refused(&emu, bearer(sign(&pem, &kid, &wrong_iss)), "iss").await;
    let no_sub = json!({"aud": "appstoreconnect-v1", "iat": now(), "exp": now() + 600});
    refused(&emu, bearer(sign(&pem, &kid, &no_sub)), "sub").await;
    let no_exp = json!({"iss": iss, "aud": "appstoreconnect-v1", "iat": now()});
    refused(&emu, bearer(sign(&pem, &kid, &no_exp)), "exp").await;

    // A tampered payload with the original signature.
    let good = token(&emu);
    let mut parts: Vec<String> = good.split('.').map(str::to_owned).collect();
    parts[1] = parts[1].chars().rev().collect();
    refused(&emu, bearer(parts.join(".")), "").await;
}

#[tokio::test]
async fn an_accepted_key_pem_is_used() {
    let pem = other_key();
    let emu = builder()
        .key_pem(pem.clone())
        .key_id("ABCDEFGHIJ")
        .issuer_id("issuer-1")
        .start()
        .await
        .unwrap();
    assert_eq!(emu.private_key_pem(), pem);
    assert_eq!(emu.key_id(), "ABCDEFGHIJ");
    assert_eq!(emu.issuer_id(), "issuer-1");
    let (status, _, _) = with_auth(&emu, Some(format!("Bearer {}", token(&emu)))).await;
    assert_eq!(status, 200);
    let err = Emulator::builder()
        .key_pem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")
        .start()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("PKCS#8"), "{err}");
    assert!(!format!("{emu:?}").contains(pem.lines().nth(1).unwrap()));
}

#[tokio::test]
async fn a_client_with_a_skewed_clock_recovers_through_the_date_header() {
    let emu = start().await;
    // The emulator is an hour ahead: the client's tokens look expired to it.
    emu.set_clock_offset(3600);
    let client = emu
        .client_builder()
        .retry(fast_retry())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let r = client.execute(Method::GET, PATH, None).await.unwrap();
    assert_eq!(r.status, 200);
    assert!(
        (client.clock_offset_secs() - 3600).abs() <= 2,
        "{}",
        client.clock_offset_secs()
    );
    assert_eq!(client.signatures(), 2);
    assert!(emu.last_auth_rejection().unwrap().contains("expired"));

    let date = httpdate::parse_http_date(r.headers["date"].to_str().unwrap()).unwrap();
    let ahead = date.duration_since(std::time::SystemTime::now()).unwrap();
    assert!(ahead > Duration::from_secs(3500), "{ahead:?}");
}

#[tokio::test]
async fn tokens_without_iat_are_accepted_with_exp_counted_from_now() {
    let emu = start().await;
    let pem = emu.private_key_pem().to_owned();
    let kid = emu.key_id().to_owned();
    let iss = emu.issuer_id().to_owned();
    // The shape of applaud, appstoreconnect and other clients: iss, exp, aud only.
    let team = json!({"iss": iss, "aud": "appstoreconnect-v1", "exp": now() + 1200});
    let (status, body, _) =
        with_auth(&emu, Some(format!("Bearer {}", sign(&pem, &kid, &team)))).await;
    assert_eq!(status, 200, "{body}");
    let individual = json!({"sub": "user", "aud": "appstoreconnect-v1", "exp": now() + 600});
    let (status, body, _) = with_auth(
        &emu,
        Some(format!("Bearer {}", sign(&pem, &kid, &individual))),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // Without iat, exp more than 20 minutes (plus a minute of clock leeway) from now is refused.
    let far = json!({"iss": iss, "aud": "appstoreconnect-v1", "exp": now() + 1200 + 120});
    refused(
        &emu,
        Some(format!("Bearer {}", sign(&pem, &kid, &far))),
        "no iat and exp is",
    )
    .await;
    let expired = json!({"iss": iss, "aud": "appstoreconnect-v1", "exp": now() - 5});
    refused(
        &emu,
        Some(format!("Bearer {}", sign(&pem, &kid, &expired))),
        "expired",
    )
    .await;
}

#[tokio::test]
async fn a_scope_limits_the_token_to_its_operations() {
    let emu = start().await;
    let pem = emu.private_key_pem().to_owned();
    let kid = emu.key_id().to_owned();
    let scoped = |scope: serde_json::Value| {
        let claims = json!({"iss": emu.issuer_id(), "aud": "appstoreconnect-v1",
            "iat": now(), "exp": now() + 600, "scope": scope});
        Some(format!("Bearer {}", sign(&pem, &kid, &claims)))
    };
    let (status, body, _) = with_auth(&emu, scoped(json!([format!("GET {PATH}")]))).await;
    assert_eq!(status, 200, "{body}");
    refused(
        &emu,
        scoped(json!(["GET /v1/apps"])),
        "scope does not include GET",
    )
    .await;
    refused(
        &emu,
        scoped(json!([format!("DELETE {PATH}")])),
        "scope does not include",
    )
    .await;
    refused(&emu, scoped(json!("GET /v1/apps")), "scope is not an array").await;
}

#[tokio::test]
async fn only_es256_is_accepted() {
    let emu = start().await;
    let claims = good_claims(&emu);
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
    header.kid = Some(emu.key_id().to_owned());
    let hs = jsonwebtoken::encode(
        &header,
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(b"shared secret"),
    )
    .unwrap();
    refused(&emu, Some(format!("Bearer {hs}")), "not ES256").await;
}
