//! Tokens as the server receives them: header, claims, signature, reuse,
//! single-flight signing and the 401 refresh.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use asc_core::Method;
use asc_core::{Credentials, Error, RetryPolicy};
use common::{ISSUER, KEY_ID, Reply, TestKey, TestServer, client_for, unix_now};

/// Checks the parts of a token every kind of key shares, and returns the claims.
fn check_common(key: &TestKey, token: &str) -> serde_json::Value {
    let before = unix_now();
    let (header, claims) = key
        .verify(token)
        .expect("the token verifies with the key's public half");
    assert_eq!(header.alg, jsonwebtoken::Algorithm::ES256);
    assert_eq!(header.kid.as_deref(), Some(KEY_ID));
    assert_eq!(header.typ.as_deref(), Some("JWT"));
    assert_eq!(claims["aud"], "appstoreconnect-v1");
    let iat = claims["iat"].as_i64().expect("iat is a number");
    let exp = claims["exp"].as_i64().expect("exp is a number");
    // Backdated: a server clock a little behind ours still accepts it, but not
    // so far back that the lifetime is wasted.
    assert!(
        iat < before && iat >= before - 300,
        "iat {iat} is not shortly before now {before}"
    );
    assert!(
        exp - iat <= 20 * 60,
        "Apple rejects tokens living longer than 20 minutes"
    );
    assert!(
        exp > before + 5 * 60,
        "the token must stay usable for a while (exp {exp}, now {before})"
    );
    claims
}

#[tokio::test]
async fn team_token_header_claims_and_signature() {
    let key = TestKey::new();
    let server = TestServer::scripted(vec![Reply::ok()]).await;
    let client = client_for(&server, key.team());
    client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();

    let seen = server.requests();
    assert_eq!(seen.len(), 1);
    let claims = check_common(&key, seen[0].token());
    assert_eq!(claims["iss"], ISSUER);
    assert!(claims.get("sub").is_none(), "team tokens carry no sub");
    assert!(claims.get("scope").is_none(), "no scope unless one was set");

    // The verification above is real: another key's public half refuses the token.
    assert!(TestKey::new().verify(seen[0].token()).is_err());
}

#[tokio::test]
async fn individual_token_has_sub_user_and_no_iss() {
    let key = TestKey::new();
    let server = TestServer::scripted(vec![Reply::ok()]).await;
    let client = client_for(&server, Credentials::individual(KEY_ID, &key.pem).unwrap());
    client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();

    let claims = check_common(&key, server.requests()[0].token());
    assert_eq!(claims["sub"], "user");
    assert!(
        claims.get("iss").is_none(),
        "individual tokens carry no iss"
    );
}

#[tokio::test]
async fn scope_claim_when_set() {
    let key = TestKey::new();
    let server = TestServer::scripted(vec![Reply::ok()]).await;
    let creds = key.team().with_scope(["GET /v1/apps", "GET /v1/things/1"]);
    let client = client_for(&server, creds);
    client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();

    let claims = check_common(&key, server.requests()[0].token());
    assert_eq!(
        claims["scope"],
        serde_json::json!(["GET /v1/apps", "GET /v1/things/1"])
    );
    assert_eq!(claims["iss"], ISSUER);
}

#[tokio::test]
async fn one_token_serves_many_requests_and_clones() {
    let key = TestKey::new();
    let server = TestServer::scripted(vec![Reply::ok()]).await;
    let client = client_for(&server, key.team());
    for _ in 0..20 {
        client
            .execute(Method::GET, "/v1/things/1", None)
            .await
            .unwrap();
    }
    let clone = client.clone();
    clone
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();

    assert_eq!(client.signatures(), 1);
    assert_eq!(clone.signatures(), 1, "clones share the token cache");
    let seen = server.requests();
    assert_eq!(seen.len(), 21);
    let tokens: HashSet<&str> = seen.iter().map(|r| r.token()).collect();
    assert_eq!(tokens.len(), 1, "every request carried the same token");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn cold_client_under_100_concurrent_requests_signs_once() {
    let key = TestKey::new();
    // A short delay keeps the requests in flight together.
    let server = TestServer::scripted(vec![Reply::ok().delay(Duration::from_millis(20))]).await;
    // The race between the first signer and the others is short (a signature
    // takes well under a millisecond), so several rounds, each with a new cold
    // client, make a broken single-flight show up.
    for round in 1..=30 {
        let client = client_for(&server, key.team());
        assert_eq!(
            client.signatures(),
            0,
            "building a client signs nothing yet"
        );

        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..100 {
            let client = client.clone();
            tasks.spawn(async move { client.execute(Method::GET, "/v1/things/1", None).await });
        }
        while let Some(result) = tasks.join_next().await {
            result.unwrap().unwrap();
        }

        assert_eq!(client.signatures(), 1, "round {round}");
        let seen = server.requests();
        assert_eq!(seen.len(), 100 * round);
        let tokens: HashSet<&str> = seen[100 * (round - 1)..]
            .iter()
            .map(|r| r.token())
            .collect();
        assert_eq!(
            tokens.len(),
            1,
            "round {round}: one token for all 100 requests"
        );
    }
}

#[tokio::test]
async fn a_401_gives_one_fresh_token_and_one_retry() {
    let key = TestKey::new();
    let server = TestServer::scripted(vec![unauthorized(), Reply::ok()]).await;
    let client = client_for(&server, key.team());
    let response = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    assert_eq!(response.status, 200);

    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(client.signatures(), 2);
    assert_ne!(
        seen[0].token(),
        seen[1].token(),
        "the retry carries a fresh token"
    );
    check_common(&key, seen[1].token());

    // The fresh token then serves the following requests.
    client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    assert_eq!(client.signatures(), 2);
    assert_eq!(server.requests()[2].token(), seen[1].token());
}

#[tokio::test]
async fn a_second_401_is_an_error_that_mentions_the_clock() {
    let key = TestKey::new();
    let server = TestServer::scripted(vec![unauthorized()]).await;
    // Retries off: the auth refresh is not a retry of the policy and still happens once.
    let client = asc_core::Client::builder()
        .credentials(key.team())
        .base_url(server.url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();

    assert_eq!(server.count(), 2, "exactly one retry after the first 401");
    assert_eq!(client.signatures(), 2, "exactly one fresh token");
    assert_eq!(err.status(), Some(401));
    assert!(matches!(err.last_attempt(), Error::Api { .. }), "{err:?}");
    assert_eq!(err.api_errors()[0].code, "NOT_AUTHORIZED");
    let message = err.to_string();
    assert!(
        message.contains("clock"),
        "the message should point at the clock: {message}"
    );
}

#[tokio::test]
async fn a_401_for_a_write_is_also_retried_once_with_a_fresh_token() {
    // A 401 means Apple refused the token before doing anything, so even a
    // POST may be sent again.
    let key = TestKey::new();
    let server = TestServer::scripted(vec![
        unauthorized(),
        Reply::json(201, serde_json::json!({})),
    ])
    .await;
    let client = client_for(&server, key.team());
    let body = bytes::Bytes::from_static(br#"{"data":{}}"#);
    let response = client
        .execute(Method::POST, "/v1/things", Some(body))
        .await
        .unwrap();
    assert_eq!(response.status, 201);
    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(&seen[1].body[..], br#"{"data":{}}"#);
}

fn unauthorized() -> Reply {
    Reply::json(
        401,
        serde_json::json!({"errors": [{
            "status": "401",
            "code": "NOT_AUTHORIZED",
            "title": "Authentication credentials are missing or invalid.",
            "detail": "Provide a properly configured and signed bearer token, and make sure that it has not expired."
        }]}),
    )
}
