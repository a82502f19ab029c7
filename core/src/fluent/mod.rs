//! The part of Fluent the app's messages are written in, read and
//! formatted here: messages whose text holds variables, string literals and
//! selections by plural category, number or word. About a fifth of the
//! size of the general Fluent crates in the practice app's wasm, and it
//! formats every message exactly as they do (`core/tests/fluent.rs`).
//!
//! Not read: terms, attributes, functions and message references. A
//! message that uses them, or is written wrongly, is left out (and shows
//! as its id); the locale tests make sure none is.

mod parse;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::lang::Lang;

/// A value given to a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Value<'a> {
        Value::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Value<'_> {
    fn from(text: String) -> Self {
        Value::Text(Cow::Owned(text))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Value<'_> {
            fn from(n: $t) -> Self {
                Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64);

/// The values given to a message, by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Args<'a>(Vec<(&'a str, Value<'a>)>);

impl<'a> Args<'a> {
    pub fn new() -> Args<'a> {
        Args(Vec::new())
    }

    pub fn set(&mut self, name: &'a str, value: impl Into<Value<'a>>) {
        let value = value.into();
        match self.0.iter_mut().find(|(kept, _)| *kept == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&Value<'a>> {
        self.0
            .iter()
            .find(|(kept, _)| *kept == name)
            .map(|(_, value)| value)
    }
}

impl<'a, V: Into<Value<'a>>> FromIterator<(&'a str, V)> for Args<'a> {
    fn from_iter<I: IntoIterator<Item = (&'a str, V)>>(pairs: I) -> Self {
        let mut args = Args::new();
        for (name, value) in pairs {
            args.set(name, value);
        }
        args
    }
}

/// A message's text: pieces of text, variables and selections.
type Pattern = Vec<Element>;

#[derive(Clone, Debug, PartialEq)]
enum Element {
    Text(String),
    Variable(String),
    Select(Select),
}

#[derive(Clone, Debug, PartialEq)]
struct Select {
    variable: String,
    variants: Vec<(Key, Pattern)>,
    /// The variant marked `*`.
    default: usize,
}

#[derive(Clone, Debug, PartialEq)]
enum Key {
    Number(i64),
    Name(String),
}

/// The messages of one Fluent file, in one language.
#[derive(Clone, Debug, Default)]
pub struct Messages {
    lang: Option<Lang>,
    messages: HashMap<String, Pattern>,
}

impl Messages {
    /// Reads a Fluent file in `lang`; what cannot be read is left out.
    pub fn parse(lang: Lang, source: &str) -> Messages {
        Messages {
            lang: Some(lang),
            messages: parse::messages(source),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The message `id` with `args`; `None` if there is no such message.
    pub fn format(&self, id: &str, args: Option<&Args>) -> Option<String> {
        let pattern = self.messages.get(id)?;
        let mut out = String::new();
        self.write(pattern, args, &mut out);
        Some(out)
    }

    fn write(&self, pattern: &Pattern, args: Option<&Args>, out: &mut String) {
        for element in pattern {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Variable(name) => match args.and_then(|args| args.get(name)) {
                    Some(Value::Text(text)) => out.push_str(text),
                    Some(Value::Number(n)) => out.push_str(&n.to_string()),
                    // As Fluent writes a variable it was not given.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Select(select) => {
                    let value = args.and_then(|args| args.get(&select.variable));
                    let chosen = select
                        .variants
                        .iter()
                        .find(|(key, _)| self.matches(key, value))
                        .unwrap_or(&select.variants[select.default]);
                    self.write(&chosen.1, args, out);
                }
            }
        }
    }

    fn matches(&self, key: &Key, value: Option<&Value>) -> bool {
        match (key, value) {
            (Key::Number(key), Some(Value::Number(n))) => key == n,
            (Key::Name(key), Some(Value::Number(n))) => {
                self.lang.is_some_and(|lang| key == plural(lang, *n))
            }
            (Key::Name(key), Some(Value::Text(text))) => key == text,
            _ => false,
        }
    }
}

/// The CLDR plural category of a whole number in `lang`.
pub fn plural(lang: Lang, n: i64) -> &'static str {
    match lang {
        Lang::Nb | Lang::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Uk => {
            let (last, last_two) = (n.abs() % 10, n.abs() % 100);
            if last == 1 && last_two != 11 {
                "one"
            } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
                "few"
            } else {
                "many"
            }
        }
    }
}

#[cfg(test)]
mod tests;
