use asc_core::{AscResource, ToOne};

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: String,
    #[asc(relationship)]
    pub owner: String,
    #[asc(relationship)]
    pub parent: Option<ToOne<Thing>>,
}

fn main() {}
