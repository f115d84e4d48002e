use asc_core::{AscResource, ToOne};

pub struct NotDeclared;

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: String,
    #[asc(relationship, related)]
    pub owner: ToOne<NotDeclared>,
}

fn main() {}
