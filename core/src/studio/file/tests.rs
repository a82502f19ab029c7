use std::collections::HashSet;
use std::path::Path;

use super::*;
use crate::content::{Exercise, MediaKind, pack_files, parse_pack, zip_pack};
use crate::studio::draft::{media_name, pack_toml};

/// A bundled pack without prerequisites, as written in the repository.
fn bundled() -> Pack {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises");
    pack_files(&root)
        .iter()
        .map(|path| parse_pack(&std::fs::read_to_string(path).unwrap()).unwrap())
        .find(|pack| pack.pack.prerequisites.is_empty())
        .unwrap()
}

const M4A: &[u8] = b"\0\0\0\x18ftypM4A rest of a recording";

#[test]
fn a_pack_without_recordings_goes_out_as_its_toml_checked_as_that_file() {
    let pack = bundled();
    let parts = Parts::of(&pack, &Media::new());
    assert_eq!(parts.name, format!("{}.toml", pack.pack.id));
    let written = write(&parts, &HashSet::new());
    assert_eq!(written.bytes, pack_toml(&pack).into_bytes());
    assert!(
        matches!(written.report, CheckReport::Passed { .. }),
        "{:?}",
        written.report
    );
}

#[test]
fn a_pack_with_recordings_goes_out_as_a_zip_of_those_it_names() {
    let mut pack = bundled();
    let name = media_name(&pack.items[0].id, MediaKind::M4a);
    pack.items[0].audio = Some(name.clone());
    let mut media = Media::new();
    media.insert(name.clone(), M4A.to_vec());
    // A recording replaced or removed stays behind.
    media.insert("lyd/gone.m4a".into(), M4A.to_vec());
    let parts = Parts::of(&pack, &media);
    assert_eq!(parts.media.keys().collect::<Vec<_>>(), [&name]);
    let written = write(&parts, &HashSet::new());
    assert!(is_zip(&written.bytes));
    assert!(
        matches!(written.report, CheckReport::Passed { .. }),
        "{:?}",
        written.report
    );
    let file = unzip(&written.bytes).unwrap();
    assert_eq!(file.toml, pack_toml(&pack).into_bytes());
    assert_eq!(file.media, parts.media);
}

#[test]
fn a_picture_goes_out_in_the_zip_beside_the_recordings() {
    let mut pack = bundled();
    let picture = media_name(&pack.items[0].id, MediaKind::Png);
    pack.items[0].image = Some(picture.clone());
    let png = b"\x89PNG\r\n\x1a\n a picture".to_vec();
    let media = Media::from([(picture.clone(), png.clone())]);
    let written = write(&Parts::of(&pack, &media), &HashSet::new());
    assert!(
        matches!(written.report, CheckReport::Passed { .. }),
        "{:?}",
        written.report
    );
    assert_eq!(unzip(&written.bytes).unwrap().media[&picture], png);
}

#[test]
fn a_pack_whose_recording_is_missing_is_put_together_but_faulted() {
    let mut pack = bundled();
    pack.items[0].audio = Some("lyd/none.m4a".into());
    let written = write(&Parts::of(&pack, &Media::new()), &HashSet::new());
    assert!(!is_zip(&written.bytes));
    assert!(matches!(written.report, CheckReport::Failed(_)));
}

#[test]
fn a_toml_or_zip_opens_as_the_pack_it_holds_with_its_recordings() {
    let mut pack = bundled();
    let text = pack_toml(&pack);
    assert_eq!(
        open(text.clone().into_bytes()).unwrap(),
        (pack.clone(), Media::new())
    );
    let name = media_name(&pack.vocabulary[0].id, MediaKind::M4a);
    pack.vocabulary[0].audio = Some(name.clone());
    let media = Media::from([(name, M4A.to_vec())]);
    let zipped = Parts::of(&pack, &media).bytes();
    assert_eq!(open(zipped).unwrap(), (pack, media));
}

#[test]
fn a_pack_the_checker_faults_still_opens_to_be_mended() {
    let mut pack = bundled();
    pack.pack.description.uk = String::new();
    pack.items[0].audio = Some("lyd/none.m4a".into());
    let opened = open(pack_toml(&pack).into_bytes()).unwrap();
    assert_eq!(opened.0, pack);
}

#[test]
fn what_cannot_be_read_is_refused_with_why() {
    let kinds = |bytes: Vec<u8>| -> Vec<String> {
        open(bytes)
            .unwrap_err()
            .into_iter()
            .map(|p| p.message.id)
            .collect()
    };
    assert_eq!(kinds(vec![b'a', 0xff, 0xfe]), ["problem-not-utf8"]);
    assert!(!kinds(b"[pack\nid = ".to_vec()).is_empty());
    let media = Media::from([("lyd/a.m4a".to_owned(), M4A.to_vec())]);
    let mut broken = zip_pack("p.toml", b"schema = 1", &media);
    broken.truncate(20);
    assert!(!kinds(broken).is_empty());
}

#[test]
fn each_problem_names_its_field_for_the_form_to_show_it_at() {
    let mut pack = bundled();
    pack.pack.title.uk = String::new();
    pack.vocabulary[0].gloss.en = String::new();
    pack.items[0].instruction = Some(crate::content::Support {
        nb: None,
        uk: Some("<b>Увага</b>".into()),
        en: None,
    });
    // A hint without its English at A1 is mended in the English field.
    pack.items[1].level = Some(crate::content::Level::A1);
    pack.items[1].hint = Some(crate::content::Support {
        nb: None,
        uk: Some("Подивіться на слово ще раз.".into()),
        en: None,
    });
    // A missing why is mended in the why of its option, not in the options.
    let wrong = pack
        .items
        .iter_mut()
        .find_map(|item| match &mut item.exercise {
            Exercise::Choice {
                options,
                answer,
                why,
                ..
            } => {
                why.clear();
                options.iter().find(|option| *option != answer).cloned()
            }
            _ => None,
        })
        .unwrap();
    let written = write(&Parts::of(&pack, &Media::new()), &HashSet::new());
    let CheckReport::Failed(problems) = written.report else {
        panic!("passed")
    };
    let why = format!("why.{wrong}");
    let fields: Vec<(&str, Option<&str>)> = problems
        .iter()
        .map(|p| (p.subject.id.as_str(), p.field.as_deref()))
        .collect();
    assert!(
        fields.contains(&("subject-pack", Some("title.uk"))),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("subject-word", Some("gloss.en"))),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("subject-item", Some("instruction.uk"))),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("subject-item", Some("hint.en"))),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("subject-item", Some(why.as_str()))),
        "{fields:?}"
    );
}
