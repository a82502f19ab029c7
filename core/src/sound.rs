//! Where Norwegian sound comes from, and when there is none: recordings
//! first, then a speech synthesis voice that really is Norwegian, else
//! silence the learner is told about. Also the play limits of listening
//! items. Pure, so every voice list a browser gives can be a test fixture.

use crate::content::{Exercise, Item};

/// A speech synthesis voice as the browser lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    /// A BCP 47 tag, though some systems write `nb_NO` or `NO`.
    pub lang: String,
    /// Speaks without a network connection.
    pub local: bool,
    pub default: bool,
}

/// The Norwegian voice to speak with, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoiceChoice {
    /// Speak with the voice at this place in the list.
    Use(usize),
    /// A voice is listed but may not speak Norwegian: Chrome on Android
    /// lists every language its engine knows, installed or not, and reads
    /// one that is not installed with an English voice. Until the learner
    /// has heard it speak Norwegian, the app treats it as no voice.
    Unconfirmed(usize),
    /// No Norwegian voice at all.
    None,
}

/// What the learner said after hearing a voice test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heard {
    Norwegian,
    NotNorwegian,
}

/// What a learner said of the voice called `voice`, as stored
/// (`heard-voice`): `+name` spoke Norwegian, `-name` did not.
pub fn heard_record(voice: &str, heard: Heard) -> String {
    let sign = if heard == Heard::Norwegian { '+' } else { '-' };
    format!("{sign}{voice}")
}

/// What the learner said of the voice called `voice`, from its stored
/// record; `None` if the record is of another voice, or unreadable.
pub fn read_heard(record: &str, voice: &str) -> Option<Heard> {
    match record.split_at_checked(1)? {
        ("+", name) if name == voice => Some(Heard::Norwegian),
        ("-", name) if name == voice => Some(Heard::NotNorwegian),
        _ => None,
    }
}

/// The variety a language tag names, best first: Bokmål, then plain
/// Norwegian, then Nynorsk. `None` for any other language.
fn norwegian_rank(lang: &str) -> Option<u8> {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match primary.as_str() {
        "nb" | "nob" => Some(0),
        "no" | "nor" => Some(1),
        "nn" | "nno" => Some(2),
        _ => None,
    }
}

/// Picks the Norwegian voice to speak with. `android` says the list comes
/// from Chrome on Android, where a listed language may not be installed;
/// `heard` is what the learner said when they tested that voice.
pub fn choose_voice(voices: &[Voice], android: bool, heard: Option<Heard>) -> VoiceChoice {
    let best = voices
        .iter()
        .enumerate()
        .filter_map(|(index, voice)| {
            let rank = norwegian_rank(&voice.lang)?;
            Some(((rank, !voice.local, !voice.default), index))
        })
        .min()
        .map(|(_, index)| index);
    match (best, android, heard) {
        (None, _, _) | (Some(_), _, Some(Heard::NotNorwegian)) => VoiceChoice::None,
        (Some(index), true, None) => VoiceChoice::Unconfirmed(index),
        (Some(index), _, _) => VoiceChoice::Use(index),
    }
}

/// Whether a user agent string is Chrome's (or a Chromium WebView's) on
/// Android, whose voice list is a list of languages.
pub fn lists_languages_as_voices(user_agent: &str) -> bool {
    user_agent.contains("Android") && !user_agent.contains("Firefox")
}

/// Playback speed of the slow button.
pub const SLOW_RATE: f64 = 0.7;

/// How a piece of Norwegian can be heard here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A recording shipped with the pack, at this path.
    Recording(String),
    /// Read by the Norwegian voice.
    Voice,
}

/// Why nothing can be heard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Silence {
    /// The learner turned sound off.
    Off,
    /// No recording and no Norwegian voice on this device.
    NoVoice,
}

/// What the device can do for sound right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sound {
    /// The learner's setting.
    pub on: bool,
    /// A Norwegian voice is there to read texts that have no recording.
    pub voice: bool,
}

impl Sound {
    /// Where the sound of a text comes from: its recording (`recording`,
    /// a path) if it has one, else the voice.
    pub fn source(self, recording: Option<&str>) -> Result<Source, Silence> {
        match (self.on, recording) {
            (false, _) => Err(Silence::Off),
            (true, Some(path)) => Ok(Source::Recording(path.to_owned())),
            (true, None) if self.voice => Ok(Source::Voice),
            (true, None) => Err(Silence::NoVoice),
        }
    }

    /// Whether an item can be played now, and if not, why. Listening and
    /// minimal pairs are nothing without sound; speaking needs the learner
    /// to speak aloud, which a learner who turned sound off cannot do
    /// either, but it can do without the model's sound.
    pub fn gate(self, item: &Item) -> Result<(), Silence> {
        match item.exercise {
            Exercise::Listening { .. } | Exercise::MinimalPair { .. } => {
                self.source(item.audio.as_deref()).map(|_| ())
            }
            Exercise::Speaking { .. } if !self.on => Err(Silence::Off),
            _ => Ok(()),
        }
    }
}

/// Whether an item can be played depends on a voice: a listening
/// item or minimal pair without a recording.
pub fn needs_voice(item: &Item) -> bool {
    let sound = |voice| Sound { on: true, voice };
    sound(true).gate(item) != sound(false).gate(item)
}

/// How often a listening text may still be played.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plays {
    limit: Option<u8>,
    used: u8,
}

impl Plays {
    /// `limit`: the item's `plays`, if it has one (Norskprøven plays some
    /// texts once, some twice); without it, replays are free.
    pub fn new(limit: Option<u8>) -> Plays {
        Plays { limit, used: 0 }
    }

    /// Whether another play is allowed.
    pub fn can_play(self) -> bool {
        self.limit.is_none_or(|limit| self.used < limit)
    }

    /// Counts a play that started; false (and nothing counted) if none
    /// was left. A play that failed to start should not be counted.
    pub fn play(&mut self) -> bool {
        if !self.can_play() {
            return false;
        }
        self.used = self.used.saturating_add(1);
        true
    }

    /// Plays left, if the item limits them.
    pub fn left(self) -> Option<u8> {
        self.limit.map(|limit| limit.saturating_sub(self.used))
    }

    pub fn used(self) -> u8 {
        self.used
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn what_the_learner_heard_is_kept_for_that_voice_only() {
        use super::{Heard, heard_record, read_heard};
        let record = heard_record("Nora", Heard::Norwegian);
        assert_eq!(record, "+Nora");
        assert_eq!(read_heard(&record, "Nora"), Some(Heard::Norwegian));
        assert_eq!(read_heard(&record, "Nor"), None);
        let record = heard_record("Google norsk bokmål", Heard::NotNorwegian);
        assert_eq!(
            read_heard(&record, "Google norsk bokmål"),
            Some(Heard::NotNorwegian)
        );
        for damaged in ["", "Nora", "*Nora", "ø"] {
            assert_eq!(read_heard(damaged, "Nora"), None, "{damaged}");
        }
    }

    use super::*;

    fn voice(name: &str, lang: &str, local: bool) -> Voice {
        Voice {
            name: name.into(),
            lang: lang.into(),
            local,
            default: false,
        }
    }

    /// Chrome 120 on Windows 11 with the Norwegian language pack.
    fn windows() -> Vec<Voice> {
        vec![
            Voice {
                default: true,
                ..voice("Microsoft David - English (United States)", "en-US", true)
            },
            voice("Microsoft Jon - Norwegian (Bokmål)", "nb-NO", true),
            voice("Google Deutsch", "de-DE", false),
            voice("Google US English", "en-US", false),
        ]
    }

    /// Chrome on Android: one entry per language the engine knows, whether
    /// its data is installed or not.
    fn android() -> Vec<Voice> {
        [
            ("English United States", "en-US"),
            ("Norwegian Bokmål Norway", "nb-NO"),
            ("Ukrainian Ukraine", "uk-UA"),
            ("Polish Poland", "pl-PL"),
        ]
        .into_iter()
        .map(|(name, lang)| voice(name, lang, true))
        .collect()
    }

    #[test]
    fn a_norwegian_voice_is_chosen_on_desktop() {
        assert_eq!(choose_voice(&windows(), false, None), VoiceChoice::Use(1));
    }

    #[test]
    fn no_norwegian_voice_means_none_not_english() {
        let english_only: Vec<Voice> = windows()
            .into_iter()
            .filter(|v| !v.lang.starts_with("nb"))
            .collect();
        assert_eq!(choose_voice(&english_only, false, None), VoiceChoice::None);
        assert_eq!(choose_voice(&[], false, None), VoiceChoice::None);
        assert_eq!(choose_voice(&[], true, None), VoiceChoice::None);
    }

    #[test]
    fn android_listed_but_not_installed_is_no_voice_until_heard() {
        let voices = android();
        assert_eq!(
            choose_voice(&voices, true, None),
            VoiceChoice::Unconfirmed(1)
        );
        assert_eq!(
            choose_voice(&voices, true, Some(Heard::NotNorwegian)),
            VoiceChoice::None
        );
        assert_eq!(
            choose_voice(&voices, true, Some(Heard::Norwegian)),
            VoiceChoice::Use(1)
        );
    }

    #[test]
    fn a_voice_heard_as_not_norwegian_is_not_used_anywhere() {
        assert_eq!(
            choose_voice(&windows(), false, Some(Heard::NotNorwegian)),
            VoiceChoice::None
        );
    }

    #[test]
    fn bokmal_before_norwegian_before_nynorsk_and_local_before_remote() {
        let voices = vec![
            voice("Nynorsk", "nn-NO", true),
            voice("Remote Bokmål", "nb-NO", false),
            voice("Norsk", "no-NO", true),
            voice("Local Bokmål", "nb_NO", true),
            voice("Svenska", "sv-SE", true),
        ];
        assert_eq!(choose_voice(&voices, false, None), VoiceChoice::Use(3));
        assert_eq!(choose_voice(&voices[..3], false, None), VoiceChoice::Use(1));
        assert_eq!(
            choose_voice(&[voices[0].clone(), voices[2].clone()], false, None),
            VoiceChoice::Use(1)
        );
        assert_eq!(choose_voice(&voices[..1], false, None), VoiceChoice::Use(0));
    }

    #[test]
    fn language_tags_are_read_loosely_but_not_wrongly() {
        for lang in [
            "nb", "NB-no", "nb_NO", "no", "NO", "nn-NO", "nob", "nor-NOR",
        ] {
            assert!(norwegian_rank(lang).is_some(), "{lang}");
        }
        for lang in ["", "en-NO", "se-NO", "sv", "nl-NL", "n", "nbx", "ne-NP"] {
            assert!(norwegian_rank(lang).is_none(), "{lang}");
        }
    }

    #[test]
    fn android_is_told_from_the_user_agent() {
        let chrome_android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
        let firefox_android =
            "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert!(lists_languages_as_voices(chrome_android));
        assert!(!lists_languages_as_voices(firefox_android));
        assert!(!lists_languages_as_voices(iphone));
    }

    #[test]
    fn recordings_come_first_then_the_voice_then_silence() {
        let all = Sound {
            on: true,
            voice: true,
        };
        let mute = Sound {
            on: true,
            voice: false,
        };
        let off = Sound {
            on: false,
            voice: true,
        };
        assert_eq!(
            all.source(Some("lyd/hei.ogg")),
            Ok(Source::Recording("lyd/hei.ogg".into()))
        );
        assert_eq!(all.source(None), Ok(Source::Voice));
        assert_eq!(
            mute.source(Some("lyd/hei.ogg")),
            Ok(Source::Recording("lyd/hei.ogg".into()))
        );
        assert_eq!(mute.source(None), Err(Silence::NoVoice));
        assert_eq!(off.source(Some("lyd/hei.ogg")), Err(Silence::Off));
        assert_eq!(off.source(None), Err(Silence::Off));
    }

    fn item(exercise: Exercise, audio: Option<&str>) -> Item {
        Item {
            id: "a".into(),
            level: None,
            instruction: None,
            hint: None,
            feedback: None,
            audio: audio.map(str::to_owned),
            image: None,
            exercise,
        }
    }

    #[test]
    fn sound_items_are_gated_by_what_can_be_heard() {
        let listening = Exercise::Listening {
            text: "Hei".into(),
            plays: None,
            options: vec![],
            answer: None,
        };
        let pair = Exercise::MinimalPair {
            words: ("hus".into(), "hos".into()),
            answer: "hus".into(),
        };
        let speaking = Exercise::Speaking { text: "Hei".into() };
        let choice = Exercise::Choice {
            question: "?".into(),
            options: vec!["a".into(), "b".into()],
            answer: "a".into(),
            why: Default::default(),
        };
        let mute = Sound {
            on: true,
            voice: false,
        };
        let off = Sound {
            on: false,
            voice: true,
        };
        assert_eq!(
            mute.gate(&item(listening.clone(), None)),
            Err(Silence::NoVoice)
        );
        assert_eq!(mute.gate(&item(listening.clone(), Some("a.ogg"))), Ok(()));
        assert_eq!(mute.gate(&item(pair.clone(), None)), Err(Silence::NoVoice));
        assert_eq!(mute.gate(&item(speaking.clone(), None)), Ok(()));
        assert_eq!(mute.gate(&item(choice.clone(), None)), Ok(()));
        assert_eq!(off.gate(&item(listening, Some("a.ogg"))), Err(Silence::Off));
        assert_eq!(off.gate(&item(pair, Some("a.ogg"))), Err(Silence::Off));
        assert_eq!(off.gate(&item(speaking, None)), Err(Silence::Off));
        assert_eq!(off.gate(&item(choice.clone(), None)), Ok(()));

        assert!(needs_voice(&item(listening_again(), None)));
        assert!(!needs_voice(&item(listening_again(), Some("a.ogg"))));
        assert!(!needs_voice(&item(
            Exercise::Speaking { text: "Hei".into() },
            None
        )));
        assert!(!needs_voice(&item(choice, None)));
    }

    fn listening_again() -> Exercise {
        Exercise::MinimalPair {
            words: ("tak".into(), "takk".into()),
            answer: "takk".into(),
        }
    }

    #[test]
    fn plays_are_limited_only_when_the_item_says() {
        let mut free = Plays::new(None);
        for _ in 0..300 {
            assert!(free.play());
        }
        assert_eq!(free.left(), None);
        assert!(free.can_play());

        let mut twice = Plays::new(Some(2));
        assert_eq!(twice.left(), Some(2));
        assert!(twice.play());
        assert_eq!(twice.left(), Some(1));
        assert!(twice.play());
        assert_eq!(twice.left(), Some(0));
        assert!(!twice.can_play());
        assert!(!twice.play());
        assert_eq!(twice.used(), 2);

        let mut once = Plays::new(Some(1));
        assert!(once.play());
        assert!(!once.play());
        assert!(!Plays::new(Some(0)).can_play());
    }
}
