//! Recording the learner's voice with the microphone. The recording stays
//! in the page as a blob URL; nothing is sent or stored.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AnalyserNode, AudioContext, Blob, BlobEvent, MediaRecorder, MediaRecorderOptions, MediaStream,
    MediaStreamConstraints, Url,
};

/// What a recording for a pack is made as, the first the browser can:
/// packs take Ogg or M4A (Firefox makes Ogg; Chromium and Safari MP4).
pub const PACK_TYPES: &[&str] = &[
    "audio/ogg;codecs=opus",
    "audio/mp4;codecs=opus",
    "audio/mp4",
];
/// Enough for speech, and 20 seconds stay well under a pack's limit.
const SPEECH_BITS_PER_SECOND: u32 = 24_000;

/// Why there is no recording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MicError {
    /// The learner or the browser refused the microphone.
    Refused,
    /// The device has no microphone, or the browser cannot record.
    Missing,
    /// The browser records in no format a pack takes.
    Format,
}

impl MicError {
    pub fn message_id(self) -> &'static str {
        match self {
            MicError::Refused => "speak-mic-refused",
            MicError::Missing => "speak-mic-missing",
            MicError::Format => "studio-record-no-format",
        }
    }
}

/// A recording in progress.
pub struct Recorder {
    recorder: MediaRecorder,
    stream: MediaStream,
    chunks: Rc<RefCell<Vec<Blob>>>,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
    /// What hears the microphone for a level meter, if asked for.
    meter: Option<(AudioContext, AnalyserNode)>,
}

/// A finished recording: a blob URL the page can play and save. Revoked
/// when dropped, so the recording is gone with the item.
pub struct Recording {
    pub url: String,
    pub mime: String,
    pub blob: Blob,
}

impl Drop for Recording {
    fn drop(&mut self) {
        let _ = Url::revoke_object_url(&self.url);
    }
}

impl Recorder {
    /// Asks for the microphone and starts recording.
    pub async fn start() -> Result<Recorder, MicError> {
        Recorder::open(None).await
    }

    /// Starts recording in the first of `types` the browser can make, at
    /// a rate for speech, with a level meter.
    pub async fn start_as(types: &[&str]) -> Result<Recorder, MicError> {
        let mime = types
            .iter()
            .find(|mime| MediaRecorder::is_type_supported(mime))
            .ok_or(MicError::Format)?;
        let options = MediaRecorderOptions::new();
        options.set_mime_type(mime);
        options.set_audio_bits_per_second(SPEECH_BITS_PER_SECOND);
        Recorder::open(Some(options)).await
    }

    /// How loud the microphone is now, from 0 to 1 (0 without a meter).
    pub fn level(&self) -> f64 {
        let Some((_, analyser)) = &self.meter else {
            return 0.0;
        };
        let mut samples = vec![0u8; analyser.fft_size() as usize];
        analyser.get_byte_time_domain_data(&mut samples);
        let sum: f64 = samples
            .iter()
            .map(|&s| (f64::from(s) - 128.0) / 128.0)
            .map(|s| s * s)
            .sum();
        let rms = (sum / samples.len().max(1) as f64).sqrt();
        (rms * 3.0).min(1.0)
    }

    async fn open(options: Option<MediaRecorderOptions>) -> Result<Recorder, MicError> {
        let devices = web_sys::window()
            .map(|window| window.navigator())
            .and_then(|navigator| navigator.media_devices().ok())
            .ok_or(MicError::Missing)?;
        let constraints = MediaStreamConstraints::new();
        constraints.set_audio(&true.into());
        let promise = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(|_| MicError::Missing)?;
        let stream: MediaStream = match JsFuture::from(promise).await {
            Ok(stream) => stream.unchecked_into(),
            Err(error) => {
                let name = error
                    .dyn_ref::<web_sys::DomException>()
                    .map(|e| e.name())
                    .unwrap_or_default();
                return Err(match name.as_str() {
                    "NotAllowedError" | "SecurityError" => MicError::Refused,
                    _ => MicError::Missing,
                });
            }
        };
        let made = match &options {
            Some(options) => {
                MediaRecorder::new_with_media_stream_and_media_recorder_options(&stream, options)
            }
            None => MediaRecorder::new_with_media_stream(&stream),
        };
        let recorder = match made {
            Ok(recorder) => recorder,
            Err(_) => {
                stop_tracks(&stream);
                return Err(MicError::Missing);
            }
        };
        let chunks = Rc::new(RefCell::new(Vec::new()));
        let on_data = Closure::<dyn FnMut(BlobEvent)>::new({
            let chunks = chunks.clone();
            move |event: BlobEvent| {
                if let Some(blob) = event.data() {
                    chunks.borrow_mut().push(blob);
                }
            }
        });
        recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        if recorder.start().is_err() {
            stop_tracks(&stream);
            return Err(MicError::Missing);
        }
        let meter = options.and_then(|_| meter(&stream));
        Ok(Recorder {
            recorder,
            stream,
            chunks,
            _on_data: on_data,
            meter,
        })
    }

    /// Stops recording, lets go of the microphone, and gives the recording.
    pub async fn finish(self) -> Option<Recording> {
        let stopped = js_sys::Promise::new(&mut |resolve, _| {
            self.recorder.set_onstop(Some(&resolve));
        });
        let _ = self.recorder.stop();
        let _ = JsFuture::from(stopped).await;
        stop_tracks(&self.stream);
        self.close_meter();
        let parts = js_sys::Array::new();
        for chunk in self.chunks.borrow().iter() {
            parts.push(chunk);
        }
        let mime = self.recorder.mime_type();
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&mime);
        let blob = Blob::new_with_blob_sequence_and_options(&parts, &options).ok()?;
        if blob.size() == 0.0 {
            return None;
        }
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        Some(Recording { url, mime, blob })
    }

    fn close_meter(&self) {
        if let Some((context, _)) = &self.meter {
            let _ = context.close();
        }
    }

    /// Stops without keeping anything (the learner left the item).
    pub fn cancel(self) {
        self.recorder.set_ondataavailable(None);
        let _ = self.recorder.stop();
        stop_tracks(&self.stream);
        self.close_meter();
    }
}

/// An analyser that hears `stream`, for a level meter.
fn meter(stream: &MediaStream) -> Option<(AudioContext, AnalyserNode)> {
    let context = AudioContext::new().ok()?;
    let source = context.create_media_stream_source(stream).ok()?;
    let analyser = context.create_analyser().ok()?;
    analyser.set_fft_size(1024);
    source.connect_with_audio_node(&analyser).ok()?;
    Some((context, analyser))
}

/// Lets go of the microphone, so the browser's recording light goes out.
fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}
