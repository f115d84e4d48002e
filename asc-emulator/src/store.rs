//! The generic JSON:API store: resources keyed by (type, id), relationships kept
//! as linkage by target type, both directions kept in step.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::asset::Asset;
use crate::ids::segment;
use crate::registry::{Decl, Registry};

/// The linkage of one relationship of one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Linkage {
    pub target_type: String,
    pub to_many: bool,
    pub ids: Vec<String>,
}

/// One stored resource.
#[derive(Debug, Clone, Default)]
pub(crate) struct Stored {
    pub attributes: Map<String, Value>,
    /// By [`Decl::link_key`].
    pub links: BTreeMap<String, Linkage>,
}

pub(crate) type Key = (String, String);

fn key(type_name: &str, id: &str) -> Key {
    (type_name.to_owned(), id.to_owned())
}

/// Everything the emulator holds.
#[derive(Debug, Default)]
pub(crate) struct Store {
    resources: HashMap<Key, Stored>,
    pub assets: HashMap<Key, Asset>,
    /// Upload token -> the asset it belongs to.
    pub tokens: HashMap<String, Key>,
}

impl Store {
    pub fn get(&self, type_name: &str, id: &str) -> Option<&Stored> {
        self.resources.get(&key(type_name, id))
    }

    pub fn get_mut(&mut self, type_name: &str, id: &str) -> Option<&mut Stored> {
        self.resources.get_mut(&key(type_name, id))
    }

    pub fn contains(&self, type_name: &str, id: &str) -> bool {
        self.resources.contains_key(&key(type_name, id))
    }

    pub fn ids_of(&self, type_name: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .resources
            .keys()
            .filter(|(t, _)| t == type_name)
            .map(|(_, id)| id.clone())
            .collect();
        ids.sort();
        ids
    }

    pub fn len(&self) -> usize {
        self.resources.len()
    }

    /// Inserts or replaces the attributes of a resource, keeping its links.
    pub fn put(&mut self, type_name: &str, id: &str, attributes: Map<String, Value>) {
        self.resources
            .entry(key(type_name, id))
            .or_default()
            .attributes = attributes;
    }

    /// Sets one relationship of `(a_type, a_id)` and updates the other side of
    /// every link added or removed.
    pub fn set_link(
        &mut self,
        registry: &Registry,
        a_type: &str,
        a_id: &str,
        link_key: &str,
        linkage: Linkage,
    ) {
        let Some(a) = self.resources.get_mut(&key(a_type, a_id)) else {
            return;
        };
        let old = a.links.insert(link_key.to_owned(), linkage.clone());
        if linkage.target_type == a_type {
            // A link between resources of one type (an achievement's
            // `groupAchievement`) has no other side to keep in step: the
            // relationship found as its inverse would be itself.
            return;
        }
        let old_ids = old.map(|l| l.ids).unwrap_or_default();
        for gone in old_ids.iter().filter(|i| !linkage.ids.contains(i)) {
            self.drop_refs(&linkage.target_type, gone, a_type, a_id);
        }
        for added in linkage.ids.iter().filter(|i| !old_ids.contains(i)) {
            self.link_back(registry, &linkage.target_type, added, a_type, a_id);
        }
    }

    /// Records on `(b_type, b_id)` that `(a_type, a_id)` links to it, under
    /// each relationship back to `a_type` that [`Registry::inverses`] names.
    fn link_back(
        &mut self,
        registry: &Registry,
        b_type: &str,
        b_id: &str,
        a_type: &str,
        a_id: &str,
    ) {
        for (back_key, to_many) in registry.inverses(b_type, a_type) {
            let Some(b) = self.resources.get_mut(&key(b_type, b_id)) else {
                return;
            };
            let entry = b.links.entry(back_key).or_insert_with(|| Linkage {
                target_type: a_type.to_owned(),
                to_many,
                ids: Vec::new(),
            });
            if to_many {
                if !entry.ids.iter().any(|i| i == a_id) {
                    entry.ids.push(a_id.to_owned());
                }
                continue;
            }
            let replaced: Vec<String> = entry.ids.drain(..).filter(|i| i != a_id).collect();
            entry.ids.push(a_id.to_owned());
            // A to-one link moved: the resource it pointed at no longer links here.
            for old in replaced {
                self.drop_refs(a_type, &old, b_type, b_id);
            }
        }
    }

    /// Removes every link from `(x_type, x_id)` to `(b_type, b_id)`.
    fn drop_refs(&mut self, x_type: &str, x_id: &str, b_type: &str, b_id: &str) {
        if let Some(x) = self.resources.get_mut(&key(x_type, x_id)) {
            for l in x.links.values_mut().filter(|l| l.target_type == b_type) {
                l.ids.retain(|i| i != b_id);
            }
        }
    }

    /// Removes a resource, every link to it, and its upload state.
    pub fn remove(&mut self, type_name: &str, id: &str) -> bool {
        let k = key(type_name, id);
        if self.resources.remove(&k).is_none() {
            return false;
        }
        for other in self.resources.values_mut() {
            for l in other
                .links
                .values_mut()
                .filter(|l| l.target_type == type_name)
            {
                l.ids.retain(|i| i != id);
            }
        }
        if let Some(asset) = self.assets.remove(&k) {
            self.tokens.remove(&asset.token);
        }
        true
    }

    /// The existing resource that already holds the to-one link back from `target`
    /// to resources of `a_type`, if any (a second image for one localization, say).
    pub fn to_one_holder(
        &self,
        registry: &Registry,
        target_type: &str,
        target_id: &str,
        a_type: &str,
    ) -> Option<String> {
        let (back_key, to_many) = registry.inverse(target_type, a_type)?;
        if to_many {
            return None;
        }
        let target = self.get(target_type, target_id)?;
        target
            .links
            .get(&back_key)?
            .ids
            .iter()
            .find(|id| self.contains(a_type, id))
            .cloned()
    }

    /// Stores the resources of seed documents (`data` object or array, and
    /// `included`); links are set after every resource of every document exists,
    /// so both sides are linked whatever the order of the documents.
    pub fn ingest(&mut self, registry: &Registry, docs: &[&Value]) -> Result<usize, String> {
        let mut objects = Vec::new();
        for doc in docs {
            objects.extend(seed_objects(doc)?);
        }
        for (i, obj) in objects.iter().enumerate() {
            let (t, id) = identity(obj).ok_or_else(|| {
                format!(
                    "resource #{i} has no string `type` and `id`; every resource object needs both"
                )
            })?;
            let attributes = match obj.get("attributes") {
                None | Some(Value::Null) => Map::new(),
                Some(Value::Object(m)) => m.clone(),
                Some(_) => return Err(format!("`attributes` of {t} {id} is not an object")),
            };
            self.put(t, id, attributes);
        }
        for obj in &objects {
            let Some((t, id)) = identity(obj) else {
                continue;
            };
            let Some(rels) = obj.get("relationships").and_then(Value::as_object) else {
                continue;
            };
            for (name, rel) in rels {
                let Some(data) = rel.get("data") else {
                    continue; // links only: nothing known about the linkage
                };
                let bad =
                    || format!("relationship `{name}` of {t} {id} has linkage without type and id");
                let (ids, to_many, given_type) = match data {
                    Value::Null => (Vec::new(), false, None),
                    Value::Object(o) => {
                        let (tt, i) = identity_of(o).ok_or_else(bad)?;
                        (vec![i.to_owned()], false, Some(tt.to_owned()))
                    }
                    Value::Array(items) => {
                        let mut ids = Vec::new();
                        let mut tt = None;
                        for item in items {
                            let (ty, i) = item.as_object().and_then(identity_of).ok_or_else(bad)?;
                            tt = Some(ty.to_owned());
                            ids.push(i.to_owned());
                        }
                        (ids, true, tt)
                    }
                    _ => {
                        return Err(format!(
                            "relationship `{name}` of {t} {id}: `data` must be an object, array or null"
                        ));
                    }
                };
                let Some((link_key, target_type, to_many)) =
                    resolve_rel(registry, t, name, given_type.as_deref(), to_many)
                else {
                    continue; // neither declared nor typed: cannot be served, so not stored
                };
                self.set_link(
                    registry,
                    t,
                    id,
                    &link_key,
                    Linkage {
                        target_type,
                        to_many,
                        ids,
                    },
                );
            }
        }
        Ok(objects.len())
    }
}

/// Finds how relationship `name` of a `t` resource is stored: through a declaration
/// of `t` that has it, else from the type in the linkage itself.
fn resolve_rel(
    registry: &Registry,
    t: &str,
    name: &str,
    given_type: Option<&str>,
    to_many: bool,
) -> Option<(String, String, bool)> {
    for d in registry.of_type(t) {
        if let Some(r) = d.rel(name) {
            return Some((d.link_key(r), r.target_type.clone(), r.to_many));
        }
    }
    given_type.map(|tt| (tt.to_owned(), tt.to_owned(), to_many))
}

fn identity(obj: &Value) -> Option<(&str, &str)> {
    identity_of(obj.as_object()?)
}

fn identity_of(o: &Map<String, Value>) -> Option<(&str, &str)> {
    Some((o.get("type")?.as_str()?, o.get("id")?.as_str()?))
}

/// The resource objects of a document: `data` (object or array) then `included`.
pub(crate) fn seed_objects(doc: &Value) -> Result<Vec<&Value>, String> {
    let Some(obj) = doc.as_object() else {
        return Err("a seed must be a JSON object with `data` (and optionally `included`)".into());
    };
    let mut out = Vec::new();
    match obj.get("data") {
        Some(Value::Object(_)) => out.push(&obj["data"]),
        Some(Value::Array(items)) => out.extend(items.iter()),
        _ => {
            return Err(
                "a seed needs a `data` member holding a resource object or an array of them, as \
                 Apple's responses have"
                    .into(),
            );
        }
    }
    match obj.get("included") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => out.extend(items.iter()),
        Some(_) => return Err("`included` must be an array of resource objects".into()),
    }
    Ok(out)
}

/// Which fields of which types a GET asked for.
pub(crate) type Fields = HashMap<String, HashSet<String>>;

/// Renders a stored resource as the declaration `decl` shows it: its attribute and
/// relationship names, links built on `base`, fields filtered by `fields`.
pub(crate) fn render(base: &str, decl: &Decl, id: &str, stored: &Stored, fields: &Fields) -> Value {
    render_cut(base, decl, id, stored, fields, &[])
}

/// [`render`], with the linkage of the included to-many relationships named in
/// `cuts` cut as Apple cuts it: at most that many ids in `data`, and
/// `meta.paging {total, limit}` telling how many there are.
pub(crate) fn render_cut(
    base: &str,
    decl: &Decl,
    id: &str,
    stored: &Stored,
    fields: &Fields,
    cuts: &[(String, usize)],
) -> Value {
    let keep = fields.get(&decl.type_name);
    let wanted = |name: &str| keep.is_none_or(|k| k.contains(name));
    let self_link = format!("{base}{}/{}", decl.path, segment(id));
    let mut attributes = Map::new();
    for name in &decl.attributes {
        if wanted(name)
            && let Some(v) = stored.attributes.get(name)
        {
            attributes.insert(name.clone(), v.clone());
        }
    }
    let mut relationships = Map::new();
    for rel in &decl.relationships {
        if !wanted(&rel.name) {
            continue;
        }
        let mut entry = Map::new();
        entry.insert(
            "links".into(),
            json!({
                "self": format!("{self_link}/relationships/{}", rel.name),
                "related": format!("{self_link}/{}", rel.name),
            }),
        );
        let link = stored.links.get(&decl.link_key(rel));
        let ident = |i: &String| json!({"type": rel.target_type, "id": i});
        let cut = cuts
            .iter()
            .find(|(n, _)| rel.to_many && *n == rel.name)
            .map(|(_, c)| *c);
        if let Some(limit) = cut {
            let ids = link.map_or(&[][..], |l| l.ids.as_slice());
            let data: Vec<Value> = ids.iter().take(limit).map(ident).collect();
            entry.insert("data".into(), Value::Array(data));
            entry.insert(
                "meta".into(),
                json!({"paging": {"total": ids.len(), "limit": limit}}),
            );
        } else if let Some(l) = link {
            if rel.to_many {
                entry.insert("data".into(), l.ids.iter().map(ident).collect());
            } else if let Some(i) = l.ids.first() {
                entry.insert("data".into(), ident(i));
            }
        }
        relationships.insert(rel.name.clone(), Value::Object(entry));
    }
    let mut out = Map::new();
    out.insert("type".into(), Value::String(decl.type_name.clone()));
    out.insert("id".into(), Value::String(id.to_owned()));
    if !attributes.is_empty() {
        out.insert("attributes".into(), Value::Object(attributes));
    }
    if !relationships.is_empty() {
        out.insert("relationships".into(), Value::Object(relationships));
    }
    out.insert("links".into(), json!({ "self": self_link }));
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Rel;

    fn registry() -> Registry {
        let mut r = Registry::default();
        for (path, name) in [("/v1/kids", "parent"), ("/v2/kids", "owner")] {
            r.add(Decl {
                type_name: "kids".into(),
                path: path.into(),
                attributes: vec!["n".into()],
                relationships: vec![Rel {
                    name: name.into(),
                    target_type: "parents".into(),
                    target_path: "/v1/parents".into(),
                    to_many: false,
                    include: true,
                    include_limit: crate::query::MAX_INCLUDE_LIMIT,
                }],
                lists: Vec::new(),
                linkages: Vec::new(),
                read: true,
            })
            .unwrap();
        }
        r.add(Decl {
            type_name: "parents".into(),
            path: "/v1/parents".into(),
            attributes: vec![],
            relationships: vec![Rel {
                name: "kid".into(),
                target_type: "kids".into(),
                target_path: "/v1/kids".into(),
                to_many: false,
                include: true,
                include_limit: crate::query::MAX_INCLUDE_LIMIT,
            }],
            lists: Vec::new(),
            linkages: Vec::new(),
            read: true,
        })
        .unwrap();
        r
    }

    #[test]
    fn links_are_kept_both_ways_and_removed_on_delete() {
        let r = registry();
        let mut s = Store::default();
        let parent = json!({"data": {"type": "parents", "id": "p",
            "relationships": {"kid": {"data": {"type": "kids", "id": "k"}}}}});
        let kid =
            json!({"data": [{"type": "kids", "id": "k", "attributes": {"n": 1, "hidden": 2}}]});
        // The linking document first: links wait until every resource exists.
        s.ingest(&r, &[&parent, &kid]).unwrap();
        assert_eq!(s.get("kids", "k").unwrap().links["parents"].ids, vec!["p"]);
        let v2 = r.route("/v2/kids/k").unwrap().0;
        let shown = render(
            "http://h",
            v2,
            "k",
            s.get("kids", "k").unwrap(),
            &Fields::new(),
        );
        assert_eq!(shown["relationships"]["owner"]["data"]["id"], "p");
        assert_eq!(shown["links"]["self"], "http://h/v2/kids/k");
        assert!(shown["attributes"].get("hidden").is_none());
        assert_eq!(
            s.to_one_holder(&r, "parents", "p", "kids").as_deref(),
            Some("k")
        );
        assert!(s.remove("kids", "k"));
        assert!(s.get("parents", "p").unwrap().links["kids"].ids.is_empty());
        assert!(!s.remove("kids", "k"));
    }

    #[test]
    fn a_link_within_one_type_is_not_mirrored() {
        let mut r = Registry::default();
        r.add(Decl {
            type_name: "things".into(),
            path: "/v1/things".into(),
            attributes: vec![],
            relationships: vec![Rel {
                name: "group".into(),
                target_type: "things".into(),
                target_path: "/v1/things".into(),
                to_many: false,
                include: true,
                include_limit: crate::query::MAX_INCLUDE_LIMIT,
            }],
            lists: Vec::new(),
            linkages: Vec::new(),
            read: true,
        })
        .unwrap();
        let mut s = Store::default();
        let doc = json!({"data": [
            {"type": "things", "id": "a", "relationships": {"group": {"data": {"type": "things", "id": "b"}}}},
            {"type": "things", "id": "b"}
        ]});
        s.ingest(&r, &[&doc]).unwrap();
        assert_eq!(s.get("things", "a").unwrap().links["things"].ids, ["b"]);
        assert!(
            s.get("things", "b").unwrap().links.is_empty(),
            "b is not grouped with a"
        );
        assert!(s.remove("things", "b"));
        assert!(s.get("things", "a").unwrap().links["things"].ids.is_empty());
    }

    #[test]
    fn seeds_are_checked() {
        let r = registry();
        let mut s = Store::default();
        assert!(s.ingest(&r, &[&json!([])]).is_err());
        assert!(
            s.ingest(&r, &[&json!({"data": {"id": "x"}})])
                .unwrap_err()
                .contains("type")
        );
        assert!(
            s.ingest(&r, &[&json!({"data": [], "included": {}})])
                .is_err()
        );
        assert_eq!(s.ingest(&r, &[&json!({"data": []})]).unwrap(), 0);
        assert_eq!(segment("a/b c"), "a%2Fb%20c");
    }
}
