//! The `/v2` declarations, which Apple's document 4.4.1 recommends. They
//! share their JSON types with [`super::v1`]; only paths and relationship
//! names differ.

use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

#[allow(unused_imports)]
use crate::*;

use super::GameCenterVersionState;
use crate::media::{AppMediaAssetState, ImageAsset, UploadOperation};

/// The image of an achievement in one locale, with its upload and processing
/// state (`gameCenterAchievementImages`, `GET /v2/gameCenterAchievementImages/{id}`).
///
/// It is an asset: [`upload`](Self::upload) reserves, uploads, commits and
/// waits for processing in one call, and `create`, `update` and `delete`
/// send Apple's write requests one by one.
///
/// ```no_run
/// use asc_resources::{GameCenterAchievementImageV2, GameCenterAchievementLocalizationV2};
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let image = GameCenterAchievementImageV2::upload(&client, "LOCALIZATION_ID", "coffee.png")
///     .send()
///     .await?;
/// let same = GameCenterAchievementLocalizationV2::read_image(&client, "LOCALIZATION_ID")
///     .send()
///     .await?;
/// // A localization without an image reads back `None`.
/// assert_eq!(same.data.map(|i| i.id), Some(image.id));
/// # Ok(()) }
/// ```
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievementImages",
    path = "/v2/gameCenterAchievementImages",
    create = GameCenterAchievementImageV2Create,
    update = GameCenterAchievementImageV2Update,
    delete,
    asset
)]
pub struct GameCenterAchievementImageV2 {
    /// The resource id.
    pub id: String,
    /// The size of the uploaded file, in bytes.
    pub file_size: Option<i64>,
    /// The name of the uploaded file.
    pub file_name: Option<String>,
    /// The image, once processed: a URL template and its dimensions.
    pub image_asset: Option<ImageAsset>,
    /// Where to upload the file's parts, while the upload is open.
    pub upload_operations: Option<Vec<UploadOperation>>,
    /// Where the upload is in Apple's processing.
    pub asset_delivery_state: Option<AppMediaAssetState>,
    /// The localization this image belongs to.
    #[asc(relationship, include, parent)]
    pub localization: ToOne<GameCenterAchievementLocalizationV2>,
}

/// The body of `POST /v2/gameCenterAchievementImages`, which reserves the
/// upload of an image for a localization (Apple's
/// `GameCenterAchievementImageV2CreateRequest`); the answer carries the
/// `uploadOperations`.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImageV2Create {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `coffee.png`.
    pub file_name: String,
    /// The localization the image is for.
    #[asc(relationship)]
    pub localization: Linkage<GameCenterAchievementLocalizationV2>,
}

/// The body of `PATCH /v2/gameCenterAchievementImages/{id}` (Apple's
/// `GameCenterAchievementImageV2UpdateRequest`): `uploaded: Some(true)`
/// commits the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImageV2Update {
    /// `true` commits the uploaded parts; `None` leaves it out.
    pub uploaded: Option<bool>,
}

/// The name and descriptions of an achievement version in one locale
/// (`gameCenterAchievementLocalizations`, `GET /v2/gameCenterAchievementLocalizations/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievementLocalizations",
    path = "/v2/gameCenterAchievementLocalizations"
)]
pub struct GameCenterAchievementLocalizationV2 {
    /// The resource id.
    pub id: String,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The achievement's name in this locale.
    pub name: Option<String>,
    /// What players read before they earn the achievement.
    pub before_earned_description: Option<String>,
    /// What players read after they earn the achievement.
    pub after_earned_description: Option<String>,
    /// The achievement version this localization belongs to.
    #[asc(relationship, include)]
    pub version: ToOne<GameCenterAchievementVersionV2>,
    /// The image for this locale; `read_image` reads it
    /// (`GET /v2/gameCenterAchievementLocalizations/{id}/image`); `read_image_id`
    /// reads its id (`GET .../relationships/image`).
    #[asc(relationship, include, related, linkage(get))]
    pub image: ToOne<GameCenterAchievementImageV2>,
}

/// A version of an achievement (`gameCenterAchievementVersions`,
/// `GET /v2/gameCenterAchievementVersions/{id}`), declared with its
/// attributes and localizations; its `achievement` relationship is not
/// declared yet.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievementVersions",
    path = "/v2/gameCenterAchievementVersions"
)]
pub struct GameCenterAchievementVersionV2 {
    /// The resource id.
    pub id: String,
    /// The version number.
    pub version: Option<i64>,
    /// Where the version is in review and release.
    pub state: Option<GameCenterVersionState>,
    /// The localizations of this version. `list_localizations` lists them
    /// (`GET /v2/gameCenterAchievementVersions/{id}/localizations`, pages of
    /// up to 200, no filter or sort in Apple's document 4.4.1);
    /// `list_localizations_ids` lists their ids (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterAchievementLocalizationV2>,
}

// `GameCenterAchievementV2`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `POST /v2/gameCenterAchievements` also takes `included` resources (inline creates), which payloads cannot carry
// - `POST /v2/gameCenterAchievements`: the to-many relationship `versions` (required) of the request is left out (payloads take `Linkage<T>`, one id)
// - `PATCH /v2/gameCenterAchievements/{id}`: `referenceName` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v2/gameCenterAchievements/{id}`: `points` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v2/gameCenterAchievements/{id}`: `showBeforeEarned` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v2/gameCenterAchievements/{id}`: `repeatable` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v2/gameCenterAchievements/{id}`: `archived` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `PATCH /v2/gameCenterAchievements/{id}`: `activityProperties` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterAchievements`, Apple's `GameCenterAchievementV2` schema (`GET /v2/gameCenterAchievements/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievements",
    path = "/v2/gameCenterAchievements",
    create = GameCenterAchievementV2Create,
    update = GameCenterAchievementV2Update,
    delete
)]
pub struct GameCenterAchievementV2 {
    /// The resource id.
    pub id: String,
    /// `referenceName`: string.
    pub reference_name: Option<String>,
    /// `vendorIdentifier`: string.
    pub vendor_identifier: Option<String>,
    /// `points`: integer.
    pub points: Option<i64>,
    /// `showBeforeEarned`: boolean.
    pub show_before_earned: Option<bool>,
    /// `repeatable`: boolean.
    pub repeatable: Option<bool>,
    /// `archived`: boolean.
    pub archived: Option<bool>,
    /// `activityProperties`: object StringToStringMap.
    pub activity_properties: Option<BTreeMap<String, String>>,
    /// `gameCenterDetail`: to-one `gameCenterDetails` ([`GameCenterDetail`]).
    #[asc(include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// `gameCenterGroup`: to-one `gameCenterGroups` ([`GameCenterGroup`]).
    #[asc(include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// `activity`: to-one `gameCenterActivities` ([`GameCenterActivity`]).
    /// Linkage: `/v2/gameCenterAchievements/{id}/relationships/activity` (set).
    #[asc(include, linkage(set))]
    pub activity: ToOne<GameCenterActivity>,
    /// `versions`: to-many `gameCenterAchievementVersions` ([`GameCenterAchievementVersionV2`]).
    /// `list_versions` lists them (`GET /v2/gameCenterAchievements/{id}/versions`).
    /// Linkage: `/v2/gameCenterAchievements/{id}/relationships/versions` (get).
    #[asc(include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterAchievementVersionV2>,
}

/// The body of `POST /v2/gameCenterAchievements` (Apple's `GameCenterAchievementV2CreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterAchievements")]
pub struct GameCenterAchievementV2Create {
    /// `referenceName` (required).
    pub reference_name: String,
    /// `vendorIdentifier` (required).
    pub vendor_identifier: String,
    /// `points` (required).
    pub points: i64,
    /// `showBeforeEarned` (required).
    pub show_before_earned: bool,
    /// `repeatable` (required).
    pub repeatable: bool,
    /// `activityProperties`.
    pub activity_properties: Option<BTreeMap<String, String>>,
    /// `gameCenterDetail`: the `gameCenterDetails` (optional).
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// `gameCenterGroup`: the `gameCenterGroups` (optional).
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
}

/// The body of `PATCH /v2/gameCenterAchievements/{id}` (Apple's `GameCenterAchievementV2UpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterAchievements")]
pub struct GameCenterAchievementV2Update {
    /// `referenceName`.
    pub reference_name: Option<String>,
    /// `points`.
    pub points: Option<i64>,
    /// `showBeforeEarned`.
    pub show_before_earned: Option<bool>,
    /// `repeatable`.
    pub repeatable: Option<bool>,
    /// `archived`.
    pub archived: Option<bool>,
    /// `activityProperties`.
    pub activity_properties: Option<BTreeMap<String, String>>,
}
