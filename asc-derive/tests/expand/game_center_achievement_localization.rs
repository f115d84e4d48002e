#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievementLocalizations", path = "/v2/gameCenterAchievementLocalizations")]
pub struct GameCenterAchievementLocalizationV2 {
    pub id: String,
    /// The locale, such as `en-US`.
    pub locale: Option<String>,
    #[asc(relationship)]
    pub version: ToOne<GameCenterAchievementVersionV2>,
    /// The image of the achievement in this locale.
    #[asc(relationship, include, related)]
    pub image: ToOne<GameCenterAchievementImageV2>,
}
