//! `#[derive(AscResource)]`: declares an App Store Connect resource once, as a
//! plain annotated struct. Use it through `asc_core::AscResource`.
//!
//! The macro generates *data*, not logic: the resource's type name, path and
//! field names as `const` tables and trait impls, typed field and include
//! enums, a JSON:API decoder made of serde helper structs, and a `read`
//! function returning `asc_core::ReadRequest<Self>`. Everything that does work
//! is written once, generically, in asc-core.
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
mod expand;
mod fallback;

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
/// # Grammar
///
/// On the struct:
/// - `#[asc(type = "...")]` (required): the JSON:API `type`.
/// - `#[asc(path = "...")]`: the collection path; defaults to `/v1/{type}`.
///
/// The struct has named fields and no generics. A field `id: String` holds
/// the resource id. Every other field is an attribute, unless marked as a
/// relationship. On a field:
/// - `#[asc(rename = "...")]`: Apple's name, when it is not the camelCase of the field name.
/// - `#[asc(relationship)]`: a relationship; the field is `ToOne<T>` or `ToMany<T>`
///   where `T` is a declared resource.
/// - `#[asc(relationship, include)]`: a relationship that `include=` may name.
/// - `#[asc(relationship, related)]` on a `ToOne<T>`: also generates
///   `read_<field>(&client, id) -> ReadRequest<T>`, `GET {path}/{id}/{name}`.
///
/// Attribute fields are `Option<_>`: a sparse fieldset may leave any attribute out.
///
/// # Generated items
///
/// For `struct Name`: `NameField` (one variant per attribute and relationship)
/// and `NameInclude` (one variant per `include` relationship), each with
/// `as_str()`, `all()`, `Display` and `FromStr`; `impl asc_core::Resource`;
/// `impl serde::Deserialize` (a JSON:API resource object: absent or `null`
/// attributes are `None`, unknown members are ignored); `Name::read(&client, id)`.
/// Do not derive `Deserialize` as well: this derive implements it.
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

#[cfg(test)]
mod tests;
