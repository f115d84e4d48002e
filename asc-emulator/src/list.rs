//! Lists, from the declarations alone: top-level `GET {path}` and to-many
//! related lists, with Apple's paging (`limit`, an opaque `cursor` inside an
//! absolute `links.next` that carries every original parameter), filters,
//! `sort`, `fields`, `include` and `limit[rel]`.

use asc_core::{FilterMeta, ListMeta};
use serde_json::Value;

use crate::apple::AppleError;
use crate::query;
use crate::store::Stored;

/// The page size when a list request has no `limit` (Apple's default).
pub(crate) const DEFAULT_PAGE: usize = 50;

/// The list rules of a to-many relationship that declares none: no filter, no
/// sort, Apple's largest `limit`.
pub(crate) const PLAIN: ListMeta = ListMeta {
    relationship: None,
    filters: &[],
    sort: &[],
    max_limit: query::MAX_LIMIT as u32,
};

/// What a list request asked for, besides `fields`, `include` and `limit[rel]`.
#[derive(Debug, Default)]
pub(crate) struct ListQuery {
    pub filters: Vec<(FilterMeta, Vec<String>)>,
    pub sort: Vec<(String, bool)>,
    pub limit: usize,
    pub offset: usize,
    /// The cursor as given, for the refusal of one past the end.
    pub cursor: Option<String>,
    /// The parameters left for `query::read` (fields, include, limit[rel]).
    pub rest: Vec<(String, String)>,
}

/// Apple refuses a parameter given twice.
pub(crate) fn no_duplicates(pairs: &[(String, String)]) -> Result<(), AppleError> {
    for (i, (k, _)) in pairs.iter().enumerate() {
        if pairs[..i].iter().any(|(p, _)| p == k) {
            return Err(AppleError::new(
                400,
                "PARAMETER_ERROR.DUPLICATE",
                "A parameter has been included more than once",
                format!("The parameter '{k}' can only be included once"),
            )
            .parameter(k.clone()));
        }
    }
    Ok(())
}

/// Splits and checks the list parameters of `meta`; `open` turns a cursor
/// into the offset it stands for (`None` for one this list did not hand out).
pub(crate) fn parse(
    meta: &ListMeta,
    pairs: &[(String, String)],
    open: &dyn Fn(&str) -> Option<usize>,
) -> Result<ListQuery, AppleError> {
    let mut q = ListQuery {
        limit: DEFAULT_PAGE.min(meta.max_limit.max(1) as usize),
        ..ListQuery::default()
    };
    for (k, v) in pairs {
        if let Some(f) = meta.filters.iter().find(|f| f.parameter == k) {
            let values: Vec<String> = v.split(',').map(str::to_owned).collect();
            for value in &values {
                if value.is_empty() || (!f.values.is_empty() && !f.values.contains(&value.as_str()))
                {
                    return Err(AppleError::parameter_invalid(
                        k,
                        format!(
                            "'{value}' is not a valid value for '{k}'; allowed values: {}",
                            f.values.join(", ")
                        ),
                    ));
                }
            }
            q.filters.push((*f, values));
        } else if let Some(name) = k.strip_prefix("filter[").and_then(|n| n.strip_suffix(']')) {
            // Apple's documented answer to `filter[emaill]` on a list that
            // has `filter[email]`: names are compared as they are written.
            return Err(AppleError::filter_unknown(name));
        } else if k.starts_with("exists[") {
            return Err(AppleError::parameter_illegal(k));
        } else if k == "sort" {
            for key in v.split(',') {
                let (name, desc) = match key.strip_prefix('-') {
                    Some(n) => (n, true),
                    None => (key, false),
                };
                if !meta.sort.contains(&name) {
                    let allowed: Vec<String> = meta
                        .sort
                        .iter()
                        .flat_map(|s| [s.to_string(), format!("-{s}")])
                        .collect();
                    return Err(AppleError::parameter_invalid(
                        k,
                        format!(
                            "'{key}' is not a valid sort key; allowed: {}",
                            if allowed.is_empty() {
                                "none".to_owned()
                            } else {
                                allowed.join(", ")
                            }
                        ),
                    ));
                }
                q.sort.push((name.to_owned(), desc));
            }
        } else if k == "limit" {
            q.limit = query::limit_value(k, v, meta.max_limit.max(1) as usize)?;
        } else if k == "cursor" {
            q.offset = open(v).ok_or_else(|| AppleError::bad_cursor(v))?;
            q.cursor = Some(v.clone());
        } else {
            q.rest.push((k.clone(), v.clone()));
        }
    }
    for f in meta.filters.iter().filter(|f| f.required) {
        if !q.filters.iter().any(|(g, _)| g.parameter == f.parameter) {
            return Err(AppleError::new(
                400,
                "PARAMETER_ERROR.REQUIRED",
                "A required parameter is missing",
                format!("The parameter '{}' is required", f.parameter),
            )
            .parameter(f.parameter));
        }
    }
    Ok(q)
}

/// Whether a stored resource passes every filter. Filters on `id`, an
/// attribute (compared as text) or a relationship (its linked ids); a dotted
/// field (through another resource) is accepted and not applied.
pub(crate) fn matches(
    id: &str,
    stored: &Stored,
    link_ids: impl Fn(&str) -> Option<Vec<String>>,
    filters: &[(FilterMeta, Vec<String>)],
) -> bool {
    filters.iter().all(|(f, values)| {
        if f.field == "id" {
            return values.iter().any(|v| v == id);
        }
        if let Some(a) = stored.attributes.get(f.field) {
            let text = match a {
                Value::String(s) => s.clone(),
                Value::Null => return false,
                other => other.to_string(),
            };
            return values.contains(&text);
        }
        if let Some(ids) = link_ids(f.field) {
            if f.parameter.starts_with("exists[") {
                let want = values.iter().any(|v| v == "true");
                return want != ids.is_empty();
            }
            return ids.iter().any(|i| values.contains(i));
        }
        f.field.contains('.')
    })
}

/// Orders by the sort keys (attribute values; missing ones last), then by id.
pub(crate) fn sort(items: &mut [(String, &Stored)], keys: &[(String, bool)]) {
    items.sort_by(|(ia, a), (ib, b)| {
        for (key, desc) in keys {
            let va = a.attributes.get(key);
            let vb = b.attributes.get(key);
            let ord = compare(va, vb);
            let ord = if *desc { ord.reverse() } else { ord };
            if ord.is_ne() {
                return ord;
            }
        }
        ia.cmp(ib)
    });
}

fn compare(a: Option<&Value>, b: Option<&Value>) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x
            .as_f64()
            .unwrap_or(0.0)
            .total_cmp(&y.as_f64().unwrap_or(0.0)),
        (Some(Value::String(x)), Some(Value::String(y))) => x.cmp(y),
        (Some(x), Some(y)) => x.to_string().cmp(&y.to_string()),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The `links.next` of a page: the request's own absolute URL with every
/// parameter it had, in its order, and `cursor` replaced.
pub(crate) fn next_link(self_url: &str, raw_query: Option<&str>, cursor: &str) -> String {
    let mut parts: Vec<&str> = raw_query
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("cursor="))
        .collect();
    let cursor = format!("cursor={cursor}");
    parts.push(&cursor);
    format!("{self_url}?{}", parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_keeps_every_parameter_and_replaces_the_cursor() {
        let next = next_link(
            "http://h/v1/things",
            Some("limit=2&filter%5Bx%5D=a&cursor=old"),
            "new",
        );
        assert_eq!(
            next,
            "http://h/v1/things?limit=2&filter%5Bx%5D=a&cursor=new"
        );
    }
}
