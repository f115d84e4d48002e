//! The declared resources against Apple's documentation: the documented
//! example decodes field by field, the field and include names are Apple's,
//! and v1 and v2 declarations of one JSON type work side by side.

// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]
#![cfg(feature = "game-center")]

use asc_core::{Client, Credentials, FieldSelector, RawResponse, Resource, Response, Selector};
use asc_resources::*;

const APPLE_EXAMPLE: &str = include_str!("data/apple_read_achievement_image.json");
const IMAGE_ID: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

/// A throwaway P-256 key made for these tests; nothing it signs is sent.
const TEST_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDD8EPJO3NN3PuPZs
IMJ1gHXY1twooZclqCMPIuwil3mhRANCAARU7a1J0rLtZ1ccNE+Rbsj2/UwZv9YA
3SsajtWE3QT/qFRe97IqBGLZodzIHHb/V6p37z1u4H5Uv5l578CLnaGG
-----END PRIVATE KEY-----
";

fn raw(body: &str) -> RawResponse {
    RawResponse::new(200, Default::default(), body.as_bytes().to_vec())
}

fn client() -> Client {
    Client::builder()
        .credentials(Credentials::individual("TESTKEY123", TEST_KEY).unwrap())
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap()
}

fn names<S: Selector>() -> Vec<&'static str> {
    S::ALL.iter().map(|s| s.as_str()).collect()
}

#[test]
fn apples_example_decodes_field_by_field() {
    let response = Response::<GameCenterAchievementImage>::from_raw(raw(APPLE_EXAMPLE)).unwrap();
    let image = &response.data;
    assert_eq!(image.id, IMAGE_ID);
    assert_eq!(image.file_size, Some(357_407));
    assert_eq!(image.file_name.as_deref(), Some("coffee1.png"));
    let asset = image.image_asset.as_ref().unwrap();
    let template = "https://isq11.mzstatic.com/image/thumb/PurpleSource113/v4/64/14/07/\
                    641407e3-602f-ce23-10b8-c91b1762986c/\
                    38e6d9a7-9cbf-45f8-8246-1ef4728aecda_coffee1.png/{w}x{h}bb.{f}";
    assert_eq!(asset.template_url.as_deref(), Some(template));
    assert_eq!((asset.width, asset.height), (Some(512), Some(512)));
    assert_eq!(
        asset.url(256, 256, "png").unwrap(),
        template.replace("{w}x{h}bb.{f}", "256x256bb.png")
    );
    assert_eq!(
        asset.original_url("jpg").unwrap(),
        template.replace("{w}x{h}bb.{f}", "512x512bb.jpg")
    );
    assert_eq!(image.upload_operations, Some(vec![]));
    assert_eq!(
        image.asset_delivery_state,
        Some(AppMediaAssetState {
            errors: None,
            warnings: None,
            state: Some(AssetDeliveryState::Complete),
        })
    );
    // Apple's example has no `relationships` member: the relationship is empty.
    assert_eq!(image.game_center_achievement_localization.id(), None);
    assert_eq!(image.game_center_achievement_localization.links, None);
    assert_eq!(
        response.links.self_.as_deref(),
        Some(
            "https://api.appstoreconnect.apple.com/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda"
        )
    );
    assert!(response.included_raw().is_empty());
    assert_eq!(response.status, 200);
}

/// Apple's `fields[...]` and `include` values for the GET of each resource,
/// as listed in its document 4.4.1 (and, for the image, on the page of
/// Apple's example).
#[test]
fn field_and_include_names_are_apples() {
    assert_eq!(
        names::<GameCenterAchievementImageField>(),
        [
            "fileSize",
            "fileName",
            "imageAsset",
            "uploadOperations",
            "assetDeliveryState",
            "gameCenterAchievementLocalization"
        ]
    );
    assert_eq!(
        names::<GameCenterAchievementImageInclude>(),
        ["gameCenterAchievementLocalization"]
    );
    assert_eq!(
        names::<GameCenterAchievementLocalizationField>(),
        [
            "locale",
            "name",
            "beforeEarnedDescription",
            "afterEarnedDescription",
            "gameCenterAchievement",
            "gameCenterAchievementImage"
        ]
    );
    assert_eq!(
        names::<GameCenterAchievementLocalizationInclude>(),
        ["gameCenterAchievement", "gameCenterAchievementImage"]
    );
    assert_eq!(
        names::<GameCenterAchievementImageV2Field>(),
        [
            "fileSize",
            "fileName",
            "imageAsset",
            "uploadOperations",
            "assetDeliveryState",
            "localization"
        ]
    );
    assert_eq!(
        names::<GameCenterAchievementImageV2Include>(),
        ["localization"]
    );
    assert_eq!(
        names::<GameCenterAchievementLocalizationV2Field>(),
        [
            "locale",
            "name",
            "beforeEarnedDescription",
            "afterEarnedDescription",
            "version",
            "image"
        ]
    );
    assert_eq!(
        names::<GameCenterAchievementLocalizationV2Include>(),
        ["version", "image"]
    );
    // Partly declared: every declared name is one of Apple's.
    let apple_achievement = [
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
    ];
    let declared = names::<GameCenterAchievementField>();
    assert!(
        declared.iter().all(|n| apple_achievement.contains(n)),
        "{declared:?}"
    );
    assert_eq!(GameCenterAchievement::ATTRIBUTES, &apple_achievement[..7]);
    let apple_version = ["version", "state", "achievement", "localizations"];
    let declared = names::<GameCenterAchievementVersionV2Field>();
    assert!(
        declared.iter().all(|n| apple_version.contains(n)),
        "{declared:?}"
    );
    assert_eq!(
        GameCenterAchievementVersionV2::ATTRIBUTES,
        ["version", "state"]
    );
}

#[test]
fn types_paths_and_relationship_targets() {
    let metas = declared();
    let summary: Vec<_> = metas.iter().map(|m| (m.type_name, m.path)).collect();
    // One declaration per collection path; the `/v1` and `/v2` twins share
    // their JSON type.
    let mut paths: Vec<&str> = metas.iter().map(|m| m.path).collect();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths.len(), metas.len(), "{summary:?}");
    for expected in [
        ("apps", "/v1/apps"),
        ("appStoreVersions", "/v1/appStoreVersions"),
        (
            "gameCenterAchievementImages",
            "/v1/gameCenterAchievementImages",
        ),
        (
            "gameCenterAchievementImages",
            "/v2/gameCenterAchievementImages",
        ),
        (
            "gameCenterAchievementLocalizations",
            "/v1/gameCenterAchievementLocalizations",
        ),
        (
            "gameCenterAchievementLocalizations",
            "/v2/gameCenterAchievementLocalizations",
        ),
        (
            "gameCenterAchievementReleases",
            "/v1/gameCenterAchievementReleases",
        ),
        ("gameCenterAchievements", "/v1/gameCenterAchievements"),
        ("gameCenterAchievements", "/v2/gameCenterAchievements"),
        (
            "gameCenterAchievementVersions",
            "/v2/gameCenterAchievementVersions",
        ),
        ("gameCenterAppVersions", "/v1/gameCenterAppVersions"),
        ("gameCenterDetails", "/v1/gameCenterDetails"),
        ("gameCenterEnabledVersions", "/v1/gameCenterEnabledVersions"),
        ("gameCenterGroups", "/v1/gameCenterGroups"),
        ("gameCenterLeaderboards", "/v1/gameCenterLeaderboards"),
        ("gameCenterLeaderboards", "/v2/gameCenterLeaderboards"),
        ("gameCenterLeaderboardSets", "/v1/gameCenterLeaderboardSets"),
        ("gameCenterLeaderboardSets", "/v2/gameCenterLeaderboardSets"),
        (
            "gameCenterPlayerAchievementSubmissions",
            "/v1/gameCenterPlayerAchievementSubmissions",
        ),
        (
            "gameCenterLeaderboardEntrySubmissions",
            "/v1/gameCenterLeaderboardEntrySubmissions",
        ),
    ] {
        assert!(summary.contains(&expected), "{expected:?} in {summary:?}");
    }
    let at = |path: &str| -> &asc_core::ResourceMeta {
        metas
            .iter()
            .find(|m| m.path == path)
            .unwrap_or_else(|| panic!("{path} is declared"))
    };
    let targets = |m: &asc_core::ResourceMeta| -> Vec<_> {
        m.relationships
            .iter()
            .map(|r| (r.name, r.target_path, r.to_many, r.include))
            .collect()
    };
    assert_eq!(
        targets(at("/v1/gameCenterAchievementImages")),
        [(
            "gameCenterAchievementLocalization",
            "/v1/gameCenterAchievementLocalizations",
            false,
            true
        )]
    );
    assert_eq!(
        targets(at("/v1/gameCenterAchievementLocalizations")),
        [
            (
                "gameCenterAchievement",
                "/v1/gameCenterAchievements",
                false,
                true
            ),
            (
                "gameCenterAchievementImage",
                "/v1/gameCenterAchievementImages",
                false,
                true
            ),
        ]
    );
    assert_eq!(
        targets(at("/v1/gameCenterAchievements")),
        [
            ("gameCenterDetail", "/v1/gameCenterDetails", false, true),
            ("gameCenterGroup", "/v1/gameCenterGroups", false, true),
            (
                "groupAchievement",
                "/v1/gameCenterAchievements",
                false,
                true
            ),
            (
                "localizations",
                "/v1/gameCenterAchievementLocalizations",
                true,
                true
            ),
            ("releases", "/v1/gameCenterAchievementReleases", true, true),
            ("activity", "/v1/gameCenterActivities", false, true),
        ]
    );
    assert_eq!(
        targets(at("/v2/gameCenterAchievementImages")),
        [(
            "localization",
            "/v2/gameCenterAchievementLocalizations",
            false,
            true
        )]
    );
    assert_eq!(
        targets(at("/v2/gameCenterAchievementLocalizations")),
        [
            ("version", "/v2/gameCenterAchievementVersions", false, true),
            ("image", "/v2/gameCenterAchievementImages", false, true),
        ]
    );
    assert_eq!(
        targets(at("/v2/gameCenterAchievementVersions")),
        [
            ("achievement", "/v2/gameCenterAchievements", false, true),
            (
                "localizations",
                "/v2/gameCenterAchievementLocalizations",
                true,
                true
            ),
        ]
    );
    for meta in &metas {
        for rel in meta.relationships {
            let target = metas.iter().find(|m| m.path == rel.target_path).unwrap();
            assert_eq!(rel.target_type, target.type_name, "{}", rel.name);
        }
    }
}

#[test]
fn from_str_errors_list_the_valid_names() {
    assert_eq!(
        "assetDeliveryState".parse::<GameCenterAchievementImageField>(),
        Ok(GameCenterAchievementImageField::AssetDeliveryState)
    );
    let err = "gameCenterAchievementLocalization"
        .parse::<GameCenterAchievementImageV2Field>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "`gameCenterAchievementLocalization` is not a field of gameCenterAchievementImages; \
         expected one of: fileSize, fileName, imageAsset, uploadOperations, \
         assetDeliveryState, localization"
    );
    let err = "localization"
        .parse::<GameCenterAchievementImageInclude>()
        .unwrap_err();
    assert_eq!(err.valid, ["gameCenterAchievementLocalization"]);
    assert!(
        err.to_string()
            .contains("expected one of: gameCenterAchievementLocalization")
    );
}

#[test]
fn requests_have_apples_paths_and_queries() {
    let client = client();
    use GameCenterAchievementImageField as F;
    use GameCenterAchievementLocalizationField as L;
    let request = GameCenterAchievementImage::read(&client, IMAGE_ID)
        .fields([F::FileName, F::ImageAsset])
        .fields([L::Locale])
        .include([GameCenterAchievementImageInclude::GameCenterAchievementLocalization]);
    assert_eq!(
        request.path_and_query().unwrap(),
        format!(
            "/v1/gameCenterAchievementImages/{IMAGE_ID}\
             ?fields%5BgameCenterAchievementImages%5D=fileName,imageAsset\
             &fields%5BgameCenterAchievementLocalizations%5D=locale\
             &include=gameCenterAchievementLocalization"
        )
    );
    assert_eq!(
        GameCenterAchievementImageV2::read(&client, IMAGE_ID)
            .include([GameCenterAchievementImageV2Include::Localization])
            .path_and_query()
            .unwrap(),
        format!("/v2/gameCenterAchievementImages/{IMAGE_ID}?include=localization")
    );
    assert_eq!(
        GameCenterAchievementLocalization::read_game_center_achievement_image(&client, "L1")
            .path_and_query()
            .unwrap(),
        "/v1/gameCenterAchievementLocalizations/L1/gameCenterAchievementImage"
    );
    assert_eq!(
        GameCenterAchievementLocalization::read_game_center_achievement(&client, "L1")
            .path_and_query()
            .unwrap(),
        "/v1/gameCenterAchievementLocalizations/L1/gameCenterAchievement"
    );
    assert_eq!(
        GameCenterAchievementLocalizationV2::read_image(&client, "L1")
            .fields([GameCenterAchievementImageV2Field::FileName])
            .path_and_query()
            .unwrap(),
        "/v2/gameCenterAchievementLocalizations/L1/image\
         ?fields%5BgameCenterAchievementImages%5D=fileName"
    );
    assert_eq!(
        <GameCenterAchievementImageV2Field as FieldSelector>::RESOURCE_TYPE,
        <GameCenterAchievementImageField as FieldSelector>::RESOURCE_TYPE
    );
}

/// One document with v2 relationship names, read through v1 and v2 declarations.
#[test]
fn v1_and_v2_side_by_side() {
    let document = r#"{
        "data": {
            "type": "gameCenterAchievementImages", "id": "I1",
            "attributes": {"fileName": "a.png", "assetDeliveryState": {"state": "AWAITING_UPLOAD"}},
            "relationships": {"localization": {"data": {"type": "gameCenterAchievementLocalizations", "id": "L1"}}}
        },
        "included": [{
            "type": "gameCenterAchievementLocalizations", "id": "L1",
            "attributes": {"locale": "fr-FR", "name": "Amateur de café"},
            "relationships": {
                "version": {"data": {"type": "gameCenterAchievementVersions", "id": "V1"}},
                "image": {"data": {"type": "gameCenterAchievementImages", "id": "I1"}}
            }
        }]
    }"#;
    let v2 = Response::<GameCenterAchievementImageV2>::from_raw(raw(document)).unwrap();
    let v1 = Response::<GameCenterAchievementImage>::from_raw(raw(document)).unwrap();
    assert_eq!(v2.data.localization.id(), Some("L1"));
    // v1 knows the relationship under its v1 name only.
    assert_eq!(v1.data.game_center_achievement_localization.id(), None);
    assert_eq!(v1.data.file_name, v2.data.file_name);
    assert_eq!(
        v1.data.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::AwaitingUpload)
    );

    let [localization] = &v2.included::<GameCenterAchievementLocalizationV2>()[..] else {
        panic!("one localization expected");
    };
    assert_eq!(localization.locale.as_deref(), Some("fr-FR"));
    assert_eq!(localization.version.id(), Some("V1"));
    assert_eq!(localization.image.id(), Some("I1"));
    let [localization_v1] = &v2.included::<GameCenterAchievementLocalization>()[..] else {
        panic!("one localization expected");
    };
    assert_eq!(localization_v1.name, localization.name);
    assert_eq!(localization_v1.game_center_achievement_image.id(), None);
    assert!(v2.included::<GameCenterAchievementImage>().is_empty());
}

#[test]
fn version_states_and_attribute_types_decode() {
    let version: GameCenterAchievementVersionV2 = serde_json::from_str(
        r#"{"type":"gameCenterAchievementVersions","id":"V1",
            "attributes":{"version":3,"state":"READY_FOR_REVIEW"},
            "relationships":{"localizations":{"data":[{"type":"gameCenterAchievementLocalizations","id":"L1"}]}}}"#,
    )
    .unwrap();
    assert_eq!(version.version, Some(3));
    assert_eq!(version.state, Some(GameCenterVersionState::ReadyForReview));
    assert_eq!(version.localizations.ids().collect::<Vec<_>>(), ["L1"]);
    let states: Vec<_> = GameCenterVersionState::KNOWN
        .iter()
        .map(|s| s.as_str())
        .collect();
    assert_eq!(
        states,
        [
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "DEVELOPER_REJECTED",
            "REJECTED",
            "ACCEPTED",
            "PENDING_RELEASE",
            "LIVE",
            "REPLACED_WITH_NEW_VERSION"
        ]
    );
    assert_eq!(
        "ARCHIVED".parse::<GameCenterVersionState>().unwrap(),
        GameCenterVersionState::Unknown("ARCHIVED".into())
    );

    let achievement: GameCenterAchievement = serde_json::from_str(
        r#"{"type":"gameCenterAchievements","id":"A1",
            "attributes":{"referenceName":"Coffee","vendorIdentifier":"com.example.coffee",
                          "points":10,"showBeforeEarned":true,"repeatable":false,"archived":null,
                          "activityProperties":{"mode":"solo"}}}"#,
    )
    .unwrap();
    assert_eq!(achievement.points, Some(10));
    assert_eq!(achievement.show_before_earned, Some(true));
    assert_eq!(achievement.repeatable, Some(false));
    assert_eq!(achievement.archived, None);
    assert_eq!(
        achievement.activity_properties.unwrap()["mode"],
        "solo".to_owned()
    );
    assert_eq!(achievement.localizations.ids().count(), 0);
}
