//! The derive's behaviour at run time: names, decoding, metadata and requests
//! of resources declared here, outside asc-resources. The strict lints check
//! that the expansion is warning-free and clippy-clean in a user's crate.
#![deny(warnings, unused_qualifications, missing_docs)]
#![warn(clippy::pedantic)]

use std::str::FromStr;

use asc_core::{
    AppMediaAssetState, AscPayload, AscResource, Asset, Client, Credentials, Linkage, Payload,
    Resource, Response, Selector, ToMany, ToOne, UploadOperation,
};

/// A throwaway P-256 key made for these tests; it signs nothing that is sent.
const TEST_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDD8EPJO3NN3PuPZs
IMJ1gHXY1twooZclqCMPIuwil3mhRANCAARU7a1J0rLtZ1ccNE+Rbsj2/UwZv9YA
3SsajtWE3QT/qFRe97IqBGLZodzIHHb/V6p37z1u4H5Uv5l578CLnaGG
-----END PRIVATE KEY-----
";

/// A book, with every kind of member the grammar knows.
#[derive(AscResource, Debug, Clone, PartialEq)]
#[asc(type = "books", path = "/v3/books")]
pub struct Book {
    /// The id.
    pub id: String,
    /// The title.
    pub title: Option<String>,
    /// A number.
    pub page_count: Option<i64>,
    /// Renamed: Apple spells it `ISBN`.
    #[asc(rename = "ISBN")]
    pub isbn: Option<String>,
    /// A nested value.
    pub tags: Option<Vec<String>>,
    /// The author, includable and readable through the relationship.
    #[asc(relationship, include, related)]
    pub author: ToOne<Author>,
    /// Chapters, includable.
    #[asc(relationship, include)]
    pub chapters: ToMany<Chapter>,
    /// Not includable.
    #[asc(relationship)]
    pub shelf_mate: ToOne<Book>,
}

/// An author: the default path, and no includes.
#[derive(AscResource, Debug, Clone)]
#[asc(type = "authors")]
pub struct Author {
    /// The id.
    pub id: String,
    /// The name.
    pub name: Option<String>,
}

/// A resource with only an id: both enums are empty.
#[derive(AscResource, Debug, Clone)]
#[asc(type = "chapters")]
pub struct Chapter {
    /// The id.
    pub id: String,
}

/// A private declaration with a restricted visibility works too.
#[derive(AscResource, Debug)]
#[asc(type = "authors", path = "/v2/authors")]
pub(crate) struct AuthorV2 {
    pub(crate) id: String,
    /// The name, under another Rust name.
    #[asc(rename = "name")]
    pub(crate) full_name: Option<String>,
}

/// A cover: uploadable, with every write operation.
#[derive(AscResource, Debug, Clone)]
#[asc(type = "covers", path = "/v2/covers", create = CoverCreate, update = CoverUpdate)]
#[asc(delete, asset)]
pub struct Cover {
    /// The id.
    pub id: String,
    /// The file name.
    pub file_name: Option<String>,
    /// The size.
    pub file_size: Option<i64>,
    /// Where to upload.
    pub upload_operations: Option<Vec<UploadOperation>>,
    /// Processing.
    pub asset_delivery_state: Option<AppMediaAssetState>,
    /// The book it is the cover of.
    #[asc(relationship, include, parent)]
    pub book: ToOne<Book>,
}

/// Reserves a cover.
#[derive(AscPayload, Debug, Clone)]
#[asc(type = "covers")]
pub struct CoverCreate {
    /// The size.
    pub file_size: i64,
    /// The file name.
    pub file_name: String,
    /// An optional note.
    pub note: Option<String>,
    /// The book.
    #[asc(relationship)]
    pub book: Linkage<Book>,
}

/// Commits or moves a cover.
#[derive(AscPayload, Debug, Clone, Default)]
#[asc(type = "covers")]
pub struct CoverUpdate {
    /// Commits the upload.
    pub uploaded: Option<bool>,
    /// Another book.
    #[asc(relationship, rename = "book")]
    pub move_to: Option<Linkage<Book>>,
}

fn client() -> Client {
    Client::builder()
        .credentials(Credentials::individual("TESTKEY123", TEST_KEY).expect("test key"))
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("client")
}

#[test]
fn field_enum_names_follow_the_declaration() {
    use BookField as F;
    assert_eq!(
        BookField::all(),
        [
            F::Title,
            F::PageCount,
            F::Isbn,
            F::Tags,
            F::Author,
            F::Chapters,
            F::ShelfMate
        ]
    );
    let names: Vec<_> = BookField::all().iter().map(|f| f.as_str()).collect();
    assert_eq!(
        names,
        [
            "title",
            "pageCount",
            "ISBN",
            "tags",
            "author",
            "chapters",
            "shelfMate"
        ]
    );
    assert_eq!(<BookField as Selector>::NAMES, names.as_slice());
    for (i, f) in BookField::all().iter().enumerate() {
        assert_eq!(f.index(), i);
        assert_eq!(f.to_string(), f.as_str());
        assert_eq!(BookField::from_str(f.as_str()), Ok(*f));
    }
    assert_eq!(format!("[{:>10}]", F::Tags), "[      tags]");
    assert_eq!(
        <BookField as asc_core::FieldSelector>::RESOURCE_TYPE,
        "books"
    );
    assert_eq!(AuthorV2Field::all(), [AuthorV2Field::FullName]);
    assert_eq!(AuthorV2Field::FullName.as_str(), "name");
}

#[test]
fn from_str_errors_list_the_valid_names() {
    let err = BookField::from_str("pagecount").unwrap_err();
    assert_eq!(err.given, "pagecount");
    assert_eq!(err.valid, <BookField as Selector>::NAMES);
    assert_eq!(
        err.to_string(),
        "`pagecount` is not a field of books; expected one of: \
         title, pageCount, ISBN, tags, author, chapters, shelfMate"
    );
    let err = "shelfMate".parse::<BookInclude>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "`shelfMate` is not a relationship of books that `include` takes; \
         expected one of: author, chapters"
    );
    let err = "x".parse::<ChapterInclude>().unwrap_err();
    assert!(err.to_string().ends_with("there are none"), "{err}");
}

#[test]
fn include_enum_has_only_include_relationships() {
    assert_eq!(
        BookInclude::all(),
        [BookInclude::Author, BookInclude::Chapters]
    );
    assert_eq!(BookInclude::Chapters.as_str(), "chapters");
    assert_eq!("author".parse::<BookInclude>(), Ok(BookInclude::Author));
    assert!(AuthorInclude::all().is_empty());
    assert!(ChapterField::all().is_empty());
}

#[test]
fn resource_metadata_is_the_declaration() {
    assert_eq!(Book::TYPE, "books");
    assert_eq!(Book::PATH, "/v3/books");
    assert_eq!(Author::PATH, "/v1/authors");
    assert_eq!(AuthorV2::PATH, "/v2/authors");
    assert_eq!(Book::ATTRIBUTES, ["title", "pageCount", "ISBN", "tags"]);
    let rels = Book::RELATIONSHIPS;
    assert_eq!(rels.len(), 3);
    assert_eq!(
        rels[0],
        asc_core::RelationshipMeta {
            name: "author",
            target_type: "authors",
            target_path: "/v1/authors",
            to_many: false,
            include: true,
        }
    );
    assert_eq!(
        (
            rels[1].name,
            rels[1].target_type,
            rels[1].to_many,
            rels[1].include
        ),
        ("chapters", "chapters", true, true)
    );
    assert_eq!(
        (
            rels[2].name,
            rels[2].target_path,
            rels[2].to_many,
            rels[2].include
        ),
        ("shelfMate", "/v3/books", false, false)
    );
    let meta = Book::meta();
    assert!(meta.has_field("ISBN") && !meta.has_field("isbn"));
}

#[test]
fn decodes_a_resource_object() {
    let json = r#"{
        "type": "books", "id": "b1",
        "attributes": {
            "title": "Dune", "pageCount": 412, "ISBN": "978-0441013593",
            "tags": ["sf"], "unknownAttribute": {"nested": [1, 2]}
        },
        "relationships": {
            "author": {"data": {"type": "authors", "id": "a1"}, "links": {"related": "u"}},
            "chapters": {"data": [{"type": "chapters", "id": "c1"}, {"type": "chapters", "id": "c2"}]},
            "shelfMate": {"links": {"self": "s"}},
            "unknownRelationship": {"data": null}
        },
        "links": {"self": "https://example.invalid/v3/books/b1"},
        "meta": {"anything": true}
    }"#;
    let book: Book = serde_json::from_str(json).unwrap();
    assert_eq!(book.id, "b1");
    assert_eq!(book.title.as_deref(), Some("Dune"));
    assert_eq!(book.page_count, Some(412));
    assert_eq!(book.isbn.as_deref(), Some("978-0441013593"));
    assert_eq!(book.tags, Some(vec!["sf".to_owned()]));
    assert_eq!(book.author.id(), Some("a1"));
    assert_eq!(
        book.author
            .links
            .as_ref()
            .and_then(|l| l.related.as_deref()),
        Some("u")
    );
    assert_eq!(book.chapters.ids().collect::<Vec<_>>(), ["c1", "c2"]);
    assert_eq!(book.shelf_mate.id(), None);
    assert!(book.shelf_mate.links.is_some());
}

#[test]
fn absent_or_null_members_are_none() {
    let sparse: Book = serde_json::from_str(
        r#"{"type":"books","id":"b2","attributes":{"title":null,"pageCount":7}}"#,
    )
    .unwrap();
    assert_eq!(sparse.title, None);
    assert_eq!(sparse.page_count, Some(7));
    assert_eq!((sparse.isbn, sparse.tags), (None, None));
    assert_eq!(sparse.author.id(), None);
    assert_eq!(sparse.chapters.ids().count(), 0);

    let bare: Book = serde_json::from_str(
        r#"{"type":"books","id":"b3","attributes":null,"relationships":null}"#,
    )
    .unwrap();
    assert_eq!(bare.id, "b3");
    assert_eq!(bare.title, None);
    let chapter: Chapter = serde_json::from_str(r#"{"type":"chapters","id":"c1"}"#).unwrap();
    assert_eq!(chapter.id, "c1");
}

#[test]
fn decoding_errors_name_the_problem() {
    let err = serde_json::from_str::<Book>(r#"{"type":"books","attributes":{}}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `id`"), "{err}");
    let err =
        serde_json::from_str::<Book>(r#"{"type":"books","id":"b","attributes":{"pageCount":"x"}}"#)
            .unwrap_err();
    assert!(
        err.to_string()
            .contains("invalid type: string \"x\", expected i64"),
        "{err}"
    );
}

#[test]
fn two_declarations_of_one_type_decode_the_same_object() {
    let json = r#"{"type":"authors","id":"a1","attributes":{"name":"Frank Herbert"}}"#;
    let v1: Author = serde_json::from_str(json).unwrap();
    let v2: AuthorV2 = serde_json::from_str(json).unwrap();
    assert_eq!((&v1.id, &v1.name), (&v2.id, &v2.full_name));
    assert_eq!(Author::TYPE, AuthorV2::TYPE);
    assert_ne!(Author::PATH, AuthorV2::PATH);
}

#[test]
fn read_builds_typed_requests() {
    let client = client();
    let request = Book::read(&client, "b1")
        .fields([BookField::Title, BookField::Author])
        .fields([AuthorField::Name])
        .include([BookInclude::Author]);
    assert_eq!(
        request.path_and_query().unwrap(),
        "/v3/books/b1?fields%5Bbooks%5D=title,author&fields%5Bauthors%5D=name&include=author"
    );
    assert_eq!(
        Book::read(&client, String::from("b 2"))
            .path_and_query()
            .unwrap(),
        "/v3/books/b%202"
    );
    let related = Book::read_author(&client, "b1").fields([AuthorField::Name]);
    assert_eq!(
        related.path_and_query().unwrap(),
        "/v3/books/b1/author?fields%5Bauthors%5D=name"
    );
    assert!(Book::read(&client, "../x").path_and_query().is_err());
}

#[test]
// `HeaderMap` cannot be named here without a direct dependency on `http`.
#[allow(clippy::default_trait_access)]
fn responses_decode_into_the_declared_type() {
    let body = r#"{
        "data": {"type":"books","id":"b1","attributes":{"title":"Dune"},
                 "relationships":{"author":{"data":{"type":"authors","id":"a1"}}}},
        "included": [
            {"type":"authors","id":"a1","attributes":{"name":"Frank Herbert"}},
            {"type":"chapters","id":"c1"}
        ],
        "links": {"self": "https://example.invalid/v3/books/b1"}
    }"#;
    let raw = asc_core::RawResponse::new(200, Default::default(), body.as_bytes().to_vec());
    let response = Response::<Book>::from_raw(raw).unwrap();
    assert_eq!(response.data.title.as_deref(), Some("Dune"));
    let authors = response.included::<Author>();
    assert_eq!(authors.len(), 1);
    assert_eq!(authors[0].name.as_deref(), Some("Frank Herbert"));
    assert_eq!(response.data.author.id(), Some(authors[0].id.as_str()));
    assert_eq!(response.included::<Chapter>().len(), 1);
}

#[test]
#[allow(clippy::default_trait_access)]
fn a_resource_of_another_type_is_refused_naming_both_types() {
    let body = r#"{"data":{"type":"authors","id":"a1","attributes":{"name":"Frank Herbert"}}}"#;
    let raw = asc_core::RawResponse::new(200, Default::default(), body.as_bytes().to_vec());
    let err = Response::<Book>::from_raw(raw).unwrap_err();
    assert!(
        matches!(
            err,
            asc_core::Error::UnexpectedResponse {
                status: Some(200),
                ..
            }
        ),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("`authors`") && text.contains("`books`") && text.contains("data.type"),
        "{text}"
    );
    // Wherever `type` stands, and in a list of them too.
    let err = serde_json::from_str::<Book>(r#"{"id":"b1","attributes":{},"type":"chapters"}"#)
        .unwrap_err();
    assert!(err.to_string().contains("`chapters`"), "{err}");
    let raw = asc_core::RawResponse::new(
        200,
        Default::default(),
        br#"{"data":[{"type":"books","id":"b1"},{"type":"authors","id":"a1"}]}"#.to_vec(),
    );
    let err = asc_core::Page::<Book>::from_raw(raw).unwrap_err();
    assert!(err.to_string().contains("data[1].type"), "{err}");
    // Without a `type` nothing is compared, as before.
    let book: Book = serde_json::from_str(r#"{"id":"b1"}"#).unwrap();
    assert_eq!(book.id, "b1");
}

#[test]
fn repeated_members_are_refused_and_arrays_read_in_order() {
    for json in [
        r#"{"type":"books","id":"b1","id":"b2"}"#,
        r#"{"type":"books","id":"b1","attributes":{"title":"a","title":"b"}}"#,
        r#"{"type":"books","id":"b1","relationships":{"author":{},"author":{}}}"#,
    ] {
        let err = serde_json::from_str::<Book>(json).unwrap_err();
        assert!(err.to_string().contains("duplicate field"), "{json}: {err}");
    }
    let book: Book = serde_json::from_str(r#"["books","b1",["Dune",412]]"#).unwrap();
    assert_eq!(
        (book.id.as_str(), book.title.as_deref()),
        ("b1", Some("Dune"))
    );
    assert_eq!(book.page_count, Some(412));
    assert!(serde_json::from_str::<Book>(r#"["books"]"#).is_err());
    assert!(serde_json::from_str::<Book>(r#"["authors","b1"]"#).is_err());
}

#[test]
fn writes_build_apples_requests() {
    let client = client();
    let create = Cover::create(
        &client,
        &CoverCreate {
            file_size: 5,
            file_name: "c.png".into(),
            note: None,
            book: Linkage::new("b1"),
        },
    );
    assert_eq!(create.path().unwrap(), "/v2/covers");
    assert_eq!(
        std::str::from_utf8(create.body().unwrap()).unwrap(),
        r#"{"data":{"type":"covers","attributes":{"fileSize":5,"fileName":"c.png"},"relationships":{"book":{"data":{"type":"books","id":"b1"}}}}}"#
    );
    let update = Cover::update(
        &client,
        "c 1",
        &CoverUpdate {
            uploaded: Some(true),
            move_to: None,
        },
    );
    assert_eq!(update.path().unwrap(), "/v2/covers/c%201");
    assert_eq!(
        std::str::from_utf8(update.body().unwrap()).unwrap(),
        r#"{"data":{"type":"covers","id":"c 1","attributes":{"uploaded":true}}}"#
    );
    let moved = Cover::update(
        &client,
        "c1",
        &CoverUpdate {
            uploaded: None,
            move_to: Some("b2".into()),
        },
    );
    assert_eq!(
        std::str::from_utf8(moved.body().unwrap()).unwrap(),
        r#"{"data":{"type":"covers","id":"c1","relationships":{"book":{"data":{"type":"books","id":"b2"}}}}}"#
    );
    assert_eq!(
        Cover::delete(&client, "c1").path().unwrap(),
        "/v2/covers/c1"
    );
    assert!(
        Cover::update(&client, "", &CoverUpdate::default())
            .path()
            .is_err()
    );
}

#[test]
fn an_asset_describes_its_parent_and_files() {
    assert_eq!(<Cover as Asset>::PARENT_RELATIONSHIP, "book");
    assert_eq!(<<Cover as Asset>::Parent as Resource>::PATH, "/v3/books");
    assert_eq!(<CoverCreate as Payload>::TYPE, Cover::TYPE);
    let cover: Cover = serde_json::from_str(
        r#"{"type":"covers","id":"c1","attributes":{"fileName":"c.png","fileSize":5,
            "uploadOperations":[{"method":"PUT","url":"https://u.example/0","offset":0,"length":5}],
            "assetDeliveryState":{"state":"AWAITING_UPLOAD","errors":null}}}"#,
    )
    .unwrap();
    assert_eq!(cover.asset_id(), "c1");
    assert_eq!(Asset::file_name(&cover), Some("c.png"));
    assert_eq!(Asset::file_size(&cover), Some(5));
    assert_eq!(cover.upload_operations()[0].length, Some(5));
    assert_eq!(
        cover
            .delivery_state()
            .and_then(|s| s.state.as_ref())
            .map(asc_core::AssetDeliveryState::as_str),
        Some("AWAITING_UPLOAD")
    );
}
