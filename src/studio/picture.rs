//! An exercise's picture: a file chosen, checked by its bytes and size,
//! kept with the draft and shown; or removed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::Editing;
use super::problems::at_field;
use crate::i18n::tr;
use crate::platform::file;
use bransjenorsk_core::content::{MAX_IMAGE_BYTES, MediaKind};
use bransjenorsk_core::studio::draft::media_name;

/// The picture of the exercise at `index`; `id` is its file input's.
pub fn picture_field(editing: Editing, index: usize, id: String) -> impl IntoView {
    let draft = editing.draft;
    let name = Memo::new(move |_| {
        draft.with(|d| d.pack.items.get(index).and_then(|item| item.image.clone()))
    });
    let failed = RwSignal::new(None::<&'static str>);
    let set = move |image: Option<String>| {
        draft.update(|d| {
            if let Some(item) = d.pack.items.get_mut(index) {
                item.image = image;
            }
        });
    };
    let keep = move |bytes: Vec<u8>| {
        let Some(kind) = MediaKind::of_content(&bytes).filter(|kind| !kind.is_audio()) else {
            return failed.set(Some("studio-picture-not-picture"));
        };
        let Some(owner) = draft
            .try_with(|d| d.pack.items.get(index).map(|i| i.id.clone()))
            .flatten()
        else {
            return;
        };
        let new = media_name(&owner, kind);
        let old = name.get_untracked().filter(|old| *old != new);
        spawn_local(async move {
            match editing.put_media(&new, old.as_deref(), bytes).await {
                Ok(()) => set(Some(new)),
                Err(id) => failed.set(Some(id)),
            }
        });
    };
    let choose = move |event: web_sys::Event| {
        let Some(chosen) = file::chosen_file(&event) else {
            return;
        };
        failed.set(None);
        spawn_local(async move {
            match file::bytes(&chosen, MAX_IMAGE_BYTES).await {
                Ok(bytes) => keep(bytes),
                Err(file::Unreadable::TooLarge { .. }) => {
                    failed.set(Some("studio-picture-too-large"));
                }
                Err(file::Unreadable::Withheld) => failed.set(Some("check-not-read")),
            }
        });
    };
    let remove = move |_| {
        if let Some(old) = name.get_untracked() {
            spawn_local(async move {
                let _ = editing.put_media("", Some(&old), Vec::new()).await;
            });
        }
        set(None);
    };
    let problems = at_field(&id);
    view! {
        <fieldset class="picture" data-testid="picture">
            <legend>{tr("studio-picture")}</legend>
            <p class="card-meta">{tr("studio-picture-intro")}</p>
            {move || name.get().and_then(|name| editing.url(&name)).map(|src| view! {
                <img class="item-image" src=src alt=tr("studio-picture-alt")/>
                <button type="button" class="button quiet danger" on:click=remove>{tr("studio-picture-remove")}</button>
            })}
            <label class="file-choice">
                <span>{tr("studio-picture-choose")}</span>
                <input type="file" id=id accept=".png,.jpg,.jpeg,.webp,.svg,image/png,image/jpeg,image/webp,image/svg+xml" on:change=choose/>
            </label>
            {move || failed.get().map(|id| view! { <p class="alert" role="alert">{tr(id)}</p> })}
            {problems}
        </fieldset>
    }
}
