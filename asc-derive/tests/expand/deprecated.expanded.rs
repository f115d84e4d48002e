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
    /// `fileName`
    FileName,
    /// `gameCenterAchievementLocalization`
    GameCenterAchievementLocalization,
    /// `releases`
    Releases,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementImageField {
    const NAMES: &'static [&'static str] = &[
        "fileName",
        "gameCenterAchievementLocalization",
        "releases",
    ];
    const ALL: &'static [Self] = &[
        Self::FileName,
        Self::GameCenterAchievementLocalization,
        Self::Releases,
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
    /// `releases`
    Releases,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementImageInclude {
    const NAMES: &'static [&'static str] = &[
        "gameCenterAchievementLocalization",
        "releases",
    ];
    const ALL: &'static [Self] = &[
        Self::GameCenterAchievementLocalization,
        Self::Releases,
    ];
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
    const ATTRIBUTES: &'static [&'static str] = &["fileName"];
    const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[
        ::asc_core::RelationshipMeta::of::<
            ToOne<GameCenterAchievementLocalization>,
        >("gameCenterAchievementLocalization", true),
        ::asc_core::RelationshipMeta::of::<
            ToMany<GameCenterAchievementRelease>,
        >("releases", true),
    ];
    type Field = GameCenterAchievementImageField;
    type Include = GameCenterAchievementImageInclude;
    const LISTS: &'static [::asc_core::ListMeta] = &[
        ::asc_core::ListMeta {
            relationship: ::asc_core::__private::core::option::Option::None,
            filters: &[],
            sort: &[],
            max_limit: <GameCenterAchievementImageList as ::asc_core::ListEndpoint>::MAX_LIMIT,
        },
        ::asc_core::ListMeta {
            relationship: ::asc_core::__private::core::option::Option::Some("releases"),
            filters: &[],
            sort: &[],
            max_limit: <GameCenterAchievementImageReleasesList as ::asc_core::ListEndpoint>::MAX_LIMIT,
        },
    ];
    const LINKAGES: &'static [::asc_core::LinkageMeta] = &[
        ::asc_core::LinkageMeta {
            relationship: "gameCenterAchievementLocalization",
            get: true,
            add: false,
            remove: false,
            replace: true,
        },
        ::asc_core::LinkageMeta {
            relationship: "releases",
            get: true,
            add: false,
            remove: false,
            replace: false,
        },
    ];
    const OPERATIONS: ::asc_core::Operations = ::asc_core::Operations::READ
        .with_delete(true);
    const DEPRECATED: ::asc_core::__private::core::option::Option<&'static str> = ::asc_core::__private::core::option::Option::Some(
        "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)",
    );
    const DEPRECATED_RELATIONSHIPS: &'static [(&'static str, &'static str)] = &[
        ("gameCenterAchievementLocalization", "use `localization` of the v2 image"),
    ];
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
            file_name: ::asc_core::__private::core::default::Default::default(),
            game_center_achievement_localization: ::asc_core::__private::core::default::Default::default(),
            releases: ::asc_core::__private::core::default::Default::default(),
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
                ::asc_core::__private::FieldValue::read(__value, &mut self.file_name)
            }
            1usize => {
                ::asc_core::__private::FieldValue::read(
                    __value,
                    &mut self.game_center_achievement_localization,
                )
            }
            2usize => {
                ::asc_core::__private::FieldValue::read(__value, &mut self.releases)
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
    #[deprecated(
        note = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)"
    )]
    pub fn read(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::ReadRequest<Self> {
        ::asc_core::ReadRequest::new(
            client,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
        )
    }
    /// Reads the `gameCenterAchievementLocalization` of one `gameCenterAchievementImages` resource: `GET /v1/gameCenterAchievementImages/{id}/gameCenterAchievementLocalization`.
    #[deprecated(note = "use `localization` of the v2 image")]
    pub fn read_game_center_achievement_localization(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::RelatedRequest<GameCenterAchievementLocalization> {
        ::asc_core::RelatedRequest::new(
            client,
            "/v1/gameCenterAchievementImages",
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "gameCenterAchievementLocalization",
        )
    }
    /// Deletes the `gameCenterAchievementImages` resource `id`: `DELETE /v1/gameCenterAchievementImages/{id}`.
    ///
    /// Send it with `.send().await`.
    #[deprecated(
        note = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)"
    )]
    pub fn delete(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::DeleteRequest {
        ::asc_core::DeleteRequest::new::<
            Self,
        >(client, ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id))
    }
}
/// The list endpoint `GET` of the `gameCenterAchievementImages` collection: its filters, sort keys and largest page.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone,
    ::asc_core::__private::core::marker::Copy,
    ::asc_core::__private::core::default::Default
)]
pub struct GameCenterAchievementImageList;
#[automatically_derived]
impl ::asc_core::ListEndpoint for GameCenterAchievementImageList {
    type Filter = ::asc_core::NoFilter;
    type Sort = ::asc_core::NoSort;
    const MAX_LIMIT: u32 = 200u32;
}
/// The list endpoint `GET` of the `releases` of a `gameCenterAchievementImages`: its filters, sort keys and largest page.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone,
    ::asc_core::__private::core::marker::Copy,
    ::asc_core::__private::core::default::Default
)]
pub struct GameCenterAchievementImageReleasesList;
#[automatically_derived]
impl ::asc_core::ListEndpoint for GameCenterAchievementImageReleasesList {
    type Filter = ::asc_core::NoFilter;
    type Sort = ::asc_core::NoSort;
    const MAX_LIMIT: u32 = 200u32;
}
#[allow(unused_qualifications)]
impl GameCenterAchievementImage {
    /// Lists `gameCenterAchievementImages` resources: `GET /v1/gameCenterAchievementImages`.
    ///
    /// Chain `.fields(...)`, `.include(...)`, `.filter(...)`, `.sort(...)`, `.limit(n)` (the page size, not a total), then `.send().await` for the first page, `.pages()` or `.items()` for streams that follow `links.next`.
    #[deprecated(
        note = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)"
    )]
    pub fn list(
        client: &::asc_core::Client,
    ) -> ::asc_core::ListRequest<Self, GameCenterAchievementImageList> {
        ::asc_core::ListRequest::<
            Self,
            GameCenterAchievementImageList,
        >::collection(client, <Self as ::asc_core::Resource>::PATH)
    }
    /// Lists the `releases` of one `gameCenterAchievementImages` resource: `GET /v1/gameCenterAchievementImages/{id}/releases`.
    ///
    /// Chain `.fields(...)`, `.include(...)`, `.filter(...)`, `.sort(...)`, `.limit(n)` (the page size, not a total), then `.send().await` for the first page, `.pages()` or `.items()` for streams that follow `links.next`.
    #[deprecated(
        note = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)"
    )]
    pub fn list_releases(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::ListRequest<
        GameCenterAchievementRelease,
        GameCenterAchievementImageReleasesList,
    > {
        ::asc_core::ListRequest::<
            GameCenterAchievementRelease,
            GameCenterAchievementImageReleasesList,
        >::related(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "releases",
        )
    }
    /// Reads the id of the `gameCenterAchievementLocalization` of one `gameCenterAchievementImages` resource: `GET /v1/gameCenterAchievementImages/{id}/relationships/gameCenterAchievementLocalization` (`None` when the relationship is empty).
    #[deprecated(note = "use `localization` of the v2 image")]
    pub fn read_game_center_achievement_localization_id(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::LinkageRequest<GameCenterAchievementLocalization> {
        ::asc_core::LinkageRequest::<
            GameCenterAchievementLocalization,
        >::new(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "gameCenterAchievementLocalization",
        )
    }
    /// Sets the `gameCenterAchievementLocalization` of one `gameCenterAchievementImages` resource to `target` (or empties it with `None`): `PATCH /v1/gameCenterAchievementImages/{id}/relationships/gameCenterAchievementLocalization`.
    ///
    /// Send it with `.send().await`.
    #[deprecated(note = "use `localization` of the v2 image")]
    pub fn set_game_center_achievement_localization(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
        target: ::asc_core::__private::core::option::Option<&str>,
    ) -> ::asc_core::LinkageWriteRequest {
        ::asc_core::LinkageWriteRequest::set_link::<
            GameCenterAchievementLocalization,
        >(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "gameCenterAchievementLocalization",
            target,
        )
    }
    /// Lists the ids of the `releases` of one `gameCenterAchievementImages` resource: `GET /v1/gameCenterAchievementImages/{id}/relationships/releases`.
    ///
    /// `.limit(n)` sets the page size (1 to 200); `.pages()` and `.items()` stream them.
    #[deprecated(
        note = "use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)"
    )]
    pub fn list_releases_ids(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::LinkageListRequest<GameCenterAchievementRelease> {
        ::asc_core::LinkageListRequest::<
            GameCenterAchievementRelease,
        >::new(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "releases",
        )
    }
}
