//! The one driver of both derives: read the model, check it, expand it or
//! write the fallback beside the errors, then point the output at the
//! user's name of asc-core when `#[asc(crate = "...")]` renames it.

use proc_macro2::{Group, Literal, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::DeriveInput;

use crate::ast::Input;
use crate::attr::Derive;
use crate::check;
use crate::ctxt::Ctxt;

/// Runs one derive: `expand` when the declaration is sound, `fallback`
/// (errors plus stubs) otherwise.
pub(crate) fn run(
    input: &DeriveInput,
    derive: Derive,
    expand: fn(&Input) -> TokenStream,
    fallback: fn(&DeriveInput, Option<&Input>, syn::Error) -> TokenStream,
) -> TokenStream {
    let cx = Ctxt::default();
    let model = Input::from_syn(&cx, input, derive);
    if let Some(model) = &model {
        check::check(&cx, model);
    }
    let krate = model.as_ref().and_then(|m| m.attrs.krate.clone());
    let tokens = match (cx.finish(), model) {
        (Ok(()), Some(model)) => expand(&model),
        (Err(err), model) => fallback(input, model.as_ref(), err),
        // `from_syn` reports why whenever it gives no model; this arm only
        // keeps the macro total.
        (Ok(()), None) => fallback(
            input,
            None,
            syn::Error::new_spanned(
                &input.ident,
                format!("`{}` could not read this declaration", derive.name()),
            ),
        ),
    };
    match krate {
        Some(path) => rename_crate(tokens, &path),
        None => tokens,
    }
}

/// Replaces every `::asc_core` that starts a path (and every string literal
/// starting with `"::asc_core::"`, as in `#[serde(crate = "...")]`) with
/// `path`. The expansion names asc-core only as `::asc_core`, so this one
/// pass covers every part of it.
pub(crate) fn rename_crate(tokens: TokenStream, path: &syn::Path) -> TokenStream {
    let mut text = String::new();
    if path.leading_colon.is_some() {
        text.push_str("::");
    }
    for (i, segment) in path.segments.iter().enumerate() {
        if i > 0 {
            text.push_str("::");
        }
        text.push_str(&segment.ident.to_string());
    }
    rewrite(tokens, path, &text)
}

fn rewrite(tokens: TokenStream, path: &syn::Path, text: &str) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < trees.len() {
        if let [
            TokenTree::Punct(a),
            TokenTree::Punct(b),
            TokenTree::Ident(name),
            ..,
        ] = &trees[i..]
            && a.as_char() == ':'
            && a.spacing() == Spacing::Joint
            && b.as_char() == ':'
            && name == "asc_core"
        {
            let mut renamed = path.to_token_stream();
            // Keep the span of `asc_core`, so errors still point where they did.
            renamed = renamed
                .into_iter()
                .map(|mut t| {
                    t.set_span(name.span());
                    t
                })
                .collect();
            out.extend(renamed);
            i += 3;
            continue;
        }
        match &trees[i] {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), rewrite(g.stream(), path, text));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
            }
            TokenTree::Literal(lit) => {
                let s = lit.to_string();
                match s.strip_prefix("\"::asc_core::") {
                    Some(rest) if s.ends_with('"') => {
                        let value = format!("{text}::{}", &rest[..rest.len() - 1]);
                        let mut new = Literal::string(&value);
                        new.set_span(lit.span());
                        out.extend([TokenTree::Literal(new)]);
                    }
                    _ => out.extend([trees[i].clone()]),
                }
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    out
}
