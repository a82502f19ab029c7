//! The home screen as plain HTML, written into the page at build time, so
//! that a first visit shows the sectors before the wasm has arrived.
//!
//! The markup is the home screen's own (`pages::home`, the header and the
//! navigation bar) with every text in nb, uk and en: the page's start-up
//! script sets `<html data-ui data-support>` as the app will choose the
//! languages, and the style sheet shows the texts of that language. The app
//! replaces it when it starts, in the same task, so nothing moves.

use bransjenorsk_core::content::{Catalog, Sector};
use bransjenorsk_core::fluent::{Args, Messages};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::route::Route;

use crate::components::icons::paths;

/// The messages of each interface language, in [`Lang::ALL`]'s order.
pub struct AllMessages<'a>(pub [&'a Messages; 3]);

impl AllMessages<'_> {
    /// `id` in every language, each in a span only that language shows.
    fn each(&self, id: &str, args: Option<&Args>) -> Result<String, String> {
        self.spans(id, args, |code, text| {
            format!(r#"<span data-l="{code}" lang="{code}">{text}</span>"#)
        })
    }

    /// `id` in each language, shown as the support line under the
    /// interface language's text when the two differ.
    fn support(&self, id: &str, class: &str) -> Result<String, String> {
        self.spans(id, None, |code, text| {
            format!(r#"<span class="{class}" data-s="{code}" lang="{code}">{text}</span>"#)
        })
    }

    /// `id` formatted in each language, escaped, and put in `span`.
    fn spans(
        &self,
        id: &str,
        args: Option<&Args>,
        span: impl Fn(&str, &str) -> String,
    ) -> Result<String, String> {
        let mut html = String::new();
        for lang in Lang::ALL {
            html += &span(lang.code(), &self.one(lang, id, args)?);
        }
        Ok(html)
    }

    /// `id` in `lang`, escaped; a missing message is an error, not a blank.
    fn one(&self, lang: Lang, id: &str, args: Option<&Args>) -> Result<String, String> {
        let [nb, uk, en] = self.0;
        let messages = match lang {
            Lang::Nb => nb,
            Lang::Uk => uk,
            Lang::En => en,
        };
        messages
            .format(id, args)
            .map(|text| escape(&text))
            .ok_or_else(|| format!("{lang}: no message {id}"))
    }
}

/// The header, the home screen's heading, introduction and sector cards,
/// and the navigation bar, with the bundled packs counted per sector.
pub fn render(catalog: &Catalog, texts: &AllMessages) -> Result<String, String> {
    let mut cards = String::new();
    for sector in Sector::ALL {
        let id = sector.id();
        let mut count = Args::new();
        count.set("count", catalog.in_sector(sector).count() as i64);
        cards += &format!(
            concat!(
                r#"<li><a href="{href}" class="card sector-card sector-{id}">"#,
                r#"<span class="sector-badge">{icon}</span><span class="card-text">"#,
                r#"<span class="card-title">{title}</span>{support}"#,
                r#"<span class="card-detail">{jobs}</span>"#,
                r#"<span class="card-meta">{packs}</span></span></a></li>"#
            ),
            id = id,
            href = relative(&Route::Sector(id.to_owned())),
            icon = icon(paths::sector(sector)),
            title = texts.each(&format!("sector-{id}"), None)?,
            support = texts.support(&format!("sector-{id}"), "card-support")?,
            jobs = texts.each(&format!("sector-{id}-jobs"), None)?,
            packs = texts.each("sector-pack-count", Some(&count))?,
        );
    }
    // One labelled drop-down per interface language, each shown with it
    // (a label names only the first control inside it).
    let mut languages = String::new();
    for chosen in Lang::ALL {
        let options: String = Lang::ALL
            .into_iter()
            .map(|lang| {
                let selected = if lang == chosen { " selected" } else { "" };
                format!(
                    r#"<option value="{code}" lang="{code}"{selected}>{}</option>"#,
                    lang.own_name(),
                    code = lang.code()
                )
            })
            .collect();
        languages += &format!(
            concat!(
                r#"<label class="language-select" data-l="{code}" lang="{code}">"#,
                r#"<span class="visually-hidden">{label}</span><select disabled>{options}</select></label>"#
            ),
            code = chosen.code(),
            label = texts.one(chosen, "language-label", None)?,
            options = options,
        );
    }
    let nav_link = |route: Route, path: &str, id: &str| -> Result<String, String> {
        let current = if route == Route::Home {
            r#" aria-current="page""#
        } else {
            ""
        };
        Ok(format!(
            r#"<a href="{}"{current}>{}<span>{}</span></a>"#,
            relative(&route),
            icon(path),
            texts.each(id, None)?
        ))
    };
    Ok(format!(
        concat!(
            r#"<div class="static-home">"#,
            r#"<header class="app-header"><a href="{home}" class="brand" lang="nb">{app_icon}<span>{app_name}</span></a>"#,
            r#"{languages}</header>"#,
            r#"<main><h1>{heading}</h1><p class="lead">{intro}</p><ul class="card-list">{cards}</ul></main>"#,
            r#"<nav class="nav-bar">{nav_home}{nav_settings}{nav_about}</nav>"#,
            r#"</div>"#
        ),
        languages = languages,
        cards = cards,
        home = relative(&Route::Home),
        app_icon = icon(paths::APP),
        app_name = texts.one(Lang::Nb, "app-name", None)?,
        heading = texts.each("home-heading", None)?,
        intro = texts.each("home-intro", None)?,
        nav_home = nav_link(Route::Home, paths::HOME, "nav-home")?,
        nav_settings = nav_link(Route::Settings, paths::SETTINGS, "nav-settings")?,
        nav_about = nav_link(Route::About, paths::HELP, "nav-about")?,
    ))
}

/// A screen's path relative to the page's `<base href>`, so the page works
/// under any sub-path: `./` for home, `sector/helse` for a sector.
fn relative(route: &Route) -> String {
    match route.path().trim_start_matches('/') {
        "" => "./".to_owned(),
        path => path.to_owned(),
    }
}

/// The icon markup of `components::icons`.
fn icon(path: &str) -> String {
    format!(
        r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="{path}"></path></svg>"#
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use bransjenorsk_core::content::{CatalogEntry, Level};

    fn messages(lang: Lang) -> Messages {
        let path = format!(
            "{}/src/i18n/locales/{}.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        Messages::parse(lang, &std::fs::read_to_string(path).unwrap())
    }

    fn texts() -> bransjenorsk_core::content::Texts {
        bransjenorsk_core::content::Texts {
            nb: "x".into(),
            uk: "x".into(),
            en: "x".into(),
        }
    }

    /// Two packs in health and care, one in cleaning.
    fn catalog() -> Catalog {
        let entry = |id: &str, sector| CatalogEntry {
            id: id.into(),
            version: "1.0.0".into(),
            sector,
            level: Level::A1,
            title: texts(),
            description: texts(),
            vocabulary_count: 1,
            item_count: 1,
            size: 100,
            media_size: 0,
            path: format!("exercises/{id}.json"),
        };
        Catalog::new(vec![
            entry("helse-a", Sector::Helse),
            entry("helse-b", Sector::Helse),
            entry("renhold-a", Sector::Renhold),
        ])
    }

    #[test]
    fn every_sector_and_every_language_is_there() {
        let (nb, uk, en) = (messages(Lang::Nb), messages(Lang::Uk), messages(Lang::En));
        let html = render(&catalog(), &AllMessages([&nb, &uk, &en])).unwrap();
        for sector in Sector::ALL {
            assert!(html.contains(&format!(r#"href="sector/{}""#, sector.id())));
        }
        assert!(html.contains(r#"<span data-l="nb" lang="nb">Hvor jobber du?</span>"#));
        assert!(html.contains(r#"<span data-l="uk" lang="uk">Де ви працюєте?</span>"#));
        assert!(html.contains(
            r#"<span class="card-support" data-s="en" lang="en">Health and care</span>"#
        ));
        let helse =
            &html[html.find("sector-helse").unwrap()..html.find("sector-barnehage").unwrap()];
        assert!(helse.contains(r#"<span data-l="nb" lang="nb">2 pakker</span>"#));
        assert!(helse.contains(r#"<span data-l="uk" lang="uk">2 набори</span>"#));
        let renhold =
            &html[html.find("sector-renhold").unwrap()..html.find("sector-teknisk").unwrap()];
        assert!(renhold.contains(r#"<span data-l="en" lang="en">1 pack</span>"#));
        assert!(html.contains(r#"<span data-l="uk" lang="uk">0 наборів</span>"#));
        assert!(html.contains(r#"<a href="./" aria-current="page">"#));
        assert!(html.contains(concat!(
            r#"<label class="language-select" data-l="uk" lang="uk"><span class="visually-hidden">Мова</span>"#,
            r#"<select disabled><option value="nb" lang="nb">Norsk bokmål</option><option value="uk" lang="uk" selected>"#
        )));
    }

    #[test]
    fn a_missing_message_is_an_error_not_a_blank() {
        let (nb, uk) = (messages(Lang::Nb), messages(Lang::Uk));
        let en = Messages::parse(Lang::En, "app-name = Bransjenorsk\n");
        let error = render(&catalog(), &AllMessages([&nb, &uk, &en])).unwrap_err();
        assert!(error.starts_with("en: no message"), "{error}");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"A & B <i> "c""#),
            "A &amp; B &lt;i&gt; &quot;c&quot;"
        );
    }
}
