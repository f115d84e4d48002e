//! Game Center activities: their versions, localizations, images and releases.

#![allow(unused_imports)]
use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::*;

// `GameCenterActivity`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `POST /v1/gameCenterActivities` also takes `included` resources (inline creates), which payloads cannot carry
// - `POST /v1/gameCenterActivities`: the to-many relationship `versions` of the request is left out (payloads take `Linkage<T>`, one id)
// - `PATCH /v1/gameCenterActivities/{id}`: `referenceName` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterActivities/{id}`: `playStyle` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterActivities/{id}`: `minimumPlayersCount` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterActivities/{id}`: `maximumPlayersCount` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterActivities/{id}`: `supportsPartyCode` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterActivities/{id}`: `archived` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterActivities/{id}`: `properties` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `POST /v1/gameCenterActivities/{id}/relationships/achievements` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `DELETE /v1/gameCenterActivities/{id}/relationships/achievements` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `POST /v1/gameCenterActivities/{id}/relationships/leaderboards` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `DELETE /v1/gameCenterActivities/{id}/relationships/leaderboards` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
/// `gameCenterActivities`, Apple's `GameCenterActivity` schema (`GET /v1/gameCenterActivities/{id}`).
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
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `vendorIdentifier`: string.
    pub vendor_identifier: Option<String>,
    /// `playStyle`: enum [ASYNCHRONOUS, SYNCHRONOUS].
    pub play_style: Option<GameCenterActivityPlayStyle>,
    /// `minimumPlayersCount`: integer.
    pub minimum_players_count: Option<i64>,
    /// `maximumPlayersCount`: integer.
    pub maximum_players_count: Option<i64>,
    /// `supportsPartyCode`: boolean.
    pub supports_party_code: Option<bool>,
    /// `archived`: boolean.
    pub archived: Option<bool>,
    /// `properties`: object StringToStringMap.
    pub properties: Option<BTreeMap<String, String>>,
    /// `gameCenterDetail`: to-one `gameCenterDetails` ([`GameCenterDetail`]).
    #[asc(include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// `gameCenterGroup`: to-one `gameCenterGroups` ([`GameCenterGroup`]).
    #[asc(include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// `achievements`: to-many `gameCenterAchievements` ([`GameCenterAchievement`]).
    /// **Deprecated by Apple.**
    /// Linkage: `/v1/gameCenterActivities/{id}/relationships/achievements` (add, remove).
    #[asc(include, linkage(add, remove))]
    pub achievements: ToMany<GameCenterAchievement>,
    /// `achievementsV2`: to-many `gameCenterAchievements` ([`GameCenterAchievementV2`]).
    /// Linkage: `/v1/gameCenterActivities/{id}/relationships/achievementsV2` (add, remove).
    #[asc(include, linkage(add, remove))]
    pub achievements_v2: ToMany<GameCenterAchievementV2>,
    /// `leaderboards`: to-many `gameCenterLeaderboards` ([`GameCenterLeaderboard`]).
    /// **Deprecated by Apple.**
    /// Linkage: `/v1/gameCenterActivities/{id}/relationships/leaderboards` (add, remove).
    #[asc(include, linkage(add, remove))]
    pub leaderboards: ToMany<GameCenterLeaderboard>,
    /// `leaderboardsV2`: to-many `gameCenterLeaderboards` ([`GameCenterLeaderboardV2`]).
    /// Linkage: `/v1/gameCenterActivities/{id}/relationships/leaderboardsV2` (add, remove).
    #[asc(include, linkage(add, remove))]
    pub leaderboards_v2: ToMany<GameCenterLeaderboardV2>,
    /// `versions`: to-many `gameCenterActivityVersions` ([`GameCenterActivityVersion`]).
    /// `list_versions` lists them (`GET /v1/gameCenterActivities/{id}/versions`).
    /// Linkage: `/v1/gameCenterActivities/{id}/relationships/versions` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterActivityVersion>,
}

/// The body of `POST /v1/gameCenterActivities` (Apple's `GameCenterActivityCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivities")]
pub struct GameCenterActivityCreate {
    /// `referenceName` (required).
    pub reference_name: String,
    /// `vendorIdentifier` (required).
    pub vendor_identifier: String,
    /// `playStyle`.
    pub play_style: Option<GameCenterActivityPlayStyle>,
    /// `minimumPlayersCount`.
    pub minimum_players_count: Option<i64>,
    /// `maximumPlayersCount`.
    pub maximum_players_count: Option<i64>,
    /// `supportsPartyCode`.
    pub supports_party_code: Option<bool>,
    /// `properties`.
    pub properties: Option<BTreeMap<String, String>>,
    /// `gameCenterDetail`: the `gameCenterDetails` (optional).
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// `gameCenterGroup`: the `gameCenterGroups` (optional).
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
}

/// The body of `PATCH /v1/gameCenterActivities/{id}` (Apple's `GameCenterActivityUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivities")]
pub struct GameCenterActivityUpdate {
    /// `referenceName`.
    pub reference_name: Option<String>,
    /// `playStyle`.
    pub play_style: Option<GameCenterActivityPlayStyle>,
    /// `minimumPlayersCount`.
    pub minimum_players_count: Option<i64>,
    /// `maximumPlayersCount`.
    pub maximum_players_count: Option<i64>,
    /// `supportsPartyCode`.
    pub supports_party_code: Option<bool>,
    /// `archived`.
    pub archived: Option<bool>,
    /// `properties`.
    pub properties: Option<BTreeMap<String, String>>,
}

asc_core::open_enum! {
    /// The values of `playStyle`.
    pub enum GameCenterActivityPlayStyle {
        /// `ASYNCHRONOUS`.
        Asynchronous = "ASYNCHRONOUS",
        /// `SYNCHRONOUS`.
        Synchronous = "SYNCHRONOUS",
    }
}

// `GameCenterActivityImage`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterActivityImages/{id}`: `uploaded` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterActivityImages`, Apple's `GameCenterActivityImage` schema (`GET /v1/gameCenterActivityImages/{id}`).
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
    /// `fileSize`: integer.
    pub file_size: Option<i64>,
    /// `fileName`: string.
    pub file_name: Option<String>,
    /// `imageAsset`: object ImageAsset.
    pub image_asset: Option<asc_core::ImageAsset>,
    /// `uploadOperations`: array of object UploadOperation.
    pub upload_operations: Option<Vec<asc_core::UploadOperation>>,
    /// `assetDeliveryState`: object AppMediaAssetState.
    pub asset_delivery_state: Option<asc_core::AppMediaAssetState>,
}

/// The body of `POST /v1/gameCenterActivityImages` (Apple's `GameCenterActivityImageCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivityImages")]
pub struct GameCenterActivityImageCreate {
    /// `fileSize` (required).
    pub file_size: i64,
    /// `fileName` (required).
    pub file_name: String,
    /// `localization`: the `gameCenterActivityLocalizations` (optional).
    #[asc(relationship)]
    pub localization: Option<Linkage<GameCenterActivityLocalization>>,
    /// `version`: the `gameCenterActivityVersions` (optional).
    #[asc(relationship)]
    pub version: Option<Linkage<GameCenterActivityVersion>>,
}

/// The body of `PATCH /v1/gameCenterActivityImages/{id}` (Apple's `GameCenterActivityImageUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivityImages")]
pub struct GameCenterActivityImageUpdate {
    /// `uploaded`.
    pub uploaded: Option<bool>,
}

// `GameCenterActivityLocalization`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterActivityLocalizations/{id}`: `name` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterActivityLocalizations/{id}`: `description` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterActivityLocalizations`, Apple's `GameCenterActivityLocalization` schema (`GET /v1/gameCenterActivityLocalizations/{id}`).
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
    /// `locale`: string.
    pub locale: Option<String>,
    /// `name`: string.
    pub name: Option<String>,
    /// `description`: string.
    pub description: Option<String>,
    /// `version`: to-one `gameCenterActivityVersions` ([`GameCenterActivityVersion`]).
    #[asc(include)]
    pub version: ToOne<GameCenterActivityVersion>,
    /// `image`: to-one `gameCenterActivityImages` ([`GameCenterActivityImage`]).
    /// `read_image` reads it (`GET /v1/gameCenterActivityLocalizations/{id}/image`).
    /// Linkage: `/v1/gameCenterActivityLocalizations/{id}/relationships/image` (get).
    #[asc(include, related, linkage(get))]
    pub image: ToOne<GameCenterActivityImage>,
}

/// The body of `POST /v1/gameCenterActivityLocalizations` (Apple's `GameCenterActivityLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivityLocalizations")]
pub struct GameCenterActivityLocalizationCreate {
    /// `locale` (required).
    pub locale: String,
    /// `name` (required).
    pub name: String,
    /// `description`.
    pub description: Option<String>,
    /// `version`: the `gameCenterActivityVersions` (required).
    #[asc(relationship)]
    pub version: Linkage<GameCenterActivityVersion>,
}

/// The body of `PATCH /v1/gameCenterActivityLocalizations/{id}` (Apple's `GameCenterActivityLocalizationUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivityLocalizations")]
pub struct GameCenterActivityLocalizationUpdate {
    /// `name`.
    pub name: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

// `GameCenterActivityVersion`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterActivityVersions/{id}`: `fallbackUrl` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterActivityVersions`, Apple's `GameCenterActivityVersion` schema (`GET /v1/gameCenterActivityVersions/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterActivityVersions",
    create = GameCenterActivityVersionCreate,
    update = GameCenterActivityVersionUpdate
)]
pub struct GameCenterActivityVersion {
    /// The resource id.
    pub id: String,
    /// `version`: integer.
    pub version: Option<i64>,
    /// `state`: enum GameCenterVersionState.
    pub state: Option<GameCenterVersionState>,
    /// `fallbackUrl`: string.
    pub fallback_url: Option<String>,
    /// `activity`: to-one `gameCenterActivities` ([`GameCenterActivity`]).
    #[asc(include)]
    pub activity: ToOne<GameCenterActivity>,
    /// `localizations`: to-many `gameCenterActivityLocalizations` ([`GameCenterActivityLocalization`]).
    /// `list_localizations` lists them (`GET /v1/gameCenterActivityVersions/{id}/localizations`).
    /// Linkage: `/v1/gameCenterActivityVersions/{id}/relationships/localizations` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterActivityLocalization>,
    /// `defaultImage`: to-one `gameCenterActivityImages` ([`GameCenterActivityImage`]).
    /// `read_default_image` reads it (`GET /v1/gameCenterActivityVersions/{id}/defaultImage`).
    /// Linkage: `/v1/gameCenterActivityVersions/{id}/relationships/defaultImage` (get).
    #[asc(include, related, linkage(get))]
    pub default_image: ToOne<GameCenterActivityImage>,
    /// `releases`: to-many `gameCenterActivityVersionReleases` ([`GameCenterActivityVersionRelease`]).
    #[asc(include)]
    pub releases: ToMany<GameCenterActivityVersionRelease>,
}

/// The body of `POST /v1/gameCenterActivityVersions` (Apple's `GameCenterActivityVersionCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivityVersions")]
pub struct GameCenterActivityVersionCreate {
    /// `fallbackUrl`.
    pub fallback_url: Option<String>,
    /// `activity`: the `gameCenterActivities` (required).
    #[asc(relationship)]
    pub activity: Linkage<GameCenterActivity>,
}

/// The body of `PATCH /v1/gameCenterActivityVersions/{id}` (Apple's `GameCenterActivityVersionUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivityVersions")]
pub struct GameCenterActivityVersionUpdate {
    /// `fallbackUrl`.
    pub fallback_url: Option<String>,
}

/// `gameCenterActivityVersionReleases`, Apple's `GameCenterActivityVersionRelease` schema (`GET /v1/gameCenterActivityVersionReleases/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterActivityVersionReleases",
    create = GameCenterActivityVersionReleaseCreate,
    delete
)]
pub struct GameCenterActivityVersionRelease {
    /// The resource id.
    pub id: String,
    /// `version`: to-one `gameCenterActivityVersions` ([`GameCenterActivityVersion`]).
    #[asc(include)]
    pub version: ToOne<GameCenterActivityVersion>,
}

/// The body of `POST /v1/gameCenterActivityVersionReleases` (Apple's `GameCenterActivityVersionReleaseCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterActivityVersionReleases")]
pub struct GameCenterActivityVersionReleaseCreate {
    /// `gameCenterDetail`: the `gameCenterDetails` (required).
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// `version`: the `gameCenterActivityVersions` (required).
    #[asc(relationship)]
    pub version: Linkage<GameCenterActivityVersion>,
}
