#[derive(AscResource, Debug, Clone)]
#[asc(
    type = "gameCenterAchievementImages",
    path = "/v2/gameCenterAchievementImages",
    create = GameCenterAchievementImageV2Create,
    update = GameCenterAchievementImageV2Update,
    delete,
    asset
)]
pub struct GameCenterAchievementImageV2 {
    pub id: String,
    pub file_size: Option<i64>,
    pub file_name: Option<String>,
    pub image_asset: Option<ImageAsset>,
    pub upload_operations: Option<Vec<UploadOperation>>,
    pub asset_delivery_state: Option<AppMediaAssetState>,
    #[asc(relationship, include, parent)]
    pub localization: ToOne<GameCenterAchievementLocalizationV2>,
}
