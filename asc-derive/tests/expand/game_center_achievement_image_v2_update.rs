#[derive(AscPayload, Debug, Clone, Default)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImageV2Update {
    pub uploaded: Option<bool>,
}
