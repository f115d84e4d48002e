//! In-process tests of the derive: snapshots of whole expansions, so that a
//! reviewer can see what a declaration becomes, and the errors of bad ones.
//!
//! `UPDATE_EXPECT=1 cargo test -p asc-derive --lib` rewrites the snapshots;
//! review the diff before committing it.

use std::path::PathBuf;

use quote::ToTokens;

/// Runs the derive on the struct in `tests/expand/{name}.rs`.
fn expand_file(name: &str) -> (String, String) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let source = std::fs::read_to_string(dir.join(format!("{name}.rs"))).unwrap();
    let file = syn::parse_file(&source).unwrap();
    let item = file.items.into_iter().next().expect("one struct");
    let input: syn::DeriveInput = syn::parse2(item.into_token_stream()).unwrap();
    let tokens = if source.contains("derive(AscPayload") {
        crate::payload::derive(&input)
    } else {
        crate::expand::derive(&input)
    };
    let expanded = prettyplease::unparse(&syn::parse2(tokens).expect("the expansion parses"));
    (source, expanded)
}

/// Compares with `tests/expand/{name}.expanded.rs`, or rewrites it.
fn assert_snapshot(name: &str, expanded: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expand")
        .join(format!("{name}.expanded.rs"));
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, expanded).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == expanded,
        "the expansion of tests/expand/{name}.rs changed; review it and rerun with \
         UPDATE_EXPECT=1 to accept it. New expansion:\n{expanded}"
    );
}

fn lines(s: &str) -> usize {
    s.lines().filter(|l| !l.trim().is_empty()).count()
}

#[test]
fn game_center_achievement_image() {
    let (source, expanded) = expand_file("game_center_achievement_image");
    assert_snapshot("game_center_achievement_image", &expanded);
    // The expansion describes the resource and delegates the work; a budget
    // keeps it that way (see the line counts in the snapshot).
    let (declared, generated) = (lines(&source), lines(&expanded));
    assert!(
        generated < 25 * declared,
        "{generated} lines from {declared}"
    );
}

/// The v2 image with every operation: writes, an asset, and its payloads.
#[test]
fn writes_and_assets() {
    let (source, expanded) = expand_file("game_center_achievement_image_v2");
    assert_snapshot("game_center_achievement_image_v2", &expanded);
    let (declared, generated) = (lines(&source), lines(&expanded));
    assert!(
        generated < 25 * declared,
        "{generated} lines from {declared}"
    );
    for item in [
        "impl ::asc_core::Asset for GameCenterAchievementImageV2",
        "pub fn create(",
        "pub fn update(",
        "pub fn delete(",
        "pub fn upload(",
        "const PARENT_RELATIONSHIP: &'static str = \"localization\";",
    ] {
        assert!(expanded.contains(item), "{item} missing from:\n{expanded}");
    }
    for name in [
        "game_center_achievement_image_v2_create",
        "game_center_achievement_image_v2_update",
    ] {
        let (source, expanded) = expand_file(name);
        assert_snapshot(name, &expanded);
        let (declared, generated) = (lines(&source), lines(&expanded));
        assert!(
            generated < 12 * declared,
            "{name}: {generated} lines from {declared}"
        );
    }
}

#[test]
fn related_reads_and_docs() {
    let (_, expanded) = expand_file("game_center_achievement_localization");
    assert_snapshot("game_center_achievement_localization", &expanded);
}

#[test]
fn no_read_generates_no_read() {
    let (_, expanded) = expand_file("no_read");
    assert_snapshot("no_read", &expanded);
    assert!(!expanded.contains("pub fn read("), "{expanded}");
    assert!(
        expanded.contains("::asc_core::Operations::NONE")
            && expanded.contains(".with_create(true)")
            && expanded.contains(".with_delete(true)"),
        "{expanded}"
    );
}

#[test]
fn deprecated_marks_every_request_function_and_not_the_struct() {
    let (_, expanded) = expand_file("deprecated");
    assert_snapshot("deprecated", &expanded);
    // read, list, delete, the relationships' read, list and linkage
    // functions; not the selectors' `as_str` and `all` (`pub const fn`).
    let functions = expanded.matches("pub fn ").count();
    assert_eq!(functions, 8, "{expanded}");
    assert_eq!(
        expanded.matches("#[deprecated(").count(),
        functions,
        "{expanded}"
    );
    assert!(
        expanded.contains("use `localization` of the v2 image"),
        "{expanded}"
    );
    assert!(
        expanded.contains("const DEPRECATED_RELATIONSHIPS"),
        "{expanded}"
    );
}

#[test]
fn mistakes_give_errors_and_stubs() {
    let (_, expanded) = expand_file("mistakes");
    assert_snapshot("mistakes", &expanded);
    let errors: Vec<&str> = expanded
        .lines()
        .filter_map(|l| l.trim().strip_prefix("\""))
        .collect();
    for needle in [
        "unknown key `kind`",
        "missing `type`",
        "a resource needs the field `pub id: String`",
        "attribute fields must be `Option<_>`",
        "`list` lists the resources of a to-many relationship",
        "`related` reads the one resource of a to-one relationship",
    ] {
        assert!(
            errors.iter().any(|e| e.contains(needle)),
            "no error says {needle:?} in:\n{expanded}"
        );
    }
    // The stubs still define what other code names.
    for item in [
        "pub enum ThingField",
        "pub enum ThingInclude",
        "pub fn read(",
    ] {
        assert!(expanded.contains(item), "{item} missing from:\n{expanded}");
    }
}

/// Each mistake, alone, gives exactly one error that says what to write.
#[test]
fn one_error_per_mistake() {
    let cases: &[(&str, &str)] = &[
        (
            r#"#[asc(type = "t")] struct S { id: String, #[asc(relationship)] r: Option<ToOne<T>> }"#,
            "not wrapped in `Option`",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, x: ToOne<T> }"#,
            "add `#[asc(relationship)]`",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: u64 }"#,
            "write `id: String`",
        ),
        (
            r#"#[asc(type = "t")] struct S { #[asc(rename = "x")] id: String }"#,
            "takes no `#[asc(...)]` options",
        ),
        (
            r#"#[asc(type = "t", type = "u")] struct S { id: String }"#,
            "duplicate `type`",
        ),
        (
            r#"#[asc(type = t)] struct S { id: String }"#,
            "`type` takes a string literal",
        ),
        (
            r#"#[asc(type)] struct S { id: String }"#,
            "`type` takes a value",
        ),
        (
            r#"#[asc(type = "a b")] struct S { id: String }"#,
            "made of letters and digits",
        ),
        (
            r#"#[asc(type = "t", path = "/v1/t/")] struct S { id: String }"#,
            "no trailing `/`",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, #[asc(relationship = true)] r: ToOne<T> }"#,
            "`relationship` is a flag",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, #[asc(type = "x")] a: Option<u8> }"#,
            "`type` goes on the struct",
        ),
        (
            r#"#[asc(type = "t", include)] struct S { id: String }"#,
            "`include` goes on a field",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, a: Option<u8>, #[asc(rename = "a")] b: Option<u8> }"#,
            "`a` is already the name of the field `a`",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, #[asc(rename = "x")] a_b: Option<u8>, a__b: Option<u8> }"#,
            "both make the enum variant `AB`",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, self_: Option<u8> }"#,
            "does not make an enum variant name",
        ),
        (
            r#"#[asc(type = "t")] struct S<T> { id: String, a: Option<T> }"#,
            "cannot be generic",
        ),
        (r#"#[asc(type = "t")] struct S;"#, "needs named fields"),
        (r#"#[asc(type = "t")] union S { id: u8 }"#, "not a union"),
        (
            r#"#[asc(type = "t", asset)] struct S { id: String, file_name: Option<String>,
               file_size: Option<i64>, upload_operations: Option<Vec<UploadOperation>>,
               asset_delivery_state: Option<AppMediaAssetState> }"#,
            "mark that to-one relationship `#[asc(relationship, parent)]`",
        ),
        (
            r#"#[asc(type = "t", asset)] struct S { id: String, file_name: Option<String>,
               file_size: Option<i64>, asset_delivery_state: Option<AppMediaAssetState>,
               #[asc(relationship, parent)] p: ToOne<P> }"#,
            "add `pub upload_operations: Option<Vec<UploadOperation>>`",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, #[asc(relationship, parent)] p: ToOne<P> }"#,
            "this struct is not an asset: add `asset`",
        ),
        (
            r#"#[asc(type = "t", create)] struct S { id: String }"#,
            "`create` takes the payload type",
        ),
        (
            r#"#[asc(type = "t", update = "U")] struct S { id: String }"#,
            "`update` takes a type, not a string: write `update = U`",
        ),
        (
            r#"#[asc(type = "t", delete, delete)] struct S { id: String }"#,
            "duplicate `delete`",
        ),
        (
            r#"#[asc(type = "t")] struct S { id: String, #[asc(asset)] a: Option<u8> }"#,
            "`asset` goes on the struct",
        ),
        (
            r#"#[asc(type = "t", parent)] struct S { id: String }"#,
            "`parent` goes on a field",
        ),
    ];
    for (source, needle) in cases {
        let input: syn::DeriveInput = syn::parse_str(source).unwrap();
        let out = crate::expand::derive(&input).to_string();
        let count = out.matches("compile_error").count();
        assert_eq!(count, 1, "{source}\ngave {count} errors:\n{out}");
        assert!(
            out.contains(needle),
            "{source}\nshould say {needle:?}:\n{out}"
        );
    }
}

/// The same for payloads.
#[test]
fn one_error_per_payload_mistake() {
    let cases: &[(&str, &str)] = &[
        (
            r#"#[asc(type = "t")] struct P { id: String }"#,
            "a payload has no `id`",
        ),
        (
            r#"#[asc(type = "t")] struct P { #[asc(relationship)] r: ToOne<T> }"#,
            "a payload links with `Linkage<T>`",
        ),
        (
            r#"#[asc(type = "t")] struct P { #[asc(relationship)] r: Option<String> }"#,
            "a payload relationship is `Linkage<T>`",
        ),
        (
            r#"#[asc(type = "t")] struct P { r: Option<Linkage<T>> }"#,
            "`Linkage` fields are relationships",
        ),
        (
            r#"#[asc(type = "t")] struct P { #[asc(relationship, related)] r: Linkage<T> }"#,
            "`related` describes a resource's relationship",
        ),
        (
            r#"#[asc(type = "t", delete)] struct P { a: u8 }"#,
            "a payload takes only `type",
        ),
        (r#"struct P { a: u8 }"#, "missing `type`"),
        (
            r#"#[asc(type = "t")] struct P;"#,
            "a payload needs named fields",
        ),
        (
            r#"#[asc(type = "t")] struct P<T> { a: T }"#,
            "a payload cannot be generic",
        ),
        (
            r#"#[asc(type = "t")] struct P { a: u8, #[asc(rename = "a")] b: u8 }"#,
            "`a` is already the name of the field `a`",
        ),
    ];
    for (source, needle) in cases {
        let input: syn::DeriveInput = syn::parse_str(source).unwrap();
        let out = crate::payload::derive(&input).to_string();
        let count = out.matches("compile_error").count();
        assert_eq!(count, 1, "{source}\ngave {count} errors:\n{out}");
        assert!(
            out.contains(needle),
            "{source}\nshould say {needle:?}:\n{out}"
        );
    }
}

#[test]
fn raw_identifiers_lose_their_prefix() {
    let input: syn::DeriveInput = syn::parse_str(
        r#"#[asc(type = "t")] struct S { id: String, r#type: Option<u8>,
           #[asc(relationship, related)] r#ref: ToOne<T> }"#,
    )
    .unwrap();
    let out = crate::expand::derive(&input).to_string();
    assert!(!out.contains("compile_error"), "{out}");
    assert!(
        out.contains("ATTRIBUTES : & 'static [& 'static str] = & [\"type\"]"),
        "{out}"
    );
    assert!(
        out.contains("enum SField { # [doc = \" `type`\"] Type"),
        "{out}"
    );
    assert!(out.contains("fn read_ref"), "{out}");
}

#[test]
fn lists_and_linkage() {
    let (_, expanded) = expand_file("lists");
    assert_snapshot("lists", &expanded);
    for item in [
        "pub struct GameCenterAchievementList;",
        "pub enum GameCenterAchievementListFilter",
        "pub enum GameCenterAchievementListState",
        "pub enum GameCenterAchievementListSort",
        "pub struct GameCenterAchievementLocalizationsList;",
        "pub fn list(",
        "pub fn list_localizations(",
        "pub fn list_localizations_ids(",
        "pub fn replace_localizations(",
        "pub fn read_group_achievement_id(",
        "pub fn set_group_achievement(",
        "const LISTS:",
        "const LINKAGES:",
    ] {
        assert!(expanded.contains(item), "no {item:?} in:\n{expanded}");
    }
}

#[test]
fn a_renamed_crate_leaves_no_asc_core_in_the_expansion() {
    for source in [
        "#[derive(AscResource)] #[asc(type = \"things\", crate = \"my_core\", list(filter(id: ids)), asset)] \
         pub struct Thing { pub id: String, pub file_name: Option<String>, pub file_size: Option<i64>, \
         pub upload_operations: Option<Vec<UploadOperation>>, pub asset_delivery_state: Option<AppMediaAssetState>, \
         #[asc(parent, linkage(get, set))] pub owner: ToOne<Owner> }",
        "#[derive(AscPayload)] #[asc(type = \"things\", crate = \"my_core\")] pub struct T { pub a: Option<i64> }",
        // With a mistake: the fallback is renamed too.
        "#[derive(AscResource)] #[asc(type = \"things\", crate = \"my_core\", asset)] pub struct Thing { pub id: String }",
    ] {
        let input: syn::DeriveInput = syn::parse_str(source).unwrap();
        let tokens = if source.contains("AscPayload") {
            crate::payload::derive(&input)
        } else {
            crate::expand::derive(&input)
        };
        let text = tokens.to_string();
        assert!(!text.contains("asc_core"), "asc_core left in:\n{text}");
        assert!(text.contains("my_core"), "{text}");
    }
}
