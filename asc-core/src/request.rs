//! The request kinds of a declared resource: read, related read, write and
//! delete. Each is a [`Request`] with its own [`Decoder`]; they only say how
//! to build themselves.

use std::marker::PhantomData;

use bytes::Bytes;
use http::Method;

use crate::operation::{Decoder, NoContent, Request, Target, clone_error};
use crate::payload::{Payload, WriteDocument};
use crate::query::push_id_segment;
use crate::response::{RawResponse, Response};
use crate::{Client, Error, FieldSelector, Resource};

/// Decodes one resource `R`: the answer of a read by id, a create or an update.
pub struct Read<R>(PhantomData<fn() -> R>);

/// Decodes the resource of a to-one relationship, which may be empty
/// (`{"data": null}`).
pub struct Related<R>(PhantomData<fn() -> R>);

/// Decodes the answer of a create or update of `R`.
pub struct Write<R>(PhantomData<fn() -> R>);

macro_rules! marker_impls {
    ($($kind:ident),*) => {$(
        impl<R> Default for $kind<R> {
            fn default() -> Self {
                $kind(PhantomData)
            }
        }
        impl<R> Clone for $kind<R> {
            fn clone(&self) -> Self {
                *self
            }
        }
        impl<R> Copy for $kind<R> {}
        impl<R> std::fmt::Debug for $kind<R> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(stringify!($kind))
            }
        }
    )*};
}
marker_impls!(Read, Related, Write);

impl<R: Resource> Decoder for Read<R> {
    type Output = Response<R>;

    fn decode(&self, raw: RawResponse) -> Result<Response<R>, Error> {
        Response::from_raw(raw)
    }
}

impl<R: Resource> Decoder for Related<R> {
    type Output = Response<Option<R>>;

    fn decode(&self, raw: RawResponse) -> Result<Response<Option<R>>, Error> {
        Response::from_raw(raw)
    }
}

impl<R: Resource> Decoder for Write<R> {
    type Output = Response<R>;

    fn decode(&self, raw: RawResponse) -> Result<Response<R>, Error> {
        Response::from_raw(raw)
    }
}

/// `GET` of one resource by id.
///
/// Built by the generated `read` functions; chain
/// [`fields`](ReadRequest::fields) and [`include`](ReadRequest::include), then
/// `.send().await` (or just `.await`). A bad id is reported by `send`, before
/// anything goes over the network.
pub type ReadRequest<R> = Request<Read<R>>;

/// `GET {parent}/{id}/{relationship}`: the resource of a to-one relationship,
/// `None` when the relationship is empty (App Store Connect answers
/// `{"data": null}`).
pub type RelatedRequest<R> = Request<Related<R>>;

/// `POST` (create) or `PATCH` (update) of one resource with a JSON:API body.
pub type WriteRequest<R> = Request<Write<R>>;

/// `DELETE {path}/{id}`; answers 204 with no body.
pub type DeleteRequest = Request<NoContent>;

/// `{path}/{id}{tail}`, the id checked and encoded as one segment.
fn id_path(base: &str, id: &str, tail: Option<&str>) -> Result<Target, Error> {
    let mut path =
        String::with_capacity(base.len() + id.len() + 1 + tail.map_or(0, |t| t.len() + 1));
    path.push_str(base);
    push_id_segment(&mut path, id)?;
    if let Some(tail) = tail {
        path.push('/');
        path.push_str(tail);
    }
    Ok(Target::Path(path))
}

impl<R: Resource> Request<Read<R>> {
    /// How many related resources of an included to-many relationship the
    /// answer carries (`limit[relationship]`); App Store Connect sends 10
    /// unless told otherwise. Refused at `send` beyond the relationship's
    /// maximum (50 almost everywhere), naming it.
    pub fn include_limit(mut self, relationship: R::Include, limit: u32) -> Self {
        match crate::list::include_limit_param::<R>(relationship, limit) {
            Ok(name) => self.query.set(name, limit.to_string()),
            Err(e) => self.target = Err(e),
        }
        self
    }

    /// `GET {R::PATH}/{id}`.
    pub fn new(client: &Client, id: &str) -> Self {
        Request::to_target(
            client,
            Method::GET,
            id_path(R::PATH, id, None),
            Read::default(),
        )
    }

    /// `GET {parent_path}/{id}/{relationship}`: the related resource of a
    /// to-one relationship, `None` when it is empty.
    pub fn related(
        client: &Client,
        parent_path: &str,
        id: &str,
        relationship: &str,
    ) -> RelatedRequest<R> {
        RelatedRequest::new(client, parent_path, id, relationship)
    }

    /// Asks only for these fields of the resource type `F` belongs to: the
    /// primary type, or an included one (`fields[TYPE]=a,b`).
    pub fn fields<F: FieldSelector>(mut self, fields: impl IntoIterator<Item = F>) -> Self {
        self.query.add_fields(fields);
        self
    }

    /// Includes these related resources in the answer (`include=a,b`).
    pub fn include(mut self, include: impl IntoIterator<Item = R::Include>) -> Self {
        self.query.add_include(include);
        self
    }
}

impl<R: Resource> Request<Related<R>> {
    /// How many related resources of an included to-many relationship the
    /// answer carries (`limit[relationship]`); App Store Connect sends 10
    /// unless told otherwise. Refused at `send` beyond the relationship's
    /// maximum (50 almost everywhere), naming it.
    pub fn include_limit(mut self, relationship: R::Include, limit: u32) -> Self {
        match crate::list::include_limit_param::<R>(relationship, limit) {
            Ok(name) => self.query.set(name, limit.to_string()),
            Err(e) => self.target = Err(e),
        }
        self
    }

    /// `GET {parent_path}/{id}/{relationship}`.
    pub fn new(client: &Client, parent_path: &str, id: &str, relationship: &str) -> Self {
        Request::to_target(
            client,
            Method::GET,
            id_path(parent_path, id, Some(relationship)),
            Related::default(),
        )
    }

    /// Asks only for these fields of the resource type `F` belongs to (`fields[TYPE]=a,b`).
    pub fn fields<F: FieldSelector>(mut self, fields: impl IntoIterator<Item = F>) -> Self {
        self.query.add_fields(fields);
        self
    }

    /// Includes these resources related to the one read (`include=a,b`).
    pub fn include(mut self, include: impl IntoIterator<Item = R::Include>) -> Self {
        self.query.add_include(include);
        self
    }
}

impl<R: Resource> Request<Write<R>> {
    /// `POST {R::PATH}` with a declared payload, sent as Apple's
    /// `...CreateRequest`: `{"data": {"type", "attributes", "relationships"}}`.
    pub fn create<P: Payload + ?Sized>(client: &Client, payload: &P) -> Self {
        Self::with(
            client,
            Method::POST,
            Ok(Target::Path(R::PATH.to_owned())),
            &WriteDocument::create(payload),
        )
    }

    /// `PATCH {R::PATH}/{id}` with a declared payload, sent as Apple's
    /// `...UpdateRequest`: `{"data": {"type", "id", "attributes", "relationships"}}`.
    pub fn update<P: Payload + ?Sized>(client: &Client, id: &str, payload: &P) -> Self {
        Self::with(
            client,
            Method::PATCH,
            id_path(R::PATH, id, None),
            &WriteDocument::update(id, payload),
        )
    }

    /// `POST {R::PATH}` with `{"data": data}`, for a `data` member built by
    /// hand (`type`, `attributes`, `relationships`) rather than declared.
    pub fn create_with_data<T: serde::Serialize + ?Sized>(client: &Client, data: &T) -> Self {
        Self::with(
            client,
            Method::POST,
            Ok(Target::Path(R::PATH.to_owned())),
            &Wrapper { data },
        )
    }

    /// `PATCH {R::PATH}/{id}` with `{"data": data}`, for a `data` member
    /// built by hand (`type`, `id`, `attributes`, `relationships`).
    pub fn update_with_data<T: serde::Serialize + ?Sized>(
        client: &Client,
        id: &str,
        data: &T,
    ) -> Self {
        Self::with(
            client,
            Method::PATCH,
            id_path(R::PATH, id, None),
            &Wrapper { data },
        )
    }

    /// The same as [`create`](Self::create).
    #[deprecated(note = "use WriteRequest::create, which now takes the declared payload")]
    pub fn create_payload<P: Payload + ?Sized>(client: &Client, payload: &P) -> Self {
        Self::create(client, payload)
    }

    /// The same as [`update`](Self::update).
    #[deprecated(note = "use WriteRequest::update, which now takes the declared payload")]
    pub fn update_payload<P: Payload + ?Sized>(client: &Client, id: &str, payload: &P) -> Self {
        Self::update(client, id, payload)
    }

    fn with<T: serde::Serialize + ?Sized>(
        client: &Client,
        method: Method,
        target: Result<Target, Error>,
        document: &T,
    ) -> Self {
        let body = serde_json::to_vec(document)
            .map(Bytes::from)
            .map_err(|e| Error::InvalidRequest(format!("could not encode the request body: {e}")));
        let mut request = Request::to_target(client, method, target, Write::default());
        request.body = Some(body);
        request
    }

    /// The exact JSON body this request will send.
    pub fn body(&self) -> Result<&[u8], Error> {
        match &self.body {
            Some(Ok(body)) => Ok(body),
            Some(Err(e)) => Err(clone_error(e)),
            None => Ok(b""),
        }
    }

    /// The path this request will send to.
    pub fn path(&self) -> Result<&str, Error> {
        target_path(&self.target)
    }
}

impl Request<NoContent> {
    /// `DELETE {R::PATH}/{id}`.
    pub fn new<R: Resource>(client: &Client, id: &str) -> Self {
        Request::to_target(
            client,
            Method::DELETE,
            id_path(R::PATH, id, None),
            NoContent,
        )
    }

    /// The path this request will send to.
    pub fn path(&self) -> Result<&str, Error> {
        target_path(&self.target)
    }
}

fn target_path(target: &Result<Target, Error>) -> Result<&str, Error> {
    match target.as_ref().map_err(clone_error)? {
        Target::Path(p) | Target::Url(p) => Ok(p),
    }
}

/// `{"data": ...}` around a hand-built `data` member.
#[derive(serde::Serialize)]
struct Wrapper<'a, T: ?Sized> {
    data: &'a T,
}
