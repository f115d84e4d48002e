//! Opaque list cursors, sealed with a key of this emulator.
//!
//! Apple's cursors are opaque: a client must take them from `links.next` and
//! never build its own. A cursor made of the offset in plain sight (Apple's
//! old `{"offset":"N"}` in base64) lets a client forge one and pass its tests
//! against the emulator while failing against Apple. So a cursor here is the
//! offset masked with a per-list value and sealed with an HMAC-SHA256 tag
//! under a key drawn when the emulator starts: it does not decode to an
//! offset, a changed or hand-made one is refused, and one list's cursor
//! (another path, filter, sort or limit) does not work on another.

use aws_lc_rs::hmac;

/// Bytes of the tag kept in a cursor: plenty against guessing in a test
/// server, and a cursor of 27 characters.
const TAG_LEN: usize = 12;

/// The key cursors are sealed with; one per emulator.
pub(crate) struct Cursors {
    key: hmac::Key,
}

impl std::fmt::Debug for Cursors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cursors(<key>)")
    }
}

impl Cursors {
    /// A fresh random key.
    pub fn new() -> Cursors {
        let mut key = [0u8; 32];
        key[..16].copy_from_slice(&crate::ids::random_bytes());
        key[16..].copy_from_slice(&crate::ids::random_bytes());
        Cursors {
            key: hmac::Key::new(hmac::HMAC_SHA256, &key),
        }
    }

    /// The cursor of `offset` in the list `scope` (see [`scope`]).
    pub fn seal(&self, scope: &str, offset: usize) -> String {
        let body = ((offset as u64) ^ self.mask(scope)).to_be_bytes();
        let tag = self.tag(scope, &body);
        let mut bytes = body.to_vec();
        bytes.extend_from_slice(&tag.as_ref()[..TAG_LEN]);
        base64url(&bytes)
    }

    /// The offset a cursor of the list `scope` stands for; `None` when it was
    /// not sealed by this emulator for this list.
    pub fn open(&self, scope: &str, cursor: &str) -> Option<usize> {
        let bytes = unbase64url(cursor)?;
        if bytes.len() != 8 + TAG_LEN {
            return None;
        }
        let (body, tag) = bytes.split_at(8);
        if self.tag(scope, body).as_ref()[..TAG_LEN] != *tag {
            return None;
        }
        let masked = u64::from_be_bytes(body.try_into().ok()?);
        usize::try_from(masked ^ self.mask(scope)).ok()
    }

    fn mask(&self, scope: &str) -> u64 {
        let mut ctx = hmac::Context::with_key(&self.key);
        ctx.update(b"mask\0");
        ctx.update(scope.as_bytes());
        let tag = ctx.sign();
        let mut first = [0u8; 8];
        first.copy_from_slice(&tag.as_ref()[..8]);
        u64::from_be_bytes(first)
    }

    fn tag(&self, scope: &str, body: &[u8]) -> hmac::Tag {
        let mut ctx = hmac::Context::with_key(&self.key);
        ctx.update(b"tag\0");
        ctx.update(scope.as_bytes());
        ctx.update(b"\0");
        ctx.update(body);
        ctx.sign()
    }
}

/// What a cursor is bound to: the path and every decoded parameter but
/// `cursor`, in a fixed order (so that the same list asked with its
/// parameters in another order is the same list).
pub(crate) fn scope(path: &str, pairs: &[(String, String)]) -> String {
    let mut kept: Vec<&(String, String)> = pairs.iter().filter(|(k, _)| k != "cursor").collect();
    kept.sort();
    let mut out = path.to_owned();
    for (k, v) in kept {
        out.push('\0');
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub(crate) fn base64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() < 2 {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let d = B64.iter().position(|b| b == c)? as u32;
            n |= d << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_open_only_on_their_list_and_emulator() {
        let c = Cursors::new();
        let here = scope("/v1/things", &[("limit".into(), "2".into())]);
        for n in [0, 1, 50, 12345] {
            assert_eq!(c.open(&here, &c.seal(&here, n)), Some(n));
        }
        let cursor = c.seal(&here, 4);
        assert_eq!(cursor.len(), 27);
        assert_eq!(c.open(&scope("/v1/others", &[]), &cursor), None);
        assert_eq!(
            Cursors::new().open(&here, &cursor),
            None,
            "another emulator"
        );
        let mut tampered = cursor.into_bytes();
        tampered[3] = if tampered[3] == b'A' { b'B' } else { b'A' };
        assert_eq!(c.open(&here, &String::from_utf8(tampered).unwrap()), None);
        // Apple's old readable cursor, built by hand.
        assert_eq!(c.open(&here, &base64url(br#"{"offset":"1"}"#)), None);
        for bad in ["", "eyJ", "not a cursor", "%%%%"] {
            assert_eq!(c.open(&here, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn scope_ignores_the_cursor_and_the_order() {
        let a = [
            ("sort".to_owned(), "name".to_owned()),
            ("limit".to_owned(), "2".to_owned()),
            ("cursor".to_owned(), "x".to_owned()),
        ];
        let b = [
            ("limit".to_owned(), "2".to_owned()),
            ("sort".to_owned(), "name".to_owned()),
        ];
        assert_eq!(scope("/p", &a), scope("/p", &b));
        assert_ne!(scope("/p", &a), scope("/q", &b));
    }

    #[test]
    fn base64url_round_trips() {
        for s in ["", "a", "ab", "abc", "abcd", "{\"offset\":\"50\"}"] {
            assert_eq!(unbase64url(&base64url(s.as_bytes())).unwrap(), s.as_bytes());
        }
        assert_eq!(base64url(br#"{"offset":"50"}"#), "eyJvZmZzZXQiOiI1MCJ9");
    }
}
