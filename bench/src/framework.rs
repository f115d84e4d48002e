//! The framework side: the declared resources read through asc-core.

use asc_core::{Client, Error, Response};
use asc_resources::{
    GameCenterAchievementImage, GameCenterAchievementImageField as F,
    GameCenterAchievementImageInclude as I, GameCenterAchievementLocalization,
    GameCenterAchievementLocalizationField as L,
};

/// The read every read benchmark makes: the image's attributes and its
/// relationship, the localization's `locale` and `name`, and the include.
pub async fn read(
    client: &Client,
    id: &str,
) -> Result<Response<GameCenterAchievementImage>, Error> {
    request(client, id).send().await
}

/// The request of [`read`], unsent (its query string must equal the floor's).
/// The `/v1` route of Apple's documented example, which the floor reads too
/// (Apple deprecates it for `/v2`; the cost per request is the same).
#[allow(deprecated)]
pub fn request(client: &Client, id: &str) -> asc_core::ReadRequest<GameCenterAchievementImage> {
    GameCenterAchievementImage::read(client, id)
        .fields([
            F::FileName,
            F::FileSize,
            F::ImageAsset,
            F::AssetDeliveryState,
            F::GameCenterAchievementLocalization,
        ])
        .fields([L::Locale, L::Name])
        .include([I::GameCenterAchievementLocalization])
}

/// [`read`], then the included localizations decoded, as the floor decodes
/// them: the whole job of a read that includes a related resource.
pub async fn read_with_included(
    client: &Client,
    id: &str,
) -> Result<
    (
        Response<GameCenterAchievementImage>,
        Vec<GameCenterAchievementLocalization>,
    ),
    Error,
> {
    let response = read(client, id).await?;
    let included = response.included::<GameCenterAchievementLocalization>();
    Ok((response, included))
}

/// Checks, before anything is timed, that the framework and the floor send the
/// same query and decode the same document to the same values: a benchmark
/// of two programs doing different work would be meaningless.
pub fn check_same_work(client: &Client, body: &'static str) {
    let target = request(client, crate::IMAGE_ID)
        .path_and_query()
        .unwrap_or_else(|e| panic!("the read cannot be built: {e}"));
    let floor_target = format!(
        "/v1/gameCenterAchievementImages/{}{}",
        crate::IMAGE_ID,
        crate::floor::QUERY
    );
    assert_eq!(
        target, floor_target,
        "the framework and the floor must send the same query"
    );
    let ours = decode(bytes::Bytes::from_static(body.as_bytes()))
        .unwrap_or_else(|e| panic!("the framework cannot decode the fixture: {e}"));
    let floor = crate::floor::decode(body.as_bytes())
        .unwrap_or_else(|e| panic!("the floor cannot decode the fixture: {e}"));
    let (image, included) = (&ours.0.data, &ours.1);
    let attributes = floor.data.attributes.as_ref();
    assert_eq!(image.id, floor.data.id);
    assert_eq!(
        image.file_name,
        attributes.and_then(|a| a.file_name.clone())
    );
    assert_eq!(image.file_size, attributes.and_then(|a| a.file_size));
    assert_eq!(
        image
            .image_asset
            .as_ref()
            .and_then(|a| a.template_url.clone()),
        attributes
            .and_then(|a| a.image_asset.as_ref())
            .and_then(|a| a.template_url.clone())
    );
    assert_eq!(
        image.game_center_achievement_localization.id(),
        floor
            .data
            .relationships
            .as_ref()
            .and_then(|r| r.game_center_achievement_localization.as_ref())
            .and_then(|r| r.data.as_ref())
            .map(|d| d.id.as_str())
    );
    assert_eq!(included.len(), floor.included.len());
    for (a, b) in included.iter().zip(&floor.included) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.name, b.attributes.as_ref().and_then(|x| x.name.clone()));
    }
}

/// Decodes a whole answer the framework's way: the typed response, then the
/// included localizations.
///
/// `body` is shared, not copied (as the client hands over the bytes it read).
pub fn decode(
    body: bytes::Bytes,
) -> Result<
    (
        Response<GameCenterAchievementImage>,
        Vec<GameCenterAchievementLocalization>,
    ),
    Error,
> {
    let raw = asc_core::RawResponse::new(200, Default::default(), body);
    let response = Response::<GameCenterAchievementImage>::from_raw(raw)?;
    let included = response.included::<GameCenterAchievementLocalization>();
    Ok((response, included))
}
