//! Pack links: made and read back, and every way one can be damaged.

use super::*;

fn small_pack() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/packs/valid/helse/every-kind.toml"),
    )
    .unwrap()
}

const APP: &str = "https://bransjenorsk.no";

#[test]
fn a_pack_inside_a_link_reads_back_as_it_was() {
    let text = small_pack();
    let link = PackLink::Inside(text.clone()).link(APP).unwrap();
    assert!(link.starts_with("https://bransjenorsk.no/share.html#pack/"));
    let fragment = link.split_once('#').unwrap().1;
    assert_eq!(
        PackLink::parse(fragment),
        Some(Ok(PackLink::Inside(text.clone())))
    );
    // Deflated, even in base64 the link is shorter than the pack's text.
    assert!(link.len() < text.len(), "{} of {}", link.len(), text.len());
}

#[test]
fn ten_words_fit_a_qr_code_on_paper() {
    let mut text = String::from(
        "schema = 1\n[pack]\nid = \"helse-a1-ti-ord\"\nversion = \"1.0.0\"\nsector = \"helse\"\nlevel = \"A1\"\nauthors = [\"Ingrid Haugen\"]\nlicence = \"CC-BY-SA-4.0\"\ntitle = { nb = \"Ti ord\", uk = \"Десять слів\", en = \"Ten words\" }\ndescription = { nb = \"Ord fra avdelingen.\", uk = \"Слова з відділення.\", en = \"Words from the ward.\" }\n",
    );
    for (n, (word, uk, en)) in [
        ("håndkle", "рушник", "towel"),
        ("såpe", "мило", "soap"),
        ("tannbørste", "зубна щітка", "toothbrush"),
        ("kam", "гребінець", "comb"),
        ("seng", "ліжко", "bed"),
        ("rullestol", "інвалідний візок", "wheelchair"),
        ("bleie", "підгузок", "nappy"),
        ("laken", "простирадло", "sheet"),
        ("pute", "подушка", "pillow"),
        ("dyne", "ковдра", "duvet"),
    ]
    .iter()
    .enumerate()
    {
        text += &format!(
            "\n[[items]]\nid = \"kort-{n}\"\nkind = \"flashcard\"\nfront = \"{word}\"\nback = {{ uk = \"{uk}\", en = \"{en}\" }}\n"
        );
    }
    let link = PackLink::Inside(text).link(APP).unwrap();
    assert!(PackLink::fits_qr(&link), "{} characters", link.len());
    let code = crate::qr::draw(&link).unwrap();
    assert!(code.version <= 25, "version {}", code.version);
    // The longest link drawn still fits that version, and no longer one.
    let of_length = |length: usize| {
        let start = format!("{APP}/share.html#pack/");
        let link = format!("{start}{}", "a".repeat(length - start.len()));
        crate::qr::draw(&link).unwrap().version
    };
    assert_eq!(of_length(MAX_QR_LINK_CHARS), 25);
    assert_eq!(of_length(MAX_QR_LINK_CHARS + 1), 26);
}

#[test]
fn an_address_reads_back_and_must_be_https() {
    let address = "https://kommune.no/språk/morgenstell-avd-3.zip?v=2#ny";
    let link = PackLink::At(address.into()).link(APP).unwrap();
    assert_eq!(
        link,
        "https://bransjenorsk.no/share.html#pack-at/https://kommune.no/spr%C3%A5k/morgenstell-avd-3.zip?v=2%23ny"
    );
    let fragment = link.split_once('#').unwrap().1;
    assert_eq!(
        PackLink::parse(fragment),
        Some(Ok(PackLink::At(address.into())))
    );
    // Written by hand, as a teacher would.
    assert_eq!(
        PackLink::parse("#pack-at/https://skole.no/pakke.toml"),
        Some(Ok(PackLink::At("https://skole.no/pakke.toml".into())))
    );
    for refused in [
        "http://kommune.no/pakke.zip",
        "ftp://kommune.no/pakke.zip",
        "javascript:alert(1)",
        "https://user:secret@kommune.no/pakke.zip",
        "https://kommune.no/morgenstell avd 3.zip",
        "https:///pakke.zip",
        "kommune.no/pakke.zip",
        "data:text/plain,schema=1",
    ] {
        assert_eq!(
            check_address(refused),
            Err(PackLinkError::NotHttps),
            "{refused}"
        );
    }
    for local in [
        "http://127.0.0.1:8182/pakke.zip",
        "http://localhost:8182/p.toml",
    ] {
        assert_eq!(check_address(local), Ok(()), "{local}");
    }
    assert_eq!(
        check_address(&format!(
            "https://kommune.no/{}",
            "a".repeat(MAX_ADDRESS_CHARS)
        )),
        Err(PackLinkError::TooLong)
    );
}

#[test]
fn other_fragments_are_not_pack_links() {
    for fragment in ["", "#mentor", "#check", "#AQIDBA", "#mentor/AQID", "#packs"] {
        assert_eq!(PackLink::parse(fragment), None, "{fragment}");
    }
}

#[test]
fn every_damage_is_named_and_nothing_panics() {
    let message = inside_message(&small_pack()).unwrap();
    assert_eq!(read_inside(""), Err(PackLinkError::Missing));
    assert_eq!(
        read_inside(&"A".repeat(MAX_MESSAGE_CHARS + 1)),
        Err(PackLinkError::TooLong)
    );
    assert_eq!(read_inside("not base64!"), Err(PackLinkError::Broken));
    // Every prefix, and every character changed, is refused.
    for cut in 0..message.len() {
        assert!(read_inside(&message[..cut]).is_err(), "cut at {cut}");
    }
    let bytes = message.as_bytes();
    for at in (0..bytes.len()).step_by(7) {
        let mut changed = bytes.to_vec();
        changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        assert!(read_inside(&changed).is_err(), "changed at {at}");
    }
    // A newer format says so, whatever follows.
    let newer = to_base64(&[(FORMAT + 1) << 2, 1, 2, 3, 4, 5]);
    assert_eq!(read_inside(&newer), Err(PackLinkError::Newer));
}

#[test]
fn a_link_that_unpacks_beyond_a_pack_is_refused() {
    // A megabyte of spaces deflates to a few hundred bytes.
    let bomb = " ".repeat(MAX_PACK_BYTES + 1);
    let message = inside_message(&bomb).unwrap();
    assert!(message.len() < 2_000, "{}", message.len());
    assert_eq!(read_inside(&message), Err(PackLinkError::TooLarge));
    // Too big to fit in a link at all.
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let noise: String = (0..20_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b'a' + (state % 26) as u8)
        })
        .collect();
    assert_eq!(
        PackLink::Inside(noise).link(APP),
        Err(PackLinkError::TooLong)
    );
}
