//! The reader against Apple's document 4.4.1 in `reference/`, and the drafts
//! against the declarations asc-resources writes by hand.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use asc_core::ResourceMeta;
use asc_gen::generate::{self, Draft, GenError};
use asc_gen::openapi::Document;

fn doc() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| {
        Document::read(&asc_gen::default_document_path())
            .expect("reference/ holds Apple's document")
    })
}

#[test]
fn reads_every_resource_schema() {
    let doc = doc();
    assert_eq!(doc.version, "4.4.1");
    // 230 schemas with a `type`, an `id` and `links`; 16 types have a `V2`
    // twin, so 214 JSON:API types. 216 of the schemas have attributes or
    // relationships; the 14 others are ids only (`AppKeyword`,
    // `GameCenterMatchmakingTestRequest`...).
    assert_eq!(doc.resources.len(), 230);
    assert_eq!(doc.types().len(), 214);
    let with_fields = doc
        .resources
        .iter()
        .filter(|r| !r.attributes.is_empty() || !r.relationships.is_empty())
        .count();
    assert_eq!(with_fields, 216);
    let game_center: Vec<&str> = doc
        .types()
        .into_iter()
        .filter(|t| t.starts_with("gameCenter"))
        .collect();
    assert_eq!(game_center.len(), 39, "{game_center:?}");
    for t in [
        "gameCenterMatchmakingTestRequests",
        "gameCenterMatchmakingTestPlayerProperties",
    ] {
        assert!(game_center.contains(&t), "{t}");
    }
}

#[test]
fn reads_attributes_relationships_routes_and_parameters() {
    let doc = doc();
    let image = doc
        .resource("GameCenterAchievementImageV2")
        .expect("schema");
    assert_eq!(image.type_name, "gameCenterAchievementImages");
    assert_eq!(
        image.routes.path.as_deref(),
        Some("/v2/gameCenterAchievementImages")
    );
    let names: Vec<&str> = image.attributes.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "fileSize",
            "fileName",
            "imageAsset",
            "uploadOperations",
            "assetDeliveryState"
        ],
        "Apple's order"
    );
    let rel = image.relationship("localization").expect("relationship");
    assert_eq!(
        rel.target_type.as_deref(),
        Some("gameCenterAchievementLocalizations")
    );
    assert!(!rel.to_many);
    let read = image.routes.read.as_ref().expect("GET by id");
    assert!(!read.deprecated);
    assert_eq!(read.params.include, ["localization"]);
    assert!(image.routes.create.is_some() && image.routes.update.is_some());
    assert!(image.routes.delete.is_some());

    let v1 = doc.resource("GameCenterAchievementImage").expect("schema");
    assert_eq!(
        v1.routes.path.as_deref(),
        Some("/v1/gameCenterAchievementImages")
    );
    assert!(v1.routes.read.as_ref().is_some_and(|r| r.deprecated));

    let achievement = doc.resource("GameCenterAchievement").expect("schema");
    let localizations = &achievement.routes.relationships["localizations"];
    let list = localizations.related.as_ref().expect("related list");
    assert_eq!(list.params.limit, Some(200));
    assert!(localizations.get.is_some());
    assert!(
        achievement
            .relationship("localizations")
            .is_some_and(|r| r.to_many && r.links)
    );

    // A top-level list with filters, sort keys and limits.
    let groups = doc.resource("GameCenterGroup").expect("schema");
    let list = groups.routes.list.as_ref().expect("top-level list");
    assert!(
        list.params
            .filters
            .iter()
            .any(|f| f.field == "gameCenterDetails")
    );
    assert!(list.params.limit.is_some());
}

#[test]
fn every_route_is_placed_or_listed() {
    let doc = doc();
    let text = std::fs::read_to_string(asc_gen::default_document_path()).expect("document");
    let root: serde_json::Value = serde_json::from_str(&text).expect("json");
    let operations: usize = root["paths"]
        .as_object()
        .expect("paths")
        .values()
        .map(|item| {
            ["get", "post", "patch", "delete", "put"]
                .iter()
                .filter(|m| item.get(**m).is_some())
                .count()
        })
        .sum();
    let mut placed = doc.unassigned.len();
    for r in &doc.resources {
        let routes = &r.routes;
        placed += [
            &routes.read,
            &routes.list,
            &routes.create,
            &routes.update,
            &routes.delete,
        ]
        .into_iter()
        .flatten()
        .count();
        placed += routes.other.len();
        for rel in routes.relationships.values() {
            placed += [&rel.related, &rel.get, &rel.post, &rel.patch, &rel.delete]
                .into_iter()
                .flatten()
                .count();
        }
    }
    assert_eq!(placed, operations);
}

#[test]
fn every_schema_drafts_and_lists_what_it_leaves_out() {
    let doc = doc();
    for r in &doc.resources {
        let draft = generate::draft(doc, r);
        assert!(
            draft.code.contains(&format!("pub struct {} {{", r.schema)),
            "{}",
            r.schema
        );
        for line in &draft.unsupported {
            assert!(
                draft.code.contains(&format!("// - {line}\n")),
                "{}: {line}",
                r.schema
            );
        }
        // Every route left out of the declaration is named.
        for e in &r.routes.other {
            assert!(
                draft.unsupported.iter().any(|u| u.contains(&e.route())),
                "{}: {}",
                r.schema,
                e.route()
            );
        }
        // Every attribute and every relationship with a type is declared.
        assert_eq!(draft.attributes.len(), r.attributes.len(), "{}", r.schema);
        let typed = r
            .relationships
            .iter()
            .filter(|x| x.target_type.is_some())
            .count();
        assert_eq!(draft.relationships.len(), typed, "{}", r.schema);
    }
    let file = generate::file(doc, &[generate::draft(doc, &doc.resources[0])]);
    assert!(file.starts_with("// Drafted by asc-gen"));
}

#[test]
fn unknown_names_suggest_close_ones() {
    let err = generate::resolve(doc(), "gameCenterAchivementImage").expect_err("misspelt");
    let GenError::Unknown { close, .. } = &err;
    assert!(
        close.iter().any(|c| c == "gameCenterAchievementImages"),
        "{close:?}"
    );
    assert!(err.to_string().contains("did you mean"));
    assert_eq!(
        generate::resolve(doc(), "gameCenterAchievementImages").map(|v| v.len()),
        Ok(2)
    );
}

/// The draft of the schema a hand-written declaration stands for (same
/// type, same collection path; or the one schema of the type that Apple
/// gives no route, whose declared path is the derive's default).
fn draft_for(meta: &ResourceMeta) -> Draft {
    let doc = doc();
    let schemas = doc.of_type(meta.type_name);
    let routeless: Vec<_> = schemas.iter().filter(|r| r.routes.path.is_none()).collect();
    let schema = schemas
        .iter()
        .find(|r| r.routes.path.as_deref() == Some(meta.path))
        .or(match routeless.as_slice() {
            [one] => Some(*one),
            _ => None,
        })
        .copied()
        .unwrap_or_else(|| panic!("no schema for {} at {}", meta.type_name, meta.path));
    generate::draft(doc, schema)
}

#[test]
fn drafts_name_what_the_hand_written_declarations_name() {
    // Declared in full by hand: the drafts must say exactly the same.
    let full = [
        "/v1/gameCenterAchievementImages",
        "/v2/gameCenterAchievementImages",
        "/v1/gameCenterAchievementLocalizations",
        "/v2/gameCenterAchievementLocalizations",
    ];
    for meta in asc_resources::declared() {
        let draft = draft_for(&meta);
        let who = format!("{} at {}", meta.type_name, meta.path);
        let drafted: BTreeSet<&str> = draft.attributes.iter().map(String::as_str).collect();
        let hand: BTreeSet<&str> = meta.attributes.iter().copied().collect();
        assert_eq!(drafted, hand, "attributes of {who}");

        for rel in meta.relationships {
            let d = draft
                .relationships
                .iter()
                .find(|d| d.name == rel.name)
                .unwrap_or_else(|| panic!("{who}: the draft lacks `{}`", rel.name));
            assert_eq!(d.target_type, rel.target_type, "{who}: {}", rel.name);
            assert_eq!(d.to_many, rel.to_many, "{who}: {}", rel.name);
            assert_eq!(d.include, rel.include, "{who}: include {}", rel.name);
        }
        for list in meta.lists {
            let relationship = list.relationship.map(str::to_owned);
            let d = draft
                .lists
                .iter()
                .find(|d| d.relationship == relationship)
                .unwrap_or_else(|| panic!("{who}: the draft lacks the list {relationship:?}"));
            let filters: Vec<&str> = list.filters.iter().map(|f| f.parameter).collect();
            assert_eq!(d.filters, filters, "{who}: filters of {relationship:?}");
            assert_eq!(d.sort, list.sort, "{who}: sort keys of {relationship:?}");
            assert_eq!(d.limit, list.max_limit, "{who}: limit of {relationship:?}");
        }
        for linkage in meta.linkages {
            let d = draft
                .linkages
                .iter()
                .find(|d| d.0 == linkage.relationship)
                .unwrap_or_else(|| {
                    panic!("{who}: the draft lacks linkage {}", linkage.relationship)
                });
            // The hand-written ones declare the routes they need; Apple may offer more.
            let [get, add, remove, replace] = d.1;
            assert!(get || !linkage.get, "{who}: {}", linkage.relationship);
            assert!(add || !linkage.add, "{who}: {}", linkage.relationship);
            assert!(remove || !linkage.remove, "{who}: {}", linkage.relationship);
            assert!(
                replace || !linkage.replace,
                "{who}: {}",
                linkage.relationship
            );
        }
        if full.contains(&meta.path) {
            let names: BTreeSet<&str> = draft
                .relationships
                .iter()
                .map(|r| r.name.as_str())
                .collect();
            let hand: BTreeSet<&str> = meta.relationships.iter().map(|r| r.name).collect();
            assert_eq!(names, hand, "relationships of {who}");
            assert_eq!(draft.lists.len(), meta.lists.len(), "lists of {who}");
        }
    }
}

#[test]
fn counts_the_game_center_operations_the_issue_counts() {
    // Issue 13: 343 operations whose path names Game Center (187 GET, 53 POST,
    // 60 PATCH, 43 DELETE; 275 on /v1, of which 132 deprecated, 68 on /v2):
    // 337 on the Game Center collections, and 6 relationship routes of apps
    // and App Store versions (`/v1/apps/{id}/gameCenterDetail`...).
    let doc = doc();
    let mut all = Vec::new();
    for r in &doc.resources {
        let routes = &r.routes;
        all.extend(
            [
                &routes.read,
                &routes.list,
                &routes.create,
                &routes.update,
                &routes.delete,
            ]
            .into_iter()
            .flatten()
            .cloned(),
        );
        all.extend(routes.other.iter().cloned());
        for rel in routes.relationships.values() {
            all.extend(
                [&rel.related, &rel.get, &rel.post, &rel.patch, &rel.delete]
                    .into_iter()
                    .flatten()
                    .cloned(),
            );
        }
    }
    all.retain(|e| e.path.contains("gameCenter"));
    let count =
        |f: &dyn Fn(&asc_gen::openapi::Endpoint) -> bool| all.iter().filter(|e| f(e)).count();
    assert!(
        doc.unassigned.iter().all(|u| !u.contains("/gameCenter")),
        "{:?}",
        doc.unassigned
            .iter()
            .filter(|u| u.contains("/gameCenter"))
            .collect::<Vec<_>>()
    );
    assert_eq!(all.len(), 343);
    assert_eq!(count(&|e| e.method == "GET"), 187);
    assert_eq!(count(&|e| e.method == "POST"), 53);
    assert_eq!(count(&|e| e.method == "PATCH"), 60);
    assert_eq!(count(&|e| e.method == "DELETE"), 43);
    assert_eq!(count(&|e| e.path.starts_with("/v1/")), 275);
    assert_eq!(count(&|e| e.path.starts_with("/v1/") && e.deprecated), 132);
    assert_eq!(count(&|e| e.path.starts_with("/v2/")), 68);
}
