//! Game Center activities, challenges and matchmaking, served by the
//! emulator from asc-resources' declarations and seeds
//! (`asc-resources/seeds/game-center-activities-challenges.json` and
//! `game-center-matchmaking.json`): per declared type a read with fields
//! and an include, a list or related list, and a write, each checking values
//! the seeds hold; the activity and challenge images go through the one-call
//! upload. Every answer read here is also validated against Apple's schema
//! from `tests/schema-facts.json` (strict, see `family_support`: a member
//! Apple's schema does not list is an error).
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

mod family_support;

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use asc_core::Linkage;
use asc_core::Method;
use asc_resources::{
    AssetDeliveryState, GameCenterAchievement, GameCenterAchievementV2, GameCenterActivity,
    GameCenterActivityCreate, GameCenterActivityField, GameCenterActivityImage,
    GameCenterActivityImageCreate, GameCenterActivityImageField, GameCenterActivityInclude,
    GameCenterActivityLocalization, GameCenterActivityLocalizationCreate,
    GameCenterActivityLocalizationField, GameCenterActivityLocalizationInclude,
    GameCenterActivityLocalizationUpdate, GameCenterActivityPlayStyle, GameCenterActivityUpdate,
    GameCenterActivityVersion, GameCenterActivityVersionCreate, GameCenterActivityVersionField,
    GameCenterActivityVersionInclude, GameCenterActivityVersionRelease,
    GameCenterActivityVersionReleaseField, GameCenterActivityVersionReleaseInclude,
    GameCenterActivityVersionUpdate, GameCenterChallenge, GameCenterChallengeChallengeType,
    GameCenterChallengeCreate, GameCenterChallengeField, GameCenterChallengeImage,
    GameCenterChallengeImageField, GameCenterChallengeInclude, GameCenterChallengeLocalization,
    GameCenterChallengeLocalizationField, GameCenterChallengeLocalizationInclude,
    GameCenterChallengeLocalizationUpdate, GameCenterChallengeUpdate, GameCenterChallengeVersion,
    GameCenterChallengeVersionCreate, GameCenterChallengeVersionField,
    GameCenterChallengeVersionInclude, GameCenterChallengeVersionRelease,
    GameCenterChallengeVersionReleaseField, GameCenterChallengeVersionReleaseInclude,
    GameCenterLeaderboardV2, GameCenterMatchmakingQueue, GameCenterMatchmakingQueueCreate,
    GameCenterMatchmakingQueueField, GameCenterMatchmakingQueueInclude,
    GameCenterMatchmakingQueueUpdate, GameCenterMatchmakingRule, GameCenterMatchmakingRuleCreate,
    GameCenterMatchmakingRuleField, GameCenterMatchmakingRuleSet,
    GameCenterMatchmakingRuleSetCreate, GameCenterMatchmakingRuleSetField,
    GameCenterMatchmakingRuleSetInclude, GameCenterMatchmakingRuleSetTest,
    GameCenterMatchmakingRuleSetTestCreate, GameCenterMatchmakingRuleSetUpdate,
    GameCenterMatchmakingRuleType, GameCenterMatchmakingRuleUpdate, GameCenterMatchmakingTeam,
    GameCenterMatchmakingTeamCreate, GameCenterMatchmakingTeamField,
    GameCenterMatchmakingTeamUpdate, GameCenterVersionState, SEEDED_ACHIEVEMENT,
    SEEDED_ACTIVITY as ACTIVITY, SEEDED_ACTIVITY_VERSION as ACTIVITY_VERSION,
    SEEDED_CHALLENGE as CHALLENGE, SEEDED_CHALLENGE_VERSION as CHALLENGE_VERSION,
    SEEDED_GAME_CENTER_DETAIL as DETAIL, SEEDED_LEADERBOARD as LEADERBOARD,
    SEEDED_MATCHMAKING_QUEUE as QUEUE, SEEDED_MATCHMAKING_RULE_SET as RULE_SET,
};
use family_support::{TempFile, emulator, id, png, schema_errors, sorted};
use futures_util::TryStreamExt;
use serde_json::{Value, json};

/// The seeded en-US activity localization, which has the seeded image.
const ACTIVITY_EN: &str = "a3c7e3f9-2b4d-4e6a-8c0e-1f3a5b7d9e03";
/// The seeded fr-FR activity localization, without an image.
const ACTIVITY_FR: &str = "a4c7e3f9-2b4d-4e6a-8c0e-1f3a5b7d9e04";
const ACTIVITY_IMAGE: &str = "a5c7e3f9-2b4d-4e6a-8c0e-1f3a5b7d9e05";
const ACTIVITY_DEFAULT_IMAGE: &str = "a6c7e3f9-2b4d-4e6a-8c0e-1f3a5b7d9e06";
const ACTIVITY_RELEASE: &str = "a7c7e3f9-2b4d-4e6a-8c0e-1f3a5b7d9e07";
/// The seeded en-US challenge localization, which has the seeded image.
const CHALLENGE_EN: &str = "c3d8f4a0-3c5e-4f7b-9d1f-2a4c6e8f0a13";
/// The seeded fr-FR challenge localization, without an image.
const CHALLENGE_FR: &str = "c4d8f4a0-3c5e-4f7b-9d1f-2a4c6e8f0a14";
const CHALLENGE_IMAGE: &str = "c5d8f4a0-3c5e-4f7b-9d1f-2a4c6e8f0a15";
const CHALLENGE_DEFAULT_IMAGE: &str = "c6d8f4a0-3c5e-4f7b-9d1f-2a4c6e8f0a16";
const CHALLENGE_RELEASE: &str = "c7d8f4a0-3c5e-4f7b-9d1f-2a4c6e8f0a17";
const RULE_COMPATIBLE: &str = "e7a1b3c5-d7e9-4f1a-8b3c-5d7e9f1a3b03";
const RULE_DISTANCE: &str = "e7a1b3c5-d7e9-4f1a-8b3c-5d7e9f1a3b04";
const TEAM_BARISTAS: &str = "e7a1b3c5-d7e9-4f1a-8b3c-5d7e9f1a3b05";
const TEAM_CUSTOMERS: &str = "e7a1b3c5-d7e9-4f1a-8b3c-5d7e9f1a3b06";

// ------------------------------------------------------------------ Apple's schema

/// The errors of `body` against Apple's schema `name` (such as
/// `GameCenterActivityResponse`), strict as `family_support` makes it.
fn apple_errors(name: &str, body: &[u8]) -> Vec<String> {
    let body: Value = serde_json::from_slice(body).expect("a JSON answer");
    schema_errors(name, &body)
}

#[track_caller]
fn assert_apples(name: &str, body: &[u8]) {
    let errors = apple_errors(name, body);
    assert!(
        errors.is_empty(),
        "{} error(s) against Apple's schema:\n{}\n{}",
        errors.len(),
        errors.join("\n"),
        String::from_utf8_lossy(body)
    );
}

/// `GET path` through the client, its answer checked against Apple's `schema`.
async fn get_apples(client: &asc_core::Client, path: &str, schema: &str) -> Value {
    let answer = client.execute(Method::GET, path, None).await.unwrap();
    assert_apples(schema, &answer.body);
    serde_json::from_slice(&answer.body).unwrap()
}

#[test]
fn the_validation_catches_what_apple_does_not_say() {
    let good = br#"{"data": {"type": "gameCenterMatchmakingQueues", "id": "q",
        "attributes": {"referenceName": "r", "classicMatchmakingBundleIds": ["b"]},
        "links": {"self": "https://x.example/v1/gameCenterMatchmakingQueues/q"}},
        "links": {"self": "https://x.example/v1/gameCenterMatchmakingQueues/q"}}"#;
    assert_eq!(
        apple_errors("GameCenterMatchmakingQueueResponse", good),
        Vec::<String>::new()
    );
    let invented = br#"{"data": {"type": "gameCenterMatchmakingQueues", "id": "q",
        "attributes": {"referenceName": "r", "priority": 1}},
        "links": {"self": "https://x.example/v1/gameCenterMatchmakingQueues/q"}}"#;
    assert_eq!(
        apple_errors("GameCenterMatchmakingQueueResponse", invented).len(),
        1
    );
    let wrong_type = br#"{"data": {"type": "gameCenterMatchmakingRuleSets", "id": "s",
        "attributes": {"minPlayers": "2"}},
        "links": {"self": "https://x.example/v1/gameCenterMatchmakingRuleSets/s"}}"#;
    assert_eq!(
        apple_errors("GameCenterMatchmakingRuleSetResponse", wrong_type).len(),
        1
    );
}

// ------------------------------------------------------------------ activities

#[tokio::test]
async fn an_activity_reads_with_its_versions_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterActivity::read(&client, ACTIVITY)
        .fields([
            GameCenterActivityField::ReferenceName,
            GameCenterActivityField::PlayStyle,
            GameCenterActivityField::MinimumPlayersCount,
            GameCenterActivityField::MaximumPlayersCount,
            GameCenterActivityField::Properties,
            GameCenterActivityField::GameCenterDetail,
            GameCenterActivityField::AchievementsV2,
            GameCenterActivityField::LeaderboardsV2,
            GameCenterActivityField::Versions,
        ])
        .fields([
            GameCenterActivityVersionField::Version,
            GameCenterActivityVersionField::State,
        ])
        .include([GameCenterActivityInclude::Versions])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterActivityResponse", read.raw_body());
    let activity = read.data.clone();
    assert_eq!(activity.reference_name.as_deref(), Some("Brew Off"));
    assert_eq!(
        activity.play_style,
        Some(GameCenterActivityPlayStyle::Synchronous)
    );
    assert_eq!(
        (
            activity.minimum_players_count,
            activity.maximum_players_count
        ),
        (Some(2), Some(4))
    );
    assert_eq!(
        activity.properties,
        Some(BTreeMap::from([
            ("mode".to_owned(), "duel".to_owned()),
            ("roast".to_owned(), "dark".to_owned()),
        ]))
    );
    assert_eq!(activity.vendor_identifier, None, "not among the fields");
    assert_eq!(id(&activity.game_center_detail.data), Some(DETAIL));
    assert_eq!(
        activity.achievements_v2.ids().collect::<Vec<_>>(),
        [SEEDED_ACHIEVEMENT]
    );
    assert_eq!(
        activity.leaderboards_v2.ids().collect::<Vec<_>>(),
        [LEADERBOARD]
    );
    let versions = read.included::<GameCenterActivityVersion>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].id, ACTIVITY_VERSION);
    assert_eq!(versions[0].version, Some(1));
    assert_eq!(versions[0].state, Some(GameCenterVersionState::Live));
    assert_eq!(versions[0].fallback_url, None, "not among the fields");

    // The featured achievement and leaderboard, included as the types other
    // declarations own.
    let read = GameCenterActivity::read(&client, ACTIVITY)
        .include([
            GameCenterActivityInclude::AchievementsV2,
            GameCenterActivityInclude::LeaderboardsV2,
            GameCenterActivityInclude::Achievements,
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        read.included::<GameCenterLeaderboardV2>()
            .iter()
            .map(|l| l.id.as_str())
            .collect::<Vec<_>>(),
        [LEADERBOARD]
    );
    assert_eq!(
        read.included::<GameCenterAchievementV2>()
            .iter()
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>(),
        [SEEDED_ACHIEVEMENT]
    );
    assert_eq!(read.included::<GameCenterAchievement>().len(), 1);
}

#[tokio::test]
async fn an_activity_lists_its_versions_and_their_ids() {
    let emulator = emulator().await;
    let client = emulator.client();
    let versions: Vec<GameCenterActivityVersion> =
        GameCenterActivity::list_versions(&client, ACTIVITY)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(
        versions[0].fallback_url.as_deref(),
        Some("https://example.com/coffee/brew-off")
    );
    let ids: Vec<String> = GameCenterActivity::list_versions_ids(&client, ACTIVITY)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [ACTIVITY_VERSION]);
    get_apples(
        &client,
        &format!("/v1/gameCenterActivities/{ACTIVITY}/versions"),
        "GameCenterActivityVersionsResponse",
    )
    .await;
    assert!(
        GameCenterActivity::list_versions(&client, ACTIVITY)
            .limit(201)
            .items()
            .try_collect::<Vec<_>>()
            .await
            .is_err(),
        "Apple's pages hold up to 200"
    );
}

#[tokio::test]
async fn an_activity_is_created_updated_linked_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterActivity::create(
        &client,
        &GameCenterActivityCreate {
            reference_name: "Latte Art".into(),
            vendor_identifier: "com.example.coffee.latteart".into(),
            play_style: Some(GameCenterActivityPlayStyle::Asynchronous),
            minimum_players_count: Some(1),
            maximum_players_count: Some(8),
            supports_party_code: Some(false),
            properties: Some(BTreeMap::from([("mode".to_owned(), "solo".to_owned())])),
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        created.play_style,
        Some(GameCenterActivityPlayStyle::Asynchronous)
    );
    assert_eq!(id(&created.game_center_detail.data), Some(DETAIL));

    let updated = GameCenterActivity::update(
        &client,
        &created.id,
        &GameCenterActivityUpdate {
            reference_name: Some("Latte Art Duel".into()),
            maximum_players_count: Some(2),
            archived: Some(true),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.reference_name.as_deref(), Some("Latte Art Duel"));
    assert_eq!(updated.maximum_players_count, Some(2));
    assert_eq!(updated.minimum_players_count, Some(1), "left as it was");
    assert_eq!(updated.archived, Some(true));

    GameCenterActivity::add_leaderboards_v2(&client, &created.id, &[LEADERBOARD])
        .send()
        .await
        .unwrap();
    GameCenterActivity::add_achievements_v2(&client, &created.id, &[SEEDED_ACHIEVEMENT])
        .send()
        .await
        .unwrap();
    let read = GameCenterActivity::read(&client, &created.id)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(
        read.leaderboards_v2.ids().collect::<Vec<_>>(),
        [LEADERBOARD]
    );
    assert_eq!(
        read.achievements_v2.ids().collect::<Vec<_>>(),
        [SEEDED_ACHIEVEMENT]
    );
    GameCenterActivity::remove_leaderboards_v2(&client, &created.id, &[LEADERBOARD])
        .send()
        .await
        .unwrap();
    let read = GameCenterActivity::read(&client, &created.id)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(read.leaderboards_v2.ids().count(), 0);

    GameCenterActivity::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
    assert!(
        GameCenterActivity::read(&client, &created.id)
            .send()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn an_activity_version_reads_lists_localizations_and_is_updated() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterActivityVersion::read(&client, ACTIVITY_VERSION)
        .fields([
            GameCenterActivityVersionField::FallbackUrl,
            GameCenterActivityVersionField::Activity,
            GameCenterActivityVersionField::Localizations,
            GameCenterActivityVersionField::DefaultImage,
            GameCenterActivityVersionField::Releases,
        ])
        .fields([GameCenterActivityField::VendorIdentifier])
        .include([
            GameCenterActivityVersionInclude::Activity,
            GameCenterActivityVersionInclude::Releases,
        ])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterActivityVersionResponse", read.raw_body());
    let version = read.data.clone();
    assert_eq!(
        version.fallback_url.as_deref(),
        Some("https://example.com/coffee/brew-off")
    );
    assert_eq!(version.state, None, "not among the fields");
    assert_eq!(id(&version.activity.data), Some(ACTIVITY));
    assert_eq!(
        id(&version.default_image.data),
        Some(ACTIVITY_DEFAULT_IMAGE)
    );
    assert_eq!(
        sorted(version.localizations.ids()),
        [ACTIVITY_EN, ACTIVITY_FR]
    );
    let activities = read.included::<GameCenterActivity>();
    assert_eq!(activities.len(), 1);
    assert_eq!(
        activities[0].vendor_identifier.as_deref(),
        Some("com.example.coffee.brewoff")
    );
    let releases = read.included::<GameCenterActivityVersionRelease>();
    assert_eq!(
        releases.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        [ACTIVITY_RELEASE]
    );

    let localizations: Vec<GameCenterActivityLocalization> =
        GameCenterActivityVersion::list_localizations(&client, ACTIVITY_VERSION)
            .items()
            .try_collect()
            .await
            .unwrap();
    let mut locales: Vec<&str> = localizations
        .iter()
        .filter_map(|l| l.locale.as_deref())
        .collect();
    locales.sort_unstable();
    assert_eq!(locales, ["en-US", "fr-FR"]);
    get_apples(
        &client,
        &format!("/v1/gameCenterActivityVersions/{ACTIVITY_VERSION}/localizations"),
        "GameCenterActivityLocalizationsResponse",
    )
    .await;

    let default_image = GameCenterActivityVersion::read_default_image(&client, ACTIVITY_VERSION)
        .send()
        .await
        .unwrap()
        .data
        .unwrap();
    assert_eq!(
        default_image.file_name.as_deref(),
        Some("brew-off-default.png")
    );

    let updated = GameCenterActivityVersion::update(
        &client,
        ACTIVITY_VERSION,
        &GameCenterActivityVersionUpdate {
            fallback_url: Some("https://example.com/coffee/brew-off/v2".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        updated.fallback_url.as_deref(),
        Some("https://example.com/coffee/brew-off/v2")
    );
    assert_eq!(updated.version, Some(1), "left as it was");

    // A new version, and the reservation of its default image: Apple's
    // image names its version only in the create request.
    let created = GameCenterActivityVersion::create(
        &client,
        &GameCenterActivityVersionCreate {
            fallback_url: None,
            activity: Linkage::new(ACTIVITY),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(id(&created.activity.data), Some(ACTIVITY));
    let reserved = GameCenterActivityImage::create(
        &client,
        &GameCenterActivityImageCreate {
            file_size: 2048,
            file_name: "brew-off-v2.png".into(),
            localization: None,
            version: Some(Linkage::new(&created.id)),
        },
    )
    .send()
    .await
    .unwrap();
    assert_apples("GameCenterActivityImageResponse", reserved.raw_body());
    assert!(
        !reserved
            .data
            .upload_operations
            .clone()
            .unwrap_or_default()
            .is_empty()
    );
    let linked = GameCenterActivityVersion::read_default_image_id(&client, &created.id)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(linked.map(|i| i.id), Some(reserved.data.id.clone()));
}

#[tokio::test]
async fn an_activity_localization_reads_with_its_image_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterActivityLocalization::read(&client, ACTIVITY_EN)
        .fields([
            GameCenterActivityLocalizationField::Name,
            GameCenterActivityLocalizationField::Description,
            GameCenterActivityLocalizationField::Image,
        ])
        .fields([GameCenterActivityImageField::FileName])
        .include([GameCenterActivityLocalizationInclude::Image])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterActivityLocalizationResponse", read.raw_body());
    assert_eq!(read.data.name.as_deref(), Some("Brew Off"));
    assert_eq!(
        read.data.description.as_deref(),
        Some("Two to four baristas race to fill the most cups.")
    );
    assert_eq!(read.data.locale, None, "not among the fields");
    assert_eq!(id(&read.data.image.data), Some(ACTIVITY_IMAGE));
    let images = read.included::<GameCenterActivityImage>();
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].file_name.as_deref(), Some("brew-off.png"));
    assert_eq!(images[0].file_size, None, "not among the fields");

    let image = GameCenterActivityLocalization::read_image(&client, ACTIVITY_EN)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(image.map(|i| i.id).as_deref(), Some(ACTIVITY_IMAGE));
    let none = GameCenterActivityLocalization::read_image(&client, ACTIVITY_FR)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(none, None, "the fr-FR localization has no image");

    let created = GameCenterActivityLocalization::create(
        &client,
        &GameCenterActivityLocalizationCreate {
            locale: "de-DE".into(),
            name: "Barista-Duell".into(),
            description: None,
            version: Linkage::new(ACTIVITY_VERSION),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(id(&created.version.data), Some(ACTIVITY_VERSION));
    let updated = GameCenterActivityLocalization::update(
        &client,
        &created.id,
        &GameCenterActivityLocalizationUpdate {
            description: Some("Zwei bis vier Baristas.".into()),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.name.as_deref(), Some("Barista-Duell"));
    assert_eq!(
        updated.description.as_deref(),
        Some("Zwei bis vier Baristas.")
    );
    let ids: Vec<String> =
        GameCenterActivityVersion::list_localizations_ids(&client, ACTIVITY_VERSION)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids.len(), 3);
    assert!(ids.contains(&created.id));
    GameCenterActivityLocalization::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn an_activity_image_reads_and_uploads() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterActivityImage::read(&client, ACTIVITY_IMAGE)
        .fields([
            GameCenterActivityImageField::ImageAsset,
            GameCenterActivityImageField::AssetDeliveryState,
        ])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterActivityImageResponse", read.raw_body());
    let asset = read.data.image_asset.clone().unwrap();
    assert_eq!((asset.width, asset.height), (Some(1920), Some(1080)));
    assert_eq!(
        read.data.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::Complete)
    );
    assert_eq!(read.data.file_name, None, "not among the fields");

    let bytes = png(64, 36);
    let file = TempFile::new("brew-off-fr.png", &bytes);
    let image = GameCenterActivityImage::upload(&client, ACTIVITY_FR, &file.0)
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .time_limit(Duration::from_secs(20))
        .send()
        .await
        .unwrap();
    assert_eq!(image.file_name.as_deref(), Some("brew-off-fr.png"));
    assert_eq!(
        image.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::Complete)
    );
    let asset = image.image_asset.unwrap();
    assert_eq!((asset.width, asset.height), (Some(64), Some(36)));
    assert_eq!(
        emulator
            .uploaded_bytes("gameCenterActivityImages", &image.id)
            .as_deref(),
        Some(&bytes[..])
    );
    let linked = GameCenterActivityLocalization::read_image_id(&client, ACTIVITY_FR)
        .send()
        .await
        .unwrap();
    assert_eq!(linked.data.map(|i| i.id), Some(image.id.clone()));
    GameCenterActivityImage::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
    let unlinked = GameCenterActivityLocalization::read_image_id(&client, ACTIVITY_FR)
        .send()
        .await
        .unwrap();
    assert_eq!(unlinked.data, None, "the localization lost its image");
}

#[tokio::test]
async fn an_activity_release_reads_with_its_version_and_is_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterActivityVersionRelease::read(&client, ACTIVITY_RELEASE)
        .fields([GameCenterActivityVersionReleaseField::Version])
        .fields([GameCenterActivityVersionField::State])
        .include([GameCenterActivityVersionReleaseInclude::Version])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterActivityVersionReleaseResponse", read.raw_body());
    assert_eq!(id(&read.data.version.data), Some(ACTIVITY_VERSION));
    let versions = read.included::<GameCenterActivityVersion>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].state, Some(GameCenterVersionState::Live));

    GameCenterActivityVersionRelease::delete(&client, ACTIVITY_RELEASE)
        .send()
        .await
        .unwrap();
    assert!(
        GameCenterActivityVersionRelease::read(&client, ACTIVITY_RELEASE)
            .send()
            .await
            .is_err()
    );
    let version = GameCenterActivityVersion::read(&client, ACTIVITY_VERSION)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(version.releases.ids().count(), 0, "the version lost it");
}

// ------------------------------------------------------------------ challenges

#[tokio::test]
async fn a_challenge_reads_with_its_leaderboard_and_versions_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterChallenge::read(&client, CHALLENGE)
        .fields([
            GameCenterChallengeField::ReferenceName,
            GameCenterChallengeField::ChallengeType,
            GameCenterChallengeField::Repeatable,
            GameCenterChallengeField::GameCenterDetail,
            GameCenterChallengeField::LeaderboardV2,
            GameCenterChallengeField::Versions,
        ])
        .fields([GameCenterChallengeVersionField::Version])
        .include([GameCenterChallengeInclude::Versions])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterChallengeResponse", read.raw_body());
    let challenge = read.data.clone();
    assert_eq!(
        challenge.reference_name.as_deref(),
        Some("Beat the Barista")
    );
    assert_eq!(
        challenge.challenge_type,
        Some(GameCenterChallengeChallengeType::Leaderboard)
    );
    assert_eq!(challenge.repeatable, Some(true));
    assert_eq!(challenge.archived, None, "not among the fields");
    assert_eq!(id(&challenge.game_center_detail.data), Some(DETAIL));
    assert_eq!(id(&challenge.leaderboard_v2.data), Some(LEADERBOARD));
    let versions = read.included::<GameCenterChallengeVersion>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].id, CHALLENGE_VERSION);
    assert_eq!(versions[0].version, Some(1));
    assert_eq!(versions[0].state, None, "not among the fields");

    // The leaderboard, included as the `/v2` declaration names it. (Not
    // validated: Apple's `GameCenterChallengeResponse.included` lists only
    // the `/v1` `GameCenterLeaderboard` schema, without `versions`, even for
    // `include=leaderboardV2`.)
    let read = GameCenterChallenge::read(&client, CHALLENGE)
        .include([GameCenterChallengeInclude::LeaderboardV2])
        .send()
        .await
        .unwrap();
    let leaderboards = read.included::<GameCenterLeaderboardV2>();
    assert_eq!(leaderboards.len(), 1);
    assert_eq!(
        leaderboards[0].reference_name.as_deref(),
        Some("Cups Brewed")
    );
}

#[tokio::test]
async fn a_challenge_lists_its_versions_and_gets_a_new_one() {
    let emulator = emulator().await;
    let client = emulator.client();
    let versions: Vec<GameCenterChallengeVersion> =
        GameCenterChallenge::list_versions(&client, CHALLENGE)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        versions.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(),
        [CHALLENGE_VERSION]
    );
    assert_eq!(versions[0].state, Some(GameCenterVersionState::Live));
    get_apples(
        &client,
        &format!("/v1/gameCenterChallenges/{CHALLENGE}/versions"),
        "GameCenterChallengeVersionsResponse",
    )
    .await;

    let created = GameCenterChallengeVersion::create(
        &client,
        &GameCenterChallengeVersionCreate {
            challenge: Linkage::new(CHALLENGE),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(id(&created.challenge.data), Some(CHALLENGE));
    let ids: Vec<String> = GameCenterChallenge::list_versions_ids(&client, CHALLENGE)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        sorted(ids.iter().map(String::as_str)),
        sorted([CHALLENGE_VERSION, created.id.as_str()].into_iter())
    );
}

#[tokio::test]
async fn a_challenge_is_created_updated_relinked_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterChallenge::create(
        &client,
        &GameCenterChallengeCreate {
            reference_name: "Espresso Sprint".into(),
            vendor_identifier: "com.example.coffee.espressosprint".into(),
            challenge_type: GameCenterChallengeChallengeType::Leaderboard,
            repeatable: Some(false),
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
            leaderboard: None,
            leaderboard_v2: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(created.repeatable, Some(false));
    assert_eq!(id(&created.leaderboard_v2.data), None);

    GameCenterChallenge::set_leaderboard_v2(&client, &created.id, Some(LEADERBOARD))
        .send()
        .await
        .unwrap();
    let updated = GameCenterChallenge::update(
        &client,
        &created.id,
        &GameCenterChallengeUpdate {
            repeatable: Some(true),
            archived: Some(true),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.repeatable, Some(true));
    assert_eq!(updated.archived, Some(true));
    assert_eq!(
        updated.reference_name.as_deref(),
        Some("Espresso Sprint"),
        "left as it was"
    );
    assert_eq!(id(&updated.leaderboard_v2.data), Some(LEADERBOARD));

    GameCenterChallenge::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
    assert!(
        GameCenterChallenge::read(&client, &created.id)
            .send()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn a_challenge_version_reads_with_its_localizations_and_default_image() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterChallengeVersion::read(&client, CHALLENGE_VERSION)
        .fields([
            GameCenterChallengeVersionField::State,
            GameCenterChallengeVersionField::Localizations,
            GameCenterChallengeVersionField::DefaultImage,
        ])
        .fields([GameCenterChallengeLocalizationField::Locale])
        .include([
            GameCenterChallengeVersionInclude::Localizations,
            GameCenterChallengeVersionInclude::DefaultImage,
        ])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterChallengeVersionResponse", read.raw_body());
    assert_eq!(read.data.state, Some(GameCenterVersionState::Live));
    assert_eq!(read.data.version, None, "not among the fields");
    let mut locales: Vec<String> = read
        .included::<GameCenterChallengeLocalization>()
        .into_iter()
        .filter_map(|l| l.locale)
        .collect();
    locales.sort_unstable();
    assert_eq!(locales, ["en-US", "fr-FR"]);
    let images = read.included::<GameCenterChallengeImage>();
    assert_eq!(
        images.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        [CHALLENGE_DEFAULT_IMAGE]
    );

    let localizations: Vec<GameCenterChallengeLocalization> =
        GameCenterChallengeVersion::list_localizations(&client, CHALLENGE_VERSION)
            .limit(1)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(localizations.len(), 2, "two pages of one");
    get_apples(
        &client,
        &format!("/v1/gameCenterChallengeVersions/{CHALLENGE_VERSION}/localizations"),
        "GameCenterChallengeLocalizationsResponse",
    )
    .await;
    let default_image =
        GameCenterChallengeVersion::read_default_image_id(&client, CHALLENGE_VERSION)
            .send()
            .await
            .unwrap()
            .data;
    assert_eq!(
        default_image.map(|i| i.id).as_deref(),
        Some(CHALLENGE_DEFAULT_IMAGE)
    );
}

#[tokio::test]
async fn a_challenge_localization_reads_with_its_version_and_is_updated() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterChallengeLocalization::read(&client, CHALLENGE_FR)
        .fields([
            GameCenterChallengeLocalizationField::Locale,
            GameCenterChallengeLocalizationField::Name,
            GameCenterChallengeLocalizationField::Version,
        ])
        .fields([GameCenterChallengeVersionField::Version])
        .include([GameCenterChallengeLocalizationInclude::Version])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterChallengeLocalizationResponse", read.raw_body());
    assert_eq!(read.data.locale.as_deref(), Some("fr-FR"));
    assert_eq!(read.data.name.as_deref(), Some("Battez le barista"));
    assert_eq!(read.data.description, None, "not among the fields");
    let versions = read.included::<GameCenterChallengeVersion>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].id, CHALLENGE_VERSION);

    let image = GameCenterChallengeLocalization::read_image(&client, CHALLENGE_EN)
        .send()
        .await
        .unwrap()
        .data
        .unwrap();
    assert_eq!(image.file_name.as_deref(), Some("barista.png"));

    let updated = GameCenterChallengeLocalization::update(
        &client,
        CHALLENGE_FR,
        &GameCenterChallengeLocalizationUpdate {
            name: Some("Battez la barista".into()),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.name.as_deref(), Some("Battez la barista"));
    assert_eq!(
        updated.description.as_deref(),
        Some("Préparez plus de tasses que vos amis cette semaine."),
        "left as it was"
    );
}

#[tokio::test]
async fn a_challenge_image_reads_and_uploads() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterChallengeImage::read(&client, CHALLENGE_IMAGE)
        .fields([
            GameCenterChallengeImageField::FileName,
            GameCenterChallengeImageField::FileSize,
        ])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterChallengeImageResponse", read.raw_body());
    assert_eq!(read.data.file_name.as_deref(), Some("barista.png"));
    assert_eq!(read.data.file_size, Some(201_877));
    assert_eq!(read.data.image_asset, None, "not among the fields");

    let bytes = png(48, 48);
    let file = TempFile::new("barista-fr.png", &bytes);
    let image = GameCenterChallengeImage::upload(&client, CHALLENGE_FR, &file.0)
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .time_limit(Duration::from_secs(20))
        .send()
        .await
        .unwrap();
    assert_eq!(image.file_name.as_deref(), Some("barista-fr.png"));
    assert_eq!(
        image.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::Complete)
    );
    assert_eq!(
        emulator
            .uploaded_bytes("gameCenterChallengeImages", &image.id)
            .as_deref(),
        Some(&bytes[..])
    );
    let linked = GameCenterChallengeLocalization::read_image_id(&client, CHALLENGE_FR)
        .send()
        .await
        .unwrap();
    assert_eq!(linked.data.map(|i| i.id), Some(image.id.clone()));
    GameCenterChallengeImage::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_challenge_release_reads_with_its_version_and_is_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterChallengeVersionRelease::read(&client, CHALLENGE_RELEASE)
        .fields([GameCenterChallengeVersionReleaseField::Version])
        .fields([GameCenterChallengeVersionField::Version])
        .include([GameCenterChallengeVersionReleaseInclude::Version])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterChallengeVersionReleaseResponse", read.raw_body());
    assert_eq!(id(&read.data.version.data), Some(CHALLENGE_VERSION));
    let versions = read.included::<GameCenterChallengeVersion>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].version, Some(1));

    GameCenterChallengeVersionRelease::delete(&client, CHALLENGE_RELEASE)
        .send()
        .await
        .unwrap();
    assert!(
        GameCenterChallengeVersionRelease::read(&client, CHALLENGE_RELEASE)
            .send()
            .await
            .is_err()
    );
}

// ------------------------------------------------------------------ matchmaking

#[tokio::test]
async fn a_matchmaking_queue_reads_with_its_rule_set_and_lists() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterMatchmakingQueue::read(&client, QUEUE)
        .fields([
            GameCenterMatchmakingQueueField::ReferenceName,
            GameCenterMatchmakingQueueField::RuleSet,
        ])
        .fields([
            GameCenterMatchmakingRuleSetField::MinPlayers,
            GameCenterMatchmakingRuleSetField::MaxPlayers,
        ])
        .include([GameCenterMatchmakingQueueInclude::RuleSet])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterMatchmakingQueueResponse", read.raw_body());
    assert_eq!(read.data.reference_name.as_deref(), Some("coffee-duel"));
    assert_eq!(
        read.data.classic_matchmaking_bundle_ids, None,
        "not among the fields"
    );
    assert_eq!(id(&read.data.rule_set.data), Some(RULE_SET));
    let rule_sets = read.included::<GameCenterMatchmakingRuleSet>();
    assert_eq!(rule_sets.len(), 1);
    assert_eq!(
        (rule_sets[0].min_players, rule_sets[0].max_players),
        (Some(2), Some(4))
    );
    assert_eq!(rule_sets[0].reference_name, None, "not among the fields");

    let queues: Vec<GameCenterMatchmakingQueue> = GameCenterMatchmakingQueue::list(&client)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        queues.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        [QUEUE]
    );
    assert_eq!(
        queues[0].classic_matchmaking_bundle_ids.as_deref(),
        Some(&["com.example.coffee".to_owned()][..])
    );
    get_apples(
        &client,
        "/v1/gameCenterMatchmakingQueues?include=ruleSet",
        "GameCenterMatchmakingQueuesResponse",
    )
    .await;
}

#[tokio::test]
async fn a_matchmaking_queue_is_created_updated_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterMatchmakingQueue::create(
        &client,
        &GameCenterMatchmakingQueueCreate {
            reference_name: "coffee-party".into(),
            classic_matchmaking_bundle_ids: None,
            rule_set: Linkage::new(RULE_SET),
            experiment_rule_set: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(id(&created.rule_set.data), Some(RULE_SET));
    assert_eq!(id(&created.experiment_rule_set.data), None);
    let queues: Vec<String> =
        GameCenterMatchmakingRuleSet::list_matchmaking_queues_ids(&client, RULE_SET)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(queues.iter().map(String::as_str)),
        sorted([QUEUE, created.id.as_str()].into_iter()),
        "the rule set's side follows"
    );

    let experiment = GameCenterMatchmakingRuleSet::create(
        &client,
        &GameCenterMatchmakingRuleSetCreate {
            reference_name: "Coffee Party Rules".into(),
            rule_language_version: 1,
            min_players: 3,
            max_players: 8,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    let updated = GameCenterMatchmakingQueue::update(
        &client,
        &created.id,
        &GameCenterMatchmakingQueueUpdate {
            classic_matchmaking_bundle_ids: Some(vec!["com.example.coffee.party".into()]),
            experiment_rule_set: Some(Linkage::new(&experiment.id)),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        updated.classic_matchmaking_bundle_ids,
        Some(vec!["com.example.coffee.party".to_owned()])
    );
    assert_eq!(id(&updated.rule_set.data), Some(RULE_SET), "left as it was");
    assert_eq!(
        id(&updated.experiment_rule_set.data),
        Some(experiment.id.as_str())
    );

    GameCenterMatchmakingQueue::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
    let queues: Vec<GameCenterMatchmakingQueue> = GameCenterMatchmakingQueue::list(&client)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        queues.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        [QUEUE]
    );
}

#[tokio::test]
async fn a_rule_set_reads_with_its_rules_and_teams_and_lists() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterMatchmakingRuleSet::read(&client, RULE_SET)
        .fields([
            GameCenterMatchmakingRuleSetField::ReferenceName,
            GameCenterMatchmakingRuleSetField::RuleLanguageVersion,
            GameCenterMatchmakingRuleSetField::Rules,
            GameCenterMatchmakingRuleSetField::Teams,
            GameCenterMatchmakingRuleSetField::MatchmakingQueues,
        ])
        .fields([
            GameCenterMatchmakingRuleField::Type,
            GameCenterMatchmakingRuleField::Weight,
        ])
        .fields([GameCenterMatchmakingTeamField::ReferenceName])
        .include([
            GameCenterMatchmakingRuleSetInclude::Rules,
            GameCenterMatchmakingRuleSetInclude::Teams,
        ])
        .send()
        .await
        .unwrap();
    assert_apples("GameCenterMatchmakingRuleSetResponse", read.raw_body());
    let rule_set = read.data.clone();
    assert_eq!(
        rule_set.reference_name.as_deref(),
        Some("Coffee Duel Rules")
    );
    assert_eq!(rule_set.rule_language_version, Some(1));
    assert_eq!(rule_set.min_players, None, "not among the fields");
    assert_eq!(
        rule_set.matchmaking_queues.ids().collect::<Vec<_>>(),
        [QUEUE]
    );
    assert_eq!(
        sorted(rule_set.rules.ids()),
        [RULE_COMPATIBLE, RULE_DISTANCE]
    );
    let rules: HashMap<String, GameCenterMatchmakingRule> = read
        .included::<GameCenterMatchmakingRule>()
        .into_iter()
        .map(|r| (r.id.clone(), r))
        .collect();
    assert_eq!(
        rules[RULE_COMPATIBLE].r#type,
        Some(GameCenterMatchmakingRuleType::Compatible)
    );
    assert_eq!(rules[RULE_COMPATIBLE].weight, None);
    assert_eq!(
        rules[RULE_DISTANCE].r#type,
        Some(GameCenterMatchmakingRuleType::Distance)
    );
    assert_eq!(rules[RULE_DISTANCE].weight, Some(0.75));
    assert_eq!(
        rules[RULE_DISTANCE].expression, None,
        "not among the fields"
    );
    let mut teams: Vec<String> = read
        .included::<GameCenterMatchmakingTeam>()
        .into_iter()
        .filter_map(|t| t.reference_name)
        .collect();
    teams.sort_unstable();
    assert_eq!(teams, ["Baristas", "Customers"]);

    let all: Vec<GameCenterMatchmakingRuleSet> = GameCenterMatchmakingRuleSet::list(&client)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        all.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        [RULE_SET]
    );
    get_apples(
        &client,
        "/v1/gameCenterMatchmakingRuleSets?include=rules,teams,matchmakingQueues",
        "GameCenterMatchmakingRuleSetsResponse",
    )
    .await;
    let queues: Vec<GameCenterMatchmakingQueue> =
        GameCenterMatchmakingRuleSet::list_matchmaking_queues(&client, RULE_SET)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        queues.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        [QUEUE]
    );
}

#[tokio::test]
async fn a_rule_set_is_created_and_updated() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterMatchmakingRuleSet::create(
        &client,
        &GameCenterMatchmakingRuleSetCreate {
            reference_name: "Coffee Trio Rules".into(),
            rule_language_version: 1,
            min_players: 3,
            max_players: 3,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        (created.min_players, created.max_players),
        (Some(3), Some(3))
    );
    let updated = GameCenterMatchmakingRuleSet::update(
        &client,
        &created.id,
        &GameCenterMatchmakingRuleSetUpdate {
            max_players: Some(6),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        (updated.min_players, updated.max_players),
        (Some(3), Some(6))
    );
    assert_eq!(updated.rule_language_version, Some(1), "left as it was");
    GameCenterMatchmakingRuleSet::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
    assert!(
        GameCenterMatchmakingRuleSet::read(&client, &created.id)
            .send()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn a_rule_lists_through_its_rule_set_and_is_updated_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let rules: Vec<GameCenterMatchmakingRule> =
        GameCenterMatchmakingRuleSet::list_rules(&client, RULE_SET)
            .items()
            .try_collect()
            .await
            .unwrap();
    let distance = rules.iter().find(|r| r.id == RULE_DISTANCE).unwrap();
    assert_eq!(distance.reference_name.as_deref(), Some("closeSkill"));
    assert_eq!(
        distance.expression.as_deref(),
        Some("requests[].properties.skill")
    );
    assert_eq!(distance.weight, Some(0.75));
    get_apples(
        &client,
        &format!("/v1/gameCenterMatchmakingRuleSets/{RULE_SET}/rules"),
        "GameCenterMatchmakingRulesResponse",
    )
    .await;

    let updated = GameCenterMatchmakingRule::update(
        &client,
        RULE_DISTANCE,
        &GameCenterMatchmakingRuleUpdate {
            weight: Some(0.5),
            description: Some("Prefer players of close skill, less.".into()),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.weight, Some(0.5));
    assert_eq!(
        updated.expression.as_deref(),
        Some("requests[].properties.skill"),
        "left as it was"
    );

    // Apple's rule has no relationships; the rule set named in the create
    // request shows it.
    let created = GameCenterMatchmakingRule::create(
        &client,
        &GameCenterMatchmakingRuleCreate {
            reference_name: "fullMatch".into(),
            description: "Only full matches.".into(),
            r#type: GameCenterMatchmakingRuleType::Match,
            expression: "length(requests) == `4`".into(),
            weight: None,
            rule_set: Linkage::new(RULE_SET),
        },
    )
    .send()
    .await
    .unwrap();
    assert_apples("GameCenterMatchmakingRuleResponse", created.raw_body());
    let created = created.data;
    assert_eq!(created.r#type, Some(GameCenterMatchmakingRuleType::Match));
    assert_eq!(
        created.expression.as_deref(),
        Some("length(requests) == `4`")
    );

    GameCenterMatchmakingRule::delete(&client, RULE_COMPATIBLE)
        .send()
        .await
        .unwrap();
    let ids: Vec<String> = GameCenterMatchmakingRuleSet::list_rules_ids(&client, RULE_SET)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        sorted(ids.iter().map(String::as_str)),
        sorted([RULE_DISTANCE, created.id.as_str()].into_iter())
    );
}

#[tokio::test]
async fn a_team_lists_through_its_rule_set_and_is_updated() {
    let emulator = emulator().await;
    let client = emulator.client();
    let teams: Vec<GameCenterMatchmakingTeam> =
        GameCenterMatchmakingRuleSet::list_teams(&client, RULE_SET)
            .items()
            .try_collect()
            .await
            .unwrap();
    let baristas = teams.iter().find(|t| t.id == TEAM_BARISTAS).unwrap();
    assert_eq!(baristas.reference_name.as_deref(), Some("Baristas"));
    assert_eq!(
        (baristas.min_players, baristas.max_players),
        (Some(1), Some(2))
    );
    assert!(teams.iter().any(|t| t.id == TEAM_CUSTOMERS));
    get_apples(
        &client,
        &format!("/v1/gameCenterMatchmakingRuleSets/{RULE_SET}/teams"),
        "GameCenterMatchmakingTeamsResponse",
    )
    .await;

    let updated = GameCenterMatchmakingTeam::update(
        &client,
        TEAM_CUSTOMERS,
        &GameCenterMatchmakingTeamUpdate {
            max_players: Some(3),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        (updated.min_players, updated.max_players),
        (Some(1), Some(3))
    );
    assert_eq!(updated.reference_name.as_deref(), Some("Customers"));

    let created = GameCenterMatchmakingTeam::create(
        &client,
        &GameCenterMatchmakingTeamCreate {
            reference_name: "Roasters".into(),
            min_players: 0,
            max_players: 1,
            rule_set: Linkage::new(RULE_SET),
        },
    )
    .send()
    .await
    .unwrap();
    assert_apples("GameCenterMatchmakingTeamResponse", created.raw_body());
    let created = created.data;
    assert_eq!(created.reference_name.as_deref(), Some("Roasters"));
    let ids: Vec<String> = GameCenterMatchmakingRuleSet::list_teams_ids(&client, RULE_SET)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids.len(), 3);
    assert!(ids.contains(&created.id));
    GameCenterMatchmakingTeam::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
}

/// Apple has no read of a rule set test: the answer to its create is the
/// only one, and it decodes as the declaration says.
#[test]
fn a_rule_set_test_answer_decodes_and_its_request_names_the_rule_set() {
    let answer = json!({
        "data": {
            "type": "gameCenterMatchmakingRuleSetTests",
            "id": "t1",
            "attributes": {"matchmakingResults": [[
                {"requestName": "alice", "teamAssignments": [{"playerId": "p1", "team": "Baristas"}]},
                {"requestName": "bob", "teamAssignments": [{"playerId": "p2", "team": "Customers"}]}
            ]]},
            "links": {"self": "https://api.appstoreconnect.apple.com/v1/gameCenterMatchmakingRuleSetTests/t1"}
        },
        "links": {"self": "https://api.appstoreconnect.apple.com/v1/gameCenterMatchmakingRuleSetTests"}
    });
    let bytes = serde_json::to_vec(&answer).unwrap();
    assert_apples("GameCenterMatchmakingRuleSetTestResponse", &bytes);
    let test: GameCenterMatchmakingRuleSetTest =
        serde_json::from_value(answer["data"].clone()).unwrap();
    assert_eq!(test.id, "t1");
    let results = test.matchmaking_results.unwrap();
    assert_eq!(results.len(), 1, "one match");
    assert_eq!(results[0].len(), 2, "of two requests");
    assert_eq!(results[0][1].request_name.as_deref(), Some("bob"));
    let assignment = &results[0][0].team_assignments.as_ref().unwrap()[0];
    assert_eq!(
        (assignment.player_id.as_deref(), assignment.team.as_deref()),
        (Some("p1"), Some("Baristas"))
    );

    let body = serde_json::to_value(asc_core::WriteDocument::create(
        &GameCenterMatchmakingRuleSetTestCreate {
            matchmaking_rule_set: Linkage::new(RULE_SET),
        },
    ))
    .unwrap();
    assert_eq!(
        body,
        json!({"data": {
            "type": "gameCenterMatchmakingRuleSetTests",
            "relationships": {"matchmakingRuleSet": {"data": {
                "type": "gameCenterMatchmakingRuleSets", "id": RULE_SET
            }}}
        }})
    );
}
