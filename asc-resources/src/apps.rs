//! Apps and their App Store versions, declared only as far as the Game Center family links to them: an app's names and
//! identifiers and its Game Center detail; a version's platform, version
//! string and Game Center app version. The rest of Apple's `App` and
//! `AppStoreVersion` (about 40 relationships to types of other families)
//! waits for those families (then a cargo feature of their own; today the
//! module comes with `game-center`); the checker's allow-list says so.

use asc_core::{AscResource, ToMany, ToOne};

use crate::{GameCenterAppVersion, GameCenterDetail, GameCenterEnabledVersion};

asc_core::open_enum! {
    /// The platform of an app version (Apple's `Platform`).
    pub enum Platform {
        /// iOS and iPadOS.
        Ios = "IOS",
        /// macOS.
        MacOs = "MAC_OS",
        /// tvOS.
        TvOs = "TV_OS",
        /// visionOS.
        VisionOs = "VISION_OS",
    }
}

/// An app (`apps`, `GET /v1/apps/{id}`): its name, bundle id, SKU and
/// primary locale, its App Store versions, its Game Center detail
/// (`read_game_center_detail`, `GET /v1/apps/{id}/gameCenterDetail`) and its
/// deprecated Game Center enabled versions.
///
/// Partial on purpose: Apple's list of apps (`GET /v1/apps`), its update,
/// the other attributes and about 40 relationships to other families are
/// not declared, nor the filters of `GET /v1/apps/{id}/appStoreVersions`.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "apps", path = "/v1/apps")]
pub struct App {
    /// The resource id (Apple ID of the app).
    pub id: String,
    /// The app's name on the App Store, in its primary locale.
    pub name: Option<String>,
    /// The bundle identifier, such as `com.example.game`.
    pub bundle_id: Option<String>,
    /// The SKU the developer chose.
    pub sku: Option<String>,
    /// The primary locale, such as `en-US`.
    pub primary_locale: Option<String>,
    /// The app's App Store versions. `list_app_store_versions` lists them
    /// (`GET /v1/apps/{id}/appStoreVersions`, pages of up to 200; Apple's
    /// filters there are not declared yet); `list_app_store_versions_ids`
    /// lists their ids.
    #[asc(relationship, include, list(limit = 200), linkage(get))]
    pub app_store_versions: ToMany<AppStoreVersion>,
    /// The app's Game Center detail: `read_game_center_detail` reads it
    /// (`GET /v1/apps/{id}/gameCenterDetail`), `read_game_center_detail_id`
    /// its id.
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_detail: ToOne<GameCenterDetail>,
    /// The app's versions with Game Center (deprecated by Apple in favour of
    /// the Game Center detail). `list_game_center_enabled_versions` lists them
    /// (`GET /v1/apps/{id}/gameCenterEnabledVersions`, pages of up to 200,
    /// filtered by platform, version string or id, sorted by version
    /// string); `list_game_center_enabled_versions_ids` lists their ids.
    #[asc(relationship, include, list(filter(platform: Platform, versionString: strings, id: ids), sort(versionString), limit = 200), linkage(get))]
    pub game_center_enabled_versions: ToMany<GameCenterEnabledVersion>,
}

/// A version of an app on the App Store (`appStoreVersions`,
/// `GET /v1/appStoreVersions/{id}`): platform and version string, its app
/// and its Game Center app version.
///
/// Partial on purpose: its writes, the other attributes (states, release
/// type, copyright, ...) and relationships (build, localizations, review
/// detail, ...) are not declared.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "appStoreVersions", path = "/v1/appStoreVersions")]
pub struct AppStoreVersion {
    /// The resource id.
    pub id: String,
    /// The platform of the version.
    pub platform: Option<Platform>,
    /// The version string, such as `1.2.0`.
    pub version_string: Option<String>,
    /// The app this is a version of.
    #[asc(relationship, include)]
    pub app: ToOne<App>,
    /// The Game Center app version of this version: `read_game_center_app_version`
    /// reads it (`GET /v1/appStoreVersions/{id}/gameCenterAppVersion`),
    /// `read_game_center_app_version_id` its id.
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_app_version: ToOne<GameCenterAppVersion>,
}
