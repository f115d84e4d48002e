//! Query strings and path segments, encoded as App Store Connect expects.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::{Error, FieldSelector, Selector};

/// The query of one request: sparse fieldsets, includes, and the other
/// parameters of lists (filters, sort, limits).
///
/// Encodes one `fields[TYPE]=a,b` parameter per resource type (in the order
/// the types were first named, without duplicate names), `include=a,b`, then
/// each other parameter once: App Store Connect refuses a repeated
/// parameter (`PARAMETER_ERROR.DUPLICATE`), so values added under the same
/// name are joined with commas, as Apple's array parameters are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    fields: Vec<(&'static str, Vec<&'static str>)>,
    include: Vec<&'static str>,
    params: Vec<(Cow<'static, str>, String)>,
}

impl Query {
    /// Adds fields of the resource type `F` selects from.
    pub fn add_fields<F: FieldSelector>(&mut self, fields: impl IntoIterator<Item = F>) {
        let pos = match self.fields.iter().position(|(t, _)| *t == F::RESOURCE_TYPE) {
            Some(pos) => pos,
            None => {
                self.fields.push((F::RESOURCE_TYPE, Vec::new()));
                self.fields.len() - 1
            }
        };
        let names = &mut self.fields[pos].1;
        let fields = fields.into_iter();
        names.reserve(fields.size_hint().0);
        for f in fields {
            let name = f.as_str();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }

    /// Adds relationships to include.
    pub fn add_include<I: Selector>(&mut self, include: impl IntoIterator<Item = I>) {
        for i in include {
            let name = i.as_str();
            if !self.include.contains(&name) {
                self.include.push(name);
            }
        }
    }

    /// Sets the parameter `name` (such as `limit`) to `value`, replacing
    /// an earlier value.
    pub fn set(&mut self, name: impl Into<Cow<'static, str>>, value: impl Into<String>) {
        let name = name.into();
        let value = value.into();
        match self.params.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => *v = value,
            None => self.params.push((name, value)),
        }
    }

    /// Adds `value` to the parameter `name` (such as `filter[platform]`):
    /// a second value is joined to the first with a comma.
    pub fn append(&mut self, name: impl Into<Cow<'static, str>>, value: &str) {
        let name = name.into();
        match self.params.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                if !v.split(',').any(|x| x == value) {
                    v.push(',');
                    v.push_str(value);
                }
            }
            None => self.params.push((name, value.to_owned())),
        }
    }

    /// The value of the parameter `name`, when set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// True when there is nothing to encode.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.include.is_empty() && self.params.is_empty()
    }

    /// Appends `?…` (nothing when empty) to `out`. Names are ASCII identifiers,
    /// so only the brackets need encoding.
    pub fn write_to(&self, out: &mut String) {
        // Runs for every request: plain pushes into a string sized once
        // (see `encoded_len`), no formatting machinery.
        out.reserve(self.encoded_len());
        let mut sep = '?';
        for (kind, names) in &self.fields {
            out.push(sep);
            out.push_str("fields%5B");
            out.push_str(kind);
            out.push_str("%5D=");
            sep = '&';
            push_joined(out, names);
        }
        if !self.include.is_empty() {
            out.push(sep);
            out.push_str("include=");
            push_joined(out, &self.include);
            sep = '&';
        }
        for (name, value) in &self.params {
            out.push(sep);
            out.extend(utf8_percent_encode(name, VALUE));
            out.push('=');
            out.extend(utf8_percent_encode(value, VALUE));
            sep = '&';
        }
    }
}

impl Query {
    /// The exact length of what [`Query::write_to`] appends.
    pub(crate) fn encoded_len(&self) -> usize {
        let joined = |names: &[&str]| -> usize {
            names.iter().map(|n| n.len()).sum::<usize>() + names.len().saturating_sub(1)
        };
        let fields: usize = self
            .fields
            .iter()
            .map(|(kind, names)| "?fields%5B".len() + kind.len() + "%5D=".len() + joined(names))
            .sum();
        let include = if self.include.is_empty() {
            0
        } else {
            "?include=".len() + joined(&self.include)
        };
        let encoded = |s: &str| utf8_percent_encode(s, VALUE).map(str::len).sum::<usize>();
        let params: usize = self
            .params
            .iter()
            .map(|(name, value)| 2 + encoded(name) + encoded(value))
            .sum();
        fields + include + params
    }
}

fn push_joined(out: &mut String, names: &[&str]) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(n);
    }
}

/// Parameter names and values: everything but RFC 3986 unreserved characters
/// and the comma that separates the items of Apple's array parameters.
const VALUE: &AsciiSet = &SEGMENT.remove(b',');

/// Everything but RFC 3986 unreserved characters is percent-encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Appends `/id` to `out`, with `id` percent-encoded as exactly one path segment.
///
/// Refuses ids that are empty, `.` or `..`, or contain `/`, `\` or control
/// characters: those would name a different resource, or none, on some server
/// or proxy between here and Apple.
pub fn push_id_segment(out: &mut String, id: &str) -> Result<(), Error> {
    // Apple's ids are UUIDs and other plain ASCII: one pass that finds only
    // unreserved characters settles both the checks and the encoding, for
    // the id of every request.
    let unreserved = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~');
    if !matches!(id, "" | "." | "..") && id.bytes().all(unreserved) {
        out.push('/');
        out.push_str(id);
        return Ok(());
    }
    check_id(id)?;
    out.push('/');
    out.extend(utf8_percent_encode(id, SEGMENT));
    Ok(())
}

/// Checks that `id` can name exactly one resource in a URL path.
pub fn check_id(id: &str) -> Result<(), Error> {
    let bad = |why: &str| {
        Err(Error::InvalidRequest(format!(
            "resource id {:?} {why}; pass the opaque id App Store Connect returned",
            id.chars().take(80).collect::<String>()
        )))
    };
    if id.is_empty() {
        return bad("is empty");
    }
    if id.trim().is_empty() {
        return bad("is only whitespace");
    }
    if id == "." || id == ".." {
        return bad("is a relative path segment");
    }
    if id.contains(['/', '\\']) {
        return bad("contains a path separator");
    }
    if id.chars().any(char::is_control) {
        return bad("contains a control character");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_len_is_exact() {
        let queries = [
            Query::default(),
            Query {
                fields: vec![("gameCenterAchievementImages", vec!["fileName", "fileSize"])],
                ..Query::default()
            },
            Query {
                include: vec!["gameCenterAchievementLocalization"],
                ..Query::default()
            },
            Query {
                fields: vec![("a", vec!["x"]), ("b", vec!["y", "z", "w"])],
                include: vec!["i", "j"],
                ..Query::default()
            },
            Query {
                params: vec![
                    ("filter[name]".into(), "a b,é&c".into()),
                    ("limit".into(), "200".into()),
                ],
                ..Query::default()
            },
        ];
        for q in queries {
            let mut out = String::new();
            q.write_to(&mut out);
            assert_eq!(out.len(), q.encoded_len(), "{out}");
        }
        let mut out = String::new();
        let mut q = Query {
            fields: vec![("a", vec!["x", "y"]), ("b", vec!["z"])],
            include: vec!["i"],
            ..Query::default()
        };
        q.append("filter[platform]", "IOS");
        q.append("filter[platform]", "MAC_OS");
        q.append("filter[platform]", "IOS");
        q.set("limit", "5");
        q.set("limit", "50");
        q.write_to(&mut out);
        assert_eq!(
            out,
            "?fields%5Ba%5D=x,y&fields%5Bb%5D=z&include=i\
             &filter%5Bplatform%5D=IOS,MAC_OS&limit=50"
        );
        assert_eq!(q.get("limit"), Some("50"));
    }

    #[test]
    fn ids_are_one_segment_or_refused() {
        let seg = |id: &str| {
            let mut s = String::new();
            push_id_segment(&mut s, id).map(|_| s)
        };
        assert_eq!(seg("38e6d9a7-9cbf").unwrap(), "/38e6d9a7-9cbf");
        assert_eq!(seg("a?b#c%d e").unwrap(), "/a%3Fb%23c%25d%20e");
        assert_eq!(seg("é").unwrap(), "/%C3%A9");
        assert_eq!(seg("...").unwrap(), "/...");
        for bad in ["", " ", ".", "..", "a/b", "a\\b", "a\nb", "\0"] {
            let e = seg(bad).unwrap_err();
            assert!(matches!(e, Error::InvalidRequest(_)), "{bad:?}");
        }
    }
}
