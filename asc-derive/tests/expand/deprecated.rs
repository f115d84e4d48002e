/// Apple deprecates every route of the v1 images; one relationship route
/// note of its own.
#[derive(AscResource)]
#[asc(
    type = "gameCenterAchievementImages",
    deprecated = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)",
    list(limit = 200),
    delete
)]
pub struct GameCenterAchievementImage {
    pub id: String,
    pub file_name: Option<String>,
    #[asc(include, related, linkage(get, set), deprecated = "use `localization` of the v2 image")]
    pub game_center_achievement_localization: ToOne<GameCenterAchievementLocalization>,
    #[asc(include, list(limit = 200), linkage(get))]
    pub releases: ToMany<GameCenterAchievementRelease>,
}
