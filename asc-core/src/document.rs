//! The JSON:API model App Store Connect speaks: documents, resource objects,
//! relationships and links.
//!
//! Decoding is tolerant in the ways Apple needs: unknown members are ignored,
//! and JSON `null` means the same as an absent member.

use std::fmt;
use std::marker::PhantomData;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::value::RawValue;

use crate::Resource;

/// Deserializes `null` as `T::default()`, like an absent member.
pub fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// `{ "type": ..., "id": ... }`: resource linkage.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub struct ResourceIdentifier {
    /// The JSON:API type, such as `gameCenterAchievementLocalizations`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The resource id.
    pub id: String,
}

/// Links of a document (`DocumentLinks`, and `PagedDocumentLinks` for lists).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct DocumentLinks {
    /// The URL of this document.
    #[serde(rename = "self", default)]
    pub self_: Option<String>,
    /// The first page, for lists.
    #[serde(default)]
    pub first: Option<String>,
    /// The next page, for lists.
    #[serde(default)]
    pub next: Option<String>,
}

/// Links of a relationship (`RelationshipLinks`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct RelationshipLinks {
    /// The relationship itself.
    #[serde(rename = "self", default)]
    pub self_: Option<String>,
    /// The related resource(s).
    #[serde(default)]
    pub related: Option<String>,
}

/// A to-one relationship to a resource of type `T`.
///
/// Apple often sends only `links` and no `data`, so the linked id is optional.
pub struct ToOne<T> {
    /// The linked resource, when the document carried linkage.
    pub data: Option<ResourceIdentifier>,
    /// The relationship's links, when present.
    pub links: Option<RelationshipLinks>,
    _target: PhantomData<fn() -> T>,
}

/// A to-many relationship to resources of type `T`.
///
/// When a relationship is included, App Store Connect sends at most 10
/// linked ids unless the request says otherwise with `limit[relationship]`
/// (`.include_limit(..)`): [`truncated`](ToMany::truncated) tells when the
/// list was cut, and [`paging`](ToMany::paging) gives Apple's `meta.paging`.
pub struct ToMany<T> {
    /// The linked resources, when the document carried linkage.
    pub data: Option<Vec<ResourceIdentifier>>,
    /// The relationship's links, when present.
    pub links: Option<RelationshipLinks>,
    paging: Option<Paging>,
    _target: PhantomData<fn() -> T>,
}

/// Apple's `PagingInformation.paging`: how many items there are in all, and
/// how many one page (or one included relationship) holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Paging {
    /// The number of items in the whole collection.
    #[serde(default)]
    pub total: Option<u64>,
    /// The page size this answer was made with.
    #[serde(default)]
    pub limit: Option<u64>,
    /// The cursor of the next page, when Apple sends it.
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// `meta` of a paged document or relationship.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct PagingMeta {
    #[serde(default)]
    pub paging: Option<Paging>,
}

impl<T> ToOne<T> {
    /// A relationship linking to `id`, of `T`'s type when `T` is a resource.
    pub fn linked(kind: impl Into<String>, id: impl Into<String>) -> Self {
        ToOne {
            data: Some(ResourceIdentifier {
                kind: kind.into(),
                id: id.into(),
            }),
            links: None,
            _target: PhantomData,
        }
    }

    /// The id of the linked resource; `None` when only links were sent or the link is empty.
    pub fn id(&self) -> Option<&str> {
        self.data.as_ref().map(|d| d.id.as_str())
    }
}

impl<T> ToMany<T> {
    /// The ids of the linked resources, in order (empty when no linkage was sent).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.data.iter().flatten().map(|d| d.id.as_str())
    }

    /// Apple's `meta.paging` of this relationship: the total number of
    /// related resources and the limit the linkage was cut at.
    pub fn paging(&self) -> Option<&Paging> {
        self.paging.as_ref()
    }

    /// True when App Store Connect sent fewer ids than there are: its
    /// `meta.paging.total` is larger than the ids sent, or (without a
    /// total) exactly `meta.paging.limit` ids came, so more may exist. Ask
    /// for more with `.include_limit(..)`, or list the relationship.
    pub fn truncated(&self) -> bool {
        let Some(paging) = &self.paging else {
            return false;
        };
        let sent = self.data.as_ref().map_or(0, Vec::len) as u64;
        match (paging.total, paging.limit) {
            (Some(total), _) => total > sent,
            (None, Some(limit)) => sent >= limit,
            (None, None) => false,
        }
    }
}

macro_rules! relationship_impls {
    ($name:ident, $data:ty $(, $extra:ident)?) => {
        impl<T> Default for $name<T> {
            fn default() -> Self {
                $name {
                    data: None,
                    links: None,
                    $($extra: None,)?
                    _target: PhantomData,
                }
            }
        }
        impl<T> Clone for $name<T> {
            fn clone(&self) -> Self {
                $name {
                    data: self.data.clone(),
                    links: self.links.clone(),
                    $($extra: self.$extra.clone(),)?
                    _target: PhantomData,
                }
            }
        }
        impl<T> PartialEq for $name<T> {
            fn eq(&self, other: &Self) -> bool {
                self.data == other.data && self.links == other.links
            }
        }
        impl<T> fmt::Debug for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name))
                    .field("data", &self.data)
                    .field("links", &self.links)
                    $(.field(stringify!($extra), &self.$extra))?
                    .finish()
            }
        }
        impl<'de, T> Deserialize<'de> for $name<T> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                #[derive(Deserialize)]
                struct Raw {
                    #[serde(default)]
                    data: Option<$data>,
                    #[serde(default)]
                    links: Option<RelationshipLinks>,
                    $(
                        #[serde(default, rename = "meta")]
                        $extra: Option<PagingMeta>,
                    )?
                }
                let raw = Option::<Raw>::deserialize(d)?;
                Ok(match raw {
                    Some(r) => $name {
                        data: r.data,
                        links: r.links,
                        $($extra: r.$extra.and_then(|m| m.paging),)?
                        _target: PhantomData,
                    },
                    None => $name::default(),
                })
            }
        }
    };
}
relationship_impls!(ToOne, ResourceIdentifier);
relationship_impls!(ToMany, Vec<ResourceIdentifier>, paging);

/// Ties a relationship field type to the resource it points at; implemented
/// by [`ToOne`] and [`ToMany`] only.
pub trait Relationship: Default {
    /// The related resource type.
    type Target: Resource;
    /// True for [`ToMany`].
    const TO_MANY: bool;
}

impl<T: Resource> Relationship for ToOne<T> {
    type Target = T;
    const TO_MANY: bool = false;
}

impl<T: Resource> Relationship for ToMany<T> {
    type Target = T;
    const TO_MANY: bool = true;
}

/// A resource object with typed attributes `A` and relationships `R`.
///
/// The derive decodes a declared resource through this shape.
#[derive(Debug, Deserialize)]
#[serde(bound = "A: Default + Deserialize<'de>, R: Default + Deserialize<'de>")]
pub struct ResourceObject<A, R> {
    /// The JSON:API type.
    #[serde(rename = "type", default)]
    pub kind: String,
    /// The resource id.
    pub id: String,
    /// Attributes; absent or `null` gives `A::default()`.
    #[serde(default = "Default::default", deserialize_with = "null_as_default")]
    pub attributes: A,
    /// Relationships; absent or `null` gives `R::default()`.
    #[serde(default = "Default::default", deserialize_with = "null_as_default")]
    pub relationships: R,
}

/// Reads the `type` member of a resource object without decoding the rest.
///
/// Stops at the `type` member (Apple sends it first): skipping the whole
/// object, as a derived `Deserialize` would, costs as much as decoding it
/// (measured by bench/, see BENCHMARKS.md). `raw` was checked as JSON when
/// the document was decoded, so what follows `type` needs no second look.
pub(crate) fn type_of(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    #[serde(field_identifier)]
    enum Key {
        #[serde(rename = "type")]
        Type,
        #[serde(other)]
        Other,
    }
    struct TypeMember<'a>(&'a mut Option<String>);
    impl<'de> serde::de::Visitor<'de> for TypeMember<'_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a resource object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<Key>()? {
                if let Key::Type = key {
                    *self.0 = map.next_value()?;
                    return Ok(());
                }
                map.next_value::<serde::de::IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let mut kind = None;
    let mut de = serde_json::Deserializer::from_str(raw.get());
    // Returning before the end of the object makes serde_json report the rest
    // as unexpected; that error is expected and `kind` is already set.
    let _ = serde::Deserializer::deserialize_map(&mut de, TypeMember(&mut kind));
    kind
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_of_reads_the_top_level_type_wherever_it_is() {
        let t = |json: &str| type_of(&RawValue::from_string(json.to_owned()).unwrap());
        assert_eq!(
            t(r#"{"type":"a","id":"1","attributes":{"x":[1,{"y":2}]}}"#).as_deref(),
            Some("a")
        );
        assert_eq!(
            t(r#"{"relationships":{"r":{"data":{"type":"nested","id":"2"}}},"id":"1","type":"top"}"#)
                .as_deref(),
            Some("top")
        );
        assert_eq!(t(r#"{"ty\u0070e":"escaped"}"#).as_deref(), Some("escaped"));
        assert_eq!(t(r#"{"id":"1"}"#), None);
        assert_eq!(t(r#"{"type":null}"#), None);
        assert_eq!(t(r#"{"type":3}"#), None);
        assert_eq!(t("[]"), None);
    }

    struct Nothing;

    #[test]
    fn relationships_tolerate_links_only_null_and_absent() {
        let r: ToOne<Nothing> = serde_json::from_str(r#"{"links":{"related":"u"}}"#).unwrap();
        assert_eq!(r.id(), None);
        assert_eq!(r.links.unwrap().related.as_deref(), Some("u"));
        let r: ToOne<Nothing> = serde_json::from_str("null").unwrap();
        assert_eq!(r.id(), None);
        let r: ToOne<Nothing> =
            serde_json::from_str(r#"{"data":{"type":"t","id":"1"},"x":1}"#).unwrap();
        assert_eq!(r.id(), Some("1"));
        let r: ToMany<Nothing> =
            serde_json::from_str(r#"{"data":[{"type":"t","id":"1"},{"type":"t","id":"2"}]}"#)
                .unwrap();
        assert_eq!(r.ids().collect::<Vec<_>>(), ["1", "2"]);
    }
}
