//! What the derive emits beside its errors: the enums, the request functions and stub impls,
//! so that the user sees the mistakes in the declaration and not a cascade
//! of "no type `...Field`" or "`Resource` is not implemented" elsewhere.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ast::Input;
use crate::expand::{Names, inherent_impl, selector_enums, self_ident};

pub(crate) fn expand(input: &DeriveInput, model: Option<&Input>, err: syn::Error) -> TokenStream {
    let errors = err.to_compile_error();
    if crate::ast::is_generic(input) {
        // Stubs for a generic type would only add errors about its parameters.
        return errors;
    }
    let ident = self_ident(input);
    let Names { field, include } = Names::of(input);
    let type_name = model.map_or("", Input::type_name);
    let path = model.map_or_else(String::new, Input::path);
    let selectors = selector_enums(input, model);
    let inherent = inherent_impl(input, model);
    let option = quote!(::asc_core::__private::core::option::Option);
    // `upload` needs `Self: Asset`; a stub keeps calls to it free of errors.
    let asset = model.and_then(|m| m.attrs.asset).map(|_| {
        quote! {
            #[automatically_derived]
            impl ::asc_core::Asset for #ident {
                type Parent = Self;
                const PARENT_RELATIONSHIP: &'static str = "";
                fn asset_id(&self) -> &str {
                    ""
                }
                fn file_name(&self) -> #option<&str> {
                    #option::None
                }
                fn file_size(&self) -> #option<i64> {
                    #option::None
                }
                fn upload_operations(&self) -> &[::asc_core::UploadOperation] {
                    &[]
                }
                fn delivery_state(&self) -> #option<&::asc_core::AppMediaAssetState> {
                    #option::None
                }
            }
        }
    });
    quote! {
        #errors

        #selectors

        #[automatically_derived]
        impl ::asc_core::Resource for #ident {
            const TYPE: &'static str = #type_name;
            const PATH: &'static str = #path;
            const ATTRIBUTES: &'static [&'static str] = &[];
            const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[];
            type Field = #field;
            type Include = #include;
        }

        #[automatically_derived]
        impl<'de> ::asc_core::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(
                _: __D,
            ) -> ::asc_core::__private::core::result::Result<Self, __D::Error>
            where
                __D: ::asc_core::__private::serde::Deserializer<'de>,
            {
                ::asc_core::__private::core::result::Result::Err(
                    <__D::Error as ::asc_core::__private::serde::de::Error>::custom(
                        "this declaration has errors reported by #[derive(AscResource)]",
                    ),
                )
            }
        }

        #asset

        #inherent
    }
}
