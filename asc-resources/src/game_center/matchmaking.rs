//! Game Center matchmaking: queues, rule sets, rules, teams and rule set tests.

#![allow(unused_imports)]
use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::*;

// `GameCenterMatchmakingQueue`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingQueueSizes`: metrics (not JSON:API resources)
// - `GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests`: metrics (not JSON:API resources)
// - `GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingQueueSizes`: metrics (not JSON:API resources)
// - `GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingRequests`: metrics (not JSON:API resources)
// - `GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingSessions`: metrics (not JSON:API resources)
// - `PATCH /v1/gameCenterMatchmakingQueues/{id}`: `classicMatchmakingBundleIds` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterMatchmakingQueues`, Apple's `GameCenterMatchmakingQueue` schema (`GET /v1/gameCenterMatchmakingQueues/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterMatchmakingQueues",
    list(limit = 200),
    create = GameCenterMatchmakingQueueCreate,
    update = GameCenterMatchmakingQueueUpdate,
    delete
)]
pub struct GameCenterMatchmakingQueue {
    /// The resource id.
    pub id: String,
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `classicMatchmakingBundleIds`: array of string.
    pub classic_matchmaking_bundle_ids: Option<Vec<String>>,
    /// `ruleSet`: to-one `gameCenterMatchmakingRuleSets` ([`GameCenterMatchmakingRuleSet`]).
    #[asc(include)]
    pub rule_set: ToOne<GameCenterMatchmakingRuleSet>,
    /// `experimentRuleSet`: to-one `gameCenterMatchmakingRuleSets` ([`GameCenterMatchmakingRuleSet`]).
    #[asc(include)]
    pub experiment_rule_set: ToOne<GameCenterMatchmakingRuleSet>,
}

/// The body of `POST /v1/gameCenterMatchmakingQueues` (Apple's `GameCenterMatchmakingQueueCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingQueues")]
pub struct GameCenterMatchmakingQueueCreate {
    /// `referenceName` (required).
    pub reference_name: String,
    /// `classicMatchmakingBundleIds`.
    pub classic_matchmaking_bundle_ids: Option<Vec<String>>,
    /// `ruleSet`: the `gameCenterMatchmakingRuleSets` (required).
    #[asc(relationship)]
    pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,
    /// `experimentRuleSet`: the `gameCenterMatchmakingRuleSets` (optional).
    #[asc(relationship)]
    pub experiment_rule_set: Option<Linkage<GameCenterMatchmakingRuleSet>>,
}

/// The body of `PATCH /v1/gameCenterMatchmakingQueues/{id}` (Apple's `GameCenterMatchmakingQueueUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingQueues")]
pub struct GameCenterMatchmakingQueueUpdate {
    /// `classicMatchmakingBundleIds`.
    pub classic_matchmaking_bundle_ids: Option<Vec<String>>,
    /// `ruleSet`: the `gameCenterMatchmakingRuleSets` (optional).
    #[asc(relationship)]
    pub rule_set: Option<Linkage<GameCenterMatchmakingRuleSet>>,
    /// `experimentRuleSet`: the `gameCenterMatchmakingRuleSets` (optional).
    #[asc(relationship)]
    pub experiment_rule_set: Option<Linkage<GameCenterMatchmakingRuleSet>>,
}

// `GameCenterMatchmakingRuleSet`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterMatchmakingRuleSets/{id}`: `minPlayers` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterMatchmakingRuleSets/{id}`: `maxPlayers` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterMatchmakingRuleSets`, Apple's `GameCenterMatchmakingRuleSet` schema (`GET /v1/gameCenterMatchmakingRuleSets/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterMatchmakingRuleSets",
    list(limit = 200),
    create = GameCenterMatchmakingRuleSetCreate,
    update = GameCenterMatchmakingRuleSetUpdate,
    delete
)]
pub struct GameCenterMatchmakingRuleSet {
    /// The resource id.
    pub id: String,
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `ruleLanguageVersion`: integer.
    pub rule_language_version: Option<i64>,
    /// `minPlayers`: integer.
    pub min_players: Option<i64>,
    /// `maxPlayers`: integer.
    pub max_players: Option<i64>,
    /// `teams`: to-many `gameCenterMatchmakingTeams` ([`GameCenterMatchmakingTeam`]).
    /// `list_teams` lists them (`GET /v1/gameCenterMatchmakingRuleSets/{id}/teams`).
    /// Linkage: `/v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub teams: ToMany<GameCenterMatchmakingTeam>,
    /// `rules`: to-many `gameCenterMatchmakingRules` ([`GameCenterMatchmakingRule`]).
    /// `list_rules` lists them (`GET /v1/gameCenterMatchmakingRuleSets/{id}/rules`).
    /// Linkage: `/v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub rules: ToMany<GameCenterMatchmakingRule>,
    /// `matchmakingQueues`: to-many `gameCenterMatchmakingQueues` ([`GameCenterMatchmakingQueue`]).
    /// `list_matchmaking_queues` lists them (`GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues`).
    /// Linkage: `/v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub matchmaking_queues: ToMany<GameCenterMatchmakingQueue>,
}

/// The body of `POST /v1/gameCenterMatchmakingRuleSets` (Apple's `GameCenterMatchmakingRuleSetCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRuleSets")]
pub struct GameCenterMatchmakingRuleSetCreate {
    /// `referenceName` (required).
    pub reference_name: String,
    /// `ruleLanguageVersion` (required).
    pub rule_language_version: i64,
    /// `minPlayers` (required).
    pub min_players: i64,
    /// `maxPlayers` (required).
    pub max_players: i64,
}

/// The body of `PATCH /v1/gameCenterMatchmakingRuleSets/{id}` (Apple's `GameCenterMatchmakingRuleSetUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRuleSets")]
pub struct GameCenterMatchmakingRuleSetUpdate {
    /// `minPlayers`.
    pub min_players: Option<i64>,
    /// `maxPlayers`.
    pub max_players: Option<i64>,
}

// `GameCenterMatchmakingRule`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - Apple has no `GET /v1/gameCenterMatchmakingRules/{id}`, but the derive always generates `read`
// - `GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingBooleanRuleResults`: metrics (not JSON:API resources)
// - `GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingNumberRuleResults`: metrics (not JSON:API resources)
// - `GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingRuleErrors`: metrics (not JSON:API resources)
// - `PATCH /v1/gameCenterMatchmakingRules/{id}`: `description` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterMatchmakingRules/{id}`: `expression` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterMatchmakingRules/{id}`: `weight` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterMatchmakingRules`, Apple's `GameCenterMatchmakingRule` schema (collection `/v1/gameCenterMatchmakingRules`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterMatchmakingRules",
    create = GameCenterMatchmakingRuleCreate,
    update = GameCenterMatchmakingRuleUpdate,
    delete
)]
pub struct GameCenterMatchmakingRule {
    /// The resource id.
    pub id: String,
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `description`: string.
    pub description: Option<String>,
    /// `type`: enum [COMPATIBLE, DISTANCE, MATCH, TEAM].
    pub r#type: Option<GameCenterMatchmakingRuleType>,
    /// `expression`: string.
    pub expression: Option<String>,
    /// `weight`: number.
    pub weight: Option<f64>,
}

/// The body of `POST /v1/gameCenterMatchmakingRules` (Apple's `GameCenterMatchmakingRuleCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRules")]
pub struct GameCenterMatchmakingRuleCreate {
    /// `referenceName` (required).
    pub reference_name: String,
    /// `description` (required).
    pub description: String,
    /// `type` (required).
    pub r#type: GameCenterMatchmakingRuleType,
    /// `expression` (required).
    pub expression: String,
    /// `weight`.
    pub weight: Option<f64>,
    /// `ruleSet`: the `gameCenterMatchmakingRuleSets` (required).
    #[asc(relationship)]
    pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,
}

/// The body of `PATCH /v1/gameCenterMatchmakingRules/{id}` (Apple's `GameCenterMatchmakingRuleUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRules")]
pub struct GameCenterMatchmakingRuleUpdate {
    /// `description`.
    pub description: Option<String>,
    /// `expression`.
    pub expression: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}

asc_core::open_enum! {
    /// The values of `type`.
    pub enum GameCenterMatchmakingRuleType {
        /// `COMPATIBLE`.
        Compatible = "COMPATIBLE",
        /// `DISTANCE`.
        Distance = "DISTANCE",
        /// `MATCH`.
        Match = "MATCH",
        /// `TEAM`.
        Team = "TEAM",
    }
}

// `GameCenterMatchmakingRuleSetTest`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - Apple has no `GET /v1/gameCenterMatchmakingRuleSetTests/{id}`, but the derive always generates `read`
// - `POST /v1/gameCenterMatchmakingRuleSetTests` also takes `included` resources (inline creates), which payloads cannot carry
// - `POST /v1/gameCenterMatchmakingRuleSetTests`: the to-many relationship `matchmakingRequests` (required) of the request is left out (payloads take `Linkage<T>`, one id)
/// `gameCenterMatchmakingRuleSetTests`, Apple's `GameCenterMatchmakingRuleSetTest` schema (collection `/v1/gameCenterMatchmakingRuleSetTests`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRuleSetTests", create = GameCenterMatchmakingRuleSetTestCreate)]
pub struct GameCenterMatchmakingRuleSetTest {
    /// The resource id.
    pub id: String,
    /// `matchmakingResults`: array of array of object.
    pub matchmaking_results: Option<Vec<Vec<GameCenterMatchmakingRuleSetTestMatchmakingResults>>>,
}

/// The body of `POST /v1/gameCenterMatchmakingRuleSetTests` (Apple's `GameCenterMatchmakingRuleSetTestCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRuleSetTests")]
pub struct GameCenterMatchmakingRuleSetTestCreate {
    /// `matchmakingRuleSet`: the `gameCenterMatchmakingRuleSets` (required).
    #[asc(relationship)]
    pub matchmaking_rule_set: Linkage<GameCenterMatchmakingRuleSet>,
}

/// The value of `matchmakingResults`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GameCenterMatchmakingRuleSetTestMatchmakingResults {
    /// `requestName`: string.
    #[serde(
        rename = "requestName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_name: Option<String>,
    /// `teamAssignments`: array of object GameCenterMatchmakingTeamAssignment.
    #[serde(
        rename = "teamAssignments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_assignments: Option<Vec<GameCenterMatchmakingTeamAssignment>>,
}

// `GameCenterMatchmakingTeam`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - Apple has no `GET /v1/gameCenterMatchmakingTeams/{id}`, but the derive always generates `read`
// - `PATCH /v1/gameCenterMatchmakingTeams/{id}`: `minPlayers` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterMatchmakingTeams/{id}`: `maxPlayers` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterMatchmakingTeams`, Apple's `GameCenterMatchmakingTeam` schema (collection `/v1/gameCenterMatchmakingTeams`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterMatchmakingTeams",
    create = GameCenterMatchmakingTeamCreate,
    update = GameCenterMatchmakingTeamUpdate,
    delete
)]
pub struct GameCenterMatchmakingTeam {
    /// The resource id.
    pub id: String,
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `minPlayers`: integer.
    pub min_players: Option<i64>,
    /// `maxPlayers`: integer.
    pub max_players: Option<i64>,
}

/// The body of `POST /v1/gameCenterMatchmakingTeams` (Apple's `GameCenterMatchmakingTeamCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingTeams")]
pub struct GameCenterMatchmakingTeamCreate {
    /// `referenceName` (required).
    pub reference_name: String,
    /// `minPlayers` (required).
    pub min_players: i64,
    /// `maxPlayers` (required).
    pub max_players: i64,
    /// `ruleSet`: the `gameCenterMatchmakingRuleSets` (required).
    #[asc(relationship)]
    pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,
}

/// The body of `PATCH /v1/gameCenterMatchmakingTeams/{id}` (Apple's `GameCenterMatchmakingTeamUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingTeams")]
pub struct GameCenterMatchmakingTeamUpdate {
    /// `minPlayers`.
    pub min_players: Option<i64>,
    /// `maxPlayers`.
    pub max_players: Option<i64>,
}

// `GameCenterMatchmakingTestPlayerProperty`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - no route of Apple's document answers with or writes `GameCenterMatchmakingTestPlayerProperty`: the declaration's `read` and path are guesses (`/v1/gameCenterMatchmakingTestPlayerProperties`)
/// `gameCenterMatchmakingTestPlayerProperties`, Apple's `GameCenterMatchmakingTestPlayerProperty` schema.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingTestPlayerProperties")]
pub struct GameCenterMatchmakingTestPlayerProperty {
    /// The resource id.
    pub id: String,
}

// `GameCenterMatchmakingTestRequest`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - no route of Apple's document answers with or writes `GameCenterMatchmakingTestRequest`: the declaration's `read` and path are guesses (`/v1/gameCenterMatchmakingTestRequests`)
/// `gameCenterMatchmakingTestRequests`, Apple's `GameCenterMatchmakingTestRequest` schema.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingTestRequests")]
pub struct GameCenterMatchmakingTestRequest {
    /// The resource id.
    pub id: String,
}

/// Apple's `GameCenterMatchmakingTeamAssignment`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GameCenterMatchmakingTeamAssignment {
    /// `playerId`: string.
    #[serde(rename = "playerId", default, skip_serializing_if = "Option::is_none")]
    pub player_id: Option<String>,
    /// `team`: string.
    #[serde(rename = "team", default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}
