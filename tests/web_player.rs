//! The practice player mounted in headless Chromium over a small pack,
//! each kind of item answered the way a learner would.
#![cfg(target_arch = "wasm32")]

use std::any::Any;

use bransjenorsk::components::player::{Deck, Player, Source};
use bransjenorsk::i18n::{install, provide_i18n};
use bransjenorsk::platform::storage;
use bransjenorsk::state::progress::provide_progress;
use bransjenorsk::state::sound::provide_sound;
use bransjenorsk_core::content::read_pack;
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::progress::{Progress, stored};
use bransjenorsk_core::storage::StoreKey;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const HEAD: &str = r#"schema = 1
[pack]
id = "test-player"
version = "1.0.0"
sector = "helse"
level = "A2"
authors = ["Bransjenorsk"]
licence = "CC-BY-SA-4.0"
title = { nb = "Morgenstell", uk = "Ранковий догляд", en = "Morning care" }
description = { nb = "Alle oppgavetyper.", uk = "Усі типи вправ.", en = "Every kind of exercise." }
"#;

/// Ten items, one of each kind that is answered by tapping or typing.
const TEN_KINDS: &str = r#"
[[items]]
id = "kort"
kind = "flashcard"
front = "et håndkle"
back = { uk = "рушник", en = "towel" }

[[items]]
id = "velg"
kind = "choice"
question = "Hva tørker du deg med?"
options = ["et håndkle", "en tannbørste", "en kam"]
answer = "et håndkle"

[[items]]
id = "luke"
kind = "gap"
text = "I går ___ jeg beboeren med stellet."
options = ["hjelper", "hjalp", "hjulpet"]
answer = "hjalp"
why."hjelper" = { uk = "Слова «i går» означають «учора», тож потрібен минулий час: hjalp.", en = "«I går» is yesterday, so the past tense: hjalp." }
why."hjulpet" = { uk = "Форму «hjulpet» вживають після «har»: har hjulpet.", en = "«Hjulpet» follows «har»: har hjulpet." }

[[items]]
id = "fyll"
kind = "cloze"
text = "God ___! Har du sovet godt?"
answers = ["morgen"]

[[items]]
id = "oversett"
kind = "translate"
source = { uk = "Можна вам допомогти?", en = "Can I help you?" }
answers = ["Kan jeg hjelpe deg?"]

[[items]]
id = "ordne"
kind = "order"
tiles = ["I dag", "jobber", "jeg", "kveld"]
answer = ["I dag", "jobber", "jeg", "kveld"]

[[items]]
id = "par"
kind = "match"
pairs = [["et håndkle", "🧺"], ["en tannbørste", "зубна щітка"], ["Hei!", "Hallo!"]]

[[items]]
id = "lytt"
kind = "listening"
text = "Vil du ha kaffe?"
audio = "kaffe.ogg"
options = ["Vil du ha kaffe?", "Vil du ha vaffel?"]

[[items]]
id = "lyd"
kind = "minimal-pair"
words = ["syk", "sik"]
answer = "syk"
audio = "syk.ogg"

[[items]]
id = "samtale"
kind = "dialogue"
speakers = [
  { id = "kari", name = "Kari" },
  { id = "meg", name = "Du", learner = true },
]
turns = [
  { speaker = "kari", text = "Hvordan gikk stellet?" },
  { speaker = "meg", options = [
    { text = "Det gikk bra.", correct = true },
    { text = "Ja.", why = { uk = "Карі питає як.", en = "Kari asks how." } },
  ] },
  { speaker = "kari", text = "Hva spiste han?" },
  { speaker = "meg", answers = ["Han spiste brød."] },
]
"#;

/// The kinds that are written, spoken or read.
const THREE_KINDS: &str = r#"
[[items]]
id = "melding"
kind = "message"
task = { uk = "Напишіть медсестрі.", en = "Write to the nurse." }
model = "Hei! Beboeren på rom 4 har feber."
checklist = [{ uk = "Хто", en = "Who" }, { uk = "Що", en = "What" }]

[[items]]
id = "si"
kind = "speaking"
text = "God morgen!"

[[items]]
id = "kultur"
kind = "culture"
title = { uk = "Питайте", en = "Ask" }
text = { uk = "Спершу запитайте.", en = "Ask first." }
"#;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A view mounted for one test. Dropping it unmounts the view and removes
/// its container; a test that fails cannot drop it (a wasm panic does not
/// unwind), so mounting first removes whatever an earlier test left.
struct Mounted {
    container: HtmlElement,
    _handle: Box<dyn Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let left = document().query_selector_all("[data-test-mount]").unwrap();
    for i in 0..left.length() {
        if let Some(element) = left.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            element.remove();
        }
    }
    install(Lang::Nb, include_str!("../src/i18n/locales/nb.ftl").into());
    install(Lang::Uk, include_str!("../src/i18n/locales/uk.ftl").into());
    install(Lang::En, include_str!("../src/i18n/locales/en.ftl").into());
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    container.set_attribute("data-test-mount", "").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    Mounted {
        container,
        _handle: Box::new(handle),
    }
}

/// Lets the view react to what was done.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.container.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .first()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }

    /// Taps the enabled button among `selector` whose text is `text`.
    async fn tap_in(&self, selector: &str, text: &str) {
        let button = self
            .find(selector)
            .into_iter()
            .find(|b| {
                // Options start with their number key.
                let shown = b.text_content().unwrap_or_default();
                let shown = shown
                    .trim()
                    .trim_start_matches(|c: char| c.is_ascii_digit());
                shown == text && !b.has_attribute("disabled")
            })
            .unwrap_or_else(|| {
                panic!(
                    "no button {text:?} in {selector}; the screen says: {}",
                    self.container.text_content().unwrap_or_default()
                )
            });
        button.click();
        settle().await;
    }

    async fn tap(&self, text: &str) {
        self.tap_in("button", text).await;
    }

    /// Types into the field with this id, as the keyboard would.
    async fn type_in(&self, id: &str, text: &str) {
        let field = self.find(&format!("#{id}")).pop().expect("the field");
        if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
            input.set_value(text);
        } else {
            field.unchecked_ref::<HtmlTextAreaElement>().set_value(text);
        }
        let event = web_sys::Event::new_with_event_init_dict("input", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        })
        .unwrap();
        field.dispatch_event(&event).unwrap();
        settle().await;
    }

    /// The feedback says `verdict`; the learner goes on.
    async fn carry_on_after(&self, verdict: &str) {
        assert_eq!(self.text(".feedback .verdict"), verdict);
        self.tap_in(".feedback button", "Continue").await;
        assert!(self.find(".feedback").is_empty(), "the feedback closes");
    }

    fn heading(&self) -> String {
        self.text("#item-heading")
    }

    /// Goes on from the feedback, whatever its language.
    async fn go_on(&self) {
        self.find(".feedback button[data-enter]")
            .first()
            .expect("the feedback's button")
            .click();
        settle().await;
    }

    /// Every text shown whose `lang` is wrong, for a learner whose interface
    /// and support are Ukrainian: Cyrillic must be marked `uk`, and any other
    /// letters (the pack's Norwegian) `nb`, but for "English" offered as a
    /// language.
    fn wrongly_marked(&self) -> Vec<String> {
        let mut wrong = Vec::new();
        let mut nodes = vec![web_sys::Node::from(self.container.clone())];
        while let Some(node) = nodes.pop() {
            let children = node.child_nodes();
            nodes.extend((0..children.length()).filter_map(|i| children.item(i)));
            if node.node_type() != web_sys::Node::TEXT_NODE {
                continue;
            }
            let text = node.text_content().unwrap_or_default();
            let Some(lang) = Lang::of_letters(&text) else {
                continue;
            };
            // A language offered by its own name speaks that language.
            let lang = if text == Lang::En.own_name() {
                Lang::En
            } else {
                lang
            };
            let marked = node
                .parent_element()
                .and_then(|parent| parent.closest("[lang]").ok().flatten())
                .and_then(|element| element.get_attribute("lang"));
            if marked.as_deref() != Some(lang.code()) {
                wrong.push(format!("{text:?} marked {marked:?}"));
            }
        }
        wrong
    }

    fn assert_langs(&self, screen: &str) {
        let wrong = self.wrongly_marked();
        assert!(wrong.is_empty(), "{screen}: {wrong:?}");
    }

    /// On the item `screen`, checks the languages, taps `option`, checks
    /// them with the feedback, and goes on.
    async fn tap_checking_langs(&self, screen: &str, option: &str) {
        self.assert_langs(screen);
        self.tap(option).await;
        self.assert_langs(&format!("{screen} answered"));
        self.go_on().await;
    }

    /// The same for an answer typed and checked.
    async fn type_checking_langs(&self, screen: &str, answer: &str) {
        self.assert_langs(screen);
        self.type_in("typed-answer", answer).await;
        self.tap("Перевірити").await;
        self.assert_langs(&format!("{screen} answered"));
        self.go_on().await;
    }
}

fn player(items: &str) -> Mounted {
    player_at("A2", items, false)
}

/// A player over `items` in a pack of `level`; with `ukrainian`, the
/// learner's interface and support language are Ukrainian, else the
/// browser's.
fn player_at(level: &str, items: &str, ukrainian: bool) -> Mounted {
    storage::remove(StoreKey::Progress).unwrap();
    for key in [StoreKey::Lang, StoreKey::Support] {
        if ukrainian {
            storage::set(key, "uk").unwrap();
        } else {
            storage::remove(key).unwrap();
        }
    }
    let head = HEAD.replace(r#"level = "A2""#, &format!("level = {level:?}"));
    let pack = read_pack(&format!("{head}{items}")).expect("the test pack reads");
    mount(move || {
        provide_i18n();
        provide_progress();
        provide_sound();
        view! { <Player deck=Deck::pack(Source::new(pack, "packs/".into()), 0)/> }
    })
}

fn saved() -> Progress {
    let raw = storage::get_raw(StoreKey::Progress)
        .unwrap()
        .expect("progress is saved");
    stored::read(&raw).expect("saved progress reads")
}

#[wasm_bindgen_test]
async fn every_tapped_and_typed_kind_plays_to_the_summary() {
    let screen = player(TEN_KINDS);
    settle().await;
    assert_eq!(screen.text(".player-count"), "0 / 10");

    assert_eq!(screen.heading(), "Do you know what this means?");
    screen.tap("Show the meaning").await;
    assert!(screen.text(".card-back").contains("towel"));
    screen.tap("I know it").await;

    screen.tap("et håndkle").await;
    screen.carry_on_after("Correct!").await;

    // A wrong option shows the right one, and the item comes back.
    screen.tap("hjelper").await;
    assert!(screen.text(".feedback .expected").contains("hjalp"));
    assert_eq!(
        screen.text(".feedback .why-not"),
        "«I går» is yesterday, so the past tense: hjalp."
    );
    screen.carry_on_after("Not quite.").await;

    screen.type_in("typed-answer", "morgen").await;
    screen.tap("Check").await;
    screen.carry_on_after("Correct!").await;

    // The gap comes back after two others.
    screen.type_in("typed-answer", "kan jeg hjelpe deg").await;
    screen.tap("Check").await;
    screen.carry_on_after("Correct!").await;

    screen.tap("hjalp").await;
    screen.carry_on_after("Correct!").await;

    for tile in ["I dag", "jobber", "jeg", "kveld"] {
        screen.tap_in("div.tiles:not(.built) button", tile).await;
    }
    screen.tap("Check").await;
    screen.carry_on_after("Correct!").await;

    // Each tile speaks its own language: Norwegian, Ukrainian, or none.
    let langs: Vec<(String, Option<String>)> = screen
        .find("div.match button")
        .iter()
        .map(|tile| {
            (
                tile.text_content().unwrap_or_default(),
                tile.get_attribute("lang"),
            )
        })
        .collect();
    for (text, lang) in [
        ("et håndkle", Some("nb")),
        ("en tannbørste", Some("nb")),
        ("Hei!", Some("nb")),
        ("🧺", None),
        ("зубна щітка", Some("uk")),
        ("Hallo!", Some("nb")),
    ] {
        let found = langs.iter().find(|(tile, _)| tile.trim() == text);
        assert_eq!(found.map(|(_, lang)| lang.as_deref()), Some(lang), "{text}");
    }
    for (left, right) in [
        ("et håndkle", "🧺"),
        ("en tannbørste", "зубна щітка"),
        ("Hei!", "Hallo!"),
    ] {
        screen.tap(left).await;
        screen.tap(right).await;
    }
    screen.carry_on_after("Correct!").await;

    screen.tap("Vil du ha kaffe?").await;
    screen.carry_on_after("Correct!").await;

    screen.tap("syk").await;
    screen.carry_on_after("Correct!").await;

    screen.tap("Det gikk bra.").await;
    screen.type_in("turn-answer", "Han spiste brød").await;
    screen.tap("Check").await;
    screen.carry_on_after("Correct!").await;

    assert_eq!(screen.heading(), "Session complete");
    assert!(
        screen
            .text(".summary")
            .contains("Right on the first try: 9 of 10.")
    );
    assert!(
        screen
            .text(".review-list")
            .contains("I går ___ jeg beboeren")
    );
    let progress = saved();
    assert_eq!(progress.in_pack("test-player").count(), 10);
    let gap = progress.item("test-player", "luke").unwrap();
    assert_eq!((gap.seen, gap.right), (2, 1));
}

#[wasm_bindgen_test]
async fn a_message_is_compared_speaking_skipped_and_a_note_read() {
    let screen = player(THREE_KINDS);
    settle().await;
    assert_eq!(screen.text(".player-count"), "0 / 3");

    screen
        .type_in("message-text", "Hei, beboeren på rom 4 har feber.")
        .await;
    screen.tap("Compare with a model answer").await;
    for checkbox in screen.find(".checklist input[type=checkbox]") {
        checkbox.click();
    }
    settle().await;
    screen.tap("Continue").await;

    // Skipped: not counted, not saved.
    screen.tap("Skip this exercise").await;
    assert_eq!(screen.text(".player-count"), "1 / 2");

    screen.tap("Continue").await;
    assert_eq!(screen.heading(), "Everything right. Well done!");
    assert!(screen.text(".summary").contains("Notes read: 1"));
    let progress = saved();
    assert!(progress.item("test-player", "melding").is_some());
    assert!(progress.item("test-player", "kultur").is_some());
    assert!(progress.item("test-player", "si").is_none());
}

/// A1–A2 in Ukrainian: every kind's Norwegian is marked `nb` and every
/// Ukrainian text `uk`, before and after answering, for screen readers.
#[wasm_bindgen_test]
async fn every_kind_marks_the_language_of_each_text() {
    let screen = player_in_ukrainian("A2", TEN_KINDS);
    settle().await;

    screen.assert_langs("flashcard");
    screen.tap("Показати значення").await;
    screen.assert_langs("flashcard turned");
    screen.tap("Знаю").await;

    screen.tap_checking_langs("choice", "et håndkle").await;
    // A wrong answer, so the feedback shows the right one.
    screen.tap_checking_langs("gap", "hjelper").await;
    screen.type_checking_langs("cloze", "morgen").await;
    screen
        .type_checking_langs("translate", "Kan jeg hjelpe deg")
        .await;

    screen.tap("hjalp").await;
    screen.go_on().await;

    screen.assert_langs("order");
    for tile in ["I dag", "jobber"] {
        screen.tap_in("div.tiles:not(.built) button", tile).await;
    }
    screen.assert_langs("order half built");
    for tile in ["jeg", "kveld"] {
        screen.tap_in("div.tiles:not(.built) button", tile).await;
    }
    screen.tap("Перевірити").await;
    screen.assert_langs("order answered");
    screen.go_on().await;

    screen.assert_langs("match");
    for (left, right) in [
        ("et håndkle", "🧺"),
        ("en tannbørste", "зубна щітка"),
        ("Hei!", "Hallo!"),
    ] {
        screen.tap(left).await;
        screen.tap(right).await;
    }
    screen.assert_langs("match answered");
    screen.go_on().await;

    screen
        .tap_checking_langs("listening", "Vil du ha kaffe?")
        .await;
    screen.tap_checking_langs("minimal pair", "syk").await;

    screen.assert_langs("dialogue");
    screen.tap("Ja.").await;
    screen.assert_langs("dialogue, a wrong turn and why");
    screen.tap("Det gikk bra.").await;
    screen.type_in("turn-answer", "Han spiste brød").await;
    screen.tap("Перевірити").await;
    screen.assert_langs("dialogue answered");
    screen.go_on().await;

    screen.assert_langs("summary");
    drop(screen);

    let screen = player_in_ukrainian("A2", THREE_KINDS);
    settle().await;
    screen.assert_langs("message");
    screen
        .type_in("message-text", "Hei, beboeren på rom 4 har feber.")
        .await;
    screen.tap("Порівняти зі зразком").await;
    screen.assert_langs("message compared");
    screen.tap("Далі").await;
    screen.assert_langs("speaking");
    screen.tap("Пропустити вправу").await;
    screen.assert_langs("culture");
    screen.tap("Далі").await;
    screen.assert_langs("summary");
}

/// B1 in Ukrainian: Norwegian help, and its translation marked `uk`.
#[wasm_bindgen_test]
async fn a_translation_is_marked_in_its_language() {
    let screen = player_in_ukrainian("B1", B1_HELP);
    settle().await;
    screen.assert_langs("choice at B1");
    screen.tap("Показати переклад").await;
    assert_eq!(
        screen.text(".translation > p"),
        "Виберіть правильну відповідь."
    );
    screen.assert_langs("the instruction's translation");
    screen.tap("Ja.").await;
    for button in screen.find(".feedback .translation > button") {
        button.click();
    }
    settle().await;
    assert_eq!(screen.text(".feedback .translation > p"), "Карі питає як.");
    screen.assert_langs("the feedback's translation");
}

/// Items with help in Norwegian and its translations, for B1.
const B1_HELP: &str = r#"
[[items]]
id = "svar"
kind = "choice"
question = "Hvordan gikk stellet?"
options = ["Det gikk bra.", "Ja."]
answer = "Det gikk bra."
feedback = { nb = "Kari spør hvordan.", uk = "Карі питає як.", en = "Kari asks how." }
"#;

/// A player whose interface and support language are Ukrainian.
fn player_in_ukrainian(level: &str, items: &str) -> Mounted {
    player_at(level, items, true)
}
