//! The `/v1` declarations. Apple's document 4.4.1 deprecates these routes in
//! favour of [`super::v2`]; they keep working until Apple removes them.
//!
//! Like the achievement declarations, they are not marked `#[deprecated]`;
//! each type's rustdoc names its `/v2` twin.

use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

#[allow(unused_imports)]
use crate::*;

use super::{
    GameCenterLeaderboardFormatter, GameCenterLeaderboardScoreSortType,
    GameCenterLeaderboardSubmissionType, GameCenterLeaderboardVisibility,
};
use crate::game_center::detail::GameCenterDetail;
use crate::media::{AppMediaAssetState, ImageAsset, UploadOperation};

/// A Game Center leaderboard (`gameCenterLeaderboards`,
/// `GET /v1/gameCenterLeaderboards/{id}`), with its attributes, its Game
/// Center detail, its sets and its localizations; Apple's other
/// relationships (group, group leaderboard, releases, activity, challenge)
/// are not declared yet.
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardV2`](super::v2::GameCenterLeaderboardV2) at
/// `/v2/gameCenterLeaderboards`, whose localizations hang from versions.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboards",
    create = GameCenterLeaderboardCreate,
    update = GameCenterLeaderboardUpdate,
    delete
)]
pub struct GameCenterLeaderboard {
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
    /// The leaderboard sets it is a member of.
    #[asc(relationship, include)]
    pub game_center_leaderboard_sets: ToMany<GameCenterLeaderboardSet>,
    /// The leaderboard's localizations. `list_localizations` lists them
    /// (`GET /v1/gameCenterLeaderboards/{id}/localizations`, pages of up to
    /// 200); `list_localizations_ids` lists their ids (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterLeaderboardLocalization>,
}

/// The body of `POST /v1/gameCenterLeaderboards` (Apple's
/// `GameCenterLeaderboardCreateRequest`); its `gameCenterGroup` and
/// `gameCenterLeaderboardSets` relationships are not declared yet.
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboards")]
pub struct GameCenterLeaderboardCreate {
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
    /// The Game Center detail (the app) it is for.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
}

/// The body of `PATCH /v1/gameCenterLeaderboards/{id}` (Apple's
/// `GameCenterLeaderboardUpdateRequest`). A field left `None` is left out
/// (Apple's `null`, which clears some of them, cannot be sent yet).
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterLeaderboards")]
pub struct GameCenterLeaderboardUpdate {
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

/// The name and score format of a leaderboard in one locale
/// (`gameCenterLeaderboardLocalizations`, `GET /v1/gameCenterLeaderboardLocalizations/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardLocalizationV2`](super::v2::GameCenterLeaderboardLocalizationV2)
/// at `/v2/gameCenterLeaderboardLocalizations`, whose relationships are
/// `version` and `image`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardLocalizations",
    create = GameCenterLeaderboardLocalizationCreate,
    update = GameCenterLeaderboardLocalizationUpdate,
    delete
)]
pub struct GameCenterLeaderboardLocalization {
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
    /// The leaderboard this localization belongs to.
    #[asc(relationship, include)]
    pub game_center_leaderboard: ToOne<GameCenterLeaderboard>,
    /// The image for this locale; `read_game_center_leaderboard_image` reads it
    /// (`GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage`);
    /// `read_game_center_leaderboard_image_id` reads its id (`GET .../relationships/gameCenterLeaderboardImage`).
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_leaderboard_image: ToOne<GameCenterLeaderboardImage>,
}

/// The body of `POST /v1/gameCenterLeaderboardLocalizations` (Apple's
/// `GameCenterLeaderboardLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardLocalizations")]
pub struct GameCenterLeaderboardLocalizationCreate {
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
    /// The leaderboard the localization is for.
    #[asc(relationship)]
    pub game_center_leaderboard: Linkage<GameCenterLeaderboard>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardLocalizations/{id}` (Apple's
/// `GameCenterLeaderboardLocalizationUpdateRequest`); `None` leaves a field out.
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterLeaderboardLocalizations")]
pub struct GameCenterLeaderboardLocalizationUpdate {
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

/// The image of a leaderboard in one locale, with its upload and processing
/// state (`gameCenterLeaderboardImages`, `GET /v1/gameCenterLeaderboardImages/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardImageV2`](super::v2::GameCenterLeaderboardImageV2)
/// at `/v2/gameCenterLeaderboardImages`, which names the relationship
/// `localization`.
///
/// It is an asset: [`upload`](Self::upload) reserves, uploads, commits and
/// waits for processing in one call, and `create`, `update` and `delete`
/// send Apple's write requests one by one.
///
/// ```no_run
/// use asc_resources::GameCenterLeaderboardImage;
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let image = GameCenterLeaderboardImage::upload(&client, "LOCALIZATION_ID", "podium.png")
///     .send()
///     .await?;
/// println!("{:?}", image.image_asset.and_then(|a| a.original_url("png")));
/// # Ok(()) }
/// ```
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardImages",
    create = GameCenterLeaderboardImageCreate,
    update = GameCenterLeaderboardImageUpdate,
    delete,
    asset
)]
pub struct GameCenterLeaderboardImage {
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
    pub game_center_leaderboard_localization: ToOne<GameCenterLeaderboardLocalization>,
}

/// The body of `POST /v1/gameCenterLeaderboardImages`, which reserves the
/// upload of an image for a localization (Apple's
/// `GameCenterLeaderboardImageCreateRequest`); the answer carries the
/// `uploadOperations`.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardImages")]
pub struct GameCenterLeaderboardImageCreate {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `podium.png`.
    pub file_name: String,
    /// The localization the image is for.
    #[asc(relationship)]
    pub game_center_leaderboard_localization: Linkage<GameCenterLeaderboardLocalization>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardImages/{id}` (Apple's
/// `GameCenterLeaderboardImageUpdateRequest`): `uploaded: Some(true)`
/// commits the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardImages")]
pub struct GameCenterLeaderboardImageUpdate {
    /// `true` commits the uploaded parts; `None` leaves it out.
    pub uploaded: Option<bool>,
}

/// A set of leaderboards shown together (`gameCenterLeaderboardSets`,
/// `GET /v1/gameCenterLeaderboardSets/{id}`), with its Game Center detail
/// and its leaderboards; its localizations, group, group set and releases
/// are not declared yet.
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardSetV2`](super::v2::GameCenterLeaderboardSetV2) at
/// `/v2/gameCenterLeaderboardSets`, whose members are `/v2` leaderboards.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSets",
    create = GameCenterLeaderboardSetCreate,
    update = GameCenterLeaderboardSetUpdate,
    delete
)]
pub struct GameCenterLeaderboardSet {
    /// The resource id.
    pub id: String,
    /// The name shown in App Store Connect, not to players.
    pub reference_name: Option<String>,
    /// The identifier the game uses for the set.
    pub vendor_identifier: Option<String>,
    /// The Game Center detail (the app) the set belongs to.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The set's leaderboards. `list_game_center_leaderboards` lists them
    /// (`GET /v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`,
    /// pages of up to 200, filtered by reference name, archived or id);
    /// the linkage routes (`.../relationships/gameCenterLeaderboards`) read,
    /// add, remove and replace their ids.
    #[asc(
        relationship,
        include,
        list(filter(referenceName: strings, archived: bool, id: ids), limit = 200),
        linkage(get, add, remove, replace)
    )]
    pub game_center_leaderboards: ToMany<GameCenterLeaderboard>,
}

/// The body of `POST /v1/gameCenterLeaderboardSets` (Apple's
/// `GameCenterLeaderboardSetCreateRequest`); its `gameCenterGroup`
/// relationship is not declared yet.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSets")]
pub struct GameCenterLeaderboardSetCreate {
    /// The name shown in App Store Connect.
    pub reference_name: String,
    /// The identifier the game uses.
    pub vendor_identifier: String,
    /// The Game Center detail (the app) it is for.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardSets/{id}` (Apple's
/// `GameCenterLeaderboardSetUpdateRequest`).
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSets")]
pub struct GameCenterLeaderboardSetUpdate {
    /// The name shown in App Store Connect; `None` leaves it out.
    pub reference_name: Option<String>,
}

/// `gameCenterLeaderboardReleases`, Apple's `GameCenterLeaderboardRelease` schema (`GET /v1/gameCenterLeaderboardReleases/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardReleases", create = GameCenterLeaderboardReleaseCreate, delete)]
pub struct GameCenterLeaderboardRelease {
    /// The resource id.
    pub id: String,
    /// `live`: boolean.
    pub live: Option<bool>,
    /// `gameCenterDetail`: to-one `gameCenterDetails` ([`GameCenterDetail`]).
    #[asc(include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// `gameCenterLeaderboard`: to-one `gameCenterLeaderboards` ([`GameCenterLeaderboard`]).
    #[asc(include)]
    pub game_center_leaderboard: ToOne<GameCenterLeaderboard>,
}

/// The body of `POST /v1/gameCenterLeaderboardReleases` (Apple's `GameCenterLeaderboardReleaseCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardReleases")]
pub struct GameCenterLeaderboardReleaseCreate {
    /// `gameCenterDetail`: the `gameCenterDetails` (required).
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// `gameCenterLeaderboard`: the `gameCenterLeaderboards` (required).
    #[asc(relationship)]
    pub game_center_leaderboard: Linkage<GameCenterLeaderboard>,
}

// `GameCenterLeaderboardSetImage`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterLeaderboardSetImages/{id}`: `uploaded` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterLeaderboardSetImages`, Apple's `GameCenterLeaderboardSetImage` schema (`GET /v1/gameCenterLeaderboardSetImages/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1) in favour of [`GameCenterLeaderboardSetImageV2`] at `/v2/gameCenterLeaderboardSetImages`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetImages",
    create = GameCenterLeaderboardSetImageCreate,
    update = GameCenterLeaderboardSetImageUpdate,
    delete,
    asset
)]
pub struct GameCenterLeaderboardSetImage {
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
    /// `gameCenterLeaderboardSetLocalization`: to-one `gameCenterLeaderboardSetLocalizations` ([`GameCenterLeaderboardSetLocalization`]).
    #[asc(include, parent)]
    pub game_center_leaderboard_set_localization: ToOne<GameCenterLeaderboardSetLocalization>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetImages` (Apple's `GameCenterLeaderboardSetImageCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardSetImages")]
pub struct GameCenterLeaderboardSetImageCreate {
    /// `fileSize` (required).
    pub file_size: i64,
    /// `fileName` (required).
    pub file_name: String,
    /// `gameCenterLeaderboardSetLocalization`: the `gameCenterLeaderboardSetLocalizations` (required).
    #[asc(relationship)]
    pub game_center_leaderboard_set_localization: Linkage<GameCenterLeaderboardSetLocalization>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardSetImages/{id}` (Apple's `GameCenterLeaderboardSetImageUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardSetImages")]
pub struct GameCenterLeaderboardSetImageUpdate {
    /// `uploaded`.
    pub uploaded: Option<bool>,
}

// `GameCenterLeaderboardSetLocalization`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - `PATCH /v1/gameCenterLeaderboardSetLocalizations/{id}`: `name` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
/// `gameCenterLeaderboardSetLocalizations`, Apple's `GameCenterLeaderboardSetLocalization` schema (`GET /v1/gameCenterLeaderboardSetLocalizations/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1) in favour of [`GameCenterLeaderboardSetLocalizationV2`] at `/v2/gameCenterLeaderboardSetLocalizations`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetLocalizations",
    create = GameCenterLeaderboardSetLocalizationCreate,
    update = GameCenterLeaderboardSetLocalizationUpdate,
    delete
)]
pub struct GameCenterLeaderboardSetLocalization {
    /// The resource id.
    pub id: String,
    /// `locale`: string.
    pub locale: Option<String>,
    /// `name`: string.
    pub name: Option<String>,
    /// `gameCenterLeaderboardSet`: to-one `gameCenterLeaderboardSets` ([`GameCenterLeaderboardSet`]).
    #[asc(include)]
    pub game_center_leaderboard_set: ToOne<GameCenterLeaderboardSet>,
    /// `gameCenterLeaderboardSetImage`: to-one `gameCenterLeaderboardSetImages` ([`GameCenterLeaderboardSetImage`]).
    /// `read_game_center_leaderboard_set_image` reads it (`GET /v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage`).
    /// Linkage: `/v1/gameCenterLeaderboardSetLocalizations/{id}/relationships/gameCenterLeaderboardSetImage` (get).
    #[asc(include, related, linkage(get))]
    pub game_center_leaderboard_set_image: ToOne<GameCenterLeaderboardSetImage>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetLocalizations` (Apple's `GameCenterLeaderboardSetLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardSetLocalizations")]
pub struct GameCenterLeaderboardSetLocalizationCreate {
    /// `locale` (required).
    pub locale: String,
    /// `name` (required).
    pub name: String,
    /// `gameCenterLeaderboardSet`: the `gameCenterLeaderboardSets` (required).
    #[asc(relationship)]
    pub game_center_leaderboard_set: Linkage<GameCenterLeaderboardSet>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardSetLocalizations/{id}` (Apple's `GameCenterLeaderboardSetLocalizationUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardSetLocalizations")]
pub struct GameCenterLeaderboardSetLocalizationUpdate {
    /// `name`.
    pub name: Option<String>,
}

// `GameCenterLeaderboardSetMemberLocalization`: what this declaration does not express yet (asc-gen lists it; add it by hand or extend asc-derive):
// - Apple has no `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`, but the derive always generates `read`
// - `PATCH /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`: `name` is nullable (Apple clears it with `null`), but an `Option` payload field left `None` is left out
// - `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
// - `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard` is deprecated by Apple, but the derive cannot mark the function it generates `#[deprecated]`
/// `gameCenterLeaderboardSetMemberLocalizations`, Apple's `GameCenterLeaderboardSetMemberLocalization` schema (collection `/v1/gameCenterLeaderboardSetMemberLocalizations`).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetMemberLocalizations",
    list(filter(gameCenterLeaderboardSet: required ids, gameCenterLeaderboard: required ids), limit = 200),
    create = GameCenterLeaderboardSetMemberLocalizationCreate,
    update = GameCenterLeaderboardSetMemberLocalizationUpdate,
    delete
)]
pub struct GameCenterLeaderboardSetMemberLocalization {
    /// The resource id.
    pub id: String,
    /// `name`: string.
    pub name: Option<String>,
    /// `locale`: string.
    pub locale: Option<String>,
    /// `gameCenterLeaderboardSet`: to-one `gameCenterLeaderboardSets` ([`GameCenterLeaderboardSet`]).
    /// `read_game_center_leaderboard_set` reads it (`GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet`).
    /// `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet` is deprecated by Apple.
    /// Linkage: `/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet` (get).
    #[asc(include, related, linkage(get))]
    pub game_center_leaderboard_set: ToOne<GameCenterLeaderboardSet>,
    /// `gameCenterLeaderboard`: to-one `gameCenterLeaderboards` ([`GameCenterLeaderboard`]).
    /// `read_game_center_leaderboard` reads it (`GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard`).
    /// `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard` is deprecated by Apple.
    /// Linkage: `/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard` (get).
    #[asc(include, related, linkage(get))]
    pub game_center_leaderboard: ToOne<GameCenterLeaderboard>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetMemberLocalizations` (Apple's `GameCenterLeaderboardSetMemberLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardSetMemberLocalizations")]
pub struct GameCenterLeaderboardSetMemberLocalizationCreate {
    /// `name`.
    pub name: Option<String>,
    /// `locale`.
    pub locale: Option<String>,
    /// `gameCenterLeaderboardSet`: the `gameCenterLeaderboardSets` (required).
    #[asc(relationship)]
    pub game_center_leaderboard_set: Linkage<GameCenterLeaderboardSet>,
    /// `gameCenterLeaderboard`: the `gameCenterLeaderboards` (required).
    #[asc(relationship)]
    pub game_center_leaderboard: Linkage<GameCenterLeaderboard>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardSetMemberLocalizations/{id}` (Apple's `GameCenterLeaderboardSetMemberLocalizationUpdateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardSetMemberLocalizations")]
pub struct GameCenterLeaderboardSetMemberLocalizationUpdate {
    /// `name`.
    pub name: Option<String>,
}

/// `gameCenterLeaderboardSetReleases`, Apple's `GameCenterLeaderboardSetRelease` schema (`GET /v1/gameCenterLeaderboardSetReleases/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetReleases",
    create = GameCenterLeaderboardSetReleaseCreate,
    delete
)]
pub struct GameCenterLeaderboardSetRelease {
    /// The resource id.
    pub id: String,
    /// `live`: boolean.
    pub live: Option<bool>,
    /// `gameCenterDetail`: to-one `gameCenterDetails` ([`GameCenterDetail`]).
    #[asc(include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// `gameCenterLeaderboardSet`: to-one `gameCenterLeaderboardSets` ([`GameCenterLeaderboardSet`]).
    #[asc(include)]
    pub game_center_leaderboard_set: ToOne<GameCenterLeaderboardSet>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetReleases` (Apple's `GameCenterLeaderboardSetReleaseCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterLeaderboardSetReleases")]
pub struct GameCenterLeaderboardSetReleaseCreate {
    /// `gameCenterDetail`: the `gameCenterDetails` (required).
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// `gameCenterLeaderboardSet`: the `gameCenterLeaderboardSets` (required).
    #[asc(relationship)]
    pub game_center_leaderboard_set: Linkage<GameCenterLeaderboardSet>,
}
