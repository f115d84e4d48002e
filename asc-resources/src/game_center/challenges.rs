//! Game Center challenges: their versions, localizations, images and releases.

#![allow(unused_imports)]
use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::*;

// `GameCenterChallenge`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `POST /v1/gameCenterChallenges` also takes `included` resources (inline creates), which payloads cannot carry
// - `POST /v1/gameCenterChallenges`: the to-many relationship `versions` of the request is left out (payloads take `Linkage<T>`, one id)
// - `PATCH /v1/gameCenterChallenges/{id}`: `referenceName` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterChallenges/{id}`: `archived` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterChallenges/{id}`: `repeatable` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboard` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
/// `gameCenterChallenges`, Apple's `GameCenterChallenge` schema (`GET /v1/gameCenterChallenges/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterChallenges",
    create = GameCenterChallengeCreate,
    update = GameCenterChallengeUpdate,
    delete
)]
pub struct GameCenterChallenge {
    /// The resource id.
    pub id: String,
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `vendorIdentifier`: string.
    pub vendor_identifier: Option<String>,
    /// `archived`: boolean.
    pub archived: Option<bool>,
    /// `challengeType`: enum [LEADERBOARD].
    pub challenge_type: Option<GameCenterChallengeChallengeType>,
    /// `repeatable`: boolean.
    pub repeatable: Option<bool>,
    /// `gameCenterDetail`: to-one `gameCenterDetails` ([`GameCenterDetail`]).
    #[asc(include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// `gameCenterGroup`: to-one `gameCenterGroups` ([`GameCenterGroup`]).
    #[asc(include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// `versions`: to-many `gameCenterChallengeVersions` ([`GameCenterChallengeVersion`]).
    /// `list_versions` lists them (`GET /v1/gameCenterChallenges/{id}/versions`).
    /// Linkage: `/v1/gameCenterChallenges/{id}/relationships/versions` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterChallengeVersion>,
    /// `leaderboard`: to-one `gameCenterLeaderboards` ([`GameCenterLeaderboard`]).
    /// **Deprecated by Apple.**
    /// Linkage: `/v1/gameCenterChallenges/{id}/relationships/leaderboard` (set).
    #[asc(include, linkage(set))]
    pub leaderboard: ToOne<GameCenterLeaderboard>,
    /// `leaderboardV2`: to-one `gameCenterLeaderboards` ([`GameCenterLeaderboardV2`]).
    /// Linkage: `/v1/gameCenterChallenges/{id}/relationships/leaderboardV2` (set).
    #[asc(include, linkage(set))]
    pub leaderboard_v2: ToOne<GameCenterLeaderboardV2>,
}

/// The body of `POST /v1/gameCenterChallenges` (Apple's `GameCenterChallengeCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallenges")]
pub struct GameCenterChallengeCreate {
    /// `referenceName` (required).
    pub reference_name: String,
    /// `vendorIdentifier` (required).
    pub vendor_identifier: String,
    /// `challengeType` (required).
    pub challenge_type: GameCenterChallengeChallengeType,
    /// `repeatable`.
    pub repeatable: Option<bool>,
    /// `gameCenterDetail`: the `gameCenterDetails` (optional).
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// `gameCenterGroup`: the `gameCenterGroups` (optional).
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
    /// `leaderboard`: the `gameCenterLeaderboards` (optional).
    #[asc(relationship)]
    pub leaderboard: Option<Linkage<GameCenterLeaderboard>>,
    /// `leaderboardV2`: the `gameCenterLeaderboards` (optional).
    #[asc(relationship)]
    pub leaderboard_v2: Option<Linkage<GameCenterLeaderboardV2>>,
}

/// The body of `PATCH /v1/gameCenterChallenges/{id}` (Apple's `GameCenterChallengeUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallenges")]
pub struct GameCenterChallengeUpdate {
    /// `referenceName`.
    pub reference_name: Option<String>,
    /// `archived`.
    pub archived: Option<bool>,
    /// `repeatable`.
    pub repeatable: Option<bool>,
    /// `leaderboard`: the `gameCenterLeaderboards` (optional).
    #[asc(relationship)]
    pub leaderboard: Option<Linkage<GameCenterLeaderboard>>,
    /// `leaderboardV2`: the `gameCenterLeaderboards` (optional).
    #[asc(relationship)]
    pub leaderboard_v2: Option<Linkage<GameCenterLeaderboardV2>>,
}

asc_core::open_enum! {
    /// The values of `challengeType`.
    pub enum GameCenterChallengeChallengeType {
        /// `LEADERBOARD`.
        Leaderboard = "LEADERBOARD",
    }
}

// `GameCenterChallengeImage`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterChallengeImages/{id}`: `uploaded` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterChallengeImages`, Apple's `GameCenterChallengeImage` schema (`GET /v1/gameCenterChallengeImages/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterChallengeImages",
    create = GameCenterChallengeImageCreate,
    update = GameCenterChallengeImageUpdate,
    delete
)]
pub struct GameCenterChallengeImage {
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

/// The body of `POST /v1/gameCenterChallengeImages` (Apple's `GameCenterChallengeImageCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeImages")]
pub struct GameCenterChallengeImageCreate {
    /// `fileSize` (required).
    pub file_size: i64,
    /// `fileName` (required).
    pub file_name: String,
    /// `localization`: the `gameCenterChallengeLocalizations` (optional).
    #[asc(relationship)]
    pub localization: Option<Linkage<GameCenterChallengeLocalization>>,
    /// `version`: the `gameCenterChallengeVersions` (optional).
    #[asc(relationship)]
    pub version: Option<Linkage<GameCenterChallengeVersion>>,
}

/// The body of `PATCH /v1/gameCenterChallengeImages/{id}` (Apple's `GameCenterChallengeImageUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeImages")]
pub struct GameCenterChallengeImageUpdate {
    /// `uploaded`.
    pub uploaded: Option<bool>,
}

// `GameCenterChallengeLocalization`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterChallengeLocalizations/{id}`: `name` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v1/gameCenterChallengeLocalizations/{id}`: `description` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterChallengeLocalizations`, Apple's `GameCenterChallengeLocalization` schema (`GET /v1/gameCenterChallengeLocalizations/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterChallengeLocalizations",
    create = GameCenterChallengeLocalizationCreate,
    update = GameCenterChallengeLocalizationUpdate,
    delete
)]
pub struct GameCenterChallengeLocalization {
    /// The resource id.
    pub id: String,
    /// `locale`: string.
    pub locale: Option<String>,
    /// `name`: string.
    pub name: Option<String>,
    /// `description`: string.
    pub description: Option<String>,
    /// `version`: to-one `gameCenterChallengeVersions` ([`GameCenterChallengeVersion`]).
    #[asc(include)]
    pub version: ToOne<GameCenterChallengeVersion>,
    /// `image`: to-one `gameCenterChallengeImages` ([`GameCenterChallengeImage`]).
    /// `read_image` reads it (`GET /v1/gameCenterChallengeLocalizations/{id}/image`).
    /// Linkage: `/v1/gameCenterChallengeLocalizations/{id}/relationships/image` (get).
    #[asc(include, related, linkage(get))]
    pub image: ToOne<GameCenterChallengeImage>,
}

/// The body of `POST /v1/gameCenterChallengeLocalizations` (Apple's `GameCenterChallengeLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeLocalizations")]
pub struct GameCenterChallengeLocalizationCreate {
    /// `locale` (required).
    pub locale: String,
    /// `name` (required).
    pub name: String,
    /// `description`.
    pub description: Option<String>,
    /// `version`: the `gameCenterChallengeVersions` (required).
    #[asc(relationship)]
    pub version: Linkage<GameCenterChallengeVersion>,
}

/// The body of `PATCH /v1/gameCenterChallengeLocalizations/{id}` (Apple's `GameCenterChallengeLocalizationUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeLocalizations")]
pub struct GameCenterChallengeLocalizationUpdate {
    /// `name`.
    pub name: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

/// `gameCenterChallengeVersions`, Apple's `GameCenterChallengeVersion` schema (`GET /v1/gameCenterChallengeVersions/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeVersions", create = GameCenterChallengeVersionCreate)]
pub struct GameCenterChallengeVersion {
    /// The resource id.
    pub id: String,
    /// `version`: integer.
    pub version: Option<i64>,
    /// `state`: enum GameCenterVersionState.
    pub state: Option<GameCenterVersionState>,
    /// `challenge`: to-one `gameCenterChallenges` ([`GameCenterChallenge`]).
    #[asc(include)]
    pub challenge: ToOne<GameCenterChallenge>,
    /// `localizations`: to-many `gameCenterChallengeLocalizations` ([`GameCenterChallengeLocalization`]).
    /// `list_localizations` lists them (`GET /v1/gameCenterChallengeVersions/{id}/localizations`).
    /// Linkage: `/v1/gameCenterChallengeVersions/{id}/relationships/localizations` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterChallengeLocalization>,
    /// `releases`: to-many `gameCenterChallengeVersionReleases` ([`GameCenterChallengeVersionRelease`]).
    #[asc(include)]
    pub releases: ToMany<GameCenterChallengeVersionRelease>,
    /// `defaultImage`: to-one `gameCenterChallengeImages` ([`GameCenterChallengeImage`]).
    /// `read_default_image` reads it (`GET /v1/gameCenterChallengeVersions/{id}/defaultImage`).
    /// Linkage: `/v1/gameCenterChallengeVersions/{id}/relationships/defaultImage` (get).
    #[asc(include, related, linkage(get))]
    pub default_image: ToOne<GameCenterChallengeImage>,
}

/// The body of `POST /v1/gameCenterChallengeVersions` (Apple's `GameCenterChallengeVersionCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeVersions")]
pub struct GameCenterChallengeVersionCreate {
    /// `challenge`: the `gameCenterChallenges` (required).
    #[asc(relationship)]
    pub challenge: Linkage<GameCenterChallenge>,
}

/// `gameCenterChallengeVersionReleases`, Apple's `GameCenterChallengeVersionRelease` schema (`GET /v1/gameCenterChallengeVersionReleases/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterChallengeVersionReleases",
    create = GameCenterChallengeVersionReleaseCreate,
    delete
)]
pub struct GameCenterChallengeVersionRelease {
    /// The resource id.
    pub id: String,
    /// `version`: to-one `gameCenterChallengeVersions` ([`GameCenterChallengeVersion`]).
    #[asc(include)]
    pub version: ToOne<GameCenterChallengeVersion>,
}

/// The body of `POST /v1/gameCenterChallengeVersionReleases` (Apple's `GameCenterChallengeVersionReleaseCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeVersionReleases")]
pub struct GameCenterChallengeVersionReleaseCreate {
    /// `gameCenterDetail`: the `gameCenterDetails` (required).
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// `version`: the `gameCenterChallengeVersions` (required).
    #[asc(relationship)]
    pub version: Linkage<GameCenterChallengeVersion>,
}
