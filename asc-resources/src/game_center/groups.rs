//! Game Center groups (shared by several apps), and the Game Center versions of an app.

#![allow(unused_imports)]
use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::*;

// `GameCenterGroup`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterGroups/{id}`: `referenceName` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterGroups/{id}/gameCenterAchievements` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
/// `gameCenterGroups`, Apple's `GameCenterGroup` schema (`GET /v1/gameCenterGroups/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterGroups",
    list(filter(gameCenterDetails: ids), limit = 200),
    create = GameCenterGroupCreate,
    update = GameCenterGroupUpdate,
    delete
)]
pub struct GameCenterGroup {
    /// The resource id.
    pub id: String,
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `gameCenterDetails`: to-many `gameCenterDetails` ([`GameCenterDetail`]).
    /// `list_game_center_details` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterDetails`).
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterDetails` (get).
    #[asc(include, list(filter("gameCenterAppVersions.enabled": strings), limit = 200), linkage(get))]
    pub game_center_details: ToMany<GameCenterDetail>,
    /// `gameCenterLeaderboards`: to-many `gameCenterLeaderboards` ([`GameCenterLeaderboard`]).
    /// **Deprecated by Apple.**
    /// `list_game_center_leaderboards` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`).
    /// `GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards` is deprecated by Apple.
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards` (get, replace).
    #[asc(include, list(filter(referenceName: strings, archived: bool, id: ids), limit = 200), linkage(get, replace))]
    pub game_center_leaderboards: ToMany<GameCenterLeaderboard>,
    /// `gameCenterLeaderboardsV2`: to-many `gameCenterLeaderboards` ([`GameCenterLeaderboardV2`]).
    /// `list_game_center_leaderboards_v2` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2`).
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2` (get, replace).
    #[asc(include, list(filter(referenceName: strings, archived: bool, id: ids), limit = 200), linkage(get, replace))]
    pub game_center_leaderboards_v2: ToMany<GameCenterLeaderboardV2>,
    /// `gameCenterLeaderboardSets`: to-many `gameCenterLeaderboardSets` ([`GameCenterLeaderboardSet`]).
    /// **Deprecated by Apple.**
    /// `list_game_center_leaderboard_sets` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets`).
    /// `GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets` is deprecated by Apple.
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets` (get, replace).
    #[asc(include, list(filter(referenceName: strings, id: ids), limit = 200), linkage(get, replace))]
    pub game_center_leaderboard_sets: ToMany<GameCenterLeaderboardSet>,
    /// `gameCenterLeaderboardSetsV2`: to-many `gameCenterLeaderboardSets` ([`GameCenterLeaderboardSetV2`]).
    /// `list_game_center_leaderboard_sets_v2` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`).
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2` (get, replace).
    #[asc(include, list(filter(referenceName: strings, id: ids), limit = 200), linkage(get, replace))]
    pub game_center_leaderboard_sets_v2: ToMany<GameCenterLeaderboardSetV2>,
    /// `gameCenterAchievements`: to-many `gameCenterAchievements` ([`GameCenterAchievement`]).
    /// **Deprecated by Apple.**
    /// `list_game_center_achievements` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterAchievements`).
    /// `GET /v1/gameCenterGroups/{id}/gameCenterAchievements` is deprecated by Apple.
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterAchievements` (get, replace).
    #[asc(include, list(filter(referenceName: strings, archived: bool, id: ids), limit = 200), linkage(get, replace))]
    pub game_center_achievements: ToMany<GameCenterAchievement>,
    /// `gameCenterAchievementsV2`: to-many `gameCenterAchievements` ([`GameCenterAchievementV2`]).
    /// `list_game_center_achievements_v2` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2`).
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2` (get, replace).
    #[asc(include, list(filter(referenceName: strings, archived: bool, id: ids), limit = 200), linkage(get, replace))]
    pub game_center_achievements_v2: ToMany<GameCenterAchievementV2>,
    /// `gameCenterActivities`: to-many `gameCenterActivities` ([`GameCenterActivity`]).
    /// `list_game_center_activities` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterActivities`).
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterActivities` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub game_center_activities: ToMany<GameCenterActivity>,
    /// `gameCenterChallenges`: to-many `gameCenterChallenges` ([`GameCenterChallenge`]).
    /// `list_game_center_challenges` lists them (`GET /v1/gameCenterGroups/{id}/gameCenterChallenges`).
    /// Linkage: `/v1/gameCenterGroups/{id}/relationships/gameCenterChallenges` (get).
    #[asc(include, list(filter(referenceName: strings, archived: bool, id: ids), limit = 200), linkage(get))]
    pub game_center_challenges: ToMany<GameCenterChallenge>,
}

/// The body of `POST /v1/gameCenterGroups` (Apple's `GameCenterGroupCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterGroups")]
pub struct GameCenterGroupCreate {
    /// `referenceName`.
    pub reference_name: Option<String>,
}

/// The body of `PATCH /v1/gameCenterGroups/{id}` (Apple's `GameCenterGroupUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterGroups")]
pub struct GameCenterGroupUpdate {
    /// `referenceName`.
    pub reference_name: Option<String>,
}

// `GameCenterAppVersion`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterAppVersions/{id}`: `enabled` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterAppVersions`, Apple's `GameCenterAppVersion` schema (`GET /v1/gameCenterAppVersions/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAppVersions",
    create = GameCenterAppVersionCreate,
    update = GameCenterAppVersionUpdate
)]
pub struct GameCenterAppVersion {
    /// The resource id.
    pub id: String,
    /// `enabled`: boolean.
    pub enabled: Option<bool>,
    /// `compatibilityVersions`: to-many `gameCenterAppVersions` ([`GameCenterAppVersion`]).
    /// `list_compatibility_versions` lists them (`GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`).
    /// Linkage: `/v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions` (get, add, remove).
    #[asc(include, list(filter(enabled: bool), limit = 200), linkage(get, add, remove))]
    pub compatibility_versions: ToMany<GameCenterAppVersion>,
    /// `appStoreVersion`: to-one `appStoreVersions` ([`AppStoreVersion`]).
    /// `read_app_store_version` reads it (`GET /v1/gameCenterAppVersions/{id}/appStoreVersion`).
    /// Linkage: `/v1/gameCenterAppVersions/{id}/relationships/appStoreVersion` (get).
    #[asc(include, related, linkage(get))]
    pub app_store_version: ToOne<AppStoreVersion>,
}

/// The body of `POST /v1/gameCenterAppVersions` (Apple's `GameCenterAppVersionCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterAppVersions")]
pub struct GameCenterAppVersionCreate {
    /// `appStoreVersion`: the `appStoreVersions` (required).
    #[asc(relationship)]
    pub app_store_version: Linkage<AppStoreVersion>,
}

/// The body of `PATCH /v1/gameCenterAppVersions/{id}` (Apple's `GameCenterAppVersionUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterAppVersions")]
pub struct GameCenterAppVersionUpdate {
    /// `enabled`.
    pub enabled: Option<bool>,
}

// `GameCenterEnabledVersion`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - Apple has no `GET /v1/gameCenterEnabledVersions/{id}`, but the derive always generates `read`
/// `gameCenterEnabledVersions`, Apple's `GameCenterEnabledVersion` schema (collection `/v1/gameCenterEnabledVersions`).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterEnabledVersions")]
pub struct GameCenterEnabledVersion {
    /// The resource id.
    pub id: String,
    /// `platform`: enum Platform.
    pub platform: Option<Platform>,
    /// `versionString`: string.
    pub version_string: Option<String>,
    /// `iconAsset`: object ImageAsset.
    pub icon_asset: Option<asc_core::ImageAsset>,
    /// `compatibleVersions`: to-many `gameCenterEnabledVersions` ([`GameCenterEnabledVersion`]).
    /// `list_compatible_versions` lists them (`GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions`).
    /// Linkage: `/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions` (get, add, remove, replace).
    #[asc(list(filter(platform: Platform, versionString: strings, app: ids, id: ids), sort(versionString), limit = 200), linkage(get, add, remove, replace))]
    pub compatible_versions: ToMany<GameCenterEnabledVersion>,
    /// `app`: to-one `apps` ([`App`]).
    #[asc(relationship)]
    pub app: ToOne<App>,
}
