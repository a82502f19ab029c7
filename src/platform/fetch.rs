//! Fetching the app's own files (pack files) from its origin.

use std::fmt;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, or the connection broke.
    Network,
    /// The server answered with an error status.
    Status(u16),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network => f.write_str("network error"),
            FetchError::Status(status) => write!(f, "HTTP status {status}"),
        }
    }
}

/// Fetches a text file by a URL relative to the app's base. The request
/// starts at once, before the answer is awaited, so several can run at
/// the same time.
pub fn text(url: &str) -> impl Future<Output = Result<String, FetchError>> + use<> {
    let request = web_sys::window().map(|window| JsFuture::from(window.fetch_with_str(url)));
    async move { read_text(request.ok_or(FetchError::Network)?).await }
}

async fn read_text(request: JsFuture) -> Result<String, FetchError> {
    let response = request.await.map_err(|_| FetchError::Network)?;
    let response: Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = response.text().map_err(|_| FetchError::Network)?;
    let text = JsFuture::from(body)
        .await
        .map_err(|_| FetchError::Network)?;
    text.as_string().ok_or(FetchError::Network)
}

/// Why a file from another site was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Remote {
    Failed(FetchError),
    /// It is, or grew, larger than `limit` bytes: reading stopped there.
    TooLarge {
        limit: u64,
    },
}

/// Fetches a file from another site (which must allow it: CORS), without
/// cookies or referrer, reading no more than `limit` bytes of it.
pub async fn bytes_from(address: &str, limit: u64) -> Result<Vec<u8>, Remote> {
    use js_sys::{Reflect, Uint8Array};
    use web_sys::{
        ReadableStreamDefaultReader, ReferrerPolicy, RequestCredentials, RequestInit, RequestMode,
    };

    let network = || Remote::Failed(FetchError::Network);
    let init = RequestInit::new();
    init.set_mode(RequestMode::Cors);
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    let window = web_sys::window().ok_or_else(network)?;
    let response = JsFuture::from(window.fetch_with_str_and_init(address, &init))
        .await
        .map_err(|_| network())?;
    let response: Response = response.dyn_into().map_err(|_| network())?;
    if !response.ok() {
        return Err(Remote::Failed(FetchError::Status(response.status())));
    }
    let said = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<u64>().ok());
    if said.is_some_and(|length| length > limit) {
        return Err(Remote::TooLarge { limit });
    }
    let reader: ReadableStreamDefaultReader = response
        .body()
        .ok_or_else(network)?
        .get_reader()
        .unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| network())?;
        let done = Reflect::get(&chunk, &"done".into()).map_err(|_| network())?;
        if done.as_bool() == Some(true) {
            return Ok(bytes);
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(|_| network())?;
        let value = Uint8Array::new(&value);
        if bytes.len() as u64 + u64::from(value.length()) > limit {
            let _ = reader.cancel();
            return Err(Remote::TooLarge { limit });
        }
        bytes.extend(value.to_vec());
    }
}

/// Asks for one of the app's files so that the service worker keeps it
/// (the `Bransjenorsk-Keep` header: no room is then a 507, not silence),
/// and reads it as text.
pub async fn to_keep(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let headers = Headers::new().map_err(|_| FetchError::Network)?;
    headers
        .set("Bransjenorsk-Keep", "1")
        .map_err(|_| FetchError::Network)?;
    let init = RequestInit::new();
    init.set_headers(&headers);
    read_text(JsFuture::from(window.fetch_with_str_and_init(url, &init))).await
}
