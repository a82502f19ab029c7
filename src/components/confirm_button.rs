//! A button for what cannot be undone: it asks first.

use leptos::prelude::*;

use crate::components::alert::Alert;
use crate::i18n::tr;

/// A button that acts only once the user confirms. Pressed, it gives way
/// to the question with a button that acts and one that goes back; if the
/// act fails, what went wrong is said below the button.
#[component]
pub fn ConfirmButton(
    /// The message id of the first button.
    label: &'static str,
    /// Words after the label for screen readers only, such as whose data
    /// the button removes.
    #[prop(optional, into)]
    detail: MaybeProp<String>,
    /// What will happen, in an alert box above the two buttons; without
    /// it the two buttons stand alone (in a table cell, say).
    #[prop(optional, into)]
    question: Option<ViewFn>,
    /// The `data-testid` of the question's box.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// The message id of the button that acts.
    confirm: &'static str,
    /// The message id of the button that goes back.
    #[prop(default = "reset-cancel")]
    cancel: &'static str,
    /// The act, once confirmed; an error is the message id of what went
    /// wrong.
    #[prop(into)]
    action: Callback<(), Result<(), &'static str>>,
) -> impl IntoView {
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
            return view! {
                <button type="button" class="button quiet" on:click=move |_| asking.set(true)>
                    {tr(label)}
                    {move || detail.get().map(|detail| view! { <span class="visually-hidden">": " {detail}</span> })}
                </button>
                <Alert message=failed/>
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
