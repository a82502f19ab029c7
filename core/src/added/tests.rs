use super::*;
use crate::content::parse_pack;
use crate::content::tests::PACK;

fn pack(id: &str, version: &str) -> Pack {
    let mut pack = parse_pack(PACK).unwrap();
    pack.pack.id = id.into();
    pack.pack.version = version.into();
    pack
}

fn web(address: &str) -> Origin {
    Origin::Web {
        address: address.into(),
    }
}

fn bundled() -> Catalog {
    Catalog::new(vec![CatalogEntry::new(
        &pack("a1-stell", "1.0.0"),
        "exercises/helse/a1-stell.json".into(),
        100,
    )])
}

fn kept(id: &str, version: &str, origin: Origin) -> AddedPack {
    AddedPack::new(&pack(id, version), 10, origin, 0)
}

#[test]
fn a_new_pack_is_kept() {
    let verdict = judge(
        &bundled(),
        &[],
        &pack("morgenstell", "1.0.0"),
        &Origin::Sent,
    );
    assert_eq!(verdict, Ok(Verdict::New));
}

#[test]
fn a_bundled_id_is_refused() {
    let verdict = judge(&bundled(), &[], &pack("a1-stell", "9.0.0"), &Origin::Sent);
    assert_eq!(verdict, Err(Refusal::BundledId));
    assert_eq!(Refusal::BundledId.message_id(), "added-refused-bundled");
}

#[test]
fn versions_compare_as_numbers() {
    let shelf = [kept("morgenstell", "1.9.0", Origin::Sent)];
    let judged = |version: &str| {
        judge(
            &bundled(),
            &shelf,
            &pack("morgenstell", version),
            &Origin::Sent,
        )
    };
    assert_eq!(
        judged("1.10.0"),
        Ok(Verdict::Update {
            kept: "1.9.0".into()
        })
    );
    assert_eq!(judged("1.9.0"), Ok(Verdict::Same));
    assert_eq!(
        judged("1.8.12"),
        Err(Refusal::Older {
            kept: "1.9.0".into(),
            offered: "1.8.12".into()
        })
    );
}

#[test]
fn an_update_comes_from_the_same_host() {
    let shelf = [kept(
        "morgenstell",
        "1.0.0",
        web("https://skole.no/packs/a.zip"),
    )];
    let newer = pack("morgenstell", "1.1.0");
    let from = |origin: Origin| judge(&bundled(), &shelf, &newer, &origin);
    assert!(matches!(
        from(web("https://skole.no/other/b.toml")),
        Ok(Verdict::Update { .. })
    ));
    for other in [
        web("https://skole.no.evil.example/a.zip"),
        web("http://skole.no/packs/a.zip"),
        web("https://skole.no:8443/packs/a.zip"),
        Origin::Sent,
    ] {
        assert_eq!(
            from(other),
            Err(Refusal::OtherSource {
                kept: shelf[0].origin.clone()
            })
        );
    }
    let sent = [kept("morgenstell", "1.0.0", Origin::Sent)];
    let verdict = judge(&bundled(), &sent, &newer, &web("https://skole.no/a.zip"));
    assert!(matches!(verdict, Err(Refusal::OtherSource { .. })));
}

#[test]
fn the_host_is_what_stands_between_the_scheme_and_the_path() {
    assert_eq!(host("https://skole.no/packs/a.zip"), "skole.no");
    assert_eq!(
        host("http://127.0.0.1:8182/cors/a.zip?x#y"),
        "127.0.0.1:8182"
    );
    assert_eq!(host("https://skole.no"), "skole.no");
}

#[test]
fn records_read_back_and_damage_is_refused() {
    let record = kept("morgenstell", "1.0.0", web("https://skole.no/a.zip"));
    let text = crate::json::to_string(&record);
    assert_eq!(AddedPack::read(&text), Some(record.clone()));
    assert_eq!(record.entry.path, "added/morgenstell");
    assert!(is_added_path(&record.entry.path));
    assert!(!is_added_path("exercises/helse/a1-stell.json"));
    let newer = text.replace("\"schema\":1", "\"schema\":2");
    let elsewhere = text.replace("added/morgenstell", "exercises/x.json");
    for damaged in ["", "{", "null", &text[..text.len() - 1], &newer, &elsewhere] {
        assert_eq!(AddedPack::read(damaged), None, "{damaged}");
    }
}

#[test]
fn the_catalog_lists_added_packs_among_the_bundled() {
    let shelf = [
        kept("morgenstell", "1.0.0", Origin::Sent),
        kept("a1-stell", "1.0.0", Origin::Sent),
    ];
    let catalog = with_added(&bundled(), &shelf);
    let ids: Vec<&str> = catalog
        .packs
        .iter()
        .map(|entry| entry.id.as_str())
        .collect();
    assert_eq!(ids, ["a1-stell", "morgenstell"]);
    assert_eq!(
        catalog.pack("a1-stell").unwrap().path,
        "exercises/helse/a1-stell.json"
    );
}

#[test]
fn the_record_names_the_media_kept() {
    let mut with_media = pack("morgenstell", "1.0.0");
    with_media.vocabulary[0].audio = Some("mopp.mp3".into());
    let record = AddedPack::new(&with_media, 10, Origin::Sent, 5);
    assert_eq!(record.media, ["mopp.mp3"]);
    assert_eq!(record.authors, ["Test"]);
    assert_eq!(record.added, 5);
}

fn every_kind() -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/packs/valid/helse");
    let read = |name: &str| std::fs::read(dir.join(name)).unwrap();
    (
        read("every-kind.toml"),
        read("lyd/handkle.ogg"),
        read("lyd/kaffe.ogg"),
    )
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in files {
        writer
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(content).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// The every-kind pack with its two recordings, as a zip.
fn every_kind_zip() -> Vec<u8> {
    let (toml, handkle, kaffe) = every_kind();
    zip_of(&[
        ("every-kind.toml", &toml),
        ("lyd/handkle.ogg", &handkle),
        ("lyd/kaffe.ogg", &kaffe),
    ])
}

#[test]
fn a_zip_opens_with_its_recordings_typed_and_reads_back_as_the_app_reads_it() {
    let zip = every_kind_zip();
    let known = HashSet::new();
    let opened = open(zip, &known).unwrap();
    let names: Vec<(&str, MediaKind)> = opened
        .media
        .iter()
        .map(|(name, kind, _)| (name.as_str(), *kind))
        .collect();
    assert_eq!(
        names,
        [
            ("lyd/handkle.ogg", MediaKind::Ogg),
            ("lyd/kaffe.ogg", MediaKind::Ogg)
        ]
    );
    let read = crate::content::read_playable(&opened.json).unwrap();
    assert_eq!(read.pack, opened.pack);
    assert!(read.skipped.is_empty());
}

#[test]
fn a_toml_that_names_recordings_it_lacks_is_refused_with_its_place() {
    let (toml, ..) = every_kind();
    let problems = open(toml, &HashSet::new()).unwrap_err();
    assert!(!problems.is_empty());
    assert!(
        problems.iter().all(|problem| problem.location.is_some()),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|problem| problem.message.id == "problem-missing-file"),
        "{problems:?}"
    );
}

#[test]
fn a_pack_may_need_a_pack_already_known() {
    let needs = PACK.replace(
        "licence = \"CC-BY-SA-4.0\"",
        "licence = \"CC-BY-SA-4.0\"\nprerequisites = [\"morgenstell\"]",
    );
    let with_item = format!(
        "{needs}\n[[items]]\nid = \"q\"\nkind = \"flashcard\"\nfront = \"en mopp\"\nback = {{ uk = \"швабра\", en = \"mop\" }}\n"
    );
    assert!(open(with_item.clone().into_bytes(), &HashSet::new()).is_err());
    let known = HashSet::from(["morgenstell".to_owned()]);
    let opened = open(with_item.into_bytes(), &known);
    assert!(opened.is_ok(), "{:?}", opened.err());
}

#[test]
fn a_pack_as_kept_opens_again_and_is_checked_like_a_file() {
    let zip = every_kind_zip();
    let known = HashSet::new();
    let kept = open(zip, &known).unwrap();
    // As a backup holds it: the JSON alone, its media left behind.
    let again = open(format!("  {}", kept.json).into_bytes(), &known).unwrap();
    assert_eq!(again.pack, kept.pack);
    assert!(again.media.is_empty());
    let evil = kept.json.replacen("Morgenstell", "<script>x</script>", 1);
    let problems = open(evil.into_bytes(), &known).unwrap_err();
    assert_eq!(problems[0].message.id, "problem-markup", "{problems:?}");
    let broken = open(b"{\"schema\": 1}".to_vec(), &known).unwrap_err();
    assert_eq!(broken[0].message.id, "problem-shape");
}

#[test]
fn a_pack_kept_before_whys_were_needed_still_comes_back_from_a_backup() {
    let known = HashSet::new();
    let kept = open(every_kind_zip(), &known).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&kept.json).unwrap();
    for item in json["items"].as_array_mut().unwrap() {
        item.as_object_mut().unwrap().remove("why");
    }
    let again = open(json.to_string().into_bytes(), &known).unwrap();
    assert_ne!(again.pack, kept.pack);
    // The same pack as a new file must say why each wrong option is wrong.
    let (toml, handkle, kaffe) = every_kind();
    let bare: String = String::from_utf8(toml)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with("why."))
        .map(|line| format!("{line}\n"))
        .collect();
    let zip = zip_of(&[
        ("every-kind.toml", bare.as_bytes()),
        ("lyd/handkle.ogg", handkle.as_slice()),
        ("lyd/kaffe.ogg", kaffe.as_slice()),
    ]);
    let problems = open(zip, &known).unwrap_err();
    assert_eq!(
        problems[0].message.id, "problem-missing-why",
        "{problems:?}"
    );
}
