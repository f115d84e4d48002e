//! The lists and linkage declared in asc-resources, end to end against a
//! small scripted HTTP server on 127.0.0.1 (every byte of each answer is the
//! test's; `emulated_lists.rs` runs them against the emulator): the generated
//! functions send Apple's routes, follow `links.next` verbatim, and decode
//! pages of resources and of ids.
// Apple deprecates the /v1 routes (and some relationship routes) that these
// tests exercise on purpose: they still work, so they stay tested.
#![allow(deprecated)]

use std::sync::{Arc, Mutex};

use asc_core::{Client, Credentials};
use asc_resources::{
    GameCenterAchievement, GameCenterAchievementLocalization, GameCenterAchievementVersionV2,
};
use futures_util::TryStreamExt;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A throwaway P-256 key made for these tests; it signs nothing that leaves 127.0.0.1.
const TEST_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDD8EPJO3NN3PuPZs
IMJ1gHXY1twooZclqCMPIuwil3mhRANCAARU7a1J0rLtZ1ccNE+Rbsj2/UwZv9YA
3SsajtWE3QT/qFRe97IqBGLZodzIHHb/V6p37z1u4H5Uv5l578CLnaGG
-----END PRIVATE KEY-----
";

type Script = dyn Fn(&str, &str) -> (u16, Value) + Send + Sync;

/// Answers each request (`method`, `path?query`) from `script`; records
/// every request line.
struct Server {
    base: String,
    seen: Arc<Mutex<Vec<String>>>,
}

async fn serve(
    script: impl Fn(&str, &str, &str) -> (u16, Value) + Send + Sync + 'static,
) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let script: Arc<Script> = {
        let base = base.clone();
        Arc::new(move |m: &str, t: &str| script(&base, m, t))
    };
    let log = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            stream.set_nodelay(true).unwrap();
            let (script, log) = (script.clone(), log.clone());
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let head_end = loop {
                    let n = stream.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                };
                let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                let length: usize = head
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse().ok())?
                    })
                    .unwrap_or(0);
                while buf.len() < head_end + length {
                    let n = stream.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        break;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
                let mut words = head.split_whitespace();
                let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
                let body = String::from_utf8_lossy(&buf[head_end..]).to_string();
                log.lock()
                    .unwrap()
                    .push(format!("{method} {target} {body}").trim_end().to_owned());
                let (status, reply) = script(method, target);
                let reply = if status == 204 {
                    String::new()
                } else {
                    reply.to_string()
                };
                let response = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n\
                     content-length: {}\r\nconnection: close\r\n\r\n{reply}",
                    reply.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    Server { base, seen }
}

fn client(server: &Server) -> Client {
    Client::builder()
        .credentials(Credentials::individual("TESTKEY123", TEST_KEY).unwrap())
        .base_url(&server.base)
        .build()
        .unwrap()
}

fn localization(id: &str, locale: &str) -> Value {
    json!({"type": "gameCenterAchievementLocalizations", "id": id,
           "attributes": {"locale": locale, "name": format!("name {id}")}})
}

#[tokio::test]
async fn v1_localizations_of_an_achievement_stream_across_pages() {
    let server = serve(|base, _, target| match target {
        "/v1/gameCenterAchievements/A1/localizations?limit=2" => (
            200,
            json!({"data": [localization("L1", "en-US"), localization("L2", "fr-FR")],
                   "links": {"self": "x",
                             "next": format!("{base}/v1/gameCenterAchievements/A1/localizations?limit=2&cursor=Mg")},
                   "meta": {"paging": {"total": 3, "limit": 2}}}),
        ),
        "/v1/gameCenterAchievements/A1/localizations?limit=2&cursor=Mg" => (
            200,
            json!({"data": [localization("L3", "de-DE")], "links": {"self": "x"},
                   "meta": {"paging": {"total": 3, "limit": 2}}}),
        ),
        other => (404, json!({"errors": [{"status": "404", "code": "NOT_FOUND", "title": other}]})),
    })
    .await;
    let client = client(&server);
    let items: Vec<GameCenterAchievementLocalization> =
        GameCenterAchievement::list_localizations(&client, "A1")
            .limit(2)
            .items()
            .try_collect()
            .await
            .unwrap();
    let locales: Vec<&str> = items.iter().filter_map(|l| l.locale.as_deref()).collect();
    assert_eq!(locales, ["en-US", "fr-FR", "de-DE"]);
    assert_eq!(
        *server.seen.lock().unwrap(),
        [
            "GET /v1/gameCenterAchievements/A1/localizations?limit=2",
            "GET /v1/gameCenterAchievements/A1/localizations?limit=2&cursor=Mg",
        ]
    );
    // Apple's maximum is 200: refused before anything is sent.
    let err = GameCenterAchievement::list_localizations(&client, "A1")
        .limit(201)
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("1 to 200"), "{err}");
    assert_eq!(server.seen.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn v2_localization_ids_and_to_one_linkage() {
    let server = serve(|_, _, target| match target {
        "/v2/gameCenterAchievementVersions/V1/relationships/localizations" => (
            200,
            json!({"data": [{"type": "gameCenterAchievementLocalizations", "id": "L1"},
                            {"type": "gameCenterAchievementLocalizations", "id": "L2"}],
                   "links": {"self": "x"}, "meta": {"paging": {"total": 2, "limit": 50}}}),
        ),
        "/v1/gameCenterAchievementLocalizations/L1/relationships/gameCenterAchievementImage" => {
            (200, json!({"data": null, "links": {"self": "x"}}))
        }
        "/v1/gameCenterAchievementLocalizations/L1/relationships/gameCenterAchievement" => (
            200,
            json!({"data": {"type": "gameCenterAchievements", "id": "A1"}, "links": {"self": "x"}}),
        ),
        other => (
            404,
            json!({"errors": [{"status": "404", "code": "NOT_FOUND", "title": other}]}),
        ),
    })
    .await;
    let client = client(&server);
    let page = GameCenterAchievementVersionV2::list_localizations_ids(&client, "V1")
        .send()
        .await
        .unwrap();
    let ids: Vec<&str> = page.data.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["L1", "L2"]);
    let image =
        GameCenterAchievementLocalization::read_game_center_achievement_image_id(&client, "L1")
            .send()
            .await
            .unwrap();
    assert!(image.data.is_none());
    let achievement =
        GameCenterAchievementLocalization::read_game_center_achievement_id(&client, "L1")
            .send()
            .await
            .unwrap();
    assert_eq!(achievement.data.map(|i| i.id).as_deref(), Some("A1"));
}
