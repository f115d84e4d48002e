//! Game Center challenges (`/v1`): a challenge invites friends to beat a
//! score on a leaderboard within a time. Each has versions that go through
//! review; a version has localizations (name and description per locale),
//! images and releases.
//!
//! Apple's challenge images have no relationships of their own: the
//! localization or version an image is for is named only in its create
//! request. Their [`upload`](GameCenterChallengeImage::upload) is written by
//! hand here (the derive's `asset` needs a declared parent relationship),
//! with the localization as the parent.

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

use crate::game_center::GameCenterVersionState;
use crate::game_center::detail::GameCenterDetail;
use crate::game_center::groups::GameCenterGroup;
use crate::game_center::leaderboards::v1::GameCenterLeaderboard;
use crate::game_center::leaderboards::v2::GameCenterLeaderboardV2;
use crate::media::{AppMediaAssetState, ImageAsset, UploadOperation};

/// A Game Center challenge (`gameCenterChallenges`,
/// `GET /v1/gameCenterChallenges/{id}`): a contest among friends on one
/// leaderboard, with its Game Center detail or group and its versions.
///
/// Apple lists challenges from their Game Center detail or group
/// (`GET /v1/gameCenterDetails/{id}/gameCenterChallenges`,
/// `GET /v1/gameCenterGroups/{id}/gameCenterChallenges`, with filters);
/// there is no top-level list. Apple's document 4.4.1 deprecates the
/// `leaderboard` relationship (a `/v1` leaderboard) in favour of
/// `leaderboardV2`.
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
    /// The name shown in App Store Connect, not to players.
    pub reference_name: Option<String>,
    /// The identifier the game uses for the challenge (set at creation).
    pub vendor_identifier: Option<String>,
    /// Whether the challenge is archived (no longer offered to players).
    pub archived: Option<bool>,
    /// What players compete on: `LEADERBOARD`, a score on the challenge's
    /// leaderboard (the only kind in Apple's document 4.4.1).
    pub challenge_type: Option<GameCenterChallengeChallengeType>,
    /// Whether players can take the challenge again once it is over.
    pub repeatable: Option<bool>,
    /// The Game Center detail (the app) the challenge belongs to, unless it
    /// belongs to a group.
    #[asc(relationship, include)]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The Game Center group the challenge belongs to, when its apps share
    /// Game Center data.
    #[asc(relationship, include)]
    pub game_center_group: ToOne<GameCenterGroup>,
    /// The challenge's versions. `list_versions` lists them
    /// (`GET /v1/gameCenterChallenges/{id}/versions`, pages of up to 200);
    /// `list_versions_ids` lists their ids (`GET .../relationships/versions`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub versions: ToMany<GameCenterChallengeVersion>,
    /// The leaderboard the challenge is played on, as a `/v1` leaderboard.
    /// `set_leaderboard` sends
    /// `PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboard`, which
    /// Apple deprecates: use `leaderboard_v2`.
    #[asc(
        relationship,
        include,
        linkage(set),
        deprecated = "use `leaderboard_v2`"
    )]
    pub leaderboard: ToOne<GameCenterLeaderboard>,
    /// The leaderboard the challenge is played on (a `/v2` leaderboard);
    /// `set_leaderboard_v2` changes it (`PATCH .../relationships/leaderboardV2`).
    #[asc(relationship, include, linkage(set))]
    pub leaderboard_v2: ToOne<GameCenterLeaderboardV2>,
}

/// The body of `POST /v1/gameCenterChallenges` (Apple's
/// `GameCenterChallengeCreateRequest`): a new challenge for a Game Center
/// detail or group, on a leaderboard.
///
/// Apple's request may also name versions to create with it (its `versions`
/// relationship with `included` inline creates); this payload does not
/// carry them: create the first version with [`GameCenterChallengeVersion::create`].
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterChallenges")]
pub struct GameCenterChallengeCreate {
    /// The name shown in App Store Connect.
    pub reference_name: String,
    /// The identifier the game uses for the challenge.
    pub vendor_identifier: String,
    /// What players compete on.
    pub challenge_type: GameCenterChallengeChallengeType,
    /// Whether players can take the challenge again.
    pub repeatable: Option<bool>,
    /// The Game Center detail (the app) it is for; this or `game_center_group`.
    #[asc(relationship)]
    pub game_center_detail: Option<Linkage<GameCenterDetail>>,
    /// The Game Center group it is for; this or `game_center_detail`.
    #[asc(relationship)]
    pub game_center_group: Option<Linkage<GameCenterGroup>>,
    /// The leaderboard, as a `/v1` leaderboard (Apple's older name for it).
    #[asc(relationship)]
    pub leaderboard: Option<Linkage<GameCenterLeaderboard>>,
    /// The leaderboard (a `/v2` leaderboard).
    #[asc(relationship)]
    pub leaderboard_v2: Option<Linkage<GameCenterLeaderboardV2>>,
}

/// The body of `PATCH /v1/gameCenterChallenges/{id}` (Apple's
/// `GameCenterChallengeUpdateRequest`). A field left `None` is left out;
/// Apple also takes `null` for the attributes (to clear them), which cannot
/// be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterChallenges")]
pub struct GameCenterChallengeUpdate {
    /// The name shown in App Store Connect.
    pub reference_name: Option<String>,
    /// `Some(true)` archives the challenge.
    pub archived: Option<bool>,
    /// Whether players can take the challenge again.
    pub repeatable: Option<bool>,
    /// Another leaderboard, as a `/v1` leaderboard.
    #[asc(relationship)]
    pub leaderboard: Option<Linkage<GameCenterLeaderboard>>,
    /// Another leaderboard (a `/v2` leaderboard).
    #[asc(relationship)]
    pub leaderboard_v2: Option<Linkage<GameCenterLeaderboardV2>>,
}

asc_core::open_enum! {
    /// What the players of a challenge compete on (`challengeType`).
    pub enum GameCenterChallengeChallengeType {
        /// The best score on the challenge's leaderboard.
        Leaderboard = "LEADERBOARD",
    }
}

/// The image of a challenge version, as a default for the version or for
/// one localization, with its upload and processing state
/// (`gameCenterChallengeImages`, `GET /v1/gameCenterChallengeImages/{id}`).
///
/// Apple's image has no relationships: it is reached from
/// [`GameCenterChallengeLocalization::read_image`] or
/// [`GameCenterChallengeVersion::read_default_image`]. It is an asset:
/// [`upload`](Self::upload) reserves, uploads, commits and waits for
/// processing in one call, for a localization; `create` (which also takes a
/// version), `update` and `delete` send Apple's write requests one by one.
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
}

image_of_localization!(
    GameCenterChallengeImage,
    GameCenterChallengeLocalization,
    "challenge",
    "/v1/gameCenterChallengeImages"
);

/// The body of `POST /v1/gameCenterChallengeImages`, which reserves the
/// upload of an image (Apple's `GameCenterChallengeImageCreateRequest`) for
/// a localization or, as its default image, for a version: set one of them.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterChallengeImages")]
pub struct GameCenterChallengeImageCreate {
    /// The size of the file to upload, in bytes.
    pub file_size: i64,
    /// The name of the file to upload, such as `trophy.png`.
    pub file_name: String,
    /// The localization the image is for.
    #[asc(relationship)]
    pub localization: Option<Linkage<GameCenterChallengeLocalization>>,
    /// The version the image is the default image of.
    #[asc(relationship)]
    pub version: Option<Linkage<GameCenterChallengeVersion>>,
}

/// The body of `PATCH /v1/gameCenterChallengeImages/{id}` (Apple's
/// `GameCenterChallengeImageUpdateRequest`): `uploaded: Some(true)` commits
/// the upload once every part is sent.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterChallengeImages")]
pub struct GameCenterChallengeImageUpdate {
    /// `true` commits the uploaded parts; `None` leaves it out.
    pub uploaded: Option<bool>,
}

/// The name and description of a challenge version in one locale
/// (`gameCenterChallengeLocalizations`,
/// `GET /v1/gameCenterChallengeLocalizations/{id}`), with its image.
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
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    /// The challenge's name shown to players in this locale.
    pub name: Option<String>,
    /// The challenge's description shown to players in this locale.
    pub description: Option<String>,
    /// The challenge version this localization belongs to.
    #[asc(relationship, include)]
    pub version: ToOne<GameCenterChallengeVersion>,
    /// The image for this locale; `read_image` reads it
    /// (`GET /v1/gameCenterChallengeLocalizations/{id}/image`), `read_image_id`
    /// reads its id (`GET .../relationships/image`).
    #[asc(relationship, include, related, linkage(get))]
    pub image: ToOne<GameCenterChallengeImage>,
}

/// The body of `POST /v1/gameCenterChallengeLocalizations` (Apple's
/// `GameCenterChallengeLocalizationCreateRequest`).
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterChallengeLocalizations")]
pub struct GameCenterChallengeLocalizationCreate {
    /// The locale, such as `en-US`.
    pub locale: String,
    /// The challenge's name in this locale.
    pub name: String,
    /// The challenge's description in this locale.
    pub description: Option<String>,
    /// The challenge version the localization is for.
    #[asc(relationship)]
    pub version: Linkage<GameCenterChallengeVersion>,
}

/// The body of `PATCH /v1/gameCenterChallengeLocalizations/{id}` (Apple's
/// `GameCenterChallengeLocalizationUpdateRequest`). `None` leaves a field
/// out; Apple's `null`, which clears it, cannot be sent yet.
#[derive(AscPayload, Debug, Clone, Default, PartialEq, Eq)]
#[asc(type = "gameCenterChallengeLocalizations")]
pub struct GameCenterChallengeLocalizationUpdate {
    /// The challenge's name in this locale.
    pub name: Option<String>,
    /// The challenge's description in this locale.
    pub description: Option<String>,
}

/// A version of a challenge (`gameCenterChallengeVersions`,
/// `GET /v1/gameCenterChallengeVersions/{id}`): what is reviewed and
/// released, with its localizations, default image and releases.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "gameCenterChallengeVersions", create = GameCenterChallengeVersionCreate)]
pub struct GameCenterChallengeVersion {
    /// The resource id.
    pub id: String,
    /// The version number, from 1.
    pub version: Option<i64>,
    /// Where the version is in review and release.
    pub state: Option<GameCenterVersionState>,
    /// The challenge this is a version of.
    #[asc(relationship, include)]
    pub challenge: ToOne<GameCenterChallenge>,
    /// The localizations of this version. `list_localizations` lists them
    /// (`GET /v1/gameCenterChallengeVersions/{id}/localizations`, pages of up
    /// to 200); `list_localizations_ids` lists their ids
    /// (`GET .../relationships/localizations`).
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub localizations: ToMany<GameCenterChallengeLocalization>,
    /// The releases of this version (only as `include`: Apple has no list of them).
    #[asc(relationship, include)]
    pub releases: ToMany<GameCenterChallengeVersionRelease>,
    /// The image shown for locales without their own; `read_default_image`
    /// reads it (`GET /v1/gameCenterChallengeVersions/{id}/defaultImage`),
    /// `read_default_image_id` reads its id (`GET .../relationships/defaultImage`).
    #[asc(relationship, include, related, linkage(get))]
    pub default_image: ToOne<GameCenterChallengeImage>,
}

/// The body of `POST /v1/gameCenterChallengeVersions` (Apple's
/// `GameCenterChallengeVersionCreateRequest`): a new version of a
/// challenge. Apple offers no update of a challenge version.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterChallengeVersions")]
pub struct GameCenterChallengeVersionCreate {
    /// The challenge to version.
    #[asc(relationship)]
    pub challenge: Linkage<GameCenterChallenge>,
}

/// The release of a challenge version to a live app
/// (`gameCenterChallengeVersionReleases`,
/// `GET /v1/gameCenterChallengeVersionReleases/{id}`).
///
/// Apple's document 4.4.1 deprecates this type and all three of its routes
/// (read, create, delete), without naming a replacement.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(
    type = "gameCenterChallengeVersionReleases",
    create = GameCenterChallengeVersionReleaseCreate,
    delete,
    deprecated = "Apple deprecates these routes, with no replacement"
)]
pub struct GameCenterChallengeVersionRelease {
    /// The resource id.
    pub id: String,
    /// The challenge version released.
    #[asc(relationship, include)]
    pub version: ToOne<GameCenterChallengeVersion>,
}

/// The body of `POST /v1/gameCenterChallengeVersionReleases` (Apple's
/// `GameCenterChallengeVersionReleaseCreateRequest`, deprecated): releases
/// a version for the Game Center detail of a live app.
#[derive(AscPayload, Debug, Clone, PartialEq, Eq)]
#[asc(type = "gameCenterChallengeVersionReleases")]
pub struct GameCenterChallengeVersionReleaseCreate {
    /// The Game Center detail (the app) the version is released for.
    #[asc(relationship)]
    pub game_center_detail: Linkage<GameCenterDetail>,
    /// The challenge version to release.
    #[asc(relationship)]
    pub version: Linkage<GameCenterChallengeVersion>,
}
