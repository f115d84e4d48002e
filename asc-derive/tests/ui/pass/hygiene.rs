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

#[derive(::asc_core::AscResource)]
#[asc(type = "uploads", create = UploadCreate, update = UploadCreate, delete, asset)]
pub struct Upload {
    pub id: ::std::string::String,
    pub file_name: ::std::option::Option<::std::string::String>,
    pub file_size: ::std::option::Option<i64>,
    pub upload_operations:
        ::std::option::Option<::std::vec::Vec<::asc_core::UploadOperation>>,
    pub asset_delivery_state: ::std::option::Option<::asc_core::AppMediaAssetState>,
    #[asc(relationship, parent)]
    pub thing: ::asc_core::ToOne<Thing>,
}

#[derive(::asc_core::AscPayload)]
#[asc(type = "uploads")]
pub struct UploadCreate {
    pub file_name: ::std::string::String,
    pub note: ::std::option::Option<::std::string::String>,
    #[asc(relationship)]
    pub thing: ::std::option::Option<::asc_core::Linkage<Thing>>,
}

fn main() {
    let payload = UploadCreate {
        file_name: ::std::borrow::ToOwned::to_owned("a.png"),
        note: ::std::option::Option::None,
        thing: ::std::option::Option::None,
    };
    ::std::assert_eq!(
        ::serde_json::to_string(&payload).unwrap(),
        r#"{"data":{"type":"uploads","attributes":{"fileName":"a.png"}}}"#
    );
    let _: fn(&::asc_core::Client, &UploadCreate) -> ::asc_core::WriteRequest<Upload> =
        |c, p| Upload::create(c, p);
    let _: fn(&::asc_core::Client, &str, &UploadCreate) -> ::asc_core::WriteRequest<Upload> =
        |c, id, p| Upload::update(c, id, p);
    let _: fn(&::asc_core::Client, &str) -> ::asc_core::DeleteRequest = |c, id| Upload::delete(c, id);
    let _: fn(&::asc_core::Client, &str, &str) -> ::asc_core::AssetUpload<Upload> =
        |c, parent, path| Upload::upload(c, parent, path);
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
    let _: fn(&::asc_core::Client, &str) -> ::asc_core::RelatedRequest<Other> =
        |c, id| Thing::read_other(c, id);
}
