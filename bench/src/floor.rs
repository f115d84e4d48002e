//! The hand-written floor: plain `serde` structs of the same shape as the
//! declared resources, and a plain `reqwest` GET with a pre-made token.
//!
//! This is what a careful person writes without the framework: no sparse
//! fieldset or include types, no path tracking in decode errors, no retries,
//! no token cache, no tracing.

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue};
use serde::Deserialize;

/// `GameCenterAchievementImageResponse` with the localization in `included`.
#[derive(Debug, Deserialize)]
pub struct ImageDocument {
    /// The image.
    pub data: Image,
    /// The included localizations (the only type this read includes).
    #[serde(default)]
    pub included: Vec<Localization>,
    /// The document's links.
    #[serde(default)]
    pub links: Links,
}

/// `links` of a document or resource.
#[derive(Debug, Default, Deserialize)]
pub struct Links {
    /// `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
}

/// `links` of a relationship.
#[derive(Debug, Default, Deserialize)]
pub struct RelationshipLinks {
    /// `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// `related`.
    pub related: Option<String>,
}

/// `{ "type", "id" }`.
#[derive(Debug, Deserialize)]
pub struct Identifier {
    /// The JSON:API type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The id.
    pub id: String,
}

/// A to-one relationship.
#[derive(Debug, Default, Deserialize)]
pub struct ToOne {
    /// The linkage.
    pub data: Option<Identifier>,
    /// The links.
    pub links: Option<RelationshipLinks>,
}

/// A `gameCenterAchievementImages` resource object.
#[derive(Debug, Deserialize)]
pub struct Image {
    /// The JSON:API type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The id.
    pub id: String,
    /// The attributes.
    pub attributes: Option<ImageAttributes>,
    /// The relationships.
    pub relationships: Option<ImageRelationships>,
}

/// The attributes of an image.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageAttributes {
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `imageAsset`.
    pub image_asset: Option<ImageAsset>,
    /// `uploadOperations`.
    pub upload_operations: Option<Vec<UploadOperation>>,
    /// `assetDeliveryState`.
    pub asset_delivery_state: Option<AssetState>,
}

/// The relationships of an image.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageRelationships {
    /// `gameCenterAchievementLocalization`.
    pub game_center_achievement_localization: Option<ToOne>,
}

/// `ImageAsset`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageAsset {
    /// `templateUrl`.
    pub template_url: Option<String>,
    /// `width`.
    pub width: Option<i64>,
    /// `height`.
    pub height: Option<i64>,
}

/// `UploadOperation`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadOperation {
    /// `method`.
    pub method: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `length`.
    pub length: Option<i64>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `requestHeaders`.
    pub request_headers: Option<Vec<HttpHeader>>,
}

/// `HttpHeader`.
#[derive(Debug, Deserialize)]
pub struct HttpHeader {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}

/// `AppMediaAssetState`.
#[derive(Debug, Deserialize)]
pub struct AssetState {
    /// `errors`.
    pub errors: Option<Vec<StateError>>,
    /// `warnings`.
    pub warnings: Option<Vec<StateError>>,
    /// `state`.
    pub state: Option<State>,
}

/// `AppMediaAssetState.state`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum State {
    /// `AWAITING_UPLOAD`.
    AwaitingUpload,
    /// `UPLOAD_COMPLETE`.
    UploadComplete,
    /// `COMPLETE`.
    Complete,
    /// `FAILED`.
    Failed,
    /// Anything Apple adds later.
    #[serde(other)]
    Unknown,
}

/// `AppMediaStateError`.
#[derive(Debug, Deserialize)]
pub struct StateError {
    /// `code`.
    pub code: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

/// A `gameCenterAchievementLocalizations` resource object.
#[derive(Debug, Deserialize)]
pub struct Localization {
    /// The JSON:API type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The id.
    pub id: String,
    /// The attributes.
    pub attributes: Option<LocalizationAttributes>,
    /// The relationships.
    pub relationships: Option<LocalizationRelationships>,
}

/// The attributes of a localization.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalizationAttributes {
    /// `locale`.
    pub locale: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `beforeEarnedDescription`.
    pub before_earned_description: Option<String>,
    /// `afterEarnedDescription`.
    pub after_earned_description: Option<String>,
}

/// The relationships of a localization.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalizationRelationships {
    /// `gameCenterAchievement`.
    pub game_center_achievement: Option<ToOne>,
    /// `gameCenterAchievementImage`.
    pub game_center_achievement_image: Option<ToOne>,
}

/// Decodes a document the hand-written way: one `serde_json::from_slice`.
pub fn decode(body: &[u8]) -> Result<ImageDocument, serde_json::Error> {
    serde_json::from_slice(body)
}

/// The same from text already known to be UTF-8 (`serde_json::from_str`),
/// which spares serde_json checking each string: a faster floor than the
/// usual `from_slice` on the bytes of a response, shown beside it.
pub fn decode_str(body: &str) -> Result<ImageDocument, serde_json::Error> {
    serde_json::from_str(body)
}

/// The query string the framework's read sends: the image's fields, the
/// localization's fields, and the include.
pub const QUERY: &str = "?fields%5BgameCenterAchievementImages%5D=fileName,fileSize,imageAsset,assetDeliveryState,gameCenterAchievementLocalization\
&fields%5BgameCenterAchievementLocalizations%5D=locale,name\
&include=gameCenterAchievementLocalization";

/// A hand-written client: one `reqwest::Client` (so one connection pool)
/// with a 60 s timeout and TCP_NODELAY, and a token signed once beforehand.
#[derive(Clone)]
pub struct FloorClient {
    http: reqwest::Client,
    // Shared, so that a clone per task costs what cloning asc's `Client` does.
    base: std::sync::Arc<str>,
    auth: HeaderValue,
}

impl FloorClient {
    /// A client for `base_url` that sends `bearer` (`Bearer <JWT>`) with every request.
    pub fn new(base_url: &str, bearer: &str) -> FloorClient {
        let http = reqwest::Client::builder()
            .timeout(crate::TIMEOUT)
            .connect_timeout(crate::CONNECT_TIMEOUT)
            .tcp_nodelay(true)
            .user_agent("bench-floor/0")
            .build()
            .unwrap_or_else(|e| panic!("reqwest client: {e}"));
        let mut auth = HeaderValue::from_str(bearer)
            .unwrap_or_else(|_| panic!("the token is not a header value"));
        auth.set_sensitive(true);
        FloorClient {
            http,
            base: base_url.into(),
            auth,
        }
    }

    /// `GET /v1/gameCenterAchievementImages/{id}` with [`QUERY`], decoded into plain structs.
    pub async fn read(
        &self,
        id: &str,
    ) -> Result<ImageDocument, Box<dyn std::error::Error + Send + Sync>> {
        let url = format!("{}/v1/gameCenterAchievementImages/{id}{QUERY}", self.base);
        let resp = self
            .http
            .get(url)
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .header(AUTHORIZATION, self.auth.clone())
            .send()
            .await?;
        if !resp.status().is_success() {
            return Err(format!("status {}", resp.status()).into());
        }
        let body = resp.bytes().await?;
        Ok(decode(&body)?)
    }

    /// `GET {path}` with the token; the body undecoded.
    pub async fn raw_get(
        &self,
        path: &str,
    ) -> Result<bytes::Bytes, Box<dyn std::error::Error + Send + Sync>> {
        self.get_url(&format!("{}{path}", self.base)).await
    }

    /// `GET url` (a whole URL, such as a `links.next`) with the token; the body undecoded.
    pub async fn get_url(
        &self,
        url: &str,
    ) -> Result<bytes::Bytes, Box<dyn std::error::Error + Send + Sync>> {
        let resp = self
            .http
            .get(url)
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .header(AUTHORIZATION, self.auth.clone())
            .send()
            .await?;
        if !resp.status().is_success() {
            return Err(format!("status {}", resp.status()).into());
        }
        Ok(resp.bytes().await?)
    }
}
