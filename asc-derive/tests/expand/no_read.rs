/// Apple has no `GET /v1/gameCenterMatchmakingTeams/{id}`: no `read`.
#[derive(AscResource)]
#[asc(type = "gameCenterMatchmakingTeams", no_read, create = TeamCreate, delete)]
pub struct GameCenterMatchmakingTeam {
    pub id: String,
    pub reference_name: Option<String>,
}
