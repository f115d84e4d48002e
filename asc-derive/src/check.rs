//! Every check of a declaration, in one pass over the model. Each error
//! points at the user's token and says what to write instead.

use std::collections::HashMap;

use quote::ToTokens;

use crate::ast::{
    ASSET_ATTRIBUTES, Field, Input, is_option, is_string, link_shape, relationship_shape,
};
use crate::attr::Derive;
use crate::ctxt::Ctxt;

pub(crate) fn check(cx: &Ctxt, input: &Input) {
    match input.derive {
        Derive::Resource => {
            check_container(cx, input);
            check_id(cx, input);
            for field in &input.fields {
                check_field(cx, field);
            }
            check_asset(cx, input);
            check_operations(cx, input);
            check_unique(cx, input);
            crate::list::check(cx, input);
        }
        Derive::Payload => {
            check_type(cx, input);
            check_payload(cx, input);
        }
    }
}

fn check_container(cx: &Ctxt, input: &Input) {
    check_type(cx, input);
    if let Some(path) = &input.attrs.path {
        let p = &path.value;
        let segments_ok = p
            .strip_prefix('/')
            .is_some_and(|rest| rest.split('/').all(is_name));
        if !segments_ok {
            cx.error_at(
                path.span,
                "the path is the resource's collection path: it starts with `/`, \
                 has no trailing `/`, `{id}` or query, such as \"/v2/gameCenterAchievementImages\"",
            );
        }
    }
}

/// No generics, and a valid `type`: what both derives require of the struct.
fn check_type(cx: &Ctxt, input: &Input) {
    let original = input.original;
    if crate::ast::is_generic(original) {
        let msg = match input.derive {
            Derive::Resource => {
                "a resource cannot be generic: declare one struct per resource, without `<...>`"
            }
            Derive::Payload => {
                "a payload cannot be generic: declare one struct per request body, without `<...>`"
            }
        };
        cx.error_spanned_by(&original.generics, msg);
    }
    match &input.attrs.type_name {
        None if input.attrs.type_written => {}
        None => {
            let msg = "missing `type`: name the JSON:API type, \
                       such as `#[asc(type = \"gameCenterAchievementImages\")]`";
            match &input.attrs.first_attr {
                Some(attr) => cx.error_spanned_by(attr, msg),
                None => cx.error_spanned_by(&original.ident, msg),
            }
        }
        Some(t) if !is_name(&t.value) => cx.error_at(
            t.span,
            "the JSON:API type is Apple's name of the type, made of letters and digits, \
             such as \"gameCenterAchievementImages\"",
        ),
        Some(_) => {}
    }
}

fn check_id(cx: &Ctxt, input: &Input) {
    let Some((field, attrs)) = &input.id else {
        cx.error_spanned_by(
            &input.original.ident,
            "a resource needs the field `pub id: String`, which holds the JSON:API id",
        );
        return;
    };
    if !is_string(&field.ty) {
        cx.error_spanned_by(
            &field.ty,
            "the resource id is a `String`: write `id: String`",
        );
    }
    if let Some(span) = attrs.first_key {
        cx.error_at(
            span,
            "the `id` field is the JSON:API id and takes no `#[asc(...)]` options: remove them",
        );
    }
}

fn check_rename(cx: &Ctxt, field: &Field) {
    if let Some(rename) = &field.attrs.rename
        && !is_name(&rename.value)
    {
        cx.error_at(
            rename.span,
            "Apple's names are made of letters and digits: write it as App Store Connect \
             spells it, such as `rename = \"fileSize\"`",
        );
    }
}

fn check_field(cx: &Ctxt, field: &Field) {
    check_rename(cx, field);
    if let Some(note) = &field.attrs.deprecated {
        // Left in the field's attributes only when it is not a relationship.
        cx.error_at(
            note.span,
            "`deprecated` marks the functions generated for a relationship's routes, and an \
             attribute has none: remove it, or mark the whole type with \
             `#[asc(type = \"...\", deprecated = \"...\")]` above `struct`",
        );
    }
    if let Some(note) = field
        .relationship
        .as_ref()
        .and_then(|r| r.deprecated.as_ref())
    {
        check_note(cx, note);
        let rel = field.relationship.as_ref();
        let routes = rel.is_some_and(|r| {
            r.linkage.is_some()
                || r.shape.as_ref().is_some_and(|s| {
                    (s.to_many && r.list.is_some()) || (!s.to_many && r.related.is_some())
                })
        });
        if !routes {
            cx.error_at(
                note.span,
                "`deprecated` marks the functions generated for this relationship's routes, and \
                 it declares none: add the route it marks (`related` on a `ToOne`, `list(...)` \
                 on a `ToMany`, or `linkage(...)`), or remove `deprecated`",
            );
        }
    }
    match &field.relationship {
        None => {
            if relationship_shape(field.ty).is_some() {
                cx.error_spanned_by(
                    field.ty,
                    "`ToOne` and `ToMany` fields are relationships: \
                     add `#[asc(relationship)]` above this field",
                );
            } else if !is_option(field.ty) {
                cx.error_spanned_by(
                    field.ty,
                    format!(
                        "attribute fields must be `Option<_>`: sparse fieldsets may leave any \
                         attribute out; write `Option<{}>`",
                        type_string(field.ty)
                    ),
                );
            }
        }
        Some(rel) => match &rel.shape {
            None => {
                let hint = if is_option(field.ty) {
                    " (not wrapped in `Option`: a relationship Apple sent without data is empty)"
                } else {
                    ""
                };
                cx.error_spanned_by(
                    field.ty,
                    format!(
                        "a relationship field must be `ToOne<T>` or `ToMany<T>`, \
                         where `T` is a declared resource{hint}"
                    ),
                );
            }
            Some(shape) if shape.to_many => {
                if let Some(span) = rel.related {
                    cx.error_at(
                        span,
                        "`related` reads the one resource of a to-one relationship, \
                         and this field is a `ToMany`: remove `related`, or use `list` \
                         to list its resources",
                    );
                }
                if let Some(span) = rel.parent {
                    cx.error_at(
                        span,
                        "`parent` names the one resource an asset belongs to, \
                         and this field is a `ToMany`: mark the to-one relationship instead",
                    );
                }
                if let (Some(limit), None) = (&rel.include_limit, rel.include) {
                    cx.error_at(
                        limit.span,
                        "`include_limit` bounds `limit[relationship]`, which only an included \
                         relationship takes: add `include`",
                    );
                }
            }
            Some(_) => {
                if let Some(limit) = &rel.include_limit {
                    cx.error_at(
                        limit.span,
                        "`include_limit` is the largest `limit[relationship]` of a to-many \
                         relationship, and this field is a `ToOne`: remove it",
                    );
                }
            }
        },
    }
}

/// `asset` needs one `parent` and the attributes of Apple's asset model;
/// `parent` needs `asset`.
fn check_asset(cx: &Ctxt, input: &Input) {
    // A `parent` on a `ToMany` is reported by `check_field`.
    let parents: Vec<&Field> = input
        .fields
        .iter()
        .filter(|f| {
            f.relationship
                .as_ref()
                .is_some_and(|r| r.parent.is_some() && !r.shape.as_ref().is_some_and(|s| s.to_many))
        })
        .collect();
    let Some(asset) = input.attrs.asset else {
        for field in parents {
            if let Some(span) = field.relationship.as_ref().and_then(|r| r.parent) {
                cx.error_at(
                    span,
                    "`parent` names the resource an asset belongs to, and this struct is not \
                     an asset: add `asset` to its `#[asc(...)]`, such as \
                     `#[asc(type = \"gameCenterAchievementImages\", asset)]`",
                );
            }
        }
        return;
    };
    match parents.as_slice() {
        [] => cx.error_at(
            asset,
            "an asset belongs to a parent resource (an achievement image to its localization): \
             mark that to-one relationship `#[asc(relationship, parent)]`",
        ),
        [first, rest @ ..] => {
            for field in rest {
                if let Some(span) = field.relationship.as_ref().and_then(|r| r.parent) {
                    cx.error_at(
                        span,
                        format!(
                            "an asset has one parent, and the field `{}` is already marked \
                             `parent`: remove one of them",
                            first.ident
                        ),
                    );
                }
            }
        }
    }
    let missing: Vec<String> = ASSET_ATTRIBUTES
        .iter()
        .filter(|(name, _, _)| {
            !input
                .fields
                .iter()
                .any(|f| f.relationship.is_none() && f.name.value == *name)
        })
        .map(|(name, field, _)| format!("`{field}` (`{name}`)"))
        .collect();
    if !missing.is_empty() {
        cx.error_at(
            asset,
            format!(
                "an asset has the attributes of Apple's asset model, and this struct lacks \
                 some: add {}",
                missing.join(", ")
            ),
        );
    }
}

/// `no_read` and `deprecated` on the struct.
fn check_operations(cx: &Ctxt, input: &Input) {
    if let (Some(no_read), Some(_)) = (input.attrs.no_read, input.attrs.asset) {
        cx.error_at(
            no_read,
            "an `asset` is read back by id while App Store Connect processes the upload, so it \
             needs `GET {path}/{id}`: remove `no_read`, or `asset` if Apple really has no such \
             route",
        );
    }
    if let Some(note) = &input.attrs.deprecated {
        check_note(cx, note);
    }
}

/// A deprecation note says what to use instead.
fn check_note(cx: &Ctxt, note: &crate::attr::Sp<String>) {
    if note.value.trim().is_empty() {
        cx.error_at(
            note.span,
            "the deprecation note is what a caller reads in the warning: name the replacement, \
             such as `deprecated = \"use `GameCenterAchievementImageV2` \
             (`/v2/gameCenterAchievementImages`)\"`, or \"Apple deprecates this route\" when \
             there is none",
        );
    }
}

/// A payload: no `id`, no resource-only flags, and relationships that are
/// `Linkage<T>`.
fn check_payload(cx: &Ctxt, input: &Input) {
    if let Some((field, _)) = &input.id {
        cx.error_spanned_by(
            &field.ident,
            "a payload has no `id`: a create gets its id from App Store Connect, \
             and `update(&client, id, &payload)` takes the id of the resource to change",
        );
    }
    for field in &input.fields {
        check_rename(cx, field);
        let rel = field.relationship.as_ref();
        let flags = [
            ("include", rel.and_then(|r| r.include)),
            ("related", rel.and_then(|r| r.related)),
            ("parent", rel.and_then(|r| r.parent)),
            ("list", rel.and_then(|r| r.list.as_ref().map(|l| l.span))),
            (
                "linkage",
                rel.and_then(|r| r.linkage.as_ref().and_then(|l| l.span)),
            ),
            (
                "deprecated",
                rel.and_then(|r| r.deprecated.as_ref())
                    .or(field.attrs.deprecated.as_ref())
                    .map(|d| d.span),
            ),
        ];
        for (flag, span) in flags {
            if let Some(span) = span {
                cx.error_at(
                    span,
                    format!(
                        "`{flag}` describes a resource's relationship (`#[derive(AscResource)]`), \
                         not a payload's: remove it"
                    ),
                );
            }
        }
        let linkage = link_shape(field.ty).is_some();
        if relationship_shape(field.ty).is_some() {
            cx.error_spanned_by(
                field.ty,
                "a payload links with `Linkage<T>`, built from an id (`ToOne` and `ToMany` are \
                 what App Store Connect sends back): write `Linkage<T>`",
            );
        } else if field.relationship.is_some() && !linkage {
            cx.error_spanned_by(
                field.ty,
                "a payload relationship is `Linkage<T>`, or `Option<Linkage<T>>` when it may be \
                 left out, where `T` is the related resource",
            );
        } else if field.relationship.is_none() && linkage {
            cx.error_spanned_by(
                field.ty,
                "`Linkage` fields are relationships: add `#[asc(relationship)]` above this field",
            );
        }
    }
    check_unique_names(cx, input);
}

/// Two fields must not share Apple's name.
fn check_unique_names(cx: &Ctxt, input: &Input) {
    let mut names: HashMap<&str, &Field> = HashMap::new();
    for field in &input.fields {
        if let Some(first) = names.insert(&field.name.value, field) {
            cx.error_at(
                field.name.span,
                format!(
                    "`{}` is already the name of the field `{}`: \
                     give each field its own name with `rename = \"...\"`",
                    field.name.value, first.ident
                ),
            );
        }
    }
}

/// Two fields must not share Apple's name, nor the name of their variant.
fn check_unique(cx: &Ctxt, input: &Input) {
    check_unique_names(cx, input);
    let mut variants: HashMap<String, &Field> = HashMap::new();
    for field in &input.fields {
        let Some(variant) = &field.variant else {
            cx.error_spanned_by(
                field.ident,
                "this field name does not make an enum variant name (UpperCamelCase of the \
                 field name): rename the field, such as `file_size` for `FileSize`",
            );
            continue;
        };
        if let Some(first) = variants.insert(variant.to_string(), field) {
            cx.error_spanned_by(
                field.ident,
                format!(
                    "this field and the field `{}` both make the enum variant `{variant}`: \
                     rename one of them",
                    first.ident
                ),
            );
        }
    }
}

/// Apple's names are ASCII identifiers; they go into query strings unencoded.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn type_string(ty: &syn::Type) -> String {
    let mut s = ty.to_token_stream().to_string();
    // `TokenStream`'s Display spaces every token; close the usual gaps for the message.
    for (from, to) in [
        (" < ", "<"),
        (" <", "<"),
        (" >", ">"),
        (" :: ", "::"),
        (" ,", ","),
    ] {
        s = s.replace(from, to);
    }
    s
}
