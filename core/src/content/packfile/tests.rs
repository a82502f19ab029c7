//! Packs as one file: zips as zip tools make them, and zips made to harm.

use std::io::{Cursor, Write};
use std::path::Path;

use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::*;

fn valid_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/packs/valid/helse")
}

fn valid_toml() -> Vec<u8> {
    std::fs::read(valid_dir().join("every-kind.toml")).unwrap()
}

fn recording(name: &str) -> Vec<u8> {
    std::fs::read(valid_dir().join("lyd").join(name)).unwrap()
}

/// A zip of these files, deflated as zip tools do by default.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, content) in files {
        writer.start_file(*name, options).unwrap();
        writer.write_all(content).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// The valid pack and its two recordings, each name with `prefix`.
fn valid_zip(prefix: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let toml = valid_toml();
    let (handkle, kaffe) = (recording("handkle.ogg"), recording("kaffe.ogg"));
    let names = [
        format!("{prefix}every-kind.toml"),
        format!("{prefix}lyd/handkle.ogg"),
        format!("{prefix}lyd/kaffe.ogg"),
    ];
    let mut files: Vec<(&str, &[u8])> = vec![
        (&names[0], &toml),
        (&names[1], &handkle),
        (&names[2], &kaffe),
    ];
    files.extend_from_slice(extra);
    zip_of(&files)
}

fn check(bytes: Vec<u8>) -> Result<OpenedPack, Vec<Problem>> {
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: None,
    };
    check_pack_file(bytes, &context)
}

fn kinds(result: Result<OpenedPack, Vec<Problem>>) -> Vec<ProblemKind> {
    result
        .expect_err("the pack file is refused")
        .into_iter()
        .map(|problem| problem.kind)
        .collect()
}

#[test]
fn a_zip_with_the_pack_and_its_recordings_is_read_and_checked() {
    let opened = check(valid_zip("", &[])).unwrap();
    assert_eq!(opened.pack.pack.id, "test-every-kind");
    let names: Vec<&str> = opened.media.keys().map(String::as_str).collect();
    assert_eq!(names, ["lyd/handkle.ogg", "lyd/kaffe.ogg"]);
    assert_eq!(opened.media["lyd/kaffe.ogg"], recording("kaffe.ogg"));
}

#[test]
fn a_zip_of_the_folder_and_what_a_computer_adds_read_the_same() {
    let folder = check(valid_zip("morgenstell/", &[])).unwrap();
    let finder: &[(&str, &[u8])] = &[
        ("__MACOSX/._every-kind.toml", b"\0\x05\x16\x07"),
        (".DS_Store", b"\0\0\0\x01Bud1"),
    ];
    let mac = check(valid_zip("", finder)).unwrap();
    assert_eq!(folder, mac);
}

#[test]
fn a_toml_alone_is_a_pack_and_must_not_name_files_it_lacks() {
    let kinds = kinds(check(valid_toml()));
    assert!(
        kinds.contains(&ProblemKind::MissingFile("lyd/handkle.ogg".into())),
        "{kinds:?}"
    );
    let without_sound = String::from_utf8(valid_toml())
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with("audio ="))
        .collect::<Vec<_>>()
        .join("\n");
    // Listening and minimal pairs need their recordings; the rest reads.
    let problems = kinds_or_pack(check(without_sound.into_bytes()));
    assert!(
        problems
            .iter()
            .all(|kind| !matches!(kind, ProblemKind::MissingFile(_)))
    );
}

fn kinds_or_pack(result: Result<OpenedPack, Vec<Problem>>) -> Vec<ProblemKind> {
    result.map_or_else(
        |problems| problems.into_iter().map(|p| p.kind).collect(),
        |_| vec![],
    )
}

#[test]
fn a_missing_or_disguised_recording_is_refused_at_the_line_that_names_it() {
    let toml = valid_toml();
    let kaffe = recording("kaffe.ogg");
    let missing = check(zip_of(&[
        ("every-kind.toml", &toml),
        ("lyd/kaffe.ogg", &kaffe),
    ]));
    let problems = missing.unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].kind,
        ProblemKind::MissingFile("lyd/handkle.ogg".into())
    );
    assert_eq!(problems[0].location.map(|at| at.line), Some(22));

    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let disguised = check(zip_of(&[
        ("every-kind.toml", &toml),
        ("lyd/handkle.ogg", png),
        ("lyd/kaffe.ogg", &kaffe),
    ]));
    let problems = disguised.unwrap_err();
    assert_eq!(
        problems[0].kind,
        ProblemKind::MediaContent {
            file: "lyd/handkle.ogg".into(),
            named: "Ogg",
            found: Some("PNG"),
        }
    );
    assert_eq!(problems[0].location.map(|at| at.line), Some(22));
    let html = check(zip_of(&[
        ("every-kind.toml", &toml),
        ("lyd/handkle.ogg", b"<html><script>alert(1)</script></html>"),
        ("lyd/kaffe.ogg", &kaffe),
    ]));
    assert!(matches!(
        &kinds(html)[0],
        ProblemKind::MediaContent { found: None, .. }
    ));
}

#[test]
fn files_the_pack_does_not_name_are_not_kept() {
    let kinds = kinds(check(valid_zip("", &[("notater.docx", b"PK\x03\x04")])));
    assert_eq!(kinds, [ProblemKind::ZipFileNotNamed("notater.docx".into())]);
}

#[test]
fn a_zip_must_hold_one_pack_at_its_top() {
    let ogg = recording("kaffe.ogg");
    assert_eq!(
        kinds(check(zip_of(&[("lyd/kaffe.ogg", &ogg)]))),
        [ProblemKind::ZipNoPack]
    );
    let toml = valid_toml();
    assert_eq!(
        kinds(check(zip_of(&[("a.toml", &toml), ("b.toml", &toml)]))),
        [ProblemKind::ZipManyPacks(vec![
            "a.toml".into(),
            "b.toml".into()
        ])]
    );
}

#[test]
fn names_that_lead_out_of_the_pack_are_refused() {
    let toml = valid_toml();
    for name in [
        "../kaffe.ogg",
        "lyd/../../kaffe.ogg",
        "/etc/kaffe.ogg",
        "C:/kaffe.ogg",
    ] {
        let kinds = kinds(check(zip_of(&[
            ("every-kind.toml", &toml),
            (name, b"OggS"),
        ])));
        assert!(
            matches!(&kinds[0], ProblemKind::ZipUnsafeName(_)),
            "{name}: {kinds:?}"
        );
    }
}

#[test]
fn a_zip_bomb_is_stopped_while_it_unpacks() {
    // 100 MB of zeros deflate to about 100 KB.
    let zeros = vec![0_u8; 100 * 1024 * 1024];
    let bomb = zip_of(&[
        ("every-kind.toml", &valid_toml()),
        ("lyd/handkle.ogg", &zeros),
    ]);
    assert!(bomb.len() < MAX_ZIP_BYTES, "{} bytes", bomb.len());
    assert_eq!(
        kinds(check(bomb)),
        [ProblemKind::ZipFileTooLarge {
            file: "lyd/handkle.ogg".into(),
            limit: MAX_ENTRY_BYTES,
        }]
    );
    // Many files just under the limit each add up.
    let big = vec![0_u8; MAX_ENTRY_BYTES as usize];
    let names: Vec<String> = (0..12).map(|n| format!("lyd/{n}.ogg")).collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .map(|name| (name.as_str(), big.as_slice()))
        .collect();
    assert!(matches!(
        kinds(check(zip_of(&files)))[0],
        ProblemKind::ZipTooLarge { .. }
    ));
}

#[test]
fn too_many_files_too_many_bytes_and_damage_are_refused() {
    let names: Vec<String> = (0..=MAX_ZIP_FILES).map(|n| format!("{n}.ogg")).collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .map(|name| (name.as_str(), &b"OggS"[..]))
        .collect();
    assert!(matches!(
        kinds(check(zip_of(&files)))[0],
        ProblemKind::ZipTooManyFiles { .. }
    ));
    let mut huge = b"PK\x03\x04".to_vec();
    huge.resize(MAX_ZIP_BYTES + 1, 0);
    assert!(matches!(
        kinds(check(huge))[0],
        ProblemKind::FileTooLarge { .. }
    ));
    let whole = valid_zip("", &[]);
    for cut in [4, 30, whole.len() / 2, whole.len() - 10] {
        let kinds = kinds(check(whole[..cut].to_vec()));
        assert_eq!(kinds, [ProblemKind::ZipDamaged], "cut at {cut}");
    }
}

#[test]
fn a_pack_zipped_with_its_recordings_reads_back_whole() {
    let toml = valid_toml();
    let pack = crate::content::parse_pack(std::str::from_utf8(&toml).unwrap()).unwrap();
    let mut media = Media::new();
    media.insert("lyd/handkle.ogg".into(), recording("handkle.ogg"));
    media.insert("lyd/kaffe.ogg".into(), recording("kaffe.ogg"));
    let zipped = zip_pack("every-kind.toml", &toml, &media);
    assert!(is_zip(&zipped));
    let file = unzip(&zipped).unwrap();
    assert_eq!(file.toml, toml);
    assert_eq!(
        file.media.keys().collect::<Vec<_>>(),
        ["lyd/handkle.ogg", "lyd/kaffe.ogg"]
    );
    let known = std::collections::HashSet::new();
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: Some(&known),
    };
    let opened = check_pack_file(zipped, &context).unwrap();
    assert_eq!(opened.pack, pack);
    assert_eq!(opened.media["lyd/kaffe.ogg"], recording("kaffe.ogg"));
}
