use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub name: Option<String>,
}

fn main() {}
