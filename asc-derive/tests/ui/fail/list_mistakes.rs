use asc_core::{AscResource, ToMany, ToOne};

#[derive(AscResource)]
#[asc(
    type = "things",
    list(
        filtr(id: ids),
        filter(id: idz, platform, name: strings, name: strings, state: [], mode: ["in review"]),
        sort("-name", name, name),
        limit = 0
    )
)]
pub struct Thing {
    pub id: String,
    #[asc(list)]
    pub owner: ToOne<Thing>,
    #[asc(linkage(set, gte))]
    pub children: ToMany<Thing>,
    #[asc(linkage(add, remove))]
    pub parent: ToOne<Thing>,
    #[asc(linkage)]
    pub other: ToOne<Thing>,
}

#[derive(AscResource)]
#[asc(type = "widgets", crate = 5, list(limit = "200"))]
pub struct Widget {
    pub id: String,
}

fn main() {}
