//! Reading JSON text (RFC 8259) into a [`Value`]. Never panics: anything
//! that is not JSON, or nests deeper than [`MAX_DEPTH`], is refused.

use super::Value;

/// How deep arrays and objects may nest: far beyond any file the app
/// writes, and shallow enough for the smallest stack.
pub const MAX_DEPTH: usize = 128;

/// Why text is not JSON: the byte offset where reading stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed(pub usize);

/// Reads `text` as one JSON value, with nothing but white space around it.
pub fn parse(text: &str) -> Result<Value, Malformed> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        at: 0,
    };
    let value = reader.value(0)?;
    reader.space();
    if reader.at == reader.bytes.len() {
        Ok(value)
    } else {
        Err(Malformed(reader.at))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn fail<T>(&self) -> Result<T, Malformed> {
        Err(Malformed(self.at))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, Malformed> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            self.fail()
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Malformed> {
        self.space();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            _ => self.fail(),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Malformed> {
        if depth > MAX_DEPTH {
            return self.fail();
        }
        self.at += 1;
        let mut values = Vec::new();
        self.space();
        if self.eat(b']') {
            return Ok(Value::Array(values));
        }
        loop {
            values.push(self.value(depth)?);
            self.space();
            if self.eat(b']') {
                return Ok(Value::Array(values));
            }
            if !self.eat(b',') {
                return self.fail();
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Malformed> {
        if depth > MAX_DEPTH {
            return self.fail();
        }
        self.at += 1;
        let mut members = Vec::new();
        self.space();
        if self.eat(b'}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return self.fail();
            }
            let name = self.string()?;
            self.space();
            if !self.eat(b':') {
                return self.fail();
            }
            members.push((name, self.value(depth)?));
            self.space();
            if self.eat(b'}') {
                return Ok(Value::Object(members));
            }
            if !self.eat(b',') {
                return self.fail();
            }
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, Malformed> {
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            match self.peek() {
                None | Some(0..=0x1f) => return self.fail(),
                Some(b'"') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode()?,
                        _ => return self.fail(),
                    };
                    out.push(escaped);
                    self.at += 1;
                    run = self.at;
                }
                // Bytes of a multi-byte character are copied with the run:
                // the text is valid UTF-8 and every stop above is ASCII.
                Some(_) => self.at += 1,
            }
        }
    }

    /// `\uXXXX`, or a pair of them for a character beyond the BMP; `at`
    /// is left on the last hex digit.
    fn unicode(&mut self) -> Result<char, Malformed> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                if !(self.bytes[self.at + 1..].starts_with(b"\\u")) {
                    return self.fail();
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return self.fail();
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            0xdc00..=0xdfff => return self.fail(),
            code => code,
        };
        char::from_u32(code).map_or_else(|| self.fail(), Ok)
    }

    /// Four hex digits after the current byte; `at` moves onto the last.
    fn hex4(&mut self) -> Result<u32, Malformed> {
        let mut code = 0;
        for _ in 0..4 {
            self.at += 1;
            let digit = match self.peek() {
                Some(byte @ b'0'..=b'9') => byte - b'0',
                Some(byte @ b'a'..=b'f') => byte - b'a' + 10,
                Some(byte @ b'A'..=b'F') => byte - b'A' + 10,
                _ => return self.fail(),
            };
            code = code * 16 + u32::from(digit);
        }
        Ok(code)
    }

    /// A number, refused beyond `f64`'s range: exact for integers up to 2^53 and for decimals of up to
    /// 15 significant digits with an exponent within ±22 (everything the
    /// app writes); any other is within a few units in its last place.
    fn number(&mut self) -> Result<f64, Malformed> {
        let negative = self.eat(b'-');
        let mut digits: u64 = 0;
        // Significant digits beyond u64's reach only move the exponent.
        let mut exponent: i64 = 0;
        let mut digit = |reader: &mut Self, after_point: bool| {
            let byte = reader.peek()?;
            if !byte.is_ascii_digit() {
                return None;
            }
            reader.at += 1;
            if digits < 1_000_000_000_000_000_000 {
                digits = digits * 10 + u64::from(byte - b'0');
                exponent -= i64::from(after_point);
            } else {
                exponent += i64::from(!after_point);
            }
            Some(())
        };
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else {
            if digit(self, false).is_none() {
                return self.fail();
            }
            while digit(self, false).is_some() {}
        }
        if self.eat(b'.') {
            if digit(self, true).is_none() {
                return self.fail();
            }
            while digit(self, true).is_some() {}
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let minus = self.eat(b'-') || {
                self.eat(b'+');
                false
            };
            let mut written: i64 = 0;
            let start = self.at;
            while let Some(byte @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                written = (written * 10 + i64::from(byte - b'0')).min(100_000);
            }
            if self.at == start {
                return self.fail();
            }
            exponent += if minus { -written } else { written };
        }
        let magnitude = scale(digits, exponent);
        if magnitude.is_infinite() {
            return self.fail();
        }
        Ok(if negative { -magnitude } else { magnitude })
    }
}

/// `digits × 10^exponent`, correctly rounded where both `digits` and the
/// power of ten are exact in an `f64`.
fn scale(digits: u64, exponent: i64) -> f64 {
    const EXACT_POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let value = digits as f64;
    if digits == 0 {
        return 0.0;
    }
    if digits <= (1 << 53) && exponent.unsigned_abs() <= 22 {
        let power = EXACT_POWERS[exponent.unsigned_abs() as usize];
        return if exponent < 0 {
            value / power
        } else {
            value * power
        };
    }
    let exponent = exponent.clamp(-400, 400) as i32;
    if exponent < 0 {
        // Two steps, so that 10^-exponent never overflows on its own.
        value / 10f64.powi(-exponent / 2) / 10f64.powi(-exponent - -exponent / 2)
    } else {
        value * 10f64.powi(exponent / 2) * 10f64.powi(exponent - exponent / 2)
    }
}
