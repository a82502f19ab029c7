//! The pack's details: title and description in the three languages,
//! sector, level, id, version, authors, licence and situations.

use leptos::prelude::*;

use super::begin::level_select;
use super::editor::Editing;
use super::fields::{list_field, support_field, text_field};
use super::problems::{at_fields, with_problems};
use crate::i18n::{args, tr, use_i18n};
use bransjenorsk_core::content::{Sector, Support, Texts};
use bransjenorsk_core::studio::draft::Draft;

/// Licences teachers share material under; the first is the bundled
/// packs' own.
const LICENCES: [&str; 3] = ["CC-BY-SA-4.0", "CC-BY-4.0", "CC0-1.0"];

pub fn details(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let draft = editing.draft;
    let texts = |get: fn(&Draft) -> &Texts, set: fn(&mut Draft) -> &mut Texts| {
        let value = Signal::derive(move || {
            draft.with(|d| {
                let texts = get(d);
                let some = |text: &str| (!text.is_empty()).then(|| text.to_owned());
                Support {
                    nb: some(&texts.nb),
                    uk: some(&texts.uk),
                    en: some(&texts.en),
                }
            })
        });
        let change = Callback::new(move |support: Support| {
            draft.update(|d| {
                let before = d.suggested_id();
                let texts = set(d);
                texts.nb = support.nb.unwrap_or_default();
                texts.uk = support.uk.unwrap_or_default();
                texts.en = support.en.unwrap_or_default();
                follow_title(d, &before);
            });
        });
        (value, change)
    };
    let (title, set_title) = texts(|d| &d.pack.pack.title, |d| &mut d.pack.pack.title);
    let (about, set_about) = texts(
        |d| &d.pack.pack.description,
        |d| &mut d.pack.pack.description,
    );
    let level = RwSignal::new(draft.with_untracked(|d| d.pack.pack.level));
    Effect::new(move |_| {
        let chosen = level.get();
        if draft.with_untracked(|d| d.pack.pack.level) != chosen {
            draft.update(|d| {
                let before = d.suggested_id();
                d.pack.pack.level = chosen;
                follow_title(d, &before);
            });
        }
    });
    let sector = move || draft.with(|d| d.pack.pack.sector);
    let text = |get: fn(&Draft) -> String, set: fn(&mut Draft, String)| {
        (
            Signal::derive(move || draft.with(get)),
            Callback::new(move |value: String| draft.update(|d| set(d, value))),
        )
    };
    let (id, set_id) = text(|d| d.pack.pack.id.clone(), |d, v| d.pack.pack.id = v);
    let (version, set_version) = text(
        |d| d.pack.pack.version.clone(),
        |d, v| d.pack.pack.version = v,
    );
    let list = |get: fn(&Draft) -> Vec<String>, set: fn(&mut Draft, Vec<String>)| {
        (
            Signal::derive(move || draft.with(get)),
            Callback::new(move |value: Vec<String>| draft.update(|d| set(d, value))),
        )
    };
    let (authors, set_authors) = list(
        |d| d.pack.pack.authors.clone(),
        |d, v| d.pack.pack.authors = v,
    );
    let (situations, set_situations) = list(
        |d| d.pack.pack.situations.clone(),
        |d, v| d.pack.pack.situations = v,
    );
    let published = draft.with_untracked(|d| d.published.clone());
    let version_note = published.map(|published| {
        let proposed = move || draft.with(Draft::proposed_version);
        let before = published.version.clone();
        view! {
            <p class="card-meta" data-testid="version-note">
                {move || i18n.t_args("studio-version-proposed", &args([("published", before.clone().into()), ("proposed", proposed().into())]))}
            </p>
        }
    });
    let problems = editing.problems_of("subject-pack", String::new);
    // The pack's problems are listed on top as well; here each is at its field.
    with_problems(problems, "pack-".into(), move |_| {
        view! {
            <section aria-labelledby="details-heading" class="studio-part">
                <h2 id="details-heading">{tr("studio-part-details")}</h2>
                {support_field("pack-title".into(), tr("studio-pack-title"), title, set_title, 1)}
                {support_field("pack-description".into(), tr("studio-pack-description"), about, set_about, 3)}
                <div class="field">
                    <label for="pack-sector">{tr("studio-sector")}</label>
                    <select id="pack-sector" on:change=move |event| {
                        if let Some(chosen) = Sector::from_id(&event_target_value(&event)) {
                            draft.update(|d| d.pack.pack.sector = chosen);
                        }
                    }>
                        {Sector::ALL.into_iter().map(|s| {
                            let name = format!("sector-{}", s.id());
                            view! { <option value=s.id() selected=move || sector() == s>{move || i18n.t(&name)}</option> }
                        }).collect_view()}
                    </select>
                    {at_fields(&["sector"])}
                </div>
                {level_select("pack-level", level)}
                {at_fields(&["level"])}
                {text_field("pack-id".into(), tr("studio-pack-id"), id, set_id, None, 1)}
                <p class="card-meta">{tr("studio-pack-id-note")}</p>
                {text_field("pack-version".into(), tr("studio-pack-version"), version, set_version, None, 1)}
                {version_note}
                {list_field("pack-authors".into(), "studio-authors", "studio-add-author", authors, set_authors, None)}
                <div class="field">
                    <label for="pack-licence">{tr("studio-licence")}</label>
                    <select id="pack-licence" on:change=move |event| {
                        let chosen = event_target_value(&event);
                        draft.update(|d| d.pack.pack.licence = chosen);
                    }>
                        {LICENCES.map(|licence| view! {
                            <option value=licence selected=move || draft.with(|d| d.pack.pack.licence == licence)>{licence}</option>
                        }).collect_view()}
                    </select>
                    {at_fields(&["licence"])}
                </div>
                {list_field("pack-situations".into(), "studio-situations", "studio-add-situation", situations, set_situations, Some(bransjenorsk_core::lang::Lang::Nb))}
                {at_fields(&["prerequisites"])}
            </section>
        }
    })
}

/// A pack never published takes its id from its title and level, until
/// the teacher gives it another.
fn follow_title(draft: &mut Draft, suggested_before: &str) {
    let meta = &draft.pack.pack;
    let untouched = meta.id.is_empty() || meta.id == suggested_before;
    if draft.published.is_none() && untouched && !meta.title.nb.trim().is_empty() {
        draft.pack.pack.id = draft.suggested_id();
    }
}
