use super::*;
use crate::added::{AddedPack, Origin};
use crate::assignment::{Assignment, Shared};
use crate::practice::Rating;
use crate::progress::Answer;
use crate::progress::day::Day;
use crate::testing;

const NOW: Millis = Millis(1_795_338_000_000);

fn progress_with(items: &[&str], rating: Rating, at: Millis) -> Progress {
    let mut progress = Progress::default();
    for item in items {
        let answer = Answer {
            pack: "helse-a1",
            item,
            rating,
            at,
            day: Day(20_779),
            seconds: 30,
        };
        progress.record(&answer, 0.9);
    }
    progress
}

const PACK: &str = "helse-a1-hilse-beboer";

fn assignment(note: &str) -> Assignment {
    testing::assignment(note, &[PACK])
}

fn report(learner: &str) -> Shared {
    Shared::Report(testing::report(assignment("a").id(), learner, PACK))
}

fn shelf(messages: Vec<Shared>) -> Shelf {
    let mut shelf = Shelf::default();
    for (at, message) in messages.into_iter().enumerate() {
        shelf.keep(Millis(at as i64), message);
    }
    shelf
}

fn settings() -> Vec<(Guarded, String)> {
    vec![
        (
            Guarded::Review,
            r#"{"retention":0.85,"new_per_day":5}"#.into(),
        ),
        (Guarded::Lang, r#""uk""#.into()),
        (Guarded::Support, r#""none""#.into()),
        (Guarded::Sound, "false".into()),
        (Guarded::LearnerName, r#""Olena K.""#.into()),
    ]
}

fn everything_file() -> String {
    let progress = progress_with(&["a", "b"], Rating::Good, NOW);
    let assignments = shelf(vec![Shared::Assignment(assignment("a"))]);
    let mentor = shelf(vec![
        Shared::Assignment(assignment("b")),
        report("Olena"),
        report("Taras"),
    ]);
    let mut kept = settings();
    kept.push((Guarded::HeardVoice, r#""+Nora""#.into()));
    write(
        &Everything {
            progress: &progress,
            assignments: &assignments,
            mentor: &mentor,
            settings: kept,
            packs: &[backed_up("ks-morgenstell", "1.0.0")],
        },
        NOW,
    )
}

/// A teacher's pack as a backup holds it.
fn backed_up(id: &str, version: &str) -> BackedUpPack {
    let mut pack = crate::content::parse_pack(crate::content::tests::PACK).unwrap();
    pack.pack.id = id.into();
    pack.pack.version = version.into();
    BackedUpPack {
        record: AddedPack::new(&pack, 100, Origin::Sent, 0),
        pack: serde_json::to_string(&pack).unwrap(),
    }
}

#[test]
fn a_backup_holds_every_part_and_reads_back_as_it_was() {
    let file = everything_file();
    assert!(
        file.starts_with(r#"{"kind":"bransjenorsk-backup","version":3,"exported":1795338000000,"#)
    );
    let backup = read(&file).unwrap();
    assert_eq!(backup.exported, Some(NOW));
    assert_eq!(
        backup.progress,
        Some(progress_with(&["a", "b"], Rating::Good, NOW))
    );
    assert_eq!(backup.parts(), Part::ALL);
    assert_eq!(
        backup.holds(Part::Progress),
        Some(Holds::Progress {
            items: 2,
            packs: 1,
            days: 1
        })
    );
    assert_eq!(backup.holds(Part::Assignments), Some(Holds::Assignments(1)));
    assert_eq!(
        backup.holds(Part::Mentor),
        Some(Holds::Mentor {
            assignments: 1,
            reports: 2
        })
    );
    // The voice belongs to the device it was heard on.
    assert_eq!(backup.holds(Part::Settings), Some(Holds::Settings(5)));
    assert_eq!(backup.holds(Part::Packs), Some(Holds::Packs(1)));
    assert_eq!(backup.packs, [backed_up("ks-morgenstell", "1.0.0")]);
    let mut names: Vec<Guarded> = backup.settings.iter().map(|(value, _)| *value).collect();
    names.sort_by_key(|value| value.key().pattern());
    let mut expected = SETTINGS.to_vec();
    expected.sort_by_key(|value| value.key().pattern());
    assert_eq!(names, expected);
}

#[test]
fn empty_parts_are_not_offered() {
    let empty = Shelf::default();
    let file = write(
        &Everything {
            progress: &Progress::default(),
            assignments: &empty,
            mentor: &empty,
            settings: Vec::new(),
            packs: &[],
        },
        NOW,
    );
    let backup = read(&file).unwrap();
    assert!(backup.parts().is_empty());
}

#[test]
fn unreadable_settings_are_left_out_of_a_backup() {
    let file = write(
        &Everything {
            progress: &Progress::default(),
            assignments: &Shelf::default(),
            mentor: &Shelf::default(),
            settings: vec![(Guarded::Lang, "{".into()), (Guarded::Sound, "true".into())],
            packs: &[],
        },
        NOW,
    );
    assert_eq!(
        read(&file).unwrap().settings,
        [(Guarded::Sound, "true".into())]
    );
}

#[test]
fn a_backup_of_the_first_version_reads_its_progress() {
    let v1 = include_str!("../../../tests/fixtures/progress/v1.json");
    let file = format!(r#"{{"kind":"bransjenorsk-backup","exported":1,"progress":{v1}}}"#);
    let backup = read(&file).unwrap();
    assert_eq!(backup.progress.unwrap().items.len(), 3);
    assert_eq!(backup.assignments, None);
    assert!(backup.settings.is_empty());
    let v2 = include_str!("../../../tests/fixtures/progress/v2.json");
    let file = format!(r#"{{"kind":"bransjenorsk-backup","exported":1,"progress":{v2}}}"#);
    assert_eq!(read(&file).unwrap().parts(), [Part::Progress]);
}

#[test]
fn the_documented_example_reads() {
    let example = include_str!("../../../tests/fixtures/backup/v3.json");
    let backup = read(example).unwrap();
    assert_eq!(backup.parts(), Part::ALL);
    assert_eq!(backup.packs[0].record.id(), "ks-morgenstell");
    assert!(matches!(backup.packs[0].record.origin, Origin::Web { .. }));
    let before = include_str!("../../../tests/fixtures/backup/v2.json");
    assert_eq!(read(before).unwrap().parts(), &Part::ALL[..4]);
    assert_eq!(
        backup.holds(Part::Mentor),
        Some(Holds::Mentor {
            assignments: 1,
            reports: 1
        })
    );
}

#[test]
fn other_files_are_refused_with_a_reason() {
    for other in [
        "",
        "hello",
        "{}",
        r#"{"schema":2,"items":{}}"#,
        r#"{"kind":"something-else","progress":{"schema":2}}"#,
        r#"{"kind":"bransjenorsk-backup","progress":"x"}"#,
        r#"{"kind":"bransjenorsk-backup","progress":{"schema":2,"items":7}}"#,
        r#"{"kind":"bransjenorsk-backup","version":2,"assignments":7}"#,
        r#"{"kind":"bransjenorsk-backup","version":2,"settings":{"lang":"ru"}}"#,
        r#"{"kind":"bransjenorsk-backup","version":2,"settings":{"heard-voice":"+Nora"}}"#,
        r#"{"kind":"bransjenorsk-backup","version":"2"}"#,
    ] {
        assert_eq!(read(other), Err(BackupError::NotABackup), "{other}");
    }
    for newer in [
        r#"{"kind":"bransjenorsk-backup","exported":1,"progress":{"schema":9}}"#,
        r#"{"kind":"bransjenorsk-backup","version":4,"drafts":[]}"#,
    ] {
        assert_eq!(read(newer), Err(BackupError::Newer), "{newer}");
    }
}

#[test]
fn merge_keeps_both_and_counts_what_came_in() {
    let mut here = Here {
        progress: progress_with(&["a"], Rating::Good, NOW),
        assignments: shelf(vec![Shared::Assignment(assignment("a"))]),
        mentor: shelf(vec![report("Olena")]),
        settings: vec![(Guarded::Lang, r#""nb""#.into())],
        packs: Vec::new(),
    };
    let backup = read(&everything_file()).unwrap();
    let restored = import(&mut here, backup, &Plan::default());
    let counts: Vec<(Part, Choice, usize)> = restored
        .iter()
        .map(|r| (r.part, r.choice, r.count))
        .collect();
    assert_eq!(
        counts,
        [
            (Part::Progress, Choice::Merge, 1),
            (Part::Assignments, Choice::Merge, 0),
            (Part::Mentor, Choice::Merge, 2),
            (Part::Settings, Choice::Merge, 4),
            (Part::Packs, Choice::Merge, 1),
        ]
    );
    assert_eq!(here.packs, [backed_up("ks-morgenstell", "1.0.0").record]);
    assert_eq!(here.progress.items.len(), 2);
    assert_eq!(here.assignments.kept.len(), 1);
    assert_eq!(here.mentor.kept.len(), 3);
    // What is set here stays; the rest comes from the backup.
    assert!(here.settings.contains(&(Guarded::Lang, r#""nb""#.into())));
    assert_eq!(here.settings.len(), 5);
}

#[test]
fn replace_and_leave_are_chosen_per_part() {
    let mut here = Here {
        progress: progress_with(&["x", "y", "z"], Rating::Again, NOW),
        assignments: shelf(vec![Shared::Assignment(assignment("c"))]),
        mentor: shelf(vec![report("Petro")]),
        settings: vec![(Guarded::Lang, r#""nb""#.into())],
        packs: Vec::new(),
    };
    let before = here.clone();
    let mut plan = Plan::default();
    plan.set(Part::Progress, Choice::Replace);
    plan.set(Part::Assignments, Choice::Leave);
    plan.set(Part::Mentor, Choice::Leave);
    plan.set(Part::Settings, Choice::Replace);
    let restored = import(&mut here, read(&everything_file()).unwrap(), &plan);
    assert_eq!(restored[0].count, 2);
    assert_eq!(restored[1].count, 0);
    assert_eq!(restored[3].count, 5);
    assert_eq!(here.progress, progress_with(&["a", "b"], Rating::Good, NOW));
    assert_eq!(here.assignments, before.assignments);
    assert_eq!(here.mentor, before.mentor);
    assert!(here.settings.contains(&(Guarded::Lang, r#""uk""#.into())));
}

#[test]
fn importing_twice_brings_nothing_new() {
    let mut here = Here::default();
    let file = everything_file();
    import(&mut here, read(&file).unwrap(), &Plan::default());
    let once = here.clone();
    let again = import(&mut here, read(&file).unwrap(), &Plan::default());
    assert!(
        again.iter().all(|restored| restored.count == 0),
        "{again:?}"
    );
    assert_eq!(here, once);
}

#[test]
fn a_shelf_s_damaged_lines_travel_and_are_not_doubled() {
    let mut here = Here::default();
    let mut theirs = shelf(vec![report("Olena")]);
    theirs.unreadable.push("17 BAD".into());
    let backup = Backup {
        mentor: Some(theirs),
        ..Backup::default()
    };
    import(&mut here, backup.clone(), &Plan::default());
    import(&mut here, backup, &Plan::default());
    assert_eq!(here.mentor.unreadable, ["17 BAD"]);
    assert_eq!(here.mentor.kept.len(), 1);
}

#[test]
fn file_names_carry_the_date() {
    assert_eq!(file_name("2026-11-22"), "bransjenorsk-2026-11-22.json");
}

#[test]
fn a_learner_whose_progress_may_be_deleted_is_reminded_after_a_week_of_practice() {
    let mut progress = Progress::default();
    for date in 1..=6 {
        let day = format!("2026-11-{date:02}");
        progress.days.insert(day, Default::default());
    }
    assert!(!remind(Some(false), &progress, None), "six days");
    progress
        .days
        .insert("2026-11-20".into(), Default::default());
    assert!(remind(Some(false), &progress, None));
    assert!(remind(None, &progress, None), "the browser does not say");
    assert!(!remind(Some(true), &progress, None), "kept");
    let backup_day = day::from_date("2026-11-03");
    assert!(
        !remind(Some(false), &progress, backup_day),
        "four days since"
    );
}

#[test]
fn packs_are_added_when_new_or_newer_and_replaced_on_request() {
    let here = vec![
        backed_up("kept", "1.2.0").record,
        backed_up("older-here", "1.0.0").record,
        backed_up("only-here", "1.0.0").record,
    ];
    let mut elsewhere = backed_up("from-a-host", "2.0.0");
    elsewhere.record.origin = Origin::Web {
        address: "https://skole.no/p.zip".into(),
    };
    let mut here_from_file = here.clone();
    here_from_file.push(backed_up("from-a-host", "1.0.0").record);
    let theirs = [
        backed_up("kept", "1.1.0"),
        backed_up("older-here", "1.0.1"),
        backed_up("new", "1.0.0"),
        elsewhere,
    ];
    let ids = |changes: &PackChanges| -> Vec<String> {
        changes
            .keep
            .iter()
            .map(|kept| kept.record.id().to_owned())
            .collect()
    };
    let merged = pack_changes(&here_from_file, &theirs, Choice::Merge);
    // An older version and one from another source are not taken.
    assert_eq!(ids(&merged), ["older-here", "new"]);
    assert!(merged.remove.is_empty());
    let replaced = pack_changes(&here_from_file, &theirs, Choice::Replace);
    assert_eq!(ids(&replaced).len(), 4);
    assert_eq!(replaced.remove, ["only-here"]);
    let left = pack_changes(&here_from_file, &theirs, Choice::Leave);
    assert!(left.keep.is_empty() && left.remove.is_empty());
}

#[test]
fn a_backup_whose_pack_is_damaged_or_not_its_own_is_refused() {
    let file = everything_file();
    let backup: serde_json::Value = serde_json::from_str(&file).unwrap();
    let with_pack = |pack: serde_json::Value| {
        let mut changed = backup.clone();
        changed["packs"][0]["pack"] = pack;
        serde_json::to_string(&changed).unwrap()
    };
    let other = backed_up("another-pack", "1.0.0").pack;
    for damaged in [
        with_pack("{".into()),
        with_pack(other.into()),
        with_pack(serde_json::Value::Null),
        file.replace("\"schema\":1,\"entry\"", "\"schema\":9,\"entry\""),
    ] {
        assert_eq!(read(&damaged), Err(BackupError::NotABackup), "{damaged}");
    }
    // A version 2 file (no packs) still reads.
    let v2 = file.replace("\"version\":3", "\"version\":2");
    assert!(read(&v2).is_ok());
}
