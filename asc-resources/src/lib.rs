//! App Store Connect resources, each declared once with
//! [`#[derive(AscResource)]`](asc_core::AscResource), and the attribute types
//! of Apple's schema they use.
//!
//! Each declaration gives a typed field enum (`...Field`), a typed include
//! enum (`...Include`), JSON:API decoding and `read(&client, id)`:
//!
//! ```no_run
//! use asc_resources::{
//!     GameCenterAchievementImage, GameCenterAchievementImageField as Field,
//!     GameCenterAchievementImageInclude as Include, GameCenterAchievementLocalization,
//!     GameCenterAchievementLocalizationField as LocalizationField,
//! };
//! # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
//! let response = GameCenterAchievementImage::read(&client, "38e6d9a7-9cbf-45f8-8246-1ef4728aecda")
//!     .fields([Field::FileName, Field::FileSize, Field::GameCenterAchievementLocalization])
//!     .fields([LocalizationField::Locale, LocalizationField::Name])
//!     .include([Include::GameCenterAchievementLocalization])
//!     .send()
//!     .await?;
//! println!("{:?} ({:?} bytes)", response.data.file_name, response.data.file_size);
//! for localization in response.included::<GameCenterAchievementLocalization>() {
//!     println!("{:?}: {:?}", localization.locale, localization.name);
//! }
//! # Ok(()) }
//! ```
//!
//! The images are assets: `GameCenterAchievementImage::upload(&client,
//! localization_id, path)` (and the v2 one) reserves, uploads, commits and
//! waits for processing in one call, and `create`, `update` and `delete`
//! take the payloads declared here (`GameCenterAchievementImageCreate`, ...),
//! sent as exactly Apple's request documents. The asset model (`ImageAsset`,
//! `UploadOperation`, `AssetDeliveryState`, ...) is asc-core's, re-exported.
//!
//! Apple's document 4.4.1 deprecates the `/v1` routes of achievement images
//! and localizations in favour of `/v2` ones with the same JSON types: both
//! are declared (`GameCenterAchievementImage` and
//! `GameCenterAchievementImageV2`, ...), and decode the same objects.
#![warn(missing_docs)]

pub mod game_center;
pub mod media;

use asc_core::{Resource, ResourceMeta};

pub use game_center::GameCenterVersionState;
pub use game_center::v1::{
    GameCenterAchievement, GameCenterAchievementField, GameCenterAchievementImage,
    GameCenterAchievementImageCreate, GameCenterAchievementImageField,
    GameCenterAchievementImageInclude, GameCenterAchievementImageUpdate,
    GameCenterAchievementInclude, GameCenterAchievementLocalization,
    GameCenterAchievementLocalizationField, GameCenterAchievementLocalizationInclude,
    GameCenterAchievementLocalizationsList,
};
pub use game_center::v2::{
    GameCenterAchievementImageV2, GameCenterAchievementImageV2Create,
    GameCenterAchievementImageV2Field, GameCenterAchievementImageV2Include,
    GameCenterAchievementImageV2Update, GameCenterAchievementLocalizationV2,
    GameCenterAchievementLocalizationV2Field, GameCenterAchievementLocalizationV2Include,
    GameCenterAchievementVersionV2, GameCenterAchievementVersionV2Field,
    GameCenterAchievementVersionV2Include, GameCenterAchievementVersionV2LocalizationsList,
};
pub use media::{
    AppMediaAssetState, AppMediaStateError, AssetDeliveryState, HttpHeader, ImageAsset,
    UploadOperation,
};

/// The description of every resource this crate declares, for registries
/// such as an emulator or a check against Apple's schema.
pub fn declared() -> [ResourceMeta; 6] {
    [
        GameCenterAchievementImage::meta(),
        GameCenterAchievementLocalization::meta(),
        GameCenterAchievement::meta(),
        GameCenterAchievementImageV2::meta(),
        GameCenterAchievementLocalizationV2::meta(),
        GameCenterAchievementVersionV2::meta(),
    ]
}

/// The id of the achievement in [`seeds`] (`gameCenterAchievements`), whose
/// localizations are the two seeded ones:
/// `GameCenterAchievement::list_localizations(&client, SEEDED_ACHIEVEMENT)`
/// lists them from the emulator.
pub const SEEDED_ACHIEVEMENT: &str = "5b7e2c94-1d3a-4f6e-8c0b-9a2d4e6f8b1c";

/// The id of the achievement version in [`seeds`]
/// (`gameCenterAchievementVersions`, `/v2`), whose localizations are the two
/// seeded ones.
pub const SEEDED_ACHIEVEMENT_VERSION: &str = "c4a1e8f2-7b3d-4e9a-a5c6-2d8f0b1e3a7c";

/// The default seed documents of the emulator, in Apple's shape: Apple's
/// documented example of an achievement image (linked to its localization),
/// that localization and a second one without an image, and the achievement
/// ([`SEEDED_ACHIEVEMENT`]) and achievement version
/// ([`SEEDED_ACHIEVEMENT_VERSION`]) both localizations belong to.
pub fn seeds() -> Vec<serde_json::Value> {
    [
        include_str!("../seeds/game-center-achievement-image.json"),
        include_str!("../seeds/game-center-achievement-localization.json"),
        include_str!("../seeds/game-center-achievement.json"),
    ]
    .iter()
    .filter_map(|text| serde_json::from_str(text).ok())
    .collect()
}
