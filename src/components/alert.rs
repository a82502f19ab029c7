//! A message that something went wrong, shown while there is one.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// An alert paragraph while `message` holds a message id; nothing while
/// it is `None`. Screen readers read it out as it appears.
pub fn alert(message: Signal<Option<&'static str>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        message
            .get()
            .map(|id| view! { <p class="alert" role="alert">{move || i18n.t(id)}</p> })
    }
}
