//! The declarations of the issue, the grammar's every form, used as a user would.
use asc_core::{AscResource, Resource, ToMany, ToOne};

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievementImages")]
pub struct GameCenterAchievementImage {
    pub id: String,
    pub file_size: Option<i64>,
    pub file_name: Option<String>,
    #[asc(relationship, include)]
    pub game_center_achievement_localization: ToOne<GameCenterAchievementLocalization>,
}

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievementLocalizations")]
pub struct GameCenterAchievementLocalization {
    pub id: String,
    pub locale: Option<String>,
    #[asc(rename = "beforeEarnedDescription")]
    pub before: Option<String>,
    #[asc(relationship, include)]
    pub game_center_achievement: asc_core::ToOne<GameCenterAchievement>,
    #[asc(relationship, include, related)]
    pub game_center_achievement_image: ToOne<GameCenterAchievementImage>,
}

#[derive(AscResource, Debug, Clone)]
#[asc(type = "gameCenterAchievements", path = "/v1/gameCenterAchievements")]
pub struct GameCenterAchievement {
    pub id: std::string::String,
    pub points: Option<i64>,
    #[asc(relationship)]
    #[asc(include)]
    pub localizations: ToMany<GameCenterAchievementLocalization>,
}

fn main() {
    use GameCenterAchievementLocalizationField as F;
    assert_eq!(F::Before.as_str(), "beforeEarnedDescription");
    assert_eq!(F::all().len(), 4);
    assert_eq!(GameCenterAchievementInclude::Localizations.to_string(), "localizations");
    assert!(GameCenterAchievement::RELATIONSHIPS[0].to_many);
    assert_eq!(
        GameCenterAchievementLocalization::RELATIONSHIPS[1].target_type,
        GameCenterAchievementImage::TYPE
    );
    let _: fn(&asc_core::Client, &str) -> asc_core::RelatedRequest<GameCenterAchievementImage> =
        |c, id| GameCenterAchievementLocalization::read_game_center_achievement_image(c, id);
    let _: fn(&asc_core::Client, String) -> asc_core::ReadRequest<GameCenterAchievementImage> =
        |c, id| GameCenterAchievementImage::read(c, id);
}
