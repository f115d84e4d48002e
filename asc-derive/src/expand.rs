//! Writes the expansion: data (`const` tables, enums) and thin trait impls
//! that hand every piece of work to generic code in asc-core.
//!
//! Every path is absolute and goes through `::asc_core` (`::asc_core::__private`
//! re-exports `core` and serde), so a user crate needs no other dependency and
//! local items named `core`, `serde` or `asc_core` change nothing.

use std::collections::HashSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, DeriveInput};

use crate::ast::Input;
use crate::attr::Derive;
use crate::fallback;

/// The whole derive, on proc_macro2 tokens: the expansion, or the errors
/// together with stubs (see [`fallback`]).
pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    crate::driver::run(input, Derive::Resource, expand, fallback::expand)
}

fn expand(model: &Input) -> TokenStream {
    let ident = self_ident(model.original);
    let names = Names::of(model.original);
    let (field_enum, include_enum) = (&names.field, &names.include);
    let selectors = selector_enums(model.original, Some(model));
    let inherent = inherent_impl(model.original, Some(model));

    let type_name = model.type_name();
    let path = model.path();
    let attribute_names = model
        .fields
        .iter()
        .filter(|f| f.relationship.is_none())
        .map(|f| &f.name.value);
    let relationships = model.fields.iter().filter_map(|f| {
        let rel = f.relationship.as_ref()?;
        let (name, ty, include) = (&f.name.value, f.ty, rel.include.is_some());
        // Spanned on the target type, so that a target that is not a declared
        // resource is reported there and not on the derive.
        let span = rel
            .shape
            .as_ref()
            .map_or_else(|| ty.span(), |s| s.target.span());
        Some(quote_spanned! {span=>
            ::asc_core::RelationshipMeta::of::<#ty>(#name, #include)
        })
    });
    let deserialize = crate::decode::deserialize_impl(model);
    let asset = asset_impl(model);
    let payload_checks = payload_checks(model);
    let list_consts = crate::list::resource_consts(model);
    let meta_consts = meta_consts(model);
    let list_items = crate::list::items(model);

    quote! {
        #selectors

        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl ::asc_core::Resource for #ident {
            const TYPE: &'static str = #type_name;
            const PATH: &'static str = #path;
            const ATTRIBUTES: &'static [&'static str] = &[#(#attribute_names),*];
            const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[#(#relationships),*];
            type Field = #field_enum;
            type Include = #include_enum;
            #list_consts
            #meta_consts
        }

        #deserialize

        #asset

        #payload_checks

        #inherent

        #list_items
    }
}

/// `OPERATIONS`, `DEPRECATED` and `DEPRECATED_RELATIONSHIPS` for `impl
/// Resource`, each only when it differs from the trait's default.
fn meta_consts(model: &Input) -> TokenStream {
    let attrs = &model.attrs;
    let flags = [
        ("with_create", attrs.create.is_some()),
        ("with_update", attrs.update.is_some()),
        ("with_delete", attrs.delete.is_some()),
        ("with_asset", attrs.asset.is_some()),
    ];
    let added = flags
        .iter()
        .filter(|(_, on)| *on)
        .map(|(method, _)| format_ident!("{method}"));
    let operations = if attrs.no_read.is_some() || flags.iter().any(|(_, on)| *on) {
        let start = if attrs.no_read.is_some() {
            quote!(NONE)
        } else {
            quote!(READ)
        };
        Some(quote! {
            const OPERATIONS: ::asc_core::Operations =
                ::asc_core::Operations::#start #(.#added(true))*;
        })
    } else {
        None
    };
    let deprecated = attrs.deprecated.as_ref().map(|note| {
        let note = &note.value;
        quote!(const DEPRECATED: ::asc_core::__private::core::option::Option<&'static str> =
            ::asc_core::__private::core::option::Option::Some(#note);)
    });
    let relationships: Vec<TokenStream> = model
        .fields
        .iter()
        .filter_map(|f| {
            let note = &f.relationship.as_ref()?.deprecated.as_ref()?.value;
            let name = &f.name.value;
            Some(quote!((#name, #note)))
        })
        .collect();
    let relationships = (!relationships.is_empty()).then(|| {
        quote!(const DEPRECATED_RELATIONSHIPS: &'static [(&'static str, &'static str)] =
            &[#(#relationships),*];)
    });
    quote!(#operations #deprecated #relationships)
}

/// `#[deprecated(note = "...")]` for a generated function, when it has a
/// note: its relationship's, else its type's.
pub(crate) fn deprecated_attr(
    model: &Input,
    field: Option<&crate::ast::Field>,
) -> Option<TokenStream> {
    let note = field
        .and_then(|f| f.relationship.as_ref()?.deprecated.as_ref())
        .or(model.attrs.deprecated.as_ref())?;
    let note = &note.value;
    Some(quote!(#[deprecated(note = #note)]))
}

/// `impl asc_core::Asset`: the parent relationship and the asset attributes,
/// read through functions whose parameter types are the ones an asset needs,
/// so that a field of another type is reported on that field.
fn asset_impl(model: &Input) -> Option<TokenStream> {
    model.attrs.asset?;
    let ident = self_ident(model.original);
    let (parent, parent_name) = model.fields.iter().find_map(|f| {
        let rel = f.relationship.as_ref().filter(|r| r.parent.is_some())?;
        Some((rel.shape.as_ref()?.target, &f.name.value))
    })?;
    let support = quote!(::asc_core::__private::support);
    let option = quote!(::asc_core::__private::core::option::Option);
    let access = |name: &str, helper: &str| -> Option<TokenStream> {
        let field = model
            .fields
            .iter()
            .find(|f| f.relationship.is_none() && f.name.value == name)?;
        let (member, helper) = (field.ident, format_ident!("{}", helper));
        Some(quote_spanned!(field.ty.span()=> #support::#helper(&self.#member)))
    };
    let accessors: Vec<TokenStream> = crate::ast::ASSET_ATTRIBUTES
        .iter()
        .map(|(name, _, helper)| access(name, helper))
        .collect::<Option<_>>()?;
    let [file_name, file_size, upload_operations, delivery_state] =
        <[TokenStream; 4]>::try_from(accessors).ok()?;
    let parent = quote_spanned!(parent.span()=> #parent);
    Some(quote! {
        #[automatically_derived]
        impl ::asc_core::Asset for #ident {
            type Parent = #parent;
            const PARENT_RELATIONSHIP: &'static str = #parent_name;
            fn asset_id(&self) -> &str {
                &self.id
            }
            fn file_name(&self) -> #option<&str> {
                #file_name
            }
            fn file_size(&self) -> #option<i64> {
                #file_size
            }
            fn upload_operations(&self) -> &[::asc_core::UploadOperation] {
                #upload_operations
            }
            fn delivery_state(&self) -> #option<&::asc_core::AppMediaAssetState> {
                #delivery_state
            }
        }
    })
}

/// A payload's `type` must be the resource's: checked at compile time, on
/// the payload type named in `create = ...` or `update = ...`.
fn payload_checks(model: &Input) -> TokenStream {
    let ident = self_ident(model.original);
    let type_name = model.type_name();
    let checks = [
        ("create", &model.attrs.create),
        ("update", &model.attrs.update),
    ]
    .into_iter()
    .filter_map(|(key, ty)| Some((key, ty.as_ref()?)))
    .map(|(key, ty)| {
        let message = format!(
            "the payload of `{key}` has another JSON:API type than this resource: \
                 declare it with `#[asc(type = \"{type_name}\")]`"
        );
        quote_spanned! {ty.span()=>
            const _: () = ::asc_core::__private::core::assert!(
                ::asc_core::__private::support::same_type(
                    <#ty as ::asc_core::Payload>::TYPE,
                    <#ident as ::asc_core::Resource>::TYPE,
                ),
                #message,
            );
        }
    });
    quote!(#(#checks)*)
}

/// `read` (unless `no_read`), and `read_<field>` for each `related` to-one relationship.
pub(crate) fn inherent_impl(input: &DeriveInput, model: Option<&Input>) -> TokenStream {
    let ident = self_ident(input);
    let type_name = model.map_or("", |m| m.type_name());
    let path = model.map_or_else(String::new, Input::path);
    let as_ref = quote!(::asc_core::__private::core::convert::AsRef);
    let read_doc = doc(&format!(
        "Reads one `{type_name}` resource by id: `GET {path}/{{id}}`.\n\n\
         Choose fields with `.fields(...)` and related resources with `.include(...)`,\n\
         then `.send().await`."
    ));
    let related = model.into_iter().flat_map(|m| &m.fields).filter_map(|f| {
        let rel = f.relationship.as_ref()?;
        let shape = rel
            .shape
            .as_ref()
            .filter(|s| rel.related.is_some() && !s.to_many)?;
        let name = &f.name.value;
        let target = shape.target;
        // Spanned on the target, so that a target that is not a declared
        // resource is reported there.
        let request = quote_spanned!(target.span()=> ::asc_core::RelatedRequest<#target>);
        let args = quote!(client, #path, #as_ref::<str>::as_ref(&id), #name);
        let call = quote_spanned!(target.span()=> ::asc_core::RelatedRequest::new(#args));
        let fn_name = format_ident!("read_{}", f.ident.unraw(), span = Span::call_site());
        let doc = doc(&format!(
            "Reads the `{name}` of one `{type_name}` resource: `GET {path}/{{id}}/{name}`."
        ));
        let deprecated = model.and_then(|m| deprecated_attr(m, Some(f)));
        Some(quote! {
            #doc
            #deprecated
            pub fn #fn_name(
                client: &::asc_core::Client,
                id: impl #as_ref<str>,
            ) -> #request {
                #call
            }
        })
    });
    let writes = model.map(|m| write_fns(m, &path));
    let read = model.is_none_or(|m| m.attrs.no_read.is_none()).then(|| {
        let deprecated = model.and_then(|m| deprecated_attr(m, None));
        quote! {
            #read_doc
            #deprecated
            pub fn read(client: &::asc_core::Client, id: impl #as_ref<str>) -> ::asc_core::ReadRequest<Self> {
                ::asc_core::ReadRequest::new(client, #as_ref::<str>::as_ref(&id))
            }
        }
    });
    quote! {
        #[allow(unused_qualifications)]
        impl #ident {
            #read

            #(#related)*

            #writes
        }
    }
}

/// `create`, `update`, `delete` and `upload`, for the operations declared.
fn write_fns(model: &Input, path: &str) -> TokenStream {
    let type_name = model.type_name();
    let as_ref = quote!(::asc_core::__private::core::convert::AsRef);
    let client = quote!(client: &::asc_core::Client);
    let deprecated = deprecated_attr(model, None);
    let create = model.attrs.create.as_ref().map(|ty| {
        let doc = doc(&format!(
            "Creates a `{type_name}` resource: `POST {path}` with Apple's create request \
             built from `payload`.\n\nSend it with `.send().await`; the answer is the new resource."
        ));
        let call = quote_spanned!(ty.span()=> ::asc_core::WriteRequest::create);
        quote! {
            #doc
            #deprecated
            pub fn create(#client, payload: &#ty) -> ::asc_core::WriteRequest<Self> {
                #call(client, payload)
            }
        }
    });
    let update = model.attrs.update.as_ref().map(|ty| {
        let doc = doc(&format!(
            "Updates the `{type_name}` resource `id`: `PATCH {path}/{{id}}` with Apple's \
             update request built from `payload`.\n\nSend it with `.send().await`; the answer \
             is the updated resource."
        ));
        let call = quote_spanned!(ty.span()=> ::asc_core::WriteRequest::update);
        quote! {
            #doc
            #deprecated
            pub fn update(
                #client,
                id: impl #as_ref<str>,
                payload: &#ty,
            ) -> ::asc_core::WriteRequest<Self> {
                #call(client, #as_ref::<str>::as_ref(&id), payload)
            }
        }
    });
    let delete = model.attrs.delete.map(|_| {
        let doc = doc(&format!(
            "Deletes the `{type_name}` resource `id`: `DELETE {path}/{{id}}`.\n\n\
             Send it with `.send().await`."
        ));
        quote! {
            #doc
            #deprecated
            pub fn delete(#client, id: impl #as_ref<str>) -> ::asc_core::DeleteRequest {
                ::asc_core::DeleteRequest::new::<Self>(client, #as_ref::<str>::as_ref(&id))
            }
        }
    });
    let upload = model.attrs.asset.map(|_| {
        let doc = doc(&format!(
            "Uploads the PNG or JPEG file at `path` as a new `{type_name}` of the parent \
             resource `parent_id`, and waits until App Store Connect has processed it.\n\n\
             Reserves the upload, sends the parts, commits, then polls the delivery state;\n\
             set options on the returned `AssetUpload`, then `.send().await`."
        ));
        quote! {
            #doc
            #deprecated
            pub fn upload(
                #client,
                parent_id: impl #as_ref<str>,
                path: impl #as_ref<::asc_core::__private::Path>,
            ) -> ::asc_core::AssetUpload<Self> {
                ::asc_core::AssetUpload::new(client, #as_ref::<str>::as_ref(&parent_id), path)
            }
        }
    });
    quote!(#create #update #delete #upload)
}

/// `#[doc = "..."]` attributes, one per line, so that rustdoc and formatters
/// show the text as written.
pub(crate) fn doc(text: &str) -> TokenStream {
    let lines = text.split('\n').map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The names of the generated enums.
pub(crate) struct Names {
    pub field: Ident,
    pub include: Ident,
}

impl Names {
    pub(crate) fn of(input: &DeriveInput) -> Names {
        let span = Span::call_site();
        Names {
            field: format_ident!("{}Field", input.ident, span = span),
            include: format_ident!("{}Include", input.ident, span = span),
        }
    }
}

/// The struct's name, resolved at the call site: it stays clickable, and
/// lints treat the generated code as the macro's.
pub(crate) fn self_ident(input: &DeriveInput) -> Ident {
    let mut ident = input.ident.clone();
    ident.set_span(ident.span().resolved_at(Span::call_site()));
    ident
}

/// One variant of a selector enum.
pub(crate) struct Variant<'a> {
    pub ident: &'a Ident,
    pub name: &'a str,
    pub docs: &'a [&'a Attribute],
}

/// `{Struct}Field` and `{Struct}Include`, from whatever the model holds
/// (with no model, both are empty, so that the fallback still defines them).
pub(crate) fn selector_enums(input: &DeriveInput, model: Option<&Input>) -> TokenStream {
    let names = Names::of(input);
    let type_name = model.map_or("", |m| m.type_name());
    let variants = |include_only: bool| -> Vec<Variant> {
        let mut seen = HashSet::new();
        model
            .into_iter()
            .flat_map(|m| &m.fields)
            .filter(|f| {
                !include_only || f.relationship.as_ref().is_some_and(|r| r.include.is_some())
            })
            .filter_map(|f| {
                let ident = f.variant.as_ref()?;
                seen.insert(ident.to_string()).then_some(Variant {
                    ident,
                    name: &f.name.value,
                    docs: &f.docs,
                })
            })
            .collect()
    };
    let struct_name = &input.ident;
    let field = selector_enum(&Selector {
        vis: &input.vis,
        name: &names.field,
        doc: doc(&format!(
            "A field of [`{struct_name}`]: the names that `fields[{type_name}]` takes.\n\n\
             Pass them to `.fields(...)` of a request; `as_str()` gives Apple's name."
        )),
        what: format!("field of {type_name}"),
        resource_type: Some(type_name),
        variants: variants(false),
    });
    let include = selector_enum(&Selector {
        vis: &input.vis,
        name: &names.include,
        doc: doc(&format!(
            "A relationship of [`{struct_name}`] that `include=` may name.\n\n\
             Pass them to `.include(...)` of a request; `as_str()` gives Apple's name."
        )),
        what: format!("relationship of {type_name} that `include` takes"),
        resource_type: None,
        variants: variants(true),
    });
    quote!(#field #include)
}

/// A selector enum to generate: the field and include selectors of a
/// resource, and the sort keys of its lists.
pub(crate) struct Selector<'a> {
    pub vis: &'a syn::Visibility,
    pub name: &'a Ident,
    pub doc: TokenStream,
    /// What `UnknownName` says the selector is.
    pub what: String,
    /// `Some` for field selectors, which implement `FieldSelector`.
    pub resource_type: Option<&'a str>,
    pub variants: Vec<Variant<'a>>,
}

pub(crate) fn selector_enum(s: &Selector) -> TokenStream {
    let (vis, name, doc, what) = (s.vis, s.name, &s.doc, &s.what);
    let core = quote!(::asc_core::__private::core);
    let variant_defs = s.variants.iter().map(|v| {
        let (ident, docs) = (v.ident, v.docs);
        let head = format!(" `{}`", v.name);
        let gap = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
        quote!(#[doc = #head] #gap #(#docs)* #ident,)
    });
    let names = s.variants.iter().map(|v| v.name);
    let all = s.variants.iter().map(|v| v.ident);
    // `self as usize` is the index into NAMES; an enum with no variants has no value to cast.
    let (index, as_str) = if s.variants.is_empty() {
        (quote!(match self {}), quote!(match self {}))
    } else {
        (
            quote!(self as usize),
            quote!(<Self as ::asc_core::Selector>::NAMES[self as usize]),
        )
    };
    let field_selector = s.resource_type.map(|t| {
        quote! {
            #[automatically_derived]
            impl ::asc_core::FieldSelector for #name {
                const RESOURCE_TYPE: &'static str = #t;
            }
        }
    });
    quote! {
        #doc
        #[derive(
            #core::fmt::Debug,
            #core::clone::Clone,
            #core::marker::Copy,
            #core::cmp::PartialEq,
            #core::cmp::Eq,
            #core::hash::Hash,
            #core::cmp::PartialOrd,
            #core::cmp::Ord,
        )]
        #vis enum #name {
            #(#variant_defs)*
        }

        #[automatically_derived]
        impl ::asc_core::Selector for #name {
            const NAMES: &'static [&'static str] = &[#(#names),*];
            const ALL: &'static [Self] = &[#(Self::#all),*];
            #[inline]
            fn index(self) -> usize {
                #index
            }
        }

        #field_selector

        impl #name {
            /// Apple's name of this variant.
            #[must_use]
            #[inline]
            pub const fn as_str(self) -> &'static str {
                #as_str
            }

            /// Every variant, in declaration order.
            #[must_use]
            #[inline]
            pub const fn all() -> &'static [Self] {
                <Self as ::asc_core::Selector>::ALL
            }
        }

        // `Display` and `FromStr` `#[inline]`: no code is generated for them
        // (nor an instance of `parse_selector`) in the declaring crate unless it calls them.
        #[automatically_derived]
        impl #core::fmt::Display for #name {
            #[inline]
            fn fmt(&self, f: &mut #core::fmt::Formatter<'_>) -> #core::fmt::Result {
                // Paths, not method calls: a user's blanket trait with an
                // `as_str` or `pad` method must not be picked instead.
                #core::fmt::Formatter::pad(f, Self::as_str(*self))
            }
        }

        #[automatically_derived]
        impl #core::str::FromStr for #name {
            type Err = ::asc_core::UnknownName;

            #[inline]
            fn from_str(s: &str) -> #core::result::Result<Self, Self::Err> {
                ::asc_core::parse_selector(s, #what)
            }
        }
    }
}
