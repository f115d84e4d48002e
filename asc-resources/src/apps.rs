//! Apps and their App Store versions, with every attribute Apple gives
//! them but only the relationships the Game Center family links to: an
//! app's App Store versions, Game Center detail and enabled versions; a
//! version's app and Game Center app version. The rest of Apple's `App` and
//! `AppStoreVersion` (about 40 relationships to types of other families, the
//! list of apps, their writes) waits for those families (then a cargo
//! feature of their own; today the module comes with `game-center`); the
//! checker's allow-list says so.

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

asc_core::open_enum! {
    /// Whether an app shows, contains or accesses third-party content (Apple's `App.contentRightsDeclaration`).
    pub enum AppContentRightsDeclaration {
        /// No third-party content.
        DoesNotUseThirdPartyContent = "DOES_NOT_USE_THIRD_PARTY_CONTENT",
        /// Third-party content, with the rights to use it.
        UsesThirdPartyContent = "USES_THIRD_PARTY_CONTENT",
    }
}
asc_core::open_enum! {
    /// The version of App Store Server Notifications sent to a subscription status URL (Apple's `SubscriptionStatusUrlVersion`).
    pub enum SubscriptionStatusUrlVersion {
        /// Version 1 notifications.
        V1 = "V1",
        /// Version 2 notifications.
        V2 = "V2",
    }
}
asc_core::open_enum! {
    /// The state of an App Store version, in App Store Connect's older vocabulary (Apple's `AppStoreVersionState`; the attribute `appStoreState` is deprecated by Apple in favour of `appVersionState`).
    pub enum AppStoreVersionState {
        /// `ACCEPTED`.
        Accepted = "ACCEPTED",
        /// `DEVELOPER_REMOVED_FROM_SALE`.
        DeveloperRemovedFromSale = "DEVELOPER_REMOVED_FROM_SALE",
        /// `DEVELOPER_REJECTED`.
        DeveloperRejected = "DEVELOPER_REJECTED",
        /// `IN_REVIEW`.
        InReview = "IN_REVIEW",
        /// `INVALID_BINARY`.
        InvalidBinary = "INVALID_BINARY",
        /// `METADATA_REJECTED`.
        MetadataRejected = "METADATA_REJECTED",
        /// `PENDING_APPLE_RELEASE`.
        PendingAppleRelease = "PENDING_APPLE_RELEASE",
        /// `PENDING_CONTRACT`.
        PendingContract = "PENDING_CONTRACT",
        /// `PENDING_DEVELOPER_RELEASE`.
        PendingDeveloperRelease = "PENDING_DEVELOPER_RELEASE",
        /// `PREPARE_FOR_SUBMISSION`.
        PrepareForSubmission = "PREPARE_FOR_SUBMISSION",
        /// `PREORDER_READY_FOR_SALE`.
        PreorderReadyForSale = "PREORDER_READY_FOR_SALE",
        /// `PROCESSING_FOR_APP_STORE`.
        ProcessingForAppStore = "PROCESSING_FOR_APP_STORE",
        /// `READY_FOR_REVIEW`.
        ReadyForReview = "READY_FOR_REVIEW",
        /// `READY_FOR_SALE`.
        ReadyForSale = "READY_FOR_SALE",
        /// `REJECTED`.
        Rejected = "REJECTED",
        /// `REMOVED_FROM_SALE`.
        RemovedFromSale = "REMOVED_FROM_SALE",
        /// `WAITING_FOR_EXPORT_COMPLIANCE`.
        WaitingForExportCompliance = "WAITING_FOR_EXPORT_COMPLIANCE",
        /// `WAITING_FOR_REVIEW`.
        WaitingForReview = "WAITING_FOR_REVIEW",
        /// `REPLACED_WITH_NEW_VERSION`.
        ReplacedWithNewVersion = "REPLACED_WITH_NEW_VERSION",
        /// `NOT_APPLICABLE`.
        NotApplicable = "NOT_APPLICABLE",
    }
}
asc_core::open_enum! {
    /// Where an App Store version is in review and distribution (Apple's `AppVersionState`).
    pub enum AppVersionState {
        /// `ACCEPTED`.
        Accepted = "ACCEPTED",
        /// `DEVELOPER_REJECTED`.
        DeveloperRejected = "DEVELOPER_REJECTED",
        /// `IN_REVIEW`.
        InReview = "IN_REVIEW",
        /// `INVALID_BINARY`.
        InvalidBinary = "INVALID_BINARY",
        /// `METADATA_REJECTED`.
        MetadataRejected = "METADATA_REJECTED",
        /// `PENDING_APPLE_RELEASE`.
        PendingAppleRelease = "PENDING_APPLE_RELEASE",
        /// `PENDING_DEVELOPER_RELEASE`.
        PendingDeveloperRelease = "PENDING_DEVELOPER_RELEASE",
        /// `PREPARE_FOR_SUBMISSION`.
        PrepareForSubmission = "PREPARE_FOR_SUBMISSION",
        /// `PROCESSING_FOR_DISTRIBUTION`.
        ProcessingForDistribution = "PROCESSING_FOR_DISTRIBUTION",
        /// `READY_FOR_DISTRIBUTION`.
        ReadyForDistribution = "READY_FOR_DISTRIBUTION",
        /// `READY_FOR_REVIEW`.
        ReadyForReview = "READY_FOR_REVIEW",
        /// `REJECTED`.
        Rejected = "REJECTED",
        /// `REPLACED_WITH_NEW_VERSION`.
        ReplacedWithNewVersion = "REPLACED_WITH_NEW_VERSION",
        /// `WAITING_FOR_EXPORT_COMPLIANCE`.
        WaitingForExportCompliance = "WAITING_FOR_EXPORT_COMPLIANCE",
        /// `WAITING_FOR_REVIEW`.
        WaitingForReview = "WAITING_FOR_REVIEW",
    }
}
asc_core::open_enum! {
    /// Which review an App Store version goes through (Apple's `AppStoreVersion.reviewType`).
    pub enum AppStoreVersionReviewType {
        /// App Review, for the App Store.
        AppStore = "APP_STORE",
        /// Notarization, for alternative distribution.
        Notarization = "NOTARIZATION",
    }
}
asc_core::open_enum! {
    /// How an App Store version is released once approved (Apple's `AppStoreVersion.releaseType`).
    pub enum AppStoreVersionReleaseType {
        /// By the developer, by hand.
        Manual = "MANUAL",
        /// As soon as it is approved.
        AfterApproval = "AFTER_APPROVAL",
        /// At `earliestReleaseDate`, once approved.
        Scheduled = "SCHEDULED",
    }
}
/// An app (`apps`, `GET /v1/apps/{id}`): its name, bundle id, SKU and
/// primary locale, its App Store versions, its Game Center detail
/// (`read_game_center_detail`, `GET /v1/apps/{id}/gameCenterDetail`) and its
/// deprecated Game Center enabled versions.
///
/// Partial on purpose: Apple's list of apps (`GET /v1/apps`), its update
/// and about 40 relationships to other families are
/// not declared.
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
    /// The URL of the app's accessibility information.
    pub accessibility_url: Option<String>,
    /// Whether the app is, or ever was, made for kids.
    pub is_or_ever_was_made_for_kids: Option<bool>,
    /// Where App Store Server Notifications go, in production.
    pub subscription_status_url: Option<String>,
    /// The notification version sent to `subscription_status_url`.
    pub subscription_status_url_version: Option<SubscriptionStatusUrlVersion>,
    /// Where App Store Server Notifications go, in the sandbox.
    pub subscription_status_url_for_sandbox: Option<String>,
    /// The notification version sent to `subscription_status_url_for_sandbox`.
    pub subscription_status_url_version_for_sandbox: Option<SubscriptionStatusUrlVersion>,
    /// Whether the app uses third-party content.
    pub content_rights_declaration: Option<AppContentRightsDeclaration>,
    /// Whether streamlined purchasing is on.
    pub streamlined_purchasing_enabled: Option<bool>,
    /// The app's App Store versions. `list_app_store_versions` lists them
    /// (`GET /v1/apps/{id}/appStoreVersions`, pages of up to 200, filtered
    /// by platform, version string, state or id); `list_app_store_versions_ids`
    /// lists their ids.
    #[asc(
        relationship,
        include,
        list(
            filter(
                platform: Platform,
                versionString: strings,
                appStoreState: AppStoreVersionState,
                appVersionState: AppVersionState,
                id: ids
            ),
            limit = 200
        ),
        linkage(get)
    )]
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
    #[asc(relationship, include, list(filter(platform: Platform, versionString: strings, id: ids), sort(versionString), limit = 200), linkage(get), deprecated = "Apple deprecates these routes; the Game Center detail replaces enabled versions")]
    pub game_center_enabled_versions: ToMany<GameCenterEnabledVersion>,
}

/// A version of an app on the App Store (`appStoreVersions`,
/// `GET /v1/appStoreVersions/{id}`): platform and version string, its app
/// and its Game Center app version.
///
/// Partial on purpose: its writes and the other relationships (build,
/// localizations, review detail, ...) are not declared.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "appStoreVersions", path = "/v1/appStoreVersions")]
pub struct AppStoreVersion {
    /// The resource id.
    pub id: String,
    /// The platform of the version.
    pub platform: Option<Platform>,
    /// The version string, such as `1.2.0`.
    pub version_string: Option<String>,
    /// The state in the older vocabulary (deprecated by Apple in favour of
    /// `app_version_state`).
    pub app_store_state: Option<AppStoreVersionState>,
    /// Where the version is in review and distribution.
    pub app_version_state: Option<AppVersionState>,
    /// The copyright line, such as `2026 Example Inc.`.
    pub copyright: Option<String>,
    /// Which review the version goes through.
    pub review_type: Option<AppStoreVersionReviewType>,
    /// How the version is released once approved.
    pub release_type: Option<AppStoreVersionReleaseType>,
    /// The earliest release date, for a `SCHEDULED` release (ISO 8601 date-time).
    pub earliest_release_date: Option<String>,
    /// Whether the app uses the advertising identifier (deprecated by Apple).
    pub uses_idfa: Option<bool>,
    /// Whether the version can be downloaded.
    pub downloadable: Option<bool>,
    /// When the version was created (ISO 8601 date-time).
    pub created_date: Option<String>,
    /// The app this is a version of.
    #[asc(relationship, include)]
    pub app: ToOne<App>,
    /// The Game Center app version of this version: `read_game_center_app_version`
    /// reads it (`GET /v1/appStoreVersions/{id}/gameCenterAppVersion`),
    /// `read_game_center_app_version_id` its id.
    #[asc(relationship, include, related, linkage(get))]
    pub game_center_app_version: ToOne<GameCenterAppVersion>,
}
