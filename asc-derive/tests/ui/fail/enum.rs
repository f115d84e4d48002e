use asc_core::AscResource;

#[derive(AscResource)]
#[asc(type = "things")]
pub enum Thing {
    A { id: String },
}

fn main() {}
