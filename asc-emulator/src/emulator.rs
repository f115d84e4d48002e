//! The running emulator: where it listens, its key, and what tests can do with it.

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use asc_core::{Client, ClientBuilder, Credentials};
use serde_json::Value;
use tokio::task::JoinHandle;
use zeroize::Zeroizing;

use crate::builder::EmulatorBuilder;
use crate::error::EmulatorError;
use crate::fault::{Fault, FaultRoute, Injection, RandomFaults};
use crate::state::{AppliedWrite, LoggedRequest, Shared, UploadRequest};
use crate::store::{Fields, render};
use crate::sync::lock;

/// A local App Store Connect, serving on `127.0.0.1` until it is dropped or
/// [`shut down`](Emulator::shutdown).
///
/// Every method takes `&self`; share one emulator between tasks with an `Arc`.
pub struct Emulator {
    pub(crate) shared: Arc<Shared>,
    pub(crate) addr: SocketAddr,
    pub(crate) task: Option<JoinHandle<()>>,
    pub(crate) key_id: String,
    pub(crate) issuer_id: String,
    pub(crate) key_pem: Zeroizing<String>,
    pub(crate) credentials: Credentials,
    pub(crate) individual: Credentials,
    pub(crate) client: Client,
}

impl fmt::Debug for Emulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emulator")
            .field("base_url", &self.shared.base_url)
            .field("key_id", &self.key_id)
            .field("issuer_id", &self.issuer_id)
            .field("private_key", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Starts configuring an emulator.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash: the base URL for a client.
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// The address the emulator listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A team key the emulator accepts (`iss` = [`Emulator::issuer_id`]).
    pub fn credentials(&self) -> Credentials {
        self.credentials.clone()
    }

    /// An individual key the emulator accepts (`sub` = `user`, no `iss`).
    pub fn individual_credentials(&self) -> Credentials {
        self.individual.clone()
    }

    /// The key id (`kid`) of the emulator's key.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// The issuer id of the emulator's team key.
    pub fn issuer_id(&self) -> &str {
        &self.issuer_id
    }

    /// The private key as PEM (PKCS#8), to write a `.p8` file for other tools.
    /// Handle it like any key: never log it.
    pub fn private_key_pem(&self) -> &str {
        &self.key_pem
    }

    /// A client of the emulator with its team key and the default settings.
    /// Clones share one connection pool and one token.
    pub fn client(&self) -> Client {
        self.client.clone()
    }

    /// A client builder already pointed at the emulator with its team key, for
    /// tests that set their own retry policy or timeout.
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder()
            .credentials(self.credentials())
            .base_url(self.base_url())
    }

    /// Applies `fault` once to the next request matching `route`, before handling it.
    pub fn inject(&self, route: FaultRoute, fault: Fault) {
        self.inject_with(Injection::new(route, fault));
    }

    /// Queues a fault with its options (how many times, before or after handling).
    /// Queued faults apply in the order they were queued.
    pub fn inject_with(&self, injection: Injection) {
        lock(&self.shared.faults).push(injection);
    }

    /// Turns random faults on (`Some`) or off (`None`); queued faults still come first.
    pub fn random_faults(&self, random: Option<RandomFaults>) {
        lock(&self.shared.faults).set_random(random);
    }

    /// Removes every queued fault and turns random faults off.
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// How many queued fault applications are left.
    pub fn pending_faults(&self) -> usize {
        lock(&self.shared.faults).pending()
    }

    /// How many faults (queued and random) have been applied so far.
    pub fn faults_injected(&self) -> u64 {
        lock(&self.shared.faults).injected
    }

    /// The stored resource as the first declaration of its type renders it (all
    /// fields, with links), or `None`.
    pub fn get_resource(&self, type_name: &str, id: &str) -> Option<Value> {
        let decl = self.shared.registry.of_type(type_name).next()?;
        let store = lock(&self.shared.store);
        let stored = store.get(type_name, id)?;
        Some(render(
            &self.shared.base_url,
            decl,
            id,
            stored,
            &Fields::new(),
        ))
    }

    /// The ids of all stored resources of a type, sorted.
    pub fn resource_ids(&self, type_name: &str) -> Vec<String> {
        lock(&self.shared.store).ids_of(type_name)
    }

    /// The collection paths served, with their types, in registration order
    /// (declarations first, then types inferred from seeds).
    pub fn resource_paths(&self) -> Vec<(String, String)> {
        self.shared
            .registry
            .decls()
            .iter()
            .map(|d| (d.type_name.clone(), d.path.clone()))
            .collect()
    }

    /// How many resources are stored, of all types.
    pub fn resource_count(&self) -> usize {
        lock(&self.shared.store).len()
    }

    /// Adds a seed document while running. Its types must be declared or have
    /// been seeded at start: the routes are fixed when the emulator starts.
    pub fn seed(&self, document: &Value) -> Result<(), EmulatorError> {
        let seed_err = |message: String| EmulatorError::Seed {
            origin: "runtime seed".into(),
            message,
        };
        for obj in crate::store::seed_objects(document).map_err(seed_err)? {
            let t = obj.get("type").and_then(Value::as_str).unwrap_or_default();
            if !self.shared.registry.has_type(t) {
                return Err(seed_err(format!(
                    "type `{t}` is not served: declare it with EmulatorBuilder::resource or seed it before start"
                )));
            }
        }
        lock(&self.shared.store)
            .ingest(&self.shared.registry, &[document])
            .map(|_| ())
            .map_err(seed_err)
    }

    /// The bytes uploaded so far for an asset, when every part has arrived (before
    /// processing), or the processed file once `COMPLETE`.
    pub fn uploaded_bytes(&self, type_name: &str, id: &str) -> Option<Vec<u8>> {
        let store = lock(&self.shared.store);
        let asset = store.assets.get(&(type_name.to_owned(), id.to_owned()))?;
        if let Some(file) = &asset.file {
            return Some(file.to_vec());
        }
        if asset.received.len() != asset.ops.len() {
            return None;
        }
        Some(
            asset
                .received
                .values()
                .flat_map(|b| b.iter().copied())
                .collect(),
        )
    }

    /// The most recent requests the emulator answered (up to 10,000), in order,
    /// with the status each got: what a client really did, such as reading back
    /// a reservation whose answer it lost.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        lock(&self.shared.requests).iter().cloned().collect()
    }

    /// Every request that reached the upload route, in order.
    pub fn upload_log(&self) -> Vec<UploadRequest> {
        lock(&self.shared.upload_log).clone()
    }

    /// Every create, update and delete the emulator applied, in order; a write
    /// whose answer a fault replaced is here too.
    pub fn applied_writes(&self) -> Vec<AppliedWrite> {
        lock(&self.shared.writes).clone()
    }

    /// Requests left in the current hour.
    pub fn rate_limit_remaining(&self) -> u64 {
        lock(&self.shared.rate).hour.remaining
    }

    /// Sets the requests left in the current hour (0 makes the next request a 429).
    pub fn set_rate_limit_remaining(&self, remaining: u64) {
        let mut rate = lock(&self.shared.rate);
        rate.hour.remaining = remaining.min(rate.hour.limit);
    }

    /// Requests left in the current minute, when a minute budget is set.
    pub fn rate_limit_minute_remaining(&self) -> Option<u64> {
        lock(&self.shared.rate).minute.as_ref().map(|m| m.remaining)
    }

    /// Shifts the emulator's clock by `secs` (positive: the emulator is ahead of
    /// this machine), as if the client's clock were wrong by `-secs`. Token times
    /// are checked and the `Date` header is written with the shifted clock.
    pub fn set_clock_offset(&self, secs: i64) {
        self.shared.clock_offset.store(secs, Ordering::Relaxed);
    }

    /// The clock shift set with [`Emulator::set_clock_offset`].
    pub fn clock_offset(&self) -> i64 {
        self.shared.clock_offset.load(Ordering::Relaxed)
    }

    /// Why the last refused token was refused (expired, wrong kid, bad signature...),
    /// so a test can check that a 401 came for the reason it meant to provoke.
    pub fn last_auth_rejection(&self) -> Option<String> {
        lock(&self.shared.last_rejection).clone()
    }

    /// Stops serving and waits until the port is released; open connections are dropped.
    pub async fn shutdown(mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
