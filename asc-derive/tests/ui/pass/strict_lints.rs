//! The expansion is clean under strict lints in a user's crate.
#![deny(warnings, unused_qualifications, missing_docs, rust_2018_idioms)]
#![deny(unused_results, missing_debug_implementations, unreachable_pub, trivial_casts)]
#![deny(single_use_lifetimes, unused_lifetimes, unused_import_braces, variant_size_differences)]

//! A crate of declared resources.

use asc_core::{AscPayload, AscResource, Linkage, ToMany, ToOne};

/// Declarations in a module, re-exported.
pub mod resources {
    use super::{AscPayload, AscResource, Linkage, ToMany, ToOne};
    use asc_core::{AppMediaAssetState, UploadOperation};

    /// An uploadable image, with every operation.
    #[derive(AscResource, Debug, Clone)]
    #[asc(type = "pictures", create = PictureCreate, update = PictureUpdate, delete, asset)]
    pub struct Picture {
        /// The id.
        pub id: String,
        /// The file name.
        pub file_name: Option<String>,
        /// The size.
        pub file_size: Option<i64>,
        /// Where to upload.
        pub upload_operations: Option<Vec<UploadOperation>>,
        /// Processing.
        pub asset_delivery_state: Option<AppMediaAssetState>,
        /// The owner.
        #[asc(relationship, parent)]
        pub owner: ToOne<Owner>,
    }

    /// Creates a picture.
    #[derive(AscPayload, Debug, Clone)]
    #[asc(type = "pictures")]
    pub struct PictureCreate {
        /// The file name.
        pub file_name: String,
        /// The size.
        pub file_size: i64,
        /// The owner.
        #[asc(relationship)]
        pub owner: Linkage<Owner>,
    }

    /// Commits a picture.
    #[derive(AscPayload, Debug, Clone, Default)]
    #[asc(type = "pictures")]
    pub struct PictureUpdate {
        /// Commits the upload.
        pub uploaded: Option<bool>,
        /// Moves the picture.
        #[asc(relationship)]
        pub owner: Option<Linkage<Owner>>,
    }

    /// An image.
    #[derive(AscResource, Debug, Clone)]
    #[asc(type = "images", path = "/v2/images")]
    pub struct Image {
        /// The id.
        pub id: String,
        /// The size.
        pub file_size: Option<i64>,
        /// The owner.
        #[asc(relationship, include, related)]
        pub owner: ToOne<Owner>,
    }

    /// An owner, with no attributes.
    #[derive(AscResource, Debug, Clone)]
    #[asc(type = "owners")]
    pub struct Owner {
        /// The id.
        pub id: String,
        /// The images.
        #[asc(relationship)]
        pub images: ToMany<Image>,
    }

    /// An old image whose routes Apple deprecates; one relationship's
    /// routes have a note of their own. Using the struct does not warn.
    #[derive(AscResource, Debug, Clone)]
    #[asc(type = "images", deprecated = "use `Image` (`/v2/images`)", list, delete)]
    pub struct OldImage {
        /// The id.
        pub id: String,
        /// The owner.
        #[asc(include, related, linkage(get, set), deprecated = "use `owner` of `Image`")]
        pub owner: ToOne<Owner>,
    }

    /// A type Apple has no `GET {path}/{id}` for, listed and deleted only.
    #[derive(AscResource, Debug, Clone)]
    #[asc(type = "teams", no_read, list, delete)]
    pub struct Team {
        /// The id.
        pub id: String,
        /// Its members, whose related list Apple deprecates.
        #[asc(list, linkage(get, add, remove, replace), deprecated = "list the members instead")]
        pub members: ToMany<Owner>,
    }

    /// A crate-private declaration.
    #[derive(AscResource, Debug)]
    #[asc(type = "secrets")]
    pub(crate) struct Secret {
        pub(crate) id: String,
        pub(crate) value: Option<String>,
    }

    pub(crate) fn use_secret() -> usize {
        let s: Secret = serde_json::from_str(r#"{"type":"secrets","id":"1"}"#).unwrap();
        s.id.len() + s.value.map_or(0, |v| v.len()) + SecretField::all().len()
    }
}

fn main() {
    assert_eq!(resources::use_secret(), 2);
    assert_eq!(resources::ImageField::Owner.as_str(), "owner");
    assert!(resources::OwnerInclude::all().is_empty());
    let _ = (ToOne::<resources::Owner>::default(), ToMany::<resources::Image>::default());
    let old: resources::OldImage =
        serde_json::from_str(r#"{"type":"images","id":"1"}"#).unwrap();
    assert_eq!(old.id, "1");
    use asc_core::Resource as _;
    assert!(resources::OldImage::DEPRECATED.is_some());
    assert!(!resources::Team::OPERATIONS.read && resources::Team::OPERATIONS.delete);
    let update = resources::PictureUpdate::default();
    assert_eq!(serde_json::to_string(&update).unwrap(), r#"{"data":{"type":"pictures"}}"#);
}
