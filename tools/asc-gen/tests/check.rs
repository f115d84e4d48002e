//! The checker over every declaration of asc-resources, and proofs that it
//! catches what it claims to.

use std::sync::OnceLock;

use asc_core::{FilterMeta, LinkageMeta, ListMeta, Operations, RelationshipMeta, ResourceMeta};
use asc_gen::check::{self, Difference, Kind};
use asc_gen::openapi::Document;

fn doc() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| {
        Document::read(&asc_gen::default_document_path())
            .expect("reference/ holds Apple's document")
    })
}

/// Declarations that are partial on purpose, by collection path, and why:
/// they may leave out what Apple has (omissions), never say what Apple does
/// not (contradictions). Every other declaration must equal Apple's document.
const PARTIAL: &[(&str, &str)] = &[
    (
        "/v1/apps",
        "every attribute, but only the relationships the Game Center family \
         links to (its Game Center detail, enabled versions and App Store \
         versions); the list of apps and the other relationships wait for the \
         families they link to",
    ),
    (
        "/v1/appStoreVersions",
        "every attribute, but only the relationships the Game Center family \
         links to (its app and Game Center app version); the other \
         relationships wait for the families they link to",
    ),
];

#[test]
fn declarations_equal_apples_document() {
    let declared: Vec<ResourceMeta> = asc_resources::declared().into_iter().collect();
    let differences = check::check_all(doc(), &declared);
    let partial = |d: &Difference| PARTIAL.iter().any(|(path, _)| *path == d.path);
    let failures: Vec<String> = differences
        .iter()
        .filter(|d| d.kind != Kind::Omission || !partial(d))
        .map(|d| format!("{d}"))
        .collect();
    // The allowed omissions, for `cargo test -- --nocapture`.
    for d in differences
        .iter()
        .filter(|d| d.kind == Kind::Omission && partial(d))
    {
        eprintln!("allowed (partial): {d}");
    }
    assert!(
        failures.is_empty(),
        "{} difference(s) between the declarations and Apple's document:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Every allow-list entry names a declaration that is still partial.
    for (path, why) in PARTIAL {
        assert!(
            declared.iter().any(|m| m.path == *path),
            "PARTIAL names `{path}`, which nothing declares ({why})"
        );
        assert!(
            differences.iter().any(|d| d.path == *path),
            "`{path}` is complete now: take it off PARTIAL"
        );
    }
}

// A correct (partial) declaration of Game Center groups, and variants of it
// with one thing wrong each.

const ACHIEVEMENTS: RelationshipMeta = RelationshipMeta {
    name: "gameCenterAchievements",
    target_type: "gameCenterAchievements",
    target_path: "/v1/gameCenterAchievements",
    to_many: true,
    include: true,
};

const DETAILS_FILTER: &[FilterMeta] = &[FilterMeta {
    parameter: "filter[gameCenterDetails]",
    field: "gameCenterDetails",
    values: &[],
    required: false,
}];

const ACHIEVEMENT_FILTERS: &[FilterMeta] = &[
    FilterMeta {
        parameter: "filter[referenceName]",
        field: "referenceName",
        values: &[],
        required: false,
    },
    // Declared as `archived: bool`: Apple gives the filter as free text.
    FilterMeta {
        parameter: "filter[archived]",
        field: "archived",
        values: &["true", "false"],
        required: false,
    },
    FilterMeta {
        parameter: "filter[id]",
        field: "id",
        values: &[],
        required: false,
    },
];

const TOP_LEVEL: ListMeta = ListMeta {
    relationship: None,
    filters: DETAILS_FILTER,
    sort: &[],
    max_limit: 200,
};

const ACHIEVEMENT_LIST: ListMeta = ListMeta {
    relationship: Some("gameCenterAchievements"),
    filters: ACHIEVEMENT_FILTERS,
    sort: &[],
    max_limit: 200,
};

const LINKAGE: LinkageMeta = LinkageMeta {
    relationship: "gameCenterAchievements",
    get: true,
    add: false,
    remove: false,
    replace: true,
};

const GROUPS: ResourceMeta = groups("gameCenterGroups", "/v1/gameCenterGroups");

/// The groups declaration, under another type name or path.
const fn groups(type_name: &'static str, path: &'static str) -> ResourceMeta {
    ResourceMeta::new(type_name, path)
        .with_attributes(&["referenceName"])
        .with_relationships(&[ACHIEVEMENTS])
        .with_lists(&[TOP_LEVEL, ACHIEVEMENT_LIST])
        .with_linkages(&[LINKAGE])
        .with_operations(
            Operations::READ
                .with_create(true)
                .with_update(true)
                .with_delete(true),
        )
}

fn contradictions(meta: &ResourceMeta) -> Vec<String> {
    check::check(doc(), meta)
        .iter()
        .filter(|d| d.kind == Kind::Contradiction)
        .map(ToString::to_string)
        .collect()
}

/// `meta`'s differences include exactly `line`, of `kind`.
fn catches(meta: &ResourceMeta, kind: Kind, line: &str) {
    let found = check::check(doc(), meta);
    assert!(
        found
            .iter()
            .any(|d| d.kind == kind && d.to_string() == line),
        "expected {kind:?} `{line}`, got:\n{}",
        found
            .iter()
            .map(|d| format!("{:?} {d}", d.kind))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn a_correct_partial_declaration_contradicts_nothing() {
    assert_eq!(contradictions(&GROUPS), Vec::<String>::new());
    let found = check::check(doc(), &GROUPS);
    // It leaves out the other eight relationships of groups, for instance.
    assert!(
        found.iter().any(|d| d.kind == Kind::Omission
            && d.to_string()
                == "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterDetails`: \
                    declared none, Apple's to-many `gameCenterDetails`"),
        "{found:#?}"
    );
}

#[test]
fn catches_a_wrong_attribute_name() {
    let meta = GROUPS.with_attributes(&["referenceNam"]);
    catches(
        &meta,
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): attribute `referenceNam`: declared yes, \
         Apple's none",
    );
    catches(
        &meta,
        Kind::Omission,
        "gameCenterGroups (/v1/gameCenterGroups): attribute `referenceName`: declared none, \
         Apple's `string`",
    );
}

#[test]
fn catches_a_wrong_target_and_cardinality() {
    let meta = GROUPS.with_relationships(&[RelationshipMeta {
        target_type: "gameCenterLeaderboards",
        to_many: false,
        ..ACHIEVEMENTS
    }]);
    catches(
        &meta,
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterAchievements`: \
         target type: declared `gameCenterLeaderboards`, Apple's `gameCenterAchievements`",
    );
    catches(
        &meta,
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterAchievements`: \
         cardinality: declared to-one, Apple's to-many",
    );
    // The v2 twin where Apple's related route answers with v1 achievements.
    let twin = GROUPS.with_relationships(&[RelationshipMeta {
        target_path: "/v2/gameCenterAchievements",
        ..ACHIEVEMENTS
    }]);
    catches(
        &twin,
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterAchievements`: \
         target path: declared `/v2/gameCenterAchievements`, Apple's \
         `/v1/gameCenterAchievements` (`GameCenterAchievement`)",
    );
}

#[test]
fn catches_a_missing_filter_and_a_wrong_limit() {
    let meta = GROUPS.with_lists(&[
        ListMeta {
            filters: &[],
            max_limit: 100,
            ..TOP_LEVEL
        },
        ACHIEVEMENT_LIST,
    ]);
    catches(
        &meta,
        Kind::Omission,
        "gameCenterGroups (/v1/gameCenterGroups): top-level list: `filter[gameCenterDetails]`: \
         declared none, Apple's `GET /v1/gameCenterGroups`",
    );
    catches(
        &meta,
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): top-level list: largest limit: declared 100, \
         Apple's 200",
    );
}

#[test]
fn catches_filters_and_sort_keys_apple_lacks() {
    let meta = GROUPS.with_lists(&[
        ListMeta {
            filters: &[FilterMeta {
                parameter: "filter[gameCenterDetails]",
                field: "gameCenterDetails",
                values: &["A"],
                required: true,
            }],
            sort: &["referenceName"],
            ..TOP_LEVEL
        },
        ListMeta {
            filters: &[FilterMeta {
                parameter: "filter[platform]",
                field: "platform",
                values: &[],
                required: false,
            }],
            ..ACHIEVEMENT_LIST
        },
    ]);
    let found = contradictions(&meta);
    for line in [
        "gameCenterGroups (/v1/gameCenterGroups): top-level list: `filter[gameCenterDetails]`: \
         values: declared [\"A\"], Apple's any",
        "gameCenterGroups (/v1/gameCenterGroups): top-level list: `filter[gameCenterDetails]`: \
         required: declared yes, Apple's no",
        "gameCenterGroups (/v1/gameCenterGroups): top-level list: sort key `referenceName`: \
         declared yes, Apple's none",
        "gameCenterGroups (/v1/gameCenterGroups): list `gameCenterAchievements`: \
         `filter[platform]`: declared yes, Apple's none \
         (`GET /v1/gameCenterGroups/{id}/gameCenterAchievements`)",
    ] {
        assert!(found.iter().any(|f| f == line), "{line}\nin {found:#?}");
    }
}

#[test]
fn catches_a_linkage_apple_lacks() {
    let meta = GROUPS.with_linkages(&[LinkageMeta {
        add: true,
        ..LINKAGE
    }]);
    assert_eq!(
        contradictions(&meta),
        [
            "gameCenterGroups (/v1/gameCenterGroups): linkage `gameCenterAchievements`: add: \
             declared yes, Apple's no \
             `POST /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`"
        ]
    );
    let omitted = GROUPS.with_linkages(&[]);
    catches(
        &omitted,
        Kind::Omission,
        "gameCenterGroups (/v1/gameCenterGroups): linkage `gameCenterAchievements`: replace: \
         declared no, Apple's \
         `PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`",
    );
}

#[test]
fn catches_includes_lists_and_routes_apple_lacks() {
    let meta = GROUPS
        .with_relationships(&[RelationshipMeta {
            name: "gameCenterDetails",
            target_type: "gameCenterDetails",
            target_path: "/v1/gameCenterDetails",
            to_many: true,
            include: false,
        }])
        .with_lists(&[ListMeta {
            relationship: Some("nothing"),
            ..ACHIEVEMENT_LIST
        }])
        .with_linkages(&[]);
    catches(
        &meta,
        Kind::Omission,
        "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterDetails`: include: \
         declared no, Apple's yes (`include` of `GET /v1/gameCenterGroups/{id}`)",
    );
    catches(
        &meta,
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): list `nothing`: \
         declared `GET /v1/gameCenterGroups/{id}/nothing`, Apple's none",
    );
    let wrong_version = groups("gameCenterGroups", "/v2/gameCenterGroups");
    assert_eq!(
        contradictions(&wrong_version),
        [
            "gameCenterGroups (/v2/gameCenterGroups): route: declared `/v2/gameCenterGroups`, \
             Apple's `/v1/gameCenterGroups`"
        ]
    );
    let wrong_type = groups("gamecenterGroups", "/v1/gameCenterGroups");
    assert_eq!(
        contradictions(&wrong_type),
        [
            "gamecenterGroups (/v1/gameCenterGroups): type: declared `gamecenterGroups`, \
             Apple's no such type (but `gameCenterGroups`)"
        ]
    );
}

#[test]
fn catches_reads_and_writes_apple_lacks_or_has() {
    // Apple has no `GET /v1/gameCenterMatchmakingTeams/{id}`.
    let teams = ResourceMeta::new(
        "gameCenterMatchmakingTeams",
        "/v1/gameCenterMatchmakingTeams",
    );
    catches(
        &teams,
        Kind::Contradiction,
        "gameCenterMatchmakingTeams (/v1/gameCenterMatchmakingTeams): read: declared \
         `GET /v1/gameCenterMatchmakingTeams/{id}`, Apple's none (write `no_read`)",
    );
    let no_read = teams.with_operations(Operations::NONE);
    assert!(
        !contradictions(&no_read)
            .iter()
            .any(|c| c.contains(": read:")),
        "{:#?}",
        contradictions(&no_read)
    );
    catches(
        &no_read,
        Kind::Omission,
        "gameCenterMatchmakingTeams (/v1/gameCenterMatchmakingTeams): delete: declared none, \
         Apple's `DELETE /v1/gameCenterMatchmakingTeams/{id}` (declare it with `delete`)",
    );
    // Groups have every operation; a declaration without them omits them.
    let read_only = GROUPS.with_operations(Operations::READ);
    for (op, route, attribute) in [
        ("create", "POST /v1/gameCenterGroups", "create = Payload"),
        (
            "update",
            "PATCH /v1/gameCenterGroups/{id}",
            "update = Payload",
        ),
        ("delete", "DELETE /v1/gameCenterGroups/{id}", "delete"),
    ] {
        catches(
            &read_only,
            Kind::Omission,
            &format!(
                "gameCenterGroups (/v1/gameCenterGroups): {op}: declared none, Apple's \
                 `{route}` (declare it with `{attribute}`)"
            ),
        );
    }
    catches(
        &GROUPS.with_operations(Operations::NONE),
        Kind::Omission,
        "gameCenterGroups (/v1/gameCenterGroups): read: declared none (`no_read`), Apple's \
         `GET /v1/gameCenterGroups/{id}`",
    );
    // A type Apple gives no route at all is declared with none.
    let embedded = ResourceMeta::new(
        "gameCenterMatchmakingTestRequests",
        "/v1/gameCenterMatchmakingTestRequests",
    );
    assert_eq!(
        contradictions(&embedded),
        [
            "gameCenterMatchmakingTestRequests (/v1/gameCenterMatchmakingTestRequests): route: \
             declared `/v1/gameCenterMatchmakingTestRequests`, Apple's no route (declare it \
             `no_read`, with no writes, lists or linkage)"
        ]
    );
    assert_eq!(
        contradictions(&embedded.with_operations(Operations::NONE)),
        Vec::<String>::new()
    );
    // And one Apple lacks: Apple cannot delete a matchmaking rule set test.
    let tests = ResourceMeta::new(
        "gameCenterMatchmakingRuleSetTests",
        "/v1/gameCenterMatchmakingRuleSetTests",
    )
    .with_operations(Operations::NONE.with_create(true).with_delete(true));
    catches(
        &tests,
        Kind::Contradiction,
        "gameCenterMatchmakingRuleSetTests (/v1/gameCenterMatchmakingRuleSetTests): delete: \
         declared `DELETE /v1/gameCenterMatchmakingRuleSetTests/{id}`, Apple's none \
         (remove `delete`)",
    );
}

#[test]
fn catches_deprecation_marked_or_not() {
    let images = ResourceMeta::new(
        "gameCenterAchievementImages",
        "/v1/gameCenterAchievementImages",
    );
    catches(
        &images,
        Kind::Deprecation,
        "gameCenterAchievementImages (/v1/gameCenterAchievementImages): deprecation: declared \
         none, Apple's all its routes deprecated (write `deprecated = \"use \
         `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)\"`)",
    );
    let marked = images.with_deprecated(Some("use the v2 images"));
    assert!(
        check::check(doc(), &marked)
            .iter()
            .all(|d| d.kind != Kind::Deprecation && !d.what.contains("deprecation")),
        "{:#?}",
        check::check(doc(), &marked)
    );
    catches(
        &GROUPS.with_deprecated(Some("use something else")),
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): deprecation: declared deprecated, Apple's \
         routes that are not all deprecated",
    );
    // Apple deprecates the routes of the groups' `gameCenterAchievements`
    // (for `gameCenterAchievementsV2`), not those of `gameCenterDetails`.
    catches(
        &GROUPS,
        Kind::Deprecation,
        "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterAchievements`: \
         deprecation: declared none, Apple's all its routes deprecated (write `deprecated = \
         \"use `gameCenterAchievementsV2` of `GameCenterGroup`\"`)",
    );
    const DETAILS: RelationshipMeta = RelationshipMeta {
        name: "gameCenterDetails",
        target_type: "gameCenterDetails",
        target_path: "/v1/gameCenterDetails",
        to_many: true,
        include: true,
    };
    let wrong = GROUPS
        .with_relationships(&[ACHIEVEMENTS, DETAILS])
        .with_deprecated_relationships(&[
            ("gameCenterAchievements", "use `gameCenterAchievementsV2`"),
            ("gameCenterDetails", "use another"),
        ]);
    catches(
        &wrong,
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterDetails`: \
         deprecation: declared deprecated, Apple's no route deprecated",
    );
    assert!(
        !check::check(doc(), &wrong)
            .iter()
            .any(|d| d.kind == Kind::Deprecation),
        "{:#?}",
        check::check(doc(), &wrong)
    );
    // A relationship whose routes Apple deprecates, when the type's are not.
    let details = ResourceMeta::new("gameCenterDetails", "/v1/gameCenterDetails")
        .with_relationships(&[RelationshipMeta {
            name: "gameCenterLeaderboards",
            target_type: "gameCenterLeaderboards",
            target_path: "/v1/gameCenterLeaderboards",
            to_many: true,
            include: true,
        }])
        .with_linkages(&[LinkageMeta {
            relationship: "gameCenterLeaderboards",
            get: true,
            add: false,
            remove: false,
            replace: true,
        }]);
    let line = "gameCenterDetails (/v1/gameCenterDetails): relationship `gameCenterLeaderboards`: \
                deprecation: declared none, Apple's all its routes deprecated (write \
                `deprecated = \"use `gameCenterLeaderboardsV2` of `GameCenterDetail`\"`)";
    catches(&details, Kind::Deprecation, line);
    let marked = details.with_deprecated_relationships(&[("gameCenterLeaderboards", "use V2")]);
    assert!(
        !check::check(doc(), &marked)
            .iter()
            .any(|d| d.what.contains("deprecation")),
        "{:#?}",
        check::check(doc(), &marked)
    );
}

#[test]
fn catches_a_wrong_include_limit() {
    catches(
        &GROUPS.with_include_limits(&[("gameCenterAchievements", 1000)]),
        Kind::Contradiction,
        "gameCenterGroups (/v1/gameCenterGroups): relationship `gameCenterAchievements`: \
         include limit: declared 1000, Apple's 50",
    );
    assert!(
        !check::check(doc(), &GROUPS)
            .iter()
            .any(|d| d.what.contains("include limit")),
        "{:#?}",
        check::check(doc(), &GROUPS)
    );
}
