//! "Show translation" (B1): a text in the learner's support language on
//! request, and the choice of that language where it is shown.

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::content::Support;
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::support::{Help, TRANSLATION_LANGS, translation_lang};

/// The translation of a pack's text, where the level offers one.
pub fn translation_of(help: Help, text: &Support) -> Option<impl IntoView + use<>> {
    help.translation?;
    let text = text.clone();
    translated(move |lang| text.get(lang).map(str::to_owned))
}

/// A text's translation behind a button, in the support language; where
/// the text has both, the learner can switch to the other, which becomes
/// their support language. `None` if the text has no translation.
pub fn translated(
    text: impl Fn(Lang) -> Option<String> + Clone + Send + Sync + 'static,
) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let offered: Vec<Lang> = TRANSLATION_LANGS
        .into_iter()
        .filter(|lang| untrack(|| text(*lang)).is_some())
        .collect();
    if offered.is_empty() {
        return None;
    }
    let offered = StoredValue::new(offered);
    let lang = Memo::new(move |_| {
        let support = i18n.support();
        offered.with_value(|offered| translation_lang(support, |lang| offered.contains(&lang)))
    });
    let shown = RwSignal::new(false);
    // Built once when opened: switching the language changes the text,
    // not the buttons, so focus stays on the one pressed.
    let body = move || {
        let text = text.clone();
        let choice = offered.with_value(|offered| offered.len() > 1).then(|| {
            view! {
                <div class="translation-langs" role="group" aria-label=tr("play-translation-into")>
                    {offered.get_value().into_iter().map(|option| view! {
                        <button type="button" class="link-button" lang=option.code()
                            aria-pressed=move || (lang.get() == Some(option)).to_string()
                            on:click=move |_| i18n.set_support(Some(option))>
                            {option.own_name()}
                        </button>
                    }).collect_view()}
                </div>
            }
        });
        view! {
            <p lang=move || lang.get().map(Lang::code)>
                {move || lang.get().and_then(&text)}
            </p>
            {choice}
        }
    };
    Some(view! {
        <div class="translation">
            <button type="button" class="link-button" aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)>
                {tr("play-show-translation")}
            </button>
            {move || shown.get().then(body.clone())}
        </div>
    })
}
