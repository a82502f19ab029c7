//! The practice player: one item at a time, feedback after each answer,
//! a summary at the end. Grading and the session's run are decided in
//! `domain::practice`; these views only show them.

mod answer_form;
mod cards;
mod choice;
mod dialogue;
mod feedback;
mod glossed;
mod letters;
mod listening;
mod matching;
mod message;
mod order;
mod speaking;
mod summary;
mod translation;
mod typed;

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{I18n, tr, tr_count, use_i18n};
use crate::platform::browser;
use crate::platform::paths::RouteHref;
use crate::platform::sound;
use crate::state::progress::use_progress;
use crate::state::sound::use_sound;
use bransjenorsk_core::content::{Exercise, Item, Pack, Support};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::Rating;
use bransjenorsk_core::practice::feedback::{Answer, instruction_id};
use bransjenorsk_core::practice::gloss::Glossary;
use bransjenorsk_core::practice::run::Run;
use bransjenorsk_core::practice::support::Help;
use bransjenorsk_core::route::Route;
use feedback::FeedbackSheet;
use translation::{translated, translation_of};

/// What every item view needs besides its exercise.
#[derive(Clone)]
pub struct ItemContext {
    pub help: Help,
    pub glossary: Arc<Glossary>,
    pub pack: Arc<Pack>,
    /// Mixes options and tiles; differs per session and item.
    pub seed: u64,
    pub answer: Callback<Answer>,
    /// The folder the pack's recordings and pictures are in, ending in `/`.
    pub files: Arc<str>,
}

impl ItemContext {
    /// The URL of a recording or picture the pack names.
    pub fn file(&self, path: Option<&str>) -> Option<String> {
        path.map(|path| format!("{}{path}", self.files))
    }
}

/// A pack the player shows items of.
pub struct Source {
    pub pack: Arc<Pack>,
    /// The folder the pack's recordings and pictures are in, ending in `/`.
    pub files: Arc<str>,
}

impl Source {
    pub fn new(pack: Pack, files: String) -> Source {
        Source {
            pack: Arc::new(pack),
            files: files.into(),
        }
    }
}

/// What a session is played from: one pack, or a review across packs.
pub struct Deck {
    sources: Vec<Source>,
    plan: Plan,
}

enum Plan {
    /// A pack's session, planned from the progress; with the number of
    /// items this version cannot read.
    Pack { unreadable: usize },
    /// A review's items as (source, item) indexes, planned by the caller.
    Review(Vec<(usize, usize)>),
}

impl Deck {
    /// A session of one pack.
    pub fn pack(source: Source, unreadable: usize) -> Deck {
        Deck {
            sources: vec![source],
            plan: Plan::Pack { unreadable },
        }
    }

    /// A review over `entries`, (source, item) indexes in their order.
    pub fn review(sources: Vec<Source>, entries: Vec<(usize, usize)>) -> Deck {
        Deck {
            sources,
            plan: Plan::Review(entries),
        }
    }
}

/// A session: the planned items one by one, then a summary. Every
/// decision is the run's (`practice::run`); this view shows it and saves
/// what it says to save.
#[component]
pub fn Player(deck: Deck) -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let sound_now = use_sound().sound_untracked();
    let packs: Vec<Arc<Pack>> = deck.sources.iter().map(|s| s.pack.clone()).collect();
    let last = move |pack: &str, item: &str| untrack(|| progress.with(|p| p.last(pack, item)));
    let gate = |item: &Item| sound_now.gate(item);
    let run = match deck.plan {
        Plan::Pack { unreadable } => {
            Run::pack(packs[0].clone(), unreadable, gate, last, browser::now())
        }
        Plan::Review(entries) => Run::review(packs, entries, gate, browser::now()),
    };
    // What each source's items need to be shown, by source.
    let shown_with: Arc<Vec<(Arc<Glossary>, Arc<str>)>> = Arc::new(
        deck.sources
            .iter()
            .map(|s| (Arc::new(Glossary::new(&s.pack.vocabulary)), s.files.clone()))
            .collect(),
    );
    let left_out = run.left_out();
    let back = run.back().href();
    let run = RwSignal::new(run);
    // Changes when another item shows; not when its feedback does, so the
    // item keeps what the learner did on it.
    let step = Memo::new(move |_| run.with(Run::shown));

    let answer = Callback::new(move |answer: Answer| {
        let moves_on = !matches!(answer, Answer::Graded(_));
        if moves_on {
            sound::stop();
        }
        // Saved as soon as the learner answers, before the feedback:
        // leaving then loses nothing.
        let record = run
            .try_update(|r| r.answer(answer, browser::now()))
            .flatten();
        if let Some(record) = record {
            progress.record(&record.pack, &record.item, record.rating, record.seconds);
        }
    });
    let carry_on = Callback::new(move |()| {
        sound::stop();
        run.update(|r| r.carry_on(browser::now()));
    });

    let item_view = {
        let shown_with = shown_with.clone();
        move || {
            let _ = step.get();
            // A change of support language ("Show translation") must not
            // redraw the item the learner is answering.
            let support = untrack(|| i18n.support());
            let (source, item, pack, help, seed) = run.with_untracked(|r| {
                let current = r.current()?;
                let help = r.help(support)?;
                Some((
                    current.source,
                    current.item.clone(),
                    r.packs()[current.source].clone(),
                    help,
                    r.seed(),
                ))
            })?;
            let (glossary, files) = shown_with[source].clone();
            let context = ItemContext {
                help,
                glossary,
                pack,
                seed,
                answer,
                files,
            };
            Some(view! { <ItemView item context/> })
        }
    };
    let feedback_view = move || {
        let graded = run.with(|r| r.feedback().cloned())?;
        let support = untrack(|| i18n.support());
        let (why, help) = run.with_untracked(|r| {
            let current = r.current()?;
            Some((current.item.feedback.clone(), r.help(support)?))
        })?;
        Some(view! { <FeedbackSheet feedback=graded why help carry_on/> })
    };
    on_cleanup(sound::stop);
    // Each new item (or the summary) is where a screen reader starts.
    Effect::new(move |_| {
        let _ = step.get();
        browser::focus_element("item-heading");
    });
    let again = move |_| {
        run.update(|r| r.restart(last, browser::now()));
    };
    let summary_view = {
        let back = back.clone();
        move || {
            progress.session_done();
            let (summary, review) = run.with_untracked(Run::summary);
            let after_review = !run.with_untracked(Run::can_restart);
            let again = (!after_review).then_some(again);
            summary::summary(summary, review, back.clone(), after_review, again)
        }
    };
    view! {
        <div class="player">
            {player_top(run, back)}
            {move || {
                let _ = step.get();
                if run.with_untracked(|r| r.current().is_some()) {
                    let item_view = item_view.clone();
                    view! {
                        <div class="player-item">{item_view}</div>
                        {feedback_view}
                    }
                    .into_any()
                } else {
                    summary_view.clone()().into_any()
                }
            }}
            // What was left out, below the first exercise: at large text sizes
            // the exercise stays on the first screen.
            {left_out_note(run, "play-left-out", left_out.unreadable, None)}
            {left_out_note(run, "play-left-out-sound-off", left_out.sound_off,
                Some((Route::Settings.href(), "settings-title")))}
            {left_out_note(run, "play-left-out-no-voice", left_out.no_voice,
                Some((Route::VoiceHelp.href(), "sound-how-to-add")))}
        </div>
    }
}

/// One item of a pack being written, played as a learner plays it, with
/// `support` as the learner's support language. Nothing is kept: after the
/// feedback, "Continue" shows the item afresh.
#[component]
pub fn Preview(pack: Arc<Pack>, index: usize, support: Option<Lang>) -> impl IntoView {
    let glossary = Arc::new(Glossary::new(&pack.vocabulary));
    let fresh = move || {
        Run::review(
            vec![pack.clone()],
            vec![(0, index)],
            |_| Ok(()),
            browser::now(),
        )
    };
    let run = RwSignal::new(fresh());
    // Each showing of the item is a new round: a fresh run starts at the
    // same step as the last one did.
    let round = RwSignal::new(0u32);
    let answer = Callback::new(move |answer: Answer| {
        if !matches!(answer, Answer::Graded(_)) {
            sound::stop();
        }
        run.update(|r| {
            r.answer(answer, browser::now());
        });
    });
    let again = StoredValue::new(fresh);
    let carry_on = Callback::new(move |()| {
        sound::stop();
        run.set(again.with_value(|fresh| fresh()));
        round.update(|round| *round += 1);
    });
    on_cleanup(sound::stop);
    let item_view = move || {
        let _ = round.get();
        let (item, pack, help, seed) = run.with_untracked(|r| {
            let current = r.current()?;
            Some((
                current.item.clone(),
                r.packs()[0].clone(),
                r.help(support)?,
                r.seed(),
            ))
        })?;
        let context = ItemContext {
            help,
            glossary: glossary.clone(),
            pack,
            seed,
            answer,
            files: Arc::from(""),
        };
        Some(view! { <ItemView item context/> })
    };
    let feedback_view = move || {
        let graded = run.with(|r| r.feedback().cloned())?;
        let (why, help) = run.with_untracked(|r| {
            let current = r.current()?;
            Some((current.item.feedback.clone(), r.help(support)?))
        })?;
        Some(view! { <FeedbackSheet feedback=graded why help carry_on/> })
    };
    view! {
        <div class="player preview">
            <div class="player-item">{item_view}</div>
            {feedback_view}
        </div>
    }
}

/// While nothing is answered yet, that `count` items were left out, and
/// where that can change.
fn left_out_note(
    run: RwSignal<Run>,
    id: &'static str,
    count: usize,
    link: Option<(String, &'static str)>,
) -> impl IntoView {
    view! {
        <Show when=move || run.with(Run::at_start) && count != 0>
            <p class="note" role="note">
                {tr_count(id, count)}
                {link.clone().map(|(href, label)| view! { " " <a href=href>{tr(label)}</a> })}
            </p>
        </Show>
    }
}

/// The close button and how far the session has come.
fn player_top(run: RwSignal<Run>, back: String) -> impl IntoView {
    let done = move || run.with(Run::done);
    let planned = move || run.with(Run::planned);
    view! {
        <div class="player-top">
            <a href=back class="icon-button" aria-label=tr("play-close")>
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>
            </a>
            <progress max=planned value=done aria-label=tr("play-progress")></progress>
            <span class="player-count">{move || format!("{} / {}", done(), planned())}</span>
        </div>
    }
}

/// One item, as its kind is played.
#[component]
fn ItemView(item: Item, context: ItemContext) -> impl IntoView {
    let i18n = use_i18n();
    let help = context.help;
    let instruction = instruction(i18n, &item, help);
    let hint = item.hint.clone();
    // The format has no description of a picture: it shows what the
    // words say, so it is decoration to a screen reader.
    let image = context.file(item.image.as_deref()).map(|src| {
        view! { <img class="item-image" src=src alt="" loading="lazy"/> }
    });
    let recording = context.file(item.audio.as_deref());
    let body = match item.exercise {
        Exercise::Flashcard { front, back } => {
            cards::flashcard(front, back, recording, context).into_any()
        }
        Exercise::Choice {
            question,
            options,
            answer,
            why,
        } => choice::choice(question, false, options, answer, why, context).into_any(),
        Exercise::Gap {
            text,
            options,
            answer,
            why,
        } => choice::choice(text, true, options, answer, why, context).into_any(),
        Exercise::Cloze { text, answers } => {
            typed::typed(typed::Prompt::Cloze(text), answers, context).into_any()
        }
        Exercise::Translate { source, answers } => {
            typed::typed(typed::Prompt::Translate(source), answers, context).into_any()
        }
        Exercise::Order {
            tiles,
            answer,
            alternatives,
        } => order::order(tiles, answer, alternatives, context).into_any(),
        Exercise::Match { pairs } => matching::matching(pairs, context).into_any(),
        Exercise::Dialogue { speakers, turns } => {
            dialogue::dialogue(speakers, turns, context).into_any()
        }
        Exercise::Message {
            task,
            model,
            checklist,
        } => message::message(task, model, checklist, context).into_any(),
        Exercise::Culture { title, text } => cards::culture(title, text, context).into_any(),
        Exercise::Listening {
            text,
            plays,
            options,
            answer,
        } => listening::listening(text, plays, options, answer, recording, context).into_any(),
        Exercise::MinimalPair { words, answer } => {
            let options = vec![words.0, words.1];
            let text = answer.clone();
            listening::listening(text, None, options, Some(answer), recording, context).into_any()
        }
        Exercise::Speaking { text } => speaking::speaking(text, recording, context).into_any(),
    };
    view! {
        <h1 class="instruction" id="item-heading" tabindex="-1" lang=instruction.0.code()>
            {instruction.1}
        </h1>
        {instruction.2}
        {image}
        {body}
        {hint.map(|hint| hint_view(hint, help))}
    }
}

/// The instruction for an item in the help language: the pack's own,
/// else the kind's usual one; with its translation where the level offers
/// one.
fn instruction(i18n: I18n, item: &Item, help: Help) -> (Lang, String, Option<AnyView>) {
    let id = instruction_id(&item.exercise);
    if let Some(own) = &item.instruction
        && let Some(text) = help.text(own)
    {
        let translation = translation_of(help, own).map(IntoAny::into_any);
        return (help.language, text.to_owned(), translation);
    }
    let translation = help
        .translation
        .and_then(|_| translated(move |lang| Some(i18n.t_in(lang, id))))
        .map(IntoAny::into_any);
    (help.language, i18n.t_in(help.language, id), translation)
}

/// The learner rates themselves (a flashcard, their own speaking): one
/// option per rating, with its message id; number keys choose them.
pub fn rate_buttons(
    ratings: &'static [(Rating, &'static str)],
    answer: Callback<Answer>,
) -> impl IntoView {
    view! {
        <div class="options rate" role="group">
            {ratings.iter().enumerate().map(|(index, &(rating, id))| view! {
                <button type="button" class="option" data-option=index + 1
                    on:click=move |_| answer.run(Answer::Next(Some(rating)))>
                    <span class="option-key" aria-hidden="true">{index + 1}</span>
                    <span>{tr(id)}</span>
                </button>
            }).collect_view()}
        </div>
    }
}

/// A hint the learner can open.
fn hint_view(hint: Support, help: Help) -> impl IntoView {
    let text = help.text(&hint).map(str::to_owned)?;
    let shown = RwSignal::new(false);
    let lang = help.language.code();
    Some(view! {
        <div class="hint">
            <button type="button" class="link-button" aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)>
                {tr("play-hint")}
            </button>
            <Show when=move || shown.get()>
                <p lang=lang>{text.clone()}</p>
                {translation_of(help, &hint)}
            </Show>
        </div>
    })
}
