//! Serves the App Store Connect emulator on a port, for tools in any language.
//!
//! ```text
//! asc-emulator [--port 8080] [--host 127.0.0.1] [--seed FILE]... [--empty] [--key-dir DIR]
//!              [--hourly-limit N] [--minute-limit N] [--hour-length-ms N]
//!              [--processing-delay-ms N] [--quiet]
//! ```
//!
//! `--hourly-limit` and `--minute-limit` set the key's budgets (Apple's
//! `X-Rate-Limit` header on every answer, 429 `RATE_LIMIT_EXCEEDED` when one is
//! spent); `--hour-length-ms` shortens the emulator's "hour" (its minute is a
//! sixtieth of it) so that budgets come back quickly in tests.
//!
//! With no arguments it serves the resources declared in asc-resources, seeded
//! with Apple's documented example (asc-resources/seeds); `--empty` leaves both
//! out, and `--seed` adds documents (types they show are served too).
//!
//! Every request is logged to stderr at info (method, path, status, duration in
//! µs), with the reason of every refusal (a 401 says why here, never to the
//! client). `RUST_LOG` filters the log as tracing-subscriber's `EnvFilter` does
//! (default `asc_emulator=info`); `--quiet` keeps warnings only.
//!
//! `ASC_EMULATOR_KEY` (PEM), `ASC_EMULATOR_KEY_ID` and `ASC_EMULATOR_ISSUER_ID`
//! replace the generated key and ids (the Dockerfile documents their use).
//!
//! It writes the emulator's private key to `DIR/AuthKey_KEYID.p8` (DIR defaults
//! to a fresh directory under the system temp dir) and prints the variables that
//! point a client at it:
//!
//! ```text
//! export ASC_KEY_ID=...
//! export ASC_ISSUER_ID=...
//! export ASC_PRIVATE_KEY_PATH=/tmp/asc-emulator-8080/AuthKey_....p8
//! export ASC_BASE_URL=http://127.0.0.1:8080
//! ```
//!
//! Any App Store Connect client that lets its base URL be changed can use them:
//! a fastlane lane, a Python script with PyJWT and requests, curl. Resource types
//! are learnt from the seed files (Apple's JSON:API documents): each type is
//! served at the collection path its `links.self` shows, or `/v1/{type}`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use asc_emulator::Emulator;

const USAGE: &str = "usage: asc-emulator [--port PORT] [--host ADDR] [--seed FILE]... [--empty] [--key-dir DIR] \
                     [--hourly-limit N] [--minute-limit N] [--hour-length-ms N] \
                     [--processing-delay-ms N] [--quiet]";

struct Args {
    port: u16,
    host: Option<std::net::IpAddr>,
    seeds: Vec<PathBuf>,
    key_dir: Option<PathBuf>,
    hourly_limit: Option<u64>,
    minute_limit: Option<u64>,
    hour_length: Option<Duration>,
    processing_delay: Option<Duration>,
    empty: bool,
    quiet: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        port: 8080,
        host: None,
        seeds: Vec::new(),
        key_dir: None,
        hourly_limit: None,
        minute_limit: None,
        hour_length: None,
        processing_delay: None,
        empty: false,
        quiet: false,
    };
    while let Some(flag) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match flag.as_str() {
            "--port" => {
                let v = value("--port")?;
                out.port = v
                    .parse()
                    .map_err(|_| format!("--port {v:?} is not a port number (0 to 65535)"))?;
            }
            "--host" => {
                let v = value("--host")?;
                out.host = Some(v.parse().map_err(|_| {
                    format!("--host {v:?} is not an IP address (such as 127.0.0.1 or 0.0.0.0)")
                })?);
            }
            "--seed" => out.seeds.push(PathBuf::from(value("--seed")?)),
            "--key-dir" => out.key_dir = Some(PathBuf::from(value("--key-dir")?)),
            "--hourly-limit" => {
                let v = value("--hourly-limit")?;
                out.hourly_limit = Some(
                    v.parse()
                        .map_err(|_| format!("--hourly-limit {v:?} is not a number"))?,
                );
            }
            "--minute-limit" => {
                let v = value("--minute-limit")?;
                out.minute_limit = Some(
                    v.parse()
                        .map_err(|_| format!("--minute-limit {v:?} is not a number"))?,
                );
            }
            "--hour-length-ms" => {
                let v = value("--hour-length-ms")?;
                let ms: u64 = v.parse().ok().filter(|ms| *ms >= 60).ok_or_else(|| {
                    format!("--hour-length-ms {v:?} is not a number of milliseconds (60 or more)")
                })?;
                out.hour_length = Some(Duration::from_millis(ms));
            }
            "--processing-delay-ms" => {
                let v = value("--processing-delay-ms")?;
                let ms: u64 = v
                    .parse()
                    .map_err(|_| format!("--processing-delay-ms {v:?} is not a number"))?;
                out.processing_delay = Some(Duration::from_millis(ms));
            }
            "--empty" => out.empty = true,
            "--quiet" | "-q" => out.quiet = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(out)
}

/// Logs to stderr: `RUST_LOG` if set, else the request log at info (`--quiet`: warnings only).
fn init_logging(quiet: bool) {
    use tracing_subscriber::EnvFilter;
    let default = if quiet {
        "asc_emulator=warn"
    } else {
        "asc_emulator=info"
    };
    let filter = match std::env::var("RUST_LOG") {
        Ok(v) if !v.trim().is_empty() && !quiet => {
            EnvFilter::try_new(v.trim()).unwrap_or_else(|e| {
                eprintln!("asc-emulator: RUST_LOG {v:?} is not a filter ({e}); using {default}");
                EnvFilter::new(default)
            })
        }
        _ => EnvFilter::new(default),
    };
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
}

/// Writes the key readable by its owner only.
fn write_key(dir: &std::path::Path, key_id: &str, pem: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("AuthKey_{key_id}.p8"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options.open(&path)?.write_all(pem.as_bytes())?;
    Ok(path)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    init_logging(args.quiet);
    let mut builder = Emulator::builder().port(args.port);
    if let Some(host) = args.host {
        builder = builder.host(host);
    }
    // A key of one's own, from the environment (a container's -e), never from argv.
    if let Ok(pem) = std::env::var("ASC_EMULATOR_KEY") {
        builder = builder.key_pem(pem);
    }
    if let Ok(id) = std::env::var("ASC_EMULATOR_KEY_ID") {
        builder = builder.key_id(id);
    }
    if let Ok(id) = std::env::var("ASC_EMULATOR_ISSUER_ID") {
        builder = builder.issuer_id(id);
    }
    if !args.empty {
        builder = builder
            .resource_metas(asc_resources::declared())
            .seeds(asc_resources::seeds());
    }
    for seed in &args.seeds {
        builder = builder.seed_file(seed);
    }
    if let Some(n) = args.hourly_limit {
        builder = builder.hourly_limit(n);
    }
    if let Some(n) = args.minute_limit {
        builder = builder.rate_limit(
            args.hourly_limit
                .unwrap_or(asc_emulator::DEFAULT_HOURLY_LIMIT),
            n,
        );
    }
    if let Some(h) = args.hour_length {
        builder = builder.rate_limit_hour(h);
    }
    if let Some(d) = args.processing_delay {
        builder = builder.processing_delay(d);
    }
    let emulator = match builder.start().await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("asc-emulator: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = args.key_dir.unwrap_or_else(|| {
        std::env::temp_dir().join(format!("asc-emulator-{}", emulator.addr().port()))
    });
    // The export lines must work from any directory.
    let dir = std::path::absolute(&dir).unwrap_or(dir);
    let key_path = match write_key(&dir, emulator.key_id(), emulator.private_key_pem()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "asc-emulator: cannot write the key file in {}: {e}",
                dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let served = emulator.resource_paths();
    if served.is_empty() {
        eprintln!(
            "asc-emulator: serving no resource types (--empty and no --seed): every path answers 404"
        );
    }
    for (type_name, path) in served {
        eprintln!("serving {type_name} at {path}");
    }
    println!("export ASC_KEY_ID={}", emulator.key_id());
    println!("export ASC_ISSUER_ID={}", emulator.issuer_id());
    println!("export ASC_PRIVATE_KEY_PATH={}", key_path.display());
    println!("export ASC_BASE_URL={}", emulator.base_url());
    eprintln!(
        "App Store Connect emulator on {}; Ctrl-C stops it",
        emulator.base_url()
    );
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("asc-emulator: cannot wait for Ctrl-C ({e}); stopping");
    }
    emulator.shutdown().await;
    ExitCode::SUCCESS
}
