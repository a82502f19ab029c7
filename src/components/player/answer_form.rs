//! The form a Norwegian answer is typed into: typed items, listening
//! written down, and typed replies in a dialogue.

use leptos::prelude::*;

use super::letters::letter_buttons;
use crate::i18n::tr;

/// A field with æ ø å keys, "I don't know" and "Check". `submit` gets
/// `true` when the learner gives up. Once `done`, the field is read-only
/// and the buttons are gone.
pub fn answer_form(
    field: &'static str,
    value: RwSignal<String>,
    done: Signal<bool>,
    submit: impl Fn(bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let give_up = submit.clone();
    view! {
        <form class="typed" on:submit=move |event| {
            event.prevent_default();
            submit(false);
        }>
            <label for=field>{tr("play-your-answer")}</label>
            <input id=field type="text" lang="nb" autocomplete="off" autocapitalize="sentences"
                spellcheck="false" maxlength="1000" readonly=move || done.get()
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))/>
            {letter_buttons(field, value)}
            <Show when=move || !done.get()>
                <div class="actions">
                    <button type="button" class="button quiet" on:click={
                        let give_up = give_up.clone();
                        move |_| give_up(true)
                    }>
                        {tr("play-dont-know")}
                    </button>
                    <button type="submit" class="button primary" disabled=move || value.get().trim().is_empty()>
                        {tr("play-check")}
                    </button>
                </div>
            </Show>
        </form>
    }
}
