//! Writing JSON text, compact, in the form `serde_json` writes it, so
//! that what older versions stored reads and writes back the same.

use std::fmt::Write as _;

use super::ToJson;

/// Builds JSON text. Members and elements are separated by the writer:
/// call [`Writer::key`] before each member's value and
/// [`Writer::element`] before each element of an array.
#[derive(Default)]
pub struct Writer(String);

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn finish(self) -> String {
        self.0
    }

    fn separate(&mut self) {
        if !matches!(self.0.as_bytes().last(), None | Some(b'{' | b'[')) {
            self.0.push(',');
        }
    }

    pub fn begin_object(&mut self) {
        self.0.push('{');
    }

    pub fn end_object(&mut self) {
        self.0.push('}');
    }

    pub fn begin_array(&mut self) {
        self.0.push('[');
    }

    pub fn end_array(&mut self) {
        self.0.push(']');
    }

    /// The name of an object's next member.
    pub fn key(&mut self, name: &str) {
        self.separate();
        self.string(name);
        self.0.push(':');
    }

    /// An object's next member.
    pub fn member<T: ToJson + ?Sized>(&mut self, name: &str, value: &T) {
        self.key(name);
        value.to_json(self);
    }

    /// Before an array's next element.
    pub fn element(&mut self) {
        self.separate();
    }

    pub fn null(&mut self) {
        self.0.push_str("null");
    }

    pub fn bool(&mut self, value: bool) {
        self.0.push_str(if value { "true" } else { "false" });
    }

    pub fn integer(&mut self, value: i64) {
        let _ = write!(self.0, "{value}");
    }

    /// A number to four decimals, which is as precise as the app keeps
    /// any fraction (stability, difficulty, retention): `3.1262`, `0.9`,
    /// `5.0`. From 10^11 on, a whole number; JSON cannot hold infinity or
    /// NaN, so those are `null`.
    pub fn number(&mut self, value: f64) {
        if !value.is_finite() {
            return self.null();
        }
        if value.abs() >= 1e11 {
            let _ = write!(self.0, "{}.0", value.round() as i64);
            return;
        }
        let scaled = (value.abs() * 10_000.0).round() as u64;
        if value.is_sign_negative() && scaled != 0 {
            self.0.push('-');
        }
        let (whole, mut fraction) = (scaled / 10_000, scaled % 10_000);
        let _ = write!(self.0, "{whole}.");
        if fraction == 0 {
            self.0.push('0');
            return;
        }
        let mut width = 4;
        while fraction % 10 == 0 {
            fraction /= 10;
            width -= 1;
        }
        let _ = write!(self.0, "{fraction:0width$}");
    }

    /// A string, escaped as `serde_json` escapes it: quotes, backslashes
    /// and control characters; everything else as it is.
    pub fn string(&mut self, text: &str) {
        self.0.push('"');
        let mut run = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escaped = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.0.push_str(&text[run..at]);
            if escaped.is_empty() {
                let _ = write!(self.0, "\\u{byte:04x}");
            } else {
                self.0.push_str(escaped);
            }
            run = at + 1;
        }
        self.0.push_str(&text[run..]);
        self.0.push('"');
    }

    /// JSON text as it is: a value that was read and checked before.
    pub fn raw(&mut self, json: &str) {
        self.0.push_str(json);
    }
}
