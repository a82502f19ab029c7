//! Choosing the interface language and the support language.

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};
use bransjenorsk_core::lang::Lang;

/// A drop-down of the interface languages, each named in itself.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |event| {
        if let Some(lang) = Lang::from_code(&event_target_value(&event)) {
            i18n.set_lang(lang);
        }
    };
    view! {
        <label class="language-select">
            <span class="visually-hidden">{tr("language-label")}</span>
            <select on:change=on_change data-testid="language-select">
                {Lang::ALL
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=move || i18n.lang() == lang>
                                {lang.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The interface languages as a list of radio buttons, for the settings.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="choice-list">
            <legend>{tr("settings-language")}</legend>
            {Lang::ALL
                .map(|lang| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="interface-language"
                                value=lang.code()
                                prop:checked=move || i18n.lang() == lang
                                on:change=move |_| i18n.set_lang(lang)
                            />
                            <span lang=lang.code()>{lang.own_name()}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The learner's support language, for the settings: Ukrainian, English
/// or Norwegian only.
#[component]
pub fn SupportChoice() -> impl IntoView {
    let i18n = use_i18n();
    let choices = [Some(Lang::Uk), Some(Lang::En), None];
    view! {
        <fieldset class="choice-list">
            <legend>{tr("settings-support")}</legend>
            <p class="fine-print">{tr("settings-support-intro")}</p>
            {choices
                .map(|choice| {
                    let (code, name) = match choice {
                        Some(lang) => (lang.code(), view! { <span lang=lang.code()>{lang.own_name()}</span> }.into_any()),
                        None => ("none", view! { <span>{tr("support-none")}</span> }.into_any()),
                    };
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="support-language"
                                value=code
                                prop:checked=move || i18n.support() == choice
                                on:change=move |_| i18n.set_support(choice)
                            />
                            {name}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
