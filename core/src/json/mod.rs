//! The JSON the app reads and writes: stored progress and settings, the
//! catalog, packs as the build exports them, added packs' records and the
//! backup file. A tree reader and a writer by hand, with a reader and a
//! writer per type beside the type. serde's derives and `serde_json` cost
//! the practice app's download 23 KB (brotli) more than this does. Pack
//! files are still read from TOML through serde.

mod read;
mod write;

pub use read::parse;
pub use write::Writer;

use std::collections::BTreeMap;

/// A JSON value. Numbers are `f64`, exact for every integer up to 2^53
/// (times in milliseconds, counts, sizes). An object keeps its members in
/// their order; a name given twice is kept twice and read the first time.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// The largest integer a JSON number holds exactly: 2^53.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

impl Value {
    /// The member `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.as_object()?
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(value) => Some(*value),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(number) => Some(*number),
            _ => None,
        }
    }

    /// A whole number within ±2^53.
    pub fn as_i64(&self) -> Option<i64> {
        let number = self.as_f64()?;
        (number.fract() == 0.0 && number.abs() <= MAX_EXACT).then_some(number as i64)
    }

    pub fn as_u64(&self) -> Option<u64> {
        u64::try_from(self.as_i64()?).ok()
    }

    pub fn as_u32(&self) -> Option<u32> {
        u32::try_from(self.as_i64()?).ok()
    }

    pub fn as_usize(&self) -> Option<usize> {
        usize::try_from(self.as_i64()?).ok()
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(values) => Some(values),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    /// Reads the member `name` as a `T`; `None` if it is missing or not a
    /// `T`.
    pub fn field<T: FromJson>(&self, name: &str) -> Option<T> {
        T::from_json(self.get(name)?)
    }

    /// Reads the member `name` as a `T`, or `T`'s default if it is missing;
    /// `None` if it is there but not a `T`.
    pub fn field_or_default<T: FromJson + Default>(&self, name: &str) -> Option<T> {
        match self.get(name) {
            None => Some(T::default()),
            Some(value) => T::from_json(value),
        }
    }

    /// Reads the member `name` if it is there and not `null`: `Some(None)`
    /// if it is missing or `null`, `None` if it is something else.
    pub fn optional<T: FromJson>(&self, name: &str) -> Option<Option<T>> {
        match self.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(value) => T::from_json(value).map(Some),
        }
    }

    /// The value as JSON text.
    pub fn text(&self) -> String {
        to_string(self)
    }
}

/// A type read from a JSON value; `None` if the value is not one.
pub trait FromJson: Sized {
    fn from_json(value: &Value) -> Option<Self>;
}

/// A type written as JSON.
pub trait ToJson {
    fn to_json(&self, out: &mut Writer);
}

/// `value` as JSON text.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = Writer::new();
    value.to_json(&mut out);
    out.finish()
}

/// Reads JSON text as a `T`; `None` if it is not JSON or not a `T`.
pub fn from_str<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&parse(text).ok()?)
}

impl FromJson for Value {
    fn from_json(value: &Value) -> Option<Value> {
        Some(value.clone())
    }
}

impl ToJson for Value {
    fn to_json(&self, out: &mut Writer) {
        match self {
            Value::Null => out.null(),
            Value::Bool(value) => out.bool(*value),
            Value::Number(number) => match self.as_i64() {
                Some(whole) => out.integer(whole),
                None => out.number(*number),
            },
            Value::String(text) => out.string(text),
            Value::Array(values) => values.to_json(out),
            Value::Object(members) => {
                out.begin_object();
                for (name, value) in members {
                    out.member(name, value);
                }
                out.end_object();
            }
        }
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self, out: &mut Writer) {
        (**self).to_json(out);
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Option<String> {
        value.as_str().map(str::to_owned)
    }
}

impl ToJson for str {
    fn to_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Option<bool> {
        value.as_bool()
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut Writer) {
        out.bool(*self);
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value) -> Option<u32> {
        value.as_u32()
    }
}

impl ToJson for u32 {
    fn to_json(&self, out: &mut Writer) {
        out.integer(i64::from(*self));
    }
}

impl FromJson for usize {
    fn from_json(value: &Value) -> Option<usize> {
        value.as_usize()
    }
}

impl ToJson for usize {
    fn to_json(&self, out: &mut Writer) {
        out.integer(*self as i64);
    }
}

impl FromJson for i64 {
    fn from_json(value: &Value) -> Option<i64> {
        value.as_i64()
    }
}

impl ToJson for i64 {
    fn to_json(&self, out: &mut Writer) {
        out.integer(*self);
    }
}

impl FromJson for f64 {
    fn from_json(value: &Value) -> Option<f64> {
        value.as_f64()
    }
}

/// To four decimals: see [`Writer::number`].
impl ToJson for f64 {
    fn to_json(&self, out: &mut Writer) {
        out.number(*self);
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Option<Vec<T>> {
        value.as_array()?.iter().map(T::from_json).collect()
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, out: &mut Writer) {
        out.begin_array();
        for value in self {
            out.element();
            value.to_json(out);
        }
        out.end_array();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut Writer) {
        self.as_slice().to_json(out);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, out: &mut Writer) {
        match self {
            Some(value) => value.to_json(out),
            None => out.null(),
        }
    }
}

/// A key of a JSON object: read from and written as the member's name.
pub trait JsonKey: Sized + Ord {
    fn from_key(name: &str) -> Option<Self>;
    fn key(&self) -> &str;
}

impl JsonKey for String {
    fn from_key(name: &str) -> Option<String> {
        Some(name.to_owned())
    }

    fn key(&self) -> &str {
        self
    }
}

impl<K: JsonKey, V: FromJson> FromJson for BTreeMap<K, V> {
    fn from_json(value: &Value) -> Option<BTreeMap<K, V>> {
        let mut map = BTreeMap::new();
        for (name, value) in value.as_object()? {
            map.insert(K::from_key(name)?, V::from_json(value)?);
        }
        Some(map)
    }
}

impl<K: JsonKey, V: ToJson> ToJson for BTreeMap<K, V> {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        for (key, value) in self {
            out.member(key.key(), value);
        }
        out.end_object();
    }
}

#[cfg(test)]
mod tests;
