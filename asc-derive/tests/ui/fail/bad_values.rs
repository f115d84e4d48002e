use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = things, path = "v1/things")]
pub struct Thing {
    pub id: u64,
    #[asc(rename = "the name", relationship = yes)]
    pub name: Option<String>,
    #[asc(type = "x")]
    pub size: Option<i64>,
}

#[derive(AscResource)]
#[asc(type = "a", type = "b")]
pub struct Twice<T> {
    #[asc(rename = "identifier")]
    pub id: String,
    pub value: Option<T>,
}

fn main() {}
