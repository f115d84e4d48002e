//! Shared by the Game Center family tests (`game_center_family.rs`,
//! `gc_leaderboards.rs`, `gc_activities_matchmaking.rs`,
//! `gc_achievements_app.rs`): the emulator they run against, small helpers,
//! PNG bytes and temporary files for the uploads, and one strict validator
//! of answers against Apple's schemas.
//!
//! The schemas come from `tests/schema-facts.json`, the project's one
//! extract of Apple's OpenAPI document for tests (`cargo run -p asc-gen --
//! --schema-facts` writes it; it covers every Game Center route and the
//! schemas they reach). They are translated to JSON Schema (2020-12) as
//! `asc-emulator/tests/schema.rs` does, with three rules of ours:
//! - objects with `properties` get `additionalProperties: false` (Apple's
//!   schemas leave it open, but the emulator must not invent members);
//! - a relationship object may carry `links` (`RelationshipLinks`): the
//!   emulator renders them on every relationship, where Apple's schema lists
//!   them for some relationships only;
//! - an optional member may be `null`, as in Apple's own example
//!   (`assetDeliveryState.errors: null`) although the schema does not say so.
//!
//! The facts hold every Game Center route and the app and App Store version
//! routes the family reads (`asc-gen --schema-facts`, the one reader of
//! Apple's document), so one translation and one validator serve every
//! answer.
#![allow(dead_code)]

#[path = "../faults_support/mod.rs"]
mod faults_support;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use asc_core::ResourceIdentifier;
use asc_emulator::Emulator;
use serde_json::{Map, Value, json};

// Not every file that includes this module uploads.
#[allow(unused_imports)]
pub use faults_support::png;

/// An emulator with every declared resource and the default seeds, quick
/// processing and small upload parts (so that an upload has several).
pub async fn emulator() -> Emulator {
    Emulator::builder()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .processing_delay(Duration::from_millis(10))
        .upload_part_size(4096)
        .start()
        .await
        .unwrap()
}

/// The id a to-one linkage holds.
pub fn id(linkage: &Option<ResourceIdentifier>) -> Option<&str> {
    linkage.as_ref().map(|l| l.id.as_str())
}

/// `ids`, sorted.
pub fn sorted<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut ids: Vec<&str> = ids.collect();
    ids.sort_unstable();
    ids
}

/// The ids of `items` (as `id` reads them), sorted.
pub fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    let mut ids: Vec<String> = items.iter().map(|i| id(i).to_owned()).collect();
    ids.sort_unstable();
    ids
}

/// A file in a directory of this test run, removed when dropped.
pub struct TempFile(pub PathBuf);

impl TempFile {
    pub fn new(name: &str, bytes: &[u8]) -> TempFile {
        let dir =
            std::env::temp_dir().join(format!("asc-game-center-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

// ------------------------------------------------------------ Apple's schemas

/// `tests/schema-facts.json`, parsed once.
fn facts() -> &'static Value {
    static FACTS: OnceLock<Value> = OnceLock::new();
    FACTS.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schema-facts.json"
        ))
        .expect(
            "tests/schema-facts.json exists (`cargo run -p asc-gen -- --schema-facts` writes it)",
        );
        serde_json::from_str(&text).expect("facts are JSON")
    })
}

/// Apple's schema `name` (OpenAPI 3.0, untranslated), from the facts.
pub fn schema(name: &str) -> &'static Value {
    facts()["schemas"]
        .get(name)
        .unwrap_or_else(|| panic!("no schema {name} in tests/schema-facts.json"))
}

/// Whether the facts hold Apple's schema `name`.
pub fn has_schema(name: &str) -> bool {
    facts()["schemas"].get(name).is_some()
}

/// The schema Apple names for the answer `status` of `route` (such as
/// `"GET /v1/gameCenterLeaderboards/{id}"`, 200), from the facts.
pub fn response_schema(route: &str, status: u16) -> String {
    facts()["routes"][route]["responses"][status.to_string()]
        .as_str()
        .unwrap_or_else(|| panic!("tests/schema-facts.json has no {status} schema of {route}"))
        .to_owned()
}

/// The schema Apple's `included` of the answer schema `response` names for
/// an item of JSON:API type `ty` (the member of its `oneOf` whose `type` is
/// `ty`); `None` if Apple does not include that type there.
pub fn included_schema(response: &str, ty: &str) -> Option<String> {
    schema(response)["properties"]["included"]["items"]["oneOf"]
        .as_array()?
        .iter()
        .filter_map(|one| one["$ref"].as_str())
        .map(|r| r.trim_start_matches("#/components/schemas/"))
        .find(|name| {
            schema(name)["properties"]["type"]["enum"]
                .as_array()
                .is_some_and(|types| types.iter().any(|t| t == ty))
        })
        .map(str::to_owned)
}

/// The strict validator of Apple's schema `name`, made once, with only the
/// definitions it reaches (the facts hold hundreds; compiling them all for
/// each schema costs seconds).
pub fn validator(name: &str) -> &'static jsonschema::Validator {
    static VALIDATORS: OnceLock<Mutex<HashMap<String, &'static jsonschema::Validator>>> =
        OnceLock::new();
    let mut cache = VALIDATORS.get_or_init(Default::default).lock().unwrap();
    cache.entry(name.to_owned()).or_insert_with(|| {
        let mut definitions = Map::new();
        // The translation refers to `RelationshipLinks` on every relationship.
        let mut todo = vec![name.to_owned(), "RelationshipLinks".to_owned()];
        while let Some(next) = todo.pop() {
            if definitions.contains_key(&next) {
                continue;
            }
            let schema = schema(&next);
            references(schema, &mut todo);
            definitions.insert(next, translate(schema, false));
        }
        let document = json!({"definitions": definitions, "$ref": format!("#/definitions/{name}")});
        Box::leak(Box::new(
            jsonschema::draft202012::new(&document).expect("a valid JSON Schema"),
        ))
    })
}

/// What is wrong with `body` as Apple's schema `name` (such as
/// `GameCenterLeaderboardSetImageResponse`), one line per error.
pub fn schema_errors(name: &str, body: &Value) -> Vec<String> {
    validator(name)
        .iter_errors(body)
        .map(|e| format!("{name} at {}: {e}", e.instance_path()))
        .collect()
}

/// Pushes the names of the schemas `node` refers to.
fn references(node: &Value, found: &mut Vec<String>) {
    match node {
        Value::Object(m) => {
            if let Some(r) = m.get("$ref").and_then(Value::as_str) {
                found.push(r.trim_start_matches("#/components/schemas/").to_owned());
            }
            m.values().for_each(|v| references(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, found)),
        _ => {}
    }
}

/// OpenAPI 3.0 to strict JSON Schema (the rules are in this module's
/// documentation): `$ref`s into `definitions`, `nullable`, optional members
/// that may be `null`, `links` on every relationship, and no members beyond
/// the listed ones.
fn translate(node: &Value, relationship_map: bool) -> Value {
    let Some(m) = node.as_object() else {
        return match node {
            Value::Array(items) => {
                Value::Array(items.iter().map(|i| translate(i, false)).collect())
            }
            other => other.clone(),
        };
    };
    let mut out = Map::new();
    let required: HashSet<&str> = m
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (k, v) in m {
        match k.as_str() {
            "$ref" => {
                let name = v
                    .as_str()
                    .expect("a $ref")
                    .trim_start_matches("#/components/schemas/");
                out.insert(k.clone(), json!(format!("#/definitions/{name}")));
            }
            "nullable" => {}
            "properties" => {
                let mut props = Map::new();
                for (name, schema) in v.as_object().expect("properties") {
                    let mut t = translate(schema, name == "relationships");
                    if relationship_map
                        && let Some(p) = t.get_mut("properties").and_then(Value::as_object_mut)
                    {
                        p.entry("links")
                            .or_insert_with(|| json!({"$ref": "#/definitions/RelationshipLinks"}));
                    }
                    if !required.contains(name.as_str()) {
                        t = json!({"anyOf": [t, {"type": "null"}]});
                    }
                    props.insert(name.clone(), t);
                }
                out.insert(k.clone(), Value::Object(props));
            }
            _ => {
                out.insert(k.clone(), translate(v, false));
            }
        }
    }
    if m.get("nullable") == Some(&json!(true))
        && let Some(t) = out.get("type").cloned()
    {
        out.insert("type".into(), json!([t, "null"]));
    }
    if m.contains_key("properties") && !m.contains_key("additionalProperties") {
        out.insert("additionalProperties".into(), json!(false));
    }
    Value::Object(out)
}
