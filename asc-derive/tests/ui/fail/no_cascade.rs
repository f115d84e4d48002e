//! One mistake in a declaration gives its error, and code that uses the
//! declaration's generated items sees no further errors.
use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: String,
    pub name: String,
}

fn main() {
    let _ = ThingField::Name.as_str();
    let _ = ThingInclude::all();
    let _ = <Thing as asc_core::Resource>::TYPE;
    let _: fn(&asc_core::Client, &str) -> asc_core::ReadRequest<Thing> = |c, id| Thing::read(c, id);
}
