/// A field of [`GameCenterAchievement`]: the names that `fields[gameCenterAchievements]` takes.
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
pub enum GameCenterAchievementField {
    /// `referenceName`
    ReferenceName,
    /// `localizations`
    Localizations,
    /// `groupAchievement`
    GroupAchievement,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementField {
    const NAMES: &'static [&'static str] = &[
        "referenceName",
        "localizations",
        "groupAchievement",
    ];
    const ALL: &'static [Self] = &[
        Self::ReferenceName,
        Self::Localizations,
        Self::GroupAchievement,
    ];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
#[automatically_derived]
impl ::asc_core::FieldSelector for GameCenterAchievementField {
    const RESOURCE_TYPE: &'static str = "gameCenterAchievements";
}
impl GameCenterAchievementField {
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
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementField {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterAchievementField {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "field of gameCenterAchievements")
    }
}
/// A relationship of [`GameCenterAchievement`] that `include=` may name.
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
pub enum GameCenterAchievementInclude {
    /// `localizations`
    Localizations,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementInclude {
    const NAMES: &'static [&'static str] = &["localizations"];
    const ALL: &'static [Self] = &[Self::Localizations];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
impl GameCenterAchievementInclude {
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
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementInclude {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterAchievementInclude {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(
            s,
            "relationship of gameCenterAchievements that `include` takes",
        )
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::asc_core::Resource for GameCenterAchievement {
    const TYPE: &'static str = "gameCenterAchievements";
    const PATH: &'static str = "/v1/gameCenterAchievements";
    const ATTRIBUTES: &'static [&'static str] = &["referenceName"];
    const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[
        ::asc_core::RelationshipMeta::of::<
            ToMany<GameCenterAchievementLocalization>,
        >("localizations", true),
        ::asc_core::RelationshipMeta::of::<
            ToOne<GameCenterAchievement>,
        >("groupAchievement", false),
    ];
    type Field = GameCenterAchievementField;
    type Include = GameCenterAchievementInclude;
    const LISTS: &'static [::asc_core::ListMeta] = &[
        ::asc_core::ListMeta {
            relationship: ::asc_core::__private::core::option::Option::None,
            filters: &[
                ::asc_core::FilterMeta {
                    parameter: "filter[referenceName]",
                    field: "referenceName",
                    values: &[],
                    required: false,
                },
                ::asc_core::FilterMeta {
                    parameter: "filter[id]",
                    field: "id",
                    values: &[],
                    required: false,
                },
                ::asc_core::FilterMeta {
                    parameter: "filter[archived]",
                    field: "archived",
                    values: &["true", "false"],
                    required: false,
                },
                ::asc_core::FilterMeta {
                    parameter: "filter[state]",
                    field: "state",
                    values: &["LIVE", "DRAFT"],
                    required: false,
                },
            ],
            sort: &["referenceName"],
            max_limit: <GameCenterAchievementList as ::asc_core::ListEndpoint>::MAX_LIMIT,
        },
        ::asc_core::ListMeta {
            relationship: ::asc_core::__private::core::option::Option::Some(
                "localizations",
            ),
            filters: &[],
            sort: &[],
            max_limit: <GameCenterAchievementLocalizationsList as ::asc_core::ListEndpoint>::MAX_LIMIT,
        },
    ];
    const LINKAGES: &'static [::asc_core::LinkageMeta] = &[
        ::asc_core::LinkageMeta {
            relationship: "localizations",
            get: true,
            add: false,
            remove: false,
            replace: true,
        },
        ::asc_core::LinkageMeta {
            relationship: "groupAchievement",
            get: true,
            add: false,
            remove: false,
            replace: true,
        },
    ];
}
#[automatically_derived]
impl<'de> ::asc_core::__private::serde::Deserialize<'de> for GameCenterAchievement {
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
impl ::asc_core::__private::DecodeResource for GameCenterAchievement {
    #[inline]
    fn empty() -> Self {
        Self {
            id: ::asc_core::__private::core::default::Default::default(),
            reference_name: ::asc_core::__private::core::default::Default::default(),
            localizations: ::asc_core::__private::core::default::Default::default(),
            group_achievement: ::asc_core::__private::core::default::Default::default(),
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
                ::asc_core::__private::FieldValue::read(
                    __value,
                    &mut self.reference_name,
                )
            }
            1usize => {
                ::asc_core::__private::FieldValue::read(__value, &mut self.localizations)
            }
            2usize => {
                ::asc_core::__private::FieldValue::read(
                    __value,
                    &mut self.group_achievement,
                )
            }
            _ => ::asc_core::__private::FieldValue::skip(__value),
        }
    }
}
#[allow(unused_qualifications)]
impl GameCenterAchievement {
    /// Reads one `gameCenterAchievements` resource by id: `GET /v1/gameCenterAchievements/{id}`.
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
/// The values of `filter[state]`.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone,
    ::asc_core::__private::core::marker::Copy,
    ::asc_core::__private::core::cmp::PartialEq,
    ::asc_core::__private::core::cmp::Eq,
    ::asc_core::__private::core::hash::Hash,
)]
pub enum GameCenterAchievementListState {
    /// `LIVE`
    Live,
    /// `DRAFT`
    Draft,
}
impl GameCenterAchievementListState {
    /// Apple's value.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Live => "LIVE",
            Self::Draft => "DRAFT",
        }
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementListState {
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
/// A filter of [`GameCenterAchievementList`]: pass it to `.filter(...)` of the list request.
///
/// Several values of one filter are sent comma-joined: an item passes when it matches any.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone
)]
pub enum GameCenterAchievementListFilter {
    /// `filter[referenceName]`: any of these values.
    ReferenceName(::asc_core::__private::Vec<::asc_core::__private::String>),
    /// `filter[id]`: any of these ids.
    Id(::asc_core::__private::Vec<::asc_core::__private::String>),
    /// `filter[archived]`: `true` or `false`.
    Archived(bool),
    /// `filter[state]`: any of these [`GameCenterAchievementListState`]s.
    State(::asc_core::__private::Vec<GameCenterAchievementListState>),
}
#[automatically_derived]
impl ::asc_core::Filter for GameCenterAchievementListFilter {
    fn parameter(&self) -> &'static str {
        match self {
            Self::ReferenceName(_) => "filter[referenceName]",
            Self::Id(_) => "filter[id]",
            Self::Archived(_) => "filter[archived]",
            Self::State(_) => "filter[state]",
        }
    }
    fn values(&self) -> ::asc_core::__private::Vec<::asc_core::__private::String> {
        match self {
            Self::ReferenceName(v) => v.clone(),
            Self::Id(v) => v.clone(),
            Self::Archived(v) => {
                ::asc_core::__private::Vec::from([
                    ::asc_core::__private::ToString::to_string(v),
                ])
            }
            Self::State(v) => {
                v.iter()
                    .map(|x| ::asc_core::__private::ToString::to_string(x.as_str()))
                    .collect()
            }
        }
    }
}
/// A sort key of [`GameCenterAchievementList`], ascending or descending (`...Desc`): pass them to `.sort(...)`.
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
pub enum GameCenterAchievementListSort {
    /// `referenceName`
    ReferenceName,
    /// `-referenceName`
    ReferenceNameDesc,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterAchievementListSort {
    const NAMES: &'static [&'static str] = &["referenceName", "-referenceName"];
    const ALL: &'static [Self] = &[Self::ReferenceName, Self::ReferenceNameDesc];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
impl GameCenterAchievementListSort {
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
impl ::asc_core::__private::core::fmt::Display for GameCenterAchievementListSort {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterAchievementListSort {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "sort key of GameCenterAchievementList")
    }
}
/// The list endpoint `GET` of the `gameCenterAchievements` collection: its filters, sort keys and largest page.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone,
    ::asc_core::__private::core::marker::Copy,
    ::asc_core::__private::core::default::Default
)]
pub struct GameCenterAchievementList;
#[automatically_derived]
impl ::asc_core::ListEndpoint for GameCenterAchievementList {
    type Filter = GameCenterAchievementListFilter;
    type Sort = GameCenterAchievementListSort;
    const MAX_LIMIT: u32 = 200u32;
}
/// The list endpoint `GET` of the `localizations` of a `gameCenterAchievements`: its filters, sort keys and largest page.
#[derive(
    ::asc_core::__private::core::fmt::Debug,
    ::asc_core::__private::core::clone::Clone,
    ::asc_core::__private::core::marker::Copy,
    ::asc_core::__private::core::default::Default
)]
pub struct GameCenterAchievementLocalizationsList;
#[automatically_derived]
impl ::asc_core::ListEndpoint for GameCenterAchievementLocalizationsList {
    type Filter = ::asc_core::NoFilter;
    type Sort = ::asc_core::NoSort;
    const MAX_LIMIT: u32 = 200u32;
}
#[allow(unused_qualifications)]
impl GameCenterAchievement {
    /// Lists `gameCenterAchievements` resources: `GET /v1/gameCenterAchievements`.
    ///
    /// Chain `.fields(...)`, `.include(...)`, `.filter(...)`, `.sort(...)`, `.limit(n)` (the page size, not a total), then `.send().await` for the first page, `.pages()` or `.items()` for streams that follow `links.next`.
    pub fn list(
        client: &::asc_core::Client,
    ) -> ::asc_core::ListRequest<Self, GameCenterAchievementList> {
        ::asc_core::ListRequest::<
            Self,
            GameCenterAchievementList,
        >::collection(client, <Self as ::asc_core::Resource>::PATH)
    }
    /// Lists the `localizations` of one `gameCenterAchievements` resource: `GET /v1/gameCenterAchievements/{id}/localizations`.
    ///
    /// Chain `.fields(...)`, `.include(...)`, `.filter(...)`, `.sort(...)`, `.limit(n)` (the page size, not a total), then `.send().await` for the first page, `.pages()` or `.items()` for streams that follow `links.next`.
    pub fn list_localizations(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::ListRequest<
        GameCenterAchievementLocalization,
        GameCenterAchievementLocalizationsList,
    > {
        ::asc_core::ListRequest::<
            GameCenterAchievementLocalization,
            GameCenterAchievementLocalizationsList,
        >::related(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "localizations",
        )
    }
    /// Lists the ids of the `localizations` of one `gameCenterAchievements` resource: `GET /v1/gameCenterAchievements/{id}/relationships/localizations`.
    ///
    /// `.limit(n)` sets the page size (1 to 200); `.pages()` and `.items()` stream them.
    pub fn list_localizations_ids(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::LinkageListRequest<GameCenterAchievementLocalization> {
        ::asc_core::LinkageListRequest::<
            GameCenterAchievementLocalization,
        >::new(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "localizations",
        )
    }
    /// Links exactly these resources (an empty list unlinks all) as the `localizations` of one `gameCenterAchievements` resource: `PATCH /v1/gameCenterAchievements/{id}/relationships/localizations`.
    ///
    /// Send it with `.send().await`.
    pub fn replace_localizations(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
        ids: &[&str],
    ) -> ::asc_core::LinkageWriteRequest {
        ::asc_core::LinkageWriteRequest::replace_links::<
            GameCenterAchievementLocalization,
        >(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "localizations",
            ids,
        )
    }
    /// Reads the id of the `groupAchievement` of one `gameCenterAchievements` resource: `GET /v1/gameCenterAchievements/{id}/relationships/groupAchievement` (`None` when the relationship is empty).
    pub fn read_group_achievement_id(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
    ) -> ::asc_core::LinkageRequest<GameCenterAchievement> {
        ::asc_core::LinkageRequest::<
            GameCenterAchievement,
        >::new(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "groupAchievement",
        )
    }
    /// Sets the `groupAchievement` of one `gameCenterAchievements` resource to `target` (or empties it with `None`): `PATCH /v1/gameCenterAchievements/{id}/relationships/groupAchievement`.
    ///
    /// Send it with `.send().await`.
    pub fn set_group_achievement(
        client: &::asc_core::Client,
        id: impl ::asc_core::__private::core::convert::AsRef<str>,
        target: ::asc_core::__private::core::option::Option<&str>,
    ) -> ::asc_core::LinkageWriteRequest {
        ::asc_core::LinkageWriteRequest::set_link::<
            GameCenterAchievement,
        >(
            client,
            <Self as ::asc_core::Resource>::PATH,
            ::asc_core::__private::core::convert::AsRef::<str>::as_ref(&id),
            "groupAchievement",
            target,
        )
    }
}
