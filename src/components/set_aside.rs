//! Stored values that could not be read and were set aside: each is named
//! and explained, and its text offered as a file. On every screen of the
//! app and of the sharing page.

use leptos::prelude::*;

use crate::i18n::{args, tr, use_i18n};
use crate::platform::file;
use crate::platform::storage::{self, Guarded, SetAside, Unreadable};

pub fn set_aside_notices() -> impl IntoView {
    let changed = Trigger::new();
    storage::on_set_aside(move || changed.notify());
    move || {
        changed.track();
        storage::set_aside().into_iter().map(notice).collect_view()
    }
}

fn notice(set_aside: SetAside) -> impl IntoView {
    let i18n = use_i18n();
    let value = set_aside.value;
    let why = match (value, set_aside.reason) {
        (Guarded::Progress, Unreadable::Newer(_)) => i18n.t("progress-newer"),
        _ => i18n.t_args(
            "set-aside-damaged",
            &args([("what", i18n.t(value.message_id()).into())]),
        ),
    };
    let kept = set_aside.kept_as.is_some();
    let raw = StoredValue::new(set_aside.raw);
    let download = move |_| {
        let name = ["bransjenorsk-unreadable-", value.key().pattern(), ".txt"].concat();
        raw.with_value(|raw| file::download_as(&name, "text/plain", raw))
            .ok();
    };
    view! {
        <div class="alert" role="alert" data-testid=["set-aside-", value.key().pattern()].concat()>
            <p>{why} " " {tr(if kept { "set-aside-kept" } else { "set-aside-not-kept" })}</p>
            <div class="actions">
                <button type="button" class="button" on:click=download>
                    {tr("set-aside-download")}
                </button>
                {kept.then(|| view! {
                    <button type="button" class="button quiet"
                        on:click=move |_| storage::dismiss_set_aside(value)>
                        {tr("progress-understood")}
                    </button>
                })}
            </div>
        </div>
    }
}
