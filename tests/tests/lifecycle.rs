//! The whole life of an achievement image through the emulator, v1 and v2:
//! reserve, upload the parts, commit, wait for processing, read, delete.
//! Also what goes wrong on the way: a failed part, a file that is not an
//! image, an image Apple's processing refuses, answers lost after Apple
//! applied the write, and the time limit. The request bodies are checked
//! against Apple's schemas.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use asc_core::{
    AppMediaStateError, Asset, AssetUpload, Client, Error, Linkage, Progress, RetryPolicy, Uploader,
};
use asc_emulator::{Emulator, Fault, FaultRoute, Injection};
use asc_resources::{
    AssetDeliveryState, GameCenterAchievementImage, GameCenterAchievementImageCreate,
    GameCenterAchievementImageUpdate, GameCenterAchievementImageV2,
    GameCenterAchievementImageV2Create, GameCenterAchievementImageV2Update,
    GameCenterAchievementLocalization, GameCenterAchievementLocalizationV2,
};
use serde_json::{Map, Value, json};

/// The seeded localization without an image.
const FREE_LOCALIZATION: &str = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
/// The seeded localization that holds Apple's example image.
const TAKEN_LOCALIZATION: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";
const IMAGES: &str = "gameCenterAchievementImages";
/// Small parts, so that every upload here has several.
const PART_SIZE: u64 = 4096;

// ------------------------------------------------------------------ PNG

/// CRC-32 (ISO-HDLC), as PNG chunks carry it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffff_u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Adler-32, the checksum that ends a zlib stream.
fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1_u32, 0_u32);
    for &x in bytes {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A valid RGB PNG with a gradient, its pixels in stored (uncompressed)
/// deflate blocks.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for y in 0..height {
        raw.push(0); // filter: none
        for x in 0..width {
            raw.extend_from_slice(&[(x * 255 / width) as u8, (y * 255 / height) as u8, 0x80]);
        }
    }
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(i + 1 == blocks.len()));
        let len = u16::try_from(block.len()).unwrap();
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    zlib.extend_from_slice(&adler32(&raw).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, no interlace
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &zlib);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[test]
fn the_png_encoder_is_sound() {
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(adler32(b"Wikipedia"), 0x11e6_0398);
    let p = png(3, 2);
    assert_eq!(asc_core::__private::sniff_image(&p), Some(("png", 3, 2)));
    // IEND with its CRC closes the file.
    assert_eq!(&p[p.len() - 12..], b"\0\0\0\0IEND\xae\x42\x60\x82");
}

// ------------------------------------------------------------------ setup

/// A file in a directory of this test run, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "asc-lifecycle-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

async fn emulator_with(
    configure: impl FnOnce(asc_emulator::EmulatorBuilder) -> asc_emulator::EmulatorBuilder,
) -> Emulator {
    let mut builder = Emulator::builder()
        .processing_delay(Duration::from_millis(50))
        .upload_part_size(PART_SIZE);
    for meta in asc_resources::declared() {
        builder = builder.resource_meta(meta);
    }
    for document in asc_resources::seeds() {
        builder = builder.seed(document);
    }
    configure(builder).start().await.unwrap()
}

async fn emulator() -> Emulator {
    emulator_with(|b| b).await
}

/// A client that retries quickly, so that a retried part costs milliseconds.
fn client(emulator: &Emulator) -> Client {
    emulator
        .client_builder()
        .retry(RetryPolicy {
            max_retries: 3,
            initial_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(40),
            max_retry_after: Duration::from_secs(1),
        })
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// Short poll intervals and a time limit that only a hang reaches.
fn fast<A: Asset>(upload: AssetUpload<A>) -> AssetUpload<A> {
    upload
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .time_limit(Duration::from_secs(20))
}

fn writes(emulator: &Emulator, method: &str) -> Vec<String> {
    emulator
        .applied_writes()
        .into_iter()
        .filter(|w| w.method == method && w.type_name == IMAGES)
        .map(|w| w.id)
        .collect()
}

/// Every request to the upload route came without `Authorization`.
fn assert_no_authorization(emulator: &Emulator) {
    let log = emulator.upload_log();
    assert!(!log.is_empty(), "no part was uploaded");
    for request in &log {
        assert!(
            !request.authorization,
            "an Authorization header reached the upload URL {}",
            request.path
        );
        assert_eq!(request.method, "PUT", "{}", request.path);
    }
}

fn progress_recorder() -> (
    Arc<Mutex<Vec<Progress>>>,
    impl Fn(Progress) + Send + Sync + 'static,
) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    (seen, move |p| sink.lock().unwrap().push(p))
}

fn assert_progress_reaches(seen: &Mutex<Vec<Progress>>, total: u64) {
    let seen = seen.lock().unwrap();
    let parts = total.div_ceil(PART_SIZE) as usize;
    assert_eq!(seen.len(), parts, "one report per part: {seen:?}");
    assert!(seen.iter().all(|p| p.total == total), "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0].done < w[1].done), "{seen:?}");
    assert_eq!(seen.last().map(|p| p.done), Some(total));
}

// ------------------------------------------------------------------ lives

#[tokio::test]
async fn an_image_lives_and_dies_through_v1() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let bytes = png(64, 48);
    let file = TempFile::new("coffee.png", &bytes);
    let (progress, report) = progress_recorder();

    let image = fast(GameCenterAchievementImage::upload(
        &client,
        FREE_LOCALIZATION,
        &file.0,
    ))
    .on_progress(report)
    .send()
    .await
    .unwrap();

    assert_progress_reaches(&progress, bytes.len() as u64);
    assert_eq!(image.file_name.as_deref(), Some("coffee.png"));
    assert_eq!(image.file_size, Some(bytes.len() as i64));
    let state = image.asset_delivery_state.clone().unwrap();
    assert_eq!(state.state, Some(AssetDeliveryState::Complete));
    let asset = image.image_asset.clone().unwrap();
    assert_eq!((asset.width, asset.height), (Some(64), Some(48)));
    assert!(asset.original_url("png").is_some());
    assert_eq!(
        emulator.uploaded_bytes(IMAGES, &image.id).as_deref(),
        Some(&bytes[..])
    );
    assert_no_authorization(&emulator);
    assert!(emulator.upload_log().iter().all(|r| r.status == 200));

    // Read back, by id and from the localization.
    let read = GameCenterAchievementImage::read(&client, &image.id)
        .send()
        .await
        .unwrap()
        .data;
    assert_eq!(read.image_asset, image.image_asset);
    assert_eq!(
        read.game_center_achievement_localization.id(),
        Some(FREE_LOCALIZATION)
    );
    let related = GameCenterAchievementLocalization::read_game_center_achievement_image(
        &client,
        FREE_LOCALIZATION,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(related.data.as_ref().map(|r| &r.id), Some(&image.id));

    GameCenterAchievementImage::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterAchievementImage::read(&client, &image.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
    assert_eq!(gone.api_errors()[0].code, "NOT_FOUND");
    // The localization no longer has an image: Apple's empty to-one, 200 `{"data": null}`.
    let unlinked = GameCenterAchievementLocalization::read_game_center_achievement_image(
        &client,
        FREE_LOCALIZATION,
    )
    .send()
    .await
    .unwrap();
    assert_eq!((unlinked.status, unlinked.data), (200, None));

    assert_eq!(writes(&emulator, "POST"), [image.id.as_str()]);
    assert_eq!(writes(&emulator, "PATCH"), [image.id.as_str()]);
    assert_eq!(writes(&emulator, "DELETE"), [image.id]);
}

#[tokio::test]
async fn an_image_lives_and_dies_through_v2() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let bytes = png(40, 30);
    let file = TempFile::new("tea.png", &bytes);
    let (progress, report) = progress_recorder();

    let image = fast(GameCenterAchievementImageV2::upload(
        &client,
        FREE_LOCALIZATION,
        &file.0,
    ))
    .on_progress(report)
    .concurrency(2)
    .send()
    .await
    .unwrap();

    assert_progress_reaches(&progress, bytes.len() as u64);
    assert_eq!(image.localization.id(), Some(FREE_LOCALIZATION));
    assert_eq!(
        image
            .asset_delivery_state
            .as_ref()
            .and_then(|s| s.state.clone()),
        Some(AssetDeliveryState::Complete)
    );
    let asset = image.image_asset.clone().unwrap();
    assert_eq!((asset.width, asset.height), (Some(40), Some(30)));
    assert_no_authorization(&emulator);

    let related = GameCenterAchievementLocalizationV2::read_image(&client, FREE_LOCALIZATION)
        .send()
        .await
        .unwrap();
    assert_eq!(related.data.as_ref().map(|r| &r.id), Some(&image.id));
    assert_eq!(related.data.unwrap().image_asset, image.image_asset);

    GameCenterAchievementImageV2::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
    let gone = GameCenterAchievementImageV2::read(&client, &image.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(404), "{gone}");
    let again = GameCenterAchievementImageV2::delete(&client, &image.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(again.status(), Some(404));
    assert_eq!(writes(&emulator, "POST").len(), 1);
    assert_eq!(writes(&emulator, "PATCH").len(), 1);
}

/// The same life, one typed request at a time: what the one call does.
#[tokio::test]
async fn typed_requests_step_by_step() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let bytes = png(48, 48);

    let reserved = GameCenterAchievementImageV2::create(
        &client,
        &GameCenterAchievementImageV2Create {
            file_size: bytes.len() as i64,
            file_name: "step.png".into(),
            localization: Linkage::new(FREE_LOCALIZATION),
        },
    )
    .send()
    .await
    .unwrap();
    assert_eq!(reserved.status, 201);
    let image = reserved.data;
    assert_eq!(
        image
            .asset_delivery_state
            .as_ref()
            .and_then(|s| s.state.clone()),
        Some(AssetDeliveryState::AwaitingUpload)
    );
    let parts: Vec<_> = image
        .upload_operations()
        .iter()
        .enumerate()
        .map(|(i, op)| op.to_part(i).unwrap())
        .collect();
    assert!(parts.len() > 1, "{parts:?}");
    Uploader::new(Duration::from_secs(5))
        .unwrap()
        .upload(&parts, bytes.clone().into())
        .await
        .unwrap();

    let committed = GameCenterAchievementImageV2::update(
        &client,
        &image.id,
        &GameCenterAchievementImageV2Update {
            uploaded: Some(true),
        },
    )
    .send()
    .await
    .unwrap()
    .data;
    assert_eq!(
        committed.asset_delivery_state.and_then(|s| s.state),
        Some(AssetDeliveryState::UploadComplete)
    );
    let mut state = None;
    for _ in 0..100 {
        let current = GameCenterAchievementImageV2::read(&client, &image.id)
            .send()
            .await
            .unwrap()
            .data;
        state = current.asset_delivery_state.and_then(|s| s.state);
        if state == Some(AssetDeliveryState::Complete) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(state, Some(AssetDeliveryState::Complete));
    // A second commit is refused: Apple's state machine, not ours.
    let twice = GameCenterAchievementImageV2::update(
        &client,
        &image.id,
        &GameCenterAchievementImageV2Update {
            uploaded: Some(true),
        },
    )
    .send()
    .await
    .unwrap_err();
    assert_eq!(twice.status(), Some(409), "{twice}");
    GameCenterAchievementImageV2::delete(&client, &image.id)
        .send()
        .await
        .unwrap();
    assert_no_authorization(&emulator);
}

// ------------------------------------------------------------------ failures

#[tokio::test]
async fn a_failed_part_is_retried() {
    let emulator = emulator().await;
    let client = client(&emulator);
    emulator.inject(
        FaultRoute::uploads(),
        Fault::apple_error(503, "SERVICE_UNAVAILABLE"),
    );
    let bytes = png(64, 64);
    let image = fast(AssetUpload::<GameCenterAchievementImage>::from_bytes(
        &client,
        FREE_LOCALIZATION,
        "retry.png",
        bytes.clone(),
    ))
    .concurrency(1)
    .send()
    .await
    .unwrap();

    assert_eq!(emulator.faults_injected(), 1);
    let log = emulator.upload_log();
    let failed: Vec<_> = log.iter().filter(|r| r.status == 503).collect();
    assert_eq!(failed.len(), 1, "{log:?}");
    let retried = log
        .iter()
        .filter(|r| r.path == failed[0].path && r.status == 200)
        .count();
    assert_eq!(retried, 1, "the failed part is sent again, once: {log:?}");
    let parts = bytes.len().div_ceil(PART_SIZE as usize);
    assert_eq!(log.len(), parts + 1);
    assert_eq!(
        emulator.uploaded_bytes(IMAGES, &image.id).as_deref(),
        Some(&bytes[..])
    );
    assert_no_authorization(&emulator);
}

#[tokio::test]
async fn a_file_that_is_not_an_image_is_refused_before_any_request() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let notes = TempFile::new("notes.png", b"these are notes, not pixels\n");
    let err = GameCenterAchievementImage::upload(&client, FREE_LOCALIZATION, &notes.0)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::File { .. }), "{err:?}");
    assert!(err.to_string().contains("not a PNG or JPEG"), "{err}");

    let missing = notes.0.with_file_name("missing.png");
    let err = GameCenterAchievementImageV2::upload(&client, FREE_LOCALIZATION, &missing)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::File { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot read"), "{err}");

    let empty = TempFile::new("empty.png", b"");
    let err = GameCenterAchievementImage::upload(&client, FREE_LOCALIZATION, &empty.0)
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("is empty"), "{err}");

    let wrong_size = TempFile::new("wrong.png", &png(30, 20));
    let err = fast(GameCenterAchievementImage::upload(
        &client,
        FREE_LOCALIZATION,
        &wrong_size.0,
    ))
    .allowed_sizes(&[(512, 512)])
    .send()
    .await
    .unwrap_err();
    assert!(err.to_string().contains("30x20"), "{err}");
    assert!(err.to_string().contains("512x512"), "{err}");

    assert!(emulator.applied_writes().is_empty());
    assert!(emulator.upload_log().is_empty());
    assert_eq!(client.signatures(), 0, "not even a token was made");
}

/// Apple's `assetDeliveryState.errors` as the emulator stored them.
fn stored_errors(emulator: &Emulator, id: &str) -> Vec<AppMediaStateError> {
    let stored = emulator.get_resource(IMAGES, id).unwrap();
    let state = &stored["attributes"]["assetDeliveryState"];
    assert_eq!(state["state"], "FAILED");
    serde_json::from_value(state["errors"].clone()).unwrap()
}

#[tokio::test]
async fn processing_failures_surface_apples_errors_verbatim() {
    let emulator = emulator_with(|b| b.image_sizes(IMAGES, &[(512, 512), (1024, 1024)])).await;
    let client = client(&emulator);

    // Passes the local checks (a PNG signature and header) but is cut short.
    let mut damaged = png(512, 512);
    damaged.truncate(damaged.len() - 12);
    let err = fast(AssetUpload::<GameCenterAchievementImage>::from_bytes(
        &client,
        FREE_LOCALIZATION,
        "cut.png",
        damaged,
    ))
    .send()
    .await
    .unwrap_err();
    let id = writes(&emulator, "POST").pop().unwrap();
    let Error::AssetFailed { errors } = &err else {
        panic!("expected AssetFailed, got {err:?}");
    };
    assert_eq!(*errors, stored_errors(&emulator, &id));
    assert_eq!(errors[0].code.as_deref(), Some("INVALID_IMAGE"));
    assert!(err.to_string().contains("INVALID_IMAGE"), "{err}");

    // A whole image of a size Apple does not take for this type (v2 this time).
    GameCenterAchievementImage::delete(&client, &id)
        .send()
        .await
        .unwrap();
    let err = fast(AssetUpload::<GameCenterAchievementImageV2>::from_bytes(
        &client,
        FREE_LOCALIZATION,
        "small.png",
        png(64, 64),
    ))
    .send()
    .await
    .unwrap_err();
    let id = writes(&emulator, "POST").pop().unwrap();
    let Error::AssetFailed { errors } = &err else {
        panic!("expected AssetFailed, got {err:?}");
    };
    assert_eq!(*errors, stored_errors(&emulator, &id));
    assert_eq!(
        errors[0].code.as_deref(),
        Some("IMAGE_INCORRECT_DIMENSIONS")
    );
    assert!(
        errors[0].description.as_deref().unwrap().contains("64x64"),
        "{errors:?}"
    );
}

#[tokio::test]
async fn a_localization_with_an_image_refuses_a_second_one() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let err = fast(AssetUpload::<GameCenterAchievementImage>::from_bytes(
        &client,
        TAKEN_LOCALIZATION,
        "second.png",
        png(8, 8),
    ))
    .send()
    .await
    .unwrap_err();
    assert_eq!(err.status(), Some(409), "{err}");
    assert!(emulator.applied_writes().is_empty());
}

#[tokio::test]
async fn the_time_limit_bounds_the_whole_upload() {
    let emulator = emulator_with(|b| b.processing_delay(Duration::from_secs(30))).await;
    let client = client(&emulator);
    let started = std::time::Instant::now();
    let err = AssetUpload::<GameCenterAchievementImageV2>::from_bytes(
        &client,
        FREE_LOCALIZATION,
        "slow.png",
        png(16, 16),
    )
    .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
    .time_limit(Duration::from_millis(1500))
    .send()
    .await
    .unwrap_err();
    // Well before the 30 s that processing would take.
    assert!(started.elapsed() < Duration::from_secs(10));
    let Error::AssetTimeout { id, limit, .. } = &err else {
        panic!("expected AssetTimeout, got {err:?}");
    };
    assert_eq!(*limit, Duration::from_millis(1500));
    assert_eq!(
        id.as_deref(),
        writes(&emulator, "PATCH").first().map(String::as_str)
    );
    assert!(err.to_string().contains("UPLOAD_COMPLETE"), "{err}");
}

// ------------------------------------------------------------------ reconciliation

/// Uploads a 32x32 PNG named `name` for the free localization through the
/// declaration of `collection` (`/v1/...` or `/v2/gameCenterAchievementImages`);
/// the new image's id.
async fn upload_to_free(client: &Client, collection: &str, name: &str) -> Result<String, Error> {
    if collection.starts_with("/v1") {
        fast(AssetUpload::<GameCenterAchievementImage>::from_bytes(
            client,
            FREE_LOCALIZATION,
            name,
            png(32, 32),
        ))
        .send()
        .await
        .map(|i| i.id)
    } else {
        fast(AssetUpload::<GameCenterAchievementImageV2>::from_bytes(
            client,
            FREE_LOCALIZATION,
            name,
            png(32, 32),
        ))
        .send()
        .await
        .map(|i| i.id)
    }
}

/// A reservation whose answer is lost (a 503 or a cut connection after Apple
/// applied it) is found by reading back: one reservation, and success.
#[tokio::test]
async fn a_lost_reservation_answer_is_reconciled() {
    for (path, fault) in [
        (
            "/v1/gameCenterAchievementImages",
            Fault::apple_error(503, "UNEXPECTED_ERROR"),
        ),
        ("/v2/gameCenterAchievementImages", Fault::CloseMidBody),
    ] {
        let emulator = emulator().await;
        let client = client(&emulator);
        emulator
            .inject_with(Injection::new(FaultRoute::post(path), fault.clone()).after_handling());
        let id = upload_to_free(&client, path, "lost.png")
            .await
            .unwrap_or_else(|e| panic!("{path} {fault:?}: {e}"));
        assert_eq!(emulator.faults_injected(), 1, "{fault:?}");
        assert_eq!(writes(&emulator, "POST"), [id.as_str()], "{fault:?}");
        assert_eq!(writes(&emulator, "PATCH"), [id], "{fault:?}");
    }
}

/// A reservation refused with a 503 before Apple applied it: the upload reads
/// the parent's image back, gets Apple's empty to-one answer (200
/// `{"data": null}`), reserves again, once, and succeeds. v1 and v2.
#[tokio::test]
async fn a_reservation_that_was_not_applied_is_made_again() {
    for (collection, related) in [
        (
            "/v1/gameCenterAchievementImages",
            format!(
                "/v1/gameCenterAchievementLocalizations/{FREE_LOCALIZATION}/gameCenterAchievementImage"
            ),
        ),
        (
            "/v2/gameCenterAchievementImages",
            format!("/v2/gameCenterAchievementLocalizations/{FREE_LOCALIZATION}/image"),
        ),
    ] {
        let emulator = emulator().await;
        let client = client(&emulator);
        // The answer the read back gets: Apple's empty to-one.
        let empty = client
            .execute(asc_emulator::Method::GET, &related, None)
            .await
            .unwrap();
        let doc: Value = serde_json::from_slice(&empty.body).unwrap();
        assert_eq!((empty.status, &doc["data"]), (200, &Value::Null), "{doc}");
        let before = emulator.requests().len();
        emulator.inject(
            FaultRoute::post(collection),
            Fault::apple_error(503, "UNEXPECTED_ERROR"),
        );
        let id = upload_to_free(&client, collection, "again.png")
            .await
            .unwrap_or_else(|e| panic!("{collection}: {e}"));
        assert_eq!(emulator.faults_injected(), 1);
        assert_eq!(writes(&emulator, "POST"), [id.as_str()], "{collection}");
        // What the client did: POST (503), the read back (200, data null), POST (201).
        let seen: Vec<(String, String, u16)> = emulator
            .requests()
            .into_iter()
            .skip(before)
            .filter(|r| r.method == "POST" || r.path == related)
            .map(|r| (r.method, r.path, r.status))
            .collect();
        assert_eq!(
            seen,
            [
                ("POST".to_owned(), collection.to_owned(), 503),
                ("GET".to_owned(), related.clone(), 200),
                ("POST".to_owned(), collection.to_owned(), 201),
            ],
            "{collection}"
        );
    }
}

/// A commit whose answer is lost after Apple applied it is not sent again (a
/// second commit is a 409); one refused before is.
#[tokio::test]
async fn a_lost_commit_answer_is_reconciled() {
    for after_handling in [true, false] {
        let emulator = emulator().await;
        let client = client(&emulator);
        let injection = Injection::new(
            FaultRoute::patch("/v2/gameCenterAchievementImages/*"),
            Fault::apple_error(504, "UNEXPECTED_ERROR"),
        );
        emulator.inject_with(if after_handling {
            injection.after_handling()
        } else {
            injection
        });
        let image = fast(AssetUpload::<GameCenterAchievementImageV2>::from_bytes(
            &client,
            FREE_LOCALIZATION,
            "commit.png",
            png(32, 32),
        ))
        .send()
        .await
        .unwrap_or_else(|e| panic!("after_handling = {after_handling}: {e}"));
        assert_eq!(emulator.faults_injected(), 1);
        assert_eq!(writes(&emulator, "PATCH"), [image.id.as_str()]);
        assert_eq!(
            image.asset_delivery_state.and_then(|s| s.state),
            Some(AssetDeliveryState::Complete)
        );
    }
}

// ------------------------------------------------------------------ bodies

/// Apple's schemas from tests/schema-facts.json, as JSON Schema, strict:
/// a member Apple's schema does not list is an error.
struct Schemas(Value);

impl Schemas {
    fn load() -> Schemas {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema-facts.json"))
                .expect(
                    "tests/schema-facts.json (written by `cargo run -p asc-gen -- --schema-facts`)",
                );
        Schemas(serde_json::from_str(&text).unwrap())
    }

    /// The request schema Apple names for `route`, such as `POST /v1/gameCenterAchievementImages`.
    fn request_schema(&self, route: &str) -> &str {
        self.0["routes"][route]["request"]
            .as_str()
            .unwrap_or_else(|| panic!("no request schema for {route}"))
    }

    fn errors(&self, route: &str, body: &Value) -> Vec<String> {
        let name = self.request_schema(route);
        let definitions: Map<String, Value> = self.0["schemas"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), strict(v)))
            .collect();
        let schema = json!({"definitions": definitions, "$ref": format!("#/definitions/{name}")});
        let validator = jsonschema::draft202012::new(&schema).unwrap();
        validator
            .iter_errors(body)
            .map(|e| format!("{route} ({name}) at {}: {e}", e.instance_path()))
            .collect()
    }
}

/// OpenAPI 3.0 to JSON Schema: `$ref`s into `definitions`, `nullable`, and
/// no members beyond the listed ones.
fn strict(node: &Value) -> Value {
    match node {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, v) in m {
                match k.as_str() {
                    "$ref" => {
                        let name = v
                            .as_str()
                            .unwrap()
                            .trim_start_matches("#/components/schemas/");
                        out.insert(k.clone(), json!(format!("#/definitions/{name}")));
                    }
                    "nullable" => {}
                    _ => {
                        out.insert(k.clone(), strict(v));
                    }
                }
            }
            if m.get("nullable") == Some(&json!(true))
                && let Some(t) = out.get("type").cloned()
            {
                out.insert("type".into(), json!([t, "null"]));
            }
            if m.contains_key("properties") && !m.contains_key("additionalProperties") {
                out.insert("additionalProperties".into(), json!(false));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(strict).collect()),
        other => other.clone(),
    }
}

fn body(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

#[tokio::test]
async fn bodies_are_exactly_apples_and_valid() {
    let emulator = emulator().await;
    let client = emulator.client();
    let schemas = Schemas::load();
    let mut failures = Vec::new();

    let v1_create = GameCenterAchievementImage::create(
        &client,
        &GameCenterAchievementImageCreate {
            file_size: 357_407,
            file_name: "coffee1.png".into(),
            game_center_achievement_localization: Linkage::new(FREE_LOCALIZATION),
        },
    );
    let expected = json!({"data": {
        "type": "gameCenterAchievementImages",
        "attributes": {"fileSize": 357_407, "fileName": "coffee1.png"},
        "relationships": {"gameCenterAchievementLocalization": {"data": {
            "type": "gameCenterAchievementLocalizations", "id": FREE_LOCALIZATION
        }}}
    }});
    let sent = body(v1_create.body().unwrap());
    assert_eq!(sent, expected);
    assert_eq!(
        sent,
        reservation_body::<GameCenterAchievementImage>(FREE_LOCALIZATION, "coffee1.png", 357_407)
    );
    failures.extend(schemas.errors("POST /v1/gameCenterAchievementImages", &sent));

    let v2_create = GameCenterAchievementImageV2::create(
        &client,
        &GameCenterAchievementImageV2Create {
            file_size: 357_407,
            file_name: "coffee1.png".into(),
            localization: Linkage::new(FREE_LOCALIZATION),
        },
    );
    let sent = body(v2_create.body().unwrap());
    assert_eq!(
        sent,
        json!({"data": {
            "type": "gameCenterAchievementImages",
            "attributes": {"fileSize": 357_407, "fileName": "coffee1.png"},
            "relationships": {"localization": {"data": {
                "type": "gameCenterAchievementLocalizations", "id": FREE_LOCALIZATION
            }}}
        }})
    );
    assert_eq!(
        sent,
        reservation_body::<GameCenterAchievementImageV2>(FREE_LOCALIZATION, "coffee1.png", 357_407)
    );
    failures.extend(schemas.errors("POST /v2/gameCenterAchievementImages", &sent));

    let id = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";
    let commit = json!({"data": {
        "type": "gameCenterAchievementImages", "id": id, "attributes": {"uploaded": true}
    }});
    let v1_update = GameCenterAchievementImage::update(
        &client,
        id,
        &GameCenterAchievementImageUpdate {
            uploaded: Some(true),
        },
    );
    let sent = body(v1_update.body().unwrap());
    assert_eq!(sent, commit);
    assert_eq!(sent, commit_body::<GameCenterAchievementImage>(id));
    failures.extend(schemas.errors("PATCH /v1/gameCenterAchievementImages/{id}", &sent));
    let v2_update = GameCenterAchievementImageV2::update(
        &client,
        id,
        &GameCenterAchievementImageV2Update {
            uploaded: Some(true),
        },
    );
    let sent = body(v2_update.body().unwrap());
    assert_eq!(sent, commit);
    assert_eq!(sent, commit_body::<GameCenterAchievementImageV2>(id));
    failures.extend(schemas.errors("PATCH /v2/gameCenterAchievementImages/{id}", &sent));
    let empty = GameCenterAchievementImageV2::update(
        &client,
        id,
        &GameCenterAchievementImageV2Update::default(),
    );
    failures.extend(schemas.errors(
        "PATCH /v2/gameCenterAchievementImages/{id}",
        &body(empty.body().unwrap()),
    ));

    // The validator does catch a body Apple would refuse.
    let wrong = json!({"data": {"type": "gameCenterAchievementImages",
        "attributes": {"fileName": "a.png"}, "relationships": {}}});
    assert!(
        !schemas
            .errors("POST /v1/gameCenterAchievementImages", &wrong)
            .is_empty()
    );
    assert!(failures.is_empty(), "{failures:#?}");

    // And the emulator takes them: the v1 create reserves, the commit of an
    // upload that has not been sent is refused as Apple refuses it.
    let created = v1_create.send().await.unwrap().data;
    assert!(!created.upload_operations().is_empty());
    assert_eq!(writes(&emulator, "POST"), [created.id]);
}

/// Apple's create request of an asset, as the upload sends it.
fn reservation_body<A: asc_core::Asset>(parent: &str, name: &str, size: u64) -> serde_json::Value {
    serde_json::to_value(asc_core::WriteDocument::create(
        &asc_core::AssetReservation::<A>::new(parent, name, size),
    ))
    .unwrap()
}

/// Apple's update request that commits an uploaded asset, as the upload sends it.
fn commit_body<A: asc_core::Asset>(id: &str) -> serde_json::Value {
    serde_json::to_value(asc_core::WriteDocument::update(
        id,
        &asc_core::AssetCommit::<A>::default(),
    ))
    .unwrap()
}
