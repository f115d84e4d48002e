//! `asc-gen TYPE [--doc PATH]`: prints the drafted declaration of a resource
//! type (a schema name such as `GameCenterAchievementImageV2`, or a JSON:API
//! type such as `gameCenterAchievementImages` for all its schemas);
//! `--all` prints every one, `--list` lists them; `--schema-facts` prints
//! `tests/schema-facts.json` (the facts the schema validation of the
//! emulator's and the workspace's tests read).

use std::process::ExitCode;

use asc_gen::generate::{self, Draft};
use asc_gen::openapi::Document;

const USAGE: &str = "usage: asc-gen TYPE... [--doc PATH]   print the draft declaration of each TYPE
       asc-gen --all [--doc PATH]       print every resource type
       asc-gen --list [--doc PATH]      list the resource types (schema, JSON:API type, path)
       asc-gen --schema-facts [--doc PATH] > tests/schema-facts.json
                                        print the facts the schema validation of the tests reads

TYPE is a schema name (GameCenterAchievementImageV2) or a JSON:API type
(gameCenterAchievementImages: all its schemas). PATH defaults to Apple's
document in this repository (reference/app-store-connect-openapi-4.4.1.json).";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("asc-gen: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut doc_path = None;
    let mut names = Vec::new();
    let (mut all, mut list, mut facts) = (false, false, false);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--doc" => {
                doc_path = Some(
                    args.next()
                        .ok_or("`--doc` takes the path of Apple's document")?,
                )
            }
            "--all" => all = true,
            "--list" => list = true,
            "--schema-facts" => facts = true,
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            other if other.starts_with('-') => {
                return Err(format!("unknown option `{other}`\n\n{USAGE}"));
            }
            _ => names.push(arg),
        }
    }
    let path = match doc_path {
        Some(p) => p,
        None if std::path::Path::new(asc_gen::DEFAULT_DOCUMENT).exists() => {
            asc_gen::DEFAULT_DOCUMENT.to_owned()
        }
        None => asc_gen::default_document_path(),
    };
    if facts {
        return asc_gen::facts::schema_facts(&path).map_err(|e| e.to_string());
    }
    let doc = Document::read(&path).map_err(|e| e.to_string())?;
    if list {
        let mut out = String::new();
        for r in &doc.resources {
            out.push_str(&format!(
                "{:<55} {:<50} {}\n",
                r.schema,
                r.type_name,
                r.routes.path.as_deref().unwrap_or("-")
            ));
        }
        return Ok(out);
    }
    let schemas = if all {
        doc.resources.iter().collect::<Vec<_>>()
    } else if names.is_empty() {
        return Err(format!(
            "name a resource type, or `--all`, or `--list`\n\n{USAGE}"
        ));
    } else {
        let mut found = Vec::new();
        for n in &names {
            found.extend(generate::resolve(&doc, n).map_err(|e| e.to_string())?);
        }
        found
    };
    let drafts: Vec<Draft> = schemas.iter().map(|r| generate::draft(&doc, r)).collect();
    Ok(generate::file(&doc, &drafts))
}

#[cfg(test)]
mod tests {
    use super::run;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn prints_lists_and_explains() {
        let doc = asc_gen::default_document_path();
        let one = run(args(&["GameCenterAchievementImageV2", "--doc", &doc])).expect("drafts");
        assert!(one.contains("pub struct GameCenterAchievementImageV2 {"));
        let list = run(args(&["--list", "--doc", &doc])).expect("lists");
        assert_eq!(list.lines().count(), 230);
        let err = run(args(&["gameCenterAchivementImages", "--doc", &doc])).expect_err("misspelt");
        assert!(
            err.contains("did you mean `gameCenterAchievementImages`"),
            "{err}"
        );
        assert!(run(args(&[])).expect_err("no name").contains("usage"));
        assert!(
            run(args(&["--bogus"]))
                .expect_err("bad option")
                .contains("unknown option")
        );
        assert!(
            run(args(&["X", "--doc", "/no/such/file"]))
                .expect_err("no file")
                .contains("cannot read")
        );
        assert!(
            run(args(&["--doc"]))
                .expect_err("no path")
                .contains("`--doc` takes")
        );
    }
}
