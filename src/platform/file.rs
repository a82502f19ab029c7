//! Files the user picks with a file input.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The first file chosen in the `<input type="file">` an event came from.
pub fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// The file's bytes; `None` if the browser could not read it.
pub async fn bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
