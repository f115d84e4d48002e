//! Assets over HTTP: the pre-signed-URL stand-in that receives the parts, the
//! processing that turns committed bytes into `COMPLETE` or `FAILED`, and the
//! image template route. The data model is in `asset.rs`.

use std::sync::{Arc, Weak};

use axum::body::{Body, to_bytes};
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;
use serde_json::json;

use crate::asset::{AssetState, delivery_state};
use crate::ids::segment;
use crate::image;
use crate::state::Shared;
use crate::sync::lock;

/// An S3-style XML error, as the storage behind Apple's upload URLs answers.
fn s3_error(status: u16, code: &str, message: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    );
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    resp
}

/// `PUT /upload/{token}/{part}`: no App Store Connect auth (the URL is the
/// credential). Every request here is logged by the server layer.
pub(crate) async fn upload(
    State(s): State<Arc<Shared>>,
    Path((token, part)): Path<(String, String)>,
    req: Request,
) -> Response {
    receive_part(&s, &token, &part, req).await
}

async fn receive_part(s: &Shared, token: &str, part: &str, req: Request) -> Response {
    let gone = || {
        s3_error(
            404,
            "NoSuchUpload",
            "The upload does not exist: it was committed, deleted or never reserved.",
        )
    };
    let (index, expected, content_type) = {
        let store = lock(&s.store);
        let Some(asset) = store.tokens.get(token).and_then(|k| store.assets.get(k)) else {
            return gone();
        };
        let Some((index, p)) = part
            .parse::<usize>()
            .ok()
            .and_then(|i| asset.ops.get(i).map(|p| (i, p.length)))
        else {
            return s3_error(
                404,
                "NoSuchKey",
                "This upload has no part with that number.",
            );
        };
        (index, p, asset.content_type.clone())
    };
    if req.method() != Method::PUT {
        return s3_error(
            405,
            "MethodNotAllowed",
            "Upload parts with the method given in uploadOperations (PUT).",
        );
    }
    let sent_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if sent_type != Some(content_type.as_str()) {
        return s3_error(
            403,
            "SignatureDoesNotMatch",
            "The request headers differ from the signed ones: send exactly the requestHeaders of the upload operation.",
        );
    }
    let limit = usize::try_from(expected)
        .unwrap_or(usize::MAX)
        .saturating_add(1);
    let body = match to_bytes(req.into_body(), limit).await {
        Ok(b) => b,
        Err(_) => {
            return s3_error(
                400,
                "EntityTooLarge",
                "The body is longer than the length of this part.",
            );
        }
    };
    if (body.len() as u64) != expected {
        return s3_error(
            400,
            "IncompleteBody",
            &format!(
                "The part must be {expected} bytes (the operation's length); {} arrived.",
                body.len()
            ),
        );
    }
    let mut store = lock(&s.store);
    let Some(asset) = store
        .tokens
        .get(token)
        .cloned()
        .and_then(|k| store.assets.get_mut(&k))
    else {
        return gone();
    };
    if asset.state != AssetState::AwaitingUpload {
        return gone();
    }
    asset.received.insert(index, body);
    let mut resp = Response::new(Body::empty());
    let etag = format!(
        "\"{:016x}\"",
        fnv(asset.received.get(&index).map_or(&[][..], |b| &b[..]))
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    resp
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Runs the processing of a committed asset after the configured delay.
pub(crate) fn schedule_processing(s: &Arc<Shared>, type_name: String, id: String) {
    let weak: Weak<Shared> = Arc::downgrade(s);
    let delay = s.config.processing_delay;
    tokio::spawn(async move {
        tokio::time::sleep(delay).await;
        if let Some(s) = weak.upgrade() {
            process(&s, &type_name, &id);
        }
    });
}

/// Decides `COMPLETE` or `FAILED` as Apple's processing would.
fn process(s: &Shared, type_name: &str, id: &str) {
    let mut store = lock(&s.store);
    let key = (type_name.to_owned(), id.to_owned());
    let Some(asset) = store.assets.get_mut(&key) else {
        return; // deleted meanwhile
    };
    if asset.state != AssetState::UploadComplete {
        return;
    }
    let missing: Vec<String> = (0..asset.ops.len())
        .filter(|i| !asset.received.contains_key(i))
        .map(|i| i.to_string())
        .collect();
    let outcome = if missing.is_empty() {
        let mut file = Vec::new();
        for b in asset.received.values() {
            file.extend_from_slice(b);
        }
        match image::inspect(&file) {
            Ok(info) => match s.config.image_sizes.get(type_name) {
                Some(sizes) if !sizes.contains(&(info.width, info.height)) => {
                    let allowed: Vec<String> =
                        sizes.iter().map(|(w, h)| format!("{w}x{h}")).collect();
                    Err((
                        "IMAGE_INCORRECT_DIMENSIONS",
                        format!(
                            "The image is {}x{}; images of {type_name} must be {}.",
                            info.width,
                            info.height,
                            allowed.join(" or ")
                        ),
                    ))
                }
                _ => Ok((info, Bytes::from(file))),
            },
            Err(why) => Err(("INVALID_IMAGE", why)),
        }
    } else {
        Err((
            "INVALID_IMAGE",
            format!(
                "The asset was committed before all parts were uploaded (missing parts: {}).",
                missing.join(", ")
            ),
        ))
    };
    let (state, attrs) = match outcome {
        Ok((info, file)) => {
            let template = format!(
                "{}/image/{}/{}/{}/{{w}}x{{h}}bb.{{f}}",
                s.base_url,
                segment(type_name),
                segment(id),
                segment(&asset.file_name)
            );
            asset.file = Some(file);
            (
                AssetState::Complete,
                vec![
                    (
                        "assetDeliveryState",
                        delivery_state(AssetState::Complete, None),
                    ),
                    (
                        "imageAsset",
                        json!({"templateUrl": template, "width": info.width, "height": info.height}),
                    ),
                ],
            )
        }
        Err((code, description)) => (
            AssetState::Failed,
            vec![(
                "assetDeliveryState",
                delivery_state(
                    AssetState::Failed,
                    Some(json!([{"code": code, "description": description}])),
                ),
            )],
        ),
    };
    asset.state = state;
    asset.received.clear();
    if let Some(stored) = store.get_mut(type_name, id) {
        for (k, v) in attrs {
            stored.attributes.insert(k.to_owned(), v);
        }
    }
}

/// `GET /image/{type}/{id}/{file}/{spec}`: the processed file, at any size asked
/// for (the emulator does not resize).
pub(crate) async fn image(
    State(s): State<Arc<Shared>>,
    Path((type_name, id, _file, _spec)): Path<(String, String, String, String)>,
) -> Response {
    let store = lock(&s.store);
    let file = store
        .assets
        .get(&(type_name, id))
        .and_then(|a| a.file.clone());
    match file {
        Some(bytes) => {
            let ct =
                image::inspect(&bytes).map_or("application/octet-stream", |i| i.content_type());
            let mut resp = Response::new(Body::from(bytes));
            resp.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
            resp
        }
        None => s3_error(404, "NoSuchKey", "No processed image here."),
    }
}
