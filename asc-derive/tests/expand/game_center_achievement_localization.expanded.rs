/// A field of [`GameCenterAchievementLocalizationV2`]: the names that `fields[gameCenterAchievementLocalizations]` takes.
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
pub enum GameCenterAchievementLocalizationV2Field {
    /// `locale`
    ///
    /// The locale, such as `en-US`.
    Locale,
    /// `version`
    Version,
    /// `image`
    ///
    /// The image of the achievement in this locale.
    Image,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementLocalizationV2Field {
    const NAMES: &'static [&'static str] = &["locale", "version", "image"];
    const ALL: &'static [Self] = &[Self::Locale, Self::Version, Self::Image];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
#[automatically_derived]
impl ::asc_core::FieldSelector for GameCenterAchievementLocalizationV2Field {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievementLocalizations";
}
impl GameCenterAchievementLocalizationV2Field {
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
impl ::asc_core::__private::core::fmt::Display
for GameCenterAchievementLocalizationV2Field {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr
for GameCenterAchievementLocalizationV2Field {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "field of gameCenterAchievementLocalizations")
    }
}
/// A relationship of [`GameCenterAchievementLocalizationV2`] that `include=` may name.
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
pub enum GameCenterAchievementLocalizationV2Include {
    /// `image`
    ///
    /// The image of the achievement in this locale.
    Image,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementLocalizationV2Include {
    const NAMES: &'static [&'static str] = &["image"];
    const ALL: &'static [Self] = &[Self::Image];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
impl GameCenterAchievementLocalizationV2Include {
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
impl ::asc_core::__private::core::fmt::Display
for GameCenterAchievementLocalizationV2Include {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr
for GameCenterAchievementLocalizationV2Include {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(
            s,
            "relationship of gameCenterAchievementLocalizations that `include` takes",
        )
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::asc_core::Resource for GameCenterAchievementLocalizationV2 {
    const TYPE: &'static str = "gameCenterAchievementLocalizations";
    const PATH: &'static str = "/v2/gameCenterAchievementLocalizations";
    const ATTRIBUTES: &'static [&'static str] = &["locale"];
    const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[
        ::asc_core::RelationshipMeta::of::<
            ToOne<GameCenterAchievementVersionV2>,
        >("version", false),
        ::asc_core::RelationshipMeta::of::<
            ToOne<GameCenterAchievementImageV2>,
        >("image", true),
    ];
    type Field = GameCenterAchievementLocalizationV2Field;
    type Include = GameCenterAchievementLocalizationV2Include;
}
#[automatically_derived]
impl<'de> ::asc_core::__private::serde::Deserialize<'de>
for GameCenterAchievementLocalizationV2 {
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
impl ::asc_core::__private::DecodeResource for GameCenterAchievementLocalizationV2 {
    #[inline]
    fn empty() -> Self {
        Self {
            id: ::asc_core::__private::core::default::Default::default(),
            locale: ::asc_core::__private::core::default::Default::default(),
            version: ::asc_core::__private::core::default::Default::default(),
            image: ::asc_core::__private::core::default::Default::default(),
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
            0usize => ::asc_core::__private::FieldValue::read(__value, &mut self.locale),
            1usize => ::asc_core::__private::FieldValue::read(__value, &mut self.version),
            2usize => ::asc_core::__private::FieldValue::read(__value, &mut self.image),
            _ => ::asc_core::__private::FieldValue::skip(__value),
        }
    }
}
#[allow(unused_qualifications)]
impl GameCenterAchievementLocalizationV2 {
    /// Reads one `gameCenterAchievementLocalizations` resource by id: `GET /v2/gameCenterAchievementLocalizations/{id}`.
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
    /// Reads the `image` of one `gameCenterAchievementLocalizations` resource: `GET /v2/gameCenterAchievementLocalizations/{id}/image`.
    pub fn read_image(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::RelatedRequest<GameCenterAchievementImageV2> {
        ::asc_core::RelatedRequest::new(
            client,
            "/v2/gameCenterAchievementLocalizations",
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "image",
        )
    }
}
