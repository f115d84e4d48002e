//! Relationship linkage writes (`POST`, `DELETE`, `PATCH` of
//! `{path}/{id}/relationships/{name}`), served where a declaration's
//! `linkages` offer them and refused like Apple elsewhere, driven through
//! asc-core's linkage requests.
//!
//! The declarations mirror routes of Apple's document 4.4.1 that asc-resources
//! does not declare: an activity's `achievements` (`POST` and `DELETE`), a
//! detail's `gameCenterAchievements` (`GET` and `PATCH`) and an achievement's
//! `activity` (`PATCH`, to-one).

mod common;

use asc_core::Method;
use asc_core::{AscResource, Client, Error, LinkageWriteRequest, ToMany, ToOne};
use asc_emulator::Emulator;
use common::{call, code};
use serde_json::{Value, json};

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterActivities")]
struct Activity {
    id: String,
    reference_name: Option<String>,
    #[asc(relationship, linkage(add, remove))]
    achievements: ToMany<Achievement>,
}

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievements")]
struct Achievement {
    id: String,
    reference_name: Option<String>,
    #[asc(relationship, linkage(set))]
    activity: ToOne<Activity>,
}

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterDetails")]
struct Detail {
    id: String,
    arcade_enabled: Option<bool>,
    #[asc(relationship, linkage(get, replace))]
    game_center_achievements: ToMany<Achievement>,
}

const ACTIVITIES: &str = "/v1/gameCenterActivities";
const DETAILS: &str = "/v1/gameCenterDetails";

async fn emulator() -> Emulator {
    let achievements: Vec<Value> = ["a1", "a2", "a3"]
        .iter()
        .map(|id| json!({"type": "gameCenterAchievements", "id": id, "attributes": {"referenceName": id}}))
        .collect();
    Emulator::builder()
        .resource::<Activity>()
        .resource::<Achievement>()
        .resource::<Detail>()
        .seed(json!({"data": achievements}))
        .seed(json!({"data": [
            {"type": "gameCenterActivities", "id": "act", "attributes": {"referenceName": "Run"}},
            {"type": "gameCenterDetails", "id": "d", "attributes": {"arcadeEnabled": false}}
        ]}))
        .start()
        .await
        .unwrap()
}

/// The ids a stored resource's relationship links, as the emulator renders it.
fn linked(emulator: &Emulator, type_name: &str, id: &str, rel: &str) -> Vec<String> {
    let resource = emulator.get_resource(type_name, id).unwrap();
    match &resource["relationships"][rel]["data"] {
        Value::Array(items) => items
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect(),
        Value::Object(o) => vec![o["id"].as_str().unwrap().to_owned()],
        _ => Vec::new(),
    }
}

async fn detail_ids(client: &Client) -> Vec<String> {
    let page = Detail::list_game_center_achievements_ids(client, "d")
        .send()
        .await
        .unwrap();
    assert!(page.next().is_none());
    page.data.into_iter().map(|i| i.id).collect()
}

#[tokio::test]
async fn add_and_remove_change_a_to_many_and_its_other_side() {
    let emulator = emulator().await;
    let client = emulator.client();
    Activity::add_achievements(&client, "act", &["a1", "a2"])
        .send()
        .await
        .unwrap();
    // Adding one already linked keeps one link.
    Activity::add_achievements(&client, "act", &["a2", "a3"])
        .send()
        .await
        .unwrap();
    let acts = "gameCenterActivities";
    assert_eq!(
        linked(&emulator, acts, "act", "achievements"),
        ["a1", "a2", "a3"]
    );
    assert_eq!(
        linked(&emulator, "gameCenterAchievements", "a2", "activity"),
        ["act"]
    );
    Activity::remove_achievements(&client, "act", &["a2"])
        .send()
        .await
        .unwrap();
    assert_eq!(linked(&emulator, acts, "act", "achievements"), ["a1", "a3"]);
    assert!(linked(&emulator, "gameCenterAchievements", "a2", "activity").is_empty());
    let writes = emulator
        .requests()
        .into_iter()
        .filter(|r| r.path == "/v1/gameCenterActivities/act/relationships/achievements")
        .map(|r| (r.method, r.status))
        .collect::<Vec<_>>();
    assert_eq!(
        writes,
        [
            ("POST".to_owned(), 204),
            ("POST".to_owned(), 204),
            ("DELETE".to_owned(), 204)
        ]
    );
}

#[tokio::test]
async fn replace_sets_a_to_many_in_order_and_set_a_to_one() {
    let emulator = emulator().await;
    let client = emulator.client();
    Detail::replace_game_center_achievements(&client, "d", &["a3", "a1"])
        .send()
        .await
        .unwrap();
    assert_eq!(detail_ids(&client).await, ["a3", "a1"]);
    Detail::replace_game_center_achievements(&client, "d", &[])
        .send()
        .await
        .unwrap();
    assert!(detail_ids(&client).await.is_empty());

    Achievement::set_activity(&client, "a2", Some("act"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        linked(&emulator, "gameCenterAchievements", "a2", "activity"),
        ["act"]
    );
    assert_eq!(
        linked(&emulator, "gameCenterActivities", "act", "achievements"),
        ["a2"]
    );
    Achievement::set_activity(&client, "a2", None)
        .send()
        .await
        .unwrap();
    assert!(linked(&emulator, "gameCenterAchievements", "a2", "activity").is_empty());
    assert!(linked(&emulator, "gameCenterActivities", "act", "achievements").is_empty());
}

/// The first error of a failed request: status, code, detail.
fn refusal(err: &Error) -> (Option<u16>, String, String) {
    let e = &err.api_errors()[0];
    (
        err.status(),
        e.code.clone(),
        e.detail.clone().unwrap_or_default(),
    )
}

#[tokio::test]
async fn routes_the_declaration_does_not_offer_are_apples_403() {
    let emulator = emulator().await;
    let client = emulator.client();
    let err = LinkageWriteRequest::replace_links::<Achievement>(
        &client,
        ACTIVITIES,
        "act",
        "achievements",
        &["a1"],
    )
    .send()
    .await
    .unwrap_err();
    let (status, code_, detail) = refusal(&err);
    assert_eq!((status, code_.as_str()), (Some(403), "FORBIDDEN_ERROR"));
    assert_eq!(
        detail,
        "The resource 'gameCenterActivities' does not allow 'UPDATE_RELATIONSHIP' for the \
         relationship 'achievements'. Allowed operations are: CREATE_RELATIONSHIP, DELETE_RELATIONSHIP"
    );
    let err = LinkageWriteRequest::add_links::<Achievement>(
        &client,
        DETAILS,
        "d",
        "gameCenterAchievements",
        &["a1"],
    )
    .send()
    .await
    .unwrap_err();
    let (status, _, detail) = refusal(&err);
    assert_eq!(status, Some(403));
    assert!(
        detail.contains("'CREATE_RELATIONSHIP'")
            && detail.ends_with("Allowed operations are: GET_RELATIONSHIP, UPDATE_RELATIONSHIP"),
        "{detail}"
    );
    let err = LinkageWriteRequest::remove_links::<Achievement>(
        &client,
        DETAILS,
        "d",
        "gameCenterAchievements",
        &["a1"],
    )
    .send()
    .await
    .unwrap_err();
    assert_eq!(refusal(&err).0, Some(403));
    // A relationship that does not exist, and a method no linkage route takes.
    let body = json!({"data": []});
    let (s, _, doc) = call(
        &emulator,
        Method::POST,
        "/v1/gameCenterActivities/act/relationships/nothing",
        Some(body.clone()),
    )
    .await;
    assert_eq!((s, code(&doc)), (404, "NOT_FOUND"));
    let (s, _, doc) = call(
        &emulator,
        Method::PUT,
        "/v1/gameCenterActivities/act/relationships/achievements",
        Some(body),
    )
    .await;
    assert_eq!((s, code(&doc)), (405, "METHOD_NOT_ALLOWED"));
    assert!(linked(&emulator, "gameCenterActivities", "act", "achievements").is_empty());
}

#[tokio::test]
async fn bodies_are_checked_before_anything_changes() {
    let emulator = emulator().await;
    let client = emulator.client();
    // The wrong type, through asc-core: a detail is not an achievement.
    let err = LinkageWriteRequest::add_links::<Detail>(
        &client,
        ACTIVITIES,
        "act",
        "achievements",
        &["d"],
    )
    .send()
    .await
    .unwrap_err();
    let (status, code_, detail) = refusal(&err);
    assert_eq!((status, code_.as_str()), (Some(409), "ENTITY_ERROR"));
    assert!(detail.contains("'gameCenterDetails'"), "{detail}");
    // An id that does not exist.
    let err = Activity::add_achievements(&client, "act", &["a1", "ghost"])
        .send()
        .await
        .unwrap_err();
    let (status, code_, detail) = refusal(&err);
    assert_eq!(
        (status, code_.as_str()),
        (Some(409), "ENTITY_ERROR.RELATIONSHIP.INVALID")
    );
    assert!(detail.contains("'ghost'"), "{detail}");
    assert_eq!(
        err.api_errors()[0].source,
        Some(asc_core::ErrorSource::Pointer("/data/1/id".into()))
    );
    // A parent that does not exist.
    let err = Activity::add_achievements(&client, "nope", &["a1"])
        .send()
        .await
        .unwrap_err();
    assert_eq!(refusal(&err).0, Some(404));

    let path = "/v1/gameCenterActivities/act/relationships/achievements";
    let cases = [
        (
            json!({"data": {"type": "gameCenterAchievements", "id": "a1"}}),
            409,
            "ENTITY_ERROR",
        ),
        (json!({"data": [{"id": "a1"}]}), 409, "ENTITY_ERROR"),
        (
            json!({"data": [{"type": "gameCenterAchievements", "id": 1}]}),
            409,
            "ENTITY_ERROR",
        ),
        (json!({"nodata": []}), 422, "ENTITY_UNPROCESSABLE"),
        (json!([]), 422, "ENTITY_UNPROCESSABLE"),
    ];
    for (body, status, want) in cases {
        let (s, _, doc) = call(&emulator, Method::POST, path, Some(body.clone())).await;
        assert_eq!((s, code(&doc)), (status, want), "{body}: {doc}");
    }
    let (s, _, doc) = call(
        &emulator,
        Method::POST,
        &format!("{path}?limit=2"),
        Some(json!({"data": []})),
    )
    .await;
    assert_eq!((s, code(&doc)), (400, "PARAMETER_ERROR.ILLEGAL"));
    // A to-one takes an object or null, not an array.
    let (s, _, doc) = call(
        &emulator,
        Method::PATCH,
        "/v1/gameCenterAchievements/a1/relationships/activity",
        Some(json!({"data": [{"type": "gameCenterActivities", "id": "act"}]})),
    )
    .await;
    assert_eq!((s, code(&doc)), (409, "ENTITY_ERROR"));
    assert!(linked(&emulator, "gameCenterActivities", "act", "achievements").is_empty());
}
