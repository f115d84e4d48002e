//! Game Center groups (one Game Center shared by several apps), and the
//! Game Center versions of an app: [`GameCenterAppVersion`] (one per App
//! Store version) and the deprecated [`GameCenterEnabledVersion`].

use asc_core::{AscPayload, AscResource, ImageAsset, Linkage, ToMany, ToOne};

use crate::{
    App, AppStoreVersion, GameCenterAchievement, GameCenterAchievementV2, GameCenterActivity,
    GameCenterChallenge, GameCenterDetail, GameCenterLeaderboard, GameCenterLeaderboardSet,
    GameCenterLeaderboardSetV2, GameCenterLeaderboardV2, Platform,
};

/// A Game Center group (`gameCenterGroups`, `GET /v1/gameCenterGroups/{id}`):
/// achievements, leaderboards, leaderboard sets, activities and challenges
/// shared by the apps whose details join it. `list` lists the groups of the
/// team (`GET /v1/gameCenterGroups`, pages of up to 200, filtered by detail
/// id); `create`, `update` and `delete` write them.
///
/// The `/v1` lists and linkage of `gameCenterLeaderboards`,
/// `gameCenterLeaderboardSets` and `gameCenterAchievements` are deprecated
/// by Apple (document 4.4.1) in favour of the `...V2` ones; they keep
/// working until Apple removes them. Apple's `PATCH` clears
/// `referenceName` with `null`; the update payload can set it, not clear it.
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
    /// The name shown in App Store Connect.
    pub reference_name: Option<String>,
    /// The details (apps) in the group. `list_game_center_details` lists
    /// them (`GET /v1/gameCenterGroups/{id}/gameCenterDetails`, pages of up
    /// to 200, filtered by whether their app versions have Game Center
    /// enabled); `list_game_center_details_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(filter("gameCenterAppVersions.enabled": strings), limit = 200),
        linkage(get)
    )]
    pub game_center_details: ToMany<GameCenterDetail>,
    /// The group's leaderboards, `/v1` (deprecated by Apple).
    /// `list_game_center_leaderboards` lists them (filtered by reference
    /// name, archived or id); `list_game_center_leaderboards_ids` lists their
    /// ids and `replace_game_center_leaderboards` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace),
        deprecated = "use `game_center_leaderboards_v2`"
    )]
    pub game_center_leaderboards: ToMany<GameCenterLeaderboard>,
    /// The group's leaderboards, `/v2`. `list_game_center_leaderboards_v2`
    /// lists them (`GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2`,
    /// filtered by reference name, archived or id);
    /// `list_game_center_leaderboards_v2_ids` lists their ids and
    /// `replace_game_center_leaderboards_v2` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace)
    )]
    pub game_center_leaderboards_v2: ToMany<GameCenterLeaderboardV2>,
    /// The group's leaderboard sets, `/v1` (deprecated by Apple).
    /// `list_game_center_leaderboard_sets` lists them (filtered by reference
    /// name or id); `list_game_center_leaderboard_sets_ids` lists their ids
    /// and `replace_game_center_leaderboard_sets` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, id: ids), limit = 200),
        linkage(get, replace),
        deprecated = "use `game_center_leaderboard_sets_v2`"
    )]
    pub game_center_leaderboard_sets: ToMany<GameCenterLeaderboardSet>,
    /// The group's leaderboard sets, `/v2`.
    /// `list_game_center_leaderboard_sets_v2` lists them (filtered by
    /// reference name or id); `list_game_center_leaderboard_sets_v2_ids`
    /// lists their ids and `replace_game_center_leaderboard_sets_v2` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, id: ids), limit = 200),
        linkage(get, replace)
    )]
    pub game_center_leaderboard_sets_v2: ToMany<GameCenterLeaderboardSetV2>,
    /// The group's achievements, `/v1` (deprecated by Apple).
    /// `list_game_center_achievements` lists them (filtered by reference
    /// name, archived or id); `list_game_center_achievements_ids` lists
    /// their ids and `replace_game_center_achievements` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace),
        deprecated = "use `game_center_achievements_v2`"
    )]
    pub game_center_achievements: ToMany<GameCenterAchievement>,
    /// The group's achievements, `/v2`. `list_game_center_achievements_v2`
    /// lists them (`GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2`,
    /// filtered by reference name, archived or id);
    /// `list_game_center_achievements_v2_ids` lists their ids and
    /// `replace_game_center_achievements_v2` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace)
    )]
    pub game_center_achievements_v2: ToMany<GameCenterAchievementV2>,
    /// The group's activities. `list_game_center_activities` lists them
    /// (pages of up to 200); `list_game_center_activities_ids` lists their ids.
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub game_center_activities: ToMany<GameCenterActivity>,
    /// The group's challenges. `list_game_center_challenges` lists them
    /// (filtered by reference name, archived or id);
    /// `list_game_center_challenges_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get)
    )]
    pub game_center_challenges: ToMany<GameCenterChallenge>,
}

/// The body of `POST /v1/gameCenterGroups` (Apple's
/// `GameCenterGroupCreateRequest`): a new, empty group.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterGroups")]
pub struct GameCenterGroupCreate {
    /// The name shown in App Store Connect; `None` leaves it out.
    pub reference_name: Option<String>,
}

/// The body of `PATCH /v1/gameCenterGroups/{id}` (Apple's
/// `GameCenterGroupUpdateRequest`).
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterGroups")]
pub struct GameCenterGroupUpdate {
    /// The new reference name; `None` leaves it out.
    pub reference_name: Option<String>,
}

/// The Game Center side of one App Store version (`gameCenterAppVersions`,
/// `GET /v1/gameCenterAppVersions/{id}`): whether Game Center is enabled
/// in it, and the other app versions it plays with. Listed from the detail
/// (`GameCenterDetail::list_game_center_app_versions`); created for an App
/// Store version and updated, never deleted.
///
/// Apple's `PATCH` clears `enabled` with `null`; the update payload can set
/// it, not clear it.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAppVersions",
    create = GameCenterAppVersionCreate,
    update = GameCenterAppVersionUpdate
)]
pub struct GameCenterAppVersion {
    /// The resource id.
    pub id: String,
    /// Whether Game Center is enabled in this version.
    pub enabled: Option<bool>,
    /// The app versions players of this one can play with.
    /// `list_compatibility_versions` lists them
    /// (`GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`, pages of
    /// up to 200, filtered by `enabled`); `list_compatibility_versions_ids`
    /// lists their ids, `add_compatibility_versions` and
    /// `remove_compatibility_versions` change them.
    #[asc(
        relationship,
        include,
        list(filter(enabled: bool), limit = 200),
        linkage(get, add, remove)
    )]
    pub compatibility_versions: ToMany<GameCenterAppVersion>,
    /// The App Store version this belongs to. `read_app_store_version` reads
    /// it (`GET /v1/gameCenterAppVersions/{id}/appStoreVersion`);
    /// `read_app_store_version_id` reads its id.
    #[asc(relationship, include, related, linkage(get))]
    pub app_store_version: ToOne<AppStoreVersion>,
}

/// The body of `POST /v1/gameCenterAppVersions` (Apple's
/// `GameCenterAppVersionCreateRequest`): Game Center for an App Store version.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterAppVersions")]
pub struct GameCenterAppVersionCreate {
    /// The App Store version.
    #[asc(relationship)]
    pub app_store_version: Linkage<AppStoreVersion>,
}

/// The body of `PATCH /v1/gameCenterAppVersions/{id}` (Apple's
/// `GameCenterAppVersionUpdateRequest`).
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterAppVersions")]
pub struct GameCenterAppVersionUpdate {
    /// `true` enables Game Center in the version, `false` disables it;
    /// `None` leaves it out.
    pub enabled: Option<bool>,
}

/// A version of an app with Game Center, in the older model
/// (`gameCenterEnabledVersions`): its platform, version string and icon,
/// and the versions it is compatible with. Listed from the app
/// (`App::list_game_center_enabled_versions`); Apple has no
/// `GET /v1/gameCenterEnabledVersions/{id}`, only the routes of its
/// compatible versions, so the `read` the derive generates has no route at
/// Apple.
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named;
/// [`GameCenterAppVersion`] and the [detail](GameCenterDetail) are today's
/// model.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterEnabledVersions",
    no_read,
    deprecated = "Apple deprecates these routes, with no replacement"
)]
pub struct GameCenterEnabledVersion {
    /// The resource id.
    pub id: String,
    /// The platform of the version.
    pub platform: Option<Platform>,
    /// The version string, such as `1.2.0`.
    pub version_string: Option<String>,
    /// The app's icon for this version.
    pub icon_asset: Option<ImageAsset>,
    /// The versions this one is compatible with. `list_compatible_versions`
    /// lists them (`GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions`,
    /// pages of up to 200, filtered by platform, version string, app or id,
    /// sorted by version string); `list_compatible_versions_ids` lists their
    /// ids and `add_`, `remove_` and `replace_compatible_versions` change them.
    #[asc(
        relationship,
        include,
        list(
            filter(platform: Platform, versionString: strings, app: ids, id: ids),
            sort(versionString),
            limit = 200
        ),
        linkage(get, add, remove, replace)
    )]
    pub compatible_versions: ToMany<GameCenterEnabledVersion>,
    /// The app this is a version of.
    #[asc(relationship, include)]
    pub app: ToOne<App>,
}
