//! `asset` without a parent or without the attributes of Apple's asset
//! model, and `parent` where it does not belong.
use asc_core::{AscResource, ToMany, ToOne};

#[derive(AscResource)]
#[asc(type = "images", asset)]
pub struct NoParent {
    pub id: String,
    pub file_name: Option<String>,
    pub file_size: Option<i64>,
    pub upload_operations: Option<Vec<asc_core::UploadOperation>>,
    pub asset_delivery_state: Option<asc_core::AppMediaAssetState>,
    #[asc(relationship)]
    pub owner: ToOne<Owner>,
}

#[derive(AscResource)]
#[asc(type = "images", asset)]
pub struct MissingAttributes {
    pub id: String,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    #[asc(relationship, parent)]
    pub owner: ToOne<Owner>,
}

#[derive(AscResource)]
#[asc(type = "owners")]
pub struct Owner {
    pub id: String,
    #[asc(relationship, parent)]
    pub image: ToOne<NoParent>,
    #[asc(parent)]
    pub note: Option<String>,
}

#[derive(AscResource)]
#[asc(type = "albums", asset)]
pub struct TwoParents {
    pub id: String,
    pub file_name: Option<String>,
    pub file_size: Option<i64>,
    pub upload_operations: Option<Vec<asc_core::UploadOperation>>,
    pub asset_delivery_state: Option<asc_core::AppMediaAssetState>,
    #[asc(relationship, parent)]
    pub owner: ToOne<Owner>,
    #[asc(relationship, parent)]
    pub other: ToOne<Owner>,
    #[asc(relationship, parent)]
    pub many: ToMany<Owner>,
}

fn main() {
    // The stubs keep uses of the generated items free of further errors.
    let _ = |c: &asc_core::Client| NoParent::upload(c, "L1", "a.png");
}
