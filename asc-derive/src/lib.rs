//! `#[derive(AscResource)]`: placeholder entry point.
use proc_macro::TokenStream;

/// Derives `asc_core::Resource`.
#[proc_macro_derive(AscResource, attributes(asc))]
pub fn derive_asc_resource(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
