//! The leaderboard side of the Game Center family, served by the emulator
//! from asc-resources' declarations and seeds: per declared type a read
//! with fields and an include, a list or related list, and a write; the
//! leaderboard images, v1 and v2, go through the one-call upload. A seed
//! that says otherwise (`asc-resources/seeds/game-center-leaderboards.json`)
//! fails them: each checks values the seeds hold.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

mod family_support;

use std::time::Duration;

use asc_core::Linkage;
use asc_resources::{
    AssetDeliveryState, GameCenterAchievement, GameCenterDetail, GameCenterDetailField,
    GameCenterDetailGameCenterLeaderboardsFilter, GameCenterDetailInclude, GameCenterDetailUpdate,
    GameCenterLeaderboard, GameCenterLeaderboardCreate, GameCenterLeaderboardField,
    GameCenterLeaderboardFormatter, GameCenterLeaderboardImage, GameCenterLeaderboardImageField,
    GameCenterLeaderboardImageInclude, GameCenterLeaderboardImageV2,
    GameCenterLeaderboardImageV2Field, GameCenterLeaderboardImageV2Include,
    GameCenterLeaderboardInclude, GameCenterLeaderboardLocalization,
    GameCenterLeaderboardLocalizationCreate, GameCenterLeaderboardLocalizationField,
    GameCenterLeaderboardLocalizationInclude, GameCenterLeaderboardLocalizationUpdate,
    GameCenterLeaderboardLocalizationV2, GameCenterLeaderboardLocalizationV2Field,
    GameCenterLeaderboardLocalizationV2Include, GameCenterLeaderboardLocalizationV2Update,
    GameCenterLeaderboardScoreSortType, GameCenterLeaderboardSet, GameCenterLeaderboardSetCreate,
    GameCenterLeaderboardSetField, GameCenterLeaderboardSetInclude, GameCenterLeaderboardSetUpdate,
    GameCenterLeaderboardSetV2, GameCenterLeaderboardSetV2Create, GameCenterLeaderboardSetV2Field,
    GameCenterLeaderboardSetV2Include, GameCenterLeaderboardSetV2Update,
    GameCenterLeaderboardSubmissionType, GameCenterLeaderboardUpdate, GameCenterLeaderboardV2,
    GameCenterLeaderboardV2Create, GameCenterLeaderboardV2Field, GameCenterLeaderboardV2Include,
    GameCenterLeaderboardVersionV2, GameCenterLeaderboardVersionV2Create,
    GameCenterLeaderboardVersionV2Field, GameCenterLeaderboardVersionV2Include,
    GameCenterLeaderboardVisibility, GameCenterVersionState, SEEDED_ACHIEVEMENT,
    SEEDED_GAME_CENTER_DETAIL as DETAIL, SEEDED_LEADERBOARD as LEADERBOARD,
    SEEDED_LEADERBOARD_SET as SET, SEEDED_LEADERBOARD_VERSION as VERSION,
};
use family_support::{TempFile, emulator, id, png, sorted};
use futures_util::TryStreamExt;

/// The seeded en-US localization, which has the seeded image.
const EN: &str = "a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d";
/// The seeded fr-FR localization, without an image.
const FR: &str = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
const IMAGE: &str = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f";

// ------------------------------------------------------------------ detail

#[tokio::test]
async fn a_detail_reads_with_its_leaderboards_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterDetail::read(&client, DETAIL)
        .fields([
            GameCenterDetailField::ChallengeEnabled,
            GameCenterDetailField::GameCenterLeaderboards,
            GameCenterDetailField::DefaultLeaderboard,
        ])
        .fields([GameCenterLeaderboardField::ReferenceName])
        .include([GameCenterDetailInclude::GameCenterLeaderboards])
        .send()
        .await
        .unwrap();
    let detail = read.data.clone();
    assert_eq!(detail.challenge_enabled, Some(true));
    assert_eq!(detail.arcade_enabled, None, "not among the fields");
    assert_eq!(id(&detail.default_leaderboard.data), Some(LEADERBOARD));
    assert_eq!(
        detail.game_center_leaderboards.ids().collect::<Vec<_>>(),
        [LEADERBOARD]
    );
    let included = read.included::<GameCenterLeaderboard>();
    assert_eq!(included.len(), 1);
    assert_eq!(included[0].reference_name.as_deref(), Some("Cups Brewed"));
    assert_eq!(included[0].vendor_identifier, None, "not among the fields");
}

#[tokio::test]
async fn a_detail_lists_its_leaderboards_sets_and_achievements() {
    let emulator = emulator().await;
    let client = emulator.client();
    let leaderboards: Vec<GameCenterLeaderboard> =
        GameCenterDetail::list_game_center_leaderboards(&client, DETAIL)
            .filter(GameCenterDetailGameCenterLeaderboardsFilter::Id(vec![
                LEADERBOARD.into(),
            ]))
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(leaderboards.len(), 1);
    assert_eq!(
        leaderboards[0].score_sort_type,
        Some(GameCenterLeaderboardScoreSortType::Desc)
    );
    let sets: Vec<GameCenterLeaderboardSet> =
        GameCenterDetail::list_game_center_leaderboard_sets(&client, DETAIL)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sets.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        [SET]
    );
    let achievements: Vec<GameCenterAchievement> =
        GameCenterDetail::list_game_center_achievements(&client, DETAIL)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        achievements
            .iter()
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>(),
        [SEEDED_ACHIEVEMENT]
    );
    let ids: Vec<String> = GameCenterDetail::list_game_center_leaderboards_ids(&client, DETAIL)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [LEADERBOARD]);
}

#[tokio::test]
async fn a_detail_update_changes_what_it_reads() {
    let emulator = emulator().await;
    let client = emulator.client();
    let before = GameCenterDetail::read(&client, DETAIL)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(before.challenge_enabled, Some(true));
    let updated = GameCenterDetail::update(
        &client,
        DETAIL,
        &GameCenterDetailUpdate {
            challenge_enabled: Some(false),
            ..GameCenterDetailUpdate::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.challenge_enabled, Some(false));
    let read = GameCenterDetail::read(&client, DETAIL)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(read.challenge_enabled, Some(false));
    assert_eq!(id(&read.default_leaderboard.data), Some(LEADERBOARD));
}

// ------------------------------------------------------------------ v1

#[tokio::test]
async fn a_leaderboard_reads_with_its_localizations_included() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboard::read(&client, LEADERBOARD)
        .fields([
            GameCenterLeaderboardField::DefaultFormatter,
            GameCenterLeaderboardField::SubmissionType,
            GameCenterLeaderboardField::Localizations,
        ])
        .fields([GameCenterLeaderboardLocalizationField::Locale])
        .include([GameCenterLeaderboardInclude::Localizations])
        .send()
        .await
        .unwrap();
    assert_eq!(
        read.data.default_formatter,
        Some(GameCenterLeaderboardFormatter::Integer)
    );
    assert_eq!(
        read.data.submission_type,
        Some(GameCenterLeaderboardSubmissionType::BestScore)
    );
    assert_eq!(read.data.reference_name, None, "not among the fields");
    let included = read.included::<GameCenterLeaderboardLocalization>();
    assert_eq!(
        sorted(included.iter().filter_map(|l| l.locale.as_deref())),
        ["en-US", "fr-FR"]
    );
    assert!(
        included.iter().all(|l| l.name.is_none()),
        "not among the fields"
    );
}

#[tokio::test]
async fn a_leaderboard_lists_its_localizations() {
    let emulator = emulator().await;
    let client = emulator.client();
    let items: Vec<GameCenterLeaderboardLocalization> =
        GameCenterLeaderboard::list_localizations(&client, LEADERBOARD)
            .limit(1)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(items.iter().map(|l| l.id.as_str())),
        sorted([EN, FR].into_iter())
    );
}

#[tokio::test]
async fn a_leaderboard_is_created_updated_and_deleted() {
    let emulator = emulator().await;
    let client = emulator.client();
    let created = GameCenterLeaderboard::create(
        &client,
        &GameCenterLeaderboardCreate {
            default_formatter: GameCenterLeaderboardFormatter::ElapsedTimeCentisecond,
            reference_name: "Fastest Espresso".into(),
            vendor_identifier: "com.example.coffee.espresso".into(),
            submission_type: GameCenterLeaderboardSubmissionType::BestScore,
            score_sort_type: GameCenterLeaderboardScoreSortType::Asc,
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
    .unwrap();
    assert_eq!(created.status, 201);
    let leaderboard = created.data;
    assert_eq!(
        leaderboard.reference_name.as_deref(),
        Some("Fastest Espresso")
    );
    let ids: Vec<String> = GameCenterDetail::list_game_center_leaderboards_ids(&client, DETAIL)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert!(ids.contains(&leaderboard.id), "{ids:?}");

    let updated = GameCenterLeaderboard::update(
        &client,
        &leaderboard.id,
        &GameCenterLeaderboardUpdate {
            archived: Some(true),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.archived, Some(true));
    assert_eq!(updated.reference_name.as_deref(), Some("Fastest Espresso"));

    GameCenterLeaderboard::delete(&client, &leaderboard.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterLeaderboard::read(&client, &leaderboard.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
}

#[tokio::test]
async fn a_leaderboard_localization_reads_with_its_image_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardLocalization::read(&client, EN)
        .fields([
            GameCenterLeaderboardLocalizationField::FormatterSuffix,
            GameCenterLeaderboardLocalizationField::GameCenterLeaderboardImage,
        ])
        .fields([GameCenterLeaderboardImageField::FileName])
        .include([GameCenterLeaderboardLocalizationInclude::GameCenterLeaderboardImage])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.formatter_suffix.as_deref(), Some(" cups"));
    assert_eq!(read.data.locale, None, "not among the fields");
    let images = read.included::<GameCenterLeaderboardImage>();
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].file_name.as_deref(), Some("cups.png"));

    let image = GameCenterLeaderboardLocalization::read_game_center_leaderboard_image(&client, FR)
        .send()
        .await
        .unwrap();
    assert_eq!((image.status, image.data), (200, None));

    let created = GameCenterLeaderboardLocalization::create(
        &client,
        &GameCenterLeaderboardLocalizationCreate {
            locale: "de-DE".into(),
            name: "Gebrühte Tassen".into(),
            formatter_override: None,
            formatter_suffix: Some(" Tassen".into()),
            formatter_suffix_singular: None,
            description: None,
            game_center_leaderboard: Linkage::new(LEADERBOARD),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    let updated = GameCenterLeaderboardLocalization::update(
        &client,
        &created.id,
        &GameCenterLeaderboardLocalizationUpdate {
            description: Some("Die meisten Tassen an einem Tag.".into()),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(updated.locale.as_deref(), Some("de-DE"));
    assert_eq!(
        updated.description.as_deref(),
        Some("Die meisten Tassen an einem Tag.")
    );
    let listed: Vec<GameCenterLeaderboardLocalization> =
        GameCenterLeaderboard::list_localizations(&client, LEADERBOARD)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(listed.len(), 3, "the new one is the leaderboard's");
    GameCenterLeaderboardLocalization::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_leaderboard_image_reads_with_its_localization_and_uploads() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardImage::read(&client, IMAGE)
        .fields([
            GameCenterLeaderboardImageField::ImageAsset,
            GameCenterLeaderboardImageField::GameCenterLeaderboardLocalization,
        ])
        .fields([GameCenterLeaderboardLocalizationField::Locale])
        .include([GameCenterLeaderboardImageInclude::GameCenterLeaderboardLocalization])
        .send()
        .await
        .unwrap();
    let asset = read.data.image_asset.clone().unwrap();
    assert_eq!((asset.width, asset.height), (Some(512), Some(512)));
    assert_eq!(read.data.file_name, None, "not among the fields");
    let localizations = read.included::<GameCenterLeaderboardLocalization>();
    assert_eq!(localizations.len(), 1);
    assert_eq!(localizations[0].locale.as_deref(), Some("en-US"));

    let bytes = png(40, 20);
    let file = TempFile::new("podium-v1.png", &bytes);
    let image = GameCenterLeaderboardImage::upload(&client, FR, &file.0)
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .time_limit(Duration::from_secs(20))
        .send()
        .await
        .unwrap();
    assert_eq!(image.file_name.as_deref(), Some("podium-v1.png"));
    assert_eq!(
        image.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::Complete)
    );
    let asset = image.image_asset.unwrap();
    assert_eq!((asset.width, asset.height), (Some(40), Some(20)));
    assert_eq!(
        emulator
            .uploaded_bytes("gameCenterLeaderboardImages", &image.id)
            .as_deref(),
        Some(&bytes[..])
    );
    let linked =
        GameCenterLeaderboardLocalization::read_game_center_leaderboard_image_id(&client, FR)
            .send()
            .await
            .unwrap();
    assert_eq!(linked.data.map(|i| i.id), Some(image.id.clone()));
    GameCenterLeaderboardImage::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_leaderboard_set_reads_lists_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSet::read(&client, SET)
        .fields([
            GameCenterLeaderboardSetField::ReferenceName,
            GameCenterLeaderboardSetField::GameCenterLeaderboards,
        ])
        .fields([GameCenterLeaderboardField::VendorIdentifier])
        .include([GameCenterLeaderboardSetInclude::GameCenterLeaderboards])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.reference_name.as_deref(), Some("Daily Brews"));
    assert_eq!(read.data.vendor_identifier, None, "not among the fields");
    let members = read.included::<GameCenterLeaderboard>();
    assert_eq!(members.len(), 1);
    assert_eq!(
        members[0].vendor_identifier.as_deref(),
        Some("com.example.coffee.cups")
    );

    let created = GameCenterLeaderboardSet::create(
        &client,
        &GameCenterLeaderboardSetCreate {
            reference_name: "Weekly Brews".into(),
            vendor_identifier: "com.example.coffee.weekly".into(),
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    GameCenterLeaderboardSet::add_game_center_leaderboards(&client, &created.id, &[LEADERBOARD])
        .send()
        .await
        .unwrap();
    let listed: Vec<GameCenterLeaderboard> =
        GameCenterLeaderboardSet::list_game_center_leaderboards(&client, &created.id)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        listed.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
        [LEADERBOARD]
    );
    let renamed = GameCenterLeaderboardSet::update(
        &client,
        &created.id,
        &GameCenterLeaderboardSetUpdate {
            reference_name: Some("Weekly Roasts".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(renamed.reference_name.as_deref(), Some("Weekly Roasts"));
    GameCenterLeaderboardSet::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
}

// ------------------------------------------------------------------ v2

#[tokio::test]
async fn a_v2_leaderboard_reads_with_its_versions_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardV2::read(&client, LEADERBOARD)
        .fields([
            GameCenterLeaderboardV2Field::Visibility,
            GameCenterLeaderboardV2Field::Versions,
        ])
        .fields([GameCenterLeaderboardVersionV2Field::State])
        .include([GameCenterLeaderboardV2Include::Versions])
        .send()
        .await
        .unwrap();
    assert_eq!(
        read.data.visibility,
        Some(GameCenterLeaderboardVisibility::ShowForAll)
    );
    assert_eq!(read.data.reference_name, None, "not among the fields");
    let versions = read.included::<GameCenterLeaderboardVersionV2>();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].state, Some(GameCenterVersionState::Live));

    let listed: Vec<GameCenterLeaderboardVersionV2> =
        GameCenterLeaderboardV2::list_versions(&client, LEADERBOARD)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        listed.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(),
        [VERSION]
    );

    let created = GameCenterLeaderboardV2::create(
        &client,
        &GameCenterLeaderboardV2Create {
            default_formatter: GameCenterLeaderboardFormatter::MoneyEuroDecimal,
            reference_name: "Tips".into(),
            vendor_identifier: "com.example.coffee.tips".into(),
            submission_type: GameCenterLeaderboardSubmissionType::MostRecentScore,
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
    assert_eq!(
        created.default_formatter,
        Some(GameCenterLeaderboardFormatter::MoneyEuroDecimal)
    );
    let version = GameCenterLeaderboardVersionV2::create(
        &client,
        &GameCenterLeaderboardVersionV2Create {
            leaderboard: Linkage::new(created.id.clone()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    let versions: Vec<String> = GameCenterLeaderboardV2::list_versions_ids(&client, &created.id)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(versions, [version.id]);
    GameCenterLeaderboardV2::delete(&client, &created.id)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_v2_version_reads_with_its_leaderboard_and_lists_localizations() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardVersionV2::read(&client, VERSION)
        .fields([
            GameCenterLeaderboardVersionV2Field::Version,
            GameCenterLeaderboardVersionV2Field::Leaderboard,
        ])
        .fields([GameCenterLeaderboardV2Field::ReferenceName])
        .include([GameCenterLeaderboardVersionV2Include::Leaderboard])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.version, Some(1));
    assert_eq!(read.data.state, None, "not among the fields");
    assert_eq!(id(&read.data.leaderboard.data), Some(LEADERBOARD));
    let leaderboards = read.included::<GameCenterLeaderboardV2>();
    assert_eq!(leaderboards.len(), 1);
    assert_eq!(
        leaderboards[0].reference_name.as_deref(),
        Some("Cups Brewed")
    );

    let items: Vec<GameCenterLeaderboardLocalizationV2> =
        GameCenterLeaderboardVersionV2::list_localizations(&client, VERSION)
            .limit(1)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        sorted(items.iter().map(|l| l.id.as_str())),
        sorted([EN, FR].into_iter())
    );
}

#[tokio::test]
async fn a_v2_localization_reads_with_its_image_and_is_updated() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardLocalizationV2::read(&client, EN)
        .fields([
            GameCenterLeaderboardLocalizationV2Field::Name,
            GameCenterLeaderboardLocalizationV2Field::Image,
        ])
        .fields([GameCenterLeaderboardImageV2Field::FileSize])
        .include([GameCenterLeaderboardLocalizationV2Include::Image])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.name.as_deref(), Some("Cups Brewed"));
    assert_eq!(read.data.description, None, "not among the fields");
    let images = read.included::<GameCenterLeaderboardImageV2>();
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].file_size, Some(204_800));

    let image = GameCenterLeaderboardLocalizationV2::read_image(&client, EN)
        .send()
        .await
        .unwrap();
    assert_eq!(image.data.map(|i| i.id).as_deref(), Some(IMAGE));

    let updated = GameCenterLeaderboardLocalizationV2::update(
        &client,
        FR,
        &GameCenterLeaderboardLocalizationV2Update {
            formatter_override: Some(GameCenterLeaderboardFormatter::DecimalPoint1Place),
            ..Default::default()
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        updated.formatter_override,
        Some(GameCenterLeaderboardFormatter::DecimalPoint1Place)
    );
    assert_eq!(updated.locale.as_deref(), Some("fr-FR"));
}

#[tokio::test]
async fn a_v2_image_reads_with_its_localization_and_uploads() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardImageV2::read(&client, IMAGE)
        .fields([
            GameCenterLeaderboardImageV2Field::FileName,
            GameCenterLeaderboardImageV2Field::Localization,
        ])
        .fields([GameCenterLeaderboardLocalizationV2Field::Name])
        .include([GameCenterLeaderboardImageV2Include::Localization])
        .send()
        .await
        .unwrap();
    assert_eq!(read.data.file_name.as_deref(), Some("cups.png"));
    assert_eq!(read.data.image_asset, None, "not among the fields");
    let localizations = read.included::<GameCenterLeaderboardLocalizationV2>();
    assert_eq!(localizations.len(), 1);
    assert_eq!(localizations[0].name.as_deref(), Some("Cups Brewed"));

    let bytes = png(32, 32);
    let file = TempFile::new("podium-v2.png", &bytes);
    let image = GameCenterLeaderboardImageV2::upload(&client, FR, &file.0)
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .time_limit(Duration::from_secs(20))
        .send()
        .await
        .unwrap();
    assert_eq!(image.file_size, Some(bytes.len() as i64));
    assert_eq!(
        emulator
            .uploaded_bytes("gameCenterLeaderboardImages", &image.id)
            .as_deref(),
        Some(&bytes[..])
    );
    let same = GameCenterLeaderboardLocalizationV2::read_image(&client, FR)
        .send()
        .await
        .unwrap();
    assert_eq!(same.data.map(|i| i.id), Some(image.id.clone()));
    GameCenterLeaderboardImageV2::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_v2_leaderboard_set_reads_lists_and_is_written() {
    let emulator = emulator().await;
    let client = emulator.client();
    let read = GameCenterLeaderboardSetV2::read(&client, SET)
        .fields([
            GameCenterLeaderboardSetV2Field::VendorIdentifier,
            GameCenterLeaderboardSetV2Field::GameCenterDetail,
        ])
        .fields([GameCenterDetailField::ArcadeEnabled])
        .include([GameCenterLeaderboardSetV2Include::GameCenterDetail])
        .send()
        .await
        .unwrap();
    assert_eq!(
        read.data.vendor_identifier.as_deref(),
        Some("com.example.coffee.daily")
    );
    assert_eq!(read.data.reference_name, None, "not among the fields");
    let details = read.included::<GameCenterDetail>();
    assert_eq!(details.len(), 1);
    assert_eq!(
        (details[0].id.as_str(), details[0].arcade_enabled),
        (DETAIL, Some(false))
    );

    let members: Vec<GameCenterLeaderboardV2> =
        GameCenterLeaderboardSetV2::list_game_center_leaderboards(&client, SET)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(
        members.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
        [LEADERBOARD]
    );
    GameCenterLeaderboardSetV2::remove_game_center_leaderboards(&client, SET, &[LEADERBOARD])
        .send()
        .await
        .unwrap();
    let left: Vec<String> =
        GameCenterLeaderboardSetV2::list_game_center_leaderboards_ids(&client, SET)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    assert!(left.is_empty(), "{left:?}");

    let created = GameCenterLeaderboardSetV2::create(
        &client,
        &GameCenterLeaderboardSetV2Create {
            reference_name: "Monthly Brews".into(),
            vendor_identifier: "com.example.coffee.monthly".into(),
            game_center_detail: Some(Linkage::new(DETAIL)),
            game_center_group: None,
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(created.status, 201);
    let renamed = GameCenterLeaderboardSetV2::update(
        &client,
        &created.data.id,
        &GameCenterLeaderboardSetV2Update {
            reference_name: Some("Monthly Roasts".into()),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(renamed.reference_name.as_deref(), Some("Monthly Roasts"));
    assert_eq!(
        renamed.vendor_identifier.as_deref(),
        Some("com.example.coffee.monthly")
    );
    GameCenterLeaderboardSetV2::delete(&client, &created.data.id)
        .send()
        .await
        .unwrap();
}
