//! The asset data model: a reserved upload, its parts and its state. The HTTP
//! side (the upload route, processing, the image route) is in `upload.rs`.
//!
//! Any declared type with `fileName` and `fileSize` attributes is an asset; the
//! protocol (Apple's "Uploading assets to App Store Connect") is the same for all.

use std::collections::BTreeMap;

use bytes::Bytes;
use serde_json::{Value, json};

/// Attributes only App Store Connect sets on an asset.
pub(crate) const MANAGED: &[&str] = &["uploadOperations", "assetDeliveryState", "imageAsset"];
/// Attributes a client sends to commit an asset but that are never read back.
pub(crate) const WRITE_ONLY: &[&str] = &["uploaded", "sourceFileChecksum"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AssetState {
    AwaitingUpload,
    UploadComplete,
    Complete,
    Failed,
}

impl AssetState {
    pub fn as_str(self) -> &'static str {
        match self {
            AssetState::AwaitingUpload => "AWAITING_UPLOAD",
            AssetState::UploadComplete => "UPLOAD_COMPLETE",
            AssetState::Complete => "COMPLETE",
            AssetState::Failed => "FAILED",
        }
    }
}

/// One part of a reserved upload.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    pub offset: u64,
    pub length: u64,
}

/// Upload state of one asset resource.
#[derive(Debug)]
pub(crate) struct Asset {
    pub token: String,
    pub file_name: String,
    pub content_type: String,
    pub ops: Vec<Part>,
    pub received: BTreeMap<usize, Bytes>,
    pub state: AssetState,
    /// The whole file once processed, served at the image template URL.
    pub file: Option<Bytes>,
}

impl Asset {
    /// Reserves an upload of `file_size` bytes in parts of `part_size`.
    pub fn reserve(file_name: &str, file_size: u64, part_size: u64) -> Asset {
        let part_size = part_size.max(1);
        let mut ops = Vec::new();
        let mut offset = 0;
        while offset < file_size {
            let length = part_size.min(file_size - offset);
            ops.push(Part { offset, length });
            offset += length;
        }
        Asset {
            token: crate::ids::token(),
            file_name: file_name.to_owned(),
            content_type: content_type_for(file_name).to_owned(),
            ops,
            received: BTreeMap::new(),
            state: AssetState::AwaitingUpload,
            file: None,
        }
    }

    /// Apple's `uploadOperations` for this reservation.
    pub fn operations(&self, base: &str) -> Value {
        Value::Array(
            self.ops
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    json!({
                        "method": "PUT",
                        "url": format!("{base}/upload/{}/{i}", self.token),
                        "length": p.length,
                        "offset": p.offset,
                        "requestHeaders": [{"name": "Content-Type", "value": self.content_type}],
                    })
                })
                .collect(),
        )
    }
}

fn content_type_for(file_name: &str) -> &'static str {
    let lower = file_name.to_ascii_lowercase();
    if lower.ends_with(".png") {
        "image/png"
    } else if lower.ends_with(".jpg") || lower.ends_with(".jpeg") {
        "image/jpeg"
    } else {
        "application/octet-stream"
    }
}

/// `assetDeliveryState` as Apple shows it.
pub(crate) fn delivery_state(state: AssetState, errors: Option<Value>) -> Value {
    json!({"errors": errors, "warnings": null, "state": state.as_str()})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reservations_cover_the_file_in_parts() {
        let a = Asset::reserve("x.PNG", 150, 64);
        let lens: Vec<(u64, u64)> = a.ops.iter().map(|p| (p.offset, p.length)).collect();
        assert_eq!(lens, vec![(0, 64), (64, 64), (128, 22)]);
        assert_eq!(a.content_type, "image/png");
        let ops = a.operations("http://h");
        assert_eq!(ops[2]["url"], format!("http://h/upload/{}/2", a.token));
        assert_eq!(ops[0]["requestHeaders"][0]["value"], "image/png");
        assert_eq!(Asset::reserve("a.jpeg", 1, 64).content_type, "image/jpeg");
        assert_eq!(Asset::reserve("a.bin", 1, 0).ops.len(), 1);
    }
}
