//! Sound in the browser: recordings through an audio element, and speech
//! with a synthesis voice. One thing plays at a time; starting another
//! stops it. Which voice and when is decided in `bransjenorsk_core::sound`
//! and kept by `state::sound`.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAudioElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

thread_local! {
    /// What is playing, to stop it when something else starts.
    static AUDIO: RefCell<Option<(HtmlAudioElement, Handler)>> = const { RefCell::new(None) };
    static SPEECH: RefCell<Option<(SpeechSynthesisUtterance, Handler)>> = const { RefCell::new(None) };
}

/// The browser's speech synthesis, where it has one.
pub fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Missing in some browsers and WebViews: the getter then throws or
    // returns undefined.
    let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    value.dyn_into().ok()
}

/// Plays an audio file the page made (the learner's own recording),
/// stopping whatever else plays.
pub fn play_file(url: &str, done: Done) {
    stop();
    play_recording(url, 1.0, done);
}

/// Stops whatever is playing; its `done` is told it did not finish.
pub fn stop() {
    if let Some((audio, handler)) = AUDIO.with_borrow_mut(Option::take) {
        audio.set_onended(None);
        audio.set_onerror(None);
        let _ = audio.pause();
        interrupt(&handler);
    }
    if let Some((utterance, handler)) = SPEECH.with_borrow_mut(Option::take) {
        // Cancelling fires an error event later; the handler is gone then.
        utterance.set_onend(None);
        utterance.set_onerror(None);
        interrupt(&handler);
    }
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// Runs an end-or-error handler as for an interruption.
fn interrupt(handler: &Handler) {
    let function: &js_sys::Function = handler.as_ref().unchecked_ref();
    let event = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&event, &"type".into(), &INTERRUPTED.into());
    let _ = function.call1(&JsValue::NULL, &event);
}

const INTERRUPTED: &str = "interrupted";

/// Speaks with `voice`, always setting the utterance's language: Chrome
/// on Android ignores the voice without it. The utterance is kept until
/// the next one: Chrome drops the end event of one that is collected.
pub fn speak(text: &str, voice: &SpeechSynthesisVoice, rate: f64, done: Done) {
    let (Some(synthesis), Ok(utterance)) =
        (synthesis(), SpeechSynthesisUtterance::new_with_text(text))
    else {
        done(Outcome::Failed);
        return;
    };
    utterance.set_lang(&voice.lang());
    utterance.set_voice(Some(voice));
    utterance.set_rate(rate as f32);
    let handler = handler(done);
    utterance.set_onend(Some(handler.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(handler.as_ref().unchecked_ref()));
    synthesis.speak(&utterance);
    SPEECH.with_borrow_mut(|current| *current = Some((utterance, handler)));
}

/// Plays the recording at `url`.
pub fn play_recording(url: &str, rate: f64, done: Done) {
    let Ok(audio) = HtmlAudioElement::new_with_src(url) else {
        done(Outcome::Failed);
        return;
    };
    // Browsers keep the pitch when slowing down (preservesPitch).
    audio.set_playback_rate(rate);
    let handler = handler(done);
    audio.set_onended(Some(handler.as_ref().unchecked_ref()));
    audio.set_onerror(Some(handler.as_ref().unchecked_ref()));
    // A refused play (autoplay rules, a file that cannot be had) rejects
    // the promise, and may fire the error event too: the handler runs once.
    if let Ok(promise) = audio.play() {
        let function: js_sys::Function = handler.as_ref().clone().unchecked_into();
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                let _ = function.call1(&JsValue::NULL, &JsValue::NULL);
            }
        });
    }
    AUDIO.with_borrow_mut(|current| *current = Some((audio, handler)));
}

/// How a sound ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Played to its end.
    Played,
    /// Could not be played (not loaded, refused, no voice).
    Failed,
    /// Stopped: something else started, or the learner left.
    Stopped,
}

/// Told how a sound ended.
pub type Done = Box<dyn FnOnce(Outcome)>;

/// The end and error handler of a sound: tells `done` once, on whichever
/// comes first, how it ended.
type Handler = Closure<dyn FnMut(JsValue)>;

fn handler(done: Done) -> Handler {
    let mut done = Some(done);
    Closure::new(move |event: JsValue| {
        let kind = js_sys::Reflect::get(&event, &"type".into())
            .ok()
            .and_then(|kind| kind.as_string())
            .unwrap_or_default();
        let outcome = match kind.as_str() {
            "end" | "ended" => Outcome::Played,
            INTERRUPTED => Outcome::Stopped,
            _ => Outcome::Failed,
        };
        // Told after the handler returns: `done` may start the next sound,
        // which stops (and drops) this one.
        if let Some(done) = done.take() {
            wasm_bindgen_futures::spawn_local(async move { done(outcome) });
        }
    })
}
