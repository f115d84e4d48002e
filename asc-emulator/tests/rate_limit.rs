//! Hour and minute budgets on the emulator's own clock, with Apple's header and 429.

mod common;

use std::time::Duration;

use common::*;

const PATH: &str = "/v1/gameCenterAchievementImages/38e6d9a7-9cbf-45f8-8246-1ef4728aecda";

/// Status, `X-Rate-Limit` and body of one read.
async fn read(emu: &asc_emulator::Emulator) -> (u16, String, serde_json::Value) {
    let resp = http()
        .get(format!("{}{PATH}", emu.base_url()))
        .bearer_auth(token(emu))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let header = resp
        .headers()
        .get("x-rate-limit")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, header, resp.json().await.unwrap())
}

/// Waits `wait` (a window's length and a little), reads once and returns the
/// `X-Rate-Limit` of the 200 the budget that came back allows.
async fn read_after(emu: &asc_emulator::Emulator, wait: Duration) -> String {
    tokio::time::sleep(wait).await;
    let (status, header, body) = read(emu).await;
    assert_eq!(status, 200, "{body}");
    header
}

#[tokio::test]
async fn the_minute_budget_runs_out_with_apples_429_and_comes_back() {
    // A 2-minute "hour": its "minute" is 2 s.
    let emu = builder()
        .rate_limit(10, 3)
        .rate_limit_hour(Duration::from_secs(120))
        .start()
        .await
        .unwrap();
    for (hour_rem, minute_rem) in [(9, 2), (8, 1), (7, 0)] {
        let (status, header, _) = read(&emu).await;
        assert_eq!(status, 200);
        assert_eq!(
            header,
            format!(
                "user-hour-lim:10;user-hour-rem:{hour_rem};user-minute-lim:3;user-minute-rem:{minute_rem};"
            )
        );
    }
    let (status, header, body) = read(&emu).await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(
        header, "user-hour-lim:10;user-hour-rem:7;user-minute-lim:3;user-minute-rem:0;",
        "a refused request costs nothing"
    );
    let e = &body["errors"][0];
    assert_eq!(e["status"], "429");
    assert_eq!(e["code"], "RATE_LIMIT_EXCEEDED");
    assert_eq!(e["title"], "The request rate limit has been reached.");
    assert!(e["id"].is_string() && e["detail"].is_string(), "{body}");
    assert_eq!(emu.rate_limit_minute_remaining(), Some(0));

    // The next "minute" gives three more.
    let header = read_after(&emu, Duration::from_millis(2100)).await;
    assert!(
        header.ends_with("user-minute-lim:3;user-minute-rem:2;"),
        "{header}"
    );
}

#[tokio::test]
async fn the_hour_budget_runs_out_and_comes_back_after_its_hour() {
    let emu = builder()
        .rate_limit(2, 100)
        .rate_limit_hour(Duration::from_secs(2))
        .start()
        .await
        .unwrap();
    assert_eq!(read(&emu).await.0, 200);
    assert_eq!(read(&emu).await.0, 200);
    let (status, header, _) = read(&emu).await;
    assert_eq!(status, 429);
    assert!(
        header.starts_with("user-hour-lim:2;user-hour-rem:0;"),
        "{header}"
    );
    let header = read_after(&emu, Duration::from_millis(2100)).await;
    assert!(
        header.starts_with("user-hour-lim:2;user-hour-rem:1;"),
        "{header}"
    );
}

#[tokio::test]
async fn asc_core_reads_both_budgets_from_the_header() {
    let emu = builder().rate_limit(3600, 60).start().await.unwrap();
    let r = emu
        .client()
        .execute(asc_emulator::Method::GET, PATH, None)
        .await
        .unwrap();
    let rl = r.rate_limit.unwrap();
    assert_eq!((rl.hour_limit, rl.hour_remaining), (Some(3600), Some(3599)));
    assert_eq!((rl.minute_limit, rl.minute_remaining), (Some(60), Some(59)));
}
