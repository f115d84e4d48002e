//! The fault matrix (issue 7, part 2): every fault the emulator can inject,
//! against every operation, each in its own emulator.
//!
//! Operations: a read, a typed create, a typed update (the commit `PATCH`), a
//! typed delete, an upload of parts through `Uploader`, and the same three
//! writes and the part upload inside one `AssetUpload::send` (`asset:*`),
//! where lost answers are reconciled by reading back. Faults: 429 with and
//! without `Retry-After`, Apple's 500, 502, 503 and 504, an HTML 502 page, a
//! connection reset before the answer, a connection closed in the middle of
//! the body, a body cut short, a stall past the client's timeout, a token that
//! has expired by the server's clock, and a 401 `NOT_AUTHORIZED`. Each fault
//! hits once or on every attempt, and, where a server can fail after it has
//! applied a write (5xx, HTML, reset, stall), also after handling.
//!
//! Every cell must end in success or in the typed error its table row names,
//! within its time bound, with no write applied twice and the expected
//! number of tokens signed. The matrix is printed as a Markdown table
//! (`cargo test -p asc-tests --test faults -- --nocapture`), which
//! RELIABILITY.md reproduces.

mod faults_support;

use std::fmt::Write as _;
use std::ops::RangeInclusive;
use std::sync::Arc;
use std::time::{Duration, Instant};

use asc_core::{AssetUpload, Error, Linkage, UploadPart, Uploader};
use asc_emulator::{Emulator, Fault, FaultRoute, Injection};
use asc_resources::{
    AssetDeliveryState, GameCenterAchievementImageV2, GameCenterAchievementImageV2Create,
    GameCenterAchievementImageV2Update,
};
use faults_support::{FREE_LOCALIZATION, IMAGES, PART_SIZE, SEED_IMAGE, png};
use tokio::sync::Semaphore;

/// The client's per-attempt timeout: short, so that stalls cost little, and
/// far above a request's few milliseconds on a loaded machine.
const TIMEOUT: Duration = Duration::from_millis(400);
/// How long a stalled request waits before the server handles it: three
/// timeouts.
const STALL: Duration = Duration::from_millis(1200);
/// `Retry-After` of the 429 that has one, in seconds.
const RETRY_AFTER_SECS: u64 = 1;
/// "Always" means on every attempt: more than any operation makes.
const ALWAYS: u32 = 20;
/// The emulator's clock is moved this far ahead, past the 15 minutes a token lives.
const CLOCK_AHEAD_SECS: i64 = 20 * 60;
/// What any cell may take on top of its faults: setup-free requests, polls,
/// the emulator's processing, and a loaded 2-core machine.
const SLACK: Duration = Duration::from_secs(3);
/// Cells run at once, each with its own emulator.
const PARALLEL: usize = 6;

// ------------------------------------------------------------------ the table

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Read,
    Create,
    Update,
    Delete,
    Upload,
    AssetCreate,
    AssetUpdate,
    AssetUpload,
}

impl Op {
    const ALL: [Op; 8] = [
        Op::Read,
        Op::Create,
        Op::Update,
        Op::Delete,
        Op::Upload,
        Op::AssetCreate,
        Op::AssetUpdate,
        Op::AssetUpload,
    ];

    fn label(self) -> &'static str {
        match self {
            Op::Read => "read",
            Op::Create => "create",
            Op::Update => "update",
            Op::Delete => "delete",
            Op::Upload => "upload",
            Op::AssetCreate => "asset:create",
            Op::AssetUpdate => "asset:update",
            Op::AssetUpload => "asset:upload",
        }
    }

    /// The requests the fault is injected into.
    fn route(self) -> FaultRoute {
        match self {
            Op::Read => FaultRoute::get("/v2/gameCenterAchievementImages/*"),
            Op::Create | Op::AssetCreate => FaultRoute::post("/v2/gameCenterAchievementImages"),
            Op::Update | Op::AssetUpdate => FaultRoute::patch("/v2/gameCenterAchievementImages/*"),
            Op::Delete => FaultRoute::delete("/v2/gameCenterAchievementImages/*"),
            Op::Upload | Op::AssetUpload => FaultRoute::uploads(),
        }
    }

    /// Sent to a pre-signed upload URL, which takes no token.
    fn to_upload_url(self) -> bool {
        matches!(self, Op::Upload | Op::AssetUpload)
    }

    /// The method of the write this operation makes, if it makes one.
    fn own_write(self) -> Option<&'static str> {
        match self {
            Op::Create | Op::AssetCreate => Some("POST"),
            Op::Update | Op::AssetUpdate => Some("PATCH"),
            Op::Delete => Some("DELETE"),
            Op::Read | Op::Upload | Op::AssetUpload => None,
        }
    }

    /// Faulted attempts that can follow one another: a read's four attempts
    /// and one more after a refused token; a typed write's one (and one after
    /// a refused token); a reservation or commit, its read-back and its second
    /// write (each of which may get a fresh token); a part's four attempts
    /// (the parts go in parallel).
    fn sequential_attempts(self) -> u32 {
        match self {
            Op::Read => 5,
            Op::Create | Op::Update | Op::Delete => 2,
            Op::AssetCreate | Op::AssetUpdate => 4,
            Op::Upload | Op::AssetUpload => 4,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FaultCase {
    TooMany,
    TooManyRetryAfter,
    Status(u16),
    Html,
    Reset,
    CloseMidBody,
    Truncated,
    Stall,
    Expired,
    Unauthorized,
}

impl FaultCase {
    const ALL: [FaultCase; 13] = [
        FaultCase::TooMany,
        FaultCase::TooManyRetryAfter,
        FaultCase::Status(500),
        FaultCase::Status(502),
        FaultCase::Status(503),
        FaultCase::Status(504),
        FaultCase::Html,
        FaultCase::Reset,
        FaultCase::CloseMidBody,
        FaultCase::Truncated,
        FaultCase::Stall,
        FaultCase::Expired,
        FaultCase::Unauthorized,
    ];

    fn label(self) -> String {
        match self {
            FaultCase::TooMany => "429".into(),
            FaultCase::TooManyRetryAfter => format!("429, Retry-After: {RETRY_AFTER_SECS}"),
            FaultCase::Status(s) => format!("{s} (Apple JSON)"),
            FaultCase::Html => "502 HTML page".into(),
            FaultCase::Reset => "reset before the answer".into(),
            FaultCase::CloseMidBody => "closed mid-body".into(),
            FaultCase::Truncated => "body cut short".into(),
            FaultCase::Stall => format!("stall {} ms", STALL.as_millis()),
            FaultCase::Expired => "token expired (clock +20 min)".into(),
            FaultCase::Unauthorized => "401 NOT_AUTHORIZED".into(),
        }
    }

    /// The emulator's fault; the expired token is a clock shift instead.
    fn fault(self) -> Option<Fault> {
        Some(match self {
            FaultCase::TooMany => Fault::apple_error(429, "RATE_LIMIT_EXCEEDED"),
            FaultCase::TooManyRetryAfter => Fault::retry_after(429, RETRY_AFTER_SECS),
            FaultCase::Status(503) => Fault::apple_error(503, "SERVICE_UNAVAILABLE"),
            FaultCase::Status(s) => Fault::apple_error(s, "UNEXPECTED_ERROR"),
            FaultCase::Html => Fault::html(502),
            FaultCase::Reset => Fault::ResetBeforeResponse,
            FaultCase::CloseMidBody => Fault::CloseMidBody,
            FaultCase::Truncated => Fault::TruncatedJson,
            FaultCase::Stall => Fault::Delay(STALL),
            FaultCase::Unauthorized => Fault::apple_error(401, "NOT_AUTHORIZED"),
            FaultCase::Expired => return None,
        })
    }

    /// Faults a server or a proxy in front of it can give after a write was
    /// applied. A 429 or a 401 comes before anything is applied; a cut or
    /// truncated body always follows the real handling.
    fn can_follow_handling(self) -> bool {
        matches!(
            self,
            FaultCase::Status(_) | FaultCase::Html | FaultCase::Reset | FaultCase::Stall
        )
    }

    /// The error a client that does not get past this fault returns.
    fn failure(self) -> &'static str {
        match self {
            FaultCase::TooMany | FaultCase::TooManyRetryAfter => "Api 429",
            FaultCase::Status(500) => "Api 500",
            FaultCase::Status(502) => "Api 502",
            FaultCase::Status(503) => "Api 503",
            FaultCase::Status(504) => "Api 504",
            FaultCase::Status(_) => "Api ?",
            FaultCase::Html => "Http 502",
            FaultCase::Reset | FaultCase::CloseMidBody => "Connection",
            FaultCase::Truncated => "Decode",
            FaultCase::Stall => "Timeout",
            FaultCase::Expired | FaultCase::Unauthorized => "Api 401",
        }
    }

    /// Time one faulted attempt may cost: the timeout for a stall, the
    /// server's `Retry-After`, else a backoff.
    fn attempt_cost(self) -> Duration {
        let backoff = faults_support::fast_retries().max_backoff;
        match self {
            FaultCase::Stall => TIMEOUT + backoff,
            FaultCase::TooManyRetryAfter => Duration::from_secs(RETRY_AFTER_SECS) + backoff,
            _ => backoff,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Once,
    Always,
    OnceAfterHandling,
    AlwaysAfterHandling,
    /// The emulator's clock moved ahead (only for [`FaultCase::Expired`]).
    Clock,
}

impl Mode {
    fn label(self) -> &'static str {
        match self {
            Mode::Once => "once",
            Mode::Always => "every attempt",
            Mode::OnceAfterHandling => "once, after handling",
            Mode::AlwaysAfterHandling => "every attempt, after handling",
            Mode::Clock => "until the client corrects its clock",
        }
    }

    fn always(self) -> bool {
        matches!(self, Mode::Always | Mode::AlwaysAfterHandling)
    }

    fn after_handling(self) -> bool {
        matches!(self, Mode::OnceAfterHandling | Mode::AlwaysAfterHandling)
    }
}

#[derive(Clone, Copy, Debug)]
struct Cell {
    op: Op,
    fault: FaultCase,
    mode: Mode,
}

/// Every fault in every mode that means something for it, against every
/// operation. Faulting a read after handling is the same as before, so reads
/// have no after-handling cells.
fn cells() -> Vec<Cell> {
    let mut out = Vec::new();
    for fault in FaultCase::ALL {
        for mode in modes(fault) {
            for op in Op::ALL {
                if mode.after_handling() && op == Op::Read {
                    continue;
                }
                out.push(Cell { op, fault, mode });
            }
        }
    }
    out
}

fn modes(fault: FaultCase) -> Vec<Mode> {
    if fault == FaultCase::Expired {
        return vec![Mode::Clock];
    }
    let mut modes = vec![Mode::Once, Mode::Always];
    if fault.can_follow_handling() {
        modes.extend([Mode::OnceAfterHandling, Mode::AlwaysAfterHandling]);
    }
    modes
}

/// What a cell must end in: `None` for success, or the error kind.
///
/// This is the client's contract, written down rule by rule; the matrix
/// checks the implementation against it.
fn expected(c: Cell) -> Option<&'static str> {
    use FaultCase::*;
    let fail = Some(c.fault.failure());
    let unless_always = if c.mode.always() { fail } else { None };
    match (c.op, c.fault) {
        // The client corrects its clock from the server's `Date` and signs anew.
        (_, Expired) => None,
        // A pre-signed upload URL takes no token, so there is none to refresh.
        (Op::Upload | Op::AssetUpload, Unauthorized) => fail,
        // One fresh token and one more attempt; a second 401 is final.
        (_, Unauthorized) => unless_always,
        // A part's answer and a delete's 204 have no body to cut.
        (Op::Upload | Op::AssetUpload | Op::Delete, Truncated) => None,
        // Reads and parts are idempotent: retried until the fault goes or the
        // retries run out (a read's body cut short included).
        (Op::Read | Op::Upload | Op::AssetUpload, _) => unless_always,
        // A 429 is refused before anything is applied: every method retries it.
        (_, TooMany | TooManyRetryAfter) => unless_always,
        // A typed write is sent once; what happened is the caller's to reconcile.
        (Op::Create | Op::Update | Op::Delete, _) => fail,
        // AssetUpload: a lost answer of an applied write is found by reading back,
        (Op::AssetCreate | Op::AssetUpdate, CloseMidBody | Truncated) => None,
        (Op::AssetCreate | Op::AssetUpdate, _) if c.mode.after_handling() => None,
        // and a write that was not applied is sent once more.
        (Op::AssetCreate | Op::AssetUpdate, _) => unless_always,
    }
}

/// How often the operation's own write may have been applied, given whether
/// the operation succeeded.
fn own_write_applied(c: Cell, ok: bool) -> RangeInclusive<usize> {
    if ok {
        1..=1
    } else if c.mode.after_handling()
        || matches!(c.fault, FaultCase::CloseMidBody | FaultCase::Truncated)
    {
        // The fault replaced the answer of a write that was made.
        1..=1
    } else if c.fault == FaultCase::Stall {
        // The server handles a stalled request after the client gave up on it
        // (unless it noticed the closed connection first); a second attempt,
        // if any, is then refused as a conflict.
        0..=1
    } else {
        0..=0
    }
}

/// Tokens the client signs: one, and one more after each refusal.
fn expected_signatures(c: Cell) -> u64 {
    match c.fault {
        // The direct upload makes no API request after the clock moves.
        FaultCase::Expired if c.op != Op::Upload => 2,
        FaultCase::Unauthorized if !c.op.to_upload_url() => 2,
        _ => 1,
    }
}

/// The longest a cell may take: its faulted attempts one after another, and
/// the slack.
fn time_bound(c: Cell) -> Duration {
    SLACK + c.fault.attempt_cost() * c.op.sequential_attempts()
}

// ------------------------------------------------------------------ running a cell

struct Report {
    cell: Cell,
    /// `None` for success, or the error kind.
    got: Option<String>,
    elapsed: Duration,
    faults: u64,
    problems: Vec<String>,
}

fn short(kind: Option<&str>) -> String {
    match kind {
        None => "ok".into(),
        Some(k) => match k.split_once(' ') {
            Some(("Api", status)) => status.into(),
            Some(("Http", status)) => format!("HTML {status}"),
            _ => k.to_lowercase(),
        },
    }
}

/// The error's message names what happened.
fn message_problem(op: Op, e: &Error, kind: &str) -> Option<String> {
    let text = e.to_string();
    let needle = match kind.split_once(' ') {
        Some((_, status)) => format!("HTTP {status}"),
        None => match kind {
            "Timeout" => "timed out".into(),
            "Connection" => "connection".into(),
            "Decode" => "could not decode".into(),
            _ => return Some(format!("unexpected error kind {kind}: {text}")),
        },
    };
    if !text.to_lowercase().contains(&needle.to_lowercase()) {
        return Some(format!("the message does not say {needle:?}: {text}"));
    }
    if kind == "Api 401" && !op.to_upload_url() && !text.contains("refused twice") {
        return Some(format!(
            "a final 401 should say the token was refused twice: {text}"
        ));
    }
    None
}

/// An asset upload of `bytes` with short poll intervals.
fn asset_upload(
    client: &asc_core::Client,
    bytes: &[u8],
) -> AssetUpload<GameCenterAchievementImageV2> {
    AssetUpload::from_bytes(client, FREE_LOCALIZATION, "fault.png", bytes.to_vec())
        .poll_interval(Duration::from_millis(10), Duration::from_millis(50))
        .time_limit(Duration::from_secs(30))
}

fn parts_of(image: &GameCenterAchievementImageV2) -> Vec<UploadPart> {
    use asc_core::Asset as _;
    image
        .upload_operations()
        .iter()
        .enumerate()
        .map(|(i, op)| {
            op.to_part(i)
                .expect("the emulator's operations are complete")
        })
        .collect()
}

fn uploader() -> Uploader {
    Uploader::new(TIMEOUT)
        .expect("the uploader builds")
        .retry(faults_support::fast_retries())
        .concurrency(2)
}

async fn reserve(client: &asc_core::Client, bytes: &[u8]) -> GameCenterAchievementImageV2 {
    GameCenterAchievementImageV2::create(
        client,
        &GameCenterAchievementImageV2Create {
            file_size: bytes.len() as i64,
            file_name: "fault.png".into(),
            localization: Linkage::new(FREE_LOCALIZATION),
        },
    )
    .send()
    .await
    .expect("the reservation of the setup")
    .data
}

fn complete(state: Option<&asc_core::AppMediaAssetState>) -> bool {
    state.and_then(|s| s.state.as_ref()) == Some(&AssetDeliveryState::Complete)
}

async fn run_cell(c: Cell) -> Report {
    let emulator = faults_support::emulator_with(|b| b).await;
    let client = faults_support::client(&emulator, TIMEOUT);
    let bytes = png(24, 24);
    let mut problems = Vec::new();

    // Setup, without faults: what the operation needs to exist first.
    let reserved = match c.op {
        Op::Update | Op::Upload => Some(reserve(&client, &bytes).await),
        _ => None,
    };
    if c.op == Op::Update
        && let Some(image) = &reserved
    {
        uploader()
            .upload(&parts_of(image), bytes.clone().into())
            .await
            .expect("the parts of the setup");
    }

    match c.fault.fault() {
        Some(fault) => {
            let times = if c.mode.always() { ALWAYS } else { 1 };
            let injection = Injection::new(c.op.route(), fault).times(times);
            emulator.inject_with(if c.mode.after_handling() {
                injection.after_handling()
            } else {
                injection
            });
        }
        None => emulator.set_clock_offset(CLOCK_AHEAD_SECS),
    }

    let started = Instant::now();
    let result = operate(c.op, &client, &bytes, reserved.as_ref()).await;
    let elapsed = started.elapsed();

    if c.fault == FaultCase::Stall && !c.mode.after_handling() {
        // Let the server handle the stalled requests before counting writes.
        tokio::time::sleep(STALL + Duration::from_millis(400)).await;
    }

    let got = result.as_ref().err().map(faults_support::kind);
    let want = expected(c);
    if got.as_deref() != want {
        problems.push(format!(
            "expected {}, got {}",
            want.unwrap_or("success"),
            match &result {
                Ok(_) => "success".to_owned(),
                Err(e) => format!("{}: {e}", faults_support::kind(e)),
            }
        ));
    } else if let (Err(e), Some(kind)) = (&result, want) {
        problems.extend(message_problem(c.op, e, kind));
    }

    let bound = time_bound(c);
    if elapsed > bound {
        problems.push(format!("took {elapsed:?}, more than its bound {bound:?}"));
    }

    let faults = emulator.faults_injected();
    let expected_faults = if c.mode == Mode::Clock {
        0..=0
    } else if c.mode.always() {
        1..=u64::from(ALWAYS)
    } else {
        1..=1
    };
    if !expected_faults.contains(&faults) {
        problems.push(format!(
            "{faults} faults injected, expected {expected_faults:?}: does the route match?"
        ));
    }

    problems.extend(check_writes(&emulator, c, &result));
    if let Ok(id) = &result {
        problems.extend(check_success(&emulator, c.op, id, &bytes));
    }

    let signatures = client.signatures();
    if signatures != expected_signatures(c) {
        problems.push(format!(
            "{signatures} tokens signed, expected {}",
            expected_signatures(c)
        ));
    }
    if c.fault == FaultCase::Expired && c.op != Op::Upload {
        let why = emulator.last_auth_rejection().unwrap_or_default();
        if !why.contains("expired") {
            problems.push(format!(
                "the refused token was not refused as expired: {why:?}"
            ));
        }
    }

    emulator.shutdown().await;
    Report {
        cell: c,
        got,
        elapsed,
        faults,
        problems,
    }
}

/// Runs the operation; the id of the image it read or wrote.
async fn operate(
    op: Op,
    client: &asc_core::Client,
    bytes: &[u8],
    reserved: Option<&GameCenterAchievementImageV2>,
) -> Result<String, Error> {
    match op {
        Op::Read => Ok(GameCenterAchievementImageV2::read(client, SEED_IMAGE)
            .send()
            .await?
            .data
            .id),
        Op::Create => Ok(reserve_typed(client, bytes).await?),
        Op::Update => {
            let id = &reserved.expect("reserved in the setup").id;
            let update = GameCenterAchievementImageV2Update {
                uploaded: Some(true),
            };
            let answer = GameCenterAchievementImageV2::update(client, id, &update)
                .send()
                .await?;
            Ok(answer.data.id)
        }
        Op::Delete => {
            GameCenterAchievementImageV2::delete(client, SEED_IMAGE)
                .send()
                .await?;
            Ok(SEED_IMAGE.to_owned())
        }
        Op::Upload => {
            let image = reserved.expect("reserved in the setup");
            uploader()
                .upload(&parts_of(image), bytes.to_vec().into())
                .await?;
            Ok(image.id.clone())
        }
        Op::AssetCreate | Op::AssetUpdate | Op::AssetUpload => {
            let image = asset_upload(client, bytes).send().await?;
            if !complete(image.asset_delivery_state.as_ref()) {
                return Err(Error::InvalidRequest(format!(
                    "the upload returned an asset that is not COMPLETE: {:?}",
                    image.asset_delivery_state
                )));
            }
            Ok(image.id)
        }
    }
}

async fn reserve_typed(client: &asc_core::Client, bytes: &[u8]) -> Result<String, Error> {
    let created = GameCenterAchievementImageV2::create(
        client,
        &GameCenterAchievementImageV2Create {
            file_size: bytes.len() as i64,
            file_name: "fault.png".into(),
            localization: Linkage::new(FREE_LOCALIZATION),
        },
    )
    .send()
    .await?;
    Ok(created.data.id)
}

/// No write applied twice, and each applied as often as the outcome allows.
fn check_writes(emulator: &Emulator, c: Cell, result: &Result<String, Error>) -> Vec<String> {
    let writes = emulator.applied_writes();
    let mut problems = Vec::new();
    for (i, w) in writes.iter().enumerate() {
        if writes[..i].contains(w) {
            problems.push(format!(
                "{} {} {} applied twice",
                w.method, w.type_name, w.id
            ));
        }
    }
    let ok = result.is_ok();
    let count = |method: &str| {
        writes
            .iter()
            .filter(|w| w.method == method && w.type_name == IMAGES)
            .count()
    };
    let own = own_write_applied(c, ok);
    let setup_reserved = matches!(c.op, Op::Update | Op::Upload);
    let asset = matches!(c.op, Op::AssetCreate | Op::AssetUpdate | Op::AssetUpload);
    let expected = [
        (
            "POST",
            if c.op.own_write() == Some("POST") {
                own.clone()
            } else if setup_reserved || matches!(c.op, Op::AssetUpdate | Op::AssetUpload) {
                1..=1
            } else {
                0..=0
            },
        ),
        (
            "PATCH",
            if c.op.own_write() == Some("PATCH") {
                own.clone()
            } else if asset && ok {
                1..=1
            } else {
                0..=0
            },
        ),
        (
            "DELETE",
            if c.op.own_write() == Some("DELETE") {
                own
            } else {
                0..=0
            },
        ),
    ];
    for (method, range) in expected {
        let n = count(method);
        if !range.contains(&n) {
            problems.push(format!("{n} {method} applied, expected {range:?}"));
        }
    }
    if let Ok(id) = result
        && let Some(method) = c.op.own_write()
        && method != "DELETE"
        && !writes
            .iter()
            .any(|w| w.method == method && w.id == *id && w.type_name == IMAGES)
    {
        problems.push(format!(
            "the {method} applied is not for {id}, the id returned"
        ));
    }
    problems
}

/// The success is real: the server holds what the caller was told.
fn check_success(emulator: &Emulator, op: Op, id: &str, bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let stored = emulator.get_resource(IMAGES, id);
    let state = stored
        .as_ref()
        .map(|s| s["attributes"]["assetDeliveryState"]["state"].clone());
    match op {
        Op::Read | Op::Create => {
            if stored.is_none() {
                problems.push(format!("{id} is not stored"));
            }
        }
        Op::Delete => {
            if stored.is_some() {
                problems.push(format!("{id} is still stored after its delete succeeded"));
            }
        }
        Op::Update => {
            let s = state.unwrap_or_default();
            if s != "UPLOAD_COMPLETE" && s != "COMPLETE" {
                problems.push(format!("{id} is {s} after its commit succeeded"));
            }
        }
        Op::Upload | Op::AssetCreate | Op::AssetUpdate | Op::AssetUpload => {
            if emulator.uploaded_bytes(IMAGES, id).as_deref() != Some(bytes) {
                problems.push(format!(
                    "the server does not hold the uploaded bytes of {id}"
                ));
            }
            if op != Op::Upload && state.unwrap_or_default() != "COMPLETE" {
                problems.push(format!("{id} is not COMPLETE on the server"));
            }
        }
    }
    problems
}

// ------------------------------------------------------------------ the matrix

#[test]
fn the_test_image_has_two_parts() {
    let bytes = png(24, 24);
    assert_eq!(
        asc_core::__private::sniff_image(&bytes),
        Some(("png", 24, 24))
    );
    assert_eq!((bytes.len() as u64).div_ceil(PART_SIZE), 2);
}

#[test]
fn every_fault_has_a_cell_against_every_operation() {
    let cells = cells();
    for op in Op::ALL {
        for fault in FaultCase::ALL {
            let modes: Vec<Mode> = cells
                .iter()
                .filter(|c| c.op == op && c.fault == fault)
                .map(|c| c.mode)
                .collect();
            assert!(!modes.is_empty(), "{} x {}", op.label(), fault.label());
        }
    }
    // 12 faults once and on every attempt, and the clock, against the 8
    // operations; 7 of the faults (four 5xx, HTML, reset, stall) also after
    // handling, against the 7 operations that write or upload.
    assert_eq!(cells.len(), 8 * (12 * 2 + 1) + 7 * 7 * 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_matrix() {
    let started = Instant::now();
    let cells = cells();
    let gate = Arc::new(Semaphore::new(PARALLEL));
    let handles: Vec<_> = cells
        .iter()
        .map(|&c| {
            let gate = gate.clone();
            tokio::spawn(async move {
                let _permit = gate.acquire_owned().await.expect("the gate stays open");
                run_cell(c).await
            })
        })
        .collect();
    let mut reports = Vec::with_capacity(cells.len());
    for (handle, &cell) in handles.into_iter().zip(&cells) {
        reports.push(handle.await.unwrap_or_else(|panic| Report {
            cell,
            got: Some("panic".into()),
            elapsed: Duration::ZERO,
            faults: 0,
            problems: vec![format!("the cell panicked: {panic}")],
        }));
    }
    let wall = started.elapsed();

    println!("{}", render(&reports, wall));

    let failures: Vec<String> = reports
        .iter()
        .flat_map(|r| {
            r.problems.iter().map(move |p| {
                format!(
                    "{} x {} ({}): {p}",
                    r.cell.op.label(),
                    r.cell.fault.label(),
                    r.cell.mode.label()
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The matrix as a Markdown table, one row per fault and mode, and the totals.
fn render(reports: &[Report], wall: Duration) -> String {
    let mut out = String::new();
    let _ = write!(out, "| fault | mode |");
    for op in Op::ALL {
        let _ = write!(out, " {} |", op.label());
    }
    let _ = writeln!(out, " slowest / bound |");
    let _ = write!(out, "|---|---|");
    for _ in Op::ALL {
        let _ = write!(out, "---|");
    }
    let _ = writeln!(out, "---|");
    for fault in FaultCase::ALL {
        for mode in modes(fault) {
            let row: Vec<&Report> = reports
                .iter()
                .filter(|r| r.cell.fault == fault && r.cell.mode == mode)
                .collect();
            let _ = write!(out, "| {} | {} |", fault.label(), mode.label());
            for op in Op::ALL {
                match row.iter().find(|r| r.cell.op == op) {
                    Some(r) => {
                        let mark = if r.problems.is_empty() { "" } else { " **!**" };
                        let _ = write!(out, " {}{mark} |", short(r.got.as_deref()));
                    }
                    None => {
                        let _ = write!(out, " – |");
                    }
                }
            }
            let slowest = row.iter().max_by_key(|r| r.elapsed);
            if let Some(r) = slowest {
                let _ = writeln!(
                    out,
                    " {:.2} / {:.1} s |",
                    r.elapsed.as_secs_f64(),
                    time_bound(r.cell).as_secs_f64()
                );
            }
        }
    }
    let successes = reports
        .iter()
        .filter(|r| r.got.is_none() && r.problems.is_empty())
        .count();
    let typed = reports
        .iter()
        .filter(|r| r.got.is_some() && r.problems.is_empty())
        .count();
    let wrong = reports.iter().filter(|r| !r.problems.is_empty()).count();
    let faults: u64 = reports.iter().map(|r| r.faults).sum();
    let slowest = reports
        .iter()
        .map(|r| r.elapsed.as_secs_f64() / time_bound(r.cell).as_secs_f64())
        .fold(0.0, f64::max);
    let _ = writeln!(
        out,
        "\n{} cells: {successes} successes, {typed} typed errors as expected, {wrong} wrong; \
         {faults} faults injected; slowest cell at {:.0}% of its bound; {:.1} s in all",
        reports.len(),
        slowest * 100.0,
        wall.as_secs_f64()
    );
    out
}
