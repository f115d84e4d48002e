//! The `/v2` declarations, which Apple's document 4.4.1 recommends: a
//! leaderboard and a leaderboard set each have versions, and each version
//! has its localizations and their images. They share their JSON types with
//! [`super::v1`]; only paths and relationships differ.

use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use super::{
    GameCenterLeaderboardFormatter, GameCenterLeaderboardScoreSortType,
    GameCenterLeaderboardSubmissionType, GameCenterLeaderboardVisibility,
};
use crate::game_center::GameCenterVersionState;
use crate::game_center::detail::GameCenterDetail;
use crate::media::{AppMediaAssetState, ImageAsset, UploadOperation};
use crate::{GameCenterActivity, GameCenterChallenge, GameCenterGroup};

/// A Game Center leaderboard (`gameCenterLeaderboards`,
/// `GET /v2/gameCenterLeaderboards/{id}`): its attributes, the Game Center
/// detail or group it belongs to, the sets it is a member of, the activity
/// and challenge it is tied to, and its versions (which hold its
/// localizations).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboards",
    path = "/v2/gameCenterLeaderboards",
    create = GameCenterLeaderboardV2Create,
    update = GameCenterLeaderboardV2Update,
    delete
)]
pub struct GameCenterLeaderboardV2 {
    /// The resource id.
    pub id: String,
    /// How scores are shown when a localization does not override it.
    pub default_formatter: Option<GameCenterLeaderboardFormatter>,
    /// The name shown in App Store Connect, not to players.
    pub reference_name: Option<String>,
    /// The identifier the game uses for the leaderboard.
    pub vendor_identifier: Option<String>,
    /// Which of a player's scores the leaderboard keeps.
    pub submission_type: Option<GameCenterLeaderboardSubmissionType>,
    /// The order of the scores.
    pub score_sort_type: Option<GameCenterLeaderboardScoreSortType>,
    /// The lowest accepted score, as a decimal string.
    pub score_range_start: Option<String>,
    /// The highest accepted score, as a decimal string.
    pub score_range_end: Option<String>,
    /// When a recurring leaderboard starts (ISO 8601 date-time).
    pub recurrence_start_date: Option<String>,
    /// How long each occurrence lasts (ISO 8601 duration, such as `P1D`).
    pub recurrence_duration: Option<String>,
    /// When it recurs (an iCalendar `RRULE`).
    pub recurrence_rule: Option<String>,
    /// Whether the leaderboard is archived.
    pub archived: Option<bool>,
    /// Properties of the activity the leaderboard belongs to (`StringToStringMap`).
    pub activity_properties: Option<BTreeMap<String, String>>,
    /// Whether players see the leaderboard.
    pub visibility: Option<GameCenterLeaderboardVisibility>,
    /// The Game Center detail (the app) the leaderboard belongs to.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The Game Center group the leaderboard belongs to, when the app shares
    /// its leaderboards with other apps of a group instead of owning them.
    #[asc(relationship, include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The leaderboard sets it is a member of (included only; Apple has no
    /// list route for them from here: list a set's members instead).
    #[asc(relationship, include)]
    pub game_center_leaderboard_sets: ToMany<GameCenterLeaderboardSetV2>,
    /// The activity the leaderboard belongs to; `set_activity` sets or
    /// clears it (`PATCH .../relationships/activity`; Apple has no read).
    #[asc(relationship, include, linkage(set))]
    pub activity: ToOne<GameCenterActivity>,
    /// The challenge built on the leaderboard; `set_challenge` sets or
    /// clears it (`PATCH .../relationships/challenge`; Apple has no read).
    #[asc(relationship, include, linkage(set))]
    pub challenge: ToOne<GameCenterChallenge>,
    /// The leaderboard's versions. `list_versions` lists them
    /// (`GET /v2/gameCenterLeaderboards/{id}/versions`, pages of up to 200);
    /// `list_versions_ids` lists their ids (`GET .../relationships/versions`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterLeaderboardVersionV2>,
}

/// The body of `POST /v2/gameCenterLeaderboards` (Apple's
/// `GameCenterLeaderboardV2CreateRequest`): a new leaderboard for a Game
/// Center detail or a group.
///
/// Apple's request also takes to-many `versions` and
/// `gameCenterLeaderboardSets` relationships and `included` resources
/// (a first version created inline), which payloads cannot carry; this
/// payload sends the attributes and the detail or group only. Create the
/// first version with [`GameCenterLeaderboardVersionV2::create`] and add
/// the leaderboard to sets with
/// [`GameCenterLeaderboardSetV2::add_game_center_leaderboards`].
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboards")]
pub struct GameCenterLeaderboardV2Create {
    /// How scores are shown.
    pub default_formatter: GameCenterLeaderboardFormatter,
    /// The name shown in App Store Connect.
    pub reference_name: String,
    /// The identifier the game uses.
    pub vendor_identifier: String,
    /// Which of a player's scores the leaderboard keeps.
    pub submission_type: GameCenterLeaderboardSubmissionType,
    /// The order of the scores.
    pub score_sort_type: GameCenterLeaderboardScoreSortType,
    /// The lowest accepted score, as a decimal string.
    pub score_range_start: Option<String>,
    /// The highest accepted score, as a decimal string.
    pub score_range_end: Option<String>,
    /// When a recurring leaderboard starts.
    pub recurrence_start_date: Option<String>,
    /// How long each occurrence lasts.
    pub recurrence_duration: Option<String>,
    /// When it recurs.
    pub recurrence_rule: Option<String>,
    /// Properties of the activity it belongs to.
    pub activity_properties: Option<BTreeMap<String, String>>,
    /// Whether players see it.
    pub visibility: Option<GameCenterLeaderboardVisibility>,
    /// The Game Center detail (the app) it is for, if not a group.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// The Game Center group it is for, if not an app's detail.
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
}

/// The body of `PATCH /v2/gameCenterLeaderboards/{id}` (Apple's
/// `GameCenterLeaderboardV2UpdateRequest`). A field left `None` is left out
/// (Apple's `null`, which clears some of them, cannot be sent yet).
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterLeaderboards")]
pub struct GameCenterLeaderboardV2Update {
    /// How scores are shown.
    pub default_formatter: Option<GameCenterLeaderboardFormatter>,
    /// The name shown in App Store Connect.
    pub reference_name: Option<String>,
    /// Which of a player's scores the leaderboard keeps.
    pub submission_type: Option<GameCenterLeaderboardSubmissionType>,
    /// The order of the scores.
    pub score_sort_type: Option<GameCenterLeaderboardScoreSortType>,
    /// The lowest accepted score.
    pub score_range_start: Option<String>,
    /// The highest accepted score.
    pub score_range_end: Option<String>,
    /// When a recurring leaderboard starts.
    pub recurrence_start_date: Option<String>,
    /// How long each occurrence lasts.
    pub recurrence_duration: Option<String>,
    /// When it recurs.
    pub recurrence_rule: Option<String>,
    /// `Some(true)` archives the leaderboard.
    pub archived: Option<bool>,
    /// Properties of the activity it belongs to.
    pub activity_properties: Option<BTreeMap<String, String>>,
    /// Whether players see it.
    pub visibility: Option<GameCenterLeaderboardVisibility>,
}

/// A version of a leaderboard (`gameCenterLeaderboardVersions`,
/// `GET /v2/gameCenterLeaderboardVersions/{id}`), with its localizations.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardVersions",
    path = "/v2/gameCenterLeaderboardVersions",
    create = GameCenterLeaderboardVersionV2Create
)]
pub struct GameCenterLeaderboardVersionV2 {
    /// The resource id.
    pub id: String,
    /// The version number.
    pub version: Option<i64>,
    /// Where the version is in review and release.
    pub state: Option<GameCenterVersionState>,
    /// The leaderboard this is a version of.
    #[asc(relationship, include)]
    pub leaderboard: ToOne<GameCenterLeaderboardV2>,
    /// The localizations of this version. `list_localizations` lists them
    /// (`GET /v2/gameCenterLeaderboardVersions/{id}/localizations`, pages of
    /// up to 200); `list_localizations_ids` lists their ids
    /// (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterLeaderboardLocalizationV2>,
}

/// The body of `POST /v2/gameCenterLeaderboardVersions` (Apple's
/// `GameCenterLeaderboardVersionV2CreateRequest`): a new version of a
/// leaderboard.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardVersions")]
pub struct GameCenterLeaderboardVersionV2Create {
    /// The leaderboard to version.
    #[asc(relationship)]
    pub leaderboard: Linkage<GameCenterLeaderboardV2>,
}

/// The name and score format of a leaderboard version in one locale
/// (`gameCenterLeaderboardLocalizations`, `GET /v2/gameCenterLeaderboardLocalizations/{id}`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardLocalizations",
    path = "/v2/gameCenterLeaderboardLocalizations",
    create = GameCenterLeaderboardLocalizationV2Create,
    update = GameCenterLeaderboardLocalizationV2Update,
    delete
)]
pub struct GameCenterLeaderboardLocalizationV2 {
    /// The resource id.
    pub id: String,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The leaderboard's name in this locale.
    pub name: Option<String>,
    /// How scores are shown in this locale, instead of the leaderboard's default.
    pub formatter_override: Option<GameCenterLeaderboardFormatter>,
    /// The unit after a score, such as `points`.
    pub formatter_suffix: Option<String>,
    /// The unit after a score of one, such as `point`.
    pub formatter_suffix_singular: Option<String>,
    /// The leaderboard's description in this locale.
    pub description: Option<String>,
    /// The leaderboard version this localization belongs to.
    #[asc(relationship, include)]
    pub version: ToOne<GameCenterLeaderboardVersionV2>,
    /// The image for this locale; `read_image` reads it
    /// (`GET /v2/gameCenterLeaderboardLocalizations/{id}/image`); `read_image_id`
    /// reads its id (`GET .../relationships/image`).
    #[asc(relationship, include, related, linkage(get))]
    pub image: ToOne<GameCenterLeaderboardImageV2>,
}

/// The body of `POST /v2/gameCenterLeaderboardLocalizations` (Apple's
/// `GameCenterLeaderboardLocalizationV2CreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardLocalizations")]
pub struct GameCenterLeaderboardLocalizationV2Create {
    /// The locale, such as `en-US`.
    pub locale: String,
    /// The leaderboard's name in this locale.
    pub name: String,
    /// How scores are shown in this locale.
    pub formatter_override: Option<GameCenterLeaderboardFormatter>,
    /// The unit after a score.
    pub formatter_suffix: Option<String>,
    /// The unit after a score of one.
    pub formatter_suffix_singular: Option<String>,
    /// The description in this locale.
    pub description: Option<String>,
    /// The leaderboard version the localization is for.
    #[asc(relationship)]
    pub version: Linkage<GameCenterLeaderboardVersionV2>,
}

/// The body of `PATCH /v2/gameCenterLeaderboardLocalizations/{id}` (Apple's
/// `GameCenterLeaderboardLocalizationV2UpdateRequest`); `None` leaves a field out.
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterLeaderboardLocalizations")]
pub struct GameCenterLeaderboardLocalizationV2Update {
    /// The leaderboard's name in this locale.
    pub name: Option<String>,
    /// How scores are shown in this locale.
    pub formatter_override: Option<GameCenterLeaderboardFormatter>,
    /// The unit after a score.
    pub formatter_suffix: Option<String>,
    /// The unit after a score of one.
    pub formatter_suffix_singular: Option<String>,
    /// The description in this locale.
    pub description: Option<String>,
}

/// The image of a leaderboard version in one locale, with its upload and
/// processing state (`gameCenterLeaderboardImages`, `GET /v2/gameCenterLeaderboardImages/{id}`).
///
/// It is an asset: [`upload`](Self::upload) reserves, uploads, commits and
/// waits for processing in one call, and `create`, `update` and `delete`
/// send Apple's write requests one by one.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardImages",
    path = "/v2/gameCenterLeaderboardImages",
    create = GameCenterLeaderboardImageV2Create,
    update = GameCenterLeaderboardImageV2Update,
    delete,
    asset
)]
pub struct GameCenterLeaderboardImageV2 {
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
    pub localization: ToOne<GameCenterLeaderboardLocalizationV2>,
}

/// The body of `POST /v2/gameCenterLeaderboardImages`, which reserves the
/// upload of an image for a localization (Apple's
/// `GameCenterLeaderboardImageV2CreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardImages")]
pub struct GameCenterLeaderboardImageV2Create {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `podium.png`.
    pub file_name: String,
    /// The localization the image is for.
    #[asc(relationship)]
    pub localization: Linkage<GameCenterLeaderboardLocalizationV2>,
}

/// The body of `PATCH /v2/gameCenterLeaderboardImages/{id}` (Apple's
/// `GameCenterLeaderboardImageV2UpdateRequest`): `uploaded: Some(true)`
/// commits the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardImages")]
pub struct GameCenterLeaderboardImageV2Update {
    /// `true` commits the uploaded parts; `None` leaves it out.
    pub uploaded: Option<bool>,
}

/// A set of leaderboards shown together (`gameCenterLeaderboardSets`,
/// `GET /v2/gameCenterLeaderboardSets/{id}`): the Game Center detail or
/// group it belongs to, its leaderboards, and its versions (which hold its
/// localizations and their images).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSets",
    path = "/v2/gameCenterLeaderboardSets",
    create = GameCenterLeaderboardSetV2Create,
    update = GameCenterLeaderboardSetV2Update,
    delete
)]
pub struct GameCenterLeaderboardSetV2 {
    /// The resource id.
    pub id: String,
    /// The name shown in App Store Connect, not to players.
    pub reference_name: Option<String>,
    /// The identifier the game uses for the set.
    pub vendor_identifier: Option<String>,
    /// The Game Center detail (the app) the set belongs to.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The Game Center group the set belongs to, when the app shares it
    /// with other apps of a group.
    #[asc(relationship, include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The set's leaderboards. `list_game_center_leaderboards` lists them
    /// (`GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`,
    /// pages of up to 200, filtered by reference name, archived or id);
    /// the linkage routes (`.../relationships/gameCenterLeaderboards`) read,
    /// add, remove and replace their ids.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, add, remove, replace)
    )]
    pub game_center_leaderboards: ToMany<GameCenterLeaderboardV2>,
    /// The set's versions. `list_versions` lists them
    /// (`GET /v2/gameCenterLeaderboardSets/{id}/versions`, pages of up to
    /// 200); `list_versions_ids` lists their ids
    /// (`GET .../relationships/versions`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterLeaderboardSetVersionV2>,
}

/// The body of `POST /v2/gameCenterLeaderboardSets` (Apple's
/// `GameCenterLeaderboardSetV2CreateRequest`): a new set for a Game Center
/// detail or a group.
///
/// Apple's request also takes to-many `versions` and
/// `gameCenterLeaderboards` relationships and `included` resources (a
/// first version created inline), which payloads cannot carry; create the
/// first version with [`GameCenterLeaderboardSetVersionV2::create`] and add
/// leaderboards with `add_game_center_leaderboards`.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSets")]
pub struct GameCenterLeaderboardSetV2Create {
    /// The name shown in App Store Connect.
    pub reference_name: String,
    /// The identifier the game uses.
    pub vendor_identifier: String,
    /// The Game Center detail (the app) it is for, if not a group.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// The Game Center group it is for, if not an app's detail.
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
}

/// The body of `PATCH /v2/gameCenterLeaderboardSets/{id}` (Apple's
/// `GameCenterLeaderboardSetV2UpdateRequest`); Apple's `null`, which clears
/// the name, cannot be sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSets")]
pub struct GameCenterLeaderboardSetV2Update {
    /// The name shown in App Store Connect; `None` leaves it out.
    pub reference_name: Option<String>,
}

/// A version of a leaderboard set (`gameCenterLeaderboardSetVersions`,
/// `GET /v2/gameCenterLeaderboardSetVersions/{id}`), with its localizations.
/// A set's versions are listed with
/// [`GameCenterLeaderboardSetV2::list_versions`]; `create` starts a new
/// version (Apple has no update or delete).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetVersions",
    path = "/v2/gameCenterLeaderboardSetVersions",
    create = GameCenterLeaderboardSetVersionV2Create
)]
pub struct GameCenterLeaderboardSetVersionV2 {
    /// The resource id.
    pub id: String,
    /// The version number.
    pub version: Option<i64>,
    /// Where the version is in review and release.
    pub state: Option<GameCenterVersionState>,
    /// The leaderboard set this is a version of.
    #[asc(relationship, include)]
    pub leaderboard_set: ToOne<GameCenterLeaderboardSetV2>,
    /// The localizations of this version. `list_localizations` lists them
    /// (`GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`, pages
    /// of up to 200); `list_localizations_ids` lists their ids
    /// (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterLeaderboardSetLocalizationV2>,
}

/// The body of `POST /v2/gameCenterLeaderboardSetVersions` (Apple's
/// `GameCenterLeaderboardSetVersionV2CreateRequest`): a new version of a
/// leaderboard set.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetVersions")]
pub struct GameCenterLeaderboardSetVersionV2Create {
    /// The leaderboard set to version.
    #[asc(relationship)]
    pub leaderboard_set: Linkage<GameCenterLeaderboardSetV2>,
}

/// The name of a leaderboard set version in one locale
/// (`gameCenterLeaderboardSetLocalizations`,
/// `GET /v2/gameCenterLeaderboardSetLocalizations/{id}`), with its image.
/// It decodes the same JSON type as the `/v1`
/// [`GameCenterLeaderboardSetLocalization`](super::v1::GameCenterLeaderboardSetLocalization),
/// with the relationships `version` and `image`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetLocalizations",
    path = "/v2/gameCenterLeaderboardSetLocalizations",
    create = GameCenterLeaderboardSetLocalizationV2Create,
    update = GameCenterLeaderboardSetLocalizationV2Update,
    delete
)]
pub struct GameCenterLeaderboardSetLocalizationV2 {
    /// The resource id.
    pub id: String,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The set's name in this locale.
    pub name: Option<String>,
    /// The set version this localization belongs to.
    #[asc(relationship, include)]
    pub version: ToOne<GameCenterLeaderboardSetVersionV2>,
    /// The image for this locale; `read_image` reads it
    /// (`GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image`);
    /// `read_image_id` reads its id (`GET .../relationships/image`).
    #[asc(relationship, include, related, linkage(get))]
    pub image: ToOne<GameCenterLeaderboardSetImageV2>,
}

/// The body of `POST /v2/gameCenterLeaderboardSetLocalizations` (Apple's
/// `GameCenterLeaderboardSetLocalizationV2CreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetLocalizations")]
pub struct GameCenterLeaderboardSetLocalizationV2Create {
    /// The locale, such as `en-US`.
    pub locale: String,
    /// The set's name in this locale.
    pub name: String,
    /// The set version the localization is for.
    #[asc(relationship)]
    pub version: Linkage<GameCenterLeaderboardSetVersionV2>,
}

/// The body of `PATCH /v2/gameCenterLeaderboardSetLocalizations/{id}`
/// (Apple's `GameCenterLeaderboardSetLocalizationV2UpdateRequest`).
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetLocalizations")]
pub struct GameCenterLeaderboardSetLocalizationV2Update {
    /// The set's name in this locale; `None` leaves it out (Apple's `null`,
    /// which clears it, cannot be sent).
    pub name: Option<String>,
}

/// The image of a leaderboard set version in one locale, with its upload
/// and processing state (`gameCenterLeaderboardSetImages`,
/// `GET /v2/gameCenterLeaderboardSetImages/{id}`). It decodes the same JSON
/// type as the `/v1`
/// [`GameCenterLeaderboardSetImage`](super::v1::GameCenterLeaderboardSetImage),
/// with the relationship `localization`.
///
/// It is an asset: [`upload`](Self::upload) reserves, uploads, commits and
/// waits for processing in one call, and `create`, `update` and `delete`
/// send Apple's write requests one by one.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetImages",
    path = "/v2/gameCenterLeaderboardSetImages",
    create = GameCenterLeaderboardSetImageV2Create,
    update = GameCenterLeaderboardSetImageV2Update,
    delete,
    asset
)]
pub struct GameCenterLeaderboardSetImageV2 {
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
    /// The set localization this image belongs to.
    #[asc(relationship, include, parent)]
    pub localization: ToOne<GameCenterLeaderboardSetLocalizationV2>,
}

/// The body of `POST /v2/gameCenterLeaderboardSetImages`, which reserves
/// the upload of an image for a set localization (Apple's
/// `GameCenterLeaderboardSetImageV2CreateRequest`); the answer carries the
/// `uploadOperations`.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetImages")]
pub struct GameCenterLeaderboardSetImageV2Create {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `trophies.png`.
    pub file_name: String,
    /// The set localization the image is for.
    #[asc(relationship)]
    pub localization: Linkage<GameCenterLeaderboardSetLocalizationV2>,
}

/// The body of `PATCH /v2/gameCenterLeaderboardSetImages/{id}` (Apple's
/// `GameCenterLeaderboardSetImageV2UpdateRequest`): `uploaded: Some(true)`
/// commits the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetImages")]
pub struct GameCenterLeaderboardSetImageV2Update {
    /// `true` commits the uploaded parts; `None` leaves it out (Apple's
    /// `null` cannot be sent).
    pub uploaded: Option<bool>,
}
