//! Name conversions: Rust field names to Apple's camelCase and to enum variants.

/// `game_center_achievement_localization` -> `gameCenterAchievementLocalization`.
pub(crate) fn lower_camel(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    for (i, part) in parts(field).enumerate() {
        if i == 0 {
            out.push_str(part);
        } else {
            push_capitalized(&mut out, part);
        }
    }
    out
}

/// `game_center_achievement_localization` -> `GameCenterAchievementLocalization`.
pub(crate) fn upper_camel(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    for part in parts(field) {
        push_capitalized(&mut out, part);
    }
    out
}

/// Apple's `appStoreVersions.platform` -> `AppStoreVersionsPlatform`: a variant name.
pub(crate) fn dotted_upper_camel(name: &str) -> String {
    name.split('.').map(upper_camel).collect()
}

/// The words of a field name; a raw identifier's `r#` is not part of the name.
fn parts(field: &str) -> impl Iterator<Item = &str> {
    let field = field.strip_prefix("r#").unwrap_or(field);
    field.split('_').filter(|p| !p.is_empty())
}

fn push_capitalized(out: &mut String, part: &str) {
    let mut chars = part.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_cases() {
        assert_eq!(
            lower_camel("game_center_achievement_localization"),
            "gameCenterAchievementLocalization"
        );
        assert_eq!(lower_camel("file_size"), "fileSize");
        assert_eq!(lower_camel("locale"), "locale");
        assert_eq!(lower_camel("r#type"), "type");
        assert_eq!(lower_camel("image_2x"), "image2x");
        assert_eq!(upper_camel("file_size"), "FileSize");
        assert_eq!(upper_camel("r#type"), "Type");
        assert_eq!(upper_camel("_private_thing"), "PrivateThing");
        assert_eq!(
            dotted_upper_camel("appStoreVersions.platform"),
            "AppStoreVersionsPlatform"
        );
        assert_eq!(dotted_upper_camel("createdDate"), "CreatedDate");
    }
}
