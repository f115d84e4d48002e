//! The list and linkage grammar at run time: generated endpoint types,
//! filters, sort keys and limits, the `LISTS`/`LINKAGES` tables, and the
//! paths and queries of the generated requests (no server needed: the
//! requests are inspected before sending).
#![deny(warnings, unused_qualifications, missing_docs)]
#![warn(clippy::pedantic)]

use asc_core::{
    AscResource, Client, Credentials, Filter, FilterMeta, LinkageMeta, ListEndpoint, ListMeta,
    Resource, Selector, ToMany, ToOne,
};

/// A throwaway P-256 key made for these tests; it signs nothing that is sent.
const TEST_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDD8EPJO3NN3PuPZs
IMJ1gHXY1twooZclqCMPIuwil3mhRANCAARU7a1J0rLtZ1ccNE+Rbsj2/UwZv9YA
3SsajtWE3QT/qFRe97IqBGLZodzIHHb/V6p37z1u4H5Uv5l578CLnaGG
-----END PRIVATE KEY-----
";

/// A user's own enum of filter values: its `Display` is Apple's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// `IOS`.
    Ios,
    /// `MAC_OS`.
    MacOs,
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Platform::Ios => "IOS",
            Platform::MacOs => "MAC_OS",
        })
    }
}

/// An app: a top-level list with every kind of filter, and lists and
/// linkage on its relationships.
#[derive(AscResource, Debug, Clone)]
#[asc(
    type = "apps",
    list(
        filter(
            bundleId: strings,
            id: ids,
            platform: Platform,
            "appStoreVersions.appStoreState": ["READY_FOR_SALE", "IN_REVIEW"],
            archived: bool,
        ),
        exists(gameCenterEnabledVersions),
        sort(name, bundleId),
        limit = 200
    )
)]
pub struct App {
    /// The id.
    pub id: String,
    /// The name.
    pub name: Option<String>,
    /// Builds: a related list with a required filter and a large page, and
    /// every to-many linkage route (`relationship` is implied).
    #[asc(
        include,
        include_limit = 1000,
        list(filter(version: required strings, processed: bool), sort(uploadedDate), limit = 300),
        linkage(get, add, remove, replace)
    )]
    pub builds: ToMany<Build>,
    /// Beta groups: a plain related list.
    #[asc(list)]
    pub beta_groups: ToMany<Build>,
    /// The owner: to-one linkage.
    #[asc(linkage(get, set))]
    pub owner: ToOne<Build>,
}

/// A build.
#[derive(AscResource, Debug, Clone)]
#[asc(type = "builds")]
pub struct Build {
    /// The id.
    pub id: String,
    /// The version.
    pub version: Option<String>,
}

fn client() -> Client {
    Client::builder()
        .credentials(Credentials::individual("TESTKEY123", TEST_KEY).expect("test key"))
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("client")
}

#[test]
fn the_top_level_list_renders_typed_filters_sort_and_limit() {
    let client = client();
    let request = App::list(&client)
        .filter(AppListFilter::BundleId(vec!["com.example".into()]))
        .filter(AppListFilter::Id(vec!["1".into(), "2".into()]))
        .filter(AppListFilter::Platform(vec![
            Platform::Ios,
            Platform::MacOs,
        ]))
        .filter(AppListFilter::AppStoreVersionsAppStoreState(vec![
            AppListAppStoreVersionsAppStoreState::ReadyForSale,
        ]))
        .filter(AppListFilter::Archived(false))
        .filter(AppListFilter::ExistsGameCenterEnabledVersions(true))
        .sort([AppListSort::NameDesc, AppListSort::BundleId])
        .limit(200);
    let query = request.path_and_query().unwrap();
    let decoded = query
        .replace("%5B", "[")
        .replace("%5D", "]")
        .replace("%2C", ",");
    assert_eq!(
        decoded,
        "/v1/apps?filter[bundleId]=com.example&filter[id]=1,2&filter[platform]=IOS,MAC_OS\
         &filter[appStoreVersions.appStoreState]=READY_FOR_SALE&filter[archived]=false\
         &exists[gameCenterEnabledVersions]=true&sort=-name,bundleId&limit=200",
        "{query}"
    );
}

#[test]
fn sort_keys_are_ascending_and_descending() {
    assert_eq!(
        AppListSort::NAMES,
        ["name", "-name", "bundleId", "-bundleId"]
    );
    assert_eq!(AppListSort::BundleIdDesc.as_str(), "-bundleId");
    assert_eq!(AppBuildsSort::UploadedDateDesc.as_str(), "-uploadedDate");
    // Sort keys are selectors like the others: they print and parse as Apple spells them.
    assert_eq!(AppListSort::NameDesc.to_string(), "-name");
    assert_eq!(
        "-bundleId".parse::<AppListSort>(),
        Ok(AppListSort::BundleIdDesc)
    );
    assert!("bundle_id".parse::<AppListSort>().is_err());
    assert_eq!(AppListFilter::Archived(true).values(), ["true"]);
    assert_eq!(
        AppListAppStoreVersionsAppStoreState::InReview.to_string(),
        "IN_REVIEW"
    );
}

#[test]
fn related_lists_take_required_filters_as_parameters_and_their_own_limit() {
    let client = client();
    let request = App::list_builds(&client, "A1", ["1.0", "1.1"])
        .filter(AppBuildsFilter::Processed(true))
        .sort([AppBuildsSort::UploadedDate])
        .limit(300);
    assert_eq!(
        request.path_and_query().unwrap(),
        "/v1/apps/A1/builds?filter%5Bversion%5D=1.0,1.1&filter%5Bprocessed%5D=true\
         &sort=uploadedDate&limit=300"
    );
    assert_eq!(<AppBuildsList as ListEndpoint>::MAX_LIMIT, 300);
    assert_eq!(<AppBetaGroupsList as ListEndpoint>::MAX_LIMIT, 200);
    assert_eq!(
        App::list_beta_groups(&client, "A1")
            .path_and_query()
            .unwrap(),
        "/v1/apps/A1/betaGroups"
    );
}

#[test]
fn a_limit_beyond_the_endpoint_maximum_is_refused_naming_it() {
    let client = client();
    let err = App::list(&client).limit(201).path_and_query().unwrap_err();
    assert!(err.to_string().contains("1 to 200"), "{err}");
    let err = App::list_builds(&client, "A1", ["1.0"])
        .limit(301)
        .path_and_query()
        .unwrap_err();
    assert!(err.to_string().contains("1 to 300"), "{err}");
    // An empty required filter is refused too.
    let none: [&str; 0] = [];
    let err = App::list_builds(&client, "A1", none)
        .path_and_query()
        .unwrap_err();
    assert!(err.to_string().contains("filter[version]"), "{err}");
}

#[test]
fn include_limit_declares_the_largest_limit_of_an_included_relationship() {
    assert_eq!(App::INCLUDE_LIMITS, [("builds", 1000)]);
    assert!(Build::INCLUDE_LIMITS.is_empty());
    let client = client();
    let query = App::list(&client)
        .include([AppInclude::Builds])
        .include_limit(AppInclude::Builds, 1000)
        .path_and_query()
        .unwrap();
    assert_eq!(query, "/v1/apps?include=builds&limit%5Bbuilds%5D=1000");
    let err = App::list(&client)
        .include([AppInclude::Builds])
        .include_limit(AppInclude::Builds, 1001)
        .path_and_query()
        .unwrap_err();
    assert!(err.to_string().contains("1 to 1000 builds"), "{err}");
}

#[test]
fn linkage_functions_build_the_relationship_routes() {
    let client = client();
    assert_eq!(
        App::list_builds_ids(&client, "A1")
            .path_and_query()
            .unwrap(),
        "/v1/apps/A1/relationships/builds"
    );
    let add = App::add_builds(&client, "A1", &["B1"]);
    assert_eq!(add.method().as_str(), "POST");
    assert_eq!(
        add.path_and_query().unwrap(),
        "/v1/apps/A1/relationships/builds"
    );
    assert_eq!(
        App::remove_builds(&client, "A1", &["B1"]).method().as_str(),
        "DELETE"
    );
    assert_eq!(
        App::replace_builds(&client, "A1", &[]).method().as_str(),
        "PATCH"
    );
    assert_eq!(
        App::read_owner_id(&client, "A1").path_and_query().unwrap(),
        "/v1/apps/A1/relationships/owner"
    );
    assert_eq!(
        App::set_owner(&client, "A1", None).method().as_str(),
        "PATCH"
    );
}

#[test]
fn lists_and_linkages_are_described_for_servers() {
    let meta = App::meta();
    assert_eq!(meta.lists.len(), 3);
    let top = meta.list(None).unwrap();
    assert_eq!(top.max_limit, 200);
    assert_eq!(top.sort, ["name", "bundleId"]);
    assert_eq!(
        top.filters[3],
        FilterMeta {
            parameter: "filter[appStoreVersions.appStoreState]",
            field: "appStoreVersions.appStoreState",
            values: &["READY_FOR_SALE", "IN_REVIEW"],
            required: false,
        }
    );
    assert_eq!(
        top.filters[5].parameter,
        "exists[gameCenterEnabledVersions]"
    );
    assert_eq!(
        *meta.list(Some("builds")).unwrap(),
        ListMeta {
            relationship: Some("builds"),
            filters: &[
                FilterMeta {
                    parameter: "filter[version]",
                    field: "version",
                    values: &[],
                    required: true,
                },
                FilterMeta {
                    parameter: "filter[processed]",
                    field: "processed",
                    values: &["true", "false"],
                    required: false,
                },
            ],
            sort: &["uploadedDate"],
            max_limit: 300,
        }
    );
    assert_eq!(
        meta.linkages,
        [
            LinkageMeta {
                relationship: "builds",
                get: true,
                add: true,
                remove: true,
                replace: true,
            },
            LinkageMeta {
                relationship: "owner",
                get: true,
                add: false,
                remove: false,
                replace: true,
            },
        ]
    );
    // `relationship` is implied by `list`, `linkage` and `include`.
    assert_eq!(App::RELATIONSHIPS.len(), 3);
    assert!(Build::LISTS.is_empty() && Build::LINKAGES.is_empty());
}

/// asc-core under another path, as for a user who renames the dependency.
mod reexport {
    pub use asc_core::*;
}

/// Declared through `crate = "..."`: the expansion names only that path.
#[derive(AscResource, Debug, Clone)]
#[asc(type = "widgets", crate = "crate::reexport", list(filter(id: ids), sort(name)))]
pub struct Widget {
    /// The id.
    pub id: String,
    /// The name.
    pub name: Option<String>,
    /// Parts.
    #[asc(list, linkage(get))]
    pub parts: ToMany<Widget>,
}

/// A payload through a renamed crate.
#[derive(asc_core::AscPayload)]
#[asc(type = "widgets", crate = "crate::reexport")]
pub struct WidgetCreate {
    /// The name.
    pub name: Option<String>,
}

#[test]
fn a_renamed_crate_path_works() {
    let client = client();
    assert_eq!(
        Widget::list(&client)
            .filter(WidgetListFilter::Id(vec!["W".into()]))
            .sort([WidgetListSort::NameDesc])
            .path_and_query()
            .unwrap(),
        "/v1/widgets?filter%5Bid%5D=W&sort=-name"
    );
    assert_eq!(Widget::LISTS.len(), 2);
    assert_eq!(
        serde_json::to_string(&asc_core::WriteDocument::update(
            "W",
            &WidgetCreate {
                name: Some("n".into())
            }
        ))
        .unwrap(),
        r#"{"data":{"type":"widgets","id":"W","attributes":{"name":"n"}}}"#
    );
}
