#![deny(deprecated)]

use asc_core::{AscResource, ToOne};

#[derive(AscResource)]
#[asc(
    type = "gameCenterAchievementImages",
    deprecated = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)"
)]
pub struct GameCenterAchievementImage {
    pub id: String,
    #[asc(include, related, deprecated = "use `image` of the v2 localization")]
    pub owner: ToOne<GameCenterAchievementImage>,
}

fn calls(client: &asc_core::Client) {
    // The struct itself is not deprecated: this line warns of nothing.
    let _decoded: Option<GameCenterAchievementImage> = None;
    let _ = GameCenterAchievementImage::read(client, "ID");
    let _ = GameCenterAchievementImage::read_owner(client, "ID");
}

fn main() {
    let _ = calls;
}
