//! The documents the benchmarks decode and the server answers with.

/// Apple's documented answer to `GET /v1/gameCenterAchievementImages/{id}`,
/// copied from the endpoint's page with its typographic quotes made straight.
pub const APPLE_EXAMPLE: &str = include_str!("../fixtures/apple-example.json");

/// The same image with its relationship linkage and the localization it
/// belongs to in `included`: the answer to `?include=gameCenterAchievementLocalization`.
pub const WITH_INCLUDED: &str = include_str!("../fixtures/with-included.json");
