//! Shared by the fault matrix (`faults.rs`) and the soak (`soak.rs`): the
//! emulator they run against, a fast client, PNG bytes, and the name of each
//! kind of outcome.
#![allow(dead_code)]

use std::time::Duration;

use asc_core::{Client, Error, RetryPolicy};
use asc_emulator::{Emulator, EmulatorBuilder};

/// The seeded localization without an image.
pub const FREE_LOCALIZATION: &str = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
/// Apple's example image, seeded (linked to the other seeded localization).
pub const SEED_IMAGE: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";
/// The JSON:API type of achievement images, as `applied_writes` names it.
pub const IMAGES: &str = "gameCenterAchievementImages";
/// Small parts, so that every upload has several.
pub const PART_SIZE: u64 = 1024;

/// An emulator with every declared resource and the default seeds, quick
/// processing and small upload parts; `configure` adds to it.
pub async fn emulator_with(configure: impl FnOnce(EmulatorBuilder) -> EmulatorBuilder) -> Emulator {
    let builder = Emulator::builder()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .processing_delay(Duration::from_millis(20))
        .upload_part_size(PART_SIZE);
    configure(builder)
        .start()
        .await
        .expect("the emulator starts")
}

/// Retries that cost milliseconds, so that a matrix of hundreds of cells and a
/// soak of thousands of requests run in seconds.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_retries: 3,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
        max_retry_after: Duration::from_secs(2),
    }
}

/// A client of `emulator` with [`fast_retries`] and this per-attempt timeout.
pub fn client(emulator: &Emulator, timeout: Duration) -> Client {
    emulator
        .client_builder()
        .retry(fast_retries())
        .timeout(timeout)
        .build()
        .expect("the client builds")
}

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

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A valid grey `width` x `height` PNG, its pixels in stored (uncompressed)
/// deflate blocks, so its size follows from its dimensions (24 x 24 makes
/// two parts of [`PART_SIZE`]).
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for _ in 0..height {
        raw.push(0); // filter: none
        raw.extend(std::iter::repeat_n(0x80, width as usize * 3));
    }
    let (mut a, mut b) = (1_u32, 0_u32);
    for &x in &raw {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
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
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
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

/// The kind of an error, for tables and tallies: the variant of the last
/// attempt's error (after retries, the operation's error wraps it), with the
/// status for answers (`Api 503`, `Http 502`).
pub fn kind(e: &Error) -> String {
    match e.last_attempt() {
        Error::Api { status, .. } => format!("Api {status}"),
        Error::Http { status, .. } => format!("Http {status}"),
        Error::Decode { .. } => "Decode".into(),
        Error::Timeout { .. } => "Timeout".into(),
        Error::Connection { .. } => "Connection".into(),
        Error::AssetFailed { .. } => "AssetFailed".into(),
        Error::AssetTimeout { .. } => "AssetTimeout".into(),
        Error::Credentials(_) => "Credentials".into(),
        Error::Environment(_) => "Environment".into(),
        Error::Config(_) => "Config".into(),
        Error::InvalidRequest(_) => "InvalidRequest".into(),
        Error::File { .. } => "File".into(),
        Error::UnexpectedResponse { .. } => "UnexpectedResponse".into(),
        Error::Deadline { .. } => "Deadline".into(),
        other => format!("unknown variant: {other:?}"),
    }
}

/// Resident memory of this process, from `/proc/self/status`, in KiB.
pub fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
