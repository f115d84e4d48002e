//! The lists and linkage declared in asc-resources, served by the emulator
//! from those same declarations (`ResourceMeta.lists`, `relationships`,
//! `linkages`): pages of one, followed through `links.next` verbatim, for
//! resources and for ids, and Apple's empty to-one.

use std::time::Duration;

use asc_emulator::Emulator;
use asc_resources::{
    GameCenterAchievement, GameCenterAchievementLocalization, GameCenterAchievementVersionV2,
};
use futures_util::TryStreamExt;
use serde_json::json;

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
