//! A sector's screen: its packs by level, and readiness for its work.

use leptos::prelude::*;

use super::not_found;
use crate::bundled::catalog;
use crate::components::icons::SectorIcon;
use crate::components::keep_offline::keep_offline;
use crate::components::made_by::made_by;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::packs;
use crate::platform::paths::RouteHref;
use crate::state::progress::use_progress;
use bransjenorsk_core::added::is_added_path;
use bransjenorsk_core::content::{CatalogEntry, Level, Sector};
use bransjenorsk_core::readiness;
use bransjenorsk_core::route::Route;

/// A sector: what its jobs require, and its packs by level.
pub fn sector(id: &str) -> AnyView {
    match Sector::from_id(id) {
        Some(sector) => view! { <SectorView sector/> }.into_any(),
        None => not_found().into_any(),
    }
}

#[component]
fn SectorView(sector: Sector) -> impl IntoView {
    let i18n = use_i18n();
    let id = sector.id();
    use_page_title(move || i18n.t(&format!("sector-{id}")));
    let levels = catalog().levels_in(sector);
    view! {
        <a href=Route::Home.href() class="back-link">{tr("back-home")}</a>
        <header class=format!("page-header sector-{id}")>
            <span class="sector-badge">
                <SectorIcon sector/>
            </span>
            <h1>{move || i18n.t(&format!("sector-{id}"))}</h1>
        </header>
        <p class="lead">{move || i18n.t(&format!("sector-{id}-jobs"))}</p>
        <p class="note">{move || i18n.t(&format!("sector-{id}-requirement"))}</p>
        {(!levels.is_empty()).then(|| readiness_view(sector))}
        {(!levels.is_empty()).then(|| {
            let bundled = catalog().in_sector(sector).filter(|entry| !is_added_path(&entry.path));
            keep_offline(bundled.collect(), "offline-keep")
        })}
        {if levels.is_empty() {
            view! { <p>{tr("sector-no-packs")}</p> }.into_any()
        } else {
            levels
                .into_iter()
                .map(|level| view! { <LevelSection sector level/> })
                .collect_view()
                .into_any()
        }}
    }
}

/// How far the learner has come towards the level the jobs ask for, level
/// by level, and that this is practice, not a test.
fn readiness_view(sector: Sector) -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let target = readiness::target(sector);
    let now = crate::platform::browser::now();
    let rows = progress.with(|p| readiness::readiness(p, catalog().in_sector(sector), target, now));
    let total = rows.iter().map(|r| r.total).sum();
    let practised = readiness::percent(rows.iter().map(|r| r.practised).sum(), total);
    let mastered = readiness::percent(rows.iter().map(|r| r.mastered).sum(), total);
    let id = if target.is_some() {
        "readiness-target"
    } else {
        "readiness-all"
    };
    let level = target.map_or("", Level::code);
    let summary = move || {
        let values = [
            ("practised", practised.into()),
            ("mastered", mastered.into()),
            ("level", level.into()),
        ];
        i18n.t_args(id, &args(values))
    };
    // Per level, exercises practised of all: numbers read the same in
    // every language.
    let level_rows = rows
        .into_iter()
        .map(|row| {
            view! {
                <li>
                    <span class="level-tag">{row.level.code()}</span>
                    <progress max=row.total.max(1) value=row.practised aria-hidden="true"></progress>
                    <span>{row.practised} " / " {row.total}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="readiness" aria-labelledby="readiness-heading">
            <h2 id="readiness-heading">{tr("readiness-heading")}</h2>
            <p data-testid="readiness">{summary}</p>
            <ul class="readiness-levels">{level_rows}</ul>
            <p class="fine-print">{tr("readiness-not-a-test")}</p>
        </section>
    }
}

/// One CEFR level of a sector and its packs.
#[component]
fn LevelSection(sector: Sector, level: Level) -> impl IntoView {
    let i18n = use_i18n();
    let code = level.code();
    let heading_id = format!("level-{}", code.to_ascii_lowercase());
    let labelled_by = heading_id.clone();
    let packs: Vec<&'static CatalogEntry> = catalog()
        .in_sector(sector)
        .filter(|entry| entry.level == level)
        .collect();
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading_id>
                <span class="level-tag">{code}</span>
                " "
                {move || i18n.t(&format!("level-{}", code.to_ascii_lowercase()))}
            </h2>
            <ul class="card-list">
                {packs.into_iter().map(|entry| view! { <li><PackCard entry/></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// A link to a pack: its title, description, size in words and kilobytes,
/// and how far the learner has come in its exercises.
#[component]
fn PackCard(entry: &'static CatalogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let kilobytes = entry.size.div_ceil(1024);
    let total = entry.item_count;
    // A teacher's pack the learner added says who made it.
    let by = packs::added_pack(&entry.id).map(|pack| made_by(&pack.authors));
    let done = move || {
        let now = crate::platform::browser::now();
        progress
            .with(|p| p.counts_in_pack(&entry.id, now).done)
            .min(total)
    };
    view! {
        <a href=Route::Pack(entry.id.clone()).href() class="card pack-card">
            <span class="card-text">
                <span class="card-title">{move || entry.title.get(i18n.lang()).to_owned()}</span>
                <span class="card-detail">{move || entry.description.get(i18n.lang()).to_owned()}</span>
                {by.map(|by| view! {
                    <span class="card-meta" data-testid="pack-by">{by.clone()}</span>
                })}
                <span class="card-meta">
                    {move || {
                        i18n.t_args(
                            "pack-meta",
                            &args([
                                ("words", entry.vocabulary_count.into()),
                                ("kilobytes", kilobytes.into()),
                            ]),
                        )
                    }}
                </span>
                {(total > 0).then(|| view! {
                    <span class="card-meta">
                        {tr_count("pack-exercises", total)}
                        " · "
                        {move || i18n.t_args("pack-progress", &args([("done", done().into()), ("total", total.into())]))}
                    </span>
                })}
            </span>
        </a>
    }
}
