use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = "things")]
pub struct Thing {
    pub id: String,
    pub name: String,
    pub sizes: Vec<i64>,
}

fn main() {}
