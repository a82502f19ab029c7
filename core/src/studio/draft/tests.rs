use std::collections::HashSet;
use std::path::Path;

use super::*;
use crate::content::{Context, ProblemKind, Subject, check_read, pack_files, parse_pack};
use crate::studio::import::{guess_mapping, import, read_table};

fn draft() -> Draft {
    Draft::begin("k1", 1_764_000_000_000, Sector::Renhold, Level::A1)
}

fn problems(pack: &Pack) -> Vec<String> {
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: None,
    };
    let problems = check_read(pack, &context);
    problems.iter().map(ToString::to_string).collect()
}

const PUBLISHED: &str = r#"
schema = 1

[pack]
id = "renhold-test-a1"
version = "1.0.0"
sector = "renhold"
level = "A1"
authors = ["Ingrid"]
licence = "CC-BY-SA-4.0"
title = { nb = "Tittel", uk = "Назва", en = "Title" }
description = { nb = "Om", uk = "Про", en = "About" }

[[items]]
id = "speaking"
kind = "speaking"
text = "God morgen!"
"#;

#[test]
fn every_bundled_pack_reads_back_the_same_from_its_written_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises");
    let files = pack_files(&root);
    assert!(files.len() > 50);
    for path in files {
        let pack = parse_pack(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let written = pack_toml(&pack);
        let again = parse_pack(&written).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(again, pack, "{}", path.display());
    }
}

#[test]
fn a_draft_is_stored_and_read_back_whole() {
    let mut draft = draft();
    draft.pack.pack.title.nb = "Rom og «flater»".into();
    draft.pack.pack.title.uk = "Кімнати й поверхні".into();
    draft.add_item("choice").unwrap();
    draft.add_item("match").unwrap();
    draft.revision = 7;
    let stored = draft.to_json();
    assert_eq!(Draft::from_json(&stored), Ok(draft));
}

#[test]
fn a_damaged_or_newer_draft_is_refused_not_half_read() {
    let stored = draft().to_json();
    assert_eq!(
        Draft::from_json(&stored[..stored.len() / 2]),
        Err(DraftError::Damaged)
    );
    assert_eq!(Draft::from_json(""), Err(DraftError::Damaged));
    assert_eq!(Draft::from_json("[1,2]"), Err(DraftError::Damaged));
    let typo = stored.replace("\"revision\"", "\"revison\"");
    assert_eq!(Draft::from_json(&typo), Err(DraftError::Damaged));
    let newer = stored.replace("\"format\":1", "\"format\":2");
    assert_ne!(newer, stored);
    assert_eq!(Draft::from_json(&newer), Err(DraftError::Newer));
}

#[test]
fn a_new_draft_says_what_is_missing_and_nothing_else() {
    let problems = problems(&draft().pack);
    assert!(!problems.is_empty());
    // What the teacher has not written yet, nothing about what the studio
    // filled in (schema, version, licence).
    for problem in &problems {
        assert!(!problem.contains("version"), "{problem}");
        assert!(!problem.contains("licence"), "{problem}");
    }
}

#[test]
fn a_blank_id_is_said_once_and_as_blank() {
    let mut draft = draft();
    draft.add_item("speaking");
    draft.add_item("speaking");
    draft.pack.items[0].id.clear();
    draft.pack.items[1].id = " ".into();
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: None,
    };
    let about_ids: Vec<_> = check_read(&draft.pack, &context)
        .into_iter()
        .filter(|p| p.field.as_deref() == Some("id"))
        .map(|p| (p.subject, p.kind))
        .collect();
    assert_eq!(
        about_ids,
        [
            (Subject::Pack, ProblemKind::Blank("id".into())),
            (
                Subject::Item(String::new()),
                ProblemKind::Blank("id".into())
            ),
            (Subject::Item(" ".into()), ProblemKind::Blank("id".into())),
        ]
    );
}

#[test]
fn new_items_get_ids_of_their_own_that_never_change() {
    let mut draft = draft();
    for kind in crate::content::Exercise::KINDS {
        let index = draft.add_item(kind).unwrap();
        assert_eq!(draft.pack.items[index].exercise.kind(), kind);
    }
    assert_eq!(draft.add_item("quiz"), None);
    let first = draft.add_item("choice").unwrap();
    let second = draft.add_item("choice").unwrap();
    assert_eq!(draft.pack.items[first].id, "choice-2");
    assert_eq!(draft.pack.items[second].id, "choice-3");
    // Duplicating, moving and deleting leave the other ids as they were.
    let copy = draft.duplicate_item(first).unwrap();
    assert_eq!(copy, first + 1);
    assert_eq!(draft.pack.items[copy].id, "choice-2-2");
    assert!(draft.move_item(copy, 1));
    assert_eq!(draft.pack.items[copy].id, "choice-3");
    assert!(!draft.move_item(0, -1));
    assert!(!draft.move_item(draft.pack.items.len() - 1, 1));
    draft.pack.items.remove(0);
    let ids: Vec<&str> = draft.pack.items.iter().map(|i| i.id.as_str()).collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn a_new_item_never_takes_the_id_of_a_published_one_deleted() {
    // Learners' progress is kept under it.
    let mut draft = Draft::of_pack("k3", 0, parse_pack(PUBLISHED).unwrap());
    draft.pack.items.clear();
    let index = draft.add_item("speaking").unwrap();
    assert_eq!(draft.pack.items[index].id, "speaking-2");
    // In a pack never published, an id deleted is free again.
    let mut new = self::draft();
    new.add_item("speaking").unwrap();
    new.pack.items.clear();
    let index = new.add_item("speaking").unwrap();
    assert_eq!(new.pack.items[index].id, "speaking");
}

#[test]
fn the_id_follows_the_title_and_level() {
    let mut draft = draft();
    draft.pack.pack.title.nb = "Rom og flater på sykehjemmet".into();
    assert_eq!(draft.suggested_id(), "a1-rom-og-flater-pa-sykehjemmet");
    draft.pack.pack.level = Level::B1;
    assert_eq!(draft.suggested_id(), "b1-rom-og-flater-pa-sykehjemmet");
}

#[test]
fn editing_a_published_pack_proposes_the_next_version_by_what_changed() {
    let pack = parse_pack(PUBLISHED).unwrap();
    let mut draft = Draft::of_pack("k2", 0, pack.clone());
    assert_eq!(pack.pack.version, "1.0.0");
    assert_eq!(draft.pack.pack.version, "1.0.1");
    draft.add_item("speaking").unwrap();
    assert_eq!(draft.proposed_version(), "1.1.0");
    draft.pack.items.remove(0);
    assert_eq!(draft.proposed_version(), "2.0.0");
    // Never published: the teacher's own version stands.
    assert_eq!(self::draft().proposed_version(), "1.0.0");
    assert_eq!(next_version("1.x", Bump::Minor), "1.0.0");
    assert_eq!(next_version("2.9.9", Bump::Patch), "2.9.10");
}

#[test]
fn an_imported_list_becomes_part_of_the_pack_and_passes_the_checker() {
    let mut draft = draft();
    let meta = &mut draft.pack.pack;
    meta.title = Texts {
        nb: "Utstyr".into(),
        uk: "Обладнання".into(),
        en: "Equipment".into(),
    };
    meta.description = meta.title.clone();
    meta.authors = vec!["Ingrid".into()];
    draft.pack.pack.id = draft.suggested_id();
    let table = read_table(
        "norsk;українська;english;eksempel\nen mopp;швабра;mop;Jeg vasker gulvet med en mopp.\nei bøtte;відро;bucket;Bøtta står i boden.\nen klut;ганчірка;cloth;\n",
    )
    .unwrap();
    let imported = import(
        &table,
        &guess_mapping(&table),
        Level::A1,
        &draft.taken_ids(),
    );
    draft.add_imported(imported);
    assert_eq!(draft.pack.vocabulary.len(), 3);
    assert_eq!(problems(&draft.pack), Vec::<String>::new());
    let written = draft.to_toml();
    assert_eq!(parse_pack(&written).unwrap(), draft.pack);
}

#[test]
fn a_words_id_follows_its_lemma_until_the_pack_is_published() {
    let mut draft = draft();
    let first = draft.add_word();
    let second = draft.add_word();
    assert_ne!(
        draft.pack.vocabulary[first].id,
        draft.pack.vocabulary[second].id
    );
    draft.set_lemma(first, "en mopp".into());
    assert_eq!(draft.pack.vocabulary[first].id, "en-mopp");
    draft.set_lemma(first, "en moppe".into());
    assert_eq!(draft.pack.vocabulary[first].id, "en-moppe");
    draft.set_lemma(second, "en moppe".into());
    assert_eq!(draft.pack.vocabulary[second].id, "en-moppe-2");
    // Published: ids stay as learners' packs have them.
    let mut published = Draft::of_pack("k4", 0, draft.pack.clone());
    published.set_lemma(first, "ei bøtte".into());
    assert_eq!(published.pack.vocabulary[first].id, "en-moppe");
    assert_eq!(published.pack.vocabulary[first].lemma, "ei bøtte");
    published.set_lemma(99, "x".into());
}

#[test]
fn a_words_article_or_its_a_says_its_part_of_speech_unless_the_teacher_chose() {
    let mut draft = draft();
    let word = draft.add_word();
    let pos = |draft: &Draft| draft.pack.vocabulary[word].pos;
    for typed in ["å", "å t", "å tørke"] {
        draft.set_lemma(word, typed.into());
    }
    assert_eq!(pos(&draft), PartOfSpeech::Verb);
    draft.set_lemma(word, "en klut".into());
    assert_eq!(pos(&draft), PartOfSpeech::Noun);
    // Without an article the word stays what it was.
    draft.set_lemma(word, "klut".into());
    assert_eq!(pos(&draft), PartOfSpeech::Noun);
    // The teacher's own choice stands.
    draft.set_lemma(word, "en gang til".into());
    draft.pack.vocabulary[word].pos = PartOfSpeech::Phrase;
    draft.set_lemma(word, "én gang til".into());
    draft.set_lemma(word, "en gang til".into());
    assert_eq!(pos(&draft), PartOfSpeech::Phrase);
    let other = draft.add_word();
    draft.pack.vocabulary[other].pos = PartOfSpeech::Adjective;
    draft.set_lemma(other, "en ren".into());
    assert_eq!(draft.pack.vocabulary[other].pos, PartOfSpeech::Adjective);
}

#[test]
fn a_deleted_item_or_word_comes_back_where_it_was_under_its_own_id() {
    let mut draft = draft();
    let first = draft.add_item("choice").unwrap();
    draft.add_item("gap").unwrap();
    let removed = draft.remove_item(first).unwrap();
    assert_eq!(draft.pack.items.len(), 1);
    assert_eq!(draft.remove_item(5), None);
    assert_eq!(draft.restore_item(first, removed.clone()), 0);
    assert_eq!(draft.pack.items[0], removed);
    // Its id taken meanwhile by a new item: it comes back under another.
    draft.remove_item(0).unwrap();
    let taker = draft.add_item("choice").unwrap();
    assert_eq!(draft.pack.items[taker].id, removed.id);
    let at = draft.restore_item(9, removed.clone());
    assert_eq!(at, 2);
    assert_ne!(draft.pack.items[at].id, removed.id);

    // A published pack's exercise comes back under the id learners know.
    let mut published = Draft::of_pack("k4", 0, draft.pack.clone());
    let known = published.remove_item(0).unwrap();
    published.restore_item(0, known.clone());
    assert_eq!(published.pack.items[0].id, known.id);

    let word = draft.add_word();
    draft.set_lemma(word, "en mopp".into());
    let removed = draft.remove_word(word).unwrap();
    assert!(draft.pack.vocabulary.is_empty());
    assert_eq!(draft.restore_word(word, removed.clone()), 0);
    assert_eq!(draft.pack.vocabulary[0], removed);
}

#[test]
fn recordings_and_pictures_are_named_after_their_owner_in_their_own_folder() {
    use crate::content::MediaKind;
    assert_eq!(media_name("en-mopp", MediaKind::Ogg), "lyd/en-mopp.ogg");
    assert_eq!(media_name("kort-2", MediaKind::M4a), "lyd/kort-2.m4a");
    assert_eq!(media_name("kort-2", MediaKind::Png), "bilder/kort-2.png");
    assert_eq!(media_name("valg", MediaKind::Jpeg), "bilder/valg.jpg");
}

#[test]
fn another_right_order_written_as_a_sentence_is_read_as_the_tiles() {
    let tiles: Vec<String> = ["I dag", "jobber", "jeg", "kveld", "i"]
        .map(str::to_owned)
        .to_vec();
    // The tile of most words first, in any case; as the tile is written.
    assert_eq!(
        as_tiles("jeg  jobber i dag", &tiles),
        ["jeg", "jobber", "I dag"]
    );
    assert_eq!(
        as_tiles("jeg jobber i kveld", &tiles),
        ["jeg", "jobber", "i", "kveld"]
    );
    // A word that is no tile stays, for the checker to name.
    assert_eq!(as_tiles("jeg sover", &tiles), ["jeg", "sover"]);
    assert!(as_tiles("  ", &tiles).is_empty());
}
