use asc_core::{AppMediaAssetState, AscResource, ToMany, ToOne, UploadOperation};

#[derive(AscResource)]
#[asc(type = "images", no_read, asset, deprecated = " ")]
pub struct Image {
    pub id: String,
    pub file_name: Option<String>,
    pub file_size: Option<i64>,
    pub upload_operations: Option<Vec<UploadOperation>>,
    pub asset_delivery_state: Option<AppMediaAssetState>,
    #[asc(relationship, parent)]
    pub owner: ToOne<Owner>,
}

#[derive(AscResource)]
#[asc(type = "owners")]
pub struct Owner {
    pub id: String,
    #[asc(no_read)]
    pub name: Option<String>,
    #[asc(deprecated = "use `title`")]
    pub label: Option<String>,
    #[asc(include, deprecated = "use `pictures`")]
    pub images: ToMany<Image>,
    #[asc(include, deprecated)]
    pub others: ToMany<Image>,
}

#[derive(AscResource)]
#[asc(type = "teams", no_read)]
pub struct Team {
    pub id: String,
}

fn calls(client: &asc_core::Client) {
    // No `read` for a `no_read` type.
    let _ = Team::read(client, "ID");
}

fn main() {
    let _ = calls;
}
