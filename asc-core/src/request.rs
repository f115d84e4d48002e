//! Requests that read resources, and the typed answer they give.

use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;

use bytes::Bytes;
use reqwest::Method;
use serde_json::value::RawValue;

use crate::client::decode;
use crate::document::{Document, DocumentLinks, type_of};
use crate::payload::{Payload, WriteDocument};
use crate::query::{Query, push_id_segment};
use crate::rate_limit::RateLimit;
use crate::{Client, Error, FieldSelector, Resource};

/// A typed answer: the primary resource, the document's links, the rate
/// limit, and the included resources (decoded on demand by type).
#[derive(Debug, Clone)]
pub struct Response<R> {
    /// The primary resource.
    pub data: R,
    /// The document's `links`.
    pub links: DocumentLinks,
    /// Apple's `X-Rate-Limit` header, parsed.
    pub rate_limit: Option<RateLimit>,
    /// HTTP status of the answer.
    pub status: u16,
    included: Vec<Box<RawValue>>,
    body: Bytes,
}

impl<R> Response<R> {
    /// The included resources of type `T`, decoded.
    ///
    /// Resources of other types are skipped. An included resource of type `T`
    /// that does not decode as `T` is skipped and reported with `tracing::warn!`;
    /// use [`Response::try_included`] to get that error instead.
    pub fn included<T: Resource>(&self) -> Vec<T> {
        self.included_raw_of::<T>()
            .filter_map(|raw| match serde_json::from_str::<T>(raw.get()) {
                Ok(t) => Some(t),
                Err(e) => {
                    tracing::warn!(kind = T::TYPE, error = %e, "an included resource did not decode");
                    None
                }
            })
            .collect()
    }

    /// The included resources of type `T`, failing on the first that does not decode.
    pub fn try_included<T: Resource>(&self) -> Result<Vec<T>, Error> {
        self.included_raw_of::<T>()
            .map(|raw| decode::<T>(self.status, raw.get().as_bytes()))
            .collect()
    }

    fn included_raw_of<T: Resource>(&self) -> impl Iterator<Item = &RawValue> {
        self.included
            .iter()
            .map(|b| &**b)
            .filter(|raw| type_of(raw).as_deref() == Some(T::TYPE))
    }

    /// Every included resource object, as raw JSON, of any type.
    pub fn included_raw(&self) -> &[Box<RawValue>] {
        &self.included
    }

    /// The body exactly as it arrived.
    pub fn raw_body(&self) -> &[u8] {
        &self.body
    }

    /// Decodes a raw answer into a typed response.
    pub fn from_raw(raw: crate::RawResponse) -> Result<Response<R>, Error>
    where
        R: serde::de::DeserializeOwned,
    {
        let doc: Document<R> = decode(raw.status, &raw.body)?;
        Ok(Response {
            data: doc.data,
            links: doc.links,
            rate_limit: raw.rate_limit,
            status: raw.status,
            included: doc.included,
            body: raw.body,
        })
    }
}

/// `GET` of one resource, by id or through a to-one relationship.
///
/// Built by the generated `read` (and related-read) functions; chain
/// [`fields`](ReadRequest::fields) and [`include`](ReadRequest::include), then
/// `.send().await` (or just `.await`). A bad id is reported by `send`, before
/// anything goes over the network.
#[must_use = "a request does nothing until it is sent"]
#[derive(Debug)]
pub struct ReadRequest<R: Resource> {
    client: Client,
    path: Result<String, Error>,
    query: Query,
    _resource: PhantomData<fn() -> R>,
}

impl<R: Resource> ReadRequest<R> {
    /// `GET {R::PATH}/{id}`.
    pub fn new(client: &Client, id: &str) -> Self {
        Self::at(client, R::PATH, id, None)
    }

    /// `GET {parent_path}/{id}/{relationship}`: the related resource of a to-one relationship.
    pub fn related(client: &Client, parent_path: &str, id: &str, relationship: &str) -> Self {
        Self::at(client, parent_path, id, Some(relationship))
    }

    fn at(client: &Client, base: &str, id: &str, tail: Option<&str>) -> Self {
        let mut path = String::with_capacity(base.len() + id.len() + 64);
        path.push_str(base);
        let path = push_id_segment(&mut path, id).map(|()| {
            if let Some(tail) = tail {
                path.push('/');
                path.push_str(tail);
            }
            path
        });
        ReadRequest {
            client: client.clone(),
            path,
            query: Query::default(),
            _resource: PhantomData,
        }
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

    /// The path and query this request will send, such as
    /// `/v1/gameCenterAchievementImages/ID?fields%5BgameCenterAchievementImages%5D=fileName`.
    pub fn path_and_query(&self) -> Result<String, Error> {
        let path = self.path.as_ref().map_err(clone_error)?;
        let mut out = String::with_capacity(path.len() + self.query.encoded_len());
        out.push_str(path);
        self.query.write_to(&mut out);
        Ok(out)
    }

    /// Sends the request and decodes the answer.
    ///
    /// A 2xx answer whose body ends before its JSON does (a proxy that cut it
    /// and fixed the `Content-Length`) is retried like a connection broken in
    /// the middle of the body, under the client's [`RetryPolicy`](crate::RetryPolicy);
    /// when retries run out it is [`Error::Decode`].
    pub async fn send(self) -> Result<Response<R>, Error> {
        let target = self.path_and_query()?;
        let mut attempt = 0;
        loop {
            let raw = self.client.execute(Method::GET, &target, None).await?;
            // A cheap clone (a reference count), kept to tell a cut body from a wrong one.
            let body = raw.body.clone();
            let error = match Response::from_raw(raw) {
                Err(e @ Error::Decode { .. }) if cut_short(&body) => e,
                other => return other,
            };
            let policy = self.client.retry_policy();
            match policy.decide(true, crate::retry::Outcome::Broken, attempt) {
                Some(wait) => {
                    tracing::info!(path = %target, ?wait, "retrying a read whose body was cut short");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                None => return Err(error),
            }
        }
    }

    /// Sends the request and returns the answer undecoded.
    pub async fn send_raw(self) -> Result<crate::RawResponse, Error> {
        let target = self.path_and_query()?;
        self.client.execute(Method::GET, &target, None).await
    }
}

impl<R: Resource> IntoFuture for ReadRequest<R> {
    type Output = Result<Response<R>, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// True when `body` is the start of a JSON value that ends too early: only
/// checked after a decode failed, so a good answer is parsed once.
fn cut_short(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_err_and(|e| e.is_eof())
}

fn clone_error(e: &Error) -> Error {
    // Only InvalidRequest is ever stored in a request under construction.
    Error::InvalidRequest(match e {
        Error::InvalidRequest(m) => m.clone(),
        other => other.to_string(),
    })
}

/// `POST` (create) or `PATCH` (update) of one resource with a JSON:API body.
///
/// Built by the `create` and `update` functions that `#[derive(AscResource)]`
/// generates for `#[asc(create = ..., update = ...)]` (from a declared
/// [`Payload`]), or by hand from any serializable `data` member.
#[must_use = "a request does nothing until it is sent"]
#[derive(Debug)]
pub struct WriteRequest<R: Resource> {
    client: Client,
    method: Method,
    path: Result<String, Error>,
    body: Result<Bytes, Error>,
    _resource: PhantomData<fn() -> R>,
}

impl<R: Resource> WriteRequest<R> {
    /// `POST {R::PATH}` with `{"data": payload}`: `payload` is the `data`
    /// member (`type`, `attributes`, `relationships`).
    pub fn create<P: serde::Serialize>(client: &Client, payload: &P) -> Self {
        Self::with(
            client,
            Method::POST,
            Ok(R::PATH.to_owned()),
            &Wrapper { data: payload },
        )
    }

    /// `PATCH {R::PATH}/{id}` with `{"data": payload}`: `payload` is the
    /// `data` member (`type`, `id`, `attributes`, `relationships`).
    pub fn update<P: serde::Serialize>(client: &Client, id: &str, payload: &P) -> Self {
        Self::with(
            client,
            Method::PATCH,
            Self::id_path(id),
            &Wrapper { data: payload },
        )
    }

    /// `POST {R::PATH}` with a declared payload, sent as Apple's
    /// `...CreateRequest`: `{"data": {"type", "attributes", "relationships"}}`.
    pub fn create_payload<P: Payload + ?Sized>(client: &Client, payload: &P) -> Self {
        let document = WriteDocument::create(payload);
        Self::with(client, Method::POST, Ok(R::PATH.to_owned()), &document)
    }

    /// `PATCH {R::PATH}/{id}` with a declared payload, sent as Apple's
    /// `...UpdateRequest`: `{"data": {"type", "id", "attributes", "relationships"}}`.
    pub fn update_payload<P: Payload + ?Sized>(client: &Client, id: &str, payload: &P) -> Self {
        let document = WriteDocument::update(id, payload);
        Self::with(client, Method::PATCH, Self::id_path(id), &document)
    }

    fn id_path(id: &str) -> Result<String, Error> {
        let mut path = R::PATH.to_owned();
        push_id_segment(&mut path, id).map(|()| path)
    }

    fn with<D: serde::Serialize + ?Sized>(
        client: &Client,
        method: Method,
        path: Result<String, Error>,
        document: &D,
    ) -> Self {
        let body = serde_json::to_vec(document)
            .map(Bytes::from)
            .map_err(|e| Error::InvalidRequest(format!("could not encode the request body: {e}")));
        WriteRequest {
            client: client.clone(),
            method,
            path,
            body,
            _resource: PhantomData,
        }
    }

    /// The exact JSON body this request will send.
    pub fn body(&self) -> Result<&[u8], Error> {
        self.body.as_deref().map_err(clone_error)
    }

    /// The path this request will send to.
    pub fn path(&self) -> Result<&str, Error> {
        self.path.as_deref().map_err(clone_error)
    }

    /// Sends the request and decodes the answer (201 for create, 200 for update).
    ///
    /// Writes are retried only when they provably were not applied (no
    /// connection, or a 429); a lost answer is an error, so that the caller can
    /// reconcile by reading back.
    pub async fn send(self) -> Result<Response<R>, Error> {
        let path = self.path?;
        let body = self.body?;
        let raw = self.client.execute(self.method, &path, Some(body)).await?;
        Response::from_raw(raw)
    }
}

/// `{"data": ...}` around a hand-built `data` member.
#[derive(serde::Serialize)]
struct Wrapper<'a, P: ?Sized> {
    data: &'a P,
}

impl<R: Resource> IntoFuture for WriteRequest<R> {
    type Output = Result<Response<R>, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `DELETE {path}/{id}`; answers 204 with no body.
#[must_use = "a request does nothing until it is sent"]
#[derive(Debug)]
pub struct DeleteRequest {
    client: Client,
    path: Result<String, Error>,
}

impl DeleteRequest {
    /// `DELETE {R::PATH}/{id}`.
    pub fn new<R: Resource>(client: &Client, id: &str) -> Self {
        let mut path = R::PATH.to_owned();
        let path = push_id_segment(&mut path, id).map(|()| path);
        DeleteRequest {
            client: client.clone(),
            path,
        }
    }

    /// The path this request will send to.
    pub fn path(&self) -> Result<&str, Error> {
        self.path.as_deref().map_err(clone_error)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<(), Error> {
        let path = self.path?;
        self.client.execute(Method::DELETE, &path, None).await?;
        Ok(())
    }
}

impl IntoFuture for DeleteRequest {
    type Output = Result<(), Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

#[cfg(test)]
mod tests {
    use super::cut_short;

    #[test]
    fn a_cut_body_is_told_from_a_wrong_one() {
        let whole = br#"{"data":{"type":"t","id":"1","attributes":{"fileSize":3}}}"#;
        for end in 0..whole.len() {
            assert!(
                cut_short(&whole[..end]),
                "{}",
                String::from_utf8_lossy(&whole[..end])
            );
        }
        assert!(!cut_short(whole));
        assert!(
            !cut_short(br#"{"data":{"id":1}}"#),
            "wrong shape, whole JSON"
        );
        assert!(!cut_short(b"<html>502</html>"));
        assert!(!cut_short(br#"{"data":1}}"#), "trailing bytes");
    }
}
