//! A resource's payloads write its own JSON:API type, checked at compile time;
//! a type that is not a payload is refused where it is named.
use asc_core::{AscPayload, AscResource};

#[derive(AscResource)]
#[asc(type = "images", create = LeaderboardImageCreate, update = String)]
pub struct Image {
    pub id: String,
}

#[derive(AscPayload)]
#[asc(type = "leaderboardImages")]
pub struct LeaderboardImageCreate {
    pub file_name: String,
}

fn main() {}
