//! A type declared `no_read` (Apple has no `GET {path}/{id}` for it): the
//! emulator answers that route as Apple answers a route it does not have,
//! and still serves the type's lists and its writes.

mod common;

use asc_core::Method;
use asc_core::{AscResource, ToMany};
use asc_emulator::Emulator;
use common::{call, code};
use serde_json::json;

#[derive(AscResource, Debug, Clone)]
#[asc(type = "teams", no_read, list, delete)]
struct Team {
    id: String,
    name: Option<String>,
    #[asc(include, list)]
    members: ToMany<Member>,
}

#[derive(AscResource, Debug, Clone)]
#[asc(type = "members")]
struct Member {
    id: String,
    name: Option<String>,
}

#[tokio::test]
async fn no_read_is_an_unknown_route_and_lists_still_serve() {
    use asc_core::Resource as _;
    assert!(!Team::meta().operations.read);
    let emu = Emulator::builder()
        .resource_metas([Team::meta(), Member::meta()])
        .seed(
            json!({"data": {"type": "teams", "id": "t", "attributes": {"name": "red"},
            "relationships": {"members": {"data": [{"type": "members", "id": "m"}]}}},
            "included": [{"type": "members", "id": "m", "attributes": {"name": "ann"}}]}),
        )
        .start()
        .await
        .unwrap();

    let (status, _, mut doc) = call(&emu, Method::GET, "/v1/teams/t", None).await;
    let (unknown_status, _, mut unknown) = call(&emu, Method::GET, "/v1/nothing/t", None).await;
    assert_eq!((status, code(&doc)), (404, "NOT_FOUND"), "{doc}");
    // The same answer, but for the error's own id.
    doc["errors"][0]["id"].take();
    unknown["errors"][0]["id"].take();
    assert_eq!((status, &doc), (unknown_status, &unknown));

    let (status, _, doc) = call(&emu, Method::GET, "/v1/teams", None).await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(doc["data"][0]["id"], "t");
    let (status, _, doc) = call(&emu, Method::GET, "/v1/teams/t/members", None).await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(doc["data"][0]["attributes"]["name"], "ann");
    let (status, _, doc) = call(&emu, Method::DELETE, "/v1/teams/t", None).await;
    assert_eq!(status, 204, "{doc}");

    // A member is read as usual.
    let (status, _, doc) = call(&emu, Method::GET, "/v1/members/m", None).await;
    assert_eq!(status, 200, "{doc}");
}
