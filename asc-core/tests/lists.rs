//! Lists, pages and streams against a scripted server: `links.next` followed
//! verbatim, refused off-server, loops stopped, failures resumable, limits
//! checked before sending; relationship linkage requests.

mod common;

use asc_core::__private::ResourceObject;
use asc_core::{
    Error, FieldSelector, Filter, LinkageListRequest, LinkageRequest, LinkageWriteRequest,
    ListEndpoint, ListRequest, NoSort, ReadRequest, RelationshipMeta, Resource, RetryPolicy,
    Selector, ToMany,
};
use common::{Reply, TestKey, TestServer, client_for};
use futures_util::{StreamExt, TryStreamExt};
use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};

/// `things` with an attribute `a` and a to-many relationship `ys`.
#[derive(Debug, Clone, PartialEq)]
struct Thing {
    id: String,
    a: Option<String>,
    ys: ToMany<Thing>,
}

#[derive(Default, Deserialize)]
struct Attributes {
    a: Option<String>,
}

#[derive(Default, Deserialize)]
struct Relationships {
    #[serde(default)]
    ys: ToMany<Thing>,
    #[serde(default)]
    #[allow(dead_code)]
    owner: asc_core::ToOne<Thing>,
}

impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<Attributes, Relationships>::deserialize(d)?;
        Ok(Thing {
            id: o.id,
            a: o.attributes.a,
            ys: o.relationships.ys,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ThingField {
    A,
}

impl Selector for ThingField {
    const NAMES: &'static [&'static str] = &["a"];
    const ALL: &'static [Self] = &[ThingField::A];
    fn index(self) -> usize {
        self as usize
    }
}

impl FieldSelector for ThingField {
    const RESOURCE_TYPE: &'static str = "things";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ThingInclude {
    Ys,
    Owner,
}

impl Selector for ThingInclude {
    const NAMES: &'static [&'static str] = &["ys", "owner"];
    const ALL: &'static [Self] = &[ThingInclude::Ys, ThingInclude::Owner];
    fn index(self) -> usize {
        self as usize
    }
}

impl Resource for Thing {
    const TYPE: &'static str = "things";
    const PATH: &'static str = "/v1/things";
    const ATTRIBUTES: &'static [&'static str] = &["a"];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[
        RelationshipMeta {
            name: "ys",
            target_type: "things",
            target_path: "/v1/things",
            to_many: true,
            include: true,
        },
        RelationshipMeta {
            name: "owner",
            target_type: "things",
            target_path: "/v1/things",
            to_many: false,
            include: true,
        },
    ];
    type Field = ThingField;
    type Include = ThingInclude;
}

/// `/v1/things` with a filter by `a` and pages of up to 50.
struct ThingsList;

enum ThingFilter {
    A(Vec<String>),
}

impl Filter for ThingFilter {
    fn parameter(&self) -> &'static str {
        "filter[a]"
    }
    fn values(&self) -> Vec<String> {
        match self {
            ThingFilter::A(v) => v.clone(),
        }
    }
}

impl ListEndpoint for ThingsList {
    type Filter = ThingFilter;
    type Sort = NoSort;
    const MAX_LIMIT: u32 = 50;
}

fn things(client: &asc_core::Client) -> ListRequest<Thing, ThingsList> {
    ListRequest::collection(client, "/v1/things")
}

fn page(ids: &[&str], next: Option<String>) -> Reply {
    let data: Vec<Value> = ids
        .iter()
        .map(|id| json!({"type": "things", "id": id, "attributes": {"a": format!("a{id}")}}))
        .collect();
    let mut links = json!({"self": "x"});
    if let Some(next) = next {
        links["next"] = json!(next);
    }
    Reply::json(
        200,
        json!({"data": data, "links": links, "meta": {"paging": {"total": 5, "limit": 2}}}),
    )
}

/// A server whose script gets its own base URL, for absolute `next` links.
async fn server(script: impl Fn(&str, usize) -> Reply + Send + Sync + 'static) -> TestServer {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    TestServer::serve(listener, move |i| script(&base, i))
}

#[tokio::test]
async fn pages_follow_next_verbatim_and_items_stream_across_pages() {
    // The script starts over after its fourth answer.
    let server = server(|base, i| match i % 4 {
        0 => page(
            &["1", "2"],
            Some(format!(
                "{base}/v1/things?filter%5Ba%5D=x&limit=2&cursor=Q1"
            )),
        ),
        // An empty page with a `next` is not the end.
        1 => page(
            &[],
            Some(format!(
                "{base}/v1/things?filter%5Ba%5D=x&limit=2&cursor=Q2"
            )),
        ),
        2 => page(
            &["3", "4"],
            Some(format!(
                "{base}/v1/things?filter%5Ba%5D=x&limit=2&cursor=Q3"
            )),
        ),
        _ => page(&["5"], None),
    })
    .await;
    let client = client_for(&server, TestKey::new().team());
    let items: Vec<Thing> = things(&client)
        .filter(ThingFilter::A(vec!["x".into()]))
        .limit(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = items.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    assert_eq!(items[4].a.as_deref(), Some("a5"));

    let seen = server.requests();
    let queries: Vec<String> = seen[..4]
        .iter()
        .map(|r| format!("{}?{}", r.path(), r.query().unwrap_or("")))
        .collect();
    assert_eq!(
        queries,
        [
            "/v1/things?filter%5Ba%5D=x&limit=2",
            "/v1/things?filter%5Ba%5D=x&limit=2&cursor=Q1",
            "/v1/things?filter%5Ba%5D=x&limit=2&cursor=Q2",
            "/v1/things?filter%5Ba%5D=x&limit=2&cursor=Q3",
        ],
        "each next is sent as it came, without the parameters again"
    );

    // The first page alone.
    let first = things(&client).limit(2).send().await.unwrap();
    assert_eq!(first.data.len(), 2);
    assert_eq!(first.paging.as_ref().and_then(|p| p.total), Some(5));
    assert!(first.next().unwrap().ends_with("cursor=Q1"));

    // `take` caps the total; the page size stays what `limit` says.
    let two: Vec<Thing> = things(&client)
        .limit(2)
        .items()
        .take(2)
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(two.len(), 2);
}

#[tokio::test]
async fn a_next_on_another_server_is_refused_before_the_token_goes_there() {
    let elsewhere = TestServer::start(|_| page(&["9"], None)).await;
    let other = elsewhere.url();
    let server =
        server(move |_, _| page(&["1"], Some(format!("{other}/v1/things?cursor=Z")))).await;
    let client = client_for(&server, TestKey::new().team());
    let mut pages = things(&client).pages();
    assert_eq!(pages.next().await.unwrap().unwrap().data.len(), 1);
    let err = pages.next().await.unwrap().unwrap_err();
    assert!(matches!(err, Error::UnexpectedResponse { .. }), "{err:?}");
    assert!(err.to_string().contains("not on"), "{err}");
    assert!(
        pages.next().await.is_none(),
        "the stream ends after the error"
    );
    assert_eq!(elsewhere.count(), 0, "nothing was sent to the other server");
}

#[tokio::test]
async fn a_repeated_next_stops_the_crawl_with_an_error() {
    let server =
        server(|base, _| page(&["1"], Some(format!("{base}/v1/things?cursor=SAME")))).await;
    let client = client_for(&server, TestKey::new().team());
    let results: Vec<Result<_, Error>> = things(&client).pages().collect().await;
    assert_eq!(results.len(), 3, "two pages, then the error");
    let err = results[2].as_ref().unwrap_err();
    assert!(err.to_string().contains("already read"), "{err}");
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn a_failed_page_names_its_url_and_the_crawl_resumes_from_it() {
    let server = server(|base, i| match i {
        0 => page(
            &["1", "2"],
            Some(format!("{base}/v1/things?limit=2&cursor=Q1")),
        ),
        1..=4 => Reply::status(503),
        _ => page(&["3"], None),
    })
    .await;
    let client = client_for(&server, TestKey::new().team());
    let mut items = things(&client).limit(2).items();
    assert_eq!(items.next().await.unwrap().unwrap().id, "1");
    assert_eq!(items.next().await.unwrap().unwrap().id, "2");
    let err = items.next().await.unwrap().unwrap_err();
    let Error::Page { number, url, .. } = &err else {
        panic!("expected Error::Page, got {err:?}");
    };
    assert_eq!(*number, 2);
    assert!(url.ends_with("/v1/things?limit=2&cursor=Q1"), "{url}");
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.attempts(), 4, "the page went through the retry path");
    assert!(items.next().await.is_none());

    let rest: Vec<Thing> = ListRequest::<Thing, ThingsList>::resume(&client, url)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest.len(), 1);
    let last = server.requests().pop().unwrap();
    assert_eq!(last.query(), Some("limit=2&cursor=Q1"));

    // A resumed list already has its parameters: changing them is refused.
    let err = ListRequest::<Thing, ThingsList>::resume(&client, url)
        .limit(5)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    let err = ListRequest::<Thing, ThingsList>::resume(&client, "https://evil.example/v1/things")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(err.to_string().contains("not on"), "{err}");
}

#[tokio::test]
async fn limits_beyond_the_maximum_are_refused_before_sending() {
    let server = TestServer::start(|_| page(&[], None)).await;
    let client = client_for(&server, TestKey::new().team());
    for (request, needle) in [
        (things(&client).limit(51), "1 to 50"),
        (things(&client).limit(0), "1 to 50"),
        (
            things(&client).include_limit(ThingInclude::Ys, 51),
            "1 to 50",
        ),
        (
            things(&client).include_limit(ThingInclude::Owner, 5),
            "to-many",
        ),
        (
            things(&client).filter(ThingFilter::A(vec![])),
            "at least one",
        ),
        (
            things(&client).filter(ThingFilter::A(vec!["a,b".into()])),
            "comma",
        ),
    ] {
        let err = request.send().await.unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert!(err.to_string().contains(needle), "{err}");
    }
    let err = ReadRequest::<Thing>::new(&client, "1")
        .include_limit(ThingInclude::Ys, 500)
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("1 to 50"), "{err}");
    assert_eq!(server.count(), 0);

    let ok = ReadRequest::<Thing>::new(&client, "1")
        .include([ThingInclude::Ys])
        .include_limit(ThingInclude::Ys, 50)
        .path_and_query()
        .unwrap();
    assert_eq!(ok, "/v1/things/1?include=ys&limit%5Bys%5D=50");
}

#[test]
fn to_many_relationships_say_when_apple_cut_them() {
    let thing: Thing = serde_json::from_value(json!({
        "type": "things", "id": "1",
        "relationships": {"ys": {
            "data": [{"type": "things", "id": "a"}, {"type": "things", "id": "b"}],
            "meta": {"paging": {"total": 12, "limit": 2}}
        }}
    }))
    .unwrap();
    assert!(thing.ys.truncated());
    assert_eq!(thing.ys.paging().and_then(|p| p.total), Some(12));
    let whole: Thing = serde_json::from_value(json!({
        "type": "things", "id": "1",
        "relationships": {"ys": {"data": [{"type": "things", "id": "a"}],
            "meta": {"paging": {"total": 1, "limit": 10}}}}
    }))
    .unwrap();
    assert!(!whole.ys.truncated());
    let links_only: Thing = serde_json::from_value(json!({
        "type": "things", "id": "1", "relationships": {"ys": {"links": {"related": "u"}}}
    }))
    .unwrap();
    assert!(!links_only.ys.truncated());
    assert_eq!(links_only.ys.paging(), None);
}

#[tokio::test]
async fn relationship_linkage_reads_and_writes() {
    let server = server(|base, i| match i {
        0 => Reply::json(
            200,
            json!({"data": [{"type": "things", "id": "a"}],
                   "links": {"self": "s", "next": format!("{base}/v1/things/1/relationships/ys?cursor=N")}}),
        ),
        1 => Reply::json(200, json!({"data": [{"type": "things", "id": "b"}], "links": {"self": "s"}})),
        2 => Reply::json(200, json!({"data": null, "links": {"self": "s"}})),
        3 => Reply::json(200, json!({"data": [{"type": "apps", "id": "z"}], "links": {"self": "s"}})),
        _ => Reply::status(204),
    })
    .await;
    let client = client_for(&server, TestKey::new().team());
    let ids: Vec<String> = LinkageListRequest::<Thing>::new(&client, "/v1/things", "1", "ys")
        .limit(1)
        .items()
        .map_ok(|d| d.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["a", "b"]);
    let owner = LinkageRequest::<Thing>::new(&client, "/v1/things", "1", "owner")
        .send()
        .await
        .unwrap();
    assert_eq!(owner.data, None);
    let err = LinkageListRequest::<Thing>::new(&client, "/v1/things", "1", "ys")
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("`apps`"), "{err}");

    for request in [
        LinkageWriteRequest::add_links::<Thing>(&client, "/v1/things", "1", "ys", &["c", "d"]),
        LinkageWriteRequest::remove_links::<Thing>(&client, "/v1/things", "1", "ys", &["c"]),
        LinkageWriteRequest::replace_links::<Thing>(&client, "/v1/things", "1", "ys", &[]),
        LinkageWriteRequest::set_link::<Thing>(&client, "/v1/things", "1", "owner", Some("o")),
        LinkageWriteRequest::set_link::<Thing>(&client, "/v1/things", "1", "owner", None),
    ] {
        request.retry(RetryPolicy::none()).send().await.unwrap();
    }
    let writes: Vec<(String, String, Value)> = server.requests()[4..]
        .iter()
        .map(|r| {
            (
                r.method.to_string(),
                r.path().to_owned(),
                serde_json::from_slice(&r.body).unwrap(),
            )
        })
        .collect();
    let ys = "/v1/things/1/relationships/ys";
    let owner = "/v1/things/1/relationships/owner";
    assert_eq!(
        writes,
        [
            (
                "POST".into(),
                ys.into(),
                json!({"data": [{"type": "things", "id": "c"}, {"type": "things", "id": "d"}]})
            ),
            (
                "DELETE".into(),
                ys.into(),
                json!({"data": [{"type": "things", "id": "c"}]})
            ),
            ("PATCH".into(), ys.into(), json!({"data": []})),
            (
                "PATCH".into(),
                owner.into(),
                json!({"data": {"type": "things", "id": "o"}})
            ),
            ("PATCH".into(), owner.into(), json!({"data": null})),
        ]
    );
    let err = LinkageWriteRequest::add_links::<Thing>(&client, "/v1/things", "1", "ys", &["a/b"])
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
}
