//! Game Center rule-based matchmaking (`/v1`): a game sends its matchmaking
//! requests to a queue; the queue's rule set says how many players a match
//! takes, which requests go together (its rules) and, for team games, the
//! teams. A rule set test runs a rule set on made-up requests.
//!
//! Apple's matchmaking metrics (`GET /v1/gameCenterMatchmakingQueues/{id}/metrics/...`,
//! `GET /v1/gameCenterMatchmakingRules/{id}/metrics/...`) answer with
//! time series, not JSON:API resources: they are not declared here.

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

/// A matchmaking queue (`gameCenterMatchmakingQueues`,
/// `GET /v1/gameCenterMatchmakingQueues/{id}`): where a game sends its
/// rule-based matchmaking requests, matched by the queue's rule set.
///
/// `list` lists every queue of the team (`GET /v1/gameCenterMatchmakingQueues`,
/// pages of up to 200). Their metrics routes are not declared (see the module).
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
    /// The queue's name, which games use to send requests to it.
    pub reference_name: Option<String>,
    /// The bundle ids of games whose players, still on classic (not
    /// rule-based) matchmaking, can be matched with this queue's.
    pub classic_matchmaking_bundle_ids: Option<Vec<String>>,
    /// The rule set that matches the queue's requests.
    #[asc(relationship, include)]
    pub rule_set: ToOne<GameCenterMatchmakingRuleSet>,
    /// A rule set tried on part of the queue's requests, as an experiment
    /// with its own metrics.
    #[asc(relationship, include)]
    pub experiment_rule_set: ToOne<GameCenterMatchmakingRuleSet>,
}

/// The body of `POST /v1/gameCenterMatchmakingQueues` (Apple's
/// `GameCenterMatchmakingQueueCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterMatchmakingQueues")]
pub struct GameCenterMatchmakingQueueCreate {
    /// The queue's name, which games use to send requests to it.
    pub reference_name: String,
    /// The bundle ids of games on classic matchmaking to match with it.
    pub classic_matchmaking_bundle_ids: Option<Vec<String>>,
    /// The rule set that matches its requests.
    #[asc(relationship)]
    pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,
    /// A rule set to try as an experiment.
    #[asc(relationship)]
    pub experiment_rule_set: Option<Linkage<GameCenterMatchmakingRuleSet>>,
}

/// The body of `PATCH /v1/gameCenterMatchmakingQueues/{id}` (Apple's
/// `GameCenterMatchmakingQueueUpdateRequest`). A field left `None` is left
/// out; Apple's `null` for `classicMatchmakingBundleIds`, which clears it,
/// cannot be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterMatchmakingQueues")]
pub struct GameCenterMatchmakingQueueUpdate {
    /// The bundle ids of games on classic matchmaking to match with it.
    pub classic_matchmaking_bundle_ids: Option<Vec<String>>,
    /// Another rule set to match its requests.
    #[asc(relationship)]
    pub rule_set: Option<Linkage<GameCenterMatchmakingRuleSet>>,
    /// Another experiment rule set.
    #[asc(relationship)]
    pub experiment_rule_set: Option<Linkage<GameCenterMatchmakingRuleSet>>,
}

/// A matchmaking rule set (`gameCenterMatchmakingRuleSets`,
/// `GET /v1/gameCenterMatchmakingRuleSets/{id}`): the size of a match, the
/// rules requests are matched by, and the teams, used by queues.
///
/// `list` lists every rule set of the team
/// (`GET /v1/gameCenterMatchmakingRuleSets`, pages of up to 200).
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
    /// The name shown in App Store Connect.
    pub reference_name: Option<String>,
    /// The version of Apple's matchmaking rule language the rules'
    /// expressions are written in (set at creation).
    pub rule_language_version: Option<i64>,
    /// The fewest players in a match.
    pub min_players: Option<i64>,
    /// The most players in a match.
    pub max_players: Option<i64>,
    /// The teams of a team-based game. `list_teams` lists them
    /// (`GET /v1/gameCenterMatchmakingRuleSets/{id}/teams`, pages of up to
    /// 200); `list_teams_ids` lists their ids (`GET .../relationships/teams`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub teams: ToMany<GameCenterMatchmakingTeam>,
    /// The rules. `list_rules` lists them
    /// (`GET /v1/gameCenterMatchmakingRuleSets/{id}/rules`, pages of up to
    /// 200); `list_rules_ids` lists their ids (`GET .../relationships/rules`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub rules: ToMany<GameCenterMatchmakingRule>,
    /// The queues that use this rule set. `list_matchmaking_queues` lists
    /// them (`GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues`,
    /// pages of up to 200); `list_matchmaking_queues_ids` lists their ids
    /// (`GET .../relationships/matchmakingQueues`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub matchmaking_queues: ToMany<GameCenterMatchmakingQueue>,
}

/// The body of `POST /v1/gameCenterMatchmakingRuleSets` (Apple's
/// `GameCenterMatchmakingRuleSetCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterMatchmakingRuleSets")]
pub struct GameCenterMatchmakingRuleSetCreate {
    /// The name shown in App Store Connect.
    pub reference_name: String,
    /// The version of the rule language the rules are written in (`1`).
    pub rule_language_version: i64,
    /// The fewest players in a match.
    pub min_players: i64,
    /// The most players in a match.
    pub max_players: i64,
}

/// The body of `PATCH /v1/gameCenterMatchmakingRuleSets/{id}` (Apple's
/// `GameCenterMatchmakingRuleSetUpdateRequest`). `None` leaves a field out;
/// Apple's `null`, which clears it, cannot be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterMatchmakingRuleSets")]
pub struct GameCenterMatchmakingRuleSetUpdate {
    /// The fewest players in a match.
    pub min_players: Option<i64>,
    /// The most players in a match.
    pub max_players: Option<i64>,
}

/// A rule of a matchmaking rule set (`gameCenterMatchmakingRules`, created
/// with `POST /v1/gameCenterMatchmakingRules`): an expression over the
/// requests (and their players' properties) that decides or weighs which
/// requests go into one match.
///
/// Apple has no `GET /v1/gameCenterMatchmakingRules/{id}`: rules are read
/// through their rule set (`GameCenterMatchmakingRuleSet::list_rules`, or
/// `include`). Their metrics routes are not declared (see the module).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterMatchmakingRules",
    create = GameCenterMatchmakingRuleCreate,
    update = GameCenterMatchmakingRuleUpdate,
    delete,
    no_read
)]
pub struct GameCenterMatchmakingRule {
    /// The resource id.
    pub id: String,
    /// The rule's name, also its name in metrics and errors (set at creation).
    pub reference_name: Option<String>,
    /// What the rule is for, in words.
    pub description: Option<String>,
    /// How the expression is used: see [`GameCenterMatchmakingRuleType`]
    /// (set at creation).
    pub r#type: Option<GameCenterMatchmakingRuleType>,
    /// The rule, in the rule language of the rule set
    /// (`ruleLanguageVersion`): a boolean expression for `COMPATIBLE`,
    /// `MATCH` and `TEAM` rules, a number for `DISTANCE` rules.
    pub expression: Option<String>,
    /// How much a `DISTANCE` rule counts when possible matches are ranked,
    /// against the rule set's other distance rules.
    pub weight: Option<f64>,
}

/// The body of `POST /v1/gameCenterMatchmakingRules` (Apple's
/// `GameCenterMatchmakingRuleCreateRequest`): a new rule in a rule set.
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRules")]
pub struct GameCenterMatchmakingRuleCreate {
    /// The rule's name.
    pub reference_name: String,
    /// What the rule is for, in words.
    pub description: String,
    /// How the expression is used.
    pub r#type: GameCenterMatchmakingRuleType,
    /// The rule's expression, in the rule set's rule language.
    pub expression: String,
    /// How much a `DISTANCE` rule counts.
    pub weight: Option<f64>,
    /// The rule set the rule belongs to.
    #[asc(relationship)]
    pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,
}

/// The body of `PATCH /v1/gameCenterMatchmakingRules/{id}` (Apple's
/// `GameCenterMatchmakingRuleUpdateRequest`). `None` leaves a field out;
/// Apple's `null`, which clears it, cannot be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterMatchmakingRules")]
pub struct GameCenterMatchmakingRuleUpdate {
    /// What the rule is for, in words.
    pub description: Option<String>,
    /// The rule's expression.
    pub expression: Option<String>,
    /// How much a `DISTANCE` rule counts.
    pub weight: Option<f64>,
}

asc_core::open_enum! {
    /// How a matchmaking rule's expression is used (`type`).
    pub enum GameCenterMatchmakingRuleType {
        /// Evaluated on two requests: whether they may be in one match.
        Compatible = "COMPATIBLE",
        /// Evaluated on two requests: how far apart they are; matches with
        /// smaller distances are preferred, by the rule's `weight`.
        Distance = "DISTANCE",
        /// Evaluated on a whole possible match: whether it may be made.
        Match = "MATCH",
        /// Evaluated on a possible team: whether it may be made.
        Team = "TEAM",
    }
}

/// A test run of a matchmaking rule set on made-up requests
/// (`gameCenterMatchmakingRuleSetTests`, created with
/// `POST /v1/gameCenterMatchmakingRuleSetTests`): its answer holds the
/// matches the rule set would make.
///
/// Apple has no `GET /v1/gameCenterMatchmakingRuleSetTests/{id}`: the
/// answer to the create is the only way to see the results.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingRuleSetTests", create = GameCenterMatchmakingRuleSetTestCreate, no_read)]
pub struct GameCenterMatchmakingRuleSetTest {
    /// The resource id.
    pub id: String,
    /// The matches made: one list per match, of the requests in it.
    pub matchmaking_results: Option<Vec<Vec<GameCenterMatchmakingRuleSetTestMatchmakingResults>>>,
}

/// The body of `POST /v1/gameCenterMatchmakingRuleSetTests` (Apple's
/// `GameCenterMatchmakingRuleSetTestCreateRequest`): the rule set to test.
///
/// Apple's request also requires the test requests
/// (`matchmakingRequests`, a to-many relationship to
/// [`GameCenterMatchmakingTestRequest`]s created inline, in `included`,
/// with their [`GameCenterMatchmakingTestPlayerProperty`]s); a payload
/// cannot carry inline creates yet, and Apple's schema requires them.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterMatchmakingRuleSetTests")]
pub struct GameCenterMatchmakingRuleSetTestCreate {
    /// The rule set to test.
    #[asc(relationship)]
    pub matchmaking_rule_set: Linkage<GameCenterMatchmakingRuleSet>,
}

/// One request of a match in a rule set test's results (the items of
/// `matchmakingResults`).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct GameCenterMatchmakingRuleSetTestMatchmakingResults {
    /// The name the test gave the request (its `requestName`).
    #[serde(
        rename = "requestName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_name: Option<String>,
    /// The team each of the request's players is put in.
    #[serde(
        rename = "teamAssignments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_assignments: Option<Vec<GameCenterMatchmakingTeamAssignment>>,
}

/// A team of a team-based matchmaking rule set
/// (`gameCenterMatchmakingTeams`, created with
/// `POST /v1/gameCenterMatchmakingTeams`), with how many players it takes.
///
/// Apple has no `GET /v1/gameCenterMatchmakingTeams/{id}`: teams are read
/// through their rule set (`GameCenterMatchmakingRuleSet::list_teams`, or
/// `include`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterMatchmakingTeams",
    create = GameCenterMatchmakingTeamCreate,
    update = GameCenterMatchmakingTeamUpdate,
    delete,
    no_read
)]
pub struct GameCenterMatchmakingTeam {
    /// The resource id.
    pub id: String,
    /// The team's name, as `TEAM` rules and team assignments name it (set
    /// at creation).
    pub reference_name: Option<String>,
    /// The fewest players on the team.
    pub min_players: Option<i64>,
    /// The most players on the team.
    pub max_players: Option<i64>,
}

/// The body of `POST /v1/gameCenterMatchmakingTeams` (Apple's
/// `GameCenterMatchmakingTeamCreateRequest`): a new team in a rule set.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterMatchmakingTeams")]
pub struct GameCenterMatchmakingTeamCreate {
    /// The team's name.
    pub reference_name: String,
    /// The fewest players on the team.
    pub min_players: i64,
    /// The most players on the team.
    pub max_players: i64,
    /// The rule set the team belongs to.
    #[asc(relationship)]
    pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,
}

/// The body of `PATCH /v1/gameCenterMatchmakingTeams/{id}` (Apple's
/// `GameCenterMatchmakingTeamUpdateRequest`). `None` leaves a field out;
/// Apple's `null`, which clears it, cannot be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterMatchmakingTeams")]
pub struct GameCenterMatchmakingTeamUpdate {
    /// The fewest players on the team.
    pub min_players: Option<i64>,
    /// The most players on the team.
    pub max_players: Option<i64>,
}

/// The made-up properties of one player of a rule set test
/// (`gameCenterMatchmakingTestPlayerProperties`).
///
/// Apple's document has no route for this type: it exists only as an
/// inline create in the request of a [`GameCenterMatchmakingRuleSetTest`]
/// (a player id and its properties), and its resource schema has no
/// attributes. The `read` of this declaration (at the guessed path
/// `/v1/gameCenterMatchmakingTestPlayerProperties`) answers nothing at Apple.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingTestPlayerProperties", no_read)]
pub struct GameCenterMatchmakingTestPlayerProperty {
    /// The resource id.
    pub id: String,
}

/// One made-up matchmaking request of a rule set test
/// (`gameCenterMatchmakingTestRequests`).
///
/// Apple's document has no route for this type: it exists only as an
/// inline create in the request of a [`GameCenterMatchmakingRuleSetTest`]
/// (request name, time in queue, locale, location, player counts, bundle
/// id, platform, app version and players), and its resource schema has no
/// attributes. The `read` of this declaration (at the guessed path
/// `/v1/gameCenterMatchmakingTestRequests`) answers nothing at Apple.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterMatchmakingTestRequests", no_read)]
pub struct GameCenterMatchmakingTestRequest {
    /// The resource id.
    pub id: String,
}

/// The team a player is put in, in a rule set test's results (Apple's
/// `GameCenterMatchmakingTeamAssignment`).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct GameCenterMatchmakingTeamAssignment {
    /// The player's id, as the test request gave it.
    #[serde(rename = "playerId", default, skip_serializing_if = "Option::is_none")]
    pub player_id: Option<String>,
    /// The team's name (a [`GameCenterMatchmakingTeam`]'s `referenceName`).
    #[serde(rename = "team", default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}
