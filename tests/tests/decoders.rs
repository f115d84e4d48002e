//! Decoders under attack (issue 7, part 1).
//!
//! Any byte string, and mutations of valid Apple documents (deleted, nulled,
//! retyped, duplicated and unknown members, huge numbers, deep nesting,
//! invalid UTF-8, cut and flipped bytes), are fed to every decoder that reads
//! bytes from the network or from a file: the response decoder
//! (`Response::from_raw`), the error decoder (`decode_error`), `decode`, the
//! `X-Rate-Limit` and `Retry-After` parsers, the image sniffer, the asset
//! state and upload-operation models, and the key parser. Each must give `Ok`
//! or an `Error`, never a panic, and where the answer is known it must be that
//! answer.
//!
//! Every property prints how many cases it ran (`cargo test -p asc-tests
//! --test decoders -- --nocapture`); `PROPTEST_CASES=N` changes the number.

use std::cell::Cell;
use std::fmt::Write as _;

use asc_core::__private::ResourceObject;
use asc_core::__private::parse_retry_after;
use asc_core::__private::sniff_image;
use asc_core::{
    AppMediaAssetState, AssetDeliveryState, Credentials, Error, FieldSelector, ImageAsset,
    ImageFile, RateLimit, RawResponse, RelationshipMeta, Resource, Response, RetryPolicy, Selector,
    ToOne, UploadOperation, UploadPart, Uploader, decode, decode_error,
};
use bytes::Bytes;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde::Deserialize;
use serde::de::{Error as _, IgnoredAny};
use serde_json::{Value, json};

// ------------------------------------------------------------ the resources

/// Apple's `GameCenterAchievementImage`, implemented by hand the way the
/// derive implements a declared resource: decoded through `ResourceObject`.
#[derive(Debug, Clone, PartialEq)]
struct Image {
    kind: String,
    id: String,
    attributes: ImageAttributes,
    relationships: ImageRelationships,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImageAttributes {
    #[serde(default)]
    file_size: Option<i64>,
    #[serde(default)]
    file_name: Option<String>,
    #[serde(default)]
    image_asset: Option<ImageAsset>,
    #[serde(default)]
    upload_operations: Option<Vec<UploadOperation>>,
    #[serde(default)]
    asset_delivery_state: Option<AppMediaAssetState>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImageRelationships {
    #[serde(default)]
    game_center_achievement_localization: ToOne<Localization>,
}

impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<ImageAttributes, ImageRelationships>::deserialize(d)?;
        Ok(Image {
            kind: o.kind,
            id: o.id,
            attributes: o.attributes,
            relationships: o.relationships,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImageField {
    FileSize,
    FileName,
    ImageAsset,
    UploadOperations,
    AssetDeliveryState,
    GameCenterAchievementLocalization,
}

impl Selector for ImageField {
    const NAMES: &'static [&'static str] = &[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterAchievementLocalization",
    ];
    const ALL: &'static [Self] = &[
        Self::FileSize,
        Self::FileName,
        Self::ImageAsset,
        Self::UploadOperations,
        Self::AssetDeliveryState,
        Self::GameCenterAchievementLocalization,
    ];
    fn index(self) -> usize {
        self as usize
    }
}

impl FieldSelector for ImageField {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievementImages";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImageInclude {
    GameCenterAchievementLocalization,
}

impl Selector for ImageInclude {
    const NAMES: &'static [&'static str] = &["gameCenterAchievementLocalization"];
    const ALL: &'static [Self] = &[Self::GameCenterAchievementLocalization];
    fn index(self) -> usize {
        self as usize
    }
}

impl Resource for Image {
    const TYPE: &'static str = "gameCenterAchievementImages";
    const PATH: &'static str = "/v1/gameCenterAchievementImages";
    const ATTRIBUTES: &'static [&'static str] = &[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
    ];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[RelationshipMeta {
        name: "gameCenterAchievementLocalization",
        target_type: "gameCenterAchievementLocalizations",
        target_path: "/v1/gameCenterAchievementLocalizations",
        to_many: false,
        include: true,
    }];
    type Field = ImageField;
    type Include = ImageInclude;
}

/// Apple's `GameCenterAchievementLocalization`, the included resource.
#[derive(Debug, Clone, PartialEq)]
struct Localization {
    id: String,
    attributes: LocalizationAttributes,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LocalizationAttributes {
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    before_earned_description: Option<String>,
    #[serde(default)]
    after_earned_description: Option<String>,
}

impl<'de> Deserialize<'de> for Localization {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<LocalizationAttributes, ()>::deserialize(d)?;
        if o.kind != Self::TYPE {
            return Err(D::Error::custom(format!(
                "expected type {}, found {:?}",
                Self::TYPE,
                o.kind
            )));
        }
        Ok(Localization {
            id: o.id,
            attributes: o.attributes,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LocalizationField {
    Locale,
    Name,
}

impl Selector for LocalizationField {
    const NAMES: &'static [&'static str] = &["locale", "name"];
    const ALL: &'static [Self] = &[Self::Locale, Self::Name];
    fn index(self) -> usize {
        self as usize
    }
}

impl FieldSelector for LocalizationField {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievementLocalizations";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoInclude {}

impl Selector for NoInclude {
    const NAMES: &'static [&'static str] = &[];
    const ALL: &'static [Self] = &[];
    fn index(self) -> usize {
        match self {}
    }
}

impl Resource for Localization {
    const TYPE: &'static str = "gameCenterAchievementLocalizations";
    const PATH: &'static str = "/v1/gameCenterAchievementLocalizations";
    const ATTRIBUTES: &'static [&'static str] = &["locale", "name"];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[];
    type Field = LocalizationField;
    type Include = NoInclude;
}

// ------------------------------------------------------------ Apple's documents

/// Apple's example answer of `GET /v1/gameCenterAchievementImages/{id}`
/// (the seed page), verbatim but for the typographic quotes.
fn apple_example() -> Value {
    json!({
      "data": {
        "type": "gameCenterAchievementImages",
        "id": "38e6d9a7-9cbf-45f8-8246-1ef4728aecda",
        "attributes": {
          "fileSize": 357407,
          "fileName": "coffee1.png",
          "imageAsset": {
            "templateUrl": "https://isq11.mzstatic.com/image/thumb/PurpleSource113/v4/64/14/07/641407e3-602f-ce23-10b8-c91b1762986c/38e6d9a7-9cbf-45f8-8246-1ef4728aecda_coffee1.png/{w}x{h}bb.{f}",
            "width": 512,
            "height": 512
          },
          "uploadOperations": [],
          "assetDeliveryState": { "errors": null, "warnings": null, "state": "COMPLETE" }
        },
        "links": {
          "self": "https://api.appstoreconnect.apple.com/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda"
        }
      },
      "links": {
        "self": "https://api.appstoreconnect.apple.com/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda"
      }
    })
}

/// A fuller answer in the shapes of Apple's schema: a reservation awaiting
/// upload, with operations, a relationship with linkage, and `included`.
fn apple_reservation() -> Value {
    json!({
      "data": {
        "type": "gameCenterAchievementImages",
        "id": "b0c3f1e2-1111-2222-3333-444455556666",
        "attributes": {
          "fileSize": 2048,
          "fileName": "badge.png",
          "imageAsset": null,
          "uploadOperations": [{
            "method": "PUT",
            "url": "https://store-032.blobstore.apple.com/itmspod11-assets-massilia-032001/PurpleSource/part1?uploadId=abc",
            "length": 2048,
            "offset": 0,
            "requestHeaders": [{ "name": "Content-Type", "value": "image/png" }]
          }],
          "assetDeliveryState": {
            "errors": [],
            "warnings": [{ "code": "IMAGE_TOO_SMALL", "description": "consider 1024x1024" }],
            "state": "AWAITING_UPLOAD"
          }
        },
        "relationships": {
          "gameCenterAchievementLocalization": {
            "data": { "type": "gameCenterAchievementLocalizations", "id": "loc-1" },
            "links": {
              "self": "https://api.appstoreconnect.apple.com/v1/gameCenterAchievementImages/b0c3/relationships/gameCenterAchievementLocalization",
              "related": "https://api.appstoreconnect.apple.com/v1/gameCenterAchievementImages/b0c3/gameCenterAchievementLocalization"
            }
          }
        },
        "links": { "self": "https://api.appstoreconnect.apple.com/v1/gameCenterAchievementImages/b0c3" }
      },
      "included": [{
        "type": "gameCenterAchievementLocalizations",
        "id": "loc-1",
        "attributes": {
          "locale": "en-US",
          "name": "Coffee",
          "beforeEarnedDescription": "Drink one",
          "afterEarnedDescription": "You drank one"
        }
      }],
      "links": { "self": "https://api.appstoreconnect.apple.com/v1/gameCenterAchievementImages/b0c3" }
    })
}

/// Apple's `ErrorResponse` with every optional member of `ResponseError`
/// (4.4.1 schema): both kinds of `source`, `links`, `meta.associatedErrors`.
fn apple_errors() -> Value {
    json!({
      "errors": [{
        "id": "5c2a9f0e-0d3d-4f43-9a4e-6f4f8c3d2b1a",
        "status": "409",
        "code": "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "title": "An attribute value is invalid.",
        "detail": "The attribute 'fileSize' can not be negative.",
        "source": { "pointer": "/data/attributes/fileSize" },
        "links": { "about": "https://developer.apple.com/documentation/appstoreconnectapi" },
        "meta": {
          "associatedErrors": {
            "/v1/gameCenterAchievementImages": [{
              "status": "409",
              "code": "ENTITY_ERROR.RELATIONSHIP.INVALID",
              "title": "The relationship is invalid.",
              "detail": "gameCenterAchievementLocalization already has an image",
              "source": { "pointer": "/data/relationships/gameCenterAchievementLocalization" }
            }]
          }
        }
      }, {
        "status": "400",
        "code": "PARAMETER_ERROR.INVALID",
        "title": "A parameter has an invalid value",
        "detail": "'size' is not a valid field name",
        "source": { "parameter": "fields[gameCenterAchievementImages]" }
      }]
    })
}

// ------------------------------------------------------------ mutations

/// One change to one node of a document.
#[derive(Debug, Clone)]
enum Mutation {
    /// Leave the member (or element, or the whole body) out.
    Delete,
    /// Replace it with `null`.
    Null,
    /// Replace it with a value of another type.
    Retype(Value),
    /// Write the member (or element) twice, the second time with this value.
    Duplicate(Value),
    /// Add a member Apple never sent (objects only).
    Unknown(String, Value),
    /// Replace it with this number literal (huge, tiny, long).
    Number(String),
    /// Wrap it in this many arrays (`true`) or objects (`false`).
    Nest(usize, bool),
    /// Put these bytes inside the string (or make a string of them).
    Utf8(Vec<u8>),
}

fn subtree_size(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(subtree_size).sum(),
        Value::Object(o) => o.values().map(subtree_size).sum(),
        _ => 0,
    }
}

/// Writes `v` as JSON, applying each mutation to the node whose pre-order
/// index it names (modulo the node count, so any index hits some node).
fn emit_mutated(v: &Value, mutations: &[(Index, Mutation)]) -> Vec<u8> {
    let nodes = subtree_size(v);
    let targets: Vec<(usize, &Mutation)> =
        mutations.iter().map(|(i, m)| (i.index(nodes), m)).collect();
    let mut out = Vec::new();
    let mut counter = 0;
    let root = targets.iter().find(|(i, _)| *i == 0).map(|(_, m)| *m);
    match root {
        Some(Mutation::Delete) => {}
        Some(Mutation::Duplicate(again)) => {
            emit(v, &targets, &mut counter, &mut out);
            out.push(b' ');
            out.extend_from_slice(again.to_string().as_bytes());
        }
        _ => emit(v, &targets, &mut counter, &mut out),
    }
    out
}

fn emit(v: &Value, targets: &[(usize, &Mutation)], counter: &mut usize, out: &mut Vec<u8>) {
    let me = *counter;
    *counter += 1;
    let mutation = targets.iter().find(|(i, _)| *i == me).map(|(_, m)| *m);
    match mutation {
        Some(Mutation::Null) => {
            out.extend_from_slice(b"null");
            *counter += subtree_size(v) - 1;
            return;
        }
        Some(Mutation::Retype(other)) => {
            out.extend_from_slice(other.to_string().as_bytes());
            *counter += subtree_size(v) - 1;
            return;
        }
        Some(Mutation::Number(literal)) => {
            out.extend_from_slice(literal.as_bytes());
            *counter += subtree_size(v) - 1;
            return;
        }
        Some(Mutation::Nest(depth, arrays)) => {
            for _ in 0..*depth {
                out.extend_from_slice(if *arrays { b"[" } else { b"{\"n\":" });
            }
            *counter -= 1;
            emit_plain(v, targets, counter, out);
            for _ in 0..*depth {
                out.push(if *arrays { b']' } else { b'}' });
            }
            return;
        }
        Some(Mutation::Utf8(bytes)) => {
            // The bytes go in the middle of the string's escaped text (or make
            // up a string of their own when the node is not a string).
            let text = match v {
                Value::String(s) => Value::String(s.clone()).to_string(),
                _ => "\"\"".to_owned(),
            };
            let inner = &text[1..text.len() - 1];
            let mut cut = inner.len() / 2;
            while !inner.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push(b'"');
            out.extend_from_slice(&inner.as_bytes()[..cut]);
            out.extend_from_slice(bytes);
            out.extend_from_slice(&inner.as_bytes()[cut..]);
            out.push(b'"');
            *counter += subtree_size(v) - 1;
            return;
        }
        _ => {}
    }
    *counter -= 1;
    emit_plain(v, targets, counter, out);
}

/// `emit` without applying a mutation to `v` itself (its children still may be).
fn emit_plain(v: &Value, targets: &[(usize, &Mutation)], counter: &mut usize, out: &mut Vec<u8>) {
    let me = *counter;
    *counter += 1;
    let mine = targets.iter().find(|(i, _)| *i == me).map(|(_, m)| *m);
    let child_mutation =
        |counter: usize| targets.iter().find(|(i, _)| *i == counter).map(|(_, m)| *m);
    match v {
        Value::Object(map) => {
            out.push(b'{');
            let mut first = true;
            let mut sep = |out: &mut Vec<u8>| {
                if !first {
                    out.push(b',');
                }
                first = false;
            };
            if let Some(Mutation::Unknown(name, value)) = mine {
                sep(out);
                let _ = serde_json::to_writer(&mut *out, name);
                out.push(b':');
                out.extend_from_slice(value.to_string().as_bytes());
            }
            for (key, child) in map {
                match child_mutation(*counter) {
                    Some(Mutation::Delete) => *counter += subtree_size(child),
                    Some(Mutation::Duplicate(again)) => {
                        sep(out);
                        let _ = serde_json::to_writer(&mut *out, key);
                        out.push(b':');
                        emit(child, targets, counter, out);
                        sep(out);
                        let _ = serde_json::to_writer(&mut *out, key);
                        out.push(b':');
                        out.extend_from_slice(again.to_string().as_bytes());
                    }
                    _ => {
                        sep(out);
                        let _ = serde_json::to_writer(&mut *out, key);
                        out.push(b':');
                        emit(child, targets, counter, out);
                    }
                }
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            let mut first = true;
            for child in items {
                let dup = match child_mutation(*counter) {
                    Some(Mutation::Delete) => {
                        *counter += subtree_size(child);
                        continue;
                    }
                    Some(Mutation::Duplicate(again)) => Some(again),
                    _ => None,
                };
                if !first {
                    out.push(b',');
                }
                first = false;
                emit(child, targets, counter, out);
                if let Some(again) = dup {
                    out.push(b',');
                    out.extend_from_slice(again.to_string().as_bytes());
                }
            }
            out.push(b']');
        }
        other => out.extend_from_slice(other.to_string().as_bytes()),
    }
}

/// Number literals that break naive decoders.
fn huge_number() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1e400".to_owned()),
        Just("-1e400".to_owned()),
        Just("1e-400".to_owned()),
        Just("18446744073709551616".to_owned()),
        Just("-9223372036854775809".to_owned()),
        Just("9223372036854775807".to_owned()),
        Just("-0".to_owned()),
        Just("1.7976931348623157e308".to_owned()),
        Just("4.9e-324".to_owned()),
        Just("1e99999999999999999999".to_owned()),
        Just(format!("1{}", "0".repeat(4000))),
        Just(format!("0.{}1", "0".repeat(4000))),
        "[1-9][0-9]{0,60}",
        "-?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,6})?",
    ]
}

/// Bytes that are not valid UTF-8, or escapes of lone surrogates.
fn bad_utf8() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(vec![0xff]),
        Just(vec![0xc3]),
        Just(vec![0xc0, 0x80]),
        Just(vec![0xed, 0xa0, 0x80]),
        Just(vec![0xf4, 0x90, 0x80, 0x80]),
        Just(b"\\ud800".to_vec()),
        Just(b"\\udc00\\ud800".to_vec()),
        Just(b"\\u00".to_vec()),
        Just(b"\\x".to_vec()),
        Just(vec![0x00]),
        Just(vec![0x1f]),
        prop::collection::vec(0x80u8..=0xff, 1..6),
    ]
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "COMPLETE",
            "FAILED",
            "AWAITING_UPLOAD",
            "gameCenterAchievementImages",
            "gameCenterAchievementLocalizations",
            "",
        ])
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-zA-Z]{1,10}",
                    prop::sample::select(vec![
                        "data",
                        "id",
                        "type",
                        "attributes",
                        "errors",
                        "title",
                        "code",
                        "status",
                        "state",
                        "included",
                        "links",
                        "meta",
                        "source",
                    ])
                    .prop_map(str::to_owned)
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => Just(Mutation::Delete),
        3 => Just(Mutation::Null),
        3 => any_json().prop_map(Mutation::Retype),
        2 => any_json().prop_map(Mutation::Duplicate),
        3 => ("[a-zA-Z]{1,12}", any_json()).prop_map(|(k, v)| Mutation::Unknown(k, v)),
        2 => huge_number().prop_map(Mutation::Number),
        2 => (1usize..300, any::<bool>()).prop_map(|(d, a)| Mutation::Nest(d, a)),
        2 => bad_utf8().prop_map(Mutation::Utf8),
    ]
}

fn mutations() -> impl Strategy<Value = Vec<(Index, Mutation)>> {
    prop::collection::vec((any::<Index>(), mutation()), 1..5)
}

/// Byte-level damage after the JSON is written: cut, flip, insert, remove.
#[derive(Debug, Clone)]
enum ByteEdit {
    Truncate(Index),
    Set(Index, u8),
    Insert(Index, Vec<u8>),
    Remove(Index, usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        any::<Index>().prop_map(ByteEdit::Truncate),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Set(i, b)),
        (
            any::<Index>(),
            prop::collection::vec(
                prop_oneof![
                    prop::sample::select(b"{}[]\":,.-+eE0123456789tfnul\\ ".to_vec()),
                    any::<u8>()
                ],
                1..8
            )
        )
            .prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<Index>(), 1usize..16).prop_map(|(i, n)| ByteEdit::Remove(i, n)),
    ]
}

fn apply_byte_edit(mut body: Vec<u8>, edit: &ByteEdit) -> Vec<u8> {
    if body.is_empty() {
        return body;
    }
    match edit {
        ByteEdit::Truncate(i) => body.truncate(i.index(body.len())),
        ByteEdit::Set(i, b) => {
            let i = i.index(body.len());
            body[i] = *b;
        }
        ByteEdit::Insert(i, bytes) => {
            let i = i.index(body.len() + 1);
            body.splice(i..i, bytes.iter().copied());
        }
        ByteEdit::Remove(i, n) => {
            let i = i.index(body.len());
            let end = (i + n).min(body.len());
            body.drain(i..end);
        }
    }
    body
}

/// Byte strings that get past the JSON lexer more often than uniform bytes.
fn jsonish_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..256),
        prop::collection::vec(
            prop::sample::select(b"{}[]\":,.-+eE0123456789truefalsnu\\ \tdataidtype".to_vec()),
            0..256
        ),
        any_json().prop_map(|v| v.to_string().into_bytes()),
    ]
}

// ------------------------------------------------------------ the runner

/// Cases per property unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 2_000;

fn config(cases: u32) -> Config {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    // Failures are reported with the shrunk input; no regression files are written
    // next to the sources (the input is in the panic message).
    config.failure_persistence = None;
    // Some properties skip inputs that do not apply (`prop_assume!`); never give up on them.
    config.max_global_rejects = 1_000_000;
    config
}

/// Runs one property, panicking with the shrunk failing input, and prints the
/// number of cases it ran (a panic in the code under test is a failed case).
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let mut runner = TestRunner::new(config(cases));
    let ran = Cell::new(0u64);
    let result = runner.run(&strategy, |value| {
        ran.set(ran.get() + 1);
        test(value)
    });
    if let Err(e) = result {
        panic!("property {name} failed: {e}");
    }
    assert!(ran.get() >= u64::from(runner.config().cases));
    eprintln!("property {name}: {} cases passed", ran.get());
}

fn raw(body: Vec<u8>) -> RawResponse {
    RawResponse::new(200, reqwest::header::HeaderMap::new(), Bytes::from(body))
}

/// Decodes `body` as an image answer and checks what must hold whatever the bytes.
fn decode_image(body: &[u8]) -> Result<Result<Response<Image>, Error>, TestCaseError> {
    let result = Response::<Image>::from_raw(raw(body.to_vec()));
    match &result {
        Ok(response) => {
            // Whatever was accepted is JSON (skipped members are not checked for
            // UTF-8, as serde_json skips them), and the decoded values are the document's.
            prop_assert!(serde_json::from_slice::<IgnoredAny>(body).is_ok());
            if let Ok(value) = serde_json::from_slice::<Value>(body) {
                if let Some(id) = member(&value, &["data", "id"]) {
                    prop_assert_eq!(Some(response.data.id.as_str()), id.as_str());
                }
                if let Some(name) = member(&value, &["data", "attributes", "fileName"]) {
                    prop_assert_eq!(response.data.attributes.file_name.as_deref(), name.as_str());
                }
            }
            prop_assert_eq!(response.raw_body(), body);
            // Included resources decode or are skipped, never panic.
            let lenient = response.included::<Localization>();
            match response.try_included::<Localization>() {
                Ok(strict) => prop_assert_eq!(strict, lenient),
                Err(e) => prop_assert!(matches!(e.last_attempt(), Error::Decode { .. }), "{e:?}"),
            }
            let _ = response.included::<Image>();
            let _ = format!("{response:?}");
        }
        Err(e) => check_decode_error(e, 200, body)?,
    }
    Ok(result)
}

/// The member at `path` when every container on the way is an object (`null`
/// when it is absent); `None` when one is an array: serde's derive also reads
/// a struct from an array of its fields in order (`["type", "id"]`), which is
/// accepted (see RELIABILITY.md) and has no member to compare.
fn member<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let mut v = v;
    for key in path {
        match v {
            Value::Object(map) => v = map.get(*key).unwrap_or(&Value::Null),
            Value::Array(_) => return None,
            _ => return Some(&Value::Null),
        }
    }
    Some(v)
}

fn check_decode_error(e: &Error, status: u16, body: &[u8]) -> Result<(), TestCaseError> {
    match e {
        Error::Decode {
            status: s,
            path,
            message,
            excerpt,
        } => {
            prop_assert_eq!(*s, status);
            // The path is empty only for a failure inside a member named ""
            // (serde_path_to_error prints member names as they are; see
            // `decode_errors_name_the_path`).
            prop_assert!(
                !path.is_empty() || body.windows(2).any(|w| w == b"\"\""),
                "{:?}",
                e
            );
            prop_assert!(!message.is_empty(), "empty message in {:?}", e);
            prop_assert!(!excerpt.is_empty(), "empty excerpt in {:?}", e);
            prop_assert!(excerpt.len() <= 306, "excerpt of {} bytes", excerpt.len());
            prop_assert!(!excerpt.chars().any(char::is_control));
        }
        other => prop_assert!(false, "not a decode error: {other:?}"),
    }
    let text = e.to_string();
    prop_assert!(text.starts_with("could not decode the response"), "{text}");
    let _ = format!("{e:?}");
    prop_assert!(!e.is_transient());
    Ok(())
}

/// Decodes `body` as an error answer and checks what must hold whatever the bytes.
fn decode_err(status: u16, body: &[u8]) -> Result<Error, TestCaseError> {
    let limit = RateLimit::parse("user-hour-lim:3600;user-hour-rem:12;");
    let e = decode_error(status, body, limit);
    prop_assert_eq!(e.status(), Some(status));
    prop_assert_eq!(e.rate_limit(), limit);
    let text = e.to_string();
    prop_assert!(text.contains(&status.to_string()), "{text}");
    let _ = format!("{e:?}");
    let _ = e.is_transient();
    match &e {
        Error::Api { errors, .. } => {
            prop_assert!(!errors.is_empty());
            prop_assert_eq!(e.api_errors().len(), errors.len());
            prop_assert!(serde_json::from_slice::<IgnoredAny>(body).is_ok());
            // Skipped members are not checked for UTF-8; when the body is strict
            // JSON, the decoded errors are exactly its `errors`.
            if let Ok(value) = serde_json::from_slice::<Value>(body) {
                prop_assert_eq!(value["errors"].as_array().map(Vec::len), Some(errors.len()));
                for (decoded, sent) in errors
                    .iter()
                    .zip(value["errors"].as_array().into_iter().flatten())
                {
                    if let Some(code) = member(sent, &["code"]) {
                        prop_assert_eq!(decoded.code.as_str(), code.as_str().unwrap_or(""));
                    }
                }
            }
        }
        Error::Http { excerpt, .. } => {
            prop_assert!(!excerpt.is_empty() && excerpt.len() <= 306);
            prop_assert!(!excerpt.chars().any(char::is_control));
            prop_assert!(e.api_errors().is_empty());
        }
        other => prop_assert!(false, "unexpected kind: {other:?}"),
    }
    Ok(e)
}

// ------------------------------------------------------------ response decoder

#[test]
fn apple_documents_decode_exactly() {
    let body = apple_example().to_string().into_bytes();
    let r = Response::<Image>::from_raw(raw(body)).unwrap();
    assert_eq!(r.data.id, "38e6d9a7-9cbf-45f8-8246-1ef4728aecda");
    assert_eq!(r.data.kind, Image::TYPE);
    assert_eq!(r.data.attributes.file_size, Some(357_407));
    assert_eq!(
        r.data
            .attributes
            .asset_delivery_state
            .as_ref()
            .and_then(|s| s.state.clone()),
        Some(AssetDeliveryState::Complete)
    );
    assert!(r.links.self_.as_deref().unwrap().ends_with("aecda"));

    let body = apple_reservation().to_string().into_bytes();
    let r = Response::<Image>::from_raw(raw(body)).unwrap();
    assert_eq!(
        r.data
            .relationships
            .game_center_achievement_localization
            .id(),
        Some("loc-1")
    );
    let ops = r.data.attributes.upload_operations.as_deref().unwrap();
    let part = ops[0].to_part(0).unwrap();
    assert_eq!((part.offset, part.length), (0, 2048));
    assert_eq!(
        part.headers,
        [("Content-Type".to_owned(), "image/png".to_owned())]
    );
    let locs = r.try_included::<Localization>().unwrap();
    assert_eq!(locs.len(), 1);
    assert_eq!(locs[0].attributes.name.as_deref(), Some("Coffee"));
}

#[test]
fn decode_errors_name_the_path() {
    let at = |body: &str| match Response::<Image>::from_raw(raw(body.as_bytes().to_vec())) {
        Err(Error::Decode { path, .. }) => path,
        other => panic!("{other:?}"),
    };
    assert_eq!(at(r#"{"data":{"id":1}}"#), "data.id");
    assert_eq!(
        at(r#"{"data":{"id":"1","attributes":{"fileSize":"x"}}}"#),
        "data.attributes.fileSize"
    );
    assert_eq!(at(r#"{"data":{"id":"1"}} x"#), ".");
    // A syntax error inside a skipped member is reported under its name, even "".
    assert_eq!(at(r#"{"x":[}"#), "x");
    assert_eq!(at(r#"{"":[}"#), "");
}

#[test]
fn response_decoder_takes_any_bytes() {
    check("response_any_bytes", CASES, jsonish_bytes(), |body| {
        let _decoded = decode_image(&body)?;
        Ok(())
    });
}

#[test]
fn response_decoder_takes_mutated_apple_documents() {
    let docs = [apple_example(), apple_reservation()];
    let strategy = (0..docs.len(), mutations(), prop::option::of(byte_edit()));
    check("response_mutated", CASES, strategy, |(doc, muts, edit)| {
        let mut body = emit_mutated(&docs[doc], &muts);
        if let Some(edit) = &edit {
            body = apply_byte_edit(body, edit);
        }
        let _decoded = decode_image(&body)?;
        Ok(())
    });
}

/// Paths (from the root) of every object in `v`, for mutations that must hit objects.
fn object_paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, child) in map {
                at.push(k.clone());
                object_paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                object_paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_path<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match v {
        Value::Array(a) => &mut a[k.parse::<usize>().unwrap()],
        other => &mut other[k.as_str()],
    })
}

/// What Apple may change without breaking us: unknown members anywhere, and
/// `null` or absent optional attributes. The answer must still decode, to
/// the same values.
#[test]
fn response_decoder_tolerates_unknown_members_and_null_attributes() {
    let doc = apple_reservation();
    let expected = Response::<Image>::from_raw(raw(doc.to_string().into_bytes()))
        .unwrap()
        .data;
    let mut objects = Vec::new();
    object_paths(&doc, &mut Vec::new(), &mut objects);
    let names = Image::ATTRIBUTES;
    let strategy = (
        prop::collection::vec(
            (
                prop::sample::select(objects.clone()),
                "[a-z][a-zA-Z]{0,10}",
                any_json(),
            ),
            1..4,
        ),
        prop::option::of((prop::sample::select(names.to_vec()), any::<bool>())),
    );
    check(
        "response_tolerated",
        CASES,
        strategy,
        |(unknown, optional)| {
            let mut doc = doc.clone();
            let mut expected = expected.clone();
            for (path, name, value) in &unknown {
                let target = at_path(&mut doc, path);
                // Only members Apple does not define for that object are "unknown".
                if let Value::Object(map) = target
                    && !map.contains_key(name)
                    && ![
                        "type",
                        "id",
                        "data",
                        "attributes",
                        "relationships",
                        "links",
                        "included",
                        "self",
                        "related",
                        "errors",
                        "warnings",
                        "state",
                        "code",
                        "description",
                        "templateUrl",
                        "width",
                        "height",
                        "method",
                        "url",
                        "length",
                        "offset",
                        "requestHeaders",
                        "name",
                        "value",
                        "first",
                        "next",
                    ]
                    .contains(&name.as_str())
                    && !names.contains(&name.as_str())
                {
                    map.insert(name.clone(), value.clone());
                }
            }
            if let Some((attribute, delete)) = optional {
                let attributes = doc["data"]["attributes"].as_object_mut().unwrap();
                if delete {
                    attributes.remove(attribute);
                } else {
                    attributes.insert(attribute.to_owned(), Value::Null);
                }
                let a = &mut expected.attributes;
                match attribute {
                    "fileSize" => a.file_size = None,
                    "fileName" => a.file_name = None,
                    "imageAsset" => a.image_asset = None,
                    "uploadOperations" => a.upload_operations = None,
                    "assetDeliveryState" => a.asset_delivery_state = None,
                    other => unreachable!("{other}"),
                }
            }
            let body = doc.to_string().into_bytes();
            let response = decode_image(&body)?
                .map_err(|e| TestCaseError::fail(format!("tolerable change refused: {e}")))?;
            prop_assert_eq!(&response.data, &expected);
            prop_assert_eq!(response.included::<Localization>().len(), 1);
            Ok(())
        },
    );
}

/// A scalar attribute of the wrong type is refused, and the error names it.
#[test]
fn retyped_attributes_are_refused_with_their_path() {
    let doc = apple_example();
    let strategy = (
        prop::sample::select(vec![
            ("fileSize", "data.attributes.fileSize"),
            ("fileName", "data.attributes.fileName"),
        ]),
        any_json(),
    );
    check(
        "response_retyped",
        CASES,
        strategy,
        |((name, path), value)| {
            let fits = match name {
                "fileSize" => value.is_null() || value.as_i64().is_some(),
                _ => value.is_null() || value.is_string(),
            };
            prop_assume!(!fits);
            let mut doc = doc.clone();
            doc["data"]["attributes"][name] = value;
            let e = decode_image(doc.to_string().as_bytes())?
                .err()
                .ok_or_else(|| TestCaseError::fail("a retyped attribute was accepted"))?;
            match &e {
                Error::Decode { path: p, .. } => prop_assert_eq!(p.as_str(), path),
                other => prop_assert!(false, "{other:?}"),
            }
            prop_assert!(e.to_string().contains(path));
            Ok(())
        },
    );
}

fn nest(depth: usize, arrays: bool, inner: &str) -> String {
    let (open, close) = if arrays { ("[", "]") } else { ("{\"n\":", "}") };
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

/// serde_json decodes at most 127 levels of nesting into a recursive type
/// (`serde_json::Value` in Apple's `links` and `meta`, nested
/// `associatedErrors`): one level more is an error, checked here on both
/// sides of the limit. Typed positions fail at the first level of the wrong
/// type, and skipped values (unknown members, `included`) are skipped
/// without recursion, so no depth exhausts the stack.
#[test]
fn deep_nesting_is_refused_where_decoded_and_skipped_elsewhere() {
    // An error's `meta` holds any JSON: root, errors, error, meta = 4 levels before it.
    let meta = |depth: usize, arrays: bool| {
        format!(
            "{{\"errors\":[{{\"status\":\"500\",\"code\":\"C\",\"title\":\"t\",\"meta\":{{\"deep\":{}}}}}]}}",
            nest(depth, arrays, "1")
        )
    };
    for arrays in [true, false] {
        let at_limit = decode_error(500, meta(123, arrays).as_bytes(), None);
        assert_eq!(at_limit.api_errors().len(), 1, "{at_limit}");
        for depth in [124, 1_000, 100_000] {
            let body = meta(depth, arrays);
            let e = decode_error(500, body.as_bytes(), None);
            assert!(matches!(e.last_attempt(), Error::Http { .. }), "{e:?}");
            let e = decode::<Value>(500, body.as_bytes()).unwrap_err();
            assert!(e.to_string().contains("recursion limit exceeded"), "{e}");
        }
        assert!(decode::<Value>(200, nest(127, arrays, "1").as_bytes()).is_ok());
        let e = decode::<Value>(200, nest(128, arrays, "1").as_bytes()).unwrap_err();
        assert!(e.to_string().contains("recursion limit exceeded"), "{e}");
    }
    // Typed positions: `data` itself and an attribute, at any depth, are decode errors.
    for depth in [128, 1_000, 100_000] {
        for arrays in [true, false] {
            let body = format!("{{\"data\":{}}}", nest(depth, arrays, "1"));
            let e = Response::<Image>::from_raw(raw(body.into_bytes())).unwrap_err();
            assert!(matches!(e.last_attempt(), Error::Decode { .. }), "{e:?}");

            let mut doc = apple_example();
            doc["data"]["attributes"]["imageAsset"] = json!("HERE");
            let body = doc
                .to_string()
                .replace("\"HERE\"", &nest(depth, arrays, "1"));
            let result = Response::<Image>::from_raw(raw(body.into_bytes()));
            if arrays {
                let e = result.unwrap_err();
                assert!(e.to_string().contains("data.attributes.imageAsset"), "{e}");
            } else {
                // `{"n":{"n":...}}` is an `ImageAsset` with an unknown member: skipped.
                let asset = result.unwrap().data.attributes.image_asset;
                assert_eq!(asset, Some(ImageAsset::default()));
            }
        }
    }
    // Skipped positions: accepted at any depth; an included resource too deep
    // to decode is skipped by `included` and reported by `try_included`.
    for depth in [128, 100_000] {
        let mut doc = apple_reservation();
        doc["data"]["attributes"]["futureMember"] = json!("HERE");
        doc["included"][0]["attributes"]["name"] = json!("DEEP");
        let body = doc
            .to_string()
            .replace("\"HERE\"", &nest(depth, true, "1"))
            .replace("\"DEEP\"", &nest(depth, false, "1"));
        let r = Response::<Image>::from_raw(raw(body.into_bytes())).unwrap();
        assert_eq!(r.data.attributes.file_size, Some(2048));
        assert!(r.included::<Localization>().is_empty());
        let e = r.try_included::<Localization>().unwrap_err();
        assert!(e.to_string().contains("attributes.name"), "{e}");
    }
}

/// Stack needed by the deepest documents the decoders accept: 127 levels of
/// `serde_json::Value`, and 32 nested `associatedErrors` (127 levels, going
/// through serde's buffering of `#[serde(flatten)]`). Tokio's and the test
/// harness's threads have 2 MiB; this runs them on a quarter of that.
#[test]
fn deepest_accepted_documents_fit_a_small_stack() {
    // root, errors: 2 levels; each error adds 1, each wrap adds meta, associatedErrors, array.
    let mut error = json!({"status": "409", "code": "C", "title": "leaf"});
    for _ in 0..31 {
        error = json!({"status": "409", "code": "C", "title": "t",
            "meta": {"associatedErrors": {"/v1/x": [error]}}});
    }
    let errors = json!({ "errors": [error] }).to_string();
    let values = nest(127, false, "1");
    let stack = std::env::var("ASC_TEST_STACK_KIB")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(512);
    let worker = std::thread::Builder::new()
        .stack_size(stack * 1024)
        .spawn(move || {
            let e = decode_error(409, errors.as_bytes(), None);
            let mut depth = 0;
            let mut e = e.api_errors().first().cloned();
            while let Some(x) = e {
                depth += 1;
                e = x
                    .meta
                    .and_then(|m| m.associated_errors.into_values().next())
                    .and_then(|v| v.into_iter().next());
            }
            let value = decode::<Value>(200, values.as_bytes()).is_ok();
            (depth, value)
        })
        .unwrap();
    let (depth, value) = worker.join().expect("decoding overflowed the stack");
    assert_eq!(depth, 32);
    assert!(value);
}

// ------------------------------------------------------------ error decoder

#[test]
fn apple_error_document_decodes_exactly() {
    let e = decode_error(409, apple_errors().to_string().as_bytes(), None);
    let errors = e.api_errors();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].code, "ENTITY_ERROR.ATTRIBUTE.INVALID");
    assert_eq!(
        errors[0].source,
        Some(asc_core::ErrorSource::Pointer(
            "/data/attributes/fileSize".into()
        ))
    );
    let meta = errors[0].meta.as_ref().unwrap();
    assert_eq!(
        meta.associated_errors["/v1/gameCenterAchievementImages"].len(),
        1
    );
    assert_eq!(
        errors[1].source,
        Some(asc_core::ErrorSource::Parameter(
            "fields[gameCenterAchievementImages]".into()
        ))
    );
    let text = e.to_string();
    assert!(text.contains("fileSize") && text.contains("fields[gameCenterAchievementImages]"));
}

#[test]
fn error_decoder_takes_any_bytes_and_status() {
    check(
        "error_any_bytes",
        CASES,
        (100u16..=599, jsonish_bytes()),
        |(status, body)| {
            decode_err(status, &body)?;
            Ok(())
        },
    );
}

#[test]
fn error_decoder_takes_mutated_apple_errors() {
    let doc = apple_errors();
    let strategy = (
        prop::sample::select(vec![
            400u16, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504,
        ]),
        mutations(),
        prop::option::of(byte_edit()),
    );
    check("error_mutated", CASES, strategy, |(status, muts, edit)| {
        let mut body = emit_mutated(&doc, &muts);
        if let Some(edit) = &edit {
            body = apply_byte_edit(body, edit);
        }
        decode_err(status, &body)?;
        // The same bytes through the generic decoder of the public error model.
        #[derive(Debug, Deserialize)]
        struct Errors {
            #[allow(dead_code)]
            errors: Option<Vec<asc_core::ApiError>>,
        }
        if let Err(e) = decode::<Errors>(status, &body) {
            check_decode_error(&e, status, &body)?;
        }
        Ok(())
    });
}

/// Members Apple adds, or leaves out, must not turn an Apple error into an
/// unreadable one: the codes and titles survive.
#[test]
fn error_decoder_tolerates_unknown_members_and_nulls() {
    let doc = apple_errors();
    let expected: Vec<(String, String)> = decode_error(409, doc.to_string().as_bytes(), None)
        .api_errors()
        .iter()
        .map(|e| (e.code.clone(), e.title.clone()))
        .collect();
    let mut objects = Vec::new();
    object_paths(&doc, &mut Vec::new(), &mut objects);
    // `associatedErrors` is a map whose values must be error arrays: a new key
    // there is not an unknown member but a new entry (covered by the mutation
    // property above, where a malformed entry gives `Error::Http`).
    objects.retain(|path| path.last().is_none_or(|k| k != "associatedErrors"));
    let optional = ["id", "detail", "source", "links", "meta"];
    let strategy = (
        prop::collection::vec(
            (
                prop::sample::select(objects),
                "[a-z]{1,3}_[a-z]{1,8}",
                any_json(),
            ),
            1..4,
        ),
        prop::collection::vec(
            (
                0usize..2,
                prop::sample::select(optional.to_vec()),
                any::<bool>(),
            ),
            0..3,
        ),
    );
    check("error_tolerated", CASES, strategy, |(unknown, nulls)| {
        let mut doc = doc.clone();
        for (path, name, value) in &unknown {
            // Names with `_` are never Apple's camelCase members.
            if let Value::Object(map) = at_path(&mut doc, path) {
                map.insert(name.clone(), value.clone());
            }
        }
        for (i, name, delete) in &nulls {
            let error = doc["errors"][*i].as_object_mut().unwrap();
            if *delete {
                error.remove(*name);
            } else {
                error.insert((*name).to_owned(), Value::Null);
            }
        }
        let e = decode_err(409, doc.to_string().as_bytes())?;
        let got: Vec<(String, String)> = e
            .api_errors()
            .iter()
            .map(|e| (e.code.clone(), e.title.clone()))
            .collect();
        prop_assert_eq!(got, expected.clone());
        Ok(())
    });
}

// ------------------------------------------------------------ headers

#[test]
fn rate_limit_parser_takes_any_text() {
    check("rate_limit_any", CASES, any::<String>(), |text| {
        if let Some(r) = RateLimit::parse(&text) {
            // What we print parses back to the same value.
            prop_assert_eq!(RateLimit::parse(&r.to_string()), Some(r));
        }
        Ok(())
    });
}

#[test]
fn rate_limit_parser_reads_every_apple_form() {
    let keys = [
        "user-hour-lim",
        "user-hour-rem",
        "user-minute-lim",
        "user-minute-rem",
    ];
    let entry = (
        prop_oneof![
            prop::sample::select(keys.to_vec()).prop_map(str::to_owned),
            "[a-z-]{0,12}"
        ],
        prop_oneof![any::<u64>().prop_map(|n| n.to_string()), "[0-9a-z -]{0,24}"],
        prop::sample::select(vec![";", ",", "; ", ", ", " ;"]),
        prop::sample::select(vec!["", " ", "  "]),
    );
    check(
        "rate_limit_forms",
        CASES,
        prop::collection::vec(entry, 0..8),
        |entries| {
            let mut header = String::new();
            let mut expected = RateLimit::default();
            let mut any = false;
            for (key, number, sep, pad) in &entries {
                let _ = write!(header, "{pad}{key}:{pad}{number}{sep}");
                let Ok(n) = number.trim().parse::<u32>() else {
                    continue;
                };
                let slot = match key.as_str() {
                    "user-hour-lim" => &mut expected.hour_limit,
                    "user-hour-rem" => &mut expected.hour_remaining,
                    "user-minute-lim" => &mut expected.minute_limit,
                    "user-minute-rem" => &mut expected.minute_remaining,
                    _ => continue,
                };
                *slot = Some(n);
                any = true;
            }
            prop_assert_eq!(
                RateLimit::parse(&header),
                any.then_some(expected),
                "{}",
                header
            );
            Ok(())
        },
    );
}

#[test]
fn retry_after_and_backoff_take_any_input() {
    check("retry_after_any", CASES, any::<String>(), |text| {
        let _ = parse_retry_after(&text);
        Ok(())
    });
    let duration = prop_oneof![
        Just(std::time::Duration::MAX),
        Just(std::time::Duration::ZERO),
        any::<(u64, u32)>().prop_map(|(s, n)| std::time::Duration::new(s, n % 1_000_000_000)),
        (0u64..100_000).prop_map(std::time::Duration::from_millis),
    ];
    let strategy = (
        any::<u32>(),
        duration.clone(),
        duration.clone(),
        duration.clone(),
        any::<u32>(),
        prop::option::of(duration),
        any::<u16>(),
    );
    check(
        "retry_policy_any",
        CASES,
        strategy,
        |(max_retries, initial, max, max_after, attempt, after, status)| {
            let policy = RetryPolicy {
                max_retries,
                initial_backoff: initial,
                max_backoff: max,
                max_retry_after: max_after,
            };
            // `decide` is crate-private; its bounds are unit-tested in asc-core's retry.rs.
            let _ = (max_retries, max_after, after, status);
            let b = policy.backoff(attempt);
            prop_assert!(b <= max.max(initial.min(max)));
            Ok(())
        },
    );
}

// ------------------------------------------------------------ images and assets

fn png_header(w: u32, h: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&w.to_be_bytes());
    png.extend_from_slice(&h.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0]);
    png
}

/// A JPEG with `segments` (APPn/COM markers with bodies) before a SOF0 of w x h.
fn jpeg(segments: &[(u8, Vec<u8>)], w: u16, h: u16) -> Vec<u8> {
    let mut out = vec![0xff, 0xd8];
    for (marker, body) in segments {
        out.extend_from_slice(&[0xff, *marker]);
        out.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(body);
    }
    out.extend_from_slice(&[0xff, 0xc0, 0x00, 0x11, 0x08]);
    out.extend_from_slice(&h.to_be_bytes());
    out.extend_from_slice(&w.to_be_bytes());
    out.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    out
}

fn check_image(bytes: &[u8]) -> Result<(), TestCaseError> {
    match sniff_image(bytes) {
        Some(("png", w, h)) => {
            prop_assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && &bytes[12..16] == b"IHDR");
            prop_assert_eq!(w, u32::from_be_bytes(bytes[16..20].try_into().unwrap()));
            prop_assert_eq!(h, u32::from_be_bytes(bytes[20..24].try_into().unwrap()));
        }
        Some(("jpeg", w, h)) => {
            prop_assert!(bytes.starts_with(&[0xff, 0xd8]));
            prop_assert!(w <= 0xffff && h <= 0xffff);
        }
        Some(other) => prop_assert!(false, "unknown format {other:?}"),
        None => {}
    }
    match ImageFile::from_bytes("image.png", bytes.to_vec()) {
        Ok(file) => {
            prop_assert!(file.width > 0 && file.height > 0);
            prop_assert_eq!(
                sniff_image(bytes),
                Some((file.format, file.width, file.height))
            );
        }
        Err(e) => {
            prop_assert!(matches!(e, Error::File { .. }), "{e:?}");
            prop_assert!(e.to_string().contains("image.png"));
        }
    }
    Ok(())
}

#[test]
fn image_sniffer_takes_any_bytes() {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        prop::collection::vec(any::<u8>(), 0..40).prop_map(|tail| {
            let mut b = b"\x89PNG\r\n\x1a\n".to_vec();
            b.extend(tail);
            b
        }),
        prop::collection::vec(any::<u8>(), 0..64).prop_map(|tail| {
            let mut b = vec![0xff, 0xd8];
            b.extend(tail);
            b
        }),
    ];
    check("sniff_any_bytes", CASES, bytes, |b| check_image(&b));
}

#[test]
fn image_sniffer_reads_valid_headers_and_survives_damage() {
    let segment = (
        prop_oneof![0xe0u8..=0xef, Just(0xfe), Just(0xdb), Just(0xc4)],
        prop::collection::vec(any::<u8>(), 0..40),
    );
    let strategy = prop_oneof![
        (any::<u32>(), any::<u32>()).prop_map(|(w, h)| (png_header(w, h), Some((w, h)))),
        (
            prop::collection::vec(segment, 0..5),
            any::<u16>(),
            any::<u16>()
        )
            .prop_map(|(segments, w, h)| (
                jpeg(&segments, w, h),
                Some((u32::from(w), u32::from(h)))
            )),
    ];
    check(
        "sniff_valid_and_damaged",
        CASES,
        (strategy, prop::collection::vec(byte_edit(), 0..3)),
        |((bytes, size), edits)| {
            if edits.is_empty() {
                let (w, h) = size.unwrap();
                prop_assert_eq!(sniff_image(&bytes).map(|(_, w, h)| (w, h)), Some((w, h)));
            }
            let damaged = edits.iter().fold(bytes, apply_byte_edit);
            check_image(&damaged)
        },
    );
}

#[test]
fn asset_models_take_any_json() {
    check(
        "asset_state_any",
        CASES,
        (any::<String>(), any_json()),
        |(text, value)| {
            let state = AssetDeliveryState::from_wire(&text);
            prop_assert_eq!(state.as_str(), text.as_str());
            prop_assert_eq!(AssetDeliveryState::from_wire(state.as_str()), state.clone());
            let json = serde_json::to_string(&state).unwrap();
            prop_assert_eq!(
                serde_json::from_str::<AssetDeliveryState>(&json).unwrap(),
                state
            );
            let body = value.to_string();
            if let Ok(s) = decode::<AppMediaAssetState>(200, body.as_bytes()) {
                let _ = s.state.as_ref().map(AssetDeliveryState::as_str);
            }
            if let Ok(asset) = decode::<ImageAsset>(200, body.as_bytes()) {
                let _ = asset.original_url("png");
                let _ = asset.url(u32::MAX, 0, &text);
            }
            if let Ok(op) = decode::<UploadOperation>(200, body.as_bytes()) {
                check_operation(&op)?;
            }
            Ok(())
        },
    );
}

fn check_operation(op: &UploadOperation) -> Result<(), TestCaseError> {
    match op.to_part(7) {
        Ok(part) => {
            prop_assert_eq!(Some(part.offset as i64), op.offset);
            prop_assert_eq!(Some(part.length as i64), op.length);
        }
        Err(e) => {
            prop_assert!(matches!(e, Error::UnexpectedResponse { .. }), "{e:?}");
            prop_assert!(e.to_string().contains("operation 7"), "{e}");
        }
    }
    Ok(())
}

fn operation() -> impl Strategy<Value = UploadOperation> {
    let number = prop_oneof![any::<i64>(), -1i64..70, Just(i64::MAX), Just(i64::MIN),];
    (
        prop::option::of(prop_oneof![Just("PUT".to_owned()), "[A-Z ]{0,6}", ".{0,6}"]),
        prop::option::of(prop_oneof![
            Just("http://127.0.0.1:9/part".to_owned()),
            "(https?|ftp|file)://[a-z0-9./:]{0,12}",
            ".{0,12}"
        ]),
        prop::option::of(number.clone()),
        prop::option::of(number),
        prop::option::of(prop::collection::vec(
            (prop::option::of(".{0,8}"), prop::option::of(".{0,8}")),
            0..3,
        )),
    )
        .prop_map(|(method, url, length, offset, headers)| UploadOperation {
            method,
            url,
            length,
            offset,
            request_headers: headers.map(|h| {
                h.into_iter()
                    .map(|(name, value)| asc_core::HttpHeader { name, value })
                    .collect()
            }),
        })
}

/// Operation lists from the network are checked against the file before any
/// byte is sent. Each list here ends with an operation whose method is
/// invalid, so nothing is ever sent and the answer must be the refusal of
/// the first bad operation, whatever the offsets and lengths.
#[test]
fn upload_operations_are_checked_before_sending() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let uploader = Uploader::new(std::time::Duration::from_secs(1))
        .unwrap()
        .retry(RetryPolicy::none());
    let strategy = (
        prop::collection::vec(operation(), 0..5),
        prop::collection::vec(any::<u8>(), 0..64),
    );
    check("upload_operations", 1_000, strategy, |(ops, data)| {
        let mut parts = Vec::new();
        for (i, op) in ops.iter().enumerate() {
            check_operation(op)?;
            if let Ok(p) = op.to_part(i) {
                parts.push(p);
            }
        }
        parts.push(UploadPart {
            method: "NOT A METHOD".into(),
            url: "http://127.0.0.1:9/never".into(),
            offset: 0,
            length: 0,
            headers: Vec::new(),
        });
        let len = data.len() as u64;
        let result = runtime.block_on(uploader.upload(&parts, Bytes::from(data)));
        let e = result.expect_err("the last operation is invalid");
        prop_assert!(matches!(e, Error::InvalidRequest(_)), "{e:?}");
        // The refusal names the first operation that cannot be sent as it is.
        use reqwest::header::{HeaderName, HeaderValue};
        let first_bad = parts.iter().position(|p| {
            p.offset.checked_add(p.length).is_none_or(|end| end > len)
                || reqwest::Method::from_bytes(p.method.as_bytes()).is_err()
                || !reqwest::Url::parse(&p.url)
                    .is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
                || p.headers.iter().any(|(n, v)| {
                    HeaderName::from_bytes(n.as_bytes()).is_err()
                        || HeaderValue::from_str(v).is_err()
                })
        });
        let first_bad = first_bad.expect("the last part is bad");
        let text = e.to_string();
        prop_assert!(
            text.contains(&format!("upload operation {first_bad} ")),
            "{text}"
        );
        Ok(())
    });
}

// ------------------------------------------------------------ keys

fn p256_pem() -> String {
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
    let doc = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new())
        .unwrap();
    pem::encode(&pem::Pem::new("PRIVATE KEY", doc.as_ref().to_vec()))
}

/// The key parser is the one decoder that reads a file; damaged keys are
/// refused with `Error::Credentials`, never a panic.
#[test]
fn key_parser_takes_any_bytes_and_damaged_keys() {
    let pem = p256_pem();
    assert!(Credentials::individual("KEY1234567", &pem).is_ok());
    let strategy = prop_oneof![
        jsonish_bytes(),
        prop::collection::vec(byte_edit(), 1..4)
            .prop_map(move |edits| edits.iter().fold(pem.clone().into_bytes(), apply_byte_edit)),
    ];
    check("key_parser", 1_000, strategy, |bytes| {
        match Credentials::individual("KEY1234567", &bytes) {
            Ok(c) => {
                let debug = format!("{c:?}");
                prop_assert!(debug.contains("<redacted>"), "{}", debug);
            }
            Err(e) => {
                prop_assert!(matches!(e, Error::Credentials(_)), "{e:?}");
                let text = e.to_string();
                prop_assert!(
                    !text.contains("MIG"),
                    "the message quotes key material: {text}"
                );
            }
        }
        Ok(())
    });
}
