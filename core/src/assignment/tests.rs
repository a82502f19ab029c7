//! Tests of assignment and report links: the format, checks and damage.

use super::wire::{Writer, to_base64};
use super::*;
use crate::testing::bundled_catalog;

/// 2026-12-01.
const TODAY: Day = Day(20_788);

fn week_of_three() -> Assignment {
    Assignment {
        from: "Ingrid Haugen".into(),
        note: "Øv på disse før fredag. Vi snakker om dem på møtet.".into(),
        made: TODAY,
        due: Some(TODAY + 7),
        packs: vec![
            AssignedPack {
                id: "helse-a1-hilse-beboer".into(),
                items: vec![],
                source: None,
            },
            AssignedPack {
                id: "helse-a2-morgenstell".into(),
                items: vec!["kort-vaske".into(), "velg-tannpuss".into()],
                source: None,
            },
            AssignedPack {
                id: "arbeidsliv-a2-syk".into(),
                items: vec![],
                source: None,
            },
        ],
    }
}

fn report() -> Report {
    Report {
        assignment: week_of_three().id(),
        learner: "Олена Коваль".into(),
        made: TODAY + 5,
        packs: vec![PackReport {
            id: "helse-a1-hilse-beboer".into(),
            items: 25,
            practised: 20,
            answers: 31,
            right: 26,
            mastered: 4,
            minutes: 18,
            last_active: Some(TODAY + 4),
        }],
    }
}

fn open(payload: &str) -> Result<Shared, LinkError> {
    decode(payload, &bundled_catalog(), TODAY + 5)
}

/// A message made by hand, with a right checksum.
fn signed(bytes: &[u8]) -> String {
    let mut w = Writer::default();
    for &byte in bytes {
        w.byte(byte);
    }
    to_base64(&w.finish())
}

#[test]
fn an_assignment_and_a_report_come_back_as_they_were_sent() {
    for shared in [
        Shared::Assignment(week_of_three()),
        Shared::Report(report()),
    ] {
        let link = shared.link("https://example.org/bransjenorsk");
        let path = match shared {
            Shared::Assignment(_) => "/share.html#",
            Shared::Report(_) => "/share.html#mentor/",
        };
        assert!(link.starts_with(&format!("https://example.org/bransjenorsk{path}")));
        assert_eq!(open(payload(&link)), Ok(shared.clone()));
        let fragment = link.split_once('#').map(|(_, f)| f).unwrap();
        assert_eq!(ShareView::parse(fragment), shared.view());
        // As pasted from a message, with the text around it.
        assert_eq!(open(payload(&format!("  {link}\n"))), Ok(shared));
    }
    let mut open_ended = week_of_three();
    open_ended.due = None;
    open_ended.note = String::new();
    open_ended.packs[0].id = "helse-b2-isbar".into();
    let sent = Shared::Assignment(open_ended);
    assert_eq!(open(&sent.encode()), Ok(sent));
}

#[test]
fn the_id_names_the_contents() {
    let a = week_of_three();
    let mut b = week_of_three();
    assert_eq!(a.id(), b.id());
    b.note.push('!');
    assert_ne!(a.id(), b.id());
    assert!(a.includes("helse-a2-morgenstell", "kort-vaske"));
    assert!(!a.includes("helse-a2-morgenstell", "kort-annet"));
    assert!(a.includes("arbeidsliv-a2-syk", "anything"));
    assert!(!a.includes("horeca-a1-i-kafeen", "kort-01"));
}

#[test]
fn a_link_cut_short_or_changed_is_broken_not_misread() {
    let payload = Shared::Assignment(week_of_three()).encode();
    for end in 1..payload.len() {
        let cut = &payload[..end];
        assert!(
            matches!(open(cut), Err(LinkError::Broken)),
            "cut at {end}: {:?}",
            open(cut)
        );
    }
    // Every single character changed but the first, which names the
    // format: another there reads as another format.
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for at in 1..payload.len() {
        for c in alphabet.chars().step_by(7) {
            let mut changed = payload.clone();
            changed.replace_range(at..=at, &c.to_string());
            if changed != payload {
                assert_eq!(open(&changed), Err(LinkError::Broken), "{changed}");
            }
        }
    }
    assert_eq!(open(""), Err(LinkError::Missing));
    assert_eq!(
        open(super::payload("https://example.org/open#")),
        Err(LinkError::Missing)
    );
    assert_eq!(
        open(super::payload("https://example.org/share.html")),
        Err(LinkError::Missing)
    );
    assert_eq!(open("hei på deg"), Err(LinkError::Broken));
    assert_eq!(open("%3Cscript%3E"), Err(LinkError::Broken));
}

#[test]
fn a_link_from_a_newer_version_says_so() {
    let mut bytes = wire::from_base64(&Shared::Report(report()).encode()).unwrap();
    bytes[0] = first_byte(FORMAT + 1);
    assert_eq!(open(&to_base64(&bytes)), Err(LinkError::Newer));
    assert_eq!(
        open(&signed(&[first_byte(FORMAT + 1), 9, 9])),
        Err(LinkError::Newer)
    );
    // Format 0 never existed; an unknown kind of message is broken.
    assert_eq!(open(&signed(&[0, 1])), Err(LinkError::Broken));
    assert_eq!(
        open(&signed(&[first_byte(FORMAT), 7])),
        Err(LinkError::Broken)
    );
}

#[test]
fn a_huge_link_is_refused_before_it_is_read() {
    let mut a = week_of_three();
    a.note = "x".repeat(10 * 1024 * 1024);
    let payload = Shared::Assignment(a).encode();
    assert_eq!(open(&payload), Err(LinkError::TooLong));
    let mut a = week_of_three();
    a.note = "Øv ".repeat(120);
    assert_eq!(open(&Shared::Assignment(a).encode()), Err(LinkError::Text));
}

#[test]
fn packs_must_be_in_the_catalog() {
    let mut a = week_of_three();
    a.packs[1].id = "helse-a2-hjerteinfarkt".into();
    assert_eq!(
        open(&Shared::Assignment(a).encode()),
        Err(LinkError::UnknownPack("helse-a2-hjerteinfarkt".into()))
    );
    let mut r = report();
    r.packs[0].id = "<b>".into();
    assert_eq!(
        open(&Shared::Report(r).encode()),
        Err(LinkError::UnknownPack("<b>".into()))
    );
}

#[test]
fn dates_that_cannot_be_right_are_refused() {
    let cases: [fn(&mut Assignment); 4] = [
        // 9999-12-31.
        |a| a.due = Some(Day(2_932_896)),
        |a| a.due = Some(a.made + MAX_DAYS_TO_DUE + 1),
        |a| a.made = TODAY + 30,
        |a| a.made = FIRST_DAY - 1,
    ];
    for case in cases {
        let mut a = week_of_three();
        case(&mut a);
        let shared = Shared::Assignment(a);
        assert_eq!(open(&shared.encode()), Err(LinkError::Date), "{shared:?}");
    }
    // A link cannot say so, but the mentor's form is checked the same way.
    let mut a = week_of_three();
    a.due = Some(a.made - 1);
    assert_eq!(
        check(&Shared::Assignment(a), &bundled_catalog(), TODAY),
        Err(LinkError::Date)
    );
    let mut r = report();
    r.packs[0].last_active = Some(r.made + 1);
    assert_eq!(open(&Shared::Report(r).encode()), Err(LinkError::Date));
    let mut r = report();
    r.made = Day(9_999_999);
    assert_eq!(open(&Shared::Report(r).encode()), Err(LinkError::Date));
    // A due date in the past is fine: the learner may open it late.
    let mut late = week_of_three();
    late.made = TODAY - 30;
    late.due = Some(TODAY - 23);
    assert!(open(&Shared::Assignment(late).encode()).is_ok());
}

#[test]
fn names_and_notes_with_markup_or_control_characters_are_refused() {
    let bad_names = [
        "",
        "   ",
        "<script>alert(1)</script>",
        "Ingrid <b>",
        "Ingrid\nHaugen",
        "Ingrid\u{0}",
        "\u{202e}neguaH",
        "javascript:alert(1)",
        &"И".repeat(MAX_NAME_CHARS + 1),
    ];
    for bad in bad_names {
        let mut a = week_of_three();
        a.from = bad.to_owned();
        assert_eq!(
            open(&Shared::Assignment(a).encode()),
            Err(LinkError::Text),
            "{bad:?}"
        );
        let mut r = report();
        r.learner = bad.to_owned();
        assert_eq!(
            open(&Shared::Report(r).encode()),
            Err(LinkError::Text),
            "{bad:?}"
        );
    }
    for bad in ["<img src=x onerror=alert(1)>", "a\u{7}", "<!-- -->"] {
        let mut a = week_of_three();
        a.note = bad.to_owned();
        assert_eq!(
            open(&Shared::Assignment(a).encode()),
            Err(LinkError::Text),
            "{bad:?}"
        );
    }
    // What a mentor writes is fine: lines, quotes, Cyrillic, emoji.
    let mut a = week_of_three();
    a.from = "Åse Ødegård-Ærø".into();
    a.note = "Привіт!\nØv på «morgenstell» & si fra om noe er vanskelig 🙂".into();
    assert!(open(&Shared::Assignment(a).encode()).is_ok());
}

#[test]
fn contents_must_be_possible() {
    let cases: [fn(&mut Assignment); 5] = [
        |a| a.packs.clear(),
        |a| a.packs.push(a.packs[0].clone()),
        |a| a.packs[1].items.push("kort-vaske".into()),
        |a| a.packs[1].items.push("Kort Vaske".into()),
        |a| a.packs[1].items = (0..=MAX_ITEMS_PER_PACK).map(|i| format!("i-{i}")).collect(),
    ];
    for case in cases {
        let mut a = week_of_three();
        case(&mut a);
        assert_eq!(
            open(&Shared::Assignment(a.clone()).encode()),
            Err(LinkError::Contents),
            "{a:?}"
        );
    }
    let mut eleven = week_of_three();
    eleven.packs = bundled_catalog()
        .packs
        .iter()
        .take(MAX_PACKS + 1)
        .map(|p| AssignedPack {
            id: p.id.clone(),
            items: vec![],
            source: None,
        })
        .collect();
    assert_eq!(
        open(&Shared::Assignment(eleven).encode()),
        Err(LinkError::Contents)
    );
    let counts: [fn(&mut PackReport); 5] = [
        |p| p.practised = p.items + 1,
        |p| p.mastered = p.practised + 1,
        |p| p.right = p.answers + 1,
        |p| p.items = u32::MAX,
        |p| p.answers = p.practised - 1,
    ];
    for case in counts {
        let mut r = report();
        case(&mut r.packs[0]);
        assert_eq!(
            open(&Shared::Report(r.clone()).encode()),
            Err(LinkError::Contents),
            "{r:?}"
        );
    }
}

/// A small random source, the same every run, so a failure can be
/// repeated.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_bytes_never_make_the_reader_panic() {
    let catalog = bundled_catalog();
    let mut random = Random(0x5eed_2026);
    let seeds: Vec<Vec<u8>> = [
        Shared::Assignment(week_of_three()),
        Shared::Report(report()),
    ]
    .iter()
    .map(|shared| wire::from_base64(&shared.encode()).unwrap())
    .collect();
    let mut read = 0;
    for case in 0..150_000 {
        let bytes: Vec<u8> = match case % 3 {
            // Any bytes at all, behind a right checksum half the time.
            0 => {
                let len = random.below(300);
                let mut bytes: Vec<u8> = (0..len).map(|_| random.next() as u8).collect();
                if random.below(2) == 0 && !bytes.is_empty() {
                    bytes[0] = first_byte(FORMAT);
                }
                bytes
            }
            // A real message with a few bytes changed, cut or added.
            _ => {
                let mut bytes = seeds[case % 2].clone();
                bytes.truncate(bytes.len() - 4);
                for _ in 0..=random.below(4) {
                    let at = random.below(bytes.len());
                    match random.below(3) {
                        0 => bytes[at] = random.next() as u8,
                        1 => bytes.truncate(at.max(2)),
                        _ => bytes.insert(at, random.next() as u8),
                    }
                }
                bytes
            }
        };
        let payload = if random.below(2) == 0 {
            signed(&bytes)
        } else {
            to_base64(&bytes)
        };
        if decode(&payload, &catalog, TODAY).is_ok() {
            read += 1;
        }
    }
    // Some changed messages are still whole messages; most are not.
    assert!(read < 150_000 / 2, "{read}");
}

/// Version 13 is 69 modules a side: shown 280 px wide, each module is
/// four pixels, which a phone's camera reads easily from another screen.
#[test]
fn a_week_of_three_packs_fits_a_small_qr_code() {
    let app = "https://bransjenorsk.example.org/bransjenorsk";
    let mut with_ukrainian = week_of_three();
    with_ukrainian.note =
        "Будь ласка, пройдіть ці пакети до п'ятниці. Питання — на зустрічі.".into();
    for (assignment, largest) in [(week_of_three(), 11), (with_ukrainian, 13)] {
        let link = Shared::Assignment(assignment).link(app);
        let drawn = crate::qr::draw(&link).unwrap();
        println!(
            "{} characters: QR version {}, {} modules",
            link.len(),
            drawn.version,
            drawn.size
        );
        assert!(
            drawn.version <= largest,
            "{link}: version {}",
            drawn.version
        );
    }
    // The report back on all three packs.
    let mut report = report();
    for id in ["helse-a2-morgenstell", "arbeidsliv-a2-syk"] {
        let mut pack = report.packs[0].clone();
        pack.id = id.into();
        report.packs.push(pack);
    }
    let link = Shared::Report(report).link(app);
    let drawn = crate::qr::draw(&link).unwrap();
    println!(
        "report, {} characters: QR version {}",
        link.len(),
        drawn.version
    );
    assert!(drawn.version <= 10, "{link}: version {}", drawn.version);
}

mod sources {
    use super::*;
    use crate::added::{AddedPack, Origin};
    use crate::packlink::PackLink;

    const TEACHER_PACK: &str = include_str!("../../../tests/packs/teacher/morgenstell.toml");

    /// The teacher's pack as the app keeps it.
    fn kept_json() -> String {
        crate::added::open(TEACHER_PACK.as_bytes().to_vec(), &Default::default())
            .unwrap()
            .json
    }

    fn with_teacher_packs() -> Assignment {
        let mut a = week_of_three();
        a.packs.push(AssignedPack {
            id: "ks-morgenstell".into(),
            items: vec!["kort-handkle".into()],
            source: Some(PackSource::inside(&kept_json())),
        });
        a.packs.push(AssignedPack {
            id: "kommune-kafe".into(),
            items: vec![],
            source: Some(PackSource::At(
                "https://kommune.example.no/norsk/kafé-pakke.zip".into(),
            )),
        });
        a
    }

    #[test]
    fn a_format_1_link_still_reads_and_keeps_its_id() {
        // Made before assignments could carry packs.
        let old = "BAENSW5ncmlkIEhhdWdlbjjDmHYgcMOlIGRpc3NlIGbDuHIgZnJlZGFnLiBWaSBzbmFra2VyIG9tIGRlbSBww6UgbcO4dGV0LrSiAQgDAQxoaWxzZS1iZWJvZXIAAgttb3JnZW5zdGVsbAIKa29ydC12YXNrZQ12ZWxnLXRhbm5wdXNzEgNzeWsAiCnlMQ";
        let read = open(old).unwrap();
        assert_eq!(read, Shared::Assignment(week_of_three()));
        assert_eq!(read.encode(), old);
        let bytes = wire::from_base64(old).unwrap();
        assert_eq!(week_of_three().id(), wire::crc32(&bytes[..bytes.len() - 4]));
    }

    #[test]
    fn packs_a_learner_lacks_come_with_the_assignment() {
        let sent = Shared::Assignment(with_teacher_packs());
        let link = sent.link("https://example.org/bransjenorsk");
        assert!(link.len() < MAX_PAYLOAD_CHARS, "{} characters", link.len());
        println!(
            "assignment with a teacher's pack inside: {} characters",
            link.len()
        );
        let read = open(payload(&link)).unwrap();
        assert_eq!(read, sent);
        let Shared::Assignment(assignment) = read else {
            panic!("not an assignment")
        };
        let missing = missing(&assignment, &bundled_catalog());
        let ids: Vec<&str> = missing.iter().map(|pack| pack.id.as_str()).collect();
        assert_eq!(ids, ["ks-morgenstell", "kommune-kafe"]);
        assert_eq!(
            missing[0].source.as_ref().unwrap().link(),
            Ok(PackLink::Inside(kept_json()))
        );
        assert_eq!(
            missing[1].source.as_ref().unwrap().link(),
            Ok(PackLink::At(
                "https://kommune.example.no/norsk/kafé-pakke.zip".into()
            ))
        );
        // Once added, nothing is missing; the assignment reads the same.
        let mut catalog = bundled_catalog();
        for pack in [&missing[0], &missing[1]] {
            let mut entry = catalog.packs[0].clone();
            entry.id = pack.id.clone();
            catalog.packs.push(entry);
        }
        assert!(super::super::missing(&assignment, &catalog).is_empty());
        assert_eq!(
            decode(&sent.encode(), &catalog, TODAY),
            Ok(Shared::Assignment(assignment))
        );
    }

    #[test]
    fn a_source_that_cannot_bring_a_pack_is_refused() {
        let with = |source: Option<PackSource>| {
            let mut a = week_of_three();
            a.packs[2] = AssignedPack {
                id: "ks-morgenstell".into(),
                items: vec![],
                source,
            };
            open(&Shared::Assignment(a).encode())
        };
        assert_eq!(
            with(None),
            Err(LinkError::UnknownPack("ks-morgenstell".into()))
        );
        for bad in [
            PackSource::At("http://kommune.example.no/pakke.toml".into()),
            PackSource::At("javascript:alert(1)".into()),
            PackSource::Inside(b"not deflated at all".to_vec()),
            PackSource::Inside(miniz_oxide::deflate::compress_to_vec(
                &vec![b' '; crate::content::MAX_PACK_BYTES + 1],
                10,
            )),
        ] {
            assert_eq!(with(Some(bad.clone())), Err(LinkError::Contents), "{bad:?}");
        }
        // A pack id that is not an id is unknown whatever its source.
        let mut a = week_of_three();
        a.packs[0].id = "<b>".into();
        a.packs[0].source = Some(PackSource::At("https://example.org/p.toml".into()));
        assert_eq!(
            open(&Shared::Assignment(a).encode()),
            Err(LinkError::UnknownPack("<b>".into()))
        );
    }

    #[test]
    fn each_message_has_one_form() {
        // Format 2 without any source, and a report in format 2, were
        // never written: they are broken, so an id never has two forms.
        let plain = wire::from_base64(&Shared::Assignment(week_of_three()).encode()).unwrap();
        let mut as_two = plain[..plain.len() - 4].to_vec();
        as_two[0] = first_byte(FORMAT);
        assert_eq!(open(&signed(&as_two)), Err(LinkError::Broken));
        let report = wire::from_base64(&Shared::Report(report()).encode()).unwrap();
        let mut as_two = report[..report.len() - 4].to_vec();
        as_two[0] = first_byte(FORMAT);
        assert_eq!(open(&signed(&as_two)), Err(LinkError::Broken));
        // A format 2 link cut short or changed is broken too.
        let payload = Shared::Assignment(with_teacher_packs()).encode();
        for end in (1..payload.len()).step_by(37) {
            assert_eq!(
                open(&payload[..end]),
                Err(LinkError::Broken),
                "cut at {end}"
            );
        }
        for at in (1..payload.len()).step_by(41) {
            let mut changed = payload.clone();
            let c = if &payload[at..=at] == "A" { "B" } else { "A" };
            changed.replace_range(at..=at, c);
            assert_eq!(open(&changed), Err(LinkError::Broken), "changed at {at}");
        }
    }

    #[test]
    fn where_a_mentors_added_pack_comes_from_goes_with_it() {
        let opened =
            crate::added::open(TEACHER_PACK.as_bytes().to_vec(), &Default::default()).unwrap();
        let record = |origin: Origin| AddedPack::new(&opened.pack, 100, origin, 0);
        let address = "https://kommune.example.no/morgenstell.toml";
        assert_eq!(
            PackSource::for_added(
                &record(Origin::Web {
                    address: address.into()
                }),
                Some(&opened.json)
            ),
            Some(PackSource::At(address.into()))
        );
        assert_eq!(
            PackSource::for_added(&record(Origin::Sent), Some(&opened.json)),
            Some(PackSource::inside(&opened.json))
        );
        assert_eq!(PackSource::for_added(&record(Origin::Sent), None), None);
        let mut with_recording = record(Origin::Sent);
        with_recording.media = vec!["lyd/handkle.ogg".into()];
        assert_eq!(
            PackSource::for_added(&with_recording, Some(&opened.json)),
            None
        );
    }

    #[test]
    fn packs_that_make_the_link_too_long_are_left_out_largest_first() {
        let mut a = with_teacher_packs();
        // Text that does not compress: a pack far larger than a link.
        let mut random = Random(7);
        let noise: String = (0..9_000)
            .map(|_| char::from(b'a' + random.below(26) as u8))
            .collect();
        a.packs[3].source = Some(PackSource::inside(&noise));
        let mut small = a.packs[3].clone();
        small.id = "ks-kveldsstell".into();
        small.source = Some(PackSource::inside(&kept_json()));
        a.packs.push(small);
        let left_out = source::fit(&mut a);
        assert_eq!(left_out, ["ks-morgenstell"]);
        assert_eq!(a.packs[3].source, None);
        assert!(a.packs[5].source.is_some());
        assert!(a.packs[4].source.is_some());
        assert!(Shared::Assignment(a.clone()).encode().len() <= MAX_PAYLOAD_CHARS);
        assert!(source::fit(&mut a).is_empty());
    }
}

/// A teacher's three-word pack inside an assignment still fits a QR code
/// a phone reads from paper.
#[test]
fn a_small_teachers_pack_inside_an_assignment_fits_a_qr_code() {
    let json = crate::added::open(
        include_bytes!("../../../tests/packs/teacher/morgenstell.toml").to_vec(),
        &Default::default(),
    )
    .unwrap()
    .json;
    let mut a = week_of_three();
    a.packs = vec![AssignedPack {
        id: "ks-morgenstell".into(),
        items: vec![],
        source: Some(PackSource::inside(&json)),
    }];
    let link = Shared::Assignment(a).link("https://bransjenorsk.example.org/bransjenorsk");
    let drawn = crate::qr::draw(&link).unwrap();
    println!(
        "with a pack inside: {} characters, QR version {}",
        link.len(),
        drawn.version
    );
    assert!(crate::packlink::PackLink::fits_qr(&link), "{}", link.len());
}

#[test]
fn every_sector_has_one_code_in_links() {
    for sector in Sector::ALL {
        let codes = SECTOR_CODES
            .iter()
            .filter(|coded| **coded == sector)
            .count();
        assert_eq!(codes, 1, "{sector}");
    }
}
