//! Input from users (issue 7, part 4): resource ids, field names given as
//! strings, key files and base URLs. Each is handled correctly or refused
//! with a message that says what to fix; these tests assert on the message.

mod hardening_support;

use std::time::Duration;

use asc_core::{
    Client, Credentials, DeleteRequest, Error, ReadRequest, RetryPolicy, Selector, WriteRequest,
    parse_selector,
};
use hardening_support::{
    Answer, Image, ImageField, ImageInclude, Server, image_document, p256_pem,
};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn client_for(url: &str) -> Client {
    Client::builder()
        .credentials(Credentials::team("ABCDE12345", "issuer-uuid", p256_pem()).unwrap())
        .base_url(url)
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

// ---------------------------------------------------------------- ids

/// The three paths an id goes into: read, update and delete.
fn paths_for(client: &Client, id: &str) -> [Result<String, Error>; 3] {
    let read = ReadRequest::<Image>::new(client, id).path_and_query();
    let payload = serde_json::json!({"type": "gameCenterAchievementImages", "id": id});
    let update = WriteRequest::<Image>::update_with_data(client, id, &payload)
        .path()
        .map(str::to_owned);
    let delete = DeleteRequest::new::<Image>(client, id)
        .path()
        .map(str::to_owned);
    [read, update, delete]
}

/// Checks that `path` is the collection path and exactly one more segment
/// that decodes to `id`, and that a URL parser leaves it as it is (no dot
/// segment is resolved, nothing becomes a query or fragment).
fn assert_one_segment(path: &str, id: &str) {
    let segment = path
        .strip_prefix("/v1/gameCenterAchievementImages/")
        .unwrap_or_else(|| panic!("{path:?} is not under the collection"));
    assert!(
        segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
        "{path:?} has characters that are not encoded"
    );
    assert_eq!(percent_decode_str(segment).decode_utf8().unwrap(), id);
    let url = reqwest::Url::parse(&format!("http://127.0.0.1{path}")).unwrap();
    assert_eq!(url.path(), path, "a URL parser rewrites {path:?}");
    assert_eq!(url.query(), None);
    assert_eq!(url.fragment(), None);
}

#[test]
fn ids_are_one_encoded_segment_or_refused_with_a_reason() {
    let client = client_for("http://127.0.0.1:9");
    // id, then the encoded segment when it is accepted.
    let accepted = [
        (
            "38e6d9a7-9cbf-45f8-8246-1ef4728aecda",
            "38e6d9a7-9cbf-45f8-8246-1ef4728aecda",
        ),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("100%", "100%25"),
        ("%2F", "%252F"),
        ("%2e%2e", "%252e%252e"),
        ("a b", "a%20b"),
        ("...", "..."),
        ("a..b", "a..b"),
        ("é", "%C3%A9"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("\u{200b}", "%E2%80%8B"),
        ("\u{202e}x", "%E2%80%AEx"),
        ("a+b=c&d;e", "a%2Bb%3Dc%26d%3Be"),
        ("~_-.", "~_-."),
    ];
    for (id, segment) in accepted {
        for path in paths_for(&client, id) {
            let path = path.unwrap_or_else(|e| panic!("{id:?} refused: {e}"));
            assert_eq!(path, format!("/v1/gameCenterAchievementImages/{segment}"));
            assert_one_segment(&path, id);
        }
    }
    // id, then what the message must say.
    let refused = [
        ("", "is empty"),
        (" ", "only whitespace"),
        ("\t ", "only whitespace"),
        (".", "relative path segment"),
        ("..", "relative path segment"),
        ("/", "path separator"),
        ("a/b", "path separator"),
        ("../admin", "path separator"),
        ("a\\b", "path separator"),
        ("a\nb", "control character"),
        ("a\rb", "control character"),
        ("\0", "control character"),
        ("a\u{7f}", "control character"),
        ("a\u{85}", "control character"),
    ];
    for (id, why) in refused {
        for path in paths_for(&client, id) {
            let e = path.expect_err(id);
            assert!(matches!(e, Error::InvalidRequest(_)), "{id:?}: {e:?}");
            let text = e.to_string();
            assert!(text.contains(why), "{id:?}: {text}");
            assert!(text.contains("pass the opaque id"), "{id:?}: {text}");
            assert!(text.contains(&format!("{:?}", id)), "{id:?}: {text}");
        }
    }
    // A very long id is quoted only in part.
    let long = "x".repeat(10_000) + "/";
    let e = ReadRequest::<Image>::new(&client, &long)
        .path_and_query()
        .unwrap_err();
    assert!(e.to_string().len() < 400, "{e}");
}

/// Any string at all: one segment that decodes back to it, or `InvalidRequest`.
#[test]
fn any_id_is_one_segment_or_refused() {
    let client = client_for("http://127.0.0.1:9");
    let mut config = Config::with_cases(2_000);
    config.failure_persistence = None;
    let id = prop_oneof![
        any::<String>(),
        "[./%?# a-z\\\\]{0,8}",
        prop::collection::vec(
            prop::sample::select(vec![
                ".", "..", "/", "%", "2e", "2E", "%2f", "?", "#", " ", "é", "\u{0}"
            ]),
            0..6
        )
        .prop_map(|parts| parts.concat()),
    ];
    let cases = std::cell::Cell::new(0u32);
    TestRunner::new(config)
        .run(&id, |id| {
            cases.set(cases.get() + 1);
            for path in paths_for(&client, &id) {
                match path {
                    Ok(path) => assert_one_segment(&path, &id),
                    Err(e) => prop_assert!(matches!(e, Error::InvalidRequest(_)), "{e:?}"),
                }
            }
            Ok(())
        })
        .unwrap();
    eprintln!("property any_id: {} cases passed", cases.get());
}

/// The encoded id is what arrives, and a refused id sends nothing.
#[tokio::test]
async fn encoded_ids_arrive_intact_and_refused_ids_send_nothing() {
    let server = Server::start(|_, seen| {
        let path = seen.target.split('?').next().unwrap_or_default();
        let id = path.rsplit('/').next().unwrap_or_default().to_owned();
        Answer::json(
            200,
            image_document(&percent_decode_str(&id).decode_utf8_lossy()),
        )
    })
    .await;
    let client = client_for(&server.url);
    let id = "a?b#c%d é";
    let image = ReadRequest::<Image>::new(&client, id)
        .fields([ImageField::FileName])
        .send()
        .await
        .unwrap();
    assert_eq!(image.data.id, id);
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].target,
        "/v1/gameCenterAchievementImages/a%3Fb%23c%25d%20%C3%A9?fields%5BgameCenterAchievementImages%5D=fileName"
    );
    for bad in ["../../v1/apps", "x\r\nHost: evil", ""] {
        let e = ReadRequest::<Image>::new(&client, bad)
            .send()
            .await
            .unwrap_err();
        assert!(matches!(e, Error::InvalidRequest(_)), "{e:?}");
        let e = DeleteRequest::new::<Image>(&client, bad)
            .send()
            .await
            .unwrap_err();
        assert!(matches!(e, Error::InvalidRequest(_)), "{e:?}");
    }
    assert_eq!(server.seen().len(), 1, "a refused id reached the server");
}

// ---------------------------------------------------------------- field names

#[test]
fn wrong_field_names_are_refused_with_the_valid_names() {
    let what = "field of gameCenterAchievementImages";
    for name in ImageField::NAMES {
        let f: ImageField = parse_selector(name, what).unwrap();
        assert_eq!(f.as_str(), *name);
    }
    for wrong in [
        "size",
        "FileSize",
        "filesize",
        " fileSize",
        "fileSize ",
        "file_size",
        "",
        "fileName,fileSize",
        "fields[gameCenterAchievementImages]",
        "fïleSize",
        "fileSize\n",
    ] {
        let e = parse_selector::<ImageField>(wrong, what).unwrap_err();
        assert_eq!(e.given, wrong);
        assert_eq!(e.valid, ImageField::NAMES);
        let text = e.to_string();
        assert!(text.contains(what), "{text}");
        assert!(
            text.contains("expected one of: fileSize, fileName, gameCenterAchievementLocalization"),
            "{text}"
        );
        assert!(text.contains(&wrong.escape_debug().to_string()), "{text}");
        assert!(!text.contains('\n'), "the message is one line: {text:?}");
    }
    let e = parse_selector::<ImageInclude>("gameCenterAchievementImage", "relationship to include")
        .unwrap_err();
    assert!(
        e.to_string()
            .ends_with("expected one of: gameCenterAchievementLocalization"),
        "{e}"
    );
}

// ---------------------------------------------------------------- key files

fn key_error(pem: impl AsRef<[u8]>) -> String {
    let pem = pem.as_ref();
    let team = Credentials::team("ABCDE12345", "issuer-uuid", pem).unwrap_err();
    let individual = Credentials::individual("ABCDE12345", pem).unwrap_err();
    assert!(matches!(team, Error::Credentials(_)), "{team:?}");
    assert_eq!(team.to_string(), individual.to_string());
    let text = team.to_string();
    // No message quotes the key it refuses.
    if let Ok(text_pem) = std::str::from_utf8(pem) {
        for line in hardening_support::pem_body_lines(text_pem) {
            if line.len() >= 16 {
                assert!(!text.contains(&line), "{text}");
            }
        }
    }
    text
}

fn pem_of(label: &str, der: &[u8]) -> String {
    pem::encode(&pem::Pem::new(label, der.to_vec()))
}

#[test]
fn wrong_keys_are_refused_with_what_to_do() {
    use aws_lc_rs::encoding::AsDer;
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::signature::{
        ECDSA_P256_SHA256_FIXED_SIGNING, ECDSA_P384_SHA384_FIXED_SIGNING, EcdsaKeyPair,
        Ed25519KeyPair, KeyPair,
    };
    let rng = SystemRandom::new();

    let e = key_error("");
    assert!(e.contains("empty") && e.contains(".p8"), "{e}");
    let e = key_error("   \n\t");
    assert!(e.contains("empty"), "{e}");
    let e = key_error("AuthKey_ABCDE12345.p8");
    assert!(e.contains("not PEM") && e.contains("file path"), "{e}");
    let e = key_error([0x30u8, 0x81, 0x87, 0x02, 0x01, 0x00, 0xff, 0xfe]);
    assert!(e.contains("not text") && e.contains("DER"), "{e}");

    // RSA, as PKCS#8 (`PRIVATE KEY`) and as PKCS#1 (`RSA PRIVATE KEY`).
    let rsa = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).unwrap();
    let rsa_der = AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&rsa).unwrap();
    let e = key_error(pem_of("PRIVATE KEY", rsa_der.as_ref()));
    assert!(e.contains("RSA") && e.contains("P-256"), "{e}");
    let e = key_error(pem_of("RSA PRIVATE KEY", rsa_der.as_ref()));
    assert!(e.contains("RSA") && e.contains("P-256"), "{e}");

    // P-384 and Ed25519 in PKCS#8.
    let p384 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &rng).unwrap();
    let e = key_error(pem_of("PRIVATE KEY", p384.as_ref()));
    assert!(e.contains("P-384") && e.contains("P-256"), "{e}");
    let ed = Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
    let e = key_error(pem_of("PRIVATE KEY", ed.as_ref()));
    assert!(e.contains("not a PKCS#8 EC P-256 private key"), "{e}");

    // The right key under the wrong label.
    let p256 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, p256.as_ref()).unwrap();
    let sec1 = pair.private_key().as_der().unwrap();
    let e = key_error(pem_of("EC PRIVATE KEY", sec1.as_ref()));
    assert!(
        e.contains("EC PRIVATE KEY") && e.contains("openssl pkcs8 -topk8 -nocrypt"),
        "{e}"
    );
    let spki = pair.public_key().as_der().unwrap();
    let e = key_error(pem_of("PUBLIC KEY", spki.as_ref()));
    assert!(
        e.contains("public key or certificate") && e.contains("private .p8"),
        "{e}"
    );
    let e = key_error(pem_of("CERTIFICATE", spki.as_ref()));
    assert!(e.contains("public key or certificate"), "{e}");
    let e = key_error(pem_of("ENCRYPTED PRIVATE KEY", p256.as_ref()));
    assert!(e.contains("encrypted") && e.contains("decrypt"), "{e}");
    let e = key_error(pem_of("OPENSSH PRIVATE KEY", p256.as_ref()));
    assert!(e.contains("-----BEGIN PRIVATE KEY-----"), "{e}");

    // Damaged PEM: base64 that is not base64, a missing END line, DER that is not a key.
    let e = key_error("-----BEGIN PRIVATE KEY-----\n!!!not*base64***\n-----END PRIVATE KEY-----\n");
    assert!(e.contains("not valid PEM"), "{e}");
    let good = p256_pem();
    let cut = good.replace("-----END PRIVATE KEY-----", "");
    let e = key_error(&cut);
    assert!(e.contains("not valid PEM") && e.contains("END line"), "{e}");
    let e = key_error(pem_of("PRIVATE KEY", b"0123456789abcdef"));
    assert!(e.contains("not a PKCS#8 EC P-256 private key"), "{e}");

    // Ids.
    let e = Credentials::team(" ", "issuer", &good)
        .unwrap_err()
        .to_string();
    assert!(e.contains("key id is empty"), "{e}");
    let e = Credentials::team("ABCDE12345", "", &good)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("issuer id is empty") && e.contains("Integrations"),
        "{e}"
    );
}

#[test]
fn keys_as_people_save_them_are_accepted() {
    let good = p256_pem();
    // Windows line endings, surrounding blank lines and spaces, no final newline.
    for variant in [
        good.replace('\n', "\r\n"),
        format!("\n\n  {good}  \n\n"),
        good.trim_end().to_owned(),
    ] {
        Credentials::team("ABCDE12345", "issuer-uuid", &variant)
            .unwrap_or_else(|e| panic!("{variant:?}: {e}"));
    }
    // A CI secret holding the PEM with literal `\n` sequences.
    let escaped = good.replace('\n', "\\n");
    let c = Credentials::from_lookup(|name| match name {
        "ASC_KEY_ID" => Some("ABCDE12345".into()),
        "ASC_ISSUER_ID" => Some("issuer-uuid".into()),
        "ASC_PRIVATE_KEY" => Some(escaped.clone()),
        _ => None,
    });
    assert!(c.is_ok(), "{c:?}");
}

#[test]
fn key_files_that_cannot_be_used_are_named() {
    let dir = std::env::temp_dir().join(format!("asc-user-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lookup = |path: std::path::PathBuf| {
        move |name: &str| match name {
            "ASC_KEY_ID" => Some("ABCDE12345".to_owned()),
            "ASC_ISSUER_ID" => Some("issuer-uuid".to_owned()),
            "ASC_PRIVATE_KEY_PATH" => Some(path.display().to_string()),
            _ => None,
        }
    };
    let missing = dir.join("AuthKey_MISSING.p8");
    let e = Credentials::from_lookup(lookup(missing.clone())).unwrap_err();
    assert!(matches!(e, Error::Environment(_)), "{e:?}");
    let text = e.to_string();
    assert!(
        text.contains("AuthKey_MISSING.p8") && text.contains("ASC_PRIVATE_KEY_PATH"),
        "{text}"
    );

    let e = Credentials::from_lookup(lookup(dir.clone())).unwrap_err();
    assert!(
        e.to_string().contains("cannot read the private key file"),
        "{e}"
    );

    let empty = dir.join("AuthKey_EMPTY.p8");
    std::fs::write(&empty, "").unwrap();
    let e = Credentials::from_lookup(lookup(empty)).unwrap_err();
    assert!(e.to_string().contains("empty"), "{e}");

    let good = dir.join("AuthKey_GOOD.p8");
    std::fs::write(&good, p256_pem()).unwrap();
    assert!(Credentials::from_lookup(lookup(good)).is_ok());

    let e = Credentials::from_lookup(|name| (name == "ASC_KEY_ID").then(|| "K".to_owned()))
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("ASC_PRIVATE_KEY_PATH or ASC_PRIVATE_KEY"),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------- base URLs

fn build_with(url: &str) -> Result<Client, Error> {
    Client::builder()
        .credentials(Credentials::team("ABCDE12345", "issuer-uuid", p256_pem()).unwrap())
        .base_url(url)
        .retry(RetryPolicy::none())
        .build()
}

#[test]
fn wrong_base_urls_are_refused_with_an_example() {
    for (url, why) in [
        ("127.0.0.1:8080", "has no scheme"),
        ("api.appstoreconnect.apple.com", "has no scheme"),
        ("api.appstoreconnect.apple.com/v1", "has no scheme"),
        ("", "has no scheme"),
        (
            "ftp://api.appstoreconnect.apple.com",
            "must use http or https",
        ),
        ("file:///tmp/x", "must use http or https"),
        (
            "https://api.appstoreconnect.apple.com/?limit=1",
            "must not have a query",
        ),
        (
            "https://api.appstoreconnect.apple.com/#top",
            "must not have a query or fragment",
        ),
        (
            "https://user:secret@api.appstoreconnect.apple.com",
            "user name or password",
        ),
        ("https://", "is not a URL"),
        ("http://exa mple.com", "is not a URL"),
        ("user:secret@api.appstoreconnect.apple.com", "has no scheme"),
    ] {
        let e = build_with(url).unwrap_err();
        assert!(matches!(e, Error::Config(_)), "{url:?}: {e:?}");
        let text = e.to_string();
        assert!(text.contains(why), "{url:?}: {text}");
        assert!(
            text.contains("https://api.appstoreconnect.apple.com or http://127.0.0.1:8080"),
            "{url:?}: {text}"
        );
        if url.contains("secret") {
            // The refusal quotes the URL given, but never a password in it.
            assert!(
                !text.contains("secret") && !text.contains("user:"),
                "{text}"
            );
            assert!(text.contains("***@api.appstoreconnect.apple.com"), "{text}");
        }
    }
    let e = Client::builder().build().unwrap_err().to_string();
    assert!(
        e.contains("no credentials") && e.contains("Credentials::from_env"),
        "{e}"
    );
    let e = Client::builder()
        .credentials(Credentials::individual("ABCDE12345", p256_pem()).unwrap())
        .timeout(Duration::ZERO)
        .build()
        .unwrap_err()
        .to_string();
    assert!(e.contains("timeout must be greater than zero"), "{e}");
}

/// A path prefix is kept and a trailing slash does not double: the request
/// arrives at `/prefix/v1/...` on a real server.
#[tokio::test]
async fn base_url_with_a_path_prefix_is_kept() {
    let server = Server::start(|_, _| Answer::json(200, image_document("ID1"))).await;
    let variants = [
        (format!("{}/prefix", server.url), "/prefix/v1/"),
        (format!("{}/prefix/", server.url), "/prefix/v1/"),
        (format!("{}/a/b/", server.url), "/a/b/v1/"),
        (format!("{}/", server.url), "/v1/"),
        (server.url.clone(), "/v1/"),
        (format!("  {}/prefix  ", server.url), "/prefix/v1/"),
        (server.url.replace("http://", "HTTP://"), "/v1/"),
    ];
    for (i, (url, prefix)) in variants.iter().enumerate() {
        let client = build_with(url).unwrap_or_else(|e| panic!("{url:?}: {e}"));
        assert!(!client.base_url().ends_with('/'), "{}", client.base_url());
        let image = ReadRequest::<Image>::new(&client, "ID1")
            .include([ImageInclude::GameCenterAchievementLocalization])
            .send()
            .await
            .unwrap_or_else(|e| panic!("{url:?}: {e}"));
        assert_eq!(image.data.file_name.as_deref(), Some("coffee1.png"));
        let seen = &server.seen()[i];
        assert_eq!(
            seen.target,
            format!(
                "{prefix}gameCenterAchievementImages/ID1?include=gameCenterAchievementLocalization"
            ),
            "{url:?}"
        );
        assert_eq!(seen.method, "GET");
    }
}
