//! The practice player: one item at a time, feedback after each answer,
//! a summary at the end. Grading and the session's run are decided in
//! `domain::practice`; these views only show them.

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
mod typed;

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{I18n, args, tr, use_i18n};
use crate::platform::browser;
use crate::platform::paths::href;
use crate::platform::progress::use_progress;
use crate::platform::sound::{self, use_sound};
use bransjenorsk_core::content::{Exercise, Item, Pack, Support};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::gloss::Glossary;
use bransjenorsk_core::practice::grade::{Marked, Slip};
use bransjenorsk_core::practice::session::{Session, plan};
use bransjenorsk_core::practice::support::Help;
use bransjenorsk_core::practice::{Rating, label};
use bransjenorsk_core::sound::Silence;
use feedback::FeedbackSheet;

/// What an item reports when the learner is done with it.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Nothing more to show: on to the next item.
    Next(Option<Rating>),
    /// Graded: show the feedback, then go on.
    Graded(Feedback),
    /// Not done and not counted: on to the next item.
    Skip,
}

/// What the feedback after an answer says.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Feedback {
    pub rating: Option<Rating>,
    pub slip: Option<Slip>,
    /// The right answer, with the letters to look at marked.
    pub expected: Option<Marked>,
}

impl Feedback {
    pub fn rated(rating: Rating) -> Feedback {
        Feedback {
            rating: Some(rating),
            ..Feedback::default()
        }
    }
}

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
    glossary: Arc<Glossary>,
}

impl Source {
    pub fn new(pack: Pack, files: String) -> Source {
        Source {
            glossary: Arc::new(Glossary::new(&pack.vocabulary)),
            pack: Arc::new(pack),
            files: files.into(),
        }
    }
}

/// What a session is played from: one pack, or a review across packs.
pub struct Deck {
    pub sources: Vec<Source>,
    /// Every item the session may show, as (source, item index), in the
    /// order a review takes them.
    pub entries: Vec<(usize, usize)>,
    /// Items left out because this version cannot read them.
    pub skipped: usize,
    /// Where closing and the summary's way back lead.
    pub back: String,
    /// A review is planned by the caller; a pack's session is planned
    /// afresh from the progress each time.
    pub review: bool,
}

impl Deck {
    /// Every item of one pack.
    pub fn pack(source: Source, skipped: usize) -> Deck {
        let entries = (0..source.pack.items.len()).map(|i| (0, i)).collect();
        let back = href(&format!("/pack/{}", source.pack.pack.id));
        Deck {
            sources: vec![source],
            entries,
            skipped,
            back,
            review: false,
        }
    }

    fn item(&self, entry: usize) -> (&Source, &Item) {
        let (source, item) = self.entries[entry];
        let source = &self.sources[source];
        (source, &source.pack.items[item])
    }
}

/// A session: the planned items one by one, then a summary.
#[component]
pub fn Player(deck: Deck) -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let sound_now = use_sound().sound_untracked();
    let deck = Arc::new(deck);
    let mut playable = Vec::new();
    let (mut sound_off, mut no_voice) = (0, 0);
    for entry in 0..deck.entries.len() {
        match sound_now.gate(deck.item(entry).1) {
            Ok(()) => playable.push(entry),
            Err(Silence::Off) => sound_off += 1,
            Err(Silence::NoVoice) => no_voice += 1,
        }
    }
    let skipped = deck.skipped;
    let new_session = {
        let deck = deck.clone();
        move || {
            if deck.review {
                return Session::new(playable.clone());
            }
            let last = |entry: usize| {
                let (source, item) = deck.item(entry);
                untrack(|| progress.with(|p| p.last(&source.pack.pack.id, &item.id)))
            };
            Session::new(plan(&playable, last))
        }
    };
    let session = RwSignal::new(new_session.clone()());
    let feedback = RwSignal::new(None::<Feedback>);
    let seed = js_sys::Date::now() as u64;

    // When the current item was shown, for the time practised.
    let shown = StoredValue::new(browser::now());
    // Saved as soon as the learner answers, before the feedback: leaving
    // then loses nothing.
    let save = {
        let deck = deck.clone();
        move |rating: Option<Rating>| {
            if let Some(entry) = session.with_untracked(Session::current) {
                let (source, item) = deck.item(entry);
                // A note read counts as done, so a pack can be finished.
                let rating = rating.unwrap_or(Rating::Good);
                let seconds = (browser::now() - shown.get_value()).max(0) / 1000;
                let seconds = u32::try_from(seconds).unwrap_or(u32::MAX);
                progress.record(&source.pack.pack.id, &item.id, rating, seconds);
            }
        }
    };
    let advance = move |rating: Option<Rating>| {
        sound::stop();
        feedback.set(None);
        session.update(|session| session.record(rating));
        shown.set_value(browser::now());
    };
    let answer = Callback::new(move |answer: Answer| match answer {
        Answer::Next(rating) => {
            save(rating);
            advance(rating);
        }
        Answer::Graded(graded) => {
            save(graded.rating);
            feedback.set(Some(graded));
        }
        Answer::Skip => {
            sound::stop();
            session.update(Session::skip);
            shown.set_value(browser::now());
        }
    });
    let carry_on = Callback::new(move |()| {
        advance(feedback.get_untracked().and_then(|f| f.rating));
    });

    let help_for = {
        let deck = deck.clone();
        move |entry: usize| {
            let (source, item) = deck.item(entry);
            Help::new(source.pack.level_of(item), i18n.support())
        }
    };
    let item_view = {
        let deck = deck.clone();
        let help_for = help_for.clone();
        move || {
            let attempt = session.with(|s| s.attempts().len());
            let entry = session.with(Session::current)?;
            let (source, item) = deck.item(entry);
            let context = ItemContext {
                help: help_for(entry),
                glossary: source.glossary.clone(),
                pack: source.pack.clone(),
                seed: seed ^ (attempt as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15),
                answer,
                files: source.files.clone(),
            };
            let item = item.clone();
            Some(view! { <ItemView item context/> })
        }
    };
    let feedback_item = {
        let deck = deck.clone();
        move || {
            let entry = session.with(Session::current)?;
            Some((deck.item(entry).1.feedback.clone(), help_for(entry)))
        }
    };
    on_cleanup(sound::stop);
    // Each new item (or the summary) is where a screen reader starts.
    Effect::new(move |_| {
        session.with(|s| s.attempts().len());
        browser::focus_element("item-heading");
    });
    let at_start = move || session.with(|s| s.attempts().is_empty());
    let again = move |_| {
        feedback.set(None);
        session.set(new_session());
    };
    view! {
        <div class="player">
            {player_top(session, deck.back.clone())}
            {move || match session.with(Session::current) {
                Some(_) => {
                    let item_view = item_view.clone();
                    let feedback_item = feedback_item.clone();
                    view! {
                    <div class="player-item">{item_view.clone()}</div>
                    {move || {
                        let graded = feedback.get()?;
                        let (why, help) = feedback_item()?;
                        Some(view! { <FeedbackSheet feedback=graded why help carry_on/> })
                    }}
                }.into_any()
                }
                None => {
                    let summary = session.with(Session::summary);
                    let review = summary
                        .to_review
                        .iter()
                        .map(|&entry| label(&deck.item(entry).1.exercise))
                        .collect();
                    let again = (!deck.review).then_some(again.clone());
                    summary::summary(summary, review, deck.back.clone(), deck.review, again).into_any()
                }
            }}
            // What was left out, below the first exercise: at large text sizes
            // the exercise stays on the first screen.
            <Show when=move || at_start() && skipped != 0>
                <p class="note" role="note">
                    {move || i18n.t_args("play-left-out", &args([("count", skipped.into())]))}
                </p>
            </Show>
            <Show when=move || at_start() && sound_off != 0>
                <p class="note" role="note">
                    {move || i18n.t_args("play-left-out-sound-off", &args([("count", sound_off.into())]))}
                    " " <a href=href("/settings")>{tr("settings-title")}</a>
                </p>
            </Show>
            <Show when=move || at_start() && no_voice != 0>
                <p class="note" role="note">
                    {move || i18n.t_args("play-left-out-no-voice", &args([("count", no_voice.into())]))}
                    " " <a href=href("/help/voice")>{tr("sound-how-to-add")}</a>
                </p>
            </Show>
        </div>
    }
}

/// The close button and how far the session has come.
fn player_top(session: RwSignal<Session>, back: String) -> impl IntoView {
    let done = move || session.with(Session::done);
    let planned = move || session.with(Session::planned);
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
        } => choice::choice(question, false, options, answer, context).into_any(),
        Exercise::Gap {
            text,
            options,
            answer,
        } => choice::choice(text, true, options, answer, context).into_any(),
        Exercise::Cloze { text, answers } => {
            typed::typed(typed::Prompt::Cloze(text), answers, context).into_any()
        }
        Exercise::Translate { source, answers } => {
            typed::typed(typed::Prompt::Translate(source), answers, context).into_any()
        }
        Exercise::Order { tiles, answer } => order::order(tiles, answer, context).into_any(),
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
        {instruction.2.map(|(lang, text)| translated(lang, text))}
        {image}
        {body}
        {hint.map(|hint| hint_view(hint, help))}
    }
}

/// The instruction for an item in the help language: the pack's own,
/// else the kind's usual one; with its translation where the level offers
/// one.
fn instruction(i18n: I18n, item: &Item, help: Help) -> (Lang, String, Option<(Lang, String)>) {
    let id = match &item.exercise {
        Exercise::Order { tiles, .. } if order::is_sentences(tiles) => "play-order-sentences",
        exercise => match exercise.kind() {
            "flashcard" => "play-flashcard",
            "choice" => "play-choice",
            "gap" => "play-gap",
            "cloze" => "play-cloze",
            "translate" => "play-translate",
            "order" => "play-order-words",
            "match" => "play-match",
            "dialogue" => "play-dialogue",
            "message" => "play-message",
            "listening" => match &item.exercise {
                Exercise::Listening { options, .. } if options.is_empty() => "play-listening-type",
                _ => "play-listening-choose",
            },
            "minimal-pair" => "play-minimal-pair",
            "speaking" => "play-speaking",
            _ => "play-culture",
        },
    };
    if let Some(own) = &item.instruction
        && let Some(text) = help.text(own)
    {
        let translation = help
            .translation(own)
            .map(|(lang, text)| (lang, text.to_owned()));
        return (help.language, text.to_owned(), translation);
    }
    let translation = help.translation.map(|lang| (lang, i18n.t_in(lang, id)));
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

/// A translation the learner asks for (B1).
pub fn translated(lang: Lang, text: String) -> impl IntoView {
    let shown = RwSignal::new(false);
    view! {
        <div class="translation">
            <button type="button" class="link-button" aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)>
                {tr("play-show-translation")}
            </button>
            <Show when=move || shown.get()>
                <p lang=lang.code()>{text.clone()}</p>
            </Show>
        </div>
    }
}

/// A hint the learner can open.
fn hint_view(hint: Support, help: Help) -> impl IntoView {
    let text = help.text(&hint).map(str::to_owned)?;
    let translation = help
        .translation(&hint)
        .map(|(lang, text)| (lang, text.to_owned()));
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
                {translation.clone().map(|(lang, text)| translated(lang, text))}
            </Show>
        </div>
    })
}
