//! Every reader of what comes from outside (pack files as TOML, packs as
//! the app downloads them in JSON, packs as zips, packs inside links and
//! inside assignments, backup files) fed generated and mutated input: none may panic, and none
//! may hold more memory than a bound for what it read.
//!
//! `FUZZ_ROUNDS` inputs per reader (2,000 unless set, as in `make test`);
//! `make fuzz` runs a million each. A failing input is written to
//! `target/fuzz-failure-<reader>`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use bransjenorsk_core::assignment::{self, AssignedPack, Assignment, PackSource, Shared};
use bransjenorsk_core::content::{
    Context, check_pack, check_pack_file, pack_json, read_pack, read_playable,
};
use bransjenorsk_core::packlink::{PackLink, read_inside};
use bransjenorsk_core::progress::day::Day;
use bransjenorsk_core::{added, backup};

/// Counts the bytes held, and the most held since the last reset.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(held, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most a reader may hold beyond what it was given, for any input: a
/// pack at its limits takes a few megabytes.
const MEMORY_BOUND: usize = 64 * 1024 * 1024;

fn rounds() -> usize {
    std::env::var("FUZZ_ROUNDS")
        .ok()
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(2_000)
}

/// xorshift64*: the same inputs on every run.
struct Random(Cell<u64>);

impl Random {
    fn new(seed: u64) -> Random {
        Random(Cell::new(seed | 1))
    }

    fn next(&self) -> u64 {
        let mut x = self.0.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that mean something to one of the readers.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b"'",
    b"\"\"\"",
    b"'''",
    b"[",
    b"]",
    b"[[items]]",
    b"[items]",
    b"{",
    b"}",
    b"=",
    b",",
    b"\n",
    b"\\",
    b"\\u",
    b"#",
    b"0",
    b"-1",
    b"99999999999999999999",
    b"1e999",
    b"nan",
    b"true",
    b"null",
    b"[[[[[[[[[[[[[[[[",
    b"{{{{{{{{",
    b"\xFF",
    b"\xC3",
    b"\xE2\x80\xAE",
    b"\xE2\x80\x8B",
    b"PK\x03\x04",
    b"PK\x01\x02",
    b"PK\x05\x06",
    b"\0\0\0\0",
    b"\xFF\xFF\xFF\xFF",
    b"___",
    b"<script>",
    b"schema = 1\n",
    b"kind = \"dialogue\"",
    b"kind = \"video\"",
    b"\"items\":",
    b"\"schema\":2",
];

/// One to four changes to `input`, or a piece of another seed spliced in.
fn mutate(random: &Random, input: &[u8], seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut bytes = input.to_vec();
    for _ in 0..=random.below(4) {
        let at = random.below(bytes.len() + 1);
        match random.below(8) {
            0 if !bytes.is_empty() => {
                let at = at.min(bytes.len() - 1);
                bytes[at] ^= 1 << random.below(8);
            }
            1 if !bytes.is_empty() => {
                let at = at.min(bytes.len() - 1);
                bytes[at] = random.next() as u8;
            }
            2 | 3 => {
                let token = TOKENS[random.below(TOKENS.len())];
                bytes.splice(at..at, token.iter().copied());
            }
            4 => {
                let end = (at + random.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            5 => {
                let end = (at + random.below(256)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                let to = random.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            6 => bytes.truncate(at),
            _ => {
                let other = &seeds[random.below(seeds.len())];
                let from = random.below(other.len());
                let end = (from + random.below(512)).min(other.len());
                bytes.splice(at..at, other[from..end].iter().copied());
            }
        }
    }
    bytes
}

/// Feeds `rounds()` mutated seeds to `read`; the number read and how long
/// it took.
fn fuzz(name: &str, seeds: Vec<Vec<u8>>, read: impl Fn(&[u8])) {
    let rounds = rounds();
    let random = Random::new(0x00C0_FFEE ^ name.len() as u64);
    let start = Instant::now();
    let mut most = 0;
    for round in 0..rounds {
        let seed = &seeds[round % seeds.len()];
        // Every tenth input is generated from nothing but tokens.
        let input = if round % 10 == 9 {
            let count = random.below(64);
            (0..count)
                .flat_map(|_| TOKENS[random.below(TOKENS.len())].to_vec())
                .collect()
        } else {
            mutate(&random, seed, &seeds)
        };
        let before = HELD.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let outcome = catch_unwind(AssertUnwindSafe(|| read(&input)));
        let held = PEAK.load(Ordering::Relaxed).saturating_sub(before);
        most = most.max(held);
        if outcome.is_err() || held > MEMORY_BOUND {
            let file = failure_file(name);
            std::fs::write(&file, &input).unwrap();
            panic!(
                "{name}: input {round} {} (held {held} B); written to {}",
                if outcome.is_err() {
                    "panicked"
                } else {
                    "held too much memory"
                },
                file.display()
            );
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut out = std::io::stderr();
    let _ = writeln!(
        out,
        "fuzz {name}: {rounds} inputs in {seconds:.1} s, no panic, at most {} KB held",
        most / 1024
    );
}

fn failure_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../target/fuzz-failure-{name}"))
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

/// Small real packs: the test pack of every kind and three bundled ones.
fn pack_texts() -> Vec<String> {
    [
        "tests/packs/valid/helse/every-kind.toml",
        "exercises/helse/a1-hilse-beboer.toml",
        "exercises/arbeidsliv/a2-syk.toml",
        "exercises/renhold/a2-kunden-og-avvik.toml",
    ]
    .iter()
    .filter_map(|path| std::fs::read_to_string(repo(path)).ok())
    .collect()
}

fn no_files() -> Context<'static> {
    Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: None,
    }
}

fn toml() {
    let seeds = pack_texts().into_iter().map(String::into_bytes).collect();
    fuzz("toml", seeds, |input| {
        let text = String::from_utf8_lossy(input);
        let _ = check_pack(&text, &no_files());
    });
}

fn json() {
    let seeds = pack_texts()
        .iter()
        .filter_map(|text| read_pack(text).ok())
        .map(|pack| pack_json(&pack).into_bytes())
        .collect();
    fuzz("json", seeds, |input| {
        let _ = read_playable(&String::from_utf8_lossy(input));
    });
}

fn zips() {
    let valid = repo("tests/packs/valid/helse");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for name in ["every-kind.toml", "lyd/handkle.ogg", "lyd/kaffe.ogg"] {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(name, options).unwrap();
        writer
            .write_all(&std::fs::read(valid.join(name)).unwrap())
            .unwrap();
    }
    let zipped = writer.finish().unwrap().into_inner();
    fuzz("zip", vec![zipped], |input| {
        let _ = check_pack_file(input.to_vec(), &no_files());
    });
}

/// Links that bring packs: a pack link, and an assignment with a pack
/// inside it.
fn pack_links() {
    let mut seeds: Vec<Vec<u8>> = pack_texts()
        .into_iter()
        .filter_map(|text| PackLink::Inside(text).fragment().ok())
        .map(|fragment| fragment.trim_start_matches("#pack/").as_bytes().to_vec())
        .collect();
    let teacher = std::fs::read(repo("tests/packs/teacher/morgenstell.toml")).unwrap();
    let json = added::open(teacher, &Default::default()).unwrap().json;
    let assignment = Shared::Assignment(Assignment {
        from: "Ingrid".into(),
        note: String::new(),
        made: Day(20_788),
        due: None,
        packs: vec![AssignedPack {
            id: "ks-morgenstell".into(),
            items: vec![],
            source: Some(PackSource::inside(&json)),
        }],
    });
    seeds.push(assignment.encode().into_bytes());
    fuzz("pack-link", seeds, |input| {
        let message = String::from_utf8_lossy(input);
        let _ = read_inside(&message);
        let _ = PackLink::parse(&["pack-at/", &message].concat());
        if let Ok(Shared::Assignment(assignment)) = assignment::read(&message) {
            for source in assignment.packs.iter().filter_map(|p| p.source.as_ref()) {
                let _ = source.link();
            }
        }
    });
}

fn backups() {
    let seeds = ["v2", "v3"]
        .map(|version| {
            std::fs::read(repo(&format!("tests/fixtures/backup/{version}.json"))).unwrap()
        })
        .to_vec();
    fuzz("backup", seeds, |input| {
        let _ = backup::read(&String::from_utf8_lossy(input));
    });
}

/// One reader after another: the memory held is counted for the whole
/// process, so they must not run side by side.
#[test]
fn no_reader_of_outside_input_panics_or_holds_unbounded_memory() {
    toml();
    json();
    zips();
    pack_links();
    backups();
}
