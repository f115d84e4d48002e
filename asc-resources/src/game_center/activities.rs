//! Game Center activities (`/v1`): an activity is a destination in the game
//! (a level, a mode, a match) that players can launch into and invite
//! friends to. Each has versions that go through review; a version has
//! localizations (name and description per locale), images and releases.
//!
//! Apple's activity images have no relationships of their own: the
//! localization or version an image is for is named only in its create
//! request. Their [`upload`](GameCenterActivityImage::upload) is written by
//! hand here (the derive's `asset` needs a declared parent relationship),
//! with the localization as the parent.

use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::game_center::GameCenterVersionState;
use crate::game_center::detail::GameCenterDetail;
use crate::game_center::groups::GameCenterGroup;
use crate::game_center::leaderboards::v1::GameCenterLeaderboard;
use crate::game_center::leaderboards::v2::GameCenterLeaderboardV2;
use crate::game_center::v1::GameCenterAchievement;
use crate::game_center::v2::GameCenterAchievementV2;
use crate::media::{AppMediaAssetState, ImageAsset, UploadOperation};

/// A Game Center activity (`gameCenterActivities`,
/// `GET /v1/gameCenterActivities/{id}`): a place in the game players can
/// start from Game Center or an invitation, with how many players it takes,
/// the achievements and leaderboards it features, and its versions.
///
/// Apple lists activities from their Game Center detail or group
/// (`GET /v1/gameCenterDetails/{id}/gameCenterActivities`,
/// `GET /v1/gameCenterGroups/{id}/gameCenterActivities`); there is no
/// top-level list. Apple's document 4.4.1 deprecates the `achievements`
/// and `leaderboards` relationships (the `/v1` achievement and leaderboard
/// types) in favour of `achievementsV2` and `leaderboardsV2`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterActivities",
    create = GameCenterActivityCreate,
    update = GameCenterActivityUpdate,
    delete
)]
pub struct GameCenterActivity {
    /// The resource id.
    pub id: String,
    /// The name shown in App Store Connect, not to players.
    pub reference_name: Option<String>,
    /// The identifier the game uses for the activity (set at creation).
    pub vendor_identifier: Option<String>,
    /// Whether players take part at the same time (`SYNCHRONOUS`, a live
    /// match) or each in their own time (`ASYNCHRONOUS`, turn-based).
    pub play_style: Option<GameCenterActivityPlayStyle>,
    /// The fewest players the activity can start with.
    pub minimum_players_count: Option<i64>,
    /// The most players the activity takes.
    pub maximum_players_count: Option<i64>,
    /// Whether players can join the activity with a party code shared
    /// outside Game Center.
    pub supports_party_code: Option<bool>,
    /// Whether the activity is archived (no longer offered to players).
    pub archived: Option<bool>,
    /// Free-form key-value properties the game reads when it launches the
    /// activity (Apple's `StringToStringMap`).
    pub properties: Option<BTreeMap<String, String>>,
    /// The Game Center detail (the app) the activity belongs to, unless it
    /// belongs to a group.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The Game Center group the activity belongs to, when its apps share
    /// Game Center data.
    #[asc(relationship, include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The achievements the activity features, as `/v1` achievements.
    /// `add_achievements` and `remove_achievements` send
    /// `POST`/`DELETE /v1/gameCenterActivities/{id}/relationships/achievements`,
    /// which Apple deprecates: use `achievements_v2`.
    #[asc(
        relationship,
        include,
        linkage(add, remove),
        deprecated = "use `achievements_v2`"
    )]
    pub achievements: ToMany<GameCenterAchievement>,
    /// The achievements the activity features (`/v2` achievements);
    /// `add_achievements_v2` and `remove_achievements_v2` link and unlink
    /// them (`.../relationships/achievementsV2`).
    #[asc(relationship, include, linkage(add, remove))]
    pub achievements_v2: ToMany<GameCenterAchievementV2>,
    /// The leaderboards the activity features, as `/v1` leaderboards.
    /// `add_leaderboards` and `remove_leaderboards` send
    /// `POST`/`DELETE /v1/gameCenterActivities/{id}/relationships/leaderboards`,
    /// which Apple deprecates: use `leaderboards_v2`.
    #[asc(
        relationship,
        include,
        linkage(add, remove),
        deprecated = "use `leaderboards_v2`"
    )]
    pub leaderboards: ToMany<GameCenterLeaderboard>,
    /// The leaderboards the activity features (`/v2` leaderboards);
    /// `add_leaderboards_v2` and `remove_leaderboards_v2` link and unlink
    /// them (`.../relationships/leaderboardsV2`).
    #[asc(relationship, include, linkage(add, remove))]
    pub leaderboards_v2: ToMany<GameCenterLeaderboardV2>,
    /// The activity's versions. `list_versions` lists them
    /// (`GET /v1/gameCenterActivities/{id}/versions`, pages of up to 200);
    /// `list_versions_ids` lists their ids (`GET .../relationships/versions`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterActivityVersion>,
}

/// The body of `POST /v1/gameCenterActivities` (Apple's
/// `GameCenterActivityCreateRequest`): a new activity for a Game Center
/// detail or group.
///
/// Apple's request may also name versions to create with it (its `versions`
/// relationship with `included` inline creates); this payload does not
/// carry them: create the first version with [`GameCenterActivityVersion::create`].
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivities")]
pub struct GameCenterActivityCreate {
    /// The name shown in App Store Connect.
    pub reference_name: String,
    /// The identifier the game uses for the activity.
    pub vendor_identifier: String,
    /// Whether players take part at the same time or each in their own time.
    pub play_style: Option<GameCenterActivityPlayStyle>,
    /// The fewest players the activity can start with.
    pub minimum_players_count: Option<i64>,
    /// The most players the activity takes.
    pub maximum_players_count: Option<i64>,
    /// Whether players can join with a party code.
    pub supports_party_code: Option<bool>,
    /// Properties the game reads when it launches the activity.
    pub properties: Option<BTreeMap<String, String>>,
    /// The Game Center detail (the app) it is for; this or `game_center_group`.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// The Game Center group it is for; this or `game_center_detail`.
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
}

/// The body of `PATCH /v1/gameCenterActivities/{id}` (Apple's
/// `GameCenterActivityUpdateRequest`). A field left `None` is left out;
/// Apple also takes `null` for each of them (to clear it), which cannot be
/// sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterActivities")]
pub struct GameCenterActivityUpdate {
    /// The name shown in App Store Connect.
    pub reference_name: Option<String>,
    /// Whether players take part at the same time or each in their own time.
    pub play_style: Option<GameCenterActivityPlayStyle>,
    /// The fewest players the activity can start with.
    pub minimum_players_count: Option<i64>,
    /// The most players the activity takes.
    pub maximum_players_count: Option<i64>,
    /// Whether players can join with a party code.
    pub supports_party_code: Option<bool>,
    /// `Some(true)` archives the activity.
    pub archived: Option<bool>,
    /// Properties the game reads when it launches the activity.
    pub properties: Option<BTreeMap<String, String>>,
}

asc_core::open_enum! {
    /// How the players of an activity play together (`playStyle`).
    pub enum GameCenterActivityPlayStyle {
        /// Each player in their own time, such as turn by turn.
        Asynchronous = "ASYNCHRONOUS",
        /// All players at the same time, in a live match.
        Synchronous = "SYNCHRONOUS",
    }
}

/// The image of an activity version, as a default for the version or for
/// one localization, with its upload and processing state
/// (`gameCenterActivityImages`, `GET /v1/gameCenterActivityImages/{id}`).
///
/// Apple's image has no relationships: it is reached from
/// [`GameCenterActivityLocalization::read_image`] or
/// [`GameCenterActivityVersion::read_default_image`]. It is an asset:
/// [`upload`](Self::upload) reserves, uploads, commits and waits for
/// processing in one call, for a localization; `create` (which also takes a
/// version), `update` and `delete` send Apple's write requests one by one.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterActivityImages",
    create = GameCenterActivityImageCreate,
    update = GameCenterActivityImageUpdate,
    delete
)]
pub struct GameCenterActivityImage {
    /// The resource id.
    pub id: String,
    /// The size of the uploaded file, in bytes.
    pub file_size: Option<i64>,
    /// The name of the uploaded file.
    pub file_name: Option<String>,
    /// The image, once processed: a URL template and its dimensions.
    pub image_asset: Option<ImageAsset>,
    /// Where to upload the file's parts, while the upload is open.
    pub upload_operations: Option<Vec<UploadOperation>>,
    /// Where the upload is in Apple's processing.
    pub asset_delivery_state: Option<AppMediaAssetState>,
}

image_of_localization!(
    GameCenterActivityImage,
    GameCenterActivityLocalization,
    "activity",
    "/v1/gameCenterActivityImages"
);

/// The body of `POST /v1/gameCenterActivityImages`, which reserves the
/// upload of an image (Apple's `GameCenterActivityImageCreateRequest`) for
/// a localization or, as its default image, for a version: set one of them.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterActivityImages")]
pub struct GameCenterActivityImageCreate {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `arena.png`.
    pub file_name: String,
    /// The localization the image is for.
    #[asc(relationship)]
    pub localization: Option<Linkage<GameCenterActivityLocalization>>,
    /// The version the image is the default image of.
    #[asc(relationship)]
    pub version: Option<Linkage<GameCenterActivityVersion>>,
}

/// The body of `PATCH /v1/gameCenterActivityImages/{id}` (Apple's
/// `GameCenterActivityImageUpdateRequest`): `uploaded: Some(true)` commits
/// the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterActivityImages")]
pub struct GameCenterActivityImageUpdate {
    /// `true` commits the uploaded parts; `None` leaves it out.
    pub uploaded: Option<bool>,
}

/// The name and description of an activity version in one locale
/// (`gameCenterActivityLocalizations`,
/// `GET /v1/gameCenterActivityLocalizations/{id}`), with its image.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterActivityLocalizations",
    create = GameCenterActivityLocalizationCreate,
    update = GameCenterActivityLocalizationUpdate,
    delete
)]
pub struct GameCenterActivityLocalization {
    /// The resource id.
    pub id: String,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The activity's name shown to players in this locale.
    pub name: Option<String>,
    /// The activity's description shown to players in this locale.
    pub description: Option<String>,
    /// The activity version this localization belongs to.
    #[asc(relationship, include)]
    pub version: ToOne<GameCenterActivityVersion>,
    /// The image for this locale; `read_image` reads it
    /// (`GET /v1/gameCenterActivityLocalizations/{id}/image`), `read_image_id`
    /// reads its id (`GET .../relationships/image`).
    #[asc(relationship, include, related, linkage(get))]
    pub image: ToOne<GameCenterActivityImage>,
}

/// The body of `POST /v1/gameCenterActivityLocalizations` (Apple's
/// `GameCenterActivityLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterActivityLocalizations")]
pub struct GameCenterActivityLocalizationCreate {
    /// The locale, such as `en-US`.
    pub locale: String,
    /// The activity's name in this locale.
    pub name: String,
    /// The activity's description in this locale.
    pub description: Option<String>,
    /// The activity version the localization is for.
    #[asc(relationship)]
    pub version: Linkage<GameCenterActivityVersion>,
}

/// The body of `PATCH /v1/gameCenterActivityLocalizations/{id}` (Apple's
/// `GameCenterActivityLocalizationUpdateRequest`). `None` leaves a field
/// out; Apple's `null`, which clears it, cannot be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterActivityLocalizations")]
pub struct GameCenterActivityLocalizationUpdate {
    /// The activity's name in this locale.
    pub name: Option<String>,
    /// The activity's description in this locale.
    pub description: Option<String>,
}

/// A version of an activity (`gameCenterActivityVersions`,
/// `GET /v1/gameCenterActivityVersions/{id}`): what is reviewed and
/// released, with its localizations, default image and releases.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterActivityVersions",
    create = GameCenterActivityVersionCreate,
    update = GameCenterActivityVersionUpdate
)]
pub struct GameCenterActivityVersion {
    /// The resource id.
    pub id: String,
    /// The version number, from 1.
    pub version: Option<i64>,
    /// Where the version is in review and release.
    pub state: Option<GameCenterVersionState>,
    /// A web address that opens when the game that offers the activity is
    /// not installed on the player's device.
    pub fallback_url: Option<String>,
    /// The activity this is a version of.
    #[asc(relationship, include)]
    pub activity: ToOne<GameCenterActivity>,
    /// The localizations of this version. `list_localizations` lists them
    /// (`GET /v1/gameCenterActivityVersions/{id}/localizations`, pages of up
    /// to 200); `list_localizations_ids` lists their ids
    /// (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterActivityLocalization>,
    /// The image shown for locales without their own; `read_default_image`
    /// reads it (`GET /v1/gameCenterActivityVersions/{id}/defaultImage`),
    /// `read_default_image_id` reads its id (`GET .../relationships/defaultImage`).
    #[asc(relationship, include, related, linkage(get))]
    pub default_image: ToOne<GameCenterActivityImage>,
    /// The releases of this version (only as `include`: Apple has no list of them).
    #[asc(relationship, include)]
    pub releases: ToMany<GameCenterActivityVersionRelease>,
}

/// The body of `POST /v1/gameCenterActivityVersions` (Apple's
/// `GameCenterActivityVersionCreateRequest`): a new version of an activity.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterActivityVersions")]
pub struct GameCenterActivityVersionCreate {
    /// The web address for players without the game.
    pub fallback_url: Option<String>,
    /// The activity to version.
    #[asc(relationship)]
    pub activity: Linkage<GameCenterActivity>,
}

/// The body of `PATCH /v1/gameCenterActivityVersions/{id}` (Apple's
/// `GameCenterActivityVersionUpdateRequest`). `None` leaves the field out;
/// Apple's `null`, which clears it, cannot be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterActivityVersions")]
pub struct GameCenterActivityVersionUpdate {
    /// The web address for players without the game.
    pub fallback_url: Option<String>,
}

/// The release of an activity version to a live app
/// (`gameCenterActivityVersionReleases`,
/// `GET /v1/gameCenterActivityVersionReleases/{id}`).
///
/// Apple's document 4.4.1 deprecates this type and all three of its routes
/// (read, create, delete), without naming a replacement.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterActivityVersionReleases",
    create = GameCenterActivityVersionReleaseCreate,
    delete,
    deprecated = "Apple deprecates these routes, with no replacement"
)]
pub struct GameCenterActivityVersionRelease {
    /// The resource id.
    pub id: String,
    /// The activity version released.
    #[asc(relationship, include)]
    pub version: ToOne<GameCenterActivityVersion>,
}

/// The body of `POST /v1/gameCenterActivityVersionReleases` (Apple's
/// `GameCenterActivityVersionReleaseCreateRequest`, deprecated): releases a
/// version for the Game Center detail of a live app.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterActivityVersionReleases")]
pub struct GameCenterActivityVersionReleaseCreate {
    /// The Game Center detail (the app) the version is released for.
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// The activity version to release.
    #[asc(relationship)]
    pub version: Linkage<GameCenterActivityVersion>,
}
