//! The pack's exercises: a list to add, reorder, duplicate and delete
//! them, the form of the one being edited (the fields its kind needs and
//! nothing else) and, beside it, the real player showing it.

mod forms;

use std::sync::Arc;

use leptos::prelude::*;

use super::editor::{Checked, Editing};
use super::undo::{Deleted, keep, undo_line};
use crate::components::player::Preview;
use crate::i18n::{args, tr, tr_count, use_i18n};
use bransjenorsk_core::content::{Item, Level, Pack, VocabEntry};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::label;

/// The message naming each kind, in the order the "add" list offers them.
const KINDS: [(&str, &str); 13] = [
    ("flashcard", "studio-kind-flashcard"),
    ("choice", "studio-kind-choice"),
    ("gap", "studio-kind-gap"),
    ("cloze", "studio-kind-cloze"),
    ("translate", "studio-kind-translate"),
    ("order", "studio-kind-order"),
    ("match", "studio-kind-match"),
    ("listening", "studio-kind-listening"),
    ("minimal-pair", "studio-kind-minimal-pair"),
    ("dialogue", "studio-kind-dialogue"),
    ("message", "studio-kind-message"),
    ("speaking", "studio-kind-speaking"),
    ("culture", "studio-kind-culture"),
];

fn kind_label(kind: &str) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("studio-kind-flashcard", |(_, label)| label)
}

pub fn items(editing: Editing) -> impl IntoView {
    let draft = editing.draft;
    let count = Memo::new(move |_| draft.with(|d| d.pack.items.len()));
    let selected = RwSignal::new((count.get_untracked() > 0).then_some(0));
    let kind = RwSignal::new("choice".to_owned());
    let deleted = RwSignal::new(None::<Deleted<Item>>);
    let restore = move |at: usize, item: Item| {
        let mut back = at;
        draft.update(|d| back = d.restore_item(at, item));
        selected.set(Some(back));
    };
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let mut added = None;
        draft.update(|d| added = d.add_item(&kind.get_untracked()));
        if let Some(index) = added {
            selected.set(Some(index));
            super::fields::focus_after_render("item-form-heading".into());
        }
    };
    // The form is drawn anew for another item, not as this one changes.
    let shown = Memo::new(move |_| {
        let index = selected.get()?;
        draft.with(|d| d.pack.items.get(index).map(|item| (index, item.id.clone())))
    });
    view! {
        <section aria-labelledby="items-heading" class="studio-part">
            <h2 id="items-heading">{tr("studio-part-exercises")}</h2>
            <ol class="item-rows">
                {move || (0..count.get()).map(|index| item_row(editing, index, selected, deleted)).collect_view()}
            </ol>
            {undo_line("undo-item", deleted, restore)}
            <form class="studio-begin" on:submit=add>
                <div class="field">
                    <label for="new-kind">{tr("studio-new-kind")}</label>
                    <select id="new-kind" on:change=move |event| kind.set(event_target_value(&event))>
                        {KINDS.map(|(id, label)| view! {
                            <option value=id selected=move || kind.with(|k| k == id)>{tr(label)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button primary">{tr("studio-add-item")}</button>
            </form>
        </section>
        {move || shown.get().map(|(index, _)| untrack(|| view! {
            <div class="studio-item">
                <section class="item-form" aria-labelledby="item-form-heading">
                    {forms::item_form(editing, index)}
                </section>
                {preview(editing, index)}
            </div>
        }))}
    }
}

/// One exercise in the list: its kind, what it says, its problems, and
/// what can be done with it.
fn item_row(
    editing: Editing,
    index: usize,
    selected: RwSignal<Option<usize>>,
    deleted: RwSignal<Option<Deleted<Item>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = editing.draft;
    let kind = move || {
        draft.with(|d| {
            d.pack
                .items
                .get(index)
                .map_or("flashcard", |item| item.exercise.kind())
        })
    };
    let text = move || {
        draft.with(|d| {
            d.pack
                .items
                .get(index)
                .map(|item| label(&item.exercise))
                .unwrap_or_default()
        })
    };
    let id = move || {
        draft.with(|d| {
            d.pack
                .items
                .get(index)
                .map(|item| item.id.clone())
                .unwrap_or_default()
        })
    };
    let problems = editing.problems_of("subject-item", id);
    let moved = move |by: isize| {
        let mut done = false;
        draft.update(|d| done = d.move_item(index, by));
        if done {
            selected.set(index.checked_add_signed(by));
        }
    };
    let duplicate = move |_| {
        let mut copy = None;
        draft.update(|d| copy = d.duplicate_item(index));
        selected.set(copy);
    };
    let name = move || {
        i18n.t_args(
            "studio-item-name",
            &args([
                ("n", (index + 1).into()),
                ("kind", i18n.t(kind_label(kind())).into()),
            ]),
        )
    };
    let remove = move |_| {
        let name = name();
        let mut removed = None;
        draft.update(|d| removed = d.remove_item(index));
        let Some(what) = removed else { return };
        keep(
            deleted,
            Deleted {
                at: index,
                what,
                name,
            },
            "undo-item",
        );
        selected.update(|s| {
            *s = match *s {
                Some(shown) if shown == index => None,
                Some(shown) if shown > index => Some(shown - 1),
                other => other,
            }
        });
    };
    let is_selected = move || selected.get() == Some(index);
    view! {
        <li class="item-row" data-testid="item-row" class:selected=is_selected>
            <button type="button" class="item-pick" aria-pressed=move || is_selected().to_string()
                on:click=move |_| selected.set(Some(index))>
                <span class="card-title">{name}</span>
                <span class="card-meta" lang="nb">{text}</span>
                {move || {
                    let count = problems.with(Vec::len);
                    (count > 0).then(|| view! { <span class="problem-count">{tr_count("studio-problems", count)}</span> })
                }}
            </button>
            <div class="item-actions" role="group" aria-label=name>
                <button type="button" class="icon-button" on:click=move |_| moved(-1)
                    aria-label=tr("studio-move-up") disabled=move || index == 0>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 19V5M5 12l7-7 7 7"/></svg>
                </button>
                <button type="button" class="icon-button" on:click=move |_| moved(1)
                    aria-label=tr("studio-move-down") disabled=move || draft.with(|d| index + 1 >= d.pack.items.len())>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5v14M5 12l7 7 7-7"/></svg>
                </button>
                <button type="button" class="button quiet" on:click=duplicate>{tr("studio-duplicate")}</button>
                <button type="button" class="button quiet danger" on:click=remove>{tr("studio-delete-item")}</button>
            </div>
        </li>
    }
}

/// The item as the learner will see it, at its level, with a support
/// language of the teacher's choice; shown once the checker finds nothing
/// wrong with it.
fn preview(editing: Editing, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    // Ukrainian first: most learners read it. A language is shown once
    // its texts are in, unless another has been chosen by then.
    let support = RwSignal::new(None::<Lang>);
    let choices = StoredValue::new(0u32);
    let show = move |lang: Option<Lang>| {
        let choice = choices.try_update_value(|n| {
            *n += 1;
            *n
        });
        leptos::task::spawn_local(async move {
            if let Some(lang) = lang {
                i18n.ensure(lang).await;
            }
            if choice.is_some() && choices.try_get_value() == choice {
                let _ = support.try_set(lang);
            }
        });
    };
    show(Some(Lang::Uk));
    let id = move || {
        editing.draft.with(|d| {
            d.pack
                .items
                .get(index)
                .map(|item| item.id.clone())
                .unwrap_or_default()
        })
    };
    let problems = editing.problems_of("subject-item", id);
    let choose = move |event: leptos::ev::Event| {
        show(match event_target_value(&event).as_str() {
            "uk" => Some(Lang::Uk),
            "en" => Some(Lang::En),
            _ => None,
        });
    };
    // Drawn anew when what the learner would see changes (the item, its
    // level, the words it glosses), not at every check: an answer given
    // in the preview stays while the teacher types elsewhere.
    let showing = Memo::new(move |_| {
        if !problems.with(Vec::is_empty) {
            return Showing::Waits;
        }
        let id = id();
        editing.checked.with(|checked| {
            let Some(Checked { pack, .. }) = checked else {
                return Showing::Checking;
            };
            let Some(at) = pack.items.iter().position(|item| item.id == id) else {
                return Showing::Checking;
            };
            // With its recordings' and pictures' addresses: one recorded
            // again is seen anew.
            let pack = Arc::new(editing.playable(pack));
            Showing::Item {
                at,
                item: Box::new(pack.items[at].clone()),
                level: pack.level_of(&pack.items[at]),
                words: pack.vocabulary.clone(),
                pack,
            }
        })
    });
    let shown = move || {
        let support = support.get();
        match showing.get() {
            Showing::Waits => {
                view! { <p class="note" data-testid="preview-waits">{tr("studio-preview-fix")}</p> }
                    .into_any()
            }
            Showing::Checking => {
                view! { <p class="card-meta">{tr("check-checking")}</p> }.into_any()
            }
            Showing::Item { at, pack, .. } => view! { <Preview pack index=at support/> }.into_any(),
        }
    };
    view! {
        <section class="item-preview" aria-labelledby="preview-heading" data-testid="preview">
            <h3 id="preview-heading">{tr("studio-preview")}</h3>
            <div class="field">
                <label for="preview-support">{tr("studio-preview-support")}</label>
                <select id="preview-support" on:change=choose>
                    <option value="uk" lang="uk" selected=move || support.get() == Some(Lang::Uk)>{Lang::Uk.own_name()}</option>
                    <option value="en" lang="en" selected=move || support.get() == Some(Lang::En)>{Lang::En.own_name()}</option>
                    <option value="none" selected=move || support.get().is_none()>{tr("support-none")}</option>
                </select>
            </div>
            {shown}
        </section>
    }
}

/// What the preview shows.
#[derive(Clone)]
enum Showing {
    /// The item has problems to fix first.
    Waits,
    Checking,
    /// The item at `at` of the pack as checked, to play, and what of the
    /// pack the learner sees with it.
    Item {
        at: usize,
        item: Box<Item>,
        level: Level,
        words: Vec<VocabEntry>,
        pack: Arc<Pack>,
    },
}

/// The same when the learner would see the same: the rest of the pack,
/// and where in it the item stands, do not count (a check that comes
/// late, of the pack before an exercise was deleted or moved, leaves an
/// answer in the preview as it is).
impl PartialEq for Showing {
    fn eq(&self, other: &Showing) -> bool {
        match (self, other) {
            (Showing::Waits, Showing::Waits) | (Showing::Checking, Showing::Checking) => true,
            (
                Showing::Item {
                    item, level, words, ..
                },
                Showing::Item {
                    item: item2,
                    level: level2,
                    words: words2,
                    ..
                },
            ) => (item, level, words) == (item2, level2, words2),
            _ => false,
        }
    }
}
