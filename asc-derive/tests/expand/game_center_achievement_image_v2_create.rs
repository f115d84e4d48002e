#[derive(AscPayload, Debug, Clone)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImageV2Create {
    pub file_size: i64,
    pub file_name: String,
    #[asc(relationship)]
    pub localization: Linkage<GameCenterAchievementLocalizationV2>,
}
