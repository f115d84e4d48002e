//! Collections: a [`ListRequest`] for the first [`Page`], or every page and
//! every item as a stream, following App Store Connect's `links.next`.
//!
//! Paging follows `links.next` verbatim (it already carries every parameter
//! and the cursor; adding them again gets `PARAMETER_ERROR.DUPLICATE`),
//! refuses a `next` on another server (the token would go there), stops with
//! an error on a `next` it has already followed (a loop), and keeps one page
//! in memory at a time. Each page goes through the client's retry path; when
//! a page fails for good, [`Error::Page`] carries its URL, and
//! [`ListRequest::resume`] starts again from it.

use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_util::stream::{BoxStream, Stream, StreamExt};
use http::Method;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::document::{DocumentLinks, Paging, PagingMeta};
use crate::operation::{Decoder, Request, Target, clone_error};
use crate::query::push_id_segment;
use crate::rate_limit::RateLimit;
use crate::response::{Included, RawResponse, decode_borrowed};
use crate::{Client, DEFAULT_INCLUDE_LIMIT, Error, FieldSelector, Resource, Selector};

/// The parameters one list endpoint takes, beyond `fields`, `include` and
/// `limit`: its filters and sort keys, and its largest page.
///
/// Filters belong to the endpoint, not to the resource type: `/v1/builds`
/// takes fourteen, `/v1/apps/{id}/builds` none. Declarations generate one
/// implementation per endpoint; [`Unfiltered`] is the endpoint that takes
/// neither.
pub trait ListEndpoint: Send + Sync + 'static {
    /// The filters (`filter[...]`, `exists[...]`) this endpoint takes.
    type Filter: Filter;
    /// The keys this endpoint sorts by, each ascending and descending.
    type Sort: Selector;
    /// The largest `limit` (page size) the endpoint accepts.
    const MAX_LIMIT: u32 = 200;
}

/// One filter of a list endpoint, with its value(s).
///
/// Generated per endpoint as an enum whose variants take typed values
/// (enums, ids, `bool`); several values of one filter are sent comma-joined,
/// as Apple's array parameters are.
pub trait Filter: Send + Sync + 'static {
    /// The parameter name, such as `filter[platform]` or `exists[build]`.
    fn parameter(&self) -> &'static str;
    /// The values, in Apple's spelling (`IOS`, `true`, an id...).
    fn values(&self) -> Vec<String>;
}

/// No filter: the filter type of endpoints that take none (uninhabited).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoFilter {}

impl Filter for NoFilter {
    fn parameter(&self) -> &'static str {
        match *self {}
    }
    fn values(&self) -> Vec<String> {
        match *self {}
    }
}

/// No sort key: the sort type of endpoints that take none (uninhabited).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoSort {}

impl Selector for NoSort {
    const NAMES: &'static [&'static str] = &[];
    const ALL: &'static [Self] = &[];
    fn index(self) -> usize {
        match self {}
    }
}

/// A list endpoint without filters or sort keys, with pages of up to 200.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unfiltered;

impl ListEndpoint for Unfiltered {
    type Filter = NoFilter;
    type Sort = NoSort;
}

/// A decoder of one page of a paged collection: resources, or the ids of a
/// relationship. Its requests get [`pages`](Request::pages) and
/// [`items`](Request::items).
pub trait Paged: Decoder<Output = Page<Self::Item>> + Clone {
    /// What one page holds a list of.
    type Item: Send + 'static;
}

impl<R: Resource, E: ListEndpoint> Paged for List<R, E> {
    type Item = R;
}

/// Decodes one page of resources `R` from the endpoint `E`.
pub struct List<R, E = Unfiltered>(PhantomData<fn() -> (R, E)>);

impl<R, E> Default for List<R, E> {
    fn default() -> Self {
        List(PhantomData)
    }
}

impl<R, E> Clone for List<R, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R, E> Copy for List<R, E> {}

impl<R, E> fmt::Debug for List<R, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("List")
    }
}

impl<R: Resource, E: ListEndpoint> Decoder for List<R, E> {
    type Output = Page<R>;

    fn decode(&self, raw: RawResponse) -> Result<Page<R>, Error> {
        Page::from_raw(raw)
    }
}

/// `GET` of a collection: a top-level list (`R::list(&client)`) or a
/// to-many relationship (`Parent::list_<relationship>(&client, id)`).
///
/// Chain [`fields`](ListRequest::fields), [`include`](ListRequest::include),
/// [`filter`](ListRequest::filter), [`sort`](ListRequest::sort),
/// [`limit`](ListRequest::limit) (the page size, not a total: use
/// `.items().take(n)` for that) and [`include_limit`](ListRequest::include_limit),
/// then [`send`](Request::send) for the first page, [`pages`](ListRequest::pages)
/// for every page, or [`items`](ListRequest::items) for every item.
///
/// ```no_run
/// # use asc_core::{Client, Error, ListRequest, Resource};
/// # use futures_util::TryStreamExt;
/// # async fn crawl<R: Resource + std::fmt::Debug>(list: ListRequest<R>) -> Result<(), Error> {
/// let mut items = list.limit(200).items();
/// while let Some(item) = items.try_next().await? {
///     println!("{item:?}");
/// }
/// # Ok(()) }
/// ```
pub type ListRequest<R, E = Unfiltered> = Request<List<R, E>>;

impl<R: Resource, E: ListEndpoint> Request<List<R, E>> {
    /// `GET {path}`: a top-level collection, such as `/v1/gameCenterGroups`.
    pub fn collection(client: &Client, path: &str) -> Self {
        Request::to_target(
            client,
            Method::GET,
            Ok(Target::Path(path.to_owned())),
            List::default(),
        )
    }

    /// `GET {parent_path}/{id}/{relationship}`: the resources of a to-many relationship.
    pub fn related(client: &Client, parent_path: &str, id: &str, relationship: &str) -> Self {
        let mut path = String::with_capacity(parent_path.len() + id.len() + relationship.len() + 2);
        path.push_str(parent_path);
        let target = push_id_segment(&mut path, id).map(|()| {
            path.push('/');
            path.push_str(relationship);
            Target::Path(path)
        });
        Request::to_target(client, Method::GET, target, List::default())
    }

    /// Continues a list from a `links.next` URL saved earlier (from a
    /// [`Page`] or from [`Error::Page`]): the URL is sent as it is, with the
    /// parameters and cursor it already carries. Refused (at `send`) when it
    /// is not on the client's server.
    pub fn resume(client: &Client, next: &str) -> Self {
        Request::to_target(
            client,
            Method::GET,
            resume_target(client, next),
            List::default(),
        )
    }

    /// Asks only for these fields of the resource type `F` belongs to: the
    /// listed type, or an included one (`fields[TYPE]=a,b`).
    pub fn fields<F: FieldSelector>(mut self, fields: impl IntoIterator<Item = F>) -> Self {
        if self.is_followed() {
            return self.refuse("fields");
        }
        self.query.add_fields(fields);
        self
    }

    /// Includes these related resources in each page (`include=a,b`).
    pub fn include(mut self, include: impl IntoIterator<Item = R::Include>) -> Self {
        if self.is_followed() {
            return self.refuse("include");
        }
        self.query.add_include(include);
        self
    }

    /// Keeps only the items that pass this filter. Several values of one
    /// filter (given at once or in several calls) are sent comma-joined:
    /// an item passes when it matches any of them.
    pub fn filter(mut self, filter: E::Filter) -> Self {
        if self.is_followed() {
            return self.refuse("filter");
        }
        let values = filter.values();
        if values.is_empty() {
            return self.invalid(format!("{} needs at least one value", filter.parameter()));
        }
        for value in values {
            if value.contains(',') {
                return self.invalid(format!(
                    "the value {value:?} of {} contains a comma, which App Store Connect reads as two values",
                    filter.parameter()
                ));
            }
            self.query.append(filter.parameter(), &value);
        }
        self
    }

    /// Sorts by these keys, the first first (`sort=name,-date`).
    pub fn sort(mut self, keys: impl IntoIterator<Item = E::Sort>) -> Self {
        if self.is_followed() {
            return self.refuse("sort");
        }
        for key in keys {
            self.query.append("sort", key.as_str());
        }
        self
    }

    /// The page size: at most `E::MAX_LIMIT` (200 on most endpoints) items
    /// per page. It is not a total: `.items().take(n)` stops after `n` items.
    /// A size out of range is refused at `send`, naming the maximum.
    pub fn limit(mut self, page_size: u32) -> Self {
        if self.is_followed() {
            return self.refuse("limit");
        }
        if page_size == 0 || page_size > E::MAX_LIMIT {
            return self.invalid(format!(
                "limit {page_size} is out of range: this list takes 1 to {} items per page",
                E::MAX_LIMIT
            ));
        }
        self.query.set("limit", page_size.to_string());
        self
    }

    /// How many related resources of an included to-many relationship each
    /// item carries (`limit[relationship]`); App Store Connect sends 10
    /// unless told otherwise. Refused at `send` beyond the relationship's
    /// maximum (50 almost everywhere), naming it.
    pub fn include_limit(mut self, relationship: R::Include, limit: u32) -> Self {
        if self.is_followed() {
            return self.refuse("include_limit");
        }
        match include_limit_param::<R>(relationship, limit) {
            Ok(name) => {
                self.query.set(name, limit.to_string());
                self
            }
            Err(e) => {
                self.target = Err(e);
                self
            }
        }
    }

    fn is_followed(&self) -> bool {
        matches!(self.target, Ok(Target::Url(_)))
    }

    fn refuse(self, what: &str) -> Self {
        self.invalid(resumed_refusal(what))
    }

    fn invalid(mut self, message: String) -> Self {
        if self.target.is_ok() {
            self.target = Err(Error::InvalidRequest(message));
        }
        self
    }
}

/// The parameter name `limit[relationship]`, once the relationship is known
/// to be to-many and the limit in its range.
pub(crate) fn include_limit_param<R: Resource>(
    relationship: R::Include,
    limit: u32,
) -> Result<String, Error> {
    let name = relationship.as_str();
    let meta = R::RELATIONSHIPS.iter().find(|r| r.name == name);
    if meta.is_some_and(|r| !r.to_many) {
        return Err(Error::InvalidRequest(format!(
            "limit[{name}] applies to to-many relationships only; {} has one {name}",
            R::TYPE
        )));
    }
    let max = R::INCLUDE_LIMITS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(DEFAULT_INCLUDE_LIMIT, |(_, max)| *max);
    if limit == 0 || limit > max {
        return Err(Error::InvalidRequest(format!(
            "limit[{name}] {limit} is out of range: {} includes 1 to {max} {name}",
            R::TYPE
        )));
    }
    Ok(format!("limit[{name}]"))
}

/// Checks that `url` is on the client's server (scheme, host, port and path
/// prefix), so that the token is never sent anywhere else; the error says
/// where it points.
/// The target of a list (of resources or of ids) resumed from a saved
/// `next` URL: the URL as it is, when it is on the client's server.
pub(crate) fn resume_target(client: &Client, next: &str) -> Result<Target, Error> {
    same_server(client, next)
        .map(|()| Target::Url(next.to_owned()))
        .map_err(|why| Error::InvalidRequest(format!("cannot resume from {why}")))
}

/// Why `what` cannot be set on a list resumed from a `next` URL.
pub(crate) fn resumed_refusal(what: &str) -> String {
    format!(
        "{what} cannot be changed on a list resumed from a `next` URL: the URL already \
         carries every parameter, and App Store Connect refuses repeated ones"
    )
}

fn same_server(client: &Client, url: &str) -> Result<(), String> {
    let base = client.base_url();
    let refuse = || {
        Err(format!(
            "{:?} is not on {base}; nothing was sent there, so that the token goes nowhere else",
            url.chars().take(200).collect::<String>()
        ))
    };
    let (Ok(want), Ok(got)) = (url::Url::parse(base), url::Url::parse(url)) else {
        return refuse();
    };
    let prefix = want.path().trim_end_matches('/');
    let path_ok = got.path() == prefix || got.path().starts_with(&format!("{prefix}/"));
    if want.origin() != got.origin()
        || !path_ok
        || !got.username().is_empty()
        || got.password().is_some()
    {
        return refuse();
    }
    Ok(())
}

/// One page of a collection: the items, the document's links, Apple's
/// `meta.paging`, the rate limit, and the included resources.
#[derive(Debug, Clone)]
pub struct Page<R> {
    /// The items of this page.
    pub data: Vec<R>,
    /// The document's `links`: `self`, `first`, and `next` unless this is the last page.
    pub links: DocumentLinks,
    /// Apple's `meta.paging`: the total and the page size, when sent.
    pub paging: Option<Paging>,
    /// Apple's `X-Rate-Limit` header, parsed.
    pub rate_limit: Option<RateLimit>,
    /// HTTP status of the answer.
    pub status: u16,
    included: Included,
    body: Bytes,
}

#[derive(Deserialize)]
#[serde(bound = "R: Deserialize<'de>")]
struct PageDocument<'a, R> {
    data: Vec<R>,
    #[serde(default, borrow)]
    included: Option<&'a RawValue>,
    #[serde(default, deserialize_with = "crate::document::null_as_default")]
    links: DocumentLinks,
    #[serde(default)]
    meta: Option<PagingMeta>,
}

impl<R: DeserializeOwned> Page<R> {
    /// Decodes a raw answer into a page.
    pub fn from_raw(raw: RawResponse) -> Result<Page<R>, Error> {
        let doc: PageDocument<'_, R> = decode_borrowed(raw.status, &raw.body)?;
        let included = Included::locate(raw.status, &raw.body, doc.included)?;
        let (data, links, paging) = (doc.data, doc.links, doc.meta.and_then(|m| m.paging));
        Ok(Page {
            data,
            links,
            paging,
            rate_limit: raw.rate_limit,
            status: raw.status,
            included,
            body: raw.body,
        })
    }
}

impl<R> Page<R> {
    /// The included resources of type `T`, decoded; those that do not
    /// decode are skipped and reported with `tracing::warn!`.
    pub fn included<T: Resource>(&self) -> Vec<T> {
        self.included.of_type(&self.body)
    }

    /// The included resources of type `T`, failing on the first that does not decode.
    pub fn try_included<T: Resource>(&self) -> Result<Vec<T>, Error> {
        self.included.try_of_type(&self.body, self.status)
    }

    /// Every included resource object, as raw JSON, of any type.
    pub fn included_raw(&self) -> &[Box<RawValue>] {
        self.included.raw(&self.body)
    }

    /// The URL of the next page; `None` on the last page.
    pub fn next(&self) -> Option<&str> {
        self.links.next.as_deref()
    }
}

/// Every page of a list; see [`ListRequest::pages`].
#[must_use = "streams do nothing unless polled"]
pub struct Pages<R> {
    inner: BoxStream<'static, Result<Page<R>, Error>>,
}

impl<R> fmt::Debug for Pages<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

impl<R> Stream for Pages<R> {
    type Item = Result<Page<R>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

/// Every item of a list; see [`ListRequest::items`].
#[must_use = "streams do nothing unless polled"]
pub struct Items<R> {
    pages: Pages<R>,
    buffer: VecDeque<R>,
    done: bool,
}

impl<R> fmt::Debug for Items<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("buffered", &self.buffer.len())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<R> Unpin for Items<R> {}

impl<R> Stream for Items<R> {
    type Item = Result<R, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if self.done {
                return Poll::Ready(None);
            }
            match self.pages.poll_next_unpin(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => {
                    self.done = true;
                    return Poll::Ready(None);
                }
                Poll::Ready(Some(Err(e))) => {
                    self.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(Some(Ok(page))) => self.buffer.extend(page.data),
            }
        }
    }
}

/// Where a stream of pages stands.
struct Cursor<D> {
    next: Option<Request<D>>,
    /// Hashes of the `next` URLs followed so far: enough to see a loop
    /// without keeping every URL of a long crawl.
    seen: HashSet<u64>,
    page: u32,
    pending: Option<Error>,
}

fn pages_stream<D: Paged>(
    first: Request<D>,
) -> impl Stream<Item = Result<Page<D::Item>, Error>> + Send + 'static {
    let start = Cursor {
        next: Some(first),
        seen: HashSet::new(),
        page: 0,
        pending: None,
    };
    futures_util::stream::unfold(start, |mut cursor| async move {
        if let Some(error) = cursor.pending.take() {
            cursor.next = None;
            return Some((Err(error), cursor));
        }
        let request = cursor.next.take()?;
        cursor.page += 1;
        let url = absolute_url(&request);
        if cursor.page == 1 {
            // The first page's own URL counts as read: a `next` that
            // repeats it is a loop too.
            cursor.seen.insert(url_hash(&url));
        }
        let follow_from = request.shallow_copy();
        let page = match request.send().await {
            Ok(page) => page,
            Err(error) => {
                let error = match error {
                    // Refused before sending: nothing to resume from.
                    e @ Error::InvalidRequest(_) => e,
                    e => Error::Page {
                        number: cursor.page,
                        url,
                        source: Box::new(e),
                    },
                };
                return Some((Err(error), cursor));
            }
        };
        if let Some(next) = page.links.next.clone() {
            if !cursor.seen.insert(url_hash(&next)) {
                cursor.pending = Some(Error::unexpected(
                    Some(page.status),
                    format!(
                        "page {} links to a `next` page that was already read ({next}); \
                         stopped instead of reading the same pages again",
                        cursor.page
                    ),
                ));
            } else if let Err(why) = same_server(&follow_from.client, &next) {
                cursor.pending = Some(Error::unexpected(
                    Some(page.status),
                    format!("page {} links to a `next` page at {why}", cursor.page),
                ));
            } else {
                cursor.next = Some(follow_from.follow(next));
            }
        }
        Some((Ok(page), cursor))
    })
}

fn url_hash(url: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    url.hash(&mut hasher);
    hasher.finish()
}

/// The whole URL a request goes to, for errors that must say where to resume.
fn absolute_url<D: Decoder>(request: &Request<D>) -> String {
    match &request.target {
        Ok(Target::Url(url)) => url.clone(),
        Ok(Target::Path(_)) => {
            let mut url = request.client.base_url().to_owned();
            url.push_str(&request.path_and_query().unwrap_or_default());
            url
        }
        Err(e) => clone_error(e).to_string(),
    }
}

impl<D: Paged> Request<D> {
    /// Every page, in order, as a stream: the first from this request, each
    /// next one from the `links.next` of the page before. Ends after the
    /// page without `next`, or after the first error.
    pub fn pages(self) -> Pages<D::Item> {
        Pages {
            inner: pages_stream(self).boxed(),
        }
    }

    /// Every item of every page, in order, as a stream; one page is kept in
    /// memory at a time. Ends after the last item, or after the first error.
    pub fn items(self) -> Items<D::Item> {
        Items {
            pages: self.pages(),
            buffer: VecDeque::new(),
            done: false,
        }
    }

    /// The same request sent to `next`, with the same settings.
    fn follow(&self, next: String) -> Self {
        let mut request = Request::to_target(
            &self.client,
            Method::GET,
            Ok(Target::Url(next)),
            self.decoder.clone(),
        );
        request.copy_settings(self);
        request
    }

    /// The client, decoder and settings, without target or query, to follow from.
    fn shallow_copy(&self) -> Self {
        self.follow(String::new())
    }
}
