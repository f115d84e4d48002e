//! The API routes, derived from the declarations: read, create, update, delete,
//! to-one/to-many related reads and relationship linkage.

use std::collections::HashSet;
use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use percent_encoding::percent_decode_str;
use serde_json::{Map, Value, json};

use crate::apple::{AppleError, Refusal, json_response};
use crate::asset::{Asset, AssetState, MANAGED, WRITE_ONLY, delivery_state};
use crate::auth::Operation;
use crate::cursor;
use crate::ids::segment;
use crate::list;
use crate::query::{self, ReadQuery};
use crate::registry::{Decl, Rel};
use crate::state::Shared;
use crate::store::{Fields, Linkage, Store, render, render_cut};
use crate::sync::lock;
use crate::upload;

/// Request bodies larger than this are refused; Apple's JSON bodies are small.
const MAX_BODY: usize = 1 << 20;

/// Every API request: auth, the hourly allowance, then the route.
pub(crate) async fn entry(State(s): State<Arc<Shared>>, req: Request) -> Response {
    let auth = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let op = Operation {
        method: req.method().as_str(),
        path: req.uri().path(),
        query: req.uri().query(),
    };
    if let Err(why) = s.verifier.verify(auth, op, s.now_unix()) {
        *lock(&s.last_rejection) = Some(why.clone());
        let mut resp = AppleError::not_authorized().into_response();
        resp.extensions_mut().insert(Refusal(why));
        return resp;
    }
    let taken = lock(&s.rate).take();
    let mut resp = if taken.allowed {
        dispatch(&s, req)
            .await
            .unwrap_or_else(AppleError::into_response)
    } else {
        AppleError::rate_limited().into_response()
    };
    if let Ok(v) = HeaderValue::from_str(&taken.header()) {
        resp.headers_mut().insert("x-rate-limit", v);
    }
    resp
}

async fn dispatch(s: &Arc<Shared>, req: Request) -> Result<Response, AppleError> {
    let (parts, body) = req.into_parts();
    let method = parts.method;
    let path = parts.uri.path();
    let pairs = query::pairs(parts.uri.query());
    let (decl, rest) = s
        .registry
        .route(path)
        .ok_or_else(AppleError::path_not_found)?;
    let rest: Vec<String> = rest
        .iter()
        .map(|seg| {
            percent_decode_str(seg)
                .decode_utf8()
                .map(|c| c.into_owned())
        })
        .collect::<Result<_, _>>()
        .map_err(|_| AppleError::path_not_found())?;
    if rest.iter().any(String::is_empty) {
        return Err(AppleError::path_not_found());
    }
    let doc_self = format!("{}{}", s.base_url, path);
    if method == Method::GET {
        list::no_duplicates(&pairs)?;
    }
    let g = Get {
        s,
        decl,
        pairs: &pairs,
        raw_query: parts.uri.query(),
        doc_self: &doc_self,
        scope: cursor::scope(path, &pairs),
    };
    match (rest.as_slice(), &method) {
        ([], &Method::GET) => list_top(&g),
        ([], &Method::POST) => {
            let body = read_body(body).await?;
            create(s, decl, &pairs, &body)
        }
        // Apple has no such route for a type declared `no_read`.
        ([_], &Method::GET) if !decl.read => Err(AppleError::path_not_found()),
        ([id], &Method::GET) => read_one(&g, id),
        ([id], &Method::PATCH) => {
            let body = read_body(body).await?;
            update(s, decl, id, &pairs, &body)
        }
        ([id], &Method::DELETE) => delete(s, decl, id, &pairs),
        ([id, rel], &Method::GET) => related(&g, id, rel),
        ([id, kw, rel], &Method::GET) if kw == "relationships" => linkage(&g, id, rel),
        ([id, kw, rel], m @ (&Method::POST | &Method::PATCH | &Method::DELETE))
            if kw == "relationships" =>
        {
            let write = LinkageWrite::of(decl, rel, m)?;
            query::none(&pairs)?;
            let body = read_body(body).await?;
            write_linkage(s, decl, id, &write, &body)
        }
        ([_, kw, rel], m) if kw == "relationships" && decl.rel(rel).is_some() => {
            Err(AppleError::method_not_allowed(m.as_str()))
        }
        ([] | [_], m) => Err(AppleError::method_not_allowed(m.as_str())),
        ([_, rel], m) if decl.rel(rel).is_some() => Err(AppleError::method_not_allowed(m.as_str())),
        _ => Err(AppleError::path_not_found()),
    }
}

async fn read_body(body: Body) -> Result<Value, AppleError> {
    let bytes = to_bytes(body, MAX_BODY)
        .await
        .map_err(|_| AppleError::too_large(MAX_BODY))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| AppleError::unprocessable(format!("The request body is not valid JSON: {e}")))
}

/// The document around a rendered primary `data`.
fn document(data: Value, included: Vec<Value>, self_link: &str) -> Value {
    let mut doc = Map::new();
    doc.insert("data".into(), data);
    if !included.is_empty() {
        doc.insert("included".into(), Value::Array(included));
    }
    doc.insert("links".into(), json!({ "self": self_link }));
    Value::Object(doc)
}

/// The `included` resources of one or more primary resources.
fn included(
    s: &Shared,
    store: &Store,
    decl: &Decl,
    primaries: &[&str],
    q: &ReadQuery,
) -> Vec<Value> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for name in &q.include {
        let Some(rel) = decl.rel(name) else { continue };
        let Some(target) = s.registry.target_decl(rel) else {
            continue;
        };
        // Apple includes at most 10 of a to-many relationship unless limit[rel] says otherwise.
        let limit = q.include_limit(decl, name);
        for id in primaries {
            let Some(stored) = store.get(&decl.type_name, id) else {
                continue;
            };
            let Some(l) = stored.links.get(&decl.link_key(rel)) else {
                continue;
            };
            for tid in l.ids.iter().take(limit) {
                if let Some(t) = store.get(&rel.target_type, tid)
                    && seen.insert((rel.target_type.clone(), tid.clone()))
                {
                    out.push(render(&s.base_url, target, tid, t, &q.fields));
                }
            }
        }
    }
    out
}

/// What every read route works from: the state, the declaration the path
/// names, the query (decoded, and as sent for `links`) and the document's URL.
struct Get<'a> {
    s: &'a Shared,
    decl: &'a Decl,
    pairs: &'a [(String, String)],
    raw_query: Option<&'a str>,
    doc_self: &'a str,
    /// What the list's cursors are bound to ([`cursor::scope`]).
    scope: String,
}

impl Get<'_> {
    /// The list parameters of `meta`, with cursors opened by this emulator's key.
    fn list_query(&self, meta: &asc_core::ListMeta) -> Result<list::ListQuery, AppleError> {
        list::parse(meta, self.pairs, &|c| self.s.cursors.open(&self.scope, c))
    }
}

fn read_one(g: &Get<'_>, id: &str) -> Result<Response, AppleError> {
    let (s, decl) = (g.s, g.decl);
    let q = query::read(&s.registry, decl, g.pairs)?;
    let store = lock(&s.store);
    let stored = store
        .get(&decl.type_name, id)
        .ok_or_else(|| AppleError::not_found(&decl.type_name, id))?;
    let data = render_cut(&s.base_url, decl, id, stored, &q.fields, &q.cuts(decl));
    let inc = included(s, &store, decl, &[id], &q);
    Ok(json_response(200, &document(data, inc, g.doc_self)))
}

/// The step related reads and linkage share: the ids `rel` of the `decl`
/// resource `id` links to that exist (404 for an unknown parent).
fn related_ids(store: &Store, decl: &Decl, id: &str, rel: &Rel) -> Result<Vec<String>, AppleError> {
    let parent = store
        .get(&decl.type_name, id)
        .ok_or_else(|| AppleError::not_found(&decl.type_name, id))?;
    let mut ids = parent
        .links
        .get(&decl.link_key(rel))
        .map(|l| l.ids.clone())
        .unwrap_or_default();
    ids.retain(|i| store.contains(&rel.target_type, i));
    Ok(ids)
}

/// `GET {path}`: the top-level list, when declared; Apple's 403 otherwise.
fn list_top(g: &Get<'_>) -> Result<Response, AppleError> {
    let decl = g.decl;
    let Some(meta) = decl.list(None) else {
        return Err(AppleError::forbidden_operation(
            &decl.type_name,
            "GET_COLLECTION",
            &["GET_INSTANCE", "CREATE", "UPDATE", "DELETE"],
        ));
    };
    let store = lock(&g.s.store);
    let ids = store.ids_of(&decl.type_name);
    list_page(g, &store, decl, meta, ids)
}

/// One page of a list of `items` resources out of `ids`, by the rules of `meta`.
fn list_page(
    g: &Get<'_>,
    store: &Store,
    items: &Decl,
    meta: &asc_core::ListMeta,
    ids: Vec<String>,
) -> Result<Response, AppleError> {
    let s = g.s;
    let lq = g.list_query(meta)?;
    let q = query::read(&s.registry, items, &lq.rest)?;
    let mut found: Vec<(String, &crate::store::Stored)> = ids
        .into_iter()
        .filter_map(|i| store.get(&items.type_name, &i).map(|st| (i, st)))
        .filter(|(i, st)| {
            list::matches(
                i,
                st,
                |field| {
                    let rel = items.rel(field)?;
                    Some(
                        st.links
                            .get(&items.link_key(rel))
                            .map(|l| l.ids.clone())
                            .unwrap_or_default(),
                    )
                },
                &lq.filters,
            )
        })
        .collect();
    if !lq.sort.is_empty() {
        list::sort(&mut found, &lq.sort);
    }
    let total = found.len();
    cursor_past_end(&lq, total)?;
    let page: Vec<&(String, &crate::store::Stored)> =
        found.iter().skip(lq.offset).take(lq.limit).collect();
    let cuts = q.cuts(items);
    let data: Vec<Value> = page
        .iter()
        .map(|(i, st)| render_cut(&s.base_url, items, i, st, &q.fields, &cuts))
        .collect();
    let id_refs: Vec<&str> = page.iter().map(|(i, _)| i.as_str()).collect();
    let inc = included(s, store, items, &id_refs, &q);
    Ok(json_response(200, &paged(g, data, inc, total, &lq)))
}

/// The document of one page of a to-many answer (a list or a to-many
/// linkage): `data`, `included`, `links.self` with the request's query,
/// `links.next` with every parameter plus the cursor while more remain, and
/// `meta.paging`.
fn paged(
    g: &Get<'_>,
    data: Vec<Value>,
    included: Vec<Value>,
    total: usize,
    lq: &list::ListQuery,
) -> Value {
    let next_offset = lq.offset + data.len();
    let mut links = Map::new();
    let self_url = match g.raw_query {
        Some(q) if !q.is_empty() => format!("{}?{q}", g.doc_self),
        _ => g.doc_self.to_owned(),
    };
    links.insert("self".into(), Value::String(self_url));
    let mut paging = Map::new();
    paging.insert("total".into(), json!(total));
    paging.insert("limit".into(), json!(lq.limit));
    if next_offset < total {
        let cursor = g.s.cursors.seal(&g.scope, next_offset);
        links.insert(
            "next".into(),
            Value::String(list::next_link(g.doc_self, g.raw_query, &cursor)),
        );
        paging.insert("nextCursor".into(), Value::String(cursor));
    }
    let mut doc = Map::new();
    doc.insert("data".into(), Value::Array(data));
    if !included.is_empty() {
        doc.insert("included".into(), Value::Array(included));
    }
    doc.insert("links".into(), Value::Object(links));
    doc.insert("meta".into(), json!({ "paging": paging }));
    Value::Object(doc)
}

/// The refusal of a cursor past the end of the list.
fn cursor_past_end(lq: &list::ListQuery, total: usize) -> Result<(), AppleError> {
    if lq.offset > total {
        return Err(AppleError::bad_cursor(lq.cursor.as_deref().unwrap_or("")));
    }
    Ok(())
}

/// `GET {path}/{id}/{rel}`: a to-many relationship as a list (its declared
/// rules, else no filter or sort), a to-one one as its resource or `null`.
fn related(g: &Get<'_>, id: &str, rel_name: &str) -> Result<Response, AppleError> {
    let (s, decl) = (g.s, g.decl);
    let rel = decl.rel(rel_name).ok_or_else(AppleError::path_not_found)?;
    let target = s
        .registry
        .target_decl(rel)
        .ok_or_else(AppleError::path_not_found)?;
    if rel.to_many {
        let meta = decl.list(Some(rel_name)).unwrap_or(&list::PLAIN);
        let store = lock(&s.store);
        let ids = related_ids(&store, decl, id, rel)?;
        return list_page(g, &store, target, meta, ids);
    }
    let q = query::read(&s.registry, target, g.pairs)?;
    let store = lock(&s.store);
    let ids = related_ids(&store, decl, id, rel)?;
    // An empty to-one relationship answers 200 `{"data": null}`, as Apple does.
    let Some(tid) = ids.first() else {
        return Ok(json_response(
            200,
            &document(Value::Null, Vec::new(), g.doc_self),
        ));
    };
    let data = store.get(&rel.target_type, tid).map_or(Value::Null, |t| {
        render_cut(&s.base_url, target, tid, t, &q.fields, &q.cuts(target))
    });
    let inc = included(s, &store, target, &[tid.as_str()], &q);
    Ok(json_response(200, &document(data, inc, g.doc_self)))
}

/// `GET {path}/{id}/relationships/{rel}`: the linkage; a to-many one in pages,
/// like a list without filters or sort.
fn linkage(g: &Get<'_>, id: &str, rel_name: &str) -> Result<Response, AppleError> {
    let decl = g.decl;
    let rel = decl.rel(rel_name).ok_or_else(AppleError::path_not_found)?;
    let lq = if rel.to_many {
        let lq = g.list_query(&list::PLAIN)?;
        query::none(&lq.rest)?;
        Some(lq)
    } else {
        query::none(g.pairs)?;
        None
    };
    let store = lock(&g.s.store);
    let ids = related_ids(&store, decl, id, rel)?;
    let ident = |i: &String| json!({"type": rel.target_type, "id": i});
    let Some(lq) = lq else {
        let data = ids.first().map_or(Value::Null, ident);
        return Ok(json_response(200, &document(data, Vec::new(), g.doc_self)));
    };
    cursor_past_end(&lq, ids.len())?;
    let data = ids
        .iter()
        .skip(lq.offset)
        .take(lq.limit)
        .map(ident)
        .collect();
    Ok(json_response(
        200,
        &paged(g, data, Vec::new(), ids.len(), &lq),
    ))
}

/// How a linkage write changes a relationship.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LinkOp {
    /// `POST`: links these too (to-many).
    Add,
    /// `DELETE`: unlinks these (to-many).
    Remove,
    /// `PATCH`: links exactly these (to-many), or this one or none (to-one).
    Replace,
}

impl LinkOp {
    /// Apple's name of the operation, for its 403.
    fn operation(self) -> &'static str {
        match self {
            LinkOp::Add => "CREATE_RELATIONSHIP",
            LinkOp::Remove => "DELETE_RELATIONSHIP",
            LinkOp::Replace => "UPDATE_RELATIONSHIP",
        }
    }
}

/// A linkage write the declaration allows: `POST`, `DELETE` or `PATCH` of
/// `{path}/{id}/relationships/{name}`.
struct LinkageWrite<'a> {
    rel: &'a Rel,
    op: LinkOp,
}

impl<'a> LinkageWrite<'a> {
    /// The write `method` asks of the relationship `name`: 404 for a
    /// relationship the declaration does not have, Apple's 403 where its
    /// `linkages` do not declare that route (adding and removing exist for
    /// to-many relationships only).
    fn of(decl: &'a Decl, name: &str, method: &Method) -> Result<Self, AppleError> {
        let rel = decl.rel(name).ok_or_else(AppleError::path_not_found)?;
        let op = match *method {
            Method::POST => LinkOp::Add,
            Method::DELETE => LinkOp::Remove,
            _ => LinkOp::Replace,
        };
        let meta = decl.linkages.iter().find(|l| l.relationship == name);
        let offers = |op: LinkOp| {
            meta.is_some_and(|m| match op {
                LinkOp::Add => rel.to_many && m.add,
                LinkOp::Remove => rel.to_many && m.remove,
                LinkOp::Replace => m.replace,
            })
        };
        if offers(op) {
            return Ok(LinkageWrite { rel, op });
        }
        let mut allowed = Vec::new();
        if meta.is_some_and(|m| m.get) {
            allowed.push("GET_RELATIONSHIP");
        }
        for other in [LinkOp::Add, LinkOp::Replace, LinkOp::Remove] {
            if offers(other) {
                allowed.push(other.operation());
            }
        }
        Err(AppleError::forbidden_relationship_operation(
            &decl.type_name,
            name,
            op.operation(),
            &allowed,
        ))
    }
}

/// The ids a linkage request body names, checked: `{"data": [{type, id}...]}`
/// for a to-many relationship, `{"data": {type, id}}` or `{"data": null}`
/// for a to-one one; every `type` the relationship's target, every id an
/// existing resource.
fn linkage_body(store: &Store, rel: &Rel, doc: &Value) -> Result<Vec<String>, AppleError> {
    let data = doc.get("data").ok_or_else(|| {
        AppleError::unprocessable(
            "The request body needs a `data` member, as Apple's linkage requests have.",
        )
    })?;
    let shape = if rel.to_many {
        format!(
            "an array of {{\"type\": \"{}\", \"id\": ...}}",
            rel.target_type
        )
    } else {
        format!("{{\"type\": \"{}\", \"id\": ...}} or null", rel.target_type)
    };
    let items: Vec<(String, &Value)> = match (data, rel.to_many) {
        (Value::Array(a), true) => a
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("/data/{i}"), v))
            .collect(),
        (Value::Null, false) => Vec::new(),
        (o @ Value::Object(_), false) => vec![("/data".to_owned(), o)],
        _ => {
            return Err(AppleError::entity(
                format!("`data` of the relationship '{}' must be {shape}", rel.name),
                "/data",
            ));
        }
    };
    let mut ids: Vec<String> = Vec::new();
    for (at, item) in items {
        let field = |name: &str| item.get(name).and_then(Value::as_str);
        let (Some(t), Some(id)) = (field("type"), field("id")) else {
            return Err(AppleError::entity(
                format!("Each resource identifier needs a string `type` and `id`: {shape}"),
                &at,
            ));
        };
        if t != rel.target_type {
            return Err(AppleError::entity(
                format!(
                    "The type '{t}' does not match the relationship '{}', which links '{}'",
                    rel.name, rel.target_type
                ),
                &format!("{at}/type"),
            ));
        }
        if !store.contains(t, id) {
            return Err(AppleError::new(
                409,
                "ENTITY_ERROR.RELATIONSHIP.INVALID",
                "The provided entity includes a relationship with an invalid value",
                format!("{t} with id '{id}' cannot be found"),
            )
            .pointer(format!("{at}/id")));
        }
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_owned());
        }
    }
    Ok(ids)
}

/// `POST`, `DELETE` or `PATCH {path}/{id}/relationships/{name}`: changes the
/// linkage (both sides kept in step) and answers 204 with no body, as Apple does.
fn write_linkage(
    s: &Shared,
    decl: &Decl,
    id: &str,
    write: &LinkageWrite<'_>,
    doc: &Value,
) -> Result<Response, AppleError> {
    let rel = write.rel;
    let mut store = lock(&s.store);
    let key = decl.link_key(rel);
    let current: Vec<String> = store
        .get(&decl.type_name, id)
        .ok_or_else(|| AppleError::not_found(&decl.type_name, id))?
        .links
        .get(&key)
        .map(|l| l.ids.clone())
        .unwrap_or_default();
    let given = linkage_body(&store, rel, doc)?;
    let ids = match write.op {
        LinkOp::Add => {
            let mut ids = current;
            for i in given {
                if !ids.contains(&i) {
                    ids.push(i);
                }
            }
            ids
        }
        LinkOp::Remove => current.into_iter().filter(|i| !given.contains(i)).collect(),
        LinkOp::Replace => given,
    };
    store.set_link(
        &s.registry,
        &decl.type_name,
        id,
        &key,
        Linkage {
            target_type: rel.target_type.clone(),
            to_many: rel.to_many,
            ids,
        },
    );
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = StatusCode::NO_CONTENT;
    Ok(resp)
}

/// The `data` object of a write, with its `type` checked.
fn write_data<'a>(decl: &Decl, doc: &'a Value) -> Result<&'a Map<String, Value>, AppleError> {
    let data = doc.get("data").and_then(Value::as_object).ok_or_else(|| {
        AppleError::unprocessable(
            "The request body needs a `data` object, as Apple's create and update requests have.",
        )
    })?;
    match data.get("type").and_then(Value::as_str) {
        Some(t) if t == decl.type_name => Ok(data),
        Some(t) => Err(AppleError::entity(
            format!(
                "The resource type '{t}' does not match this path; it serves '{}'",
                decl.type_name
            ),
            "/data/type",
        )),
        None => Err(AppleError::entity(
            "The resource object has no `type`",
            "/data/type",
        )),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Create,
    Update,
}

/// Checked attributes of a write, and the `uploaded` flag of an asset commit.
fn write_attributes(
    decl: &Decl,
    data: &Map<String, Value>,
    mode: Mode,
) -> Result<(Map<String, Value>, bool), AppleError> {
    let attrs = match data.get("attributes") {
        None | Some(Value::Null) => return Ok((Map::new(), false)),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(AppleError::entity(
                "`attributes` must be an object",
                "/data/attributes",
            ));
        }
    };
    let asset = decl.is_asset();
    let mut out = Map::new();
    let mut uploaded = false;
    for (k, v) in attrs {
        let write_only = asset && mode == Mode::Update && WRITE_ONLY.contains(&k.as_str());
        if !write_only && !decl.attributes.contains(k) {
            return Err(AppleError::attribute_unknown(&decl.type_name, k));
        }
        if asset && MANAGED.contains(&k.as_str()) {
            return Err(AppleError::attribute_invalid(
                k,
                format!("'{k}' is set by App Store Connect and cannot be written"),
            ));
        }
        if asset && mode == Mode::Update && (k == "fileName" || k == "fileSize") {
            return Err(AppleError::attribute_invalid(
                k,
                format!(
                    "'{k}' cannot change once the upload is reserved; create a new {} instead",
                    decl.type_name
                ),
            ));
        }
        if k == "uploaded" && write_only {
            match v {
                Value::Bool(b) => uploaded = *b,
                Value::Null => {}
                _ => {
                    return Err(AppleError::attribute_invalid(
                        k,
                        "'uploaded' must be true, false or null",
                    ));
                }
            }
            continue;
        }
        if write_only {
            continue;
        }
        out.insert(k.clone(), v.clone());
    }
    Ok((out, uploaded))
}

/// Checked relationships of a write: `(name, key, linkage)` for each one given.
/// A to-one relationship that Apple's write request names but its resource
/// schema does not (an activity image's `localization`, a matchmaking rule's
/// `ruleSet`): accepted when the declaration has no relationship to that
/// type and the linked type declares the way back (the localization's
/// `image`), which then shows the link.
fn write_only_rel(s: &Shared, decl: &Decl, name: &str, v: &Value) -> Option<Rel> {
    let target_type = v.get("data")?.get("type")?.as_str()?;
    if decl
        .relationships
        .iter()
        .any(|r| r.target_type == target_type)
    {
        return None;
    }
    s.registry.inverse(target_type, &decl.type_name)?;
    let target = s.registry.of_type(target_type).next()?;
    Some(Rel {
        name: name.to_owned(),
        target_type: target_type.to_owned(),
        target_path: target.path.clone(),
        to_many: false,
        include: false,
        include_limit: crate::query::MAX_INCLUDE_LIMIT,
    })
}

fn write_relationships(
    s: &Shared,
    store: &Store,
    decl: &Decl,
    data: &Map<String, Value>,
) -> Result<Vec<(String, String, Linkage)>, AppleError> {
    let rels = match data.get("relationships") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(AppleError::entity(
                "`relationships` must be an object",
                "/data/relationships",
            ));
        }
    };
    let mut out = Vec::new();
    for (name, v) in rels {
        let write_only;
        let (rel, key) = match decl.rel(name) {
            Some(rel) => (rel, decl.link_key(rel)),
            None => {
                write_only = write_only_rel(s, decl, name, v)
                    .ok_or_else(|| AppleError::relationship_unknown(&decl.type_name, name))?;
                let key = format!("{}#{name}", write_only.target_type);
                (&write_only, key)
            }
        };
        let shape = if rel.to_many {
            format!(
                "{{\"data\": [{{\"type\": \"{}\", \"id\": ...}}]}}",
                rel.target_type
            )
        } else {
            format!(
                "{{\"data\": {{\"type\": \"{}\", \"id\": ...}}}}",
                rel.target_type
            )
        };
        let bad = || {
            AppleError::relationship_invalid(
                name,
                format!("The relationship '{name}' must be {shape}"),
            )
        };
        let items: Vec<&Value> = match (v.get("data"), rel.to_many) {
            (Some(Value::Null), false) => Vec::new(),
            (Some(o @ Value::Object(_)), false) => vec![o],
            (Some(Value::Array(a)), true) => a.iter().collect(),
            _ => return Err(bad()),
        };
        let mut ids = Vec::new();
        for item in items {
            let t = item.get("type").and_then(Value::as_str).ok_or_else(bad)?;
            let id = item.get("id").and_then(Value::as_str).ok_or_else(bad)?;
            if t != rel.target_type {
                return Err(bad());
            }
            if !store.contains(t, id) {
                return Err(AppleError::relationship_invalid(
                    name,
                    format!("{t} with id '{id}' cannot be found"),
                ));
            }
            ids.push(id.to_owned());
        }
        out.push((
            name.clone(),
            key,
            Linkage {
                target_type: rel.target_type.clone(),
                to_many: rel.to_many,
                ids,
            },
        ));
    }
    Ok(out)
}

/// Refuses a link that would give a target a second resource where it holds one
/// (a second image for a localization): Apple keeps one, and a blind retry of a
/// create must show up, not reserve twice.
fn check_single_holders(
    s: &Shared,
    store: &Store,
    decl: &Decl,
    id: Option<&str>,
    links: &[(String, String, Linkage)],
) -> Result<(), AppleError> {
    for (name, _, l) in links {
        for tid in &l.ids {
            if let Some(holder) =
                store.to_one_holder(&s.registry, &l.target_type, tid, &decl.type_name)
                && Some(holder.as_str()) != id
            {
                return Err(AppleError::relationship_invalid(
                    name,
                    format!(
                        "The {} '{tid}' already has a {} ('{holder}'); delete that one first",
                        l.target_type, decl.type_name
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// What a create or update asks to write, checked.
struct Checked {
    attributes: Map<String, Value>,
    uploaded: bool,
    links: Vec<(String, String, Linkage)>,
}

/// The checks create (`id` None) and update share: attributes, relationships,
/// and no second holder of a to-one link.
fn checked_write(
    s: &Shared,
    store: &Store,
    decl: &Decl,
    data: &Map<String, Value>,
    id: Option<&str>,
) -> Result<Checked, AppleError> {
    let mode = if id.is_some() {
        Mode::Update
    } else {
        Mode::Create
    };
    let (attributes, uploaded) = write_attributes(decl, data, mode)?;
    let links = write_relationships(s, store, decl, data)?;
    check_single_holders(s, store, decl, id, &links)?;
    Ok(Checked {
        attributes,
        uploaded,
        links,
    })
}

/// The answer to a create or update: the resource as it is now, all fields.
fn written(
    s: &Shared,
    store: &Store,
    decl: &Decl,
    id: &str,
    status: u16,
) -> Result<Response, AppleError> {
    let stored = store
        .get(&decl.type_name, id)
        .ok_or_else(|| AppleError::not_found(&decl.type_name, id))?;
    let data = render(&s.base_url, decl, id, stored, &Fields::new());
    let self_link = format!("{}{}/{}", s.base_url, decl.path, segment(id));
    Ok(json_response(
        status,
        &document(data, Vec::new(), &self_link),
    ))
}

fn create(
    s: &Arc<Shared>,
    decl: &Decl,
    pairs: &[(String, String)],
    doc: &Value,
) -> Result<Response, AppleError> {
    query::none(pairs)?;
    let data = write_data(decl, doc)?;
    if data.contains_key("id") {
        return Err(AppleError::entity(
            "A new resource gets its id from App Store Connect; leave `id` out of a create request",
            "/data/id",
        ));
    }
    let mut store = lock(&s.store);
    let Checked {
        mut attributes,
        links,
        ..
    } = checked_write(s, &store, decl, data, None)?;
    let required = s.config.required.get(&decl.type_name);
    for rel in &decl.relationships {
        let needed = required.is_some_and(|r| r.contains(&rel.target_type))
            || (decl.is_asset() && !rel.to_many);
        if needed
            && !links
                .iter()
                .any(|(n, _, l)| *n == rel.name && !l.ids.is_empty())
        {
            return Err(AppleError::relationship_required(&rel.name));
        }
    }
    let asset = if decl.is_asset() {
        let name = match attributes.get("fileName") {
            Some(Value::String(n)) if !n.trim().is_empty() => n.clone(),
            Some(_) => {
                return Err(AppleError::attribute_invalid(
                    "fileName",
                    "'fileName' must be a non-empty string",
                ));
            }
            None => return Err(AppleError::attribute_required("fileName")),
        };
        let size = match attributes.get("fileSize") {
            Some(v) => v
                .as_u64()
                .filter(|n| (1..=s.config.max_file_size).contains(n))
                .ok_or_else(|| {
                    AppleError::attribute_invalid(
                        "fileSize",
                        format!(
                            "'fileSize' must be a whole number of bytes from 1 to {}",
                            s.config.max_file_size
                        ),
                    )
                })?,
            None => return Err(AppleError::attribute_required("fileSize")),
        };
        Some(Asset::reserve(&name, size, s.config.part_size))
    } else {
        None
    };

    let id = crate::ids::uuid();
    if let Some(a) = &asset {
        attributes.insert("uploadOperations".into(), a.operations(&s.base_url));
        attributes.insert(
            "assetDeliveryState".into(),
            delivery_state(AssetState::AwaitingUpload, None),
        );
    }
    store.put(&decl.type_name, &id, attributes);
    for (_, key, linkage) in links {
        store.set_link(&s.registry, &decl.type_name, &id, &key, linkage);
    }
    if let Some(a) = asset {
        let k = (decl.type_name.clone(), id.clone());
        store.tokens.insert(a.token.clone(), k.clone());
        store.assets.insert(k, a);
    }
    s.record_write("POST", &decl.type_name, &id);
    written(s, &store, decl, &id, 201)
}

fn update(
    s: &Arc<Shared>,
    decl: &Decl,
    id: &str,
    pairs: &[(String, String)],
    doc: &Value,
) -> Result<Response, AppleError> {
    query::none(pairs)?;
    let mut store = lock(&s.store);
    if !store.contains(&decl.type_name, id) {
        return Err(AppleError::not_found(&decl.type_name, id));
    }
    let data = write_data(decl, doc)?;
    match data.get("id").and_then(Value::as_str) {
        Some(given) if given == id => {}
        Some(given) => {
            return Err(AppleError::entity(
                format!("The id '{given}' in the body does not match the id '{id}' in the path"),
                "/data/id",
            ));
        }
        None => {
            return Err(AppleError::entity(
                "An update needs the resource `id` in `data`",
                "/data/id",
            ));
        }
    }
    let Checked {
        attributes,
        uploaded,
        links,
    } = checked_write(s, &store, decl, data, Some(id))?;
    let key = (decl.type_name.clone(), id.to_owned());
    if uploaded {
        match store.assets.get(&key).map(|a| a.state) {
            Some(AssetState::AwaitingUpload) => {}
            Some(state) => {
                return Err(AppleError::state(format!(
                    "The upload of this {} was already committed (its state is {}); it cannot be committed twice",
                    decl.type_name,
                    state.as_str()
                )));
            }
            None => {
                return Err(AppleError::state(format!(
                    "This {} has no reserved upload to commit",
                    decl.type_name
                )));
            }
        }
    }
    if let Some(stored) = store.get_mut(&decl.type_name, id) {
        for (k, v) in attributes {
            stored.attributes.insert(k, v);
        }
        if uploaded {
            stored
                .attributes
                .insert("uploadOperations".into(), Value::Array(Vec::new()));
            stored.attributes.insert(
                "assetDeliveryState".into(),
                delivery_state(AssetState::UploadComplete, None),
            );
        }
    }
    for (_, k, linkage) in links {
        store.set_link(&s.registry, &decl.type_name, id, &k, linkage);
    }
    if uploaded && let Some(a) = store.assets.get_mut(&key) {
        a.state = AssetState::UploadComplete;
    }
    s.record_write("PATCH", &decl.type_name, id);
    let resp = written(s, &store, decl, id, 200);
    drop(store);
    if uploaded {
        upload::schedule_processing(s, decl.type_name.clone(), id.to_owned());
    }
    resp
}

fn delete(
    s: &Shared,
    decl: &Decl,
    id: &str,
    pairs: &[(String, String)],
) -> Result<Response, AppleError> {
    query::none(pairs)?;
    if !lock(&s.store).remove(&decl.type_name, id) {
        return Err(AppleError::not_found(&decl.type_name, id));
    }
    s.record_write("DELETE", &decl.type_name, id);
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = StatusCode::NO_CONTENT;
    Ok(resp)
}
