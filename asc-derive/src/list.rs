//! Collections and relationship linkage: the `list(...)` and `linkage(...)`
//! grammar, its checks and its expansion.
//!
//! ```text
//! #[asc(type = "apps", list(filter(bundleId: strings, id: ids, platform: Platform,
//!                                  state: ["READY", "DONE"], app: required ids),
//!                           exists(build), sort(name, createdDate), limit = 200))]
//! struct App { ...
//!     #[asc(list(limit = 200), linkage(get, add, remove, replace))]
//!     pub builds: ToMany<Build>,
//!     #[asc(linkage(get, set))]
//!     pub owner: ToOne<Owner>,
//! }
//! ```
//!
//! Each list becomes an endpoint marker implementing `asc_core::ListEndpoint`
//! (with a generated filter enum implementing `asc_core::Filter` and a sort
//! enum with ascending and descending keys), a `list` or `list_<field>`
//! function returning `asc_core::ListRequest`, and a `ListMeta` entry in
//! `Resource::LISTS`; each linkage becomes functions returning asc-core's
//! linkage requests and a `LinkageMeta` entry in `Resource::LINKAGES`.

use std::collections::HashMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{LitInt, LitStr, Token, Type};

use crate::ast::{Field, Input};
use crate::attr::{Sp, did_you_mean, key_name, skip_rest};
use crate::case::{dotted_upper_camel, upper_camel};
use crate::ctxt::Ctxt;
use crate::expand::{doc, self_ident};

/// Apple's default and most common page size maximum.
const DEFAULT_MAX_LIMIT: u32 = 200;

/// `list` or `list(...)`, on the struct or on a `ToMany` field.
pub(crate) struct ListAttr {
    /// The `list` key, to point at.
    pub span: Span,
    pub filters: Vec<FilterDecl>,
    pub sort: Vec<Sp<String>>,
    pub limit: Option<Sp<u32>>,
}

/// One `name: kind` of `filter(...)`, or one name of `exists(...)`.
pub(crate) struct FilterDecl {
    /// The field compared (`platform`, `appStoreVersions.platform`), with its span.
    pub field: Sp<String>,
    /// `filter[...]` or `exists[...]`.
    pub exists: bool,
    pub required: bool,
    pub kind: FilterKind,
}

/// What a filter's values are.
pub(crate) enum FilterKind {
    /// `ids`: resource ids.
    Ids,
    /// `strings` (or `String`): free text.
    Strings,
    /// `bool`: `true` or `false`.
    Bool,
    /// A type whose `Display` gives Apple's value (an enum such as `Platform`).
    Type(Box<Type>),
    /// `["A", "B"]`: Apple's values, generated as an enum.
    Values(Vec<Sp<String>>),
}

/// `linkage(get, add, remove, replace)` or `linkage(get, set)`.
#[derive(Default)]
pub(crate) struct LinkageAttr {
    pub span: Option<Span>,
    pub get: Option<Span>,
    pub add: Option<Span>,
    pub remove: Option<Span>,
    pub replace: Option<Span>,
    pub set: Option<Span>,
}

const LIST_KEYS: &[&str] = &["filter", "exists", "sort", "limit"];
const LINKAGE_KEYS: &[&str] = &["get", "add", "remove", "replace", "set"];
const KINDS: &[&str] = &["ids", "strings", "bool"];

// ------------------------------------------------------------------ parsing

/// Parses `list` or `list(...)`; mistakes are reported and skipped.
pub(crate) fn parse_list(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<ListAttr>> {
    let mut out = ListAttr {
        span: meta.path.span(),
        filters: Vec::new(),
        sort: Vec::new(),
        limit: None,
    };
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        return Ok(Some(out));
    }
    if meta.input.peek(Token![=]) {
        let rest = skip_rest(meta.input)?;
        cx.error_spanned_by(
            rest,
            "`list` takes its options in parentheses: write `list` alone, or \
             `list(filter(id: ids), sort(name), limit = 200)`",
        );
        return Ok(None);
    }
    meta.parse_nested_meta(|inner| {
        let key = key_name(&inner);
        match key.as_str() {
            "filter" | "exists" => {
                let exists = key == "exists";
                let content;
                syn::parenthesized!(content in inner.input);
                parse_filters(cx, &content, exists, &mut out.filters)?;
            }
            "sort" => {
                let content;
                syn::parenthesized!(content in inner.input);
                while !content.is_empty() {
                    match parse_name(&content) {
                        Ok(name) => out.sort.push(name),
                        Err(err) => {
                            cx.error_at(
                                err.span(),
                                "`sort` takes Apple's sort keys, such as `sort(name, createdDate)` \
                                 (each is sortable ascending and descending)",
                            );
                            skip_rest(&content)?;
                        }
                    }
                    if content.is_empty() {
                        break;
                    }
                    content.parse::<Token![,]>()?;
                }
            }
            "limit" => {
                if !inner.input.peek(Token![=]) {
                    cx.syn_error(
                        inner.error("`limit` is the endpoint's largest page: write `limit = 200`"),
                    );
                    skip_rest(inner.input)?;
                    return Ok(());
                }
                let value = inner.value()?;
                let lit = if value.peek(LitInt) {
                    Some(value.parse::<LitInt>()?)
                } else {
                    None
                };
                match lit.as_ref().map(|l| (l, l.base10_parse::<u32>())) {
                    Some((lit, Ok(n))) if n > 0 => {
                        if out.limit.is_some() {
                            cx.error_at(lit.span(), "duplicate `limit`: give it once");
                        }
                        out.limit = Some(Sp {
                            value: n,
                            span: lit.span(),
                        });
                    }
                    Some((lit, _)) => cx.error_at(
                        lit.span(),
                        "`limit` is a page size from 1 to 4294967295, as Apple's document \
                         gives it for the endpoint: write `limit = 200`",
                    ),
                    None => {
                        let rest = skip_rest(value)?;
                        cx.error_spanned_by(rest, "`limit` takes a number: write `limit = 200`");
                    }
                }
            }
            _ => {
                cx.syn_error(inner.error(format!(
                    "unknown key `{key}` in `list(...)`{}: expected `filter(name: kind, ...)`, \
                     `exists(name, ...)`, `sort(key, ...)` or `limit = N`",
                    did_you_mean(&key, LIST_KEYS)
                )));
                skip_rest(inner.input)?;
            }
        }
        Ok(())
    })?;
    Ok(Some(out))
}

/// A name: an identifier (keywords too) or a string literal (`"a.b"`).
fn parse_name(input: ParseStream) -> syn::Result<Sp<String>> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Ok(Sp {
            value: lit.value(),
            span: lit.span(),
        });
    }
    let ident = Ident::parse_any(input)?;
    Ok(Sp {
        value: ident.unraw().to_string(),
        span: ident.span(),
    })
}

fn parse_filters(
    cx: &Ctxt,
    input: ParseStream,
    exists: bool,
    out: &mut Vec<FilterDecl>,
) -> syn::Result<()> {
    while !input.is_empty() {
        if let Some(decl) = parse_filter(cx, input, exists)? {
            out.push(decl);
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(())
}

fn parse_filter(cx: &Ctxt, input: ParseStream, exists: bool) -> syn::Result<Option<FilterDecl>> {
    let field = match parse_name(input) {
        Ok(field) => field,
        Err(err) => {
            let example = if exists {
                "`exists(build)`"
            } else {
                "`filter(platform: Platform, id: ids)`"
            };
            cx.error_at(
                err.span(),
                format!("expected the name of the field filtered, such as {example}"),
            );
            skip_rest(input)?;
            return Ok(None);
        }
    };
    if exists {
        // `exists[name]` takes a bool; a kind would say nothing new.
        if !(input.is_empty() || input.peek(Token![,])) {
            let rest = skip_rest(input)?;
            cx.error_spanned_by(
                rest,
                "`exists(...)` takes names only (each filter is `true` or `false`): \
                 write `exists(build)`",
            );
        }
        return Ok(Some(FilterDecl {
            field,
            exists,
            required: false,
            kind: FilterKind::Bool,
        }));
    }
    if !input.peek(Token![:]) {
        let name = &field.value;
        cx.error_at(
            field.span,
            format!(
                "a filter names the kind of its values: write `{name}: ids`, `{name}: strings`, \
                 `{name}: bool`, `{name}: [\"A\", \"B\"]` or `{name}: EnumType`"
            ),
        );
        skip_rest(input)?;
        return Ok(None);
    }
    input.parse::<Token![:]>()?;
    let mut required = false;
    if input.peek(syn::Ident) && !input.peek2(Token![,]) && !input.peek2(Token![::]) {
        let fork = input.fork();
        let ident: Ident = fork.parse()?;
        if ident == "required" && !fork.is_empty() {
            input.parse::<Ident>()?;
            required = true;
        }
    }
    let kind = if input.peek(syn::token::Bracket) {
        let content;
        syn::bracketed!(content in input);
        let mut values = Vec::new();
        while !content.is_empty() {
            if content.peek(LitStr) {
                let lit: LitStr = content.parse()?;
                values.push(Sp {
                    value: lit.value(),
                    span: lit.span(),
                });
            } else {
                let rest = skip_rest(&content)?;
                cx.error_spanned_by(
                    rest,
                    "the values of a filter are Apple's strings: write `[\"IOS\", \"MAC_OS\"]`",
                );
            }
            if content.is_empty() {
                break;
            }
            content.parse::<Token![,]>()?;
        }
        FilterKind::Values(values)
    } else {
        match input.parse::<Type>() {
            Ok(ty) => kind_of(cx, ty),
            Err(err) => {
                cx.error_at(
                    err.span(),
                    "expected the kind of the filter's values: `ids`, `strings`, `bool`, \
                     `[\"A\", \"B\"]` or an enum type",
                );
                skip_rest(input)?;
                return Ok(None);
            }
        }
    };
    Ok(Some(FilterDecl {
        field,
        exists,
        required,
        kind,
    }))
}

fn kind_of(cx: &Ctxt, ty: Type) -> FilterKind {
    let Type::Path(path) = &ty else {
        return FilterKind::Type(Box::new(ty));
    };
    let Some(ident) = path.path.get_ident() else {
        return FilterKind::Type(Box::new(ty));
    };
    let name = ident.to_string();
    match name.as_str() {
        "ids" => FilterKind::Ids,
        "strings" | "String" => FilterKind::Strings,
        "bool" => FilterKind::Bool,
        _ if name.starts_with(|c: char| c.is_ascii_lowercase()) => {
            cx.error_at(
                ident.span(),
                format!(
                    "unknown filter kind `{name}`{}: expected `ids`, `strings`, `bool`, \
                     `[\"A\", \"B\"]` or an enum type whose `Display` is Apple's value",
                    did_you_mean(&name, KINDS)
                ),
            );
            FilterKind::Strings
        }
        _ => FilterKind::Type(Box::new(ty)),
    }
}

/// Parses `linkage(...)`; mistakes are reported and skipped.
pub(crate) fn parse_linkage(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<LinkageAttr>> {
    let mut out = LinkageAttr {
        span: Some(meta.path.span()),
        ..LinkageAttr::default()
    };
    if !meta.input.peek(syn::token::Paren) {
        let rest = skip_rest(meta.input)?;
        let msg = "`linkage` names the routes Apple offers: write `linkage(get, add, remove, \
                   replace)` on a `ToMany`, `linkage(get, set)` on a `ToOne`";
        if rest.is_empty() {
            cx.syn_error(meta.error(msg));
        } else {
            cx.error_spanned_by(rest, msg);
        }
        return Ok(None);
    }
    meta.parse_nested_meta(|inner| {
        let key = key_name(&inner);
        let slot = match key.as_str() {
            "get" => &mut out.get,
            "add" => &mut out.add,
            "remove" => &mut out.remove,
            "replace" => &mut out.replace,
            "set" => &mut out.set,
            _ => {
                cx.syn_error(inner.error(format!(
                    "unknown route `{key}` in `linkage(...)`{}: expected `get`, `add`, `remove`, \
                     `replace` (to-many) or `get`, `set` (to-one)",
                    did_you_mean(&key, LINKAGE_KEYS)
                )));
                skip_rest(inner.input)?;
                return Ok(());
            }
        };
        if !(inner.input.is_empty() || inner.input.peek(Token![,])) {
            let rest = skip_rest(inner.input)?;
            cx.error_spanned_by(rest, format!("`{key}` takes no value: write `{key}` alone"));
        }
        if slot.is_some() {
            cx.error_at(
                inner.path.span(),
                format!("duplicate `{key}`: give it once"),
            );
        }
        *slot = Some(inner.path.span());
        Ok(())
    })?;
    Ok(Some(out))
}

// ------------------------------------------------------------------ checks

/// Checks the lists and linkages of a resource.
pub(crate) fn check(cx: &Ctxt, input: &Input) {
    if let Some(list) = &input.attrs.list {
        check_list(cx, list);
    }
    for field in &input.fields {
        let Some(rel) = &field.relationship else {
            continue;
        };
        let (list, linkage) = (&rel.list, &rel.linkage);
        // Without a known shape, `check_field` has said what the type must be.
        let Some(shape) = rel.shape.as_ref() else {
            continue;
        };
        if let Some(list) = list {
            if shape.to_many {
                check_list(cx, list);
            } else {
                cx.error_at(
                    list.span,
                    "`list` lists the resources of a to-many relationship, and this field is a \
                     `ToOne`: use `related` to read its one resource",
                );
            }
        }
        if let Some(linkage) = linkage {
            check_linkage(cx, linkage, shape.to_many);
        }
    }
}

fn check_list(cx: &Ctxt, list: &ListAttr) {
    let mut params: HashMap<String, Span> = HashMap::new();
    let mut variants: HashMap<String, String> = HashMap::new();
    for filter in &list.filters {
        let parameter = filter.parameter();
        if params
            .insert(parameter.clone(), filter.field.span)
            .is_some()
        {
            cx.error_at(
                filter.field.span,
                format!("`{parameter}` is declared twice: give each filter once"),
            );
            continue;
        }
        if !is_filter_name(&filter.field.value) {
            cx.error_at(
                filter.field.span,
                "a filter names a field as Apple spells it (letters, digits, and `.` between \
                 relationship names), such as `platform` or `\"appStoreVersions.platform\"`",
            );
            continue;
        }
        let variant = filter.variant().to_string();
        if let Some(first) = variants.insert(variant.clone(), parameter.clone()) {
            cx.error_at(
                filter.field.span,
                format!(
                    "`{parameter}` and `{first}` both make the filter variant `{variant}`: \
                     Apple's names differ by more than case and punctuation; check the spelling"
                ),
            );
        }
        if let FilterKind::Values(values) = &filter.kind {
            if values.is_empty() {
                cx.error_at(
                    filter.field.span,
                    "a filter of values lists Apple's values: write `[\"IOS\", \"MAC_OS\"]`",
                );
            }
            let mut seen: HashMap<String, &str> = HashMap::new();
            for value in values {
                match value_variant(&value.value) {
                    None => cx.error_at(
                        value.span,
                        "Apple's enumeration values are letters, digits and `_`, such as \
                         \"MAC_OS\"",
                    ),
                    Some(v) => {
                        if let Some(first) = seen.insert(v.to_string(), &value.value) {
                            cx.error_at(
                                value.span,
                                format!("this value makes the same variant as \"{first}\": list each value once"),
                            );
                        }
                    }
                }
            }
        }
    }
    let mut keys: HashMap<&str, Span> = HashMap::new();
    for key in &list.sort {
        if !is_filter_name(&key.value) {
            cx.error_at(
                key.span,
                "a sort key is Apple's name, such as `name` or `createdDate`; write it without \
                 `-`: each key is generated ascending and descending",
            );
        } else if keys.insert(&key.value, key.span).is_some() {
            cx.error_at(
                key.span,
                format!("the sort key `{}` is given twice", key.value),
            );
        }
    }
}

fn check_linkage(cx: &Ctxt, linkage: &LinkageAttr, to_many: bool) {
    let wrong: &[(&str, Option<Span>, &str)] = if to_many {
        &[(
            "set",
            linkage.set,
            "`set` sets a to-one relationship, and this field is a `ToMany`: use `replace` \
             (or `add` and `remove`)",
        )]
    } else {
        &[
            (
                "add",
                linkage.add,
                "`add` adds to a to-many relationship, and this field is a `ToOne`: use `set`",
            ),
            (
                "remove",
                linkage.remove,
                "`remove` removes from a to-many relationship, and this field is a `ToOne`: \
                 use `set` with `None`",
            ),
            (
                "replace",
                linkage.replace,
                "`replace` replaces a to-many relationship, and this field is a `ToOne`: use `set`",
            ),
        ]
    };
    for (_, span, msg) in wrong {
        if let Some(span) = span {
            cx.error_at(*span, msg);
        }
    }
    let none = [
        linkage.get,
        linkage.add,
        linkage.remove,
        linkage.replace,
        linkage.set,
    ]
    .iter()
    .all(Option::is_none);
    if none && let Some(span) = linkage.span {
        cx.error_at(
            span,
            "`linkage(...)` names at least one route: `get`, `add`, `remove`, `replace` \
             (to-many) or `get`, `set` (to-one)",
        );
    }
}

/// Apple's field paths: names joined by `.`.
fn is_filter_name(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
}

/// `MAC_OS` -> `MacOs`; `None` when the value does not make a variant.
fn value_variant(value: &str) -> Option<Ident> {
    if value.is_empty()
        || !value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || value.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    let camel = if value.contains('_') || value.bytes().all(|b| !b.is_ascii_lowercase()) {
        upper_camel(&lower)
    } else {
        upper_camel(value)
    };
    syn::parse_str::<Ident>(&camel).ok()
}

impl FilterDecl {
    /// `filter[platform]`, `exists[build]`.
    pub(crate) fn parameter(&self) -> String {
        let prefix = if self.exists { "exists" } else { "filter" };
        format!("{prefix}[{}]", self.field.value)
    }

    /// `Platform`, `AppStoreVersionsPlatform`, `ExistsBuild`.
    fn variant(&self) -> Ident {
        let words = dotted_upper_camel(&self.field.value);
        let name = if self.exists {
            format!("Exists{words}")
        } else {
            words
        };
        syn::parse_str::<Ident>(&name).unwrap_or_else(|_| format_ident!("Filter"))
    }
}

// ------------------------------------------------------------------ expansion

/// One list to generate.
struct ListGen<'a> {
    list: &'a ListAttr,
    /// `None` for the top-level list.
    field: Option<&'a Field<'a>>,
    /// The listed resource.
    item: TokenStream,
    /// `{Struct}List` or `{Struct}{Field}`.
    base: String,
}

impl ListGen<'_> {
    fn marker(&self) -> Ident {
        let name = match self.field {
            None => self.base.clone(),
            Some(_) => format!("{}List", self.base),
        };
        format_ident!("{}", name, span = Span::call_site())
    }
    fn filter(&self) -> Ident {
        format_ident!("{}Filter", self.base, span = Span::call_site())
    }
    fn sort(&self) -> Ident {
        format_ident!("{}Sort", self.base, span = Span::call_site())
    }
    fn values(&self, filter: &FilterDecl) -> Ident {
        format_ident!(
            "{}{}",
            self.base,
            filter.variant(),
            span = Span::call_site()
        )
    }
}

fn lists<'a>(model: &'a Input<'a>) -> Vec<ListGen<'a>> {
    let struct_name = model.original.ident.unraw().to_string();
    let mut out = Vec::new();
    if let Some(list) = &model.attrs.list {
        out.push(ListGen {
            list,
            field: None,
            item: quote!(Self),
            base: format!("{struct_name}List"),
        });
    }
    for field in &model.fields {
        let Some(rel) = &field.relationship else {
            continue;
        };
        let (Some(list), Some(shape)) = (&rel.list, &rel.shape) else {
            continue;
        };
        if !shape.to_many {
            continue;
        }
        let target = shape.target;
        out.push(ListGen {
            list,
            field: Some(field),
            item: quote_spanned!(target.span()=> #target),
            base: format!(
                "{struct_name}{}",
                upper_camel(&field.ident.unraw().to_string())
            ),
        });
    }
    out
}

/// `LISTS` and `LINKAGES` for `impl Resource` (nothing when none is declared,
/// so that the trait's empty defaults apply).
pub(crate) fn resource_consts(model: &Input) -> TokenStream {
    let lists = lists(model);
    let list_metas = lists.iter().map(|g| {
        let relationship = match g.field {
            None => quote!(::asc_core::__private::core::option::Option::None),
            Some(f) => {
                let name = &f.name.value;
                quote!(::asc_core::__private::core::option::Option::Some(#name))
            }
        };
        let filters = g.list.filters.iter().map(|f| {
            let parameter = f.parameter();
            let field = &f.field.value;
            let required = f.required;
            let values: Vec<&str> = match &f.kind {
                FilterKind::Values(values) => values.iter().map(|v| v.value.as_str()).collect(),
                FilterKind::Bool => vec!["true", "false"],
                _ => Vec::new(),
            };
            quote! {
                ::asc_core::FilterMeta {
                    parameter: #parameter,
                    field: #field,
                    values: &[#(#values),*],
                    required: #required,
                }
            }
        });
        let sort = g.list.sort.iter().map(|k| &k.value);
        let marker = g.marker();
        quote! {
            ::asc_core::ListMeta {
                relationship: #relationship,
                filters: &[#(#filters),*],
                sort: &[#(#sort),*],
                max_limit: <#marker as ::asc_core::ListEndpoint>::MAX_LIMIT,
            }
        }
    });
    let linkages: Vec<TokenStream> = model
        .fields
        .iter()
        .filter_map(|f| {
            let l = f.relationship.as_ref()?.linkage.as_ref()?;
            let name = &f.name.value;
            let (get, add, remove) = (l.get.is_some(), l.add.is_some(), l.remove.is_some());
            let replace = l.replace.is_some() || l.set.is_some();
            Some(quote! {
                ::asc_core::LinkageMeta {
                    relationship: #name,
                    get: #get,
                    add: #add,
                    remove: #remove,
                    replace: #replace,
                }
            })
        })
        .collect();
    let include_limits: Vec<TokenStream> = model
        .fields
        .iter()
        .filter_map(|f| {
            let max = f.relationship.as_ref()?.include_limit.as_ref()?.value;
            let name = &f.name.value;
            Some(quote!((#name, #max)))
        })
        .collect();
    let include_limits_const = (!include_limits.is_empty()).then(
        || quote!(const INCLUDE_LIMITS: &'static [(&'static str, u32)] = &[#(#include_limits),*];),
    );
    let lists_const = (!lists.is_empty())
        .then(|| quote!(const LISTS: &'static [::asc_core::ListMeta] = &[#(#list_metas),*];));
    let linkages_const = (!linkages.is_empty())
        .then(|| quote!(const LINKAGES: &'static [::asc_core::LinkageMeta] = &[#(#linkages),*];));
    quote!(#include_limits_const #lists_const #linkages_const)
}

/// The endpoint types and the `list`/`list_<field>` and linkage functions.
/// With `model: None` (a declaration with errors) nothing is generated.
pub(crate) fn items(model: &Input) -> TokenStream {
    let ident = self_ident(model.original);
    let vis = &model.original.vis;
    let type_name = model.type_name();
    let path = model.path();
    let mut types = Vec::new();
    let mut fns = Vec::new();
    for g in lists(model) {
        types.push(endpoint_types(&g, vis, type_name));
        let deprecated = crate::expand::deprecated_attr(model, g.field);
        fns.push(list_fn(&g, type_name, &path, deprecated.as_ref()));
    }
    for field in &model.fields {
        if let Some(rel) = &field.relationship
            && let (Some(linkage), Some(shape)) = (&rel.linkage, &rel.shape)
        {
            fns.push(linkage_fns(
                field,
                linkage,
                shape.to_many,
                shape.target,
                type_name,
                &path,
                crate::expand::deprecated_attr(model, Some(field)).as_ref(),
            ));
        }
    }
    if types.is_empty() && fns.is_empty() {
        return TokenStream::new();
    }
    quote! {
        #(#types)*

        #[allow(unused_qualifications)]
        impl #ident {
            #(#fns)*
        }
    }
}

fn endpoint_types(g: &ListGen, vis: &syn::Visibility, type_name: &str) -> TokenStream {
    let core = quote!(::asc_core::__private::core);
    let marker = g.marker();
    let what = match g.field {
        None => format!("`GET` of the `{type_name}` collection"),
        Some(f) => format!("`GET` of the `{}` of a `{type_name}`", f.name.value),
    };
    let marker_doc = doc(&format!(
        "The list endpoint {what}: its filters, sort keys and largest page."
    ));
    let max = g.list.limit.as_ref().map_or(DEFAULT_MAX_LIMIT, |l| l.value);
    let mut out = TokenStream::new();
    let filter_ty = if g.list.filters.is_empty() {
        quote!(::asc_core::NoFilter)
    } else {
        let filter = g.filter();
        out.extend(filter_enum(g, vis, &filter));
        quote!(#filter)
    };
    let sort_ty = if g.list.sort.is_empty() {
        quote!(::asc_core::NoSort)
    } else {
        let sort = g.sort();
        out.extend(sort_enum(g, vis, &sort));
        quote!(#sort)
    };
    out.extend(quote! {
        #marker_doc
        #[derive(#core::fmt::Debug, #core::clone::Clone, #core::marker::Copy, #core::default::Default)]
        #vis struct #marker;

        #[automatically_derived]
        impl ::asc_core::ListEndpoint for #marker {
            type Filter = #filter_ty;
            type Sort = #sort_ty;
            const MAX_LIMIT: u32 = #max;
        }
    });
    out
}

fn filter_enum(g: &ListGen, vis: &syn::Visibility, name: &Ident) -> TokenStream {
    let core = quote!(::asc_core::__private::core);
    let string = quote!(::asc_core::__private::String);
    let vec = quote!(::asc_core::__private::Vec);
    let mut values_enums = Vec::new();
    let mut variants = Vec::new();
    let mut parameters = Vec::new();
    let mut values = Vec::new();
    for f in &g.list.filters {
        let variant = f.variant();
        let parameter = f.parameter();
        let required = if f.required {
            " Required: the list function takes it."
        } else {
            ""
        };
        let (payload, render, what) = match &f.kind {
            FilterKind::Ids => (
                quote!(#vec<#string>),
                quote!(v.clone()),
                "any of these ids".to_owned(),
            ),
            FilterKind::Strings => (
                quote!(#vec<#string>),
                quote!(v.clone()),
                "any of these values".to_owned(),
            ),
            FilterKind::Bool => (
                quote!(bool),
                quote!(#vec::from([::asc_core::__private::ToString::to_string(v)])),
                "`true` or `false`".to_owned(),
            ),
            FilterKind::Type(ty) => (
                quote_spanned!(ty.span()=> #vec<#ty>),
                quote!(
                    v.iter()
                        .map(::asc_core::__private::ToString::to_string)
                        .collect()
                ),
                "any of these values".to_owned(),
            ),
            FilterKind::Values(list) => {
                let values_ty = g.values(f);
                values_enums.push(values_enum(vis, &values_ty, list, &parameter));
                (
                    quote!(#vec<#values_ty>),
                    quote!(
                        v.iter()
                            .map(|x| ::asc_core::__private::ToString::to_string(x.as_str()))
                            .collect()
                    ),
                    format!("any of these [`{values_ty}`]s"),
                )
            }
        };
        let variant_doc = doc(&format!("`{parameter}`: {what}.{required}"));
        variants.push(quote!(#variant_doc #variant(#payload),));
        parameters.push(quote!(Self::#variant(_) => #parameter,));
        values.push(quote!(Self::#variant(v) => #render,));
    }
    let enum_doc = doc(&format!(
        "A filter of [`{}`]: pass it to `.filter(...)` of the list request.\n\n\
         Several values of one filter are sent comma-joined: an item passes when it matches any.",
        g.marker()
    ));
    quote! {
        #(#values_enums)*

        #enum_doc
        #[derive(#core::fmt::Debug, #core::clone::Clone)]
        #vis enum #name {
            #(#variants)*
        }

        #[automatically_derived]
        impl ::asc_core::Filter for #name {
            fn parameter(&self) -> &'static str {
                match self {
                    #(#parameters)*
                }
            }
            fn values(&self) -> #vec<#string> {
                match self {
                    #(#values)*
                }
            }
        }
    }
}

fn values_enum(
    vis: &syn::Visibility,
    name: &Ident,
    values: &[Sp<String>],
    parameter: &str,
) -> TokenStream {
    let core = quote!(::asc_core::__private::core);
    let idents: Vec<Ident> = values
        .iter()
        .map(|v| value_variant(&v.value).unwrap_or_else(|| format_ident!("Invalid")))
        .collect();
    let names = values.iter().map(|v| &v.value);
    let docs = values.iter().map(|v| doc(&format!("`{}`", v.value)));
    let enum_doc = doc(&format!("The values of `{parameter}`."));
    quote! {
        #enum_doc
        #[derive(
            #core::fmt::Debug, #core::clone::Clone, #core::marker::Copy,
            #core::cmp::PartialEq, #core::cmp::Eq, #core::hash::Hash,
        )]
        #vis enum #name {
            #(#docs #idents,)*
        }

        impl #name {
            /// Apple's value.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    #(Self::#idents => #names,)*
                }
            }
        }

        #[automatically_derived]
        impl #core::fmt::Display for #name {
            fn fmt(&self, f: &mut #core::fmt::Formatter<'_>) -> #core::fmt::Result {
                #core::fmt::Formatter::pad(f, Self::as_str(*self))
            }
        }
    }
}

fn sort_enum(g: &ListGen, vis: &syn::Visibility, name: &Ident) -> TokenStream {
    // Each key ascending (`key`) and descending (`-key`, variant `...Desc`).
    let mut idents = Vec::new();
    let mut names = Vec::new();
    for key in &g.list.sort {
        let words = dotted_upper_camel(&key.value);
        idents.push(format_ident!("{}", words, span = Span::call_site()));
        idents.push(format_ident!("{}Desc", words, span = Span::call_site()));
        names.push(key.value.clone());
        names.push(format!("-{}", key.value));
    }
    let variants = idents
        .iter()
        .zip(&names)
        .map(|(ident, name)| crate::expand::Variant {
            ident,
            name,
            docs: &[],
        })
        .collect();
    crate::expand::selector_enum(&crate::expand::Selector {
        vis,
        name,
        doc: doc(&format!(
            "A sort key of [`{}`], ascending or descending (`...Desc`): pass them to `.sort(...)`.",
            g.marker()
        )),
        what: format!("sort key of {}", g.marker()),
        resource_type: None,
        variants,
    })
}

fn list_fn(
    g: &ListGen,
    type_name: &str,
    path: &str,
    deprecated: Option<&TokenStream>,
) -> TokenStream {
    let as_ref = quote!(::asc_core::__private::core::convert::AsRef);
    let string = quote!(::asc_core::__private::String);
    let into = quote!(::asc_core::__private::core::convert::Into);
    let iter = quote!(::asc_core::__private::core::iter::IntoIterator);
    let (item, marker) = (&g.item, g.marker());
    let request = quote!(::asc_core::ListRequest<#item, #marker>);
    let mut params = Vec::new();
    let mut filters = Vec::new();
    let mut required_docs = String::new();
    for f in g.list.filters.iter().filter(|f| f.required) {
        let variant = f.variant();
        let filter = g.filter();
        let param = format_ident!("{}", snake(&variant.to_string()), span = Span::call_site());
        let (ty, value) = match &f.kind {
            FilterKind::Bool => (quote!(bool), quote!(#param)),
            FilterKind::Ids | FilterKind::Strings => (
                quote!(impl #iter<Item = impl #into<#string>>),
                quote!(#iter::into_iter(#param).map(#into::into).collect()),
            ),
            FilterKind::Type(ty) => (
                quote!(impl #iter<Item = #ty>),
                quote!(#iter::into_iter(#param).collect()),
            ),
            FilterKind::Values(_) => {
                let values = g.values(f);
                (
                    quote!(impl #iter<Item = #values>),
                    quote!(#iter::into_iter(#param).collect()),
                )
            }
        };
        required_docs.push_str(&format!(
            "\n\n`{param}` is `{}`, which this list requires.",
            f.parameter()
        ));
        params.push(quote!(#param: #ty,));
        filters.push(quote!(.filter(#filter::#variant(#value))));
    }
    let then = "\n\nChain `.fields(...)`, `.include(...)`, `.filter(...)`, `.sort(...)`, \
                `.limit(n)` (the page size, not a total), then `.send().await` for the first \
                page, `.pages()` or `.items()` for streams that follow `links.next`.";
    match g.field {
        None => {
            let doc = doc(&format!(
                "Lists `{type_name}` resources: `GET {path}`.{required_docs}{then}"
            ));
            quote! {
                #doc
                #deprecated
                pub fn list(client: &::asc_core::Client, #(#params)*) -> #request {
                    ::asc_core::ListRequest::<#item, #marker>::collection(
                        client,
                        <Self as ::asc_core::Resource>::PATH,
                    )
                    #(#filters)*
                }
            }
        }
        Some(field) => {
            let name = &field.name.value;
            let fn_name = format_ident!("list_{}", field.ident.unraw(), span = Span::call_site());
            let doc = doc(&format!(
                "Lists the `{name}` of one `{type_name}` resource: \
                 `GET {path}/{{id}}/{name}`.{required_docs}{then}"
            ));
            quote! {
                #doc
                #deprecated
                pub fn #fn_name(
                    client: &::asc_core::Client,
                    id: impl #as_ref<str>,
                    #(#params)*
                ) -> #request {
                    ::asc_core::ListRequest::<#item, #marker>::related(
                        client,
                        <Self as ::asc_core::Resource>::PATH,
                        #as_ref::<str>::as_ref(&id),
                        #name,
                    )
                    #(#filters)*
                }
            }
        }
    }
}

fn linkage_fns(
    field: &Field,
    linkage: &LinkageAttr,
    to_many: bool,
    target: &Type,
    type_name: &str,
    path: &str,
    deprecated: Option<&TokenStream>,
) -> TokenStream {
    let as_ref = quote!(::asc_core::__private::core::convert::AsRef);
    let option = quote!(::asc_core::__private::core::option::Option);
    let client = quote!(client: &::asc_core::Client);
    let name = &field.name.value;
    let rust = field.ident.unraw();
    let route = format!("{path}/{{id}}/relationships/{name}");
    let target = quote_spanned!(target.span()=> #target);
    let this = quote!(<Self as ::asc_core::Resource>::PATH);
    let id = quote!(#as_ref::<str>::as_ref(&id));
    let mut out = TokenStream::new();
    if linkage.get.is_some() {
        if to_many {
            let f = format_ident!("list_{}_ids", rust, span = Span::call_site());
            let d = doc(&format!(
                "Lists the ids of the `{name}` of one `{type_name}` resource: `GET {route}`.\n\n\
                 `.limit(n)` sets the page size (1 to 200); `.pages()` and `.items()` stream them."
            ));
            out.extend(quote! {
                #d
                #deprecated
                pub fn #f(#client, id: impl #as_ref<str>) -> ::asc_core::LinkageListRequest<#target> {
                    ::asc_core::LinkageListRequest::<#target>::new(client, #this, #id, #name)
                }
            });
        } else {
            let f = format_ident!("read_{}_id", rust, span = Span::call_site());
            let d = doc(&format!(
                "Reads the id of the `{name}` of one `{type_name}` resource: `GET {route}` \
                 (`None` when the relationship is empty)."
            ));
            out.extend(quote! {
                #d
                #deprecated
                pub fn #f(#client, id: impl #as_ref<str>) -> ::asc_core::LinkageRequest<#target> {
                    ::asc_core::LinkageRequest::<#target>::new(client, #this, #id, #name)
                }
            });
        }
    }
    let writes = [
        (
            "add",
            linkage.add,
            "POST",
            "Links these resources too",
            quote!(add_links),
        ),
        (
            "remove",
            linkage.remove,
            "DELETE",
            "Unlinks these resources",
            quote!(remove_links),
        ),
        (
            "replace",
            linkage.replace,
            "PATCH",
            "Links exactly these resources (an empty list unlinks all)",
            quote!(replace_links),
        ),
    ];
    if to_many {
        for (verb, span, method, what, call) in writes {
            if span.is_none() {
                continue;
            }
            let f = format_ident!("{}_{}", verb, rust, span = Span::call_site());
            let d = doc(&format!(
                "{what} as the `{name}` of one `{type_name}` resource: `{method} {route}`.\n\n\
                 Send it with `.send().await`."
            ));
            out.extend(quote! {
                #d
                #deprecated
                pub fn #f(#client, id: impl #as_ref<str>, ids: &[&str]) -> ::asc_core::LinkageWriteRequest {
                    ::asc_core::LinkageWriteRequest::#call::<#target>(client, #this, #id, #name, ids)
                }
            });
        }
    } else if linkage.set.is_some() {
        let f = format_ident!("set_{}", rust, span = Span::call_site());
        let d = doc(&format!(
            "Sets the `{name}` of one `{type_name}` resource to `target` (or empties it with \
             `None`): `PATCH {route}`.\n\nSend it with `.send().await`."
        ));
        out.extend(quote! {
            #d
            #deprecated
            pub fn #f(#client, id: impl #as_ref<str>, target: #option<&str>) -> ::asc_core::LinkageWriteRequest {
                ::asc_core::LinkageWriteRequest::set_link::<#target>(client, #this, #id, #name, target)
            }
        });
    }
    out
}

/// `AppStoreVersionsPlatform` -> `app_store_versions_platform`.
fn snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    match out.as_str() {
        // Keywords a filter name could make.
        "type" | "ref" | "self" | "match" | "in" | "mod" | "use" | "fn" | "impl" => {
            format!("{out}_")
        }
        _ => out,
    }
}
