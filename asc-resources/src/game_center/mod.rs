//! The Game Center family (cargo feature `game-center`, on by default):
//! achievements with their localizations and images ([`v1`] and [`v2`]),
//! leaderboards and leaderboard sets ([`leaderboards`]), and the app's
//! Game Center detail they belong to ([`detail`]).
//!
//! Apple's document 4.4.1 deprecates the `/v1` routes of localizations and
//! images in favour of `/v2` ones, which keep the JSON types but rename the
//! relationships; both are declared, side by side.

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
