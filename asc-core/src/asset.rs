//! Apple's asset model, shared by every uploadable resource (achievement and
//! leaderboard images, screenshots, previews...), and the one-call upload:
//! reserve, upload the parts, commit, wait for processing.

use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::document::null_as_default;
use crate::payload::Payload;
use crate::upload::{Progress, UploadPart};
use crate::{Client, Error, ReadRequest, RelatedRequest, Resource, WriteRequest};

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

/// One part of an upload: send `length` bytes from `offset` of the file to
/// `url` with `method` and `request_headers` (`UploadOperation`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadOperation {
    /// `method`: the HTTP method, such as `PUT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// `url`: where to send the part (pre-signed; it may belong to another host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `length`: the number of bytes in the part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i64>,
    /// `offset`: where the part starts in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `requestHeaders`: the headers to send with the part, exactly these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_headers: Option<Vec<HttpHeader>>,
}

impl UploadOperation {
    /// Converts to the uploader's part, refusing incomplete operations.
    pub fn to_part(&self, index: usize) -> Result<UploadPart, Error> {
        let missing = |what: &str| {
            Error::unexpected(
                None,
                format!("upload operation {index} from App Store Connect has no {what}"),
            )
        };
        let offset = self.offset.ok_or_else(|| missing("offset"))?;
        let length = self.length.ok_or_else(|| missing("length"))?;
        let (Ok(offset), Ok(length)) = (u64::try_from(offset), u64::try_from(length)) else {
            return Err(Error::unexpected(
                None,
                format!(
                    "upload operation {index} from App Store Connect has a negative offset or length"
                ),
            ));
        };
        Ok(UploadPart {
            method: self.method.clone().ok_or_else(|| missing("method"))?,
            url: self.url.clone().ok_or_else(|| missing("url"))?,
            offset,
            length,
            headers: self
                .request_headers
                .iter()
                .flatten()
                .filter_map(|h| Some((h.name.clone()?, h.value.clone().unwrap_or_default())))
                .collect(),
        })
    }
}

crate::open_enum! {
    /// The delivery state of an uploaded asset (`AppMediaAssetState.state`).
    ///
    /// Every value Apple's schema documents is a variant; a value Apple adds
    /// later is kept in [`AssetDeliveryState::Unknown`] instead of failing the
    /// whole decode.
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

/// An error or warning about an uploaded asset (`AppMediaStateError`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppMediaStateError {
    /// `code`: a machine-readable code, such as `IMAGE_INCORRECT_DIMENSIONS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `description`: what went wrong, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Where an uploaded asset is in Apple's processing (`AppMediaAssetState`).
///
/// Every member is optional: Apple sends `null` or leaves members out (as in
/// its own example, `"errors" : null`), and neither fails a decode.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppMediaAssetState {
    /// `errors`: why processing failed.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Option::is_none"
    )]
    pub errors: Option<Vec<AppMediaStateError>>,
    /// `warnings`: problems that did not stop processing.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Option::is_none"
    )]
    pub warnings: Option<Vec<AppMediaStateError>>,
    /// `state`: the delivery state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<AssetDeliveryState>,
}

/// A resource that is uploaded as a file: Apple's asset resources all have
/// `fileName`, `fileSize`, `uploadOperations` and `assetDeliveryState`, and
/// belong to a parent through a to-one relationship.
///
/// `#[derive(AscResource)]` implements it for `#[asc(asset)]`, with the
/// relationship marked `#[asc(relationship, parent)]`; [`AssetUpload`] does
/// the rest for any asset.
pub trait Asset: Resource {
    /// The resource an asset is created for (the achievement localization, say).
    type Parent: Resource;
    /// The name of this resource's relationship to its parent, as sent in the create request.
    const PARENT_RELATIONSHIP: &'static str;
    /// The resource id.
    fn asset_id(&self) -> &str;
    /// `fileName`.
    fn file_name(&self) -> Option<&str>;
    /// `fileSize`.
    fn file_size(&self) -> Option<i64>;
    /// `uploadOperations` (empty when absent).
    fn upload_operations(&self) -> &[UploadOperation];
    /// `assetDeliveryState`.
    fn delivery_state(&self) -> Option<&AppMediaAssetState>;
}

/// The create request of an asset, which reserves its upload: Apple's
/// `...CreateRequest` with `fileSize`, `fileName` and the parent
/// relationship, built from the declaration (type, parent relationship) so
/// that any asset uploads without a payload type of its own.
///
/// [`AssetUpload`] sends it with [`WriteRequest::create`]; its body equals
/// that of the asset's declared create payload with the same values.
pub struct AssetReservation<'a, A> {
    parent_id: &'a str,
    file_name: &'a str,
    file_size: u64,
    _asset: std::marker::PhantomData<fn() -> A>,
}

impl<'a, A: Asset> AssetReservation<'a, A> {
    /// The reservation of `file_size` bytes named `file_name` for the parent `parent_id`.
    pub fn new(parent_id: &'a str, file_name: &'a str, file_size: u64) -> Self {
        AssetReservation {
            parent_id,
            file_name,
            file_size,
            _asset: std::marker::PhantomData,
        }
    }
}

impl<A: Asset> Payload for AssetReservation<'_, A> {
    const TYPE: &'static str = A::TYPE;

    fn serialize_members<S: SerializeStruct>(&self, data: &mut S) -> Result<(), S::Error> {
        struct Attributes<'a>(u64, &'a str);
        impl Serialize for Attributes<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut attributes = serializer.serialize_struct("attributes", 2)?;
                attributes.serialize_field("fileSize", &self.0)?;
                attributes.serialize_field("fileName", self.1)?;
                attributes.end()
            }
        }
        struct Relationships<'a, A>(&'a str, std::marker::PhantomData<fn() -> A>);
        impl<A: Asset> Serialize for Relationships<'_, A> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut relationships = serializer.serialize_struct("relationships", 1)?;
                relationships.serialize_field(
                    A::PARENT_RELATIONSHIP,
                    &crate::Linkage::<A::Parent>::new(self.0),
                )?;
                relationships.end()
            }
        }
        data.serialize_field("attributes", &Attributes(self.file_size, self.file_name))?;
        data.serialize_field(
            "relationships",
            &Relationships::<A>(self.parent_id, std::marker::PhantomData),
        )
    }
}

/// The update request that commits an uploaded asset (`uploaded: true`), as
/// [`AssetUpload`] sends it with [`WriteRequest::update`]; the body of the
/// declared update payload with `uploaded: Some(true)`.
pub struct AssetCommit<A>(std::marker::PhantomData<fn() -> A>);

impl<A> Default for AssetCommit<A> {
    fn default() -> Self {
        AssetCommit(std::marker::PhantomData)
    }
}

impl<A: Asset> Payload for AssetCommit<A> {
    const TYPE: &'static str = A::TYPE;

    fn serialize_members<S: SerializeStruct>(&self, data: &mut S) -> Result<(), S::Error> {
        struct Uploaded;
        impl Serialize for Uploaded {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut attributes = serializer.serialize_struct("attributes", 1)?;
                attributes.serialize_field("uploaded", &true)?;
                attributes.end()
            }
        }
        data.serialize_field("attributes", &Uploaded)
    }
}

/// What was found out about a file before any request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageFile {
    /// File name sent as `fileName`.
    pub name: String,
    /// The bytes.
    pub bytes: Bytes,
    /// `png` or `jpeg`.
    pub format: &'static str,
    /// Pixel width.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
}

impl ImageFile {
    /// Reads and checks an image file: readable, non-empty, a PNG or JPEG by its bytes.
    pub fn read(path: impl AsRef<Path>) -> Result<ImageFile, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path)
            .map_err(|e| Error::file(format!("cannot read {}: {e}", path.display()), Some(e)))?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| !n.is_empty())
            .ok_or_else(|| {
                Error::file(format!("{} has no usable file name", path.display()), None)
            })?;
        ImageFile::from_bytes(name, bytes)
    }

    /// Checks image bytes given with the file name to send.
    pub fn from_bytes(name: &str, bytes: impl Into<Bytes>) -> Result<ImageFile, Error> {
        let bytes = bytes.into();
        if bytes.is_empty() {
            return Err(Error::file(format!("{name} is empty"), None));
        }
        let (format, width, height) = sniff_image(&bytes).ok_or_else(|| {
            Error::file(format!(
                "{name} is not a PNG or JPEG image (its first bytes are {:02x?}); App Store Connect accepts PNG and JPEG",
                &bytes[..bytes.len().min(8)]
            ), None)
        })?;
        if width == 0 || height == 0 {
            return Err(Error::file(
                format!("{name} declares a {width}x{height} image"),
                None,
            ));
        }
        Ok(ImageFile {
            name: name.to_owned(),
            bytes,
            format,
            width,
            height,
        })
    }
}

/// Format and dimensions from a PNG IHDR or a JPEG SOF marker.
pub fn sniff_image(b: &[u8]) -> Option<(&'static str, u32, u32)> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if b.starts_with(PNG) {
        if b.len() < 24 || &b[12..16] != b"IHDR" {
            return None;
        }
        let w = u32::from_be_bytes(b[16..20].try_into().ok()?);
        let h = u32::from_be_bytes(b[20..24].try_into().ok()?);
        return Some(("png", w, h));
    }
    if b.starts_with(&[0xff, 0xd8]) {
        let mut i = 2;
        while i + 4 <= b.len() {
            if b[i] != 0xff {
                return None;
            }
            let marker = b[i + 1];
            if marker == 0xff {
                i += 1;
                continue;
            }
            let len = u16::from_be_bytes([b[i + 2], b[i + 3]]) as usize;
            let is_sof = matches!(marker, 0xc0..=0xcf) && !matches!(marker, 0xc4 | 0xc8 | 0xcc);
            if is_sof {
                let s = b.get(i + 4..i + 9)?;
                let h = u16::from_be_bytes([s[1], s[2]]) as u32;
                let w = u16::from_be_bytes([s[3], s[4]]) as u32;
                return Some(("jpeg", w, h));
            }
            if len < 2 {
                return None;
            }
            i += 2 + len;
        }
    }
    None
}

/// Uploads an image file as a new asset of type `A` for a parent, and waits
/// until Apple has processed it. Built by [`AssetUpload::new`]; run with `.send().await`.
///
/// Every step that can be checked locally is checked first. A reservation or
/// commit whose answer was lost (a broken connection, a timeout, a 5xx) is
/// reconciled by reading back rather than repeated blindly, so one upload makes
/// one reservation and one commit.
#[must_use = "an upload does nothing until it is sent"]
pub struct AssetUpload<A: Asset> {
    client: Client,
    parent_id: String,
    file: Result<ImageFile, Error>,
    allowed_sizes: Vec<(u32, u32)>,
    time_limit: Duration,
    poll_initial: Duration,
    poll_max: Duration,
    concurrency: usize,
    progress: Option<Arc<dyn Fn(Progress) + Send + Sync>>,
    _asset: std::marker::PhantomData<fn() -> A>,
}

impl<A: Asset> fmt::Debug for AssetUpload<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssetUpload")
            .field("type", &A::TYPE)
            .field("parent_id", &self.parent_id)
            .field("time_limit", &self.time_limit)
            .finish_non_exhaustive()
    }
}

impl<A: Asset> AssetUpload<A> {
    /// An upload of the file at `path` for the parent resource `parent_id`.
    pub fn new(client: &Client, parent_id: impl Into<String>, path: impl AsRef<Path>) -> Self {
        Self::from_file(client, parent_id, ImageFile::read(path))
    }

    /// An upload of bytes already in memory, sent as `file_name`.
    pub fn from_bytes(
        client: &Client,
        parent_id: impl Into<String>,
        file_name: &str,
        bytes: impl Into<Bytes>,
    ) -> Self {
        Self::from_file(client, parent_id, ImageFile::from_bytes(file_name, bytes))
    }

    fn from_file(
        client: &Client,
        parent_id: impl Into<String>,
        file: Result<ImageFile, Error>,
    ) -> Self {
        AssetUpload {
            client: client.clone(),
            parent_id: parent_id.into(),
            file,
            allowed_sizes: Vec::new(),
            time_limit: Duration::from_secs(600),
            poll_initial: Duration::from_millis(500),
            poll_max: Duration::from_secs(10),
            concurrency: 4,
            progress: None,
            _asset: std::marker::PhantomData,
        }
    }

    /// Refuses, before any request, images whose size is not one of these.
    pub fn allowed_sizes(mut self, sizes: &[(u32, u32)]) -> Self {
        self.allowed_sizes = sizes.to_vec();
        self
    }

    /// Overall time limit, from the first request to the processed asset (default 10 min).
    pub fn time_limit(mut self, limit: Duration) -> Self {
        self.time_limit = limit;
        self
    }

    /// First and longest wait between two reads of the processing state.
    pub fn poll_interval(mut self, initial: Duration, max: Duration) -> Self {
        self.poll_initial = initial;
        self.poll_max = max.max(initial);
        self
    }

    /// At most this many parts in flight.
    pub fn concurrency(mut self, parts: usize) -> Self {
        self.concurrency = parts.max(1);
        self
    }

    /// Called after each uploaded part with the bytes done of the total.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Runs the whole upload; returns the processed asset (with its `imageAsset`).
    ///
    /// Fails with [`Error::File`] before any request when the file is not
    /// usable, [`Error::AssetFailed`] with Apple's errors when processing
    /// fails, and [`Error::AssetTimeout`] when the time limit runs out.
    pub async fn send(mut self) -> Result<A, Error> {
        // Taken out so that `run` can borrow the settings; `self.file` is not read again.
        let file = std::mem::replace(&mut self.file, Err(Error::file("", None)))?;
        crate::query::check_id(&self.parent_id)?;
        if !self.allowed_sizes.is_empty()
            && !self.allowed_sizes.contains(&(file.width, file.height))
        {
            let sizes: Vec<String> = self
                .allowed_sizes
                .iter()
                .map(|(w, h)| format!("{w}x{h}"))
                .collect();
            return Err(Error::file(
                format!(
                    "{} is {}x{}; App Store Connect expects {}",
                    file.name,
                    file.width,
                    file.height,
                    sizes.join(" or ")
                ),
                None,
            ));
        }
        let mut stage = Stage::Reserving;
        match tokio::time::timeout(self.time_limit, self.run(&file, &mut stage)).await {
            Ok(outcome) => outcome,
            Err(_) => Err(self.timed_out(stage)),
        }
    }

    /// Reserve, upload, commit, poll; `stage` tells a timeout how far it came.
    async fn run(&self, file: &ImageFile, stage: &mut Stage) -> Result<A, Error> {
        let client = &self.client;
        let size = file.bytes.len() as u64;

        let asset = reserve::<A>(client, &self.parent_id, &file.name, size).await?;
        let id = asset.asset_id().to_owned();
        tracing::info!(kind = A::TYPE, id = %id, bytes = size, "reserved the upload");
        *stage = Stage::Uploading(id.clone());

        let parts = asset
            .upload_operations()
            .iter()
            .enumerate()
            .map(|(i, op)| op.to_part(i))
            .collect::<Result<Vec<_>, _>>()?;
        if parts.is_empty() {
            return Err(Error::unexpected(
                None,
                format!(
                    "App Store Connect reserved {} {id} without upload operations",
                    A::TYPE
                ),
            ));
        }
        let mut uploader = client.uploader()?.concurrency(self.concurrency);
        if let Some(p) = self.progress.clone() {
            uploader = uploader.on_progress(move |x| p(x));
        }
        uploader.upload(&parts, file.bytes.clone()).await?;

        *stage = Stage::Committing(id.clone());
        commit::<A>(client, &id).await?;
        tracing::info!(kind = A::TYPE, id = %id, "committed the upload");

        let mut wait = self.poll_initial;
        loop {
            let current = ReadRequest::<A>::new(client, &id).send().await?.data;
            let state = current.delivery_state().cloned().unwrap_or_default();
            match state.state {
                Some(AssetDeliveryState::Complete) => return Ok(current),
                Some(AssetDeliveryState::Failed) => {
                    return Err(Error::AssetFailed {
                        errors: state.errors.unwrap_or_default(),
                    });
                }
                other => *stage = Stage::Processing(id.clone(), other),
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 3 / 2).min(self.poll_max);
        }
    }

    fn timed_out(&self, stage: Stage) -> Error {
        let (kind, limit) = (A::TYPE, self.time_limit);
        let (id, message) = match stage {
            Stage::Reserving => (
                None,
                format!(
                    "the reservation of a {kind} for {} did not complete within {limit:?}; \
                     read the parent's {kind} to see whether it was made",
                    self.parent_id
                ),
            ),
            Stage::Uploading(id) => (
                Some(id.clone()),
                format!(
                    "{kind} {id} was reserved but its upload did not finish within {limit:?}; \
                     delete it and upload again, or raise AssetUpload::time_limit"
                ),
            ),
            Stage::Committing(id) => (
                Some(id.clone()),
                format!(
                    "{kind} {id} was uploaded but its commit was not confirmed within {limit:?}; \
                     read it to see its delivery state"
                ),
            ),
            Stage::Processing(id, state) => (
                Some(id.clone()),
                format!(
                    "{kind} {id} was uploaded and committed, but App Store Connect had not finished \
                     processing it after {limit:?} (state {}); read it again later",
                    state.as_ref().map_or("unknown", |s| s.as_str())
                ),
            ),
        };
        Error::AssetTimeout { id, limit, message }
    }
}

/// How far an upload came, for the message of a timeout.
enum Stage {
    Reserving,
    Uploading(String),
    Committing(String),
    Processing(String, Option<AssetDeliveryState>),
}

/// True when a failed write may have been applied although its answer was lost.
fn answer_may_be_lost(e: &Error) -> bool {
    matches!(
        e.last_attempt(),
        Error::Timeout { .. } | Error::Connection { .. } | Error::Decode { .. }
    ) || matches!(e, Error::Deadline { .. })
        || matches!(e.status(), Some(500 | 502 | 503 | 504))
}

async fn reserve<A: Asset>(
    client: &Client,
    parent_id: &str,
    name: &str,
    size: u64,
) -> Result<A, Error> {
    let reservation = AssetReservation::<A>::new(parent_id, name, size);
    match WriteRequest::<A>::create(client, &reservation).send().await {
        Ok(r) => return Ok(r.data),
        Err(e) if !answer_may_be_lost(&e) => return Err(e),
        Err(e) => tracing::warn!(error = %e, "the reservation's answer was lost; reading back"),
    }
    if let Some(existing) = read_back_reservation::<A>(client, parent_id, name, size).await? {
        return Ok(existing);
    }
    // Nothing was applied: one more reservation is safe.
    Ok(WriteRequest::<A>::create(client, &reservation)
        .send()
        .await?
        .data)
}

/// The parent's asset, if it is the reservation we made (same name and size, not yet committed).
async fn read_back_reservation<A: Asset>(
    client: &Client,
    parent_id: &str,
    name: &str,
    size: u64,
) -> Result<Option<A>, Error> {
    let rel = <A::Parent as Resource>::RELATIONSHIPS
        .iter()
        .find(|r| r.target_type == A::TYPE && !r.to_many)
        .ok_or_else(|| {
            Error::InvalidRequest(format!(
                "{} declares no to-one relationship to {}; cannot read back the reservation",
                <A::Parent as Resource>::TYPE,
                A::TYPE
            ))
        })?;
    let read = RelatedRequest::<A>::new(client, <A::Parent as Resource>::PATH, parent_id, rel.name);
    // An empty relationship is `{"data": null}` (Apple) or, from some
    // servers, a 404: either way nothing was reserved.
    let found = match read.send().await {
        Ok(r) => r.data,
        Err(e) if e.status() == Some(404) => None,
        Err(e) => return Err(e),
    };
    Ok(found.filter(|a| {
        let same = a.file_name() == Some(name) && a.file_size() == i64::try_from(size).ok();
        let awaiting = matches!(
            a.delivery_state().and_then(|s| s.state.as_ref()),
            Some(AssetDeliveryState::AwaitingUpload)
        );
        same && awaiting
    }))
}

async fn commit<A: Asset>(client: &Client, id: &str) -> Result<(), Error> {
    let commit = AssetCommit::<A>::default();
    match WriteRequest::<A>::update(client, id, &commit).send().await {
        Ok(_) => return Ok(()),
        Err(e) if !answer_may_be_lost(&e) => return Err(e),
        Err(e) => tracing::warn!(error = %e, "the commit's answer was lost; reading back"),
    }
    let current = ReadRequest::<A>::new(client, id).send().await?.data;
    let awaiting = matches!(
        current.delivery_state().and_then(|s| s.state.as_ref()),
        Some(AssetDeliveryState::AwaitingUpload) | None
    );
    if awaiting {
        WriteRequest::<A>::update(client, id, &commit)
            .send()
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_png_and_jpeg_dimensions() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&512u32.to_be_bytes());
        png.extend_from_slice(&256u32.to_be_bytes());
        assert_eq!(sniff_image(&png), Some(("png", 512, 256)));
        let jpeg = [
            0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02,
            0x00, 0x04, 0x00,
        ];
        assert_eq!(sniff_image(&jpeg), Some(("jpeg", 1024, 512)));
        assert_eq!(sniff_image(b"GIF89a"), None);
        assert_eq!(sniff_image(&png[..20]), None);
        let e = ImageFile::from_bytes("notes.txt", &b"hello"[..]).unwrap_err();
        assert!(e.to_string().contains("not a PNG or JPEG"), "{e}");
    }

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
            assert_eq!(AssetDeliveryState::from(state.as_str()), *state);
            assert!(!state.is_unknown());
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
        assert_eq!(
            format!("[{:>10}]", AssetDeliveryState::Failed),
            "[    FAILED]"
        );
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

    #[test]
    fn upload_operations_become_parts_with_exactly_apples_headers() {
        let op: UploadOperation = serde_json::from_str(
            r#"{"method":"PUT","url":"https://u.example/p","length":10,"offset":5,
                "requestHeaders":[{"name":"Content-Type","value":"image/png"},{"name":null,"value":"x"}]}"#,
        )
        .unwrap();
        let part = op.to_part(0).unwrap();
        assert_eq!((part.offset, part.length), (5, 10));
        assert_eq!(
            part.headers,
            [("Content-Type".to_owned(), "image/png".to_owned())]
        );
        let e = UploadOperation::default().to_part(3).unwrap_err();
        assert!(e.to_string().contains("upload operation 3"), "{e}");
    }
}
