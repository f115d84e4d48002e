//! What the emulator knows about resource types: declarations registered from
//! Rust (`ResourceMeta`) or inferred from seed documents. Nothing here names a
//! particular resource.

use std::collections::HashMap;

use asc_core::{LinkageMeta, ListMeta, ResourceMeta};
use serde_json::Value;

/// One declaration: a type served at one collection path, with the attribute and
/// relationship names of that path (v1 and v2 of a type differ in names only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decl {
    pub type_name: String,
    pub path: String,
    pub attributes: Vec<String>,
    pub relationships: Vec<Rel>,
    /// The lists it serves (top-level and to-many related), as declared.
    pub lists: Vec<ListMeta>,
    /// The linkage routes it serves, as declared.
    pub linkages: Vec<LinkageMeta>,
    /// It serves `GET {path}/{id}` (a declaration with `no_read` does not,
    /// like Apple for the types it only embeds or lists).
    pub read: bool,
}

/// One relationship of a declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rel {
    pub name: String,
    pub target_type: String,
    pub target_path: String,
    pub to_many: bool,
    pub include: bool,
    /// The largest `limit[name]`: Apple's 50 unless the declaration says
    /// otherwise (`include_limit = N`, in [`ResourceMeta::include_limits`]).
    pub include_limit: usize,
}

impl Decl {
    pub fn from_meta(meta: &ResourceMeta) -> Decl {
        Decl {
            type_name: meta.type_name.to_owned(),
            path: meta.path.trim_end_matches('/').to_owned(),
            attributes: meta.attributes.iter().map(|a| (*a).to_owned()).collect(),
            relationships: meta
                .relationships
                .iter()
                .map(|r| Rel {
                    name: r.name.to_owned(),
                    target_type: r.target_type.to_owned(),
                    target_path: r.target_path.trim_end_matches('/').to_owned(),
                    to_many: r.to_many,
                    include: r.include,
                    include_limit: meta.include_limit(r.name) as usize,
                })
                .collect(),
            lists: meta.lists.to_vec(),
            linkages: meta.linkages.to_vec(),
            read: meta.operations.read,
        }
    }

    /// The top-level list, or a to-many relationship's list, when declared.
    pub fn list(&self, relationship: Option<&str>) -> Option<&ListMeta> {
        self.lists.iter().find(|l| l.relationship == relationship)
    }

    pub fn rel(&self, name: &str) -> Option<&Rel> {
        self.relationships.iter().find(|r| r.name == name)
    }

    pub fn has_field(&self, name: &str) -> bool {
        self.attributes.iter().any(|a| a == name) || self.rel(name).is_some()
    }

    /// An asset type is one whose resources are reserved with a file name and size
    /// and then uploaded (images, screenshots, previews).
    pub fn is_asset(&self) -> bool {
        ["fileName", "fileSize"]
            .iter()
            .all(|n| self.attributes.iter().any(|a| a == n))
    }

    /// Where the linkage of `rel` is stored. Relationships are stored by target type,
    /// so that declarations naming the same link differently (v1
    /// `gameCenterAchievementLocalization`, v2 `localization`) share it; only when one
    /// declaration has two relationships to the same type does the name disambiguate.
    pub fn link_key(&self, rel: &Rel) -> String {
        let same_target = self
            .relationships
            .iter()
            .filter(|r| r.target_type == rel.target_type)
            .count();
        if same_target > 1 {
            format!("{}#{}", rel.target_type, rel.name)
        } else {
            rel.target_type.clone()
        }
    }
}

/// All declarations, looked up by collection path or by type.
#[derive(Debug, Default, Clone)]
pub(crate) struct Registry {
    decls: Vec<Decl>,
    by_path: HashMap<String, usize>,
}

impl Registry {
    /// Adds a declaration; the same one twice is fine, two different ones for one path are not.
    pub fn add(&mut self, decl: Decl) -> Result<(), String> {
        if !decl.path.starts_with('/') || decl.path.len() < 2 {
            return Err(format!(
                "the path of `{}` must start with `/` and name a collection, such as `/v1/{}` (got {:?})",
                decl.type_name, decl.type_name, decl.path
            ));
        }
        if let Some(&i) = self.by_path.get(&decl.path) {
            let old = &self.decls[i];
            if *old == decl {
                return Ok(());
            }
            return Err(format!(
                "two different declarations for {}: `{}` and `{}`; register each path once",
                decl.path, old.type_name, decl.type_name
            ));
        }
        self.by_path.insert(decl.path.clone(), self.decls.len());
        self.decls.push(decl);
        Ok(())
    }

    pub fn decls(&self) -> &[Decl] {
        &self.decls
    }

    pub fn has_type(&self, type_name: &str) -> bool {
        self.decls.iter().any(|d| d.type_name == type_name)
    }

    pub fn of_type<'a>(&'a self, type_name: &'a str) -> impl Iterator<Item = &'a Decl> + 'a {
        self.decls.iter().filter(move |d| d.type_name == type_name)
    }

    /// The declaration a relationship leads to: the one at its target path, else any
    /// declaration of its target type.
    pub fn target_decl<'a>(&'a self, rel: &Rel) -> Option<&'a Decl> {
        self.by_path
            .get(&rel.target_path)
            .map(|&i| &self.decls[i])
            .filter(|d| d.type_name == rel.target_type)
            .or_else(|| self.decls.iter().find(|d| d.type_name == rel.target_type))
    }

    /// The relationship of a declaration of `of_type` that points back at `from_type`,
    /// with the key under which it is stored: the first of [`Registry::inverses`].
    pub fn inverse(&self, of_type: &str, from_type: &str) -> Option<(String, bool)> {
        self.inverses(of_type, from_type).into_iter().next()
    }

    /// Every relationship of the declarations of `of_type` that keeps the
    /// way back from a resource of `from_type`, with its storage key and
    /// whether it is to-many. One relationship, to-one or to-many, when only
    /// one has that target; when several do (a Game Center detail's
    /// `gameCenterLeaderboards` and `gameCenterLeaderboardsV2`, both listing
    /// the same leaderboards in their `/v1` and `/v2` shapes, beside its
    /// `defaultLeaderboard`), the to-many ones: a leaderboard made for a
    /// detail is one of its leaderboards, not its default.
    pub fn inverses(&self, of_type: &str, from_type: &str) -> Vec<(String, bool)> {
        let mut found: Vec<(String, bool)> = Vec::new();
        for d in self.of_type(of_type) {
            for r in d
                .relationships
                .iter()
                .filter(|r| r.target_type == from_type)
            {
                let key = (d.link_key(r), r.to_many);
                if !found.contains(&key) {
                    found.push(key);
                }
            }
        }
        if found.len() > 1 {
            found.retain(|(_, to_many)| *to_many);
        }
        found
    }

    /// Splits a request path into the declaration it belongs to and the raw
    /// segments after the collection path.
    pub fn route<'p>(&self, path: &'p str) -> Option<(&Decl, Vec<&'p str>)> {
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        (1..=segments.len()).rev().find_map(|k| {
            let prefix = format!("/{}", segments[..k].join("/"));
            self.by_path
                .get(&prefix)
                .map(|&i| (&self.decls[i], segments[k..].to_vec()))
        })
    }

    /// Declarations for the types of seed resources that have none, inferred from
    /// what the seeds show: the path from `links.self` (else `/v1/{type}`), the
    /// attributes present, and relationships whose linkage names the target type.
    pub fn infer_from_seeds<'a>(&mut self, objects: impl Iterator<Item = &'a Value>) {
        #[derive(Default)]
        struct Seen {
            path: Option<String>,
            attributes: Vec<String>,
            rels: Vec<(String, String, bool)>,
        }
        let mut seen: Vec<(String, Seen)> = Vec::new();
        for obj in objects {
            let Some(t) = obj.get("type").and_then(Value::as_str) else {
                continue;
            };
            if self.has_type(t) {
                continue;
            }
            let idx = match seen.iter().position(|(n, _)| n == t) {
                Some(i) => i,
                None => {
                    seen.push((t.to_owned(), Seen::default()));
                    seen.len() - 1
                }
            };
            let entry = &mut seen[idx].1;
            if entry.path.is_none() {
                entry.path = collection_path_from_self_link(obj);
            }
            if let Some(attrs) = obj.get("attributes").and_then(Value::as_object) {
                for k in attrs.keys() {
                    if !entry.attributes.contains(k) {
                        entry.attributes.push(k.clone());
                    }
                }
            }
            if let Some(rels) = obj.get("relationships").and_then(Value::as_object) {
                for (name, rel) in rels {
                    let data = rel.get("data");
                    let (target, to_many) = match data {
                        Some(Value::Array(items)) => {
                            (items.iter().find_map(|i| i.get("type")?.as_str()), true)
                        }
                        Some(Value::Object(o)) => (o.get("type").and_then(Value::as_str), false),
                        _ => (None, false),
                    };
                    if let Some(target) = target
                        && !entry.rels.iter().any(|(n, _, _)| n == name)
                    {
                        entry.rels.push((name.clone(), target.to_owned(), to_many));
                    }
                }
            }
        }
        let path_of = |registry: &Registry, seen: &[(String, Seen)], t: &str| -> String {
            registry
                .of_type(t)
                .next()
                .map(|d| d.path.clone())
                .or_else(|| {
                    seen.iter()
                        .find(|(n, _)| n == t)
                        .and_then(|(_, s)| s.path.clone())
                })
                .unwrap_or_else(|| format!("/v1/{t}"))
        };
        let mut inferred = Vec::new();
        for (t, s) in &seen {
            let relationships = s
                .rels
                .iter()
                .map(|(name, target, to_many)| Rel {
                    name: name.clone(),
                    target_type: target.clone(),
                    target_path: path_of(self, &seen, target),
                    to_many: *to_many,
                    include: true,
                    include_limit: crate::query::MAX_INCLUDE_LIMIT,
                })
                .collect();
            inferred.push(Decl {
                type_name: t.clone(),
                path: path_of(self, &seen, t),
                attributes: s.attributes.clone(),
                relationships,
                lists: Vec::new(),
                linkages: Vec::new(),
                read: true,
            });
        }
        for d in inferred {
            // An inferred path may collide with a declared one; the declaration wins.
            let _ = self.add(d);
        }
    }
}

/// `/v1/things` from a `links.self` of `https://host/v1/things/ID`.
fn collection_path_from_self_link(obj: &Value) -> Option<String> {
    let link = obj.get("links")?.get("self")?.as_str()?;
    let id = obj.get("id")?.as_str()?;
    let after_scheme = link.split_once("://").map_or(link, |(_, rest)| rest);
    let path = &after_scheme[after_scheme.find('/')?..];
    let path = path.split(['?', '#']).next()?;
    let collection = path.strip_suffix(id)?.trim_end_matches('/');
    (collection.len() > 1).then(|| collection.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn decl(t: &str, path: &str, rels: &[(&str, &str)]) -> Decl {
        Decl {
            type_name: t.into(),
            path: path.into(),
            attributes: vec!["a".into()],
            relationships: rels
                .iter()
                .map(|(n, tt)| Rel {
                    name: (*n).into(),
                    target_type: (*tt).into(),
                    target_path: format!("/v1/{tt}"),
                    to_many: false,
                    include: true,
                    include_limit: crate::query::MAX_INCLUDE_LIMIT,
                })
                .collect(),
            lists: Vec::new(),
            linkages: Vec::new(),
            read: true,
        }
    }

    #[test]
    fn routes_by_longest_declared_prefix() {
        let mut r = Registry::default();
        r.add(decl("things", "/v1/things", &[])).unwrap();
        r.add(decl("things", "/v2/things", &[])).unwrap();
        let (d, rest) = r.route("/v2/things/abc/rel").unwrap();
        assert_eq!(d.path, "/v2/things");
        assert_eq!(rest, vec!["abc", "rel"]);
        assert!(r.route("/v3/things/abc").is_none());
        assert!(r.add(decl("others", "/v1/things", &[])).is_err());
        assert!(r.add(decl("things", "/v1/things", &[])).is_ok());
        assert!(r.add(decl("things", "v1/things", &[])).is_err());
    }

    #[test]
    fn a_link_back_goes_to_the_one_inverse_or_to_every_to_many_one() {
        let mut r = Registry::default();
        let mut detail = decl(
            "details",
            "/v1/details",
            &[
                ("boards", "boards"),
                ("boardsV2", "boards"),
                ("default", "boards"),
                ("app", "apps"),
            ],
        );
        detail.relationships[0].to_many = true;
        detail.relationships[1].to_many = true;
        r.add(detail).unwrap();
        r.add(decl("boards", "/v1/boards", &[("detail", "details")]))
            .unwrap();
        assert_eq!(
            r.inverses("details", "boards"),
            [
                ("boards#boards".to_owned(), true),
                ("boards#boardsV2".to_owned(), true)
            ]
        );
        assert_eq!(
            r.inverses("boards", "details"),
            [("details".to_owned(), false)]
        );
        assert_eq!(r.inverses("details", "apps"), [("apps".to_owned(), false)]);
        assert!(r.inverses("details", "nothing").is_empty());
    }

    #[test]
    fn link_keys_share_by_target_type_unless_ambiguous() {
        let d = decl("a", "/v1/a", &[("x", "b"), ("y", "c"), ("z", "c")]);
        assert_eq!(d.link_key(&d.relationships[0]), "b");
        assert_eq!(d.link_key(&d.relationships[1]), "c#y");
    }

    #[test]
    fn infers_declarations_from_seed_objects() {
        let mut r = Registry::default();
        let objs = [
            json!({"type": "images", "id": "1", "attributes": {"fileName": "a.png"},
                   "links": {"self": "https://h.example/v3/images/1"},
                   "relationships": {"owner": {"data": {"type": "owners", "id": "9"}}}}),
            json!({"type": "owners", "id": "9", "attributes": {"name": "n"},
                   "relationships": {"images": {"data": [{"type": "images", "id": "1"}]}}}),
        ];
        r.infer_from_seeds(objs.iter());
        let img = r.of_type("images").next().unwrap();
        assert_eq!(img.path, "/v3/images");
        assert_eq!(img.rel("owner").unwrap().target_path, "/v1/owners");
        let owner = r.of_type("owners").next().unwrap();
        assert!(owner.rel("images").unwrap().to_many);
        assert_eq!(owner.rel("images").unwrap().target_path, "/v3/images");
    }
}
