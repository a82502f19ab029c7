//! Flashcards and culture notes.

use leptos::prelude::*;

use super::glossed::glossed;
use super::translation::translation_of;
use super::{ItemContext, rate_buttons};
use crate::components::say::Say;
use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::content::Support;
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::feedback::{Answer, FLASHCARD_RATINGS};

/// Norwegian on the front; turn it to see the meaning, then say how well
/// you knew it.
pub fn flashcard(
    front: String,
    back: Support,
    recording: Option<String>,
    context: ItemContext,
) -> impl IntoView {
    let i18n = use_i18n();
    let turned = RwSignal::new(false);
    let callback = context.answer;
    // The meaning in the help language; Norwegian-only learners see the
    // Norwegian explanation if the pack has one, else the interface's.
    let (lang, meaning) = [
        Some(context.help.language),
        context.help.translation,
        Some(i18n.lang()),
        Some(Lang::En),
    ]
    .into_iter()
    .flatten()
    .find_map(|lang| back.get(lang).map(|text| (lang, text.to_owned())))
    .unwrap_or((Lang::En, String::new()));
    view! {
        <div class="flashcard">
            <p class="card-front" lang="nb">{front.clone()}</p>
            <Say text=front recording/>
            <Show when=move || turned.get()>
                <p class="card-back" lang=lang.code()>{meaning.clone()}</p>
            </Show>
        </div>
        <Show when=move || turned.get()
            fallback=move || view! {
                <div class="actions">
                    <button type="button" class="button primary wide" data-enter="" on:click=move |_| turned.set(true)>
                        {tr("play-turn-card")}
                    </button>
                </div>
            }>
            <p class="rate-question">{tr("play-rate-question")}</p>
            {rate_buttons(&FLASHCARD_RATINGS, callback)}
        </Show>
    }
}

/// How things are done at work: read, then go on.
pub fn culture(title: Support, text: Support, context: ItemContext) -> impl IntoView {
    let i18n = use_i18n();
    let help = context.help;
    let callback = context.answer;
    // A note always has a text: the help language's, else Norwegian, else
    // the interface's.
    let pick = move |support: &Support| {
        [help.language, Lang::Nb, i18n.lang(), Lang::En]
            .into_iter()
            .find_map(|lang| support.get(lang).map(|text| (lang, text.to_owned())))
            .unwrap_or((Lang::En, String::new()))
    };
    let (title_lang, title_text) = pick(&title);
    let (text_lang, body) = pick(&text);
    let translation = translation_of(help, &text);
    let body_view = if text_lang == Lang::Nb {
        view! { <p>{glossed(body, context.clone())}</p> }.into_any()
    } else {
        view! { <p lang=text_lang.code()>{body}</p> }.into_any()
    };
    view! {
        <article class="culture">
            <h2 lang=title_lang.code()>{title_text}</h2>
            {body_view}
            {translation}
        </article>
        <div class="actions">
            <button type="button" class="button primary wide" data-enter=""
                on:click=move |_| callback.run(Answer::Next(None))>
                {tr("play-continue")}
            </button>
        </div>
    }
}
