//! The achievement and app side of the Game Center family, served by the
//! emulator from asc-resources' declarations and seeds: the app and its App
//! Store versions, the Game Center detail, groups, app and enabled versions,
//! achievements (`/v1` and `/v2`), their versions and releases, and the
//! submissions. Per declared type a read with fields and an include, a list
//! or related list where Apple has one (filtered where Apple filters), and a
//! write where Apple has one; each checks values the seeds
//! (`asc-resources/seeds/game-center-app.json`,
//! `game-center-achievement.json`) hold, so a seed or an emulator that says
//! otherwise fails them.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

mod family_support;

use std::collections::BTreeMap;

use asc_core::Linkage;
use asc_resources::{
    App, AppField, AppGameCenterEnabledVersionsFilter, AppInclude, AppStoreVersion,
    AppStoreVersionField, AppStoreVersionInclude, AppVersionState, GameCenterAchievement,
    GameCenterAchievementCreate, GameCenterAchievementField, GameCenterAchievementInclude,
    GameCenterAchievementLocalization, GameCenterAchievementLocalizationField,
    GameCenterAchievementLocalizationInclude, GameCenterAchievementLocalizationV2,
    GameCenterAchievementLocalizationV2Field, GameCenterAchievementLocalizationV2Include,
    GameCenterAchievementRelease, GameCenterAchievementReleaseCreate,
    GameCenterAchievementReleaseField, GameCenterAchievementReleaseInclude,
    GameCenterAchievementReleasesFilter, GameCenterAchievementUpdate, GameCenterAchievementV2,
    GameCenterAchievementV2Create, GameCenterAchievementV2Field, GameCenterAchievementV2Include,
    GameCenterAchievementV2Update, GameCenterAchievementVersionV2,
    GameCenterAchievementVersionV2Create, GameCenterAchievementVersionV2Field,
    GameCenterAchievementVersionV2Include, GameCenterAppVersion,
    GameCenterAppVersionCompatibilityVersionsFilter, GameCenterAppVersionField,
    GameCenterAppVersionInclude, GameCenterAppVersionUpdate, GameCenterDetail,
    GameCenterDetailAchievementReleasesFilter, GameCenterDetailField,
    GameCenterDetailGameCenterAchievementsV2Filter, GameCenterDetailGameCenterAppVersionsFilter,
    GameCenterDetailInclude, GameCenterDetailUpdate, GameCenterEnabledVersion,
    GameCenterEnabledVersionCompatibleVersionsFilter,
    GameCenterEnabledVersionCompatibleVersionsSort, GameCenterEnabledVersionField, GameCenterGroup,
    GameCenterGroupCreate, GameCenterGroupField, GameCenterGroupInclude, GameCenterGroupListFilter,
    GameCenterGroupUpdate, GameCenterLeaderboardEntrySubmission,
    GameCenterLeaderboardEntrySubmissionCreate, GameCenterPlayerAchievementSubmission,
    GameCenterPlayerAchievementSubmissionCreate, GameCenterVersionState, Platform,
    SEEDED_ACHIEVEMENT as ACHIEVEMENT, SEEDED_ACHIEVEMENT_RELEASE as RELEASE,
    SEEDED_ACHIEVEMENT_VERSION as VERSION, SEEDED_APP as APP,
    SEEDED_APP_STORE_VERSION as STORE_VERSION, SEEDED_GAME_CENTER_APP_VERSION as GC_VERSION,
    SEEDED_GAME_CENTER_DETAIL as DETAIL, SEEDED_GAME_CENTER_ENABLED_VERSION as ENABLED,
    SEEDED_GAME_CENTER_GROUP as GROUP, SEEDED_LEADERBOARD as LEADERBOARD,
};
use family_support::{
    emulator, has_schema, id, ids, included_schema, response_schema, schema as schema_of, sorted,
    validator,
};
use futures_util::TryStreamExt;
use serde_json::{Value, json};

/// The seeded macOS App Store version (1.1.0).
const MAC_STORE_VERSION: &str = "7d2e5a91-c4b8-4f3a-9e6d-1b8c5f2a7e34";
/// Its Game Center app version, not enabled.
const MAC_GC_VERSION: &str = "2e8b6d4f-9a1c-4c7e-b5d3-6f0a8c2e4b19";
/// The seeded macOS Game Center enabled version (1.1.0).
const MAC_ENABLED: &str = "6e9a3c5b-8d1f-4b7e-a2c6-5f8d1b4e7a93";
/// The seeded en-US achievement localization, which has an image.
const EN: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";
/// Its image.
const IMAGE: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

// ------------------------------------------------------------------ app

#[tokio::test]
async fn an_app_reads_with_its_detail_included_and_lists_its_versions() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = App::read(&client, APP)
        .fields([
            AppField::Name,
            AppField::BundleId,
            AppField::GameCenterDetail,
        ])
        .fields([GameCenterDetailField::ArcadeEnabled])
        .include([AppInclude::GameCenterDetail])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.name.as_deref(), Some("Coffee Break"));
    assert_eq!(read.data.bundle_id.as_deref(), Some("com.example.coffee"));
    assert_eq!(read.data.sku, None, "not among the fields");
    assert_eq!(id(&read.data.game_center_detail.data), Some(DETAIL));
    let details = read.included::<GameCenterDetail>();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].id, DETAIL);
    assert_eq!(details[0].arcade_enabled, Some(false));
    assert_eq!(details[0].challenge_enabled, None, "not among the fields");

    let detail = App::read_game_center_detail(&client, APP)
        .send()
        .await
        .unwrap()
        .data
        .expect("the app has a detail");
    assert_eq!(detail.id, DETAIL);

    let versions: Vec<AppStoreVersion> = App::list_app_store_versions(&client, APP)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        ids(&versions, |v| &v.id),
        sorted([STORE_VERSION, MAC_STORE_VERSION].into_iter())
    );

    let ios: Vec<GameCenterEnabledVersion> = App::list_game_center_enabled_versions(&client, APP)
        .filter(AppGameCenterEnabledVersionsFilter::Platform(vec![
            Platform::Ios,
        ]))
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&ios, |v| &v.id), [ENABLED]);
    assert_eq!(ios[0].version_string.as_deref(), Some("1.2.0"));
}

#[tokio::test]
async fn an_app_store_version_reads_with_its_game_center_version_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = AppStoreVersion::read(&client, STORE_VERSION)
        .fields([
            AppStoreVersionField::Platform,
            AppStoreVersionField::VersionString,
            AppStoreVersionField::AppVersionState,
            AppStoreVersionField::GameCenterAppVersion,
            AppStoreVersionField::App,
        ])
        .fields([GameCenterAppVersionField::Enabled])
        .include([AppStoreVersionInclude::GameCenterAppVersion])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.platform, Some(Platform::Ios));
    assert_eq!(read.data.version_string.as_deref(), Some("1.2.0"));
    assert_eq!(
        read.data.app_version_state,
        Some(AppVersionState::ReadyForDistribution)
    );
    assert_eq!(read.data.copyright, None, "not among the fields");
    assert_eq!(id(&read.data.app.data), Some(APP));
    assert_eq!(
        id(&read.data.game_center_app_version.data),
        Some(GC_VERSION)
    );
    let included = read.included::<GameCenterAppVersion>();
    assert_eq!(included.len(), 1);
    assert_eq!(included[0].enabled, Some(true));

    let related = AppStoreVersion::read_game_center_app_version(&client, MAC_STORE_VERSION)
        .send()
        .await
        .unwrap()
        .data
        .expect("the macOS version has a Game Center app version");
    assert_eq!(related.id, MAC_GC_VERSION);
    assert_eq!(related.enabled, Some(false));
}

// ------------------------------------------------------------------ detail

#[tokio::test]
async fn a_detail_reads_with_its_app_group_and_versions_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterDetail::read(&client, DETAIL)
        .fields([
            GameCenterDetailField::App,
            GameCenterDetailField::GameCenterGroup,
            GameCenterDetailField::GameCenterAppVersions,
            GameCenterDetailField::GameCenterAchievementsV2,
            GameCenterDetailField::AchievementReleases,
        ])
        .fields([AppField::Name])
        .fields([GameCenterGroupField::ReferenceName])
        .include([
            GameCenterDetailInclude::App,
            GameCenterDetailInclude::GameCenterGroup,
            GameCenterDetailInclude::GameCenterAppVersions,
        ])
        .send()
        .await
        .unwrap();
    let detail = &read.data;
    assert_eq!(detail.challenge_enabled, None, "not among the fields");
    assert_eq!(id(&detail.app.data), Some(APP));
    assert_eq!(id(&detail.game_center_group.data), Some(GROUP));
    assert_eq!(
        sorted(detail.game_center_app_versions.ids()),
        sorted([GC_VERSION, MAC_GC_VERSION].into_iter())
    );
    assert_eq!(
        detail.game_center_achievements_v2.ids().collect::<Vec<_>>(),
        [ACHIEVEMENT]
    );
    assert_eq!(
        detail.achievement_releases.ids().collect::<Vec<_>>(),
        [RELEASE]
    );
    let apps = read.included::<App>();
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0].name.as_deref(), Some("Coffee Break"));
    let groups = read.included::<GameCenterGroup>();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].reference_name.as_deref(), Some("Coffee Games"));
    assert_eq!(read.included::<GameCenterAppVersion>().len(), 2);

    let group = GameCenterDetail::read_game_center_group(&client, DETAIL)
        .send()
        .await
        .unwrap()
        .data
        .expect("the detail is in a group");
    assert_eq!(group.id, GROUP);
}

#[tokio::test]
async fn a_detail_lists_its_app_versions_achievements_and_releases_filtered() {
    let emulator = emulator().await;
    let client = emulator.client();
    let enabled: Vec<GameCenterAppVersion> =
        GameCenterDetail::list_game_center_app_versions(&client, DETAIL)
            .filter(GameCenterDetailGameCenterAppVersionsFilter::Enabled(true))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&enabled, |v| &v.id), [GC_VERSION]);
    let disabled: Vec<GameCenterAppVersion> =
        GameCenterDetail::list_game_center_app_versions(&client, DETAIL)
            .filter(GameCenterDetailGameCenterAppVersionsFilter::Enabled(false))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&disabled, |v| &v.id), [MAC_GC_VERSION]);

    let achievements: Vec<GameCenterAchievementV2> =
        GameCenterDetail::list_game_center_achievements_v2(&client, DETAIL)
            .filter(GameCenterDetailGameCenterAchievementsV2Filter::Archived(
                false,
            ))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&achievements, |a| &a.id), [ACHIEVEMENT]);
    assert_eq!(achievements[0].points, Some(10));
    let archived: Vec<GameCenterAchievementV2> =
        GameCenterDetail::list_game_center_achievements_v2(&client, DETAIL)
            .filter(GameCenterDetailGameCenterAchievementsV2Filter::Archived(
                true,
            ))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert!(archived.is_empty(), "{archived:?}");

    let releases: Vec<GameCenterAchievementRelease> =
        GameCenterDetail::list_achievement_releases(&client, DETAIL)
            .filter(
                GameCenterDetailAchievementReleasesFilter::GameCenterAchievement(vec![
                    ACHIEVEMENT.into(),
                ]),
            )
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&releases, |r| &r.id), [RELEASE]);
    assert_eq!(releases[0].live, Some(true));
}

#[tokio::test]
async fn a_detail_update_moves_it_to_another_group_and_sets_its_v2_default() {
    let emulator = emulator().await;
    let client = emulator.client();
    let other = GameCenterGroup::create(
        &client,
        &GameCenterGroupCreate {
            reference_name: Some("Tea Games".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    let updated = GameCenterDetail::update(
        &client,
        DETAIL,
        &GameCenterDetailUpdate {
            game_center_group: Some(Linkage::new(&other.id)),
            default_leaderboard_v2: Some(Linkage::new(LEADERBOARD)),
            ..GameCenterDetailUpdate::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(id(&updated.game_center_group.data), Some(other.id.as_str()));
    assert_eq!(id(&updated.default_leaderboard_v2.data), Some(LEADERBOARD));
    let group = GameCenterDetail::read_game_center_group(&client, DETAIL)
        .send()
        .await
        .unwrap()
        .data
        .expect("in the new group");
    assert_eq!(group.reference_name.as_deref(), Some("Tea Games"));
    // The detail left the seeded group: both sides are kept in step.
    let left: Vec<GameCenterDetail> = GameCenterGroup::list_game_center_details(&client, GROUP)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(left.is_empty(), "{left:?}");
}

// ------------------------------------------------------------------ groups

#[tokio::test]
async fn a_group_reads_with_its_details_and_is_listed_by_detail() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterGroup::read(&client, GROUP)
        .fields([
            GameCenterGroupField::ReferenceName,
            GameCenterGroupField::GameCenterDetails,
        ])
        .fields([GameCenterDetailField::ChallengeEnabled])
        .include([GameCenterGroupInclude::GameCenterDetails])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.reference_name.as_deref(), Some("Coffee Games"));
    assert_eq!(
        read.data.game_center_details.ids().collect::<Vec<_>>(),
        [DETAIL]
    );
    let details = read.included::<GameCenterDetail>();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].challenge_enabled, Some(true));
    assert_eq!(details[0].arcade_enabled, None, "not among the fields");

    let created = GameCenterGroup::create(
        &client,
        &GameCenterGroupCreate {
            reference_name: Some("Empty Group".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    let all: Vec<GameCenterGroup> = GameCenterGroup::list(&client)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        ids(&all, |g| &g.id),
        sorted([GROUP, created.id.as_str()].into_iter())
    );
    let of_detail: Vec<GameCenterGroup> = GameCenterGroup::list(&client)
        .filter(GameCenterGroupListFilter::GameCenterDetails(vec![
            DETAIL.into(),
        ]))
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&of_detail, |g| &g.id), [GROUP]);
}

#[tokio::test]
async fn a_group_is_created_renamed_given_achievements_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterGroup::create(
        &client,
        &GameCenterGroupCreate {
            reference_name: Some("Espresso Club".into()),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let group = created.data;
    assert_eq!(group.reference_name.as_deref(), Some("Espresso Club"));

    let renamed = GameCenterGroup::update(
        &client,
        &group.id,
        &GameCenterGroupUpdate {
            reference_name: Some("Ristretto Club".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(renamed.reference_name.as_deref(), Some("Ristretto Club"));

    GameCenterGroup::replace_game_center_achievements_v2(&client, &group.id, &[ACHIEVEMENT])
        .send()
        .await
        .unwrap();
    let achievements: Vec<GameCenterAchievementV2> =
        GameCenterGroup::list_game_center_achievements_v2(&client, &group.id)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&achievements, |a| &a.id), [ACHIEVEMENT]);
    assert_eq!(
        achievements[0].vendor_identifier.as_deref(),
        Some("com.example.coffee.connoisseur")
    );

    GameCenterGroup::delete(&client, &group.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterGroup::read(&client, &group.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
}

// ------------------------------------------------------------------ app versions

#[tokio::test]
async fn a_game_center_app_version_reads_lists_compatibility_and_is_updated() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterAppVersion::read(&client, GC_VERSION)
        .fields([
            GameCenterAppVersionField::Enabled,
            GameCenterAppVersionField::AppStoreVersion,
            GameCenterAppVersionField::CompatibilityVersions,
        ])
        .fields([AppStoreVersionField::VersionString])
        .include([GameCenterAppVersionInclude::AppStoreVersion])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.enabled, Some(true));
    assert_eq!(id(&read.data.app_store_version.data), Some(STORE_VERSION));
    assert_eq!(
        read.data.compatibility_versions.ids().collect::<Vec<_>>(),
        [MAC_GC_VERSION]
    );
    let store = read.included::<AppStoreVersion>();
    assert_eq!(store.len(), 1);
    assert_eq!(store[0].version_string.as_deref(), Some("1.2.0"));
    assert_eq!(store[0].platform, None, "not among the fields");

    let store = GameCenterAppVersion::read_app_store_version(&client, GC_VERSION)
        .send()
        .await
        .unwrap()
        .data
        .expect("linked");
    assert_eq!(store.platform, Some(Platform::Ios));

    let disabled: Vec<GameCenterAppVersion> =
        GameCenterAppVersion::list_compatibility_versions(&client, GC_VERSION)
            .filter(GameCenterAppVersionCompatibilityVersionsFilter::Enabled(
                false,
            ))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&disabled, |v| &v.id), [MAC_GC_VERSION]);

    let enabled = GameCenterAppVersion::update(
        &client,
        MAC_GC_VERSION,
        &GameCenterAppVersionUpdate {
            enabled: Some(true),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(enabled.enabled, Some(true));
    let still_disabled: Vec<GameCenterAppVersion> =
        GameCenterAppVersion::list_compatibility_versions(&client, GC_VERSION)
            .filter(GameCenterAppVersionCompatibilityVersionsFilter::Enabled(
                false,
            ))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert!(still_disabled.is_empty(), "{still_disabled:?}");

    GameCenterAppVersion::remove_compatibility_versions(&client, GC_VERSION, &[MAC_GC_VERSION])
        .send()
        .await
        .unwrap();
    let left: Vec<String> =
        GameCenterAppVersion::list_compatibility_versions_ids(&client, GC_VERSION)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test]
async fn an_enabled_version_lists_its_compatible_versions_filtered_and_sorted() {
    let emulator = emulator().await;
    let client = emulator.client();
    // Apple has no `GET /v1/gameCenterEnabledVersions/{id}` (the declaration
    // says `no_read`): an enabled version is read through its app's list.
    let listed: Vec<GameCenterEnabledVersion> =
        App::list_game_center_enabled_versions(&client, APP)
            .fields([
                GameCenterEnabledVersionField::Platform,
                GameCenterEnabledVersionField::IconAsset,
                GameCenterEnabledVersionField::App,
            ])
            .items()
            .try_collect()
            .await
            .unwrap();
    let read = listed
        .into_iter()
        .find(|v| v.id == ENABLED)
        .expect("the seeded enabled version");
    assert_eq!(read.platform, Some(Platform::Ios));
    assert_eq!(read.version_string, None, "not among the fields");
    let icon = read.icon_asset.expect("an icon");
    assert_eq!((icon.width, icon.height), (Some(1024), Some(1024)));
    assert_eq!(id(&read.app.data), Some(APP));

    let mac: Vec<GameCenterEnabledVersion> =
        GameCenterEnabledVersion::list_compatible_versions(&client, ENABLED)
            .filter(GameCenterEnabledVersionCompatibleVersionsFilter::Platform(
                vec![Platform::MacOs],
            ))
            .sort([GameCenterEnabledVersionCompatibleVersionsSort::VersionStringDesc])
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&mac, |v| &v.id), [MAC_ENABLED]);
    assert_eq!(mac[0].version_string.as_deref(), Some("1.1.0"));
    let tv: Vec<GameCenterEnabledVersion> =
        GameCenterEnabledVersion::list_compatible_versions(&client, ENABLED)
            .filter(GameCenterEnabledVersionCompatibleVersionsFilter::Platform(
                vec![Platform::TvOs],
            ))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert!(tv.is_empty(), "{tv:?}");

    GameCenterEnabledVersion::replace_compatible_versions(&client, ENABLED, &[])
        .send()
        .await
        .unwrap();
    let left: Vec<String> =
        GameCenterEnabledVersion::list_compatible_versions_ids(&client, ENABLED)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert!(left.is_empty(), "{left:?}");
    GameCenterEnabledVersion::add_compatible_versions(&client, ENABLED, &[MAC_ENABLED])
        .send()
        .await
        .unwrap();
    let back: Vec<String> =
        GameCenterEnabledVersion::list_compatible_versions_ids(&client, ENABLED)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert_eq!(back, [MAC_ENABLED]);
}

// ------------------------------------------------------------------ achievements, v1

#[tokio::test]
async fn an_achievement_reads_with_its_detail_and_releases_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterAchievement::read(&client, ACHIEVEMENT)
        .fields([
            GameCenterAchievementField::ReferenceName,
            GameCenterAchievementField::Points,
            GameCenterAchievementField::GameCenterDetail,
            GameCenterAchievementField::Releases,
        ])
        .fields([GameCenterAchievementReleaseField::Live])
        .include([
            GameCenterAchievementInclude::GameCenterDetail,
            GameCenterAchievementInclude::Releases,
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        read.data.reference_name.as_deref(),
        Some("Coffee Connoisseur")
    );
    assert_eq!(read.data.points, Some(10));
    assert_eq!(read.data.vendor_identifier, None, "not among the fields");
    assert_eq!(id(&read.data.game_center_detail.data), Some(DETAIL));
    assert_eq!(read.data.releases.ids().collect::<Vec<_>>(), [RELEASE]);
    assert_eq!(read.included::<GameCenterDetail>().len(), 1);
    let releases = read.included::<GameCenterAchievementRelease>();
    assert_eq!(releases.len(), 1);
    assert_eq!(releases[0].live, Some(true));

    let live: Vec<GameCenterAchievementRelease> =
        GameCenterAchievement::list_releases(&client, ACHIEVEMENT)
            .filter(GameCenterAchievementReleasesFilter::Live(true))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&live, |r| &r.id), [RELEASE]);
    let not_live: Vec<GameCenterAchievementRelease> =
        GameCenterAchievement::list_releases(&client, ACHIEVEMENT)
            .filter(GameCenterAchievementReleasesFilter::Live(false))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert!(not_live.is_empty(), "{not_live:?}");

    let group = GameCenterAchievement::read_group_achievement(&client, ACHIEVEMENT)
        .send()
        .await
        .unwrap();
    assert_eq!(
        group.data, None,
        "the seeded achievement stands for no group's"
    );
}

#[tokio::test]
async fn an_achievement_is_created_updated_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterAchievement::create(
        &client,
        &GameCenterAchievementCreate {
            reference_name: "Bean Counter".into(),
            vendor_identifier: "com.example.coffee.beans".into(),
            points: 25,
            show_before_earned: false,
            repeatable: true,
            activity_properties: Some(BTreeMap::from([("roast".into(), "dark".into())])),
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let achievement = created.data;
    assert_eq!(achievement.points, Some(25));
    assert_eq!(achievement.repeatable, Some(true));
    assert_eq!(
        achievement
            .activity_properties
            .as_ref()
            .and_then(|p| p.get("roast"))
            .map(String::as_str),
        Some("dark")
    );
    let listed: Vec<String> = GameCenterDetail::list_game_center_achievements_ids(&client, DETAIL)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert!(listed.contains(&achievement.id), "{listed:?}");

    let updated = GameCenterAchievement::update(
        &client,
        &achievement.id,
        &GameCenterAchievementUpdate {
            points: Some(50),
            archived: Some(true),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.points, Some(50));
    assert_eq!(updated.archived, Some(true));
    assert_eq!(updated.reference_name.as_deref(), Some("Bean Counter"));

    GameCenterAchievement::set_group_achievement(&client, &achievement.id, Some(ACHIEVEMENT))
        .send()
        .await
        .unwrap();
    let linked = GameCenterAchievement::read_group_achievement_id(&client, &achievement.id)
        .send()
        .await
        .unwrap();
    assert_eq!(id(&linked.data), Some(ACHIEVEMENT));

    GameCenterAchievement::delete(&client, &achievement.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterAchievement::read(&client, &achievement.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
}

#[tokio::test]
async fn a_release_reads_with_both_sides_and_is_created_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterAchievementRelease::read(&client, RELEASE)
        .fields([
            GameCenterAchievementReleaseField::Live,
            GameCenterAchievementReleaseField::GameCenterAchievement,
            GameCenterAchievementReleaseField::GameCenterDetail,
        ])
        .fields([GameCenterAchievementField::VendorIdentifier])
        .include([
            GameCenterAchievementReleaseInclude::GameCenterAchievement,
            GameCenterAchievementReleaseInclude::GameCenterDetail,
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.live, Some(true));
    assert_eq!(id(&read.data.game_center_detail.data), Some(DETAIL));
    assert_eq!(
        id(&read.data.game_center_achievement.data),
        Some(ACHIEVEMENT)
    );
    let achievements = read.included::<GameCenterAchievement>();
    assert_eq!(achievements.len(), 1);
    assert_eq!(
        achievements[0].vendor_identifier.as_deref(),
        Some("com.example.coffee.connoisseur")
    );
    assert_eq!(read.included::<GameCenterDetail>().len(), 1);

    let achievement = GameCenterAchievement::create(
        &client,
        &GameCenterAchievementCreate {
            reference_name: "Latte Artist".into(),
            vendor_identifier: "com.example.coffee.latte".into(),
            points: 5,
            show_before_earned: true,
            repeatable: false,
            activity_properties: None,
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    let created = GameCenterAchievementRelease::create(
        &client,
        &GameCenterAchievementReleaseCreate {
            game_center_detail: Linkage::new(DETAIL),
            game_center_achievement: Linkage::new(&achievement.id),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let release = created.data;
    assert_eq!(
        id(&release.game_center_achievement.data),
        Some(achievement.id.as_str())
    );
    let of_achievement: Vec<GameCenterAchievementRelease> =
        GameCenterDetail::list_achievement_releases(&client, DETAIL)
            .filter(
                GameCenterDetailAchievementReleasesFilter::GameCenterAchievement(vec![
                    achievement.id.clone(),
                ]),
            )
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&of_achievement, |r| &r.id), [release.id.as_str()]);

    GameCenterAchievementRelease::delete(&client, &release.id)
        .send()
        .await
        .unwrap();
    let left: Vec<String> = GameCenterAchievement::list_releases_ids(&client, &achievement.id)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test]
async fn a_v1_localization_reads_with_its_achievement_and_image() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterAchievementLocalization::read(&client, EN)
        .fields([
            GameCenterAchievementLocalizationField::Locale,
            GameCenterAchievementLocalizationField::GameCenterAchievement,
        ])
        .fields([GameCenterAchievementField::ReferenceName])
        .include([GameCenterAchievementLocalizationInclude::GameCenterAchievement])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.locale.as_deref(), Some("en-US"));
    assert_eq!(
        id(&read.data.game_center_achievement.data),
        Some(ACHIEVEMENT)
    );
    let achievements = read.included::<GameCenterAchievement>();
    assert_eq!(achievements.len(), 1);
    assert_eq!(
        achievements[0].reference_name.as_deref(),
        Some("Coffee Connoisseur")
    );
    let image = GameCenterAchievementLocalization::read_game_center_achievement_image(&client, EN)
        .send()
        .await
        .unwrap()
        .data
        .expect("the en-US localization has an image");
    assert_eq!(image.id, IMAGE);
}

// ------------------------------------------------------------------ achievements, v2

#[tokio::test]
async fn a_v2_achievement_reads_with_its_versions_and_lists_them() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterAchievementV2::read(&client, ACHIEVEMENT)
        .fields([
            GameCenterAchievementV2Field::VendorIdentifier,
            GameCenterAchievementV2Field::ShowBeforeEarned,
            GameCenterAchievementV2Field::Versions,
            GameCenterAchievementV2Field::GameCenterDetail,
        ])
        .fields([GameCenterAchievementVersionV2Field::State])
        .include([GameCenterAchievementV2Include::Versions])
        .send()
        .await
        .unwrap();
    assert_eq!(
        read.data.vendor_identifier.as_deref(),
        Some("com.example.coffee.connoisseur")
    );
    assert_eq!(read.data.show_before_earned, Some(true));
    assert_eq!(read.data.points, None, "not among the fields");
    assert_eq!(id(&read.data.game_center_detail.data), Some(DETAIL));
    assert_eq!(read.data.versions.ids().collect::<Vec<_>>(), [VERSION]);
    let versions = read.included::<GameCenterAchievementVersionV2>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].state, Some(GameCenterVersionState::Live));
    assert_eq!(versions[0].version, None, "not among the fields");

    let listed: Vec<GameCenterAchievementVersionV2> =
        GameCenterAchievementV2::list_versions(&client, ACHIEVEMENT)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(ids(&listed, |v| &v.id), [VERSION]);
    assert_eq!(listed[0].version, Some(1));
}

#[tokio::test]
async fn a_v2_achievement_is_created_versioned_updated_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterAchievementV2::create(
        &client,
        &GameCenterAchievementV2Create {
            reference_name: "Morning Ritual".into(),
            vendor_identifier: "com.example.coffee.morning".into(),
            points: 15,
            show_before_earned: true,
            repeatable: false,
            activity_properties: None,
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let achievement = created.data;
    assert_eq!(achievement.points, Some(15));
    assert_eq!(id(&achievement.game_center_detail.data), Some(DETAIL));

    let version = GameCenterAchievementVersionV2::create(
        &client,
        &GameCenterAchievementVersionV2Create {
            achievement: Linkage::new(&achievement.id),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(version.status, 201);
    let version = version.data;
    assert_eq!(id(&version.achievement.data), Some(achievement.id.as_str()));
    let versions: Vec<String> =
        GameCenterAchievementV2::list_versions_ids(&client, &achievement.id)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert_eq!(versions, [version.id.as_str()]);

    let updated = GameCenterAchievementV2::update(
        &client,
        &achievement.id,
        &GameCenterAchievementV2Update {
            reference_name: Some("Evening Ritual".into()),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.reference_name.as_deref(), Some("Evening Ritual"));
    assert_eq!(updated.points, Some(15));

    GameCenterAchievementV2::delete(&client, &achievement.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterAchievementV2::read(&client, &achievement.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
}

#[tokio::test]
async fn a_v2_version_reads_with_its_achievement_and_lists_localizations() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterAchievementVersionV2::read(&client, VERSION)
        .fields([
            GameCenterAchievementVersionV2Field::Version,
            GameCenterAchievementVersionV2Field::Achievement,
        ])
        .fields([GameCenterAchievementV2Field::ReferenceName])
        .include([GameCenterAchievementVersionV2Include::Achievement])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.version, Some(1));
    assert_eq!(read.data.state, None, "not among the fields");
    assert_eq!(id(&read.data.achievement.data), Some(ACHIEVEMENT));
    let achievements = read.included::<GameCenterAchievementV2>();
    assert_eq!(achievements.len(), 1);
    assert_eq!(
        achievements[0].reference_name.as_deref(),
        Some("Coffee Connoisseur")
    );

    let localizations: Vec<GameCenterAchievementLocalizationV2> =
        GameCenterAchievementVersionV2::list_localizations(&client, VERSION)
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

    let read = GameCenterAchievementLocalizationV2::read(&client, EN)
        .fields([
            GameCenterAchievementLocalizationV2Field::Name,
            GameCenterAchievementLocalizationV2Field::Version,
        ])
        .fields([GameCenterAchievementVersionV2Field::State])
        .include([GameCenterAchievementLocalizationV2Include::Version])
        .send()
        .await
        .unwrap();
    assert_eq!(id(&read.data.version.data), Some(VERSION));
    let versions = read.included::<GameCenterAchievementVersionV2>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].state, Some(GameCenterVersionState::Live));
}

// ------------------------------------------------------------------ submissions

#[tokio::test]
async fn an_achievement_submission_is_created_as_sent() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterPlayerAchievementSubmission::create(
        &client,
        &GameCenterPlayerAchievementSubmissionCreate {
            bundle_id: "com.example.coffee".into(),
            challenge_ids: None,
            percentage_achieved: 60,
            scoped_player_id: "T:_player-0001".into(),
            submitted_date: Some("2026-12-01T08:30:00Z".into()),
            vendor_identifier: "com.example.coffee.connoisseur".into(),
            pre_released: Some(false),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let submission = created.data;
    assert!(!submission.id.is_empty());
    assert_eq!(submission.percentage_achieved, Some(60));
    assert_eq!(
        submission.scoped_player_id.as_deref(),
        Some("T:_player-0001")
    );
    assert_eq!(
        submission.vendor_identifier.as_deref(),
        Some("com.example.coffee.connoisseur")
    );
    assert_eq!(
        submission.submitted_date.as_deref(),
        Some("2026-12-01T08:30:00Z")
    );
    assert_eq!(submission.pre_released, Some(false));
}

#[tokio::test]
async fn a_leaderboard_entry_submission_is_created_as_sent() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterLeaderboardEntrySubmission::create(
        &client,
        &GameCenterLeaderboardEntrySubmissionCreate {
            bundle_id: "com.example.coffee".into(),
            challenge_ids: Some(vec!["challenge-1".into()]),
            context: Some("7".into()),
            scoped_player_id: "T:_player-0001".into(),
            score: "1234".into(),
            submitted_date: None,
            vendor_identifier: "com.example.coffee.cups".into(),
            pre_released: None,
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let entry = created.data;
    assert_eq!(entry.score.as_deref(), Some("1234"));
    assert_eq!(entry.context.as_deref(), Some("7"));
    assert_eq!(entry.challenge_ids, Some(vec!["challenge-1".to_owned()]));
    assert_eq!(entry.bundle_id.as_deref(), Some("com.example.coffee"));
}

// ------------------------------------------------------------------ Apple's schemas

/// Every `GET` answer of these types' routes, read raw from the emulator,
/// validates against the `200` schema Apple's document 4.4.1 gives the
/// route, strictly (no member Apple does not list; optional members may be
/// `null`; relationships may carry `links`; an empty to-one related read may
/// answer `{"data": null}`), as `asc-emulator/tests/schema.rs` does for the
/// achievement images: the seeds' attribute types and the rendering of each
/// relationship are Apple's.
#[tokio::test]
async fn every_answer_matches_apples_schema() {
    let emulator = emulator().await;
    let client = emulator.client();
    let routes: Vec<(&str, String)> = vec![
        (
            "/v1/apps/{id}",
            format!(
                "/v1/apps/{APP}?include=gameCenterDetail,appStoreVersions,gameCenterEnabledVersions"
            ),
        ),
        (
            "/v1/apps/{id}/gameCenterDetail",
            format!("/v1/apps/{APP}/gameCenterDetail"),
        ),
        (
            "/v1/apps/{id}/appStoreVersions",
            format!("/v1/apps/{APP}/appStoreVersions"),
        ),
        (
            "/v1/apps/{id}/gameCenterEnabledVersions",
            format!("/v1/apps/{APP}/gameCenterEnabledVersions"),
        ),
        (
            "/v1/appStoreVersions/{id}",
            format!("/v1/appStoreVersions/{STORE_VERSION}?include=app,gameCenterAppVersion"),
        ),
        (
            "/v1/appStoreVersions/{id}/gameCenterAppVersion",
            format!("/v1/appStoreVersions/{STORE_VERSION}/gameCenterAppVersion"),
        ),
        (
            "/v1/gameCenterDetails/{id}",
            format!(
                "/v1/gameCenterDetails/{DETAIL}?include=app,gameCenterGroup,gameCenterAppVersions,gameCenterAchievementsV2,achievementReleases"
            ),
        ),
        (
            "/v1/gameCenterDetails/{id}/gameCenterAppVersions",
            format!("/v1/gameCenterDetails/{DETAIL}/gameCenterAppVersions"),
        ),
        (
            "/v1/gameCenterDetails/{id}/gameCenterAchievementsV2",
            format!("/v1/gameCenterDetails/{DETAIL}/gameCenterAchievementsV2"),
        ),
        (
            "/v1/gameCenterDetails/{id}/gameCenterAchievements",
            format!("/v1/gameCenterDetails/{DETAIL}/gameCenterAchievements"),
        ),
        (
            "/v1/gameCenterDetails/{id}/achievementReleases",
            format!("/v1/gameCenterDetails/{DETAIL}/achievementReleases"),
        ),
        (
            "/v1/gameCenterDetails/{id}/gameCenterGroup",
            format!("/v1/gameCenterDetails/{DETAIL}/gameCenterGroup"),
        ),
        (
            "/v1/gameCenterGroups",
            "/v1/gameCenterGroups?include=gameCenterDetails".to_owned(),
        ),
        (
            "/v1/gameCenterGroups/{id}",
            format!("/v1/gameCenterGroups/{GROUP}?include=gameCenterDetails"),
        ),
        (
            "/v1/gameCenterGroups/{id}/gameCenterDetails",
            format!("/v1/gameCenterGroups/{GROUP}/gameCenterDetails"),
        ),
        (
            "/v1/gameCenterAppVersions/{id}",
            format!(
                "/v1/gameCenterAppVersions/{GC_VERSION}?include=appStoreVersion,compatibilityVersions"
            ),
        ),
        (
            "/v1/gameCenterAppVersions/{id}/compatibilityVersions",
            format!("/v1/gameCenterAppVersions/{GC_VERSION}/compatibilityVersions"),
        ),
        (
            "/v1/gameCenterAppVersions/{id}/appStoreVersion",
            format!("/v1/gameCenterAppVersions/{GC_VERSION}/appStoreVersion"),
        ),
        (
            "/v1/gameCenterEnabledVersions/{id}/compatibleVersions",
            format!("/v1/gameCenterEnabledVersions/{ENABLED}/compatibleVersions"),
        ),
        (
            "/v1/gameCenterAchievements/{id}",
            format!(
                "/v1/gameCenterAchievements/{ACHIEVEMENT}?include=gameCenterDetail,localizations,releases"
            ),
        ),
        (
            "/v1/gameCenterAchievements/{id}/releases",
            format!("/v1/gameCenterAchievements/{ACHIEVEMENT}/releases"),
        ),
        (
            "/v1/gameCenterAchievements/{id}/groupAchievement",
            format!("/v1/gameCenterAchievements/{ACHIEVEMENT}/groupAchievement"),
        ),
        (
            "/v1/gameCenterAchievementReleases/{id}",
            format!(
                "/v1/gameCenterAchievementReleases/{RELEASE}?include=gameCenterDetail,gameCenterAchievement"
            ),
        ),
        (
            "/v2/gameCenterAchievements/{id}",
            format!("/v2/gameCenterAchievements/{ACHIEVEMENT}?include=gameCenterDetail,versions"),
        ),
        (
            "/v2/gameCenterAchievements/{id}/versions",
            format!("/v2/gameCenterAchievements/{ACHIEVEMENT}/versions"),
        ),
        (
            "/v2/gameCenterAchievementVersions/{id}",
            format!(
                "/v2/gameCenterAchievementVersions/{VERSION}?include=achievement,localizations"
            ),
        ),
        (
            "/v2/gameCenterAchievementVersions/{id}/localizations",
            format!("/v2/gameCenterAchievementVersions/{VERSION}/localizations"),
        ),
    ];
    let mut failures = Vec::new();
    for (route, path) in &routes {
        let answer = client
            .execute(asc_emulator::Method::GET, path, None)
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let body: Value = serde_json::from_slice(&answer.body).expect("a JSON answer");
        let schema = response_schema(&format!("GET {route}"), 200);
        let to_one_related = route.matches('{').count() == 1
            && !route.ends_with("{id}")
            && schema_of(&schema)["properties"]["data"]["type"] != "array";
        // `included` is checked item by item against the schema Apple's
        // `included` names for the item's type, for a precise failure.
        let mut body = body;
        let included = body
            .as_object_mut()
            .and_then(|m| m.remove("included"))
            .unwrap_or(Value::Null);
        for item in included.as_array().into_iter().flatten() {
            let item_schema = included_schema(&schema, item["type"].as_str().unwrap_or_default())
                .unwrap_or_else(|| panic!("GET {path}: Apple does not include {}", item["type"]));
            // Apple's document names the `/v1` schema for an included
            // `gameCenterAchievements` even where the `...V2` relationship
            // includes it (`include=gameCenterAchievementsV2`); the emulator
            // renders the `/v2` twin there, which Apple's schema of that twin
            // accepts.
            let twin = format!("{item_schema}V2");
            if has_schema(&twin) && validator(&twin).is_valid(item) {
                continue;
            }
            failures.extend(validator(&item_schema).iter_errors(item).map(|e| {
                format!(
                    "GET {path}: included {} {} ({item_schema}) at {}: {e}",
                    item["type"],
                    item["id"],
                    e.instance_path()
                )
            }));
        }
        failures.extend(
            validator(&schema)
                .iter_errors(&body)
                .filter(|e| {
                    !(to_one_related
                        && body["data"].is_null()
                        && e.instance_path().as_str() == "/data")
                })
                .map(|e| format!("GET {path} ({schema}) at {}: {e}", e.instance_path())),
        );
        if !route.ends_with("groupAchievement") {
            assert!(!body["data"].is_null(), "GET {path}: {body}");
        }
    }
    // The answers of writes: Apple's `201` schema of each create.
    let writes: Vec<(&str, Value)> = vec![
        (
            "/v1/gameCenterGroups",
            json!({"data": {"type": "gameCenterGroups", "attributes": {"referenceName": "Schema Group"}}}),
        ),
        (
            "/v1/gameCenterAchievementReleases",
            json!({"data": {"type": "gameCenterAchievementReleases", "relationships": {
                "gameCenterDetail": {"data": {"type": "gameCenterDetails", "id": DETAIL}},
                "gameCenterAchievement": {"data": {"type": "gameCenterAchievements", "id": ACHIEVEMENT}}}}}),
        ),
        (
            "/v2/gameCenterAchievementVersions",
            json!({"data": {"type": "gameCenterAchievementVersions", "relationships": {
                "achievement": {"data": {"type": "gameCenterAchievements", "id": ACHIEVEMENT}}}}}),
        ),
        (
            "/v1/gameCenterPlayerAchievementSubmissions",
            json!({"data": {"type": "gameCenterPlayerAchievementSubmissions", "attributes": {
                "bundleId": "com.example.coffee", "percentageAchieved": 100,
                "scopedPlayerId": "T:_player-0002", "vendorIdentifier": "com.example.coffee.connoisseur"}}}),
        ),
        (
            "/v1/gameCenterLeaderboardEntrySubmissions",
            json!({"data": {"type": "gameCenterLeaderboardEntrySubmissions", "attributes": {
                "bundleId": "com.example.coffee", "score": "42",
                "scopedPlayerId": "T:_player-0002", "vendorIdentifier": "com.example.coffee.cups"}}}),
        ),
    ];
    for (path, request) in writes {
        let answer = client
            .execute(
                asc_emulator::Method::POST,
                path,
                Some(serde_json::to_vec(&request).unwrap().into()),
            )
            .await
            .unwrap_or_else(|e| panic!("POST {path}: {e}"));
        assert_eq!(answer.status, 201, "POST {path}");
        let body: Value = serde_json::from_slice(&answer.body).expect("a JSON answer");
        let schema = response_schema(&format!("POST {path}"), 201);
        failures.extend(
            validator(&schema)
                .iter_errors(&body)
                .map(|e| format!("POST {path} ({schema}) at {}: {e}", e.instance_path())),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A `/v2` achievement created in a detail is one of the detail's `/v2`
/// achievements (`gameCenterAchievementsV2`), as App Store Connect lists it:
/// the detail's `/v1` and `/v2` lists hold the same achievements, so the
/// emulator links a created one back into both.
#[tokio::test]
async fn a_v2_achievement_created_in_a_detail_is_listed_as_its_v2_achievement() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterAchievementV2::create(
        &client,
        &GameCenterAchievementV2Create {
            reference_name: "Decaf Days".into(),
            vendor_identifier: "com.example.coffee.decaf".into(),
            points: 5,
            show_before_earned: true,
            repeatable: false,
            activity_properties: None,
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    let v2: Vec<String> = GameCenterDetail::list_game_center_achievements_v2_ids(&client, DETAIL)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    let v1: Vec<String> = GameCenterDetail::list_game_center_achievements_ids(&client, DETAIL)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert!(v2.contains(&created.id), "v2 list {v2:?}, v1 list {v1:?}");
}
