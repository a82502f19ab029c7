//! Components mounted in headless Chromium, driven as a user would.
#![cfg(target_arch = "wasm32")]

use bransjenorsk::components::alert::alert;
use bransjenorsk::components::confirm_button::{Confirm, confirm_button};
use bransjenorsk::components::file_choice::file_choice;
use bransjenorsk::components::language_picker::{LanguageChoice, LanguageSelect};
use bransjenorsk::i18n::{install, provide_i18n, tr, use_i18n};
use bransjenorsk::platform::file::Unreadable;
use bransjenorsk::platform::storage::{self, StoreKey};
use bransjenorsk_core::lang::Lang;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts `view` into a fresh container and returns the container. The
/// app downloads its languages; here they come from the source tree.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    install(Lang::Nb, include_str!("../src/i18n/locales/nb.ftl").into());
    install(Lang::Uk, include_str!("../src/i18n/locales/uk.ftl").into());
    install(Lang::En, include_str!("../src/i18n/locales/en.ftl").into());
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    // Keep the component alive for the rest of the test.
    std::mem::forget(handle);
    container
}

#[component]
fn Probe() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="probe">{move || i18n.t("nav-settings")}</p> }
}

/// The element `selector` finds in `container`, to click or read.
fn element(container: &HtmlElement, selector: &str) -> HtmlElement {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn text_of(container: &HtmlElement, selector: &str) -> String {
    element(container, selector)
        .text_content()
        .unwrap_or_default()
}

fn html_lang() -> String {
    document()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn choosing_a_language_switches_the_text_and_is_remembered() {
    storage::remove(StoreKey::Lang).unwrap();
    let container = mount(|| {
        provide_i18n();
        view! { <LanguageChoice/> <Probe/> }
    });
    leptos::task::tick().await;
    // The test browser asks for English.
    assert_eq!(text_of(&container, ".probe"), "Settings");
    assert_eq!(html_lang(), "en");

    let ukrainian: HtmlElement = container
        .query_selector("input[value=uk]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    ukrainian.click();
    leptos::task::tick().await;
    leptos::task::tick().await;

    assert_eq!(text_of(&container, ".probe"), "Налаштування");
    assert_eq!(text_of(&container, "legend"), "Мова застосунку");
    assert_eq!(html_lang(), "uk");
    assert_eq!(
        storage::get_raw(StoreKey::Lang).unwrap().as_deref(),
        Some("\"uk\"")
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn the_drop_down_starts_from_the_stored_choice() {
    storage::set(StoreKey::Lang, "nb").unwrap();
    let container = mount(|| {
        provide_i18n();
        view! { <LanguageSelect/> <Probe/> }
    });
    leptos::task::tick().await;
    let select: HtmlSelectElement = container
        .query_selector("select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.value(), "nb");
    assert_eq!(text_of(&container, ".probe"), "Innstillinger");
    assert_eq!(html_lang(), "nb");

    select.set_value("en");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(text_of(&container, ".probe"), "Settings");
    assert_eq!(
        storage::get_raw(StoreKey::Lang).unwrap().as_deref(),
        Some("\"en\"")
    );
    storage::remove(StoreKey::Lang).unwrap();
    container.remove();
}

fn has(container: &HtmlElement, selector: &str) -> bool {
    container.query_selector(selector).unwrap().is_some()
}

#[wasm_bindgen_test]
async fn the_confirm_button_asks_first_and_acts_only_when_confirmed() {
    storage::remove(StoreKey::Lang).unwrap();
    let acted = RwSignal::new(0);
    let container = mount(move || {
        provide_i18n();
        confirm_button(
            Confirm {
                question: Some(ViewFn::from(
                    || view! { <p class="question">{tr("reset-cannot-undo")}</p> },
                )),
                testid: Some("reset-confirm"),
                ..Confirm::new("reset-start", "reset-confirm")
            },
            Callback::new(move |()| {
                acted.update(|n| *n += 1);
                Ok(())
            }),
        )
    });
    leptos::task::tick().await;
    assert_eq!(text_of(&container, "button"), "Delete all progress …");
    assert!(!has(&container, "[role=alert]"));

    element(&container, "button").click();
    leptos::task::tick().await;
    let asking = element(&container, "[data-testid=reset-confirm]");
    assert_eq!(asking.get_attribute("role").as_deref(), Some("alert"));
    assert!(text_of(&asking, ".question").starts_with("This cannot be undone."));
    assert_eq!(text_of(&asking, "button.danger"), "Delete my progress");
    assert_eq!(text_of(&asking, "button.quiet"), "Cancel");

    element(&container, "button.quiet").click();
    leptos::task::tick().await;
    assert!(!has(&container, "[data-testid=reset-confirm]"));
    assert_eq!(acted.get_untracked(), 0, "cancel does nothing");

    element(&container, "button").click();
    leptos::task::tick().await;
    element(&container, "button.danger").click();
    leptos::task::tick().await;
    assert_eq!(acted.get_untracked(), 1);
    assert!(!has(&container, "[data-testid=reset-confirm]"));
    assert!(!has(&container, "[role=alert]"));
    assert_eq!(text_of(&container, "button"), "Delete all progress …");
    container.remove();
}

#[wasm_bindgen_test]
async fn the_confirm_button_without_a_question_names_whom_and_says_what_failed() {
    storage::remove(StoreKey::Lang).unwrap();
    let container = mount(|| {
        provide_i18n();
        confirm_button(
            Confirm {
                detail: Some("Olena".into()),
                ..Confirm::new("mentor-remove-learner", "mentor-remove-confirm")
            },
            Callback::new(|()| Err("share-not-downloaded")),
        )
    });
    leptos::task::tick().await;
    assert_eq!(
        text_of(&container, "button"),
        "Remove the learner’s data: Olena"
    );
    assert_eq!(text_of(&container, "button .visually-hidden"), ": Olena");

    element(&container, "button").click();
    leptos::task::tick().await;
    // The two buttons stand alone, as in a table cell.
    assert!(!has(&container, "div.alert"));
    assert_eq!(
        text_of(&container, "button.danger"),
        "Remove all their reports"
    );

    element(&container, "button.danger").click();
    leptos::task::tick().await;
    assert_eq!(
        text_of(&container, "p.alert[role=alert]"),
        "The file could not be saved. Copy the link instead."
    );
    assert!(!has(&container, "button.danger"));
    container.remove();
}

#[wasm_bindgen_test]
async fn the_alert_shows_and_hides_with_its_message() {
    storage::remove(StoreKey::Lang).unwrap();
    let message = RwSignal::new(None::<&'static str>);
    let container = mount(move || {
        provide_i18n();
        alert(move || message.get())
    });
    leptos::task::tick().await;
    assert!(!has(&container, "[role=alert]"));

    message.set(Some("share-not-downloaded"));
    leptos::task::tick().await;
    assert_eq!(
        text_of(&container, "p.alert[role=alert]"),
        "The file could not be saved. Copy the link instead."
    );

    message.set(None);
    leptos::task::tick().await;
    assert!(!has(&container, "[role=alert]"));
    container.remove();
}

/// Chooses a file holding `text` in `input`, as a person would.
fn choose_file(input: &HtmlInputElement, text: &str) {
    let choose = js_sys::Function::new_with_args(
        "input, text",
        "const files = new DataTransfer();
         files.items.add(new File([text], 'chosen.txt', { type: 'text/plain' }));
         input.files = files.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    choose
        .call2(&JsValue::NULL, input, &JsValue::from_str(text))
        .unwrap();
}

/// Waits `ms` milliseconds, letting the browser read files.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_file_choice_is_labelled_and_hands_on_the_chosen_bytes_or_says_too_large() {
    storage::remove(StoreKey::Lang).unwrap();
    let chosen = RwSignal::new(0);
    let read = RwSignal::new(None::<Result<Vec<u8>, Unreadable>>);
    let container = mount(move || {
        provide_i18n();
        file_choice(
            "check-choose",
            ".toml,text/plain",
            16,
            Some(Callback::new(move |()| chosen.update(|n| *n += 1))),
            Callback::new(move |bytes| read.set(Some(bytes))),
        )
    });
    leptos::task::tick().await;
    assert_eq!(text_of(&container, "label.file-choice > span"), "Pack file");
    let input: HtmlInputElement = element(&container, "label.file-choice input").unchecked_into();
    assert_eq!(input.type_(), "file");
    assert_eq!(input.accept(), ".toml,text/plain");

    choose_file(&input, "id = \"pakke\"");
    assert_eq!(chosen.get_untracked(), 1, "told at once");
    for _ in 0..100 {
        if read.with_untracked(Option::is_some) {
            break;
        }
        sleep(10).await;
    }
    assert_eq!(read.get_untracked(), Some(Ok(b"id = \"pakke\"".to_vec())));

    // Over the limit, it is not read at all.
    read.set(None);
    choose_file(&input, "id = \"en lang pakke\"");
    for _ in 0..100 {
        if read.with_untracked(Option::is_some) {
            break;
        }
        sleep(10).await;
    }
    assert_eq!(
        read.get_untracked(),
        Some(Err(Unreadable::TooLarge {
            size: 20,
            limit: 16
        }))
    );
    container.remove();
}
