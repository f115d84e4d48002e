//! The `/v1` declarations. Apple's document 4.4.1 deprecates most of these
//! routes in favour of [`super::v2`]; they keep working until Apple removes
//! them. The releases are deprecated with no `/v2` twin; the set member
//! localizations are not deprecated (only their related reads are).
//!
//! Like the achievement declarations, they are not marked `#[deprecated]`;
//! each type's rustdoc says what Apple deprecates and names its `/v2` twin.

use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use super::{
    GameCenterLeaderboardFormatter, GameCenterLeaderboardScoreSortType,
    GameCenterLeaderboardSubmissionType, GameCenterLeaderboardVisibility,
};
use crate::game_center::detail::GameCenterDetail;
use crate::media::{AppMediaAssetState, ImageAsset, UploadOperation};
use crate::{GameCenterActivity, GameCenterChallenge, GameCenterGroup};

/// A Game Center leaderboard (`gameCenterLeaderboards`,
/// `GET /v1/gameCenterLeaderboards/{id}`): its attributes, the Game Center
/// detail or group it belongs to, the sets it is a member of, its
/// localizations and releases, and the activity and challenge it is tied to.
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardV2`](super::v2::GameCenterLeaderboardV2) at
/// `/v2/gameCenterLeaderboards`, whose localizations hang from versions.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboards",
    create = GameCenterLeaderboardCreate,
    update = GameCenterLeaderboardUpdate,
    delete,
    deprecated = "use `GameCenterLeaderboardV2` (`/v2/gameCenterLeaderboards`)"
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
    /// The Game Center group the leaderboard belongs to, when the app shares
    /// its leaderboards with other apps of a group instead of owning them.
    #[asc(relationship, include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The group's leaderboard this one was copied to when the app joined a
    /// group. `read_group_leaderboard` reads it
    /// (`GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard`);
    /// `read_group_leaderboard_id` and `set_group_leaderboard` read and set
    /// its id (`.../relationships/groupLeaderboard`).
    #[asc(relationship, include, related, linkage(get, set))]
    pub group_leaderboard: ToOne<GameCenterLeaderboard>,
    /// The leaderboard sets it is a member of (included only; Apple has no
    /// list route for them from here).
    #[asc(relationship, include)]
    pub game_center_leaderboard_sets: ToMany<GameCenterLeaderboardSet>,
    /// The leaderboard's localizations. `list_localizations` lists them
    /// (`GET /v1/gameCenterLeaderboards/{id}/localizations`, pages of up to
    /// 200); `list_localizations_ids` lists their ids (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterLeaderboardLocalization>,
    /// The leaderboard's releases, one per Game Center detail it is live
    /// for. `list_releases` lists them
    /// (`GET /v1/gameCenterLeaderboards/{id}/releases`, pages of up to 200,
    /// filtered by `live` or Game Center detail); `list_releases_ids` lists
    /// their ids (`GET .../relationships/releases`).
    #[asc(
        relationship,
        include,
        list(filter(live: bool, gameCenterDetail: ids), limit = 200),
        linkage(get)
    )]
    pub releases: ToMany<GameCenterLeaderboardRelease>,
    /// The activity the leaderboard belongs to; `set_activity` sets or
    /// clears it (`PATCH .../relationships/activity`; Apple has no read).
    #[asc(relationship, include, linkage(set))]
    pub activity: ToOne<GameCenterActivity>,
    /// The challenge built on the leaderboard; `set_challenge` sets or
    /// clears it (`PATCH .../relationships/challenge`; Apple has no read).
    #[asc(relationship, include, linkage(set))]
    pub challenge: ToOne<GameCenterChallenge>,
}

/// The body of `POST /v1/gameCenterLeaderboards` (Apple's
/// `GameCenterLeaderboardCreateRequest`): a new leaderboard for a Game
/// Center detail or a group. Apple's request may also name the sets to add
/// it to (a to-many relationship, which payloads cannot carry): add it with
/// `GameCenterLeaderboardSet::add_game_center_leaderboards` afterwards.
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
    /// The Game Center detail (the app) it is for, if not a group.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// The Game Center group it is for, if not an app's detail.
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
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
    delete,
    deprecated = "use `GameCenterLeaderboardLocalizationV2` (`/v2/gameCenterLeaderboardLocalizations`)"
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
    asset,
    deprecated = "use `GameCenterLeaderboardImageV2` (`/v2/gameCenterLeaderboardImages`)"
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
/// `GET /v1/gameCenterLeaderboardSets/{id}`): the Game Center detail or
/// group it belongs to, its leaderboards, localizations and releases.
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardSetV2`](super::v2::GameCenterLeaderboardSetV2) at
/// `/v2/gameCenterLeaderboardSets`, whose members are `/v2` leaderboards.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSets",
    create = GameCenterLeaderboardSetCreate,
    update = GameCenterLeaderboardSetUpdate,
    delete,
    deprecated = "use `GameCenterLeaderboardSetV2` (`/v2/gameCenterLeaderboardSets`)"
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
    /// The Game Center group the set belongs to, when the app shares it
    /// with other apps of a group.
    #[asc(relationship, include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The group's set this one was copied to when the app joined a group.
    /// `read_group_leaderboard_set` reads it
    /// (`GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet`);
    /// `read_group_leaderboard_set_id` and `set_group_leaderboard_set` read
    /// and set its id (`.../relationships/groupLeaderboardSet`).
    #[asc(relationship, include, related, linkage(get, set))]
    pub group_leaderboard_set: ToOne<GameCenterLeaderboardSet>,
    /// The set's name in each locale. `list_localizations` lists them
    /// (`GET /v1/gameCenterLeaderboardSets/{id}/localizations`, pages of up
    /// to 200); `list_localizations_ids` lists their ids
    /// (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterLeaderboardSetLocalization>,
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
    /// The set's releases, one per Game Center detail it is live for.
    /// `list_releases` lists them
    /// (`GET /v1/gameCenterLeaderboardSets/{id}/releases`, pages of up to
    /// 200, filtered by `live` or Game Center detail); `list_releases_ids`
    /// lists their ids (`GET .../relationships/releases`).
    #[asc(
        relationship,
        include,
        list(filter(live: bool, gameCenterDetail: ids), limit = 200),
        linkage(get)
    )]
    pub releases: ToMany<GameCenterLeaderboardSetRelease>,
}

/// The body of `POST /v1/gameCenterLeaderboardSets` (Apple's
/// `GameCenterLeaderboardSetCreateRequest`): a new set for a Game Center
/// detail or a group. Apple's request may also name its first leaderboards
/// (a to-many relationship, which payloads cannot carry): add them with
/// `add_game_center_leaderboards` afterwards.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSets")]
pub struct GameCenterLeaderboardSetCreate {
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

/// The body of `PATCH /v1/gameCenterLeaderboardSets/{id}` (Apple's
/// `GameCenterLeaderboardSetUpdateRequest`); Apple's `null`, which clears
/// the name, cannot be sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSets")]
pub struct GameCenterLeaderboardSetUpdate {
    /// The name shown in App Store Connect; `None` leaves it out.
    pub reference_name: Option<String>,
}

/// The release of a leaderboard for a Game Center detail, which makes it
/// live for players of that app (`gameCenterLeaderboardReleases`,
/// `GET /v1/gameCenterLeaderboardReleases/{id}`). A leaderboard's releases
/// are listed with [`GameCenterLeaderboard::list_releases`]; `create`
/// releases a leaderboard and `delete` withdraws a release (Apple has no
/// update).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named: `/v2`
/// leaderboards go live through the state of their versions
/// ([`GameCenterLeaderboardVersionV2`](super::v2::GameCenterLeaderboardVersionV2)).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardReleases",
    create = GameCenterLeaderboardReleaseCreate,
    delete,
    deprecated = "Apple deprecates these routes, with no replacement"
)]
pub struct GameCenterLeaderboardRelease {
    /// The resource id.
    pub id: String,
    /// Whether the release is live for players.
    pub live: Option<bool>,
    /// The Game Center detail (the app) the leaderboard is released for.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The released leaderboard.
    #[asc(relationship, include)]
    pub game_center_leaderboard: ToOne<GameCenterLeaderboard>,
}

/// The body of `POST /v1/gameCenterLeaderboardReleases` (Apple's
/// `GameCenterLeaderboardReleaseCreateRequest`): release a leaderboard for
/// a Game Center detail.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardReleases")]
pub struct GameCenterLeaderboardReleaseCreate {
    /// The Game Center detail (the app) to release it for.
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// The leaderboard to release.
    #[asc(relationship)]
    pub game_center_leaderboard: Linkage<GameCenterLeaderboard>,
}

/// The image of a leaderboard set in one locale, with its upload and
/// processing state (`gameCenterLeaderboardSetImages`,
/// `GET /v1/gameCenterLeaderboardSetImages/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardSetImageV2`](super::v2::GameCenterLeaderboardSetImageV2)
/// at `/v2/gameCenterLeaderboardSetImages`, which names the relationship
/// `localization`.
///
/// It is an asset: [`upload`](Self::upload) reserves, uploads, commits and
/// waits for processing in one call, and `create`, `update` and `delete`
/// send Apple's write requests one by one.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetImages",
    create = GameCenterLeaderboardSetImageCreate,
    update = GameCenterLeaderboardSetImageUpdate,
    delete,
    asset,
    deprecated = "use `GameCenterLeaderboardSetImageV2` (`/v2/gameCenterLeaderboardSetImages`)"
)]
pub struct GameCenterLeaderboardSetImage {
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
    pub game_center_leaderboard_set_localization: ToOne<GameCenterLeaderboardSetLocalization>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetImages`, which reserves
/// the upload of an image for a set localization (Apple's
/// `GameCenterLeaderboardSetImageCreateRequest`); the answer carries the
/// `uploadOperations`.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetImages")]
pub struct GameCenterLeaderboardSetImageCreate {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `trophies.png`.
    pub file_name: String,
    /// The set localization the image is for.
    #[asc(relationship)]
    pub game_center_leaderboard_set_localization: Linkage<GameCenterLeaderboardSetLocalization>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardSetImages/{id}` (Apple's
/// `GameCenterLeaderboardSetImageUpdateRequest`): `uploaded: Some(true)`
/// commits the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetImages")]
pub struct GameCenterLeaderboardSetImageUpdate {
    /// `true` commits the uploaded parts; `None` leaves it out (Apple's
    /// `null` cannot be sent).
    pub uploaded: Option<bool>,
}

/// The name of a leaderboard set in one locale
/// (`gameCenterLeaderboardSetLocalizations`,
/// `GET /v1/gameCenterLeaderboardSetLocalizations/{id}`), with its image.
/// A set's localizations are listed with
/// [`GameCenterLeaderboardSet::list_localizations`].
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterLeaderboardSetLocalizationV2`](super::v2::GameCenterLeaderboardSetLocalizationV2)
/// at `/v2/gameCenterLeaderboardSetLocalizations`, whose relationships are
/// `version` and `image`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetLocalizations",
    create = GameCenterLeaderboardSetLocalizationCreate,
    update = GameCenterLeaderboardSetLocalizationUpdate,
    delete,
    deprecated = "use `GameCenterLeaderboardSetLocalizationV2` (`/v2/gameCenterLeaderboardSetLocalizations`)"
)]
pub struct GameCenterLeaderboardSetLocalization {
    /// The resource id.
    pub id: String,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The set's name in this locale.
    pub name: Option<String>,
    /// The leaderboard set this localization belongs to.
    #[asc(relationship, include)]
    pub game_center_leaderboard_set: ToOne<GameCenterLeaderboardSet>,
    /// The image for this locale; `read_game_center_leaderboard_set_image`
    /// reads it (`GET /v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage`);
    /// `read_game_center_leaderboard_set_image_id` reads its id
    /// (`GET .../relationships/gameCenterLeaderboardSetImage`).
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_leaderboard_set_image: ToOne<GameCenterLeaderboardSetImage>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetLocalizations` (Apple's
/// `GameCenterLeaderboardSetLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetLocalizations")]
pub struct GameCenterLeaderboardSetLocalizationCreate {
    /// The locale, such as `en-US`.
    pub locale: String,
    /// The set's name in this locale.
    pub name: String,
    /// The leaderboard set the localization is for.
    #[asc(relationship)]
    pub game_center_leaderboard_set: Linkage<GameCenterLeaderboardSet>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardSetLocalizations/{id}`
/// (Apple's `GameCenterLeaderboardSetLocalizationUpdateRequest`).
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetLocalizations")]
pub struct GameCenterLeaderboardSetLocalizationUpdate {
    /// The set's name in this locale; `None` leaves it out (Apple's `null`,
    /// which clears it, cannot be sent).
    pub name: Option<String>,
}

/// The name a leaderboard has as a member of a leaderboard set, in one
/// locale (`gameCenterLeaderboardSetMemberLocalizations`, collection
/// `/v1/gameCenterLeaderboardSetMemberLocalizations`).
///
/// Apple has no `GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`:
/// find one with `list(&client, set_ids, leaderboard_ids)`, whose two
/// filters (the set and the leaderboard) Apple requires. `create`, `update`
/// and `delete` are Apple's writes. The type itself is not deprecated, but
/// Apple deprecates its related reads (`read_game_center_leaderboard_set`,
/// `read_game_center_leaderboard` and their `_id` linkage reads), as it
/// does the `/v1` sets and leaderboards they answer with.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetMemberLocalizations",
    list(
        filter(gameCenterLeaderboardSet: required ids, gameCenterLeaderboard: required ids),
        limit = 200
    ),
    create = GameCenterLeaderboardSetMemberLocalizationCreate,
    update = GameCenterLeaderboardSetMemberLocalizationUpdate,
    delete,
    no_read
)]
pub struct GameCenterLeaderboardSetMemberLocalization {
    /// The resource id.
    pub id: String,
    /// The leaderboard's name within the set, in this locale.
    pub name: Option<String>,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The set the leaderboard is a member of.
    /// `read_game_center_leaderboard_set` reads it (`GET
    /// /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet`,
    /// deprecated by Apple); `read_game_center_leaderboard_set_id` reads its
    /// id (`GET .../relationships/gameCenterLeaderboardSet`, deprecated too).
    #[asc(
        relationship,
        include,
        related,
        linkage(get),
        deprecated = "Apple deprecates these routes, with no replacement"
    )]
    pub game_center_leaderboard_set: ToOne<GameCenterLeaderboardSet>,
    /// The member leaderboard. `read_game_center_leaderboard` reads it (`GET
    /// /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard`,
    /// deprecated by Apple); `read_game_center_leaderboard_id` reads its id
    /// (`GET .../relationships/gameCenterLeaderboard`, deprecated too).
    #[asc(
        relationship,
        include,
        related,
        linkage(get),
        deprecated = "Apple deprecates these routes, with no replacement"
    )]
    pub game_center_leaderboard: ToOne<GameCenterLeaderboard>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetMemberLocalizations`
/// (Apple's `GameCenterLeaderboardSetMemberLocalizationCreateRequest`): the
/// name of one member leaderboard of a set in one locale.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetMemberLocalizations")]
pub struct GameCenterLeaderboardSetMemberLocalizationCreate {
    /// The leaderboard's name within the set.
    pub name: Option<String>,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The set.
    #[asc(relationship)]
    pub game_center_leaderboard_set: Linkage<GameCenterLeaderboardSet>,
    /// The member leaderboard.
    #[asc(relationship)]
    pub game_center_leaderboard: Linkage<GameCenterLeaderboard>,
}

/// The body of `PATCH /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`
/// (Apple's `GameCenterLeaderboardSetMemberLocalizationUpdateRequest`).
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetMemberLocalizations")]
pub struct GameCenterLeaderboardSetMemberLocalizationUpdate {
    /// The leaderboard's name within the set; `None` leaves it out (Apple's
    /// `null`, which clears it, cannot be sent).
    pub name: Option<String>,
}

/// The release of a leaderboard set for a Game Center detail, which makes
/// it live for players of that app (`gameCenterLeaderboardSetReleases`,
/// `GET /v1/gameCenterLeaderboardSetReleases/{id}`). A set's releases are
/// listed with [`GameCenterLeaderboardSet::list_releases`]; `create`
/// releases a set and `delete` withdraws a release (Apple has no update).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named: `/v2`
/// sets go live through the state of their versions
/// ([`GameCenterLeaderboardSetVersionV2`](super::v2::GameCenterLeaderboardSetVersionV2)).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterLeaderboardSetReleases",
    create = GameCenterLeaderboardSetReleaseCreate,
    delete,
    deprecated = "Apple deprecates these routes, with no replacement"
)]
pub struct GameCenterLeaderboardSetRelease {
    /// The resource id.
    pub id: String,
    /// Whether the release is live for players.
    pub live: Option<bool>,
    /// The Game Center detail (the app) the set is released for.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The released leaderboard set.
    #[asc(relationship, include)]
    pub game_center_leaderboard_set: ToOne<GameCenterLeaderboardSet>,
}

/// The body of `POST /v1/gameCenterLeaderboardSetReleases` (Apple's
/// `GameCenterLeaderboardSetReleaseCreateRequest`): release a set for a
/// Game Center detail.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterLeaderboardSetReleases")]
pub struct GameCenterLeaderboardSetReleaseCreate {
    /// The Game Center detail (the app) to release it for.
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// The leaderboard set to release.
    #[asc(relationship)]
    pub game_center_leaderboard_set: Linkage<GameCenterLeaderboardSet>,
}
