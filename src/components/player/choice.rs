//! Choice and gap items: a question or a gapped sentence, and options to tap.

use leptos::prelude::*;

use super::ItemContext;
use super::glossed::glossed;
use crate::components::say::Say;
use crate::i18n::tr;
use bransjenorsk_core::content::{GAP, Whys};
use bransjenorsk_core::practice::feedback::{Answer, Feedback};
use bransjenorsk_core::practice::shuffled;

/// A question, or a sentence with a gap, and options to choose from; a
/// wrong one says why, where the pack does. An empty prompt shows none
/// (the learner heard it).
pub fn choice(
    prompt: String,
    gap: bool,
    options: Vec<String>,
    answer: String,
    whys: Whys,
    context: ItemContext,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<usize>);
    let order = shuffled(options.len(), context.seed);
    let options: Vec<String> = order.iter().map(|&i| options[i].clone()).collect();
    let right = options.iter().position(|option| *option == answer);
    let callback = context.answer;
    let prompt_view = if gap {
        let (before, after) = prompt.split_once(GAP).unwrap_or((&prompt, ""));
        let (before, after) = (before.to_owned(), after.to_owned());
        let filled = {
            let options = options.clone();
            move || match chosen.get() {
                Some(index) => view! { <span lang="nb">{options[index].clone()}</span> }.into_any(),
                None => view! {
                    <span class="visually-hidden">{tr("play-gap-label")}</span>
                    "\u{2002}\u{2002}\u{2002}\u{2002}"
                }
                .into_any(),
            }
        };
        view! {
            <p class="prompt">
                {glossed(before, context.clone())}
                <span class="blank">{filled}</span>
                {glossed(after, context.clone())}
            </p>
        }
        .into_any()
    } else if prompt.is_empty() {
        // Listening: what to choose from is heard, not read.
        ().into_any()
    } else {
        view! {
            <p class="prompt">{glossed(prompt.clone(), context.clone())}</p>
            <Say text=prompt/>
        }
        .into_any()
    };
    let class = move |index: usize| match chosen.get() {
        Some(_) if Some(index) == right => "option right",
        Some(picked) if picked == index => "option wrong",
        _ => "option",
    };
    view! {
        {prompt_view}
        <div class="options" role="group">
            {options.into_iter().enumerate().map(|(index, option)| view! {
                <button type="button" class=move || class(index) data-option=index + 1 lang="nb"
                    disabled=move || chosen.get().is_some()
                    on:click={
                        let answer = answer.clone();
                        let option = option.clone();
                        let whys = whys.clone();
                        move |_| {
                            chosen.set(Some(index));
                            let feedback = Feedback::chosen(&option, &answer, &whys);
                            callback.run(Answer::Graded(feedback));
                        }
                    }>
                    <span class="option-key" aria-hidden="true">{index + 1}</span>
                    <span>{option.clone()}</span>
                </button>
            }).collect_view()}
        </div>
    }
}
