//! Configuring and starting an [`Emulator`].

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicI64;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use asc_core::{Client, Credentials, Resource, ResourceMeta};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use serde_json::Value;
use tokio::net::TcpListener;
use zeroize::Zeroizing;

use crate::auth::Verifier;
use crate::cursor::Cursors;
use crate::emulator::Emulator;
use crate::error::EmulatorError;
use crate::fault::FaultQueue;
use crate::registry::{Decl, Registry};
use crate::state::{Config, RateWindow, Shared};
use crate::store::{Store, seed_objects};
use crate::{ids, server};

/// Apple's hourly allowance per key.
pub const DEFAULT_HOURLY_LIMIT: u64 = 3600;
/// How long a committed asset stays `UPLOAD_COMPLETE` before it is processed.
pub const DEFAULT_PROCESSING_DELAY: Duration = Duration::from_millis(200);
/// The size of upload parts; small, so that tests exercise multi-part uploads.
pub const DEFAULT_UPLOAD_PART_SIZE: u64 = 64 * 1024;
/// The largest `fileSize` a reservation accepts.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Builds an [`Emulator`]; see [`Emulator::builder`].
pub struct EmulatorBuilder {
    decls: Vec<Decl>,
    seeds: Vec<(String, Value)>,
    seed_files: Vec<PathBuf>,
    hourly_limit: u64,
    minute_limit: Option<u64>,
    hour: Duration,
    processing_delay: Duration,
    port: u16,
    host: IpAddr,
    key_pem: Option<Zeroizing<String>>,
    key_id: Option<String>,
    issuer_id: Option<String>,
    part_size: u64,
    max_file_size: u64,
    image_sizes: HashMap<String, Vec<(u32, u32)>>,
    required: HashMap<String, Vec<String>>,
}

impl fmt::Debug for EmulatorBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorBuilder")
            .field(
                "resources",
                &self.decls.iter().map(|d| &d.path).collect::<Vec<_>>(),
            )
            .field("seeds", &(self.seeds.len() + self.seed_files.len()))
            .field("hourly_limit", &self.hourly_limit)
            .field("minute_limit", &self.minute_limit)
            .field("hour", &self.hour)
            .field("processing_delay", &self.processing_delay)
            .field("port", &self.port)
            .field("key_pem", &self.key_pem.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        EmulatorBuilder {
            decls: Vec::new(),
            seeds: Vec::new(),
            seed_files: Vec::new(),
            hourly_limit: DEFAULT_HOURLY_LIMIT,
            minute_limit: None,
            hour: Duration::from_secs(3600),
            processing_delay: DEFAULT_PROCESSING_DELAY,
            port: 0,
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            key_pem: None,
            key_id: None,
            issuer_id: None,
            part_size: DEFAULT_UPLOAD_PART_SIZE,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            image_sizes: HashMap::new(),
            required: HashMap::new(),
        }
    }
}

impl EmulatorBuilder {
    /// Serves a declared resource at its path (`R::PATH`), with its attribute and
    /// relationship names, its lists and linkage routes, and the `limit[rel]`
    /// maxima it declares with `include_limit = N`: the same as
    /// [`resource_meta`](Self::resource_meta) of `R::meta()`.
    pub fn resource<R: Resource>(self) -> Self {
        self.resource_meta(R::meta())
    }

    /// Serves a resource described by plain data. Several declarations may share a
    /// type (v1 and v2 routes); they then serve the same stored resources, each
    /// with its own relationship names.
    pub fn resource_meta(mut self, meta: ResourceMeta) -> Self {
        self.decls.push(Decl::from_meta(&meta));
        self
    }

    /// Adds a JSON:API document in Apple's shape (`data`, an object or an array,
    /// and optionally `included`) to the initial data. Types that no declaration
    /// names are served at the path their `links.self` shows (else `/v1/{type}`),
    /// with the attributes and typed relationships the seeds show.
    pub fn seed(mut self, document: Value) -> Self {
        let origin = format!("value #{}", self.seeds.len() + 1);
        self.seeds.push((origin, document));
        self
    }

    /// [`EmulatorBuilder::resource_meta`] for each of `metas`, such as
    /// `asc_resources::declared()`.
    pub fn resource_metas(self, metas: impl IntoIterator<Item = ResourceMeta>) -> Self {
        metas.into_iter().fold(self, Self::resource_meta)
    }

    /// [`EmulatorBuilder::seed`] for each of `documents`, such as `asc_resources::seeds()`.
    pub fn seeds(self, documents: impl IntoIterator<Item = Value>) -> Self {
        documents.into_iter().fold(self, Self::seed)
    }

    /// Like [`EmulatorBuilder::seed`], from a JSON file read at [`EmulatorBuilder::start`].
    pub fn seed_file(mut self, path: impl AsRef<Path>) -> Self {
        self.seed_files.push(path.as_ref().to_owned());
        self
    }

    /// The hourly request allowance (default 3600, Apple's), with no minute budget.
    pub fn hourly_limit(mut self, limit: u64) -> Self {
        self.hourly_limit = limit;
        self
    }

    /// The key's budgets: `per_hour` requests an hour and `per_minute` a minute,
    /// on the emulator's own clock. Every answer to an authenticated request
    /// carries Apple's `X-Rate-Limit: user-hour-lim:N;user-hour-rem:M;` followed
    /// by `user-minute-lim:N;user-minute-rem:M;`; once either budget is spent the
    /// emulator answers 429 `RATE_LIMIT_EXCEEDED` (Apple's body, the header with
    /// the remaining count at 0) without handling the request, and a refused
    /// request costs nothing. Each window starts again one hour (or minute)
    /// after it began; see [`EmulatorBuilder::rate_limit_hour`] to shorten it.
    ///
    /// ```
    /// # use std::time::Duration;
    /// // 600 an hour and 20 a minute, with a 6-second "hour" (a 100 ms "minute").
    /// let builder = asc_emulator::Emulator::builder()
    ///     .rate_limit(600, 20)
    ///     .rate_limit_hour(Duration::from_secs(6));
    /// ```
    pub fn rate_limit(mut self, per_hour: u64, per_minute: u64) -> Self {
        self.hourly_limit = per_hour;
        self.minute_limit = Some(per_minute);
        self
    }

    /// How long the emulator's "hour" lasts (default one hour; at least 60 ms);
    /// its "minute" is a sixtieth of it. Tests shorten it so that budgets come
    /// back in seconds.
    pub fn rate_limit_hour(mut self, hour: Duration) -> Self {
        self.hour = hour;
        self
    }

    /// How long a committed asset stays `UPLOAD_COMPLETE` (default 200 ms).
    pub fn processing_delay(mut self, delay: Duration) -> Self {
        self.processing_delay = delay;
        self
    }

    /// Listens on this port of 127.0.0.1 (default 0: a free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Listens on this address instead of 127.0.0.1: `0.0.0.0` in a container,
    /// so that a published port reaches it. The base URL still names
    /// 127.0.0.1 when the address is unspecified (`0.0.0.0`, `::`).
    pub fn host(mut self, host: IpAddr) -> Self {
        self.host = host;
        self
    }

    /// Uses this P-256 key (PKCS#8 PEM, the content of a `.p8` file) instead of
    /// generating one.
    pub fn key_pem(mut self, pem: impl Into<String>) -> Self {
        self.key_pem = Some(Zeroizing::new(pem.into()));
        self
    }

    /// Uses this key id instead of a random one.
    pub fn key_id(mut self, key_id: impl Into<String>) -> Self {
        self.key_id = Some(key_id.into());
        self
    }

    /// Uses this issuer id instead of a random one.
    pub fn issuer_id(mut self, issuer_id: impl Into<String>) -> Self {
        self.issuer_id = Some(issuer_id.into());
        self
    }

    /// The size of upload parts in `uploadOperations` (default 64 KiB).
    pub fn upload_part_size(mut self, bytes: u64) -> Self {
        self.part_size = bytes.max(1);
        self
    }

    /// The largest `fileSize` a reservation accepts (default 64 MiB).
    pub fn max_file_size(mut self, bytes: u64) -> Self {
        self.max_file_size = bytes;
        self
    }

    /// Assets of `type_name` process to `FAILED` with `IMAGE_INCORRECT_DIMENSIONS`
    /// unless their width and height are one of `sizes`.
    pub fn image_sizes(mut self, type_name: impl Into<String>, sizes: &[(u32, u32)]) -> Self {
        self.image_sizes.insert(type_name.into(), sizes.to_vec());
        self
    }

    /// Creating a `type_name` resource requires a relationship to a `target_type`
    /// (409 `ENTITY_ERROR.RELATIONSHIP.REQUIRED` otherwise). Assets always require
    /// their to-one relationships: an asset belongs to something.
    pub fn require_relationship(
        mut self,
        type_name: impl Into<String>,
        target_type: impl Into<String>,
    ) -> Self {
        self.required
            .entry(type_name.into())
            .or_default()
            .push(target_type.into());
        self
    }

    /// Loads the seeds, binds the port and starts serving on the current tokio runtime.
    pub async fn start(self) -> Result<Emulator, EmulatorError> {
        let mut registry = Registry::default();
        for d in self.decls {
            registry.add(d).map_err(EmulatorError::Declaration)?;
        }
        let mut seeds = self.seeds;
        for path in &self.seed_files {
            let text = std::fs::read_to_string(path).map_err(|source| EmulatorError::SeedFile {
                path: path.clone(),
                source,
            })?;
            let doc = serde_json::from_str(&text).map_err(|e| EmulatorError::Seed {
                origin: path.display().to_string(),
                message: format!("not JSON: {e}"),
            })?;
            seeds.push((path.display().to_string(), doc));
        }
        let mut all_objects = Vec::new();
        for (origin, doc) in &seeds {
            let seed_err = |message: String| EmulatorError::Seed {
                origin: origin.clone(),
                message,
            };
            let objects = seed_objects(doc).map_err(seed_err)?;
            for (i, obj) in objects.iter().enumerate() {
                let has = |m: &str| obj.get(m).is_some_and(Value::is_string);
                if !has("type") || !has("id") {
                    return Err(seed_err(format!(
                        "resource #{i} has no string `type` and `id`; every resource object needs both"
                    )));
                }
            }
            all_objects.extend(objects);
        }
        registry.infer_from_seeds(all_objects.into_iter());

        let (pem, public_key) = key_material(self.key_pem.as_deref().map(String::as_str))?;
        let key_id = self.key_id.unwrap_or_else(ids::key_id);
        let issuer_id = self.issuer_id.unwrap_or_else(ids::uuid);

        let listener = TcpListener::bind(SocketAddr::from((self.host, self.port)))
            .await
            .map_err(|source| EmulatorError::Bind {
                port: self.port,
                source,
            })?;
        let addr = listener
            .local_addr()
            .map_err(|source| EmulatorError::Bind {
                port: self.port,
                source,
            })?;
        let shown = if addr.ip().is_unspecified() {
            SocketAddr::from((Ipv4Addr::LOCALHOST, addr.port()))
        } else {
            addr
        };
        let base_url = format!("http://{shown}");

        let mut store = Store::default();
        let docs: Vec<&Value> = seeds.iter().map(|(_, doc)| doc).collect();
        let origins: Vec<&str> = seeds.iter().map(|(origin, _)| origin.as_str()).collect();
        store
            .ingest(&registry, &docs)
            .map_err(|message| EmulatorError::Seed {
                origin: origins.join(", "),
                message,
            })?;

        let credentials = Credentials::team(key_id.clone(), issuer_id.clone(), pem.as_bytes())?;
        let individual = Credentials::individual(key_id.clone(), pem.as_bytes())?;
        let client = Client::builder()
            .credentials(credentials.clone())
            .base_url(base_url.clone())
            .build()?;

        let shared = Arc::new(Shared {
            base_url: base_url.clone(),
            cursors: Cursors::new(),
            registry,
            store: Mutex::new(store),
            verifier: Verifier::new(key_id.clone(), issuer_id.clone(), &public_key),
            config: Config {
                processing_delay: self.processing_delay,
                part_size: self.part_size,
                max_file_size: self.max_file_size,
                image_sizes: self.image_sizes,
                required: self.required,
            },
            clock_offset: AtomicI64::new(0),
            rate: Mutex::new(RateWindow::new(
                self.hourly_limit,
                self.minute_limit,
                self.hour,
            )),
            faults: Mutex::new(FaultQueue::default()),
            upload_log: Mutex::new(Vec::new()),
            requests: Mutex::new(std::collections::VecDeque::new()),
            writes: Mutex::new(Vec::new()),
            last_rejection: Mutex::new(None),
        });
        let task = tokio::spawn(server::serve(listener, server::router(shared.clone())));
        tracing::debug!(%base_url, "App Store Connect emulator listening");
        Ok(Emulator {
            shared,
            addr,
            task: Some(task),
            key_id,
            issuer_id,
            key_pem: pem,
            credentials,
            individual,
            client,
        })
    }
}

/// The PEM of the private key and the uncompressed public point.
fn key_material(pem_text: Option<&str>) -> Result<(Zeroizing<String>, Vec<u8>), EmulatorError> {
    let bad = |m: String| EmulatorError::Key(m);
    let (pem_text, der) = match pem_text {
        Some(text) => {
            let parsed = pem::parse(text.trim())
                .map_err(|e| bad(format!("not PEM ({e}); pass the content of a .p8 file")))?;
            if parsed.tag() != "PRIVATE KEY" {
                return Err(bad(format!(
                    "the PEM label is `{}`; App Store Connect keys are PKCS#8 `PRIVATE KEY` (P-256)",
                    parsed.tag()
                )));
            }
            (
                Zeroizing::new(text.to_owned()),
                Zeroizing::new(parsed.into_contents()),
            )
        }
        None => {
            let doc = EcdsaKeyPair::generate_pkcs8(
                &ECDSA_P256_SHA256_FIXED_SIGNING,
                &SystemRandom::new(),
            )
            .map_err(|e| bad(format!("could not generate a P-256 key: {e}")))?;
            let der = Zeroizing::new(doc.as_ref().to_vec());
            let text = Zeroizing::new(pem::encode(&pem::Pem::new("PRIVATE KEY", der.to_vec())));
            (text, der)
        }
    };
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der)
        .map_err(|e| bad(format!("not a PKCS#8 EC P-256 private key ({e})")))?;
    Ok((pem_text, pair.public_key().as_ref().to_vec()))
}
