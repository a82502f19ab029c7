//! Reading a Fluent file: messages and their patterns, with continuation
//! lines dedented as Fluent does.

use std::collections::HashMap;

use super::{Element, Key, Pattern, Select};

pub(super) fn messages(source: &str) -> HashMap<String, Pattern> {
    let mut parser = Parser {
        src: source.as_bytes(),
        text: source,
        pos: 0,
    };
    let mut messages = HashMap::new();
    while parser.pos < parser.src.len() {
        let start = parser.pos;
        if let Some((id, pattern)) = parser.message() {
            messages.insert(id, pattern);
        }
        // Whatever the message left, and any comment or junk, up to the
        // next line that starts an entry.
        parser.pos = parser.pos.max(start + 1);
        parser.next_entry();
    }
    messages
}

/// A piece of a pattern before dedenting.
enum Piece {
    Text(String),
    /// Line breaks, then a continuation line's indent.
    LineStart {
        breaks: usize,
        indent: usize,
    },
    Element(Element),
}

struct Parser<'s> {
    src: &'s [u8],
    text: &'s str,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, at: usize) -> Option<u8> {
        self.src.get(at).copied()
    }

    /// Moves to the start of the next line that starts a message (not a
    /// comment, not indented).
    fn next_entry(&mut self) {
        loop {
            if self.pos > 0 && self.peek_at(self.pos - 1) != Some(b'\n') {
                match self.text[self.pos..].find('\n') {
                    Some(at) => self.pos += at + 1,
                    None => {
                        self.pos = self.src.len();
                        return;
                    }
                }
            }
            match self.peek() {
                Some(byte) if byte.is_ascii_alphabetic() => return,
                None => return,
                Some(_) => self.pos += 1,
            }
        }
    }

    fn message(&mut self) -> Option<(String, Pattern)> {
        let id = self.identifier()?;
        self.skip_inline();
        if self.peek() != Some(b'=') {
            return None;
        }
        self.pos += 1;
        let pattern = self.pattern()?;
        // After the pattern: the end of its line.
        self.skip_inline();
        match self.peek() {
            None | Some(b'\n' | b'\r') => {}
            Some(_) => return None,
        }
        (!pattern.is_empty()).then_some((id, pattern))
    }

    fn identifier(&mut self) -> Option<String> {
        let start = self.pos;
        if !self.peek()?.is_ascii_alphabetic() {
            return None;
        }
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.pos += 1;
        }
        Some(self.text[start..self.pos].to_owned())
    }

    fn skip_inline(&mut self) {
        while self.peek() == Some(b' ') {
            self.pos += 1;
        }
    }

    /// Spaces and line breaks, as allowed inside a placeable.
    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// If a continuation line follows the line break at `pos`: the number
    /// of line breaks, the indent, and where its content starts.
    fn continuation(&self) -> Option<(usize, usize, usize)> {
        let mut at = self.pos;
        let mut breaks = 0;
        loop {
            match self.peek_at(at) {
                Some(b'\r') if self.peek_at(at + 1) == Some(b'\n') => at += 1,
                Some(b'\n') => {
                    at += 1;
                    breaks += 1;
                    let line = at;
                    while self.peek_at(at) == Some(b' ') {
                        at += 1;
                    }
                    match self.peek_at(at) {
                        Some(b'\n' | b'\r') => continue,
                        None | Some(b'[' | b'*' | b'.' | b'}') => return None,
                        Some(_) if at == line => return None,
                        Some(_) => return Some((breaks, at - line, at)),
                    }
                }
                _ => return None,
            }
        }
    }

    /// A pattern: text on the rest of this line and on indented lines
    /// below it, with placeables anywhere.
    fn pattern(&mut self) -> Option<Pattern> {
        self.skip_inline();
        let mut pieces: Vec<Piece> = Vec::new();
        let mut common: Option<usize> = None;
        loop {
            match self.peek() {
                None => break,
                Some(b'{') => {
                    self.pos += 1;
                    pieces.push(Piece::Element(self.placeable()?));
                }
                Some(b'}') => return None,
                Some(b'\n' | b'\r') => {
                    let Some((breaks, indent, content)) = self.continuation() else {
                        break;
                    };
                    self.pos = content;
                    common = Some(common.map_or(indent, |common| common.min(indent)));
                    if !pieces.is_empty() {
                        pieces.push(Piece::LineStart { breaks, indent });
                    } else {
                        // The pattern starts on this line: nothing before it.
                        pieces.push(Piece::LineStart { breaks: 0, indent });
                    }
                }
                Some(_) => {
                    let start = self.pos;
                    while !matches!(self.peek(), None | Some(b'{' | b'}' | b'\n' | b'\r')) {
                        self.pos += 1;
                    }
                    pieces.push(Piece::Text(self.text[start..self.pos].to_owned()));
                }
            }
        }
        Some(join(pieces, common.unwrap_or(0)))
    }

    /// What follows a `{`, up to and with its `}`.
    fn placeable(&mut self) -> Option<Element> {
        self.skip_blank();
        let element = match self.peek()? {
            b'$' => {
                self.pos += 1;
                let variable = self.identifier()?;
                self.skip_blank();
                if self.text[self.pos..].starts_with("->") {
                    self.pos += 2;
                    Element::Select(self.select(variable)?)
                } else {
                    Element::Variable(variable)
                }
            }
            b'"' => Element::Text(self.string()?),
            b'{' => {
                self.pos += 1;
                self.placeable()?
            }
            b'-' | b'0'..=b'9' => Element::Text(self.number()?.to_string()),
            _ => return None,
        };
        self.skip_blank();
        if self.peek()? != b'}' {
            return None;
        }
        self.pos += 1;
        Some(element)
    }

    fn select(&mut self, variable: String) -> Option<Select> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek()? {
                b'}' => break,
                b'*' => {
                    if default.is_some() {
                        return None;
                    }
                    default = Some(variants.len());
                    self.pos += 1;
                }
                _ => {}
            }
            if self.peek()? != b'[' {
                return None;
            }
            self.pos += 1;
            self.skip_blank();
            let key = match self.peek()? {
                b'-' | b'0'..=b'9' => Key::Number(self.number()?),
                _ => Key::Name(self.identifier()?),
            };
            self.skip_blank();
            if self.peek()? != b']' {
                return None;
            }
            self.pos += 1;
            variants.push((key, self.pattern()?));
        }
        Some(Select {
            variable,
            variants,
            default: default?,
        })
    }

    /// A whole number (the app's messages have no others).
    fn number(&mut self) -> Option<i64> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        self.text[start..self.pos].parse().ok()
    }

    /// A string literal, its escapes read.
    fn string(&mut self) -> Option<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let c = rest.chars().next()?;
            self.pos += c.len_utf8();
            match c {
                '"' => return Some(out),
                '\n' | '\r' => return None,
                '\\' => {
                    let escaped = self.text[self.pos..].chars().next()?;
                    self.pos += escaped.len_utf8();
                    match escaped {
                        '"' | '\\' => out.push(escaped),
                        'u' | 'U' => {
                            let digits = if escaped == 'u' { 4 } else { 6 };
                            let hex = self.text.get(self.pos..self.pos + digits)?;
                            self.pos += digits;
                            let code = u32::from_str_radix(hex, 16).ok()?;
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        _ => return None,
                    }
                }
                c => out.push(c),
            }
        }
    }
}

/// The pattern's pieces as elements: continuation lines lose the indent
/// they all share, and the end loses its trailing blanks.
fn join(pieces: Vec<Piece>, common: usize) -> Pattern {
    let mut pattern: Pattern = Vec::new();
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(more) => text.push_str(&more),
            Piece::LineStart { breaks, indent } => {
                text.extend(std::iter::repeat_n('\n', breaks));
                text.extend(std::iter::repeat_n(' ', indent - common));
            }
            Piece::Element(Element::Text(literal)) => {
                // A string literal is text, but never trimmed.
                flush(&mut pattern, &mut text);
                pattern.push(Element::Text(literal));
            }
            Piece::Element(element) => {
                flush(&mut pattern, &mut text);
                pattern.push(element);
            }
        }
    }
    let trimmed = text.trim_end_matches([' ', '\n', '\r']).len();
    text.truncate(trimmed);
    flush(&mut pattern, &mut text);
    pattern
}

fn flush(pattern: &mut Pattern, text: &mut String) {
    if !text.is_empty() {
        pattern.push(Element::Text(std::mem::take(text)));
    }
}
