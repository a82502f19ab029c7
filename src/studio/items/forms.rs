//! Each kind's form: the fields that kind needs and nothing else, every
//! one bound to the item in the draft.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{args, tr, use_i18n};
use crate::studio::editor::Editing;
use crate::studio::fields::{
    add_entry, focus_after_render, list_field, remove_entry, support_field, text_field,
};
use crate::studio::picture::picture_field;
use crate::studio::problems::{at_fields, problem_list, with_problems};
use crate::studio::recording::{Owner, recording_field};
use bransjenorsk_core::content::{
    Exercise, GAP, Item, Level, Speaker, Support, Turn, TurnOption, Whys,
};
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::studio::draft::{Draft, as_tiles};

/// One item of the draft, to read a part of and write it back.
#[derive(Clone, Copy)]
struct Lens {
    draft: RwSignal<Draft>,
    index: usize,
}

impl Lens {
    fn read<T: Default + Clone + Send + Sync + 'static>(
        self,
        get: impl Fn(&Item) -> Option<T> + Send + Sync + 'static,
    ) -> Signal<T> {
        Signal::derive(move || {
            self.draft.with(|d| {
                d.pack
                    .items
                    .get(self.index)
                    .and_then(&get)
                    .unwrap_or_default()
            })
        })
    }

    fn write<T: 'static>(self, set: impl Fn(&mut Item, T) + Send + Sync + 'static) -> Callback<T> {
        Callback::new(move |value: T| self.update(|item| set(item, value)))
    }

    fn update(self, change: impl FnOnce(&mut Item)) {
        self.draft.update(|d| {
            if let Some(item) = d.pack.items.get_mut(self.index) {
                change(item);
            }
        });
    }

    /// An element id of this item's form.
    fn id(self, name: &str) -> String {
        format!("item-{}-{name}", self.index)
    }
}

/// A field of one kind's exercise, to read and to write.
macro_rules! field {
    ($lens:expr, $kind:ident . $field:ident) => {
        (
            $lens.read(|item| match &item.exercise {
                Exercise::$kind { $field, .. } => Some($field.clone()),
                _ => None,
            }),
            $lens.write(|item, value| {
                if let Exercise::$kind { $field, .. } = &mut item.exercise {
                    *$field = value;
                }
            }),
        )
    };
}

/// The form of the item at `index`.
pub fn item_form(editing: Editing, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let lens = Lens {
        draft: editing.draft,
        index,
    };
    let (kind, id) = editing.draft.with_untracked(|d| {
        let item = &d.pack.items[index];
        (item.exercise.kind(), item.id.clone())
    });
    let problems = editing.problems_of("subject-item", {
        let id = id.clone();
        move || id.clone()
    });
    with_problems(problems, lens.id(""), move |fields| {
        let body = match kind {
            "flashcard" => flashcard(lens).into_any(),
            "choice" | "gap" => choice(lens, kind == "gap").into_any(),
            "cloze" => cloze(lens).into_any(),
            "translate" => translate(lens).into_any(),
            "order" => order(lens).into_any(),
            "match" => pairs(lens).into_any(),
            "listening" => listening(lens).into_any(),
            "minimal-pair" => minimal_pair(lens).into_any(),
            "dialogue" => dialogue(lens).into_any(),
            "message" => message(lens).into_any(),
            "speaking" => {
                let (text, set) = field!(lens, Speaking.text);
                text_field(
                    lens.id("text"),
                    tr("studio-say-text"),
                    text,
                    set,
                    Some(Lang::Nb),
                    2,
                )
                .into_any()
            }
            _ => culture(lens).into_any(),
        };
        let recording = recording_field(editing, Owner::Item(index), lens.id("audio"));
        let picture = picture_field(editing, index, lens.id("image"));
        let more = view! {
            <details class="more">
                <summary>{tr("studio-more")}</summary>
                {level_field(lens)}
                {common(lens, "instruction", "studio-instruction", |item| &mut item.instruction)}
                {common(lens, "hint", "studio-hint", |item| &mut item.hint)}
                {common(lens, "feedback", "studio-feedback", |item| &mut item.feedback)}
            </details>
        };
        let label = super::kind_label(kind);
        view! {
            <h3 id="item-form-heading" tabindex="-1">
                {move || i18n.t_args("studio-item-name", &args([("n", (index + 1).into()), ("kind", i18n.t(label).into())]))}
            </h3>
            <p class="card-meta">{move || i18n.t_args("studio-item-id", &args([("id", id.clone().into())]))}</p>
            // What no field below takes: the exercise as a whole.
            {problem_list(fields.rest())}
            {body}
            {recording}
            {picture}
            {more}
        }
    })
}

/// The exercise's own level, where it is not the pack's: it decides the
/// help a learner gets with it.
fn level_field(lens: Lens) -> impl IntoView {
    let i18n = use_i18n();
    let own = lens.read(|item| Some(item.level));
    let pack = move || lens.draft.with(|d| d.pack.pack.level.code());
    let choose = move |event| {
        let code = event_target_value(&event);
        let chosen = Level::ALL.into_iter().find(|l| l.code() == code);
        lens.update(|item| item.level = chosen);
    };
    // Set once the options are there: a select drawn anew does not always
    // take the option marked selected as its value.
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        let code = own.get().map_or("", Level::code);
        if let Some(select) = select.get() {
            select.set_value(code);
        }
    });
    view! {
        <div class="field">
            <label for=lens.id("level")>{tr("studio-item-level")}</label>
            <select id=lens.id("level") node_ref=select on:change=choose>
                <option value="">
                    {move || i18n.t_args("studio-item-level-pack", &args([("level", pack().into())]))}
                </option>
                {Level::ALL.into_iter().map(|l| view! { <option value=l.code()>{l.code()}</option> }).collect_view()}
            </select>
            {at_fields(&["level"])}
        </div>
    }
}

/// The instruction, hint or feedback every kind may have.
fn common(
    lens: Lens,
    name: &str,
    label: &'static str,
    slot: fn(&mut Item) -> &mut Option<Support>,
) -> impl IntoView {
    let value = lens.read(move |item| slot(&mut item.clone()).clone());
    let set = lens.write(move |item, support: Support| *slot(item) = some_text(support));
    support_field(lens.id(name), tr(label), value, set, 2)
}

/// `None` for a text in no language.
fn some_text(support: Support) -> Option<Support> {
    (support.nb.is_some() || support.uk.is_some() || support.en.is_some()).then_some(support)
}

fn flashcard(lens: Lens) -> impl IntoView {
    let (front, set_front) = field!(lens, Flashcard.front);
    let (back, set_back) = field!(lens, Flashcard.back);
    view! {
        {text_field(lens.id("front"), tr("studio-front"), front, set_front, Some(Lang::Nb), 1)}
        {support_field(lens.id("back"), tr("studio-back-side"), back, set_back, 1)}
    }
}

/// The options of a choice or gap item, their answer and their whys.
fn options_of(exercise: &mut Exercise) -> Option<(&mut Vec<String>, &mut String, &mut Whys)> {
    match exercise {
        Exercise::Choice {
            options,
            answer,
            why,
            ..
        }
        | Exercise::Gap {
            options,
            answer,
            why,
            ..
        } => Some((options, answer, why)),
        _ => None,
    }
}

fn choice(lens: Lens, gap: bool) -> impl IntoView {
    let prompt = if gap {
        let (text, set) = field!(lens, Gap.text);
        view! {
            {text_field(lens.id("text"), tr("studio-gap-text"), text, set, Some(Lang::Nb), 2)}
            {gap_button(lens)}
        }
        .into_any()
    } else {
        let (question, set) = field!(lens, Choice.question);
        text_field(
            lens.id("question"),
            tr("studio-question"),
            question,
            set,
            Some(Lang::Nb),
            2,
        )
        .into_any()
    };
    view! {
        {prompt}
        {options_editor(lens)}
    }
}

/// The options: each with the mark of the right one, and for each wrong
/// one why it is wrong.
fn options_editor(lens: Lens) -> impl IntoView {
    let i18n = use_i18n();
    let options =
        lens.read(|item| options_of(&mut item.exercise.clone()).map(|(o, _, _)| o.clone()));
    let answer =
        lens.read(|item| options_of(&mut item.exercise.clone()).map(|(_, a, _)| a.clone()));
    let count = Memo::new(move |_| options.with(Vec::len));
    let rows = move || {
        (0..count.get())
            .map(|at| {
                let option = Memo::new(move |_| options.with(|o| o.get(at).cloned().unwrap_or_default()));
                let change = Callback::new(move |text: String| {
                    lens.update(|item| {
                        if let Some((options, answer, why)) = options_of(&mut item.exercise)
                            && let Some(slot) = options.get_mut(at)
                        {
                            let old = std::mem::replace(slot, text.clone());
                            if *answer == old {
                                answer.clone_from(&text);
                            }
                            if let Some(moved) = why.remove(&old) {
                                why.insert(text, moved);
                            }
                        }
                    })
                });
                let mark = move |_| {
                    lens.update(|item| {
                        if let Some((options, answer, why)) = options_of(&mut item.exercise) {
                            *answer = options.get(at).cloned().unwrap_or_default();
                            why.remove(answer.as_str());
                        }
                    })
                };
                let remove = move |_| {
                    lens.update(|item| {
                        if let Some((options, _, why)) = options_of(&mut item.exercise)
                            && at < options.len()
                        {
                            let gone = options.remove(at);
                            why.remove(&gone);
                        }
                    })
                };
                let wrong = Memo::new(move |_| {
                    let option = option.get();
                    !option.is_empty() && answer.with(|a| *a != option)
                });
                let why = Signal::derive(move || {
                    let option = option.get();
                    lens.draft.with(|d| {
                        d.pack.items.get(lens.index).and_then(|item| match &item.exercise {
                            Exercise::Choice { why, .. } | Exercise::Gap { why, .. } => why.get(&option).cloned(),
                            _ => None,
                        }).unwrap_or_default()
                    })
                });
                let set_why = Callback::new(move |support: Support| {
                    let option = option.get_untracked();
                    lens.update(|item| {
                        if let Some((_, _, why)) = options_of(&mut item.exercise) {
                            match some_text(support) {
                                Some(support) => why.insert(option, support),
                                None => why.remove(&option),
                            };
                        }
                    })
                });
                let label = move || i18n.t_args("studio-option-n", &args([("n", (at + 1).into())]));
                view! {
                    <li class="option-row" data-testid="option-row">
                        {text_field(lens.id(&format!("options-{at}")), label, option.into(), change, Some(Lang::Nb), 1)}
                        <label class="choice">
                            <input type="radio" name=lens.id("answer")
                                prop:checked=move || !option.get().is_empty() && answer.with(|a| *a == option.get())
                                on:change=mark/>
                            <span>{tr("studio-right-answer")}</span>
                        </label>
                        <button type="button" class="button quiet" on:click=remove
                            aria-label=move || i18n.t_args("studio-remove-option", &args([("n", (at + 1).into())]))>
                            {tr("studio-remove")}
                        </button>
                        {move || wrong.get().then(|| support_field(
                            lens.id(&format!("why-{at}")),
                            move || i18n.t_args("studio-why-wrong", &args([("option", option.get().into())])),
                            why, set_why, 1,
                        ))}
                        // The checker names a why by its option's text.
                        {move || at_fields(&[&format!("why-{}", option.get().replace('.', "-"))])}
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let mut at = 0;
        lens.update(|item| {
            if let Some((options, _, _)) = options_of(&mut item.exercise) {
                options.push(String::new());
                at = options.len() - 1;
            }
        });
        focus_after_render(lens.id(&format!("options-{at}")));
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr("studio-options")}</legend>
            <ol class="list-rows">{rows}</ol>
            {at_fields(&["options", "answer", "why"])}
            <button type="button" class="button quiet" on:click=add>{tr("studio-add-option")}</button>
        </fieldset>
    }
}

/// The selection in the text field `id`, as byte offsets of `text`.
fn selection(id: &str, text: &str) -> Option<(usize, usize)> {
    let field: web_sys::HtmlTextAreaElement = document().get_element_by_id(id)?.dyn_into().ok()?;
    let start = field.selection_start().ok()??;
    let end = field.selection_end().ok()??;
    let byte = |units: u32| {
        let mut seen = 0;
        for (at, c) in text.char_indices() {
            if seen >= units as usize {
                return at;
            }
            seen += c.len_utf16();
        }
        text.len()
    };
    let (start, end) = (byte(start), byte(end));
    (start < end).then_some((start, end))
}

/// Cuts the selected word out of the item's text into a gap, and returns
/// it; what to do with the word is the kind's.
fn cut_gap(lens: Lens, mut take: impl FnMut(&mut Exercise, String)) -> bool {
    let id = lens.id("text");
    let mut done = false;
    lens.update(|item| {
        let text = match &mut item.exercise {
            Exercise::Gap { text, .. } | Exercise::Cloze { text, .. } => text,
            _ => return,
        };
        let Some((start, end)) = selection(&id, text) else {
            return;
        };
        let word = text[start..end].trim().to_owned();
        if word.is_empty() || text.contains(GAP) {
            return;
        }
        text.replace_range(start..end, GAP);
        take(&mut item.exercise, word);
        done = true;
    });
    done
}

/// "Make the selected word the gap", with a note when nothing was cut.
fn gap_button(lens: Lens) -> impl IntoView {
    let failed = RwSignal::new(false);
    let cut = move |_| {
        let done = cut_gap(lens, |exercise, word| match exercise {
            Exercise::Gap {
                options, answer, ..
            } => {
                if !options.contains(&word) {
                    match options.iter().position(String::is_empty) {
                        Some(empty) => options[empty].clone_from(&word),
                        None => options.push(word.clone()),
                    }
                }
                *answer = word;
            }
            Exercise::Cloze { answers, .. } => {
                answers.retain(|a| !a.is_empty());
                if !answers.contains(&word) {
                    answers.insert(0, word);
                }
            }
            _ => {}
        });
        failed.set(!done);
    };
    view! {
        <button type="button" class="button quiet" on:click=cut>{tr("studio-make-gap")}</button>
        <p class="card-meta" role="status">{move || failed.get().then(tr("studio-make-gap-how"))}</p>
    }
}

fn cloze(lens: Lens) -> impl IntoView {
    let (text, set_text) = field!(lens, Cloze.text);
    let (answers, set_answers) = field!(lens, Cloze.answers);
    view! {
        {text_field(lens.id("text"), tr("studio-gap-text"), text, set_text, Some(Lang::Nb), 2)}
        {gap_button(lens)}
        {list_field(lens.id("answers"), "studio-answers", "studio-add-answer", answers, set_answers, Some(Lang::Nb))}
    }
}

fn translate(lens: Lens) -> impl IntoView {
    let (source, set_source) = field!(lens, Translate.source);
    let (answers, set_answers) = field!(lens, Translate.answers);
    view! {
        {support_field(lens.id("source"), tr("studio-translate-source"), source, set_source, 2)}
        {list_field(lens.id("answers"), "studio-answers", "studio-add-answer", answers, set_answers, Some(Lang::Nb))}
    }
}

/// Tiles not in the answer (distractors), as many times as they are extra.
fn extras(tiles: &[String], answer: &[String]) -> Vec<String> {
    let mut left: Vec<&String> = answer.iter().collect();
    tiles
        .iter()
        .filter(|tile| match left.iter().position(|a| a == tile) {
            Some(at) => {
                left.remove(at);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

fn order(lens: Lens) -> impl IntoView {
    let answer = lens.read(|item| match &item.exercise {
        Exercise::Order { answer, .. } => Some(answer.clone()),
        _ => None,
    });
    let extra = lens.read(|item| match &item.exercise {
        Exercise::Order { tiles, answer, .. } => Some(extras(tiles, answer)),
        _ => None,
    });
    let set_answer = lens.write(|item, new: Vec<String>| {
        if let Exercise::Order { tiles, answer, .. } = &mut item.exercise {
            let extra = extras(tiles, answer);
            *tiles = new.iter().chain(&extra).cloned().collect();
            *answer = new;
        }
    });
    let set_extra = lens.write(|item, new: Vec<String>| {
        if let Exercise::Order { tiles, answer, .. } = &mut item.exercise {
            *tiles = answer.iter().chain(&new).cloned().collect();
        }
    });
    let sentence = RwSignal::new(answer.get_untracked().join(" "));
    let split = move |_| {
        let words: Vec<String> = sentence
            .get_untracked()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        set_answer.run(words);
    };
    view! {
        {text_field(lens.id("sentence"), tr("studio-sentence"), sentence.into(), Callback::new(move |s| sentence.set(s)), Some(Lang::Nb), 2)}
        <button type="button" class="button quiet" on:click=split>{tr("studio-make-tiles")}</button>
        {list_field(lens.id("answer-tiles"), "studio-tiles", "studio-add-tile", answer, set_answer, Some(Lang::Nb))}
        {list_field(lens.id("extra-tiles"), "studio-extra-tiles", "studio-add-tile", extra, set_extra, Some(Lang::Nb))}
        {at_fields(&["answer", "tiles"])}
        {alternatives(lens)}
    }
}

/// Other right orders, each written as a sentence and kept as the tiles
/// it is made of ([`as_tiles`]).
fn alternatives(lens: Lens) -> impl IntoView {
    let i18n = use_i18n();
    let (list, set_list) = field!(lens, Order.alternatives);
    let tiles = lens.read(|item| match &item.exercise {
        Exercise::Order { tiles, .. } => Some(tiles.clone()),
        _ => None,
    });
    let count = Memo::new(move |_| list.with(Vec::len));
    let rows = move || {
        (0..count.get())
            .map(|at| {
                // The text as typed: spaces between words stay while typing.
                let typed = RwSignal::new(list.with_untracked(|l| l.get(at).map(|a| a.join(" ")).unwrap_or_default()));
                let change = Callback::new(move |text: String| {
                    typed.set(text.clone());
                    let mut all = list.get_untracked();
                    if let Some(slot) = all.get_mut(at) {
                        *slot = tiles.with_untracked(|tiles| as_tiles(&text, tiles));
                    }
                    set_list.run(all);
                });
                let remove = move |_| remove_entry(list, set_list, at);
                let label = move || i18n.t_args("studio-alternative-n", &args([("n", (at + 1).into())]));
                view! {
                    <li class="list-row">
                        {text_field(lens.id(&format!("alternatives-{at}")), label, typed.into(), change, Some(Lang::Nb), 1)}
                        <button type="button" class="button quiet" on:click=remove>{tr("studio-remove")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        add_entry(list, set_list, Vec::new(), |at| {
            lens.id(&format!("alternatives-{at}"))
        });
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr("studio-alternatives")}</legend>
            <p class="card-meta">{tr("studio-alternatives-note")}</p>
            <ol class="list-rows">{rows}</ol>
            {at_fields(&["alternatives"])}
            <button type="button" class="button quiet" on:click=add>{tr("studio-add-alternative")}</button>
        </fieldset>
    }
}

fn pairs(lens: Lens) -> impl IntoView {
    let i18n = use_i18n();
    let (pairs, set_pairs) = field!(lens, Match.pairs);
    let count = Memo::new(move |_| pairs.with(Vec::len));
    let side = move |at: usize, right: bool| {
        let value = Signal::derive(move || {
            pairs.with(|p| {
                p.get(at)
                    .map(|(l, r)| if right { r.clone() } else { l.clone() })
                    .unwrap_or_default()
            })
        });
        let set = Callback::new(move |text: String| {
            let mut list = pairs.get_untracked();
            if let Some(pair) = list.get_mut(at) {
                *(if right { &mut pair.1 } else { &mut pair.0 }) = text;
            }
            set_pairs.run(list);
        });
        (value, set)
    };
    let rows = move || {
        (0..count.get())
            .map(|at| {
                let (left, set_left) = side(at, false);
                let (right, set_right) = side(at, true);
                let remove = move |_| remove_entry(pairs, set_pairs, at);
                let n = move || (at + 1).into();
                view! {
                    <li class="pair-row">
                        {text_field(lens.id(&format!("pair-{at}-left")), move || i18n.t_args("studio-pair-left", &args([("n", n())])), left, set_left, Some(Lang::Nb), 1)}
                        {text_field(lens.id(&format!("pair-{at}-right")), move || i18n.t_args("studio-pair-right", &args([("n", n())])), right, set_right, None, 1)}
                        <button type="button" class="button quiet" on:click=remove>{tr("studio-remove")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        add_entry(pairs, set_pairs, (String::new(), String::new()), |at| {
            lens.id(&format!("pair-{at}-left"))
        });
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr("studio-pairs")}</legend>
            <p class="card-meta">{tr("studio-pairs-note")}</p>
            <ol class="list-rows">{rows}</ol>
            {at_fields(&["pairs"])}
            <button type="button" class="button quiet" on:click=add>{tr("studio-add-pair")}</button>
        </fieldset>
    }
}

fn listening(lens: Lens) -> impl IntoView {
    let (text, set_text) = field!(lens, Listening.text);
    let (options, set_options) = field!(lens, Listening.options);
    let answer = lens.read(|item| match &item.exercise {
        Exercise::Listening { answer, .. } => answer.clone(),
        _ => None,
    });
    let set_answer = lens.write(|item, chosen: String| {
        if let Exercise::Listening { answer, .. } = &mut item.exercise {
            *answer = (!chosen.is_empty()).then_some(chosen);
        }
    });
    view! {
        {text_field(lens.id("text"), tr("studio-listen-text"), text, set_text, Some(Lang::Nb), 2)}
        {list_field(lens.id("options"), "studio-options", "studio-add-option", options, set_options, Some(Lang::Nb))}
        <div class="field">
            <label for=lens.id("answer")>{tr("studio-listen-answer")}</label>
            <select id=lens.id("answer") on:change=move |event| set_answer.run(event_target_value(&event))>
                <option value="">{tr("studio-listen-typed")}</option>
                {move || options.get().into_iter().filter(|o| !o.is_empty()).map(|option| {
                    let (chosen, value) = (option.clone(), option.clone());
                    view! { <option value=value selected=move || answer.get() == chosen>{option}</option> }
                }).collect_view()}
            </select>
            {at_fields(&["answer", "plays"])}
        </div>
    }
}

fn minimal_pair(lens: Lens) -> impl IntoView {
    let word = |second: bool| {
        let value = lens.read(move |item| match &item.exercise {
            Exercise::MinimalPair { words, .. } => Some(if second {
                words.1.clone()
            } else {
                words.0.clone()
            }),
            _ => None,
        });
        let set = lens.write(move |item, text: String| {
            if let Exercise::MinimalPair { words, answer } = &mut item.exercise {
                let slot = if second { &mut words.1 } else { &mut words.0 };
                if *answer == *slot {
                    answer.clone_from(&text);
                }
                *slot = text;
            }
        });
        (value, set)
    };
    let (first, set_first) = word(false);
    let (second, set_second) = word(true);
    let (answer, set_answer) = field!(lens, MinimalPair.answer);
    let mark = move |value: Signal<String>| {
        view! {
            <label class="choice">
                <input type="radio" name=lens.id("answer")
                    prop:checked=move || !value.get().is_empty() && answer.get() == value.get()
                    on:change=move |_| set_answer.run(value.get_untracked())/>
                <span>{tr("studio-right-answer")}</span>
            </label>
        }
    };
    view! {
        {text_field(lens.id("word-1"), tr("studio-word-1"), first, set_first, Some(Lang::Nb), 1)}
        {mark(first)}
        {text_field(lens.id("word-2"), tr("studio-word-2"), second, set_second, Some(Lang::Nb), 1)}
        {mark(second)}
        {at_fields(&["words", "answer"])}
    }
}

fn dialogue(lens: Lens) -> impl IntoView {
    let i18n = use_i18n();
    let (speakers, set_speakers) = field!(lens, Dialogue.speakers);
    let (turns, set_turns) = field!(lens, Dialogue.turns);
    let speaker_count = Memo::new(move |_| speakers.with(Vec::len));
    let speaker_rows = move || {
        (0..speaker_count.get())
            .map(|at| {
                let name = Signal::derive(move || speakers.with(|s| s.get(at).map(|s| s.name.clone()).unwrap_or_default()));
                let set_name = Callback::new(move |text: String| {
                    let mut list = speakers.get_untracked();
                    if let Some(speaker) = list.get_mut(at) {
                        speaker.name = text;
                    }
                    set_speakers.run(list);
                });
                let learner = move || speakers.with(|s| s.get(at).is_some_and(|s| s.learner));
                let set_learner = move |event| {
                    let mut list = speakers.get_untracked();
                    if let Some(speaker) = list.get_mut(at) {
                        speaker.learner = event_target_checked(&event);
                    }
                    set_speakers.run(list);
                };
                view! {
                    <li class="speaker-row">
                        {text_field(lens.id(&format!("speaker-{at}")), move || i18n.t_args("studio-speaker-n", &args([("n", (at + 1).into())])), name, set_name, Some(Lang::Nb), 1)}
                        <label class="choice">
                            <input type="checkbox" prop:checked=learner on:change=set_learner/>
                            <span>{tr("studio-speaker-learner")}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let add_speaker = move |_| {
        let mut list = speakers.get_untracked();
        let mut n = list.len() + 1;
        while list.iter().any(|s| s.id == format!("s{n}")) {
            n += 1;
        }
        list.push(Speaker {
            id: format!("s{n}"),
            name: String::new(),
            learner: false,
        });
        let at = list.len() - 1;
        set_speakers.run(list);
        focus_after_render(lens.id(&format!("speaker-{at}")));
    };
    let turn_count = Memo::new(move |_| turns.with(Vec::len));
    let turn_rows = move || {
        (0..turn_count.get())
            .map(|at| turn_row(lens, at, speakers, turns, set_turns))
            .collect_view()
    };
    let add_turn = move |_| {
        let mut list = turns.get_untracked();
        let speaker = speakers.with_untracked(|s| {
            // The other speaker than the last turn's, as conversations go;
            // the first turn is someone else's than the learner's.
            let next = match list.last() {
                Some(last) => s.iter().find(|s| s.id != last.speaker),
                None => s.iter().find(|s| !s.learner),
            };
            next.or(s.first()).map(|s| s.id.clone()).unwrap_or_default()
        });
        list.push(Turn {
            speaker,
            text: None,
            options: Vec::new(),
            answers: Vec::new(),
        });
        set_turns.run(list);
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr("studio-speakers")}</legend>
            <ol class="list-rows">{speaker_rows}</ol>
            {at_fields(&["speakers"])}
            <button type="button" class="button quiet" on:click=add_speaker>{tr("studio-add-speaker")}</button>
        </fieldset>
        <fieldset class="list-field">
            <legend>{tr("studio-turns")}</legend>
            <ol class="list-rows">{turn_rows}</ol>
            {at_fields(&["turns"])}
            <button type="button" class="button quiet" on:click=add_turn>{tr("studio-add-turn")}</button>
        </fieldset>
    }
}

/// One turn: who speaks, and what they say; the learner's turn has
/// replies to choose from, the right one marked and each wrong one's why.
fn turn_row(
    lens: Lens,
    at: usize,
    speakers: Signal<Vec<Speaker>>,
    turns: Signal<Vec<Turn>>,
    set_turns: Callback<Vec<Turn>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let change = move |edit: Box<dyn FnOnce(&mut Turn)>| {
        let mut list = turns.get_untracked();
        if let Some(turn) = list.get_mut(at) {
            edit(turn);
        }
        set_turns.run(list);
    };
    let speaker = Memo::new(move |_| {
        turns.with(|t| t.get(at).map(|t| t.speaker.clone()).unwrap_or_default())
    });
    let learners = Memo::new(move |_| {
        let id = speaker.get();
        speakers.with(|s| s.iter().any(|s| s.id == id && s.learner))
    });
    let text = Signal::derive(move || {
        turns.with(|t| t.get(at).and_then(|t| t.text.clone()).unwrap_or_default())
    });
    let set_text = Callback::new(move |value: String| {
        change(Box::new(move |turn| {
            turn.text = (!value.is_empty()).then_some(value)
        }));
    });
    let remove = move |_| remove_entry(turns, set_turns, at);
    let options = move || {
        let count = turns.with(|t| t.get(at).map_or(0, |t| t.options.len()));
        (0..count)
            .map(|n| {
                let reply = Signal::derive(move || {
                    turns.with(|t| t.get(at).and_then(|t| t.options.get(n)).map(|o| o.text.clone()).unwrap_or_default())
                });
                let set_reply = Callback::new(move |value: String| {
                    change(Box::new(move |turn| {
                        if let Some(option) = turn.options.get_mut(n) {
                            option.text = value;
                        }
                    }));
                });
                let correct = move || turns.with(|t| t.get(at).and_then(|t| t.options.get(n)).is_some_and(|o| o.correct));
                let why = Signal::derive(move || {
                    turns.with(|t| t.get(at).and_then(|t| t.options.get(n)).and_then(|o| o.why.clone()).unwrap_or_default())
                });
                let set_why = Callback::new(move |support: Support| {
                    change(Box::new(move |turn| {
                        if let Some(option) = turn.options.get_mut(n) {
                            option.why = some_text(support);
                        }
                    }));
                });
                view! {
                    <li class="option-row">
                        {text_field(lens.id(&format!("turns-{at}-options-{n}-text")), move || i18n.t_args("studio-reply-n", &args([("n", (n + 1).into())])), reply, set_reply, Some(Lang::Nb), 1)}
                        <label class="choice">
                            <input type="radio" name=lens.id(&format!("turn-{at}-right")) prop:checked=correct
                                on:change=move |_| change(Box::new(move |turn| {
                                    for (i, option) in turn.options.iter_mut().enumerate() {
                                        option.correct = i == n;
                                        if option.correct {
                                            option.why = None;
                                        }
                                    }
                                }))/>
                            <span>{tr("studio-right-answer")}</span>
                        </label>
                        {move || (!correct()).then(|| support_field(
                            lens.id(&format!("turns-{at}-options-{n}-why")),
                            move || i18n.t_args("studio-why-wrong", &args([("option", reply.get().into())])),
                            why, set_why, 1,
                        ))}
                    </li>
                }
            })
            .collect_view()
    };
    let option_count = Memo::new(move |_| turns.with(|t| t.get(at).map_or(0, |t| t.options.len())));
    let add_reply = move |_| {
        change(Box::new(|turn| {
            turn.options.push(TurnOption {
                text: String::new(),
                correct: turn.options.is_empty(),
                why: None,
            });
        }));
    };
    view! {
        <li class="turn-row">
            <div class="field">
                <label for=lens.id(&format!("turn-{at}-speaker"))>
                    {move || i18n.t_args("studio-turn-n", &args([("n", (at + 1).into())]))}
                </label>
                <select id=lens.id(&format!("turn-{at}-speaker")) on:change=move |event| {
                    let chosen = event_target_value(&event);
                    change(Box::new(move |turn| turn.speaker = chosen));
                }>
                    {move || speakers.get().into_iter().map(|s| {
                        let id = s.id.clone();
                        let name = if s.name.is_empty() { s.id.clone() } else { s.name.clone() };
                        view! { <option value=s.id.clone() selected=move || speaker.get() == id>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            {move || if learners.get() {
                let _ = option_count.get();
                view! {
                    <ol class="list-rows">{options}</ol>
                    <button type="button" class="button quiet" on:click=add_reply>{tr("studio-add-reply")}</button>
                }.into_any()
            } else {
                text_field(lens.id(&format!("turns-{at}-text")), tr("studio-turn-text"), text, set_text, Some(Lang::Nb), 2).into_any()
            }}
            <button type="button" class="button quiet" on:click=remove>{tr("studio-remove-turn")}</button>
        </li>
    }
}

fn message(lens: Lens) -> impl IntoView {
    let i18n = use_i18n();
    let (task, set_task) = field!(lens, Message.task);
    let (model, set_model) = field!(lens, Message.model);
    let (checklist, set_checklist) = field!(lens, Message.checklist);
    let count = Memo::new(move |_| checklist.with(Vec::len));
    let rows = move || {
        (0..count.get())
            .map(|at| {
                let value = Signal::derive(move || checklist.with(|c| c.get(at).cloned().unwrap_or_default()));
                let set = Callback::new(move |support: Support| {
                    let mut list = checklist.get_untracked();
                    if let Some(slot) = list.get_mut(at) {
                        *slot = support;
                    }
                    set_checklist.run(list);
                });
                let remove = move |_| remove_entry(checklist, set_checklist, at);
                view! {
                    <li>
                        {support_field(lens.id(&format!("checklist-{at}")), move || i18n.t_args("studio-check-n", &args([("n", (at + 1).into())])), value, set, 1)}
                        <button type="button" class="button quiet" on:click=remove>{tr("studio-remove")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let mut list = checklist.get_untracked();
        list.push(Support::default());
        set_checklist.run(list);
    };
    view! {
        {support_field(lens.id("task"), tr("studio-task"), task, set_task, 3)}
        {text_field(lens.id("model"), tr("studio-model"), model, set_model, Some(Lang::Nb), 5)}
        <fieldset class="list-field">
            <legend>{tr("studio-checklist")}</legend>
            <ol class="list-rows">{rows}</ol>
            {at_fields(&["checklist"])}
            <button type="button" class="button quiet" on:click=add>{tr("studio-add-check")}</button>
        </fieldset>
    }
}

fn culture(lens: Lens) -> impl IntoView {
    let (title, set_title) = field!(lens, Culture.title);
    let (text, set_text) = field!(lens, Culture.text);
    view! {
        {support_field(lens.id("title"), tr("studio-culture-title"), title, set_title, 1)}
        {support_field(lens.id("text"), tr("studio-culture-text"), text, set_text, 5)}
    }
}
