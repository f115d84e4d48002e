//! Every answer the emulator gives on the achievement image and localization
//! routes validates against Apple's schemas, taken from the facts that
//! `asc-gen --schema-facts` extracts from Apple's OpenAPI document.
//!
//! The facts are translated to JSON Schema (2020-12) with three rules of ours:
//! - objects with `properties` get `additionalProperties: false` (Apple's schemas
//!   leave it open, but the emulator must not invent members: a v1 relationship
//!   name on a v2 route, say, is caught this way);
//! - a relationship object may carry `links` (`RelationshipLinks`): the emulator
//!   renders them on every relationship, where Apple's schema lists them for
//!   some relationships only;
//! - an optional member may be `null`, as in Apple's own example
//!   (`assetDeliveryState.errors: null`) although the schema does not say so.

mod common;

use std::collections::{HashMap, HashSet};

use asc_emulator::{Emulator, Method};
use common::*;
use serde_json::{Map, Value, json};

struct Facts {
    facts: Value,
    validators: HashMap<String, jsonschema::Validator>,
}

impl Facts {
    fn load() -> Facts {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/schema-facts.json"
        ))
        .expect(
            "tests/schema-facts.json exists (`cargo run -p asc-gen -- --schema-facts` writes it)",
        );
        Facts {
            facts: serde_json::from_str(&text).expect("facts are JSON"),
            validators: HashMap::new(),
        }
    }

    fn route(&self, key: &str) -> &Value {
        let r = &self.facts["routes"][key];
        assert!(r.is_object(), "no facts for {key}");
        r
    }

    /// The validator of schema `name`, made with only the definitions it
    /// reaches (the facts hold hundreds; compiling them all for each
    /// schema costs seconds).
    fn validator(&mut self, name: &str) -> &jsonschema::Validator {
        if !self.validators.contains_key(name) {
            let schemas = self.facts["schemas"].as_object().expect("schemas");
            let mut defs = Map::new();
            let mut todo = vec![name.to_owned()];
            while let Some(next) = todo.pop() {
                if defs.contains_key(&next) {
                    continue;
                }
                let schema = schemas
                    .get(&next)
                    .unwrap_or_else(|| panic!("no schema {next} in the facts"));
                references(schema, &mut todo);
                defs.insert(next, translate(schema, false));
            }
            // The translation refers to `RelationshipLinks` on every relationship.
            if let Some(links) = schemas.get("RelationshipLinks") {
                defs.entry("RelationshipLinks")
                    .or_insert_with(|| translate(links, false));
            }
            let schema = json!({"definitions": defs, "$ref": format!("#/definitions/{name}")});
            let v = jsonschema::draft202012::new(&schema).expect("a valid JSON Schema");
            self.validators.insert(name.to_owned(), v);
        }
        &self.validators[name]
    }

    /// Checks that `status` is documented for `route` and `body` matches its schema.
    fn check(&mut self, route: &str, status: u16, body: &Value) -> Vec<String> {
        let schema = match self.route(route)["responses"].get(status.to_string()) {
            None => {
                return vec![format!(
                    "{route}: status {status} is not one Apple documents"
                )];
            }
            Some(Value::Null) => {
                return if body.is_null() {
                    Vec::new()
                } else {
                    vec![format!("{route} {status}: expected no body")]
                };
            }
            Some(v) => v.as_str().expect("schema name").to_owned(),
        };
        let empty_to_one = self.empty_to_one(route, &schema, body);
        self.validator(&schema)
            .iter_errors(body)
            .filter(|e| !(empty_to_one && e.instance_path().as_str() == "/data"))
            .map(|e| format!("{route} {status} ({schema}) at {}: {e}", e.instance_path()))
            .collect()
    }

    /// Whether `body` is an empty to-one answer, `{"data": null, ...}`, of a
    /// to-one related read or to-one linkage read (`GET .../{id}/{rel}`,
    /// `GET .../{id}/relationships/{rel}`). App Store Connect answers an empty
    /// to-one so, as JSON:API allows; Apple's document 4.4.1 types `data` as an
    /// object there, a known gap. Only that one member may then be off schema.
    fn empty_to_one(&self, route: &str, schema: &str, body: &Value) -> bool {
        let related = route.starts_with("GET ")
            && route
                .split_once("{id}/")
                .is_some_and(|(_, rel)| !rel.is_empty());
        let data = &self.facts["schemas"][schema]["properties"]["data"];
        related && body.get("data") == Some(&Value::Null) && data["type"] != "array"
    }

    /// Checks a request body we send against Apple's request schema.
    fn check_request(&mut self, route: &str, body: &Value) -> Vec<String> {
        let schema = self.route(route)["request"]
            .as_str()
            .expect("a request schema")
            .to_owned();
        self.validator(&schema)
            .iter_errors(body)
            .map(|e| {
                format!(
                    "request of {route} ({schema}) at {}: {e}",
                    e.instance_path()
                )
            })
            .collect()
    }
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

/// Collects `(route, status, body)` of real answers, then checks them all.
struct Run {
    facts: Facts,
    failures: Vec<String>,
    checked: usize,
}

impl Run {
    async fn call(
        &mut self,
        emu: &Emulator,
        route: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        if let Some(b) = &body {
            let errors = self.facts.check_request(route, b);
            self.failures.extend(errors);
        }
        let (status, _, doc) = call(emu, method, path, body).await;
        let errors = self.facts.check(route, status, &doc);
        self.failures.extend(errors);
        self.checked += 1;
        doc
    }

    async fn unauthorized(&mut self, emu: &Emulator, route: &str, method: Method, path: &str) {
        let resp = http()
            .request(method, format!("{}{path}", emu.base_url()))
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        assert_eq!(status, 401);
        let doc: Value = resp.json().await.unwrap();
        let errors = self.facts.check(route, status, &doc);
        self.failures.extend(errors);
        self.checked += 1;
    }
}

const IMG1: &str = "/v1/gameCenterAchievementImages";
const IMG2: &str = "/v2/gameCenterAchievementImages";
const LOC1: &str = "/v1/gameCenterAchievementLocalizations";
const LOC2: &str = "/v2/gameCenterAchievementLocalizations";

/// The image routes of one version, from create to delete, successes and errors.
async fn image_routes(run: &mut Run, emu: &Emulator, v: &str, rel: &str, loc: &str) {
    let one = format!("GET /{v}/gameCenterAchievementImages/{{id}}");
    let patch = format!("PATCH /{v}/gameCenterAchievementImages/{{id}}");
    let delete = format!("DELETE /{v}/gameCenterAchievementImages/{{id}}");
    let post = format!("POST /{v}/gameCenterAchievementImages");
    let base = format!("/{v}/gameCenterAchievementImages");

    run.call(emu, &one, Method::GET, &format!("{base}/{IMAGE_ID}"), None)
        .await;
    run.call(
        emu,
        &one,
        Method::GET,
        &format!("{base}/{IMAGE_ID}?include={rel}"),
        None,
    )
    .await;
    run.call(emu, &one, Method::GET, &format!("{base}/{IMAGE_ID}?fields[gameCenterAchievementImages]=fileName&include={rel}&fields[gameCenterAchievementLocalizations]=name"), None).await;
    run.call(
        emu,
        &one,
        Method::GET,
        &format!("{base}/{IMAGE_ID}?fields[gameCenterAchievementImages]=nope"),
        None,
    )
    .await;
    run.call(
        emu,
        &one,
        Method::GET,
        &format!("{base}/{IMAGE_ID}?include=nope"),
        None,
    )
    .await;
    run.call(
        emu,
        &one,
        Method::GET,
        &format!("{base}/{IMAGE_ID}?sort=id"),
        None,
    )
    .await;
    run.call(emu, &one, Method::GET, &format!("{base}/missing"), None)
        .await;
    run.unauthorized(emu, &one, Method::GET, &format!("{base}/{IMAGE_ID}"))
        .await;

    let file = png(512, 512, 70_000);
    let create = json!({"data": {
        "type": IMAGES,
        "attributes": {"fileSize": file.len(), "fileName": "coffee.png"},
        "relationships": {rel: {"data": {"type": LOCALIZATIONS, "id": loc}}}
    }});
    let created = run
        .call(emu, &post, Method::POST, &base, Some(create.clone()))
        .await;
    let id = created["data"]["id"].as_str().expect("created").to_owned();
    // The same localization again, a missing one, no relationship at all.
    run.call(emu, &post, Method::POST, &base, Some(create.clone()))
        .await;
    let mut missing = create.clone();
    missing["data"]["relationships"][rel]["data"]["id"] = json!("missing");
    run.call(emu, &post, Method::POST, &base, Some(missing))
        .await;
    let (s, _, doc) = call(
        emu,
        Method::POST,
        &base,
        Some(json!({"data": {"type": IMAGES, "attributes": {"fileName": "a.png"}}})),
    )
    .await;
    run.failures.extend(run.facts.check(&post, s, &doc));
    let raw = http()
        .post(format!("{}{base}", emu.base_url()))
        .bearer_auth(token(emu))
        .body("{")
        .send()
        .await
        .unwrap();
    let s = raw.status().as_u16();
    let doc: Value = raw.json().await.unwrap();
    run.failures.extend(run.facts.check(&post, s, &doc));

    upload_parts(&created["data"]["attributes"]["uploadOperations"], &file).await;
    let commit = json!({"data": {"type": IMAGES, "id": id, "attributes": {"uploaded": true}}});
    run.call(
        emu,
        &patch,
        Method::PATCH,
        &format!("{base}/{id}"),
        Some(commit.clone()),
    )
    .await;
    run.call(
        emu,
        &patch,
        Method::PATCH,
        &format!("{base}/{id}"),
        Some(commit.clone()),
    )
    .await; // 409
    let wrong =
        json!({"data": {"type": IMAGES, "id": "missing", "attributes": {"uploaded": true}}});
    run.call(
        emu,
        &patch,
        Method::PATCH,
        &format!("{base}/missing"),
        Some(wrong),
    )
    .await; // 404
    let done = wait_processed(emu, &format!("{base}/{id}")).await;
    run.failures.extend(run.facts.check(&one, 200, &done));
    run.call(emu, &delete, Method::DELETE, &format!("{base}/{id}"), None)
        .await;
    run.call(emu, &delete, Method::DELETE, &format!("{base}/{id}"), None)
        .await; // 404

    // A failed processing shows Apple's errors.
    let junk = vec![7u8; 300];
    let mut create = create;
    create["data"]["attributes"]["fileSize"] = json!(junk.len());
    let created = run
        .call(emu, &post, Method::POST, &base, Some(create))
        .await;
    let id = created["data"]["id"].as_str().expect("created").to_owned();
    upload_parts(&created["data"]["attributes"]["uploadOperations"], &junk).await;
    let commit = json!({"data": {"type": IMAGES, "id": id, "attributes": {"uploaded": true}}});
    run.call(
        emu,
        &patch,
        Method::PATCH,
        &format!("{base}/{id}"),
        Some(commit),
    )
    .await;
    let failed = wait_processed(emu, &format!("{base}/{id}")).await;
    assert_eq!(
        failed["data"]["attributes"]["assetDeliveryState"]["state"],
        "FAILED"
    );
    run.failures.extend(run.facts.check(&one, 200, &failed));
    run.call(emu, &delete, Method::DELETE, &format!("{base}/{id}"), None)
        .await;
}

#[tokio::test]
async fn every_answer_matches_apples_schema() {
    let mut run = Run {
        facts: Facts::load(),
        failures: Vec::new(),
        checked: 0,
    };
    let emu = builder_with_parents().start().await.unwrap();
    image_routes(
        &mut run,
        &emu,
        "v1",
        "gameCenterAchievementLocalization",
        LOC_EMPTY,
    )
    .await;
    image_routes(&mut run, &emu, "v2", "localization", LOC_EMPTY).await;

    for (v, base, image_rel) in [
        ("v1", LOC1, "gameCenterAchievementImage"),
        ("v2", LOC2, "image"),
    ] {
        let one = format!("GET /{v}/gameCenterAchievementLocalizations/{{id}}");
        run.call(
            &emu,
            &one,
            Method::GET,
            &format!("{base}/{LOC_WITH_IMAGE}"),
            None,
        )
        .await;
        run.call(
            &emu,
            &one,
            Method::GET,
            &format!("{base}/{LOC_WITH_IMAGE}?include={image_rel}"),
            None,
        )
        .await;
        run.call(&emu, &one, Method::GET, &format!("{base}/missing"), None)
            .await;
        let related = format!("GET /{v}/gameCenterAchievementLocalizations/{{id}}/{image_rel}");
        run.call(
            &emu,
            &related,
            Method::GET,
            &format!("{base}/{LOC_WITH_IMAGE}/{image_rel}"),
            None,
        )
        .await;
        let rel_v = if v == "v1" {
            "gameCenterAchievementLocalization"
        } else {
            "localization"
        };
        run.call(
            &emu,
            &related,
            Method::GET,
            &format!("{base}/{LOC_WITH_IMAGE}/{image_rel}?include={rel_v}"),
            None,
        )
        .await;
        run.call(
            &emu,
            &related,
            Method::GET,
            &format!("{base}/missing/{image_rel}"),
            None,
        )
        .await;
        let linkage =
            format!("GET /{v}/gameCenterAchievementLocalizations/{{id}}/relationships/{image_rel}");
        run.call(
            &emu,
            &linkage,
            Method::GET,
            &format!("{base}/{LOC_WITH_IMAGE}/relationships/{image_rel}"),
            None,
        )
        .await;
        // LOC_EMPTY's images were deleted above: Apple's empty to-one, 200 `{"data": null}`.
        for (route, path) in [
            (&related, format!("{base}/{LOC_EMPTY}/{image_rel}")),
            (
                &linkage,
                format!("{base}/{LOC_EMPTY}/relationships/{image_rel}"),
            ),
        ] {
            let doc = run.call(&emu, route, Method::GET, &path, None).await;
            assert_eq!(doc["data"], Value::Null, "{path}: {doc}");
        }
        let patch = format!("PATCH /{v}/gameCenterAchievementLocalizations/{{id}}");
        let body = json!({"data": {"type": LOCALIZATIONS, "id": LOC_WITH_IMAGE, "attributes": {"name": "Espresso"}}});
        run.call(
            &emu,
            &patch,
            Method::PATCH,
            &format!("{base}/{LOC_WITH_IMAGE}"),
            Some(body),
        )
        .await;
    }

    // The parents' lists of localizations and their linkage, a page and the next.
    for (route, path) in [
        (
            "GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement",
            format!("{LOC1}/{LOC_WITH_IMAGE}/relationships/gameCenterAchievement"),
        ),
        (
            "GET /v1/gameCenterAchievements/{id}/localizations",
            format!(
                "/v1/gameCenterAchievements/{ACHIEVEMENT_ID}/localizations?limit=1&include=gameCenterAchievement,gameCenterAchievementImage"
            ),
        ),
        (
            "GET /v1/gameCenterAchievements/{id}/relationships/localizations",
            format!(
                "/v1/gameCenterAchievements/{ACHIEVEMENT_ID}/relationships/localizations?limit=1"
            ),
        ),
        (
            "GET /v2/gameCenterAchievementVersions/{id}/localizations",
            format!(
                "/v2/gameCenterAchievementVersions/{VERSION_ID}/localizations?limit=1&include=version,image"
            ),
        ),
        (
            "GET /v2/gameCenterAchievementVersions/{id}/relationships/localizations",
            format!(
                "/v2/gameCenterAchievementVersions/{VERSION_ID}/relationships/localizations?limit=1"
            ),
        ),
    ] {
        let doc = run.call(&emu, route, Method::GET, &path, None).await;
        assert!(!doc["data"].is_null(), "{path}: {doc}");
        if doc["data"].is_array() {
            // Two localizations, pages of one: the next page is the last.
            let next = doc["links"]["next"].as_str().expect("links.next");
            let next = next
                .strip_prefix(&emu.base_url())
                .expect("next is absolute");
            let last = run.call(&emu, route, Method::GET, next, None).await;
            assert_eq!(last["data"].as_array().map(Vec::len), Some(1), "{last}");
            assert!(last["links"].get("next").is_none(), "{last}");
        }
    }

    // 429 once the allowance is spent.
    emu.set_rate_limit_remaining(0);
    run.call(
        &emu,
        "GET /v2/gameCenterAchievementImages/{id}",
        Method::GET,
        &format!("{IMG2}/{IMAGE_ID}"),
        None,
    )
    .await;
    run.call(
        &emu,
        "POST /v1/gameCenterAchievementImages",
        Method::POST,
        IMG1,
        Some(create_v1("a.png", 1, LOC_EMPTY)),
    )
    .await;

    assert!(run.checked > 50, "{}", run.checked);
    assert!(
        run.failures.is_empty(),
        "{} answers off Apple's schema:\n{}",
        run.failures.len(),
        run.failures.join("\n")
    );
}

#[tokio::test]
async fn the_translation_catches_invented_members() {
    let mut facts = Facts::load();
    let emu = start().await;
    let (_, mut doc) = get(&emu, &format!("{IMG2}/{IMAGE_ID}")).await;
    assert!(
        facts
            .check("GET /v2/gameCenterAchievementImages/{id}", 200, &doc)
            .is_empty()
    );
    // The v1 relationship name on the v2 route, a made-up attribute, a wrong state:
    let mut v1_name = doc.clone();
    let rel = v1_name["data"]["relationships"]["localization"].clone();
    v1_name["data"]["relationships"]["gameCenterAchievementLocalization"] = rel;
    assert!(
        !facts
            .check("GET /v2/gameCenterAchievementImages/{id}", 200, &v1_name)
            .is_empty()
    );
    doc["data"]["attributes"]["colour"] = json!("red");
    assert!(
        !facts
            .check("GET /v2/gameCenterAchievementImages/{id}", 200, &doc)
            .is_empty()
    );
    // `data: null` passes on a to-one related or linkage read only, and only `data`.
    let null = json!({"data": null, "links": {"self": "http://127.0.0.1/x"}});
    for route in [
        "GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage",
        "GET /v2/gameCenterAchievementLocalizations/{id}/relationships/image",
    ] {
        assert_eq!(facts.check(route, 200, &null), Vec::<String>::new());
        let mut extra = null.clone();
        extra["colour"] = json!("red");
        assert!(!facts.check(route, 200, &extra).is_empty(), "{route}");
    }
    for route in [
        "GET /v1/gameCenterAchievementImages/{id}",
        "GET /v1/gameCenterAchievements/{id}/localizations",
        "GET /v1/gameCenterAchievements/{id}/relationships/localizations",
    ] {
        assert!(!facts.check(route, 200, &null).is_empty(), "{route}");
    }
    let (_, mut doc) = get(&emu, &format!("{IMG1}/{IMAGE_ID}")).await;
    doc["data"]["attributes"]["assetDeliveryState"]["state"] = json!("DONE");
    assert!(
        !facts
            .check("GET /v1/gameCenterAchievementImages/{id}", 200, &doc)
            .is_empty()
    );
    assert!(
        !facts
            .check("GET /v1/gameCenterAchievementImages/{id}", 405, &doc)
            .is_empty()
    );
    assert!(
        !facts
            .check(
                "GET /v1/gameCenterAchievementImages/{id}",
                404,
                &json!({"errors": [{"status": "404"}]})
            )
            .is_empty()
    );
}

/// Types asc-resources declares in part (see asc-gen's checker, `PARTIAL`).
const PARTIALLY_DECLARED: &[&str] = &["apps", "appStoreVersions"];

/// Apple's documented query parameters are exactly the ones accepted, on
/// every GET route the declared family serves: every name with all its
/// values passes, a value outside the enum and an undocumented name are
/// refused.
#[tokio::test]
async fn query_parameters_match_apples() {
    let facts = Facts::load();
    let emu = family().await;
    let mut unseeded = Vec::new();
    let mut tried = 0;
    let mut seen = HashSet::new();
    let untyped_filters: HashSet<&str> = asc_resources::declared()
        .iter()
        .flat_map(|m| m.lists)
        .flat_map(|l| l.filters)
        .filter(|f| f.values.is_empty())
        .map(|f| f.parameter)
        .collect();
    for Concrete {
        route: key,
        path,
        answers,
    } in concrete_routes(&facts, &mut unseeded)
    {
        // One seeded id per route is enough here. A route answering with a
        // type declared in part documents parameters of types not declared.
        if !seen.insert(key.clone()) || PARTIALLY_DECLARED.contains(&answers.as_str()) {
            continue;
        }
        let sep = if path.contains('?') { '&' } else { '?' };
        let route = &facts.facts["routes"][&key];
        for (name, fact) in route["query"].as_object().unwrap() {
            let Some(values) = fact["enum"].as_array() else {
                continue;
            };
            // asc-resources declares apps and App Store versions only as far
            // as the Game Center family links to them: the emulator knows
            // the names they declare, not all of Apple's.
            if PARTIALLY_DECLARED
                .iter()
                .any(|t| *name == format!("fields[{t}]"))
            {
                continue;
            }
            let all: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
            let (status, doc) = get(&emu, &format!("{path}{sep}{name}={}", all.join(","))).await;
            assert_eq!(status, 200, "{key} {name}: {doc}");
            tried += 1;
            // A filter declared with a Rust enum (`platform: Platform`)
            // carries no values in its `FilterMeta`, so the emulator cannot
            // refuse a value outside Apple's enum there.
            if untyped_filters.contains(name.as_str()) {
                continue;
            }
            let (status, doc) = get(&emu, &format!("{path}{sep}{name}=notInTheEnum")).await;
            assert_eq!(status, 400, "{key} {name}");
            assert_eq!(doc["errors"][0]["source"]["parameter"], name.as_str());
        }
        // A fields parameter this route does not document.
        let undocumented = ["fields[apps]", "fields[builds]"]
            .into_iter()
            .find(|n| route["query"].get(n).is_none())
            .expect("a route documents at most one of them");
        let (status, doc) = get(&emu, &format!("{path}{sep}{undocumented}=name")).await;
        assert_eq!(
            (status, code(&doc)),
            (400, "PARAMETER_ERROR.ILLEGAL"),
            "{key}"
        );
    }
    assert!(tried >= 100, "{tried}");
}

/// Every resource of asc-resources' `seeds()`, by JSON:API type: the ids of
/// the `data` and `included` members of each seed document.
fn seeded_ids() -> HashMap<String, Vec<String>> {
    let mut ids: HashMap<String, Vec<String>> = HashMap::new();
    for doc in asc_resources::seeds() {
        let data = match &doc["data"] {
            Value::Array(items) => items.clone(),
            one @ Value::Object(_) => vec![one.clone()],
            _ => Vec::new(),
        };
        let included = doc["included"].as_array().cloned().unwrap_or_default();
        for r in data.iter().chain(&included) {
            if let (Some(t), Some(id)) = (r["type"].as_str(), r["id"].as_str()) {
                ids.entry(t.to_owned()).or_default().push(id.to_owned());
            }
        }
    }
    ids
}

/// The emulator as users start it for the declared family: asc-resources'
/// declarations and seeds, no code of its own for any one type.
async fn family() -> Emulator {
    Emulator::builder()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .start()
        .await
        .unwrap()
}

/// One GET route of Apple's that asc-resources declares, made concrete with
/// a seeded id: `(route key, path with its required filters)`.
struct Concrete {
    route: String,
    path: String,
    /// The type whose resources the route answers with.
    answers: String,
}

/// Every GET route of the schema facts that a declaration of asc-resources
/// serves (its top-level list, read by id, related reads and lists, linkage
/// reads), with each seeded id of its type, and the required filters of a
/// list filled with a seeded id of the relationship's type. Routes of
/// declared types that no declaration serves (metrics, relationships left
/// out) are left out; so are declared ones with nothing seeded, which
/// `unseeded` names.
fn concrete_routes(facts: &Facts, unseeded: &mut Vec<String>) -> Vec<Concrete> {
    let seeded = seeded_ids();
    let declared = asc_resources::declared();
    let mut out = Vec::new();
    for (key, route) in facts.facts["routes"].as_object().expect("routes") {
        let Some(template) = key.strip_prefix("GET ") else {
            continue;
        };
        for meta in &declared {
            let Some(rest) = template.strip_prefix(meta.path) else {
                continue;
            };
            let (id_needed, answers) = match rest {
                "" => (false, meta.type_name),
                "/{id}" => (true, meta.type_name),
                other => match other
                    .strip_prefix("/{id}/relationships/")
                    .or_else(|| other.strip_prefix("/{id}/"))
                    .and_then(|rel| meta.relationship(rel))
                {
                    Some(rel) => (true, rel.target_type),
                    None => continue,
                },
            };
            // A list route without `list(...)` in the declaration is not served.
            if rest.is_empty() && meta.list(None).is_none() {
                continue;
            }
            let mut required = Vec::new();
            for (name, fact) in route["query"].as_object().expect("query") {
                if fact["required"] != json!(true) {
                    continue;
                }
                let rel = name
                    .strip_prefix("filter[")
                    .and_then(|n| n.strip_suffix(']'))
                    .and_then(|n| meta.relationship(n));
                match rel.and_then(|r| seeded.get(r.target_type)?.first()) {
                    Some(id) => required.push(format!("{name}={id}")),
                    None => unseeded.push(format!("{key}: its required {name}")),
                }
            }
            let query = if required.is_empty() {
                String::new()
            } else {
                format!("?{}", required.join("&"))
            };
            if !id_needed {
                out.push(Concrete {
                    route: key.clone(),
                    path: format!("{template}{query}"),
                    answers: answers.to_owned(),
                });
                continue;
            }
            match seeded.get(meta.type_name) {
                Some(ids) => out.extend(ids.iter().map(|id| Concrete {
                    route: key.clone(),
                    path: format!("{}{query}", template.replace("{id}", id)),
                    answers: answers.to_owned(),
                })),
                None => unseeded.push(format!("{key}: no {}", meta.type_name)),
            }
        }
    }
    out
}

/// The whole declared family, served from asc-resources' declarations and
/// seeds: every GET route of Apple's that a declaration serves, with each
/// seeded id, answers 200 and matches Apple's schema, and so does each read
/// by id with every includable relationship included.
#[tokio::test]
async fn every_read_of_the_declared_family_matches_apples_schema() {
    let mut facts = Facts::load();
    let emu = family().await;
    let mut unseeded = Vec::new();
    let routes = concrete_routes(&facts, &mut unseeded);
    let mut failures = Vec::new();
    let mut checked = 0;
    for Concrete { route, path, .. } in routes {
        let mut paths = vec![path.clone()];
        if route.ends_with("/{id}") {
            let (base, _) = route.split_once(' ').expect("a route key");
            let meta = asc_resources::declared()
                .into_iter()
                .find(|m| route == format!("{base} {}/{{id}}", m.path))
                .expect("a declared read");
            let include: Vec<&str> = meta
                .relationships
                .iter()
                .filter(|r| r.include)
                .map(|r| r.name)
                .collect();
            if !include.is_empty() {
                paths.push(format!("{path}?include={}", include.join(",")));
            }
        }
        for path in paths {
            let (status, _, doc) = call(&emu, Method::GET, &path, None).await;
            if status != 200 {
                failures.push(format!("{path}: {status} {doc}"));
            }
            failures.extend(facts.check(&route, status, &doc));
            checked += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} answers are not Apple's:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        unseeded.is_empty(),
        "declared but not seeded, so not checked: {unseeded:#?}"
    );
    assert!(checked >= 100, "only {checked} answers checked");
}
