//! `limit[rel]` maxima: Apple's 50 for almost every included to-many
//! relationship, and what a declaration says with `include_limit = N` (the
//! `builds` of a beta group take 1000 in Apple's document 4.4.1), learnt from
//! `ResourceMeta::include_limits`: through `EmulatorBuilder::resource::<R>()`
//! and through `resource_metas(asc_resources::declared())` alike.

mod common;

use asc_core::Method;
use asc_core::{AscResource, ToMany};
use asc_emulator::Emulator;
use common::{call, code};
use serde_json::json;

#[derive(AscResource, Debug, Clone)]
#[asc(type = "betaGroups")]
struct BetaGroup {
    id: String,
    name: Option<String>,
    #[asc(include, include_limit = 1000)]
    builds: ToMany<Build>,
    #[asc(include)]
    beta_testers: ToMany<Build>,
}

#[derive(AscResource, Debug, Clone)]
#[asc(type = "builds")]
struct Build {
    id: String,
    version: Option<String>,
}

async fn emulator() -> Emulator {
    Emulator::builder()
        .resource::<BetaGroup>()
        .resource::<Build>()
        .seed(json!({"data": [{"type": "betaGroups", "id": "g", "attributes": {"name": "QA"}}]}))
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_declared_include_limit_is_the_emulators_maximum_and_others_stay_at_50() {
    let emu = emulator().await;
    let read = |query: &'static str| {
        let emu = &emu;
        async move { call(emu, Method::GET, &format!("/v1/betaGroups/g?{query}"), None).await }
    };
    let (status, _, doc) = read("include=builds&limit[builds]=1000").await;
    assert_eq!(status, 200, "{doc}");
    let (status, _, doc) = read("include=builds&limit[builds]=1001").await;
    assert_eq!(
        (status, code(&doc)),
        (400, "PARAMETER_ERROR.INVALID"),
        "{doc}"
    );
    assert_eq!(doc["errors"][0]["source"]["parameter"], "limit[builds]");
    let (status, _, doc) = read("include=betaTesters&limit[betaTesters]=50").await;
    assert_eq!(status, 200, "{doc}");
    let (status, _, doc) = read("include=betaTesters&limit[betaTesters]=51").await;
    assert_eq!(
        (status, code(&doc)),
        (400, "PARAMETER_ERROR.INVALID"),
        "{doc}"
    );

    // Through asc-core the same maximum holds on both sides.
    let client = emu.client();
    let response = BetaGroup::read(&client, "g")
        .include([BetaGroupInclude::Builds])
        .include_limit(BetaGroupInclude::Builds, 1000)
        .send()
        .await
        .unwrap();
    assert_eq!(response.data.name.as_deref(), Some("QA"));
}

/// Through plain `ResourceMeta`s (as `resource_metas(asc_resources::declared())`
/// registers them), the declared maximum holds too; a meta that declares none
/// keeps Apple's usual 50.
#[tokio::test]
async fn through_resource_metas_the_declared_maximum_holds() {
    use asc_core::Resource as _;
    assert_eq!(BetaGroup::meta().include_limit("builds"), 1000);
    assert_eq!(BetaGroup::meta().include_limit("betaTesters"), 50);
    let emu = Emulator::builder()
        .resource_metas([BetaGroup::meta(), Build::meta()])
        .seed(json!({"data": [{"type": "betaGroups", "id": "g"}]}))
        .start()
        .await
        .unwrap();
    let get = |query: &'static str| {
        let emu = &emu;
        async move { call(emu, Method::GET, &format!("/v1/betaGroups/g?{query}"), None).await }
    };
    let (status, _, doc) = get("include=builds&limit[builds]=1000").await;
    assert_eq!(status, 200, "{doc}");
    let (status, _, doc) = get("include=builds&limit[builds]=1001").await;
    assert_eq!(
        (status, code(&doc)),
        (400, "PARAMETER_ERROR.INVALID"),
        "{doc}"
    );
    let (status, _, doc) = get("include=betaTesters&limit[betaTesters]=51").await;
    assert_eq!(
        (status, code(&doc)),
        (400, "PARAMETER_ERROR.INVALID"),
        "{doc}"
    );

    // The same description without its include limits: 50 for every relationship.
    let plain = BetaGroup::meta().with_include_limits(&[]);
    let emu = Emulator::builder()
        .resource_meta(plain)
        .resource::<Build>()
        .seed(json!({"data": [{"type": "betaGroups", "id": "g"}]}))
        .start()
        .await
        .unwrap();
    let (status, _, doc) = call(
        &emu,
        Method::GET,
        "/v1/betaGroups/g?include=builds&limit[builds]=51",
        None,
    )
    .await;
    assert_eq!(
        (status, code(&doc)),
        (400, "PARAMETER_ERROR.INVALID"),
        "{doc}"
    );
}
