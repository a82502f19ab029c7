//! Spelling of every Norwegian and Ukrainian string: the Fluent files and
//! the bundled packs, checked with hunspell (nb_NO, uk_UA). A word hunspell
//! does not know goes into tests/spelling/<lang>.allow with its reason.
// Reads the source tree: native only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use bransjenorsk::bundled::catalog;
use bransjenorsk::i18n::messages::source;
use bransjenorsk_core::content::{Step, each_text, parse_pack};
use bransjenorsk_core::lang::Lang;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The text of every message in a Fluent file, without ids, comments,
/// placeables and variant keys.
fn fluent_text(lang: Lang) -> String {
    let mut text = String::new();
    for line in source(lang).lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with('}') {
            continue;
        }
        let value = match line.split_once('=') {
            Some((id, value)) if !id.trim().contains(' ') && !id.contains('{') => value.trim(),
            _ => line,
        };
        let value = value.trim_start_matches('*');
        let value = match value.strip_prefix('[') {
            Some(rest) => rest.split_once(']').map_or("", |(_, v)| v),
            None => value,
        };
        text.push_str(&strip_placeables(value));
        text.push('\n');
    }
    text
}

fn strip_placeables(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The Norwegian and Ukrainian text of every bundled pack.
/// Every Norwegian and Ukrainian text of the bundled packs, read from
/// their TOML: names, words, examples and every exercise.
fn pack_text() -> (String, String) {
    const NOT_PROSE: [&str; 8] = [
        "id",
        "version",
        "licence",
        "authors",
        "prerequisites",
        "audio",
        "image",
        "speaker",
    ];
    let (mut nb, mut uk) = (String::new(), String::new());
    for entry in &catalog().packs {
        let source = entry.path.replace(".json", ".toml");
        let pack = parse_pack(&fs::read_to_string(root().join(&source)).unwrap()).unwrap();
        each_text(&pack, &mut |path, text| {
            let keys: Vec<&str> = path
                .iter()
                .filter_map(|step| match step {
                    Step::Key(key) => Some(key.as_str()),
                    Step::Index(_) => None,
                })
                .collect();
            let into = match keys.last() {
                Some(key) if NOT_PROSE.contains(key) => return,
                Some(&"uk") => &mut uk,
                Some(&"en") => return,
                _ => &mut nb,
            };
            into.push_str(text);
            into.push('\n');
        });
    }
    (nb, uk)
}

fn unknown_words(dictionary: &str, text: &str) -> BTreeSet<String> {
    let mut child = Command::new("hunspell")
        .args(["-i", "utf-8", "-d", dictionary, "-l"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect(
            "hunspell is needed: apt-get install hunspell hunspell-no hunspell-uk (make test does)",
        );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "hunspell -d {dictionary} failed");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn allowed(lang: &str) -> BTreeSet<String> {
    fs::read_to_string(root().join(format!("tests/spelling/{lang}.allow")))
        .unwrap()
        .lines()
        .filter_map(|line| line.split('#').next().map(str::trim))
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase())
        .collect()
}

fn misspelled(dictionary: &str, lang: &str, text: &str) -> Vec<String> {
    let allowed = allowed(lang);
    unknown_words(dictionary, text)
        .into_iter()
        .filter(|word| !allowed.contains(&word.to_lowercase()))
        .collect()
}

#[test]
fn norwegian_is_spelled_right() {
    let text = fluent_text(Lang::Nb) + &pack_text().0;
    assert_eq!(misspelled("nb_NO", "nb", &text), Vec::<String>::new());
}

#[test]
fn ukrainian_is_spelled_right() {
    let text = fluent_text(Lang::Uk) + &pack_text().1;
    let (norwegian, ukrainian) = split_scripts(&text);
    assert_eq!(misspelled("uk_UA", "uk", &ukrainian), Vec::<String>::new());
    // Ukrainian help quotes Norwegian words («jeg er svimmel»): they are
    // checked as Norwegian.
    assert_eq!(misspelled("nb_NO", "nb", &norwegian), Vec::<String>::new());
}

/// Splits a Ukrainian text into its words in Latin script (the Norwegian
/// it quotes) and the rest, each word kept whole. An ending or a letter
/// being named (`-er`, «y») is not a word and goes into neither.
fn split_scripts(text: &str) -> (String, String) {
    let (mut latin, mut rest) = (String::new(), String::new());
    let mut word = String::new();
    let flush = |word: &mut String, latin: &mut String, rest: &mut String| {
        let is_latin = word
            .chars()
            .any(|c| c.is_alphabetic() && (c as u32) < 0x250);
        let is_word = !word.starts_with('-') && (!is_latin || word.chars().count() > 1);
        if is_word {
            let into = if is_latin { &mut *latin } else { &mut *rest };
            into.push_str(word);
        }
        latin.push(' ');
        rest.push(' ');
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '’' | '\'') {
            word.push(c);
        } else {
            flush(&mut word, &mut latin, &mut rest);
            if c == '\n' {
                latin.push('\n');
                rest.push('\n');
            }
        }
    }
    flush(&mut word, &mut latin, &mut rest);
    (latin, rest)
}

#[test]
fn the_checker_catches_a_misspelling() {
    assert_eq!(
        misspelled("nb_NO", "nb", "Kjøleskapet er kalt og skittn."),
        vec!["skittn"]
    );
    assert_eq!(
        misspelled("uk_UA", "uk", "Сковорода і каструлля"),
        vec!["каструлля"]
    );
    let (norwegian, ukrainian) = split_scripts("Кажуть «jeg er svimel», закінчення -er.");
    assert_eq!(misspelled("nb_NO", "nb", &norwegian), vec!["svimel"]);
    assert!(!ukrainian.contains("jeg") && !ukrainian.contains("-er"));
}

#[test]
fn the_fluent_text_has_no_ids_or_placeables() {
    let text = fluent_text(Lang::Nb);
    assert!(text.contains("Hvor jobber du?"));
    assert!(!text.contains("home-heading") && !text.contains('{') && !text.contains("[one]"));
}

#[test]
fn the_allow_lists_hold_only_words_hunspell_does_not_know() {
    for (dictionary, lang) in [("nb_NO", "nb"), ("uk_UA", "uk")] {
        let allowed = allowed(lang);
        let words: Vec<&str> = allowed.iter().map(String::as_str).collect();
        let unknown: BTreeSet<String> = unknown_words(dictionary, &words.join("\n"))
            .into_iter()
            .map(|word| word.to_lowercase())
            .collect();
        let known: Vec<&String> = allowed.difference(&unknown).collect();
        assert!(
            known.is_empty(),
            "{lang}.allow lists words hunspell knows: {known:?}"
        );
    }
}
