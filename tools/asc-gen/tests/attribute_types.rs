//! A source-level check of what `ResourceMeta` does not carry: each
//! attribute's Rust type against Apple's JSON type, enum values and
//! nullability, and each payload against Apple's create or update request.
//!
//! It parses `asc-resources/src/**/*.rs` and `asc-core/src/**/*.rs` with
//! `syn`, and for every `#[derive(AscResource)]` struct finds Apple's schema
//! (its `type`, and its `path`, `/v1/{type}` by default) and compares:
//!
//! - each attribute field (not `id`, not a relationship): it is an `Option`
//!   (a sparse fieldset may leave any attribute out, and Apple's `null` is
//!   `None`), and its Rust type maps to Apple's JSON type: `String` to
//!   `string` (any format), integers to `integer` (an `int64` needs 64
//!   bits), `f32`/`f64` to `number`, `bool` to `boolean`, `Vec<T>` to
//!   `array`, `BTreeMap<String, T>`/`HashMap` to a map, an `open_enum!` to a
//!   string enum with exactly its wire values, and any other struct to an
//!   object, whose fields (serde names) are compared the same way;
//! - the payloads it names (`create = X`, `update = Y`), against Apple's
//!   request body: the `type`, each attribute (name, JSON type, enum
//!   values; required by Apple exactly when not an `Option`), and each
//!   relationship (`Linkage<T>` when Apple requires it, `Option<Linkage<T>>`
//!   when not; `T`'s type is the relationship's target type).
//!
//! Every difference is one line; the test fails on any that [`ALLOWED`]
//! does not list with a reason. An `AscPayload` no resource names is a
//! difference too (it would be checked against nothing).
//!
//! Not checked here: the attribute and relationship names of resources,
//! and everything else `ResourceMeta` carries (that is `check.rs`); the
//! value types of `filter[...]` parameters (a filter's kind is an argument
//! of `list(...)`, not a field); the fields of types declared outside the
//! scanned sources (an unknown type name is a difference); whether the
//! serde attributes of a nested struct (`deserialize_with`, `default`)
//! decode what Apple sends; and integer ranges beyond `int64` needing 64
//! bits.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use asc_gen::generate::lower_camel;
use asc_gen::openapi::{Attribute, Document, JsonType, RequestBody, ResourceSchema};
use proc_macro2::{Delimiter, TokenStream, TokenTree};

fn doc() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| {
        Document::read(&asc_gen::default_document_path())
            .expect("reference/ holds Apple's document")
    })
}

/// Differences that are known limitations, not mistakes: (owner, field,
/// why). Each must still be found, or the entry goes.
///
/// Empty: the declarations agree with Apple's 4.4.1. Two limitations of
/// the derive are counted apart instead, and printed with `--nocapture`:
/// the to-many relationships of create requests (a payload cannot carry
/// them yet; Apple requires none but the rule set test's
/// `matchmakingRequests`, documented on its payload), and the attributes
/// Apple's update requests take as `nullable` (an `Option` field sends a
/// value or nothing, never `null`, so it cannot clear one; documented on
/// the payloads).
const ALLOWED: &[(&str, &str, &str)] = &[];

// ---------------------------------------------------------------------------
// The declarations, read from the sources.

/// What the scanned sources declare.
#[derive(Default)]
struct Sources {
    /// `open_enum!`s: name -> wire values.
    enums: BTreeMap<String, Vec<String>>,
    /// Every struct with named fields, by name.
    structs: BTreeMap<String, Decl>,
}

/// One struct.
#[derive(Clone)]
struct Decl {
    name: String,
    /// `#[derive(AscResource)]`.
    resource: bool,
    /// `#[derive(AscPayload)]`.
    payload: bool,
    /// `#[asc(type = "...")]`.
    type_name: Option<String>,
    /// `#[asc(path = "...")]`.
    path: Option<String>,
    /// `#[asc(create = X)]`.
    create: Option<String>,
    /// `#[asc(update = Y)]`.
    update: Option<String>,
    fields: Vec<FieldDecl>,
}

#[derive(Clone)]
struct FieldDecl {
    /// The Rust name.
    ident: String,
    /// Apple's name: `rename`, else camelCase (asc derives, serde
    /// `rename_all = "camelCase"`), else the Rust name.
    name: String,
    relationship: bool,
    ty: syn::Type,
}

impl Sources {
    fn read_dirs(dirs: &[PathBuf]) -> Sources {
        let mut files = Vec::new();
        for dir in dirs {
            collect_rs(dir, &mut files);
        }
        files.sort();
        let mut out = Sources::default();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("readable source");
            out.add(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        }
        out
    }

    fn parse(text: &str) -> Sources {
        let mut out = Sources::default();
        out.add(text).expect("parses");
        out
    }

    fn add(&mut self, text: &str) -> syn::Result<()> {
        let file = syn::parse_file(text)?;
        self.items(&file.items);
        Ok(())
    }

    fn items(&mut self, items: &[syn::Item]) {
        for item in items {
            match item {
                syn::Item::Struct(s) => {
                    if let Some(decl) = struct_decl(s) {
                        self.structs.insert(decl.name.clone(), decl);
                    }
                }
                syn::Item::Macro(m)
                    if m.mac
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == "open_enum") =>
                {
                    if let Some((name, values)) = open_enum(m.mac.tokens.clone()) {
                        self.enums.insert(name, values);
                    }
                }
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        self.items(items);
                    }
                }
                _ => {}
            }
        }
    }

    fn resources(&self) -> impl Iterator<Item = &Decl> {
        self.structs.values().filter(|d| d.resource)
    }
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `open_enum! { ... pub enum Name { Variant = "WIRE", ... } }`.
fn open_enum(tokens: TokenStream) -> Option<(String, Vec<String>)> {
    let mut it = tokens.into_iter().peekable();
    while let Some(t) = it.next() {
        if let TokenTree::Ident(i) = &t
            && i == "enum"
        {
            let Some(TokenTree::Ident(name)) = it.next() else {
                return None;
            };
            let Some(TokenTree::Group(body)) = it.next() else {
                return None;
            };
            let mut values = Vec::new();
            let mut body = body.stream().into_iter();
            while let Some(t) = body.next() {
                if let TokenTree::Punct(p) = &t
                    && p.as_char() == '='
                    && let Some(TokenTree::Literal(lit)) = body.next()
                    && let Ok(s) = syn::parse_str::<syn::LitStr>(&lit.to_string())
                {
                    values.push(s.value());
                }
            }
            return Some((name.to_string(), values));
        }
    }
    None
}

/// The top-level `key = value` and bare keys of an attribute's tokens.
fn top_level(tokens: TokenStream) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut it = tokens.into_iter().peekable();
    while let Some(t) = it.next() {
        match t {
            TokenTree::Ident(key) => {
                let key = key.to_string();
                if matches!(it.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '=') {
                    it.next();
                    // The value runs to the next top-level comma.
                    let mut value = String::new();
                    while let Some(v) = it.peek() {
                        if matches!(v, TokenTree::Punct(p) if p.as_char() == ',') {
                            break;
                        }
                        let v = it.next().expect("peeked");
                        match &v {
                            TokenTree::Literal(lit) => {
                                match syn::parse_str::<syn::LitStr>(&lit.to_string()) {
                                    Ok(s) => value.push_str(&s.value()),
                                    Err(_) => value.push_str(&lit.to_string()),
                                }
                            }
                            other => value.push_str(&other.to_string()),
                        }
                    }
                    out.push((key, Some(value)));
                } else {
                    out.push((key, None));
                }
            }
            TokenTree::Group(g) if g.delimiter() != Delimiter::None => {
                // `list(...)` and the like: the key before it was pushed.
            }
            _ => {}
        }
    }
    out
}

fn attr_keys(attrs: &[syn::Attribute], name: &str) -> Vec<(String, Option<String>)> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident(name))
        .filter_map(|a| match &a.meta {
            syn::Meta::List(list) => Some(top_level(list.tokens.clone())),
            _ => None,
        })
        .flatten()
        .collect()
}

fn derives(attrs: &[syn::Attribute]) -> BTreeSet<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .filter_map(|a| match &a.meta {
            syn::Meta::List(list) => Some(list.tokens.clone()),
            _ => None,
        })
        .flat_map(|tokens| {
            tokens.into_iter().filter_map(|t| match t {
                TokenTree::Ident(i) => Some(i.to_string()),
                _ => None,
            })
        })
        .collect()
}

/// Keys that make a field of an `AscResource` a relationship.
const RELATIONSHIP_KEYS: &[&str] = &[
    "relationship",
    "include",
    "include_limit",
    "related",
    "parent",
    "list",
    "linkage",
];

fn struct_decl(s: &syn::ItemStruct) -> Option<Decl> {
    let syn::Fields::Named(named) = &s.fields else {
        return None;
    };
    let derived = derives(&s.attrs);
    let resource = derived.contains("AscResource");
    let payload = derived.contains("AscPayload");
    let asc = attr_keys(&s.attrs, "asc");
    let get = |k: &str| {
        asc.iter()
            .find(|(key, _)| key == k)
            .and_then(|(_, v)| v.clone())
    };
    let camel_all = resource
        || payload
        || attr_keys(&s.attrs, "serde")
            .iter()
            .any(|(k, v)| k == "rename_all" && v.as_deref() == Some("camelCase"));
    let fields = named
        .named
        .iter()
        .map(|f| {
            let ident = f.ident.as_ref().expect("named").to_string();
            let ident = ident.strip_prefix("r#").unwrap_or(&ident).to_owned();
            let asc = attr_keys(&f.attrs, "asc");
            let serde = attr_keys(&f.attrs, "serde");
            let rename = asc
                .iter()
                .chain(&serde)
                .find(|(k, _)| k == "rename")
                .and_then(|(_, v)| v.clone());
            let name = rename.unwrap_or_else(|| {
                if camel_all {
                    lower_camel(&ident)
                } else {
                    ident.clone()
                }
            });
            FieldDecl {
                relationship: asc
                    .iter()
                    .any(|(k, _)| RELATIONSHIP_KEYS.contains(&k.as_str())),
                ident,
                name,
                ty: f.ty.clone(),
            }
        })
        .collect();
    Some(Decl {
        name: s.ident.to_string(),
        resource,
        payload,
        type_name: get("type"),
        path: get("path"),
        create: get("create"),
        update: get("update"),
        fields,
    })
}

// ---------------------------------------------------------------------------
// Rust types as JSON kinds.

/// A Rust type, as the JSON it (de)serializes.
#[derive(Debug, Clone, PartialEq)]
enum Rust {
    Option(Box<Rust>),
    String,
    /// An integer of this many bits.
    Integer(u32),
    Number,
    Boolean,
    Array(Box<Rust>),
    Map(Box<Rust>),
    /// An `open_enum!`, with its wire values.
    Enum(String, Vec<String>),
    /// A struct of the sources.
    Struct(String),
    /// `Linkage<T>`, with `T`.
    Linkage(String),
    /// Anything else, as written.
    Unknown(String),
}

impl fmt::Display for Rust {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rust::Option(t) => write!(f, "Option<{t}>"),
            Rust::String => f.write_str("string"),
            Rust::Integer(bits) => write!(f, "integer ({bits} bits)"),
            Rust::Number => f.write_str("number"),
            Rust::Boolean => f.write_str("boolean"),
            Rust::Array(t) => write!(f, "array of {t}"),
            Rust::Map(t) => write!(f, "map of {t}"),
            Rust::Enum(name, values) => write!(f, "enum {name} [{}]", values.join(", ")),
            Rust::Struct(name) => write!(f, "object {name}"),
            Rust::Linkage(t) => write!(f, "Linkage<{t}>"),
            Rust::Unknown(t) => write!(f, "unknown type `{t}`"),
        }
    }
}

fn rust(src: &Sources, ty: &syn::Type) -> Rust {
    let syn::Type::Path(p) = ty else {
        return Rust::Unknown("not a path".to_owned());
    };
    let Some(last) = p.path.segments.last() else {
        return Rust::Unknown("empty path".to_owned());
    };
    let args: Vec<&syn::Type> = match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let name = last.ident.to_string();
    let arg = |i: usize| {
        args.get(i)
            .map_or(Rust::Unknown(format!("{name}<?>")), |t| rust(src, t))
    };
    match name.as_str() {
        "Option" => Rust::Option(Box::new(arg(0))),
        "Box" => arg(0),
        "Vec" => Rust::Array(Box::new(arg(0))),
        "BTreeMap" | "HashMap" => match arg(0) {
            Rust::String => Rust::Map(Box::new(arg(1))),
            other => Rust::Unknown(format!("map keyed by {other}")),
        },
        "String" => Rust::String,
        "i8" | "u8" => Rust::Integer(8),
        "i16" | "u16" => Rust::Integer(16),
        "i32" | "u32" => Rust::Integer(32),
        "i64" | "u64" | "isize" | "usize" => Rust::Integer(64),
        "f32" | "f64" => Rust::Number,
        "bool" => Rust::Boolean,
        "Linkage" => match args.first() {
            Some(syn::Type::Path(t)) => Rust::Linkage(
                t.path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .unwrap_or_default(),
            ),
            _ => Rust::Unknown("Linkage<?>".to_owned()),
        },
        _ => match (src.enums.get(&name), src.structs.get(&name)) {
            (Some(values), _) => Rust::Enum(name, values.clone()),
            (None, Some(_)) => Rust::Struct(name),
            (None, None) => Rust::Unknown(name),
        },
    }
}

// ---------------------------------------------------------------------------
// The comparison.

/// One difference: the declaration (type or payload), the field, what it
/// declares and what Apple's document says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Difference {
    owner: String,
    field: String,
    declared: String,
    apple: String,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: `{}`: declared {}, Apple's {}",
            self.owner, self.field, self.declared, self.apple
        )
    }
}

/// What was compared.
#[derive(Debug, Default)]
struct Counts {
    resources: usize,
    attributes: usize,
    payloads: usize,
    payload_attributes: usize,
    payload_relationships: usize,
    enums: BTreeSet<String>,
    nested_fields: usize,
    /// Apple's to-many relationships of create requests, which payloads
    /// cannot carry yet (skipped).
    to_many_skipped: Vec<String>,
    /// Nullable attributes of Apple's update requests: an `Option` payload
    /// field can set them, not send `null`.
    cannot_clear: Vec<String>,
}

struct Checker<'a> {
    src: &'a Sources,
    doc: &'a Document,
    found: Vec<Difference>,
    counts: Counts,
}

impl<'a> Checker<'a> {
    fn differ(
        &mut self,
        owner: &str,
        field: &str,
        declared: impl fmt::Display,
        apple: impl fmt::Display,
    ) {
        self.found.push(Difference {
            owner: owner.to_owned(),
            field: field.to_owned(),
            declared: declared.to_string(),
            apple: apple.to_string(),
        });
    }

    /// Compares a declared type (without its `Option`) with Apple's.
    fn compare(&mut self, owner: &str, field: &str, declared: &Rust, apple: &JsonType, depth: u32) {
        let ok = match (declared, apple) {
            (Rust::String, JsonType::String(_)) => true,
            (Rust::Integer(bits), JsonType::Integer(format)) => {
                format.as_deref() != Some("int64") || *bits == 64
            }
            (Rust::Number, JsonType::Number(_)) => true,
            (Rust::Boolean, JsonType::Boolean) => true,
            (Rust::Array(d), JsonType::Array(a)) => {
                self.compare(owner, &format!("{field}[]"), d, a, depth + 1);
                true
            }
            (Rust::Map(d), JsonType::Map { value, .. }) => {
                self.compare(owner, &format!("{field}{{}}"), d, value, depth + 1);
                true
            }
            (Rust::Enum(name, values), JsonType::Enum { values: apple, .. }) => {
                self.counts.enums.insert(name.clone());
                let declared: BTreeSet<&String> = values.iter().collect();
                let apple: BTreeSet<&String> = apple.iter().collect();
                if declared != apple {
                    let extra: Vec<&str> =
                        declared.difference(&apple).map(|s| s.as_str()).collect();
                    let missing: Vec<&str> =
                        apple.difference(&declared).map(|s| s.as_str()).collect();
                    self.differ(
                        owner,
                        field,
                        if extra.is_empty() {
                            format!("enum {name}")
                        } else {
                            format!("enum {name} with {extra:?} Apple lacks")
                        },
                        if missing.is_empty() {
                            "no more values".to_owned()
                        } else {
                            format!("values {missing:?} it lacks")
                        },
                    );
                }
                true
            }
            (Rust::Struct(name), JsonType::Object { fields, .. }) => {
                if depth < 6 {
                    self.compare_struct(owner, field, name, fields, depth + 1);
                }
                true
            }
            _ => false,
        };
        if !ok {
            self.differ(owner, field, declared, apple);
        }
    }

    /// A struct's fields against an object's properties, by serde name.
    fn compare_struct(
        &mut self,
        owner: &str,
        field: &str,
        name: &str,
        apple: &[Attribute],
        depth: u32,
    ) {
        let Some(decl) = self.src.structs.get(name).cloned() else {
            return;
        };
        for f in &decl.fields {
            let what = format!("{field}.{}", f.name);
            self.counts.nested_fields += 1;
            let Some(a) = apple.iter().find(|a| a.name == f.name) else {
                self.differ(owner, &what, format!("field of {name}"), "none");
                continue;
            };
            let declared = rust(self.src, &f.ty);
            let inner = match &declared {
                Rust::Option(inner) => (**inner).clone(),
                other => other.clone(),
            };
            self.compare(owner, &what, &inner, &a.ty, depth);
        }
        for a in apple {
            if !decl.fields.iter().any(|f| f.name == a.name) {
                self.differ(
                    owner,
                    &format!("{field}.{}", a.name),
                    format!("none in {name}"),
                    &a.ty,
                );
            }
        }
    }

    /// The checker's lookup (`Document::at_path`): the schema of the type whose
    /// collection is the declaration's path, else the type's route-less
    /// schema (whether a declaration may be route-less is the checker's).
    fn schema(&mut self, decl: &Decl) -> Option<&'a ResourceSchema> {
        let doc = self.doc;
        let Some(type_name) = decl.type_name.as_deref() else {
            self.differ(&decl.name, "type", "none", "a JSON:API type");
            return None;
        };
        let path = decl
            .path
            .clone()
            .unwrap_or_else(|| format!("/v1/{type_name}"));
        let found = doc.at_path(type_name, &path, true);
        if found.is_none() {
            self.differ(
                &decl.name,
                "type",
                format!("`{type_name}` at `{path}`"),
                "no such schema",
            );
        }
        found
    }

    fn resource(&mut self, decl: &Decl) {
        let Some(schema) = self.schema(decl) else {
            return;
        };
        self.counts.resources += 1;
        for f in decl
            .fields
            .iter()
            .filter(|f| f.ident != "id" && !f.relationship)
        {
            self.counts.attributes += 1;
            let declared = rust(self.src, &f.ty);
            let Some(apple) = schema.attributes.iter().find(|a| a.name == f.name) else {
                // Names are the checker's (`check.rs`): reported there.
                continue;
            };
            match &declared {
                Rust::Option(inner) => {
                    let inner = (**inner).clone();
                    self.compare(&decl.name, &f.name, &inner, &apple.ty, 0);
                }
                other => self.differ(
                    &decl.name,
                    &f.name,
                    format!("{other}, not an Option"),
                    format!(
                        "{} (an attribute a sparse fieldset may leave out)",
                        apple.ty
                    ),
                ),
            }
        }
        let routes = &schema.routes;
        for (payload, endpoint, update) in [
            (&decl.create, &routes.create, false),
            (&decl.update, &routes.update, true),
        ] {
            let Some(payload) = payload else { continue };
            let body = endpoint
                .as_ref()
                .and_then(|e| e.request.as_ref())
                .and_then(|r| self.doc.requests.get(r));
            let Some(payload_decl) = self.src.structs.get(payload).cloned() else {
                self.differ(
                    &decl.name,
                    if update { "update" } else { "create" },
                    payload,
                    "(not found in the sources)",
                );
                continue;
            };
            match body {
                Some(body) => self.payload(&payload_decl, body, update),
                // Whether Apple has the route at all is the checker's.
                None => continue,
            }
        }
    }

    fn payload(&mut self, decl: &Decl, body: &RequestBody, update: bool) {
        self.counts.payloads += 1;
        let owner = format!("{} ({})", decl.name, body.schema);
        if !decl.payload {
            self.differ(&owner, "derive", "no AscPayload", "a request body");
        }
        if decl.type_name != body.type_name {
            self.differ(
                &owner,
                "type",
                format!("{:?}", decl.type_name),
                format!("{:?}", body.type_name),
            );
        }
        for f in &decl.fields {
            let declared = rust(self.src, &f.ty);
            let (optional, inner) = match &declared {
                Rust::Option(inner) => (true, (**inner).clone()),
                other => (false, other.clone()),
            };
            if f.relationship {
                self.counts.payload_relationships += 1;
                let Some((rel, required)) =
                    body.relationships.iter().find(|(r, _)| r.name == f.name)
                else {
                    self.differ(&owner, &f.name, format!("relationship {declared}"), "none");
                    continue;
                };
                let Rust::Linkage(target) = &inner else {
                    self.differ(&owner, &f.name, &declared, "a relationship (Linkage<T>)");
                    continue;
                };
                if rel.to_many {
                    self.differ(&owner, &f.name, &declared, "to-many");
                }
                if optional == *required {
                    self.differ(
                        &owner,
                        &f.name,
                        &declared,
                        if *required {
                            "required"
                        } else {
                            "optional (Option<Linkage<T>>)"
                        },
                    );
                }
                let target_type = self
                    .src
                    .structs
                    .get(target)
                    .and_then(|t| t.type_name.clone());
                if target_type != rel.target_type {
                    self.differ(
                        &owner,
                        &format!("{}: target type", f.name),
                        format!("{target} ({target_type:?})"),
                        format!("{:?}", rel.target_type),
                    );
                }
                continue;
            }
            self.counts.payload_attributes += 1;
            let Some(apple) = body.attributes.iter().find(|a| a.name == f.name) else {
                self.differ(&owner, &f.name, &declared, "none");
                continue;
            };
            if optional == apple.required {
                self.differ(
                    &owner,
                    &f.name,
                    &declared,
                    format!(
                        "{} {}",
                        if apple.required {
                            "required"
                        } else {
                            "optional"
                        },
                        apple.ty
                    ),
                );
            }
            if update && apple.nullable {
                self.counts.cannot_clear.push(format!("{owner}.{}", f.name));
            }
            self.compare(&owner, &f.name, &inner, &apple.ty, 0);
        }
        for a in &body.attributes {
            if !decl
                .fields
                .iter()
                .any(|f| !f.relationship && f.name == a.name)
            {
                self.differ(
                    &owner,
                    &a.name,
                    "none",
                    format!(
                        "{} {}",
                        if a.required { "required" } else { "optional" },
                        a.ty
                    ),
                );
            }
        }
        for (rel, required) in &body.relationships {
            if decl
                .fields
                .iter()
                .any(|f| f.relationship && f.name == rel.name)
            {
                continue;
            }
            if rel.to_many && !update {
                self.counts
                    .to_many_skipped
                    .push(format!("{owner}.{}", rel.name));
                continue;
            }
            self.differ(
                &owner,
                &rel.name,
                "none",
                format!(
                    "{} {} relationship",
                    if *required { "required" } else { "optional" },
                    if rel.to_many { "to-many" } else { "to-one" }
                ),
            );
        }
    }
}

fn check(src: &Sources, doc: &Document) -> (Vec<Difference>, Counts) {
    let mut checker = Checker {
        src,
        doc,
        found: Vec::new(),
        counts: Counts::default(),
    };
    let resources: Vec<Decl> = src.resources().cloned().collect();
    for decl in &resources {
        checker.resource(decl);
    }
    // A payload no resource names is checked against nothing.
    for payload in src.structs.values().filter(|d| d.payload) {
        let named = resources.iter().any(|r| {
            r.create.as_deref() == Some(payload.name.as_str())
                || r.update.as_deref() == Some(payload.name.as_str())
        });
        if !named {
            checker.differ(
                &payload.name,
                "payload",
                "named by no `create` or `update`",
                "(unchecked)",
            );
        }
    }
    (checker.found, checker.counts)
}

fn workspace_sources() -> Sources {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    Sources::read_dirs(&[root.join("asc-resources/src"), root.join("asc-core/src")])
}

#[test]
fn attribute_types_and_payloads_equal_apples_document() {
    let started = std::time::Instant::now();
    let src = workspace_sources();
    let (found, counts) = check(&src, doc());
    let allowed = |d: &Difference| {
        ALLOWED
            .iter()
            .any(|(o, f, _)| d.owner == *o && d.field == *f)
    };
    for d in found.iter().filter(|d| allowed(d)) {
        eprintln!("allowed: {d}");
    }
    for what in &counts.to_many_skipped {
        eprintln!("skipped (to-many relationship of a create request): {what}");
    }
    for what in &counts.cannot_clear {
        eprintln!("nullable in Apple's update, not clearable: {what}");
    }
    eprintln!(
        "compared {} resources ({} attributes, {} nested fields), {} payloads ({} attributes, \
         {} relationships), {} enums, in {:?}",
        counts.resources,
        counts.attributes,
        counts.nested_fields,
        counts.payloads,
        counts.payload_attributes,
        counts.payload_relationships,
        counts.enums.len(),
        started.elapsed()
    );
    let failures: Vec<String> = found
        .iter()
        .filter(|d| !allowed(d))
        .map(ToString::to_string)
        .collect();
    assert!(
        failures.is_empty(),
        "{} difference(s) between the declared Rust types and Apple's document:\n{}",
        failures.len(),
        failures.join("\n")
    );
    for (owner, field, why) in ALLOWED {
        assert!(
            found.iter().any(|d| d.owner == *owner && d.field == *field),
            "ALLOWED names {owner} `{field}`, which differs no more ({why}): take it off"
        );
    }
    assert!(
        counts.resources >= 40 && counts.payloads >= 40,
        "{counts:?}"
    );
}

// ---------------------------------------------------------------------------
// Proofs that the comparison catches what it claims to, on small sources.

/// A correct declaration of matchmaking rules (with their create payload)
/// and of the rule set they link to.
const RULES: &str = r#"
asc_core::open_enum! {
    /// The rule types.
    pub enum GameCenterMatchmakingRuleType {
        Compatible = "COMPATIBLE",
        Distance = "DISTANCE",
        Match = "MATCH",
        Team = "TEAM",
    }
}

#[derive(AscResource)]
#[asc(type = "gameCenterMatchmakingRuleSets")]
pub struct GameCenterMatchmakingRuleSet {
    pub id: String,
}

#[derive(AscResource, Debug)]
#[asc(type = "gameCenterMatchmakingRules", create = GameCenterMatchmakingRuleCreate, no_read)]
pub struct GameCenterMatchmakingRule {
    pub id: String,
    pub reference_name: Option<String>,
    pub description: Option<String>,
    pub r#type: Option<GameCenterMatchmakingRuleType>,
    pub expression: Option<String>,
    pub weight: Option<f64>,
}

#[derive(AscPayload)]
#[asc(type = "gameCenterMatchmakingRules")]
pub struct GameCenterMatchmakingRuleCreate {
    pub reference_name: String,
    pub description: String,
    pub r#type: GameCenterMatchmakingRuleType,
    pub expression: String,
    pub weight: Option<f64>,
    #[asc(relationship)]
    pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,
}
"#;

/// The differences of `RULES` with each `(from, to)` replaced.
fn differences_of(edits: &[(&str, &str)]) -> Vec<String> {
    let mut text = RULES.to_owned();
    for (from, to) in edits {
        assert!(text.contains(from), "`{from}` is in RULES");
        text = text.replacen(from, to, 1);
    }
    let (found, counts) = check(&Sources::parse(&text), doc());
    assert_eq!((counts.resources, counts.payloads), (2, 1), "{counts:?}");
    found.iter().map(ToString::to_string).collect()
}

#[test]
fn a_correct_declaration_differs_in_nothing() {
    assert_eq!(differences_of(&[]), Vec::<String>::new());
}

#[test]
fn catches_a_wrong_json_type_and_a_required_attribute() {
    let found = differences_of(&[
        // Apple's `weight` is a number, not an integer.
        ("pub weight: Option<f64>,", "pub weight: Option<i64>,"),
        // Every attribute of a resource is an `Option`.
        ("pub expression: Option<String>,", "pub expression: String,"),
        // Apple's create request requires `description`.
        (
            "pub description: String,",
            "pub description: Option<String>,",
        ),
        // And the rule set.
        (
            "pub rule_set: Linkage<GameCenterMatchmakingRuleSet>,",
            "pub rule_set: Option<Linkage<GameCenterMatchmakingRuleSet>>,",
        ),
    ]);
    let create = "GameCenterMatchmakingRuleCreate (GameCenterMatchmakingRuleCreateRequest)";
    assert_eq!(
        found,
        [
            "GameCenterMatchmakingRule: `expression`: declared string, not an Option, Apple's \
             string (an attribute a sparse fieldset may leave out)"
                .to_owned(),
            "GameCenterMatchmakingRule: `weight`: declared integer (64 bits), Apple's number"
                .to_owned(),
            format!("{create}: `description`: declared Option<string>, Apple's required string"),
            format!(
                "{create}: `ruleSet`: declared Option<Linkage<GameCenterMatchmakingRuleSet>>, \
                 Apple's required"
            ),
        ]
    );
}

#[test]
fn catches_wrong_enum_values_and_a_wrong_target() {
    let found = differences_of(&[
        ("Team = \"TEAM\",", "Teams = \"TEAMS\","),
        (
            "#[asc(type = \"gameCenterMatchmakingRuleSets\")]",
            "#[asc(type = \"gameCenterMatchmakingQueues\")]",
        ),
    ]);
    let wrong_values = "declared enum GameCenterMatchmakingRuleType with [\"TEAMS\"] Apple \
                        lacks, Apple's values [\"TEAM\"] it lacks";
    assert_eq!(
        found,
        [
            format!("GameCenterMatchmakingRule: `type`: {wrong_values}"),
            format!(
                "GameCenterMatchmakingRuleCreate (GameCenterMatchmakingRuleCreateRequest): \
                 `type`: {wrong_values}"
            ),
            "GameCenterMatchmakingRuleCreate (GameCenterMatchmakingRuleCreateRequest): \
             `ruleSet: target type`: declared GameCenterMatchmakingRuleSet \
             (Some(\"gameCenterMatchmakingQueues\")), Apple's \
             Some(\"gameCenterMatchmakingRuleSets\")"
                .to_owned(),
        ]
    );
}
