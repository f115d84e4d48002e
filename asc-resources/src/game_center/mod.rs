//! The Game Center family (cargo feature `game-center`, on by default), all
//! 39 types of Apple's document 4.4.1: achievements with their versions,
//! localizations, images and releases ([`v1`] and [`v2`]); leaderboards and
//! leaderboard sets with theirs ([`leaderboards`]); [`activities`] and
//! [`challenges`]; the app's Game Center [`detail`] they belong to, shared
//! [`groups`] and the app and enabled versions; [`matchmaking`] queues, rule
//! sets, rules, teams and tests; and the [`submissions`] of a game.

/// The asset side of an image Apple links to its localization only from the
/// localization (`gameCenterActivityImages`, `gameCenterChallengeImages`:
/// the image's own schema has no relationship back, so the derive's
/// `parent` has nothing to stand on): `Asset` with the localization as
/// parent, and `upload(&client, localization_id, path)`.
macro_rules! image_of_localization {
    ($image:ident, $localization:ident, $what:literal, $route:literal) => {
        impl ::asc_core::Asset for $image {
            type Parent = $localization;
            const PARENT_RELATIONSHIP: &'static str = "localization";
            fn asset_id(&self) -> &str {
                &self.id
            }
            fn file_name(&self) -> Option<&str> {
                self.file_name.as_deref()
            }
            fn file_size(&self) -> Option<i64> {
                self.file_size
            }
            fn upload_operations(&self) -> &[crate::media::UploadOperation] {
                self.upload_operations.as_deref().unwrap_or_default()
            }
            fn delivery_state(&self) -> Option<&crate::media::AppMediaAssetState> {
                self.asset_delivery_state.as_ref()
            }
        }

        impl $image {
            #[doc = concat!(
                "Uploads the PNG or JPEG file at `path` as the image of the ", $what,
                " localization `localization_id`, and waits until App Store Connect has processed it.\n\n",
                "Reserves the upload (`POST ", $route, "` with the `localization` relationship), ",
                "sends the parts, commits, then polls the delivery state; set options on the ",
                "returned `AssetUpload`, then `.send().await`."
            )]
            pub fn upload(
                client: &::asc_core::Client,
                localization_id: impl AsRef<str>,
                path: impl AsRef<::std::path::Path>,
            ) -> ::asc_core::AssetUpload<Self> {
                ::asc_core::AssetUpload::new(client, localization_id.as_ref(), path)
            }
        }
    };
}

pub mod activities;
pub mod challenges;
pub mod detail;
pub mod groups;
pub mod leaderboards;
pub mod matchmaking;
pub mod submissions;
pub mod v1;
pub mod v2;

asc_core::open_enum! {
    /// The state of a Game Center version (`GameCenterVersionState`).
    pub enum GameCenterVersionState {
        /// Editable; not submitted yet.
        PrepareForSubmission = "PREPARE_FOR_SUBMISSION",
        /// Ready to be submitted for review.
        ReadyForReview = "READY_FOR_REVIEW",
        /// Submitted; waiting for review.
        WaitingForReview = "WAITING_FOR_REVIEW",
        /// In review.
        InReview = "IN_REVIEW",
        /// Pulled back by the developer.
        DeveloperRejected = "DEVELOPER_REJECTED",
        /// Rejected by App Review.
        Rejected = "REJECTED",
        /// Accepted by App Review.
        Accepted = "ACCEPTED",
        /// Accepted, waiting to be released.
        PendingRelease = "PENDING_RELEASE",
        /// Live for players.
        Live = "LIVE",
        /// Replaced by a newer version.
        ReplacedWithNewVersion = "REPLACED_WITH_NEW_VERSION",
    }
}
