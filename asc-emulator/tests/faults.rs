//! Every kind of fault, as a client sees it.

mod common;

use std::time::{Duration, Instant};

use asc_core::{Error, RetryPolicy};
use asc_emulator::{Fault, FaultRoute, Injection, Method, RandomFaults};
use common::*;
use serde_json::Value;

fn path() -> String {
    format!("/v1/gameCenterAchievementImages/{IMAGE_ID}")
}

fn raw_get(emu: &asc_emulator::Emulator) -> reqwest::RequestBuilder {
    http()
        .get(format!("{}{}", emu.base_url(), path()))
        .bearer_auth(token(emu))
}

#[tokio::test]
async fn status_faults_are_retried_or_reported() {
    let emu = start().await;
    let route = FaultRoute::get("/v1/gameCenterAchievementImages/*");
    emu.inject(
        route.clone(),
        Fault::apple_error(503, "SERVICE_UNAVAILABLE"),
    );
    let client = emu.client_builder().retry(fast_retry()).build().unwrap();
    let r = client.execute(Method::GET, &path(), None).await.unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(emu.faults_injected(), 1);

    let no_retry = emu
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    emu.inject(route.clone(), Fault::apple_error(500, "UNEXPECTED_ERROR"));
    let e = no_retry
        .execute(Method::GET, &path(), None)
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(500));
    assert_eq!(e.api_errors()[0].code, "UNEXPECTED_ERROR");

    emu.inject(route.clone(), Fault::html(502));
    let e = no_retry
        .execute(Method::GET, &path(), None)
        .await
        .unwrap_err();
    assert!(
        matches!(e.last_attempt(), Error::Http { status: 502, excerpt, .. } if excerpt.contains("502")),
        "{e:?}"
    );

    // Queued faults apply in order and may repeat.
    emu.inject_with(
        Injection::new(
            route.clone(),
            Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
        )
        .times(2),
    );
    assert_eq!(emu.pending_faults(), 2);
    let r = client.execute(Method::GET, &path(), None).await.unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(emu.pending_faults(), 0);
    assert_eq!(emu.faults_injected(), 5);

    // A route that does not match is left alone.
    emu.inject(
        FaultRoute::post("/v1/gameCenterAchievementImages"),
        Fault::html(500),
    );
    assert_eq!(
        no_retry
            .execute(Method::GET, &path(), None)
            .await
            .unwrap()
            .status,
        200
    );
    emu.clear_faults();
    assert_eq!(emu.pending_faults(), 0);
}

#[tokio::test]
async fn retry_after_is_sent_and_honoured() {
    let emu = start().await;
    emu.inject(FaultRoute::any(), Fault::retry_after(503, 1));
    let resp = raw_get(&emu).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 503);
    assert_eq!(resp.headers()["retry-after"], "1");
    assert!(resp.headers().contains_key("date"));
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["errors"][0]["status"], "503");

    emu.inject(FaultRoute::any(), Fault::retry_after(429, 1));
    let client = emu.client_builder().retry(fast_retry()).build().unwrap();
    let started = Instant::now();
    client.execute(Method::GET, &path(), None).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_delay_runs_past_the_client_timeout() {
    let emu = start().await;
    emu.inject(FaultRoute::any(), Fault::Delay(Duration::from_millis(800)));
    let client = emu
        .client_builder()
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let e = client
        .execute(Method::GET, &path(), None)
        .await
        .unwrap_err();
    assert!(matches!(e.last_attempt(), Error::Timeout { .. }), "{e:?}");

    emu.inject(FaultRoute::any(), Fault::Delay(Duration::from_millis(50)));
    let started = Instant::now();
    let resp = raw_get(&emu).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(started.elapsed() >= Duration::from_millis(50));
}

#[tokio::test]
async fn a_connection_closed_mid_body_breaks_the_body() {
    let emu = start().await;
    let whole = raw_get(&emu).send().await.unwrap().bytes().await.unwrap();
    emu.inject(FaultRoute::any(), Fault::CloseMidBody);
    let resp = raw_get(&emu).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200, "the head arrives");
    assert_eq!(
        resp.content_length(),
        Some(whole.len() as u64),
        "announcing the whole body"
    );
    let err = resp.bytes().await.unwrap_err();
    assert!(
        err.is_body() || err.is_decode() || err.is_request(),
        "{err:?}"
    );

    let no_retry = emu
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    emu.inject(FaultRoute::any(), Fault::CloseMidBody);
    let e = no_retry
        .execute(Method::GET, &path(), None)
        .await
        .unwrap_err();
    assert!(
        matches!(e.last_attempt(), Error::Connection { .. }),
        "{e:?}"
    );
    emu.inject(FaultRoute::any(), Fault::CloseMidBody);
    let client = emu.client_builder().retry(fast_retry()).build().unwrap();
    assert_eq!(
        client
            .execute(Method::GET, &path(), None)
            .await
            .unwrap()
            .status,
        200
    );
}

#[tokio::test]
async fn a_truncated_body_fails_to_decode() {
    let emu = start().await;
    emu.inject(FaultRoute::any(), Fault::TruncatedJson);
    let r = emu
        .client()
        .execute(Method::GET, &path(), None)
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    let e = asc_core::decode::<Value>(r.status, &r.body).unwrap_err();
    assert!(matches!(e.last_attempt(), Error::Decode { .. }), "{e:?}");
    let whole = raw_get(&emu).send().await.unwrap().bytes().await.unwrap();
    assert_eq!(r.body.len(), whole.len() / 2);
}

#[tokio::test]
async fn a_reset_before_the_response_is_a_transport_error() {
    let emu = start().await;
    emu.inject(FaultRoute::any(), Fault::ResetBeforeResponse);
    let err = raw_get(&emu).send().await.unwrap_err();
    assert!(!err.is_status() && !err.is_timeout(), "{err:?}");

    emu.inject(FaultRoute::any(), Fault::ResetBeforeResponse);
    let client = emu.client_builder().retry(fast_retry()).build().unwrap();
    assert_eq!(
        client
            .execute(Method::GET, &path(), None)
            .await
            .unwrap()
            .status,
        200
    );
}

#[tokio::test]
async fn faults_after_handling_lose_the_answer_but_keep_the_write() {
    let emu = start().await;
    let client = emu.client_builder().retry(fast_retry()).build().unwrap();
    emu.inject_with(
        Injection::new(
            FaultRoute::post("/v1/gameCenterAchievementImages"),
            Fault::apple_error(503, "SERVICE_UNAVAILABLE"),
        )
        .after_handling(),
    );
    let body = create_v1("a.png", 100, LOC_EMPTY).to_string();
    let e = client
        .execute(
            Method::POST,
            "/v1/gameCenterAchievementImages",
            Some(body.into()),
        )
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(503));
    let ids = emu.resource_ids(IMAGES);
    assert_eq!(
        ids.len(),
        2,
        "the reservation was made although the client saw 503"
    );
    let new_id = ids.into_iter().find(|i| i != IMAGE_ID).unwrap();
    assert_eq!(emu.applied_writes().len(), 1);
    // Reading back finds it through the localization.
    let (_, related) = get(
        &emu,
        &format!("/v1/gameCenterAchievementLocalizations/{LOC_EMPTY}/gameCenterAchievementImage"),
    )
    .await;
    assert_eq!(related["data"]["id"], new_id.as_str());

    // A reset after the commit was applied.
    emu.inject_with(
        Injection::new(
            FaultRoute::patch("/v1/gameCenterAchievementImages/*"),
            Fault::ResetBeforeResponse,
        )
        .after_handling(),
    );
    let commit = serde_json::json!({"data": {"type": IMAGES, "id": new_id, "attributes": {"uploaded": true}}}).to_string();
    let e = client
        .execute(
            Method::PATCH,
            &format!("/v1/gameCenterAchievementImages/{new_id}"),
            Some(commit.into()),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(e.last_attempt(), Error::Connection { .. }),
        "{e:?}"
    );
    let state =
        emu.get_resource(IMAGES, &new_id).unwrap()["attributes"]["assetDeliveryState"]["state"]
            .clone();
    assert!(state == "UPLOAD_COMPLETE" || state == "FAILED", "{state}");

    // A stall after the write: the client times out, the write stands.
    emu.inject_with(
        Injection::new(
            FaultRoute::delete("/v1/gameCenterAchievementImages/*"),
            Fault::Delay(Duration::from_millis(800)),
        )
        .after_handling(),
    );
    let impatient = emu
        .client_builder()
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let e = impatient
        .execute(
            Method::DELETE,
            &format!("/v1/gameCenterAchievementImages/{new_id}"),
            None,
        )
        .await
        .unwrap_err();
    assert!(matches!(e.last_attempt(), Error::Timeout { .. }), "{e:?}");
    assert!(emu.get_resource(IMAGES, &new_id).is_none());
}

#[tokio::test]
async fn faults_on_the_upload_route_and_its_log() {
    let emu = start().await;
    let file = png(64, 64, 10);
    let (s, _, created) = call(
        &emu,
        Method::POST,
        "/v1/gameCenterAchievementImages",
        Some(create_v1("a.png", file.len(), LOC_EMPTY)),
    )
    .await;
    assert_eq!(s, 201);
    let id = created["data"]["id"].as_str().unwrap().to_owned();
    let op = &created["data"]["attributes"]["uploadOperations"][0];
    emu.inject(FaultRoute::uploads(), Fault::html(500));
    emu.inject(FaultRoute::uploads(), Fault::ResetBeforeResponse);
    let put = || {
        http()
            .put(op["url"].as_str().unwrap())
            .header("Content-Type", "image/png")
            .body(file.clone())
            .send()
    };
    assert_eq!(put().await.unwrap().status().as_u16(), 500);
    assert!(put().await.is_err());
    assert_eq!(put().await.unwrap().status().as_u16(), 200);
    assert_eq!(emu.uploaded_bytes(IMAGES, &id).unwrap(), file);
    let statuses: Vec<u16> = emu.upload_log().iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![500, 0, 200]);

    // A client that wrongly sends its token to the upload URL is seen.
    http()
        .put(op["url"].as_str().unwrap())
        .bearer_auth(token(&emu))
        .header("Content-Type", "image/png")
        .body(file.clone())
        .send()
        .await
        .unwrap();
    assert!(emu.upload_log().last().unwrap().authorization);
}

#[tokio::test]
async fn random_faults_hit_the_expected_share_of_requests() {
    let emu = start().await;
    emu.random_faults(Some(
        RandomFaults::new(0.2, 42).route(FaultRoute::get("/v1/**")),
    ));
    let mut broken = 0;
    for _ in 0..150 {
        let ok = match raw_get(&emu).send().await {
            Ok(resp) if resp.status().as_u16() == 200 => match resp.bytes().await {
                Ok(b) => serde_json::from_slice::<Value>(&b).is_ok(),
                Err(_) => false,
            },
            _ => false,
        };
        if !ok {
            broken += 1;
        }
    }
    assert_eq!(
        broken,
        emu.faults_injected(),
        "every fault is visible and nothing else fails"
    );
    assert!((10..60).contains(&broken), "{broken}");
    // Writes are outside the route: never faulted.
    let (s, _, _) = call(
        &emu,
        Method::POST,
        "/v1/gameCenterAchievementImages",
        Some(create_v1("a.png", 10, LOC_EMPTY)),
    )
    .await;
    assert_eq!(s, 201);

    // A client with retries gets an answer for each of 50 reads; only a truncated
    // 200 (which is not a transport failure) can still fail to decode.
    let client = emu
        .client_builder()
        .retry(RetryPolicy {
            max_retries: 8,
            ..fast_retry()
        })
        .build()
        .unwrap();
    let before = emu.faults_injected();
    let mut undecodable = 0;
    for _ in 0..50 {
        let r = client.execute(Method::GET, &path(), None).await.unwrap();
        if asc_core::decode::<Value>(r.status, &r.body).is_err() {
            undecodable += 1;
        }
    }
    assert!(undecodable <= emu.faults_injected() - before);
    emu.random_faults(None);
    let before = emu.faults_injected();
    for _ in 0..20 {
        assert_eq!(raw_get(&emu).send().await.unwrap().status().as_u16(), 200);
    }
    assert_eq!(emu.faults_injected(), before);
}

#[tokio::test]
async fn faults_apply_to_unknown_paths_too_and_date_is_always_sent() {
    let emu = start().await;
    emu.inject(
        FaultRoute::any(),
        Fault::apple_error(500, "UNEXPECTED_ERROR").with_header("X-Test", "1"),
    );
    let resp = http()
        .get(format!("{}/nowhere", emu.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 500);
    assert_eq!(resp.headers()["x-test"], "1");
    assert!(resp.headers().contains_key("date"));
    let resp = http()
        .get(format!("{}/nowhere", emu.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401, "auth comes before routing");
}
