//! `tests/schema-facts.json`: the facts of Apple's document that the
//! emulator's and the workspace tests' schema validation need, in the
//! project's own compact format (`asc-gen --schema-facts`).
//!
//! Only the routes in [`ROUTES`] (the achievement image and localization
//! routes, v1 and v2, and the lists and linkage routes declared for
//! achievements and versions), then every other route of the families in
//! [`FAMILIES`] (the Game Center family: every path under
//! `/v1/gameCenter...` and `/v2/gameCenter...`, in the document's order) are
//! kept: for each route and method, its query
//! parameters (with their enums), its request body schema and its response
//! status -> schema; plus every component schema reachable from those,
//! reduced to its structure (types, properties, required, enums,
//! references). Descriptions, titles, examples and discriminators are
//! dropped: the output is not a copy of Apple's document.
//!
//! The file is written exactly as the former `tools/schema_facts.py` wrote
//! it (Python's `json.dump(..., indent=1)`), so regenerating it with the same
//! document changes no byte but the `generator` line.

use std::collections::BTreeSet;

use crate::json::{Json, Object};
use crate::openapi::ReadError;

const PREFIX: &str = "#/components/schemas/";

/// The routes kept, with their methods, in the file's order.
pub const ROUTES: &[(&str, &[&str])] = &[
    ("/v1/gameCenterAchievementImages", &["post"]),
    (
        "/v1/gameCenterAchievementImages/{id}",
        &["get", "patch", "delete"],
    ),
    ("/v2/gameCenterAchievementImages", &["post"]),
    (
        "/v2/gameCenterAchievementImages/{id}",
        &["get", "patch", "delete"],
    ),
    ("/v1/gameCenterAchievementLocalizations", &["post"]),
    (
        "/v1/gameCenterAchievementLocalizations/{id}",
        &["get", "patch", "delete"],
    ),
    (
        "/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage",
        &["get"],
    ),
    (
        "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage",
        &["get"],
    ),
    ("/v2/gameCenterAchievementLocalizations", &["post"]),
    (
        "/v2/gameCenterAchievementLocalizations/{id}",
        &["get", "patch", "delete"],
    ),
    (
        "/v2/gameCenterAchievementLocalizations/{id}/image",
        &["get"],
    ),
    (
        "/v2/gameCenterAchievementLocalizations/{id}/relationships/image",
        &["get"],
    ),
    (
        "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement",
        &["get"],
    ),
    // Lists and linkage declared with `list(...)` and `linkage(...)`.
    ("/v1/gameCenterAchievements/{id}/localizations", &["get"]),
    (
        "/v1/gameCenterAchievements/{id}/relationships/localizations",
        &["get"],
    ),
    (
        "/v2/gameCenterAchievementVersions/{id}/localizations",
        &["get"],
    ),
    (
        "/v2/gameCenterAchievementVersions/{id}/relationships/localizations",
        &["get"],
    ),
    // The routes of apps and App Store versions the Game Center family reads.
    ("/v1/apps/{id}", &["get"]),
    ("/v1/apps/{id}/gameCenterDetail", &["get"]),
    ("/v1/apps/{id}/appStoreVersions", &["get"]),
    ("/v1/apps/{id}/gameCenterEnabledVersions", &["get"]),
    ("/v1/appStoreVersions/{id}", &["get"]),
    ("/v1/appStoreVersions/{id}/gameCenterAppVersion", &["get"]),
];

/// The path prefixes of the families whose every route is kept too, after
/// [`ROUTES`]: what asc-resources declares (its `game-center` feature).
pub const FAMILIES: &[&str] = &["/v1/gameCenter", "/v2/gameCenter"];

/// The methods of a path kept for a family, in the file's order.
const METHODS: &[&str] = &["get", "post", "patch", "delete"];

/// What `asc-gen --schema-facts` writes in the file's `source.generator`.
pub const GENERATOR: &str = "asc-gen --schema-facts";

/// Structure only: descriptions, titles, examples and discriminators are dropped.
const KEEP: &[&str] = &[
    "type",
    "properties",
    "required",
    "enum",
    "items",
    "$ref",
    "oneOf",
    "anyOf",
    "allOf",
    "format",
    "nullable",
    "additionalProperties",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
];

/// The schema facts of the document at `path`, as the text of
/// `tests/schema-facts.json` (ending in a newline).
pub fn schema_facts(path: &str) -> Result<String, ReadError> {
    let text = std::fs::read_to_string(path).map_err(|e| ReadError::Io(path.to_owned(), e))?;
    let document = std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    schema_facts_of(&text, &document)
}

/// The schema facts of a document's text; `document` is the file name
/// recorded in `source.document`.
pub fn schema_facts_of(text: &str, document: &str) -> Result<String, ReadError> {
    let root: Json = serde_json::from_str(text).map_err(ReadError::Json)?;
    let schemas = root
        .pointer("/components/schemas")
        .and_then(Json::as_object)
        .ok_or(ReadError::Shape("no `components.schemas`"))?;
    let paths = root
        .get("paths")
        .and_then(Json::as_object)
        .ok_or(ReadError::Shape("no `paths`"))?;

    let mut routes = Object::default();
    let mut wanted = BTreeSet::new();
    let listed: BTreeSet<&str> = ROUTES.iter().map(|(path, _)| *path).collect();
    let family: Vec<(&str, Vec<&str>)> = paths
        .iter()
        .filter(|(path, _)| {
            FAMILIES.iter().any(|f| path.starts_with(f)) && !listed.contains(path.as_str())
        })
        .map(|(path, item)| {
            let methods = METHODS
                .iter()
                .copied()
                .filter(|m| item.get(m).is_some())
                .collect();
            (path.as_str(), methods)
        })
        .collect();
    let all = ROUTES
        .iter()
        .map(|(path, methods)| (*path, methods.to_vec()))
        .chain(family);
    for (path, methods) in all {
        let item = paths
            .get(path)
            .ok_or(ReadError::Shape("a route of the schema facts is missing"))?;
        for method in methods {
            let op = item.get(method).ok_or(ReadError::Shape(
                "an operation of the schema facts is missing",
            ))?;
            let mut params = Object::default();
            let listed = |v: &Json| v.get("parameters").and_then(Json::as_array).cloned();
            for p in listed(op)
                .unwrap_or_default()
                .iter()
                .chain(listed(item).unwrap_or_default().iter())
            {
                if p.get("in").and_then(Json::as_str) != Some("query") {
                    continue;
                }
                let s = p.get("schema").unwrap_or(&Json::Null);
                let mut fact = Object::default();
                fact.insert("type".into(), s["type"].clone());
                let enum_of = |v: &Json| v.get("enum").filter(|e| truthy(e)).cloned();
                if let Some(values) = s.get("items").and_then(enum_of).or_else(|| enum_of(s)) {
                    fact.insert("enum".into(), values);
                }
                if let Some(max) = s.get("maximum") {
                    fact.insert("maximum".into(), max.clone());
                }
                if p.get("required").is_some_and(truthy) {
                    fact.insert("required".into(), Json::Bool(true));
                }
                let name = p["name"].as_str().unwrap_or_default().to_owned();
                params.insert(name, Json::Object(fact));
            }
            let mut responses = Object::default();
            if let Some(rs) = op.get("responses").and_then(Json::as_object) {
                for (status, r) in rs.iter() {
                    let name = schema_name(r.get("content"));
                    if let Some(n) = &name {
                        wanted.insert(n.clone());
                    }
                    responses.insert(status.clone(), name.map_or(Json::Null, Json::String));
                }
            }
            let mut fact = Object::default();
            fact.insert("query".into(), Json::Object(params));
            fact.insert("responses".into(), Json::Object(responses));
            if let Some(request) = schema_name(op.get("requestBody").and_then(|b| b.get("content")))
            {
                wanted.insert(request.clone());
                fact.insert("request".into(), Json::String(request));
            }
            routes.insert(
                format!("{} {path}", method.to_ascii_uppercase()),
                Json::Object(fact),
            );
        }
    }

    // Every schema reachable from the kept routes, by name.
    let mut kept = std::collections::BTreeMap::new();
    let mut todo: Vec<String> = wanted.into_iter().collect();
    while let Some(name) = todo.pop() {
        if kept.contains_key(&name) {
            continue;
        }
        let schema = schemas
            .get(&name)
            .ok_or(ReadError::Shape("a referenced schema is missing"))?;
        let stripped = strip(schema);
        let mut found = BTreeSet::new();
        refs(&stripped, &mut found);
        kept.insert(name, stripped);
        todo.extend(found.into_iter().filter(|f| !kept.contains_key(f)));
    }

    let source = Object::from_members([
        ("document".to_owned(), Json::String(document.to_owned())),
        (
            "version".to_owned(),
            root.pointer("/info/version").cloned().unwrap_or(Json::Null),
        ),
        ("generator".to_owned(), Json::String(GENERATOR.to_owned())),
    ]);
    let out = Object::from_members([
        ("source".to_owned(), Json::Object(source)),
        ("routes".to_owned(), Json::Object(routes)),
        (
            "schemas".to_owned(),
            Json::Object(Object::from_members(kept)),
        ),
    ]);
    Ok(Json::Object(out).to_python_text() + "\n")
}

/// Python's truth of a JSON value (an empty list or `false` is not kept).
fn truthy(v: &Json) -> bool {
    match v {
        Json::Null => false,
        Json::Bool(b) => *b,
        Json::Number(n) => *n != 0.0,
        Json::String(s) => !s.is_empty(),
        Json::Array(a) => !a.is_empty(),
        Json::Object(o) => o.iter().next().is_some(),
    }
}

fn strip(node: &Json) -> Json {
    match node {
        Json::Object(o) => {
            let mut out = Object::default();
            for (k, v) in o.iter() {
                if k == "properties" {
                    let props: Vec<(String, Json)> = v
                        .as_object()
                        .map(|p| p.iter().map(|(n, s)| (n.clone(), strip(s))).collect())
                        .unwrap_or_default();
                    out.insert(k.clone(), Json::Object(Object::from_members(props)));
                } else if k == "format" && v.as_str().is_none() {
                    // Apple's document has `"format": null` in places
                    // (`AppEvent.deepLink`), which JSON Schema refuses.
                } else if KEEP.contains(&k.as_str()) {
                    out.insert(k.clone(), strip(v));
                }
            }
            Json::Object(out)
        }
        Json::Array(items) => Json::Array(items.iter().map(strip).collect()),
        other => other.clone(),
    }
}

fn refs(node: &Json, found: &mut BTreeSet<String>) {
    match node {
        Json::Object(o) => {
            if let Some(name) = o
                .get("$ref")
                .and_then(Json::as_str)
                .and_then(|r| r.strip_prefix(PREFIX))
            {
                found.insert(name.to_owned());
            }
            for (_, v) in o.iter() {
                refs(v, found);
            }
        }
        Json::Array(items) => items.iter().for_each(|v| refs(v, found)),
        _ => {}
    }
}

fn schema_name(content: Option<&Json>) -> Option<String> {
    content?
        .pointer("/application~1json/schema/$ref")?
        .as_str()?
        .strip_prefix(PREFIX)
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    #[test]
    fn reproduces_the_committed_file() {
        let text = super::schema_facts(&crate::default_document_path()).expect("reads");
        let committed = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/schema-facts.json"
        ))
        .expect("tests/schema-facts.json");
        assert!(
            text == committed,
            "tests/schema-facts.json is stale: run `cargo run -p asc-gen -- --schema-facts > \
             tests/schema-facts.json`"
        );
    }
}
