//! The `/v2` declarations, which Apple's document 4.4.1 recommends. They
//! share their JSON types with [`super::v1`]; only paths and relationship
//! names differ.

use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use super::GameCenterVersionState;
use super::activities::GameCenterActivity;
use super::detail::GameCenterDetail;
use super::groups::GameCenterGroup;
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
    path = "/v2/gameCenterAchievementLocalizations",
    create = GameCenterAchievementLocalizationV2Create,
    update = GameCenterAchievementLocalizationV2Update,
    delete
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

/// The body of `POST /v2/gameCenterAchievementLocalizations` (Apple's
/// `GameCenterAchievementLocalizationV2CreateRequest`): a new locale of an achievement version.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementLocalizations")]
pub struct GameCenterAchievementLocalizationV2Create {
    /// The locale, such as `en-US`.
    pub locale: String,
    /// The achievement's name in this locale.
    pub name: String,
    /// What players read before they earn the achievement.
    pub before_earned_description: String,
    /// What players read after they earn the achievement.
    pub after_earned_description: String,
    /// The achievement version this localization belongs to.
    #[asc(relationship)]
    pub version: Linkage<GameCenterAchievementVersionV2>,
}

/// The body of `PATCH /v2/gameCenterAchievementLocalizations/{id}`
/// (Apple's `GameCenterAchievementLocalizationV2UpdateRequest`); a field left `None` is left out.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementLocalizations")]
pub struct GameCenterAchievementLocalizationV2Update {
    /// The achievement's name in this locale.
    pub name: Option<String>,
    /// What players read before they earn the achievement.
    pub before_earned_description: Option<String>,
    /// What players read after they earn the achievement.
    pub after_earned_description: Option<String>,
}

/// A version of an achievement (`gameCenterAchievementVersions`,
/// `GET /v2/gameCenterAchievementVersions/{id}`): the localizations players
/// see, reviewed and released together; `state` says where the version is.
/// A new version is created for an achievement (`create`); Apple has no
/// update or delete for it.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievementVersions",
    path = "/v2/gameCenterAchievementVersions",
    create = GameCenterAchievementVersionV2Create
)]
pub struct GameCenterAchievementVersionV2 {
    /// The resource id.
    pub id: String,
    /// The version number, from 1.
    pub version: Option<i64>,
    /// Where the version is in review and release.
    pub state: Option<GameCenterVersionState>,
    /// The achievement this is a version of.
    #[asc(relationship, include)]
    pub achievement: ToOne<GameCenterAchievementV2>,
    /// The localizations of this version. `list_localizations` lists them
    /// (`GET /v2/gameCenterAchievementVersions/{id}/localizations`, pages of
    /// up to 200, no filter or sort in Apple's document 4.4.1);
    /// `list_localizations_ids` lists their ids (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterAchievementLocalizationV2>,
}

/// The body of `POST /v2/gameCenterAchievementVersions` (Apple's
/// `GameCenterAchievementVersionV2CreateRequest`): a new version of an
/// achievement, numbered by App Store Connect.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementVersions")]
pub struct GameCenterAchievementVersionV2Create {
    /// The achievement to version.
    #[asc(relationship)]
    pub achievement: Linkage<GameCenterAchievementV2>,
}

/// A Game Center achievement as `/v2` serves it (`gameCenterAchievements`,
/// `GET /v2/gameCenterAchievements/{id}`): the same JSON type and attributes
/// as [`GameCenterAchievement`](super::v1::GameCenterAchievement), whose
/// localizations live in its [versions](GameCenterAchievementVersionV2).
/// Apple recommends these routes over `/v1`.
///
/// ```no_run
/// use asc_resources::{
///     GameCenterAchievementV2, GameCenterAchievementV2Field as F,
///     GameCenterAchievementV2Include as I, GameCenterAchievementVersionV2,
/// };
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let read = GameCenterAchievementV2::read(&client, asc_resources::SEEDED_ACHIEVEMENT)
///     .fields([F::ReferenceName, F::Versions])
///     .include([I::Versions])
///     .send()
///     .await?;
/// for v in read.included::<GameCenterAchievementVersionV2>() {
///     println!("version {:?}: {:?}", v.version, v.state);
/// }
/// # Ok(()) }
/// ```
///
/// What the payloads cannot say: Apple's `POST` requires the to-many
/// `versions` relationship, with the new versions (and their localizations)
/// as `included` resources created inline; a payload links single ids
/// only, so [`GameCenterAchievementV2Create`] sends neither (the emulator
/// takes it; create the version afterwards with
/// [`GameCenterAchievementVersionV2::create`]). Apple's `PATCH` clears
/// `referenceName`, `points`, `showBeforeEarned`, `repeatable`, `archived`
/// and `activityProperties` with `null`; a `None` field is left out.
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
    /// The name shown in App Store Connect, not to players.
    pub reference_name: Option<String>,
    /// The identifier the game uses for the achievement.
    pub vendor_identifier: Option<String>,
    /// The points the achievement is worth.
    pub points: Option<i64>,
    /// Whether players see the achievement before they earn it.
    pub show_before_earned: Option<bool>,
    /// Whether players can earn it more than once.
    pub repeatable: Option<bool>,
    /// Whether the achievement is archived.
    pub archived: Option<bool>,
    /// Properties of the activity the achievement belongs to (`StringToStringMap`).
    pub activity_properties: Option<BTreeMap<String, String>>,
    /// The Game Center detail of the app the achievement belongs to (empty
    /// when it belongs to a group).
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The Game Center group the achievement belongs to (empty when it
    /// belongs to one app's detail).
    #[asc(relationship, include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The activity the achievement is part of. Apple has no related read
    /// for it; `set_activity` sets or clears it (`PATCH
    /// /v2/gameCenterAchievements/{id}/relationships/activity`).
    #[asc(relationship, include, linkage(set))]
    pub activity: ToOne<GameCenterActivity>,
    /// The achievement's versions. `list_versions` lists them
    /// (`GET /v2/gameCenterAchievements/{id}/versions`, pages of up to 200,
    /// no filter or sort); `list_versions_ids` lists their ids
    /// (`GET .../relationships/versions`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterAchievementVersionV2>,
}

/// The body of `POST /v2/gameCenterAchievements` (Apple's
/// `GameCenterAchievementV2CreateRequest`) without its `versions` and
/// `included` (see [`GameCenterAchievementV2`]): a new achievement of an
/// app's detail or of a group (give one of the two).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterAchievements")]
pub struct GameCenterAchievementV2Create {
    /// The name shown in App Store Connect.
    pub reference_name: String,
    /// The identifier the game will use; unique within the app or group.
    pub vendor_identifier: String,
    /// The points the achievement is worth.
    pub points: i64,
    /// Whether players see it before they earn it.
    pub show_before_earned: bool,
    /// Whether players can earn it more than once.
    pub repeatable: bool,
    /// Properties of its activity; `None` leaves them out.
    pub activity_properties: Option<BTreeMap<String, String>>,
    /// The app's Game Center detail it belongs to.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// The group it belongs to.
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
}

/// The body of `PATCH /v2/gameCenterAchievements/{id}` (Apple's
/// `GameCenterAchievementV2UpdateRequest`); each `None` is left out.
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterAchievements")]
pub struct GameCenterAchievementV2Update {
    /// The new reference name.
    pub reference_name: Option<String>,
    /// The new points.
    pub points: Option<i64>,
    /// Whether players see it before they earn it.
    pub show_before_earned: Option<bool>,
    /// Whether players can earn it more than once.
    pub repeatable: Option<bool>,
    /// `true` archives the achievement, `false` brings it back.
    pub archived: Option<bool>,
    /// The new properties of its activity.
    pub activity_properties: Option<BTreeMap<String, String>>,
}
