//! Lists served from `ResourceMeta.lists` alone, with Apple's paging rules.

mod common;

use asc_core::{FilterMeta, ListMeta, ResourceMeta};
use asc_emulator::Emulator;
use common::*;
use serde_json::{Value, json};

const THINGS: ResourceMeta = ResourceMeta {
    type_name: "things",
    path: "/v1/things",
    attributes: &["name", "platform"],
    relationships: &[],
    lists: &[ListMeta {
        relationship: None,
        filters: &[FilterMeta {
            parameter: "filter[platform]",
            field: "platform",
            values: &["IOS", "MAC_OS"],
            required: false,
        }],
        sort: &["name"],
        max_limit: 3,
    }],
    linkages: &[],
};

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
    let (status, doc) = get(&emu, "/v1/things?filter[color]=red").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.ILLEGAL"));
    let (status, doc) = get(&emu, "/v1/things?limit=4").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.INVALID"));
    let (status, doc) = get(&emu, "/v1/things?cursor=bogus").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.INVALID"));
    let (status, doc) = get(&emu, "/v1/things?sort=platform").await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.INVALID"));
}
