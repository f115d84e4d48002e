//! Reads: one resource, sparse fieldsets, includes, related and linkage routes,
//! errors, the rate limit.

mod common;

use asc_emulator::{Emulator, EmulatorError, Method};
use common::*;
use serde_json::{Value, json};

fn v1(id: &str) -> String {
    format!("/v1/gameCenterAchievementImages/{id}")
}

#[tokio::test]
async fn reads_apples_example_with_links_and_rate_limit() {
    let emu = start().await;
    let (status, headers, doc) = call(&emu, Method::GET, &v1(IMAGE_ID), None).await;
    assert_eq!(status, 200, "{doc}");
    let example = apple_example();
    assert_eq!(doc["data"]["attributes"], example["data"]["attributes"]);
    assert_eq!(doc["data"]["type"], IMAGES);
    assert_eq!(doc["data"]["id"], IMAGE_ID);
    let self_link = format!("{}{}", emu.base_url(), v1(IMAGE_ID));
    assert_eq!(doc["data"]["links"]["self"], self_link);
    assert_eq!(doc["links"]["self"], self_link);
    let rel = &doc["data"]["relationships"]["gameCenterAchievementLocalization"];
    assert_eq!(
        rel["data"],
        json!({"type": LOCALIZATIONS, "id": LOC_WITH_IMAGE})
    );
    assert_eq!(
        rel["links"]["related"],
        format!("{self_link}/gameCenterAchievementLocalization")
    );
    assert!(doc.get("included").is_none());
    assert_eq!(
        headers["x-rate-limit"],
        "user-hour-lim:3600;user-hour-rem:3599;"
    );
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(emu.rate_limit_remaining(), 3599);
}

#[tokio::test]
async fn v1_and_v2_routes_serve_the_same_resource_with_their_own_names() {
    let emu = start().await;
    let (_, one) = get(&emu, &v1(IMAGE_ID)).await;
    let (status, two) = get(&emu, &format!("/v2/gameCenterAchievementImages/{IMAGE_ID}")).await;
    assert_eq!(status, 200);
    assert_eq!(one["data"]["attributes"], two["data"]["attributes"]);
    let rels = two["data"]["relationships"].as_object().unwrap();
    assert_eq!(rels.keys().collect::<Vec<_>>(), vec!["localization"]);
    assert_eq!(rels["localization"]["data"]["id"], LOC_WITH_IMAGE);
    assert!(
        two["data"]["links"]["self"]
            .as_str()
            .unwrap()
            .contains("/v2/")
    );

    // The localization, from both sides.
    let (_, loc1) = get(
        &emu,
        &format!("/v1/gameCenterAchievementLocalizations/{LOC_WITH_IMAGE}"),
    )
    .await;
    assert_eq!(
        loc1["data"]["relationships"]["gameCenterAchievementImage"]["data"]["id"],
        IMAGE_ID
    );
    assert!(
        loc1["data"]["relationships"]["gameCenterAchievement"]
            .get("data")
            .is_none()
    );
    let (_, loc2) = get(
        &emu,
        &format!("/v2/gameCenterAchievementLocalizations/{LOC_WITH_IMAGE}"),
    )
    .await;
    assert_eq!(
        loc2["data"]["relationships"]["image"]["data"]["id"],
        IMAGE_ID
    );
}

#[tokio::test]
async fn sparse_fieldsets_and_includes() {
    let emu = start().await;
    let (status, doc) = get(
        &emu,
        &format!(
            "{}?fields[gameCenterAchievementImages]=fileName,fileSize",
            v1(IMAGE_ID)
        ),
    )
    .await;
    assert_eq!(status, 200, "{doc}");
    let attrs = doc["data"]["attributes"].as_object().unwrap();
    assert_eq!(
        attrs.keys().collect::<Vec<_>>(),
        vec!["fileName", "fileSize"]
    );
    assert!(doc["data"].get("relationships").is_none());

    // Percent-encoded brackets and commas, as clients send them.
    let (status, doc) = get(
        &emu,
        &format!(
            "{}?fields%5BgameCenterAchievementImages%5D=gameCenterAchievementLocalization%2CfileName\
             &include=gameCenterAchievementLocalization&fields%5BgameCenterAchievementLocalizations%5D=locale",
            v1(IMAGE_ID)
        ),
    )
    .await;
    assert_eq!(status, 200, "{doc}");
    assert!(doc["data"]["relationships"]["gameCenterAchievementLocalization"].is_object());
    let included = doc["included"].as_array().unwrap();
    assert_eq!(included.len(), 1);
    assert_eq!(included[0]["id"], LOC_WITH_IMAGE);
    assert_eq!(included[0]["attributes"], json!({"locale": "en-US"}));
    assert!(included[0].get("relationships").is_none());

    // v2 include: the included localization is rendered with v2 names.
    let (_, doc) = get(
        &emu,
        &format!("/v2/gameCenterAchievementImages/{IMAGE_ID}?include=localization"),
    )
    .await;
    let inc = &doc["included"][0];
    assert_eq!(inc["relationships"]["image"]["data"]["id"], IMAGE_ID);
    assert!(
        inc["links"]["self"]
            .as_str()
            .unwrap()
            .contains("/v2/gameCenterAchievementLocalizations/")
    );
}

#[tokio::test]
async fn bad_parameters_are_refused_like_apple() {
    let emu = start().await;
    let cases = [
        (
            "fields[gameCenterAchievementImages]=fileName,colour",
            "PARAMETER_ERROR.INVALID",
            "fields[gameCenterAchievementImages]",
        ),
        // v2 calls the relationship `localization`: the v1 name is not a field there.
        (
            "fields[gameCenterAchievementImages]=gameCenterAchievementLocalization",
            "PARAMETER_ERROR.INVALID",
            "fields[gameCenterAchievementImages]",
        ),
        (
            "include=gameCenterAchievementLocalization",
            "PARAMETER_ERROR.INVALID",
            "include",
        ),
        ("include=", "PARAMETER_ERROR.INVALID", "include"),
        (
            "fields[apps]=name",
            "PARAMETER_ERROR.ILLEGAL",
            "fields[apps]",
        ),
        (
            "filter[fileName]=x",
            "PARAMETER_ERROR.ILLEGAL",
            "filter[fileName]",
        ),
        ("limit=5", "PARAMETER_ERROR.ILLEGAL", "limit"),
        (
            "fields[gameCenterAchievementLocalizations]=locale,nope",
            "PARAMETER_ERROR.INVALID",
            "fields[gameCenterAchievementLocalizations]",
        ),
    ];
    for (query, code_, parameter) in cases {
        let (status, doc) = get(
            &emu,
            &format!("/v2/gameCenterAchievementImages/{IMAGE_ID}?{query}"),
        )
        .await;
        assert_eq!(status, 400, "{query}: {doc}");
        assert_eq!(code(&doc), code_, "{query}");
        assert_eq!(
            doc["errors"][0]["source"]["parameter"], parameter,
            "{query}"
        );
        assert_eq!(doc["errors"][0]["status"], "400");
    }
}

#[tokio::test]
async fn unknown_ids_paths_and_methods() {
    let emu = start().await;
    let (status, doc) = get(&emu, &v1("no-such-id")).await;
    assert_eq!(status, 404);
    assert_eq!(code(&doc), "NOT_FOUND");
    assert!(
        doc["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("'no-such-id'")
    );
    // An id with a slash, sent escaped, is one id.
    let (status, doc) = get(&emu, &v1("a%2Fb%20c")).await;
    assert_eq!(status, 404);
    assert!(
        doc["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("'a/b c'"),
        "{doc}"
    );
    let (status, doc) = get(&emu, "/v1/apps/1").await;
    assert_eq!((status, code(&doc)), (404, "NOT_FOUND"));
    let (status, doc) = get(&emu, &format!("{}/nothing", v1(IMAGE_ID))).await;
    assert_eq!((status, code(&doc)), (404, "NOT_FOUND"));
    let (status, _, doc) = call(&emu, Method::POST, &v1(IMAGE_ID), Some(json!({}))).await;
    assert_eq!((status, code(&doc)), (405, "METHOD_NOT_ALLOWED"));
    // A type without a declared top-level list: Apple's 403 naming GET_COLLECTION.
    let (status, _, doc) = call(&emu, Method::GET, "/v1/gameCenterAchievementImages", None).await;
    assert_eq!((status, code(&doc)), (403, "FORBIDDEN_ERROR"));
    assert!(
        doc["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("does not allow 'GET_COLLECTION'"),
        "{doc}"
    );
}

#[tokio::test]
async fn related_and_linkage_routes() {
    let emu = start().await;
    let (status, doc) = get(
        &emu,
        &format!(
            "/v1/gameCenterAchievementLocalizations/{LOC_WITH_IMAGE}/gameCenterAchievementImage"
        ),
    )
    .await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(doc["data"]["id"], IMAGE_ID);
    assert!(doc["data"]["relationships"]["gameCenterAchievementLocalization"].is_object());
    assert!(
        doc["links"]["self"]
            .as_str()
            .unwrap()
            .ends_with("/gameCenterAchievementImage")
    );

    let (status, doc) = get(
        &emu,
        &format!("/v2/gameCenterAchievementLocalizations/{LOC_WITH_IMAGE}/image?include=localization&fields[gameCenterAchievementImages]=fileName,localization"),
    )
    .await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(
        doc["data"]["attributes"],
        json!({"fileName": "coffee1.png"})
    );
    assert_eq!(doc["included"][0]["id"], LOC_WITH_IMAGE);

    // An empty to-one answers 200 `{"data": null}` with links, as Apple does
    // (v1 and v2 names, related read and linkage).
    for path in [
        format!("/v2/gameCenterAchievementLocalizations/{LOC_EMPTY}/image"),
        format!("/v2/gameCenterAchievementLocalizations/{LOC_EMPTY}/relationships/image"),
        format!("/v1/gameCenterAchievementLocalizations/{LOC_EMPTY}/gameCenterAchievementImage"),
        format!(
            "/v1/gameCenterAchievementLocalizations/{LOC_EMPTY}/relationships/gameCenterAchievementImage"
        ),
    ] {
        let (status, doc) = get(&emu, &path).await;
        assert_eq!(status, 200, "{path}: {doc}");
        assert_eq!(doc["data"], Value::Null, "{path}: {doc}");
        assert!(doc.as_object().unwrap().contains_key("data"), "{path}");
        assert!(
            doc["links"]["self"].as_str().unwrap().ends_with(&path),
            "{path}: {doc}"
        );
    }

    let (status, doc) = get(
        &emu,
        &format!("/v2/gameCenterAchievementLocalizations/{LOC_WITH_IMAGE}/relationships/image"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(doc["data"], json!({"type": IMAGES, "id": IMAGE_ID}));

    let (status, doc) = get(&emu, "/v2/gameCenterAchievementLocalizations/nope/image").await;
    assert_eq!((status, code(&doc)), (404, "NOT_FOUND"));
    let (status, doc) = get(
        &emu,
        &format!("/v2/gameCenterAchievementLocalizations/{LOC_WITH_IMAGE}/image?include=version"),
    )
    .await;
    assert_eq!((status, code(&doc)), (400, "PARAMETER_ERROR.INVALID"));
}

#[tokio::test]
async fn the_hourly_allowance_runs_out_with_429() {
    let emu = builder().hourly_limit(3).start().await.unwrap();
    let client = emu.client();
    for left in [2, 1, 0] {
        let r = client
            .execute(Method::GET, &v1(IMAGE_ID), None)
            .await
            .unwrap();
        assert_eq!(r.rate_limit.unwrap().hour_remaining, Some(left));
        assert_eq!(r.rate_limit.unwrap().hour_limit, Some(3));
    }
    let (status, headers, doc) = call(&emu, Method::GET, &v1(IMAGE_ID), None).await;
    assert_eq!(status, 429);
    assert_eq!(code(&doc), "RATE_LIMIT_EXCEEDED");
    assert_eq!(headers["x-rate-limit"], "user-hour-lim:3;user-hour-rem:0;");
    emu.set_rate_limit_remaining(1);
    let (status, _) = get(&emu, &v1(IMAGE_ID)).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn undeclared_types_are_served_from_seed_files() {
    let dir = std::env::temp_dir().join(format!("asc-emulator-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("apps.json");
    let doc = json!({
        "data": {"type": "apps", "id": "123", "attributes": {"name": "Coffee", "bundleId": "com.example.coffee"},
                 "links": {"self": "https://api.appstoreconnect.apple.com/v1/apps/123"},
                 "relationships": {"builds": {"data": [{"type": "builds", "id": "b1"}]}}},
        "included": [{"type": "builds", "id": "b1", "attributes": {"version": "42"}}]
    });
    std::fs::write(&file, doc.to_string()).unwrap();
    let emu = Emulator::builder().seed_file(&file).start().await.unwrap();
    let (status, got) = get(&emu, "/v1/apps/123?include=builds&fields[apps]=name,builds").await;
    assert_eq!(status, 200, "{got}");
    assert_eq!(got["data"]["attributes"], json!({"name": "Coffee"}));
    assert_eq!(
        got["data"]["relationships"]["builds"]["data"][0]["id"],
        "b1"
    );
    assert_eq!(got["included"][0]["attributes"]["version"], "42");
    let (status, got) = get(&emu, "/v1/apps/123/builds").await;
    assert_eq!(status, 200);
    assert_eq!(got["data"][0]["id"], "b1");
    assert_eq!(got["meta"]["paging"]["total"], 1);
    assert!(
        emu.resource_paths()
            .contains(&("apps".to_owned(), "/v1/apps".to_owned()))
    );

    std::fs::write(&file, "{\"data\": 5}").unwrap();
    let err = Emulator::builder()
        .seed_file(&file)
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, EmulatorError::Seed { .. }), "{err}");
    assert!(err.to_string().contains("apps.json"), "{err}");
    let err = Emulator::builder()
        .seed_file(dir.join("missing.json"))
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, EmulatorError::SeedFile { .. }), "{err}");
    let err = Emulator::builder()
        .seed(json!({"data": {"id": "1"}}))
        .start()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("value #1"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn seeds_can_be_added_while_running_and_declarations_must_agree() {
    let emu = start().await;
    emu.seed(
        &json!({"data": {"type": LOCALIZATIONS, "id": "late", "attributes": {"locale": "de-DE"}}}),
    )
    .unwrap();
    let (status, _) = get(&emu, "/v1/gameCenterAchievementLocalizations/late").await;
    assert_eq!(status, 200);
    assert!(
        emu.seed(&json!({"data": {"type": "apps", "id": "1"}}))
            .is_err()
    );
    assert!(emu.get_resource(LOCALIZATIONS, "late").is_some());
    assert!(emu.resource_ids(IMAGES).contains(&IMAGE_ID.to_owned()));

    let mut other = IMAGE_V1;
    other.type_name = "somethingElse";
    let err = builder().resource_meta(other).start().await.unwrap_err();
    assert!(matches!(err, EmulatorError::Declaration(_)), "{err}");
}

#[tokio::test]
async fn shutdown_and_drop_stop_serving() {
    fn shareable<T: Send + Sync>(_: &T) {}
    let emu = start().await;
    shareable(&emu);
    let addr = emu.addr();
    assert_eq!(emu.base_url(), format!("http://{addr}"));
    let (status, _) = get(&emu, &v1(IMAGE_ID)).await;
    assert_eq!(status, 200);
    emu.shutdown().await;
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "nothing listens after shutdown"
    );

    let emu = start().await;
    let addr = emu.addr();
    drop(emu);
    let mut refused = false;
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    assert!(refused, "nothing listens once the emulator is dropped");
}
