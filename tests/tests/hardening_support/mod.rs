//! Shared by the hardening tests (`user_input`, `secrets`): a throwaway key,
//! a small declared resource implemented by hand, and a tiny HTTP/1.1 server
//! on 127.0.0.1 that records what arrives and answers from a script.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use asc_core::__private::ResourceObject;
use asc_core::{FieldSelector, RelationshipMeta, Resource, Selector};
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

// ---------------------------------------------------------------- keys

/// A fresh P-256 PKCS#8 key as the PEM text of a `.p8` file.
pub fn p256_pem() -> String {
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
    let doc = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new())
        .expect("P-256 key generation");
    pem::encode(&pem::Pem::new("PRIVATE KEY", doc.as_ref().to_vec()))
}

/// The base64 lines of a PEM: what must never appear in any output.
pub fn pem_body_lines(pem: &str) -> Vec<String> {
    pem.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("-----"))
        .map(str::to_owned)
        .collect()
}

// ---------------------------------------------------------------- a resource

/// `gameCenterAchievementImages` with two attributes, implemented by hand as
/// the derive would: decoded through `ResourceObject`.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub id: String,
    pub file_name: Option<String>,
    pub file_size: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImageAttributes {
    #[serde(default)]
    file_name: Option<String>,
    #[serde(default)]
    file_size: Option<i64>,
}

impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = ResourceObject::<ImageAttributes, ()>::deserialize(d)?;
        Ok(Image {
            id: o.id,
            file_name: o.attributes.file_name,
            file_size: o.attributes.file_size,
        })
    }
}

/// `fields[gameCenterAchievementImages]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageField {
    FileSize,
    FileName,
    GameCenterAchievementLocalization,
}

impl Selector for ImageField {
    const NAMES: &'static [&'static str] =
        &["fileSize", "fileName", "gameCenterAchievementLocalization"];
    const ALL: &'static [Self] = &[
        Self::FileSize,
        Self::FileName,
        Self::GameCenterAchievementLocalization,
    ];
    fn index(self) -> usize {
        self as usize
    }
}

impl FieldSelector for ImageField {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievementImages";
}

/// `include` of an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageInclude {
    GameCenterAchievementLocalization,
}

impl Selector for ImageInclude {
    const NAMES: &'static [&'static str] = &["gameCenterAchievementLocalization"];
    const ALL: &'static [Self] = &[Self::GameCenterAchievementLocalization];
    fn index(self) -> usize {
        self as usize
    }
}

impl Resource for Image {
    const TYPE: &'static str = "gameCenterAchievementImages";
    const PATH: &'static str = "/v1/gameCenterAchievementImages";
    const ATTRIBUTES: &'static [&'static str] = &["fileSize", "fileName"];
    const RELATIONSHIPS: &'static [RelationshipMeta] = &[RelationshipMeta {
        name: "gameCenterAchievementLocalization",
        target_type: "gameCenterAchievementLocalizations",
        target_path: "/v1/gameCenterAchievementLocalizations",
        to_many: false,
        include: true,
    }];
    type Field = ImageField;
    type Include = ImageInclude;
}

/// A small valid answer about image `id`.
pub fn image_document(id: &str) -> String {
    serde_json::json!({
        "data": {
            "type": "gameCenterAchievementImages",
            "id": id,
            "attributes": { "fileName": "coffee1.png", "fileSize": 357407 }
        },
        "links": { "self": format!("http://127.0.0.1/v1/gameCenterAchievementImages/{id}") }
    })
    .to_string()
}

/// Apple's `ErrorResponse` with one error.
pub fn apple_error(status: u16, code: &str, title: &str) -> String {
    serde_json::json!({
        "errors": [{ "status": status.to_string(), "code": code, "title": title,
                     "detail": format!("detail of {code}") }]
    })
    .to_string()
}

// ---------------------------------------------------------------- the server

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// The request target exactly as sent: path and query.
    pub target: String,
    /// Header names in lower case, with their values.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Seen {
    /// The value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Answer {
    /// Status, extra headers, body.
    Reply(u16, Vec<(String, String)>, Vec<u8>),
    /// Say nothing for this long, then close the connection.
    Stall(Duration),
}

impl Answer {
    /// A JSON answer.
    pub fn json(status: u16, body: impl Into<Vec<u8>>) -> Answer {
        Answer::Reply(
            status,
            vec![("content-type".into(), "application/json".into())],
            body.into(),
        )
    }
}

type Script = dyn Fn(usize, &Seen) -> Answer + Send + Sync;

/// A server on 127.0.0.1 (one connection per request: it answers with
/// `connection: close`), recording every request.
pub struct Server {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    /// Starts the server on the current tokio runtime; `script(n, request)`
    /// answers the `n`th request (counting from 0).
    pub async fn start(script: impl Fn(usize, &Seen) -> Answer + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Script> = Arc::new(script);
        let counter = Arc::new(AtomicUsize::new(0));
        let record = seen.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (script, record, counter) = (script.clone(), record.clone(), counter.clone());
                tokio::spawn(async move {
                    let _ = serve(socket, &*script, &record, &counter).await;
                });
            }
        });
        Server { url, seen }
    }

    /// Every request so far, in arrival order.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

async fn serve(
    mut socket: TcpStream,
    script: &Script,
    record: &Mutex<Vec<Seen>>,
    counter: &AtomicUsize,
) -> std::io::Result<()> {
    socket.set_nodelay(true)?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut start = lines.next().unwrap_or_default().split(' ');
    let method = start.next().unwrap_or_default().to_owned();
    let target = start.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    let seen = Seen {
        method,
        target,
        headers,
        body,
    };
    let n = counter.fetch_add(1, Ordering::SeqCst);
    record.lock().expect("lock").push(seen.clone());
    match script(n, &seen) {
        Answer::Reply(status, headers, body) => {
            let mut out = format!(
                "HTTP/1.1 {status} Scripted\r\ncontent-length: {}\r\nconnection: close\r\n",
                body.len()
            );
            for (name, value) in headers {
                out.push_str(&format!("{name}: {value}\r\n"));
            }
            out.push_str("\r\n");
            socket.write_all(out.as_bytes()).await?;
            socket.write_all(&body).await?;
            socket.shutdown().await
        }
        Answer::Stall(d) => {
            tokio::time::sleep(d).await;
            Ok(())
        }
    }
}
