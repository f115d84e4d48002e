//! Shared by the emulator's integration tests: declarations written by hand
//! with Apple's full attribute and relationship names (asc-resources declares
//! a subset of some types, and these tests check the emulator against Apple's
//! document), Apple's example as seed, token and PNG helpers.
#![allow(dead_code)]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use asc_core::{LinkageMeta, ListMeta, RelationshipMeta, ResourceMeta, RetryPolicy};
use asc_emulator::{Emulator, EmulatorBuilder};
use serde_json::{Value, json};

pub const IMAGES: &str = "gameCenterAchievementImages";
pub const LOCALIZATIONS: &str = "gameCenterAchievementLocalizations";
/// The id in Apple's documented example.
pub const IMAGE_ID: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";
/// A localization that holds the example image.
pub const LOC_WITH_IMAGE: &str = "0a1b2c3d-0000-4000-8000-000000000001";
/// A localization without an image, to create one for.
pub const LOC_EMPTY: &str = "0a1b2c3d-0000-4000-8000-000000000002";
pub const ACHIEVEMENTS: &str = "gameCenterAchievements";
pub const VERSIONS: &str = "gameCenterAchievementVersions";
/// The achievement of [`parents`], with both localizations.
pub const ACHIEVEMENT_ID: &str = "0a1b2c3d-0000-4000-8000-0000000000a1";
/// The achievement version of [`parents`], with both localizations.
pub const VERSION_ID: &str = "0a1b2c3d-0000-4000-8000-0000000000b1";

const IMAGE_ATTRS: &[&str] = &[
    "fileSize",
    "fileName",
    "imageAsset",
    "uploadOperations",
    "assetDeliveryState",
];
const LOC_ATTRS: &[&str] = &[
    "locale",
    "name",
    "beforeEarnedDescription",
    "afterEarnedDescription",
];

pub const IMAGE_V1: ResourceMeta = ResourceMeta::new(IMAGES, "/v1/gameCenterAchievementImages")
    .with_attributes(IMAGE_ATTRS)
    .with_relationships(&[RelationshipMeta {
        name: "gameCenterAchievementLocalization",
        target_type: LOCALIZATIONS,
        target_path: "/v1/gameCenterAchievementLocalizations",
        to_many: false,
        include: true,
    }]);

pub const IMAGE_V2: ResourceMeta = ResourceMeta::new(IMAGES, "/v2/gameCenterAchievementImages")
    .with_attributes(IMAGE_ATTRS)
    .with_relationships(&[RelationshipMeta {
        name: "localization",
        target_type: LOCALIZATIONS,
        target_path: "/v2/gameCenterAchievementLocalizations",
        to_many: false,
        include: true,
    }]);

pub const LOC_V1: ResourceMeta =
    ResourceMeta::new(LOCALIZATIONS, "/v1/gameCenterAchievementLocalizations")
        .with_attributes(LOC_ATTRS)
        .with_relationships(&[
            RelationshipMeta {
                name: "gameCenterAchievement",
                target_type: "gameCenterAchievements",
                target_path: "/v1/gameCenterAchievements",
                to_many: false,
                include: true,
            },
            RelationshipMeta {
                name: "gameCenterAchievementImage",
                target_type: IMAGES,
                target_path: "/v1/gameCenterAchievementImages",
                to_many: false,
                include: true,
            },
        ])
        .with_linkages(&[
            get_linkage("gameCenterAchievement"),
            get_linkage("gameCenterAchievementImage"),
        ]);

pub const LOC_V2: ResourceMeta =
    ResourceMeta::new(LOCALIZATIONS, "/v2/gameCenterAchievementLocalizations")
        .with_attributes(LOC_ATTRS)
        .with_relationships(&[
            RelationshipMeta {
                name: "version",
                target_type: "gameCenterAchievementVersions",
                target_path: "/v2/gameCenterAchievementVersions",
                to_many: false,
                include: true,
            },
            RelationshipMeta {
                name: "image",
                target_type: IMAGES,
                target_path: "/v2/gameCenterAchievementImages",
                to_many: false,
                include: true,
            },
        ])
        .with_linkages(&[get_linkage("image")]);

/// The `GET .../relationships/{name}` route of a relationship, and no other.
const fn get_linkage(relationship: &'static str) -> LinkageMeta {
    LinkageMeta {
        relationship,
        get: true,
        add: false,
        remove: false,
        replace: false,
    }
}

/// The related list of localizations, as Apple's 4.4.1 document gives it for
/// achievements and versions: no filter, no sort, pages of up to 200.
const LOCALIZATIONS_LIST: ListMeta = ListMeta {
    relationship: Some("localizations"),
    filters: &[],
    sort: &[],
    max_limit: 200,
};

const fn rel(
    name: &'static str,
    target_type: &'static str,
    target_path: &'static str,
    to_many: bool,
) -> RelationshipMeta {
    RelationshipMeta {
        name,
        target_type,
        target_path,
        to_many,
        include: true,
    }
}

/// An achievement with every attribute and relationship name of Apple's
/// `GameCenterAchievement`, so that Apple's `fields[gameCenterAchievements]`
/// values are all known.
pub const ACHIEVEMENT_V1: ResourceMeta =
    ResourceMeta::new(ACHIEVEMENTS, "/v1/gameCenterAchievements")
        .with_attributes(&[
            "referenceName",
            "vendorIdentifier",
            "points",
            "showBeforeEarned",
            "repeatable",
            "archived",
            "activityProperties",
        ])
        .with_relationships(&[
            rel(
                "gameCenterDetail",
                "gameCenterDetails",
                "/v1/gameCenterDetails",
                false,
            ),
            rel(
                "gameCenterGroup",
                "gameCenterGroups",
                "/v1/gameCenterGroups",
                false,
            ),
            rel(
                "groupAchievement",
                ACHIEVEMENTS,
                "/v1/gameCenterAchievements",
                false,
            ),
            rel(
                "localizations",
                LOCALIZATIONS,
                "/v1/gameCenterAchievementLocalizations",
                true,
            ),
            rel(
                "releases",
                "gameCenterAchievementReleases",
                "/v1/gameCenterAchievementReleases",
                true,
            ),
            rel(
                "activity",
                "gameCenterActivities",
                "/v1/gameCenterActivities",
                false,
            ),
        ])
        .with_lists(&[LOCALIZATIONS_LIST])
        .with_linkages(&[get_linkage("localizations")]);

/// An achievement version with every name of Apple's `GameCenterAchievementVersionV2`.
pub const VERSION_V2: ResourceMeta =
    ResourceMeta::new(VERSIONS, "/v2/gameCenterAchievementVersions")
        .with_attributes(&["version", "state"])
        .with_relationships(&[
            rel(
                "achievement",
                ACHIEVEMENTS,
                "/v1/gameCenterAchievements",
                false,
            ),
            rel(
                "localizations",
                LOCALIZATIONS,
                "/v2/gameCenterAchievementLocalizations",
                true,
            ),
        ])
        .with_lists(&[LOCALIZATIONS_LIST])
        .with_linkages(&[get_linkage("localizations")]);

/// Apple's documented example response for GET /v1/gameCenterAchievementImages/{id}.
pub fn apple_example() -> Value {
    let text = include_str!("../fixtures/apple-image-example.json");
    serde_json::from_str(text).expect("the fixture is JSON")
}

/// Two localizations, the first holding the example image.
pub fn localizations() -> Value {
    json!({
        "data": [
            {
                "type": LOCALIZATIONS,
                "id": LOC_WITH_IMAGE,
                "attributes": {
                    "locale": "en-US",
                    "name": "Coffee",
                    "beforeEarnedDescription": "Drink a coffee",
                    "afterEarnedDescription": "You drank a coffee"
                },
                "relationships": {
                    "gameCenterAchievementImage": {"data": {"type": IMAGES, "id": IMAGE_ID}}
                }
            },
            {
                "type": LOCALIZATIONS,
                "id": LOC_EMPTY,
                "attributes": {
                    "locale": "fr-FR",
                    "name": "Café",
                    "beforeEarnedDescription": "Boire un café",
                    "afterEarnedDescription": "Vous avez bu un café"
                }
            }
        ]
    })
}

/// A builder with the four declarations and both seeds, fast processing.
pub fn builder() -> EmulatorBuilder {
    Emulator::builder()
        .resource_meta(IMAGE_V1)
        .resource_meta(IMAGE_V2)
        .resource_meta(LOC_V1)
        .resource_meta(LOC_V2)
        .seed(apple_example())
        .seed(localizations())
        .processing_delay(Duration::from_millis(30))
}

/// An achievement and an achievement version, each with both localizations.
pub fn parents() -> Value {
    let both = json!([
        {"type": LOCALIZATIONS, "id": LOC_WITH_IMAGE},
        {"type": LOCALIZATIONS, "id": LOC_EMPTY}
    ]);
    json!({"data": [
        {
            "type": ACHIEVEMENTS,
            "id": ACHIEVEMENT_ID,
            "attributes": {"referenceName": "Coffee", "vendorIdentifier": "coffee", "points": 10},
            "relationships": {"localizations": {"data": both}}
        },
        {
            "type": VERSIONS,
            "id": VERSION_ID,
            "attributes": {"version": 1, "state": "PREPARE_FOR_SUBMISSION"},
            "relationships": {"localizations": {"data": both}}
        }
    ]})
}

/// [`builder`] with the parents of localizations declared and seeded too
/// ([`ACHIEVEMENT_V1`], [`VERSION_V2`], [`parents`]).
pub fn builder_with_parents() -> EmulatorBuilder {
    builder()
        .resource_meta(ACHIEVEMENT_V1)
        .resource_meta(VERSION_V2)
        .seed(parents())
}

pub async fn start() -> Emulator {
    builder().start().await.expect("the emulator starts")
}

/// Fast retries, so fault tests do not wait half a second per retry.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(5),
        ..RetryPolicy::default()
    }
}

pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .tcp_nodelay(true)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("reqwest builds")
}

pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

/// Signs a token with `pem` (any key), `kid` and the given claims.
pub fn sign(pem: &str, kid: &str, claims: &Value) -> String {
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES256);
    header.kid = Some(kid.to_owned());
    header.typ = Some("JWT".into());
    let key = jsonwebtoken::EncodingKey::from_ec_pem(pem.as_bytes()).expect("a P-256 PEM");
    jsonwebtoken::encode(&header, claims, &key).expect("signs")
}

/// Team-key claims that the emulator accepts.
pub fn good_claims(emu: &Emulator) -> Value {
    json!({"iss": emu.issuer_id(), "aud": "appstoreconnect-v1", "iat": now() - 60, "exp": now() + 600})
}

/// A valid bearer token of the emulator's team key.
pub fn token(emu: &Emulator) -> String {
    sign(emu.private_key_pem(), emu.key_id(), &good_claims(emu))
}

/// A throwaway P-256 key that the emulator does not know.
pub fn other_key() -> String {
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
    let doc = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new())
        .expect("key");
    pem::encode(&pem::Pem::new("PRIVATE KEY", doc.as_ref().to_vec()))
}

/// An authorized request to the emulator: `(status, headers, JSON body or Null)`.
pub async fn call(
    emu: &Emulator,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut req = http()
        .request(method, format!("{}{}", emu.base_url(), path))
        .bearer_auth(token(emu));
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.expect("the emulator answers");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.expect("a whole body");
    let json = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&bytes)))
    };
    (status, headers, json)
}

pub async fn get(emu: &Emulator, path: &str) -> (u16, Value) {
    let (s, _, v) = call(emu, reqwest::Method::GET, path, None).await;
    (s, v)
}

/// The first error's code of an ErrorResponse.
pub fn code(v: &Value) -> &str {
    v["errors"][0]["code"].as_str().unwrap_or("<no code>")
}

/// A structurally valid PNG of the given size, padded to at least `min_len` bytes
/// with an ancillary chunk (so that it spans several upload parts).
pub fn png(w: u32, h: u32, min_len: usize) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&[0, 0, 0, 0]);
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    let pad: Vec<u8> = (0..min_len).map(|i| (i * 31 % 251) as u8).collect();
    chunk(b"tEXt", &pad);
    chunk(b"IDAT", &[0u8; 16]);
    chunk(b"IEND", &[]);
    out
}

/// The create request body of an image for `loc` (v1 relationship name).
pub fn create_v1(file_name: &str, size: usize, loc: &str) -> Value {
    json!({"data": {
        "type": IMAGES,
        "attributes": {"fileName": file_name, "fileSize": size},
        "relationships": {"gameCenterAchievementLocalization": {"data": {"type": LOCALIZATIONS, "id": loc}}}
    }})
}

/// Uploads every part of `ops` from `bytes` with exactly the listed headers.
pub async fn upload_parts(ops: &Value, bytes: &[u8]) {
    let client = http();
    for op in ops.as_array().expect("uploadOperations is an array") {
        let offset = op["offset"].as_u64().expect("offset") as usize;
        let length = op["length"].as_u64().expect("length") as usize;
        let mut req = client
            .request(
                op["method"]
                    .as_str()
                    .expect("method")
                    .parse()
                    .expect("a method"),
                op["url"].as_str().expect("url"),
            )
            .body(bytes[offset..offset + length].to_vec());
        for h in op["requestHeaders"].as_array().expect("requestHeaders") {
            req = req.header(
                h["name"].as_str().expect("name"),
                h["value"].as_str().expect("value"),
            );
        }
        let resp = req.send().await.expect("upload answers");
        assert_eq!(resp.status().as_u16(), 200, "part at {offset}");
    }
}

/// Polls the image until its state is COMPLETE or FAILED.
pub async fn wait_processed(emu: &Emulator, path: &str) -> Value {
    for _ in 0..200 {
        let (status, v) = get(emu, path).await;
        assert_eq!(status, 200, "{v}");
        let state = v["data"]["attributes"]["assetDeliveryState"]["state"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        if state == "COMPLETE" || state == "FAILED" {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("{path} was never processed");
}
