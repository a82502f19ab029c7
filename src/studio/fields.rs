//! Form fields bound to a part of the draft: each reads its part as it is
//! now and writes every change back. A list's rows are drawn again only
//! when their number changes, so typing never loses the cursor.

use leptos::prelude::*;

use super::problems::at_field;
use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::content::Support;
use bransjenorsk_core::lang::Lang;

/// A text field: one line, or several (`rows` > 1). `lang` is the language
/// the teacher writes in it, for spelling and screen readers.
pub fn text_field(
    id: String,
    label: impl Fn() -> String + Send + Sync + 'static,
    value: Signal<String>,
    set: Callback<String>,
    lang: Option<Lang>,
    rows: u8,
) -> impl IntoView {
    let lang = lang.map(Lang::code);
    let input = if rows > 1 {
        view! {
            <textarea id=id.clone() rows=rows lang=lang prop:value=value
                on:input=move |event| set.run(event_target_value(&event))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" autocomplete="off" lang=lang prop:value=value
                on:input=move |event| set.run(event_target_value(&event))/>
        }
        .into_any()
    };
    let problems = at_field(&id);
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {input}
            {problems}
        </div>
    }
}

/// A text in the three languages, each its own labelled field; an empty
/// one is left out of the pack.
pub fn support_field(
    id: String,
    label: impl Fn() -> String + Send + Sync + 'static,
    value: Signal<Support>,
    set: Callback<Support>,
    rows: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = Lang::ALL.map(|lang| {
        let text = Signal::derive(move || value.with(|v| v.get(lang).unwrap_or("").to_owned()));
        let change = Callback::new(move |text: String| {
            let mut support = value.get_untracked();
            let slot = match lang {
                Lang::Nb => &mut support.nb,
                Lang::Uk => &mut support.uk,
                Lang::En => &mut support.en,
            };
            *slot = (!text.trim().is_empty()).then_some(text);
            set.run(support);
        });
        let name = language_label(lang);
        text_field(
            format!("{id}-{}", lang.code()),
            move || i18n.t(name),
            text,
            change,
            Some(lang),
            rows,
        )
    });
    let problems = at_field(&id);
    view! {
        <fieldset class="languages">
            <legend>{label}</legend>
            {fields.into_iter().collect_view()}
            {problems}
        </fieldset>
    }
}

/// The message naming a language a text is written in.
pub const fn language_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "studio-in-nb",
        Lang::Uk => "studio-in-uk",
        Lang::En => "studio-in-en",
    }
}

/// A list of texts: a field per entry, each with a button to remove it,
/// and one to add another.
pub fn list_field(
    id: String,
    label: &'static str,
    add: &'static str,
    value: Signal<Vec<String>>,
    set: Callback<Vec<String>>,
    lang: Option<Lang>,
) -> impl IntoView {
    let i18n = use_i18n();
    let count = Memo::new(move |_| value.with(Vec::len));
    let rows = {
        let id = id.clone();
        move || {
            (0..count.get())
                .map(|index| {
                    let text = Signal::derive(move || {
                        value.with(|list| list.get(index).cloned().unwrap_or_default())
                    });
                    let change = Callback::new(move |text: String| {
                        let mut list = value.get_untracked();
                        if let Some(slot) = list.get_mut(index) {
                            *slot = text;
                        }
                        set.run(list);
                    });
                    let remove = move |_| remove_entry(value, set, index);
                    let field = format!("{id}-{index}");
                    view! {
                        <li class="list-row">
                            {text_field(field, move || i18n.t_args("studio-entry", &crate::i18n::args([("label", i18n.t(label).into()), ("n", (index + 1).into())])), text, change, lang, 1)}
                            <button type="button" class="icon-button" on:click=remove
                                aria-label=move || i18n.t_args("studio-remove-entry", &crate::i18n::args([("label", i18n.t(label).into()), ("n", (index + 1).into())]))>
                                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let on_add = {
        let id = id.clone();
        move |_| add_entry(value, set, String::new(), |at| format!("{id}-{at}"))
    };
    let problems = at_field(&id);
    view! {
        <fieldset class="list-field" id=id>
            <legend>{tr(label)}</legend>
            <ol class="list-rows">{rows}</ol>
            {problems}
            <button type="button" class="button quiet" on:click=on_add>{tr(add)}</button>
        </fieldset>
    }
}

/// The list `value` without its entry `at`, written with `set`.
pub fn remove_entry<T: Clone + Send + Sync + 'static>(
    value: Signal<Vec<T>>,
    set: Callback<Vec<T>>,
    at: usize,
) {
    let mut list = value.get_untracked();
    if at < list.len() {
        list.remove(at);
        set.run(list);
    }
}

/// The list `value` with `entry` added at its end, written with `set`;
/// the field `field_id` names for the new entry's place is then focused.
pub fn add_entry<T: Clone + Send + Sync + 'static>(
    value: Signal<Vec<T>>,
    set: Callback<Vec<T>>,
    entry: T,
    field_id: impl FnOnce(usize) -> String,
) {
    let mut list = value.get_untracked();
    list.push(entry);
    let new = field_id(list.len() - 1);
    set.run(list);
    focus_after_render(new);
}

/// Focuses the element `id` once the page has drawn it.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || crate::platform::browser::focus_element(&id));
}
