//! Tests of practice runs, driven as a learner would.

use std::sync::Arc;

use super::*;
use crate::content::{Exercise, read_pack};
use crate::practice::feedback::Feedback;
use crate::progress::day::Day;
use crate::progress::{self, Progress};
use crate::review::{self, ReviewSettings};
use crate::sound::Sound;

const NOW: Millis = Millis(1_764_590_400_000); // 2025-12-01, noon
const SOUND: Sound = Sound {
    on: true,
    voice: true,
};

/// A pack of `cards` flashcards `k0`, `k1`, … followed by `extra` items
/// written in TOML.
fn pack(id: &str, cards: usize, extra: &str) -> Arc<Pack> {
    let mut text = format!(
        r#"schema = 1
[pack]
id = "{id}"
version = "1.0.0"
sector = "helse"
level = "A1"
authors = ["Bransjenorsk"]
licence = "CC-BY-SA-4.0"
title = {{ nb = "Test", uk = "Тест", en = "Test" }}
description = {{ nb = "Test.", uk = "Тест.", en = "Test." }}
"#
    );
    for i in 0..cards {
        text.push_str(&format!(
            "[[items]]\nid = \"k{i}\"\nkind = \"flashcard\"\nfront = \"ord {i}\"\nback = {{ uk = \"слово\", en = \"word\" }}\n"
        ));
    }
    text.push_str(extra);
    Arc::new(read_pack(&text).unwrap_or_else(|problems| panic!("{problems:?}")))
}

const SOUND_ITEMS: &str = r#"
[[items]]
id = "lytt"
kind = "listening"
text = "Vil du ha kaffe?"
options = ["Vil du ha kaffe?", "Vil du ha vaffel?"]

[[items]]
id = "lytt-opptak"
kind = "listening"
text = "Vil du ha te?"
audio = "te.ogg"
options = ["Vil du ha te?", "Vil du ha is?"]

[[items]]
id = "si"
kind = "speaking"
text = "God morgen!"
"#;

const NOTE: &str = r#"
[[items]]
id = "notat"
kind = "culture"
title = { uk = "Питайте", en = "Ask" }
text = { uk = "Спершу запитайте.", en = "Ask first." }
"#;

fn never(_: &str, _: &str) -> Option<(Rating, Millis)> {
    None
}

fn playable(item: &Item) -> Result<(), Silence> {
    SOUND.gate(item)
}

fn pack_run(cards: usize) -> Run {
    Run::pack(pack("p", cards, ""), 0, playable, never, NOW)
}

/// The id of the item the run is at.
fn at(run: &Run) -> Option<String> {
    run.current().map(|c| c.item.id.clone())
}

fn wrong() -> Answer {
    Answer::Graded(Feedback::rated(Rating::Again))
}

fn right() -> Answer {
    Answer::Graded(Feedback::rated(Rating::Good))
}

/// Answers the current item and closes its feedback; the items shown.
fn play(run: &mut Run, answers: &[Answer]) -> Vec<String> {
    let mut shown = Vec::new();
    for answer in answers {
        shown.push(at(run).expect("an item to answer"));
        run.answer(answer.clone(), NOW);
        run.carry_on(NOW);
    }
    shown
}

#[test]
fn a_pack_run_starts_with_what_is_not_yet_right() {
    let last = |_: &str, item: &str| match item {
        "k0" | "k1" => Some((Rating::Good, NOW - 1_000)),
        "k2" => Some((Rating::Again, NOW - 500)),
        _ => None,
    };
    let run = Run::pack(pack("p", 5, ""), 0, playable, last, NOW);
    let mut run = run;
    let shown = play(&mut run, &vec![right(); 5]);
    assert_eq!(shown, ["k2", "k3", "k4", "k0", "k1"]);
}

#[test]
fn a_pack_run_is_one_session_long() {
    let run = pack_run(25);
    assert_eq!(run.planned(), crate::practice::session::SESSION_SIZE);
    assert_eq!(run.done(), 0);
    assert!(run.at_start());
}

#[test]
fn an_answer_is_saved_before_its_feedback_shows() {
    let mut run = pack_run(3);
    let record = run.answer(right(), NOW + 4_000).expect("a record");
    assert_eq!(
        record,
        Record {
            pack: "p".into(),
            item: "k0".into(),
            rating: Rating::Good,
            seconds: 4,
        }
    );
    // The feedback shows over the same item until the learner goes on.
    assert_eq!(run.feedback(), Some(&Feedback::rated(Rating::Good)));
    assert_eq!(at(&run).as_deref(), Some("k0"));
    run.carry_on(NOW + 5_000);
    assert_eq!(run.feedback(), None);
    assert_eq!(at(&run).as_deref(), Some("k1"));
    assert_eq!(run.done(), 1);
}

#[test]
fn a_second_answer_while_feedback_shows_is_ignored() {
    let mut run = pack_run(3);
    assert!(run.answer(wrong(), NOW).is_some());
    assert_eq!(run.answer(right(), NOW), None);
    assert_eq!(run.answer(Answer::Next(Some(Rating::Easy)), NOW), None);
    assert_eq!(run.answer(Answer::Skip, NOW), None);
    assert_eq!(run.feedback().and_then(|f| f.rating), Some(Rating::Again));
    assert_eq!(at(&run).as_deref(), Some("k0"));
}

#[test]
fn carrying_on_without_feedback_does_nothing() {
    let mut run = pack_run(2);
    run.carry_on(NOW);
    assert_eq!(at(&run).as_deref(), Some("k0"));
    assert!(run.at_start());
}

#[test]
fn a_wrong_item_comes_back_after_two_others() {
    let mut run = pack_run(4);
    let shown = play(&mut run, &[wrong(), right(), right(), right(), right()]);
    assert_eq!(shown, ["k0", "k1", "k2", "k0", "k3"]);
    assert_eq!(at(&run), None);
}

#[test]
fn a_wrong_item_comes_back_at_most_twice_and_never_twice_in_a_row() {
    let mut run = pack_run(2);
    let mut shown = Vec::new();
    while let Some(id) = at(&run) {
        shown.push(id);
        run.answer(wrong(), NOW);
        run.carry_on(NOW);
        assert!(shown.len() < 20, "the run must end");
    }
    assert!(shown.windows(2).all(|pair| pair[0] != pair[1]), "{shown:?}");
    assert!(shown.iter().filter(|id| *id == "k0").count() <= 3);
    let (summary, labels) = run.summary();
    assert_eq!(summary.wrong, 2);
    assert_eq!(labels, ["ord 0", "ord 1"]);
}

#[test]
fn a_wrong_answer_is_saved_every_time_it_is_given() {
    let mut run = pack_run(3);
    let mut saved = Vec::new();
    for answer in [wrong(), right(), right(), right()] {
        saved.extend(run.answer(answer, NOW));
        run.carry_on(NOW);
    }
    let ids: Vec<(&str, Rating)> = saved.iter().map(|r| (r.item.as_str(), r.rating)).collect();
    assert_eq!(
        ids,
        [
            ("k0", Rating::Again),
            ("k1", Rating::Good),
            ("k2", Rating::Good),
            ("k0", Rating::Good)
        ]
    );
}

#[test]
fn a_note_read_is_saved_as_done() {
    let mut run = Run::pack(pack("p", 0, NOTE), 0, playable, never, NOW);
    let record = run.answer(Answer::Next(None), NOW).expect("a record");
    assert_eq!(
        (record.item.as_str(), record.rating),
        ("notat", Rating::Good)
    );
    // No feedback after a note: on at once, and the summary counts it read.
    assert_eq!(run.feedback(), None);
    assert_eq!(at(&run), None);
    assert_eq!(run.summary().0.read, 1);
}

#[test]
fn a_flashcard_is_saved_as_the_learner_rated_it() {
    let mut run = pack_run(2);
    let record = run.answer(Answer::Next(Some(Rating::Easy)), NOW).unwrap();
    assert_eq!(record.rating, Rating::Easy);
    let record = run.answer(Answer::Next(Some(Rating::Again)), NOW).unwrap();
    assert_eq!(record.rating, Rating::Again);
    // "Again" on a card brings it back only when others are left.
    assert_eq!(at(&run), None);
}

#[test]
fn time_counts_from_when_the_item_was_shown() {
    let mut run = pack_run(3);
    let first = run.answer(right(), NOW + 12_900).unwrap();
    assert_eq!(first.seconds, 12);
    // Reading the feedback is not time on the next item.
    run.carry_on(NOW + 40_000);
    let second = run
        .answer(Answer::Next(Some(Rating::Good)), NOW + 43_000)
        .unwrap();
    assert_eq!(second.seconds, 3);
}

#[test]
fn time_on_one_item_is_clamped() {
    let mut run = pack_run(2);
    let record = run.answer(right(), NOW + 3_600_000).unwrap();
    assert_eq!(record.seconds, MAX_SECONDS_PER_ANSWER);
    let mut run = pack_run(2);
    let record = run.answer(right(), Millis(i64::MAX)).unwrap();
    assert_eq!(record.seconds, MAX_SECONDS_PER_ANSWER);
}

#[test]
fn a_clock_that_goes_back_counts_no_time() {
    let mut run = pack_run(2);
    let record = run.answer(right(), NOW - 60_000).unwrap();
    assert_eq!(record.seconds, 0);
}

#[test]
fn a_skipped_item_is_neither_saved_nor_counted() {
    let mut run = pack_run(3);
    assert_eq!(run.answer(Answer::Skip, NOW + 9_000), None);
    assert_eq!(run.planned(), 2);
    assert_eq!(at(&run).as_deref(), Some("k1"));
    // The next item's time starts at the skip.
    let record = run.answer(right(), NOW + 11_000).unwrap();
    assert_eq!(record.seconds, 2);
    run.carry_on(NOW);
    play(&mut run, &[right()]);
    assert_eq!(at(&run), None);
    assert_eq!(run.summary().0.answered(), 2);
}

#[test]
fn leaving_mid_run_loses_no_answer() {
    let mut run = pack_run(10);
    let mut saved = Vec::new();
    for answer in [right(), wrong(), Answer::Next(Some(Rating::Hard))] {
        saved.extend(run.answer(answer, NOW));
        run.carry_on(NOW);
    }
    // The learner answers a fourth and leaves on its feedback.
    saved.extend(run.answer(wrong(), NOW));
    drop(run);
    let items: Vec<&str> = saved.iter().map(|r| r.item.as_str()).collect();
    assert_eq!(items, ["k0", "k1", "k2", "k3"]);
    assert_eq!(saved[3].rating, Rating::Again);
}

#[test]
fn a_summary_mid_run_counts_what_was_done() {
    let mut run = pack_run(10);
    play(&mut run, &[right(), wrong(), right()]);
    assert_eq!(run.done(), 2, "the wrong item is still to come");
    let (summary, labels) = run.summary();
    assert_eq!((summary.right, summary.wrong), (2, 1));
    assert_eq!(labels, ["ord 1"]);
}

#[test]
fn items_that_need_sound_are_left_out_when_sound_is_off() {
    let off = Sound {
        on: false,
        voice: true,
    };
    let run = Run::pack(pack("p", 1, SOUND_ITEMS), 0, |i| off.gate(i), never, NOW);
    assert_eq!(run.planned(), 1);
    assert_eq!(
        run.left_out(),
        LeftOut {
            unreadable: 0,
            sound_off: 3,
            no_voice: 0
        }
    );
}

#[test]
fn without_a_voice_only_what_has_a_recording_is_played() {
    let mute = Sound {
        on: true,
        voice: false,
    };
    let mut run = Run::pack(pack("p", 0, SOUND_ITEMS), 0, |i| mute.gate(i), never, NOW);
    assert_eq!(run.left_out().no_voice, 1);
    let shown = play(&mut run, &[right(), Answer::Next(Some(Rating::Good))]);
    assert_eq!(shown, ["lytt-opptak", "si"]);
}

#[test]
fn with_sound_and_a_voice_everything_is_played() {
    let run = Run::pack(pack("p", 0, SOUND_ITEMS), 2, playable, never, NOW);
    assert_eq!(run.planned(), 3);
    assert_eq!(
        run.left_out(),
        LeftOut {
            unreadable: 2,
            sound_off: 0,
            no_voice: 0
        }
    );
}

#[test]
fn a_run_with_nothing_to_play_is_over_at_once() {
    let mut run = Run::pack(pack("p", 0, ""), 0, playable, never, NOW);
    assert!(run.current().is_none());
    assert_eq!(run.answer(right(), NOW), None);
    assert_eq!(run.summary().0, Summary::default());
}

#[test]
fn a_pack_run_starts_again_from_the_progress_now() {
    let mut run = pack_run(3);
    play(&mut run, &[wrong(), right(), right(), right()]);
    assert_eq!(at(&run), None);
    assert!(run.can_restart());
    let seed = run.seed();
    let last = |_: &str, item: &str| match item {
        "k1" => Some((Rating::Again, NOW)),
        _ => Some((Rating::Good, NOW - 1)),
    };
    run.restart(last, NOW + 1);
    assert!(run.at_start());
    assert_eq!(at(&run).as_deref(), Some("k1"));
    assert_ne!(run.seed(), seed);
}

#[test]
fn what_is_shown_changes_with_each_item_and_not_with_feedback() {
    let mut run = pack_run(3);
    let start = run.shown();
    run.answer(wrong(), NOW);
    assert_eq!(run.shown(), start, "feedback shows over the same item");
    run.carry_on(NOW);
    let second = run.shown();
    assert_ne!(second, start);
    run.answer(Answer::Skip, NOW);
    assert_ne!(run.shown(), second, "a skip shows another item");
    let before = run.shown();
    run.answer(Answer::Next(None), NOW);
    run.answer(right(), NOW);
    run.carry_on(NOW);
    run.restart(never, NOW);
    assert!(
        run.shown() > before + 2,
        "a restart shows the first item again"
    );
}

#[test]
fn every_attempt_mixes_options_anew() {
    let mut run = pack_run(3);
    let first = run.seed();
    play(&mut run, &[right()]);
    assert_ne!(run.seed(), first);
    assert_eq!(run.attempt(), 1);
}

#[test]
fn help_follows_the_level_of_the_item() {
    let extra = r#"
[[items]]
id = "b1"
kind = "flashcard"
level = "B1"
front = "et avvik"
back = { uk = "відхилення", en = "a deviation" }
"#;
    let mut run = Run::pack(pack("p", 1, extra), 0, playable, never, NOW);
    let help = run.help(Some(Lang::Uk)).unwrap();
    assert_eq!(help.language, Lang::Uk);
    play(&mut run, &[right()]);
    let help = run.help(Some(Lang::Uk)).unwrap();
    assert_eq!(help.language, Lang::Nb);
    play(&mut run, &[right()]);
    assert_eq!(run.help(Some(Lang::Uk)), None);
}

#[test]
fn a_pack_run_leads_back_to_its_pack_and_a_review_home() {
    assert_eq!(pack_run(1).back(), Route::Pack("p".into()));
    let review = Run::review(vec![pack("p", 1, "")], vec![(0, 0)], playable, NOW);
    assert_eq!(review.back(), Route::Home);
    assert!(!review.can_restart());
}

#[test]
fn a_review_plays_its_entries_in_the_order_given_across_packs() {
    let packs = vec![pack("a", 3, ""), pack("b", 3, "")];
    let mut run = Run::review(packs, vec![(1, 2), (0, 0), (1, 0)], playable, NOW);
    let mut sources = Vec::new();
    while let Some(current) = run.current() {
        sources.push((current.source, current.item.id.clone()));
        run.answer(right(), NOW);
        run.carry_on(NOW);
    }
    assert_eq!(
        sources,
        [(1, "k2".into()), (0, "k0".into()), (1, "k0".into())]
    );
}

#[test]
fn a_review_is_not_restarted_from_its_summary() {
    let mut run = Run::review(vec![pack("a", 2, "")], vec![(0, 0)], playable, NOW);
    play(&mut run, &[right()]);
    run.restart(never, NOW);
    assert_eq!(at(&run), None, "a review is planned anew from home");
}

#[test]
fn a_review_drops_entries_that_name_no_item() {
    let run = Run::review(
        vec![pack("a", 2, "")],
        vec![(0, 5), (3, 0), (0, 1)],
        playable,
        NOW,
    );
    assert_eq!(run.planned(), 1);
    assert_eq!(at(&run).as_deref(), Some("k1"));
}

#[test]
fn a_review_leaves_out_what_this_device_cannot_play() {
    let off = Sound {
        on: false,
        voice: false,
    };
    let packs = vec![pack("a", 1, SOUND_ITEMS)];
    let entries = (0..4).map(|i| (0, i)).collect();
    let run = Run::review(packs, entries, |i| off.gate(i), NOW);
    assert_eq!(run.planned(), 1);
    assert_eq!(run.left_out().sound_off, 3);
}

#[test]
fn a_review_plays_assigned_items_first() {
    let packs = vec![pack("begun", 3, ""), pack("assigned", 3, "")];
    let mut progress = Progress::default();
    // Every item of the begun pack is due; nothing assigned was tried.
    for item in ["k0", "k1", "k2"] {
        progress.record(
            &progress::Answer {
                pack: "begun",
                item,
                rating: Rating::Again,
                at: NOW - 86_400_000,
                day: Day(0),
                seconds: 5,
            },
            0.9,
        );
    }
    let ids: Vec<(&str, Vec<&str>)> = packs
        .iter()
        .map(|p| {
            let items = p.items.iter().map(|i| i.id.as_str()).collect();
            (p.pack.id.as_str(), items)
        })
        .collect();
    let entries = review::session(
        &progress,
        &ids,
        NOW,
        ReviewSettings::default(),
        Day(1),
        |pack, item| pack == "assigned" && item != "k2",
    );
    let mut run = Run::review(packs, entries, playable, NOW);
    let mut shown = Vec::new();
    while let Some(current) = run.current() {
        shown.push(format!("{}/{}", current.pack.pack.id, current.item.id));
        run.answer(Answer::Next(Some(Rating::Good)), NOW);
    }
    assert_eq!(
        shown,
        [
            "assigned/k0",
            "assigned/k1",
            "begun/k0",
            "begun/k1",
            "begun/k2",
            "assigned/k2"
        ]
    );
}

#[test]
fn the_summary_names_the_items_to_look_at_again() {
    let mut run = Run::pack(pack("p", 2, NOTE), 0, playable, never, NOW);
    play(
        &mut run,
        &[
            Answer::Graded(Feedback::rated(Rating::Hard)),
            right(),
            Answer::Next(None),
        ],
    );
    let (summary, labels) = run.summary();
    assert_eq!((summary.right, summary.almost, summary.read), (1, 1, 1));
    assert_eq!(labels, ["ord 0"]);
    assert!(matches!(
        run.packs()[0].items[0].exercise,
        Exercise::Flashcard { .. }
    ));
}
