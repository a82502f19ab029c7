//! Norwegian text whose known words open their gloss when tapped.

use leptos::prelude::*;

use super::ItemContext;
use crate::components::say::Say;
use bransjenorsk_core::practice::gloss::Piece;

/// Norwegian text; at levels with glosses, each word from the pack's
/// vocabulary can be tapped to see what it means.
pub fn glossed(text: String, context: ItemContext) -> impl IntoView {
    let Some(lang) = context.help.glosses else {
        return view! { <span lang="nb">{text}</span> }.into_any();
    };
    let open = RwSignal::new(None::<usize>);
    let pieces = context.glossary.pieces(&text);
    let gloss = move || {
        let index = open.get()?;
        let entry = context.pack.vocabulary.get(index)?;
        let meaning = entry.gloss.get(lang)?.to_owned();
        let recording = context.file(entry.audio.as_deref());
        Some(view! {
            <span class="gloss-line">
                <span lang="nb">{entry.lemma.clone()}</span>
                <Say text=entry.lemma.clone() recording hide_silent=true/>
                " — "
                <span lang=lang.code()>{meaning}</span>
            </span>
        })
    };
    view! {
        <span class="glossed" lang="nb">
            {pieces.into_iter().map(|Piece { text, entry }| match entry {
                Some(entry) => view! {
                    <button type="button" class="word"
                        aria-expanded=move || (open.get() == Some(entry)).to_string()
                        on:click=move |_| open.update(|o| *o = if *o == Some(entry) { None } else { Some(entry) })>
                        {text}
                    </button>
                }.into_any(),
                None => text.into_any(),
            }).collect_view()}
        </span>
        <span class="gloss" aria-live="polite">{gloss}</span>
    }
    .into_any()
}
