//! The checker: compares declared resources ([`ResourceMeta`], what
//! `#[derive(AscResource)]` describes) with Apple's document, and lists
//! every difference, one line each.
//!
//! For each declaration it checks:
//!
//! - the JSON:API type exists, and the collection path (hence the API
//!   version, `/v1` or `/v2`) is the collection of one of its schemas (a
//!   type Apple gives no route at all is declared with none: `no_read`, no
//!   writes, lists or linkage);
//! - the operations: `read`, `create`, `update` and `delete` exist exactly
//!   where Apple has `GET {path}/{id}`, `POST {path}`, `PATCH {path}/{id}`
//!   and `DELETE {path}/{id}` (`no_read` declares a type without the first);
//! - deprecation: the type is marked `deprecated = "..."` exactly when Apple
//!   deprecates all its own routes, and a relationship exactly when Apple
//!   deprecates all of that relationship's routes (and not the type's);
//! - each attribute name is one of the schema's, and every attribute of the
//!   schema is declared;
//! - each relationship's name, target type, cardinality (`to_many`) and
//!   target collection path (the `/v1` or `/v2` twin Apple's related route
//!   answers with), and whether `include` may name it (as the `include`
//!   parameter of `GET {path}/{id}`, else of the top-level list, accepts it);
//!   every relationship of the schema with a `data` type is declared; the
//!   largest `limit[name]` of an included to-many relationship
//!   (`include_limit = N`, else 50) equals Apple's;
//! - the lists: the top-level list and each related list exist exactly
//!   where Apple has `GET {path}` and `GET {path}/{id}/{to-many name}`; for
//!   each, the `filter[...]` and `exists[...]` parameters (names; values
//!   when the declaration enumerates them; required or not), the sort keys
//!   and the largest `limit` equal the endpoint's;
//! - the linkage routes: for each relationship, `get`, `add`, `remove` and
//!   `replace` equal the `GET`, `POST`, `DELETE` and `PATCH` Apple offers on
//!   `{path}/{id}/relationships/{name}`.
//!
//! A difference is either a [`Kind::Contradiction`] (the declaration says
//! something Apple's document does not), a [`Kind::Omission`] (Apple's
//! document has something the declaration does not say) or a
//! [`Kind::Deprecation`] (Apple deprecates routes the declaration does not
//! mark: its `apple` text gives the attribute to write). A complete
//! declaration has neither; a partial one may have omissions, and its
//! caller says so explicitly (the workspace test keeps an allow-list with a
//! reason per partial declaration).
//!
//! Not checked here, because [`ResourceMeta`] does not carry it:
//!
//! - the attributes' JSON types, nullability and enum values (a declaration
//!   gives names only; the Rust types stay behind the derive), and the
//!   payloads' attributes and relationships (payload declarations have no
//!   `meta()`): `tests/attribute_types.rs` compares those from the
//!   declarations' source, parsed with `syn`;
//! - the filters' value types;
//! - to-one related reads (`related`) and asset uploads;
//! - the text of a deprecation note (only whether there is one);
//! - a list's `max_limit` where Apple's endpoint gives no `limit` maximum
//!   (every Game Center `limit` parameter of 4.4.1 has one).
//!
//! Relationships Apple gives only links for (no `data` type) cannot be
//! declared, and are not reported as omitted.

use std::collections::BTreeSet;
use std::fmt;

use asc_core::{ListMeta, ResourceMeta};

use crate::openapi::{Document, Endpoint, Params, RelationshipRoutes, ResourceSchema};

/// Which way a declaration differs from Apple's document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The declaration says something Apple's document does not (or says
    /// otherwise): always an error.
    Contradiction,
    /// Apple's document has something the declaration does not say: an
    /// error for a complete declaration, allowed for a partial one.
    Omission,
    /// Apple deprecates routes the declaration does not mark `deprecated`:
    /// callers get no warning. Reported apart from omissions, because a
    /// partial declaration should still mark what it declares.
    Deprecation,
}

/// One difference between a declaration and Apple's document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// The declaration's JSON:API type.
    pub type_name: String,
    /// The declaration's collection path.
    pub path: String,
    /// What differs, such as ``attribute `fileName` ``.
    pub what: String,
    /// What the declaration says.
    pub declared: String,
    /// What Apple's document says.
    pub apple: String,
    /// Which way it differs.
    pub kind: Kind,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}): {}: declared {}, Apple's {}",
            self.type_name, self.path, self.what, self.declared, self.apple
        )
    }
}

/// Compares every declaration with the document; the differences in the
/// declarations' order.
pub fn check_all(doc: &Document, declared: &[ResourceMeta]) -> Vec<Difference> {
    declared.iter().flat_map(|m| check(doc, m)).collect()
}

/// Compares one declaration with the document.
pub fn check(doc: &Document, meta: &ResourceMeta) -> Vec<Difference> {
    let mut out = Out {
        meta,
        found: Vec::new(),
    };
    let Some(schema) = find_schema(doc, meta, &mut out) else {
        return out.found;
    };
    let routes = &schema.routes;
    check_operations(&mut out, schema);
    check_deprecation(&mut out, doc, schema);

    // Attributes.
    let apple: BTreeSet<&str> = schema.attributes.iter().map(|a| a.name.as_str()).collect();
    for a in meta.attributes {
        if !apple.contains(a) {
            out.contradiction(format!("attribute `{a}`"), "yes", "none");
        }
    }
    for a in &schema.attributes {
        if !meta.attributes.contains(&a.name.as_str()) {
            out.omission(
                format!("attribute `{}`", a.name),
                "none",
                format!("`{}`", a.ty),
            );
        }
    }

    // Relationships.
    let include_endpoint = schema.include_endpoint();
    let includes: BTreeSet<&str> = include_endpoint
        .map(|e| e.params.include.iter().map(String::as_str).collect())
        .unwrap_or_default();
    for rel in meta.relationships {
        let what = format!("relationship `{}`", rel.name);
        let Some(apple) = schema.relationship(rel.name) else {
            out.contradiction(what, format!("to `{}`", rel.target_type), "none");
            continue;
        };
        match &apple.target_type {
            Some(t) if t == rel.target_type => {}
            Some(t) => out.contradiction(
                format!("{what}: target type"),
                format!("`{}`", rel.target_type),
                format!("`{t}`"),
            ),
            None => out.contradiction(
                format!("{what}: target type"),
                format!("`{}`", rel.target_type),
                "none (links only)",
            ),
        }
        if apple.to_many != rel.to_many {
            out.contradiction(
                format!("{what}: cardinality"),
                cardinality(rel.to_many),
                cardinality(apple.to_many),
            );
        }
        if apple.target_type.as_deref() == Some(rel.target_type)
            && let Some(target) = doc.target_schema(schema, apple)
            && let Some(target_path) = target.routes.path.as_deref()
            && target_path != rel.target_path
        {
            out.contradiction(
                format!("{what}: target path"),
                format!("`{}`", rel.target_path),
                format!("`{target_path}` (`{}`)", target.schema),
            );
        }
        if rel.to_many && rel.include {
            let declared = meta.include_limit(rel.name);
            let apple = [&routes.read, &routes.list]
                .into_iter()
                .flatten()
                .find_map(|e| e.params.include_limits.get(rel.name).copied())
                .unwrap_or(asc_core::DEFAULT_INCLUDE_LIMIT);
            let what = format!("{what}: include limit");
            if declared > apple {
                out.contradiction(what, declared.to_string(), apple.to_string());
            } else if declared < apple {
                out.omission(
                    what,
                    declared.to_string(),
                    format!("{apple} (declare it with `include_limit = {apple}`)"),
                );
            }
        }
        let accepted = includes.contains(rel.name);
        let route = include_endpoint.map_or_else(|| "no read or list".to_owned(), Endpoint::route);
        match (rel.include, accepted) {
            (true, false) => out.contradiction(
                format!("{what}: include"),
                "yes",
                format!("no (`include` of `{route}`)"),
            ),
            (false, true) => out.omission(
                format!("{what}: include"),
                "no",
                format!("yes (`include` of `{route}`)"),
            ),
            _ => {}
        }
    }
    for rel in &schema.relationships {
        if rel.target_type.is_some() && meta.relationship(&rel.name).is_none() {
            out.omission(
                format!("relationship `{}`", rel.name),
                "none",
                format!(
                    "{} `{}`",
                    cardinality(rel.to_many),
                    rel.target_type.as_deref().unwrap_or_default()
                ),
            );
        }
    }

    // Lists.
    for list in meta.lists {
        let what = list_name(list.relationship);
        let apple = match list.relationship {
            None => routes.list.as_ref(),
            Some(name) => match schema.relationship(name) {
                Some(r) if !r.to_many => {
                    out.contradiction(&what, "a list", "a to-one relationship");
                    continue;
                }
                _ => routes
                    .relationships
                    .get(name)
                    .and_then(|r| r.related.as_ref()),
            },
        };
        let Some(apple) = apple else {
            let route = match list.relationship {
                None => format!("`GET {}`", meta.path),
                Some(name) => format!("`GET {}/{{id}}/{name}`", meta.path),
            };
            out.contradiction(&what, route, "none");
            continue;
        };
        check_list(&mut out, &what, list, apple);
    }
    let mut apple_lists: Vec<(Option<&str>, &Endpoint)> = Vec::new();
    if let Some(list) = &routes.list {
        apple_lists.push((None, list));
    }
    for rel in schema.relationships.iter().filter(|r| r.to_many) {
        if let Some(related) = routes
            .relationships
            .get(&rel.name)
            .and_then(|r| r.related.as_ref())
        {
            apple_lists.push((Some(rel.name.as_str()), related));
        }
    }
    for (rel, endpoint) in apple_lists {
        if meta.list(rel).is_none() {
            out.omission(list_name(rel), "none", format!("`{}`", endpoint.route()));
        }
    }

    // Linkages.
    let none = RelationshipRoutes::default();
    let mut names: Vec<&str> = meta.linkages.iter().map(|l| l.relationship).collect();
    for name in routes.relationships.keys() {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    for name in names {
        let apple = routes.relationships.get(name).unwrap_or(&none);
        let declared = meta.linkage(name);
        if declared.is_some() && schema.relationship(name).is_none() {
            out.contradiction(format!("linkage `{name}`"), "yes", "no such relationship");
            continue;
        }
        let flags = declared.map_or([false; 4], |l| [l.get, l.add, l.remove, l.replace]);
        let ops = [
            ("get", "GET", &apple.get),
            ("add", "POST", &apple.post),
            ("remove", "DELETE", &apple.delete),
            ("replace", "PATCH", &apple.patch),
        ];
        for (flag, (op, method, endpoint)) in flags.into_iter().zip(ops) {
            let what = format!("linkage `{name}`: {op}");
            match (flag, endpoint) {
                (true, None) => out.contradiction(
                    what,
                    "yes",
                    format!("no `{method} {}/{{id}}/relationships/{name}`", meta.path),
                ),
                (false, Some(e)) => out.omission(what, "no", format!("`{}`", e.route())),
                _ => {}
            }
        }
    }
    out.found
}

/// `read`, `create`, `update` and `delete` against Apple's routes.
fn check_operations(out: &mut Out<'_>, schema: &ResourceSchema) {
    let (meta, routes) = (out.meta, &schema.routes);
    let ops = meta.operations;
    let path = meta.path;
    let compared = [
        (
            "read",
            ops.read,
            &routes.read,
            format!("GET {path}/{{id}}"),
            "no_read",
        ),
        (
            "create",
            ops.create,
            &routes.create,
            format!("POST {path}"),
            "create = Payload",
        ),
        (
            "update",
            ops.update,
            &routes.update,
            format!("PATCH {path}/{{id}}"),
            "update = Payload",
        ),
        (
            "delete",
            ops.delete,
            &routes.delete,
            format!("DELETE {path}/{{id}}"),
            "delete",
        ),
    ];
    for (op, declared, apple, route, attribute) in compared {
        match (declared, apple) {
            (true, None) if op == "read" => out.contradiction(
                op,
                format!("`{route}`"),
                format!("none (write `{attribute}`)"),
            ),
            (true, None) => out.contradiction(
                op,
                format!("`{route}`"),
                format!("none (remove `{attribute}`)"),
            ),
            (false, Some(e)) if op == "read" => out.omission(
                op,
                format!("none (`{attribute}`)"),
                format!("`{}`", e.route()),
            ),
            (false, Some(e)) => out.omission(
                op,
                "none",
                format!("`{}` (declare it with `{attribute}`)", e.route()),
            ),
            _ => {}
        }
    }
}

/// The type's and its relationships' deprecation against Apple's routes.
fn check_deprecation(out: &mut Out<'_>, doc: &Document, schema: &ResourceSchema) {
    let meta = out.meta;
    match (meta.deprecated, doc.deprecation_note(schema)) {
        (None, Some(note)) => out.push(
            Kind::Deprecation,
            "deprecation",
            "none",
            format!("all its routes deprecated (write `deprecated = \"{note}\"`)"),
        ),
        (Some(_), None) => out.contradiction(
            "deprecation",
            "deprecated",
            "routes that are not all deprecated",
        ),
        _ => {}
    }
    for rel in meta.relationships {
        let name = rel.name;
        let declared = meta.relationship_deprecated(name);
        let apple = doc.relationship_deprecation_note(schema, name);
        // Only the relationship's routes that the declaration has can be
        // marked: its list, its linkage, or the related read of a to-one.
        let routes = schema.routes.relationships.get(name);
        let marked = meta.list(Some(name)).is_some()
            || meta.linkage(name).is_some()
            || (!rel.to_many && routes.is_some_and(|r| r.related.is_some()));
        match (declared, apple) {
            (None, Some(note)) if marked && meta.deprecated.is_none() => out.push(
                Kind::Deprecation,
                format!("relationship `{name}`: deprecation"),
                "none",
                format!("all its routes deprecated (write `deprecated = \"{note}\"`)"),
            ),
            (Some(_), None) if !schema.routes_deprecated() => out.contradiction(
                format!("relationship `{name}`: deprecation"),
                "deprecated",
                if routes.is_some_and(|r| r.endpoints().any(|e| e.deprecated)) {
                    "only some of its routes deprecated"
                } else {
                    "no route deprecated"
                },
            ),
            _ => {}
        }
    }
}

/// The schema a declaration stands for: its type's schema whose collection
/// is the declaration's path.
fn find_schema<'d>(
    doc: &'d Document,
    meta: &ResourceMeta,
    out: &mut Out<'_>,
) -> Option<&'d ResourceSchema> {
    let schemas = doc.of_type(meta.type_name);
    if schemas.is_empty() {
        let close: Vec<&str> = doc
            .types()
            .into_iter()
            .filter(|t| t.eq_ignore_ascii_case(meta.type_name))
            .collect();
        out.contradiction(
            "type",
            format!("`{}`", meta.type_name),
            if close.is_empty() {
                "no such type".to_owned()
            } else {
                format!("no such type (but `{}`)", close.join("`, `"))
            },
        );
        return None;
    }
    // A type Apple only embeds (no route at all) is declared with no route
    // either: `no_read`, no writes, lists or linkage. Its path is the
    // derive's default and serves nothing.
    let ops = meta.operations;
    let routeless = !(ops.read || ops.create || ops.update || ops.delete || ops.asset)
        && meta.lists.is_empty()
        && meta.linkages.is_empty();
    if let Some(found) = doc.at_path(meta.type_name, meta.path, routeless) {
        return Some(found);
    }
    let unrouted = schemas.iter().find(|s| s.routes.path.is_none());
    let paths: Vec<String> = schemas
        .iter()
        .filter_map(|s| s.routes.path.as_deref())
        .map(|p| format!("`{p}`"))
        .collect();
    let unassigned = doc.unassigned.iter().any(|r| {
        r.split_once(' ')
            .is_some_and(|(_, p)| p.starts_with(meta.path))
    });
    out.contradiction(
        "route",
        format!("`{}`", meta.path),
        match (paths.is_empty(), unassigned) {
            (_, true) => format!(
                "routes under `{}` that asc-gen's reader assigns to no schema",
                meta.path
            ),
            (true, false) if unrouted.is_some() => {
                "no route (declare it `no_read`, with no writes, lists or linkage)".to_owned()
            }
            (true, false) => "no route".to_owned(),
            (false, false) => paths.join(" and "),
        },
    );
    None
}

fn check_list(out: &mut Out<'_>, what: &str, list: &ListMeta, apple: &Endpoint) {
    let p: &Params = &apple.params;
    let route = apple.route();
    // Apple's filters, as parameters: `filter[field]`, then `exists[field]`.
    let mut apple_filters: Vec<(String, Vec<String>, bool)> = p
        .filters
        .iter()
        .map(|f| (format!("filter[{}]", f.field), f.values.clone(), f.required))
        .collect();
    apple_filters.extend(
        p.exists
            .iter()
            .map(|e| (format!("exists[{e}]"), Vec::new(), false)),
    );
    for f in list.filters {
        let fwhat = format!("{what}: `{}`", f.parameter);
        let field_ok = [
            format!("filter[{}]", f.field),
            format!("exists[{}]", f.field),
        ]
        .contains(&f.parameter.to_owned());
        if !field_ok {
            out.contradiction(
                format!("{fwhat}: field"),
                format!("`{}`", f.field),
                "the parameter's bracket",
            );
        }
        let Some((_, values, required)) = apple_filters.iter().find(|(n, ..)| n == f.parameter)
        else {
            out.contradiction(fwhat, "yes", format!("none (`{route}`)"));
            continue;
        };
        if !f.values.is_empty() {
            let declared: BTreeSet<&str> = f.values.iter().copied().collect();
            let apple: BTreeSet<&str> = values.iter().map(String::as_str).collect();
            // A `bool` filter (`values: ["true", "false"]`) of one Apple
            // types as free text, such as `filter[archived]`: Apple's
            // document gives most filters as strings, booleans included.
            let boolean = declared == BTreeSet::from(["true", "false"]) && apple.is_empty();
            if declared != apple && !boolean {
                out.contradiction(
                    format!("{fwhat}: values"),
                    format!("{:?}", f.values),
                    if values.is_empty() {
                        "any".to_owned()
                    } else {
                        format!("{values:?}")
                    },
                );
            }
        }
        if f.required != *required {
            out.contradiction(
                format!("{fwhat}: required"),
                yes_no(f.required),
                yes_no(*required),
            );
        }
    }
    for (name, ..) in &apple_filters {
        if !list.filters.iter().any(|f| f.parameter == name) {
            out.omission(format!("{what}: `{name}`"), "none", format!("`{route}`"));
        }
    }
    for key in list.sort {
        if !p.sort.iter().any(|s| s == key) {
            out.contradiction(format!("{what}: sort key `{key}`"), "yes", "none");
        }
    }
    for key in &p.sort {
        if !list.sort.contains(&key.as_str()) {
            out.omission(
                format!("{what}: sort key `{key}`"),
                "none",
                format!("`{route}`"),
            );
        }
    }
    if let Some(max) = p.limit
        && max != list.max_limit
    {
        out.contradiction(
            format!("{what}: largest limit"),
            list.max_limit.to_string(),
            max.to_string(),
        );
    }
}

fn list_name(relationship: Option<&str>) -> String {
    match relationship {
        None => "top-level list".to_owned(),
        Some(name) => format!("list `{name}`"),
    }
}

fn cardinality(to_many: bool) -> &'static str {
    if to_many { "to-many" } else { "to-one" }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

struct Out<'m> {
    meta: &'m ResourceMeta,
    found: Vec<Difference>,
}

impl Out<'_> {
    fn push(
        &mut self,
        kind: Kind,
        what: impl Into<String>,
        declared: impl Into<String>,
        apple: impl Into<String>,
    ) {
        self.found.push(Difference {
            type_name: self.meta.type_name.to_owned(),
            path: self.meta.path.to_owned(),
            what: what.into(),
            declared: declared.into(),
            apple: apple.into(),
            kind,
        });
    }
    fn contradiction(
        &mut self,
        what: impl Into<String>,
        declared: impl Into<String>,
        apple: impl Into<String>,
    ) {
        self.push(Kind::Contradiction, what, declared, apple);
    }
    fn omission(
        &mut self,
        what: impl Into<String>,
        declared: impl Into<String>,
        apple: impl Into<String>,
    ) {
        self.push(Kind::Omission, what, declared, apple);
    }
}
