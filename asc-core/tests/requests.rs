//! Typed reads over a hand-written `Resource` (the derive writes the same
//! impls): ids in paths, sparse fieldsets and includes, and decoding of the
//! JSON:API document.

mod common;

use asc_core::__private::ResourceObject;
use asc_core::{
    DeleteRequest, Error, FieldSelector, ReadRequest, RelationshipMeta, Resource, Selector, ToMany,
    ToOne, WriteRequest,
};
use common::{Reply, TestKey, TestServer, client_for};
use serde::{Deserialize, Deserializer};
use serde_json::json;

// ------------------------------------------------------------ a resource by hand

/// `things`: attributes `a`, `b`; to-one `x` and to-many `ys`, both of type `others`.
#[derive(Debug, Clone, PartialEq)]
struct Thing {
    id: String,
    a: Option<String>,
    b: Option<i64>,
    x: ToOne<Other>,
    ys: ToMany<Other>,
}

#[derive(Default, Deserialize)]
struct ThingAttributes {
    a: Option<String>,
    b: Option<i64>,
}

#[derive(Default, Deserialize)]
struct ThingRelationships {
    #[serde(default)]
    x: ToOne<Other>,
    #[serde(default)]
    ys: ToMany<Other>,
}

impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<ThingAttributes, ThingRelationships>::deserialize(d)?;
        Ok(Thing {
            id: o.id,
            a: o.attributes.a,
            b: o.attributes.b,
            x: o.relationships.x,
            ys: o.relationships.ys,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ThingField {
    A,
    B,
    X,
    Ys,
}

impl Selector for ThingField {
    const NAMES: &'static [&'static str] = &["a", "b", "x", "ys"];
    const ALL: &'static [Self] = &[ThingField::A, ThingField::B, ThingField::X, ThingField::Ys];
    fn index(self) -> usize {
        self as usize
    }
}

impl FieldSelector for ThingField {
    const RESOURCE_TYPE: &'static str = "things";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ThingInclude {
    X,
    Ys,
}

impl Selector for ThingInclude {
    const NAMES: &'static [&'static str] = &["x", "ys"];
    const ALL: &'static [Self] = &[ThingInclude::X, ThingInclude::Ys];
    fn index(self) -> usize {
        self as usize
    }
}

impl Resource for Thing {
    const TYPE: &'static str = "things";
    const PATH: &'static str = "/v1/things";
    const ATTRIBUTES: &'static [&'static str] = &["a", "b"];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[
        RelationshipMeta {
            name: "x",
            target_type: "others",
            target_path: "/v1/others",
            to_many: false,
            include: true,
        },
        RelationshipMeta {
            name: "ys",
            target_type: "others",
            target_path: "/v1/others",
            to_many: true,
            include: true,
        },
    ];
    type Field = ThingField;
    type Include = ThingInclude;
}

/// `others`: attribute `c`, no relationships.
#[derive(Debug, Clone, PartialEq)]
struct Other {
    id: String,
    c: Option<String>,
}

#[derive(Default, Deserialize)]
struct OtherAttributes {
    c: Option<String>,
}

impl<'de> Deserialize<'de> for Other {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<OtherAttributes, serde::de::IgnoredAny>::deserialize(d)?;
        Ok(Other {
            id: o.id,
            c: o.attributes.c,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OtherField {
    C,
}

impl Selector for OtherField {
    const NAMES: &'static [&'static str] = &["c"];
    const ALL: &'static [Self] = &[OtherField::C];
    fn index(self) -> usize {
        self as usize
    }
}

impl FieldSelector for OtherField {
    const RESOURCE_TYPE: &'static str = "others";
}

/// `others` has nothing to include.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoInclude {}

impl Selector for NoInclude {
    const NAMES: &'static [&'static str] = &[];
    const ALL: &'static [Self] = &[];
    fn index(self) -> usize {
        match self {}
    }
}

impl Resource for Other {
    const TYPE: &'static str = "others";
    const PATH: &'static str = "/v1/others";
    const ATTRIBUTES: &'static [&'static str] = &["c"];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[];
    type Field = OtherField;
    type Include = NoInclude;
}

// ------------------------------------------------------------ tests

fn document() -> serde_json::Value {
    json!({
        "data": {
            "type": "things",
            "id": "1",
            "attributes": {"a": "hello", "b": 7, "notDeclared": {"deep": [1, 2]}},
            "relationships": {
                "x": {"data": {"type": "others", "id": "o1"}, "links": {"related": "https://h/v1/things/1/x"}},
                "ys": {"data": [{"type": "others", "id": "o1"}, {"type": "others", "id": "o2"}]},
                "notDeclared": {"links": {"self": "https://h/rel"}}
            },
            "links": {"self": "https://h/v1/things/1"}
        },
        "included": [
            {"type": "others", "id": "o1", "attributes": {"c": "first"}},
            {"type": "ghosts", "id": "g1", "attributes": {"boo": true}},
            {"type": "others", "id": "o2", "attributes": null, "relationships": null}
        ],
        "links": {"self": "https://h/v1/things/1"},
        "errors": null
    })
}

#[tokio::test]
async fn fields_and_include_are_encoded_as_apple_expects() {
    let server = TestServer::scripted(vec![Reply::json(200, document())]).await;
    let client = client_for(&server, TestKey::new().team());
    let request = ReadRequest::<Thing>::new(&client, "1")
        .fields([ThingField::A, ThingField::B, ThingField::A])
        .fields([OtherField::C])
        .include([ThingInclude::X]);
    let expected = "fields%5Bthings%5D=a,b&fields%5Bothers%5D=c&include=x";
    assert_eq!(
        request.path_and_query().unwrap(),
        format!("/v1/things/1?{expected}")
    );
    request.send().await.unwrap();

    let seen = server.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, asc_core::Method::GET);
    assert_eq!(seen[0].path(), "/v1/things/1");
    assert_eq!(seen[0].query(), Some(expected));
}

#[tokio::test]
async fn a_read_without_fields_sends_no_query() {
    let server = TestServer::scripted(vec![Reply::json(200, document())]).await;
    let client = client_for(&server, TestKey::new().team());
    ReadRequest::<Thing>::new(&client, "1").await.unwrap();
    assert_eq!(server.requests()[0].query(), None);
    assert_eq!(server.requests()[0].path(), "/v1/things/1");
}

#[tokio::test]
async fn the_document_decodes_tolerantly() {
    let server = TestServer::scripted(vec![
        Reply::json(200, document())
            .header("x-rate-limit", "user-hour-lim:3600;user-hour-rem:3598;"),
    ])
    .await;
    let client = client_for(&server, TestKey::new().team());
    let response = ReadRequest::<Thing>::new(&client, "1")
        .include([ThingInclude::X, ThingInclude::Ys])
        .send()
        .await
        .unwrap();

    let thing = &response.data;
    assert_eq!(thing.id, "1");
    assert_eq!(thing.a.as_deref(), Some("hello"));
    assert_eq!(thing.b, Some(7));
    assert_eq!(thing.x.id(), Some("o1"));
    assert_eq!(
        thing.x.links.as_ref().unwrap().related.as_deref(),
        Some("https://h/v1/things/1/x")
    );
    assert_eq!(thing.ys.ids().collect::<Vec<_>>(), ["o1", "o2"]);
    assert_eq!(response.status, 200);
    assert_eq!(
        response.links.self_.as_deref(),
        Some("https://h/v1/things/1")
    );
    assert_eq!(
        response.rate_limit.and_then(|r| r.hour_remaining),
        Some(3598)
    );

    // Unknown types in `included` are skipped; null attributes mean absent ones.
    let others = response.included::<Other>();
    assert_eq!(
        others,
        [
            Other {
                id: "o1".into(),
                c: Some("first".into())
            },
            Other {
                id: "o2".into(),
                c: None
            }
        ]
    );
    assert_eq!(response.try_included::<Other>().unwrap().len(), 2);
    assert_eq!(response.included_raw().len(), 3);
}

#[tokio::test]
async fn null_members_of_the_document_mean_absent() {
    let body = json!({
        "data": {"type": "things", "id": "1", "attributes": null, "relationships": {"x": null, "ys": {"data": null}}},
        "included": null,
        "links": null
    });
    let server = TestServer::scripted(vec![Reply::json(200, body)]).await;
    let client = client_for(&server, TestKey::new().team());
    let response = ReadRequest::<Thing>::new(&client, "1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.data.a, None);
    assert_eq!(response.data.x.id(), None);
    assert_eq!(response.data.ys.ids().count(), 0);
    assert!(response.included::<Other>().is_empty());
    assert_eq!(response.links.self_, None);
}

#[tokio::test]
async fn a_typed_read_that_does_not_decode_names_the_json_path() {
    let body =
        json!({"data": {"type": "things", "id": "1", "attributes": {"a": "ok", "b": "seven"}}});
    let server = TestServer::scripted(vec![Reply::json(200, body)]).await;
    let client = client_for(&server, TestKey::new().team());
    let err = ReadRequest::<Thing>::new(&client, "1")
        .send()
        .await
        .unwrap_err();
    let Error::Decode { path, .. } = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(path, "data.attributes.b");
}

#[tokio::test]
async fn bad_ids_are_refused_before_any_request() {
    let server = TestServer::scripted(vec![Reply::json(200, document())]).await;
    let client = client_for(&server, TestKey::new().team());
    for id in [
        "", " ", ".", "..", "a/b", "/", "a\\b", "a\nb", "\tx", "x\0", "\u{7f}", "\r\n",
    ] {
        let err = ReadRequest::<Thing>::new(&client, id)
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{id:?}: {err:?}");
        assert!(
            err.to_string().contains("id"),
            "the message says the id is at fault: {err}"
        );
        let err = ReadRequest::<Other>::related(&client, Thing::PATH, id, "x")
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::InvalidRequest(_)),
            "related {id:?}: {err:?}"
        );
        let payload = json!({"type": "things", "id": id, "attributes": {"a": "z"}});
        let err = WriteRequest::<Thing>::update_with_data(&client, id, &payload)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::InvalidRequest(_)),
            "update {id:?}: {err:?}"
        );
        let err = DeleteRequest::new::<Thing>(&client, id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::InvalidRequest(_)),
            "delete {id:?}: {err:?}"
        );
    }
    assert_eq!(server.count(), 0, "a refused id must not reach the server");
    assert_eq!(client.signatures(), 0, "nor even cost a signature");
}

#[tokio::test]
async fn odd_ids_arrive_as_exactly_one_encoded_segment() {
    let server = TestServer::scripted(vec![Reply::json(200, document())]).await;
    let client = client_for(&server, TestKey::new().team());
    let cases = [
        ("a?b#c%d e", "a%3Fb%23c%25d%20e"),
        ("é☃", "%C3%A9%E2%98%83"),
        ("...", "..."),
        ("%2F..%2e", "%252F..%252e"),
        (
            "38e6d9a7-9cbf-45f8-8246-1ef4728aecda",
            "38e6d9a7-9cbf-45f8-8246-1ef4728aecda",
        ),
        ("a+b&c=d;e", "a%2Bb%26c%3Dd%3Be"),
    ];
    for (id, encoded) in cases {
        ReadRequest::<Thing>::new(&client, id).send().await.unwrap();
        let seen = server.requests();
        let last = seen.last().unwrap();
        assert_eq!(last.path(), format!("/v1/things/{encoded}"), "{id:?}");
        assert_eq!(last.query(), None, "{id:?} must not start a query");
        let segments: Vec<&str> = last.path().split('/').skip(1).collect();
        assert_eq!(segments.len(), 3, "{id:?}");
        let decoded = percent_encoding::percent_decode_str(segments[2])
            .decode_utf8()
            .unwrap();
        assert_eq!(decoded, id, "the server decodes the segment back to the id");
    }
    ReadRequest::<Other>::related(&client, Thing::PATH, "a b", "x")
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.requests().last().unwrap().path(),
        "/v1/things/a%20b/x"
    );
    let payload = json!({"type": "things", "id": "a?b", "attributes": {"a": "z"}});
    WriteRequest::<Thing>::update_with_data(&client, "a?b", &payload)
        .send()
        .await
        .unwrap();
    let last = server.requests().pop().unwrap();
    assert_eq!(
        (last.method.as_str(), last.path(), last.query()),
        ("PATCH", "/v1/things/a%3Fb", None)
    );
    DeleteRequest::new::<Thing>(&client, "é#")
        .send()
        .await
        .unwrap();
    let last = server.requests().pop().unwrap();
    assert_eq!(
        (last.method.as_str(), last.path()),
        ("DELETE", "/v1/things/%C3%A9%23")
    );
    assert_eq!(server.count(), cases.len() + 3);
}
