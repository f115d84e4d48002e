//! The leaderboard releases and the leaderboard sets' localizations,
//! images, versions, releases and member localizations, served by the
//! emulator from asc-resources' declarations and seeds (issue 13), and the
//! relationships the leaderboards and sets gained with them. Per declared
//! type: a read with fields and an include, a list or related list (with a
//! filter where Apple has one), a write (the set images, v1 and v2, through
//! the one-call upload); and every answer of a read of the family validates
//! against Apple's response schema. Each checks values the seeds hold
//! (`asc-resources/seeds/game-center-leaderboards.json`), so a seed that
//! says otherwise fails them.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

mod family_support;

use std::collections::BTreeSet;
use std::time::Duration;

use asc_core::Linkage;
use asc_resources::{
    AssetDeliveryState, GameCenterLeaderboard, GameCenterLeaderboardCreate,
    GameCenterLeaderboardField, GameCenterLeaderboardFormatter, GameCenterLeaderboardInclude,
    GameCenterLeaderboardRelease, GameCenterLeaderboardReleaseCreate,
    GameCenterLeaderboardReleaseField, GameCenterLeaderboardReleaseInclude,
    GameCenterLeaderboardReleasesFilter, GameCenterLeaderboardScoreSortType,
    GameCenterLeaderboardSet, GameCenterLeaderboardSetCreate, GameCenterLeaderboardSetField,
    GameCenterLeaderboardSetImage, GameCenterLeaderboardSetImageField,
    GameCenterLeaderboardSetImageInclude, GameCenterLeaderboardSetImageV2,
    GameCenterLeaderboardSetImageV2Field, GameCenterLeaderboardSetImageV2Include,
    GameCenterLeaderboardSetInclude, GameCenterLeaderboardSetLocalization,
    GameCenterLeaderboardSetLocalizationCreate, GameCenterLeaderboardSetLocalizationField,
    GameCenterLeaderboardSetLocalizationInclude, GameCenterLeaderboardSetLocalizationUpdate,
    GameCenterLeaderboardSetLocalizationV2, GameCenterLeaderboardSetLocalizationV2Create,
    GameCenterLeaderboardSetLocalizationV2Field, GameCenterLeaderboardSetLocalizationV2Include,
    GameCenterLeaderboardSetLocalizationV2Update, GameCenterLeaderboardSetMemberLocalization,
    GameCenterLeaderboardSetMemberLocalizationCreate,
    GameCenterLeaderboardSetMemberLocalizationField,
    GameCenterLeaderboardSetMemberLocalizationInclude,
    GameCenterLeaderboardSetMemberLocalizationUpdate, GameCenterLeaderboardSetRelease,
    GameCenterLeaderboardSetReleaseCreate, GameCenterLeaderboardSetReleaseField,
    GameCenterLeaderboardSetReleaseInclude, GameCenterLeaderboardSetReleasesFilter,
    GameCenterLeaderboardSetV2, GameCenterLeaderboardSetV2Field, GameCenterLeaderboardSetV2Include,
    GameCenterLeaderboardSetVersionV2, GameCenterLeaderboardSetVersionV2Create,
    GameCenterLeaderboardSetVersionV2Field, GameCenterLeaderboardSetVersionV2Include,
    GameCenterLeaderboardSubmissionType, GameCenterLeaderboardV2, GameCenterLeaderboardV2Field,
    GameCenterLeaderboardV2Include, GameCenterVersionState, SEEDED_GAME_CENTER_DETAIL as DETAIL,
    SEEDED_LEADERBOARD as LEADERBOARD, SEEDED_LEADERBOARD_IMAGE, SEEDED_LEADERBOARD_LOCALIZATION,
    SEEDED_LEADERBOARD_RELEASE as RELEASE, SEEDED_LEADERBOARD_SET as SET,
    SEEDED_LEADERBOARD_SET_IMAGE as SET_IMAGE, SEEDED_LEADERBOARD_SET_LOCALIZATION as SET_EN,
    SEEDED_LEADERBOARD_SET_MEMBER_LOCALIZATION as MEMBER,
    SEEDED_LEADERBOARD_SET_RELEASE as SET_RELEASE, SEEDED_LEADERBOARD_SET_VERSION as SET_VERSION,
    SEEDED_LEADERBOARD_VERSION,
};
use family_support::{TempFile, emulator, id, png, response_schema, schema_errors, sorted};
use futures_util::TryStreamExt;
use serde_json::{Value, json};

/// The seeded fr-FR localization of the set, without an image.
const SET_FR: &str = "747939d1-7215-4c3b-b332-c5e952d2a1e2";

// ------------------------------------------------------------ leaderboards

#[tokio::test]
async fn a_leaderboard_reads_with_its_releases_and_sets_included_and_lists_releases() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboard::read(&client, LEADERBOARD)
        .fields([
            GameCenterLeaderboardField::ReferenceName,
            GameCenterLeaderboardField::Releases,
            GameCenterLeaderboardField::GameCenterLeaderboardSets,
        ])
        .fields([GameCenterLeaderboardReleaseField::Live])
        .fields([GameCenterLeaderboardSetField::VendorIdentifier])
        .include([
            GameCenterLeaderboardInclude::Releases,
            GameCenterLeaderboardInclude::GameCenterLeaderboardSets,
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.reference_name.as_deref(), Some("Cups Brewed"));
    assert_eq!(read.data.releases.ids().collect::<Vec<_>>(), [RELEASE]);
    assert_eq!(
        read.data
            .game_center_leaderboard_sets
            .ids()
            .collect::<Vec<_>>(),
        [SET]
    );
    let releases = read.included::<GameCenterLeaderboardRelease>();
    assert_eq!(releases.len(), 1);
    assert_eq!(releases[0].live, Some(true));
    let sets = read.included::<GameCenterLeaderboardSet>();
    assert_eq!(sets.len(), 1);
    assert_eq!(
        sets[0].vendor_identifier.as_deref(),
        Some("com.example.coffee.daily")
    );
    assert_eq!(sets[0].reference_name, None, "not among the fields");

    let live: Vec<GameCenterLeaderboardRelease> =
        GameCenterLeaderboard::list_releases(&client, LEADERBOARD)
            .filter(GameCenterLeaderboardReleasesFilter::Live(true))
            .filter(GameCenterLeaderboardReleasesFilter::GameCenterDetail(vec![
                DETAIL.into(),
            ]))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        live.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        [RELEASE]
    );
    let not_live: Vec<GameCenterLeaderboardRelease> =
        GameCenterLeaderboard::list_releases(&client, LEADERBOARD)
            .filter(GameCenterLeaderboardReleasesFilter::Live(false))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert!(not_live.is_empty(), "{not_live:?}");
}

#[tokio::test]
async fn a_leaderboard_group_leaderboard_is_set_and_read() {
    let emulator = emulator().await;
    let client = emulator.client();
    let empty = GameCenterLeaderboard::read_group_leaderboard(&client, LEADERBOARD)
        .send()
        .await
        .unwrap();
    assert_eq!((empty.status, empty.data), (200, None));
    let other = GameCenterLeaderboard::create(
        &client,
        &GameCenterLeaderboardCreate {
            default_formatter: GameCenterLeaderboardFormatter::Integer,
            reference_name: "Cups Brewed (group)".into(),
            vendor_identifier: "grp.com.example.coffee.cups".into(),
            submission_type: GameCenterLeaderboardSubmissionType::BestScore,
            score_sort_type: GameCenterLeaderboardScoreSortType::Desc,
            score_range_start: None,
            score_range_end: None,
            recurrence_start_date: None,
            recurrence_duration: None,
            recurrence_rule: None,
            activity_properties: None,
            visibility: None,
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    GameCenterLeaderboard::set_group_leaderboard(&client, LEADERBOARD, Some(&other.id))
        .send()
        .await
        .unwrap();
    let linked = GameCenterLeaderboard::read_group_leaderboard_id(&client, LEADERBOARD)
        .send()
        .await
        .unwrap();
    assert_eq!(linked.data.map(|i| i.id), Some(other.id.clone()));
    let group = GameCenterLeaderboard::read_group_leaderboard(&client, LEADERBOARD)
        .send()
        .await
        .unwrap();
    assert_eq!(
        group.data.and_then(|l| l.reference_name).as_deref(),
        Some("Cups Brewed (group)")
    );
}

#[tokio::test]
async fn a_v2_leaderboard_reads_with_its_sets_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardV2::read(&client, LEADERBOARD)
        .fields([
            GameCenterLeaderboardV2Field::VendorIdentifier,
            GameCenterLeaderboardV2Field::GameCenterLeaderboardSets,
        ])
        .fields([GameCenterLeaderboardSetV2Field::ReferenceName])
        .include([GameCenterLeaderboardV2Include::GameCenterLeaderboardSets])
        .send()
        .await
        .unwrap();
    assert_eq!(
        read.data.vendor_identifier.as_deref(),
        Some("com.example.coffee.cups")
    );
    let sets = read.included::<GameCenterLeaderboardSetV2>();
    assert_eq!(sets.len(), 1);
    assert_eq!(
        (sets[0].id.as_str(), sets[0].reference_name.as_deref()),
        (SET, Some("Daily Brews"))
    );
}

#[tokio::test]
async fn a_set_group_set_is_set_read_and_cleared() {
    let emulator = emulator().await;
    let client = emulator.client();
    let empty = GameCenterLeaderboardSet::read_group_leaderboard_set(&client, SET)
        .send()
        .await
        .unwrap();
    assert_eq!((empty.status, empty.data), (200, None));
    let other = GameCenterLeaderboardSet::create(
        &client,
        &GameCenterLeaderboardSetCreate {
            reference_name: "Daily Brews (group)".into(),
            vendor_identifier: "grp.com.example.coffee.daily".into(),
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    GameCenterLeaderboardSet::set_group_leaderboard_set(&client, SET, Some(&other.id))
        .send()
        .await
        .unwrap();
    let group = GameCenterLeaderboardSet::read_group_leaderboard_set(&client, SET)
        .send()
        .await
        .unwrap();
    assert_eq!(
        group.data.and_then(|s| s.reference_name).as_deref(),
        Some("Daily Brews (group)")
    );
    GameCenterLeaderboardSet::set_group_leaderboard_set(&client, SET, None)
        .send()
        .await
        .unwrap();
    let cleared = GameCenterLeaderboardSet::read_group_leaderboard_set_id(&client, SET)
        .send()
        .await
        .unwrap();
    assert_eq!(cleared.data, None);
}

#[tokio::test]
async fn a_member_localization_reads_its_leaderboard_and_set_ids() {
    let emulator = emulator().await;
    let client = emulator.client();
    let leaderboard = GameCenterLeaderboardSetMemberLocalization::read_game_center_leaderboard_id(
        &client, MEMBER,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(leaderboard.data.map(|i| i.id).as_deref(), Some(LEADERBOARD));
    let set = GameCenterLeaderboardSetMemberLocalization::read_game_center_leaderboard_set_id(
        &client, MEMBER,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(set.data.map(|i| i.id).as_deref(), Some(SET));
    let full =
        GameCenterLeaderboardSetMemberLocalization::read_game_center_leaderboard(&client, MEMBER)
            .send()
            .await
            .unwrap();
    assert_eq!(
        full.data.and_then(|l| l.vendor_identifier).as_deref(),
        Some("com.example.coffee.cups")
    );
}

#[tokio::test]
async fn a_leaderboard_activity_and_challenge_links_are_patched() {
    let emulator = emulator().await;
    let client = emulator.client();
    // Apple has only `PATCH .../relationships/{activity,challenge}`: clearing
    // them is accepted, and a link to a resource that does not exist is not.
    GameCenterLeaderboardV2::set_activity(&client, LEADERBOARD, None)
        .send()
        .await
        .unwrap();
    GameCenterLeaderboard::set_challenge(&client, LEADERBOARD, None)
        .send()
        .await
        .unwrap();
    let refused =
        GameCenterLeaderboardV2::set_challenge(&client, LEADERBOARD, Some("no-such-challenge"))
            .send()
            .await
            .unwrap_err();
    assert!(
        matches!(refused.status(), Some(404 | 409 | 422)),
        "{refused}"
    );
    let read = GameCenterLeaderboardV2::read(&client, LEADERBOARD)
        .fields([
            GameCenterLeaderboardV2Field::Activity,
            GameCenterLeaderboardV2Field::Challenge,
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.activity.data, None);
    assert_eq!(read.data.challenge.data, None);
}

// ------------------------------------------------------------ releases

#[tokio::test]
async fn a_leaderboard_release_reads_with_its_leaderboard_and_is_created_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardRelease::read(&client, RELEASE)
        .fields([
            GameCenterLeaderboardReleaseField::Live,
            GameCenterLeaderboardReleaseField::GameCenterLeaderboard,
        ])
        .fields([GameCenterLeaderboardField::VendorIdentifier])
        .include([GameCenterLeaderboardReleaseInclude::GameCenterLeaderboard])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.live, Some(true));
    assert_eq!(
        id(&read.data.game_center_leaderboard.data),
        Some(LEADERBOARD)
    );
    assert_eq!(
        read.data.game_center_detail.data, None,
        "not among the fields"
    );
    let leaderboards = read.included::<GameCenterLeaderboard>();
    assert_eq!(leaderboards.len(), 1);
    assert_eq!(
        leaderboards[0].vendor_identifier.as_deref(),
        Some("com.example.coffee.cups")
    );
    let detail = GameCenterLeaderboardRelease::read(&client, RELEASE)
        .fields([GameCenterLeaderboardReleaseField::GameCenterDetail])
        .send()
        .await
        .unwrap();
    assert_eq!(id(&detail.data.game_center_detail.data), Some(DETAIL));

    let created = GameCenterLeaderboardRelease::create(
        &client,
        &GameCenterLeaderboardReleaseCreate {
            game_center_detail: Linkage::new(DETAIL),
            game_center_leaderboard: Linkage::new(LEADERBOARD),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let ids: Vec<String> = GameCenterLeaderboard::list_releases_ids(&client, LEADERBOARD)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        sorted(ids.iter().map(String::as_str)),
        sorted([RELEASE, created.data.id.as_str()].into_iter())
    );
    GameCenterLeaderboardRelease::delete(&client, &created.data.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterLeaderboardRelease::read(&client, &created.data.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
    let left: Vec<String> = GameCenterLeaderboard::list_releases_ids(&client, LEADERBOARD)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(left, [RELEASE]);
}

#[tokio::test]
async fn a_set_release_reads_with_its_set_lists_and_is_created_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetRelease::read(&client, SET_RELEASE)
        .fields([
            GameCenterLeaderboardSetReleaseField::Live,
            GameCenterLeaderboardSetReleaseField::GameCenterLeaderboardSet,
        ])
        .fields([GameCenterLeaderboardSetField::ReferenceName])
        .include([GameCenterLeaderboardSetReleaseInclude::GameCenterLeaderboardSet])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.live, Some(true));
    assert_eq!(id(&read.data.game_center_leaderboard_set.data), Some(SET));
    let sets = read.included::<GameCenterLeaderboardSet>();
    assert_eq!(sets.len(), 1);
    assert_eq!(sets[0].reference_name.as_deref(), Some("Daily Brews"));

    let listed: Vec<GameCenterLeaderboardSetRelease> =
        GameCenterLeaderboardSet::list_releases(&client, SET)
            .filter(GameCenterLeaderboardSetReleasesFilter::GameCenterDetail(
                vec![DETAIL.into()],
            ))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        listed.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        [SET_RELEASE]
    );
    let elsewhere: Vec<GameCenterLeaderboardSetRelease> =
        GameCenterLeaderboardSet::list_releases(&client, SET)
            .filter(GameCenterLeaderboardSetReleasesFilter::GameCenterDetail(
                vec!["no-such-detail".into()],
            ))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert!(elsewhere.is_empty(), "{elsewhere:?}");

    let created = GameCenterLeaderboardSetRelease::create(
        &client,
        &GameCenterLeaderboardSetReleaseCreate {
            game_center_detail: Linkage::new(DETAIL),
            game_center_leaderboard_set: Linkage::new(SET),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    assert_eq!(
        id(&created.data.game_center_leaderboard_set.data),
        Some(SET)
    );
    let ids: Vec<String> = GameCenterLeaderboardSet::list_releases_ids(&client, SET)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert!(ids.contains(&created.data.id), "{ids:?}");
    GameCenterLeaderboardSetRelease::delete(&client, &created.data.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterLeaderboardSetRelease::read(&client, &created.data.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
}

// ------------------------------------------------------------ sets

#[tokio::test]
async fn a_set_reads_with_its_localizations_and_releases_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSet::read(&client, SET)
        .fields([
            GameCenterLeaderboardSetField::Localizations,
            GameCenterLeaderboardSetField::Releases,
        ])
        .fields([GameCenterLeaderboardSetLocalizationField::Locale])
        .include([
            GameCenterLeaderboardSetInclude::Localizations,
            GameCenterLeaderboardSetInclude::Releases,
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.reference_name, None, "not among the fields");
    assert_eq!(
        sorted(read.data.localizations.ids()),
        sorted([SET_EN, SET_FR].into_iter())
    );
    let localizations = read.included::<GameCenterLeaderboardSetLocalization>();
    assert_eq!(
        sorted(localizations.iter().filter_map(|l| l.locale.as_deref())),
        ["en-US", "fr-FR"]
    );
    assert!(
        localizations.iter().all(|l| l.name.is_none()),
        "not among the fields"
    );
    let releases = read.included::<GameCenterLeaderboardSetRelease>();
    assert_eq!(
        releases.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        [SET_RELEASE]
    );
}

#[tokio::test]
async fn a_v2_set_reads_with_its_versions_and_gets_a_new_version() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetV2::read(&client, SET)
        .fields([
            GameCenterLeaderboardSetV2Field::ReferenceName,
            GameCenterLeaderboardSetV2Field::Versions,
        ])
        .fields([GameCenterLeaderboardSetVersionV2Field::State])
        .include([GameCenterLeaderboardSetV2Include::Versions])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.reference_name.as_deref(), Some("Daily Brews"));
    let versions = read.included::<GameCenterLeaderboardSetVersionV2>();
    assert_eq!(versions.len(), 1);
    assert_eq!(
        (versions[0].id.as_str(), versions[0].state.clone()),
        (SET_VERSION, Some(GameCenterVersionState::Live))
    );
    assert_eq!(versions[0].version, None, "not among the fields");

    let created = GameCenterLeaderboardSetVersionV2::create(
        &client,
        &GameCenterLeaderboardSetVersionV2Create {
            leaderboard_set: Linkage::new(SET),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    assert_eq!(id(&created.data.leaderboard_set.data), Some(SET));
    let listed: Vec<GameCenterLeaderboardSetVersionV2> =
        GameCenterLeaderboardSetV2::list_versions(&client, SET)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(listed.iter().map(|v| v.id.as_str())),
        sorted([SET_VERSION, created.data.id.as_str()].into_iter())
    );
    let ids: Vec<String> = GameCenterLeaderboardSetV2::list_versions_ids(&client, SET)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids.len(), 2, "{ids:?}");
}

#[tokio::test]
async fn a_set_version_reads_with_its_set_and_lists_its_localizations() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetVersionV2::read(&client, SET_VERSION)
        .fields([
            GameCenterLeaderboardSetVersionV2Field::Version,
            GameCenterLeaderboardSetVersionV2Field::LeaderboardSet,
        ])
        .fields([GameCenterLeaderboardSetV2Field::VendorIdentifier])
        .include([GameCenterLeaderboardSetVersionV2Include::LeaderboardSet])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.version, Some(1));
    assert_eq!(read.data.state, None, "not among the fields");
    assert_eq!(id(&read.data.leaderboard_set.data), Some(SET));
    let sets = read.included::<GameCenterLeaderboardSetV2>();
    assert_eq!(sets.len(), 1);
    assert_eq!(
        sets[0].vendor_identifier.as_deref(),
        Some("com.example.coffee.daily")
    );

    let items: Vec<GameCenterLeaderboardSetLocalizationV2> =
        GameCenterLeaderboardSetVersionV2::list_localizations(&client, SET_VERSION)
            .limit(1)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(items.iter().filter_map(|l| l.name.as_deref())),
        ["Daily Brews", "Infusions du jour"]
    );
    let ids: Vec<String> =
        GameCenterLeaderboardSetVersionV2::list_localizations_ids(&client, SET_VERSION)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(ids.iter().map(String::as_str)),
        sorted([SET_EN, SET_FR].into_iter())
    );
}

// ------------------------------------------------------------ set localizations

#[tokio::test]
async fn a_set_localization_reads_with_its_image_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetLocalization::read(&client, SET_EN)
        .fields([
            GameCenterLeaderboardSetLocalizationField::Name,
            GameCenterLeaderboardSetLocalizationField::GameCenterLeaderboardSetImage,
        ])
        .fields([GameCenterLeaderboardSetImageField::FileName])
        .include([GameCenterLeaderboardSetLocalizationInclude::GameCenterLeaderboardSetImage])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.name.as_deref(), Some("Daily Brews"));
    assert_eq!(read.data.locale, None, "not among the fields");
    let images = read.included::<GameCenterLeaderboardSetImage>();
    assert_eq!(images.len(), 1);
    assert_eq!(
        (images[0].id.as_str(), images[0].file_name.as_deref()),
        (SET_IMAGE, Some("daily.png"))
    );
    let none = GameCenterLeaderboardSetLocalization::read_game_center_leaderboard_set_image(
        &client, SET_FR,
    )
    .send()
    .await
    .unwrap();
    assert_eq!((none.status, none.data), (200, None));

    let created = GameCenterLeaderboardSetLocalization::create(
        &client,
        &GameCenterLeaderboardSetLocalizationCreate {
            locale: "de-DE".into(),
            name: "Tägliche Aufgüsse".into(),
            game_center_leaderboard_set: Linkage::new(SET),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(created.locale.as_deref(), Some("de-DE"));
    let listed: Vec<GameCenterLeaderboardSetLocalization> =
        GameCenterLeaderboardSet::list_localizations(&client, SET)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(listed.iter().filter_map(|l| l.locale.as_deref())),
        ["de-DE", "en-US", "fr-FR"]
    );
    let renamed = GameCenterLeaderboardSetLocalization::update(
        &client,
        &created.id,
        &GameCenterLeaderboardSetLocalizationUpdate {
            name: Some("Tagesaufgüsse".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(renamed.name.as_deref(), Some("Tagesaufgüsse"));
    assert_eq!(renamed.locale.as_deref(), Some("de-DE"));
    GameCenterLeaderboardSetLocalization::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
    let ids: Vec<String> = GameCenterLeaderboardSet::list_localizations_ids(&client, SET)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        sorted(ids.iter().map(String::as_str)),
        sorted([SET_EN, SET_FR].into_iter())
    );
}

#[tokio::test]
async fn a_v2_set_localization_reads_with_its_version_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetLocalizationV2::read(&client, SET_FR)
        .fields([
            GameCenterLeaderboardSetLocalizationV2Field::Locale,
            GameCenterLeaderboardSetLocalizationV2Field::Version,
            GameCenterLeaderboardSetLocalizationV2Field::Image,
        ])
        .fields([GameCenterLeaderboardSetVersionV2Field::Version])
        .include([GameCenterLeaderboardSetLocalizationV2Include::Version])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.locale.as_deref(), Some("fr-FR"));
    assert_eq!(read.data.name, None, "not among the fields");
    assert_eq!(read.data.image.data, None, "fr-FR has no image");
    let versions = read.included::<GameCenterLeaderboardSetVersionV2>();
    assert_eq!(versions.len(), 1);
    assert_eq!(
        (versions[0].id.as_str(), versions[0].version),
        (SET_VERSION, Some(1))
    );
    let image = GameCenterLeaderboardSetLocalizationV2::read_image(&client, SET_EN)
        .send()
        .await
        .unwrap();
    assert_eq!(image.data.map(|i| i.id).as_deref(), Some(SET_IMAGE));

    let created = GameCenterLeaderboardSetLocalizationV2::create(
        &client,
        &GameCenterLeaderboardSetLocalizationV2Create {
            locale: "it-IT".into(),
            name: "Infusi del giorno".into(),
            version: Linkage::new(SET_VERSION),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    assert_eq!(id(&created.data.version.data), Some(SET_VERSION));
    let ids: Vec<String> =
        GameCenterLeaderboardSetVersionV2::list_localizations_ids(&client, SET_VERSION)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert!(ids.contains(&created.data.id), "{ids:?}");
    let renamed = GameCenterLeaderboardSetLocalizationV2::update(
        &client,
        &created.data.id,
        &GameCenterLeaderboardSetLocalizationV2Update {
            name: Some("Infusi quotidiani".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(renamed.name.as_deref(), Some("Infusi quotidiani"));
    GameCenterLeaderboardSetLocalizationV2::delete(&client, &created.data.id)
        .send()
        .await
        .unwrap();
}

// ------------------------------------------------------------ set images

#[tokio::test]
async fn a_set_image_reads_with_its_localization_and_uploads() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetImage::read(&client, SET_IMAGE)
        .fields([
            GameCenterLeaderboardSetImageField::ImageAsset,
            GameCenterLeaderboardSetImageField::GameCenterLeaderboardSetLocalization,
        ])
        .fields([GameCenterLeaderboardSetLocalizationField::Locale])
        .include([GameCenterLeaderboardSetImageInclude::GameCenterLeaderboardSetLocalization])
        .send()
        .await
        .unwrap();
    let asset = read.data.image_asset.clone().unwrap();
    assert_eq!((asset.width, asset.height), (Some(1024), Some(512)));
    assert_eq!(read.data.file_name, None, "not among the fields");
    let localizations = read.included::<GameCenterLeaderboardSetLocalization>();
    assert_eq!(localizations.len(), 1);
    assert_eq!(
        (
            localizations[0].id.as_str(),
            localizations[0].locale.as_deref()
        ),
        (SET_EN, Some("en-US"))
    );

    let bytes = png(48, 24);
    let file = TempFile::new("set-v1.png", &bytes);
    let image = GameCenterLeaderboardSetImage::upload(&client, SET_FR, &file.0)
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .time_limit(Duration::from_secs(20))
        .send()
        .await
        .unwrap();
    assert_eq!(image.file_name.as_deref(), Some("set-v1.png"));
    assert_eq!(
        image.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::Complete)
    );
    let asset = image.image_asset.unwrap();
    assert_eq!((asset.width, asset.height), (Some(48), Some(24)));
    assert_eq!(
        emulator
            .uploaded_bytes("gameCenterLeaderboardSetImages", &image.id)
            .as_deref(),
        Some(&bytes[..])
    );
    let linked = GameCenterLeaderboardSetLocalization::read_game_center_leaderboard_set_image_id(
        &client, SET_FR,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(linked.data.map(|i| i.id), Some(image.id.clone()));
    GameCenterLeaderboardSetImage::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
    let unlinked = GameCenterLeaderboardSetLocalization::read_game_center_leaderboard_set_image_id(
        &client, SET_FR,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(unlinked.data, None);
}

#[tokio::test]
async fn a_v2_set_image_reads_with_its_localization_and_uploads() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetImageV2::read(&client, SET_IMAGE)
        .fields([
            GameCenterLeaderboardSetImageV2Field::FileSize,
            GameCenterLeaderboardSetImageV2Field::Localization,
        ])
        .fields([GameCenterLeaderboardSetLocalizationV2Field::Name])
        .include([GameCenterLeaderboardSetImageV2Include::Localization])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.file_size, Some(153_600));
    assert_eq!(read.data.file_name, None, "not among the fields");
    let localizations = read.included::<GameCenterLeaderboardSetLocalizationV2>();
    assert_eq!(localizations.len(), 1);
    assert_eq!(localizations[0].name.as_deref(), Some("Daily Brews"));

    let bytes = png(64, 32);
    let file = TempFile::new("set-v2.png", &bytes);
    let image = GameCenterLeaderboardSetImageV2::upload(&client, SET_FR, &file.0)
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .time_limit(Duration::from_secs(20))
        .send()
        .await
        .unwrap();
    assert_eq!(image.file_size, Some(bytes.len() as i64));
    assert_eq!(
        image.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::Complete)
    );
    assert_eq!(
        emulator
            .uploaded_bytes("gameCenterLeaderboardSetImages", &image.id)
            .as_deref(),
        Some(&bytes[..])
    );
    let same = GameCenterLeaderboardSetLocalizationV2::read_image(&client, SET_FR)
        .send()
        .await
        .unwrap();
    assert_eq!(
        same.data
            .and_then(|i| i.image_asset)
            .map(|a| (a.width, a.height)),
        Some((Some(64), Some(32)))
    );
    GameCenterLeaderboardSetImageV2::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
}

// ------------------------------------------------------------ member localizations

#[tokio::test]
async fn a_member_localization_lists_with_its_leaderboard_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let page = GameCenterLeaderboardSetMemberLocalization::list(&client, [SET], [LEADERBOARD])
        .fields([
            GameCenterLeaderboardSetMemberLocalizationField::Name,
            GameCenterLeaderboardSetMemberLocalizationField::GameCenterLeaderboard,
        ])
        .fields([GameCenterLeaderboardField::ReferenceName])
        .include([GameCenterLeaderboardSetMemberLocalizationInclude::GameCenterLeaderboard])
        .send()
        .await
        .unwrap();
    assert_eq!(page.data.len(), 1, "{:?}", page.data);
    let member = &page.data[0];
    assert_eq!(
        (member.id.as_str(), member.name.as_deref()),
        (MEMBER, Some("Cups Brewed Today"))
    );
    assert_eq!(member.locale, None, "not among the fields");
    assert_eq!(id(&member.game_center_leaderboard.data), Some(LEADERBOARD));
    let leaderboards = page.included::<GameCenterLeaderboard>();
    assert_eq!(leaderboards.len(), 1);
    assert_eq!(
        leaderboards[0].reference_name.as_deref(),
        Some("Cups Brewed")
    );
    let elsewhere: Vec<GameCenterLeaderboardSetMemberLocalization> =
        GameCenterLeaderboardSetMemberLocalization::list(&client, [SET], ["no-such-leaderboard"])
            .items()
            .try_collect()
            .await
            .unwrap();
    assert!(elsewhere.is_empty(), "{elsewhere:?}");
    let set = GameCenterLeaderboardSetMemberLocalization::read_game_center_leaderboard_set(
        &client, MEMBER,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(
        set.data.and_then(|s| s.reference_name).as_deref(),
        Some("Daily Brews")
    );

    let created = GameCenterLeaderboardSetMemberLocalization::create(
        &client,
        &GameCenterLeaderboardSetMemberLocalizationCreate {
            name: Some("Tasses du jour".into()),
            locale: Some("fr-FR".into()),
            game_center_leaderboard_set: Linkage::new(SET),
            game_center_leaderboard: Linkage::new(LEADERBOARD),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let renamed = GameCenterLeaderboardSetMemberLocalization::update(
        &client,
        &created.data.id,
        &GameCenterLeaderboardSetMemberLocalizationUpdate {
            name: Some("Tasses de la journée".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(renamed.name.as_deref(), Some("Tasses de la journée"));
    assert_eq!(renamed.locale.as_deref(), Some("fr-FR"));
    let both: Vec<GameCenterLeaderboardSetMemberLocalization> =
        GameCenterLeaderboardSetMemberLocalization::list(&client, [SET], [LEADERBOARD])
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(both.iter().filter_map(|m| m.locale.as_deref())),
        ["en-US", "fr-FR"]
    );
    GameCenterLeaderboardSetMemberLocalization::delete(&client, &created.data.id)
        .send()
        .await
        .unwrap();
    let left: Vec<GameCenterLeaderboardSetMemberLocalization> =
        GameCenterLeaderboardSetMemberLocalization::list(&client, [SET], [LEADERBOARD])
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        left.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        [MEMBER]
    );
}

// ------------------------------------------------------------ Apple's schemas

#[tokio::test]
async fn every_read_of_the_family_matches_apples_schema() {
    let emulator = emulator().await;
    let client = emulator.client();
    let mut failures = Vec::new();
    let mut checked = BTreeSet::new();
    let mut check = |route: &str, body: &[u8]| {
        let body: Value = serde_json::from_slice(body).unwrap();
        assert!(
            body["data"].is_object() || body["data"].is_array(),
            "{route}: {body}"
        );
        failures.extend(schema_errors(
            &response_schema(&format!("GET {route}"), 200),
            &body,
        ));
        checked.insert(route.to_owned());
    };
    macro_rules! read {
        ($route:literal, $request:expr) => {
            let raw = $request.send_raw().await.unwrap();
            assert_eq!(raw.status, 200, "{}", $route);
            check($route, &raw.body);
        };
    }
    // Every read by id, with every relationship included that the seeds fill.
    read!(
        "/v1/gameCenterLeaderboards/{id}",
        GameCenterLeaderboard::read(&client, LEADERBOARD).include([
            GameCenterLeaderboardInclude::Localizations,
            GameCenterLeaderboardInclude::Releases,
            GameCenterLeaderboardInclude::GameCenterLeaderboardSets,
        ])
    );
    read!(
        "/v2/gameCenterLeaderboards/{id}",
        GameCenterLeaderboardV2::read(&client, LEADERBOARD).include([
            GameCenterLeaderboardV2Include::Versions,
            GameCenterLeaderboardV2Include::GameCenterLeaderboardSets,
        ])
    );
    read!(
        "/v2/gameCenterLeaderboardVersions/{id}",
        asc_resources::GameCenterLeaderboardVersionV2::read(&client, SEEDED_LEADERBOARD_VERSION)
            .include([
                asc_resources::GameCenterLeaderboardVersionV2Include::Leaderboard,
                asc_resources::GameCenterLeaderboardVersionV2Include::Localizations,
            ])
    );
    read!(
        "/v1/gameCenterLeaderboardLocalizations/{id}",
        asc_resources::GameCenterLeaderboardLocalization::read(
            &client,
            SEEDED_LEADERBOARD_LOCALIZATION
        )
    );
    read!(
        "/v2/gameCenterLeaderboardLocalizations/{id}",
        asc_resources::GameCenterLeaderboardLocalizationV2::read(
            &client,
            SEEDED_LEADERBOARD_LOCALIZATION
        )
    );
    read!(
        "/v1/gameCenterLeaderboardImages/{id}",
        asc_resources::GameCenterLeaderboardImage::read(&client, SEEDED_LEADERBOARD_IMAGE)
    );
    read!(
        "/v2/gameCenterLeaderboardImages/{id}",
        asc_resources::GameCenterLeaderboardImageV2::read(&client, SEEDED_LEADERBOARD_IMAGE)
    );
    read!(
        "/v1/gameCenterLeaderboardReleases/{id}",
        GameCenterLeaderboardRelease::read(&client, RELEASE)
            .include([GameCenterLeaderboardReleaseInclude::GameCenterLeaderboard])
    );
    read!(
        "/v1/gameCenterLeaderboardSets/{id}",
        GameCenterLeaderboardSet::read(&client, SET).include([
            GameCenterLeaderboardSetInclude::GameCenterLeaderboards,
            GameCenterLeaderboardSetInclude::Localizations,
            GameCenterLeaderboardSetInclude::Releases,
        ])
    );
    read!(
        "/v2/gameCenterLeaderboardSets/{id}",
        GameCenterLeaderboardSetV2::read(&client, SET).include([
            GameCenterLeaderboardSetV2Include::GameCenterLeaderboards,
            GameCenterLeaderboardSetV2Include::Versions,
        ])
    );
    read!(
        "/v2/gameCenterLeaderboardSetVersions/{id}",
        GameCenterLeaderboardSetVersionV2::read(&client, SET_VERSION).include([
            GameCenterLeaderboardSetVersionV2Include::LeaderboardSet,
            GameCenterLeaderboardSetVersionV2Include::Localizations,
        ])
    );
    read!(
        "/v1/gameCenterLeaderboardSetLocalizations/{id}",
        GameCenterLeaderboardSetLocalization::read(&client, SET_EN).include([
            GameCenterLeaderboardSetLocalizationInclude::GameCenterLeaderboardSet,
            GameCenterLeaderboardSetLocalizationInclude::GameCenterLeaderboardSetImage,
        ])
    );
    read!(
        "/v2/gameCenterLeaderboardSetLocalizations/{id}",
        GameCenterLeaderboardSetLocalizationV2::read(&client, SET_EN).include([
            GameCenterLeaderboardSetLocalizationV2Include::Version,
            GameCenterLeaderboardSetLocalizationV2Include::Image,
        ])
    );
    read!(
        "/v1/gameCenterLeaderboardSetImages/{id}",
        GameCenterLeaderboardSetImage::read(&client, SET_IMAGE)
            .include([GameCenterLeaderboardSetImageInclude::GameCenterLeaderboardSetLocalization])
    );
    read!(
        "/v2/gameCenterLeaderboardSetImages/{id}",
        GameCenterLeaderboardSetImageV2::read(&client, SET_IMAGE)
            .include([GameCenterLeaderboardSetImageV2Include::Localization])
    );
    read!(
        "/v1/gameCenterLeaderboardSetReleases/{id}",
        GameCenterLeaderboardSetRelease::read(&client, SET_RELEASE)
            .include([GameCenterLeaderboardSetReleaseInclude::GameCenterLeaderboardSet])
    );
    // The lists of the types and relationships that have no read by id.
    read!(
        "/v1/gameCenterLeaderboardSetMemberLocalizations",
        GameCenterLeaderboardSetMemberLocalization::list(&client, [SET], [LEADERBOARD])
    );
    read!(
        "/v1/gameCenterLeaderboards/{id}/releases",
        GameCenterLeaderboard::list_releases(&client, LEADERBOARD)
    );
    read!(
        "/v1/gameCenterLeaderboardSets/{id}/localizations",
        GameCenterLeaderboardSet::list_localizations(&client, SET)
    );
    read!(
        "/v1/gameCenterLeaderboardSets/{id}/releases",
        GameCenterLeaderboardSet::list_releases(&client, SET)
    );
    read!(
        "/v2/gameCenterLeaderboardSets/{id}/versions",
        GameCenterLeaderboardSetV2::list_versions(&client, SET)
    );
    read!(
        "/v2/gameCenterLeaderboardSetVersions/{id}/localizations",
        GameCenterLeaderboardSetVersionV2::list_localizations(&client, SET_VERSION)
    );
    assert_eq!(checked.len(), 22);
    assert!(
        failures.is_empty(),
        "{} answer(s) off Apple's schema:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_schema_check_catches_a_wrong_type_and_an_invented_member() {
    let good = json!({
        "data": {
            "type": "gameCenterLeaderboardSetReleases",
            "id": "1",
            "attributes": {"live": true},
            "links": {"self": "https://example.com/v1/gameCenterLeaderboardSetReleases/1"}
        },
        "links": {"self": "https://example.com/v1/gameCenterLeaderboardSetReleases/1"}
    });
    let schema = response_schema("GET /v1/gameCenterLeaderboardSetReleases/{id}", 200);
    assert_eq!(schema_errors(&schema, &good), Vec::<String>::new());
    let mut wrong = good.clone();
    wrong["data"]["attributes"]["live"] = json!("true");
    assert!(
        !schema_errors(&schema, &wrong).is_empty(),
        "a string `live`"
    );
    let mut invented = good;
    invented["data"]["attributes"]["state"] = json!("LIVE");
    assert!(
        !schema_errors(&schema, &invented).is_empty(),
        "an invented attribute"
    );
}
