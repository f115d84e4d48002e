//! Each declared resource checked against Apple's OpenAPI document, through
//! the schema facts in `tests/schema-facts.json` (made by `cargo run -p asc-gen -- --schema-facts`):
//! field and include enums against the read route's query parameters,
//! attribute and relationship names and targets against the component
//! schema, and each attribute's Rust type against the schema's JSON type.

use std::collections::BTreeSet;

use asc_core::{Resource, Selector};
use asc_resources::{
    GameCenterAchievementImage, GameCenterAchievementImageV2, GameCenterAchievementLocalization,
    GameCenterAchievementLocalizationV2,
};
use serde_json::{Value, json};

fn facts() -> Value {
    let text = include_str!("../schema-facts.json");
    serde_json::from_str(text).expect("schema-facts.json is JSON")
}

fn resolve<'a>(facts: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap();
            &facts["schemas"][name]
        }
        None => schema,
    }
}

fn names(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// A value of the schema's shape (first enum value, 1 for integers, ...).
fn sample(facts: &Value, schema: &Value, depth: usize) -> Value {
    let schema = resolve(facts, schema);
    if let Some(e) = schema["enum"].as_array() {
        return e[0].clone();
    }
    match schema["type"].as_str() {
        Some("integer") => json!(7),
        Some("number") => json!(1.5),
        Some("boolean") => json!(true),
        Some("string") => json!("text"),
        Some("array") if depth < 4 => json!([sample(facts, &schema["items"], depth + 1)]),
        Some("object") if depth < 4 => {
            let mut out = serde_json::Map::new();
            for (k, v) in schema["properties"].as_object().into_iter().flatten() {
                out.insert(k.clone(), sample(facts, v, depth + 1));
            }
            if let Some(extra) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                out.insert("key".into(), sample(facts, extra, depth + 1));
            }
            Value::Object(out)
        }
        _ => Value::Null,
    }
}

/// A value of the wrong JSON type for the schema, or None if any type would do.
fn wrong(facts: &Value, schema: &Value) -> Option<Value> {
    let schema = resolve(facts, schema);
    Some(match schema["type"].as_str()? {
        "integer" | "number" | "boolean" | "array" | "object" => json!("text"),
        "string" => json!(12),
        _ => return None,
    })
}

fn check<R: Resource>(schema_name: &str) {
    let facts = facts();
    let schema = &facts["schemas"][schema_name];
    assert!(schema.is_object(), "no schema {schema_name} in the facts");
    assert_eq!(
        schema["properties"]["type"]["enum"][0],
        R::TYPE,
        "{schema_name}: type"
    );

    let attributes = &schema["properties"]["attributes"]["properties"];
    let declared: BTreeSet<String> = R::ATTRIBUTES.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(declared, names(attributes), "{schema_name}: attributes");

    let relationships = &schema["properties"]["relationships"]["properties"];
    for rel in R::RELATIONSHIPS {
        let apple = &relationships[rel.name];
        assert!(
            apple.is_object(),
            "{schema_name}: Apple has no relationship {}",
            rel.name
        );
        let data = &apple["properties"]["data"];
        let (target, many) = if data["type"] == "array" {
            (&data["items"]["properties"]["type"]["enum"][0], true)
        } else {
            (&data["properties"]["type"]["enum"][0], false)
        };
        assert_eq!(
            target, rel.target_type,
            "{schema_name}.{}: target type",
            rel.name
        );
        assert_eq!(many, rel.to_many, "{schema_name}.{}: to-many", rel.name);
    }

    let route = &facts["routes"][format!("GET {}/{{id}}", R::PATH)];
    assert!(route.is_object(), "no read route for {}", R::PATH);
    let fields = strings(&route["query"][format!("fields[{}]", R::TYPE)]["enum"]);
    let ours: BTreeSet<String> = <R::Field as Selector>::NAMES
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(
        ours,
        fields,
        "{schema_name}: field enum vs fields[{}]",
        R::TYPE
    );
    let includes = strings(&route["query"]["include"]["enum"]);
    let ours: BTreeSet<String> = <R::Include as Selector>::NAMES
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(ours, includes, "{schema_name}: include enum");
    for rel in R::RELATIONSHIPS {
        assert_eq!(
            rel.include,
            includes.contains(rel.name),
            "{schema_name}.{}: include flag",
            rel.name
        );
    }

    // Attribute shapes: Apple's shape decodes, a wrong JSON type does not.
    let full: serde_json::Map<String, Value> = names(attributes)
        .into_iter()
        .map(|n| (n.clone(), sample(&facts, &attributes[&n], 0)))
        .collect();
    let object = json!({"type": R::TYPE, "id": "1", "attributes": full});
    if let Err(e) = serde_json::from_value::<R>(object) {
        panic!("{schema_name}: Apple's shape does not decode: {e}");
    }
    for name in names(attributes) {
        let Some(bad) = wrong(&facts, &attributes[&name]) else {
            continue;
        };
        let object = json!({"type": R::TYPE, "id": "1", "attributes": {name.clone(): bad}});
        assert!(
            serde_json::from_value::<R>(object).is_err(),
            "{schema_name}.{name}: the Rust type accepts a value of the wrong JSON type"
        );
    }
}

#[test]
fn image_v1_matches_apple() {
    check::<GameCenterAchievementImage>("GameCenterAchievementImage");
}

#[test]
fn image_v2_matches_apple() {
    check::<GameCenterAchievementImageV2>("GameCenterAchievementImageV2");
}

#[test]
fn localization_v1_matches_apple() {
    check::<GameCenterAchievementLocalization>("GameCenterAchievementLocalization");
}

#[test]
fn localization_v2_matches_apple() {
    check::<GameCenterAchievementLocalizationV2>("GameCenterAchievementLocalizationV2");
}

/// The check itself can fail: a declaration that drifts from Apple is caught.
#[test]
#[should_panic(expected = "attributes")]
fn a_drifted_declaration_is_caught() {
    #[derive(asc_core::AscResource, Debug)]
    #[asc(type = "gameCenterAchievementImages")]
    #[allow(dead_code, reason = "only decoded, never read")]
    pub struct Drifted {
        pub id: String,
        pub file_name: Option<String>,
    }
    check::<Drifted>("GameCenterAchievementImage");
}

/// Each declared list and linkage route of the relationships `only` against
/// Apple's route: it exists, its `limit` maximum is the declared one, and its
/// `filter[...]`, `exists[...]` and `sort` parameters are exactly the
/// declared ones. `only` names relationships whose routes the facts file
/// holds; the checker of asc-gen (`cargo test -p asc-gen --test check`)
/// compares every list and linkage of every declaration with Apple's whole
/// document.
fn check_lists<R: Resource>(only: &[&str]) {
    let facts = facts();
    let routes = &facts["routes"];
    let checked = |rel: Option<&str>| rel.is_some_and(|r| only.contains(&r));
    assert!(
        only.iter()
            .all(|r| R::LISTS.iter().any(|l| l.relationship == Some(*r))
                || R::LINKAGES.iter().any(|l| l.relationship == *r)),
        "{}: every relationship of {only:?} has a list or linkage",
        R::TYPE
    );
    for list in R::LISTS.iter().filter(|l| checked(l.relationship)) {
        let path = match list.relationship {
            None => R::PATH.to_owned(),
            Some(rel) => format!("{}/{{id}}/{rel}", R::PATH),
        };
        let route = &routes[format!("GET {path}")];
        assert!(route.is_object(), "{}: Apple has no GET {path}", R::TYPE);
        let query = &route["query"];
        assert_eq!(
            query["limit"]["maximum"].as_u64(),
            Some(u64::from(list.max_limit)),
            "GET {path}: limit maximum"
        );
        let apple: BTreeSet<String> = names(query)
            .into_iter()
            .filter(|n| n.starts_with("filter[") || n.starts_with("exists["))
            .collect();
        let declared: BTreeSet<String> = list
            .filters
            .iter()
            .map(|f| f.parameter.to_owned())
            .collect();
        assert_eq!(declared, apple, "GET {path}: filters");
        for filter in list.filters {
            let fact = &query[filter.parameter];
            assert_eq!(
                fact["required"].as_bool().unwrap_or(false),
                filter.required,
                "GET {path}: {} required",
                filter.parameter
            );
            if let Some(values) = fact["enum"].as_array() {
                let apple: BTreeSet<&str> = values.iter().filter_map(Value::as_str).collect();
                let declared: BTreeSet<&str> = filter.values.iter().copied().collect();
                assert_eq!(declared, apple, "GET {path}: {} values", filter.parameter);
            }
        }
        let sort: BTreeSet<String> = strings(&query["sort"]["enum"]);
        let declared: BTreeSet<String> = list
            .sort
            .iter()
            .flat_map(|k| [(*k).to_owned(), format!("-{k}")])
            .collect();
        assert_eq!(declared, sort, "GET {path}: sort keys");
    }
    for linkage in R::LINKAGES.iter().filter(|l| checked(Some(l.relationship))) {
        let path = format!("{}/{{id}}/relationships/{}", R::PATH, linkage.relationship);
        for (declared, method) in [
            (linkage.get, "GET"),
            (linkage.add, "POST"),
            (linkage.remove, "DELETE"),
            (linkage.replace, "PATCH"),
        ] {
            if declared {
                assert!(
                    routes[format!("{method} {path}")].is_object(),
                    "{}: Apple has no {method} {path}",
                    R::TYPE
                );
            }
        }
        if linkage.get {
            let limit = &routes[format!("GET {path}")]["query"]["limit"]["maximum"];
            let to_many = R::RELATIONSHIPS
                .iter()
                .any(|r| r.name == linkage.relationship && r.to_many);
            assert_eq!(limit.as_u64().is_some(), to_many, "GET {path}: paged");
        }
    }
}

#[test]
fn lists_and_linkage_match_apple() {
    check_lists::<asc_resources::GameCenterAchievement>(&["localizations"]);
    check_lists::<asc_resources::GameCenterAchievementVersionV2>(&["localizations"]);
    check_lists::<GameCenterAchievementLocalization>(&[
        "gameCenterAchievement",
        "gameCenterAchievementImage",
    ]);
    check_lists::<GameCenterAchievementLocalizationV2>(&["image"]);
    // The achievement's localizations and releases.
    assert_eq!(asc_resources::GameCenterAchievement::LISTS.len(), 2);
    assert_eq!(
        asc_resources::GameCenterAchievementVersionV2::LISTS.len(),
        1
    );
    assert_eq!(GameCenterAchievementLocalization::LINKAGES.len(), 2);
}
