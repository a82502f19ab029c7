//! A button for what cannot be undone: it asks first.

use leptos::prelude::*;

use crate::components::alert::alert;
use crate::i18n::tr;

/// What a confirm button says.
pub struct Confirm {
    /// The message id of the first button.
    pub label: &'static str,
    /// The message id of the button that acts.
    pub confirm: &'static str,
    /// The message id of the button that goes back.
    pub cancel: &'static str,
    /// Words after the label for screen readers only, such as whose data
    /// the button removes.
    pub detail: Option<String>,
    /// What will happen, in an alert box above the two buttons; without
    /// it the two buttons stand alone (in a table cell, say).
    pub question: Option<ViewFn>,
    /// The `data-testid` of the question's box.
    pub testid: Option<&'static str>,
}

impl Confirm {
    /// A button labelled `label` whose `confirm` button acts.
    pub fn new(label: &'static str, confirm: &'static str) -> Confirm {
        Confirm {
            label,
            confirm,
            cancel: "reset-cancel",
            detail: None,
            question: None,
            testid: None,
        }
    }
}

/// A button that acts only once the user confirms. Pressed, it gives way
/// to the question with a button that acts and one that goes back; if the
/// act fails (`action` returns the message id of what went wrong), that
/// is said below the button.
pub fn confirm_button(
    confirm: Confirm,
    action: Callback<(), Result<(), &'static str>>,
) -> impl IntoView {
    let Confirm {
        label,
        confirm,
        cancel,
        detail,
        question,
        testid,
    } = confirm;
    let asking = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let act = move |_| {
        asking.set(false);
        failed.set(action.run(()).err());
    };
    let answers = move || {
        view! {
            <button type="button" class="button danger" on:click=act>{tr(confirm)}</button>
            <button type="button" class="button quiet" on:click=move |_| asking.set(false)>{tr(cancel)}</button>
        }
    };
    move || {
        if !asking.get() {
            let detail = detail
                .clone()
                .map(|detail| view! { <span class="visually-hidden">": " {detail}</span> });
            return view! {
                <button type="button" class="button quiet" on:click=move |_| asking.set(true)>
                    {tr(label)}
                    {detail}
                </button>
                {alert(move || failed.get())}
            }
            .into_any();
        }
        match &question {
            Some(question) => view! {
                <div class="alert" role="alert" data-testid=testid>
                    {question.run()}
                    <div class="actions">{answers()}</div>
                </div>
            }
            .into_any(),
            None => answers().into_any(),
        }
    }
}
