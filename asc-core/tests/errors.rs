//! Error answers as they arrive from a server: Apple's `ErrorResponse` for
//! every status, non-JSON bodies, `null`s, decode failures and rate limits.

mod common;

use asc_core::Method;
use asc_core::{ApiError, Error, ErrorSource, RetryPolicy};
use common::{Reply, TestKey, TestServer};
use serde_json::json;

const RATE: &str = "user-hour-lim:3600;user-hour-rem:3599;";

/// A client whose every failure is final, so each test sees one request.
fn no_retry_client(server: &TestServer) -> asc_core::Client {
    asc_core::Client::builder()
        .credentials(TestKey::new().team())
        .base_url(server.url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

/// An Apple-shaped error for `status`, with the optional members filled in
/// differently per status so that each decoding path is exercised.
fn apple_error(status: u16) -> serde_json::Value {
    let (code, title) = match status {
        400 => (
            "PARAMETER_ERROR.INVALID",
            "A parameter has an invalid value",
        ),
        401 => (
            "NOT_AUTHORIZED",
            "Authentication credentials are missing or invalid.",
        ),
        403 => (
            "FORBIDDEN_ERROR",
            "This request is forbidden for security reasons",
        ),
        404 => ("NOT_FOUND", "The specified resource does not exist"),
        409 => (
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
        ),
        422 => (
            "ENTITY_UNPROCESSABLE",
            "The request entity is not processable.",
        ),
        429 => (
            "RATE_LIMIT_EXCEEDED",
            "The request rate limit has been reached.",
        ),
        500 => ("UNEXPECTED_ERROR", "An unexpected error occurred."),
        _ => unreachable!(),
    };
    let mut error = json!({
        "id": format!("id-{status}"),
        "status": status.to_string(),
        "code": code,
        "title": title,
        "detail": format!("detail of {status}"),
    });
    match status {
        400 => error["source"] = json!({"parameter": "fields[things]"}),
        409 => {
            error["source"] = json!({"pointer": "/data/attributes/fileName"});
            error["links"] = json!({"see": "https://developer.apple.com/documentation"});
            error["meta"] = json!({
                "associatedErrors": {
                    "/v1/things/1": [{
                        "status": "409",
                        "code": "ENTITY_ERROR.RELATIONSHIP.INVALID",
                        "title": "inner title",
                        "source": {"pointer": "/data/relationships/other"}
                    }]
                },
                "extra": 7
            });
        }
        // Real errors often come without `detail`, or with it null.
        422 => error["detail"] = serde_json::Value::Null,
        404 => {
            error.as_object_mut().unwrap().remove("detail");
        }
        _ => {}
    }
    json!({"errors": [error]})
}

#[tokio::test]
async fn every_error_status_decodes_into_api_errors() {
    for status in [400, 401, 403, 404, 409, 422, 429, 500] {
        let server = TestServer::scripted(vec![
            Reply::json(status, apple_error(status)).header("x-rate-limit", RATE),
        ])
        .await;
        let client = no_retry_client(&server);
        let err = client
            .execute(Method::GET, "/v1/things/1", None)
            .await
            .unwrap_err();

        let expected_requests = if status == 401 { 2 } else { 1 };
        assert_eq!(server.count(), expected_requests, "status {status}");
        assert!(
            matches!(err.last_attempt(), Error::Api { .. }),
            "{status}: {err:?}"
        );
        assert_eq!(err.status(), Some(status));
        let errors = err.api_errors();
        assert_eq!(errors.len(), 1, "{status}");
        let e: &ApiError = &errors[0];
        assert_eq!(e.status, status.to_string());
        assert_eq!(e.id.as_deref(), Some(format!("id-{status}").as_str()));
        assert!(!e.code.is_empty() && !e.title.is_empty());
        assert!(
            err.to_string().contains(&e.code),
            "the message names the code: {err}"
        );
        match status {
            404 | 422 => assert_eq!(e.detail, None, "{status}"),
            _ => assert_eq!(
                e.detail.as_deref(),
                Some(format!("detail of {status}").as_str())
            ),
        }
        match status {
            400 => assert_eq!(
                e.source,
                Some(ErrorSource::Parameter("fields[things]".into()))
            ),
            409 => {
                assert_eq!(
                    e.source,
                    Some(ErrorSource::Pointer("/data/attributes/fileName".into()))
                );
                assert_eq!(
                    e.links.as_ref().unwrap()["see"],
                    "https://developer.apple.com/documentation"
                );
                let meta = e.meta.as_ref().expect("meta");
                let inner = &meta.associated_errors["/v1/things/1"];
                assert_eq!(inner.len(), 1);
                assert_eq!(inner[0].code, "ENTITY_ERROR.RELATIONSHIP.INVALID");
                assert_eq!(inner[0].title, "inner title");
                assert_eq!(
                    inner[0].source,
                    Some(ErrorSource::Pointer("/data/relationships/other".into()))
                );
                assert_eq!(meta.other["extra"], 7);
            }
            _ => {
                assert_eq!(e.source, None, "{status}");
                assert_eq!(e.meta, None, "{status}");
            }
        }
        let rate = err.rate_limit().expect("the rate limit of an error answer");
        assert_eq!(
            (rate.hour_limit, rate.hour_remaining),
            (Some(3600), Some(3599))
        );
    }
}

#[tokio::test]
async fn several_errors_in_one_answer_are_all_kept() {
    let body = json!({"errors": [
        {"status": "409", "code": "A", "title": "first"},
        {"status": "409", "code": "B", "title": "second", "source": {"parameter": "include"}}
    ]});
    let server = TestServer::scripted(vec![Reply::json(409, body)]).await;
    let err = no_retry_client(&server)
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    let codes: Vec<&str> = err.api_errors().iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["A", "B"]);
    assert_eq!(
        err.api_errors()[1].source,
        Some(ErrorSource::Parameter("include".into()))
    );
}

#[tokio::test]
async fn html_error_page_gives_status_and_a_short_excerpt() {
    let page = format!(
        "<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center>{}</body></html>",
        "<!-- padding -->".repeat(5000)
    );
    let server = TestServer::scripted(vec![
        Reply::status(502)
            .header("content-type", "text/html")
            .header("x-rate-limit", RATE)
            .body(page),
    ])
    .await;
    let err = no_retry_client(&server)
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();

    assert_eq!(err.status(), Some(502));
    assert!(err.api_errors().is_empty());
    let Error::Http { excerpt, .. } = &err else {
        panic!("expected Error::Http, got {err:?}");
    };
    assert!(excerpt.contains("502 Bad Gateway"), "{excerpt}");
    let message = err.to_string();
    assert!(message.contains("502"), "{message}");
    assert!(
        message.len() < 600,
        "the message stays readable, not the whole page ({} bytes)",
        message.len()
    );
    assert!(!message.contains('\n'));
    assert_eq!(err.rate_limit().and_then(|r| r.hour_remaining), Some(3599));
}

#[tokio::test]
async fn errors_null_is_tolerated() {
    let server = TestServer::scripted(vec![Reply::json(404, json!({"errors": null}))]).await;
    let err = no_retry_client(&server)
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert!(err.api_errors().is_empty());

    // And `null` members of an error are the same as absent ones.
    let body = json!({"errors": [{"id": null, "status": "404", "code": "NOT_FOUND", "title": "t",
        "detail": null, "source": null, "links": null, "meta": {"associatedErrors": null}}]});
    let server = TestServer::scripted(vec![Reply::json(404, body)]).await;
    let err = no_retry_client(&server)
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap_err();
    let e = &err.api_errors()[0];
    assert_eq!(
        (e.id.as_ref(), e.detail.as_ref(), e.source.as_ref()),
        (None, None, None)
    );
    assert!(e.meta.as_ref().unwrap().associated_errors.is_empty());
}

#[tokio::test]
async fn empty_error_body_still_gives_the_status() {
    let server = TestServer::scripted(vec![Reply::status(403)]).await;
    let err = no_retry_client(&server)
        .execute(Method::DELETE, "/v1/things/1", None)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(403));
    assert!(err.to_string().contains("403"), "{err}");
}

#[tokio::test]
async fn a_body_that_does_not_decode_names_the_json_path() {
    #[derive(serde::Deserialize, Debug)]
    struct Doc {
        #[allow(dead_code)]
        data: Data,
    }
    #[derive(serde::Deserialize, Debug)]
    struct Data {
        #[allow(dead_code)]
        attributes: Attributes,
    }
    #[derive(serde::Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    struct Attributes {
        #[allow(dead_code)]
        file_size: Option<u64>,
    }
    let server = TestServer::scripted(vec![Reply::json(
        200,
        json!({"data": {"attributes": {"fileSize": "big"}}}),
    )])
    .await;
    let raw = no_retry_client(&server)
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    let err = asc_core::decode::<Doc>(raw.status, &raw.body).unwrap_err();
    let Error::Decode { path, status, .. } = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(path, "data.attributes.fileSize");
    assert_eq!(*status, 200);
    assert!(
        err.to_string().contains("data.attributes.fileSize"),
        "{err}"
    );
}

#[tokio::test]
async fn rate_limit_is_parsed_on_success() {
    let server = TestServer::scripted(vec![
        Reply::ok().header("x-rate-limit", RATE),
        Reply::ok().header(
            "x-rate-limit",
            "user-hour-lim:3500, user-hour-rem:10, user-minute-lim:350,user-minute-rem:2",
        ),
        Reply::ok(),
    ])
    .await;
    let client = no_retry_client(&server);
    let first = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    let first = first.rate_limit.unwrap();
    assert_eq!(
        (
            first.hour_limit,
            first.hour_remaining,
            first.minute_limit,
            first.minute_remaining
        ),
        (Some(3600), Some(3599), None, None)
    );
    let second = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    let second = second.rate_limit.unwrap();
    assert_eq!(
        (
            second.hour_limit,
            second.hour_remaining,
            second.minute_limit,
            second.minute_remaining
        ),
        (Some(3500), Some(10), Some(350), Some(2))
    );
    let third = client
        .execute(Method::GET, "/v1/things/1", None)
        .await
        .unwrap();
    assert_eq!(third.rate_limit, None);
}
