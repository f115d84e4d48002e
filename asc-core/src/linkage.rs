//! Relationship linkage: the ids a relationship links to, read and changed
//! through `{path}/{id}/relationships/{name}` without the resources
//! themselves.
//!
//! A to-many relationship lists its ids page by page
//! ([`LinkageListRequest`], a stream like any list) and, where Apple's
//! document offers it, adds (`POST`), removes (`DELETE`) and replaces
//! (`PATCH`) them ([`LinkageWriteRequest`]). A to-one relationship reads its
//! id ([`LinkageRequest`]) and sets it (`PATCH`).

use std::fmt;
use std::marker::PhantomData;

use bytes::Bytes;
use http::Method;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::document::ResourceIdentifier;
use crate::list::{Page, Paged};
use crate::operation::{Decoder, NoContent, Request, Target};
use crate::query::push_id_segment;
use crate::response::{RawResponse, Response};
use crate::{Client, Error, Resource};

/// Decodes a page of the ids of a to-many relationship to `T`.
pub struct LinkageList<T>(PhantomData<fn() -> T>);

/// Decodes the id of a to-one relationship to `T` (`None` when empty).
pub struct LinkageOne<T>(PhantomData<fn() -> T>);

macro_rules! marker_impls {
    ($($kind:ident),*) => {$(
        impl<T> Default for $kind<T> {
            fn default() -> Self {
                $kind(PhantomData)
            }
        }
        impl<T> Clone for $kind<T> {
            fn clone(&self) -> Self {
                *self
            }
        }
        impl<T> Copy for $kind<T> {}
        impl<T> fmt::Debug for $kind<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(stringify!($kind))
            }
        }
    )*};
}
marker_impls!(LinkageList, LinkageOne);

impl<T: Resource> Decoder for LinkageList<T> {
    type Output = Page<ResourceIdentifier>;

    fn decode(&self, raw: RawResponse) -> Result<Page<ResourceIdentifier>, Error> {
        let page = Page::<ResourceIdentifier>::from_raw(raw)?;
        if let Some(other) = page.data.iter().find(|d| d.kind != T::TYPE) {
            return Err(wrong_type::<T>(page.status, &other.kind));
        }
        Ok(page)
    }
}

impl<T: Resource> Paged for LinkageList<T> {
    type Item = ResourceIdentifier;
}

impl<T: Resource> Decoder for LinkageOne<T> {
    type Output = Response<Option<ResourceIdentifier>>;

    fn decode(&self, raw: RawResponse) -> Result<Self::Output, Error> {
        let status = raw.status;
        let response = Response::<Option<ResourceIdentifier>>::from_raw(raw)?;
        if let Some(other) = response.data.as_ref().filter(|d| d.kind != T::TYPE) {
            return Err(wrong_type::<T>(status, &other.kind));
        }
        Ok(response)
    }
}

fn wrong_type<T: Resource>(status: u16, found: &str) -> Error {
    Error::unexpected(
        Some(status),
        format!(
            "the relationship links to a resource of type `{found}`, but it is declared to link to `{}`",
            T::TYPE
        ),
    )
}

/// `GET {path}/{id}/relationships/{name}` of a to-many relationship: its
/// ids, page by page; `.pages()` and `.items()` stream them.
pub type LinkageListRequest<T> = Request<LinkageList<T>>;

/// `GET {path}/{id}/relationships/{name}` of a to-one relationship: its id.
pub type LinkageRequest<T> = Request<LinkageOne<T>>;

/// `POST`, `DELETE` or `PATCH` of `{path}/{id}/relationships/{name}`:
/// adds, removes or replaces linked ids; answers 204.
pub type LinkageWriteRequest = Request<NoContent>;

fn relationship_path(parent_path: &str, id: &str, relationship: &str) -> Result<Target, Error> {
    let mut path = String::with_capacity(parent_path.len() + id.len() + relationship.len() + 16);
    path.push_str(parent_path);
    push_id_segment(&mut path, id)?;
    path.push_str("/relationships/");
    path.push_str(relationship);
    Ok(Target::Path(path))
}

impl<T: Resource> Request<LinkageList<T>> {
    /// `GET {parent_path}/{id}/relationships/{relationship}`.
    pub fn new(client: &Client, parent_path: &str, id: &str, relationship: &str) -> Self {
        Request::to_target(
            client,
            Method::GET,
            relationship_path(parent_path, id, relationship),
            LinkageList::default(),
        )
    }

    /// Continues an id list from a `links.next` URL saved earlier (from a
    /// [`Page`] or from [`Error::Page`]), as
    /// [`ListRequest::resume`](crate::ListRequest::resume) does for resources:
    /// the URL is sent as it is, and refused (at `send`) when it is not on
    /// the client's server.
    pub fn resume(client: &Client, next: &str) -> Self {
        let target = crate::list::resume_target(client, next);
        Request::to_target(client, Method::GET, target, LinkageList::default())
    }

    /// Ids per page, 1 to 200; refused at `send` out of that range, and on
    /// a list resumed from a `next` URL (which already carries its limit).
    pub fn limit(mut self, page_size: u32) -> Self {
        if matches!(self.target, Ok(Target::Url(_))) {
            self.target = Err(Error::InvalidRequest(crate::list::resumed_refusal("limit")));
        } else if page_size == 0 || page_size > 200 {
            self.target = Err(Error::InvalidRequest(format!(
                "limit {page_size} is out of range: a relationship lists 1 to 200 ids per page"
            )));
        } else {
            self.query.set("limit", page_size.to_string());
        }
        self
    }
}

impl<T: Resource> Request<LinkageOne<T>> {
    /// `GET {parent_path}/{id}/relationships/{relationship}`.
    pub fn new(client: &Client, parent_path: &str, id: &str, relationship: &str) -> Self {
        Request::to_target(
            client,
            Method::GET,
            relationship_path(parent_path, id, relationship),
            LinkageOne::default(),
        )
    }
}

impl Request<NoContent> {
    /// `POST {parent_path}/{id}/relationships/{relationship}` with
    /// `{"data": [{"type", "id"}...]}`: links these resources of type `T` too.
    pub fn add_links<T: Resource>(
        client: &Client,
        parent_path: &str,
        id: &str,
        relationship: &str,
        ids: &[&str],
    ) -> Self {
        Self::links::<T>(client, Method::POST, parent_path, id, relationship, ids)
    }

    /// `DELETE {parent_path}/{id}/relationships/{relationship}` with
    /// `{"data": [{"type", "id"}...]}`: unlinks these resources.
    pub fn remove_links<T: Resource>(
        client: &Client,
        parent_path: &str,
        id: &str,
        relationship: &str,
        ids: &[&str],
    ) -> Self {
        Self::links::<T>(client, Method::DELETE, parent_path, id, relationship, ids)
    }

    /// `PATCH {parent_path}/{id}/relationships/{relationship}` with
    /// `{"data": [{"type", "id"}...]}`: links exactly these resources, in
    /// this order (an empty list unlinks all).
    pub fn replace_links<T: Resource>(
        client: &Client,
        parent_path: &str,
        id: &str,
        relationship: &str,
        ids: &[&str],
    ) -> Self {
        Self::links::<T>(client, Method::PATCH, parent_path, id, relationship, ids)
    }

    /// `PATCH {parent_path}/{id}/relationships/{relationship}` with
    /// `{"data": {"type", "id"}}`, or `{"data": null}` for `None`: sets a
    /// to-one relationship.
    pub fn set_link<T: Resource>(
        client: &Client,
        parent_path: &str,
        id: &str,
        relationship: &str,
        target: Option<&str>,
    ) -> Self {
        let body = match target.map(crate::query::check_id).transpose() {
            Ok(_) => serde_json::to_vec(&Data(target.map(|id| Identifier::<T>(id, PhantomData))))
                .map(Bytes::from)
                .map_err(|e| Error::InvalidRequest(format!("could not encode the linkage: {e}"))),
            Err(e) => Err(e),
        };
        let mut request = Request::to_target(
            client,
            Method::PATCH,
            relationship_path(parent_path, id, relationship),
            NoContent,
        );
        request.body = Some(body);
        request
    }

    fn links<T: Resource>(
        client: &Client,
        method: Method,
        parent_path: &str,
        id: &str,
        relationship: &str,
        ids: &[&str],
    ) -> Self {
        let body = ids
            .iter()
            .try_for_each(|id| crate::query::check_id(id))
            .and_then(|()| {
                let data: Vec<_> = ids
                    .iter()
                    .map(|id| Identifier::<T>(id, PhantomData))
                    .collect();
                serde_json::to_vec(&Data(data))
                    .map(Bytes::from)
                    .map_err(|e| {
                        Error::InvalidRequest(format!("could not encode the linkage: {e}"))
                    })
            });
        let mut request = Request::to_target(
            client,
            method,
            relationship_path(parent_path, id, relationship),
            NoContent,
        );
        request.body = Some(body);
        request
    }
}

/// `{"data": ...}`.
struct Data<D>(D);

impl<D: Serialize> Serialize for Data<D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut document = serializer.serialize_struct("Linkage", 1)?;
        document.serialize_field("data", &self.0)?;
        document.end()
    }
}

/// `{"type": T::TYPE, "id": ...}`.
struct Identifier<'a, T>(&'a str, PhantomData<fn() -> T>);

impl<T: Resource> Serialize for Identifier<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut identifier = serializer.serialize_struct("ResourceIdentifier", 2)?;
        identifier.serialize_field("type", T::TYPE)?;
        identifier.serialize_field("id", self.0)?;
        identifier.end()
    }
}
