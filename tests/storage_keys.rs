//! README.md describes what the app keeps in the browser ("Progress",
//! "Mentors: assignments and reports"); `StoreKey` is what it keeps. The
//! two name the same keys.

use std::fs;
use std::path::Path;

use bransjenorsk_core::storage::{KEY_PREFIX, StoreKey};

/// The sections of README.md whose lists name stored keys.
const SECTIONS: [&str; 2] = ["Progress", "Mentors: assignments and reports"];

fn readme() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The text under `## heading`, up to the next `## ` heading.
fn section<'a>(readme: &'a str, heading: &str) -> &'a str {
    let start = readme
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("README.md has no section \"{heading}\""));
    let body = &readme[start + 1..];
    let body = &body[body.find('\n').map_or(body.len(), |end| end + 1)..];
    body.find("\n## ").map_or(body, |end| &body[..end])
}

/// The keys a list names: list items, at any depth, that open with a
/// name in backticks, and every name in backticks before the item's first
/// `:` (so `` `quarantine.progress` (and `quarantine.progress.<length>`
/// ...): `` names two).
fn listed(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in text.lines() {
        let Some(item) = line.trim_start().strip_prefix("- ") else {
            continue;
        };
        if !item.starts_with('`') {
            continue;
        }
        let mut in_code = false;
        let mut name = String::new();
        for c in item.chars() {
            match (c, in_code) {
                ('`', false) => in_code = true,
                ('`', true) => {
                    in_code = false;
                    names.push(std::mem::take(&mut name));
                }
                (':', false) => break,
                (c, true) => name.push(c),
                (_, false) => {}
            }
        }
    }
    names
}

/// Every name written out in full as `bransjenorsk.v1.<name>`.
fn prefixed(text: &str) -> Vec<String> {
    text.match_indices(KEY_PREFIX)
        .map(|(at, _)| {
            let rest = &text[at + KEY_PREFIX.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || "-.<>".contains(c)))
                .unwrap_or(rest.len());
            rest[..end].trim_end_matches('.').to_owned()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

fn is_a_store_key(name: &str) -> bool {
    StoreKey::ALL.iter().any(|key| key.pattern() == name)
}

#[test]
fn the_readme_lists_every_stored_key() {
    let readme = readme();
    let listed: Vec<String> = SECTIONS
        .iter()
        .flat_map(|heading| listed(section(&readme, heading)))
        .collect();
    for key in StoreKey::ALL {
        assert!(
            listed.iter().any(|name| name == key.pattern()),
            "README.md does not list `{}` ({}); it lists {listed:?}",
            key.pattern(),
            key.key()
        );
    }
}

#[test]
fn the_readme_names_no_key_the_app_does_not_store() {
    let readme = readme();
    let mut named: Vec<String> = SECTIONS
        .iter()
        .flat_map(|heading| listed(section(&readme, heading)))
        .collect();
    named.extend(prefixed(&readme));
    assert!(!named.is_empty());
    for name in named {
        assert!(
            is_a_store_key(&name),
            "README.md names `{name}`, which is no StoreKey"
        );
    }
}

#[test]
fn the_readme_reader_finds_what_it_should() {
    let text = "Intro\n\
        - `progress`: `{\"schema\": 2}`, with `again`\n\
        - `quarantine.progress` (and `quarantine.progress.<length>` when\n  \
          that is taken): kept\n\
        - **Storage**, beside the progress:\n  \
          - `mentor`: lines as in `assignments`.\n\
        Kept under bransjenorsk.v1.review. Or `bransjenorsk.v1.`.";
    assert_eq!(
        listed(text),
        [
            "progress",
            "quarantine.progress",
            "quarantine.progress.<length>",
            "mentor"
        ]
    );
    assert_eq!(prefixed(text), ["review"]);
    assert!(section("x\n## Progress\nbody\n## Next\nmore", "Progress") == "body");
}
