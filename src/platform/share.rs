//! Handing a link on: the phone's share sheet (Web Share API, where the
//! browser has it) and the clipboard.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    Some(web_sys::window()?.navigator().into())
}

/// `navigator[name]` bound to its owner, if the browser has it.
fn method(owner: &JsValue, name: &str) -> Option<(JsValue, Function)> {
    let function = Reflect::get(owner, &name.into()).ok()?.dyn_into().ok()?;
    Some((owner.clone(), function))
}

/// Whether the browser can share through the phone's share sheet.
pub fn can_share() -> bool {
    navigator().and_then(|n| method(&n, "share")).is_some()
}

/// Opens the share sheet with `text` and `url`. `false` if it could not
/// (or the user closed it).
pub async fn share(text: &str, url: &str) -> bool {
    let Some((owner, share)) = navigator().and_then(|n| method(&n, "share")) else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"text".into(), &text.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    match share.call1(&owner, &data) {
        Ok(promise) => JsFuture::from(Promise::from(promise)).await.is_ok(),
        Err(_) => false,
    }
}

/// Puts `text` on the clipboard. `false` if the browser would not.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = navigator().and_then(|n| Reflect::get(&n, &"clipboard".into()).ok())
    else {
        return false;
    };
    let Some((owner, write)) = method(&clipboard, "writeText") else {
        return false;
    };
    match write.call1(&owner, &text.into()) {
        Ok(promise) => JsFuture::from(Promise::from(promise)).await.is_ok(),
        Err(_) => false,
    }
}
