//! Any bytes as the body of a 200 answer, decoded as Apple's
//! `GameCenterAchievementImage` document, then its included resources.
#![no_main]

use asc_core::__private::ResourceObject;
use asc_core::{
    AppMediaAssetState, FieldSelector, ImageAsset, RawResponse, RelationshipMeta, Resource,
    Response, Selector, ToOne, UploadOperation,
};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

/// The resource, implemented by hand as the derive implements a declaration.
#[derive(Debug)]
struct Image {
    _id: String,
    attributes: Attributes,
    _relationships: Relationships,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Attributes {
    #[serde(default)]
    _file_size: Option<i64>,
    #[serde(default)]
    _file_name: Option<String>,
    #[serde(default)]
    image_asset: Option<ImageAsset>,
    #[serde(default)]
    upload_operations: Option<Vec<UploadOperation>>,
    #[serde(default)]
    asset_delivery_state: Option<AppMediaAssetState>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Relationships {
    #[serde(default)]
    _game_center_achievement_localization: ToOne<Localization>,
}

impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<Attributes, Relationships>::deserialize(d)?;
        Ok(Image {
            _id: o.id,
            attributes: o.attributes,
            _relationships: o.relationships,
        })
    }
}

#[derive(Debug)]
struct Localization {
    _id: String,
}

impl<'de> Deserialize<'de> for Localization {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<serde_json::Map<String, serde_json::Value>, ()>::deserialize(d)?;
        Ok(Localization { _id: o.id })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    FileSize,
}

impl Selector for Field {
    const NAMES: &'static [&'static str] = &["fileSize"];
    const ALL: &'static [Self] = &[Self::FileSize];
    fn index(self) -> usize {
        self as usize
    }
}

impl FieldSelector for Field {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievementImages";
}

impl Resource for Image {
    const TYPE: &'static str = "gameCenterAchievementImages";
    const PATH: &'static str = "/v1/gameCenterAchievementImages";
    const ATTRIBUTES: &'static [&'static str] = &["fileSize"];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[];
    type Field = Field;
    type Include = Field;
}

impl Resource for Localization {
    const TYPE: &'static str = "gameCenterAchievementLocalizations";
    const PATH: &'static str = "/v1/gameCenterAchievementLocalizations";
    const ATTRIBUTES: &'static [&'static str] = &[];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[];
    type Field = Field;
    type Include = Field;
}

fuzz_target!(|data: &[u8]| {
    let raw = RawResponse {
        status: 200,
        headers: reqwest::header::HeaderMap::new(),
        body: bytes::Bytes::copy_from_slice(data),
        rate_limit: None,
    };
    match Response::<Image>::from_raw(raw) {
        Ok(r) => {
            let _ = r.included::<Localization>();
            let _ = r.try_included::<Localization>();
            let a = &r.data.attributes;
            if let Some(asset) = &a.image_asset {
                let _ = asset.original_url("png");
            }
            for (i, op) in a.upload_operations.iter().flatten().enumerate() {
                let _ = op.to_part(i);
            }
            if let Some(state) = &a.asset_delivery_state {
                let _ = state.state.as_ref().map(|s| s.to_string());
            }
            let _ = format!("{r:?}");
        }
        Err(e) => {
            let _ = (
                e.to_string(),
                format!("{e:?}"),
                e.status(),
                e.is_transient(),
            );
        }
    }
});
