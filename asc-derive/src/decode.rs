//! The decoding part of the expansion: no serde code of its own, only the
//! field slots that asc-core's one generic visitor fills
//! (`asc_core::__private::decode_resource`), found by the indexes of the
//! `ATTRIBUTES` and `RELATIONSHIPS` tables.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::Input;
use crate::expand::self_ident;

/// `Deserialize` through `asc_core::__private::decode_resource`, and the
/// `DecodeResource` impl it drives.
pub(crate) fn deserialize_impl(model: &Input) -> TokenStream {
    let ident = self_ident(model.original);
    let private = quote!(::asc_core::__private);
    let core = quote!(#private::core);
    // Attributes first, then relationships: the order of `ATTRIBUTES` and
    // `RELATIONSHIPS`, whose indexes the generic visitor passes.
    let (relationships, attributes): (Vec<_>, Vec<_>) =
        model.fields.iter().partition(|f| f.relationship.is_some());
    let ordered = attributes.iter().chain(&relationships);
    let members = ordered.clone().map(|f| f.ident);
    let arms = ordered.enumerate().map(|(index, f)| {
        let member = f.ident;
        // Spanned on the field type: a type that does not deserialize is reported there.
        let read =
            quote_spanned!(f.ty.span()=> #private::FieldValue::read(__value, &mut self.#member));
        quote!(#index => #read,)
    });

    quote! {
        #[automatically_derived]
        impl<'de> #private::serde::Deserialize<'de> for #ident {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> #core::result::Result<Self, __D::Error>
            where
                __D: #private::serde::Deserializer<'de>,
            {
                #private::decode_resource(__deserializer)
            }
        }

        #[automatically_derived]
        impl #private::DecodeResource for #ident {
            #[inline]
            fn empty() -> Self {
                Self {
                    id: #core::default::Default::default(),
                    #(#members: #core::default::Default::default(),)*
                }
            }

            #[inline]
            fn id_mut(&mut self) -> &mut #private::String {
                &mut self.id
            }

            #[inline]
            fn decode_field<'de, __V: #private::FieldValue<'de>>(
                &mut self,
                __index: usize,
                __value: __V,
            ) -> #core::result::Result<(), __V::Error> {
                match __index {
                    #(#arms)*
                    _ => #private::FieldValue::skip(__value),
                }
            }
        }
    }
}
