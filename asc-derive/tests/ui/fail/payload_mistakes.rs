//! What a payload cannot hold, each reported on its token.
use asc_core::{AscPayload, AscResource, Linkage, ToOne};

#[derive(AscResource)]
#[asc(type = "owners")]
pub struct Owner {
    pub id: String,
}

#[derive(AscPayload)]
#[asc(type = "images", path = "/v1/images")]
pub struct ImageCreate {
    pub id: String,
    pub file_name: String,
    #[asc(relationship)]
    pub owner: String,
    pub other: Linkage<Owner>,
    #[asc(relationship)]
    pub third: ToOne<Owner>,
    #[asc(include, rename = "fileName")]
    pub name: Option<String>,
}

#[derive(AscPayload)]
pub struct Untyped {
    pub size: i64,
}

#[derive(AscPayload)]
#[asc(type = "x")]
pub struct Tuple(i64);

#[derive(AscPayload)]
#[asc(type = "x", kind = "y")]
pub enum Choice {
    A,
}

fn main() {
    // The stubs keep uses of the payload free of further errors.
    let _ = <ImageCreate as asc_core::Payload>::TYPE;
}
