use asc_core::{AscResource, ToMany, ToOne};

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: String,
    // A to-one relationship has no `limit[...]`.
    #[asc(include, include_limit = 100)]
    pub owner: ToOne<Thing>,
    // Only an included relationship takes `limit[...]`.
    #[asc(include_limit = 100)]
    pub children: ToMany<Thing>,
    // Not a number, zero, and no value.
    #[asc(include, include_limit = "1000")]
    pub parents: ToMany<Thing>,
    #[asc(include, include_limit = 0)]
    pub siblings: ToMany<Thing>,
    #[asc(include, include_limit)]
    pub cousins: ToMany<Thing>,
    // Given twice.
    #[asc(include, include_limit = 10, include_limit = 20)]
    pub friends: ToMany<Thing>,
}

#[derive(AscResource)]
#[asc(type = "widgets", include_limit = 5)]
pub struct Widget {
    pub id: String,
}

fn main() {}
