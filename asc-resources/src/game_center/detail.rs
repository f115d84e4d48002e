//! An app's Game Center detail: the parent of its achievements,
//! leaderboards, leaderboard sets, activities and challenges, and the link to
//! the app, its Game Center versions and the group it may join.

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::{
    App, AppStoreVersion, GameCenterAchievement, GameCenterAchievementRelease,
    GameCenterAchievementV2, GameCenterActivity, GameCenterActivityVersionRelease,
    GameCenterAppVersion, GameCenterChallenge, GameCenterChallengeVersionRelease, GameCenterGroup,
    GameCenterLeaderboard, GameCenterLeaderboardRelease, GameCenterLeaderboardSet,
    GameCenterLeaderboardSetRelease, GameCenterLeaderboardSetV2, GameCenterLeaderboardV2,
};

/// An app's Game Center detail (`gameCenterDetails`,
/// `GET /v1/gameCenterDetails/{id}`; Apple has no `/v2` route for it): one
/// per app (`App::read_game_center_detail` finds it), holding what the app's
/// Game Center offers, `/v1` and `/v2` lists side by side, its Game Center
/// app versions, the group it may share with other apps, and the releases.
///
/// Apple's document 4.4.1 deprecates the `/v1` relationships
/// (`gameCenterLeaderboards`, `gameCenterLeaderboardSets`,
/// `gameCenterAchievements`, `defaultLeaderboard`, `defaultGroupLeaderboard`),
/// the `...Releases` lists and the `challengeEnabled` attribute in favour of
/// the `...V2` relationships and the versions' states; they keep working
/// until Apple removes them. The two metrics routes
/// (`GET /v1/gameCenterDetails/{id}/metrics/...`) answer metrics, not
/// JSON:API resources, and are not declared.
///
/// ```no_run
/// use asc_resources::{GameCenterAchievementV2, GameCenterDetail};
/// use futures_util::TryStreamExt;
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let achievements: Vec<GameCenterAchievementV2> =
///     GameCenterDetail::list_game_center_achievements_v2(&client, "DETAIL_ID")
///         .items()
///         .try_collect()
///         .await?;
/// println!("{} achievements", achievements.len());
/// # Ok(()) }
/// ```
///
/// Apple's `PATCH` clears `challengeEnabled` with `null`; the update payload
/// can set it, not clear it.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterDetails", create = GameCenterDetailCreate, update = GameCenterDetailUpdate)]
pub struct GameCenterDetail {
    /// The resource id.
    pub id: String,
    /// Whether the app is in Apple Arcade.
    pub arcade_enabled: Option<bool>,
    /// Whether challenges are on (deprecated by Apple).
    pub challenge_enabled: Option<bool>,
    /// The app this detail belongs to.
    #[asc(relationship, include)]
    pub app: ToOne<App>,
    /// The app's Game Center app versions (one per App Store version with
    /// Game Center). `list_game_center_app_versions` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterAppVersions`, pages of up
    /// to 200, filtered by `enabled`); `list_game_center_app_versions_ids`
    /// lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(enabled: bool), limit = 200),
        linkage(get)
    )]
    pub game_center_app_versions: ToMany<GameCenterAppVersion>,
    /// The group the app shares its Game Center with, if any.
    /// `read_game_center_group` reads it
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterGroup`);
    /// `read_game_center_group_id` reads its id.
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The app's leaderboards, `/v1` (deprecated by Apple).
    /// `list_game_center_leaderboards` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards`, pages of up
    /// to 200, filtered by reference name, archived or id);
    /// `list_game_center_leaderboards_ids` lists their ids and
    /// `replace_game_center_leaderboards` orders them (`PATCH .../relationships/gameCenterLeaderboards`).
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace),
        deprecated = "use `game_center_leaderboards_v2`"
    )]
    pub game_center_leaderboards: ToMany<GameCenterLeaderboard>,
    /// The app's leaderboards, `/v2`. `list_game_center_leaderboards_v2`
    /// lists them (`GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`,
    /// pages of up to 200, filtered by reference name, archived or id);
    /// `list_game_center_leaderboards_v2_ids` lists their ids and
    /// `replace_game_center_leaderboards_v2` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace)
    )]
    pub game_center_leaderboards_v2: ToMany<GameCenterLeaderboardV2>,
    /// The app's leaderboard sets, `/v1` (deprecated by Apple).
    /// `list_game_center_leaderboard_sets` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`, pages of
    /// up to 200, filtered by reference name or id);
    /// `list_game_center_leaderboard_sets_ids` lists their ids and
    /// `replace_game_center_leaderboard_sets` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, id: ids), limit = 200),
        linkage(get, replace),
        deprecated = "use `game_center_leaderboard_sets_v2`"
    )]
    pub game_center_leaderboard_sets: ToMany<GameCenterLeaderboardSet>,
    /// The app's leaderboard sets, `/v2`.
    /// `list_game_center_leaderboard_sets_v2` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2`, pages
    /// of up to 200, filtered by reference name or id);
    /// `list_game_center_leaderboard_sets_v2_ids` lists their ids and
    /// `replace_game_center_leaderboard_sets_v2` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, id: ids), limit = 200),
        linkage(get, replace)
    )]
    pub game_center_leaderboard_sets_v2: ToMany<GameCenterLeaderboardSetV2>,
    /// The app's achievements, `/v1` (deprecated by Apple).
    /// `list_game_center_achievements` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterAchievements`, pages of up
    /// to 200, filtered by reference name, archived or id);
    /// `list_game_center_achievements_ids` lists their ids and
    /// `replace_game_center_achievements` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace),
        deprecated = "use `game_center_achievements_v2`"
    )]
    pub game_center_achievements: ToMany<GameCenterAchievement>,
    /// The app's achievements, `/v2`. `list_game_center_achievements_v2`
    /// lists them (`GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`,
    /// pages of up to 200, filtered by reference name, archived or id);
    /// `list_game_center_achievements_v2_ids` lists their ids and
    /// `replace_game_center_achievements_v2` orders them.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, replace)
    )]
    pub game_center_achievements_v2: ToMany<GameCenterAchievementV2>,
    /// The app's activities. `list_game_center_activities` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterActivities`, pages of up to
    /// 200); `list_game_center_activities_ids` lists their ids.
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub game_center_activities: ToMany<GameCenterActivity>,
    /// The app's challenges. `list_game_center_challenges` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterChallenges`, pages of up to
    /// 200, filtered by reference name, archived or id);
    /// `list_game_center_challenges_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get)
    )]
    pub game_center_challenges: ToMany<GameCenterChallenge>,
    /// The `/v1` leaderboard Game Center shows first (deprecated by Apple).
    #[asc(relationship, include)]
    pub default_leaderboard: ToOne<GameCenterLeaderboard>,
    /// The `/v2` leaderboard Game Center shows first.
    #[asc(relationship, include)]
    pub default_leaderboard_v2: ToOne<GameCenterLeaderboardV2>,
    /// The group's `/v1` leaderboard shown first, when the app is in a
    /// group (deprecated by Apple).
    #[asc(relationship, include)]
    pub default_group_leaderboard: ToOne<GameCenterLeaderboard>,
    /// The group's `/v2` leaderboard shown first, when the app is in a group.
    #[asc(relationship, include)]
    pub default_group_leaderboard_v2: ToOne<GameCenterLeaderboardV2>,
    /// The achievements released in this detail (deprecated by Apple).
    /// `list_achievement_releases` lists them
    /// (`GET /v1/gameCenterDetails/{id}/achievementReleases`, pages of up to
    /// 200, filtered by `live` or achievement id); `list_achievement_releases_ids`
    /// lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(live: bool, gameCenterAchievement: ids), limit = 200),
        linkage(get)
    , deprecated = "Apple deprecates these routes, with no replacement")]
    pub achievement_releases: ToMany<GameCenterAchievementRelease>,
    /// The activity versions released in this detail (deprecated by Apple).
    /// `list_activity_releases` lists them
    /// (`GET /v1/gameCenterDetails/{id}/activityReleases`, pages of up to 200);
    /// `list_activity_releases_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(limit = 200),
        linkage(get),
        deprecated = "Apple deprecates these routes, with no replacement"
    )]
    pub activity_releases: ToMany<GameCenterActivityVersionRelease>,
    /// The challenge versions released in this detail (deprecated by Apple).
    /// `list_challenge_releases` lists them
    /// (`GET /v1/gameCenterDetails/{id}/challengeReleases`, pages of up to
    /// 200); `list_challenge_releases_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(limit = 200),
        linkage(get),
        deprecated = "Apple deprecates these routes, with no replacement"
    )]
    pub challenge_releases: ToMany<GameCenterChallengeVersionRelease>,
    /// The leaderboards released in this detail (deprecated by Apple).
    /// `list_leaderboard_releases` lists them
    /// (`GET /v1/gameCenterDetails/{id}/leaderboardReleases`, pages of up to
    /// 200, filtered by `live` or leaderboard id); `list_leaderboard_releases_ids`
    /// lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(live: bool, gameCenterLeaderboard: ids), limit = 200),
        linkage(get)
    , deprecated = "Apple deprecates these routes, with no replacement")]
    pub leaderboard_releases: ToMany<GameCenterLeaderboardRelease>,
    /// The leaderboard sets released in this detail (deprecated by Apple).
    /// `list_leaderboard_set_releases` lists them
    /// (`GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`, pages of up
    /// to 200, filtered by `live` or set id); `list_leaderboard_set_releases_ids`
    /// lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(live: bool, gameCenterLeaderboardSet: ids), limit = 200),
        linkage(get)
    , deprecated = "Apple deprecates these routes, with no replacement")]
    pub leaderboard_set_releases: ToMany<GameCenterLeaderboardSetRelease>,
    /// The lowest App Store versions, per platform, on which challenges are
    /// offered. Apple has no list or id read for it;
    /// `replace_challenges_minimum_platform_versions` sets them
    /// (`PATCH .../relationships/challengesMinimumPlatformVersions`).
    #[asc(relationship, include, linkage(replace))]
    pub challenges_minimum_platform_versions: ToMany<AppStoreVersion>,
}

/// The body of `POST /v1/gameCenterDetails` (Apple's
/// `GameCenterDetailCreateRequest`): turns Game Center on for an app.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterDetails")]
pub struct GameCenterDetailCreate {
    /// Whether challenges are on (deprecated by Apple); `None` leaves it out.
    pub challenge_enabled: Option<bool>,
    /// The app to turn Game Center on for.
    #[asc(relationship)]
    pub app: Linkage<App>,
}

/// The body of `PATCH /v1/gameCenterDetails/{id}` (Apple's
/// `GameCenterDetailUpdateRequest`); each `None` is left out.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterDetails")]
pub struct GameCenterDetailUpdate {
    /// Whether challenges are on (deprecated by Apple).
    pub challenge_enabled: Option<bool>,
    /// The group to share the app's Game Center with.
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
    /// The `/v1` leaderboard Game Center shows first (deprecated by Apple).
    #[asc(relationship)]
    pub default_leaderboard: Option<Linkage<GameCenterLeaderboard>>,
    /// The `/v2` leaderboard Game Center shows first.
    #[asc(relationship)]
    pub default_leaderboard_v2: Option<Linkage<GameCenterLeaderboardV2>>,
    /// The group's `/v1` leaderboard shown first (deprecated by Apple).
    #[asc(relationship)]
    pub default_group_leaderboard: Option<Linkage<GameCenterLeaderboard>>,
    /// The group's `/v2` leaderboard shown first.
    #[asc(relationship)]
    pub default_group_leaderboard_v2: Option<Linkage<GameCenterLeaderboardV2>>,
}
