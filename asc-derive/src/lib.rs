//! `#[derive(AscResource)]`: declares an App Store Connect resource once, as a
//! plain annotated struct. Use it through `asc_core::AscResource`.
//!
//! The macro generates *data*, not logic: the resource's type name, path and
//! field names as `const` tables and trait impls, typed field and include
//! enums, a JSON:API decoder made of serde helper structs, and request
//! functions (`read`, `create`, `update`, `delete`, `upload`) that return
//! asc-core's generic request builders. Everything that does work is written
//! once, generically, in asc-core.
//!
//! `#[derive(AscPayload)]` declares the body of a create or update request
//! the same way; `payload` holds it.
//!
//! The stages run on `proc_macro2` so that they can be tested in-process:
//! `attr` reads `#[asc(...)]`, `ast` builds the model, `check` validates it,
//! `expand` writes the output, and `fallback` writes stubs beside the errors
//! so that one mistake does not cascade.

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod decode;
mod driver;
mod expand;
mod fallback;
mod list;
mod payload;

use proc_macro::TokenStream;

/// Derives `asc_core::Resource` (and `serde::Deserialize`) for a resource declaration.
///
/// ```
/// use asc_core::{AscResource, ToOne};
///
/// #[derive(AscResource, Debug, Clone)]
/// #[asc(type = "gameCenterAchievementImages")] // path defaults to "/v1/gameCenterAchievementImages"
/// pub struct GameCenterAchievementImage {
///     /// The resource id.
///     pub id: String,
///     /// `fileSize`: attributes are `Option`s named by the camelCase of the field.
///     pub file_size: Option<i64>,
///     /// `fileName`.
///     pub file_name: Option<String>,
///     /// A relationship that `include=` may name.
///     #[asc(relationship, include)]
///     pub game_center_achievement_localization: ToOne<GameCenterAchievementLocalization>,
/// }
///
/// #[derive(AscResource, Debug, Clone)]
/// #[asc(type = "gameCenterAchievementLocalizations")]
/// pub struct GameCenterAchievementLocalization {
///     /// The resource id.
///     pub id: String,
///     /// `locale`.
///     pub locale: Option<String>,
///     /// Adds `read_game_center_achievement_image(&client, id)`:
///     /// `GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`.
///     #[asc(relationship, include, related)]
///     pub game_center_achievement_image: ToOne<GameCenterAchievementImage>,
/// }
///
/// assert_eq!(GameCenterAchievementImageField::FileSize.as_str(), "fileSize");
/// assert_eq!(GameCenterAchievementImageInclude::all().len(), 1);
/// ```
///
/// A resource that can be written names its operations and their payloads
/// (declared with [`AscPayload`](derive@AscPayload)); an uploadable one is an
/// `asset` with a `parent`:
///
/// ```
/// use asc_core::{
///     AppMediaAssetState, AscPayload, AscResource, ImageAsset, Linkage, ToOne, UploadOperation,
/// };
///
/// #[derive(AscResource, Debug, Clone)]
/// #[asc(
///     type = "gameCenterAchievementImages",
///     path = "/v2/gameCenterAchievementImages",
///     create = ImageCreate,
///     update = ImageUpdate,
///     delete,
///     asset
/// )]
/// pub struct Image {
///     pub id: String,
///     pub file_size: Option<i64>,
///     pub file_name: Option<String>,
///     pub image_asset: Option<ImageAsset>,
///     pub upload_operations: Option<Vec<UploadOperation>>,
///     pub asset_delivery_state: Option<AppMediaAssetState>,
///     /// The resource the asset is created for.
///     #[asc(relationship, include, parent)]
///     pub localization: ToOne<Localization>,
/// }
///
/// #[derive(AscPayload)]
/// #[asc(type = "gameCenterAchievementImages")]
/// pub struct ImageCreate {
///     pub file_size: i64,
///     pub file_name: String,
///     #[asc(relationship)]
///     pub localization: Linkage<Localization>,
/// }
///
/// #[derive(AscPayload)]
/// #[asc(type = "gameCenterAchievementImages")]
/// pub struct ImageUpdate {
///     pub uploaded: Option<bool>,
/// }
///
/// #[derive(AscResource, Debug, Clone)]
/// #[asc(type = "gameCenterAchievementLocalizations", path = "/v2/gameCenterAchievementLocalizations")]
/// pub struct Localization {
///     pub id: String,
///     #[asc(relationship, include, related)]
///     pub image: ToOne<Image>,
/// }
///
/// # async fn run(client: asc_core::Client) -> Result<(), asc_core::Error> {
/// let image = Image::upload(&client, "LOCALIZATION_ID", "icon.png").send().await?;
/// Image::update(&client, &image.id, &ImageUpdate { uploaded: Some(true) }).send().await?;
/// Image::delete(&client, &image.id).send().await?;
/// # Ok(()) }
/// ```
///
/// # Grammar
///
/// On the struct:
/// - `#[asc(type = "...")]` (required): the JSON:API `type`.
/// - `#[asc(path = "...")]`: the collection path; defaults to `/v1/{type}`.
/// - `#[asc(create = Payload)]`: generates `create(&client, &payload) -> WriteRequest<Self>`,
///   `POST {path}` with Apple's create request; `Payload` derives `AscPayload`
///   with the same `type` (checked at compile time).
/// - `#[asc(update = Payload)]`: generates `update(&client, id, &payload) -> WriteRequest<Self>`,
///   `PATCH {path}/{id}` with Apple's update request.
/// - `#[asc(delete)]`: generates `delete(&client, id) -> DeleteRequest`, `DELETE {path}/{id}`.
/// - `#[asc(asset)]`: the resource is uploaded as a file. It implements
///   `asc_core::Asset` and gets `upload(&client, parent_id, path) -> AssetUpload<Self>`
///   (reserve, upload the parts, commit, wait for processing). It needs the
///   attributes of Apple's asset model, `file_name: Option<String>`,
///   `file_size: Option<i64>`, `upload_operations: Option<Vec<UploadOperation>>`
///   and `asset_delivery_state: Option<AppMediaAssetState>`, and one `parent`.
///
/// - `#[asc(no_read)]`: Apple has no `GET {path}/{id}` for this type (it is
///   only listed, embedded or written): no `read` is generated, and
///   `Resource::OPERATIONS` says so. Not with `asset`, which reads the upload back.
/// - `#[asc(deprecated = "use `Other` (`/v2/...`)")]`: Apple deprecates the
///   type's routes; every request function generated for it (`read`, `list`,
///   `create`, `update`, `delete`, `upload`, related reads and lists, linkage
///   functions) is `#[deprecated]` with this note. The struct itself is not:
///   decoding stays warning-free. `Resource::DEPRECATED` records the note.
/// - `#[asc(list)]` or `#[asc(list(filter(...), exists(...), sort(...), limit = N))]`:
///   the resource has a top-level collection at its path; generates
///   `list(&client) -> ListRequest<Self, {Name}List>` (see *Lists* below).
/// - `#[asc(crate = "...")]`: the path of asc-core when the dependency is
///   renamed or re-exported (`crate = "my_asc"`, `crate = "crate::reexport"`);
///   every `::asc_core` of the expansion becomes that path. Also on `AscPayload`.
///
/// Keys combine in one attribute or several: `#[asc(type = "...", delete, asset)]`.
///
/// The struct has named fields and no generics. A field `id: String` holds
/// the resource id. Every other field is an attribute, unless marked as a
/// relationship. On a field:
/// - `#[asc(rename = "...")]`: Apple's name, when it is not the camelCase of the field name.
/// - `#[asc(relationship)]`: a relationship; the field is `ToOne<T>` or `ToMany<T>`
///   where `T` is a declared resource.
/// - `#[asc(relationship, include)]`: a relationship that `include=` may name.
/// - `#[asc(include, include_limit = N)]` on a `ToMany<T>`: the largest
///   `limit[relationship]` its endpoints take, when Apple's document says
///   other than 50 (the `builds` of a beta group take 1000);
///   `.include_limit(..)` refuses more before sending.
/// - `#[asc(relationship, related)]` on a `ToOne<T>`: also generates
///   `read_<field>(&client, id) -> RelatedRequest<T>` (its answer holds `Option<T>`: the relationship may be empty), `GET {path}/{id}/{name}`.
/// - `#[asc(relationship, parent)]` on the `ToOne<T>` of an `asset`: the
///   resource the asset is created for (its localization, for an
///   achievement image); its name is the relationship of the create request.
///
/// - `#[asc(list(...))]` on a `ToMany<T>`: its related list; generates
///   `list_<field>(&client, id) -> ListRequest<T, {Name}{Field}List>`, `GET {path}/{id}/{name}`.
/// - `#[asc(linkage(get, add, remove, replace))]` on a `ToMany<T>`: the routes
///   `{path}/{id}/relationships/{name}` Apple offers; generate `list_<field>_ids`
///   (`LinkageListRequest<T>`), `add_<field>`, `remove_<field>` and
///   `replace_<field>` (`LinkageWriteRequest`, taking `&[&str]` ids).
/// - `#[asc(linkage(get, set))]` on a `ToOne<T>`: `read_<field>_id`
///   (`LinkageRequest<T>`) and `set_<field>(&client, id, Option<&str>)`.
///
/// - `#[asc(deprecated = "...")]` on a relationship with `related`, `list(...)`
///   or `linkage(...)`: Apple deprecates that relationship's routes (and not
///   the type's); its generated functions are `#[deprecated]` with this note,
///   recorded in `Resource::DEPRECATED_RELATIONSHIPS`.
///
/// `relationship` is implied by `include`, `include_limit`, `related`, `parent`, `list` and
/// `linkage`: `#[asc(include)]` alone declares an includable relationship.
///
/// Attribute fields are `Option<_>`: a sparse fieldset may leave any attribute out.
///
/// # Lists
///
/// `list(...)` takes, each optional:
/// - `filter(name: kind, ...)`: the endpoint's `filter[name]` parameters. The
///   name is Apple's field (a string for dotted ones: `"appStoreVersions.platform": ...`);
///   the kind is `ids`, `strings`, `bool`, an enum type whose `Display` is
///   Apple's value (`platform: Platform`), or Apple's values as a list
///   (`state: ["READY", "DONE"]`, generated as the enum `{Prefix}State`).
///   `name: required kind` marks a filter the endpoint requires: the list
///   function takes its values as a parameter, so it cannot be left out.
/// - `exists(name, ...)`: `exists[name]` parameters, each a `bool`.
/// - `sort(key, ...)`: the sort keys; each is generated ascending (`Key`,
///   sent `key`) and descending (`KeyDesc`, sent `-key`).
/// - `limit = N`: the largest page (default 200); `.limit(n)` beyond it is
///   refused before sending, naming the maximum.
///
/// For the top-level list of `struct Name` the prefix is `NameList`, and the
/// endpoint type is `NameList`; for the field `items` it is `NameItems`, with
/// the endpoint type `NameItemsList`. Each endpoint type implements
/// `asc_core::ListEndpoint`; filters are `{Prefix}Filter` (implementing
/// `asc_core::Filter`, one variant per filter, in UpperCamelCase: `Id(Vec<String>)`,
/// `Archived(bool)`, `ExistsBuild(bool)`) and sort keys `{Prefix}Sort`; without
/// filters or sort keys, `asc_core::NoFilter` and `asc_core::NoSort` are used.
/// Lists and linkage are also described as data in `Resource::LISTS` and
/// `Resource::LINKAGES`, for servers such as the emulator.
///
/// # Generated items
///
/// For `struct Name`: `NameField` (one variant per attribute and relationship)
/// and `NameInclude` (one variant per `include` relationship), each with
/// `as_str()`, `all()`, `Display` and `FromStr`; `impl asc_core::Resource`;
/// `impl serde::Deserialize` (a JSON:API resource object: absent or `null`
/// attributes are `None`, unknown members are ignored); `Name::read(&client, id)`
/// (unless `no_read`);
/// and, as declared, `read_<field>`, `create`, `update`, `delete`, `upload`,
/// `impl asc_core::Asset`, `list`, `list_<field>` and the linkage functions
/// with their endpoint, filter and sort types. Do not derive `Deserialize` as well: this
/// derive implements it.
///
/// # Errors
///
/// Mistakes in a declaration are compile errors on the offending token that
/// say what to write instead; all of them are reported at once.
#[proc_macro_derive(AscResource, attributes(asc))]
pub fn derive_asc_resource(input: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => expand::derive(&input).into(),
        Err(err) => err.to_compile_error().into(),
    }
}

/// Derives `asc_core::Payload` (and `serde::Serialize`) for the body of a
/// create or update request.
///
/// ```
/// use asc_core::{AscPayload, AscResource, Linkage, WriteDocument};
///
/// # #[derive(AscResource)]
/// # #[asc(type = "gameCenterAchievementLocalizations")]
/// # pub struct GameCenterAchievementLocalization { pub id: String }
/// #[derive(AscPayload, Debug, Clone)]
/// #[asc(type = "gameCenterAchievementImages")]
/// pub struct GameCenterAchievementImageCreate {
///     /// `fileSize`: an attribute, always sent.
///     pub file_size: i64,
///     /// `fileName`.
///     pub file_name: String,
///     /// A relationship: `{"data": {"type": "gameCenterAchievementLocalizations", "id": ...}}`.
///     #[asc(relationship)]
///     pub game_center_achievement_localization: Linkage<GameCenterAchievementLocalization>,
/// }
///
/// #[derive(AscPayload, Debug, Clone, Default)]
/// #[asc(type = "gameCenterAchievementImages")]
/// pub struct GameCenterAchievementImageUpdate {
///     /// `uploaded`: left out when `None`.
///     pub uploaded: Option<bool>,
/// }
///
/// let update = GameCenterAchievementImageUpdate { uploaded: Some(true) };
/// assert_eq!(
///     serde_json::to_string(&WriteDocument::update("ID", &update)).unwrap(),
///     r#"{"data":{"type":"gameCenterAchievementImages","id":"ID","attributes":{"uploaded":true}}}"#
/// );
/// ```
///
/// # Grammar
///
/// On the struct, `#[asc(type = "...")]` (required): the JSON:API `type` of
/// the resource written. The struct has named fields, no generics and no `id`
/// (a create gets its id from App Store Connect; `update` takes it apart).
/// On a field:
/// - `#[asc(rename = "...")]`: Apple's name, when it is not the camelCase of the field name.
/// - `#[asc(relationship)]`: a relationship, of type `Linkage<T>` (or
///   `Option<Linkage<T>>`), where `T` is a declared resource.
///
/// Every other field is an attribute of any serializable type. `Option`
/// attributes and relationships are left out when `None`; the others are
/// always sent (Apple's required attributes, such as `fileName`).
///
/// # Generated items
///
/// `impl asc_core::Payload`, and `impl serde::Serialize` giving Apple's
/// request document without an id: `{"data": {"type", "attributes",
/// "relationships"}}`, a create request exactly. Wrap a payload in
/// `asc_core::WriteDocument::update(id, &payload)` for an update request,
/// or name it in a resource's `#[asc(create = ..., update = ...)]` to get
/// typed `create` and `update` functions. Do not derive `Serialize` as well.
#[proc_macro_derive(AscPayload, attributes(asc))]
pub fn derive_asc_payload(input: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => payload::derive(&input).into(),
        Err(err) => err.to_compile_error().into(),
    }
}

#[cfg(test)]
mod tests;
