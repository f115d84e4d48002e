//! End-to-end reads through the emulator: declarations from asc-resources and
//! one declared here, in a crate of its own.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

use asc_core::{AscResource, Client, ErrorSource, ToOne};
use asc_emulator::Emulator;
use asc_resources::{
    AssetDeliveryState, GameCenterAchievementImage, GameCenterAchievementImageField as Field,
    GameCenterAchievementImageInclude as Include, GameCenterAchievementImageV2,
    GameCenterAchievementImageV2Include, GameCenterAchievementLocalization,
    GameCenterAchievementLocalizationField as LocField, GameCenterAchievementLocalizationV2,
};
use serde_json::json;

const IMAGE: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";
const LOCALIZATION: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";

/// A resource type asc-resources knows nothing about, declared here.
#[derive(AscResource, Debug, Clone)]
#[asc(type = "widgets", path = "/v1/widgets")]
pub struct Widget {
    pub id: String,
    pub display_name: Option<String>,
    #[asc(rename = "sizeInPoints")]
    pub size: Option<i64>,
    #[asc(relationship, include)]
    pub owner: ToOne<Gadget>,
}

/// The widget's owner.
#[derive(AscResource, Debug, Clone)]
#[asc(type = "gadgets", path = "/v1/gadgets")]
pub struct Gadget {
    pub id: String,
    pub label: Option<String>,
}

async fn emulator() -> Emulator {
    Emulator::builder()
        .resource::<Widget>()
        .resource::<Gadget>()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .seed(json!({
            "data": {"type": "widgets", "id": "w1",
                     "attributes": {"displayName": "Dial", "sizeInPoints": 44, "colour": "red"},
                     "relationships": {"owner": {"data": {"type": "gadgets", "id": "g1"}}}},
            "included": [{"type": "gadgets", "id": "g1", "attributes": {"label": "Panel"}}]
        }))
        .start()
        .await
        .expect("emulator starts")
}

#[tokio::test]
async fn apples_documented_example_decodes_field_by_field() {
    let emulator = emulator().await;
    let client = emulator.client();
    let response = GameCenterAchievementImage::read(&client, IMAGE)
        .send()
        .await
        .unwrap();
    let image = response.data;
    assert_eq!(image.id, IMAGE);
    assert_eq!(image.file_size, Some(357_407));
    assert_eq!(image.file_name.as_deref(), Some("coffee1.png"));
    let asset = image.image_asset.expect("imageAsset");
    assert_eq!(asset.width, Some(512));
    assert_eq!(asset.height, Some(512));
    assert_eq!(
        asset.url(512, 512, "png").as_deref(),
        Some(
            "https://isq11.mzstatic.com/image/thumb/PurpleSource113/v4/64/14/07/641407e3-602f-ce23-10b8-c91b1762986c/38e6d9a7-9cbf-45f8-8246-1ef4728aecda_coffee1.png/512x512bb.png"
        )
    );
    assert_eq!(image.upload_operations, Some(vec![]));
    let state = image.asset_delivery_state.expect("assetDeliveryState");
    assert_eq!(state.state, Some(AssetDeliveryState::Complete));
    assert_eq!(state.errors, None);
    assert_eq!(state.warnings, None);
    assert_eq!(
        image.game_center_achievement_localization.id(),
        Some(LOCALIZATION)
    );
    let self_link = response.links.self_.expect("links.self");
    assert!(
        self_link.ends_with(&format!("/v1/gameCenterAchievementImages/{IMAGE}")),
        "{self_link}"
    );
    let limit = response.rate_limit.expect("X-Rate-Limit");
    assert_eq!(limit.hour_limit, Some(3600));
    assert!(limit.hour_remaining < limit.hour_limit);
}

#[tokio::test]
async fn sparse_fieldsets_send_apples_query_and_get_only_those_fields() {
    let emulator = emulator().await;
    let client = emulator.client();
    let request = GameCenterAchievementImage::read(&client, IMAGE)
        .fields([Field::FileName, Field::FileSize])
        .fields([LocField::Locale])
        .include([Include::GameCenterAchievementLocalization])
        .fields([Field::GameCenterAchievementLocalization]);
    assert_eq!(
        request.path_and_query().unwrap(),
        format!(
            "/v1/gameCenterAchievementImages/{IMAGE}?fields%5BgameCenterAchievementImages%5D=fileName,fileSize,\
             gameCenterAchievementLocalization&fields%5BgameCenterAchievementLocalizations%5D=locale\
             &include=gameCenterAchievementLocalization"
        )
    );
    let response = request.send().await.unwrap();
    let raw: serde_json::Value = serde_json::from_slice(response.raw_body()).unwrap();
    let attributes = raw["data"]["attributes"].as_object().unwrap();
    let mut names: Vec<&str> = attributes.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["fileName", "fileSize"]);
    assert_eq!(response.data.file_name.as_deref(), Some("coffee1.png"));
    assert!(response.data.image_asset.is_none());
    assert!(response.data.asset_delivery_state.is_none());
    let localizations = response.included::<GameCenterAchievementLocalization>();
    assert_eq!(localizations.len(), 1);
    assert_eq!(localizations[0].locale.as_deref(), Some("en-US"));
    assert_eq!(localizations[0].name, None, "name was not asked for");
}

#[tokio::test]
async fn include_yields_typed_localizations_on_v1_and_v2() {
    let emulator = emulator().await;
    let client = emulator.client();
    let v1 = GameCenterAchievementImage::read(&client, IMAGE)
        .include([Include::GameCenterAchievementLocalization])
        .send()
        .await
        .unwrap();
    let loc = v1.included::<GameCenterAchievementLocalization>();
    assert_eq!(loc.len(), 1);
    assert_eq!(loc[0].id, LOCALIZATION);
    assert_eq!(loc[0].name.as_deref(), Some("Coffee Connoisseur"));
    assert_eq!(loc[0].game_center_achievement_image.id(), Some(IMAGE));
    // Nothing of another type comes out of `included`.
    assert!(v1.included::<GameCenterAchievementImage>().is_empty());

    let v2 = GameCenterAchievementImageV2::read(&client, IMAGE)
        .include([GameCenterAchievementImageV2Include::Localization])
        .send()
        .await
        .unwrap();
    assert_eq!(v2.data.localization.id(), Some(LOCALIZATION));
    assert_eq!(v2.data.file_name, v1.data.file_name);
    let loc2 = v2.included::<GameCenterAchievementLocalizationV2>();
    assert_eq!(loc2.len(), 1);
    assert_eq!(loc2[0].image.id(), Some(IMAGE));
}

#[tokio::test]
async fn related_read_from_a_localization() {
    let emulator = emulator().await;
    let client = emulator.client();
    let image = GameCenterAchievementLocalization::read_game_center_achievement_image(
        &client,
        LOCALIZATION,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(image.data.map(|i| i.id).as_deref(), Some(IMAGE));
    let image = GameCenterAchievementLocalizationV2::read_image(&client, LOCALIZATION)
        .send()
        .await
        .unwrap();
    assert_eq!(image.data.map(|i| i.id).as_deref(), Some(IMAGE));
}

#[tokio::test]
async fn unknown_id_is_a_404_api_error() {
    let emulator = emulator().await;
    let client = emulator.client();
    let err = GameCenterAchievementImage::read(&client, "no-such-image")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    let e = &err.api_errors()[0];
    assert_eq!(e.status, "404");
    assert_eq!(e.code, "NOT_FOUND");
    assert!(!e.title.is_empty());
    assert!(err.rate_limit().is_some());
}

/// A field enum of one type, sent for a type the route does not accept: Apple answers 400.
#[tokio::test]
async fn an_invalid_field_parameter_is_a_400_with_its_source() {
    let emulator = emulator().await;
    let client = emulator.client();
    // Widget fields are valid Rust but not for this route: the emulator, like Apple, refuses them.
    let err = GameCenterAchievementImage::read(&client, IMAGE)
        .fields([WidgetField::DisplayName])
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(400));
    let e = &err.api_errors()[0];
    assert_eq!(e.code, "PARAMETER_ERROR.ILLEGAL");
    assert_eq!(
        e.source,
        Some(ErrorSource::Parameter("fields[widgets]".into()))
    );
}

/// Typed selectors cannot name an unknown field; a raw request can, and gets Apple's 400.
#[tokio::test]
async fn an_unknown_field_or_include_name_is_a_400_parameter_error() {
    let emulator = emulator().await;
    let client = emulator.client();
    for (query, parameter) in [
        (
            "fields%5BgameCenterAchievementImages%5D=fileName,colour",
            "fields[gameCenterAchievementImages]",
        ),
        ("include=localization", "include"),
    ] {
        let path = format!("/v1/gameCenterAchievementImages/{IMAGE}?{query}");
        let err = client
            .execute(asc_emulator::Method::GET, &path, None)
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(400), "{query}");
        let e = &err.api_errors()[0];
        assert_eq!(e.code, "PARAMETER_ERROR.INVALID", "{query}");
        assert_eq!(
            e.source,
            Some(ErrorSource::Parameter(parameter.into())),
            "{query}"
        );
    }
}

#[tokio::test]
async fn a_resource_declared_outside_asc_resources_reads_the_same_way() {
    let emulator = emulator().await;
    let client: Client = emulator.client();
    let response = Widget::read(&client, "w1")
        .fields([
            WidgetField::DisplayName,
            WidgetField::Size,
            WidgetField::Owner,
        ])
        .include([WidgetInclude::Owner])
        .send()
        .await
        .unwrap();
    let w = &response.data;
    assert_eq!(w.display_name.as_deref(), Some("Dial"));
    assert_eq!(w.size, Some(44));
    assert_eq!(w.owner.id(), Some("g1"));
    let gadgets = response.included::<Gadget>();
    assert_eq!(gadgets.len(), 1);
    assert_eq!(gadgets[0].label.as_deref(), Some("Panel"));
    assert_eq!(WidgetField::Size.as_str(), "sizeInPoints");
    assert_eq!("sizeInPoints".parse::<WidgetField>(), Ok(WidgetField::Size));
    let err = "size".parse::<WidgetField>().unwrap_err().to_string();
    assert!(
        err.contains("displayName") && err.contains("sizeInPoints") && err.contains("owner"),
        "{err}"
    );
}
