//! Every check of a declaration, in one pass over the model. Each error
//! points at the user's token and says what to write instead.

use std::collections::HashMap;

use quote::ToTokens;

use crate::ast::{Field, Input, is_option, is_string, relationship_shape};
use crate::ctxt::Ctxt;

pub(crate) fn check(cx: &Ctxt, input: &Input) {
    check_container(cx, input);
    check_id(cx, input);
    for field in &input.fields {
        check_field(cx, field);
    }
    check_unique(cx, input);
}

fn check_container(cx: &Ctxt, input: &Input) {
    let original = input.original;
    if !original.generics.params.is_empty() || original.generics.where_clause.is_some() {
        cx.error_spanned_by(
            &original.generics,
            "a resource cannot be generic: declare one struct per resource, without `<...>`",
        );
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

fn check_field(cx: &Ctxt, field: &Field) {
    let attrs = &field.attrs;
    if let Some(rename) = &attrs.rename
        && !is_name(&rename.value)
    {
        cx.error_at(
            rename.span,
            "Apple's names are made of letters and digits: write it as App Store Connect \
             spells it, such as `rename = \"fileSize\"`",
        );
    }
    match &field.relationship {
        None => {
            for (flag, span) in [("include", attrs.include), ("related", attrs.related)] {
                if let Some(span) = span {
                    cx.error_at(
                        span,
                        format!(
                            "`{flag}` applies to relationships: write `#[asc(relationship, {flag})]`"
                        ),
                    );
                }
            }
            let flagged = attrs.include.is_some() || attrs.related.is_some();
            if relationship_shape(field.ty).is_some() {
                if !flagged {
                    cx.error_spanned_by(
                        field.ty,
                        "`ToOne` and `ToMany` fields are relationships: \
                         add `#[asc(relationship)]` above this field",
                    );
                }
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
            Some(shape) if shape.to_many && rel.related => {
                if let Some(span) = attrs.related {
                    cx.error_at(
                        span,
                        "`related` reads the one resource of a to-one relationship, \
                         and this field is a `ToMany`: remove `related`",
                    );
                }
            }
            Some(_) => {}
        },
    }
}

/// Two fields must not share Apple's name, nor the name of their variant.
fn check_unique(cx: &Ctxt, input: &Input) {
    let mut names: HashMap<&str, &Field> = HashMap::new();
    let mut variants: HashMap<String, &Field> = HashMap::new();
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
