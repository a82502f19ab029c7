//! Importing a word list the teacher already has (a spreadsheet saved as
//! CSV or TSV, a Quizlet set or Anki notes exported as text): its columns
//! mapped, what it makes shown before it is added, and every row left out
//! listed with its line and why.

use leptos::prelude::*;

use super::editor::Editing;
use crate::components::file_choice::file_choice;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::file;
use bransjenorsk_core::studio::import::{
    Column, Imported, MAX_ROWS, Mapping, RowProblem, Table, TableError, guess_mapping, import,
    read_table,
};

/// The largest list file read: 2,000 rows of long cells.
const MAX_LIST_BYTES: u64 = 2 * 1024 * 1024;

const COLUMNS: [(Column, &str); 5] = [
    (Column::Norwegian, "studio-column-norwegian"),
    (Column::Ukrainian, "studio-column-ukrainian"),
    (Column::English, "studio-column-english"),
    (Column::Example, "studio-column-example"),
    (Column::Ignored, "studio-column-ignored"),
];

fn column_label(column: Column) -> &'static str {
    COLUMNS
        .iter()
        .find(|(c, _)| *c == column)
        .map_or("studio-column-ignored", |(_, label)| label)
}

pub fn import_list(editing: Editing, done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let unread = RwSignal::new(None::<&'static str>);
    let table =
        Memo::new(move |_| text.with(|text| (!text.trim().is_empty()).then(|| read_table(text))));
    let mapping = RwSignal::new(None::<Mapping>);
    // A new list gets a new guess, which the teacher corrects.
    Effect::new(move |_| {
        let guess = table.with(|table| match table {
            Some(Ok(table)) => Some(guess_mapping(table)),
            _ => None,
        });
        mapping.set(guess);
    });
    let made = Memo::new(move |_| {
        let mapping = mapping.get()?;
        let level = editing.draft.with(|d| d.pack.pack.level);
        let taken = editing.draft.with(|d| d.taken_ids());
        table.with(|table| match table {
            Some(Ok(table)) => Some(import(table, &mapping, level, &taken)),
            _ => None,
        })
    });
    let on_read = move |read: Result<Vec<u8>, file::Unreadable>| {
        unread.set(None);
        match read.map(String::from_utf8) {
            Ok(Ok(read)) => text.set(read),
            Ok(Err(_)) => unread.set(Some("studio-list-not-text")),
            Err(file::Unreadable::TooLarge { .. }) => unread.set(Some("studio-list-too-large")),
            Err(file::Unreadable::Withheld) => unread.set(Some("check-not-read")),
        }
    };
    let add = move |_| {
        let Some(imported) = made.get_untracked() else {
            return;
        };
        editing.draft.update(|d| d.add_imported(imported));
        text.set(String::new());
        done.run(());
    };
    let table_problem = move || {
        table.with(|table| match table {
            Some(Err(TableError::Empty)) => Some(i18n.t("studio-list-empty")),
            Some(Err(TableError::TooManyRows)) => {
                Some(i18n.t_args("studio-list-too-long", &args([("max", MAX_ROWS.into())])))
            }
            Some(Err(TableError::Unreadable)) => Some(i18n.t("studio-list-unreadable")),
            _ => None,
        })
    };
    view! {
        <section aria-labelledby="import-heading" class="studio-part">
            <h2 id="import-heading">{tr("studio-part-import")}</h2>
            <p>{tr("studio-import-intro")}</p>
            {file_choice("studio-import-choose", ".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain", MAX_LIST_BYTES, None, Callback::new(on_read))}
            <div class="field">
                <label for="import-text">{tr("studio-import-paste")}</label>
                <textarea id="import-text" rows="6" spellcheck="false" prop:value=text
                    on:input=move |event| text.set(event_target_value(&event))></textarea>
            </div>
            {move || unread.get().map(|id| view! { <p class="alert" role="alert">{tr(id)}</p> })}
            {move || table_problem().map(|message| view! { <p class="alert" role="alert">{message}</p> })}
            {move || table.with(|t| matches!(t, Some(Ok(_)))).then(|| untrack(|| mapping_form(table, mapping)))}
            {move || made.get().map(|made| outcome(made, add))}
        </section>
    }
}

/// A select per column, what it holds; and whether the first row names
/// the columns.
fn mapping_form(
    table: Memo<Option<Result<Table, TableError>>>,
    mapping: RwSignal<Option<Mapping>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let width = Memo::new(move |_| mapping.with(|m| m.as_ref().map_or(0, |m| m.columns.len())));
    let first_cell = move |at: usize| {
        table.with(|t| match t {
            Some(Ok(table)) => table
                .rows
                .first()
                .and_then(|row| row.cells.get(at))
                .cloned()
                .unwrap_or_default(),
            _ => String::new(),
        })
    };
    let columns = move || {
        (0..width.get())
            .map(|at| {
                let id = format!("import-column-{at}");
                let sample = first_cell(at);
                let current = move || mapping.with(|m| m.as_ref().and_then(|m| m.columns.get(at).copied()));
                view! {
                    <div class="field">
                        <label for=id.clone()>
                            {move || i18n.t_args("studio-column-n", &args([("n", (at + 1).into()), ("first", sample.clone().into())]))}
                        </label>
                        <select id=id on:change=move |event| {
                            let chosen = event_target_value(&event);
                            if let Some(&(column, _)) = COLUMNS.iter().find(|(_, label)| *label == chosen) {
                                mapping.update(|m| if let Some(m) = m && let Some(slot) = m.columns.get_mut(at) { *slot = column });
                            }
                        }>
                            {COLUMNS.map(|(column, label)| view! {
                                <option value=label selected=move || current() == Some(column)>{tr(label)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            })
            .collect_view()
    };
    let header = move || mapping.with(|m| m.as_ref().is_some_and(|m| m.header));
    view! {
        <fieldset class="import-mapping" data-testid="import-mapping">
            <legend>{tr("studio-import-columns")}</legend>
            {columns}
            <label class="choice">
                <input type="checkbox" prop:checked=header on:change=move |event| {
                    let on = event_target_checked(&event);
                    mapping.update(|m| if let Some(m) = m { m.header = on });
                }/>
                <span>{tr("studio-import-header")}</span>
            </label>
        </fieldset>
    }
}

/// What the list makes, the first words of it, and the rows left out.
fn outcome(made: Imported, add: impl Fn(leptos::ev::MouseEvent) + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let (words, items) = (made.words.len(), made.items.len());
    let sample = made
        .words
        .iter()
        .take(5)
        .map(|word| {
            view! {
                <tr>
                    <td lang="nb">{word.lemma.clone()}</td>
                    <td lang="uk">{word.gloss.uk.clone()}</td>
                    <td lang="en">{word.gloss.en.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let left_out = made.left_out.len();
    let rows = made
        .left_out
        .into_iter()
        .map(|row| {
            let (id, extra) = match row.problem {
                RowProblem::NoNorwegian => ("studio-row-no-norwegian", String::new()),
                RowProblem::NoMeaning => ("studio-row-no-meaning", String::new()),
                RowProblem::Twice { first } => ("studio-row-twice", first.to_string()),
                RowProblem::BadCell(column) => ("studio-row-bad-cell", i18n.t(column_label(column))),
            };
            let line = row.line;
            view! {
                <li>{move || i18n.t_args(id, &args([("line", line.into()), ("first", extra.clone().into()), ("column", extra.clone().into())]))}</li>
            }
        })
        .collect_view();
    view! {
        <div class="import-preview" data-testid="import-preview">
            <p>{move || i18n.t_args("studio-import-makes", &args([("words", words.into()), ("items", items.into())]))}</p>
            <div>
                <table class="import-sample">
                    <thead><tr>
                        <th scope="col">{tr("studio-column-norwegian")}</th>
                        <th scope="col">{tr("studio-column-ukrainian")}</th>
                        <th scope="col">{tr("studio-column-english")}</th>
                    </tr></thead>
                    <tbody>{sample}</tbody>
                </table>
            </div>
            {(left_out > 0).then(|| view! {
                <div class="alert" data-testid="import-left-out">
                    <p>{tr_count("studio-import-left-out", left_out)}</p>
                    <ul>{rows}</ul>
                </div>
            })}
            <button type="button" class="button primary" on:click=add disabled=words == 0>
                {tr("studio-import-add")}
            </button>
        </div>
    }
}
