//! The `asc-emulator` program: serves seeds on a port and prints the variables
//! that point any client at it.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use asc_core::{Client, Credentials};
use asc_emulator::Method;

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
}
