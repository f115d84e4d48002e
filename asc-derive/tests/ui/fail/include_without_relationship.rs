use asc_core::{AscResource, ToOne};

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: String,
    #[asc(include)]
    pub owner: ToOne<Thing>,
}

fn main() {}
