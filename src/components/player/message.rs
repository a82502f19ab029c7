//! Message items: a message written, then checked against a model and a checklist.

use leptos::prelude::*;

use crate::components::say::Say;

use super::ItemContext;
use super::letters::letter_buttons;
use super::translation::translation_of;
use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::content::Support;
use bransjenorsk_core::practice::feedback::Answer;
use bransjenorsk_core::practice::outcome::message_rating;

/// A message to write: the task, the learner's text, then the model and a
/// checklist the learner ticks for their own text.
pub fn message(
    task: Support,
    model: String,
    checklist: Vec<Support>,
    context: ItemContext,
) -> impl IntoView {
    let i18n = use_i18n();
    let help = context.help;
    let lang = help.language;
    let value = RwSignal::new(String::new());
    let compared = RwSignal::new(false);
    let ticked = RwSignal::new(Vec::<usize>::new());
    let points = checklist.len();
    let callback = context.answer;
    let task_text = help.text(&task).map(str::to_owned);
    let task_translation = translation_of(help, &task);
    let checklist: Vec<(usize, String)> = checklist
        .iter()
        .enumerate()
        .filter_map(|(index, point)| help.text(point).map(|text| (index, text.to_owned())))
        .collect();
    view! {
        {task_text.map(|text| view! { <p class="prompt" lang=lang.code()>{text}</p> })}
        {task_translation}
        <label for="message-text">{tr("play-your-message")}</label>
        <textarea id="message-text" lang="nb" rows="5" maxlength="2000" readonly=move || compared.get()
            prop:value=move || value.get() on:input=move |event| value.set(event_target_value(&event))>
        </textarea>
        {letter_buttons("message-text", value)}
        <Show when=move || !compared.get()>
            <div class="actions">
                <button type="button" class="button primary" disabled=move || value.get().trim().is_empty()
                    on:click=move |_| compared.set(true)>
                    {tr("play-show-model")}
                </button>
            </div>
        </Show>
        <Show when=move || compared.get()>
            <section class="model" aria-labelledby="model-heading">
                <h2 id="model-heading">{tr("play-model")}</h2>
                <p lang="nb" class="model-text">{model.clone()}</p>
                <Say text=model.clone()/>
                <fieldset class="checklist">
                    <legend lang=lang.code()>{i18n.t_in(lang, "play-checklist")}</legend>
                    {checklist.clone().into_iter().map(|(index, text)| view! {
                        <label class="choice">
                            <input type="checkbox" on:change=move |event| {
                                let on = event_target_checked(&event);
                                ticked.update(|t| {
                                    t.retain(|&i| i != index);
                                    if on { t.push(index); }
                                });
                            }/>
                            <span lang=lang.code()>{text}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="actions">
                    <button type="button" class="button primary" data-enter=""
                        on:click=move |_| {
                            let rating = message_rating(ticked.get_untracked().len(), points);
                            callback.run(Answer::Next(Some(rating)));
                        }>
                        {tr("play-continue")}
                    </button>
                </div>
            </section>
        </Show>
    }
}
