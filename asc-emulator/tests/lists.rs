//! Lists served from `ResourceMeta.lists` alone, with Apple's paging rules.

mod common;

use asc_core::{FilterMeta, ListMeta, ResourceMeta};
use asc_emulator::Emulator;
use common::*;
use serde_json::{Value, json};

const THINGS: ResourceMeta = ResourceMeta::new("things", "/v1/things")
    .with_attributes(&["name", "platform"])
    .with_lists(&[ListMeta {
        relationship: None,
        filters: &[
            FilterMeta {
                parameter: "filter[platform]",
                field: "platform",
                values: &["IOS", "MAC_OS"],
                required: false,
            },
            FilterMeta {
                parameter: "filter[id]",
                field: "id",
                values: &[],
                required: false,
            },
        ],
        sort: &["name"],
        max_limit: 3,
    }]);

async fn things() -> Emulator {
    let data: Vec<Value> = (1..=5)
        .map(|i| {
            json!({"type": "things", "id": format!("t{i}"),
                "attributes": {"name": format!("n{i}"), "platform": if i % 2 == 0 { "IOS" } else { "MAC_OS" }}})
        })
        .collect();
    Emulator::builder()
        .resource_meta(THINGS)
        .seed(json!({ "data": data }))
        .start()
        .await
        .unwrap()
}

/// GET an absolute URL with the emulator's token.
async fn get_url(emu: &Emulator, url: &str) -> (u16, Value) {
    let resp = http()
        .get(url)
        .bearer_auth(token(emu))
        .send()
        .await
        .unwrap();
    (resp.status().as_u16(), resp.json().await.unwrap())
}

#[tokio::test]
async fn pages_follow_links_next_verbatim() {
    let emu = things().await;
    let mut url = format!("{}/v1/things?limit=2&sort=-name", emu.base_url());
    let mut names = Vec::new();
    let mut pages = 0;
    loop {
        let (status, doc) = get_url(&emu, &url).await;
        assert_eq!(status, 200, "{doc}");
        assert_eq!(doc["meta"]["paging"]["total"], 5);
        assert_eq!(doc["meta"]["paging"]["limit"], 2);
        for d in doc["data"].as_array().unwrap() {
            names.push(d["attributes"]["name"].as_str().unwrap().to_owned());
        }
        pages += 1;
        match doc["links"]["next"].as_str() {
            Some(next) => {
                assert!(next.starts_with(&emu.base_url()), "absolute: {next}");
                assert!(
                    next.contains("limit=2") && next.contains("sort=-name"),
                    "{next}"
                );
                assert!(doc["meta"]["paging"]["nextCursor"].is_string());
                url = next.to_owned();
            }
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(names, ["n5", "n4", "n3", "n2", "n1"]);
}

#[tokio::test]
async fn list_parameters_are_checked_like_apple() {
    let emu = things().await;
    let (status, doc) = get(&emu, "/v1/things?filter[platform]=IOS").await;
    assert_eq!(status, 200, "{doc}");
    let ids: Vec<&str> = doc["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["t2", "t4"]);
    let (status, doc) = get(&emu, "/v1/things?limit=2&limit=2").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.DUPLICATE"));
    assert!(
        doc["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("The parameter 'limit' can only be included once")
    );
    let (status, doc) = get(&emu, "/v1/things?filter[platform]=TV_OS").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.INVALID"));
    assert!(
        doc["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("IOS, MAC_OS"),
        "{doc}"
    );
    let (status, doc) = get(&emu, "/v1/things?limit=4").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.INVALID"));
    let (status, doc) = get(&emu, "/v1/things?sort=platform").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.INVALID"));
}

/// The first error of an answer: `(status, code, title, detail, source.parameter)`.
fn refusal(status: u16, doc: &Value) -> (u16, &str, &str, &str, &str) {
    let e = &doc["errors"][0];
    fn text(v: &Value) -> &str {
        v.as_str().unwrap_or("<none>")
    }
    (
        status,
        text(&e["code"]),
        text(&e["title"]),
        text(&e["detail"]),
        text(&e["source"]["parameter"]),
    )
}

#[tokio::test]
async fn an_unknown_filter_is_apples_invalid_filter_type_and_names_are_case_sensitive() {
    let emu = things().await;
    let (status, doc) = get(&emu, "/v1/things?filter[emaill]=a@b.c").await;
    assert_eq!(
        refusal(status, &doc),
        (
            400,
            "PARAMETER_ERROR.INVALID",
            "A parameter has an invalid value",
            "'emaill' is not a valid filter type",
            "filter[emaill]"
        )
    );
    let (status, doc) = get(&emu, "/v1/things?filter[Platform]=IOS").await;
    assert_eq!(
        refusal(status, &doc),
        (
            400,
            "PARAMETER_ERROR.INVALID",
            "A parameter has an invalid value",
            "'Platform' is not a valid filter type",
            "filter[Platform]"
        )
    );
    // A parameter the list does not take at all is ILLEGAL, with Apple's title.
    let (status, doc) = get(&emu, "/v1/things?color=red").await;
    assert_eq!(
        refusal(status, &doc),
        (
            400,
            "PARAMETER_ERROR.ILLEGAL",
            "A given parameter is not allowed for this request",
            "The parameter 'color' can not be used with this request",
            "color"
        )
    );
}

#[tokio::test]
async fn limits_below_one_or_not_numbers_are_invalid_and_unmatched_ids_are_an_empty_page() {
    let emu = things().await;
    for bad in ["0", "-1", "two", "", "1.5"] {
        let (status, doc) = get(&emu, &format!("/v1/things?limit={bad}")).await;
        let (status, code, _, detail, parameter) = refusal(status, &doc);
        assert_eq!(
            (status, code, parameter),
            (400, "PARAMETER_ERROR.INVALID", "limit"),
            "limit={bad}: {doc}"
        );
        assert!(detail.contains("from 1 to 3"), "{detail}");
    }
    let (status, doc) = get(&emu, "/v1/things?filter[id]=nope,nothing").await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(doc["data"], json!([]));
    assert_eq!(doc["meta"]["paging"]["total"], 0);
    assert!(doc["links"].get("next").is_none(), "{doc}");
    let (status, doc) = get(&emu, "/v1/things?filter[id]=nope,t3").await;
    assert_eq!((status, doc["data"][0]["id"].as_str()), (200, Some("t3")));
}

/// `{"offset":"1"}` in base64url without padding: the cursor a client that
/// decoded the old, readable cursors would forge.
const FORGED_CURSOR: &str = "eyJvZmZzZXQiOiIxIn0";

#[tokio::test]
async fn cursors_are_opaque_and_a_forged_or_foreign_one_is_refused() {
    let emu = things().await;
    for bad in [FORGED_CURSOR, "bogus"] {
        let (status, doc) = get(&emu, &format!("/v1/things?limit=2&cursor={bad}")).await;
        assert_eq!(
            refusal(status, &doc),
            (
                400,
                "PARAMETER_ERROR.INVALID",
                "A parameter has an invalid value",
                format!("'{bad}' is not a valid cursor for this request").as_str(),
                "cursor"
            )
        );
    }

    let (_, first) = get(&emu, "/v1/things?limit=2").await;
    let cursor = first["meta"]["paging"]["nextCursor"]
        .as_str()
        .unwrap()
        .to_owned();
    let next = first["links"]["next"].as_str().unwrap();
    assert!(next.ends_with(&format!("cursor={cursor}")), "{next}");
    assert!(!cursor.contains("eyJ"), "not base64 of JSON: {cursor}");
    // It works on its own list, in any parameter order...
    let (status, doc) = get(&emu, &format!("/v1/things?cursor={cursor}&limit=2")).await;
    assert_eq!((status, doc["data"][0]["id"].as_str()), (200, Some("t3")));
    // ...and not on another one.
    let (status, doc) = get(
        &emu,
        &format!("/v1/things?limit=2&sort=name&cursor={cursor}"),
    )
    .await;
    assert_eq!(
        (status, code(&doc)),
        (400, "PARAMETER_ERROR.INVALID"),
        "{doc}"
    );
}
