//! The lists and linkage declared in asc-resources, served by the emulator
//! from those same declarations (`ResourceMeta.lists`, `relationships`,
//! `linkages`): pages of one, followed through `links.next` verbatim, for
//! resources and for ids, and Apple's empty to-one; crawls through the
//! emulator's crawl faults (a 429 on page N, a repeated `next`, an expired
//! cursor); and an included to-many relationship cut at Apple's 10.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

use std::time::Duration;

use asc_core::{Error, RetryPolicy};
use asc_emulator::{Emulator, Fault, FaultRoute, Injection};
use asc_resources::{
    GameCenterAchievement, GameCenterAchievementInclude, GameCenterAchievementLocalization,
    GameCenterAchievementVersionV2,
};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

/// The two localizations of asc-resources' seeds.
const TAKEN_LOCALIZATION: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";
const FREE_LOCALIZATION: &str = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
const ACHIEVEMENT: &str = "a1";
const VERSION: &str = "v1";

/// The declared resources, their seeds, and an achievement and a version that
/// hold both localizations.
async fn emulator() -> Emulator {
    let both = json!([
        {"type": "gameCenterAchievementLocalizations", "id": TAKEN_LOCALIZATION},
        {"type": "gameCenterAchievementLocalizations", "id": FREE_LOCALIZATION}
    ]);
    Emulator::builder()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .seed(json!({"data": [
            {"type": "gameCenterAchievements", "id": ACHIEVEMENT,
             "attributes": {"referenceName": "Coffee", "points": 10},
             "relationships": {"localizations": {"data": both}}},
            {"type": "gameCenterAchievementVersions", "id": VERSION,
             "attributes": {"version": 1},
             "relationships": {"localizations": {"data": both}}}
        ]}))
        .processing_delay(Duration::from_millis(10))
        .start()
        .await
        .unwrap()
}

/// The paths (with query) of the GETs the emulator answered, in order.
fn gets(emulator: &Emulator, prefix: &str) -> Vec<(String, u16)> {
    emulator
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path.starts_with(prefix))
        .map(|r| (r.path, r.status))
        .collect()
}

#[tokio::test]
async fn an_achievements_localizations_stream_in_pages_of_one() {
    let emulator = emulator().await;
    let client = emulator.client();
    let items: Vec<GameCenterAchievementLocalization> =
        GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
            .limit(1)
            .items()
            .try_collect()
            .await
            .unwrap();
    let mut ids: Vec<&str> = items.iter().map(|l| l.id.as_str()).collect();
    ids.sort_unstable();
    let mut want = [TAKEN_LOCALIZATION, FREE_LOCALIZATION];
    want.sort_unstable();
    assert_eq!(ids, want);
    let path = format!("/v1/gameCenterAchievements/{ACHIEVEMENT}/localizations");
    assert_eq!(gets(&emulator, &path), [(path.clone(), 200), (path, 200)]);

    let ids: Vec<String> = GameCenterAchievement::list_localizations_ids(&client, ACHIEVEMENT)
        .limit(1)
        .items()
        .map_ok(|i| i.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids.len(), 2, "{ids:?}");
}

#[tokio::test]
async fn a_versions_localization_ids_and_the_to_one_linkage() {
    let emulator = emulator().await;
    let client = emulator.client();
    let mut ids: Vec<String> =
        GameCenterAchievementVersionV2::list_localizations_ids(&client, VERSION)
            .limit(1)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    ids.sort_unstable();
    let mut want = [TAKEN_LOCALIZATION, FREE_LOCALIZATION];
    want.sort_unstable();
    assert_eq!(ids, want);
    let path = format!("/v2/gameCenterAchievementVersions/{VERSION}/relationships/localizations");
    assert_eq!(gets(&emulator, &path).len(), 2, "two pages of one");

    let achievement = GameCenterAchievementLocalization::read_game_center_achievement_id(
        &client,
        FREE_LOCALIZATION,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(achievement.data.map(|i| i.id).as_deref(), Some(ACHIEVEMENT));
    let image = GameCenterAchievementLocalization::read_game_center_achievement_image_id(
        &client,
        FREE_LOCALIZATION,
    )
    .send()
    .await
    .unwrap();
    assert_eq!((image.status, image.data), (200, None));
}

/// The route of the achievement's localizations, where the crawl faults go.
fn localizations_route() -> FaultRoute {
    FaultRoute::get(format!(
        "/v1/gameCenterAchievements/{ACHIEVEMENT}/localizations"
    ))
}

/// The emulator's client with retries a few milliseconds apart.
fn fast_client(emulator: &Emulator) -> asc_core::Client {
    emulator
        .client_builder()
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(5),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_429_on_page_two_is_retried_and_the_crawl_completes() {
    let emulator = emulator().await;
    // A burst refused: the hour still has requests left.
    emulator.inject_with(Injection::new(localizations_route(), Fault::rate_limited(3000)).skip(1));
    let client = fast_client(&emulator);
    let items: Vec<GameCenterAchievementLocalization> =
        GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
            .limit(1)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(emulator.faults_injected(), 1);
    let path = format!("/v1/gameCenterAchievements/{ACHIEVEMENT}/localizations");
    assert_eq!(
        gets(&emulator, &path),
        [(path.clone(), 200), (path.clone(), 429), (path, 200)],
        "page 1, page 2 refused, page 2 again"
    );
}

#[tokio::test]
async fn a_429_for_a_spent_hour_on_page_two_is_an_error_that_carries_the_next_url() {
    let emulator = emulator().await;
    emulator.inject_with(Injection::new(localizations_route(), Fault::rate_limited(0)).skip(1));
    let client = fast_client(&emulator);
    let mut pages = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(1)
        .pages();
    let first = pages.next().await.unwrap().unwrap();
    let err = pages.next().await.unwrap().unwrap_err();
    let Error::Page { number, url, .. } = &err else {
        panic!("not a page error: {err:?}");
    };
    assert_eq!((*number, Some(url.as_str())), (2, first.next()));
    assert_eq!(err.status(), Some(429));
    assert_eq!(err.api_errors()[0].code, "RATE_LIMIT_EXCEEDED");
    assert_eq!(
        err.rate_limit().map(|r| (r.hour_limit, r.hour_remaining)),
        Some((Some(3600), Some(0))),
        "Apple's X-Rate-Limit: the hour is spent"
    );
    assert_eq!(err.attempts(), 1, "not retried within seconds");
}

#[tokio::test]
async fn a_repeated_next_ends_the_stream_with_an_error() {
    let emulator = emulator().await;
    emulator.inject_with(Injection::new(localizations_route(), Fault::RepeatedNext).skip(1));
    let client = emulator.client();
    let mut pages = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(1)
        .pages();
    let first = pages.next().await.unwrap().unwrap();
    let second_url = first.next().unwrap().to_owned();
    let second = pages.next().await.unwrap().unwrap();
    assert_eq!(
        second.next(),
        Some(second_url.as_str()),
        "the fault repeats the URL"
    );
    let err = pages.next().await.unwrap().unwrap_err();
    assert!(err.to_string().contains("already read"), "{err}");
    assert!(
        pages.next().await.is_none(),
        "the stream ends after the error"
    );
    let path = format!("/v1/gameCenterAchievements/{ACHIEVEMENT}/localizations");
    assert_eq!(
        gets(&emulator, &path).len(),
        2,
        "the repeated page is not read again"
    );
}

#[tokio::test]
async fn a_first_page_whose_next_is_itself_ends_the_stream_with_an_error() {
    let emulator = emulator().await;
    emulator.inject(localizations_route(), Fault::RepeatedNext);
    let client = emulator.client();
    let pages: Vec<Result<_, Error>> =
        GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
            .limit(1)
            .pages()
            .collect()
            .await;
    assert_eq!(pages.len(), 2, "the first page, then the error");
    let err = pages[1].as_ref().unwrap_err();
    assert!(err.to_string().contains("already read"), "{err}");
    let path = format!("/v1/gameCenterAchievements/{ACHIEVEMENT}/localizations");
    assert_eq!(
        gets(&emulator, &path).len(),
        1,
        "the first page is not read twice"
    );
}

#[tokio::test]
async fn an_expired_cursor_is_an_error_that_carries_the_next_url() {
    let emulator = emulator().await;
    emulator.inject(localizations_route(), Fault::ExpiredCursor);
    let client = emulator.client();
    let mut pages = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(1)
        .pages();
    let first = pages.next().await.unwrap().unwrap();
    let next = first.next().unwrap().to_owned();
    let err = pages.next().await.unwrap().unwrap_err();
    let Error::Page {
        number,
        url,
        source,
    } = &err
    else {
        panic!("not a page error: {err:?}");
    };
    assert_eq!((*number, url.as_str()), (2, next.as_str()));
    assert_eq!(source.status(), Some(400));
    let cursor = next.rsplit_once("cursor=").unwrap().1;
    let e = &err.api_errors()[0];
    assert_eq!(e.code, "PARAMETER_ERROR.INVALID");
    assert_eq!(
        e.detail.as_deref(),
        Some(format!("'{cursor}' is not a valid cursor for this request").as_str())
    );
    assert!(pages.next().await.is_none());

    // The fault was once: the crawl resumes from the URL the error carries.
    let rest: Vec<GameCenterAchievementLocalization> =
        asc_core::ListRequest::<GameCenterAchievementLocalization>::resume(&client, url)
            .items()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(rest.len(), 1);
}

/// An achievement with `n` localizations of its own.
async fn achievement_with_localizations(emulator: &Emulator, id: &str, n: usize) {
    let locs: Vec<Value> = (1..=n)
        .map(|i| {
            json!({"type": "gameCenterAchievementLocalizations", "id": format!("{id}-l{i:02}"),
                        "attributes": {"locale": format!("x-{i}")}})
        })
        .collect();
    let links: Vec<Value> = locs
        .iter()
        .map(|l| json!({"type": l["type"], "id": l["id"]}))
        .collect();
    emulator
        .seed(&json!({
            "data": {"type": "gameCenterAchievements", "id": id,
                     "relationships": {"localizations": {"data": links}}},
            "included": locs
        }))
        .unwrap();
}

#[tokio::test]
async fn an_included_to_many_is_cut_at_ten_unless_its_limit_says_otherwise() {
    let emulator = emulator().await;
    achievement_with_localizations(&emulator, "a11", 11).await;
    let client = emulator.client();
    let read = GameCenterAchievement::read(&client, "a11")
        .include([GameCenterAchievementInclude::Localizations])
        .send()
        .await
        .unwrap();
    let localizations = &read.data.localizations;
    assert_eq!(localizations.ids().count(), 10);
    assert!(localizations.truncated());
    let paging = localizations.paging().unwrap();
    assert_eq!((paging.total, paging.limit), (Some(11), Some(10)));
    assert_eq!(
        read.included::<GameCenterAchievementLocalization>().len(),
        10,
        "only the linked ones are included"
    );

    let read = GameCenterAchievement::read(&client, "a11")
        .include([GameCenterAchievementInclude::Localizations])
        .include_limit(GameCenterAchievementInclude::Localizations, 20)
        .send()
        .await
        .unwrap();
    let localizations = &read.data.localizations;
    assert_eq!(localizations.ids().count(), 11);
    assert!(!localizations.truncated());
    let paging = localizations.paging().unwrap();
    assert_eq!((paging.total, paging.limit), (Some(11), Some(20)));
    assert_eq!(
        read.included::<GameCenterAchievementLocalization>().len(),
        11
    );

    let cut = GameCenterAchievement::read(&client, "a11")
        .include([GameCenterAchievementInclude::Localizations])
        .include_limit(GameCenterAchievementInclude::Localizations, 3)
        .send()
        .await
        .unwrap();
    assert_eq!(cut.data.localizations.ids().count(), 3);
    assert!(cut.data.localizations.truncated());
}
