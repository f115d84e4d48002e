//! The `asc-emulator` program: serves seeds on a port and prints the variables
//! that point any client at it.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

mod common;

use asc_core::{Client, Credentials};
use asc_emulator::Method;
use common::{now, sign};
use serde_json::json;

struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_program_prints_working_credentials() {
    let dir = std::env::temp_dir().join(format!("asc-emulator-bin-{}", std::process::id()));
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/apple-image-example.json"
    );
    let mut child = Child(
        Command::new(env!("CARGO_BIN_EXE_asc-emulator"))
            .args(["--port", "0", "--seed", seed, "--key-dir"])
            .arg(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the program starts"),
    );
    let vars = exports(&mut child);
    let key_path = &vars["ASC_PRIVATE_KEY_PATH"];
    let pem = std::fs::read_to_string(key_path).expect("the key file exists");
    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(key_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the key file is private: {mode:o}");
    }

    let creds = Credentials::from_lookup(|n| vars.get(n).cloned())
        .expect("the printed variables make credentials");
    let client = Client::builder()
        .credentials(creds)
        .base_url(&vars["ASC_BASE_URL"])
        .build()
        .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let answer = rt
        .block_on(client.execute(
            Method::GET,
            "/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda?fields[gameCenterAchievementImages]=fileName",
            None,
        ))
        .expect("the seeded image is served");
    let doc: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(
        doc["data"]["attributes"],
        serde_json::json!({"fileName": "coffee1.png"})
    );
    drop(child);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_arguments_are_explained() {
    let out = Command::new(env!("CARGO_BIN_EXE_asc-emulator"))
        .args(["--port", "http"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a port number"));
    let out = Command::new(env!("CARGO_BIN_EXE_asc-emulator"))
        .args(["--seed", "/nonexistent/seed.json", "--port", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read seed file"));
    let out = Command::new(env!("CARGO_BIN_EXE_asc-emulator"))
        .args(["--port", "0", "--minute-limit", "ten"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--minute-limit \"ten\" is not a number")
    );
    let out = Command::new(env!("CARGO_BIN_EXE_asc-emulator"))
        .args(["--port", "0", "--hour-length-ms", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("60 or more"));
}

/// Reads the four export lines from the program's stdout.
fn exports(child: &mut Child) -> HashMap<String, String> {
    let stdout = child.0.stdout.take().expect("stdout");
    let mut vars = HashMap::new();
    for line in BufReader::new(stdout).lines().take(4) {
        let line = line.expect("a line");
        let (name, value) = line
            .strip_prefix("export ")
            .and_then(|l| l.split_once('='))
            .unwrap_or_else(|| panic!("not an export line: {line}"));
        vars.insert(name.to_owned(), value.to_owned());
    }
    vars
}

/// Every stderr line of the program, as it comes.
fn stderr_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let stderr = child.0.stderr.take().expect("stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// The next request log line (skipping other lines).
fn next_request_line(rx: &mpsc::Receiver<String>) -> String {
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("a request log line within 10 s");
        if line.contains("asc_emulator::request") {
            return line;
        }
    }
}

/// With no arguments the program serves the declared resources and Apple's
/// example, prints absolute export lines and the types it serves, and logs every
/// request (and why it refused one) for the token shapes of each client family.
#[test]
fn with_no_arguments_it_serves_the_examples_and_logs_every_request() {
    let mut child = Child(
        Command::new(env!("CARGO_BIN_EXE_asc-emulator"))
            .args(["--port", "0"])
            .env_remove("RUST_LOG")
            .current_dir(std::env::temp_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the program starts"),
    );
    let vars = exports(&mut child);
    let log = stderr_lines(&mut child);
    let key_path = std::path::Path::new(&vars["ASC_PRIVATE_KEY_PATH"]);
    assert!(key_path.is_absolute(), "{}", key_path.display());
    let pem = std::fs::read_to_string(key_path).expect("the key file exists");
    let kid = &vars["ASC_KEY_ID"];
    let iss = &vars["ASC_ISSUER_ID"];
    let base = &vars["ASC_BASE_URL"];

    // The served types are printed (before the export lines).
    let mut banner = Vec::new();
    while let Ok(line) = log.recv_timeout(Duration::from_secs(10)) {
        let done = line.contains("Ctrl-C stops it");
        banner.push(line);
        if done {
            break;
        }
    }
    let banner = banner.join("\n");
    assert!(
        banner.contains("serving gameCenterAchievementImages at /v1/gameCenterAchievementImages"),
        "{banner}"
    );
    assert!(
        banner.contains("/v2/gameCenterAchievementImages"),
        "{banner}"
    );

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let http = reqwest::Client::new();
    let path = "/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda";
    let get = |token: String, path: &str| {
        let req = http
            .get(format!("{base}{path}"))
            .header("Authorization", format!("Bearer {token}"));
        rt.block_on(async move { req.send().await.unwrap().status().as_u16() })
    };
    let aud = "appstoreconnect-v1";
    // (family, claims, status, what the log line must say)
    let cases = [
        (
            "team key with iat (asc, fastlane, App Store Connect Swift SDK)",
            json!({"iss": iss, "aud": aud, "iat": now(), "exp": now() + 1200}),
            200,
            "status=200",
        ),
        (
            "team key without iat (applaud, appstoreconnect, app-store-connect-api)",
            json!({"iss": iss, "aud": aud, "exp": now() + 1200}),
            200,
            "status=200",
        ),
        (
            "individual key with iat",
            json!({"sub": "user", "aud": aud, "iat": now(), "exp": now() + 600}),
            200,
            "status=200",
        ),
        (
            "individual key without iat",
            json!({"sub": "user", "aud": aud, "exp": now() + 600}),
            200,
            "status=200",
        ),
        (
            "team key with a scope naming this read",
            json!({"iss": iss, "aud": aud, "iat": now(), "exp": now() + 600, "scope": [format!("GET {path}")]}),
            200,
            "status=200",
        ),
        (
            "team key with a scope naming another read",
            json!({"iss": iss, "aud": aud, "iat": now(), "exp": now() + 600, "scope": ["GET /v1/apps"]}),
            401,
            "scope does not include GET",
        ),
        (
            "a token living longer than 20 minutes",
            json!({"iss": iss, "aud": aud, "iat": now(), "exp": now() + 3600}),
            401,
            "at most 1200 s",
        ),
        (
            "an expired token",
            json!({"iss": iss, "aud": aud, "iat": now() - 1300, "exp": now() - 100}),
            401,
            "expired",
        ),
    ];
    for (family, claims, status, says) in cases {
        assert_eq!(get(sign(&pem, kid, &claims), path), status, "{family}");
        let line = next_request_line(&log);
        assert!(line.contains(" INFO "), "{family}: {line}");
        assert!(line.contains("method=GET"), "{family}: {line}");
        assert!(line.contains(&format!("path={path}")), "{family}: {line}");
        assert!(
            line.contains(&format!("status={status}")),
            "{family}: {line}"
        );
        assert!(line.contains("micros="), "{family}: {line}");
        assert!(line.contains(says), "{family}: {line}");
        assert!(!line.contains(&pem[30..60]), "no key in the log");
    }
    // A 400 says why in the log too.
    let good = sign(
        &pem,
        kid,
        &json!({"iss": iss, "aud": aud, "exp": now() + 600}),
    );
    assert_eq!(get(good, &format!("{path}?bogus=1")), 400);
    let line = next_request_line(&log);
    assert!(
        line.contains("status=400") && line.contains("PARAMETER_ERROR"),
        "{line}"
    );
    drop(child);
}

#[test]
fn quiet_and_empty_say_less_and_serve_nothing() {
    let mut child = Child(
        Command::new(env!("CARGO_BIN_EXE_asc-emulator"))
            .args(["--port", "0", "--empty", "--quiet"])
            .env("RUST_LOG", "trace")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the program starts"),
    );
    let vars = exports(&mut child);
    let log = stderr_lines(&mut child);
    let pem = std::fs::read_to_string(&vars["ASC_PRIVATE_KEY_PATH"]).unwrap();
    let token = sign(
        &pem,
        &vars["ASC_KEY_ID"],
        &json!({"iss": vars["ASC_ISSUER_ID"], "aud": "appstoreconnect-v1", "exp": now() + 600}),
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = rt.block_on(async {
        reqwest::Client::new()
            .get(format!(
                "{}/v1/gameCenterAchievementImages/x",
                vars["ASC_BASE_URL"]
            ))
            .header("Authorization", format!("Bearer {token}"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    });
    assert_eq!(status, 404);
    std::thread::sleep(Duration::from_millis(200));
    let lines: Vec<String> = log.try_iter().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("serving no resource types")),
        "{lines:?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("asc_emulator::request")),
        "--quiet logs no request: {lines:?}"
    );
    drop(child);
}
