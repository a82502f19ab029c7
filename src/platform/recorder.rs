//! Recording the learner's voice with the microphone. The recording stays
//! in the page as a blob URL; nothing is sent or stored.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobEvent, MediaRecorder, MediaStream, MediaStreamConstraints, Url};

/// Why there is no recording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MicError {
    /// The learner or the browser refused the microphone.
    Refused,
    /// The device has no microphone, or the browser cannot record.
    Missing,
}

impl MicError {
    pub fn message_id(self) -> &'static str {
        match self {
            MicError::Refused => "speak-mic-refused",
            MicError::Missing => "speak-mic-missing",
        }
    }
}

/// A recording in progress.
pub struct Recorder {
    recorder: MediaRecorder,
    stream: MediaStream,
    chunks: Rc<RefCell<Vec<Blob>>>,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
}

/// A finished recording: a blob URL the page can play and save. Revoked
/// when dropped, so the recording is gone with the item.
pub struct Recording {
    pub url: String,
    pub mime: String,
}

impl Drop for Recording {
    fn drop(&mut self) {
        let _ = Url::revoke_object_url(&self.url);
    }
}

impl Recorder {
    /// Asks for the microphone and starts recording.
    pub async fn start() -> Result<Recorder, MicError> {
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
        let recorder = match MediaRecorder::new_with_media_stream(&stream) {
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
        Ok(Recorder {
            recorder,
            stream,
            chunks,
            _on_data: on_data,
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
        Some(Recording { url, mime })
    }

    /// Stops without keeping anything (the learner left the item).
    pub fn cancel(self) {
        self.recorder.set_ondataavailable(None);
        let _ = self.recorder.stop();
        stop_tracks(&self.stream);
    }
}

/// Lets go of the microphone, so the browser's recording light goes out.
fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}
