//! The pack checker against a valid pack of every kind and a corpus of
//! broken packs: each broken pack gets the problem it deserves, nothing
//! panics, and `packcheck` reports it as a teacher would run it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use bransjenorsk::bundled;
use bransjenorsk_core::content::{
    Catalog, CheckReport, Context, Exercise, ProblemKind, Sector, check_files, check_pack,
    check_report, pack_files, pack_json, read_playable,
};
use bransjenorsk_core::json;

fn packs_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/packs")
        .join(name)
}

/// The `# expect: …` lines at the top of a broken pack.
fn expectations(path: &Path) -> Vec<String> {
    let bytes = fs::read(path).unwrap();
    String::from_utf8_lossy(&bytes)
        .lines()
        .take_while(|line| line.starts_with('#'))
        .filter_map(|line| line.strip_prefix("# expect: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_pack_with_every_kind_passes() {
    let report = check_files(&pack_files(&packs_dir("valid")));
    assert_eq!(report.problems, Vec::<String>::new());
    let pack = &report.packs[0].pack;
    let mut kinds: Vec<&str> = pack.items.iter().map(|item| item.exercise.kind()).collect();
    kinds.sort_unstable();
    let mut all = Exercise::KINDS.to_vec();
    all.sort_unstable();
    assert_eq!(
        kinds, all,
        "the valid pack should hold one item of every kind"
    );
}

#[test]
fn the_app_reads_the_json_the_build_makes_and_leaves_out_what_it_cannot_play() {
    let report = check_files(&pack_files(&packs_dir("valid")));
    let pack = &report.packs[0].pack;
    let json = pack_json(pack);
    let whole = read_playable(&json).unwrap();
    assert!(whole.skipped.is_empty());
    assert_eq!(&whole.pack, pack, "JSON keeps everything the TOML said");

    // A kind from a newer version, and an item missing what its kind needs.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let items = value["items"].as_array_mut().unwrap();
    items[0]["kind"] = "video".into();
    items[1].as_object_mut().unwrap().remove("options");
    let id_of = |index: usize| items[index]["id"].as_str().unwrap().to_owned();
    let expected_skipped = vec![id_of(0), id_of(1)];
    let playable = read_playable(&value.to_string()).unwrap();
    assert_eq!(playable.skipped, expected_skipped);
    assert_eq!(playable.pack.items.len(), pack.items.len() - 2);
    assert_eq!(playable.pack.vocabulary, pack.vocabulary);

    // A newer format, or no readable pack part, is nothing to play.
    let mut newer = value.clone();
    newer["schema"] = 2.into();
    let error = read_playable(&newer.to_string()).unwrap_err();
    assert_eq!(error.0[0].kind, ProblemKind::UnsupportedSchema(2));
    let mut headless = value.clone();
    headless.as_object_mut().unwrap().remove("pack");
    assert!(read_playable(&headless.to_string()).is_err());
    assert!(read_playable("not json").is_err());
    assert!(read_playable("").is_err());
}

#[test]
fn a_check_report_names_every_problem_as_messages() {
    let known = std::collections::HashSet::new();
    let valid = fs::read(packs_dir("valid").join("helse/every-kind.toml")).unwrap();
    match check_report(valid, &known) {
        CheckReport::Passed { words, items, .. } => {
            assert_eq!(items, Exercise::KINDS.len());
            assert!(words > 0);
        }
        other => panic!("{other:?}"),
    }
    let broken = fs::read(packs_dir("broken").join("21-answer-not-in-options.toml")).unwrap();
    let CheckReport::Failed(problems) = check_report(broken, &known) else {
        panic!("a broken pack fails")
    };
    assert_eq!(problems[0].message.id, "problem-answer-not-in-options");
    assert_eq!(problems[0].subject.id, "subject-item");
    assert!(problems[0].location.is_some());
    // What crosses to the page survives the trip.
    let json = serde_json::to_string(&CheckReport::Failed(problems.clone())).unwrap();
    assert_eq!(
        serde_json::from_str::<CheckReport>(&json).unwrap(),
        CheckReport::Failed(problems)
    );
}

#[test]
fn every_broken_pack_gets_the_problem_it_deserves() {
    let files = pack_files(&packs_dir("broken"));
    assert!(files.len() >= 40, "only {} broken packs", files.len());
    for file in files {
        let expected = expectations(&file);
        assert!(
            !expected.is_empty(),
            "{} has no '# expect:' line",
            file.display()
        );
        let report = check_files(std::slice::from_ref(&file));
        assert!(
            report.packs.is_empty(),
            "{} passed the checks",
            file.display()
        );
        for expectation in expected {
            assert!(
                report
                    .problems
                    .iter()
                    .any(|problem| problem.contains(&expectation)),
                "{}: expected a problem containing {expectation:?}, got {:#?}",
                file.display(),
                report.problems
            );
        }
    }
}

#[test]
fn problems_carry_file_line_and_column() {
    let file = packs_dir("broken").join("21-answer-not-in-options.toml");
    let report = check_files(std::slice::from_ref(&file));
    let expected = format!(
        "{}:25:1: item 'velg-01': the answer 'en bøtte' is not one of the options",
        file.display()
    );
    assert_eq!(report.problems, vec![expected]);
}

#[test]
fn every_problem_in_a_pack_is_reported_not_just_the_first() {
    let text = fs::read_to_string(packs_dir("valid/helse/every-kind.toml")).unwrap();
    let broken = text
        .replace("answer = \"et håndkle\"", "answer = \"en såpe\"")
        .replace("answers = [\"morgen\"]", "answers = []")
        .replace("front = \"et håndkle\"", "front = \"et håndkle\"\nfrnt = 1");
    let dir = tempdir_with_recordings("several");
    let file = dir.join("several.toml");
    fs::write(&file, broken).unwrap();
    let report = check_files(std::slice::from_ref(&file));
    // The typo stops only its own item; the others are still checked.
    let text = report.problems.join("\n");
    assert!(
        text.contains("item 'kort-01': unknown field 'frnt'"),
        "{text}"
    );
    assert!(
        text.contains("item 'velg-01': the answer 'en såpe' is not one of the options"),
        "{text}"
    );
    assert!(
        text.contains("item 'fyll-01': 'answers' is empty"),
        "{text}"
    );
    assert_eq!(report.problems.len(), 3, "{text}");
    // In the order of the file.
    let lines: Vec<usize> = report
        .problems
        .iter()
        .map(|problem| problem.split(':').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(lines.is_sorted(), "{lines:?}");
}

#[test]
fn a_pack_whose_items_cannot_be_read_is_not_called_empty() {
    let text = fs::read_to_string(packs_dir("valid/helse/every-kind.toml")).unwrap();
    let first_item = text.find("\n[[items]]").unwrap();
    let second_item = first_item + 1 + text[first_item + 1..].find("\n[[items]]").unwrap();
    let one_broken_item = [&text[..second_item], "\nfrnt = 1\n"].concat();
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: None,
    };
    let problems: Vec<String> = check_pack(&one_broken_item, &context)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems.iter().any(|p| p.contains("unknown field 'frnt'")),
        "{problems:?}"
    );
    assert!(
        !problems.iter().any(|p| p.contains("'items' is empty")),
        "{problems:?}"
    );
    let no_items = &text[..first_item];
    let problems = check_pack(no_items, &context).unwrap_err();
    assert!(
        problems[0].to_string().contains("'items' is empty"),
        "{problems:?}"
    );
}

#[test]
fn a_huge_file_is_refused_without_reading_it_as_toml() {
    let dir = tempdir("huge");
    let file = dir.join("huge.toml");
    let mut text = String::from("schema = 1\n");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    fs::write(&file, &text).unwrap();
    let report = check_files(std::slice::from_ref(&file));
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0].contains("a pack may be at most 524288 bytes"),
        "{:?}",
        report.problems
    );
}

#[test]
fn deeply_nested_data_is_an_error_not_a_crash() {
    let dir = tempdir("nested");
    let file = dir.join("nested.toml");
    let depth = 100_000;
    let text = format!(
        "schema = 1\nx = {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    fs::write(&file, text).unwrap();
    let report = check_files(std::slice::from_ref(&file));
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
}

#[test]
fn recordings_and_pictures_must_be_small_each_and_together() {
    let dir = tempdir_with_recordings("media");
    // Recordings of a given size: Ogg by their first bytes.
    let ogg = |size: usize| {
        let mut bytes = b"OggS".to_vec();
        bytes.resize(size, 0);
        bytes
    };
    let text = fs::read_to_string(packs_dir("valid/helse/every-kind.toml")).unwrap();
    // One recording over the limit for a file.
    fs::write(dir.join("lyd/kaffe.ogg"), ogg(129 * 1024)).unwrap();
    let file = dir.join("media.toml");
    fs::write(&file, &text).unwrap();
    let report = check_files(std::slice::from_ref(&file));
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(
        report.problems[0].contains(
            "item 'lytt-01': the file 'lyd/kaffe.ogg' is 129 KB; it may be at most 128 KB"
        ),
        "{:?}",
        report.problems
    );

    // Each file within its limit, but 17 of them together over 2 MB.
    fs::write(dir.join("lyd/kaffe.ogg"), ogg(128 * 1024)).unwrap();
    let mut many = text.clone();
    for n in 0..17 {
        let name = format!("lyd/ord-{n}.ogg");
        fs::write(dir.join(&name), ogg(127 * 1024)).unwrap();
        many.push_str(&format!(
            "\n[[items]]\nid = \"lytt-x{n}\"\nkind = \"listening\"\ntext = \"Hei\"\naudio = \"{name}\"\n"
        ));
    }
    fs::write(&file, &many).unwrap();
    let report = check_files(std::slice::from_ref(&file));
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(
        report.problems[0].contains(
            "the pack's recordings and pictures come to 2290 KB; together they may be at most 2048 KB"
        ),
        "{:?}",
        report.problems
    );

    // The same file named twice is downloaded once, so it counts once.
    let mut twice = text.clone();
    for n in 0..17 {
        twice.push_str(&format!(
            "\n[[items]]\nid = \"lytt-x{n}\"\nkind = \"listening\"\ntext = \"Hei\"\naudio = \"lyd/ord-0.ogg\"\n"
        ));
    }
    fs::write(&file, &twice).unwrap();
    let report = check_files(std::slice::from_ref(&file));
    assert_eq!(report.problems, Vec::<String>::new());
}

#[test]
fn a_pack_id_in_two_files_is_reported() {
    let dir = tempdir_with_recordings("twins");
    let text = fs::read_to_string(packs_dir("valid/helse/every-kind.toml")).unwrap();
    fs::write(dir.join("a.toml"), &text).unwrap();
    fs::write(dir.join("b.toml"), &text).unwrap();
    let report = check_files(&pack_files(&dir));
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(report.problems[0].contains("the pack id 'test-every-kind' is also used by"));
}

#[test]
fn packs_that_need_each_other_in_a_circle_are_reported() {
    let dir = tempdir_with_recordings("circle");
    let text = fs::read_to_string(packs_dir("valid/helse/every-kind.toml")).unwrap();
    let pack = |id: &str, needs: &str| {
        text.replacen(
            "id = \"test-every-kind\"",
            &format!("id = \"{id}\"\nprerequisites = [\"{needs}\"]"),
            1,
        )
    };
    fs::write(dir.join("a.toml"), pack("test-a", "test-b")).unwrap();
    fs::write(dir.join("b.toml"), pack("test-b", "test-c")).unwrap();
    fs::write(dir.join("c.toml"), pack("test-c", "test-a")).unwrap();
    fs::write(dir.join("d.toml"), pack("test-d", "test-a")).unwrap();
    let report = check_files(&pack_files(&dir));
    let circles: Vec<&String> = report
        .problems
        .iter()
        .filter(|problem| problem.contains("none can be started"))
        .collect();
    assert_eq!(circles.len(), 3, "{:#?}", report.problems);
    assert!(
        circles[0].contains("test-a → test-b → test-c → test-a"),
        "{circles:?}"
    );
    // A pack that only needs one of them is not in the circle.
    assert!(!circles.iter().any(|problem| problem.contains("d.toml")));
}

#[test]
fn packcheck_reports_and_fails_like_a_compiler() {
    let broken = packs_dir("broken").join("21-answer-not-in-options.toml");
    let output = Command::new(env!("CARGO_BIN_EXE_packcheck"))
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(":25:1: item 'velg-01': the answer 'en bøtte' is not one of the options"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 pack file checked: 0 passed, 1 with problems (1 problem)"),
        "{stderr}"
    );
}

/// Runs packcheck on `args`; its exit code and what it said, or a failure
/// if it has not finished within a minute.
fn packcheck(args: &[&Path]) -> (Option<i32>, String) {
    packcheck_in(Path::new("."), args)
}

/// Runs packcheck in `dir`, as a teacher does in a terminal.
fn packcheck_in(dir: &Path, args: &[&Path]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_packcheck"))
        .current_dir(dir)
        .args(args)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("packcheck {args:?} waited for over a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn one_bundled_pack_checked_alone_finds_the_packs_it_needs_beside_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pack = root.join("exercises/arbeidsliv/a2-syk.toml");
    let (code, said) = packcheck(&[&pack]);
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains("note: ")
            && said.contains("to be done first, is")
            && said.contains("was not checked"),
        "{said}"
    );
    assert!(
        said.contains("1 pack file checked: 1 passed, 0 with problems (0 problems)"),
        "{said}"
    );
    // Named from its own folder or from the folder of packs, as a teacher
    // in a terminal names it.
    let exercises = root.join("exercises");
    for (dir, file) in [
        (exercises.join("arbeidsliv"), "a2-syk.toml"),
        (exercises.clone(), "arbeidsliv/a2-syk.toml"),
    ] {
        let (code, said) = packcheck_in(&dir, &[Path::new(file)]);
        assert_eq!(code, Some(0), "{file}: {said}");
        assert!(said.contains("to be done first, is"), "{said}");
    }
    // Alone in a folder, what it needs is not found.
    let dir = tempdir("alone");
    fs::copy(&pack, dir.join("a2-syk.toml")).unwrap();
    let (code, said) = packcheck(&[&dir.join("a2-syk.toml")]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("is not a known pack"), "{said}");
    assert!(
        said.contains("1 pack file checked: 0 passed, 1 with problems (1 problem)"),
        "{said}"
    );
}

#[cfg(unix)]
#[test]
fn files_that_are_not_packs_are_reported_never_skipped_or_waited_on() {
    let dir = tempdir("not-packs");
    let valid = packs_dir("valid/helse/every-kind.toml");
    fs::create_dir_all(dir.join("helse/lyd")).unwrap();
    for entry in fs::read_dir(packs_dir("valid/helse/lyd")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join("helse/lyd").join(path.file_name().unwrap())).unwrap();
    }
    fs::copy(&valid, dir.join("helse/every-kind.toml")).unwrap();
    fs::copy(&valid, dir.join("helse/kopi.toml.txt")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(dir.join("helse/ror.toml"))
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink(&dir, dir.join("helse/loop")).unwrap();
    fs::create_dir(dir.join("helsee")).unwrap();
    fs::copy(&valid, dir.join("helsee/skrivefeil.toml")).unwrap();
    let (code, said) = packcheck(&[&dir]);
    assert_eq!(code, Some(1), "{said}");
    for expected in [
        "kopi.toml.txt: not read: the name of a pack file must end in .toml",
        "ror.toml: not read: not a regular file",
        "a loop of links",
        "helsee: not a sector folder",
    ] {
        assert!(said.contains(expected), "{expected:?} in {said}");
    }
    // The pack in the right folder is checked and passes; the one in the
    // misspelt folder is checked too.
    assert!(
        said.contains("2 pack files checked: 1 passed, 1 with problems"),
        "{said}"
    );
}

/// The valid pack and its recordings as a zip, as a zip tool makes it.
fn valid_zip() -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for name in ["every-kind.toml", "lyd/handkle.ogg", "lyd/kaffe.ogg"] {
        writer.start_file(name, options).unwrap();
        writer
            .write_all(&fs::read(packs_dir("valid/helse").join(name)).unwrap())
            .unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn packcheck_reads_a_pack_as_one_zip_and_exports_its_media() {
    let dir = tempdir("zipped");
    fs::create_dir(dir.join("helse")).unwrap();
    fs::write(dir.join("helse/morgenstell.zip"), valid_zip()).unwrap();
    let out = dir.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_packcheck"))
        .arg("--export")
        .arg(&out)
        .arg(&dir)
        .output()
        .unwrap();
    let said = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(said.contains("1 pack file checked: 1 passed"), "{said}");
    assert!(out.join("helse/morgenstell.json").is_file());
    assert_eq!(
        fs::read(out.join("helse/lyd/kaffe.ogg")).unwrap(),
        fs::read(packs_dir("valid/helse/lyd/kaffe.ogg")).unwrap()
    );
    // A damaged zip says so.
    let mut damaged = valid_zip();
    damaged.truncate(damaged.len() / 2);
    fs::write(dir.join("helse/morgenstell.zip"), damaged).unwrap();
    let (code, said) = packcheck(&[&dir.join("helse/morgenstell.zip")]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("the .zip file is damaged"), "{said}");
}

#[test]
fn packcheck_passes_the_bundled_packs_and_prints_statistics() {
    let exercises = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let output = Command::new(env!("CARGO_BIN_EXE_packcheck"))
        .arg("--stats")
        .arg(&exercises)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stats: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let packs = pack_files(&exercises).len() as u64;
    assert_eq!(stats["total"]["packs"], packs);
    for sector in Sector::ALL.map(Sector::id) {
        assert!(
            stats["by_sector"][sector]["packs"].as_u64() >= Some(1),
            "{sector}"
        );
    }
    assert!(
        stats["items_by_kind"]
            .as_object()
            .unwrap()
            .contains_key("minimal-pair")
    );
}

/// The content table in exercises/README.md is what packcheck counts.
#[test]
fn packcheck_prints_items_per_sector_and_level_as_the_guide_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |flag: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_packcheck"))
            .arg(flag)
            .arg(root.join("exercises"))
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let table = run("--table");
    let stats: serde_json::Value = serde_json::from_str(&run("--stats")).unwrap();
    let helse = &stats["items_by_sector_and_level"]["helse"];
    let row = format!(
        "| helse | {} | {} | {} | {} |",
        helse["A1"], helse["A2"], helse["B1"], helse["B2"]
    );
    assert!(table.contains(&row), "{table}");
    let total: u64 = table
        .lines()
        .skip(2)
        .filter_map(|line| {
            line.trim_end_matches(" |")
                .rsplit("| ")
                .next()?
                .parse::<u64>()
                .ok()
        })
        .sum();
    assert_eq!(Some(total), stats["total"]["items"].as_u64());
    let guide = fs::read_to_string(root.join("exercises/README.md")).unwrap();
    assert!(
        guide.contains(&table),
        "exercises/README.md must show the table `packcheck --table exercises` prints:\n{table}"
    );
}

#[test]
fn packcheck_exports_the_json_the_app_downloads_only_when_all_pass() {
    let export = |into: &Path, pack: PathBuf| {
        Command::new(env!("CARGO_BIN_EXE_packcheck"))
            .arg("--export")
            .arg(into)
            .arg(pack)
            .output()
            .unwrap()
    };
    let out = tempdir("export");
    let output = export(&out, packs_dir("valid"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = fs::read_to_string(out.join("helse/every-kind.json")).unwrap();
    let report = check_files(&pack_files(&packs_dir("valid")));
    assert_eq!(read_playable(&json).unwrap().pack, report.packs[0].pack);

    // The pictures and recordings items name go along.
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/packs");
    let with_files = tempdir("export-files");
    assert!(export(&with_files, e2e).status.success());
    assert!(with_files.join("helse/a1-player.json").is_file());
    assert!(with_files.join("helse/img/handkle.svg").is_file());

    let refused = tempdir("export-refused");
    let output = export(
        &refused,
        packs_dir("broken").join("21-answer-not-in-options.toml"),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(fs::read_dir(&refused).unwrap().count(), 0);
}

/// The app downloads the catalog the build writes beside the packs; it is
/// the one the build embeds for the tests and the checker.
#[test]
fn packcheck_exports_the_catalog_of_the_bundled_packs() {
    let out = tempdir("export-catalog");
    let exercises = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let output = Command::new(env!("CARGO_BIN_EXE_packcheck"))
        .arg("--export")
        .arg(&out)
        .arg(&exercises)
        .output()
        .unwrap();
    assert!(output.status.success());
    let exported: Catalog =
        json::from_str(&fs::read_to_string(out.join("catalog.json")).unwrap()).unwrap();
    assert_eq!(exported, bundled::built_in());
    for entry in &exported.packs {
        let served = entry.path.strip_prefix("exercises/").unwrap();
        assert!(out.join(served).is_file(), "{}", entry.path);
    }
}

#[test]
fn packcheck_says_how_to_use_it() {
    let output = Command::new(env!("CARGO_BIN_EXE_packcheck"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: packcheck"));
}

#[test]
fn the_examples_in_the_teachers_guide_are_a_valid_pack() {
    let guide =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/README.md"))
            .unwrap();
    let blocks: Vec<&str> = guide
        .split("```toml\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect();
    assert!(blocks.len() >= 15, "found {} TOML examples", blocks.len());
    let pack = blocks.concat();
    let size = |_: &str| Some(1000);
    let context = Context {
        folder: None,
        file_size: Some(&size),
        content_kind: None,
        known_packs: None,
    };
    let pack = check_pack(&pack, &context).unwrap_or_else(|problems| panic!("{problems:#?}"));
    let mut kinds: Vec<&str> = pack.items.iter().map(|item| item.exercise.kind()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(
        kinds.len(),
        Exercise::KINDS.len(),
        "the guide shows every kind"
    );
}

/// A fresh folder under the target directory for one test.
/// A fresh folder holding the valid pack's recordings, for copies of it.
fn tempdir_with_recordings(name: &str) -> PathBuf {
    let dir = tempdir(name);
    fs::create_dir(dir.join("lyd")).unwrap();
    for entry in fs::read_dir(packs_dir("valid/helse/lyd")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join("lyd").join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("packs")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}
