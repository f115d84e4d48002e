//! The one reader of Apple's OpenAPI document: turns it into typed facts
//! about each resource schema (its attributes, relationships and routes,
//! and each route's parameters). The generator and the checks read these
//! facts, never the JSON.
//!
//! A *resource schema* is a component schema with a one-value `type` enum,
//! an `id` and `links` (Apple's `ResourceLinks`), such as
//! `GameCenterAchievementImage`; Apple's `...InlineCreate` schemas (which have
//! no `links`) are parts of create requests, not resources. Several schemas
//! may share one JSON:API type (`GameCenterAchievementImage` and
//! `GameCenterAchievementImageV2` are both `gameCenterAchievementImages`),
//! one per API version.
//!
//! Routes are assigned to a schema by their collection: `/{version}/{type}`
//! and everything under it belongs to the schema of that type whose
//! documents those routes answer with (the `/v2` twin for `/v2` routes).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::json::{Json as Value, Object};

const SCHEMA_PREFIX: &str = "#/components/schemas/";
const METHODS: &[&str] = &["get", "post", "patch", "delete", "put"];

/// Why the document could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be opened or read.
    Io(String, std::io::Error),
    /// The file is not JSON.
    Json(serde_json::Error),
    /// The JSON is not an OpenAPI document with `paths` and `components.schemas`.
    Shape(&'static str),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(path, err) => write!(f, "cannot read {path}: {err}"),
            ReadError::Json(err) => write!(f, "Apple's document is not valid JSON: {err}"),
            ReadError::Shape(what) => write!(f, "not an OpenAPI document: {what}"),
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io(_, err) => Some(err),
            ReadError::Json(err) => Some(err),
            ReadError::Shape(_) => None,
        }
    }
}

/// The facts read from one document.
#[derive(Debug, Clone)]
pub struct Document {
    /// `info.version`, such as `4.4.1`.
    pub version: String,
    /// Every resource schema, in the document's order.
    pub resources: Vec<ResourceSchema>,
    /// Named schemas that attributes refer to (enums and objects), by name.
    pub named: BTreeMap<String, JsonType>,
    /// Operations on paths that belong to no resource schema (reports,
    /// sales, finance...), as `METHOD path`.
    pub unassigned: Vec<String>,
    /// The request bodies of the routes, by schema name.
    pub requests: BTreeMap<String, RequestBody>,
}

/// One resource schema.
#[derive(Debug, Clone)]
pub struct ResourceSchema {
    /// The schema's name, such as `GameCenterAchievementImageV2`.
    pub schema: String,
    /// The JSON:API type, such as `gameCenterAchievementImages`.
    pub type_name: String,
    /// The schema's `description`, when Apple gives one.
    pub description: Option<String>,
    /// The schema is marked deprecated.
    pub deprecated: bool,
    /// The attributes, in Apple's order.
    pub attributes: Vec<Attribute>,
    /// The relationships, in Apple's order.
    pub relationships: Vec<Relationship>,
    /// The routes of the collection this schema answers for.
    pub routes: Routes,
}

impl ResourceSchema {
    /// The relationship called `name`.
    pub fn relationship(&self, name: &str) -> Option<&Relationship> {
        self.relationships.iter().find(|r| r.name == name)
    }
}

/// One attribute (or one property of a nested object).
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// Apple's name, such as `fileSize`.
    pub name: String,
    /// Its JSON type.
    pub ty: JsonType,
    /// `nullable: true` in the document.
    pub nullable: bool,
    /// Listed in the enclosing object's `required`.
    pub required: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Apple's description.
    pub description: Option<String>,
}

/// A JSON type of an attribute.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonType {
    /// `string`, with its `format` (`date-time`, `uri`, `email`...).
    String(Option<String>),
    /// `integer`, with its `format` (`int64`).
    Integer(Option<String>),
    /// `number`.
    Number(Option<String>),
    /// `boolean`.
    Boolean,
    /// A string enum; `name` is the schema's name when it is a named schema.
    Enum {
        /// The named schema (`GameCenterVersionState`), or `None` when inline.
        name: Option<String>,
        /// Apple's values, in order.
        values: Vec<String>,
    },
    /// `array` of a type.
    Array(Box<JsonType>),
    /// An object with properties; `name` when it is a named schema.
    Object {
        /// The named schema (`ImageAsset`), or `None` when inline.
        name: Option<String>,
        /// The properties.
        fields: Vec<Attribute>,
    },
    /// An object of `additionalProperties` (a map from strings to a type); `name` when named.
    Map {
        /// The named schema (`StringToStringMap`), or `None`.
        name: Option<String>,
        /// The values' type.
        value: Box<JsonType>,
    },
    /// Something this reader does not type, with what it is.
    Unknown(String),
}

impl fmt::Display for JsonType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonType::String(None) => f.write_str("string"),
            JsonType::String(Some(format)) => write!(f, "string ({format})"),
            JsonType::Integer(_) => f.write_str("integer"),
            JsonType::Number(_) => f.write_str("number"),
            JsonType::Boolean => f.write_str("boolean"),
            JsonType::Enum { name, values } => match name {
                Some(name) => write!(f, "enum {name}"),
                None => write!(f, "enum [{}]", values.join(", ")),
            },
            JsonType::Array(item) => write!(f, "array of {item}"),
            JsonType::Object { name: Some(n), .. } | JsonType::Map { name: Some(n), .. } => {
                write!(f, "object {n}")
            }
            JsonType::Object { name: None, .. } => f.write_str("object"),
            JsonType::Map { value, .. } => write!(f, "map of {value}"),
            JsonType::Unknown(what) => write!(f, "untyped ({what})"),
        }
    }
}

/// One relationship of a resource schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Relationship {
    /// Apple's name, such as `localizations`.
    pub name: String,
    /// The JSON:API type of the related resources; `None` when the document
    /// gives only links (no `data`).
    pub target_type: Option<String>,
    /// `data` is an array.
    pub to_many: bool,
    /// The relationship object carries `links` (`RelationshipLinks`, with `related`).
    pub links: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Apple's description.
    pub description: Option<String>,
}

/// The routes of one resource schema's collection.
#[derive(Debug, Clone, Default)]
pub struct Routes {
    /// The collection path, such as `/v2/gameCenterAchievementImages`;
    /// `None` when no route of the document is assigned to the schema.
    pub path: Option<String>,
    /// `GET {path}/{id}`.
    pub read: Option<Endpoint>,
    /// `GET {path}`: the top-level list.
    pub list: Option<Endpoint>,
    /// `POST {path}`.
    pub create: Option<Endpoint>,
    /// `PATCH {path}/{id}`.
    pub update: Option<Endpoint>,
    /// `DELETE {path}/{id}`.
    pub delete: Option<Endpoint>,
    /// Per relationship name: `GET {path}/{id}/{name}` and the linkage routes.
    pub relationships: BTreeMap<String, RelationshipRoutes>,
    /// Every other operation under the collection (metrics, `PUT`, routes
    /// naming no relationship...).
    pub other: Vec<Endpoint>,
}

impl ResourceSchema {
    /// The route whose `include` parameter says which relationships may be
    /// included: the read by id, else the top-level list, else (for a type
    /// Apple gives neither, such as `gameCenterEnabledVersions`) a related
    /// list of its own that answers with resources of its own type
    /// (`.../{id}/compatibleVersions`).
    pub fn include_endpoint(&self) -> Option<&Endpoint> {
        self.routes
            .read
            .as_ref()
            .or(self.routes.list.as_ref())
            .or_else(|| {
                self.relationships
                    .iter()
                    .filter(|r| r.target_type.as_deref() == Some(self.type_name.as_str()))
                    .find_map(|r| self.routes.relationships.get(&r.name)?.related.as_ref())
            })
    }

    /// True when Apple deprecates the schema, or every one of its own
    /// routes (read, list, create, update, delete) and it has some.
    pub fn routes_deprecated(&self) -> bool {
        let own: Vec<&Endpoint> = [
            &self.routes.read,
            &self.routes.list,
            &self.routes.create,
            &self.routes.update,
            &self.routes.delete,
        ]
        .into_iter()
        .flatten()
        .collect();
        self.deprecated || (!own.is_empty() && own.iter().all(|e| e.deprecated))
    }
}

impl RelationshipRoutes {
    /// Its routes: related, then linkage `GET`, `POST`, `PATCH`, `DELETE`.
    pub fn endpoints(&self) -> impl Iterator<Item = &Endpoint> {
        [
            &self.related,
            &self.get,
            &self.post,
            &self.patch,
            &self.delete,
        ]
        .into_iter()
        .flatten()
    }

    /// True when it has routes and Apple deprecates every one.
    pub fn all_deprecated(&self) -> bool {
        self.endpoints().next().is_some() && self.endpoints().all(|e| e.deprecated)
    }
}

/// The routes of one relationship.
#[derive(Debug, Clone, Default)]
pub struct RelationshipRoutes {
    /// `GET {path}/{id}/{name}`: the related resource or list.
    pub related: Option<Endpoint>,
    /// `GET {path}/{id}/relationships/{name}`.
    pub get: Option<Endpoint>,
    /// `POST .../relationships/{name}`: add (to-many).
    pub post: Option<Endpoint>,
    /// `PATCH .../relationships/{name}`: replace or set.
    pub patch: Option<Endpoint>,
    /// `DELETE .../relationships/{name}`: remove (to-many).
    pub delete: Option<Endpoint>,
}

/// One operation.
#[derive(Debug, Clone, Default)]
pub struct Endpoint {
    /// `GET`, `POST`, `PATCH`, `DELETE`, `PUT`.
    pub method: String,
    /// The path, such as `/v1/gameCenterAchievements/{id}/localizations`.
    pub path: String,
    /// Apple's `operationId`.
    pub operation_id: String,
    /// Marked deprecated.
    pub deprecated: bool,
    /// The query parameters.
    pub params: Params,
    /// The request body's schema name (`GameCenterAchievementImageCreateRequest`).
    pub request: Option<String>,
    /// The success response's schema name (`GameCenterAchievementImageResponse`).
    pub response: Option<String>,
    /// The resource schema of the success response's `data`.
    pub data: Option<String>,
}

impl Endpoint {
    /// `GET /v1/...`.
    pub fn route(&self) -> String {
        format!("{} {}", self.method, self.path)
    }
}

/// The query parameters of one operation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params {
    /// `fields[type]`: per type, the names it accepts.
    pub fields: BTreeMap<String, Vec<String>>,
    /// `include`: the relationships it accepts.
    pub include: Vec<String>,
    /// `filter[...]`.
    pub filters: Vec<FilterParam>,
    /// `exists[...]`: the names.
    pub exists: Vec<String>,
    /// `sort`: the keys, without `-`.
    pub sort: Vec<String>,
    /// `limit`: its maximum, when it has one.
    pub limit: Option<u32>,
    /// `limit[relationship]`: its maximum.
    pub include_limits: BTreeMap<String, u32>,
    /// Every other parameter (`granularity`, `groupBy`...), by name.
    pub other: Vec<String>,
}

/// One `filter[...]` parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterParam {
    /// The field, such as `platform` or `appStoreVersions.platform`.
    pub field: String,
    /// The values' JSON type (`string`, `boolean`...).
    pub value_type: String,
    /// The values, when they are an enumeration.
    pub values: Vec<String>,
    /// The endpoint requires it.
    pub required: bool,
    /// It takes a list of values (`style: form`, comma-separated).
    pub many: bool,
}

impl Document {
    /// Reads the document at `path`.
    pub fn read(path: &str) -> Result<Document, ReadError> {
        let text = std::fs::read_to_string(path).map_err(|e| ReadError::Io(path.to_owned(), e))?;
        Document::parse(&text)
    }

    /// Reads a document from its text.
    pub fn parse(text: &str) -> Result<Document, ReadError> {
        let root: Value = serde_json::from_str(text).map_err(ReadError::Json)?;
        Document::from_value(&root)
    }

    fn from_value(root: &Value) -> Result<Document, ReadError> {
        let schemas = root
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .ok_or(ReadError::Shape("no `components.schemas`"))?;
        let paths = root
            .get("paths")
            .and_then(Value::as_object)
            .ok_or(ReadError::Shape("no `paths`"))?;
        let version = root
            .pointer("/info/version")
            .and_then(Value::as_str)
            .unwrap_or("unknown")
            .to_owned();
        let reader = Reader { schemas };

        let mut resources = Vec::new();
        let mut named = BTreeMap::new();
        for (name, schema) in schemas.iter() {
            let Some(type_name) = resource_type(schema) else {
                continue;
            };
            let props = &schema["properties"];
            let attributes = reader.properties(&props["attributes"], &mut named, 0);
            let relationships = props["relationships"]
                .get("properties")
                .and_then(Value::as_object)
                .map(|rels| rels.iter().map(|(n, r)| relationship(n, r)).collect())
                .unwrap_or_default();
            resources.push(ResourceSchema {
                schema: name.clone(),
                type_name,
                description: text(schema, "description"),
                deprecated: flag(schema, "deprecated"),
                attributes,
                relationships,
                routes: Routes::default(),
            });
        }

        // Routes, grouped by collection: `/{version}/{collection}`.
        let mut groups: BTreeMap<String, Vec<Endpoint>> = BTreeMap::new();
        let mut unassigned = Vec::new();
        for (path, item) in paths.iter() {
            for method in METHODS {
                let Some(op) = item.get(method) else {
                    continue;
                };
                let endpoint = reader.endpoint(method, path, op);
                match collection(path) {
                    Some(c) => groups.entry(c).or_default().push(endpoint),
                    None => unassigned.push(endpoint.route()),
                }
            }
        }
        for (collection_path, endpoints) in groups {
            let type_name = collection_path.rsplit('/').next().unwrap_or_default();
            let answered: BTreeSet<&str> = endpoints
                .iter()
                .filter(|e| e.path.matches('/').count() <= 3)
                .filter_map(|e| e.data.as_deref())
                .collect();
            let candidates: Vec<usize> = resources
                .iter()
                .enumerate()
                .filter(|(_, r)| r.type_name == type_name)
                .map(|(i, _)| i)
                .collect();
            let owner = match candidates.as_slice() {
                [] => None,
                [one] => Some(*one),
                many => many
                    .iter()
                    .copied()
                    .find(|&i| answered.contains(resources[i].schema.as_str()))
                    .or_else(|| {
                        // Write-only twins: `/v2` routes belong to the `V2` schema.
                        let v2 = collection_path.starts_with("/v2/");
                        many.iter()
                            .copied()
                            .find(|&i| resources[i].schema.ends_with("V2") == v2)
                    }),
            };
            let Some(owner) = owner else {
                unassigned.extend(endpoints.iter().map(Endpoint::route));
                continue;
            };
            let routes = &mut resources[owner].routes;
            if routes.path.is_some() {
                // A second collection for the same schema (`/v1` and `/v2`): keep the first.
                unassigned.extend(endpoints.iter().map(Endpoint::route));
                continue;
            }
            routes.path = Some(collection_path.clone());
            let rel_names: BTreeSet<String> = resources[owner]
                .relationships
                .iter()
                .map(|r| r.name.clone())
                .collect();
            let routes = &mut resources[owner].routes;
            for endpoint in endpoints {
                place(routes, &collection_path, &rel_names, endpoint);
            }
        }

        let mut requests = BTreeMap::new();
        for r in &resources {
            for e in [&r.routes.create, &r.routes.update].into_iter().flatten() {
                if let Some(name) = &e.request
                    && let Some(body) = reader.request_body(name)
                {
                    requests.insert(name.clone(), body);
                }
            }
        }

        Ok(Document {
            version,
            resources,
            named,
            unassigned,
            requests,
        })
    }

    /// The resource schema called `schema` (`GameCenterAchievementImageV2`).
    pub fn resource(&self, schema: &str) -> Option<&ResourceSchema> {
        self.resources.iter().find(|r| r.schema == schema)
    }

    /// The resource schemas of a JSON:API type, `/v1` before `/v2`.
    pub fn of_type(&self, type_name: &str) -> Vec<&ResourceSchema> {
        self.resources
            .iter()
            .filter(|r| r.type_name == type_name)
            .collect()
    }

    /// The schema of `type_name` whose collection is `path`, or else, when
    /// `routeless` is true, the type's schema that has no route at all (a
    /// type Apple only embeds). The one lookup of a declaration's schema,
    /// for the checker and the attribute-type test.
    pub fn at_path(&self, type_name: &str, path: &str, routeless: bool) -> Option<&ResourceSchema> {
        let schemas = || {
            self.resources
                .iter()
                .filter(move |r| r.type_name == type_name)
        };
        schemas()
            .find(|s| s.routes.path.as_deref() == Some(path))
            .or_else(|| {
                routeless
                    .then(|| schemas().find(|s| s.routes.path.is_none()))
                    .flatten()
            })
    }

    /// The other schema of `r`'s type whose routes are not deprecated: its
    /// name and collection path (what replaces a deprecated `/v1` schema).
    pub fn replacement(&self, r: &ResourceSchema) -> Option<(String, String)> {
        self.of_type(&r.type_name)
            .into_iter()
            .filter(|t| t.schema != r.schema && !t.routes_deprecated())
            .find_map(|t| Some((t.schema.clone(), t.routes.path.clone()?)))
    }

    /// The note of `#[asc(deprecated = "...")]` for a schema whose routes
    /// Apple deprecates: its replacement, when there is one; `None` when
    /// its routes are not deprecated.
    pub fn deprecation_note(&self, r: &ResourceSchema) -> Option<String> {
        if !r.routes_deprecated() {
            return None;
        }
        Some(match self.replacement(r) {
            Some((schema, path)) => format!("use `{schema}` (`{path}`)"),
            None => "Apple deprecates these routes, with no replacement".to_owned(),
        })
    }

    /// The note of `deprecated = "..."` on the relationship `name` of `r`,
    /// when Apple deprecates each of its routes and not `r`'s own: the
    /// relationship `{name}V2` when it has routes that are not deprecated.
    pub fn relationship_deprecation_note(&self, r: &ResourceSchema, name: &str) -> Option<String> {
        let routes = r.routes.relationships.get(name)?;
        if !routes.all_deprecated() || r.routes_deprecated() {
            return None;
        }
        let v2 = format!("{name}V2");
        Some(match r.routes.relationships.get(&v2) {
            Some(twin) if twin.endpoints().any(|e| !e.deprecated) => {
                format!("use `{v2}` of `{}`", r.schema)
            }
            _ => "Apple deprecates this relationship's routes, with no replacement".to_owned(),
        })
    }

    /// The distinct JSON:API types, sorted.
    pub fn types(&self) -> BTreeSet<&str> {
        self.resources
            .iter()
            .map(|r| r.type_name.as_str())
            .collect()
    }

    /// The schema a relationship of `from` to `target_type` points at: the
    /// one its related route answers with, else the `V2` twin for a name
    /// ending in `V2`, else the twin on `from`'s API version, else the first.
    pub fn target_schema(
        &self,
        from: &ResourceSchema,
        rel: &Relationship,
    ) -> Option<&ResourceSchema> {
        let target_type = rel.target_type.as_deref()?;
        let candidates = self.of_type(target_type);
        if let Some(data) = from
            .routes
            .relationships
            .get(&rel.name)
            .and_then(|r| r.related.as_ref())
            .and_then(|e| e.data.as_deref())
            && let Some(found) = candidates.iter().find(|c| c.schema == data)
        {
            return Some(found);
        }
        if candidates.len() > 1
            && rel.name.ends_with("V2")
            && let Some(found) = candidates.iter().find(|c| c.schema.ends_with("V2"))
        {
            // `appStoreVersionExperimentV2` names its twin.
            return Some(found);
        }
        if candidates.len() > 1 {
            let version = from.routes.path.as_deref().and_then(|p| p.get(..4));
            if let Some(found) = candidates
                .iter()
                .find(|c| c.routes.path.as_deref().and_then(|p| p.get(..4)) == version)
            {
                return Some(found);
            }
        }
        candidates.first().copied()
    }
}

/// Files an endpoint under its kind of route.
fn place(routes: &mut Routes, base: &str, rels: &BTreeSet<String>, endpoint: Endpoint) {
    let rest = endpoint.path[base.len()..].to_owned();
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let method = endpoint.method.as_str();
    let slot = match (segments.as_slice(), method) {
        ([], "GET") => &mut routes.list,
        ([], "POST") => &mut routes.create,
        (["{id}"], "GET") => &mut routes.read,
        (["{id}"], "PATCH") => &mut routes.update,
        (["{id}"], "DELETE") => &mut routes.delete,
        (["{id}", name], "GET") if rels.contains(*name) => {
            &mut routes
                .relationships
                .entry((*name).to_owned())
                .or_default()
                .related
        }
        (["{id}", "relationships", name], _) if rels.contains(*name) => {
            let r = routes.relationships.entry((*name).to_owned()).or_default();
            match method {
                "GET" => &mut r.get,
                "POST" => &mut r.post,
                "PATCH" => &mut r.patch,
                "DELETE" => &mut r.delete,
                _ => {
                    routes.other.push(endpoint);
                    return;
                }
            }
        }
        _ => {
            routes.other.push(endpoint);
            return;
        }
    };
    if slot.is_some() {
        routes.other.push(endpoint);
    } else {
        *slot = Some(endpoint);
    }
}

/// `/v1/apps/{id}/builds` -> `/v1/apps`.
fn collection(path: &str) -> Option<String> {
    let mut parts = path.split('/').skip(1);
    let version = parts.next()?;
    let name = parts.next()?;
    let ok = version.starts_with('v') && !name.is_empty() && !name.starts_with('{');
    ok.then(|| format!("/{version}/{name}"))
}

/// The `type` of a resource schema: a one-value `type` enum, an `id` and `links`.
fn resource_type(schema: &Value) -> Option<String> {
    let props = schema.get("properties")?.as_object()?;
    if !props.contains_key("id") || !props.contains_key("links") {
        return None;
    }
    match props.get("type")?.get("enum")?.as_array()?.as_slice() {
        [Value::String(t)] => Some(t.clone()),
        _ => None,
    }
}

fn relationship(name: &str, rel: &Value) -> Relationship {
    let props = &rel["properties"];
    let data = &props["data"];
    let to_many = data.get("type").and_then(Value::as_str) == Some("array");
    let ident = if to_many { &data["items"] } else { data };
    let target_type = ident
        .pointer("/properties/type/enum/0")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Relationship {
        name: name.to_owned(),
        target_type,
        to_many,
        links: props.get("links").is_some(),
        deprecated: flag(rel, "deprecated"),
        description: text(rel, "description"),
    }
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn flag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn ref_name(v: &Value) -> Option<&str> {
    v.get("$ref")?.as_str()?.strip_prefix(SCHEMA_PREFIX)
}

struct Reader<'a> {
    schemas: &'a Object,
}

impl Reader<'_> {
    /// The properties of an object schema, typed.
    /// `depth` bounds the recursion of self-referring schemas.
    fn properties(
        &self,
        object: &Value,
        named: &mut BTreeMap<String, JsonType>,
        depth: u32,
    ) -> Vec<Attribute> {
        let required: BTreeSet<&str> = object
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let Some(props) = object.get("properties").and_then(Value::as_object) else {
            return Vec::new();
        };
        props
            .iter()
            .map(|(name, schema)| Attribute {
                name: name.clone(),
                ty: self.json_type(schema, named, depth),
                nullable: flag(schema, "nullable"),
                required: required.contains(name.as_str()),
                deprecated: flag(schema, "deprecated"),
                description: text(schema, "description"),
            })
            .collect()
    }

    fn json_type(
        &self,
        schema: &Value,
        named: &mut BTreeMap<String, JsonType>,
        depth: u32,
    ) -> JsonType {
        if depth > 8 {
            return JsonType::Unknown("nested too deep".to_owned());
        }
        if let Some(name) = ref_name(schema) {
            if let Some(known) = named.get(name) {
                return known.clone();
            }
            let Some(target) = self.schemas.get(name) else {
                return JsonType::Unknown(format!("unresolved $ref {name}"));
            };
            let ty = self.json_type(target, named, depth + 1);
            let ty = match ty {
                JsonType::Enum { values, .. } => JsonType::Enum {
                    name: Some(name.to_owned()),
                    values,
                },
                JsonType::Object { fields, .. } => JsonType::Object {
                    name: Some(name.to_owned()),
                    fields,
                },
                JsonType::Map { value, .. } => JsonType::Map {
                    name: Some(name.to_owned()),
                    value,
                },
                other => other,
            };
            named.insert(name.to_owned(), ty.clone());
            return ty;
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            if schema.get(key).is_some() {
                return JsonType::Unknown(key.to_owned());
            }
        }
        let format = text(schema, "format");
        match schema.get("type").and_then(Value::as_str) {
            Some("string") => match schema.get("enum").and_then(Value::as_array) {
                Some(values) => JsonType::Enum {
                    name: None,
                    values: values
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect(),
                },
                None => JsonType::String(format),
            },
            Some("integer") => JsonType::Integer(format),
            Some("number") => JsonType::Number(format),
            Some("boolean") => JsonType::Boolean,
            Some("array") => JsonType::Array(Box::new(self.json_type(
                schema.get("items").unwrap_or(&Value::Null),
                named,
                depth + 1,
            ))),
            Some("object") | None if schema.get("properties").is_some() => {
                let fields = self.properties(schema, named, depth + 1);
                JsonType::Object { name: None, fields }
            }
            Some("object") => match schema.get("additionalProperties") {
                Some(Value::Bool(true)) | None => JsonType::Unknown("free-form object".to_owned()),
                Some(value) => JsonType::Map {
                    name: None,
                    value: Box::new(self.json_type(value, named, depth + 1)),
                },
            },
            Some(other) => JsonType::Unknown(format!("type {other}")),
            None => JsonType::Unknown("no type".to_owned()),
        }
    }

    fn endpoint(&self, method: &str, path: &str, op: &Value) -> Endpoint {
        let mut params = Params::default();
        for p in op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if p.get("in").and_then(Value::as_str) != Some("query") {
                continue;
            }
            let Some(name) = p.get("name").and_then(Value::as_str) else {
                continue;
            };
            let schema = p.get("schema").unwrap_or(&Value::Null);
            let many = schema.get("type").and_then(Value::as_str) == Some("array");
            let item = if many { &schema["items"] } else { schema };
            let values: Vec<String> = item
                .get("enum")
                .and_then(Value::as_array)
                .map(|v| {
                    v.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let inner = name
                .split_once('[')
                .and_then(|(_, rest)| rest.strip_suffix(']'));
            let max = schema
                .get("maximum")
                .and_then(Value::as_u64)
                .map(|m| m as u32);
            match (name.split('[').next().unwrap_or(name), inner) {
                ("fields", Some(t)) => {
                    params.fields.insert(t.to_owned(), values);
                }
                ("include", None) => params.include = values,
                ("sort", None) => {
                    params.sort = values
                        .iter()
                        .filter(|v| !v.starts_with('-'))
                        .cloned()
                        .collect();
                    // A key offered only descending is still a key.
                    for v in &values {
                        if let Some(k) = v.strip_prefix('-')
                            && !params.sort.iter().any(|s| s == k)
                        {
                            params.sort.push(k.to_owned());
                        }
                    }
                }
                ("limit", None) => params.limit = max,
                ("limit", Some(rel)) => {
                    params
                        .include_limits
                        .insert(rel.to_owned(), max.unwrap_or(0));
                }
                ("exists", Some(f)) => params.exists.push(f.to_owned()),
                ("filter", Some(f)) => params.filters.push(FilterParam {
                    field: f.to_owned(),
                    value_type: item
                        .get("type")
                        .and_then(Value::as_str)
                        .unwrap_or("string")
                        .to_owned(),
                    values,
                    required: flag(p, "required"),
                    many,
                }),
                _ => params.other.push(name.to_owned()),
            }
        }
        let request = op
            .pointer("/requestBody/content/application~1json/schema")
            .and_then(ref_name)
            .map(str::to_owned);
        let mut response = None;
        if let Some(responses) = op.get("responses").and_then(Value::as_object) {
            for (status, r) in responses.iter() {
                if status.starts_with('2')
                    && let Some(name) = r
                        .pointer("/content/application~1json/schema")
                        .and_then(ref_name)
                {
                    response = Some(name.to_owned());
                    break;
                }
            }
        }
        let data = response.as_deref().and_then(|name| {
            let data = self.schemas.get(name)?.pointer("/properties/data")?;
            let item = data.get("items").unwrap_or(data);
            ref_name(item).map(str::to_owned)
        });
        Endpoint {
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
            operation_id: text(op, "operationId").unwrap_or_default(),
            deprecated: flag(op, "deprecated"),
            params,
            request,
            response,
            data,
        }
    }
}

/// The body of a create or update request, read from its schema.
#[derive(Debug, Clone, Default)]
pub struct RequestBody {
    /// The schema's name (`GameCenterAchievementImageCreateRequest`).
    pub schema: String,
    /// The JSON:API type written.
    pub type_name: Option<String>,
    /// The attributes, with `required` as Apple gives it.
    pub attributes: Vec<Attribute>,
    /// The relationships, each with `required`.
    pub relationships: Vec<(Relationship, bool)>,
    /// The request also takes `included` resources (inline creates).
    pub included: bool,
    /// `data` is an array (a bulk request), or not an object.
    pub not_single: bool,
}

impl Reader<'_> {
    /// Reads a request body schema.
    fn request_body(&self, schema: &str) -> Option<RequestBody> {
        let body = self.schemas.get(schema)?;
        let data = body.pointer("/properties/data")?;
        let reader = self;
        let mut named = BTreeMap::new();
        let not_single = data.get("type").and_then(Value::as_str) == Some("array");
        let attributes = reader.properties(&data["properties"]["attributes"], &mut named, 0);
        let rel_obj = &data["properties"]["relationships"];
        let required: BTreeSet<&str> = rel_obj
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let relationships = rel_obj
            .get("properties")
            .and_then(Value::as_object)
            .map(|rels| {
                rels.iter()
                    .map(|(n, r)| (relationship(n, r), required.contains(n.as_str())))
                    .collect()
            })
            .unwrap_or_default();
        Some(RequestBody {
            schema: schema.to_owned(),
            type_name: data
                .pointer("/properties/type/enum/0")
                .and_then(Value::as_str)
                .map(str::to_owned),
            attributes,
            relationships,
            included: body.pointer("/properties/included").is_some(),
            not_single,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A schema that refers to itself, and routes of every kind, in a small document.
    const DOC: &str = r##"{
      "info": {"version": "0.1"},
      "paths": {
        "/v1/things": {"get": {"parameters": [
            {"name": "filter[kind]", "in": "query", "required": true,
             "schema": {"type": "array", "items": {"type": "string", "enum": ["A", "B"]}}},
            {"name": "sort", "in": "query", "schema": {"type": "array", "items": {"type": "string", "enum": ["name", "-name", "-date"]}}},
            {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}},
            {"name": "limit[parts]", "in": "query", "schema": {"type": "integer", "maximum": 1000}}],
          "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingsResponse"}}}}}}},
        "/v1/things/{id}": {"parameters": [], "delete": {"deprecated": true}},
        "/v1/things/{id}/relationships/parts": {"post": {}},
        "/v1/things/{id}/metrics/x": {"get": {}},
        "/v1/salesReports": {"get": {}}
      },
      "components": {"schemas": {
        "Tree": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Tree"}}},
        "ThingsResponse": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}},
        "Thing": {"type": "object", "properties": {
          "type": {"type": "string", "enum": ["things"]}, "id": {"type": "string"},
          "attributes": {"type": "object", "properties": {
            "tree": {"$ref": "#/components/schemas/Tree"},
            "kind": {"type": "string", "enum": ["A", "B"], "nullable": true}}},
          "relationships": {"type": "object", "properties": {
            "parts": {"type": "object", "properties": {"links": {}, "data": {"type": "array", "items": {"type": "object", "properties": {"type": {"type": "string", "enum": ["things"]}}}}}}}},
          "links": {"$ref": "#/components/schemas/ResourceLinks"}}}
      }}
    }"##;

    #[test]
    fn reads_a_small_document() {
        let doc = Document::parse(DOC).expect("reads");
        assert_eq!(doc.resources.len(), 1);
        let thing = &doc.resources[0];
        assert_eq!(thing.type_name, "things");
        assert!(
            matches!(thing.attributes[0].ty, JsonType::Object { .. }),
            "a self-referring schema ends"
        );
        assert!(thing.attributes[1].nullable);
        let list = thing.routes.list.as_ref().expect("list");
        assert_eq!(list.data.as_deref(), Some("Thing"));
        assert_eq!(list.params.sort, ["name", "date"]);
        assert_eq!(list.params.limit, Some(50));
        assert_eq!(list.params.include_limits.get("parts"), Some(&1000));
        assert!(list.params.filters[0].required && list.params.filters[0].values == ["A", "B"]);
        assert!(thing.routes.delete.as_ref().is_some_and(|d| d.deprecated));
        assert!(thing.routes.relationships["parts"].post.is_some());
        assert_eq!(thing.routes.other.len(), 1);
        assert_eq!(doc.unassigned, ["GET /v1/salesReports"]);
        let draft = crate::generate::draft(&doc, thing);
        let file = crate::generate::file(&doc, &[draft]);
        assert!(file.contains("pub struct Tree {"), "{file}");
        assert!(file.contains("Option<Box<Tree>>"), "{file}");
        assert!(
            file.contains("filter(kind: required [\"A\", \"B\"])"),
            "{file}"
        );
        assert!(Document::parse("[]").is_err());
        assert!(Document::parse("not json").is_err());
    }
}
