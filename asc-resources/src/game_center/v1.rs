//! The `/v1` declarations. Apple's document 4.4.1 deprecates these routes in
//! favour of [`super::v2`]; they keep working until Apple removes them.

use std::collections::BTreeMap;

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use super::activities::GameCenterActivity;
use super::detail::GameCenterDetail;
use super::groups::GameCenterGroup;
use crate::media::{AppMediaAssetState, ImageAsset, UploadOperation};

/// The image of an achievement in one locale, with its upload and processing
/// state (`gameCenterAchievementImages`, `GET /v1/gameCenterAchievementImages/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterAchievementImageV2`](super::v2::GameCenterAchievementImageV2)
/// at `/v2/gameCenterAchievementImages`, which names the relationship
/// `localization`.
///
/// ```no_run
/// use asc_resources::{GameCenterAchievementImage, GameCenterAchievementImageField as F};
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let image = GameCenterAchievementImage::read(&client, "38e6d9a7-9cbf-45f8-8246-1ef4728aecda")
///     .fields([F::FileName, F::ImageAsset, F::AssetDeliveryState])
///     .send()
///     .await?
///     .data;
/// println!("{:?}", image.image_asset.and_then(|a| a.url(256, 256, "png")));
/// # Ok(()) }
/// ```
///
/// It is an asset: [`upload`](Self::upload) reserves, uploads, commits and
/// waits for processing in one call, and `create`, `update` and `delete`
/// send Apple's write requests one by one.
///
/// ```no_run
/// use asc_resources::GameCenterAchievementImage;
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let image = GameCenterAchievementImage::upload(&client, "LOCALIZATION_ID", "coffee.png")
///     .on_progress(|p| eprintln!("{} of {} bytes", p.done, p.total))
///     .send()
///     .await?;
/// println!("{:?}", image.image_asset.and_then(|a| a.original_url("png")));
/// GameCenterAchievementImage::delete(&client, &image.id).send().await?;
/// # Ok(()) }
/// ```
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievementImages",
    create = GameCenterAchievementImageCreate,
    update = GameCenterAchievementImageUpdate,
    delete,
    asset,
    deprecated = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)"
)]
pub struct GameCenterAchievementImage {
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
    pub game_center_achievement_localization: ToOne<GameCenterAchievementLocalization>,
}

/// The body of `POST /v1/gameCenterAchievementImages`, which reserves the
/// upload of an image for a localization (Apple's
/// `GameCenterAchievementImageCreateRequest`); the answer carries the
/// `uploadOperations`.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImageCreate {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `coffee.png`.
    pub file_name: String,
    /// The localization the image is for.
    #[asc(relationship)]
    pub game_center_achievement_localization: Linkage<GameCenterAchievementLocalization>,
}

/// The body of `PATCH /v1/gameCenterAchievementImages/{id}` (Apple's
/// `GameCenterAchievementImageUpdateRequest`): `uploaded: Some(true)`
/// commits the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImageUpdate {
    /// `true` commits the uploaded parts; `None` leaves it out.
    pub uploaded: Option<bool>,
}

/// The name and descriptions of an achievement in one locale
/// (`gameCenterAchievementLocalizations`, `GET /v1/gameCenterAchievementLocalizations/{id}`).
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterAchievementLocalizationV2`](super::v2::GameCenterAchievementLocalizationV2)
/// at `/v2/gameCenterAchievementLocalizations`, whose relationships are
/// `version` and `image`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievementLocalizations",
    deprecated = "use `GameCenterAchievementLocalizationV2` (`/v2/gameCenterAchievementLocalizations`)",
    create = GameCenterAchievementLocalizationCreate,
    update = GameCenterAchievementLocalizationUpdate,
    delete
)]
pub struct GameCenterAchievementLocalization {
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
    /// The achievement; `read_game_center_achievement` reads it
    /// (`GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement`);
    /// `read_game_center_achievement_id` reads its id (`GET .../relationships/gameCenterAchievement`).
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_achievement: ToOne<GameCenterAchievement>,
    /// The image for this locale; `read_game_center_achievement_image` reads it
    /// (`GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`);
    /// `read_game_center_achievement_image_id` reads its id (`GET .../relationships/gameCenterAchievementImage`).
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_achievement_image: ToOne<GameCenterAchievementImage>,
}

/// The body of `POST /v1/gameCenterAchievementLocalizations` (Apple's
/// `GameCenterAchievementLocalizationCreateRequest`): a new locale of an achievement.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementLocalizations")]
pub struct GameCenterAchievementLocalizationCreate {
    /// The locale, such as `en-US`.
    pub locale: String,
    /// The achievement's name in this locale.
    pub name: String,
    /// What players read before they earn the achievement.
    pub before_earned_description: String,
    /// What players read after they earn the achievement.
    pub after_earned_description: String,
    /// The achievement this localization belongs to.
    #[asc(relationship)]
    pub game_center_achievement: Linkage<GameCenterAchievement>,
}

/// The body of `PATCH /v1/gameCenterAchievementLocalizations/{id}`
/// (Apple's `GameCenterAchievementLocalizationUpdateRequest`); a field left `None` is left out.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementLocalizations")]
pub struct GameCenterAchievementLocalizationUpdate {
    /// The achievement's name in this locale.
    pub name: Option<String>,
    /// What players read before they earn the achievement.
    pub before_earned_description: Option<String>,
    /// What players read after they earn the achievement.
    pub after_earned_description: Option<String>,
}

/// A Game Center achievement (`gameCenterAchievements`,
/// `GET /v1/gameCenterAchievements/{id}`): what a player earns, its points
/// and visibility, with its localizations, its releases, and the detail or
/// group it belongs to.
///
/// **Deprecated by Apple** (document 4.4.1) in favour of
/// [`GameCenterAchievementV2`](super::v2::GameCenterAchievementV2) at
/// `/v2/gameCenterAchievements`, the same JSON type with versions instead of
/// localizations and releases. Both decode the same objects.
///
/// ```no_run
/// use asc_resources::{
///     GameCenterAchievement, GameCenterAchievementField as F, GameCenterAchievementInclude as I,
///     GameCenterAchievementLocalization,
/// };
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let read = GameCenterAchievement::read(&client, asc_resources::SEEDED_ACHIEVEMENT)
///     .fields([F::ReferenceName, F::Points, F::Localizations])
///     .include([I::Localizations])
///     .send()
///     .await?;
/// for l in read.included::<GameCenterAchievementLocalization>() {
///     println!("{:?}: {:?}", l.locale, l.name);
/// }
/// # Ok(()) }
/// ```
///
/// Apple's `PATCH` clears `referenceName`, `points`, `showBeforeEarned`,
/// `repeatable`, `archived` and `activityProperties` with `null`; the
/// update payload can set them, not clear them (a `None` field is left out).
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterAchievements",
    create = GameCenterAchievementCreate,
    update = GameCenterAchievementUpdate,
    delete,
    deprecated = "use `GameCenterAchievementV2` (`/v2/gameCenterAchievements`)"
)]
pub struct GameCenterAchievement {
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
    /// The group's achievement this one stands for, once the app joins a
    /// group (deprecated by Apple with the `/v1` routes).
    /// `read_group_achievement` reads it (`GET
    /// /v1/gameCenterAchievements/{id}/groupAchievement`);
    /// `read_group_achievement_id` reads its id and `set_group_achievement`
    /// sets or clears it (`GET`/`PATCH .../relationships/groupAchievement`).
    #[asc(relationship, include, related, linkage(get, set))]
    pub group_achievement: ToOne<GameCenterAchievement>,
    /// The achievement's localizations. `list_localizations` lists them
    /// (`GET /v1/gameCenterAchievements/{id}/localizations`, pages of up to
    /// 200, no filter or sort in Apple's document 4.4.1); `list_localizations_ids`
    /// lists their ids (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterAchievementLocalization>,
    /// The achievement's releases, one per detail it is live in.
    /// `list_releases` lists them (`GET /v1/gameCenterAchievements/{id}/releases`,
    /// pages of up to 200, filtered by `live` or detail id);
    /// `list_releases_ids` lists their ids (`GET .../relationships/releases`).
    #[asc(
        relationship,
        include,
        list(filter(live: bool, gameCenterDetail: ids), limit = 200),
        linkage(get)
    )]
    pub releases: ToMany<GameCenterAchievementRelease>,
    /// The activity the achievement is part of. Apple has no related read
    /// for it; `set_activity` sets or clears it (`PATCH
    /// .../relationships/activity`).
    #[asc(relationship, include, linkage(set))]
    pub activity: ToOne<GameCenterActivity>,
}

/// The body of `POST /v1/gameCenterAchievements` (Apple's
/// `GameCenterAchievementCreateRequest`): a new achievement of an app's
/// detail or of a group (give one of the two).
#[derive(AscPayload, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterAchievements")]
pub struct GameCenterAchievementCreate {
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

/// The body of `PATCH /v1/gameCenterAchievements/{id}` (Apple's
/// `GameCenterAchievementUpdateRequest`); each `None` is left out.
#[derive(AscPayload, Debug, Clone, Default, PartialEq)]
#[asc(type = "gameCenterAchievements")]
pub struct GameCenterAchievementUpdate {
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

/// The release of an achievement in an app's Game Center detail: the
/// achievement is live there when `live` (`gameCenterAchievementReleases`,
/// `GET /v1/gameCenterAchievementReleases/{id}`). Created to release an
/// achievement, deleted to withdraw the release; listed from the
/// achievement (`GameCenterAchievement::list_releases`) and the detail
/// (`GameCenterDetail::list_achievement_releases`).
///
/// **Deprecated by Apple** (document 4.4.1), with no replacement named: the
/// `/v2` achievements are released through their versions' states.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterAchievementReleases", create = GameCenterAchievementReleaseCreate, delete, deprecated = "Apple deprecates these routes, with no replacement")]
pub struct GameCenterAchievementRelease {
    /// The resource id.
    pub id: String,
    /// Whether the release is live for players.
    pub live: Option<bool>,
    /// The detail the achievement is released in.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The achievement released.
    #[asc(relationship, include)]
    pub game_center_achievement: ToOne<GameCenterAchievement>,
}

/// The body of `POST /v1/gameCenterAchievementReleases` (Apple's
/// `GameCenterAchievementReleaseCreateRequest`): releases an achievement in
/// a detail.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterAchievementReleases")]
pub struct GameCenterAchievementReleaseCreate {
    /// The detail to release the achievement in.
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// The achievement to release.
    #[asc(relationship)]
    pub game_center_achievement: Linkage<GameCenterAchievement>,
}
