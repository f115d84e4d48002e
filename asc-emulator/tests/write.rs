//! Writes and uploads: reserve, upload parts, commit, processing, delete.

mod common;

use asc_emulator::Method;
use common::*;
use serde_json::{Value, json};

const V1: &str = "/v1/gameCenterAchievementImages";
const V2: &str = "/v2/gameCenterAchievementImages";

fn commit(id: &str) -> Value {
    json!({"data": {"type": IMAGES, "id": id, "attributes": {"uploaded": true}}})
}

#[tokio::test]
async fn the_whole_life_of_an_image_v1() {
    let emu = start().await;
    let file = png(512, 512, 150_000);
    let (status, _, created) = call(
        &emu,
        Method::POST,
        V1,
        Some(create_v1("coffee.png", file.len(), LOC_EMPTY)),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let id = created["data"]["id"].as_str().unwrap().to_owned();
    assert_eq!(id.len(), 36);
    let attrs = &created["data"]["attributes"];
    assert_eq!(
        attrs["assetDeliveryState"],
        json!({"errors": null, "warnings": null, "state": "AWAITING_UPLOAD"})
    );
    assert_eq!(attrs["fileName"], "coffee.png");
    let ops = attrs["uploadOperations"].as_array().unwrap();
    assert_eq!(ops.len(), file.len().div_ceil(64 * 1024));
    let total: u64 = ops.iter().map(|o| o["length"].as_u64().unwrap()).sum();
    assert_eq!(total, file.len() as u64);
    for (i, op) in ops.iter().enumerate() {
        assert_eq!(op["method"], "PUT");
        assert_eq!(op["offset"].as_u64().unwrap(), i as u64 * 64 * 1024);
        assert!(
            op["url"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{}/upload/", emu.base_url()))
        );
        assert_eq!(
            op["requestHeaders"],
            json!([{"name": "Content-Type", "value": "image/png"}])
        );
    }
    assert_eq!(
        created["data"]["relationships"]["gameCenterAchievementLocalization"]["data"]["id"],
        LOC_EMPTY
    );
    // The localization now leads to the new image.
    let (_, related) = get(
        &emu,
        &format!("/v1/gameCenterAchievementLocalizations/{LOC_EMPTY}/gameCenterAchievementImage"),
    )
    .await;
    assert_eq!(related["data"]["id"], id.as_str());

    upload_parts(&attrs["uploadOperations"], &file).await;
    assert_eq!(emu.uploaded_bytes(IMAGES, &id).unwrap(), file);
    let log = emu.upload_log();
    assert_eq!(log.len(), ops.len());
    assert!(
        log.iter()
            .all(|r| !r.authorization && r.status == 200 && r.method == "PUT"),
        "{log:?}"
    );

    let (status, _, committed) = call(
        &emu,
        Method::PATCH,
        &format!("{V1}/{id}"),
        Some(commit(&id)),
    )
    .await;
    assert_eq!(status, 200, "{committed}");
    assert_eq!(
        committed["data"]["attributes"]["assetDeliveryState"]["state"],
        "UPLOAD_COMPLETE"
    );
    assert_eq!(
        committed["data"]["attributes"]["uploadOperations"],
        json!([])
    );

    let done = wait_processed(&emu, &format!("{V1}/{id}")).await;
    let attrs = &done["data"]["attributes"];
    assert_eq!(
        attrs["assetDeliveryState"],
        json!({"errors": null, "warnings": null, "state": "COMPLETE"})
    );
    assert_eq!(attrs["imageAsset"]["width"], 512);
    assert_eq!(attrs["imageAsset"]["height"], 512);
    let template = attrs["imageAsset"]["templateUrl"].as_str().unwrap();
    assert!(template.ends_with("/{w}x{h}bb.{f}"), "{template}");
    let url = template
        .replace("{w}", "512")
        .replace("{h}", "512")
        .replace("{f}", "png");
    let served = http().get(url).send().await.unwrap();
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.bytes().await.unwrap().to_vec(), file);

    let (status, _, body) = call(&emu, Method::DELETE, &format!("{V1}/{id}"), None).await;
    assert_eq!((status, body), (204, Value::Null));
    let (status, doc) = get(&emu, &format!("{V1}/{id}")).await;
    assert_eq!((status, code(&doc)), (404, "NOT_FOUND"));
    let (_, loc) = get(
        &emu,
        &format!("/v1/gameCenterAchievementLocalizations/{LOC_EMPTY}"),
    )
    .await;
    assert!(
        loc["data"]["relationships"]["gameCenterAchievementImage"]
            .get("data")
            .is_none(),
        "{loc}"
    );
    let (status, _, _) = call(&emu, Method::DELETE, &format!("{V1}/{id}"), None).await;
    assert_eq!(status, 404);

    let writes: Vec<(String, String)> = emu
        .applied_writes()
        .into_iter()
        .map(|w| (w.method, w.id))
        .collect();
    assert_eq!(
        writes,
        vec![
            ("POST".into(), id.clone()),
            ("PATCH".into(), id.clone()),
            ("DELETE".into(), id.clone())
        ]
    );
}

#[tokio::test]
async fn v2_creates_with_its_own_relationship_name_and_reads_back_on_v1() {
    let emu = start().await;
    let file = png(1024, 1024, 10);
    let body = json!({"data": {
        "type": IMAGES,
        "attributes": {"fileName": "big.png", "fileSize": file.len()},
        "relationships": {"localization": {"data": {"type": LOCALIZATIONS, "id": LOC_EMPTY}}}
    }});
    let (status, _, created) = call(&emu, Method::POST, V2, Some(body)).await;
    assert_eq!(status, 201, "{created}");
    let id = created["data"]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        created["data"]["relationships"]["localization"]["data"]["id"],
        LOC_EMPTY
    );
    assert!(created["links"]["self"].as_str().unwrap().contains("/v2/"));
    upload_parts(&created["data"]["attributes"]["uploadOperations"], &file).await;
    let (status, _, _) = call(
        &emu,
        Method::PATCH,
        &format!("{V2}/{id}"),
        Some(commit(&id)),
    )
    .await;
    assert_eq!(status, 200);
    let done = wait_processed(&emu, &format!("{V1}/{id}")).await;
    assert_eq!(done["data"]["attributes"]["imageAsset"]["width"], 1024);
    assert_eq!(
        done["data"]["relationships"]["gameCenterAchievementLocalization"]["data"]["id"],
        LOC_EMPTY
    );
}

/// Reserves an image for LOC_EMPTY; returns its id and operations.
async fn reserve(emu: &asc_emulator::Emulator, name: &str, size: usize) -> (String, Value) {
    let (status, _, created) = call(
        emu,
        Method::POST,
        V1,
        Some(create_v1(name, size, LOC_EMPTY)),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    (
        created["data"]["id"].as_str().unwrap().to_owned(),
        created["data"]["attributes"]["uploadOperations"].clone(),
    )
}

async fn commit_and_wait(emu: &asc_emulator::Emulator, id: &str) -> Value {
    let (status, _, doc) = call(emu, Method::PATCH, &format!("{V1}/{id}"), Some(commit(id))).await;
    assert_eq!(status, 200, "{doc}");
    wait_processed(emu, &format!("{V1}/{id}")).await
}

#[tokio::test]
async fn bytes_that_are_not_an_image_fail_processing() {
    let emu = start().await;
    let bytes = vec![b'x'; 1000];
    let (id, ops) = reserve(&emu, "notes.png", bytes.len()).await;
    upload_parts(&ops, &bytes).await;
    let done = commit_and_wait(&emu, &id).await;
    let state = &done["data"]["attributes"]["assetDeliveryState"];
    assert_eq!(state["state"], "FAILED");
    assert_eq!(state["errors"][0]["code"], "INVALID_IMAGE");
    assert!(
        state["errors"][0]["description"]
            .as_str()
            .unwrap()
            .contains("not a PNG or JPEG")
    );
    assert!(done["data"]["attributes"].get("imageAsset").is_none());
}

#[tokio::test]
async fn a_commit_before_every_part_arrived_fails_processing() {
    let emu = start().await;
    let file = png(512, 512, 100_000);
    let (id, ops) = reserve(&emu, "a.png", file.len()).await;
    let first_only = json!([ops[0].clone()]);
    upload_parts(&first_only, &file).await;
    assert!(emu.uploaded_bytes(IMAGES, &id).is_none());
    let done = commit_and_wait(&emu, &id).await;
    let state = &done["data"]["attributes"]["assetDeliveryState"];
    assert_eq!(state["state"], "FAILED");
    assert!(
        state["errors"][0]["description"]
            .as_str()
            .unwrap()
            .contains("missing parts: 1"),
        "{state}"
    );
}

#[tokio::test]
async fn image_sizes_can_be_required() {
    let emu = builder()
        .image_sizes(IMAGES, &[(512, 512), (1024, 1024)])
        .start()
        .await
        .unwrap();
    let file = png(300, 200, 10);
    let (id, ops) = reserve(&emu, "small.png", file.len()).await;
    upload_parts(&ops, &file).await;
    let done = commit_and_wait(&emu, &id).await;
    let state = &done["data"]["attributes"]["assetDeliveryState"];
    assert_eq!(state["errors"][0]["code"], "IMAGE_INCORRECT_DIMENSIONS");
    assert!(
        state["errors"][0]["description"]
            .as_str()
            .unwrap()
            .contains("300x200")
    );
}

#[tokio::test]
async fn upload_parts_are_checked() {
    let emu = builder().upload_part_size(100).start().await.unwrap();
    let file = png(512, 512, 200);
    let (id, ops) = reserve(&emu, "a.png", file.len()).await;
    let url = ops[0]["url"].as_str().unwrap().to_owned();
    let put = |body: Vec<u8>, ct: Option<&str>| {
        let mut req = http().put(&url).body(body);
        if let Some(ct) = ct {
            req = req.header("Content-Type", ct);
        }
        req.send()
    };
    let short = put(vec![0; 99], Some("image/png")).await.unwrap();
    assert_eq!(short.status().as_u16(), 400);
    assert!(
        short
            .text()
            .await
            .unwrap()
            .contains("<Code>IncompleteBody</Code>")
    );
    let long = put(vec![0; 101], Some("image/png")).await.unwrap();
    assert_eq!(long.status().as_u16(), 400);
    let unsigned = put(file[..100].to_vec(), None).await.unwrap();
    assert_eq!(unsigned.status().as_u16(), 403);
    let wrong_part = http()
        .put(url.replace("/0", "/999"))
        .header("Content-Type", "image/png")
        .body(vec![0; 100])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_part.status().as_u16(), 404);
    let post = http()
        .post(&url)
        .header("Content-Type", "image/png")
        .body(file[..100].to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(post.status().as_u16(), 405);
    let unknown = http()
        .put(format!("{}/upload/nope/0", emu.base_url()))
        .body(vec![0; 100])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 404);
    // A part sent again replaces the first copy.
    assert_eq!(
        put(vec![1; 100], Some("image/png"))
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    upload_parts(&ops, &file).await;
    assert_eq!(emu.uploaded_bytes(IMAGES, &id).unwrap(), file);
    let done = commit_and_wait(&emu, &id).await;
    assert_eq!(
        done["data"]["attributes"]["assetDeliveryState"]["state"],
        "COMPLETE"
    );
    // After the commit the URL is spent.
    assert_eq!(
        put(file[..100].to_vec(), Some("image/png"))
            .await
            .unwrap()
            .status()
            .as_u16(),
        404
    );
    let statuses: Vec<u16> = emu.upload_log().iter().map(|r| r.status).collect();
    assert_eq!(&statuses[..7], &[400, 400, 403, 404, 405, 404, 200]);
    assert!(emu.upload_log().iter().all(|r| !r.authorization));
}

#[tokio::test]
async fn creates_are_validated_like_apple() {
    let emu = start().await;
    let good = create_v1("a.png", 10, LOC_EMPTY);
    let with = |pointer: &str, value: Value| {
        let mut b = good.clone();
        *b.pointer_mut(pointer).unwrap() = value;
        b
    };
    let cases: Vec<(Value, u16, &str, &str)> = vec![
        (
            with("/data/type", json!("apps")),
            409,
            "ENTITY_ERROR",
            "/data/type",
        ),
        (
            with("/data/relationships", json!({})),
            409,
            "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
            "/data/relationships/gameCenterAchievementLocalization",
        ),
        (
            with(
                "/data/relationships/gameCenterAchievementLocalization/data/id",
                json!("missing"),
            ),
            409,
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "/data/relationships/gameCenterAchievementLocalization",
        ),
        (
            with(
                "/data/relationships/gameCenterAchievementLocalization/data/type",
                json!("apps"),
            ),
            409,
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "/data/relationships/gameCenterAchievementLocalization",
        ),
        (
            with(
                "/data/relationships",
                json!({"localization": {"data": {"type": LOCALIZATIONS, "id": LOC_EMPTY}}}),
            ),
            409,
            "ENTITY_ERROR.RELATIONSHIP.UNKNOWN",
            "/data/relationships/localization",
        ),
        (
            with("/data/attributes", json!({"fileName": "a.png"})),
            409,
            "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
            "/data/attributes/fileSize",
        ),
        (
            with("/data/attributes/fileSize", json!(0)),
            409,
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "/data/attributes/fileSize",
        ),
        (
            with("/data/attributes/fileSize", json!("10")),
            409,
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "/data/attributes/fileSize",
        ),
        (
            with("/data/attributes/fileName", json!("")),
            409,
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "/data/attributes/fileName",
        ),
        (
            with(
                "/data/attributes",
                json!({"fileName": "a.png", "fileSize": 10, "colour": "red"}),
            ),
            409,
            "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
            "/data/attributes/colour",
        ),
        (
            with(
                "/data/attributes",
                json!({"fileName": "a.png", "fileSize": 10, "uploaded": true}),
            ),
            409,
            "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
            "/data/attributes/uploaded",
        ),
        (
            with(
                "/data/attributes",
                json!({"fileName": "a.png", "fileSize": 10, "assetDeliveryState": {}}),
            ),
            409,
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "/data/attributes/assetDeliveryState",
        ),
        // One image per localization: the seeded one already holds LOC_WITH_IMAGE.
        (
            create_v1("b.png", 10, LOC_WITH_IMAGE),
            409,
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "/data/relationships/gameCenterAchievementLocalization",
        ),
    ];
    for (body, status, code_, pointer) in cases {
        let (s, _, doc) = call(&emu, Method::POST, V1, Some(body.clone())).await;
        assert_eq!(s, status, "{body}: {doc}");
        assert_eq!(code(&doc), code_, "{body}");
        assert_eq!(doc["errors"][0]["source"]["pointer"], pointer, "{body}");
    }
    let mut with_id = good.clone();
    with_id["data"]["id"] = json!("mine");
    let (s, _, doc) = call(&emu, Method::POST, V1, Some(with_id)).await;
    assert_eq!(
        (s, doc["errors"][0]["source"]["pointer"].as_str()),
        (409, Some("/data/id"))
    );

    let raw = http()
        .post(format!("{}{V1}", emu.base_url()))
        .bearer_auth(token(&emu))
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 422);
    let (s, _, doc) = call(
        &emu,
        Method::POST,
        &format!("{V1}?include=x"),
        Some(good.clone()),
    )
    .await;
    assert_eq!((s, code(&doc)), (400, "PARAMETER_ERROR.ILLEGAL"));
    assert!(
        emu.applied_writes().is_empty(),
        "refused creates change nothing"
    );
    assert_eq!(emu.resource_ids(IMAGES), vec![IMAGE_ID.to_owned()]);
}

#[tokio::test]
async fn updates_are_validated_and_commit_once() {
    let emu = start().await;
    let (s, _, doc) = call(
        &emu,
        Method::PATCH,
        &format!("{V1}/missing"),
        Some(commit("missing")),
    )
    .await;
    assert_eq!((s, code(&doc)), (404, "NOT_FOUND"));
    let (id, _) = reserve(&emu, "a.png", 10).await;
    let path = format!("{V1}/{id}");
    let (s, _, doc) = call(&emu, Method::PATCH, &path, Some(commit("other"))).await;
    assert_eq!(
        (s, doc["errors"][0]["source"]["pointer"].as_str()),
        (409, Some("/data/id"))
    );
    let rename = json!({"data": {"type": IMAGES, "id": id, "attributes": {"fileName": "b.png"}}});
    let (s, _, doc) = call(&emu, Method::PATCH, &path, Some(rename)).await;
    assert_eq!((s, code(&doc)), (409, "ENTITY_ERROR.ATTRIBUTE.INVALID"));
    let bad_flag = json!({"data": {"type": IMAGES, "id": id, "attributes": {"uploaded": "yes"}}});
    let (s, _, _) = call(&emu, Method::PATCH, &path, Some(bad_flag)).await;
    assert_eq!(s, 409);
    let (s, _, _) = call(&emu, Method::PATCH, &path, Some(commit(&id))).await;
    assert_eq!(s, 200);
    let (s, _, doc) = call(&emu, Method::PATCH, &path, Some(commit(&id))).await;
    assert_eq!((s, code(&doc)), (409, "STATE_ERROR"));
    // The seeded example has no reserved upload to commit.
    let (s, _, doc) = call(
        &emu,
        Method::PATCH,
        &format!("{V1}/{IMAGE_ID}"),
        Some(commit(IMAGE_ID)),
    )
    .await;
    assert_eq!((s, code(&doc)), (409, "STATE_ERROR"));
    let patches = emu
        .applied_writes()
        .iter()
        .filter(|w| w.method == "PATCH")
        .count();
    assert_eq!(patches, 1);

    // A plain resource's attributes are writable.
    let loc_path = format!("/v2/gameCenterAchievementLocalizations/{LOC_EMPTY}");
    let rename =
        json!({"data": {"type": LOCALIZATIONS, "id": LOC_EMPTY, "attributes": {"name": "Kaffee"}}});
    let (s, _, doc) = call(&emu, Method::PATCH, &loc_path, Some(rename)).await;
    assert_eq!(s, 200, "{doc}");
    assert_eq!(doc["data"]["attributes"]["name"], "Kaffee");
    assert_eq!(doc["data"]["attributes"]["locale"], "fr-FR");
}

#[tokio::test]
async fn plain_resources_are_created_and_linked() {
    let emu = builder()
        .require_relationship(LOCALIZATIONS, "gameCenterAchievementVersions")
        .start()
        .await
        .unwrap();
    let body = json!({"data": {"type": LOCALIZATIONS, "attributes": {"locale": "de-DE", "name": "n",
        "beforeEarnedDescription": "b", "afterEarnedDescription": "a"}}});
    let (s, _, doc) = call(
        &emu,
        Method::POST,
        "/v2/gameCenterAchievementLocalizations",
        Some(body),
    )
    .await;
    assert_eq!((s, code(&doc)), (409, "ENTITY_ERROR.RELATIONSHIP.REQUIRED"));
    assert_eq!(
        doc["errors"][0]["source"]["pointer"],
        "/data/relationships/version"
    );

    let emu = start().await;
    let body =
        json!({"data": {"type": LOCALIZATIONS, "attributes": {"locale": "de-DE", "name": "n"}}});
    let (s, _, doc) = call(
        &emu,
        Method::POST,
        "/v1/gameCenterAchievementLocalizations",
        Some(body),
    )
    .await;
    assert_eq!(s, 201, "{doc}");
    assert!(doc["data"].get("relationships").is_some());
    assert_eq!(doc["data"]["attributes"]["locale"], "de-DE");
}
