//! Crawls of the lists declared in asc-resources, through the emulator: the
//! first page with `meta.paging` and `links.next`, every page in order,
//! included resources per page, a page size refused before anything is
//! sent, a 429 on the second page retried, and, with retries off, an error
//! that carries the `next` URL from which `ListRequest::resume` finishes the
//! crawl. On the `/v1` and `/v2` routes and on their linkage (`_ids`) lists.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

use std::collections::HashSet;
use std::time::Duration;

use asc_core::{Client, Error, LinkageListRequest, ListRequest, Page, RetryPolicy};
use asc_emulator::{Emulator, Fault, FaultRoute};
use asc_resources::{
    GameCenterAchievement, GameCenterAchievementImage, GameCenterAchievementImageV2,
    GameCenterAchievementLocalization, GameCenterAchievementLocalizationInclude,
    GameCenterAchievementLocalizationV2, GameCenterAchievementLocalizationV2Include,
    GameCenterAchievementLocalizationsList, GameCenterAchievementVersionV2,
    GameCenterAchievementVersionV2LocalizationsList,
};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

/// The seeded localization that holds Apple's example image, and the one without.
const TAKEN: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";
const FREE: &str = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
/// Apple's example image, seeded, linked to [`TAKEN`].
const IMAGE: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";
/// An achievement and a version seeded here, each with the seven localizations of [`all`].
const ACHIEVEMENT: &str = "crawl-achievement";
const VERSION: &str = "crawl-version";
/// The page size of the crawls: seven localizations make pages of 3, 3 and 1.
const PAGE: u32 = 3;

/// The localizations of [`ACHIEVEMENT`] and [`VERSION`], in their linkage order:
/// the one with the image first, five more, the one without an image last.
fn all() -> Vec<String> {
    let mut ids = vec![TAKEN.to_owned()];
    ids.extend((1..=5).map(|n| format!("crawl-localization-{n}")));
    ids.push(FREE.to_owned());
    ids
}

/// The declared resources, their seeds, five more localizations, and the
/// achievement and version that hold all seven.
async fn emulator() -> Emulator {
    let linkage: Vec<Value> = all()
        .iter()
        .map(|id| json!({"type": "gameCenterAchievementLocalizations", "id": id}))
        .collect();
    let mut data: Vec<Value> = (1..=5)
        .map(|n| {
            json!({"type": "gameCenterAchievementLocalizations",
                   "id": format!("crawl-localization-{n}"),
                   "attributes": {"locale": format!("x-{n}"), "name": format!("Crawl {n}")}})
        })
        .collect();
    data.push(json!({"type": "gameCenterAchievements", "id": ACHIEVEMENT,
                     "attributes": {"referenceName": "Crawl", "points": 5},
                     "relationships": {"localizations": {"data": linkage}}}));
    data.push(
        json!({"type": "gameCenterAchievementVersions", "id": VERSION,
                     "attributes": {"version": 2},
                     "relationships": {"localizations": {"data": linkage}}}),
    );
    Emulator::builder()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .seed(json!({ "data": data }))
        .start()
        .await
        .expect("the emulator starts")
}

/// A client whose retries cost milliseconds.
fn retrying(emulator: &Emulator) -> Client {
    emulator
        .client_builder()
        .retry(
            RetryPolicy::default()
                .with_max_retries(3)
                .with_backoff(Duration::from_millis(5), Duration::from_millis(20)),
        )
        .build()
        .expect("the client builds")
}

/// A client that never retries.
fn not_retrying(emulator: &Emulator) -> Client {
    emulator
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .expect("the client builds")
}

const V1_LIST: &str = "/v1/gameCenterAchievements/crawl-achievement/localizations";
const V2_LIST: &str = "/v2/gameCenterAchievementVersions/crawl-version/localizations";
const V1_IDS: &str = "/v1/gameCenterAchievements/crawl-achievement/relationships/localizations";
const V2_IDS: &str = "/v2/gameCenterAchievementVersions/crawl-version/relationships/localizations";

/// The statuses of the GETs of `path` the emulator answered, in order.
fn statuses(emulator: &Emulator, path: &str) -> Vec<u16> {
    emulator
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path == path)
        .map(|r| r.status)
        .collect()
}

/// Checks a first page of seven items in pages of [`PAGE`]: its items, Apple's
/// `meta.paging`, and an absolute `links.next` on the emulator with every
/// original parameter and an opaque cursor.
fn check_first_page<T>(emulator: &Emulator, page: &Page<T>, id: impl Fn(&T) -> &str, path: &str) {
    let ids: Vec<&str> = page.data.iter().map(id).collect();
    assert_eq!(ids, all()[..3], "{path}");
    let paging = page.paging.as_ref().expect("meta.paging");
    assert_eq!((paging.total, paging.limit), (Some(7), Some(3)), "{path}");
    let next = page.next().expect("links.next on the first of three pages");
    assert!(
        next.starts_with(&format!("{}{path}?", emulator.base_url())),
        "{next}"
    );
    assert!(next.contains("limit=3"), "{next}");
    assert!(next.contains("cursor="), "{next}");
}

#[tokio::test]
async fn send_returns_the_first_page_with_paging_and_next() {
    let emulator = emulator().await;
    let client = emulator.client();

    let v1 = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(PAGE)
        .send()
        .await
        .unwrap();
    check_first_page(&emulator, &v1, |l| l.id.as_str(), V1_LIST);
    assert_eq!(v1.data[0].name.as_deref(), Some("Coffee Connoisseur"));
    assert_eq!(v1.data[0].game_center_achievement_image.id(), Some(IMAGE));

    let v2 = GameCenterAchievementVersionV2::list_localizations(&client, VERSION)
        .limit(PAGE)
        .send()
        .await
        .unwrap();
    check_first_page(&emulator, &v2, |l| l.id.as_str(), V2_LIST);
    assert_eq!(v2.data[0].image.id(), Some(IMAGE));

    let ids = GameCenterAchievement::list_localizations_ids(&client, ACHIEVEMENT)
        .limit(PAGE)
        .send()
        .await
        .unwrap();
    check_first_page(&emulator, &ids, |i| i.id.as_str(), V1_IDS);
    let ids = GameCenterAchievementVersionV2::list_localizations_ids(&client, VERSION)
        .limit(PAGE)
        .send()
        .await
        .unwrap();
    check_first_page(&emulator, &ids, |i| i.id.as_str(), V2_IDS);

    // Without a limit, Apple's default page (50) holds all seven: no `next`.
    let whole = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .send()
        .await
        .unwrap();
    assert_eq!(whole.data.len(), 7);
    let paging = whole.paging.as_ref().expect("meta.paging");
    assert_eq!((paging.total, paging.limit), (Some(7), Some(50)));
    assert_eq!(whole.next(), None);
    assert_eq!(statuses(&emulator, V1_LIST), [200, 200]);
}

/// Checks a whole crawl: pages of 3, 3 and 1, every item once and in order,
/// no `next` on the last page, one request per page.
fn check_pages<T>(emulator: &Emulator, pages: &[Page<T>], id: impl Fn(&T) -> &str, path: &str) {
    let sizes: Vec<usize> = pages.iter().map(|p| p.data.len()).collect();
    assert_eq!(sizes, [3, 3, 1], "{path}");
    let ids: Vec<&str> = pages.iter().flat_map(|p| p.data.iter().map(&id)).collect();
    assert_eq!(ids, all(), "{path}");
    let nexts: Vec<bool> = pages.iter().map(|p| p.next().is_some()).collect();
    assert_eq!(nexts, [true, true, false], "{path}");
    assert_eq!(statuses(emulator, path), [200, 200, 200], "{path}");
}

#[tokio::test]
async fn pages_yield_every_page_in_order() {
    let emulator = emulator().await;
    let client = emulator.client();

    let v1: Vec<Page<GameCenterAchievementLocalization>> =
        GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
            .limit(PAGE)
            .pages()
            .try_collect()
            .await
            .unwrap();
    check_pages(&emulator, &v1, |l| l.id.as_str(), V1_LIST);

    let v2: Vec<Page<GameCenterAchievementLocalizationV2>> =
        GameCenterAchievementVersionV2::list_localizations(&client, VERSION)
            .limit(PAGE)
            .pages()
            .try_collect()
            .await
            .unwrap();
    check_pages(&emulator, &v2, |l| l.id.as_str(), V2_LIST);

    let ids: Vec<_> = GameCenterAchievement::list_localizations_ids(&client, ACHIEVEMENT)
        .limit(PAGE)
        .pages()
        .try_collect()
        .await
        .unwrap();
    check_pages(&emulator, &ids, |i| i.id.as_str(), V1_IDS);
    let ids: Vec<_> = GameCenterAchievementVersionV2::list_localizations_ids(&client, VERSION)
        .limit(PAGE)
        .pages()
        .try_collect()
        .await
        .unwrap();
    check_pages(&emulator, &ids, |i| i.id.as_str(), V2_IDS);

    // The item stream is the same crawl, flattened.
    let items: Vec<String> = GameCenterAchievementVersionV2::list_localizations(&client, VERSION)
        .limit(PAGE)
        .items()
        .map_ok(|l| l.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, all());
}

#[tokio::test]
async fn each_page_carries_the_images_it_includes() {
    let emulator = emulator().await;
    let client = emulator.client();

    let v1: Vec<Page<GameCenterAchievementLocalization>> =
        GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
            .limit(PAGE)
            .include([GameCenterAchievementLocalizationInclude::GameCenterAchievementImage])
            .pages()
            .try_collect()
            .await
            .unwrap();
    assert_eq!(v1.len(), 3);
    let images: Vec<Vec<String>> = v1
        .iter()
        .map(|p| {
            p.included::<GameCenterAchievementImage>()
                .into_iter()
                .map(|i| i.id)
                .collect()
        })
        .collect();
    // Only the first page holds the localization with an image.
    assert_eq!(images, [vec![IMAGE.to_owned()], vec![], vec![]]);
    let image = &v1[0].included::<GameCenterAchievementImage>()[0];
    assert_eq!(image.file_name.as_deref(), Some("coffee1.png"));
    assert!(
        v1[0]
            .included::<GameCenterAchievementLocalization>()
            .is_empty()
    );
    // `next` carries the include, so later pages would include too.
    assert!(
        v1[0]
            .next()
            .unwrap()
            .contains("include=gameCenterAchievementImage"),
        "{:?}",
        v1[0].next()
    );

    let v2 = GameCenterAchievementVersionV2::list_localizations(&client, VERSION)
        .limit(PAGE)
        .include([GameCenterAchievementLocalizationV2Include::Image])
        .send()
        .await
        .unwrap();
    let images: Vec<String> = v2
        .included::<GameCenterAchievementImageV2>()
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(images, [IMAGE]);

    // Without `include`, nothing is included.
    let plain = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(PAGE)
        .send()
        .await
        .unwrap();
    assert!(plain.included_raw().is_empty());
}

/// The refusal of a page size before sending: an invalid request that names
/// the maximum, after no attempt.
fn check_refused(error: &Error, what: &str) {
    assert!(
        matches!(error, Error::InvalidRequest(_)),
        "{what}: {error:?}"
    );
    assert!(error.to_string().contains("1 to 200"), "{what}: {error}");
    assert_eq!(error.attempts(), 0, "{what}");
}

#[tokio::test]
async fn a_page_size_above_the_maximum_is_refused_before_sending() {
    let emulator = emulator().await;
    let client = emulator.client();

    for limit in [201, 0, u32::MAX] {
        let what = format!("v1 limit {limit}");
        let list = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT).limit(limit);
        check_refused(&list.send().await.unwrap_err(), &what);
        let what = format!("v2 limit {limit}");
        let list =
            GameCenterAchievementVersionV2::list_localizations(&client, VERSION).limit(limit);
        check_refused(&list.send().await.unwrap_err(), &what);
        let what = format!("v1 ids limit {limit}");
        let ids = GameCenterAchievement::list_localizations_ids(&client, ACHIEVEMENT).limit(limit);
        check_refused(&ids.send().await.unwrap_err(), &what);
        let what = format!("v2 ids limit {limit}");
        let ids =
            GameCenterAchievementVersionV2::list_localizations_ids(&client, VERSION).limit(limit);
        check_refused(&ids.send().await.unwrap_err(), &what);
    }
    // The streams end on the same refusal, before their first page.
    let mut pages = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(201)
        .pages();
    check_refused(&pages.next().await.unwrap().unwrap_err(), "pages");
    assert!(pages.next().await.is_none());
    let mut items = GameCenterAchievementVersionV2::list_localizations_ids(&client, VERSION)
        .limit(201)
        .items();
    check_refused(&items.next().await.unwrap().unwrap_err(), "items");
    assert!(items.next().await.is_none());

    let sent = emulator.requests();
    assert!(sent.is_empty(), "nothing reached the emulator: {sent:?}");
    // The same list within range is served: the refusal was the limit's.
    GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(200)
        .send()
        .await
        .unwrap();
    assert_eq!(statuses(&emulator, V1_LIST), [200]);
}

#[tokio::test]
async fn a_429_on_the_second_page_is_retried_and_the_crawl_completes() {
    let emulator = emulator().await;
    let client = retrying(&emulator);

    let mut pages = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(PAGE)
        .pages();
    let first = pages.try_next().await.unwrap().expect("a first page");
    // The next request of this list, the second page, is refused once.
    emulator.inject(
        FaultRoute::get(V1_LIST),
        Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
    );
    let rest: Vec<Page<GameCenterAchievementLocalization>> = pages.try_collect().await.unwrap();
    let ids: Vec<String> = std::iter::once(&first)
        .chain(&rest)
        .flat_map(|p| p.data.iter().map(|l| l.id.clone()))
        .collect();
    assert_eq!(ids, all());
    assert_eq!(statuses(&emulator, V1_LIST), [200, 429, 200, 200]);
    assert_eq!(
        (emulator.faults_injected(), emulator.pending_faults()),
        (1, 0)
    );

    // The same on the v2 linkage list, through the item stream.
    let mut items = GameCenterAchievementVersionV2::list_localizations_ids(&client, VERSION)
        .limit(PAGE)
        .items();
    let mut ids = Vec::new();
    for _ in 0..PAGE {
        ids.push(items.try_next().await.unwrap().expect("an id").id);
    }
    emulator.inject(
        FaultRoute::get(V2_IDS),
        Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
    );
    while let Some(id) = items.try_next().await.unwrap() {
        ids.push(id.id);
    }
    assert_eq!(ids, all());
    assert_eq!(statuses(&emulator, V2_IDS), [200, 429, 200, 200]);
    assert_eq!(emulator.faults_injected(), 2);
}

/// Checks that a crawl's items, before and after a resume, are every item
/// once, in order.
fn check_resumed(before: &[String], after: &[String]) {
    let whole: Vec<String> = before.iter().chain(after).cloned().collect();
    let unique: HashSet<&String> = whole.iter().collect();
    assert_eq!(unique.len(), whole.len(), "no duplicate: {whole:?}");
    assert_eq!(whole, all(), "none missing, in order");
}

/// Checks the error of a second page refused with 429 and not retried: it
/// carries the page's number and URL, Apple's status, and one attempt.
fn check_page_error(error: Error, want_url: &str) -> String {
    assert_eq!(error.status(), Some(429), "{error}");
    assert_eq!(error.attempts(), 1, "retries are off: {error}");
    let Error::Page { number, url, .. } = error else {
        panic!("an error that says where to resume: {error:?}");
    };
    assert_eq!(number, 2);
    assert_eq!(
        url, want_url,
        "the URL of the failed page is the first page's next"
    );
    url
}

#[tokio::test]
async fn with_retries_off_the_error_carries_next_and_a_resumed_crawl_finishes() {
    let emulator = emulator().await;
    let client = not_retrying(&emulator);

    // v1, page by page.
    let mut pages = GameCenterAchievement::list_localizations(&client, ACHIEVEMENT)
        .limit(PAGE)
        .pages();
    let first = pages.try_next().await.unwrap().expect("a first page");
    let next = first.next().expect("a next page").to_owned();
    emulator.inject(
        FaultRoute::get(V1_LIST),
        Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
    );
    let error = pages.next().await.unwrap().unwrap_err();
    let url = check_page_error(error, &next);
    assert!(
        pages.next().await.is_none(),
        "the stream ends after its error"
    );
    let before: Vec<String> = first.data.iter().map(|l| l.id.clone()).collect();
    let after: Vec<String> = ListRequest::<
        GameCenterAchievementLocalization,
        GameCenterAchievementLocalizationsList,
    >::resume(&client, &url)
    .items()
    .map_ok(|l| l.id)
    .try_collect()
    .await
    .unwrap();
    check_resumed(&before, &after);
    // First page, the refused second, then the second and third from the resume.
    assert_eq!(statuses(&emulator, V1_LIST), [200, 429, 200, 200]);

    // v2, item by item: the items of the first page, then the error.
    let mut items = GameCenterAchievementVersionV2::list_localizations(&client, VERSION)
        .limit(PAGE)
        .items();
    let mut before = Vec::new();
    for _ in 0..PAGE {
        before.push(items.try_next().await.unwrap().expect("an item").id);
    }
    emulator.inject(
        FaultRoute::get(V2_LIST),
        Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
    );
    let error = items.next().await.unwrap().unwrap_err();
    let Error::Page { url, .. } = &error else {
        panic!("an error that says where to resume: {error:?}");
    };
    let url = url.clone();
    assert!(
        url.starts_with(&format!("{}{V2_LIST}?", emulator.base_url())),
        "{url}"
    );
    assert!(url.contains("limit=3") && url.contains("cursor="), "{url}");
    assert!(
        items.next().await.is_none(),
        "the stream ends after its error"
    );
    let after: Vec<String> = ListRequest::<
        GameCenterAchievementLocalizationV2,
        GameCenterAchievementVersionV2LocalizationsList,
    >::resume(&client, &url)
    .items()
    .map_ok(|l| l.id)
    .try_collect()
    .await
    .unwrap();
    check_resumed(&before, &after);
    assert_eq!(statuses(&emulator, V2_LIST), [200, 429, 200, 200]);
}

/// The ids of a to-many relationship resume the same way: the error
/// carries the failed page's URL, and `LinkageListRequest::resume` lists the
/// rest (and refuses a new `limit`, which the URL already carries).
#[tokio::test]
async fn an_id_list_resumes_from_the_next_url_of_its_error() {
    let emulator = emulator().await;
    let client = not_retrying(&emulator);
    let mut pages = GameCenterAchievementVersionV2::list_localizations_ids(&client, VERSION)
        .limit(PAGE)
        .pages();
    let first = pages.try_next().await.unwrap().expect("a first page");
    let next = first.next().expect("a next page").to_owned();
    emulator.inject(
        FaultRoute::get(V2_IDS),
        Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
    );
    let error = pages.next().await.unwrap().unwrap_err();
    let url = check_page_error(error, &next);
    let before: Vec<String> = first.data.iter().map(|i| i.id.clone()).collect();
    let after: Vec<String> =
        LinkageListRequest::<GameCenterAchievementLocalizationV2>::resume(&client, &url)
            .items()
            .map_ok(|i| i.id)
            .try_collect()
            .await
            .unwrap();
    check_resumed(&before, &after);
    assert_eq!(statuses(&emulator, V2_IDS), [200, 429, 200, 200]);

    let e = LinkageListRequest::<GameCenterAchievementLocalizationV2>::resume(&client, &url)
        .limit(1)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e:?}");
    let e = LinkageListRequest::<GameCenterAchievementLocalizationV2>::resume(
        &client,
        "https://elsewhere.example/v2/gameCenterAchievementVersions/x/relationships/localizations",
    )
    .send()
    .await
    .unwrap_err();
    assert!(e.to_string().contains("cannot resume"), "{e}");
    assert_eq!(
        statuses(&emulator, V2_IDS).len(),
        4,
        "nothing more was sent"
    );
}
