//! The model of one declaration, borrowing from syn's tree.
//!
//! Building it never fails outright: what cannot be understood is reported
//! through [`Ctxt`], and the model keeps what could be read, so that
//! [`check`](crate::check) can report more mistakes and the fallback can
//! still generate the enums the user's other code names.

use proc_macro2::{Ident, Span};
use syn::{Attribute, Data, DeriveInput, Fields, GenericArgument, PathArguments, Type};

use crate::attr::{Container, Derive, FieldAttrs, Sp};
use crate::case::{lower_camel, upper_camel};
use crate::ctxt::Ctxt;
use crate::list::{LinkageAttr, ListAttr};

/// The attributes every asset has: Apple's name, the field that declares it
/// (for messages), and the `asc_core::__private::support` function that
/// reads it in `impl Asset`. `check` and `expand` both read this one table,
/// in this order.
pub(crate) const ASSET_ATTRIBUTES: &[(&str, &str, &str)] = &[
    ("fileName", "pub file_name: Option<String>", "file_name"),
    ("fileSize", "pub file_size: Option<i64>", "file_size"),
    (
        "uploadOperations",
        "pub upload_operations: Option<Vec<UploadOperation>>",
        "upload_operations",
    ),
    (
        "assetDeliveryState",
        "pub asset_delivery_state: Option<AppMediaAssetState>",
        "asset_delivery_state",
    ),
];

/// A struct that derives `AscResource` or `AscPayload`.
pub(crate) struct Input<'a> {
    pub original: &'a DeriveInput,
    pub derive: Derive,
    pub attrs: Container,
    /// The `id` field, with its `#[asc(...)]` (which must be empty).
    pub id: Option<(&'a syn::Field, FieldAttrs)>,
    /// Attributes and relationships, in declaration order.
    pub fields: Vec<Field<'a>>,
}

/// An attribute or relationship field.
pub(crate) struct Field<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
    /// Apple's name, with the span of `rename = "..."` or of the field name.
    pub name: Sp<String>,
    /// The name of its variant in the generated enums; `None` when the field
    /// name does not make one (reported by `check`).
    pub variant: Option<Ident>,
    /// The field's rustdoc, repeated on its variants.
    pub docs: Vec<&'a Attribute>,
    /// `Some` when the field is marked `#[asc(relationship)]`.
    pub relationship: Option<Relationship<'a>>,
}

/// What `#[asc(...)]` and the field type say about a relationship: the one
/// place its flags are kept (moved here out of the parsed [`FieldAttrs`]).
///
/// `relationship` is implied by any of `include`, `related`, `parent`,
/// `list` and `linkage`.
pub(crate) struct Relationship<'a> {
    /// `include`: `include=` may name it.
    pub include: Option<Span>,
    /// `include_limit = N`: its largest `limit[relationship]` (to-many only).
    pub include_limit: Option<Sp<u32>>,
    /// `related`: `read_<field>` on a to-one.
    pub related: Option<Span>,
    /// `parent`: the parent of an asset.
    pub parent: Option<Span>,
    /// `list(...)` on a to-many: its related list.
    pub list: Option<ListAttr>,
    /// `linkage(...)`: its linkage routes.
    pub linkage: Option<LinkageAttr>,
    /// `deprecated = "..."`: the note of its generated functions.
    pub deprecated: Option<Sp<String>>,
    /// `None` when the type is not `ToOne<T>` or `ToMany<T>` (reported by `check`).
    pub shape: Option<Shape<'a>>,
}

/// `ToOne<T>` or `ToMany<T>`.
pub(crate) struct Shape<'a> {
    pub to_many: bool,
    pub target: &'a Type,
}

impl<'a> Input<'a> {
    /// The model of `input`, or `None` (with an error reported) when it is not
    /// a struct with named fields.
    pub(crate) fn from_syn(cx: &Ctxt, input: &'a DeriveInput, derive: Derive) -> Option<Input<'a>> {
        let attrs = Container::from_attrs(cx, &input.attrs, derive);
        let (example, what) = match derive {
            Derive::Resource => ("struct Name { id: String, ... }", "a resource"),
            Derive::Payload => ("struct Name { file_name: String, ... }", "a payload"),
        };
        let named = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => named,
                Fields::Unnamed(unnamed) => {
                    cx.error_spanned_by(
                        unnamed,
                        format!("{what} needs named fields, not a tuple struct: write `{example}`"),
                    );
                    return None;
                }
                Fields::Unit => {
                    let least = match derive {
                        Derive::Resource => "at least the id",
                        Derive::Payload => "the attributes and relationships to send",
                    };
                    cx.error_spanned_by(
                        &input.ident,
                        format!("{what} needs named fields, {least}: write `{example}`"),
                    );
                    return None;
                }
            },
            Data::Enum(data) => {
                let why = match derive {
                    Derive::Resource => "a resource is one JSON:API resource object",
                    Derive::Payload => "a payload is one request's attributes and relationships",
                };
                cx.error_spanned_by(
                    data.enum_token,
                    format!(
                        "`{}` derives on a struct, not an enum: {why}; write `{example}`",
                        derive.name()
                    ),
                );
                return None;
            }
            Data::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    format!(
                        "`{}` derives on a struct, not a union: write `{example}`",
                        derive.name()
                    ),
                );
                return None;
            }
        };

        let mut id = None;
        let mut fields = Vec::new();
        for field in &named.named {
            let Some(ident) = field.ident.as_ref() else {
                continue;
            };
            let mut field_attrs = FieldAttrs::from_attrs(cx, &field.attrs);
            if ident == "id" {
                id = Some((field, field_attrs));
                continue;
            }
            let rust_name = ident.to_string();
            let name = match &field_attrs.rename {
                Some(rename) => rename.clone(),
                None => Sp {
                    value: lower_camel(&rust_name),
                    span: ident.span(),
                },
            };
            let relationship = field_attrs.is_relationship().then(|| Relationship {
                include: field_attrs.include.take(),
                include_limit: field_attrs.include_limit.take(),
                related: field_attrs.related.take(),
                parent: field_attrs.parent.take(),
                list: field_attrs.list.take(),
                linkage: field_attrs.linkage.take(),
                deprecated: field_attrs.deprecated.take(),
                shape: relationship_shape(&field.ty),
            });
            fields.push(Field {
                ident,
                ty: &field.ty,
                name,
                variant: variant_ident(&rust_name),
                docs: field
                    .attrs
                    .iter()
                    .filter(|a| a.path().is_ident("doc"))
                    .collect(),
                relationship,
                attrs: field_attrs,
            });
        }
        Some(Input {
            original: input,
            derive,
            attrs,
            id,
            fields,
        })
    }

    /// The JSON:API type, or `""` when it is missing (reported by `check`).
    pub(crate) fn type_name(&self) -> &str {
        self.attrs.type_name.as_ref().map_or("", |t| &t.value)
    }

    /// The collection path: `path = "..."`, or `/v1/{type}`.
    pub(crate) fn path(&self) -> String {
        match &self.attrs.path {
            Some(path) => path.value.clone(),
            None => format!("/v1/{}", self.type_name()),
        }
    }
}

/// The UpperCamelCase variant for a field name, when it is an identifier
/// (`_1` gives `1`, and `self_` gives the keyword `Self`).
fn variant_ident(field: &str) -> Option<Ident> {
    let mut ident = syn::parse_str::<Ident>(&upper_camel(field)).ok()?;
    ident.set_span(Span::call_site());
    Some(ident)
}

/// `ToOne<T>` or `ToMany<T>` (by the last path segment, so that
/// `asc_core::ToOne<T>` works too).
pub(crate) fn relationship_shape(ty: &Type) -> Option<Shape<'_>> {
    let (ident, target) = single_generic(ty)?;
    let to_many = if ident == "ToOne" {
        false
    } else if ident == "ToMany" {
        true
    } else {
        return None;
    };
    Some(Shape { to_many, target })
}

/// A payload relationship: `Linkage<T>`, or `Option<Linkage<T>>` (then `true`).
pub(crate) fn link_shape(ty: &Type) -> Option<(&Type, bool)> {
    let (ident, inner) = single_generic(ty)?;
    if ident == "Linkage" {
        return Some((inner, false));
    }
    if ident != "Option" {
        return None;
    }
    let (ident, target) = single_generic(inner)?;
    (ident == "Linkage").then_some((target, true))
}

/// True for `Option<T>` (or any path ending in `Option<T>`).
pub(crate) fn is_option(ty: &Type) -> bool {
    single_generic(ty).is_some_and(|(ident, _)| ident == "Option")
}

/// The last segment of a path type with exactly one type argument: `Name<T>`.
pub(crate) fn single_generic(ty: &Type) -> Option<(&Ident, &Type)> {
    let ty = ungroup(ty);
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut args = args.args.iter();
    match (args.next(), args.next()) {
        (Some(GenericArgument::Type(target)), None) => Some((&last.ident, target)),
        _ => None,
    }
}

/// Looks through the invisible groups that `macro_rules!` puts around `$t:ty`.
fn ungroup(mut ty: &Type) -> &Type {
    loop {
        match ty {
            Type::Group(g) => ty = &g.elem,
            Type::Paren(p) => ty = &p.elem,
            _ => return ty,
        }
    }
}

/// True for `String` (by the last path segment, so `std::string::String` works too).
pub(crate) fn is_string(ty: &Type) -> bool {
    let Type::Path(path) = ungroup(ty) else {
        return false;
    };
    path.qself.is_none()
        && path
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "String" && s.arguments.is_none())
}

/// A struct with generic parameters or a where clause (which the derives refuse).
pub(crate) fn is_generic(input: &syn::DeriveInput) -> bool {
    !input.generics.params.is_empty() || input.generics.where_clause.is_some()
}
