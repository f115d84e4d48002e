::core::compile_error! {
    "unknown key `kind` in `#[asc(...)]` on a struct: expected `type = \"...\"`, `path = \"...\"`, `create = Payload`, `update = Payload`, `delete`, `asset`, `no_read`, `deprecated = \"...\"`, `list(...)` or `crate = \"...\"`"
}
::core::compile_error! {
    "missing `type`: name the JSON:API type, such as `#[asc(type = \"gameCenterAchievementImages\")]`"
}
::core::compile_error! {
    "a resource needs the field `pub id: String`, which holds the JSON:API id"
}
::core::compile_error! {
    "attribute fields must be `Option<_>`: sparse fieldsets may leave any attribute out; write `Option<String>`"
}
::core::compile_error! {
    "`related` reads the one resource of a to-one relationship, and this field is a `ToMany`: remove `related`, or use `list` to list its resources"
}
::core::compile_error! {
    "`list` lists the resources of a to-many relationship, and this field is a `ToOne`: use `related` to read its one resource"
}
/// A field of [`Thing`]: the names that `fields[]` takes.
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
pub enum ThingField {
    /// `name`
    Name,
    /// `owner`
    Owner,
    /// `parts`
    Parts,
}
#[automatically_derived]
impl ::asc_core::Selector for ThingField {
    const NAMES: &'static [&'static str] = &["name", "owner", "parts"];
    const ALL: &'static [Self] = &[Self::Name, Self::Owner, Self::Parts];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
#[automatically_derived]
impl ::asc_core::FieldSelector for ThingField {
    const RESOURCE_TYPE: &'static str = "";
}
impl ThingField {
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
impl ::asc_core::__private::core::fmt::Display for ThingField {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for ThingField {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "field of ")
    }
}
/// A relationship of [`Thing`] that `include=` may name.
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
pub enum ThingInclude {
    /// `owner`
    Owner,
}
#[automatically_derived]
impl ::asc_core::Selector for ThingInclude {
    const NAMES: &'static [&'static str] = &["owner"];
    const ALL: &'static [Self] = &[Self::Owner];
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}
impl ThingInclude {
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
impl ::asc_core::__private::core::fmt::Display for ThingInclude {
    #[inline]
    fn fmt(
        &self,
        f: &mut ::asc_core::__private::core::fmt::Formatter<'_>,
    ) -> ::asc_core::__private::core::fmt::Result {
        ::asc_core::__private::core::fmt::Formatter::pad(f, Self::as_str(*self))
    }
}
#[automatically_derived]
impl ::asc_core::__private::core::str::FromStr for ThingInclude {
    type Err = ::asc_core::UnknownName;
    #[inline]
    fn from_str(
        s: &str,
    ) -> ::asc_core::__private::core::result::Result<Self, Self::Err> {
        ::asc_core::parse_selector(s, "relationship of  that `include` takes")
    }
}
#[automatically_derived]
impl ::asc_core::Resource for Thing {
    const TYPE: &'static str = "";
    const PATH: &'static str = "/v1/things";
    const ATTRIBUTES: &'static [&'static str] = &[];
    const RELATIONSHIPS: &'static [::asc_core::RelationshipMeta] = &[];
    type Field = ThingField;
    type Include = ThingInclude;
}
#[automatically_derived]
impl<'de> ::asc_core::__private::serde::Deserialize<'de> for Thing {
    fn deserialize<__D>(
        _: __D,
    ) -> ::asc_core::__private::core::result::Result<Self, __D::Error>
    where
        __D: ::asc_core::__private::serde::Deserializer<'de>,
    {
        ::asc_core::__private::core::result::Result::Err(
            <__D::Error as ::asc_core::__private::serde::de::Error>::custom(
                "this declaration has errors reported by #[derive(AscResource)]",
            ),
        )
    }
}
#[allow(unused_qualifications)]
impl Thing {
    /// Reads one `` resource by id: `GET /v1/things/{id}`.
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
