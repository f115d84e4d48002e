//! Query parameters of reads: `fields[TYPE]`, `include`, `limit[REL]`, checked
//! against the declarations like Apple checks them against its schema.

use std::collections::HashSet;

use percent_encoding::percent_decode_str;

use crate::apple::AppleError;
use crate::registry::{Decl, Registry};
use crate::store::Fields;

/// Apple's largest `limit` of a to-many list (`paging.limit` maximum 200).
pub(crate) const MAX_LIMIT: usize = 200;
/// The largest `limit[rel]` of an included to-many relationship, unless its
/// declaration says otherwise.
pub(crate) const MAX_INCLUDE_LIMIT: usize = asc_core::DEFAULT_INCLUDE_LIMIT as usize;
/// How many resources of an included to-many relationship Apple includes
/// (and links in the relationship's `data`) when the request has no `limit[rel]`.
pub(crate) const INCLUDED_TO_MANY: usize = 10;

/// Decoded `name=value` pairs of a query string.
pub(crate) fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    raw.unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// What a GET asked for.
#[derive(Debug, Default)]
pub(crate) struct ReadQuery {
    pub fields: Fields,
    pub include: Vec<String>,
    /// `limit[REL]` for included to-many relationships.
    pub include_limits: Vec<(String, usize)>,
}

impl ReadQuery {
    /// How many of each included relationship of a `decl` resource are
    /// linked and included: `limit[rel]`, else Apple's 10 for a to-many one,
    /// and the one of a to-one.
    pub fn include_limit(&self, decl: &Decl, name: &str) -> usize {
        let to_many = decl.rel(name).is_some_and(|r| r.to_many);
        self.include_limits
            .iter()
            .find(|(n, _)| n == name)
            .map_or(if to_many { INCLUDED_TO_MANY } else { 1 }, |(_, l)| *l)
    }

    /// The included to-many relationships of a `decl` resource with their
    /// cut, for [`render_cut`](crate::store::render_cut).
    pub fn cuts(&self, decl: &Decl) -> Vec<(String, usize)> {
        self.include
            .iter()
            .filter(|n| decl.rel(n).is_some_and(|r| r.to_many))
            .map(|n| (n.clone(), self.include_limit(decl, n)))
            .collect()
    }
}

/// Refuses any parameter: writes take none.
pub(crate) fn none(pairs: &[(String, String)]) -> Result<(), AppleError> {
    match pairs.first() {
        Some((k, _)) => Err(AppleError::parameter_illegal(k)),
        None => Ok(()),
    }
}

/// Checks the parameters of a read of `decl` resources (a list's own
/// parameters, `limit` among them, are taken off first by `list::parse`).
pub(crate) fn read(
    registry: &Registry,
    decl: &Decl,
    pairs: &[(String, String)],
) -> Result<ReadQuery, AppleError> {
    let mut q = ReadQuery::default();
    for (k, v) in pairs {
        if k == "include" {
            for name in v.split(',') {
                match decl.rel(name) {
                    Some(r) if r.include => q.include.push(name.to_owned()),
                    _ => {
                        return Err(AppleError::parameter_invalid(
                            k,
                            format!("'{name}' is not a valid relationship name"),
                        ));
                    }
                }
            }
        } else if let Some(t) = bracketed(k, "fields") {
            // The declarations whose names `fields[t]` may use: this one, or
            // those of every includable relationship to `t` (an activity's
            // `achievements` and `achievementsV2` show the `/v1` and the `/v2`
            // shape of one type: the names of either are valid).
            let field_decls: Vec<Option<&Decl>> = if t == decl.type_name {
                vec![Some(decl)]
            } else {
                decl.relationships
                    .iter()
                    .filter(|r| r.include && r.target_type == t)
                    .map(|r| registry.target_decl(r))
                    .collect()
            };
            if field_decls.is_empty() {
                return Err(AppleError::parameter_illegal(k));
            }
            let mut names = HashSet::new();
            for name in v.split(',') {
                // Without a declaration of an included type its names cannot be checked.
                let known = field_decls
                    .iter()
                    .any(|d| d.is_none_or(|d| d.has_field(name)));
                if !known || name.is_empty() {
                    return Err(AppleError::parameter_invalid(
                        k,
                        format!("'{name}' is not a valid field name"),
                    ));
                }
                names.insert(name.to_owned());
            }
            q.fields.insert(t.to_owned(), names);
        } else if let Some(rel) = bracketed(k, "limit") {
            match decl.rel(rel) {
                Some(r) if r.include && r.to_many => {
                    q.include_limits
                        .push((rel.to_owned(), limit_value(k, v, r.include_limit)?));
                }
                _ => return Err(AppleError::parameter_illegal(k)),
            }
        } else {
            return Err(AppleError::parameter_illegal(k));
        }
    }
    Ok(q)
}

fn bracketed<'a>(key: &'a str, prefix: &str) -> Option<&'a str> {
    key.strip_prefix(prefix)?
        .strip_prefix('[')?
        .strip_suffix(']')
}

/// The one `limit` parser: a whole number from 1 to `max`, or Apple's 400 naming the range.
pub(crate) fn limit_value(name: &str, v: &str, max: usize) -> Result<usize, AppleError> {
    match v.parse::<usize>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(AppleError::parameter_invalid(
            name,
            format!("'{v}' is not a valid limit: use a number from 1 to {max}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_pairs() {
        let p = pairs(Some("fields%5Bthings%5D=a%2Cb&include=x&flag"));
        assert_eq!(p[0], ("fields[things]".into(), "a,b".into()));
        assert_eq!(p[2], ("flag".into(), String::new()));
        assert!(pairs(None).is_empty());
    }
}
