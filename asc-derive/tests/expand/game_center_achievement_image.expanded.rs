/// A field of [`GameCenterAchievementImage`]: the names that `fields[gameCenterAchievementImages]` takes.
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
pub enum GameCenterAchievementImageField {
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
    /// `gameCenterAchievementLocalization`
    GameCenterAchievementLocalization,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementImageField {
    const NAMES: &'static [&'static str] = &[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterAchievementLocalization",
    ];
    const ALL: &'static [Self] = &[
        Self::FileSize,
        Self::FileName,
        Self::ImageAsset,
        Self::UploadOperations,
        Self::AssetDeliveryState,
        Self::GameCenterAchievementLocalization,
    ];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
#[automatically_derived]
impl ::asc_core::FieldSelector for GameCenterAchievementImageField {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievementImages";
}
impl GameCenterAchievementImageField {
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
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementImageField {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterAchievementImageField {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "field of gameCenterAchievementImages")
    }
}
/// A relationship of [`GameCenterAchievementImage`] that `include=` may name.
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
pub enum GameCenterAchievementImageInclude {
    /// `gameCenterAchievementLocalization`
    GameCenterAchievementLocalization,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementImageInclude {
    const NAMES: &'static [&'static str] = &["gameCenterAchievementLocalization"];
    const ALL: &'static [Self] = &[Self::GameCenterAchievementLocalization];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
impl GameCenterAchievementImageInclude {
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
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementImageInclude {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterAchievementImageInclude {
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
impl ::asc_core::Resource for GameCenterAchievementImage {
    const TYPE: &'static str = "gameCenterAchievementImages";
    const PATH: &'static str = "/v1/gameCenterAchievementImages";
    const ATTRIBUTES: &'static [&'static str] = &[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
    ];
    const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[
        ::asc_core::RelationshipMeta::of::<
            ToOne<GameCenterAchievementLocalization>,
        >("gameCenterAchievementLocalization", true),
    ];
    type Field = GameCenterAchievementImageField;
    type Include = GameCenterAchievementImageInclude;
}
#[automatically_derived]
impl<'de> ::asc_core::__private::serde::Deserialize<'de> for GameCenterAchievementImage {
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
impl ::asc_core::__private::DecodeResource for GameCenterAchievementImage {
    #[inline]
    fn empty() -> Self {
        Self {
            id: ::asc_core::__private::core::default::Default::default(),
            file_size: ::asc_core::__private::core::default::Default::default(),
            file_name: ::asc_core::__private::core::default::Default::default(),
            image_asset: ::asc_core::__private::core::default::Default::default(),
            upload_operations: ::asc_core::__private::core::default::Default::default(),
            asset_delivery_state: ::asc_core::__private::core::default::Default::default(),
            game_center_achievement_localization: ::asc_core::__private::core::default::Default::default(),
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
                ::asc_core::__private::FieldValue::read(
                    __value,
                    &mut self.game_center_achievement_localization,
                )
            }
            _ => ::asc_core::__private::FieldValue::skip(__value),
        }
    }
}
#[allow(unused_qualifications)]
impl GameCenterAchievementImage {
    /// Reads one `gameCenterAchievementImages` resource by id: `GET /v1/gameCenterAchievementImages/{id}`.
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
}
