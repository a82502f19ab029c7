//! Keeping packs on the device for offline use: what it costs before, a
//! progress bar during; and the packs kept, with a way to free the space.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bundled::catalog;
use crate::components::alert::alert;
use crate::components::confirm_button::{Confirm, confirm_button};
use crate::i18n::{args, tr, use_i18n};
use crate::platform::offline;
use crate::state::loaded::Loaded;
use bransjenorsk_core::added::is_added_path;
use bransjenorsk_core::content::CatalogEntry;
use bransjenorsk_core::offline::{kept, kilobytes, not_kept, size};

/// A button that keeps `entries` for offline use (`label` names them), or
/// that they are kept. Nothing where no service worker serves the page.
pub fn keep_offline(entries: Vec<&'static CatalogEntry>, label: &'static str) -> impl IntoView {
    offline::serves().then(|| {
        let i18n = use_i18n();
        let keys = Loaded::new(offline::kept_keys);
        // Pack being downloaded, and of how many.
        let running = RwSignal::new(None::<(usize, usize)>);
        let failed = RwSignal::new(None::<&'static str>);
        let entries = StoredValue::new(entries);
        let start = move |to_keep: Vec<&'static CatalogEntry>| {
            failed.set(None);
            spawn_local(async move {
                let total = to_keep.len();
                for (at, entry) in to_keep.into_iter().enumerate() {
                    running.set(Some((at + 1, total)));
                    if let Err(error) = offline::keep(entry).await {
                        failed.set(Some(error.message_id()));
                        break;
                    }
                }
                running.set(None);
                keys.refetch();
            });
        };
        view! {
            <div class="keep-offline" data-testid="keep-offline">
                {move || match (running.get(), keys.get()) {
                    (Some((done, total)), _) => view! {
                        <label class="field">
                            <span role="status">
                                {move || i18n.t_args("offline-keeping", &args([("done", done.into()), ("total", total.into())]))}
                            </span>
                            <progress max=total value=done - 1></progress>
                        </label>
                    }.into_any(),
                    (None, Some(keys)) => {
                        let to_keep = entries.with_value(|entries| not_kept(entries.iter().copied(), &keys));
                        if to_keep.is_empty() {
                            view! { <p>{tr("offline-all-kept")}</p> }.into_any()
                        } else {
                            let kb = kilobytes(size(to_keep.iter().copied()));
                            view! {
                                <button type="button" class="button" on:click=move |_| start(to_keep.clone())>
                                    {move || i18n.t_args(label, &args([("size", kb.into())]))}
                                </button>
                            }.into_any()
                        }
                    }
                    (None, None) => ().into_any(),
                }}
                {alert(move || failed.get())}
            </div>
        }
    })
}

/// The packs kept for offline use, their size, and a button that frees
/// the space (progress stays: it is kept elsewhere).
pub fn kept_packs() -> impl IntoView {
    offline::serves().then(|| {
        let i18n = use_i18n();
        let keys = Loaded::new(offline::kept_keys);
        let freed = RwSignal::new(false);
        let bundled = || catalog().packs.iter().filter(|entry| !is_added_path(&entry.path));
        let free = Callback::new(move |()| {
            spawn_local(async move {
                offline::forget_all().await;
                freed.set(true);
                keys.refetch();
            });
            Ok(())
        });
        let list = move || {
            keys.get().map(|keys| {
                let kept = kept(bundled(), &keys);
                if kept.is_empty() {
                    return view! { <p data-testid="kept-none">{tr("offline-kept-none")}</p> }.into_any();
                }
                let (count, kb) = (kept.len(), kilobytes(size(kept.iter().copied())));
                let items = kept
                    .into_iter()
                    .map(|entry| {
                        let kb = kilobytes(entry.keep_size());
                        view! {
                            <li>
                                {move || entry.title.get(i18n.lang()).to_owned()}
                                <span class="card-meta">" · " {kb} " KB"</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p>{move || i18n.t_args("offline-kept-total", &args([("count", count.into()), ("size", kb.into())]))}</p>
                    <ul data-testid="kept-packs">{items}</ul>
                    {confirm_button(
                        Confirm {
                            question: Some(ViewFn::from(|| view! { <p>{tr("offline-free-question")}</p> })),
                            testid: Some("free-question"),
                            ..Confirm::new("offline-free", "offline-free-confirm")
                        },
                        free,
                    )}
                }
                .into_any()
            })
        };
        view! {
            <section aria-labelledby="kept-heading" data-testid="kept">
                <h2 id="kept-heading">{tr("offline-kept-heading")}</h2>
                <p>{tr("offline-kept-intro")}</p>
                {move || freed.get().then(|| view! { <p class="note" role="status">{tr("offline-freed")}</p> })}
                {list}
                {keep_offline(bundled().collect(), "offline-keep-all")}
            </section>
        }
    })
}
