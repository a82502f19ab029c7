//! Dialogue items: a conversation at work, the learner's turns chosen or typed.

use leptos::prelude::*;

use super::ItemContext;
use super::answer_form::answer_form;
use super::glossed::glossed;
use super::translation::translation_of;
use crate::components::say::Say;
use crate::i18n::use_i18n;
use crate::platform::browser;
use bransjenorsk_core::content::{Speaker, Turn};
use bransjenorsk_core::practice::Rating;
use bransjenorsk_core::practice::feedback::{Answer, Feedback, chosen_turn, turn_note, typed_turn};
use bransjenorsk_core::practice::outcome::dialogue_rating;
use bransjenorsk_core::practice::shuffled;

/// A conversation at work as chat bubbles. At each of the learner's turns
/// they choose or type the reply; a wrong choice says why and may be tried
/// again.
pub fn dialogue(speakers: Vec<Speaker>, turns: Vec<Turn>, context: ItemContext) -> impl IntoView {
    let learner = speakers
        .iter()
        .find(|s| s.learner)
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let is_learner = {
        let learner = learner.clone();
        move |turn: &Turn| turn.speaker == learner
    };
    // The turns up to and including the next learner turn are shown.
    let next_stop = {
        let turns = turns.clone();
        let is_learner = is_learner.clone();
        move |from: usize| {
            (from..turns.len())
                .find(|&i| is_learner(&turns[i]))
                .map_or(turns.len(), |i| i + 1)
        }
    };
    let shown = RwSignal::new(next_stop(0));
    // What the learner said at each of their turns, and how it went.
    let said = RwSignal::new(Vec::<(usize, String, Rating)>::new());
    let ratings = StoredValue::new(Vec::<Rating>::new());
    let callback = context.answer;
    let total = turns.len();
    let turns = StoredValue::new(turns);
    let speakers = StoredValue::new(speakers);

    let advance = move |turn: usize, text: String, rating: Rating| {
        said.update(|s| s.push((turn, text, rating)));
        ratings.update_value(|r| r.push(rating));
        let next = next_stop(turn + 1);
        shown.set(next);
        let finished =
            next >= total && (turn + 1..total).all(|i| turns.with_value(|t| !is_learner(&t[i])));
        if finished {
            let rating = ratings.with_value(|r| dialogue_rating(r));
            callback.run(Answer::Graded(Feedback::rated(rating)));
        } else {
            // The learner's next turn, where the keyboard should be.
            browser::focus_first_after_render(".bubble.waiting button, .bubble.waiting input");
        }
    };

    let bubble = {
        let context = context.clone();
        move |index: usize| {
            let turn = turns.with_value(|t| t[index].clone());
            let name = speakers.with_value(|s| {
                s.iter()
                    .find(|s| s.id == turn.speaker)
                    .map(|s| s.name.clone())
                    .unwrap_or_default()
            });
            let mine = turn.speaker == learner;
            let (text, rating) = if mine {
                said.with(|s| {
                    s.iter()
                        .find(|(i, ..)| *i == index)
                        .map(|(_, t, r)| (t.clone(), *r))
                })
                .map_or((None, None), |(t, r)| (Some(t), Some(r)))
            } else {
                (turn.text.clone(), None)
            };
            let class = if mine { "bubble mine" } else { "bubble" };
            let lang = context.help.language;
            // A reply that was not right at once says so under the line.
            let verdict = rating.and_then(turn_note);
            match text {
                Some(text) => view! {
                    <li class=class>
                        <span class="speaker" lang="nb">{name}</span>
                        {glossed(text.clone(), context.clone())}
                        {(!mine).then(|| view! { <Say text/> })}
                        {verdict.map(|id| view! {
                            <span class="bubble-note" lang=lang.code()>{use_i18n().t_in(lang, id)}</span>
                        })}
                    </li>
                }
                .into_any(),
                None => view! {
                    <li class="bubble mine waiting">
                        <span class="speaker" lang="nb">{name}</span>
                        <TurnReply turn index context=context.clone() advance=advance.clone()/>
                    </li>
                }
                .into_any(),
            }
        }
    };
    view! {
        <ol class="dialogue">
            {move || (0..shown.get().min(total)).map(bubble.clone()).collect_view()}
        </ol>
    }
}

/// The learner's reply at one turn: options to choose, or a field.
#[component]
fn TurnReply(
    turn: Turn,
    index: usize,
    context: ItemContext,
    advance: impl Fn(usize, String, Rating) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let help = context.help;
    let tried = RwSignal::new(Vec::<usize>::new());
    if !turn.options.is_empty() {
        let order = shuffled(turn.options.len(), context.seed ^ index as u64);
        let options = StoredValue::new(turn.options);
        let why = move || {
            let last = *tried.get().last()?;
            let why = options.with_value(|o| o[last].why.clone())?;
            let text = help.text(&why)?.to_owned();
            let translation = translation_of(help, &why);
            Some(view! {
                <div class="why" role="status">
                    <p lang=help.language.code()>{text}</p>
                    {translation}
                </div>
            })
        };
        return view! {
            <div class="options" role="group">
                {order.into_iter().enumerate().map(|(position, option)| {
                    let advance = advance.clone();
                    view! {
                        <button type="button" data-option=position + 1 lang="nb"
                            class=move || if tried.get().contains(&option) { "option wrong" } else { "option" }
                            disabled=move || tried.get().contains(&option)
                            on:click=move |_| {
                                let (text, correct) = options.with_value(|o| (o[option].text.clone(), o[option].correct));
                                if correct {
                                    let rating = chosen_turn(tried.get_untracked().len());
                                    advance(index, text, rating);
                                } else {
                                    tried.update(|t| t.push(option));
                                }
                            }>
                            <span class="option-key" aria-hidden="true">{position + 1}</span>
                            <span>{options.with_value(|o| o[option].text.clone())}</span>
                        </button>
                    }
                }).collect_view()}
            </div>
            {why}
        }
        .into_any();
    }
    let value = RwSignal::new(String::new());
    let answers = StoredValue::new(turn.answers);
    let reply = move |given_up: bool| {
        let typed =
            answers.with_value(|answers| typed_turn(&value.get_untracked(), answers, given_up));
        if let Some((line, rating)) = typed {
            advance(index, line, rating);
        }
    };
    answer_form("turn-answer", value, Signal::stored(false), reply).into_any()
}
