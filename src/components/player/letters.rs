//! The æ ø å keys under a text field.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The Norwegian letters many phone keyboards lack.
const LETTERS: [char; 3] = ['æ', 'ø', 'å'];

/// Buttons under a text field that type æ, ø and å where the cursor is.
/// `field` is the id of the input or textarea.
pub fn letter_buttons(field: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="letters">
            {LETTERS.map(|letter| view! {
                <button type="button" class="letter" lang="nb"
                    // Keep the keyboard open: the field keeps focus.
                    on:pointerdown=|event| event.prevent_default()
                    on:click=move |_| insert(field, letter, value)>
                    {letter.to_string()}
                </button>
            }).collect_view()}
        </div>
    }
}

/// Types `letter` into the field at its cursor, and puts the cursor after it.
fn insert(field: &str, letter: char, value: RwSignal<String>) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(field))
    else {
        return;
    };
    let text = value.get_untracked();
    let (start, end) = selection(&element).unwrap_or((text.chars().count(), text.chars().count()));
    let mut chars: Vec<char> = text.chars().collect();
    let (start, end) = (start.min(chars.len()), end.min(chars.len()));
    chars.splice(start..end.max(start), [letter]);
    let updated: String = chars.into_iter().collect();
    value.set(updated.clone());
    // The property is what the field shows; set it now, then the cursor.
    let _ = js_sys::Reflect::set(&element, &"value".into(), &updated.into());
    let cursor = (start + 1) as u32;
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.set_selection_range(cursor, cursor);
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.set_selection_range(cursor, cursor);
    }
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// The field's selection in characters. The browser counts UTF-16 units;
/// æ, ø and å are one unit each, as is every letter a learner types here
/// but emoji, which only shift where a letter lands.
fn selection(element: &web_sys::Element) -> Option<(usize, usize)> {
    let (start, end) = if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        (input.selection_start().ok()??, input.selection_end().ok()??)
    } else {
        let area = element.dyn_ref::<web_sys::HtmlTextAreaElement>()?;
        (area.selection_start().ok()??, area.selection_end().ok()??)
    };
    Some((start as usize, end as usize))
}
