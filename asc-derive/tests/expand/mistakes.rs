#[derive(AscResource)]
#[asc(path = "/v1/things", kind = "things")]
pub struct Thing {
    pub name: String,
    #[asc(include, list)]
    pub owner: ToOne<Owner>,
    #[asc(relationship, related)]
    pub parts: ToMany<Part>,
}
