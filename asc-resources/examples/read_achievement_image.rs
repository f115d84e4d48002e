//! Reads a Game Center achievement image and prints it, lists an
//! achievement's localizations with their images, or shows a leaderboard
//! with its versions, localizations and images.
//!
//! ```text
//! cargo run --example read_achievement_image -- [read] [ID] [--json]
//! cargo run --example read_achievement_image -- list [ACHIEVEMENT_ID] [--limit N] [--json]
//! cargo run --example read_achievement_image -- leaderboard [LEADERBOARD_ID]
//! cargo run --example read_achievement_image -- upload LOCALIZATION_ID FILE
//! cargo run --example read_achievement_image -- delete ID
//! ```
//!
//! Against the emulator, `0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f` is a
//! localization without an image, ready for `upload`, and `list` without an
//! id lists the seeded achievement's two localizations
//! (`asc_resources::SEEDED_ACHIEVEMENT`). Run without arguments against the
//! emulator, it reads Apple's example image and then shows the seeded game's
//! leaderboard (`asc_resources::SEEDED_LEADERBOARD`), as `leaderboard` does:
//! the leaderboard (`/v2`) with its versions, then each version's
//! localizations with their images, in one request per version.
//!
//! `list` follows the pages (`--limit` is the page size, 1 to 200) and reads
//! each localization's image; a progress line on stderr says how many
//! localizations are listed and which page it is on (in place on a
//! terminal, one line per page otherwise). `--json` prints one JSON object
//! per localization and line.
//!
//! With `ASC_KEY_ID` (and the other `ASC_*` or fastlane variables, see
//! `Credentials::from_env`) set, it talks to App Store Connect, or to
//! `ASC_BASE_URL` when that is set too. Without them it starts the built-in
//! emulator, seeded with Apple's documented example, and says so on stderr.

// The image, localization and achievement routes read here are the `/v1` ones
// of Apple's documented example page, which Apple deprecates in favour of the
// `/v2` twins (`GameCenterAchievementImageV2`, ..., same JSON); the leaderboard
// view uses `/v2`.
#![allow(deprecated)]

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use asc_core::{Client, Credentials, Error, ListEndpoint, Progress};
use asc_emulator::Emulator;
use asc_resources::{
    GameCenterAchievement, GameCenterAchievementImage, GameCenterAchievementImageInclude,
    GameCenterAchievementLocalization, GameCenterAchievementLocalizationsList,
    GameCenterLeaderboardImageV2, GameCenterLeaderboardLocalizationV2Include,
    GameCenterLeaderboardV2, GameCenterLeaderboardV2Include, GameCenterLeaderboardVersionV2,
    SEEDED_ACHIEVEMENT, SEEDED_LEADERBOARD,
};
use futures_util::TryStreamExt;

/// The id of Apple's documented example, served by the emulator.
const EXAMPLE_ID: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

/// The largest page `list` can ask for (Apple's maximum for this list).
const MAX_PAGE: u32 = <GameCenterAchievementLocalizationsList as ListEndpoint>::MAX_LIMIT;

const USAGE: &str = "usage: read_achievement_image [read] [ID] [--json]
       read_achievement_image list [ACHIEVEMENT_ID] [--limit N] [--json]
       read_achievement_image leaderboard [LEADERBOARD_ID]
       read_achievement_image upload LOCALIZATION_ID FILE
       read_achievement_image delete ID";

#[derive(Debug, PartialEq)]
enum Command {
    /// No arguments: the example image, then the seeded leaderboard when the
    /// emulator serves the seeded game.
    Tour,
    Read {
        id: String,
        json: bool,
    },
    Leaderboard {
        id: String,
    },
    List {
        achievement: String,
        page_size: u32,
        json: bool,
    },
    Upload {
        localization: String,
        file: String,
    },
    Delete {
        id: String,
    },
}

/// The page size of `--limit N` (or `--limit=N`), checked against the list's maximum.
fn parse_page_size(value: Option<&str>) -> Result<u32, String> {
    let value = value.ok_or_else(|| format!("--limit needs a page size from 1 to {MAX_PAGE}"))?;
    match value.parse::<u32>() {
        Ok(n) if (1..=MAX_PAGE).contains(&n) => Ok(n),
        _ => Err(format!(
            "--limit takes a page size from 1 to {MAX_PAGE}, not {:?}",
            value.chars().take(40).collect::<String>()
        )),
    }
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut json = false;
    let mut page_size = None;
    let mut rest: Vec<&str> = Vec::new();
    let mut words = args.iter().map(String::as_str);
    while let Some(arg) = words.next() {
        if arg == "--json" {
            json = true;
        } else if arg == "--limit" {
            page_size = Some(parse_page_size(words.next())?);
        } else if let Some(value) = arg.strip_prefix("--limit=") {
            page_size = Some(parse_page_size(Some(value))?);
        } else if arg.starts_with('-') {
            return Err(format!("unknown option {arg}"));
        } else {
            rest.push(arg);
        }
    }
    if page_size.is_some() && rest.first() != Some(&"list") {
        return Err("--limit is the page size of `list`; other commands take none".into());
    }
    match rest.as_slice() {
        [] if !json => Ok(Command::Tour),
        [] => Ok(Command::Read {
            id: EXAMPLE_ID.into(),
            json,
        }),
        ["leaderboard", ..] if json => {
            Err("leaderboard prints text; --json is for read and list".into())
        }
        ["leaderboard"] | ["leaderboard", _] => Ok(Command::Leaderboard {
            id: rest.get(1).unwrap_or(&SEEDED_LEADERBOARD).to_string(),
        }),
        ["leaderboard", ..] => Err("leaderboard takes at most one leaderboard id".into()),
        ["read"] => Ok(Command::Read {
            id: EXAMPLE_ID.into(),
            json,
        }),
        ["read", id] => Ok(Command::Read {
            id: (*id).into(),
            json,
        }),
        ["list"] | ["list", _] => Ok(Command::List {
            achievement: rest.get(1).unwrap_or(&SEEDED_ACHIEVEMENT).to_string(),
            page_size: page_size.unwrap_or(MAX_PAGE),
            json,
        }),
        ["list", ..] => Err("list takes at most one achievement id".into()),
        ["delete", id] => Ok(Command::Delete { id: (*id).into() }),
        ["upload", localization, file] => Ok(Command::Upload {
            localization: (*localization).into(),
            file: (*file).into(),
        }),
        ["upload", ..] => Err("upload needs a localization id and a PNG or JPEG file".into()),
        ["delete"] => Err("delete needs the id of the image".into()),
        [id] => Ok(Command::Read {
            id: (*id).into(),
            json,
        }),
        _ => Err("too many arguments".into()),
    }
}

/// A client for App Store Connect when credentials are set, else for a fresh emulator.
async fn connect() -> Result<(Client, Option<Emulator>), Box<dyn std::error::Error>> {
    if Credentials::env_present() {
        let mut builder = Client::builder().credentials(Credentials::from_env()?);
        if let Ok(url) = std::env::var("ASC_BASE_URL") {
            builder = builder.base_url(url);
        }
        return Ok((builder.build()?, None));
    }
    let emulator = Emulator::builder()
        .resource_metas(asc_resources::declared())
        .seeds(asc_resources::seeds())
        .start()
        .await?;
    eprintln!(
        "No ASC_* credentials in the environment: using the built-in App Store Connect emulator at {}, \
         seeded with Apple's documented example and a small game (asc_resources::seeds()).",
        emulator.base_url()
    );
    Ok((emulator.client(), Some(emulator)))
}

async fn read(client: &Client, id: &str, json: bool) -> Result<(), Error> {
    let request = GameCenterAchievementImage::read(client, id)
        .include([GameCenterAchievementImageInclude::GameCenterAchievementLocalization]);
    if json {
        let raw = request.send_raw().await?;
        match serde_json::from_slice::<serde_json::Value>(&raw.body) {
            Ok(doc) => println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default()),
            Err(_) => println!("{}", String::from_utf8_lossy(&raw.body)),
        }
        return Ok(());
    }
    let response = request.send().await?;
    let image = &response.data;
    let show = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    println!("Achievement image {}", image.id);
    println!("  file name       {}", show(image.file_name.clone()));
    println!(
        "  file size       {}",
        show(
            image
                .file_size
                .map(|s| format!("{s} bytes ({:.1} KiB)", s as f64 / 1024.0))
        )
    );
    let asset = image.image_asset.as_ref();
    let dimensions = asset.and_then(|a| Some(format!("{} x {}", a.width?, a.height?)));
    println!("  dimensions      {}", show(dimensions));
    let state = image.asset_delivery_state.as_ref();
    println!(
        "  delivery state  {}",
        show(state.and_then(|s| s.state.as_ref()).map(|s| s.to_string()))
    );
    for e in state.and_then(|s| s.errors.as_ref()).into_iter().flatten() {
        println!(
            "  error           {}: {}",
            e.code.as_deref().unwrap_or("?"),
            e.description.as_deref().unwrap_or("")
        );
    }
    let url = asset.and_then(|a| {
        let w = u32::try_from(a.width?).ok()?;
        let h = u32::try_from(a.height?).ok()?;
        a.url(w, h, "png")
    });
    println!("  image URL       {}", show(url));
    for localization in response.included::<GameCenterAchievementLocalization>() {
        println!(
            "Localization {} ({})",
            localization.id,
            localization.locale.as_deref().unwrap_or("no locale")
        );
        println!("  name            {}", show(localization.name.clone()));
        println!(
            "  before earned   {}",
            show(localization.before_earned_description.clone())
        );
        println!(
            "  after earned    {}",
            show(localization.after_earned_description.clone())
        );
    }
    if let Some(limit) = response
        .rate_limit
        .and_then(|r| Some((r.hour_remaining?, r.hour_limit?)))
    {
        println!(
            "Rate limit        {} of {} requests left this hour",
            limit.0, limit.1
        );
    }
    Ok(())
}

/// Draws `[#####     ]  42% 12.0 of 28.5 KiB` on one stderr line.
fn progress_bar(p: Progress) {
    const WIDTH: u64 = 30;
    let filled = (p.done * WIDTH).checked_div(p.total).unwrap_or(WIDTH) as usize;
    let percent = (p.done * 100).checked_div(p.total).unwrap_or(100);
    eprint!(
        "\r[{}{}] {percent:>3}% {:.1} of {:.1} KiB",
        "#".repeat(filled),
        " ".repeat(WIDTH as usize - filled),
        p.done as f64 / 1024.0,
        p.total as f64 / 1024.0
    );
    if p.done >= p.total {
        eprintln!();
    }
}

async fn upload(client: &Client, localization: &str, file: &str) -> Result<(), Error> {
    eprintln!("Uploading {file} to localization {localization}...");
    let image = GameCenterAchievementImage::upload(client, localization, file)
        .on_progress(progress_bar)
        .send()
        .await?;
    eprintln!("Processed by App Store Connect.");
    read(client, &image.id, false).await
}

/// The progress of a crawl on one stderr line: "listed N of T localizations
/// (page P)", redrawn in place on a terminal, one plain line per page otherwise.
struct ProgressLine<W: Write> {
    out: W,
    in_place: bool,
    /// A line is drawn (in place) and not ended yet.
    shown: bool,
}

impl<W: Write> ProgressLine<W> {
    fn new(out: W, in_place: bool) -> Self {
        ProgressLine {
            out,
            in_place,
            shown: false,
        }
    }

    fn text(listed: u64, total: Option<u64>, page: u32) -> String {
        let of = total.map_or_else(String::new, |t| format!(" of {t}"));
        format!("listed {listed}{of} localizations (page {page})")
    }

    /// After each localization: redraws the line in place (nothing otherwise).
    fn item(&mut self, listed: u64, total: Option<u64>, page: u32) -> io::Result<()> {
        if self.in_place {
            write!(self.out, "\r\x1b[2K{}", Self::text(listed, total, page))?;
            self.shown = true;
            self.out.flush()?;
        }
        Ok(())
    }

    /// After each page: the line in place, or a plain line.
    fn page(&mut self, listed: u64, total: Option<u64>, page: u32) -> io::Result<()> {
        if self.in_place {
            return self.item(listed, total, page);
        }
        writeln!(self.out, "{}", Self::text(listed, total, page))
    }

    /// Erases the line in place before something else is printed on the terminal.
    fn clear(&mut self) -> io::Result<()> {
        if self.shown {
            write!(self.out, "\r\x1b[2K")?;
            self.shown = false;
            self.out.flush()?;
        }
        Ok(())
    }

    /// Ends the line in place, so that it stays as the crawl's summary.
    fn finish(&mut self) -> io::Result<()> {
        if self.shown {
            writeln!(self.out)?;
            self.shown = false;
        }
        Ok(())
    }
}

/// What `list` went through.
#[derive(Debug, Default, PartialEq)]
struct Listed {
    localizations: u64,
    pages: u32,
}

/// Lists the localizations of `achievement`, page by page, each with its
/// image (read through the related to-one route; `None` when it has none):
/// text or JSON lines on `out`, progress on `progress`.
async fn list<W: Write, P: Write>(
    client: &Client,
    achievement: &str,
    page_size: u32,
    json: bool,
    out: &mut W,
    progress: &mut ProgressLine<P>,
) -> Result<Listed, Box<dyn std::error::Error>> {
    let mut pages = GameCenterAchievement::list_localizations(client, achievement)
        .limit(page_size)
        .pages();
    let mut listed = Listed::default();
    while let Some(page) = pages.try_next().await? {
        listed.pages += 1;
        let total = page.paging.as_ref().and_then(|p| p.total);
        if listed.pages == 1 && !json {
            progress.clear()?;
            match total {
                Some(0) => writeln!(out, "Achievement {achievement} has no localizations")?,
                Some(n) => writeln!(out, "Achievement {achievement}: {n} localizations")?,
                None => writeln!(out, "Achievement {achievement}")?,
            }
        }
        for localization in page.data {
            let image = GameCenterAchievementLocalization::read_game_center_achievement_image(
                client,
                &localization.id,
            )
            .send()
            .await?
            .data;
            progress.clear()?;
            if json {
                writeln!(out, "{}", json_line(&localization, image.as_ref()))?;
            } else {
                print_localization(out, &localization, image.as_ref())?;
            }
            out.flush()?;
            listed.localizations += 1;
            progress.item(listed.localizations, total, listed.pages)?;
        }
        progress.page(listed.localizations, total, listed.pages)?;
    }
    progress.finish()?;
    Ok(listed)
}

/// One localization and its image, as text.
fn print_localization(
    out: &mut impl Write,
    localization: &GameCenterAchievementLocalization,
    image: Option<&GameCenterAchievementImage>,
) -> io::Result<()> {
    let show = |v: Option<&str>| v.unwrap_or("-").to_owned();
    writeln!(
        out,
        "Localization {} ({})",
        localization.id,
        localization.locale.as_deref().unwrap_or("no locale")
    )?;
    writeln!(
        out,
        "  name            {}",
        show(localization.name.as_deref())
    )?;
    let Some(image) = image else {
        return writeln!(out, "  image           none");
    };
    let asset = image.image_asset.as_ref();
    let dimensions = asset.and_then(|a| Some(format!(", {} x {}", a.width?, a.height?)));
    let state = image
        .asset_delivery_state
        .as_ref()
        .and_then(|s| s.state.as_ref())
        .map(|s| format!(", {s}"));
    writeln!(
        out,
        "  image           {} ({}{}{})",
        image.id,
        image.file_name.as_deref().unwrap_or("no file name"),
        dimensions.unwrap_or_default(),
        state.unwrap_or_default()
    )?;
    if let Some(url) = image_url(image) {
        writeln!(out, "  image URL       {url}")?;
    }
    Ok(())
}

/// The processed image at its own size, when Apple has made it.
fn image_url(image: &GameCenterAchievementImage) -> Option<String> {
    let asset = image.image_asset.as_ref()?;
    let w = u32::try_from(asset.width?).ok()?;
    let h = u32::try_from(asset.height?).ok()?;
    asset.url(w, h, "png")
}

/// One localization and its image (or `null`), as one line of JSON.
fn json_line(
    localization: &GameCenterAchievementLocalization,
    image: Option<&GameCenterAchievementImage>,
) -> serde_json::Value {
    let image = image.map(|i| {
        let asset = i.image_asset.as_ref();
        serde_json::json!({
            "id": i.id,
            "fileName": i.file_name,
            "fileSize": i.file_size,
            "width": asset.and_then(|a| a.width),
            "height": asset.and_then(|a| a.height),
            "state": i
                .asset_delivery_state
                .as_ref()
                .and_then(|s| s.state.as_ref())
                .map(|s| s.to_string()),
            "url": image_url(i),
        })
    });
    serde_json::json!({
        "id": localization.id,
        "locale": localization.locale,
        "name": localization.name,
        "beforeEarnedDescription": localization.before_earned_description,
        "afterEarnedDescription": localization.after_earned_description,
        "image": image,
    })
}

/// A leaderboard of the game, as players meet it: its score format, then
/// per version (`/v2` leaderboards have versions) each localization with its
/// image. One read of the leaderboard with its versions included, then one
/// list of each version's localizations with their images included.
async fn leaderboard(
    client: &Client,
    id: &str,
    out: &mut impl Write,
) -> Result<(), Box<dyn std::error::Error>> {
    let response = GameCenterLeaderboardV2::read(client, id)
        .include([GameCenterLeaderboardV2Include::Versions])
        .send()
        .await?;
    let board = &response.data;
    let show = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    writeln!(
        out,
        "Leaderboard {} ({})",
        board.id,
        show(board.reference_name.clone())
    )?;
    writeln!(
        out,
        "  vendor id       {}",
        show(board.vendor_identifier.clone())
    )?;
    writeln!(
        out,
        "  scores          {}, sorted {}, keeps {}",
        show(board.default_formatter.as_ref().map(|f| f.to_string())),
        show(board.score_sort_type.as_ref().map(|s| s.to_string())),
        show(board.submission_type.as_ref().map(|s| s.to_string())),
    )?;
    if let (Some(start), Some(end)) = (&board.score_range_start, &board.score_range_end) {
        writeln!(out, "  score range     {start} to {end}")?;
    }
    let mut versions = response.included::<GameCenterLeaderboardVersionV2>();
    versions.sort_by_key(|v| v.version);
    if versions.is_empty() {
        writeln!(out, "  no versions")?;
    }
    for version in versions {
        writeln!(
            out,
            "  Version {} ({})",
            show(version.version.map(|v| v.to_string())),
            show(version.state.as_ref().map(|s| s.to_string()))
        )?;
        let page = GameCenterLeaderboardVersionV2::list_localizations(client, &version.id)
            .include([GameCenterLeaderboardLocalizationV2Include::Image])
            .send()
            .await?;
        let images = page.included::<GameCenterLeaderboardImageV2>();
        for localization in &page.data {
            writeln!(
                out,
                "    Localization {} ({}): {}",
                localization.id,
                localization.locale.as_deref().unwrap_or("no locale"),
                localization.name.as_deref().unwrap_or("-")
            )?;
            let image = localization
                .image
                .id()
                .and_then(|id| images.iter().find(|i| i.id == id));
            match image {
                Some(i) => writeln!(
                    out,
                    "      image       {} ({}, {})",
                    i.id,
                    i.file_name.as_deref().unwrap_or("no file name"),
                    show(
                        i.asset_delivery_state
                            .as_ref()
                            .and_then(|s| s.state.as_ref())
                            .map(|s| s.to_string())
                    )
                )?,
                None => writeln!(out, "      image       none")?,
            }
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let command = match parse_args(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (client, emulator) = match connect().await {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<(), Box<dyn std::error::Error>> = match command {
        Command::Tour => match read(&client, EXAMPLE_ID, false).await {
            // The seeded game exists only in the emulator.
            Ok(()) if emulator.is_some() => {
                println!();
                leaderboard(&client, SEEDED_LEADERBOARD, &mut io::stdout()).await
            }
            done => done.map_err(Into::into),
        },
        Command::Read { id, json } => read(&client, &id, json).await.map_err(Into::into),
        Command::Leaderboard { id } => leaderboard(&client, &id, &mut io::stdout()).await,
        Command::List {
            achievement,
            page_size,
            json,
        } => {
            let in_place = io::stderr().is_terminal();
            let mut progress = ProgressLine::new(io::stderr(), in_place);
            let listed = list(
                &client,
                &achievement,
                page_size,
                json,
                &mut io::stdout(),
                &mut progress,
            )
            .await;
            // An error ends the crawl mid-line: start the message on a line of its own.
            let _ = progress.finish();
            listed.map(|_| ())
        }
        Command::Upload { localization, file } => upload(&client, &localization, &file)
            .await
            .map_err(Into::into),
        Command::Delete { id } => GameCenterAchievementImage::delete(&client, &id)
            .send()
            .await
            .map(|()| println!("Deleted achievement image {id}"))
            .map_err(Into::into),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `list | head`: the reader has gone, which is no failure of ours.
        Err(e)
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seeded localization that holds Apple's example image, and the one without.
    const WITH_IMAGE: &str = "6a8f3c1e-2b4d-4e5f-9a7b-0c1d2e3f4a5b";
    const WITHOUT_IMAGE: &str = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    async fn emulator() -> Emulator {
        Emulator::builder()
            .resource_metas(asc_resources::declared())
            .seeds(asc_resources::seeds())
            .start()
            .await
            .expect("the emulator starts")
    }

    /// Runs `list` and returns what it went through, its output and its progress.
    async fn run_list(
        client: &Client,
        achievement: &str,
        page_size: u32,
        json: bool,
        in_place: bool,
    ) -> (Result<Listed, String>, String, String) {
        let mut out = Vec::new();
        let mut progress = ProgressLine::new(Vec::new(), in_place);
        let listed = list(
            client,
            achievement,
            page_size,
            json,
            &mut out,
            &mut progress,
        )
        .await
        .map_err(|e| e.to_string());
        (
            listed,
            String::from_utf8(out).unwrap(),
            String::from_utf8(progress.out).unwrap(),
        )
    }

    #[test]
    fn list_arguments_parse_and_bad_ones_are_refused() {
        let list = |achievement: &str, page_size, json| {
            Ok(Command::List {
                achievement: achievement.into(),
                page_size,
                json,
            })
        };
        assert_eq!(
            parse_args(&args(&["list"])),
            list(SEEDED_ACHIEVEMENT, 200, false)
        );
        assert_eq!(
            parse_args(&args(&["list", "A1", "--json"])),
            list("A1", 200, true)
        );
        assert_eq!(
            parse_args(&args(&["--limit", "5", "list", "A1"])),
            list("A1", 5, false)
        );
        assert_eq!(
            parse_args(&args(&["list", "--limit=200"])),
            list(SEEDED_ACHIEVEMENT, 200, false)
        );
        // The other commands parse as before.
        assert_eq!(
            parse_args(&args(&["read", "X", "--json"])),
            Ok(Command::Read {
                id: "X".into(),
                json: true
            })
        );
        assert_eq!(
            parse_args(&args(&["delete", "X"])),
            Ok(Command::Delete { id: "X".into() })
        );
        assert_eq!(parse_args(&args(&[])), Ok(Command::Tour));
        assert_eq!(
            parse_args(&args(&["--json"])),
            Ok(Command::Read {
                id: EXAMPLE_ID.into(),
                json: true
            })
        );
        assert_eq!(
            parse_args(&args(&["leaderboard"])),
            Ok(Command::Leaderboard {
                id: SEEDED_LEADERBOARD.into()
            })
        );
        assert_eq!(
            parse_args(&args(&["leaderboard", "L1"])),
            Ok(Command::Leaderboard { id: "L1".into() })
        );
        for (words, says) in [
            (&["list", "A1", "A2"][..], "at most one achievement id"),
            (&["list", "--limit"], "needs a page size from 1 to 200"),
            (&["list", "--limit", "0"], "from 1 to 200, not \"0\""),
            (&["list", "--limit", "201"], "from 1 to 200, not \"201\""),
            (&["list", "--limit=-3"], "not \"-3\""),
            (&["list", "--limit", "ten"], "not \"ten\""),
            (&["read", "X", "--limit", "5"], "page size of `list`"),
            (&["--limit", "5"], "page size of `list`"),
            (&["list", "--verbose"], "unknown option --verbose"),
            (&["leaderboard", "L1", "L2"], "at most one leaderboard id"),
            (&["leaderboard", "--json"], "prints text"),
        ] {
            let err = parse_args(&args(words)).expect_err(&format!("{words:?} is refused"));
            assert!(err.contains(says), "{words:?}: {err}");
        }
    }

    #[tokio::test]
    async fn list_prints_the_seeded_localizations_with_their_images() {
        let emulator = emulator().await;
        let (listed, out, progress) =
            run_list(&emulator.client(), SEEDED_ACHIEVEMENT, 200, false, false).await;
        assert_eq!(
            listed,
            Ok(Listed {
                localizations: 2,
                pages: 1
            })
        );
        assert!(
            out.starts_with(&format!(
                "Achievement {SEEDED_ACHIEVEMENT}: 2 localizations\n"
            )),
            "{out}"
        );
        let with_image = out
            .find(&format!("Localization {WITH_IMAGE} (en-US)"))
            .expect(&out);
        let without_image = out
            .find(&format!("Localization {WITHOUT_IMAGE} (fr-FR)"))
            .expect(&out);
        let (first, second) = if with_image < without_image {
            (&out[with_image..without_image], &out[without_image..])
        } else {
            (&out[with_image..], &out[without_image..with_image])
        };
        assert!(
            first.contains("image           38e6d9a7-9cbf-45f8-8246-1ef4728aecda (coffee1.png, 512 x 512, COMPLETE)"),
            "{out}"
        );
        assert!(first.contains("512x512bb.png"), "{out}");
        assert!(second.contains("image           none"), "{out}");
        assert_eq!(progress, "listed 2 of 2 localizations (page 1)\n");
        // One list page, then one image read per localization.
        let gets: Vec<String> = emulator
            .requests()
            .into_iter()
            .filter(|r| r.method == "GET")
            .map(|r| r.path)
            .collect();
        assert_eq!(gets.len(), 3, "{gets:?}");
        assert_eq!(
            gets[0],
            format!("/v1/gameCenterAchievements/{SEEDED_ACHIEVEMENT}/localizations")
        );
    }

    #[tokio::test]
    async fn list_as_json_reports_each_page_on_its_own_progress_line() {
        let emulator = emulator().await;
        let (listed, out, progress) =
            run_list(&emulator.client(), SEEDED_ACHIEVEMENT, 1, true, false).await;
        assert_eq!(
            listed,
            Ok(Listed {
                localizations: 2,
                pages: 2
            })
        );
        assert_eq!(
            progress,
            "listed 1 of 2 localizations (page 1)\nlisted 2 of 2 localizations (page 2)\n"
        );
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).expect(l))
            .collect();
        assert_eq!(lines.len(), 2, "{out}");
        let by_id = |id: &str| lines.iter().find(|l| l["id"] == id).expect(id);
        let taken = by_id(WITH_IMAGE);
        assert_eq!(taken["locale"], "en-US");
        assert_eq!(taken["image"]["fileName"], "coffee1.png");
        assert_eq!(taken["image"]["state"], "COMPLETE");
        assert_eq!(by_id(WITHOUT_IMAGE)["image"], serde_json::Value::Null);
    }

    #[tokio::test]
    async fn on_a_terminal_the_progress_line_is_redrawn_in_place() {
        let emulator = emulator().await;
        let (listed, _, progress) =
            run_list(&emulator.client(), SEEDED_ACHIEVEMENT, 1, true, true).await;
        assert_eq!(listed.map(|l| l.pages), Ok(2));
        assert_eq!(progress.matches('\n').count(), 1, "{progress:?}");
        assert!(progress.ends_with("\r\x1b[2Klisted 2 of 2 localizations (page 2)\n"));
        assert!(progress.contains("listed 1 of 2 localizations (page 1)"));
    }

    #[tokio::test]
    async fn listing_an_unknown_or_malformed_achievement_is_an_error() {
        let emulator = emulator().await;
        let client = emulator.client();
        let (listed, out, progress) =
            run_list(&client, "no-such-achievement", 200, false, false).await;
        let err = listed.expect_err("404");
        assert!(err.contains("page 1") && err.contains("404"), "{err}");
        assert_eq!((out.as_str(), progress.as_str()), ("", ""));
        let (listed, _, _) = run_list(&client, "../images", 200, false, false).await;
        assert!(listed.is_err());
    }

    #[tokio::test]
    async fn leaderboard_shows_the_seeded_game_with_versions_localizations_and_images() {
        let emulator = emulator().await;
        let client = emulator.client();
        let mut out = Vec::new();
        leaderboard(&client, SEEDED_LEADERBOARD, &mut out)
            .await
            .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.starts_with(&format!("Leaderboard {SEEDED_LEADERBOARD} (")),
            "{out}"
        );
        assert!(out.contains("  Version 1 (LIVE)\n"), "{out}");
        let en = out.find("(en-US)").expect(&out);
        let fr = out.find("(fr-FR)").expect(&out);
        // The en-US localization has the seeded image; fr-FR has none.
        let (en_part, fr_part) = if en < fr {
            (&out[en..fr], &out[fr..])
        } else {
            (&out[en..], &out[fr..en])
        };
        assert!(
            en_part.contains("      image       ") && !en_part.contains("image       none"),
            "{out}"
        );
        assert!(fr_part.contains("image       none"), "{out}");
        // One read of the leaderboard, one list per version: no read per localization.
        let gets = emulator
            .requests()
            .into_iter()
            .filter(|r| r.method == "GET")
            .count();
        assert_eq!(gets, 2, "{out}");

        let mut out = Vec::new();
        let err = leaderboard(&client, "no-such-leaderboard", &mut out)
            .await
            .expect_err("404");
        assert!(err.to_string().contains("404"), "{err}");
        assert!(out.is_empty());
    }
}
