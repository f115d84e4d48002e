//! An app's Game Center detail: the parent of its leaderboards, leaderboard
//! sets and achievements.

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use super::leaderboards::v1::{GameCenterLeaderboard, GameCenterLeaderboardSet};
use super::v1::GameCenterAchievement;

/// An app's Game Center detail (`gameCenterDetails`,
/// `GET /v1/gameCenterDetails/{id}`; Apple has no `/v2` route for it),
/// declared with its attributes, its leaderboards, leaderboard sets and
/// achievements, and its default leaderboard. Apple's other relationships
/// (app, app versions, group, the `...V2` lists, activities, challenges,
/// releases) are not declared yet.
///
/// The lists of `/v1` leaderboards, sets and achievements are deprecated by
/// Apple (document 4.4.1) in favour of `gameCenterLeaderboardsV2`,
/// `gameCenterLeaderboardSetsV2` and `gameCenterAchievementsV2`, not
/// declared yet.
///
/// ```no_run
/// use asc_resources::{GameCenterDetail, GameCenterLeaderboard};
/// use futures_util::TryStreamExt;
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let leaderboards: Vec<GameCenterLeaderboard> =
///     GameCenterDetail::list_game_center_leaderboards(&client, "DETAIL_ID")
///         .items()
///         .try_collect()
///         .await?;
/// println!("{} leaderboards", leaderboards.len());
/// # Ok(()) }
/// ```
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterDetails", update = GameCenterDetailUpdate)]
pub struct GameCenterDetail {
    /// The resource id.
    pub id: String,
    /// Whether the app is in Apple Arcade.
    pub arcade_enabled: Option<bool>,
    /// Whether challenges are on (deprecated by Apple).
    pub challenge_enabled: Option<bool>,
    /// The app's leaderboards. `list_game_center_leaderboards` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards`, pages of up
    /// to 200, filtered by reference name, archived or id);
    /// `list_game_center_leaderboards_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get)
    )]
    pub game_center_leaderboards: ToMany<GameCenterLeaderboard>,
    /// The app's leaderboard sets. `list_game_center_leaderboard_sets` lists
    /// them (`GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`, pages
    /// of up to 200, filtered by reference name or id);
    /// `list_game_center_leaderboard_sets_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, id: ids), limit = 200),
        linkage(get)
    )]
    pub game_center_leaderboard_sets: ToMany<GameCenterLeaderboardSet>,
    /// The app's achievements. `list_game_center_achievements` lists them
    /// (`GET /v1/gameCenterDetails/{id}/gameCenterAchievements`, pages of up
    /// to 200, filtered by reference name, archived or id);
    /// `list_game_center_achievements_ids` lists their ids.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get)
    )]
    pub game_center_achievements: ToMany<GameCenterAchievement>,
    /// The leaderboard Game Center shows first.
    #[asc(relationship, include)]
    pub default_leaderboard: ToOne<GameCenterLeaderboard>,
}

/// The body of `PATCH /v1/gameCenterDetails/{id}` (Apple's
/// `GameCenterDetailUpdateRequest`); its group and `...V2` default
/// leaderboard relationships are not declared yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterDetails")]
pub struct GameCenterDetailUpdate {
    /// Whether challenges are on; `None` leaves it out.
    pub challenge_enabled: Option<bool>,
    /// The leaderboard Game Center shows first; `None` leaves it out.
    #[asc(relationship)]
    pub default_leaderboard: Option<Linkage<GameCenterLeaderboard>>,
}
