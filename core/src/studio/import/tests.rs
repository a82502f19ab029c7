use super::*;
use crate::content::{Context, check_read, parse_pack};

fn cells(table: &Table) -> Vec<Vec<&str>> {
    table
        .rows
        .iter()
        .map(|row| row.cells.iter().map(String::as_str).collect())
        .collect()
}

fn lines(table: &Table) -> Vec<usize> {
    table.rows.iter().map(|row| row.line).collect()
}

#[test]
fn quoted_cells_keep_their_separators_quotes_and_line_breaks() {
    let text = "norsk,українська,english\n\"en kopp, stor\",\"чашка\",\"a \"\"big\"\" cup\"\n\"å vaske\nhendene\",мити руки,wash your hands\n";
    let table = read_table(text).unwrap();
    assert_eq!(table.separator, Separator::Comma);
    assert_eq!(
        cells(&table),
        [
            vec!["norsk", "українська", "english"],
            vec!["en kopp, stor", "чашка", "a \"big\" cup"],
            vec!["å vaske\nhendene", "мити руки", "wash your hands"],
        ]
    );
    assert_eq!(lines(&table), [1, 2, 3]);
}

#[test]
fn the_separator_is_the_one_the_first_row_has_most_of() {
    let tab = read_table("en mopp\tшвабра\tmop\nei bøtte\tвідро\tbucket").unwrap();
    assert_eq!(tab.separator, Separator::Tab);
    assert_eq!(cells(&tab)[1], ["ei bøtte", "відро", "bucket"]);
    // Spreadsheets in Norwegian save with semicolons: commas are decimals.
    let semicolon = read_table("en mopp;швабра, щітка;mop\n").unwrap();
    assert_eq!(semicolon.separator, Separator::Semicolon);
    assert_eq!(cells(&semicolon)[0], ["en mopp", "швабра, щітка", "mop"]);
    let quoted = read_table("\"a;b\",c\n").unwrap();
    assert_eq!(quoted.separator, Separator::Comma);
}

#[test]
fn a_byte_order_mark_and_windows_line_ends_are_not_read_as_text() {
    let table = read_table("\u{feff}norsk;українська\r\nen kam;гребінець\r\n").unwrap();
    assert_eq!(
        cells(&table),
        [vec!["norsk", "українська"], vec!["en kam", "гребінець"]]
    );
    assert_eq!(guess_mapping(&table).columns[0], Column::Norwegian);
}

#[test]
fn anki_notes_say_their_separator_in_lines_at_the_top() {
    let text =
        "#separator:tab\n#html:false\n#columns:Front\tBack\nen stol\tстілець\n\nei dør\tдвері\n";
    let table = read_table(text).unwrap();
    assert_eq!(table.separator, Separator::Tab);
    assert_eq!(
        cells(&table),
        [vec!["en stol", "стілець"], vec!["ei dør", "двері"]]
    );
    // Lines as the teacher's editor numbers them: the empty one is skipped.
    assert_eq!(lines(&table), [4, 6]);
    let comma = read_table("#separator:Comma\nen stol,стілець\n").unwrap();
    assert_eq!(comma.separator, Separator::Comma);
}

#[test]
fn a_quizlet_set_is_terms_and_definitions_by_tabs() {
    let table = read_table("å hjelpe\tдопомагати\nå vente\tчекати\n").unwrap();
    let mapping = guess_mapping(&table);
    assert_eq!(mapping.columns, [Column::Norwegian, Column::Ukrainian]);
    assert!(!mapping.header);
    let imported = import(&table, &mapping, Level::A1, &HashSet::new());
    assert_eq!(imported.words.len(), 2);
    assert_eq!(imported.words[0].pos, PartOfSpeech::Verb);
    assert_eq!(imported.words[0].gloss.en, "");
    assert!(imported.left_out.is_empty());
}

#[test]
fn what_cannot_be_read_is_an_error_not_a_guess() {
    assert_eq!(read_table(""), Err(TableError::Empty));
    assert_eq!(read_table("\u{feff}\n \n;;\n"), Err(TableError::Empty));
    let many = "a,b\n".repeat(MAX_ROWS + 1);
    assert_eq!(read_table(&many), Err(TableError::TooManyRows));
    assert_eq!(
        read_table("\"never closed,b\nc,d"),
        Err(TableError::Unreadable)
    );
}

#[test]
fn columns_are_found_by_their_names_or_their_letters() {
    let named = read_table(
        "Eksempel,English,Ukrainsk,Norsk,Notat\nJeg vasker gulvet.,mop,швабра,en mopp,x\n",
    )
    .unwrap();
    assert_eq!(
        guess_mapping(&named),
        Mapping {
            columns: vec![
                Column::Example,
                Column::English,
                Column::Ukrainian,
                Column::Norwegian,
                Column::Ignored
            ],
            header: true,
        }
    );
    let unnamed = read_table(
        "en mopp;швабра;mop;Jeg vasker gulvet med moppen hver dag.\nei bøtte;відро;bucket;Bøtta står i vaskerommet ved døra.\n",
    )
    .unwrap();
    assert_eq!(
        guess_mapping(&unnamed).columns,
        [
            Column::Norwegian,
            Column::Ukrainian,
            Column::English,
            Column::Example
        ]
    );
}

const LIST: &str = "norsk;українська;english;eksempel
en mopp;швабра;mop;Jeg vasker gulvet med en mopp.
ei bøtte;відро;bucket;Fyll vann i bøtte, ikke i vasken.
en klut;ганчірка;cloth;Tørk bordet med en klut.
;мило;soap;
en mopp;швабра;mop;
en svamp;;;
en <b>kost</b>;віник;broom;
å tørke;витирати;to wipe;
";

fn imported() -> Imported {
    let table = read_table(LIST).unwrap();
    let mapping = guess_mapping(&table);
    assert!(mapping.header);
    import(
        &table,
        &mapping,
        Level::A1,
        &HashSet::from(["mopp".to_owned()]),
    )
}

#[test]
fn rows_that_cannot_be_words_are_listed_with_their_line_and_why() {
    let imported = imported();
    assert_eq!(
        imported.left_out,
        [
            LeftOut {
                line: 5,
                problem: RowProblem::NoNorwegian
            },
            LeftOut {
                line: 6,
                problem: RowProblem::Twice { first: 2 }
            },
            LeftOut {
                line: 7,
                problem: RowProblem::NoMeaning
            },
            LeftOut {
                line: 8,
                problem: RowProblem::BadCell(Column::Norwegian)
            },
        ]
    );
    let lemmas: Vec<&str> = imported.words.iter().map(|w| w.lemma.as_str()).collect();
    assert_eq!(lemmas, ["en mopp", "ei bøtte", "en klut", "å tørke"]);
}

#[test]
fn words_get_ids_parts_of_speech_glosses_and_examples() {
    let imported = imported();
    let ids: Vec<&str> = imported.words.iter().map(|w| w.id.as_str()).collect();
    // «mopp» was taken in the pack already.
    assert_eq!(ids, ["en-mopp", "ei-botte", "en-klut", "a-torke"]);
    let bucket = &imported.words[1];
    assert_eq!(bucket.pos, PartOfSpeech::Noun);
    assert_eq!(
        (bucket.gloss.uk.as_str(), bucket.gloss.en.as_str()),
        ("відро", "bucket")
    );
    assert_eq!(
        bucket.example.as_deref(),
        Some("Fyll vann i bøtte, ikke i vasken.")
    );
    assert_eq!(imported.words[3].pos, PartOfSpeech::Verb);
    assert_eq!(slug("Hvordan går det?"), "hvordan-gar-det");
    assert_eq!(slug("«»"), "ord");
}

#[test]
fn each_word_gets_a_flashcard_and_each_example_that_holds_it_a_gap_and_a_pair() {
    let imported = imported();
    let kinds: Vec<(&str, &str)> = imported
        .items
        .iter()
        .map(|item| (item.id.as_str(), item.exercise.kind()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("kort-en-mopp", "flashcard"),
            ("kort-ei-botte", "flashcard"),
            ("kort-en-klut", "flashcard"),
            ("kort-a-torke", "flashcard"),
            ("luke-en-mopp", "gap"),
            ("luke-ei-botte", "gap"),
            ("luke-en-klut", "gap"),
            ("par-en-mopp", "match"),
        ]
    );
    let Exercise::Match { pairs } = &imported.items[7].exercise else {
        panic!("not a match")
    };
    assert_eq!(
        pairs,
        &[
            (
                "mopp".to_owned(),
                "Jeg vasker gulvet med en ___.".to_owned()
            ),
            (
                "bøtte".to_owned(),
                "Fyll vann i ___, ikke i vasken.".to_owned()
            ),
            ("klut".to_owned(), "Tørk bordet med en ___.".to_owned()),
        ]
    );
    let Exercise::Gap {
        text,
        options,
        answer,
        why,
    } = &imported.items[5].exercise
    else {
        panic!("not a gap")
    };
    assert_eq!(text, "Fyll vann i ___, ikke i vasken.");
    assert_eq!(answer, "bøtte");
    assert_eq!(options, &["bøtte", "mopp", "klut"]);
    assert_eq!(why["mopp"].uk.as_deref(), Some("«en mopp» — це «швабра»."));
    assert_eq!(why["klut"].en.as_deref(), Some("«en klut» means «cloth»."));
}

#[test]
fn what_an_import_makes_passes_the_checker() {
    let mut pack = parse_pack(
        r#"schema = 1
[pack]
id = "renhold-a1-mitt-utstyr"
version = "1.0.0"
sector = "renhold"
level = "A1"
authors = ["Lærer"]
licence = "CC-BY-SA-4.0"
title = { nb = "Utstyr", uk = "Обладнання", en = "Equipment" }
description = { nb = "Ord", uk = "Слова", en = "Words" }
"#,
    )
    .unwrap();
    let imported = imported();
    pack.vocabulary = imported.words;
    pack.items = imported.items;
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: None,
    };
    assert_eq!(check_read(&pack, &context), []);
}

#[test]
fn from_b1_no_gap_is_made_without_norwegian_help() {
    let table = read_table(LIST).unwrap();
    let imported = import(&table, &guess_mapping(&table), Level::B1, &HashSet::new());
    let kinds: Vec<&str> = imported.items.iter().map(|i| i.exercise.kind()).collect();
    // Matching needs no help in another language.
    assert_eq!(
        kinds,
        ["flashcard", "flashcard", "flashcard", "flashcard", "match"]
    );
}

#[test]
fn pairs_come_three_to_a_match_never_one_alone_and_never_twice() {
    let rows: String = ["kost", "mopp", "klut", "bøtte", "svamp", "hanske", "skrape"]
        .iter()
        .enumerate()
        .map(|(room, word)| format!("en {word};щось;something;Rom {room} har en {word}.\n"))
        // «mopp» a second time on the left, and an example the same as
        // another once gapped: left out of the matching.
        .chain(["ei mopp;швабра;mop;Rom 8 har ei mopp.\n".to_owned()])
        .chain(["ei vaskebøtte;відро;bucket;Rom 0 har en vaskebøtte.\n".to_owned()])
        .collect();
    let table = read_table(&rows).unwrap();
    let imported = import(&table, &guess_mapping(&table), Level::B1, &HashSet::new());
    let sizes: Vec<usize> = imported
        .items
        .iter()
        .filter_map(|item| match &item.exercise {
            Exercise::Match { pairs } => Some(pairs.len()),
            _ => None,
        })
        .collect();
    // Nine words, seven pairs: 3 + 4, not 3 + 3 + 1.
    assert_eq!(imported.words.len(), 9);
    assert_eq!(sizes, [3, 4]);
}

#[test]
fn a_word_is_a_gap_only_where_it_stands_whole() {
    assert_eq!(replace_word("Moppen står her.", "mopp"), None);
    assert_eq!(
        replace_word("Ta mopp, ikke kost.", "mopp"),
        Some("Ta ___, ikke kost.".into())
    );
    assert_eq!(
        replace_word("Ta Mopp nå.", "mopp"),
        Some("Ta ___ nå.".into())
    );
    assert_eq!(
        replace_word("Bøtte og bøtte.", "bøtte"),
        Some("___ og bøtte.".into())
    );
}

#[test]
fn any_text_reads_or_is_refused_without_a_panic() {
    const PIECES: [&str; 14] = [
        "\"",
        "\"\"",
        ",",
        ";",
        "\t",
        "\n",
        "\r\n",
        "\u{feff}",
        "#separator:tab\n",
        "en mopp",
        "швабра",
        "å",
        " ",
        "<b>",
    ];
    let mut seed: u64 = 7;
    for _ in 0..5_000 {
        let mut text = String::new();
        for _ in 0..(seed % 24) {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        }
        if let Ok(table) = read_table(&text) {
            let mapping = guess_mapping(&table);
            let imported = import(&table, &mapping, Level::A1, &HashSet::new());
            assert!(imported.words.len() + imported.left_out.len() <= table.rows.len());
            assert!(table.rows.iter().all(|row| row.line >= 1), "{text:?}");
        }
    }
}
