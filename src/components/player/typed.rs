use leptos::prelude::*;

use super::glossed::glossed;
use super::letters::letter_buttons;
use super::{Answer, Feedback, ItemContext};
use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::content::{GAP, Support};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::Rating;
use bransjenorsk_core::practice::grade::{Marked, Verdict, grade};

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
        let verdict = if given_up {
            Verdict::Empty
        } else {
            answers.with_value(|answers| grade(&value.get_untracked(), answers))
        };
        if verdict == Verdict::Empty && !given_up {
            return;
        }
        done.set(true);
        let feedback = answers.with_value(|answers| typed_feedback(verdict, answers));
        callback.run(Answer::Graded(feedback));
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
        <form class="typed" on:submit=move |event| {
            event.prevent_default();
            submit(false);
        }>
            <label for="typed-answer">{tr("play-your-answer")}</label>
            <input id="typed-answer" type="text" lang="nb" autocomplete="off" autocapitalize="sentences"
                spellcheck="false" maxlength="1000" readonly=move || done.get()
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))/>
            {letter_buttons("typed-answer", value)}
            <Show when=move || !done.get()>
                <div class="actions">
                    <button type="button" class="button quiet" on:click=move |_| submit(true)>
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

/// The feedback on a typed answer.
pub fn typed_feedback(verdict: Verdict, answers: &[String]) -> Feedback {
    let rating = Some(verdict.rating());
    match verdict {
        Verdict::Correct => Feedback::rated(Rating::Good),
        Verdict::Almost { slip, expected } => Feedback {
            rating,
            slip: Some(slip),
            expected: Some(expected),
        },
        Verdict::Wrong { expected } => Feedback {
            rating,
            slip: None,
            expected: Some(expected),
        },
        Verdict::Empty => Feedback {
            rating,
            slip: None,
            expected: Some(Marked::plain(answers.first().map_or("", String::as_str))),
        },
    }
}
