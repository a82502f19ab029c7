//! Sound shared by every screen: the learner's setting, the voice the
//! device has, and which control is playing. Playing itself is
//! `platform::sound`'s.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::SpeechSynthesisVoice;

use crate::platform::sound::{Done, Outcome, play_recording, speak, stop, synthesis};
use crate::platform::storage::{self, Guarded, StoreKey};
use bransjenorsk_core::sound::{
    Heard, Silence, Sound, Source, Voice, VoiceChoice, choose_voice, heard_record, read_heard,
};
use bransjenorsk_core::storage::read;

/// How long to wait for a browser to list its voices before deciding it
/// has none. Chrome lists them a moment after start; a later list still
/// counts.
const VOICES_WAIT: std::time::Duration = std::time::Duration::from_millis(1500);

/// Sound shared through context.
#[derive(Clone, Copy)]
pub struct SoundStore {
    /// The learner's setting: sound on or off.
    on: RwSignal<bool>,
    /// `None` while the browser is still listing its voices.
    voice: RwSignal<Option<VoiceChoice>>,
    /// The voice's name, to match the learner's test to it.
    voice_name: RwSignal<String>,
    /// Which control is playing now, if one is.
    playing: RwSignal<Option<u64>>,
    next_id: StoredValue<u64>,
}

thread_local! {
    /// Keeps the voice list handler alive for the visit.
    static ON_VOICES: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
}

impl SoundStore {
    /// What can be heard now (tracked).
    pub fn sound(self) -> Sound {
        Sound {
            on: self.on.get(),
            voice: matches!(self.voice.get(), Some(VoiceChoice::Use(_))),
        }
    }

    /// Whether the voice list is known yet (tracked).
    pub fn settled(self) -> bool {
        self.voice.with(Option::is_some)
    }

    /// The voice choice, once known (tracked).
    pub fn voice(self) -> Option<VoiceChoice> {
        self.voice.get()
    }

    pub fn is_on(self) -> bool {
        self.on.get()
    }

    /// Turns sound on or off for every screen, and remembers it.
    pub fn set_on(self, on: bool) {
        if !on {
            stop();
        }
        self.on.set(on);
        let _ = storage::set(StoreKey::Sound, &on);
    }

    /// Remembers whether the listed voice spoke Norwegian when tested.
    pub fn set_heard(self, heard: Heard) {
        let record = heard_record(&self.voice_name.get_untracked(), heard);
        let _ = storage::set(StoreKey::HeardVoice, &record);
        self.choose();
    }

    /// A new id for a control that plays sound.
    pub fn control_id(self) -> u64 {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }

    /// Whether the control `id` is playing (tracked).
    pub fn is_playing(self, id: u64) -> bool {
        self.playing.get() == Some(id)
    }

    /// Plays `text` for the control `id`: its recording (a URL) if it has
    /// one, else the Norwegian voice. `rate` 1.0 is normal speed. `done` is
    /// told how it ended. A recording that cannot be loaded (offline, say)
    /// falls back to the voice; one that is stopped does not.
    pub fn play(
        self,
        id: u64,
        text: &str,
        recording: Option<String>,
        rate: f64,
        done: Done,
    ) -> Result<(), Silence> {
        let source = self.sound_untracked().source(recording.as_deref())?;
        stop();
        self.playing.set(Some(id));
        let playing = self.playing;
        let finish: Done = Box::new(move |outcome| {
            if playing.try_get_untracked() == Some(Some(id)) {
                playing.set(None);
            }
            done(outcome);
        });
        match source {
            Source::Recording(url) => {
                let voice = self.sound_untracked().voice.then(|| self.synthesis_voice());
                let text = text.to_owned();
                let fallback: Done = Box::new(move |outcome| match (outcome, voice.flatten()) {
                    (Outcome::Failed, Some(voice)) => speak(&text, &voice, rate, finish),
                    (outcome, _) => finish(outcome),
                });
                play_recording(&url, rate, fallback);
            }
            Source::Voice => match self.synthesis_voice() {
                Some(voice) => speak(text, &voice, rate, finish),
                None => finish(Outcome::Failed),
            },
        }
        Ok(())
    }

    /// What can be heard now, read without tracking.
    pub fn sound_untracked(self) -> Sound {
        untrack(|| self.sound())
    }

    /// The chosen voice object, from the browser's list.
    fn synthesis_voice(self) -> Option<SpeechSynthesisVoice> {
        let index = match self.voice.get_untracked()? {
            VoiceChoice::Use(index) | VoiceChoice::Unconfirmed(index) => index,
            VoiceChoice::None => return None,
        };
        let voice: SpeechSynthesisVoice = synthesis()?
            .get_voices()
            .get(index as u32)
            .dyn_into()
            .ok()?;
        Some(voice)
    }

    /// Plays a test sentence with the listed voice even though it is not
    /// confirmed: the learner is about to say whether it was Norwegian.
    pub fn test_voice(self, text: &str) {
        stop();
        if let Some(voice) = self.synthesis_voice() {
            speak(text, &voice, 1.0, Box::new(|_| {}));
        }
    }

    /// Reads the browser's voice list and decides.
    fn choose(self) {
        let voices: Vec<Voice> = synthesis()
            .map(|synthesis| {
                synthesis
                    .get_voices()
                    .iter()
                    .filter_map(|voice| voice.dyn_into::<SpeechSynthesisVoice>().ok())
                    .map(|voice| Voice {
                        name: voice.name(),
                        lang: voice.lang(),
                        local: voice.local_service(),
                        default: voice.default(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let user_agent = web_sys::window()
            .and_then(|window| window.navigator().user_agent().ok())
            .unwrap_or_default();
        let android = bransjenorsk_core::sound::lists_languages_as_voices(&user_agent);
        let tested = storage::read(Guarded::HeardVoice, read::heard);
        let candidate = choose_voice(&voices, android, None);
        let name = match candidate {
            VoiceChoice::Use(index) | VoiceChoice::Unconfirmed(index) => voices[index].name.clone(),
            VoiceChoice::None => String::new(),
        };
        let heard = tested.and_then(|tested| read_heard(&tested, &name));
        self.voice_name.set(name);
        self.voice.set(Some(choose_voice(&voices, android, heard)));
    }

    /// The name of the Norwegian voice listed, if any (tracked).
    pub fn voice_name(self) -> String {
        self.voice_name.get()
    }
}

/// Reads the sound setting and starts listing voices; shares both with
/// the app below.
pub fn provide_sound() -> SoundStore {
    let on = storage::read(Guarded::Sound, read::flag).unwrap_or(true);
    let store = SoundStore {
        on: RwSignal::new(on),
        voice: RwSignal::new(None),
        voice_name: RwSignal::new(String::new()),
        playing: RwSignal::new(None),
        next_id: StoredValue::new(0),
    };
    provide_context(store);
    match synthesis() {
        None => store.voice.set(Some(VoiceChoice::None)),
        Some(synthesis) => {
            if synthesis.get_voices().length() > 0 {
                store.choose();
            } else {
                set_timeout(
                    move || {
                        if !store.settled() {
                            store.choose();
                        }
                    },
                    VOICES_WAIT,
                );
            }
            let on_voices = Closure::<dyn FnMut()>::new(move || store.choose());
            synthesis.set_onvoiceschanged(Some(on_voices.as_ref().unchecked_ref()));
            ON_VOICES.with_borrow_mut(|slot| *slot = Some(on_voices));
        }
    }
    store
}

pub fn use_sound() -> SoundStore {
    use_context::<SoundStore>().expect("SoundStore is provided by the app")
}
