//! The attribute types of media resources in Apple's schema: `ImageAsset`,
//! `UploadOperation`, `HttpHeader`, `AppMediaAssetState`, `AppMediaStateError`
//! and `AssetDeliveryState`.
//!
//! They are Apple's generic asset model, shared by every asset resource, so
//! they are defined once in asc-core, where the upload workflow
//! uses them, and re-exported here.

pub use asc_core::{
    AppMediaAssetState, AppMediaStateError, AssetDeliveryState, HttpHeader, ImageAsset,
    UploadOperation,
};
