//! `relationship` is implied by `include`, `related`, `parent`, `list` and `linkage`.
use asc_core::{AscResource, Resource, ToMany, ToOne};

#[derive(AscResource)]
#[asc(type = "things", list(filter(id: ids, kind: ["BIG", "SMALL"]), sort(name), limit = 50))]
pub struct Thing {
    pub id: String,
    pub name: Option<String>,
    #[asc(include)]
    pub owner: ToOne<Thing>,
    #[asc(related, linkage(get, set))]
    pub parent: ToOne<Thing>,
    #[asc(list(filter(name: required strings)), linkage(get, add, remove, replace))]
    pub children: ToMany<Thing>,
}

fn main() {
    assert_eq!(Thing::RELATIONSHIPS.len(), 3);
    assert_eq!(Thing::LISTS.len(), 2);
    assert_eq!(<ThingList as asc_core::ListEndpoint>::MAX_LIMIT, 50);
    assert_eq!(ThingListKind::Small.as_str(), "SMALL");
    let _ = ThingChildrenFilter::Name(vec!["a".into()]);
}
