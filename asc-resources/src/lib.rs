//! App Store Connect resources, each declared once with
//! [`#[derive(AscResource)]`](asc_core::AscResource), and the attribute types
//! of Apple's schema they use.
//!
//! Each declaration gives a typed field enum (`...Field`), a typed include
//! enum (`...Include`), JSON:API decoding and `read(&client, id)`:
//!
//! ```no_run
//! use asc_resources::{
//!     GameCenterAchievementImage, GameCenterAchievementImageField as Field,
//!     GameCenterAchievementImageInclude as Include, GameCenterAchievementLocalization,
//!     GameCenterAchievementLocalizationField as LocalizationField,
//! };
//! # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
//! let response = GameCenterAchievementImage::read(&client, "38e6d9a7-9cbf-45f8-8246-1ef4728aecda")
//!     .fields([Field::FileName, Field::FileSize, Field::GameCenterAchievementLocalization])
//!     .fields([LocalizationField::Locale, LocalizationField::Name])
//!     .include([Include::GameCenterAchievementLocalization])
//!     .send()
//!     .await?;
//! println!("{:?} ({:?} bytes)", response.data.file_name, response.data.file_size);
//! for localization in response.included::<GameCenterAchievementLocalization>() {
//!     println!("{:?}: {:?}", localization.locale, localization.name);
//! }
//! # Ok(()) }
//! ```
//!
//! The images are assets: `GameCenterAchievementImage::upload(&client,
//! localization_id, path)` (and the v2 one) reserves, uploads, commits and
//! waits for processing in one call, and `create`, `update` and `delete`
//! take the payloads declared here (`GameCenterAchievementImageCreate`, ...),
//! sent as exactly Apple's request documents. The asset model (`ImageAsset`,
//! `UploadOperation`, `AssetDeliveryState`, ...) is asc-core's, re-exported.
//!
//! Apple's document 4.4.1 deprecates the `/v1` routes of achievement images
//! and localizations in favour of `/v2` ones with the same JSON types: both
//! are declared (`GameCenterAchievementImage` and
//! `GameCenterAchievementImageV2`, ...), and decode the same objects.
//!
//! The Game Center family sits behind the cargo feature `game-center`, on by
//! default: achievements, leaderboards (`GameCenterLeaderboard`, its
//! localizations and images, and their `/v2` twins with
//! `GameCenterLeaderboardVersionV2`), leaderboard sets (v1 and v2) and the app's
//! `GameCenterDetail` they belong to. Without it the crate keeps the asset
//! model, and [`declared`] and [`seeds`] are empty.
#![warn(missing_docs)]

#[cfg(feature = "game-center")]
pub mod apps;
#[cfg(feature = "game-center")]
pub mod game_center;
pub mod media;

#[cfg(feature = "game-center")]
use asc_core::Resource;
use asc_core::ResourceMeta;

#[cfg(feature = "game-center")]
pub use game_center::GameCenterVersionState;
// The leaderboard modules' every item (declarations, payloads, and the
// field, include and filter enums the derive generates next to them).
#[cfg(feature = "game-center")]
pub use apps::*;
#[cfg(feature = "game-center")]
pub use game_center::activities::*;
#[cfg(feature = "game-center")]
pub use game_center::challenges::*;
#[cfg(feature = "game-center")]
pub use game_center::detail::*;
#[cfg(feature = "game-center")]
pub use game_center::groups::*;
#[cfg(feature = "game-center")]
pub use game_center::leaderboards::v1::*;
#[cfg(feature = "game-center")]
pub use game_center::leaderboards::v2::*;
#[cfg(feature = "game-center")]
pub use game_center::leaderboards::{
    GameCenterLeaderboardFormatter, GameCenterLeaderboardScoreSortType,
    GameCenterLeaderboardSubmissionType, GameCenterLeaderboardVisibility,
};
#[cfg(feature = "game-center")]
pub use game_center::matchmaking::*;
#[cfg(feature = "game-center")]
pub use game_center::submissions::*;
#[cfg(feature = "game-center")]
pub use game_center::v1::*;
#[cfg(feature = "game-center")]
pub use game_center::v2::*;
pub use media::{
    AppMediaAssetState, AppMediaStateError, AssetDeliveryState, HttpHeader, ImageAsset,
    UploadOperation,
};

/// The description of every resource this crate declares, for registries
/// such as an emulator or a check against Apple's schema: with the
/// `game-center` feature (the default), the achievements and leaderboards
/// of [`game_center`], `/v1` and `/v2`.
#[cfg(feature = "game-center")]
pub fn declared() -> [ResourceMeta; 50] {
    [
        App::meta(),
        AppStoreVersion::meta(),
        GameCenterAchievement::meta(),
        GameCenterAchievementImage::meta(),
        GameCenterAchievementImageV2::meta(),
        GameCenterAchievementLocalization::meta(),
        GameCenterAchievementLocalizationV2::meta(),
        GameCenterAchievementRelease::meta(),
        GameCenterAchievementV2::meta(),
        GameCenterAchievementVersionV2::meta(),
        GameCenterActivity::meta(),
        GameCenterActivityImage::meta(),
        GameCenterActivityLocalization::meta(),
        GameCenterActivityVersion::meta(),
        GameCenterActivityVersionRelease::meta(),
        GameCenterAppVersion::meta(),
        GameCenterChallenge::meta(),
        GameCenterChallengeImage::meta(),
        GameCenterChallengeLocalization::meta(),
        GameCenterChallengeVersion::meta(),
        GameCenterChallengeVersionRelease::meta(),
        GameCenterDetail::meta(),
        GameCenterEnabledVersion::meta(),
        GameCenterGroup::meta(),
        GameCenterLeaderboard::meta(),
        GameCenterLeaderboardEntrySubmission::meta(),
        GameCenterLeaderboardImage::meta(),
        GameCenterLeaderboardImageV2::meta(),
        GameCenterLeaderboardLocalization::meta(),
        GameCenterLeaderboardLocalizationV2::meta(),
        GameCenterLeaderboardRelease::meta(),
        GameCenterLeaderboardSet::meta(),
        GameCenterLeaderboardSetImage::meta(),
        GameCenterLeaderboardSetImageV2::meta(),
        GameCenterLeaderboardSetLocalization::meta(),
        GameCenterLeaderboardSetLocalizationV2::meta(),
        GameCenterLeaderboardSetMemberLocalization::meta(),
        GameCenterLeaderboardSetRelease::meta(),
        GameCenterLeaderboardSetV2::meta(),
        GameCenterLeaderboardSetVersionV2::meta(),
        GameCenterLeaderboardV2::meta(),
        GameCenterLeaderboardVersionV2::meta(),
        GameCenterMatchmakingQueue::meta(),
        GameCenterMatchmakingRule::meta(),
        GameCenterMatchmakingRuleSet::meta(),
        GameCenterMatchmakingRuleSetTest::meta(),
        GameCenterMatchmakingTeam::meta(),
        GameCenterMatchmakingTestPlayerProperty::meta(),
        GameCenterMatchmakingTestRequest::meta(),
        GameCenterPlayerAchievementSubmission::meta(),
    ]
}

/// The description of every resource this crate declares: none without
/// the `game-center` feature.
#[cfg(not(feature = "game-center"))]
pub fn declared() -> [ResourceMeta; 0] {
    []
}

/// The id of the achievement in [`seeds`] (`gameCenterAchievements`), whose
/// localizations are the two seeded ones:
/// `GameCenterAchievement::list_localizations(&client, SEEDED_ACHIEVEMENT)`
/// lists them from the emulator.
#[cfg(feature = "game-center")]
pub const SEEDED_ACHIEVEMENT: &str = "5b7e2c94-1d3a-4f6e-8c0b-9a2d4e6f8b1c";

/// The id of the achievement version in [`seeds`]
/// (`gameCenterAchievementVersions`, `/v2`), whose localizations are the two
/// seeded ones.
#[cfg(feature = "game-center")]
pub const SEEDED_ACHIEVEMENT_VERSION: &str = "c4a1e8f2-7b3d-4e9a-a5c6-2d8f0b1e3a7c";

/// The id of the app in [`seeds`] (`apps`, "Coffee Break",
/// `com.example.coffee`): its Game Center detail is
/// [`SEEDED_GAME_CENTER_DETAIL`], its App Store versions
/// [`SEEDED_APP_STORE_VERSION`] (iOS 1.2.0) and a macOS 1.1.0, and it has
/// two Game Center enabled versions, [`SEEDED_GAME_CENTER_ENABLED_VERSION`]
/// (iOS) and a macOS one, compatible with each other.
#[cfg(feature = "game-center")]
pub const SEEDED_APP: &str = "6449871234";

/// The id of the iOS App Store version in [`seeds`] (`appStoreVersions`,
/// 1.2.0, of [`SEEDED_APP`]), whose Game Center app version is
/// [`SEEDED_GAME_CENTER_APP_VERSION`].
#[cfg(feature = "game-center")]
pub const SEEDED_APP_STORE_VERSION: &str = "3f6c9e12-8a4b-4d7e-b1c5-9e2a7d4f6b08";

/// The id of the Game Center app version in [`seeds`]
/// (`gameCenterAppVersions`, enabled) of [`SEEDED_APP_STORE_VERSION`]; its
/// compatibility version is the macOS version's, which is not enabled.
/// Both belong to [`SEEDED_GAME_CENTER_DETAIL`].
#[cfg(feature = "game-center")]
pub const SEEDED_GAME_CENTER_APP_VERSION: &str = "9c4f1a7e-2d8b-4e6c-a3f5-8b1d7e9c2a46";

/// The id of the Game Center group in [`seeds`] (`gameCenterGroups`,
/// "Coffee Games"), which [`SEEDED_GAME_CENTER_DETAIL`] has joined.
#[cfg(feature = "game-center")]
pub const SEEDED_GAME_CENTER_GROUP: &str = "5d1a8e3c-7f2b-4a9d-8c6e-3b7f1d9a5e82";

/// The id of the achievement release in [`seeds`]
/// (`gameCenterAchievementReleases`, live): [`SEEDED_ACHIEVEMENT`] released
/// in [`SEEDED_GAME_CENTER_DETAIL`].
#[cfg(feature = "game-center")]
pub const SEEDED_ACHIEVEMENT_RELEASE: &str = "8a3e6c1f-5b9d-4f2a-a7c4-1e6b9d3f8c57";

/// The id of the iOS Game Center enabled version in [`seeds`]
/// (`gameCenterEnabledVersions`, 1.2.0, of [`SEEDED_APP`]); its compatible
/// version is the macOS one (1.1.0).
#[cfg(feature = "game-center")]
pub const SEEDED_GAME_CENTER_ENABLED_VERSION: &str = "4b7d2f9a-1e6c-4a8b-9d3f-7c2e5a1b8d60";

/// The id of the Game Center detail in [`seeds`] (`gameCenterDetails`),
/// which holds [`SEEDED_LEADERBOARD`] (also its default leaderboard),
/// [`SEEDED_LEADERBOARD_SET`] and [`SEEDED_ACHIEVEMENT`].
#[cfg(feature = "game-center")]
pub const SEEDED_GAME_CENTER_DETAIL: &str = "d7c3b2a1-4e5f-4a6b-9c8d-1e2f3a4b5c6d";

/// The id of the leaderboard in [`seeds`] (`gameCenterLeaderboards`, read
/// through `/v1` and `/v2`): two localizations (en-US with an image, fr-FR
/// without), one version ([`SEEDED_LEADERBOARD_VERSION`]) holding the same
/// two, and a member of [`SEEDED_LEADERBOARD_SET`].
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD: &str = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";

/// The id of the leaderboard version in [`seeds`]
/// (`gameCenterLeaderboardVersions`, `/v2`, version 1, `LIVE`).
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_VERSION: &str = "f0e1d2c3-b4a5-4968-8776-655443322110";

/// The id of the leaderboard set in [`seeds`] (`gameCenterLeaderboardSets`,
/// read through `/v1` and `/v2`), whose one member is [`SEEDED_LEADERBOARD`]:
/// two localizations (en-US with an image, fr-FR without), one version
/// ([`SEEDED_LEADERBOARD_SET_VERSION`]) holding the same two, a release
/// and a member localization.
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_SET: &str = "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70";

/// The id of the seeded leaderboard's en-US localization
/// (`gameCenterLeaderboardLocalizations`, read through `/v1` and `/v2`),
/// which has the image [`SEEDED_LEADERBOARD_IMAGE`]; its fr-FR twin has none.
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_LOCALIZATION: &str = "a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d";

/// The id of the image of [`SEEDED_LEADERBOARD_LOCALIZATION`]
/// (`gameCenterLeaderboardImages`, `cups.png`, 512x512, `COMPLETE`).
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_IMAGE: &str = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f";

/// The id of the release of [`SEEDED_LEADERBOARD`] for
/// [`SEEDED_GAME_CENTER_DETAIL`] (`gameCenterLeaderboardReleases`, live).
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_RELEASE: &str = "09d5a913-339f-440f-9ceb-783d61b6a23b";

/// The id of the version of [`SEEDED_LEADERBOARD_SET`] in [`seeds`]
/// (`gameCenterLeaderboardSetVersions`, `/v2`, version 1, `LIVE`), holding
/// the set's two localizations.
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_SET_VERSION: &str = "42b1e55d-db38-404a-b775-5c5cba1e555d";

/// The id of the en-US localization of [`SEEDED_LEADERBOARD_SET`]
/// (`gameCenterLeaderboardSetLocalizations`, "Daily Brews", read through
/// `/v1` and `/v2`), which has the image [`SEEDED_LEADERBOARD_SET_IMAGE`];
/// the set's fr-FR localization ("Infusions du jour") has none, for uploads.
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_SET_LOCALIZATION: &str = "27e1f4e3-b8ed-4da8-9e36-12e04e0741e5";

/// The id of the image of [`SEEDED_LEADERBOARD_SET_LOCALIZATION`]
/// (`gameCenterLeaderboardSetImages`, `daily.png`, 1024x512, `COMPLETE`).
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_SET_IMAGE: &str = "e7645200-db11-44d3-a0f6-3c69efaee42c";

/// The id of the release of [`SEEDED_LEADERBOARD_SET`] for
/// [`SEEDED_GAME_CENTER_DETAIL`] (`gameCenterLeaderboardSetReleases`, live).
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_SET_RELEASE: &str = "d267e143-81fb-42d3-9275-2ad7c5386ff1";

/// The id of the en-US name of [`SEEDED_LEADERBOARD`] within
/// [`SEEDED_LEADERBOARD_SET`] (`gameCenterLeaderboardSetMemberLocalizations`,
/// "Cups Brewed Today"); Apple has no read by id: list it with
/// `GameCenterLeaderboardSetMemberLocalization::list(&client, [set], [leaderboard])`.
#[cfg(feature = "game-center")]
pub const SEEDED_LEADERBOARD_SET_MEMBER_LOCALIZATION: &str = "9b83b5ae-2ad9-4862-bac4-7fcf7dbe18bd";
// Activities, challenges and matchmaking (asc-resources/seeds/game-center-activities-challenges.json
// and game-center-matchmaking.json).

/// The id of the activity in [`seeds`] (`gameCenterActivities`, "Brew Off",
/// synchronous, 2 to 4 players) of [`SEEDED_GAME_CENTER_DETAIL`], featuring
/// [`SEEDED_ACHIEVEMENT`] and [`SEEDED_LEADERBOARD`], with one version
/// ([`SEEDED_ACTIVITY_VERSION`]).
#[cfg(feature = "game-center")]
pub const SEEDED_ACTIVITY: &str = "a1c7e3f9-2b4d-4e6a-8c0e-1f3a5b7d9e01";

/// The id of the activity version in [`seeds`] (`gameCenterActivityVersions`,
/// version 1, `LIVE`): two localizations (en-US with an image, fr-FR
/// without), a default image and one release.
#[cfg(feature = "game-center")]
pub const SEEDED_ACTIVITY_VERSION: &str = "a2c7e3f9-2b4d-4e6a-8c0e-1f3a5b7d9e02";

/// The id of the challenge in [`seeds`] (`gameCenterChallenges`, "Beat the
/// Barista", on [`SEEDED_LEADERBOARD`]) of [`SEEDED_GAME_CENTER_DETAIL`],
/// with one version ([`SEEDED_CHALLENGE_VERSION`]).
#[cfg(feature = "game-center")]
pub const SEEDED_CHALLENGE: &str = "c1d8f4a0-3c5e-4f7b-9d1f-2a4c6e8f0a11";

/// The id of the challenge version in [`seeds`] (`gameCenterChallengeVersions`,
/// version 1, `LIVE`): two localizations (en-US with an image, fr-FR
/// without), a default image and one release.
#[cfg(feature = "game-center")]
pub const SEEDED_CHALLENGE_VERSION: &str = "c2d8f4a0-3c5e-4f7b-9d1f-2a4c6e8f0a12";

/// The id of the matchmaking queue in [`seeds`] (`gameCenterMatchmakingQueues`,
/// `coffee-duel`), matched by [`SEEDED_MATCHMAKING_RULE_SET`].
#[cfg(feature = "game-center")]
pub const SEEDED_MATCHMAKING_QUEUE: &str = "e7a1b3c5-d7e9-4f1a-8b3c-5d7e9f1a3b01";

/// The id of the matchmaking rule set in [`seeds`]
/// (`gameCenterMatchmakingRuleSets`, 2 to 4 players): two rules (a
/// `COMPATIBLE` and a `DISTANCE` one), two teams and the queue
/// [`SEEDED_MATCHMAKING_QUEUE`].
#[cfg(feature = "game-center")]
pub const SEEDED_MATCHMAKING_RULE_SET: &str = "e7a1b3c5-d7e9-4f1a-8b3c-5d7e9f1a3b02";

/// The default seed documents of the emulator, in Apple's shape: Apple's
/// documented example of an achievement image (linked to its localization),
/// that localization and a second one without an image, and the achievement
/// ([`SEEDED_ACHIEVEMENT`]) and achievement version
/// ([`SEEDED_ACHIEVEMENT_VERSION`]) both localizations belong to; the app
/// ([`SEEDED_APP`]) with its App Store and Game Center versions, the group
/// its detail joined and the achievement's release; then a
/// Game Center detail ([`SEEDED_GAME_CENTER_DETAIL`]) with a leaderboard
/// ([`SEEDED_LEADERBOARD`]), its version, two localizations and an image,
/// and a leaderboard set ([`SEEDED_LEADERBOARD_SET`]); an activity
/// ([`SEEDED_ACTIVITY`]) and a challenge ([`SEEDED_CHALLENGE`]) of that
/// detail, each with a version, localizations, images and a release; and a
/// matchmaking queue ([`SEEDED_MATCHMAKING_QUEUE`]) with its rule set
/// ([`SEEDED_MATCHMAKING_RULE_SET`]), rules and teams. Empty without the
/// `game-center` feature.
pub fn seeds() -> Vec<serde_json::Value> {
    let documents: &[&str] = &[
        #[cfg(feature = "game-center")]
        include_str!("../seeds/game-center-achievement-image.json"),
        #[cfg(feature = "game-center")]
        include_str!("../seeds/game-center-achievement-localization.json"),
        #[cfg(feature = "game-center")]
        include_str!("../seeds/game-center-achievement.json"),
        #[cfg(feature = "game-center")]
        include_str!("../seeds/game-center-app.json"),
        #[cfg(feature = "game-center")]
        include_str!("../seeds/game-center-leaderboards.json"),
        // Activities, challenges and matchmaking.
        #[cfg(feature = "game-center")]
        include_str!("../seeds/game-center-activities-challenges.json"),
        #[cfg(feature = "game-center")]
        include_str!("../seeds/game-center-matchmaking.json"),
    ];
    documents
        .iter()
        .filter_map(|text| serde_json::from_str(text).ok())
        .collect()
}
