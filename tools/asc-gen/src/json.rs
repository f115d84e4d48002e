//! JSON that keeps the order of object members: Apple's order of attributes
//! and relationships is the order a declaration lists them in, and
//! `serde_json::Value` sorts keys (its `preserve_order` feature would change
//! `serde_json` for the whole workspace).

use std::collections::HashMap;
use std::fmt;
use std::ops::Index;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON value whose objects keep their members' order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Object),
}

/// An object: members in order, and an index by name.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Object {
    members: Vec<(String, Json)>,
    index: HashMap<String, usize>,
}

static NULL: Json = Json::Null;

impl Object {
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        self.index.get(key).map(|&i| &self.members[i].1)
    }
    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &Json)> {
        self.members.iter().map(|(k, v)| (k, v))
    }
}

impl Json {
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(o) => o.get(key),
            _ => None,
        }
    }
    /// RFC 6901: `/components/schemas/X`, `~1` for `/`.
    pub(crate) fn pointer(&self, pointer: &str) -> Option<&Json> {
        let mut at = self;
        for token in pointer.split('/').skip(1) {
            let token = token.replace("~1", "/").replace("~0", "~");
            at = match at {
                Json::Object(o) => o.get(&token)?,
                Json::Array(a) => a.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(at)
    }
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
    pub(crate) fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) if *n >= 0.0 && n.fract() == 0.0 && *n <= u64::MAX as f64 => {
                Some(*n as u64)
            }
            _ => None,
        }
    }
    pub(crate) fn as_array(&self) -> Option<&Vec<Json>> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }
    pub(crate) fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }
}

impl Index<&str> for Json {
    type Output = Json;
    fn index(&self, key: &str) -> &Json {
        self.get(key).unwrap_or(&NULL)
    }
}

impl Object {
    /// An object of these members, in this order (a repeated key keeps its
    /// first place and its last value).
    pub(crate) fn from_members(members: impl IntoIterator<Item = (String, Json)>) -> Object {
        let mut object = Object::default();
        for (k, v) in members {
            object.insert(k, v);
        }
        object
    }
    pub(crate) fn insert(&mut self, k: String, v: Json) {
        match self.index.get(&k) {
            Some(&i) => self.members[i].1 = v,
            None => {
                self.index.insert(k.clone(), self.members.len());
                self.members.push((k, v));
            }
        }
    }
}

impl Json {
    /// The text Python's `json.dump(value, f, indent=1)` writes (ASCII only,
    /// `", "`/`": "` separators, one member a line), so that files written by
    /// the former Python tools keep their bytes.
    pub(crate) fn to_python_text(&self) -> String {
        let mut out = String::new();
        self.write_python(&mut out, 0);
        out
    }

    fn write_python(&self, out: &mut String, level: usize) {
        let newline = |out: &mut String, level: usize| {
            out.push('\n');
            out.push_str(&" ".repeat(level));
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) if n.fract() == 0.0 && n.abs() < 1e16 => {
                out.push_str(&format!("{}", *n as i64))
            }
            Json::Number(n) => out.push_str(&format!("{n:?}")),
            Json::String(s) => write_python_string(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    item.write_python(out, level + 1);
                }
                newline(out, level);
                out.push(']');
            }
            Json::Object(o) if o.members.is_empty() => out.push_str("{}"),
            Json::Object(o) => {
                out.push('{');
                for (i, (k, v)) in o.members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    write_python_string(out, k);
                    out.push_str(": ");
                    v.write_python(out, level + 1);
                }
                newline(out, level);
                out.push('}');
            }
        }
    }
}

/// A string as Python's `json` module writes it with `ensure_ascii=True`.
fn write_python_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Json::Number(n))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element()? {
            out.push(v);
        }
        Ok(Json::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut object = Object::default();
        while let Some((k, v)) = map.next_entry::<String, Json>()? {
            // A repeated key keeps its first place and its last value, as serde_json does.
            object.insert(k, v);
        }
        Ok(Json::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_reads_pointers() {
        let j: Json = serde_json::from_str(r#"{"b": 1, "a": {"x/y": [true, "s"]}}"#).unwrap();
        let keys: Vec<&String> = j.as_object().unwrap().iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(j.pointer("/a/x~1y/1").and_then(Json::as_str), Some("s"));
        assert_eq!(j["b"].as_u64(), Some(1));
        assert_eq!(j["missing"], Json::Null);
    }

    #[test]
    fn writes_as_python_does() {
        let j: Json =
            serde_json::from_str(r#"{"a": [1, 2.5, "\u00e9\"\n"], "b": {}, "c": [], "d": null}"#)
                .unwrap();
        assert_eq!(
            j.to_python_text(),
            "{\n \"a\": [\n  1,\n  2.5,\n  \"\\u00e9\\\"\\n\"\n ],\n \"b\": {},\n \"c\": [],\n \"d\": null\n}"
        );
    }
}
