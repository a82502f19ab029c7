//! The pack's words: lemma, forms, part of speech, meaning in Ukrainian
//! and English, and an example; one row each, in the order the keyboard
//! goes through them. Enter in a line goes on to the next word, making
//! one after the last, as in a spreadsheet.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::editor::Editing;
use super::fields::{focus_after_render, text_field};
use super::problems::{at_fields, problem_list, with_problems};
use super::recording::{Owner, recording_field};
use super::undo::{Deleted, keep, undo_line};
use crate::i18n::{args, tr, use_i18n};
use bransjenorsk_core::content::{PartOfSpeech, VocabEntry};
use bransjenorsk_core::lang::Lang;

const PARTS_OF_SPEECH: [(PartOfSpeech, &str); 9] = [
    (PartOfSpeech::Noun, "studio-pos-noun"),
    (PartOfSpeech::Verb, "studio-pos-verb"),
    (PartOfSpeech::Adjective, "studio-pos-adjective"),
    (PartOfSpeech::Adverb, "studio-pos-adverb"),
    (PartOfSpeech::Pronoun, "studio-pos-pronoun"),
    (PartOfSpeech::Preposition, "studio-pos-preposition"),
    (PartOfSpeech::Conjunction, "studio-pos-conjunction"),
    (PartOfSpeech::Interjection, "studio-pos-interjection"),
    (PartOfSpeech::Phrase, "studio-pos-phrase"),
];

pub fn words(editing: Editing) -> impl IntoView {
    let draft = editing.draft;
    let count = Memo::new(move |_| draft.with(|d| d.pack.vocabulary.len()));
    let deleted = RwSignal::new(None::<Deleted<VocabEntry>>);
    let restore = move |at: usize, word: VocabEntry| {
        let mut back = at;
        draft.update(|d| back = d.restore_word(at, word));
        focus_after_render(format!("word-{back}-lemma"));
    };
    let add = move |_| {
        let mut index = 0;
        draft.update(|d| index = d.add_word());
        focus_after_render(format!("word-{index}-lemma"));
    };
    view! {
        <section aria-labelledby="words-heading" class="studio-part">
            <h2 id="words-heading">{tr("studio-part-words")}</h2>
            <p>{tr("studio-words-intro")}</p>
            <ol class="word-rows">
                {move || (0..count.get()).map(|index| word_row(editing, index, deleted)).collect_view()}
            </ol>
            {undo_line("undo-word", deleted, restore)}
            <button type="button" class="button" on:click=add>{tr("studio-add-word")}</button>
        </section>
    }
}

fn word_row(
    editing: Editing,
    index: usize,
    deleted: RwSignal<Option<Deleted<VocabEntry>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = editing.draft;
    let read = move |get: fn(&VocabEntry) -> String| {
        Signal::derive(move || {
            draft.with(|d| d.pack.vocabulary.get(index).map(get).unwrap_or_default())
        })
    };
    let write = move |set: fn(&mut VocabEntry, String)| {
        Callback::new(move |value: String| {
            draft.update(|d| {
                if let Some(word) = d.pack.vocabulary.get_mut(index) {
                    set(word, value);
                }
            })
        })
    };
    let set_lemma = Callback::new(move |lemma: String| draft.update(|d| d.set_lemma(index, lemma)));
    let id = move || {
        draft.with(|d| {
            d.pack
                .vocabulary
                .get(index)
                .map(|w| w.id.clone())
                .unwrap_or_default()
        })
    };
    let problems = editing.problems_of("subject-word", id);
    let pos = move || draft.with(|d| d.pack.vocabulary.get(index).map(|w| w.pos));
    let remove = move |_| {
        let mut removed = None;
        draft.update(|d| removed = d.remove_word(index));
        let Some(what) = removed else { return };
        let name = match what.lemma.trim() {
            "" => i18n.t_args("studio-word-n", &args([("n", (index + 1).into())])),
            lemma => lemma.to_owned(),
        };
        keep(
            deleted,
            Deleted {
                at: index,
                what,
                name,
            },
            "undo-word",
        );
    };
    let field = move |name: &str| format!("word-{index}-{name}");
    let next_word = move |event: KeyboardEvent| {
        let in_line = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
            .is_some_and(|input| input.type_() == "text");
        if event.key() != "Enter" || event.is_composing() || !in_line {
            return;
        }
        event.prevent_default();
        let next = index + 1;
        if next == draft.with_untracked(|d| d.pack.vocabulary.len()) {
            draft.update(|d| {
                d.add_word();
            });
        }
        focus_after_render(format!("word-{next}-lemma"));
    };
    with_problems(problems, field(""), move |fields| {
        view! {
            <li class="word-row" data-testid="word-row" on:keydown=next_word>
                <fieldset>
                    <legend>{move || i18n.t_args("studio-word-n", &args([("n", (index + 1).into())]))}</legend>
                    {text_field(field("lemma"), tr("studio-lemma"), read(|w| w.lemma.clone()), set_lemma, Some(Lang::Nb), 1)}
                    {text_field(field("forms"), tr("studio-forms"),
                        read(|w| w.forms.join(", ")),
                        write(|w, v| w.forms = v.split(',').map(|f| f.trim().to_owned()).filter(|f| !f.is_empty()).collect()),
                        Some(Lang::Nb), 1)}
                    <div class="field">
                        <label for=field("pos")>{tr("studio-pos")}</label>
                        <select id=field("pos") on:change=move |event| {
                            let chosen = event_target_value(&event);
                            if let Some(&(part, _)) = PARTS_OF_SPEECH.iter().find(|(_, id)| *id == chosen) {
                                draft.update(|d| if let Some(word) = d.pack.vocabulary.get_mut(index) { word.pos = part });
                            }
                        }>
                            {PARTS_OF_SPEECH.map(|(part, label)| view! {
                                <option value=label prop:selected=move || pos() == Some(part)>{tr(label)}</option>
                            }).collect_view()}
                        </select>
                        {at_fields(&["pos"])}
                    </div>
                    {text_field(field("gloss-uk"), tr("studio-gloss-uk"), read(|w| w.gloss.uk.clone()), write(|w, v| w.gloss.uk = v), Some(Lang::Uk), 1)}
                    {text_field(field("gloss-en"), tr("studio-gloss-en"), read(|w| w.gloss.en.clone()), write(|w, v| w.gloss.en = v), Some(Lang::En), 1)}
                    {text_field(field("example"), tr("studio-example"),
                        read(|w| w.example.clone().unwrap_or_default()),
                        write(|w, v| w.example = (!v.trim().is_empty()).then_some(v)),
                        Some(Lang::Nb), 1)}
                    {recording_field(editing, Owner::Word(index), field("audio"))}
                    // What no field above takes: the word as a whole.
                    {problem_list(fields.rest())}
                    <button type="button" class="button quiet danger" on:click=remove>
                        {tr("studio-remove-word")}
                    </button>
                </fieldset>
            </li>
        }
    })
}
