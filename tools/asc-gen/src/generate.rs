//! Drafts a `#[derive(AscResource)]` declaration, in asc-resources' style,
//! from the facts of [`crate::openapi`]: the struct with its attributes and
//! relationships, its `list(...)` and `linkage(...)`, its payloads, the
//! enums and nested objects of its attributes, and a comment block listing
//! what the declaration cannot express yet.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::openapi::{
    Attribute, Document, Endpoint, FilterParam, JsonType, Params, Relationship, RequestBody,
    ResourceSchema,
};

/// Named schemas of Apple's asset model that asc-core already defines.
const ASC_CORE_TYPES: &[&str] = &[
    "ImageAsset",
    "UploadOperation",
    "HttpHeader",
    "AppMediaAssetState",
    "AppMediaStateError",
    "AssetDeliveryState",
];

/// The `include=` limit Apple gives a to-many relationship unless it says otherwise.
const DEFAULT_INCLUDE_LIMIT: u32 = 50;

/// Why a declaration could not be drafted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GenError {
    /// No resource schema or JSON:API type has this name; the close ones.
    Unknown {
        /// What was asked for.
        name: String,
        /// Names that are close to it.
        close: Vec<String>,
    },
}

impl std::fmt::Display for GenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenError::Unknown { name, close } if close.is_empty() => write!(
                f,
                "no resource type `{name}` in Apple's document; `--list` lists them"
            ),
            GenError::Unknown { name, close } => write!(
                f,
                "no resource type `{name}` in Apple's document; did you mean {}?",
                close
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

impl std::error::Error for GenError {}

/// One drafted declaration.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The schema drafted (`GameCenterAchievementImageV2`).
    pub schema: String,
    /// The resource struct, its payloads and its inline enums and objects.
    pub code: String,
    /// What the declaration cannot express, one line each.
    pub unsupported: Vec<String>,
    /// Named schemas (enums, objects) the code refers to, to print once.
    pub named: BTreeSet<String>,
    /// The attributes declared, as Apple names them.
    pub attributes: Vec<String>,
    /// The relationships declared.
    pub relationships: Vec<RelationshipFact>,
    /// The linkage routes declared: relationship, then get, add, remove,
    /// replace-or-set.
    pub linkages: Vec<(String, [bool; 4])>,
    /// The lists declared.
    pub lists: Vec<ListFact>,
}

/// One list a draft declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListFact {
    /// `None` for the top-level list, else the to-many relationship listed.
    pub relationship: Option<String>,
    /// The filter parameters (`filter[x]`, `exists[x]`).
    pub filters: Vec<String>,
    /// The sort keys.
    pub sort: Vec<String>,
    /// The largest page.
    pub limit: u32,
}

/// One relationship a draft declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationshipFact {
    /// Apple's name.
    pub name: String,
    /// The JSON:API type of its target.
    pub target_type: String,
    /// To-many.
    pub to_many: bool,
    /// `include=` may name it.
    pub include: bool,
}

/// The schemas a name stands for: a schema name, or every schema of a
/// JSON:API type.
pub fn resolve<'a>(doc: &'a Document, name: &str) -> Result<Vec<&'a ResourceSchema>, GenError> {
    if let Some(r) = doc.resource(name) {
        return Ok(vec![r]);
    }
    let of_type = doc.of_type(name);
    if !of_type.is_empty() {
        return Ok(of_type);
    }
    let mut names: Vec<&str> = doc.resources.iter().map(|r| r.schema.as_str()).collect();
    names.extend(doc.types());
    let lower = name.to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = names
        .iter()
        .map(|n| {
            let l = n.to_ascii_lowercase();
            let d = if l.contains(&lower) || lower.contains(&l) {
                0
            } else {
                distance(&lower, &l)
            };
            (d, *n)
        })
        .filter(|(d, _)| *d <= 3.max(name.len() / 4))
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    Err(GenError::Unknown {
        name: name.to_owned(),
        close: scored
            .into_iter()
            .take(5)
            .map(|(_, n)| n.to_owned())
            .collect(),
    })
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The `use` lines a file of drafts needs: only the names its code uses.
fn prelude(code: &str) -> String {
    let mut out = String::new();
    if code.contains("BTreeMap<") {
        out.push_str("use std::collections::BTreeMap;\n\n");
    }
    let names: Vec<&str> = [
        ("AscPayload", "derive(AscPayload"),
        ("AscResource", "derive(AscResource"),
        ("Linkage", "Linkage<"),
        ("ToMany", "ToMany<"),
        ("ToOne", "ToOne<"),
    ]
    .into_iter()
    .filter(|(_, used)| code.contains(used))
    .map(|(name, _)| name)
    .collect();
    match names.as_slice() {
        [] => {}
        [one] => out.push_str(&format!("use asc_core::{one};\n")),
        many => out.push_str(&format!("use asc_core::{{{}}};\n", many.join(", "))),
    }
    out
}

/// Prints one or more schemas as a file: the prelude, the declarations,
/// then each named enum and object they use, once.
pub fn file(doc: &Document, drafts: &[Draft]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Drafted by asc-gen from Apple's App Store Connect API document {}.\n\
         // A draft to review by hand, not a finished declaration.\n",
        doc.version
    );
    let mut body = String::new();
    let mut named = BTreeSet::new();
    for d in drafts {
        body.push('\n');
        body.push_str(&d.code);
        named.extend(d.named.iter().cloned());
    }
    // Named types refer to other named types: close over them.
    let mut done = BTreeSet::new();
    let mut todo: Vec<String> = named.into_iter().collect();
    while let Some(name) = todo.pop() {
        if !done.insert(name.clone()) {
            continue;
        }
        let Some(ty) = doc.named.get(&name) else {
            continue;
        };
        let mut cx = Cx::new(doc);
        let code = named_item(&mut cx, &name, ty);
        if !code.is_empty() {
            body.push('\n');
            body.push_str(&code);
        }
        body.push_str(&cx.items);
        todo.extend(cx.named.into_iter().filter(|n| !done.contains(n)));
    }
    if body.contains("serde::Serialize") {
        out.push_str(
            "// Nested objects derive serde's traits: the crate needs `serde` with `derive`.\n\n",
        );
    }
    out.push_str(&prelude(&body));
    out.push_str(&body);
    out
}

/// Drafts the declaration of one resource schema.
pub fn draft(doc: &Document, r: &ResourceSchema) -> Draft {
    let mut cx = Cx::new(doc);
    let name = r.schema.clone();
    let routes = &r.routes;
    let path = routes.path.clone();
    let mut draft = Draft {
        schema: name.clone(),
        ..Draft::default()
    };

    // ---------------------------------------------------------- what is left out
    let mut unsupported = Vec::new();
    if path.is_none() {
        unsupported.push(format!(
            "no route of Apple's document answers with or writes `{name}`: the declaration's \
             path is a guess (`/v1/{}`)",
            r.type_name
        ));
    }
    for e in &routes.other {
        let why = if e.path.contains("/metrics/") {
            "metrics (not JSON:API resources)"
        } else if e.method == "PUT" {
            "`PUT` is not in the derive's grammar"
        } else {
            "a route that names no relationship of the schema"
        };
        unsupported.push(format!("`{}`: {why}", e.route()));
    }

    // ---------------------------------------------------------- the struct
    let twin = doc.replacement(r);
    let mut doc_lines = Vec::new();
    match &r.description {
        Some(d) => doc_lines.push(d.clone()),
        None => doc_lines.push(format!(
            "`{}`, Apple's `{}` schema{}.",
            r.type_name,
            name,
            match (&routes.read, &path) {
                (Some(read), _) => format!(" (`{}`)", read.route()),
                (None, Some(p)) => format!(" (collection `{p}`)"),
                _ => String::new(),
            }
        )),
    }
    let note = doc.deprecation_note(r);
    let deprecated = note.is_some();
    if deprecated {
        doc_lines.push(String::new());
        doc_lines.push(match &twin {
            Some((t, p)) => format!(
                "**Deprecated by Apple** (document {}) in favour of [`{t}`] at `{p}`.",
                doc.version
            ),
            None => format!(
                "**Deprecated by Apple** (document {}), with no replacement named.",
                doc.version
            ),
        });
    }

    let mut asc = vec![format!("type = \"{}\"", r.type_name)];
    if let Some(p) = &path
        && *p != format!("/v1/{}", r.type_name)
    {
        asc.push(format!("path = \"{p}\""));
    }
    if let Some(list) = &routes.list {
        let (text, fact) = list_attr(&mut cx, r, list, None, &mut unsupported);
        draft.lists.push(fact);
        asc.push(text);
    }

    // Payloads first: `asset` needs to know the create request's relationship.
    let create = routes
        .create
        .as_ref()
        .and_then(|e| e.request.as_ref())
        .and_then(|n| doc.requests.get(n));
    let update = routes
        .update
        .as_ref()
        .and_then(|e| e.request.as_ref())
        .and_then(|n| doc.requests.get(n));
    let mut payloads = String::new();
    for (body, kind, endpoint) in [
        (create, "Create", &routes.create),
        (update, "Update", &routes.update),
    ] {
        let Some(endpoint) = endpoint else { continue };
        match body {
            Some(body) if !body.not_single => {
                let pname = format!("{name}{kind}");
                payloads.push_str(&payload(
                    &mut cx,
                    r,
                    &pname,
                    kind == "Create",
                    body,
                    endpoint,
                    &mut unsupported,
                ));
                asc.push(format!("{} = {pname}", kind.to_ascii_lowercase()));
            }
            Some(body) => unsupported.push(format!(
                "`{}`: its body `{}` is not one resource object",
                endpoint.route(),
                body.schema
            )),
            None => unsupported.push(format!(
                "`{}`: its request body is not a schema of the document",
                endpoint.route()
            )),
        }
    }
    if routes.delete.is_some() {
        asc.push("delete".to_owned());
    }
    let parent = asset_parent(r, create);
    if parent.is_some() {
        asc.push("asset".to_owned());
    }
    if routes.read.is_none() {
        if parent.is_some() {
            unsupported.push(format!(
                "Apple has no `GET {}/{{id}}`, but an `asset` is read back while it is processed",
                path.as_deref().unwrap_or_default()
            ));
        } else {
            asc.push("no_read".to_owned());
        }
    }
    if let Some(note) = &note {
        asc.push(format!("deprecated = \"{note}\""));
    }

    let mut fields = String::new();
    let _ = writeln!(fields, "    /// The resource id.\n    pub id: String,");
    let mut used = BTreeSet::from(["id".to_owned()]);
    for a in &r.attributes {
        let ty = cx.rust_type(
            &a.ty,
            &format!("{name}{}", upper_camel(&a.name)),
            &mut unsupported,
            &a.name,
        );
        let mut lines = Vec::new();
        match &a.description {
            Some(d) => lines.push(d.clone()),
            None => lines.push(format!("`{}`: {}.", a.name, a.ty)),
        }
        if a.deprecated {
            lines.push("**Deprecated by Apple.**".to_owned());
        }
        let (ident, rename) = field_ident(&a.name, &mut used);
        fields.push_str(&docs(&lines, "    "));
        if let Some(rename) = rename {
            let _ = writeln!(fields, "    #[asc(rename = \"{rename}\")]");
        }
        let _ = writeln!(fields, "    pub {ident}: Option<{ty}>,");
        draft.attributes.push(a.name.clone());
    }
    if let Some(fields_param) = routes
        .read
        .as_ref()
        .and_then(|e| e.params.fields.get(&r.type_name))
    {
        let declared: BTreeSet<&str> = r
            .attributes
            .iter()
            .map(|a| a.name.as_str())
            .chain(r.relationships.iter().map(|x| x.name.as_str()))
            .collect();
        let extra: Vec<&str> = fields_param
            .iter()
            .map(String::as_str)
            .filter(|f| !declared.contains(f))
            .collect();
        if !extra.is_empty() {
            unsupported.push(format!(
                "`fields[{}]` accepts {} that the schema does not have",
                r.type_name,
                extra.join(", ")
            ));
        }
    }

    let includes: BTreeSet<&str> = r
        .include_endpoint()
        .map(|e| e.params.include.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let include_limits: BTreeMap<String, u32> = [&routes.read, &routes.list]
        .into_iter()
        .flatten()
        .flat_map(|e| e.params.include_limits.clone())
        .collect();
    for (rel, max) in &include_limits {
        let declared = includes.contains(rel.as_str())
            && r.relationships.iter().any(|x| x.name == *rel && x.to_many);
        if *max != DEFAULT_INCLUDE_LIMIT && !declared {
            unsupported.push(format!(
                "`limit[{rel}]` goes up to {max}, but `{rel}` is not an included to-many \
                 relationship here, so `include_limit` cannot say so"
            ));
        }
    }

    for rel in &r.relationships {
        let rel_routes = routes
            .relationships
            .get(&rel.name)
            .cloned()
            .unwrap_or_default();
        let Some(target) = doc.target_schema(r, rel) else {
            unsupported.push(format!(
                "relationship `{}`: Apple gives only its links, no `data` type{}",
                rel.name,
                if rel_routes.related.is_some() {
                    format!(
                        " (`GET {}/{{id}}/{}` is not declared)",
                        path.as_deref().unwrap_or_default(),
                        rel.name
                    )
                } else {
                    String::new()
                }
            ));
            continue;
        };
        let target_name = target.schema.clone();
        let mut flags = Vec::new();
        let mut lines = Vec::new();
        match &rel.description {
            Some(d) => lines.push(d.clone()),
            None => lines.push(format!(
                "`{}`: {} `{}` ([`{}`]).",
                rel.name,
                if rel.to_many { "to-many" } else { "to-one" },
                target.type_name,
                target_name
            )),
        }
        if rel.deprecated {
            lines.push("**Deprecated by Apple.**".to_owned());
        }
        if includes.contains(rel.name.as_str()) {
            flags.push("include".to_owned());
            if let Some(max) = include_limits
                .get(&rel.name)
                .filter(|max| rel.to_many && **max != DEFAULT_INCLUDE_LIMIT)
            {
                flags.push(format!("include_limit = {max}"));
            }
        }
        if parent.as_deref() == Some(rel.name.as_str()) {
            flags.push("parent".to_owned());
        }
        if let Some(related) = &rel_routes.related {
            if rel.to_many {
                let (text, fact) =
                    list_attr(&mut cx, target, related, Some(&rel.name), &mut unsupported);
                draft.lists.push(fact);
                flags.push(text);
                lines.push(format!(
                    "`list_{}` lists them (`{}`).",
                    snake(&rel.name),
                    related.route()
                ));
            } else {
                flags.push("related".to_owned());
                lines.push(format!(
                    "`read_{}` reads it (`{}`).",
                    snake(&rel.name),
                    related.route()
                ));
                params_left_out(&related.params, &related.route(), &mut unsupported);
            }
            if related.deprecated && !deprecated {
                lines.push(format!("`{}` is deprecated by Apple.", related.route()));
            }
        }
        // A deprecated type already marks every function it has; a
        // relationship is marked as a whole, when all its routes are.
        let rel_note = doc.relationship_deprecation_note(r, &rel.name);
        if !deprecated && rel_note.is_none() {
            for e in rel_routes.endpoints().filter(|e| e.deprecated) {
                unsupported.push(format!(
                    "`{}` is deprecated by Apple, but other routes of `{}` are not: the derive \
                     marks a relationship's functions all or none",
                    e.route(),
                    rel.name
                ));
            }
        }
        let mut linkage = Vec::new();
        let mut add = |flag: &str, e: &Option<Endpoint>, ok: bool| {
            if let Some(e) = e {
                if ok {
                    linkage.push(flag.to_owned());
                } else {
                    unsupported.push(format!(
                        "`{}`: the derive's linkage of a {} relationship has no such route",
                        e.route(),
                        if rel.to_many { "to-many" } else { "to-one" }
                    ));
                }
            }
        };
        add("get", &rel_routes.get, true);
        if rel.to_many {
            add("add", &rel_routes.post, true);
            add("remove", &rel_routes.delete, true);
            add("replace", &rel_routes.patch, true);
        } else {
            add("set", &rel_routes.patch, true);
            add("", &rel_routes.post, false);
            add("", &rel_routes.delete, false);
        }
        if let Some(get) = &rel_routes.get
            && rel.to_many
            && get.params.limit.is_some_and(|l| l != 200)
        {
            unsupported.push(format!(
                "`{}` pages up to {}; the derive's linkage lists assume 200",
                get.route(),
                get.params.limit.unwrap_or_default()
            ));
        }
        if !linkage.is_empty() {
            let has = |f: &str| linkage.iter().any(|l| l == f);
            draft.linkages.push((
                rel.name.clone(),
                [
                    has("get"),
                    has("add"),
                    has("remove"),
                    has("replace") || has("set"),
                ],
            ));
            flags.push(format!("linkage({})", linkage.join(", ")));
            lines.push(format!(
                "Linkage: `{}/{{id}}/relationships/{}` ({}).",
                path.as_deref().unwrap_or_default(),
                rel.name,
                linkage.join(", ")
            ));
        }
        if let Some(note) = &rel_note
            && (rel_routes.related.is_some() || !linkage.is_empty())
        {
            flags.push(format!("deprecated = \"{note}\""));
        }
        if flags.is_empty() {
            flags.push("relationship".to_owned());
        }
        let (ident, rename) = field_ident(&rel.name, &mut used);
        if let Some(rename) = rename {
            flags.push(format!("rename = \"{rename}\""));
        }
        fields.push_str(&docs(&lines, "    "));
        let _ = writeln!(fields, "    #[asc({})]", flags.join(", "));
        let _ = writeln!(
            fields,
            "    pub {ident}: {}<{target_name}>,",
            if rel.to_many { "ToMany" } else { "ToOne" }
        );
        draft.relationships.push(RelationshipFact {
            name: rel.name.clone(),
            target_type: target.type_name.clone(),
            to_many: rel.to_many,
            include: flags.iter().any(|f| f == "include"),
        });
    }
    for e in [
        &routes.read,
        &routes.list,
        &routes.update,
        &routes.delete,
        &routes.create,
    ]
    .into_iter()
    .flatten()
    {
        if e.deprecated && !deprecated {
            unsupported.push(format!(
                "`{}` is deprecated by Apple, but other routes of `{name}` are not: the derive \
                 marks a type's functions all or none",
                e.route()
            ));
        }
    }
    if let Some(read) = &routes.read {
        params_left_out(&read.params, &read.route(), &mut unsupported);
    }

    // ---------------------------------------------------------- output
    let mut code = String::new();
    if !unsupported.is_empty() {
        let _ = writeln!(
            code,
            "// `{name}`: what this declaration does not express yet (asc-gen lists it; \
             add it by hand or extend asc-derive):"
        );
        for u in &unsupported {
            let _ = writeln!(code, "// - {u}");
        }
    }
    code.push_str(&docs(&doc_lines, ""));
    let _ = writeln!(code, "#[derive(AscResource, Debug, Clone, PartialEq)]");
    let asc_line = format!("#[asc({})]", asc.join(", "));
    if asc_line.len() <= 100 {
        let _ = writeln!(code, "{asc_line}");
    } else {
        let _ = writeln!(code, "#[asc(\n    {}\n)]", asc.join(",\n    "));
    }
    let _ = writeln!(code, "pub struct {name} {{\n{fields}}}");
    code.push_str(&payloads);
    code.push_str(&cx.items);

    draft.code = code;
    draft.unsupported = unsupported;
    draft.named = cx.named;
    draft
}

/// Parameters of a read that the derive has no grammar for.
fn params_left_out(params: &Params, route: &str, unsupported: &mut Vec<String>) {
    for p in &params.other {
        unsupported.push(format!(
            "`{route}` takes `{p}`, which the derive does not declare"
        ));
    }
}

/// The to-one relationship an upload is created for, when the schema has
/// Apple's asset model and a create request naming one required relationship.
fn asset_parent(r: &ResourceSchema, create: Option<&RequestBody>) -> Option<String> {
    let has = |name: &str, ok: &dyn Fn(&JsonType) -> bool| {
        r.attributes.iter().any(|a| a.name == name && ok(&a.ty))
    };
    let asset = has("fileName", &|t| matches!(t, JsonType::String(_)))
        && has("fileSize", &|t| matches!(t, JsonType::Integer(_)))
        && has(
            "uploadOperations",
            &|t| matches!(t, JsonType::Array(i) if matches!(&**i, JsonType::Object { name: Some(n), .. } if n == "UploadOperation")),
        )
        && has(
            "assetDeliveryState",
            &|t| matches!(t, JsonType::Object { name: Some(n), .. } if n == "AppMediaAssetState"),
        );
    if !asset {
        return None;
    }
    let required: Vec<&Relationship> = create?
        .relationships
        .iter()
        .filter(|(rel, req)| *req && !rel.to_many)
        .map(|(rel, _)| rel)
        .collect();
    match required.as_slice() {
        [one]
            if r.relationship(&one.name)
                .is_some_and(|x| !x.to_many && x.target_type.is_some()) =>
        {
            Some(one.name.clone())
        }
        _ => None,
    }
}

/// `list(...)` for a list endpoint listing `item`; and the facts declared
/// (filter parameters, sort keys, limit).
fn list_attr(
    cx: &mut Cx,
    item: &ResourceSchema,
    e: &Endpoint,
    rel: Option<&str>,
    unsupported: &mut Vec<String>,
) -> (String, ListFact) {
    let p = &e.params;
    let mut parts = Vec::new();
    let mut params = Vec::new();
    let mut filters = Vec::new();
    for f in &p.filters {
        filters.push(format!(
            "{}: {}",
            name_token(&f.field),
            filter_kind(cx, item, f)
        ));
        params.push(format!("filter[{}]", f.field));
    }
    if !filters.is_empty() {
        parts.push(format!("filter({})", filters.join(", ")));
    }
    if !p.exists.is_empty() {
        parts.push(format!(
            "exists({})",
            p.exists
                .iter()
                .map(|n| name_token(n))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        params.extend(p.exists.iter().map(|n| format!("exists[{n}]")));
    }
    if !p.sort.is_empty() {
        parts.push(format!(
            "sort({})",
            p.sort
                .iter()
                .map(|n| name_token(n))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let limit = match p.limit {
        Some(n) if n > 0 => n,
        _ => {
            unsupported.push(format!(
                "`{}` gives no `limit` maximum; the draft assumes 200",
                e.route()
            ));
            200
        }
    };
    parts.push(format!("limit = {limit}"));
    params_left_out(p, &e.route(), unsupported);
    for (r, max) in &p.include_limits {
        // The listed type's `include_limit = N` covers it when the
        // relationship is an included to-many one there.
        let covered = p.include.iter().any(|i| i == r)
            && item.relationships.iter().any(|x| x.name == *r && x.to_many);
        if *max != DEFAULT_INCLUDE_LIMIT && !covered {
            unsupported.push(format!(
                "`{}` takes `limit[{r}]` up to {max}; the derive assumes {DEFAULT_INCLUDE_LIMIT}",
                e.route()
            ));
        }
    }
    (
        format!("list({})", parts.join(", ")),
        ListFact {
            relationship: rel.map(str::to_owned),
            filters: params,
            sort: p.sort.clone(),
            limit,
        },
    )
}

fn filter_kind(cx: &mut Cx, item: &ResourceSchema, f: &FilterParam) -> String {
    // The attribute's named enum, when the filter takes exactly its values
    // (`platform: Platform`, as asc-derive's grammar suggests).
    let named = item.attributes.iter().find_map(|a| match &a.ty {
        JsonType::Enum {
            name: Some(n),
            values,
        } if a.name == f.field
            && !f.values.is_empty()
            && values.iter().collect::<BTreeSet<_>>() == f.values.iter().collect() =>
        {
            Some(n.clone())
        }
        _ => None,
    });
    let kind = if f.field == "id" || item.relationship(&f.field).is_some() {
        "ids".to_owned()
    } else if let Some(n) = named {
        cx.named_ref(&n)
    } else if !f.values.is_empty() && f.values.iter().all(|v| value_variant(v).is_some()) {
        format!(
            "[{}]",
            f.values
                .iter()
                .map(|v| format!("\"{v}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else if f.value_type == "boolean"
        || item
            .attributes
            .iter()
            .any(|a| a.name == f.field && a.ty == JsonType::Boolean)
    {
        // Apple types `filter[archived]` as strings; its values are `true` and `false`.
        "bool".to_owned()
    } else {
        "strings".to_owned()
    };
    if f.required {
        format!("required {kind}")
    } else {
        kind
    }
}

/// A name in `filter(...)` or `sort(...)`: bare when an identifier, quoted otherwise.
fn name_token(name: &str) -> String {
    let ident = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ident && name != "_" {
        name.to_owned()
    } else {
        format!("\"{name}\"")
    }
}

fn payload(
    cx: &mut Cx,
    r: &ResourceSchema,
    pname: &str,
    create: bool,
    body: &RequestBody,
    endpoint: &Endpoint,
    unsupported: &mut Vec<String>,
) -> String {
    let mut out = String::new();
    let mut fields = String::new();
    let mut used = BTreeSet::new();
    if body.type_name.as_deref() != Some(r.type_name.as_str()) {
        unsupported.push(format!(
            "`{}` writes the type `{}`, not `{}`",
            endpoint.route(),
            body.type_name.as_deref().unwrap_or("?"),
            r.type_name
        ));
    }
    if body.included {
        unsupported.push(format!(
            "`{}` also takes `included` resources (inline creates), which payloads cannot carry",
            endpoint.route()
        ));
    }
    for a in &body.attributes {
        // Reuse the resource's own type when the attribute is the same.
        let ty = match r
            .attributes
            .iter()
            .find(|x| x.name == a.name && x.ty == a.ty)
        {
            Some(x) => cx.rust_type(
                &x.ty,
                &format!("{}{}", r.schema, upper_camel(&x.name)),
                &mut Vec::new(),
                &x.name,
            ),
            None => cx.rust_type(
                &a.ty,
                &format!("{pname}{}", upper_camel(&a.name)),
                unsupported,
                &a.name,
            ),
        };
        let (ident, rename) = field_ident(&a.name, &mut used);
        let line = match &a.description {
            Some(d) => d.clone(),
            None if a.required => format!("`{}` (required).", a.name),
            None => format!("`{}`.", a.name),
        };
        fields.push_str(&docs(&[line], "    "));
        if let Some(rename) = rename {
            let _ = writeln!(fields, "    #[asc(rename = \"{rename}\")]");
        }
        if a.nullable && !create {
            unsupported.push(format!(
                "`{}`: `{}` is nullable (Apple clears it with `null`), but an `Option` payload \
                 field left `None` is left out",
                endpoint.route(),
                a.name
            ));
        }
        if a.required && create && !a.nullable {
            let _ = writeln!(fields, "    pub {ident}: {ty},");
        } else {
            let _ = writeln!(fields, "    pub {ident}: Option<{ty}>,");
        }
    }
    for (rel, required) in &body.relationships {
        if rel.to_many {
            unsupported.push(format!(
                "`{}`: the to-many relationship `{}`{} of the request is left out (payloads \
                 take `Linkage<T>`, one id)",
                endpoint.route(),
                rel.name,
                if *required { " (required)" } else { "" }
            ));
            continue;
        }
        let target = r
            .relationship(&rel.name)
            .and_then(|x| cx.doc.target_schema(r, x))
            .or_else(|| {
                rel.target_type
                    .as_deref()
                    .and_then(|t| cx.doc.of_type(t).into_iter().next())
            });
        let Some(target) = target else {
            unsupported.push(format!(
                "`{}`: the relationship `{}` has no declared target type",
                endpoint.route(),
                rel.name
            ));
            continue;
        };
        let (ident, rename) = field_ident(&rel.name, &mut used);
        fields.push_str(&docs(
            &[format!(
                "`{}`: the `{}` {}.",
                rel.name,
                target.type_name,
                if *required {
                    "(required)"
                } else {
                    "(optional)"
                }
            )],
            "    ",
        ));
        match rename {
            Some(rename) => {
                let _ = writeln!(fields, "    #[asc(relationship, rename = \"{rename}\")]");
            }
            None => {
                let _ = writeln!(fields, "    #[asc(relationship)]");
            }
        }
        if *required && create {
            let _ = writeln!(fields, "    pub {ident}: Linkage<{}>,", target.schema);
        } else {
            let _ = writeln!(
                fields,
                "    pub {ident}: Option<Linkage<{}>>,",
                target.schema
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}#[derive(AscPayload, Debug, Clone, PartialEq)]\n#[asc(type = \"{}\")]\npub struct {pname} {{\n{fields}}}",
        docs(
            &[format!(
                "The body of `{}` (Apple's `{}`).",
                endpoint.route(),
                body.schema
            )],
            ""
        ),
        r.type_name
    );
    out
}

/// What drafting one schema collects besides its struct.
struct Cx<'a> {
    doc: &'a Document,
    /// Inline enums and objects, printed after the struct.
    items: String,
    /// Their names, so each is printed once.
    defined: BTreeSet<String>,
    /// Named schemas referred to.
    named: BTreeSet<String>,
}

impl<'a> Cx<'a> {
    fn new(doc: &'a Document) -> Self {
        Cx {
            doc,
            items: String::new(),
            defined: BTreeSet::new(),
            named: BTreeSet::new(),
        }
    }

    /// The Rust type of a JSON type; inline enums and objects are named `ctx`.
    fn rust_type(
        &mut self,
        ty: &JsonType,
        ctx: &str,
        unsupported: &mut Vec<String>,
        what: &str,
    ) -> String {
        match ty {
            JsonType::String(_) => "String".to_owned(),
            JsonType::Integer(_) => "i64".to_owned(),
            JsonType::Number(_) => "f64".to_owned(),
            JsonType::Boolean => "bool".to_owned(),
            JsonType::Enum { values, .. } if values.is_empty() => "String".to_owned(),
            JsonType::Enum { name: Some(n), .. } => self.named_ref(n),
            JsonType::Enum { name: None, values } => {
                let ctx = &self.inline_name(ctx, "Value");
                if self.defined.insert(ctx.to_owned()) {
                    let code = open_enum(ctx, &format!("The values of `{what}`."), values);
                    self.items.push('\n');
                    self.items.push_str(&code);
                }
                ctx.to_owned()
            }
            JsonType::Array(item) => {
                format!("Vec<{}>", self.rust_type(item, ctx, unsupported, what))
            }
            JsonType::Map { name: Some(n), .. } if n == "StringToStringMap" => {
                "BTreeMap<String, String>".to_owned()
            }
            JsonType::Map { value, .. } => {
                format!(
                    "BTreeMap<String, {}>",
                    self.rust_type(value, ctx, unsupported, what)
                )
            }
            JsonType::Object { name: Some(n), .. } => self.named_ref(n),
            JsonType::Object { name: None, fields } => {
                let ctx = &self.inline_name(ctx, "Object");
                if self.defined.insert(ctx.to_owned()) {
                    let code =
                        self.object(ctx, &format!("The value of `{what}`."), fields, unsupported);
                    self.items.push('\n');
                    self.items.push_str(&code);
                }
                ctx.to_owned()
            }
            JsonType::Unknown(why) => {
                unsupported.push(format!(
                    "`{what}` is {why} in Apple's document: typed as `serde_json::Value`"
                ));
                "serde_json::Value".to_owned()
            }
        }
    }

    /// The name of an inline item: `ctx`, unless a named schema or a
    /// resource already has it (`BuildUploadState`), then `ctx` + `suffix`.
    fn inline_name(&self, ctx: &str, suffix: &str) -> String {
        let mut name = ctx.to_owned();
        while self.doc.named.contains_key(&name) || self.doc.resource(&name).is_some() {
            name.push_str(suffix);
        }
        name
    }

    fn named_ref(&mut self, name: &str) -> String {
        if ASC_CORE_TYPES.contains(&name) {
            return format!("asc_core::{name}");
        }
        self.named.insert(name.to_owned());
        name.to_owned()
    }

    /// A plain serde struct for a nested object.
    fn object(
        &mut self,
        name: &str,
        doc: &str,
        fields: &[Attribute],
        unsupported: &mut Vec<String>,
    ) -> String {
        let mut body = String::new();
        let mut used = BTreeSet::new();
        for f in fields {
            let ty = self.rust_type(
                &f.ty,
                &format!("{name}{}", upper_camel(&f.name)),
                unsupported,
                &f.name,
            );
            // A schema that holds itself needs a box to have a size.
            let ty = if ty == name { format!("Box<{ty}>") } else { ty };
            let (ident, rename) = field_ident(&f.name, &mut used);
            let line = f
                .description
                .clone()
                .unwrap_or_else(|| format!("`{}`: {}.", f.name, f.ty));
            body.push_str(&docs(&[line], "    "));
            let rename = rename.unwrap_or_else(|| lower_camel(&ident));
            let _ = writeln!(
                body,
                "    #[serde(rename = \"{rename}\", default, skip_serializing_if = \"Option::is_none\")]\n    pub {ident}: Option<{ty}>,"
            );
        }
        format!(
            "{}#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]\npub struct {name} {{\n{body}}}\n",
            docs(&[doc.to_owned()], "")
        )
    }
}

/// The item of a named enum or object of Apple's schema (empty for the ones
/// asc-core defines, and for maps, which are `BTreeMap`s).
fn named_item(cx: &mut Cx, name: &str, ty: &JsonType) -> String {
    if ASC_CORE_TYPES.contains(&name) {
        return String::new();
    }
    let doc = format!("Apple's `{name}`.");
    match ty {
        JsonType::Enum { values, .. } if !values.is_empty() => open_enum(name, &doc, values),
        JsonType::Object { fields, .. } => cx.object(name, &doc, fields, &mut Vec::new()),
        _ => String::new(),
    }
}

/// An `asc_core::open_enum!`: forward-compatible, unknown values kept.
fn open_enum(name: &str, doc: &str, values: &[String]) -> String {
    let mut out = format!(
        "asc_core::open_enum! {{\n{}    pub enum {name} {{\n",
        docs(&[doc.to_owned()], "    ")
    );
    let mut seen = BTreeSet::new();
    for v in values {
        let mut variant = value_variant(v).unwrap_or_else(|| sanitize_variant(v));
        if variant == "Unknown" {
            // `Unknown(String)` holds the values Apple adds later.
            variant = "UnknownValue".to_owned();
        }
        while !seen.insert(variant.clone()) {
            variant.push('_');
        }
        let _ = writeln!(
            out,
            "        /// `{v}`.\n        {variant} = \"{}\",",
            v.replace('\\', "\\\\").replace('"', "\\\"")
        );
    }
    out.push_str("    }\n}\n");
    out
}

/// Like asc-derive: `MAC_OS` -> `MacOs`; `None` when the value does not make a variant.
fn value_variant(value: &str) -> Option<String> {
    if value.is_empty()
        || !value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || value.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let camel = if value.contains('_') || value.bytes().all(|b| !b.is_ascii_lowercase()) {
        upper_camel_words(&value.to_ascii_lowercase())
    } else {
        upper_camel_words(value)
    };
    (camel != "Self" && !camel.is_empty()).then_some(camel)
}

/// A variant for a value with other characters (`1.0`, `a-b`).
fn sanitize_variant(value: &str) -> String {
    let cleaned: String = value
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let v = upper_camel_words(&cleaned.to_ascii_lowercase());
    if v.is_empty() || v.starts_with(|c: char| c.is_ascii_digit()) || v == "Self" {
        format!("V{v}")
    } else {
        v
    }
}

fn upper_camel_words(snake: &str) -> String {
    snake
        .split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `fileSize` -> `FileSize`.
fn upper_camel(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
        .replace(|ch: char| !ch.is_ascii_alphanumeric(), "")
}

/// `file_size` -> `fileSize`, as asc-derive spells attribute names (a raw
/// identifier's `r#` dropped).
pub fn lower_camel(snake: &str) -> String {
    let snake = snake.strip_prefix("r#").unwrap_or(snake);
    let mut out = String::new();
    for (i, p) in snake.split('_').filter(|p| !p.is_empty()).enumerate() {
        if i == 0 {
            out.push_str(p);
        } else {
            let mut c = p.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        }
    }
    out
}

/// `gameCenterAchievementImage` -> `game_center_achievement_image`; runs of
/// capitals are one word (`appleIDs` -> `apple_ids`).
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
            // `IDs`: a plural `s` after capitals is not a new word.
            let plural = chars.get(i + 1) == Some(&'s')
                && chars.get(i + 2).is_none_or(|n| !n.is_ascii_lowercase());
            let next_lower = !plural && chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_ascii_uppercase();
            if i > 0 && (prev_lower || (prev_upper && next_lower)) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
    "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// The field for Apple's `name`, and the `rename` it needs when the
/// camelCase of the field is not Apple's name.
fn field_ident(name: &str, used: &mut BTreeSet<String>) -> (String, Option<String>) {
    let mut ident = snake(name);
    while used.contains(&ident) {
        ident.push('_');
    }
    used.insert(ident.clone());
    let rename = (lower_camel(&ident) != name).then(|| name.to_owned());
    if KEYWORDS.contains(&ident.as_str()) {
        ident = format!("r#{ident}");
    } else if matches!(ident.as_str(), "self" | "super" | "crate" | "Self") {
        ident.push('_');
        return (ident, Some(name.to_owned()));
    }
    (ident, rename)
}

/// Rustdoc lines.
fn docs(lines: &[String], indent: &str) -> String {
    let mut out = String::new();
    for line in lines {
        for l in line.lines() {
            if l.trim().is_empty() {
                let _ = writeln!(out, "{indent}///");
            } else {
                let _ = writeln!(out, "{indent}/// {}", l.trim_end());
            }
        }
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            snake("gameCenterAchievementImage"),
            "game_center_achievement_image"
        );
        assert_eq!(snake("appleIDs"), "apple_ids");
        assert_eq!(snake("iPhone65"), "i_phone65");
        assert_eq!(value_variant("MAC_OS").as_deref(), Some("MacOs"));
        assert_eq!(value_variant("1.0"), None);
        assert_eq!(sanitize_variant("1.0"), "V10");
        let mut used = BTreeSet::new();
        assert_eq!(field_ident("type", &mut used), ("r#type".to_owned(), None));
        assert_eq!(
            field_ident("appleIDs", &mut used),
            ("apple_ids".to_owned(), Some("appleIDs".to_owned()))
        );
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
