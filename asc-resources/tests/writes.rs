//! The write side of the image declarations: the typed `create`, `update`
//! and `delete` requests have Apple's paths and exactly Apple's bodies, the
//! one-call upload sends the same bodies, and the asset description names
//! the parent relationship of each version.

// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]
#![cfg(feature = "game-center")]

use asc_core::{Asset, Client, Credentials, Linkage, Resource, WriteDocument};
use asc_resources::*;
use serde_json::{Value, json};

/// A throwaway P-256 key made for these tests; nothing it signs is sent.
const TEST_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDD8EPJO3NN3PuPZs
IMJ1gHXY1twooZclqCMPIuwil3mhRANCAARU7a1J0rLtZ1ccNE+Rbsj2/UwZv9YA
3SsajtWE3QT/qFRe97IqBGLZodzIHHb/V6p37z1u4H5Uv5l578CLnaGG
-----END PRIVATE KEY-----
";

const LOCALIZATION: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";
const IMAGE: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

fn client() -> Client {
    Client::builder()
        .credentials(Credentials::individual("TESTKEY123", TEST_KEY).unwrap())
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap()
}

fn json_of(body: &[u8]) -> Value {
    serde_json::from_slice(body).unwrap()
}

#[test]
fn v1_requests_are_apples() {
    let client = client();
    let create = GameCenterAchievementImage::create(
        &client,
        &GameCenterAchievementImageCreate {
            file_size: 357_407,
            file_name: "coffee1.png".into(),
            game_center_achievement_localization: Linkage::new(LOCALIZATION),
        },
    );
    assert_eq!(create.path().unwrap(), "/v1/gameCenterAchievementImages");
    assert_eq!(
        json_of(create.body().unwrap()),
        json!({"data": {
            "type": "gameCenterAchievementImages",
            "attributes": {"fileSize": 357_407, "fileName": "coffee1.png"},
            "relationships": {"gameCenterAchievementLocalization": {
                "data": {"type": "gameCenterAchievementLocalizations", "id": LOCALIZATION}
            }}
        }})
    );
    let update = GameCenterAchievementImage::update(
        &client,
        IMAGE,
        &GameCenterAchievementImageUpdate {
            uploaded: Some(true),
        },
    );
    assert_eq!(
        update.path().unwrap(),
        format!("/v1/gameCenterAchievementImages/{IMAGE}")
    );
    // Byte for byte: `type`, then `id`, then the attributes.
    assert_eq!(
        std::str::from_utf8(update.body().unwrap()).unwrap(),
        format!(
            r#"{{"data":{{"type":"gameCenterAchievementImages","id":"{IMAGE}","attributes":{{"uploaded":true}}}}}}"#
        )
    );
    let delete = GameCenterAchievementImage::delete(&client, IMAGE);
    assert_eq!(
        delete.path().unwrap(),
        format!("/v1/gameCenterAchievementImages/{IMAGE}")
    );
}

#[test]
fn v2_requests_are_apples() {
    let client = client();
    let create = GameCenterAchievementImageV2::create(
        &client,
        &GameCenterAchievementImageV2Create {
            file_size: 10,
            file_name: "a.png".into(),
            localization: LOCALIZATION.into(),
        },
    );
    assert_eq!(create.path().unwrap(), "/v2/gameCenterAchievementImages");
    assert_eq!(
        json_of(create.body().unwrap()),
        json!({"data": {
            "type": "gameCenterAchievementImages",
            "attributes": {"fileSize": 10, "fileName": "a.png"},
            "relationships": {"localization": {
                "data": {"type": "gameCenterAchievementLocalizations", "id": LOCALIZATION}
            }}
        }})
    );
    let update = GameCenterAchievementImageV2::update(
        &client,
        String::from("I 1"),
        &GameCenterAchievementImageV2Update::default(),
    );
    assert_eq!(
        update.path().unwrap(),
        "/v2/gameCenterAchievementImages/I%201"
    );
    // `None` attributes are left out; the id goes in the body as given.
    assert_eq!(
        json_of(update.body().unwrap()),
        json!({"data": {"type": "gameCenterAchievementImages", "id": "I 1"}})
    );
    assert_eq!(
        GameCenterAchievementImageV2::delete(&client, "I1")
            .path()
            .unwrap(),
        "/v2/gameCenterAchievementImages/I1"
    );
    assert!(
        GameCenterAchievementImageV2::delete(&client, "../I1")
            .path()
            .is_err()
    );
}

#[test]
fn a_payload_serializes_as_apples_create_request() {
    let payload = GameCenterAchievementImageCreate {
        file_size: 1,
        file_name: "x.png".into(),
        game_center_achievement_localization: "L1".into(),
    };
    assert_eq!(
        serde_json::to_value(&payload).unwrap(),
        serde_json::to_value(WriteDocument::create(&payload)).unwrap()
    );
    assert_eq!(
        serde_json::to_value(&payload).unwrap()["data"]["relationships"]["gameCenterAchievementLocalization"]
            ["data"]["id"],
        "L1"
    );
}

/// The one-call upload builds its bodies from the asset description; they
/// are the typed payloads' bodies, for both versions.
#[test]
fn the_upload_workflow_sends_the_typed_bodies() {
    let client = client();
    let v1 = GameCenterAchievementImage::create(
        &client,
        &GameCenterAchievementImageCreate {
            file_size: 2048,
            file_name: "b.png".into(),
            game_center_achievement_localization: Linkage::new("L1"),
        },
    );
    assert_eq!(
        json_of(v1.body().unwrap()),
        reservation_body::<GameCenterAchievementImage>("L1", "b.png", 2048)
    );
    let v2 = GameCenterAchievementImageV2::create(
        &client,
        &GameCenterAchievementImageV2Create {
            file_size: 2048,
            file_name: "b.png".into(),
            localization: Linkage::new("L1"),
        },
    );
    assert_eq!(
        json_of(v2.body().unwrap()),
        reservation_body::<GameCenterAchievementImageV2>("L1", "b.png", 2048)
    );
    let commit = GameCenterAchievementImageV2::update(
        &client,
        "I1",
        &GameCenterAchievementImageV2Update {
            uploaded: Some(true),
        },
    );
    assert_eq!(
        json_of(commit.body().unwrap()),
        commit_body::<GameCenterAchievementImageV2>("I1")
    );
    assert_eq!(
        commit_body::<GameCenterAchievementImage>("I1"),
        commit_body::<GameCenterAchievementImageV2>("I1")
    );
}

#[test]
fn images_are_assets_of_their_localization() {
    assert_eq!(
        <GameCenterAchievementImage as Asset>::PARENT_RELATIONSHIP,
        "gameCenterAchievementLocalization"
    );
    assert_eq!(
        <<GameCenterAchievementImage as Asset>::Parent as Resource>::PATH,
        "/v1/gameCenterAchievementLocalizations"
    );
    assert_eq!(
        <GameCenterAchievementImageV2 as Asset>::PARENT_RELATIONSHIP,
        "localization"
    );
    assert_eq!(
        <<GameCenterAchievementImageV2 as Asset>::Parent as Resource>::PATH,
        "/v2/gameCenterAchievementLocalizations"
    );
    let image: GameCenterAchievementImage = serde_json::from_str(
        r#"{"type":"gameCenterAchievementImages","id":"I1",
            "attributes":{"fileName":"a.png","fileSize":3,
                "uploadOperations":[{"method":"PUT","url":"https://u.example/1","length":3,"offset":0}],
                "assetDeliveryState":{"state":"AWAITING_UPLOAD"}}}"#,
    )
    .unwrap();
    assert_eq!(image.asset_id(), "I1");
    assert_eq!(Asset::file_name(&image), Some("a.png"));
    assert_eq!(Asset::file_size(&image), Some(3));
    assert_eq!(image.upload_operations().len(), 1);
    assert_eq!(
        image.delivery_state().and_then(|s| s.state.clone()),
        Some(AssetDeliveryState::AwaitingUpload)
    );
    let bare: GameCenterAchievementImageV2 =
        serde_json::from_str(r#"{"type":"gameCenterAchievementImages","id":"I2"}"#).unwrap();
    assert!(bare.upload_operations().is_empty());
    assert_eq!(bare.delivery_state(), None);
}

/// asc-resources re-exports asc-core's asset model: one type per Apple schema.
#[test]
fn the_asset_model_is_asc_cores() {
    fn same<T>(_: T, _: T) {}
    same(ImageAsset::default(), asc_core::ImageAsset::default());
    same(
        media::UploadOperation::default(),
        asc_core::UploadOperation::default(),
    );
    same(HttpHeader::default(), asc_core::HttpHeader::default());
    same(
        AppMediaAssetState::default(),
        asc_core::AppMediaAssetState::default(),
    );
    same(
        AppMediaStateError::default(),
        asc_core::AppMediaStateError::default(),
    );
    same(
        AssetDeliveryState::from("COMPLETE"),
        asc_core::AssetDeliveryState::Complete,
    );
}

#[test]
fn seeds_are_apples_example_two_localizations_and_their_achievement() {
    let seeds = seeds();
    // Every file `seeds()` names parses (a broken one would be left out):
    // the achievement's three first, then the app, the leaderboards,
    // the activities and challenges, and matchmaking.
    assert_eq!(seeds.len(), 7);
    assert_eq!(seeds[0]["data"]["id"], IMAGE);
    assert_eq!(
        seeds[0]["data"]["relationships"]["gameCenterAchievementLocalization"]["data"]["id"],
        LOCALIZATION
    );
    let ids: Vec<&str> = seeds[1]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [LOCALIZATION, "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f"]);
    // The achievement and the v2 version both hold the two localizations.
    let parents = seeds[2]["data"].as_array().unwrap();
    let identity = |p: &Value| (p["type"].clone(), p["id"].clone());
    assert_eq!(
        parents.iter().map(identity).collect::<Vec<_>>(),
        [
            (json!("gameCenterAchievements"), json!(SEEDED_ACHIEVEMENT)),
            (
                json!("gameCenterAchievementVersions"),
                json!(SEEDED_ACHIEVEMENT_VERSION)
            ),
        ]
    );
    for parent in parents {
        let linked: Vec<&str> = parent["relationships"]["localizations"]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_str().unwrap())
            .collect();
        assert_eq!(linked, ids);
    }
}

#[test]
fn the_leaderboard_seeds_hang_from_one_game_center_detail() {
    let seeds = seeds();
    let items = seeds
        .iter()
        .filter_map(|d| d["data"].as_array())
        .find(|items| items.iter().any(|i| i["type"] == "gameCenterDetails"))
        .expect("a seed document holds the detail");
    let identity: Vec<(&str, &str)> = items
        .iter()
        .map(|i| (i["type"].as_str().unwrap(), i["id"].as_str().unwrap()))
        .collect();
    assert!(identity.contains(&("gameCenterDetails", SEEDED_GAME_CENTER_DETAIL)));
    assert!(identity.contains(&("gameCenterLeaderboards", SEEDED_LEADERBOARD)));
    assert!(identity.contains(&("gameCenterLeaderboardVersions", SEEDED_LEADERBOARD_VERSION)));
    assert!(identity.contains(&("gameCenterLeaderboardSets", SEEDED_LEADERBOARD_SET)));
    let mut known: Vec<(String, String)> = Vec::new();
    for document in &seeds {
        let data = &document["data"];
        let all = data
            .as_array()
            .cloned()
            .unwrap_or_else(|| vec![data.clone()]);
        for item in all {
            known.push((
                item["type"].as_str().unwrap().to_owned(),
                item["id"].as_str().unwrap().to_owned(),
            ));
        }
    }
    // Every linkage of every seed document points at a resource of the seeds.
    let every_item = seeds.iter().flat_map(|d| {
        let data = &d["data"];
        data.as_array()
            .cloned()
            .unwrap_or_else(|| vec![data.clone()])
    });
    for item in every_item {
        let Some(relationships) = item["relationships"].as_object() else {
            continue;
        };
        for (name, relationship) in relationships {
            let data = &relationship["data"];
            let linked = data
                .as_array()
                .cloned()
                .unwrap_or_else(|| vec![data.clone()]);
            for link in linked.iter().filter(|l| !l.is_null()) {
                let key = (
                    link["type"].as_str().unwrap().to_owned(),
                    link["id"].as_str().unwrap().to_owned(),
                );
                assert!(known.contains(&key), "{}.{name} -> {key:?}", item["id"]);
            }
        }
    }
}

/// Apple's create request of an asset, as the upload sends it.
fn reservation_body<A: asc_core::Asset>(parent: &str, name: &str, size: u64) -> serde_json::Value {
    serde_json::to_value(asc_core::WriteDocument::create(
        &asc_core::AssetReservation::<A>::new(parent, name, size),
    ))
    .unwrap()
}

/// Apple's update request that commits an uploaded asset, as the upload sends it.
fn commit_body<A: asc_core::Asset>(id: &str) -> serde_json::Value {
    serde_json::to_value(asc_core::WriteDocument::update(
        id,
        &asc_core::AssetCommit::<A>::default(),
    ))
    .unwrap()
}
