//! Loading and saving progress with 5,000 reviewed items: the work done
//! at every start (load) and after every answer (save, and the merge with
//! what another tab saved). Prints its figures; run with
//! `cargo bench --bench progress`.

use std::hint::black_box;
use std::time::Instant;

use bransjenorsk_core::json;
use bransjenorsk_core::practice::Rating;
use bransjenorsk_core::progress::day::Day;
use bransjenorsk_core::progress::{Answer, Progress, stored};
use bransjenorsk_core::time::Millis;

const ITEMS: usize = 5_000;
const RUNS: u32 = 20;

fn main() {
    let progress = reviewed(ITEMS);
    let text = json::to_string(&progress);
    println!("progress with {ITEMS} reviewed items in 50 packs, 60 days logged");
    println!(
        "stored size: {:.0} KB ({} bytes)",
        text.len() as f64 / 1024.0,
        text.len()
    );
    report("save (to JSON)", || {
        json::to_string(black_box(&progress)).len()
    });
    report("load (read and check)", || {
        stored::read(black_box(&text)).unwrap().items.len()
    });
    report("merge with another tab's copy", || {
        let mut ours = progress.clone();
        ours.merge(black_box(progress.clone()));
        ours.items.len()
    });
}

/// Every item answered three times, a day apart.
fn reviewed(count: usize) -> Progress {
    let mut progress = Progress::default();
    let start = Millis(1_795_305_600_000 - 90 * 86_400_000);
    for index in 0..count {
        let pack = format!("helse-a{}-pakke-{:02}", index % 2 + 1, index % 50);
        let item = format!("oppgave-{index:04}");
        for (round, rating) in [Rating::Good, Rating::Again, Rating::Good]
            .into_iter()
            .enumerate()
        {
            let day = (index % 60 + round) as i64;
            let answer = Answer {
                pack: &pack,
                item: &item,
                rating,
                at: start + day * 86_400_000 + index as i64,
                day: Day(20_689) + day,
                seconds: 25,
            };
            progress.record(&answer, 0.9);
        }
    }
    progress
}

fn report(what: &str, mut run: impl FnMut() -> usize) {
    black_box(run());
    let began = Instant::now();
    for _ in 0..RUNS {
        black_box(run());
    }
    let each = began.elapsed() / RUNS;
    println!("{what}: {:.2} ms", each.as_secs_f64() * 1000.0);
}
