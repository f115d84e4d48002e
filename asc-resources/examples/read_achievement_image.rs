//! Reads a Game Center achievement image and prints it.
//!
//! ```text
//! cargo run --example read_achievement_image -- [read] [ID] [--json]
//! cargo run --example read_achievement_image -- upload LOCALIZATION_ID FILE
//! cargo run --example read_achievement_image -- delete ID
//! ```
//!
//! Against the emulator, `0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f` is a
//! localization without an image, ready for `upload`.
//!
//! With `ASC_KEY_ID` (and the other `ASC_*` or fastlane variables, see
//! `Credentials::from_env`) set, it talks to App Store Connect, or to
//! `ASC_BASE_URL` when that is set too. Without them it starts the built-in
//! emulator, seeded with Apple's documented example, and says so on stderr.

use std::process::ExitCode;

use asc_core::{Client, Credentials, Error, Progress};
use asc_emulator::Emulator;
use asc_resources::{
    GameCenterAchievementImage, GameCenterAchievementImageInclude,
    GameCenterAchievementLocalization,
};

/// The id of Apple's documented example, served by the emulator.
const EXAMPLE_ID: &str = "38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

const USAGE: &str = "usage: read_achievement_image [read] [ID] [--json]
       read_achievement_image upload LOCALIZATION_ID FILE
       read_achievement_image delete ID";

enum Command {
    Read { id: String, json: bool },
    Upload { localization: String, file: String },
    Delete { id: String },
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let json = args.iter().any(|a| a == "--json");
    let rest: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| *a != "--json")
        .collect();
    if let Some(flag) = rest.iter().find(|a| a.starts_with('-')) {
        return Err(format!("unknown option {flag}"));
    }
    match rest.as_slice() {
        [] => Ok(Command::Read {
            id: EXAMPLE_ID.into(),
            json,
        }),
        ["read"] => Ok(Command::Read {
            id: EXAMPLE_ID.into(),
            json,
        }),
        ["read", id] => Ok(Command::Read {
            id: (*id).into(),
            json,
        }),
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
         seeded with Apple's documented example.",
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
    let (client, _emulator) = match connect().await {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match command {
        Command::Read { id, json } => read(&client, &id, json).await,
        Command::Upload { localization, file } => upload(&client, &localization, &file).await,
        Command::Delete { id } => GameCenterAchievementImage::delete(&client, &id)
            .send()
            .await
            .map(|()| println!("Deleted achievement image {id}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
