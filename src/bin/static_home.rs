//! Writes the home screen into the built page, so a first visit shows the
//! sectors before the app has started (see `bransjenorsk::static_home`).
//!
//!     cargo run --bin static-home -- dist
//!
//! Reads `exercises/catalog.json` and `locales/<lang>.ftl.txt` in the
//! folder, and fills its `index.html`'s empty `#static-home`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match std::env::args().nth(1) {
        Some(dir) => match write(std::path::Path::new(&dir)) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("static-home: {error}");
                std::process::ExitCode::FAILURE
            }
        },
        None => {
            eprintln!("usage: static-home DIST_DIR");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write(dir: &std::path::Path) -> Result<(), String> {
    use bransjenorsk::static_home::{AllMessages, render};
    use bransjenorsk_core::content::Catalog;
    use bransjenorsk_core::fluent::Messages;
    use bransjenorsk_core::lang::Lang;
    use std::fs;

    let read =
        |path: &str| fs::read_to_string(dir.join(path)).map_err(|error| format!("{path}: {error}"));
    let catalog: Catalog = bransjenorsk_core::json::from_str(&read("exercises/catalog.json")?)
        .ok_or("exercises/catalog.json: not a catalog")?;
    let [nb, uk, en] = Lang::ALL.map(|lang| {
        read(&format!("locales/{}.ftl.txt", lang.code()))
            .map(|source| Messages::parse(lang, &source))
    });
    let home = render(&catalog, &AllMessages([&nb?, &uk?, &en?]))?;
    let page = read("index.html")?;
    // Release builds are minified: the tag may come without quotes.
    let empty = [
        "<div id=\"static-home\"></div>",
        "<div id=static-home></div>",
    ];
    let Some(place) = empty.iter().find(|tag| page.contains(*tag)) else {
        return Err("index.html has no empty <div id=\"static-home\">".into());
    };
    fs::write(dir.join("index.html"), page.replacen(place, &home, 1))
        .map_err(|error| format!("index.html: {error}"))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
