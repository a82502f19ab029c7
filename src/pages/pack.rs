//! A pack's screen: what it teaches, its words, and the way to practise.

use leptos::prelude::*;

use super::my_packs::about_added;
use super::not_found;
use crate::bundled::catalog;
use crate::components::say::Say;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::browser;
use crate::platform::fetch::FetchError;
use crate::platform::packs::{self, LoadError};
use crate::platform::paths::RouteHref;
use crate::state::loaded::Loaded;
use crate::state::progress::use_progress;
use crate::state::sound::use_sound;
use bransjenorsk_core::content::{CatalogEntry, Pack, Playable, VocabEntry};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::route::Route;

/// A pack: what it is about and the words it teaches.
pub fn pack(id: &str) -> AnyView {
    match catalog().pack(id) {
        Some(entry) => view! { <PackView entry/> }.into_any(),
        None => not_found().into_any(),
    }
}

#[component]
fn PackView(entry: &'static CatalogEntry) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || entry.title.get(i18n.lang()).to_owned());
    let pack = Loaded::new(move || packs::load(&entry.path));
    let sector = entry.sector.id();
    view! {
        <a href=Route::Sector(sector.to_owned()).href() class="back-link">
            {move || i18n.t_args("back-to-sector", &args([("sector", i18n.t(&format!("sector-{sector}")).into())]))}
        </a>
        <h1>{move || entry.title.get(i18n.lang()).to_owned()}</h1>
        <p class="card-meta">
            <span class="level-tag">{entry.level.code()}</span>
            " "
            {tr_count("pack-words", entry.vocabulary_count)}
        </p>
        <p class="lead">{move || entry.description.get(i18n.lang()).to_owned()}</p>
        {about_added(&entry.id)}
        {move || match pack.get() {
            None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
            Some(Ok(playable)) => view! { <Practise entry playable=playable.clone()/> <Vocabulary pack=playable.pack files=packs::folder(&entry.path)/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=move || pack.refetch()/> }.into_any(),
        }}
    }
}

/// The way into practice, with how far the learner has come.
#[component]
fn Practise(entry: &'static CatalogEntry, playable: Playable) -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    // Listening needs sound: counted only when it can be heard here.
    let sound = use_sound().sound_untracked();
    let ids: Vec<String> = playable
        .pack
        .items
        .iter()
        .filter(|item| sound.gate(item).is_ok())
        .map(|item| item.id.clone())
        .collect();
    if ids.is_empty() {
        return view! { <p class="note">{tr("pack-no-exercises")}</p> }.into_any();
    }
    let total = ids.len();
    let now = crate::platform::browser::now();
    let ids = StoredValue::new(ids);
    let counts = move || {
        progress.with(|p| {
            ids.with_value(|ids| p.counts_in(&entry.id, ids.iter().map(String::as_str), now))
        })
    };
    view! {
        <div class="practise">
            <p class="card-meta">
                {tr_count("pack-exercises", total)}
                " · "
                {move || i18n.t_args("pack-progress", &args([("done", counts().done.into()), ("total", total.into())]))}
            </p>
            {move || {
                let counts = counts();
                (counts.met > 0).then(|| view! {
                    <p class="card-meta" data-testid="pack-memory">
                        {i18n.t_args("pack-memory", &args([("due", counts.due.into()), ("mastered", counts.mastered.into())]))}
                    </p>
                })
            }}
            <a href=Route::Practice(entry.id.clone()).href() class="button primary wide">
                {tr("pack-practise")}
            </a>
        </div>
    }
    .into_any()
}

#[component]
pub fn LoadFailed(error: LoadError, retry: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let message = match &error {
        LoadError::Fetch(FetchError::Network) if browser::is_offline() => "pack-error-not-kept",
        LoadError::Fetch(FetchError::Network) => "pack-error-offline",
        LoadError::Fetch(FetchError::Status(_)) => "pack-error-missing",
        LoadError::Pack(_) => "pack-error-broken",
        LoadError::Stored(error) => error.message_id(),
    };
    view! {
        <div class="alert" role="alert">
            <p>{move || i18n.t(message)}</p>
            <button type="button" class="button" on:click=move |_| retry()>
                {tr("retry")}
            </button>
        </div>
    }
}

/// The pack's words: Norwegian forms, a gloss and an example.
#[component]
fn Vocabulary(pack: Pack, files: String) -> impl IntoView {
    let i18n = use_i18n();
    let authors = pack.pack.authors.join(", ");
    let licence = pack.pack.licence;
    let credits = move || {
        i18n.t_args(
            "pack-credits",
            &args([
                ("authors", authors.as_str().into()),
                ("licence", licence.as_str().into()),
            ]),
        )
    };
    view! {
        <section aria-labelledby="vocabulary-heading">
            <h2 id="vocabulary-heading">{tr("pack-vocabulary")}</h2>
            <ul class="vocabulary">
                {pack.vocabulary.into_iter().map(|entry| {
                    let recording = entry.audio.as_ref().map(|audio| format!("{files}{audio}"));
                    vocab_item(entry, recording)
                }).collect_view()}
            </ul>
        </section>
        <p class="fine-print">{credits}</p>
    }
}

fn vocab_item(entry: VocabEntry, recording: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let forms = entry.forms.join(" · ");
    let gloss = entry.gloss;
    // With the interface in Norwegian there is no support language yet, so
    // both glosses show; otherwise the one in the interface language.
    let glosses = move || {
        let shown: Vec<Lang> = match i18n.lang() {
            Lang::Nb => vec![Lang::Uk, Lang::En],
            lang => vec![lang],
        };
        shown
            .into_iter()
            .filter_map(|lang| {
                gloss.get(lang).map(
                    |text| view! { <span class="gloss" lang=lang.code()>{text.to_owned()}</span> },
                )
            })
            .collect_view()
    };
    view! {
        <li class="vocab-item">
            <span class="lemma" lang="nb">{entry.lemma.clone()}</span>
            <Say text=entry.lemma recording/>
            {(!forms.is_empty()).then(|| view! { <span class="forms" lang="nb">{forms}</span> })}
            {glosses}
            {entry.example.map(|example| view! { <span class="example" lang="nb">{example}</span> })}
        </li>
    }
}
