#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImage {
    pub id: String,
    pub file_size: Option<i64>,
    pub file_name: Option<String>,
    pub image_asset: Option<ImageAsset>,
    pub upload_operations: Option<Vec<UploadOperation>>,
    pub asset_delivery_state: Option<AppMediaAssetState>,
    #[asc(relationship, include)]
    pub game_center_achievement_localization: ToOne<GameCenterAchievementLocalization>,
}
