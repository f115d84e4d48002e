use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = "things", kind = "v1")]
pub struct Thing {
    pub id: String,
    #[asc(relation)]
    pub name: Option<String>,
    #[asc(skip)]
    pub size: Option<i64>,
}

fn main() {}
