/// A field of [`GameCenterAchievementImageV2`]: the names that `fields[gameCenterAchievementImages]` takes.
///
/// Pass them to `.fields(...)` of a request; `as_str()` gives Apple's name.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone,
    ::asc_core::__private::core::marker::Copy,
    ::asc_core::__private::core::cmp::PartialEq,
    ::asc_core::__private::core::cmp::Eq,
    ::asc_core::__private::core::hash::Hash,
    ::asc_core::__private::core::cmp::PartialOrd,
    ::asc_core::__private::core::cmp::Ord,
)]
pub enum GameCenterAchievementImageV2Field {
    /// `fileSize`
    FileSize,
    /// `fileName`
    FileName,
    /// `imageAsset`
    ImageAsset,
    /// `uploadOperations`
    UploadOperations,
    /// `assetDeliveryState`
    AssetDeliveryState,
    /// `localization`
    Localization,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementImageV2Field {
    const NAMES: &'static [&'static str] = &[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "localization",
    ];
    const ALL: &'static [Self] = &[
        Self::FileSize,
        Self::FileName,
        Self::ImageAsset,
        Self::UploadOperations,
        Self::AssetDeliveryState,
        Self::Localization,
    ];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
#[automatically_derived]
impl ::asc_core::FieldSelector for GameCenterAchievementImageV2Field {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievementImages";
}
impl GameCenterAchievementImageV2Field {
    /// Apple's name of this variant.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        <Self as ::asc_core::Selector>::NAMES[self as usize]
    }
    /// Every variant, in declaration order.
    #[must_use]
    #[inline]
    pub const fn all() -> &'static [Self] {
        <Self as ::asc_core::Selector>::ALL
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementImageV2Field {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterAchievementImageV2Field {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "field of gameCenterAchievementImages")
    }
}
/// A relationship of [`GameCenterAchievementImageV2`] that `include=` may name.
///
/// Pass them to `.include(...)` of a request; `as_str()` gives Apple's name.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone,
    ::asc_core::__private::core::marker::Copy,
    ::asc_core::__private::core::cmp::PartialEq,
    ::asc_core::__private::core::cmp::Eq,
    ::asc_core::__private::core::hash::Hash,
    ::asc_core::__private::core::cmp::PartialOrd,
    ::asc_core::__private::core::cmp::Ord,
)]
pub enum GameCenterAchievementImageV2Include {
    /// `localization`
    Localization,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementImageV2Include {
    const NAMES: &'static [&'static str] = &["localization"];
    const ALL: &'static [Self] = &[Self::Localization];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
impl GameCenterAchievementImageV2Include {
    /// Apple's name of this variant.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        <Self as ::asc_core::Selector>::NAMES[self as usize]
    }
    /// Every variant, in declaration order.
    #[must_use]
    #[inline]
    pub const fn all() -> &'static [Self] {
        <Self as ::asc_core::Selector>::ALL
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementImageV2Include {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterAchievementImageV2Include {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(
            s,
            "relationship of gameCenterAchievementImages that `include` takes",
        )
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::asc_core::Resource for GameCenterAchievementImageV2 {
    const TYPE: &'static str = "gameCenterAchievementImages";
    const PATH: &'static str = "/v2/gameCenterAchievementImages";
    const ATTRIBUTES: &'static [&'static str] = &[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
    ];
    const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[
        ::asc_core::RelationshipMeta::of::<
            ToOne<GameCenterAchievementLocalizationV2>,
        >("localization", true),
    ];
    type Field = GameCenterAchievementImageV2Field;
    type Include = GameCenterAchievementImageV2Include;
    const OPERATIONS: ::asc_core::Operations = ::asc_core::Operations::READ
        .with_create(true)
        .with_update(true)
        .with_delete(true)
        .with_asset(true);
}
#[automatically_derived]
impl<'de> ::asc_core::__private::serde::Deserialize<'de>
for GameCenterAchievementImageV2 {
    #[inline]
    fn deserialize<__D>(
        __deserializer: __D,
    ) -> ::asc_core::__private::core::result::Result<Self, __D::Error>
    where
        __D: ::asc_core::__private::serde::Deserializer<'de>,
    {
        ::asc_core::__private::decode_resource(__deserializer)
    }
}
#[automatically_derived]
impl ::asc_core::__private::DecodeResource for GameCenterAchievementImageV2 {
    #[inline]
    fn empty() -> Self {
        Self {
            id: ::asc_core::__private::core::default::Default::default(),
            file_size: ::asc_core::__private::core::default::Default::default(),
            file_name: ::asc_core::__private::core::default::Default::default(),
            image_asset: ::asc_core::__private::core::default::Default::default(),
            upload_operations: ::asc_core::__private::core::default::Default::default(),
            asset_delivery_state: ::asc_core::__private::core::default::Default::default(),
            localization: ::asc_core::__private::core::default::Default::default(),
        }
    }
    #[inline]
    fn id_mut(&mut self) -> &mut ::asc_core::__private::String {
        &mut self.id
    }
    #[inline]
    fn decode_field<'de, __V: ::asc_core::__private::FieldValue<'de>>(
        &mut self,
        __index: usize,
        __value: __V,
    ) -> ::asc_core::__private::core::result::Result<(), __V::Error> {
        match __index {
            0usize => {
                ::asc_core::__private::FieldValue::read(__value, &mut self.file_size)
            }
            1usize => {
                ::asc_core::__private::FieldValue::read(__value, &mut self.file_name)
            }
            2usize => {
                ::asc_core::__private::FieldValue::read(__value, &mut self.image_asset)
            }
            3usize => {
                ::asc_core::__private::FieldValue::read(
                    __value,
                    &mut self.upload_operations,
                )
            }
            4usize => {
                ::asc_core::__private::FieldValue::read(
                    __value,
                    &mut self.asset_delivery_state,
                )
            }
            5usize => {
                ::asc_core::__private::FieldValue::read(__value, &mut self.localization)
            }
            _ => ::asc_core::__private::FieldValue::skip(__value),
        }
    }
}
#[automatically_derived]
impl ::asc_core::Asset for GameCenterAchievementImageV2 {
    type Parent = GameCenterAchievementLocalizationV2;
    const PARENT_RELATIONSHIP: &'static str = "localization";
    fn asset_id(&self) -> &str {
        &self.id
    }
    fn file_name(&self) -> ::asc_core::__private::core::option::Option<&str> {
        ::asc_core::__private::support::file_name(&self.file_name)
    }
    fn file_size(&self) -> ::asc_core::__private::core::option::Option<i64> {
        ::asc_core::__private::support::file_size(&self.file_size)
    }
    fn upload_operations(&self) -> &[::asc_core::UploadOperation] {
        ::asc_core::__private::support::upload_operations(&self.upload_operations)
    }
    fn delivery_state(
        &self,
    ) -> ::asc_core::__private::core::option::Option<&::asc_core::AppMediaAssetState> {
        ::asc_core::__private::support::asset_delivery_state(&self.asset_delivery_state)
    }
}
const _: () = ::asc_core::__private::core::assert!(
    ::asc_core::__private::support::same_type(< GameCenterAchievementImageV2Create as
    ::asc_core::Payload > ::TYPE, < GameCenterAchievementImageV2 as ::asc_core::Resource
    > ::TYPE,),
    "the payload of `create` has another JSON:API type than this resource: declare it with `#[asc(type = \"gameCenterAchievementImages\")]`",
);
const _: () = ::asc_core::__private::core::assert!(
    ::asc_core::__private::support::same_type(< GameCenterAchievementImageV2Update as
    ::asc_core::Payload > ::TYPE, < GameCenterAchievementImageV2 as ::asc_core::Resource
    > ::TYPE,),
    "the payload of `update` has another JSON:API type than this resource: declare it with `#[asc(type = \"gameCenterAchievementImages\")]`",
);
#[allow(unused_qualifications)]
impl GameCenterAchievementImageV2 {
    /// Reads one `gameCenterAchievementImages` resource by id: `GET /v2/gameCenterAchievementImages/{id}`.
    ///
    /// Choose fields with `.fields(...)` and related resources with `.include(...)`,
    /// then `.send().await`.
    pub fn read(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::ReadRequest<Self> {
        ::asc_core::ReadRequest::new(
            client,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
        )
    }
    /// Creates a `gameCenterAchievementImages` resource: `POST /v2/gameCenterAchievementImages` with Apple's create request built from `payload`.
    ///
    /// Send it with `.send().await`; the answer is the new resource.
    pub fn create(
        client: &::asc_core::Client,
        payload: &GameCenterAchievementImageV2Create,
    ) -> ::asc_core::WriteRequest<Self> {
        ::asc_core::WriteRequest::create(client, payload)
    }
    /// Updates the `gameCenterAchievementImages` resource `id`: `PATCH /v2/gameCenterAchievementImages/{id}` with Apple's update request built from `payload`.
    ///
    /// Send it with `.send().await`; the answer is the updated resource.
    pub fn update(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
        payload: &GameCenterAchievementImageV2Update,
    ) -> ::asc_core::WriteRequest<Self> {
        ::asc_core::WriteRequest::update(
            client,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            payload,
        )
    }
    /// Deletes the `gameCenterAchievementImages` resource `id`: `DELETE /v2/gameCenterAchievementImages/{id}`.
    ///
    /// Send it with `.send().await`.
    pub fn delete(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::DeleteRequest {
        ::asc_core::DeleteRequest::new::<
            Self,
        >(client, ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id))
    }
    /// Uploads the PNG or JPEG file at `path` as a new `gameCenterAchievementImages` of the parent resource `parent_id`, and waits until App Store Connect has processed it.
    ///
    /// Reserves the upload, sends the parts, commits, then polls the delivery state;
    /// set options on the returned `AssetUpload`, then `.send().await`.
    pub fn upload(
        client: &::asc_core::Client,
        parent_id: impl ::asc_core::__private::core::convert::AsRef<str>,
        path: impl ::asc_core::__private::core::convert::AsRef<
            ::asc_core::__private::Path,
        >,
    ) -> ::asc_core::AssetUpload<Self> {
        ::asc_core::AssetUpload::new(
            client,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&parent_id),
            path,
        )
    }
}
