//! The feedback sheet after an answer, and the right answer with its marked letters.

use leptos::prelude::*;

use super::translation::translation_of;
use crate::components::say::Say;
use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::content::Support;
use bransjenorsk_core::practice::feedback::{Feedback, Tone};
use bransjenorsk_core::practice::grade::Marked;
use bransjenorsk_core::practice::support::Help;

/// After an answer: right or not, the right answer, why the option chosen
/// is wrong, why the answer is right, and a button to go on, fixed where a
/// thumb reaches so nothing above it moves.
#[component]
pub fn FeedbackSheet(
    feedback: Feedback,
    why: Option<Support>,
    help: Help,
    carry_on: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = help.language;
    let tone = feedback.tone();
    let class = match tone {
        Tone::Done => "feedback".to_owned(),
        _ => format!("feedback {}", tone.as_str()),
    };
    let verdict = tone.message_id();
    let slip = feedback.slip_message_id();
    let explained = |support: Option<&Support>| {
        let support = support?;
        let text = help.text(support)?.to_owned();
        Some((text, translation_of(help, support)))
    };
    let why_not = explained(feedback.why_not.as_ref());
    let why = explained(why.as_ref());
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
    view! {
        <section class=class role="status" aria-live="polite">
            <p class="verdict" lang=lang.code()>{i18n.t_in(lang, verdict)}</p>
            {slip.map(|id| view! { <p lang=lang.code()>{i18n.t_in(lang, id)}</p> })}
            {feedback.expected.map(|expected| view! {
                <p class="expected">
                    <span lang=lang.code()>{i18n.t_in(lang, "play-answer-is")}</span>
                    " "
                    {marked_text(expected.clone())}
                    <Say text=expected.text() hide_silent=true/>
                </p>
            })}
            {why_not.map(|(text, translation)| view! {
                <p class="why-not" lang=lang.code()>{text}</p>
                {translation}
            })}
            {why.map(|(text, translation)| view! {
                <p lang=lang.code()>{text}</p>
                {translation}
            })}
            <button type="button" class="button primary wide" node_ref=button data-enter=""
                on:click=move |_| carry_on.run(())>
                {tr("play-continue")}
            </button>
        </section>
    }
}

/// Norwegian text with the letters the learner missed marked.
pub fn marked_text(marked: Marked) -> impl IntoView {
    view! {
        <strong lang="nb">
            {marked.0.into_iter().map(|(part, wrong)| {
                if wrong {
                    view! { <mark>{part}</mark> }.into_any()
                } else {
                    part.into_any()
                }
            }).collect_view()}
        </strong>
    }
}
