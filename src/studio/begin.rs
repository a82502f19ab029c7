//! The studio's first screen: the teacher's drafts, newest first, and three
//! ways to begin one: an empty pack, a pack file, or a bundled pack.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bundled::catalog;
use crate::components::alert::alert;
use crate::components::confirm_button::{Confirm, confirm_button};
use crate::components::file_choice::file_choice;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::{browser, checker, drafts, file, packs};
use crate::share::check::ProblemLine;
use bransjenorsk_core::content::{Level, MAX_ZIP_BYTES, Media, ProblemReport, Sector};
use bransjenorsk_core::route::StudioView;
use bransjenorsk_core::studio::draft::Draft;

/// `studio.html`: the drafts, and new ones.
pub fn drafts() -> impl IntoView {
    use_page_title(tr("studio-title"));
    let listed = RwSignal::new(None::<Result<(Vec<Draft>, usize), &'static str>>);
    let reload = move || {
        spawn_local(async move {
            let found = drafts::list().await.map_err(|error| error.message_id());
            let _ = listed.try_set(Some(found));
        });
    };
    reload();
    view! {
        <h1>{tr("studio-title")}</h1>
        <p class="lead">{tr("studio-intro")}</p>
        {new_pack()}
        {open_file()}
        {from_bundled()}
        <section aria-labelledby="drafts-heading" data-testid="drafts">
            <h2 id="drafts-heading">{tr("studio-drafts")}</h2>
            {move || match listed.get() {
                None => ().into_any(),
                Some(Err(id)) => alert(move || Some(id)).into_any(),
                Some(Ok((list, unreadable))) => draft_list(list, unreadable, Callback::new(move |()| reload())).into_any(),
            }}
        </section>
    }
}

/// A key no other draft has: the time and a random part, letters and
/// digits only.
pub(super) fn new_key() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{:x}{random:08x}", browser::now().0)
}

/// Stores a new draft, with its recordings and pictures, and opens it.
async fn open_new(draft: Draft, media: Media) -> Result<(), &'static str> {
    drafts::save(&draft).await.map_err(|error| match error {
        drafts::SaveError::Conflict => "studio-save-conflict",
        drafts::SaveError::Store(error) => error.message_id(),
    })?;
    for (name, bytes) in &media {
        drafts::put_media(&draft.key, name, bytes, None)
            .await
            .map_err(|error| error.message_id())?;
    }
    let _ = window()
        .location()
        .set_hash(&StudioView::Draft(draft.key).fragment());
    Ok(())
}

fn new_pack() -> impl IntoView {
    let i18n = use_i18n();
    let sector = RwSignal::new(Sector::Helse);
    let level = RwSignal::new(Level::A1);
    let failed = RwSignal::new(None::<&'static str>);
    let begin = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let draft = Draft::begin(
            &new_key(),
            browser::now().0,
            sector.get_untracked(),
            level.get_untracked(),
        );
        spawn_local(async move { failed.set(open_new(draft, Media::new()).await.err()) });
    };
    view! {
        <section aria-labelledby="new-heading">
            <h2 id="new-heading">{tr("studio-new")}</h2>
            <form class="studio-begin" on:submit=begin>
                <div class="field">
                    <label for="new-sector">{tr("studio-sector")}</label>
                    <select id="new-sector" on:change=move |event| {
                        if let Some(chosen) = Sector::from_id(&event_target_value(&event)) {
                            sector.set(chosen);
                        }
                    }>
                        {Sector::ALL.into_iter().map(|s| {
                            let name = format!("sector-{}", s.id());
                            view! { <option value=s.id() selected=move || sector.get() == s>{move || i18n.t(&name)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                {level_select("new-level", level)}
                <button type="submit" class="button primary">{tr("studio-begin")}</button>
            </form>
            {alert(move || failed.get())}
        </section>
    }
}

/// A select of the four levels, bound to `level`.
pub fn level_select(id: &'static str, level: RwSignal<Level>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr("studio-level")}</label>
            <select id=id on:change=move |event| {
                let code = event_target_value(&event);
                if let Some(chosen) = Level::ALL.into_iter().find(|l| l.code() == code) {
                    level.set(chosen);
                }
            }>
                {Level::ALL.into_iter().map(|l| view! {
                    <option value=l.code() selected=move || level.get() == l>{l.code()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Opening a pack file (`.toml` or `.zip`) to edit it: a published pack, so its next
/// version is proposed.
fn open_file() -> impl IntoView {
    let problems = RwSignal::new(None::<Vec<ProblemReport>>);
    let failed = RwSignal::new(None::<&'static str>);
    let on_read = move |read: Result<Vec<u8>, file::Unreadable>| {
        problems.set(None);
        failed.set(None);
        let bytes = match read {
            Ok(bytes) => bytes,
            Err(file::Unreadable::TooLarge { .. }) => {
                return failed.set(Some("studio-open-too-large"));
            }
            Err(file::Unreadable::Withheld) => return failed.set(Some("check-not-read")),
        };
        // The checker's worker reads the file (and a .zip's recordings and
        // pictures), so this page carries no TOML or zip reader.
        spawn_local(async move {
            match checker::open(bytes).await {
                Ok(Ok((pack, media))) => {
                    let draft = Draft::of_pack(&new_key(), browser::now().0, pack);
                    failed.set(open_new(draft, media).await.err());
                }
                Ok(Err(found)) => problems.set(Some(found)),
                Err(_) => failed.set(Some("check-unavailable")),
            }
        });
    };
    view! {
        <section aria-labelledby="open-heading">
            <h2 id="open-heading">{tr("studio-open")}</h2>
            <p>{tr("studio-open-intro")}</p>
            {file_choice("studio-open-choose", ".toml,.zip,text/plain,application/zip", MAX_ZIP_BYTES as u64, None, Callback::new(on_read))}
            {alert(move || failed.get())}
            {move || problems.get().map(|problems| {
                let count = problems.len();
                view! {
                    <div class="alert" role="alert" data-testid="open-problems">
                        <p>{tr_count("studio-open-problems", count)}</p>
                        <ol class="problems">
                            {problems.into_iter().map(|problem| view! { <ProblemLine problem/> }).collect_view()}
                        </ol>
                    </div>
                }
            })}
        </section>
    }
}

/// A bundled pack as the start of a new one: its words and exercises,
/// under an id of the teacher's own.
fn from_bundled() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(String::new());
    let failed = RwSignal::new(None::<&'static str>);
    let begin = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(entry) = catalog().pack(&chosen.get_untracked()).cloned() else {
            return;
        };
        spawn_local(async move {
            match packs::load(&entry.path).await {
                Ok(playable) => {
                    let mut draft = Draft::of_pack(&new_key(), browser::now().0, playable.pack);
                    // A new pack: the bundled one's id and version are not its
                    // own; its id follows its title, as a new pack's does.
                    draft.published = None;
                    draft.pack.pack.id = draft.suggested_id();
                    draft.pack.pack.version = "1.0.0".to_owned();
                    failed.set(open_new(draft, Media::new()).await.err());
                }
                Err(_) => failed.set(Some("studio-bundled-not-loaded")),
            }
        });
    };
    view! {
        <section aria-labelledby="bundled-heading">
            <h2 id="bundled-heading">{tr("studio-from-bundled")}</h2>
            <form class="studio-begin" on:submit=begin>
                <div class="field">
                    <label for="bundled-pack">{tr("studio-bundled-pack")}</label>
                    <select id="bundled-pack" on:change=move |event| chosen.set(event_target_value(&event))>
                        <option value="">{tr("studio-bundled-none")}</option>
                        {catalog().packs.iter().map(|entry| {
                            let title = entry.title.clone();
                            let label = format!("{} · ", entry.level.code());
                            view! { <option value=entry.id.clone()>{label}{move || title.get(i18n.lang()).to_owned()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button" disabled=move || chosen.with(String::is_empty)>{tr("studio-begin")}</button>
            </form>
            {alert(move || failed.get())}
        </section>
    }
}

/// The drafts kept on this device, each with its date, to open or delete.
fn draft_list(list: Vec<Draft>, unreadable: usize, changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let none = list
        .is_empty()
        .then(|| view! { <p>{tr("studio-no-drafts")}</p> });
    let damaged = (unreadable > 0).then(|| {
        view! { <p class="alert" role="alert">{tr_count("studio-drafts-unreadable", unreadable)}</p> }
    });
    let rows = list
        .into_iter()
        .map(|draft| {
            let meta = draft.pack.pack.clone();
            let key = draft.key.clone();
            let title = move || {
                let title = meta.title.get(i18n.lang());
                let title = if title.is_empty() { &meta.title.nb } else { title };
                if title.is_empty() {
                    i18n.t("studio-untitled")
                } else {
                    title.to_owned()
                }
            };
            let saved = saved_at(draft.saved);
            let items = draft.pack.items.len();
            let remove = Callback::new(move |()| {
                let key = key.clone();
                spawn_local(async move {
                    let _ = drafts::delete(&key).await;
                    changed.run(());
                });
                Ok(())
            });
            let mut confirm = Confirm::new("studio-delete", "studio-delete-confirm");
            confirm.detail = Some(title());
            view! {
                <li class="card draft-card" data-testid="draft">
                    <a class="card-title" href=StudioView::Draft(draft.key.clone()).href()>{title}</a>
                    <p class="card-meta">
                        <span class="level-tag">{draft.pack.pack.level.code()}</span> " "
                        {tr_count("check-exercises", items)} " · "
                        {move || i18n.t_args("studio-saved-at", &args([("time", saved.clone().into())]))}
                    </p>
                    {confirm_button(confirm, remove)}
                </li>
            }
        })
        .collect_view();
    view! {
        {damaged}
        {none}
        <ul class="card-list">{rows}</ul>
    }
}

/// A time as the browser writes it in the reader's language.
pub fn saved_at(millis: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    let lang = use_i18n().lang().code();
    date.to_locale_string(lang, &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}
