//! The Fluent files: they parse, have the same messages in nb, uk and en,
//! plural-aware messages use each language's categories, and every message
//! id the code asks for exists.
// Reads the source tree: native only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use bransjenorsk::i18n::messages::source;
use bransjenorsk_core::lang::Lang;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Variant};
use fluent_syntax::parser;

type Resource = fluent_syntax::ast::Resource<&'static str>;

fn parsed(lang: Lang) -> Resource {
    parser::parse(source(lang))
        .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl does not parse: {errors:?}"))
}

fn message_ids(resource: &Resource) -> BTreeSet<&'static str> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
        .collect()
}

#[test]
fn every_file_parses_without_errors() {
    for lang in Lang::ALL {
        let resource = parsed(lang);
        let junk = resource
            .body
            .iter()
            .filter(|entry| matches!(entry, Entry::Junk { .. }))
            .count();
        assert_eq!(junk, 0, "{lang}.ftl has unparsable entries");
    }
}

#[test]
fn all_languages_have_the_same_message_ids() {
    let nb = message_ids(&parsed(Lang::Nb));
    for lang in [Lang::Uk, Lang::En] {
        let other = message_ids(&parsed(lang));
        let missing: Vec<_> = nb.difference(&other).collect();
        let extra: Vec<_> = other.difference(&nb).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}.ftl: missing {missing:?}, not in nb {extra:?}"
        );
    }
}

#[test]
fn no_message_id_is_defined_twice() {
    for lang in Lang::ALL {
        let resource = parsed(lang);
        let mut seen = BTreeSet::new();
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                assert!(
                    seen.insert(message.id.name),
                    "{lang}.ftl defines {} twice",
                    message.id.name
                );
            }
        }
    }
}

/// The variant keys of every select expression in a pattern.
fn select_keys(pattern: &Pattern<&'static str>) -> Vec<BTreeSet<String>> {
    let mut found = Vec::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { variants, selector },
        } = element
        {
            if matches!(selector, InlineExpression::VariableReference { .. }) {
                found.push(variants.iter().map(variant_key).collect());
            }
            for variant in variants {
                found.extend(select_keys(&variant.value));
            }
        }
    }
    found
}

fn variant_key(variant: &Variant<&'static str>) -> String {
    match &variant.key {
        fluent_syntax::ast::VariantKey::Identifier { name } => (*name).to_owned(),
        fluent_syntax::ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

/// Whether a select's keys are plural categories (or numbers), not
/// words such as `merge` and `replace`.
fn is_plural(keys: &BTreeSet<String>) -> bool {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    keys.iter()
        .all(|key| CATEGORIES.contains(&key.as_str()) || key.chars().all(|c| c.is_ascii_digit()))
}

/// Each plural select in a language: the message id and its variant keys.
fn selects(lang: Lang) -> Vec<(&'static str, BTreeSet<String>)> {
    let mut found = Vec::new();
    for entry in parsed(lang).body {
        if let Entry::Message(message) = entry
            && let Some(pattern) = &message.value
        {
            found.extend(
                select_keys(pattern)
                    .into_iter()
                    .filter(is_plural)
                    .map(|keys| (message.id.name, keys)),
            );
        }
    }
    found
}

#[test]
fn ukrainian_plurals_have_all_categories() {
    let required: BTreeSet<String> = ["one", "few", "many", "other"].map(String::from).into();
    let selects = selects(Lang::Uk);
    assert!(
        selects.len() >= 3,
        "expected plural messages in uk.ftl, found {}",
        selects.len()
    );
    for (id, keys) in selects {
        assert!(
            keys.is_superset(&required),
            "uk {id}: plural variants {keys:?}, needs {required:?}"
        );
    }
}

#[test]
fn bokmal_and_english_plurals_have_one_and_other() {
    for lang in [Lang::Nb, Lang::En] {
        for (id, keys) in selects(lang) {
            assert!(
                keys.contains("one") && keys.contains("other"),
                "{lang} {id}: {keys:?}"
            );
        }
    }
}

/// Message ids written literally in the source: `t("id")`, `t_args("id"`,
/// and ids the code builds, such as `sector-{id}`, expanded for each sector.
fn ids_used_in_source() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src"), root.join("core/src")];
    while let Some(path) = stack.pop() {
        // Pack checking speaks to teachers at the command line, in English.
        if path.ends_with("core/src/content") || path.ends_with("bin") {
            continue;
        }
        if path.is_dir() {
            stack.extend(
                fs::read_dir(&path)
                    .unwrap()
                    .map(|entry| entry.unwrap().path()),
            );
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for call in [
            ".t(\"",
            "tr(\"",
            ".t_args(\"",
            ".t(&format!(\"",
            ".t_in(lang, \"",
            ".t_in(help.language, \"",
            "message_id\"",
            "=> \"",
            // Message ids kept in tables, such as the ratings.
            "\"play-",
            "\"speak-",
            "\"sound-",
            "\"voice-",
        ] {
            for (at, _) in text.match_indices(call) {
                // A call, not the end of a longer name (`element("`).
                let before = text[..at].chars().next_back();
                if call.starts_with(|c: char| c.is_alphabetic())
                    && before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                // The names of storage keys (`StoreKey::Sound => "sound"`)
                // are not messages.
                let line = &text[text[..at].rfind('\n').map_or(0, |end| end + 1)..at];
                if line.contains("StoreKey::") {
                    continue;
                }
                let rest = &text[at + call.len()..];
                let prefix = call.strip_prefix('"').unwrap_or("");
                let id: String = prefix
                    .chars()
                    .chain(rest.chars().take_while(|c| *c != '"'))
                    .collect();
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '{' || c == '}')
                {
                    ids.insert(id);
                }
            }
        }
    }
    // The pack checker's problems, as the browser shows them.
    let problems = fs::read_to_string(root.join("core/src/content/problem.rs")).unwrap();
    for piece in problems.split('"').skip(1).step_by(2) {
        if piece.starts_with("problem-") || piece.starts_with("subject-") {
            ids.insert(piece.to_owned());
        }
    }
    ids.into_iter()
        .flat_map(|id| {
            if id.contains('{') {
                let sectors = [
                    "helse",
                    "barnehage",
                    "horeca",
                    "renhold",
                    "teknisk",
                    "arbeidsliv",
                ];
                let levels = ["a1", "a2", "b1", "b2"];
                let (head, rest) = id.split_once('{').unwrap();
                let (_, tail) = rest.split_once('}').unwrap();
                let values: &[&str] = if head.starts_with("level") {
                    &levels
                } else {
                    &sectors
                };
                values
                    .iter()
                    .map(|v| format!("{head}{v}{tail}"))
                    .collect::<Vec<_>>()
            } else {
                vec![id]
            }
        })
        .filter(|id| id.contains('-') || ["loading", "retry"].contains(&id.as_str()))
        .collect()
}

#[test]
fn every_message_the_code_uses_exists() {
    let defined = message_ids(&parsed(Lang::En));
    let used = ids_used_in_source();
    assert!(
        used.len() > 30,
        "found only {} ids in the source: {used:?}",
        used.len()
    );
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !defined.contains(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "used in src/ but not in the .ftl files: {missing:?}"
    );
}

/// The words of every message's text (variables and ids left out), lower
/// case, with the message's id.
fn words(lang: Lang) -> Vec<(&'static str, String)> {
    fn collect(pattern: &Pattern<&'static str>, text: &mut String) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => text.push_str(value),
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => {
                    for variant in variants {
                        text.push(' ');
                        collect(&variant.value, text);
                    }
                }
                PatternElement::Placeable { .. } => text.push(' '),
            }
        }
    }
    let mut words = Vec::new();
    for entry in parsed(lang).body {
        if let Entry::Message(message) = entry
            && let Some(pattern) = &message.value
        {
            let mut text = String::new();
            collect(pattern, &mut text);
            words.extend(
                text.split(|c: char| !c.is_alphanumeric() && c != '’')
                    .filter(|word| !word.is_empty())
                    .map(|word| (message.id.name, word.to_lowercase())),
            );
        }
    }
    words
}

/// The glossary's variants that must not be used, by language: a word, or
/// a stem ending in `*`. From the table in README.md ("The app's words").
fn never(lang: Lang) -> Vec<String> {
    let column = match lang {
        Lang::Nb => 4,
        Lang::Uk => 5,
        Lang::En => return Vec::new(),
    };
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md is readable");
    let table = readme
        .split("## The app's words")
        .nth(1)
        .expect("README.md has the glossary")
        .lines()
        .skip_while(|line| !line.starts_with("| en |"))
        .skip(2)
        .take_while(|line| line.starts_with('|'));
    let mut never = Vec::new();
    let mut rows = 0;
    for row in table {
        rows += 1;
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        never.extend(
            cells[column]
                .split(',')
                .map(str::trim)
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase),
        );
    }
    assert!(rows >= 10, "the glossary has {rows} rows");
    never
}

fn is_variant(word: &str, never: &str) -> bool {
    match never.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == never,
    }
}

#[test]
fn no_message_uses_a_variant_the_glossary_rules_out() {
    for lang in [Lang::Nb, Lang::Uk] {
        let never = never(lang);
        assert!(!never.is_empty(), "{lang}: no variants listed");
        let found: Vec<_> = words(lang)
            .into_iter()
            .filter(|(_, word)| never.iter().any(|never| is_variant(word, never)))
            .collect();
        assert!(found.is_empty(), "{lang}.ftl uses {found:?}");
    }
}

#[test]
fn the_glossary_check_finds_what_it_looks_for() {
    assert!(is_variant("поступ", "поступ"));
    assert!(!is_variant("поступово", "поступ"));
    assert!(is_variant("вчителів", "вчител*"));
    assert!(!is_variant("викладачів", "вчител*"));
    let uk = never(Lang::Uk);
    assert!(uk.iter().any(|never| is_variant("попрацювали", never)));
    let nb = never(Lang::Nb);
    assert!(nb.iter().any(|never| is_variant("lært", never)));
}
