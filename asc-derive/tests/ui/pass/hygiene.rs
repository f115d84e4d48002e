//! Local items named like the paths the expansion uses change nothing, and
//! the expansion relies on no prelude.
#![no_implicit_prelude]

mod asc_core {}
mod serde {}
mod core {}
mod std {}
mod str {}
mod __private {}
#[allow(dead_code)]
struct Result;
#[allow(dead_code)]
struct Ok;
#[allow(dead_code)]
type Option = ();
#[allow(dead_code)]
trait Everything {
    fn as_str(&self) -> u8 {
        0
    }
    fn as_ref(&self) -> u8 {
        0
    }
    fn pad(&self) -> u8 {
        0
    }
}
impl<T: ?::core::marker::Sized> Everything for T {}

#[derive(::asc_core::AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: ::std::string::String,
    pub name: ::std::option::Option<::std::string::String>,
    #[asc(relationship, include, related)]
    pub other: ::asc_core::ToOne<Other>,
}

#[derive(::asc_core::AscResource)]
#[asc(type = "others")]
pub struct Other {
    pub id: ::std::string::String,
    #[asc(relationship, include)]
    pub things: ::asc_core::ToMany<Thing>,
}

fn main() {
    let thing: Thing =
        ::serde_json::from_str(r#"{"type":"things","id":"1","attributes":{"name":"n"}}"#).unwrap();
    ::std::assert_eq!(thing.id, "1");
    ::std::assert_eq!(thing.name.as_deref(), ::std::option::Option::Some("n"));
    ::std::assert_eq!(thing.other.id(), ::std::option::Option::None);
    ::std::assert_eq!(ThingField::Other.as_str(), "other");
    ::std::assert_eq!(::std::string::ToString::to_string(&OtherInclude::Things), "things");
    let parsed: ::std::result::Result<ThingField, _> = ::std::str::FromStr::from_str("name");
    ::std::assert_eq!(parsed, ::std::result::Result::Ok(ThingField::Name));
    let _: fn(&::asc_core::Client, &str) -> ::asc_core::ReadRequest<Other> = |c, id| Other::read(c, id);
    let _: fn(&::asc_core::Client, &str) -> ::asc_core::ReadRequest<Other> =
        |c, id| Thing::read_other(c, id);
}
