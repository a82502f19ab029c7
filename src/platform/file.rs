//! Files the user picks with a file input.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The first file chosen in the `<input type="file">` an event came from.
pub fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Calls `on_file` with each file the system hands the installed app to
/// open (a pack file opened with Bransjenorsk: the manifest's
/// `file_handlers`). Browsers without the launch queue never call it.
pub fn on_launch_file(on_file: impl Fn(web_sys::File) + 'static) {
    use js_sys::{Array, Function, Promise, Reflect};
    use wasm_bindgen::JsValue;
    use wasm_bindgen::closure::Closure;

    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(queue) = Reflect::get(&window, &"launchQueue".into()) else {
        return;
    };
    let Ok(set_consumer) = Reflect::get(&queue, &"setConsumer".into()) else {
        return;
    };
    let Ok(set_consumer) = set_consumer.dyn_into::<Function>() else {
        return;
    };
    let on_file = std::rc::Rc::new(on_file);
    let consumer = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
        let handles = Reflect::get(&params, &"files".into()).unwrap_or(JsValue::UNDEFINED);
        let Some(handle) = Array::from(&handles)
            .get(0)
            .dyn_into::<js_sys::Object>()
            .ok()
        else {
            return;
        };
        let get_file = Reflect::get(&handle, &"getFile".into())
            .ok()
            .and_then(|get| get.dyn_into::<Function>().ok());
        let Some(promise) = get_file.and_then(|get| get.call0(&handle).ok()) else {
            return;
        };
        let on_file = on_file.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let file = JsFuture::from(Promise::from(promise)).await;
            if let Some(file) = file.ok().and_then(|file| file.dyn_into().ok()) {
                on_file(file);
            }
        });
    });
    let _ = set_consumer.call1(&queue, consumer.as_ref());
    // The queue keeps calling it for the page's whole life.
    consumer.forget();
}

/// Why a chosen file was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Moved, deleted or withheld by the browser since it was chosen.
    Withheld,
    /// Larger than what was asked for may be, in bytes: not read at all.
    TooLarge { size: u64, limit: u64 },
}

/// The file's bytes, if it is no larger than `limit` bytes; its size is
/// known before anything is read.
pub async fn bytes(file: &web_sys::File, limit: u64) -> Result<Vec<u8>, Unreadable> {
    let size = file.size() as u64;
    if size > limit {
        return Err(Unreadable::TooLarge { size, limit });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Unreadable::Withheld)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The bytes a blob holds.
pub async fn blob_bytes(blob: &web_sys::Blob) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A `blob:` address of `bytes` of type `mime`, for the page to play or
/// show; revoke it when done.
pub fn blob_url(bytes: &[u8], mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Offers `bytes` of type `mime` as a file named `name`, as a download.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    let url = blob_url(bytes, mime).ok_or_else(|| wasm_bindgen::JsValue::from_str("no blob"))?;
    offer(name, url)
}

/// Offers JSON `text` as a file named `name` to save, as a download.
pub fn download(name: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    download_as(name, "application/json", text)
}

/// Offers `text` of type `mime` as a file named `name`, as a download.
pub fn download_as(name: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    offer(name, url)
}

/// Clicks a download link to `url` (a blob address, revoked a minute on).
fn offer(name: &str, url: String) -> Result<(), wasm_bindgen::JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has taken the file once the click is handled.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no window"))?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}
