use asc_core::AscResource;

#[derive(AscResource)]
#[asc(path = "/v1/things")]
pub struct Thing {
    pub id: String,
}

#[derive(AscResource)]
pub struct NoAttribute {
    pub id: String,
}

fn main() {}
