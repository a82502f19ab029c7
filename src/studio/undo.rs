//! Deleting a word or an exercise takes one tap, so it can be taken back:
//! what was deleted is kept, said in a status line with an Undo button,
//! until the next deletion or until the teacher leaves the list.

use leptos::prelude::*;

use super::fields::focus_after_render;
use crate::i18n::{args, tr, use_i18n};

/// The last entry deleted from a list: where it was, what it was, and
/// its name as the list showed it.
#[derive(Clone)]
pub struct Deleted<T> {
    pub at: usize,
    pub what: T,
    pub name: String,
}

/// Keeps `deleted` as the one to take back, and moves the focus to the
/// Undo button (the deleted entry's own buttons are gone).
pub fn keep<T: Send + Sync + 'static>(
    kept: RwSignal<Option<Deleted<T>>>,
    deleted: Deleted<T>,
    button: &str,
) {
    kept.set(Some(deleted));
    focus_after_render(button.to_owned());
}

/// The status line saying what was deleted, with the button (`button` is
/// its id) that gives it to `restore`.
pub fn undo_line<T: Clone + Send + Sync + 'static>(
    button: &'static str,
    kept: RwSignal<Option<Deleted<T>>>,
    restore: impl Fn(usize, T) + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = move || kept.with(|kept| kept.as_ref().map(|deleted| deleted.name.clone()));
    let restore = Callback::new(move |(at, what): (usize, T)| restore(at, what));
    let undo = move |_| {
        if let Some(deleted) = kept.get_untracked() {
            kept.set(None);
            restore.run((deleted.at, deleted.what));
        }
    };
    view! {
        <div role="status" class="undo-line">
            {move || name().map(|name| view! {
                <p>{move || i18n.t_args("studio-deleted", &args([("name", name.clone().into())]))}</p>
                <button type="button" id=button class="button" on:click=undo>{tr("studio-undo")}</button>
            })}
        </div>
    }
}
