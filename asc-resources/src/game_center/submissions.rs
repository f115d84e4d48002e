//! What a game's server submits for a player: achievement progress
//! ([`GameCenterPlayerAchievementSubmission`]) and leaderboard scores
//! ([`GameCenterLeaderboardEntrySubmission`]). Apple only takes them
//! (`POST`): it has no route to read, list, update or delete a submission,
//! so the `read` the derive generates has no route at Apple; `create`
//! answers with the submission as recorded.

use asc_core::{AscPayload, AscResource};

/// Progress of a player towards an achievement, submitted on the player's
/// behalf (`gameCenterPlayerAchievementSubmissions`,
/// `POST /v1/gameCenterPlayerAchievementSubmissions`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterPlayerAchievementSubmissions",
    create = GameCenterPlayerAchievementSubmissionCreate,
    no_read
)]
pub struct GameCenterPlayerAchievementSubmission {
    /// The resource id.
    pub id: String,
    /// The bundle id of the game.
    pub bundle_id: Option<String>,
    /// The challenges the progress counts for.
    pub challenge_ids: Option<Vec<String>>,
    /// How much of the achievement the player has earned, in percent
    /// (100 earns it).
    pub percentage_achieved: Option<i64>,
    /// The player's id as the game's team sees it.
    pub scoped_player_id: Option<String>,
    /// When the player made the progress (ISO 8601 date-time).
    pub submitted_date: Option<String>,
    /// The achievement's vendor identifier.
    pub vendor_identifier: Option<String>,
    /// Whether the submission is for an achievement not released yet.
    pub pre_released: Option<bool>,
}

/// The body of `POST /v1/gameCenterPlayerAchievementSubmissions` (Apple's
/// `GameCenterPlayerAchievementSubmissionCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterPlayerAchievementSubmissions")]
pub struct GameCenterPlayerAchievementSubmissionCreate {
    /// The bundle id of the game.
    pub bundle_id: String,
    /// The challenges the progress counts for; `None` leaves them out.
    pub challenge_ids: Option<Vec<String>>,
    /// How much of the achievement the player has earned, in percent.
    pub percentage_achieved: i64,
    /// The player's id as the game's team sees it.
    pub scoped_player_id: String,
    /// When the player made the progress (ISO 8601 date-time); `None`
    /// leaves it to Apple.
    pub submitted_date: Option<String>,
    /// The achievement's vendor identifier.
    pub vendor_identifier: String,
    /// Whether the achievement is not released yet; `None` leaves it out.
    pub pre_released: Option<bool>,
}

/// A player's score on a leaderboard, submitted on the player's behalf
/// (`gameCenterLeaderboardEntrySubmissions`,
/// `POST /v1/gameCenterLeaderboardEntrySubmissions`). Apple's schema gives
/// `score` and `context` as strings of a number, kept as strings here.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardEntrySubmissions",
    create = GameCenterLeaderboardEntrySubmissionCreate,
    no_read
)]
pub struct GameCenterLeaderboardEntrySubmission {
    /// The resource id.
    pub id: String,
    /// The bundle id of the game.
    pub bundle_id: Option<String>,
    /// The challenges the score counts for.
    pub challenge_ids: Option<Vec<String>>,
    /// The game's context value stored with the score (a number, as a string).
    pub context: Option<String>,
    /// The player's id as the game's team sees it.
    pub scoped_player_id: Option<String>,
    /// The score (a number, as a string).
    pub score: Option<String>,
    /// When the player made the score (ISO 8601 date-time).
    pub submitted_date: Option<String>,
    /// The leaderboard's vendor identifier.
    pub vendor_identifier: Option<String>,
    /// Whether the submission is for a leaderboard not released yet.
    pub pre_released: Option<bool>,
}

/// The body of `POST /v1/gameCenterLeaderboardEntrySubmissions` (Apple's
/// `GameCenterLeaderboardEntrySubmissionCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardEntrySubmissions")]
pub struct GameCenterLeaderboardEntrySubmissionCreate {
    /// The bundle id of the game.
    pub bundle_id: String,
    /// The challenges the score counts for; `None` leaves them out.
    pub challenge_ids: Option<Vec<String>>,
    /// The game's context value (a number, as a string); `None` leaves it out.
    pub context: Option<String>,
    /// The player's id as the game's team sees it.
    pub scoped_player_id: String,
    /// The score (a number, as a string).
    pub score: String,
    /// When the player made the score (ISO 8601 date-time); `None` leaves
    /// it to Apple.
    pub submitted_date: Option<String>,
    /// The leaderboard's vendor identifier.
    pub vendor_identifier: String,
    /// Whether the leaderboard is not released yet; `None` leaves it out.
    pub pre_released: Option<bool>,
}
