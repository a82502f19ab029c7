//! `share.html#my-packs`: the packs the learner added, each with who made
//! it and where it came from, and removing one (asking first; the progress
//! in it is kept unless the learner chooses otherwise).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::alert::alert;
use crate::components::made_by::made_by;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, use_i18n};
use crate::platform::paths::RouteHref;
use crate::platform::storage::{self, Guarded, StoreKey};
use crate::platform::{added, packs};
use bransjenorsk_core::added::{AddedPack, Origin};
use bransjenorsk_core::progress::stored;
use bransjenorsk_core::route::{Route, ShareView};

pub fn my_packs() -> impl IntoView {
    use_page_title(tr("my-packs-heading"));
    let kept = RwSignal::new(packs::added_packs());
    let removed = RwSignal::new(false);
    view! {
        <h1>{tr("my-packs-heading")}</h1>
        <div aria-live="polite">
            {move || removed.get().then(|| view! { <p class="note" role="status" data-testid="added-removed">{tr("added-removed")}</p> })}
        </div>
        {move || {
            let list = kept.get();
            if list.is_empty() {
                return view! { <p>{tr("my-packs-none")}</p> }.into_any();
            }
            view! {
                <ul class="card-list" data-testid="my-packs-list">
                    {list.into_iter().map(|pack| view! { <li>{kept_pack(pack, kept, removed)}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }}
        <div class="actions">
            <a class="button" href=ShareView::Add.href()>{tr("my-packs-add")}</a>
            <a class="button quiet" href=Route::Home.href()>{tr("back-home")}</a>
        </div>
    }
}

fn kept_pack(
    pack: AddedPack,
    kept: RwSignal<Vec<AddedPack>>,
    removed: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let entry = pack.entry.clone();
    let by = made_by(&pack.authors);
    let source = match &pack.origin {
        Origin::Sent => None,
        Origin::Web { address } => Some(address.clone()),
    };
    let title = entry.title.clone();
    view! {
        <section class="card my-pack" data-testid="my-pack">
            <a class="card-title" href=Route::Pack(entry.id.clone()).href()>{move || title.get(i18n.lang()).to_owned()}</a>
            <p class="card-meta">
                <span class="level-tag">{entry.level.code()}</span>
                " " {move || i18n.t_args("my-packs-version", &args([("version", entry.version.clone().into())]))}
            </p>
            <p>{by.clone()}</p>
            {source.map(|address| view! {
                <p class="card-meta">{move || i18n.t_args("added-from", &args([("address", address.clone().into())]))}</p>
            })}
            {remove(pack, kept, removed)}
        </section>
    }
}

/// Removes the pack after asking; its progress too if the learner ticks it.
fn remove(
    pack: AddedPack,
    kept: RwSignal<Vec<AddedPack>>,
    removed: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let forget = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let id = pack.id().to_owned();
    let title = pack.entry.title.clone();
    let act = move |_| {
        let id = id.clone();
        spawn_local(async move {
            if let Err(error) = added::remove(&id).await {
                failed.set(Some(error.message_id()));
                return;
            }
            if forget.get_untracked() && !forget_progress(&id) {
                failed.set(Some("added-progress-not-forgotten"));
            }
            let list = packs::refresh_added().await;
            removed.set(true);
            kept.set(list);
        });
    };
    move || {
        if !asking.get() {
            let title = title.clone();
            return view! {
                <button type="button" class="button quiet" on:click=move |_| asking.set(true)>
                    {tr("added-remove")}
                    <span class="visually-hidden">": " {move || title.get(i18n.lang()).to_owned()}</span>
                </button>
                {alert(move || failed.get())}
            }
            .into_any();
        }
        view! {
            <div class="alert" role="alert" data-testid="added-remove-question">
                <p>{tr("added-remove-question")}</p>
                <label class="choice">
                    <input type="checkbox" prop:checked=forget on:change=move |event| forget.set(event_target_checked(&event))/>
                    <span>{tr("added-remove-forget")}</span>
                </label>
                <div class="actions">
                    <button type="button" class="button danger" on:click=act.clone()>{tr("added-remove-confirm")}</button>
                    <button type="button" class="button quiet" on:click=move |_| asking.set(false)>{tr("reset-cancel")}</button>
                </div>
            </div>
        }
        .into_any()
    }
}

/// Forgets the stored progress in one pack; `false` if it could not be
/// read or written (unreadable progress is set aside and told).
fn forget_progress(pack: &str) -> bool {
    let Some(mut progress) = storage::read(Guarded::Progress, stored::read) else {
        return storage::get_raw(StoreKey::Progress).is_ok_and(|raw| raw.is_none());
    };
    progress.forget_pack(pack);
    storage::set(StoreKey::Progress, &progress).is_ok()
}
