#[derive(AscResource)]
#[asc(
    type = "gameCenterAchievements",
    list(filter(referenceName: strings, id: ids, archived: bool, state: ["LIVE", "DRAFT"]), sort(referenceName), limit = 200)
)]
pub struct GameCenterAchievement {
    pub id: String,
    pub reference_name: Option<String>,
    #[asc(include, list(limit = 200), linkage(get, replace))]
    pub localizations: ToMany<GameCenterAchievementLocalization>,
    #[asc(linkage(get, set))]
    pub group_achievement: ToOne<GameCenterAchievement>,
}
