use asc_core::{AscResource, ToMany};

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: String,
    #[asc(relationship, include, related)]
    pub children: ToMany<Thing>,
}

fn main() {}
