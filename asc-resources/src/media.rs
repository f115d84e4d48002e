//! The attribute types of media resources in Apple's schema: `ImageAsset`,
//! `UploadOperation`, `HttpHeader`, `AppMediaAssetState`, `AppMediaStateError`.
//!
//! Every member is optional: Apple sends `null` or leaves members out (as in
//! its own example, `"errors" : null`), and neither fails a decode.

use serde::{Deserialize, Serialize};

use crate::open_enum::open_enum;

/// An image Apple serves in any size and format (`ImageAsset`).
///
/// `template_url` holds the placeholders `{w}`, `{h}` and `{f}`; use
/// [`ImageAsset::url`] to fill them in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageAsset {
    /// `templateUrl`: the URL with `{w}x{h}bb.{f}` placeholders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_url: Option<String>,
    /// `width`: the width of the original image, in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    /// `height`: the height of the original image, in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
}

impl ImageAsset {
    /// The URL of the image at `width` x `height` pixels in `format`
    /// (`"png"`, `"jpg"` or `"webp"`): the template with `{w}`, `{h}` and
    /// `{f}` filled in. `None` when Apple sent no template.
    pub fn url(&self, width: u32, height: u32, format: &str) -> Option<String> {
        let template = self.template_url.as_deref()?;
        Some(
            template
                .replace("{w}", &width.to_string())
                .replace("{h}", &height.to_string())
                .replace("{f}", format),
        )
    }

    /// The URL of the image at its own size in `format`; `None` when Apple
    /// sent no template or no usable dimensions.
    pub fn original_url(&self, format: &str) -> Option<String> {
        let width = u32::try_from(self.width?).ok()?;
        let height = u32::try_from(self.height?).ok()?;
        self.url(width, height, format)
    }
}

/// One part of an upload: send `length` bytes from `offset` of the file to
/// `url` with `method` and `request_headers` (`UploadOperation`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadOperation {
    /// `method`: the HTTP method, such as `PUT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// `url`: where to send the part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `length`: the number of bytes in the part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i64>,
    /// `offset`: where the part starts in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `requestHeaders`: the headers to send with the part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_headers: Option<Vec<HttpHeader>>,
}

/// One HTTP header (`HttpHeader`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpHeader {
    /// `name`: the header name, such as `Content-Type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`: the header value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Where an uploaded asset is in Apple's processing (`AppMediaAssetState`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppMediaAssetState {
    /// `errors`: why processing failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<AppMediaStateError>>,
    /// `warnings`: problems that did not stop processing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<AppMediaStateError>>,
    /// `state`: the delivery state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<AssetDeliveryState>,
}

/// An error or warning about an uploaded asset (`AppMediaStateError`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppMediaStateError {
    /// `code`: a machine-readable code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `description`: what went wrong, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

open_enum! {
    /// The delivery state of an uploaded asset (`AppMediaAssetState.state`).
    pub enum AssetDeliveryState {
        /// Apple waits for the upload operations to be done and the upload committed.
        AwaitingUpload = "AWAITING_UPLOAD",
        /// The upload is committed; Apple is processing it.
        UploadComplete = "UPLOAD_COMPLETE",
        /// Processing is done; the asset is ready.
        Complete = "COMPLETE",
        /// Processing failed; see `errors`.
        Failed = "FAILED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_url_fills_the_template() {
        let asset = ImageAsset {
            template_url: Some("https://example.invalid/a.png/{w}x{h}bb.{f}".into()),
            width: Some(512),
            height: Some(256),
        };
        assert_eq!(
            asset.url(100, 50, "jpg").as_deref(),
            Some("https://example.invalid/a.png/100x50bb.jpg")
        );
        assert_eq!(
            asset.original_url("png").as_deref(),
            Some("https://example.invalid/a.png/512x256bb.png")
        );
        assert_eq!(ImageAsset::default().url(1, 1, "png"), None);
        let negative = ImageAsset {
            width: Some(-1),
            ..asset
        };
        assert_eq!(negative.original_url("png"), None);
    }

    #[test]
    fn delivery_states_round_trip_and_keep_unknown_values() {
        for state in AssetDeliveryState::KNOWN {
            let json = serde_json::to_string(state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.as_str()));
            let back: AssetDeliveryState = serde_json::from_str(&json).unwrap();
            assert_eq!(&back, state);
            assert_eq!(
                state.as_str().parse::<AssetDeliveryState>(),
                Ok(state.clone())
            );
        }
        let names: Vec<_> = AssetDeliveryState::KNOWN
            .iter()
            .map(|s| s.as_str())
            .collect();
        assert_eq!(
            names,
            ["AWAITING_UPLOAD", "UPLOAD_COMPLETE", "COMPLETE", "FAILED"]
        );
        let new: AssetDeliveryState = serde_json::from_str("\"QUARANTINED\"").unwrap();
        assert_eq!(new, AssetDeliveryState::Unknown("QUARANTINED".into()));
        assert!(new.is_unknown());
        assert_eq!(new.as_str(), "QUARANTINED");
        assert_eq!(serde_json::to_string(&new).unwrap(), "\"QUARANTINED\"");
        assert_eq!(AssetDeliveryState::Complete.to_string(), "COMPLETE");
        assert!(serde_json::from_str::<AssetDeliveryState>("3").is_err());
    }

    #[test]
    fn members_may_be_null_or_absent() {
        let state: AppMediaAssetState =
            serde_json::from_str(r#"{"errors":null,"warnings":null,"state":"COMPLETE"}"#).unwrap();
        assert_eq!(state.errors, None);
        assert_eq!(state.state, Some(AssetDeliveryState::Complete));
        let state: AppMediaAssetState = serde_json::from_str(
            r#"{"errors":[{"code":"IMAGE_TOO_SMALL","description":"d"}],"state":null,"x":1}"#,
        )
        .unwrap();
        assert_eq!(state.state, None);
        assert_eq!(
            state.errors.unwrap()[0].code.as_deref(),
            Some("IMAGE_TOO_SMALL")
        );
        let op: UploadOperation = serde_json::from_str(
            r#"{"method":"PUT","url":"u","length":10,"offset":0,
                "requestHeaders":[{"name":"Content-Type","value":"image/png"},{"name":null}]}"#,
        )
        .unwrap();
        let headers = op.request_headers.as_deref().unwrap();
        assert_eq!(headers[0].value.as_deref(), Some("image/png"));
        assert_eq!(headers[1], HttpHeader::default());
        assert_eq!(
            serde_json::to_string(&op).unwrap(),
            r#"{"method":"PUT","url":"u","length":10,"offset":0,"requestHeaders":[{"name":"Content-Type","value":"image/png"},{}]}"#
        );
        assert_eq!(
            serde_json::from_str::<UploadOperation>("{}").unwrap(),
            UploadOperation::default()
        );
    }
}
