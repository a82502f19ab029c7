//! Fetching the app's own files (pack files) from its origin.

use std::fmt;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

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
