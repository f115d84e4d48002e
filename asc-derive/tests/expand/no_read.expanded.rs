/// A field of [`GameCenterMatchmakingTeam`]: the names that `fields[gameCenterMatchmakingTeams]` takes.
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
pub enum GameCenterMatchmakingTeamField {
    /// `referenceName`
    ReferenceName,
}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterMatchmakingTeamField {
    const NAMES: &'static [&'static str] = &["referenceName"];
    const ALL: &'static [Self] = &[Self::ReferenceName];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
#[automatically_derived]
impl ::asc_core::FieldSelector for GameCenterMatchmakingTeamField {
    const RESOURCE_TYPE: &'static str = "gameCenterMatchmakingTeams";
}
impl GameCenterMatchmakingTeamField {
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
impl ::asc_core::__private::core::fmt::Display for GameCenterMatchmakingTeamField {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterMatchmakingTeamField {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "field of gameCenterMatchmakingTeams")
    }
}
/// A relationship of [`GameCenterMatchmakingTeam`] that `include=` may name.
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
pub enum GameCenterMatchmakingTeamInclude {}
#[automatically_derived]
impl ::asc_core::Selector for GameCenterMatchmakingTeamInclude {
    const NAMES: &'static [&'static str] = &[];
    const ALL: &'static [Self] = &[];
    #[inline]
    fn index(self) -> usize {
        match self {}
    }
}
impl GameCenterMatchmakingTeamInclude {
    /// Apple's name of this variant.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {}
    }
    /// Every variant, in declaration order.
    #[must_use]
    #[inline]
    pub const fn all() -> &'static [Self] {
        <Self as ::asc_core::Selector>::ALL
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::fmt::Display for GameCenterMatchmakingTeamInclude {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for GameCenterMatchmakingTeamInclude {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(
            s,
            "relationship of gameCenterMatchmakingTeams that `include` takes",
        )
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::asc_core::Resource for GameCenterMatchmakingTeam {
    const TYPE: &'static str = "gameCenterMatchmakingTeams";
    const PATH: &'static str = "/v1/gameCenterMatchmakingTeams";
    const ATTRIBUTES: &'static [&'static str] = &["referenceName"];
    const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[];
    type Field = GameCenterMatchmakingTeamField;
    type Include = GameCenterMatchmakingTeamInclude;
    const OPERATIONS: ::asc_core::Operations = ::asc_core::Operations::NONE
        .with_create(true)
        .with_delete(true);
}
#[automatically_derived]
impl<'de> ::asc_core::__private::serde::Deserialize<'de> for GameCenterMatchmakingTeam {
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
impl ::asc_core::__private::DecodeResource for GameCenterMatchmakingTeam {
    #[inline]
    fn empty() -> Self {
        Self {
            id: ::asc_core::__private::core::default::Default::default(),
            reference_name: ::asc_core::__private::core::default::Default::default(),
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
            _ => ::asc_core::__private::FieldValue::skip(__value),
        }
    }
}
const _: () = ::asc_core::__private::core::assert!(
    ::asc_core::__private::support::same_type(< TeamCreate as ::asc_core::Payload >
    ::TYPE, < GameCenterMatchmakingTeam as ::asc_core::Resource > ::TYPE,),
    "the payload of `create` has another JSON:API type than this resource: declare it with `#[asc(type = \"gameCenterMatchmakingTeams\")]`",
);
#[allow(unused_qualifications)]
impl GameCenterMatchmakingTeam {
    /// Creates a `gameCenterMatchmakingTeams` resource: `POST /v1/gameCenterMatchmakingTeams` with Apple's create request built from `payload`.
    ///
    /// Send it with `.send().await`; the answer is the new resource.
    pub fn create(
        client: &::asc_core::Client,
        payload: &TeamCreate,
    ) -> ::asc_core::WriteRequest<Self> {
        ::asc_core::WriteRequest::create(client, payload)
    }
    /// Deletes the `gameCenterMatchmakingTeams` resource `id`: `DELETE /v1/gameCenterMatchmakingTeams/{id}`.
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
}
