//! What a game submits for a player: achievement progress and leaderboard scores.

#![allow(unused_imports)]
use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::*;

// `GameCenterPlayerAchievementSubmission`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - Apple has no `GET /v1/gameCenterPlayerAchievementSubmissions/{id}`, but the derive always generates `read`
/// `gameCenterPlayerAchievementSubmissions`, Apple's `GameCenterPlayerAchievementSubmission` schema (collection `/v1/gameCenterPlayerAchievementSubmissions`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterPlayerAchievementSubmissions",
    create = GameCenterPlayerAchievementSubmissionCreate
)]
pub struct GameCenterPlayerAchievementSubmission {
    /// The resource id.
    pub id: String,
    /// `bundleId`: string.
    pub bundle_id: Option<String>,
    /// `challengeIds`: array of string.
    pub challenge_ids: Option<Vec<String>>,
    /// `percentageAchieved`: integer.
    pub percentage_achieved: Option<i64>,
    /// `scopedPlayerId`: string.
    pub scoped_player_id: Option<String>,
    /// `submittedDate`: string (date-time).
    pub submitted_date: Option<String>,
    /// `vendorIdentifier`: string.
    pub vendor_identifier: Option<String>,
    /// `preReleased`: boolean.
    pub pre_released: Option<bool>,
}

/// The body of `POST /v1/gameCenterPlayerAchievementSubmissions` (Apple's `GameCenterPlayerAchievementSubmissionCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterPlayerAchievementSubmissions")]
pub struct GameCenterPlayerAchievementSubmissionCreate {
    /// `bundleId` (required).
    pub bundle_id: String,
    /// `challengeIds`.
    pub challenge_ids: Option<Vec<String>>,
    /// `percentageAchieved` (required).
    pub percentage_achieved: i64,
    /// `scopedPlayerId` (required).
    pub scoped_player_id: String,
    /// `submittedDate`.
    pub submitted_date: Option<String>,
    /// `vendorIdentifier` (required).
    pub vendor_identifier: String,
    /// `preReleased`.
    pub pre_released: Option<bool>,
}

// `GameCenterLeaderboardEntrySubmission`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - Apple has no `GET /v1/gameCenterLeaderboardEntrySubmissions/{id}`, but the derive always generates `read`
/// `gameCenterLeaderboardEntrySubmissions`, Apple's `GameCenterLeaderboardEntrySubmission` schema (collection `/v1/gameCenterLeaderboardEntrySubmissions`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardEntrySubmissions",
    create = GameCenterLeaderboardEntrySubmissionCreate
)]
pub struct GameCenterLeaderboardEntrySubmission {
    /// The resource id.
    pub id: String,
    /// `bundleId`: string.
    pub bundle_id: Option<String>,
    /// `challengeIds`: array of string.
    pub challenge_ids: Option<Vec<String>>,
    /// `context`: string (number).
    pub context: Option<String>,
    /// `scopedPlayerId`: string.
    pub scoped_player_id: Option<String>,
    /// `score`: string (number).
    pub score: Option<String>,
    /// `submittedDate`: string (date-time).
    pub submitted_date: Option<String>,
    /// `vendorIdentifier`: string.
    pub vendor_identifier: Option<String>,
    /// `preReleased`: boolean.
    pub pre_released: Option<bool>,
}

/// The body of `POST /v1/gameCenterLeaderboardEntrySubmissions` (Apple's `GameCenterLeaderboardEntrySubmissionCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardEntrySubmissions")]
pub struct GameCenterLeaderboardEntrySubmissionCreate {
    /// `bundleId` (required).
    pub bundle_id: String,
    /// `challengeIds`.
    pub challenge_ids: Option<Vec<String>>,
    /// `context`.
    pub context: Option<String>,
    /// `scopedPlayerId` (required).
    pub scoped_player_id: String,
    /// `score` (required).
    pub score: String,
    /// `submittedDate`.
    pub submitted_date: Option<String>,
    /// `vendorIdentifier` (required).
    pub vendor_identifier: String,
    /// `preReleased`.
    pub pre_released: Option<bool>,
}
