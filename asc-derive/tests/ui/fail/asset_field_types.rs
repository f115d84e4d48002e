//! An asset's attributes have the types of Apple's asset model; another
//! type is reported on the field.
use asc_core::{AscResource, ToOne};

#[derive(AscResource)]
#[asc(type = "images", asset)]
pub struct Image {
    pub id: String,
    pub file_name: Option<String>,
    pub file_size: Option<u64>,
    pub upload_operations: Option<Vec<String>>,
    pub asset_delivery_state: Option<asc_core::AppMediaAssetState>,
    #[asc(relationship, parent)]
    pub owner: ToOne<Owner>,
}

#[derive(AscResource)]
#[asc(type = "owners")]
pub struct Owner {
    pub id: String,
}

fn main() {}
