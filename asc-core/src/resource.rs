//! What a declared resource is: a description made of `const` tables, which
//! `#[derive(AscResource)]` writes and the generic code in this crate reads.

use std::fmt;

use serde::de::DeserializeOwned;

/// A JSON:API resource of App Store Connect, declared with `#[derive(AscResource)]`.
///
/// Implementations only *describe* the resource; requests, query encoding and
/// decoding are generic code in asc-core.
pub trait Resource: DeserializeOwned + Send + Sync + 'static {
    /// The JSON:API `type`, such as `gameCenterAchievementImages`.
    const TYPE: &'static str;
    /// The collection path, such as `/v1/gameCenterAchievementImages`.
    const PATH: &'static str;
    /// Attribute names, in declaration order (Apple's spelling).
    const ATTRIBUTES: &'static [&'static str];
    /// Relationships, in declaration order.
    const RELATIONSHIPS: &'static [RelationshipMeta];
    /// The largest `limit[relationship]` of to-many relationships whose
    /// maximum is not 50 (Apple's document: `builds` of beta groups take
    /// 1000, say); every other to-many relationship takes 50.
    const INCLUDE_LIMITS: &'static [(&'static str, u32)] = &[];
    /// The list endpoints of this resource: its top-level collection, and
    /// the related lists of its to-many relationships.
    const LISTS: &'static [ListMeta] = &[];
    /// The relationship linkage routes (`{path}/{id}/relationships/{name}`) it offers.
    const LINKAGES: &'static [LinkageMeta] = &[];
    /// Which of `GET`/`POST`/`PATCH`/`DELETE` and asset uploads it has: by
    /// default a read (`GET {path}/{id}`) and nothing else.
    const OPERATIONS: Operations = Operations::READ;
    /// Why its routes are deprecated, naming the replacement (such as
    /// ``use `GameCenterAchievementImageV2` (`/v2/gameCenterAchievementImages`)``);
    /// `None` when they are not.
    const DEPRECATED: Option<&'static str> = None;
    /// The relationships whose routes (related read or list, linkage) are
    /// deprecated, each with its note, when the type's other routes are not.
    const DEPRECATED_RELATIONSHIPS: &'static [(&'static str, &'static str)] = &[];
    /// The typed `fields[TYPE]` selector of this resource.
    type Field: FieldSelector;
    /// The typed `include` selector of this resource.
    type Include: Selector;

    /// The whole description as one value (for registries such as the emulator).
    fn meta() -> ResourceMeta {
        ResourceMeta::new(Self::TYPE, Self::PATH)
            .with_attributes(Self::ATTRIBUTES)
            .with_relationships(Self::RELATIONSHIPS)
            .with_lists(Self::LISTS)
            .with_linkages(Self::LINKAGES)
            .with_operations(Self::OPERATIONS)
            .with_include_limits(Self::INCLUDE_LIMITS)
            .with_deprecated(Self::DEPRECATED)
            .with_deprecated_relationships(Self::DEPRECATED_RELATIONSHIPS)
    }
}

/// A resource's description as plain data.
///
/// `#[non_exhaustive]`, so that what it describes can grow without breaking
/// anyone: build one with [`ResourceMeta::new`] and the `with_*` methods
/// (all `const`), and read its fields.
///
/// ```
/// use asc_core::{Operations, ResourceMeta};
///
/// const THINGS: ResourceMeta = ResourceMeta::new("things", "/v1/things")
///     .with_attributes(&["name"])
///     .with_operations(Operations::READ.with_create(true));
/// assert!(THINGS.operations.read && THINGS.operations.create);
/// assert_eq!(THINGS.include_limit("items"), 50);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResourceMeta {
    /// The JSON:API `type`.
    pub type_name: &'static str,
    /// The collection path.
    pub path: &'static str,
    /// Attribute names.
    pub attributes: &'static [&'static str],
    /// Relationships.
    pub relationships: &'static [RelationshipMeta],
    /// List endpoints.
    pub lists: &'static [ListMeta],
    /// Relationship linkage routes.
    pub linkages: &'static [LinkageMeta],
    /// The operations on single resources it has ([`Resource::OPERATIONS`]).
    pub operations: Operations,
    /// The `limit[relationship]` maxima other than 50 ([`Resource::INCLUDE_LIMITS`]).
    pub include_limits: &'static [(&'static str, u32)],
    /// The note of its deprecated routes ([`Resource::DEPRECATED`]).
    pub deprecated: Option<&'static str>,
    /// Relationships whose routes are deprecated, with their notes
    /// ([`Resource::DEPRECATED_RELATIONSHIPS`]).
    pub deprecated_relationships: &'static [(&'static str, &'static str)],
}

/// The largest `limit[relationship]` on almost every endpoint of Apple's
/// document: a to-many relationship's maximum unless a declaration says otherwise.
pub const DEFAULT_INCLUDE_LIMIT: u32 = 50;

impl ResourceMeta {
    /// A resource of type `type_name` at the collection `path`, with no
    /// fields, lists or linkage routes, a read and no writes, and nothing
    /// deprecated; add the rest with the `with_*` methods.
    pub const fn new(type_name: &'static str, path: &'static str) -> Self {
        ResourceMeta {
            type_name,
            path,
            attributes: &[],
            relationships: &[],
            lists: &[],
            linkages: &[],
            operations: Operations::READ,
            include_limits: &[],
            deprecated: None,
            deprecated_relationships: &[],
        }
    }

    /// The same with these attribute names.
    #[must_use]
    pub const fn with_attributes(mut self, attributes: &'static [&'static str]) -> Self {
        self.attributes = attributes;
        self
    }

    /// The same with these relationships.
    #[must_use]
    pub const fn with_relationships(mut self, relationships: &'static [RelationshipMeta]) -> Self {
        self.relationships = relationships;
        self
    }

    /// The same with these list endpoints.
    #[must_use]
    pub const fn with_lists(mut self, lists: &'static [ListMeta]) -> Self {
        self.lists = lists;
        self
    }

    /// The same with these linkage routes.
    #[must_use]
    pub const fn with_linkages(mut self, linkages: &'static [LinkageMeta]) -> Self {
        self.linkages = linkages;
        self
    }

    /// The same with these operations.
    #[must_use]
    pub const fn with_operations(mut self, operations: Operations) -> Self {
        self.operations = operations;
        self
    }

    /// The same with these `limit[relationship]` maxima (relationship, maximum).
    #[must_use]
    pub const fn with_include_limits(
        mut self,
        include_limits: &'static [(&'static str, u32)],
    ) -> Self {
        self.include_limits = include_limits;
        self
    }

    /// The same with this deprecation note (`None`: not deprecated).
    #[must_use]
    pub const fn with_deprecated(mut self, note: Option<&'static str>) -> Self {
        self.deprecated = note;
        self
    }

    /// The same with these deprecated relationships (relationship, note).
    #[must_use]
    pub const fn with_deprecated_relationships(
        mut self,
        relationships: &'static [(&'static str, &'static str)],
    ) -> Self {
        self.deprecated_relationships = relationships;
        self
    }

    /// The largest `limit[name]` of the relationship `name`:
    /// [`DEFAULT_INCLUDE_LIMIT`] unless declared otherwise.
    pub fn include_limit(&self, name: &str) -> u32 {
        self.include_limits
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(DEFAULT_INCLUDE_LIMIT, |(_, max)| *max)
    }

    /// The deprecation note of the relationship `name`'s routes, when they
    /// are deprecated on their own.
    pub fn relationship_deprecated(&self, name: &str) -> Option<&'static str> {
        self.deprecated_relationships
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, note)| *note)
    }
    /// True when `name` is an attribute or relationship of this resource.
    pub fn has_field(&self, name: &str) -> bool {
        self.attributes.contains(&name) || self.relationships.iter().any(|r| r.name == name)
    }

    /// The relationship called `name`.
    pub fn relationship(&self, name: &str) -> Option<&'static RelationshipMeta> {
        self.relationships.iter().find(|r| r.name == name)
    }

    /// The top-level list (`relationship: None`) or the related list of a relationship.
    pub fn list(&self, relationship: Option<&str>) -> Option<&'static ListMeta> {
        self.lists.iter().find(|l| l.relationship == relationship)
    }

    /// The linkage routes of a relationship.
    pub fn linkage(&self, relationship: &str) -> Option<&'static LinkageMeta> {
        self.linkages
            .iter()
            .find(|l| l.relationship == relationship)
    }
}

/// The operations on single resources a declaration has, as data: what
/// `#[derive(AscResource)]` generates a function for.
///
/// `#[non_exhaustive]`: start from [`Operations::READ`] or
/// [`Operations::NONE`] and add with the `with_*` methods (all `const`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operations {
    /// `GET {path}/{id}` (`read`).
    pub read: bool,
    /// `POST {path}` (`create`).
    pub create: bool,
    /// `PATCH {path}/{id}` (`update`).
    pub update: bool,
    /// `DELETE {path}/{id}` (`delete`).
    pub delete: bool,
    /// A file upload (`upload`): reserve, upload the parts, commit.
    pub asset: bool,
}

impl Operations {
    /// None at all: a type only ever embedded in other documents, or
    /// reached through lists only.
    pub const NONE: Operations = Operations {
        read: false,
        create: false,
        update: false,
        delete: false,
        asset: false,
    };
    /// A read and nothing else: what a declaration has by default.
    pub const READ: Operations = Operations::NONE.with_read(true);

    /// The same with or without `read`.
    #[must_use]
    pub const fn with_read(mut self, read: bool) -> Self {
        self.read = read;
        self
    }

    /// The same with or without `create`.
    #[must_use]
    pub const fn with_create(mut self, create: bool) -> Self {
        self.create = create;
        self
    }

    /// The same with or without `update`.
    #[must_use]
    pub const fn with_update(mut self, update: bool) -> Self {
        self.update = update;
        self
    }

    /// The same with or without `delete`.
    #[must_use]
    pub const fn with_delete(mut self, delete: bool) -> Self {
        self.delete = delete;
        self
    }

    /// The same with or without `asset`.
    #[must_use]
    pub const fn with_asset(mut self, asset: bool) -> Self {
        self.asset = asset;
        self
    }
}

/// One list endpoint of a declared resource, as data: what a server (the
/// emulator) or a tool needs to serve or check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListMeta {
    /// `None` for the top-level collection at the resource's path;
    /// `Some(name)` for the related list `{path}/{id}/{name}` of a to-many relationship.
    pub relationship: Option<&'static str>,
    /// The filters it takes.
    pub filters: &'static [FilterMeta],
    /// The keys it sorts by (each also descending, as `-key`).
    pub sort: &'static [&'static str],
    /// The largest `limit`.
    pub max_limit: u32,
}

/// One filter of a list endpoint, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilterMeta {
    /// The parameter, such as `filter[platform]` or `exists[builds]`.
    pub parameter: &'static str,
    /// The attribute or relationship it compares (`platform`, `id`,
    /// `appStoreVersions.platform`...).
    pub field: &'static str,
    /// The values it accepts when they are an enumeration; empty for any.
    pub values: &'static [&'static str],
    /// True when the endpoint refuses a request without it.
    pub required: bool,
}

/// The linkage routes of one relationship, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkageMeta {
    /// The relationship.
    pub relationship: &'static str,
    /// `GET {path}/{id}/relationships/{name}`.
    pub get: bool,
    /// `POST`: add to a to-many relationship.
    pub add: bool,
    /// `DELETE`: remove from a to-many relationship.
    pub remove: bool,
    /// `PATCH`: replace a to-many relationship, or set a to-one one.
    pub replace: bool,
}

/// One relationship of a declared resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelationshipMeta {
    /// Apple's name of the relationship.
    pub name: &'static str,
    /// The JSON:API type of the related resource(s).
    pub target_type: &'static str,
    /// The collection path of the related resource's declaration.
    pub target_path: &'static str,
    /// True for to-many relationships.
    pub to_many: bool,
    /// True when `include=` may name it.
    pub include: bool,
}

impl RelationshipMeta {
    /// The description of the relationship field of type `R` (`ToOne<T>` or
    /// `ToMany<T>`) named `name`: its target's type and path come from `T`.
    /// What `#[derive(AscResource)]` writes for each relationship.
    #[doc(hidden)]
    pub const fn of<R: crate::document::Relationship>(name: &'static str, include: bool) -> Self {
        RelationshipMeta {
            name,
            target_type: <R::Target as Resource>::TYPE,
            target_path: <R::Target as Resource>::PATH,
            to_many: R::TO_MANY,
            include,
        }
    }
}

/// A closed set of names generated as an enum: field and include selectors.
///
/// Behaviour is a `const` table of names; each variant is an index into it.
pub trait Selector: Copy + Eq + fmt::Debug + Send + Sync + 'static {
    /// Apple's names, in variant order.
    const NAMES: &'static [&'static str];
    /// Every variant, in order.
    const ALL: &'static [Self];
    /// The variant's position in [`Selector::NAMES`].
    fn index(self) -> usize;
    /// Apple's name of this variant.
    fn as_str(self) -> &'static str {
        Self::NAMES[self.index()]
    }
}

/// A `fields[TYPE]` selector: knows the resource type it selects from.
pub trait FieldSelector: Selector {
    /// The JSON:API type whose fields these are.
    const RESOURCE_TYPE: &'static str;
}

/// The error of `FromStr` on a selector: says which names are valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    /// What was given.
    pub given: String,
    /// What the selector is (for example `field of gameCenterAchievementImages`).
    pub what: &'static str,
    /// The valid names.
    pub valid: &'static [&'static str],
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a {}; ",
            self.given.escape_debug(),
            self.what
        )?;
        if self.valid.is_empty() {
            return f.write_str("there are none");
        }
        f.write_str("expected one of: ")?;
        for (i, n) in self.valid.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(n)?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownName {}

/// Parses a selector by Apple's name (used by the generated `FromStr`).
pub fn parse_selector<S: Selector>(given: &str, what: &'static str) -> Result<S, UnknownName> {
    S::NAMES
        .iter()
        .position(|n| *n == given)
        .and_then(|i| S::ALL.get(i).copied())
        .ok_or_else(|| UnknownName {
            given: given.to_owned(),
            what,
            valid: S::NAMES,
        })
}
