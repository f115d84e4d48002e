//! `#[derive(AscPayload)]`: the body of a create or update request, as data.
//!
//! The expansion is two serde-derived helper structs that borrow the
//! payload's attributes and relationships under Apple's names, and two thin
//! impls; the document around them (`data`, `type`, the `id` of an update)
//! is written once, generically, by `asc_core::WriteDocument`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

use crate::ast::{Field, Input, is_option, link_shape};
use crate::attr::Derive;
use crate::expand::self_ident;

/// The whole derive: the expansion, or the errors with stub impls.
pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    crate::driver::run(input, Derive::Payload, expand, fallback)
}

fn expand(model: &Input) -> TokenStream {
    let ident = self_ident(model.original);
    let type_name = model.type_name();
    let serde = quote!(::asc_core::__private::serde);
    let (relationships, attributes): (Vec<&Field>, Vec<&Field>) =
        model.fields.iter().partition(|f| f.relationship.is_some());
    // `Option<Linkage<_>>` is an `Option` too: one test covers both.
    let optional = is_option;
    let helper = |name: &str, fields: &[&Field]| -> Option<(TokenStream, TokenStream)> {
        if fields.is_empty() {
            return None;
        }
        let helper = quote::format_ident!("__{}", name);
        let defs = fields.iter().map(|f| {
            let (member, ty, name) = (f.ident, f.ty, &f.name.value);
            // `None` is left out, so that an update changes only what it names.
            let skip = optional(ty)
                .then(|| quote!(skip_serializing_if = "::asc_core::__private::support::is_none",));
            quote!(#[serde(rename = #name, #skip)] #member: &'__a #ty,)
        });
        let members: Vec<_> = fields.iter().map(|f| f.ident).collect();
        let key = name.to_lowercase();
        let definition = quote! {
            #[derive(#serde::Serialize)]
            #[serde(crate = "::asc_core::__private::serde")]
            struct #helper<'__a> {
                #(#defs)*
            }
        };
        let serialize_struct = quote!(<__S as #serde::ser::SerializeStruct>);
        let write = quote! {
            #serialize_struct::serialize_field(
                __data,
                #key,
                &#helper { #(#members: &self.#members,)* },
            )?;
        };
        // A member whose every field is `None` is left out too.
        let member = if fields.iter().all(|f| optional(f.ty)) {
            let is_none = quote!(::asc_core::__private::core::option::Option::is_none);
            quote! {
                if #(#is_none(&self.#members))&&* {
                    #serialize_struct::skip_field(__data, #key)?;
                } else {
                    #write
                }
            }
        } else {
            write
        };
        Some((definition, member))
    };
    let (definitions, members): (Vec<_>, Vec<_>) = [
        helper("Attributes", &attributes),
        helper("Relationships", &relationships),
    ]
    .into_iter()
    .flatten()
    .unzip();
    // A relationship's target must be a declared resource: reported on the field type.
    let targets = relationships.iter().filter_map(|f| {
        let (target, _) = link_shape(f.ty)?;
        Some(quote_spanned! {target.span()=>
            let _ = <#target as ::asc_core::Resource>::TYPE;
        })
    });

    let serialize = serialize_impl(model.original);
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl ::asc_core::Payload for #ident {
            const TYPE: &'static str = #type_name;

            fn serialize_members<__S>(
                &self,
                __data: &mut __S,
            ) -> ::asc_core::__private::core::result::Result<(), __S::Error>
            where
                __S: #serde::ser::SerializeStruct,
            {
                #(#targets)*
                #(#definitions)*
                #(#members)*
                ::asc_core::__private::core::result::Result::Ok(())
            }
        }

        #serialize
    }
}

/// Serializing a payload gives Apple's request document without an id: a
/// create request as Apple's schema has it (`update` adds the id).
fn serialize_impl(input: &DeriveInput) -> TokenStream {
    let ident = self_ident(input);
    let serde = quote!(::asc_core::__private::serde);
    quote! {
        #[automatically_derived]
        impl #serde::Serialize for #ident {
            fn serialize<__S>(
                &self,
                __serializer: __S,
            ) -> ::asc_core::__private::core::result::Result<__S::Ok, __S::Error>
            where
                __S: #serde::Serializer,
            {
                #serde::Serialize::serialize(&::asc_core::WriteDocument::create(self), __serializer)
            }
        }
    }
}

/// The errors, with stubs of both impls so that a resource naming this
/// payload in `create = ...` sees no further errors.
fn fallback(input: &DeriveInput, model: Option<&Input>, err: syn::Error) -> TokenStream {
    let errors = err.to_compile_error();
    if crate::ast::is_generic(input) {
        return errors;
    }
    let ident = self_ident(input);
    let type_name = model.map_or("", Input::type_name);
    let serialize = serialize_impl(input);
    quote! {
        #errors

        #[automatically_derived]
        impl ::asc_core::Payload for #ident {
            const TYPE: &'static str = #type_name;

            fn serialize_members<__S>(
                &self,
                _: &mut __S,
            ) -> ::asc_core::__private::core::result::Result<(), __S::Error>
            where
                __S: ::asc_core::__private::serde::ser::SerializeStruct,
            {
                ::asc_core::__private::core::result::Result::Err(
                    <__S::Error as ::asc_core::__private::serde::ser::Error>::custom(
                        "this payload has errors reported by #[derive(AscPayload)]",
                    ),
                )
            }
        }

        #serialize
    }
}
