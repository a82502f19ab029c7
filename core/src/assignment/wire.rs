//! The bytes of a shared link: variable-length numbers, length-prefixed
//! text, URL-safe base64 and a CRC-32 checksum. Reading never panics and
//! never allocates more than the input could hold.

/// Builds a message.
#[derive(Default)]
pub struct Writer(Vec<u8>);

impl Writer {
    pub fn byte(&mut self, byte: u8) {
        self.0.push(byte);
    }

    /// LEB128: seven bits a byte, low first.
    pub fn number(&mut self, mut value: u32) {
        while value >= 0x80 {
            self.0.push((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        self.0.push(value as u8);
    }

    pub fn text(&mut self, text: &str) {
        self.number(text.len() as u32);
        self.raw(text.as_bytes());
    }

    /// Bytes as they are, to the end of the message.
    pub fn raw(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }

    /// The message with its checksum after it.
    pub fn finish(mut self) -> Vec<u8> {
        let sum = crc32(&self.0);
        self.0.extend_from_slice(&sum.to_le_bytes());
        self.0
    }

    /// The message so far, without a checksum.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// The message ran out, or a number or text in it was not well formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed;

/// Reads a message, front to back.
pub struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader(bytes)
    }

    pub fn byte(&mut self) -> Result<u8, Malformed> {
        let (&first, rest) = self.0.split_first().ok_or(Malformed)?;
        self.0 = rest;
        Ok(first)
    }

    /// A LEB128 number of at most five bytes that fits in 32 bits, in its
    /// shortest form.
    pub fn number(&mut self) -> Result<u32, Malformed> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                if byte == 0 && shift > 0 {
                    return Err(Malformed);
                }
                return u32::try_from(value).map_err(|_| Malformed);
            }
        }
        Err(Malformed)
    }

    pub fn text(&mut self) -> Result<String, Malformed> {
        String::from_utf8(self.bytes()?).map_err(|_| Malformed)
    }

    /// Bytes behind their length, as [`Writer::text`] writes text.
    pub fn bytes(&mut self) -> Result<Vec<u8>, Malformed> {
        let len = self.number()? as usize;
        if len > self.0.len() {
            return Err(Malformed);
        }
        let (bytes, rest) = self.0.split_at(len);
        self.0 = rest;
        Ok(bytes.to_vec())
    }

    /// A count of things that each take at least one byte: never more than
    /// the bytes left.
    pub fn count(&mut self) -> Result<usize, Malformed> {
        let count = self.number()? as usize;
        if count > self.0.len() {
            return Err(Malformed);
        }
        Ok(count)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A message's first byte: the format in its top six bits, so that it is
/// the link's first character alone and a change further on is never
/// taken for a newer format.
pub const fn first_byte(format: u8) -> u8 {
    format << 2
}

/// Why a link's message cannot be opened, before what it holds is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unopened {
    /// No message at all.
    Missing,
    /// Longer than any message of its kind.
    TooLong,
    /// Not base64, or cut short or changed: its checksum does not match.
    Broken,
    /// Made in a newer format.
    Newer,
}

/// The bytes of a link's message without its checksum, first byte
/// included: at most `max_chars` of base64, in `format` or an older one,
/// and matching its checksum. A newer format may change everything after
/// its first byte, even the checksum: that is said whatever follows.
pub fn open(payload: &str, max_chars: usize, format: u8) -> Result<Vec<u8>, Unopened> {
    if payload.is_empty() {
        return Err(Unopened::Missing);
    }
    if payload.len() > max_chars {
        return Err(Unopened::TooLong);
    }
    let mut bytes = from_base64(payload).ok_or(Unopened::Broken)?;
    if bytes.first().is_some_and(|&first| first >> 2 > format) {
        return Err(Unopened::Newer);
    }
    let length = checked(&bytes).ok_or(Unopened::Broken)?.len();
    bytes.truncate(length);
    Ok(bytes)
}

/// The message of `bytes` if its last four bytes are its checksum.
pub fn checked(bytes: &[u8]) -> Option<&[u8]> {
    let split = bytes.len().checked_sub(4)?;
    let (message, sum) = bytes.split_at(split);
    (crc32(message).to_le_bytes() == sum).then_some(message)
}

/// CRC-32 (IEEE 802.3), as zip and PNG use it.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 without padding (RFC 4648 §5).
pub fn to_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let mut group = [0u8; 3];
        group[..chunk.len()].copy_from_slice(chunk);
        let bits = u32::from(group[0]) << 16 | u32::from(group[1]) << 8 | u32::from(group[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(bits >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Reads [`to_base64`]'s output; `None` for any other character or a
/// length base64 cannot have.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut count) = (0u32, 0);
    for byte in text.bytes() {
        let value = ALPHABET.iter().position(|&c| c == byte)? as u32;
        bits = bits << 6 | value;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    // Bits left over must be zero, or the text was not made by to_base64.
    (bits & ((1 << count) - 1) == 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_and_reads_back() {
        // RFC 4648 test vectors, in the URL-safe alphabet without padding.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(to_base64(plain.as_bytes()), coded);
            assert_eq!(from_base64(coded).unwrap(), plain.as_bytes());
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(from_base64(&to_base64(&all)).unwrap(), all);
        assert!(to_base64(&[0xfb, 0xff]).contains(['-', '_']));
        for bad in ["Z", "Zm9v=", "Zm 9v", "Zm+v", "Zh"] {
            assert_eq!(from_base64(bad), None, "{bad}");
        }
    }

    #[test]
    fn crc32_is_the_zip_checksum() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        let mut writer = Writer::default();
        writer.text("hei");
        let message = writer.finish();
        assert_eq!(checked(&message), Some(&message[..4]));
        assert_eq!(checked(&message[..message.len() - 1]), None);
        let mut flipped = message.clone();
        flipped[1] ^= 1;
        assert_eq!(checked(&flipped), None);
        assert_eq!(checked(&[1, 2, 3]), None);
    }

    #[test]
    fn numbers_and_texts_read_back_and_bad_ones_are_refused() {
        let mut writer = Writer::default();
        for value in [0, 1, 127, 128, 300, 16_384, u32::MAX] {
            writer.number(value);
        }
        writer.text("Bærum – Київ");
        let bytes = writer.bytes().to_vec();
        let mut reader = Reader::new(&bytes);
        for value in [0, 1, 127, 128, 300, 16_384, u32::MAX] {
            assert_eq!(reader.number(), Ok(value));
        }
        assert_eq!(reader.text().as_deref(), Ok("Bærum – Київ"));
        assert!(reader.is_empty());
        assert_eq!(reader.byte(), Err(Malformed));
        // Too long, not the shortest form, over 32 bits, cut short.
        for bad in [
            &[0x80, 0x80, 0x80, 0x80, 0x80, 0x01][..],
            &[0x80, 0x00],
            &[0xff, 0xff, 0xff, 0xff, 0x1f],
            &[0x80],
        ] {
            assert_eq!(Reader::new(bad).number(), Err(Malformed), "{bad:?}");
        }
        assert_eq!(Reader::new(&[5, b'a']).text(), Err(Malformed));
        assert_eq!(Reader::new(&[2, 0xc3, 0x28]).text(), Err(Malformed));
        assert_eq!(Reader::new(&[3, 1, 1]).count(), Err(Malformed));
    }
}
