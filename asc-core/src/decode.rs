//! Decoding a declared resource: one generic visitor for every resource,
//! driven by the `const` name tables of [`Resource`].
//!
//! `#[derive(AscResource)]` writes no serde code of its own: it implements
//! [`DecodeResource`] (an empty value, the `id` slot, and one `match` arm per
//! field that hands the field's slot to [`FieldValue::read`]), and its
//! `Deserialize` calls [`deserialize`]. Keys are looked up in
//! [`Resource::ATTRIBUTES`] and [`Resource::RELATIONSHIPS`], so a resource
//! costs its crate one small impl instead of two serde-derived helper structs
//! (see the compile-time section of BENCHMARKS.md).
//!
//! What is accepted is what the serde-derived helpers accepted: unknown
//! members are ignored; absent or `null` `attributes` and `relationships` mean
//! every field at its default; an absent field keeps its default; a repeated
//! member is refused, as is a missing `id`; a resource object may also be
//! written as an array of its members in order (`[type, id, attributes,
//! relationships]`), as serde's derive allows. One thing is new: a `type` that
//! is not the resource's is refused, naming both types.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::Resource;

/// How `#[derive(AscResource)]` builds a resource field by field. Not a
/// public API: implemented by the derive only.
pub trait DecodeResource: Resource {
    /// The resource with an empty id and every field at its default.
    fn empty() -> Self;
    /// The `id` field.
    fn id_mut(&mut self) -> &mut String;
    /// Decodes field `index` from `value` into its slot: attributes are
    /// numbered first, in the order of [`Resource::ATTRIBUTES`], then
    /// relationships, in the order of [`Resource::RELATIONSHIPS`].
    fn decode_field<'de, V: FieldValue<'de>>(
        &mut self,
        index: usize,
        value: V,
    ) -> Result<(), V::Error>;
}

/// The value of one field, from a JSON object member or an array element.
pub trait FieldValue<'de> {
    /// The deserializer's error.
    type Error: de::Error;
    /// Decodes the value into `slot` (an absent array element leaves it as it is).
    fn read<T: Deserialize<'de>>(self, slot: &mut T) -> Result<(), Self::Error>;
    /// Skips the value.
    fn skip(self) -> Result<(), Self::Error>;
}

struct MapValue<'a, A>(&'a mut A);

impl<'de, A: MapAccess<'de>> FieldValue<'de> for MapValue<'_, A> {
    type Error = A::Error;
    #[inline]
    fn read<T: Deserialize<'de>>(self, slot: &mut T) -> Result<(), A::Error> {
        *slot = self.0.next_value()?;
        Ok(())
    }
    #[inline]
    fn skip(self) -> Result<(), A::Error> {
        self.0.next_value::<IgnoredAny>().map(|_| ())
    }
}

struct SeqValue<'a, A>(&'a mut A);

impl<'de, A: SeqAccess<'de>> FieldValue<'de> for SeqValue<'_, A> {
    type Error = A::Error;
    #[inline]
    fn read<T: Deserialize<'de>>(self, slot: &mut T) -> Result<(), A::Error> {
        if let Some(value) = self.0.next_element()? {
            *slot = value;
        }
        Ok(())
    }
    #[inline]
    fn skip(self) -> Result<(), A::Error> {
        self.0.next_element::<IgnoredAny>().map(|_| ())
    }
}

/// The start of the message of a `type` that is not the resource's;
/// [`crate::response`] turns such a decoding error into
/// [`Error::UnexpectedResponse`](crate::Error::UnexpectedResponse).
pub(crate) const WRONG_TYPE: &str = "asc: wrong resource type: ";

/// Decodes a resource object into `R` (what the derived `Deserialize` calls).
#[inline]
pub fn deserialize<'de, R: DecodeResource, D: Deserializer<'de>>(d: D) -> Result<R, D::Error> {
    d.deserialize_struct(
        "ResourceObject",
        &["type", "id", "attributes", "relationships"],
        ResourceVisitor(PhantomData::<R>),
    )
}

/// A member of a resource object.
enum Member {
    Type,
    Id,
    Attributes,
    Relationships,
    Other,
}

impl<'de> Deserialize<'de> for Member {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct MemberVisitor;
        impl Visitor<'_> for MemberVisitor {
            type Value = Member;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            #[inline]
            fn visit_str<E>(self, v: &str) -> Result<Member, E> {
                Ok(match v {
                    "type" => Member::Type,
                    "id" => Member::Id,
                    "attributes" => Member::Attributes,
                    "relationships" => Member::Relationships,
                    _ => Member::Other,
                })
            }
        }
        d.deserialize_identifier(MemberVisitor)
    }
}

struct ResourceVisitor<R>(PhantomData<R>);

impl<'de, R: DecodeResource> Visitor<'de> for ResourceVisitor<R> {
    type Value = R;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a `{}` resource object", R::TYPE)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<R, A::Error> {
        let mut out = R::empty();
        let (mut kind, mut id, mut attributes, mut relationships) = (false, false, false, false);
        let once = |seen: &mut bool, name: &'static str| -> Result<(), A::Error> {
            if std::mem::replace(seen, true) {
                Err(de::Error::duplicate_field(name))
            } else {
                Ok(())
            }
        };
        while let Some(member) = map.next_key::<Member>()? {
            match member {
                Member::Type => {
                    once(&mut kind, "type")?;
                    map.next_value_seed(TypeSeed(PhantomData::<R>))?;
                }
                Member::Id => {
                    once(&mut id, "id")?;
                    *out.id_mut() = map.next_value()?;
                }
                Member::Attributes => {
                    once(&mut attributes, "attributes")?;
                    map.next_value_seed(FieldsSeed::attributes(&mut out))?;
                }
                Member::Relationships => {
                    once(&mut relationships, "relationships")?;
                    map.next_value_seed(FieldsSeed::relationships(&mut out))?;
                }
                Member::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !id {
            return Err(de::Error::missing_field("id"));
        }
        Ok(out)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<R, A::Error> {
        let mut out = R::empty();
        seq.next_element_seed(TypeSeed(PhantomData::<R>))?;
        match seq.next_element()? {
            Some(id) => *out.id_mut() = id,
            None => return Err(de::Error::invalid_length(1, &self)),
        }
        if seq
            .next_element_seed(FieldsSeed::attributes(&mut out))?
            .is_some()
        {
            seq.next_element_seed(FieldsSeed::relationships(&mut out))?;
        }
        Ok(out)
    }
}

/// The `type` member: must be `R::TYPE`.
struct TypeSeed<R>(PhantomData<R>);

impl<'de, R: Resource> DeserializeSeed<'de> for TypeSeed<R> {
    type Value = ();
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<R: Resource> Visitor<'_> for TypeSeed<R> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    #[inline]
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        if v == R::TYPE {
            Ok(())
        } else {
            Err(E::custom(format_args!(
                "{WRONG_TYPE}a resource of type `{v}` where one of type `{}` was expected",
                R::TYPE
            )))
        }
    }
}

/// `attributes` or `relationships`: `null` or absent leaves every field at its default.
struct FieldsSeed<'a, R> {
    out: &'a mut R,
    relationships: bool,
}

impl<'a, R: DecodeResource> FieldsSeed<'a, R> {
    fn attributes(out: &'a mut R) -> Self {
        FieldsSeed {
            out,
            relationships: false,
        }
    }

    fn relationships(out: &'a mut R) -> Self {
        FieldsSeed {
            out,
            relationships: true,
        }
    }

    /// Where this object's fields start in the numbering of [`DecodeResource::decode_field`].
    fn offset(&self) -> usize {
        if self.relationships {
            R::ATTRIBUTES.len()
        } else {
            0
        }
    }

    fn count(&self) -> usize {
        if self.relationships {
            R::RELATIONSHIPS.len()
        } else {
            R::ATTRIBUTES.len()
        }
    }

    fn name(&self, index: usize) -> &'static str {
        if self.relationships {
            R::RELATIONSHIPS[index].name
        } else {
            R::ATTRIBUTES[index]
        }
    }
}

impl<'de, R: DecodeResource> DeserializeSeed<'de> for FieldsSeed<'_, R> {
    type Value = ();
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de, R: DecodeResource> Visitor<'de> for FieldsSeed<'_, R> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.relationships {
            "relationships"
        } else {
            "attributes"
        };
        write!(f, "the {what} of a `{}` resource", R::TYPE)
    }

    #[inline]
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }

    #[inline]
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_struct("", &[], self)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let offset = self.offset();
        let mut seen = Seen::new(self.count());
        while let Some(index) = map.next_key_seed(KeySeed(&self))? {
            match index {
                Some(index) => {
                    if seen.insert(index) {
                        return Err(de::Error::duplicate_field(self.name(index)));
                    }
                    self.out.decode_field(offset + index, MapValue(&mut map))?;
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let offset = self.offset();
        for index in 0..self.count() {
            self.out.decode_field(offset + index, SeqValue(&mut seq))?;
        }
        Ok(())
    }
}

/// A member name of `attributes` or `relationships`: its index, or `None`
/// for a member the resource does not declare.
struct KeySeed<'s, 'a, R>(&'s FieldsSeed<'a, R>);

impl<'de, R: DecodeResource> DeserializeSeed<'de> for KeySeed<'_, '_, R> {
    type Value = Option<usize>;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<R: DecodeResource> Visitor<'_> for KeySeed<'_, '_, R> {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }
    #[inline]
    fn visit_str<E>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(if self.0.relationships {
            R::RELATIONSHIPS.iter().position(|r| r.name == v)
        } else {
            R::ATTRIBUTES.iter().position(|name| *name == v)
        })
    }
}

/// The fields met so far in one object, to refuse a repeated member.
struct Seen {
    small: u64,
    large: Vec<bool>,
}

impl Seen {
    #[inline]
    fn new(count: usize) -> Seen {
        Seen {
            small: 0,
            large: if count > 64 {
                vec![false; count]
            } else {
                Vec::new()
            },
        }
    }

    /// Marks `index`; true when it was already marked.
    #[inline]
    fn insert(&mut self, index: usize) -> bool {
        if self.large.is_empty() {
            let bit = 1u64 << index;
            let was = self.small & bit != 0;
            self.small |= bit;
            was
        } else {
            std::mem::replace(&mut self.large[index], true)
        }
    }
}
