//! Typed items: a cloze, a translation, or Norwegian written down as heard.

use leptos::prelude::*;

use super::ItemContext;
use super::answer_form::answer_form;
use super::glossed::glossed;
use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::content::{GAP, Support};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::feedback::{Answer, typed_answer};

/// What a typed answer answers.
pub enum Prompt {
    /// A Norwegian sentence with a gap to fill.
    Cloze(String),
    /// A sentence in a support language to write in Norwegian.
    Translate(Support),
    /// Norwegian the learner heard and writes down.
    Heard,
}

/// A prompt and a field to type the answer in, with æ ø å buttons.
pub fn typed(prompt: Prompt, answers: Vec<String>, context: ItemContext) -> impl IntoView {
    let i18n = use_i18n();
    let value = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let callback = context.answer;
    let answers = StoredValue::new(answers);
    let submit = move |given_up: bool| {
        if done.get_untracked() {
            return;
        }
        let checked =
            answers.with_value(|answers| typed_answer(&value.get_untracked(), answers, given_up));
        if let Some(feedback) = checked {
            done.set(true);
            callback.run(Answer::Graded(feedback));
        }
    };
    let prompt_view = match prompt {
        Prompt::Cloze(text) => {
            let (before, after) = text.split_once(GAP).unwrap_or((&text, ""));
            view! {
                <p class="prompt">
                    {glossed(before.to_owned(), context.clone())}
                    <span class="blank"><span class="visually-hidden">{tr("play-gap-label")}</span>"\u{2002}\u{2002}\u{2002}\u{2002}"</span>
                    {glossed(after.to_owned(), context.clone())}
                </p>
            }
            .into_any()
        }
        Prompt::Translate(source) => {
            // The sentence to translate is never in Norwegian: in the help
            // language, else the interface's, else English.
            let lang = [context.help.glosses, Some(i18n.lang()), Some(Lang::En)]
                .into_iter()
                .flatten()
                .find(|lang| source.get(*lang).is_some())
                .unwrap_or(Lang::En);
            let text = source.get(lang).unwrap_or_default().to_owned();
            view! { <p class="prompt source" lang=lang.code()>{text}</p> }.into_any()
        }
        Prompt::Heard => ().into_any(),
    };
    view! {
        {prompt_view}
        {answer_form("typed-answer", value, done.into(), submit)}
    }
}
