//! Apple's `ErrorResponse` and the JSON answers the emulator sends.
//!
//! Codes, titles and details follow what App Store Connect answers in the wild
//! (`NOT_AUTHORIZED`, `PARAMETER_ERROR.INVALID`, `ENTITY_ERROR.RELATIONSHIP.INVALID`...).

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::{Value, json};

use crate::ids;

/// The detail Apple gives with `NOT_AUTHORIZED`.
pub(crate) const NOT_AUTHORIZED_DETAIL: &str = "Provide a properly configured and signed bearer token, and make sure that it has not \
     expired. Learn more about Generating Tokens for API Requests \
     https://developer.apple.com/go/?id=api-generating-tokens";

/// Why a request was refused, attached to the response for the request log
/// (the client sees Apple's wording only; a 401 says why here and nowhere else).
#[derive(Debug, Clone)]
pub(crate) struct Refusal(pub String);

/// One entry of Apple's `errors` array.
#[derive(Debug, Clone)]
pub(crate) struct AppleError {
    pub status: u16,
    pub code: String,
    pub title: String,
    pub detail: String,
    source: Option<(&'static str, String)>,
}

impl AppleError {
    pub fn new(
        status: u16,
        code: impl Into<String>,
        title: impl Into<String>,
        detail: impl Into<String>,
    ) -> Self {
        AppleError {
            status,
            code: code.into(),
            title: title.into(),
            detail: detail.into(),
            source: None,
        }
    }

    /// Points at a member of the request body (`/data/attributes/fileSize`).
    pub fn pointer(mut self, pointer: impl Into<String>) -> Self {
        self.source = Some(("pointer", pointer.into()));
        self
    }

    /// Names the query parameter at fault (`fields[gameCenterAchievementImages]`).
    pub fn parameter(mut self, parameter: impl Into<String>) -> Self {
        self.source = Some(("parameter", parameter.into()));
        self
    }

    pub fn to_json(&self) -> Value {
        let mut e = json!({
            "id": ids::uuid(),
            "status": self.status.to_string(),
            "code": self.code,
            "title": self.title,
            "detail": self.detail,
        });
        if let (Some((kind, value)), Some(obj)) = (&self.source, e.as_object_mut()) {
            obj.insert("source".into(), json!({ *kind: value }));
        }
        e
    }

    /// The whole `ErrorResponse` document.
    pub fn document(&self) -> Value {
        json!({ "errors": [self.to_json()] })
    }

    pub fn into_response(self) -> Response {
        let mut resp = json_response(self.status, &self.document());
        resp.extensions_mut()
            .insert(Refusal(format!("{}: {}", self.code, self.detail)));
        resp
    }

    pub fn not_authorized() -> Self {
        AppleError::new(
            401,
            "NOT_AUTHORIZED",
            "Authentication credentials are missing or invalid.",
            NOT_AUTHORIZED_DETAIL,
        )
    }

    pub fn not_found(type_name: &str, id: &str) -> Self {
        AppleError::new(
            404,
            "NOT_FOUND",
            "The specified resource does not exist",
            format!("There is no resource of type '{type_name}' with id '{id}'"),
        )
    }

    pub fn path_not_found() -> Self {
        AppleError::new(
            404,
            "NOT_FOUND",
            "The specified resource does not exist",
            "The path provided does not match a defined resource type.",
        )
    }

    pub fn method_not_allowed(method: &str) -> Self {
        AppleError::new(
            405,
            "METHOD_NOT_ALLOWED",
            "The request method is not valid for the resource path.",
            format!("The request method '{method}' is not valid for the resource path."),
        )
    }

    pub fn parameter_illegal(name: &str) -> Self {
        AppleError::new(
            400,
            "PARAMETER_ERROR.ILLEGAL",
            "A given parameter is not allowed for this request",
            format!("The parameter '{name}' can not be used with this request"),
        )
        .parameter(name)
    }

    pub fn parameter_invalid(name: &str, detail: impl Into<String>) -> Self {
        AppleError::new(
            400,
            "PARAMETER_ERROR.INVALID",
            "A parameter has an invalid value",
            detail,
        )
        .parameter(name)
    }

    /// Apple's answer to a `filter[...]` the list does not take (its
    /// documented example is `filter[emaill]`).
    pub fn filter_unknown(name: &str) -> Self {
        AppleError::parameter_invalid(
            &format!("filter[{name}]"),
            format!("'{name}' is not a valid filter type"),
        )
    }

    /// A cursor this list did not hand out, or one that has expired.
    pub fn bad_cursor(cursor: &str) -> Self {
        AppleError::parameter_invalid(
            "cursor",
            format!("'{cursor}' is not a valid cursor for this request"),
        )
    }

    /// Apple's 403 for an operation a resource does not offer, such as
    /// `GET_COLLECTION` or `UPDATE_RELATIONSHIP`, naming those it does.
    pub fn forbidden_operation(type_name: &str, operation: &str, allowed: &[&str]) -> Self {
        forbidden(format!(
            "The resource '{type_name}' does not allow '{operation}'. Allowed operations are: {}",
            list_or_none(allowed)
        ))
    }

    /// [`AppleError::forbidden_operation`] for a linkage route
    /// (`CREATE_RELATIONSHIP`, `UPDATE_RELATIONSHIP`, `DELETE_RELATIONSHIP`),
    /// naming the relationship.
    pub fn forbidden_relationship_operation(
        type_name: &str,
        relationship: &str,
        operation: &str,
        allowed: &[&str],
    ) -> Self {
        forbidden(format!(
            "The resource '{type_name}' does not allow '{operation}' for the relationship \
             '{relationship}'. Allowed operations are: {}",
            list_or_none(allowed)
        ))
    }

    pub fn rate_limited() -> Self {
        AppleError::new(
            429,
            "RATE_LIMIT_EXCEEDED",
            "The request rate limit has been reached.",
            "We've received too many requests for this API. Please wait and try again or slow down \
             your request rate.",
        )
    }

    pub fn unprocessable(detail: impl Into<String>) -> Self {
        AppleError::new(
            422,
            "ENTITY_UNPROCESSABLE",
            "The request entity is not valid.",
            detail,
        )
    }

    pub fn entity(detail: impl Into<String>, pointer: &str) -> Self {
        AppleError::new(
            409,
            "ENTITY_ERROR",
            "There is a problem with the request entity",
            detail,
        )
        .pointer(pointer)
    }

    pub fn attribute_unknown(type_name: &str, name: &str) -> Self {
        AppleError::new(
            409,
            "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
            "The provided entity includes an unknown attribute",
            format!("'{name}' is not an attribute on the resource '{type_name}'"),
        )
        .pointer(format!("/data/attributes/{name}"))
    }

    pub fn attribute_invalid(name: &str, detail: impl Into<String>) -> Self {
        AppleError::new(
            409,
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute in the provided entity has invalid value",
            detail,
        )
        .pointer(format!("/data/attributes/{name}"))
    }

    pub fn attribute_required(name: &str) -> Self {
        AppleError::new(
            409,
            "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
            "The provided entity is missing a required attribute",
            format!("You must provide a value for the attribute '{name}' with this request"),
        )
        .pointer(format!("/data/attributes/{name}"))
    }

    pub fn relationship_unknown(type_name: &str, name: &str) -> Self {
        AppleError::new(
            409,
            "ENTITY_ERROR.RELATIONSHIP.UNKNOWN",
            "The provided entity includes an unknown relationship",
            format!("'{name}' is not a relationship on the resource '{type_name}'"),
        )
        .pointer(format!("/data/relationships/{name}"))
    }

    pub fn relationship_invalid(name: &str, detail: impl Into<String>) -> Self {
        AppleError::new(
            409,
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "The provided entity includes a relationship with an invalid value",
            detail,
        )
        .pointer(format!("/data/relationships/{name}"))
    }

    pub fn relationship_required(name: &str) -> Self {
        AppleError::new(
            409,
            "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
            "The provided entity is missing a required relationship",
            format!("You must provide a value for the relationship '{name}' with this request"),
        )
        .pointer(format!("/data/relationships/{name}"))
    }

    pub fn state(detail: impl Into<String>) -> Self {
        AppleError::new(
            409,
            "STATE_ERROR",
            "The request cannot be fulfilled because of the state of another resource.",
            detail,
        )
    }

    pub fn too_large(limit: usize) -> Self {
        AppleError::new(
            413,
            "ENTITY_TOO_LARGE",
            "The request entity is too large.",
            format!("The request body is larger than {limit} bytes."),
        )
    }
}

fn forbidden(detail: String) -> AppleError {
    AppleError::new(
        403,
        "FORBIDDEN_ERROR",
        "This request is forbidden for security reasons",
        detail,
    )
}

fn list_or_none(names: &[&str]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

/// A JSON answer with Apple's content type.
pub(crate) fn json_response(status: u16, body: &Value) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut resp = Response::new(Body::from(bytes));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// The title Apple uses for a status when a test asks for an error by code only.
pub(crate) fn title_for(status: u16) -> &'static str {
    match status {
        400 => "A parameter has an invalid value",
        401 => "Authentication credentials are missing or invalid.",
        403 => "The API key in use does not allow this request",
        404 => "The specified resource does not exist",
        409 => "There is a problem with the request entity",
        422 => "The request entity is not valid.",
        429 => "The request rate limit has been reached.",
        500 => "An unexpected error occurred.",
        502 => "Bad gateway.",
        503 => "The service is temporarily unavailable.",
        504 => "The server did not answer in time.",
        _ => "An error occurred.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_document_has_apple_members() {
        let d = AppleError::parameter_invalid("include", "'x' is not a valid relationship name")
            .document();
        let e = &d["errors"][0];
        assert_eq!(e["status"], "400");
        assert_eq!(e["code"], "PARAMETER_ERROR.INVALID");
        assert_eq!(e["source"]["parameter"], "include");
        assert_eq!(e["id"].as_str().map(str::len), Some(36));
        let d = AppleError::not_authorized().document();
        assert!(
            d["errors"][0]["detail"]
                .as_str()
                .unwrap()
                .starts_with("Provide a properly")
        );
        assert!(d["errors"][0].get("source").is_none());
    }
}
