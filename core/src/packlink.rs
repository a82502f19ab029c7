//! Links that bring a teacher's pack: the pack itself inside the link
//! (small text-only packs, deflated and checksummed like assignment links,
//! short enough for a QR code on paper), or the address of a pack on any
//! web host.
//!
//! `<app>/share.html#pack/<message>` and `<app>/share.html#pack-at/<address>`.
//! Reading never panics, and never unpacks more than a pack may be.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

use crate::assignment::wire::{Unopened, Writer, first_byte, open, to_base64};
use crate::content::MAX_PACK_BYTES;

/// The format of a pack inside a link; a newer one is refused with
/// "update the app". Its first byte holds the format in its top six bits,
/// as assignment links do.
pub const FORMAT: u8 = 1;
/// The longest message read: about as long as a link a phone's browser,
/// chat apps and mail take without cutting it.
pub const MAX_MESSAGE_CHARS: usize = 8_000;
/// The longest link drawn as a QR code: what version 25 (117 modules a
/// side) holds at level M, which a phone's camera still reads from a
/// printed sheet.
pub const MAX_QR_LINK_CHARS: usize = 997;
/// The longest address of a pack on the web.
pub const MAX_ADDRESS_CHARS: usize = 2_000;

/// What a pack link brings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackLink {
    /// The pack file's text.
    Inside(String),
    /// The address of a pack file (`.toml` or `.zip`) on the web.
    At(String),
}

/// Why a pack link cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackLinkError {
    /// Nothing after `#pack/`.
    Missing,
    /// Longer than any link this app makes.
    TooLong,
    /// Cut short or changed on the way: the checksum does not match.
    Broken,
    /// Made by a newer version of the app.
    Newer,
    /// Unpacks to more than a pack may be.
    TooLarge,
    /// An address that is not `https://` (or a local test host).
    NotHttps,
}

impl From<Unopened> for PackLinkError {
    fn from(unopened: Unopened) -> PackLinkError {
        match unopened {
            Unopened::Missing => PackLinkError::Missing,
            Unopened::TooLong => PackLinkError::TooLong,
            Unopened::Broken => PackLinkError::Broken,
            Unopened::Newer => PackLinkError::Newer,
        }
    }
}

impl PackLinkError {
    /// The Fluent message id that explains it.
    pub const fn message_id(self) -> &'static str {
        match self {
            PackLinkError::Missing => "pack-link-missing",
            PackLinkError::TooLong => "pack-link-too-long",
            PackLinkError::Broken => "pack-link-broken",
            PackLinkError::Newer => "pack-link-newer",
            PackLinkError::TooLarge => "pack-link-too-large",
            PackLinkError::NotHttps => "pack-link-not-https",
        }
    }
}

/// The start of a fragment that carries a pack.
const INSIDE: &str = "pack/";
/// The start of a fragment that names a pack's address.
const AT: &str = "pack-at/";

impl PackLink {
    /// The fragment of the sharing page's address that brings this pack,
    /// with its `#`.
    pub fn fragment(&self) -> Result<String, PackLinkError> {
        match self {
            PackLink::Inside(text) => Ok(["#", INSIDE, &inside_message(text)?].concat()),
            PackLink::At(address) => {
                check_address(address)?;
                Ok(["#", AT, &escape(address)].concat())
            }
        }
    }

    /// The link at the app whose address is `app` (up to and including its
    /// base, without a trailing slash).
    pub fn link(&self, app: &str) -> Result<String, PackLinkError> {
        Ok([app, "/share.html", &self.fragment()?].concat())
    }

    /// The pack link a fragment (with or without its `#`) brings, if it is
    /// one; read and checked.
    pub fn parse(fragment: &str) -> Option<Result<PackLink, PackLinkError>> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(message) = fragment.strip_prefix(INSIDE) {
            return Some(read_inside(message).map(PackLink::Inside));
        }
        let address = unescape(fragment.strip_prefix(AT)?);
        Some(check_address(&address).map(|()| PackLink::At(address)))
    }

    /// Whether the link is short enough to draw as a QR code.
    pub fn fits_qr(link: &str) -> bool {
        link.len() <= MAX_QR_LINK_CHARS
    }
}

/// An address as part of a fragment: `%`, `#`, spaces and anything beyond
/// ASCII written as `%XX`, as browsers write them.
fn escape(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    for byte in address.bytes() {
        if byte.is_ascii_graphic() && !matches!(byte, b'%' | b'#') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`escape`] (and a browser's own escaping); a `%` not followed by
/// two hex digits stays as it is.
fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (bytes[at], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                at += 3;
            }
            (byte, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The message carrying `text`, if it fits in a link.
fn inside_message(text: &str) -> Result<String, PackLinkError> {
    let mut w = Writer::default();
    w.byte(first_byte(FORMAT));
    w.raw(&compress_to_vec(text.as_bytes(), 10));
    let message = to_base64(&w.finish());
    if message.len() > MAX_MESSAGE_CHARS {
        return Err(PackLinkError::TooLong);
    }
    Ok(message)
}

/// Reads the message of a `#pack/` link: the pack file's text. Whether
/// that text is a good pack is the checker's to say.
pub fn read_inside(message: &str) -> Result<String, PackLinkError> {
    let message = open(message, MAX_MESSAGE_CHARS, FORMAT)?;
    let (&first, deflated) = message.split_first().ok_or(PackLinkError::Broken)?;
    if first != first_byte(FORMAT) {
        return Err(PackLinkError::Broken);
    }
    let text =
        decompress_to_vec_with_limit(deflated, MAX_PACK_BYTES).map_err(|error| {
            match error.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => PackLinkError::TooLarge,
                _ => PackLinkError::Broken,
            }
        })?;
    // Text that is not UTF-8 is for the checker to name.
    Ok(String::from_utf8_lossy(&text).into_owned())
}

/// Whether `address` may be fetched for a pack: `https://` with a host and
/// no user name or password in it, or a host on this device (`localhost`,
/// `127.0.0.1`) for testing.
pub fn check_address(address: &str) -> Result<(), PackLinkError> {
    if address.len() > MAX_ADDRESS_CHARS {
        return Err(PackLinkError::TooLong);
    }
    let (scheme, rest) = address.split_once("://").ok_or(PackLinkError::NotHttps)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .rsplit_once(':')
        .map_or(authority, |(host, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                host
            } else {
                authority
            }
        });
    let local = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    let fine = match scheme.to_ascii_lowercase().as_str() {
        "https" => true,
        "http" => local,
        _ => false,
    };
    let clean = !host.is_empty()
        && !authority.contains('@')
        && !address.chars().any(|c| c.is_whitespace() || c.is_control());
    if fine && clean {
        Ok(())
    } else {
        Err(PackLinkError::NotHttps)
    }
}

#[cfg(test)]
mod tests;
