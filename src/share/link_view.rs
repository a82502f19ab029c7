//! A link to hand on: its QR code to hold up to another phone, the link
//! itself, and share, copy and download.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{tr, use_i18n};
use crate::platform::{file, share};
use bransjenorsk_core::qr::{self, QUIET_ZONE};

/// `link`, as a QR code (unless `qr` is false) and as text, with ways to
/// send it; `file` names the text file it downloads as.
#[component]
pub fn ShareLink(link: String, file: String, #[prop(default = true)] qr: bool) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(None::<&'static str>);
    let code = qr.then(|| qr::draw(&link)).flatten().map(|drawn| {
        let side = drawn.size + 2 * QUIET_ZONE;
        let view_box = format!("{0} {0} {1} {1}", -QUIET_ZONE, side);
        view! {
            <svg class="qr" viewBox=view_box shape-rendering="crispEdges" role="img"
                aria-label=move || i18n.t("share-qr") data-testid="qr">
                <rect x=-QUIET_ZONE y=-QUIET_ZONE width=side height=side fill="#fff"/>
                <path d=drawn.path fill="#000"/>
            </svg>
        }
    });
    let link = StoredValue::new(link);
    let on_share = move |_| {
        spawn_local(async move {
            let text = i18n.t("share-text");
            if !share::share(&text, &link.get_value()).await {
                status.set(Some("share-not-shared"));
            }
        });
    };
    let on_copy = move |_| {
        spawn_local(async move {
            let copied = share::copy(&link.get_value()).await;
            status.set(Some(if copied {
                "share-copied"
            } else {
                "share-not-copied"
            }));
        });
    };
    let on_download = move |_| {
        let text = [link.get_value().as_str(), "\n"].concat();
        if file::download_as(&file, "text/plain", &text).is_err() {
            status.set(Some("share-not-downloaded"));
        }
    };
    view! {
        <div class="share-link">
            {code}
            <label class="field">
                <span>{tr("share-link")}</span>
                <textarea readonly rows="3" spellcheck="false" data-testid="link">{link.get_value()}</textarea>
            </label>
            <div class="actions">
                {share::can_share().then(|| view! {
                    <button type="button" class="button primary" on:click=on_share>{tr("share-share")}</button>
                })}
                <button type="button" class="button" on:click=on_copy>{tr("share-copy")}</button>
                <button type="button" class="button" on:click=on_download>{tr("share-download")}</button>
            </div>
            <p role="status">{move || status.get().map(|id| i18n.t(id))}</p>
        </div>
    }
}
