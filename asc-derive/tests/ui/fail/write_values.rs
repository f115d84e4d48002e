//! `create`, `update`, `delete` and `asset` take what they take, where they go.
use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = "things", create, update = "ThingUpdate", delete = true, asset = yes)]
pub struct Thing {
    pub id: String,
    #[asc(delete)]
    pub name: Option<String>,
}

#[derive(AscResource)]
#[asc(type = "others", create = Payload + 1, create = Other, update = Other, update = Other)]
pub struct Other {
    pub id: String,
}

fn main() {}
