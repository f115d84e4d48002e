//! Writes and assets: `create`, `update`, `delete`, `asset` and `parent`,
//! with payloads declared by `#[derive(AscPayload)]`, used as a user would.
use asc_core::{
    AppMediaAssetState, AscPayload, AscResource, Asset, AssetUpload, Client, DeleteRequest,
    ImageAsset, Linkage, Payload, Resource, ToOne, UploadOperation, WriteRequest,
};

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievementImages", create = ImageCreate, update = ImageUpdate)]
#[asc(delete, asset)]
pub struct Image {
    pub id: String,
    pub file_size: Option<i64>,
    pub file_name: Option<String>,
    pub image_asset: Option<ImageAsset>,
    pub upload_operations: Option<Vec<UploadOperation>>,
    #[asc(rename = "assetDeliveryState")]
    pub state: Option<AppMediaAssetState>,
    #[asc(relationship, include, parent)]
    pub game_center_achievement_localization: ToOne<Localization>,
}

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievementLocalizations")]
pub struct Localization {
    pub id: String,
    #[asc(relationship, related)]
    pub game_center_achievement_image: ToOne<Image>,
}

#[derive(AscPayload, Debug, Clone)]
#[asc(type = "gameCenterAchievementImages")]
pub struct ImageCreate {
    pub file_size: i64,
    #[asc(rename = "fileName")]
    pub name: String,
    #[asc(relationship)]
    pub game_center_achievement_localization: Linkage<Localization>,
}

#[derive(AscPayload, Debug, Clone, Default)]
#[asc(type = "gameCenterAchievementImages")]
pub struct ImageUpdate {
    pub uploaded: Option<bool>,
    #[asc(relationship, rename = "gameCenterAchievementLocalization")]
    pub move_to: Option<Linkage<Localization>>,
}

/// Only some operations: `delete` alone.
#[derive(AscResource, Debug)]
#[asc(type = "things", delete)]
pub struct Thing {
    pub id: String,
}

fn main() {
    let _: fn(&Client, &ImageCreate) -> WriteRequest<Image> = |c, p| Image::create(c, p);
    let _: fn(&Client, &str, &ImageUpdate) -> WriteRequest<Image> = |c, id, p| Image::update(c, id, p);
    let _: fn(&Client, String) -> DeleteRequest = |c, id| Image::delete(c, id);
    let _: fn(&Client, &str, &str) -> AssetUpload<Image> = |c, parent, path| Image::upload(c, parent, path);
    let _: fn(&Client, &str) -> DeleteRequest = |c, id| Thing::delete(c, id);
    assert_eq!(<Image as Asset>::PARENT_RELATIONSHIP, "gameCenterAchievementLocalization");
    assert_eq!(<<Image as Asset>::Parent as Resource>::TYPE, Localization::TYPE);
    assert_eq!(<ImageCreate as Payload>::TYPE, Image::TYPE);

    let create = ImageCreate {
        file_size: 3,
        name: "a.png".into(),
        game_center_achievement_localization: Linkage::new("L1"),
    };
    assert_eq!(
        serde_json::to_string(&create).unwrap(),
        r#"{"data":{"type":"gameCenterAchievementImages","attributes":{"fileSize":3,"fileName":"a.png"},"relationships":{"gameCenterAchievementLocalization":{"data":{"type":"gameCenterAchievementLocalizations","id":"L1"}}}}}"#
    );
    let update = ImageUpdate { uploaded: Some(true), move_to: None };
    assert_eq!(
        serde_json::to_string(&asc_core::WriteDocument::update("I1", &update)).unwrap(),
        r#"{"data":{"type":"gameCenterAchievementImages","id":"I1","attributes":{"uploaded":true}}}"#
    );
    let image: Image = serde_json::from_str(
        r#"{"type":"gameCenterAchievementImages","id":"I1","attributes":{"fileName":"a.png","assetDeliveryState":{"state":"COMPLETE"}}}"#,
    )
    .unwrap();
    assert_eq!(image.asset_id(), "I1");
    assert_eq!(Asset::file_name(&image), Some("a.png"));
    assert_eq!(image.delivery_state().and_then(|s| s.state.clone()), Some("COMPLETE".into()));
    assert!(image.upload_operations().is_empty());
}
