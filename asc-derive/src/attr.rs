//! Reads `#[asc(...)]` with `parse_nested_meta`, keeping the span of every
//! value so that later checks can point at the user's token.
//!
//! An unknown or malformed key is reported and skipped, not fatal: parsing
//! goes on so that every mistake is reported in one compile.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Token, Type};

use crate::ctxt::Ctxt;
use crate::list::{LinkageAttr, ListAttr, parse_linkage, parse_list};

const ASC: &str = "asc";
const TYPE: &str = "type";
const PATH: &str = "path";
const RENAME: &str = "rename";
const RELATIONSHIP: &str = "relationship";
const INCLUDE: &str = "include";
const INCLUDE_LIMIT: &str = "include_limit";
const RELATED: &str = "related";
const CREATE: &str = "create";
const UPDATE: &str = "update";
const DELETE: &str = "delete";
const ASSET: &str = "asset";
const PARENT: &str = "parent";
const LIST: &str = "list";
const LINKAGE: &str = "linkage";
const CRATE: &str = "crate";
const NO_READ: &str = "no_read";
const DEPRECATED: &str = "deprecated";
/// The example note of `deprecated = "..."` in messages.
const DEPRECATED_EXAMPLE: &str =
    "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)";

/// Which derive reads the attributes: both share `#[asc(...)]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Derive {
    /// `#[derive(AscResource)]`.
    Resource,
    /// `#[derive(AscPayload)]`.
    Payload,
}

impl Derive {
    /// The derive's name, for messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Derive::Resource => "AscResource",
            Derive::Payload => "AscPayload",
        }
    }
}

/// A value together with the span of the token it came from.
#[derive(Clone)]
pub(crate) struct Sp<T> {
    pub value: T,
    pub span: Span,
}

/// `#[asc(...)]` on the struct.
#[derive(Default)]
pub(crate) struct Container {
    /// `type = "..."`.
    pub type_name: Option<Sp<String>>,
    /// `path = "..."`.
    pub path: Option<Sp<String>>,
    /// The first `#[asc(...)]` attribute, to point at when a key is missing.
    pub first_attr: Option<TokenStream>,
    /// `type` was written, even if its value was not understood (and reported).
    pub type_written: bool,
    /// `create = PayloadType`.
    pub create: Option<Type>,
    /// `update = PayloadType`.
    pub update: Option<Type>,
    /// `delete`.
    pub delete: Option<Span>,
    /// `asset`.
    pub asset: Option<Span>,
    /// `no_read`: Apple has no `GET {path}/{id}`, so no `read` is generated.
    pub no_read: Option<Span>,
    /// `deprecated = "..."`: the note of every generated request function.
    pub deprecated: Option<Sp<String>>,
    /// `list` or `list(...)`: the top-level collection.
    pub list: Option<ListAttr>,
    /// `crate = "..."`: the path of asc-core, for users who rename the dependency.
    pub krate: Option<syn::Path>,
}

/// `#[asc(...)]` on a field.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    /// `rename = "..."`.
    pub rename: Option<Sp<String>>,
    /// `relationship`.
    pub relationship: Option<Span>,
    /// `include`.
    pub include: Option<Span>,
    /// `include_limit = N`: the largest `limit[relationship]` of a to-many
    /// relationship, when Apple's document says other than 50.
    pub include_limit: Option<Sp<u32>>,
    /// `related`.
    pub related: Option<Span>,
    /// `parent`.
    pub parent: Option<Span>,
    /// `list` or `list(...)` on a `ToMany`: its related list.
    pub list: Option<ListAttr>,
    /// `linkage(...)`: the relationship's linkage routes.
    pub linkage: Option<LinkageAttr>,
    /// `deprecated = "..."`: the note of the relationship's generated functions.
    pub deprecated: Option<Sp<String>>,
    /// The first key given, to point at when the field takes no options.
    pub first_key: Option<Span>,
}

impl Container {
    pub(crate) fn from_attrs(cx: &Ctxt, attrs: &[Attribute], derive: Derive) -> Container {
        let mut out = Container::default();
        for attr in attrs.iter().filter(|a| a.path().is_ident(ASC)) {
            out.first_attr.get_or_insert_with(|| attr.to_token_stream());
            let parsed = attr.parse_nested_meta(|meta| {
                let key = key_name(&meta);
                match (key.as_str(), derive) {
                    (TYPE, _) => {
                        out.type_written = true;
                        let example = "gameCenterAchievementImages";
                        let v = string_value(cx, &meta, TYPE, example)?;
                        set_once(cx, &mut out.type_name, v, &meta, TYPE);
                    }
                    (PATH, Derive::Resource) => {
                        let example = "/v1/gameCenterAchievementImages";
                        let v = string_value(cx, &meta, PATH, example)?;
                        set_once(cx, &mut out.path, v, &meta, PATH);
                    }
                    (CREATE, Derive::Resource) => {
                        let v = type_value(cx, &meta, CREATE, "GameCenterAchievementImageCreate")?;
                        set_once(cx, &mut out.create, v, &meta, CREATE);
                    }
                    (UPDATE, Derive::Resource) => {
                        let v = type_value(cx, &meta, UPDATE, "GameCenterAchievementImageUpdate")?;
                        set_once(cx, &mut out.update, v, &meta, UPDATE);
                    }
                    (DELETE, Derive::Resource) => {
                        let v = flag(cx, &meta, DELETE)?;
                        set_once(cx, &mut out.delete, v, &meta, DELETE);
                    }
                    (ASSET, Derive::Resource) => {
                        let v = flag(cx, &meta, ASSET)?;
                        set_once(cx, &mut out.asset, v, &meta, ASSET);
                    }
                    (NO_READ, Derive::Resource) => {
                        let v = flag(cx, &meta, NO_READ)?;
                        set_once(cx, &mut out.no_read, v, &meta, NO_READ);
                    }
                    (DEPRECATED, Derive::Resource) => {
                        let v = string_value(cx, &meta, DEPRECATED, DEPRECATED_EXAMPLE)?;
                        set_once(cx, &mut out.deprecated, v, &meta, DEPRECATED);
                    }
                    (LIST, Derive::Resource) => {
                        let v = parse_list(cx, &meta)?;
                        if let (Some(_), Some(v)) = (&out.list, &v) {
                            cx.error_at(v.span, "duplicate `list`: give it once");
                        } else if v.is_some() {
                            out.list = v;
                        }
                    }
                    (CRATE, _) => {
                        let v = string_value(cx, &meta, CRATE, "my_asc_core")?;
                        let path = v.and_then(|v| match syn::parse_str::<syn::Path>(&v.value) {
                            Ok(path) => Some(path),
                            Err(_) => {
                                cx.error_at(
                                    v.span,
                                    "`crate` is the path of asc-core as this crate names it, \
                                     such as `crate = \"my_asc_core\"` or `crate = \"::renamed\"`",
                                );
                                None
                            }
                        });
                        set_once(cx, &mut out.krate, path, &meta, CRATE);
                    }
                    (
                        PATH | CREATE | UPDATE | DELETE | ASSET | LIST | NO_READ | DEPRECATED,
                        Derive::Payload,
                    ) => {
                        cx.syn_error(meta.error(format!(
                            "`{key}` describes a resource (`#[derive(AscResource)]`); \
                             a payload takes only `type = \"...\"` on the struct"
                        )));
                        skip_rest(meta.input)?;
                    }
                    (
                        RENAME | RELATIONSHIP | INCLUDE | INCLUDE_LIMIT | RELATED | PARENT
                        | LINKAGE,
                        _,
                    ) => {
                        let written = match key.as_str() {
                            INCLUDE_LIMIT => "include, include_limit = N",
                            RENAME => "rename = \"...\"",
                            LINKAGE => "linkage(...)",
                            other => other,
                        };
                        cx.syn_error(meta.error(format!(
                            "`{key}` goes on a field, not on the struct: \
                             put `#[asc({written})]` above the field it describes"
                        )));
                        skip_rest(meta.input)?;
                    }
                    (_, Derive::Resource) => {
                        let known = [
                            TYPE, PATH, CREATE, UPDATE, DELETE, ASSET, NO_READ, DEPRECATED, LIST,
                            CRATE,
                        ];
                        cx.syn_error(meta.error(format!(
                            "unknown key `{key}` in `#[asc(...)]` on a struct{}: \
                             expected `type = \"...\"`, `path = \"...\"`, `create = Payload`, \
                             `update = Payload`, `delete`, `asset`, `no_read`, \
                             `deprecated = \"...\"`, `list(...)` or `crate = \"...\"`",
                            did_you_mean(&key, &known)
                        )));
                        skip_rest(meta.input)?;
                    }
                    (_, Derive::Payload) => {
                        cx.syn_error(meta.error(format!(
                            "unknown key `{key}` in `#[asc(...)]` on a payload{}: \
                             expected `type = \"...\"` or `crate = \"...\"`",
                            did_you_mean(&key, &[TYPE, CRATE])
                        )));
                        skip_rest(meta.input)?;
                    }
                }
                Ok(())
            });
            if let Err(err) = parsed {
                cx.syn_error(err);
            }
        }
        out
    }
}

impl FieldAttrs {
    /// True when a key makes the field a relationship: `relationship` itself,
    /// or one that only a relationship takes.
    pub(crate) fn is_relationship(&self) -> bool {
        self.relationship.is_some()
            || self.include.is_some()
            || self.include_limit.is_some()
            || self.related.is_some()
            || self.parent.is_some()
            || self.list.is_some()
            || self.linkage.is_some()
    }

    pub(crate) fn from_attrs(cx: &Ctxt, attrs: &[Attribute]) -> FieldAttrs {
        let mut out = FieldAttrs::default();
        for attr in attrs.iter().filter(|a| a.path().is_ident(ASC)) {
            let parsed = attr.parse_nested_meta(|meta| {
                out.first_key.get_or_insert_with(|| meta.path.span());
                let key = key_name(&meta);
                match key.as_str() {
                    RENAME => {
                        let v = string_value(cx, &meta, RENAME, "appleName")?;
                        set_once(cx, &mut out.rename, v, &meta, RENAME);
                    }
                    RELATIONSHIP => {
                        let v = flag(cx, &meta, RELATIONSHIP)?;
                        set_once(cx, &mut out.relationship, v, &meta, RELATIONSHIP);
                    }
                    INCLUDE => {
                        let v = flag(cx, &meta, INCLUDE)?;
                        set_once(cx, &mut out.include, v, &meta, INCLUDE);
                    }
                    INCLUDE_LIMIT => {
                        let v = u32_value(cx, &meta, INCLUDE_LIMIT, "1000")?;
                        set_once(cx, &mut out.include_limit, v, &meta, INCLUDE_LIMIT);
                    }
                    RELATED => {
                        let v = flag(cx, &meta, RELATED)?;
                        set_once(cx, &mut out.related, v, &meta, RELATED);
                    }
                    PARENT => {
                        let v = flag(cx, &meta, PARENT)?;
                        set_once(cx, &mut out.parent, v, &meta, PARENT);
                    }
                    LIST => {
                        let v = parse_list(cx, &meta)?;
                        if let (Some(_), Some(v)) = (&out.list, &v) {
                            cx.error_at(v.span, "duplicate `list`: give it once");
                        } else if v.is_some() {
                            out.list = v;
                        }
                    }
                    LINKAGE => {
                        let v = parse_linkage(cx, &meta)?;
                        set_once(cx, &mut out.linkage, v, &meta, LINKAGE);
                    }
                    DEPRECATED => {
                        let v = string_value(cx, &meta, DEPRECATED, DEPRECATED_EXAMPLE)?;
                        set_once(cx, &mut out.deprecated, v, &meta, DEPRECATED);
                    }
                    TYPE | PATH | CRATE => {
                        cx.syn_error(meta.error(format!(
                            "`{key}` goes on the struct, not on a field: \
                             put `#[asc({key} = \"...\")]` above `struct`"
                        )));
                        skip_rest(meta.input)?;
                    }
                    CREATE | UPDATE | DELETE | ASSET | NO_READ => {
                        cx.syn_error(meta.error(format!(
                            "`{key}` goes on the struct, not on a field: \
                             put it in the `#[asc(type = \"...\", ...)]` above `struct`"
                        )));
                        skip_rest(meta.input)?;
                    }
                    _ => {
                        let known = [
                            RENAME,
                            RELATIONSHIP,
                            INCLUDE,
                            INCLUDE_LIMIT,
                            RELATED,
                            PARENT,
                            LIST,
                            LINKAGE,
                            DEPRECATED,
                        ];
                        cx.syn_error(meta.error(format!(
                            "unknown key `{key}` in `#[asc(...)]` on a field{}: expected \
                             `rename = \"...\"`, `relationship`, `include`, `include_limit = N`, \
                             `related`, `parent`, `list(...)`, `linkage(...)` or \
                             `deprecated = \"...\"`",
                            did_you_mean(&key, &known)
                        )));
                        skip_rest(meta.input)?;
                    }
                }
                Ok(())
            });
            if let Err(err) = parsed {
                cx.syn_error(err);
            }
        }
        out
    }
}

/// `" (did you mean `relationship`?)"` when a known key is close to the one written.
pub(crate) fn did_you_mean(given: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|k| (edit_distance(given, k), k))
        .filter(|(d, k)| *d <= 2 || k.starts_with(given) || given.starts_with(*k))
        .min()
        .map(|(_, k)| format!(" (did you mean `{k}`?)"))
        .unwrap_or_default()
}

/// Levenshtein distance, for typo hints on short keys.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The key as written (`a::b` for a path), for matching and for messages.
pub(crate) fn key_name(meta: &ParseNestedMeta) -> String {
    let mut name = String::new();
    for (i, seg) in meta.path.segments.iter().enumerate() {
        if i > 0 {
            name.push_str("::");
        }
        name.push_str(&seg.ident.to_string());
    }
    name
}

fn set_once<T>(
    cx: &Ctxt,
    slot: &mut Option<T>,
    value: Option<T>,
    meta: &ParseNestedMeta,
    key: &str,
) {
    let Some(value) = value else { return };
    if slot.is_some() {
        cx.error_at(meta.path.span(), format!("duplicate `{key}`: give it once"));
    } else {
        *slot = Some(value);
    }
}

/// `key = "string"`; a missing or non-string value is reported and skipped.
fn string_value(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    key: &str,
    example: &str,
) -> syn::Result<Option<Sp<String>>> {
    if !meta.input.peek(Token![=]) {
        cx.syn_error(meta.error(format!(
            "`{key}` takes a value: write `{key} = \"{example}\"`"
        )));
        skip_rest(meta.input)?;
        return Ok(None);
    }
    let input = meta.value()?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Ok(Some(Sp {
            value: lit.value(),
            span: lit.span(),
        }));
    }
    let rest = skip_rest(input)?;
    let msg = format!("`{key}` takes a string literal: write `{key} = \"{example}\"`");
    if rest.is_empty() {
        cx.syn_error(meta.error(msg));
    } else {
        cx.error_spanned_by(rest, msg);
    }
    Ok(None)
}

/// `key = Type`; a missing value or a string is reported and skipped.
fn type_value(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    key: &str,
    example: &str,
) -> syn::Result<Option<Type>> {
    if !meta.input.peek(Token![=]) {
        cx.syn_error(meta.error(format!(
            "`{key}` takes the payload type, declared with `#[derive(AscPayload)]`: \
             write `{key} = {example}`"
        )));
        skip_rest(meta.input)?;
        return Ok(None);
    }
    let input = meta.value()?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        cx.error_at(
            lit.span(),
            format!(
                "`{key}` takes a type, not a string: write `{key} = {}`",
                if lit.value().is_empty() {
                    example.to_owned()
                } else {
                    lit.value()
                }
            ),
        );
        return Ok(None);
    }
    let fork = input.fork();
    match fork.parse::<Type>() {
        Ok(_) if fork.is_empty() || fork.peek(Token![,]) => Ok(Some(input.parse()?)),
        _ => {
            let rest = skip_rest(input)?;
            let msg = format!("`{key}` takes the payload type: write `{key} = {example}`");
            if rest.is_empty() {
                cx.syn_error(meta.error(msg));
            } else {
                cx.error_spanned_by(rest, msg);
            }
            Ok(None)
        }
    }
}

/// A bare key such as `include`; a value given to it is reported and skipped.
/// `key = N` with `N` from 1 to `u32::MAX`.
fn u32_value(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    key: &str,
    example: &str,
) -> syn::Result<Option<Sp<u32>>> {
    if !meta.input.peek(Token![=]) {
        cx.syn_error(meta.error(format!("`{key}` takes a number: write `{key} = {example}`")));
        skip_rest(meta.input)?;
        return Ok(None);
    }
    let input = meta.value()?;
    if input.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        return match lit.base10_parse::<u32>() {
            Ok(n) if n > 0 => Ok(Some(Sp {
                value: n,
                span: lit.span(),
            })),
            _ => {
                cx.error_at(
                    lit.span(),
                    format!("`{key}` is a number from 1 to 4294967295: write `{key} = {example}`"),
                );
                Ok(None)
            }
        };
    }
    let rest = skip_rest(input)?;
    let msg = format!("`{key}` takes a number: write `{key} = {example}`");
    if rest.is_empty() {
        cx.syn_error(meta.error(msg));
    } else {
        cx.error_spanned_by(rest, msg);
    }
    Ok(None)
}

fn flag(cx: &Ctxt, meta: &ParseNestedMeta, key: &str) -> syn::Result<Option<Span>> {
    let span = meta.path.span();
    if !(meta.input.is_empty() || meta.input.peek(Token![,])) {
        let rest = skip_rest(meta.input)?;
        cx.error_spanned_by(
            rest,
            format!("`{key}` is a flag and takes no value: write `{key}` alone"),
        );
    }
    Ok(Some(span))
}

/// Consumes the tokens up to the next `,` so that parsing can go on after an error.
pub(crate) fn skip_rest(input: syn::parse::ParseStream) -> syn::Result<TokenStream> {
    let mut rest = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        let tt: TokenTree = input.parse()?;
        rest.extend([tt]);
    }
    Ok(rest)
}
