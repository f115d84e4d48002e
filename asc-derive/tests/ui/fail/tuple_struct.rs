use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing(String, Option<String>);

fn main() {}
