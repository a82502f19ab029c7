use super::read::{MAX_DEPTH, Malformed};
use super::*;

/// serde_json's reading of the same text, as a `Value`.
fn by_serde(text: &str) -> Option<Value> {
    fn convert(value: serde_json::Value) -> Value {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(value) => Value::Bool(value),
            serde_json::Value::Number(number) => Value::Number(number.as_f64().unwrap()),
            serde_json::Value::String(text) => Value::String(text),
            serde_json::Value::Array(values) => {
                Value::Array(values.into_iter().map(convert).collect())
            }
            serde_json::Value::Object(members) => Value::Object(
                members
                    .into_iter()
                    .map(|(name, value)| (name, convert(value)))
                    .collect(),
            ),
        }
    }
    serde_json::from_str(text).ok().map(convert)
}

/// Members in name order, as serde_json's own tree keeps them.
fn sorted(value: Value) -> Value {
    match value {
        Value::Array(values) => Value::Array(values.into_iter().map(sorted).collect()),
        Value::Object(mut members) => {
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(members.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        other => other,
    }
}

#[test]
fn reads_what_serde_json_reads() {
    let texts = [
        r#"{"schema":2,"items":{"a/b":{"seen":2,"at":1795342200000}},"days":{}}"#,
        r#" [ 1 , -2 , 3.5 , -0.25 , 1e3 , 2E-2 , 0 , -0 , 12.5e+1 ] "#,
        r#"["plain","æøå","привіт","tab\tline\nquote\"back\\slash\/","\u00e6\u0432\ud83d\ude00","\u0000"]"#,
        r#"{"t":true,"f":false,"n":null,"nested":[[[]],{}]}"#,
        "0.3426",
        "8.1585",
        "1795342800000",
        "9007199254740992",
        "\"\"",
    ];
    for text in texts {
        assert_eq!(parse(text).ok().map(sorted), by_serde(text), "{text}");
    }
}

#[test]
fn refuses_what_is_not_json() {
    let texts = [
        "",
        " ",
        "{",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "{a:1}",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "+1",
        "tru",
        "nulls",
        "\"open",
        "\"bad \\x escape\"",
        "\"\\ud800 lone surrogate\"",
        "\"\\udc00\"",
        "\"\\u12\"",
        "\"raw\ncontrol\"",
        "[1] [2]",
        "NaN",
        "1e400",
        "-2e308",
    ];
    for text in texts {
        assert!(parse(text).is_err(), "{text:?}");
        assert!(by_serde(text).is_none(), "serde_json too: {text:?}");
    }
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    assert!(parse(&deep).is_err());
    let deepest = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse(&deepest).is_ok());
    let objects = "{\"a\":".repeat(100_000);
    assert_eq!(parse(&objects), Err(Malformed(5 * MAX_DEPTH)));
}

#[test]
fn numbers_the_app_writes_read_exactly() {
    // Every fraction with four decimals below 100, as the scheduler rounds
    // them, and every whole number of milliseconds around now.
    for whole in 0..100_u64 {
        for fraction in (0..10_000_u64).step_by(7) {
            let text = format!("{whole}.{fraction:04}");
            assert_eq!(
                parse(&text).unwrap().as_f64(),
                Some(text.parse::<f64>().unwrap()),
                "{text}"
            );
        }
    }
    for millis in [
        0_i64,
        1,
        1_795_342_800_000,
        -86_400_000,
        9_007_199_254_740_992,
    ] {
        assert_eq!(parse(&millis.to_string()).unwrap().as_i64(), Some(millis));
    }
}

#[test]
fn other_numbers_read_close() {
    for text in [
        "1.5e308",
        "2.2250738585072014e-308",
        "5e-324",
        "123456789012345678901234567890",
        "0.1234567890123456789",
        "-1e-400",
    ] {
        let ours = parse(text).unwrap().as_f64().unwrap();
        let exact = text.parse::<f64>().unwrap();
        let close = ours == exact || ((ours - exact) / exact).abs() < 1e-14;
        assert!(close, "{text}: {ours} vs {exact}");
    }
}

#[test]
fn integers_are_whole_numbers_in_range() {
    let number = |text| parse(text).unwrap();
    assert_eq!(number("42").as_u32(), Some(42));
    assert_eq!(number("4.5").as_u32(), None);
    assert_eq!(number("-1").as_u32(), None);
    assert_eq!(number("-1").as_i64(), Some(-1));
    assert_eq!(number("4294967296").as_u32(), None);
    assert_eq!(number("1e300").as_i64(), None);
    assert_eq!(number("\"7\"").as_u32(), None);
}

#[test]
fn writes_as_serde_json_writes() {
    let text = r#"{"schema":2,"name":"Olena \"Lena\" Ковальчук\\\n\t\u0001","list":[1,-2,true,false,null,[],{}],"at":1795342200000}"#;
    let value = parse(text).unwrap();
    assert_eq!(value.text(), text);
    let serde: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&serde).unwrap(), sorted(value).text());
}

#[test]
fn fractions_are_written_to_four_decimals_as_serde_json_writes_them_rounded() {
    for value in [
        0.0, 3.0, 0.9, 0.85, 0.3426, 8.1585, 3.1262, 100.5, 12.0001, 0.0001, 36_500.25,
    ] {
        let mut out = Writer::new();
        out.number(value);
        assert_eq!(out.finish(), serde_json::to_string(&value).unwrap());
    }
    let written = |value: f64| {
        let mut out = Writer::new();
        out.number(value);
        out.finish()
    };
    assert_eq!(written(2.345_678_9), "2.3457");
    assert_eq!(written(-1.5), "-1.5");
    assert_eq!(written(-0.000_01), "0.0");
    assert_eq!(written(f64::NAN), "null");
    assert_eq!(written(f64::INFINITY), "null");
    assert_eq!(written(1.795_342_8e12), "1795342800000.0");
}

#[test]
fn every_control_character_is_escaped_and_reads_back() {
    let text: String = (0..0x80_u8)
        .map(char::from)
        .chain("æøåї😀".chars())
        .collect();
    let written = to_string(&text);
    assert_eq!(written, serde_json::to_string(&text).unwrap());
    assert_eq!(from_str::<String>(&written), Some(text));
}

#[test]
fn fields_missing_null_or_of_another_type() {
    let value = parse(r#"{"a":1,"b":null,"c":"x","a":2}"#).unwrap();
    assert_eq!(value.field::<u32>("a"), Some(1));
    assert_eq!(value.field::<u32>("c"), None);
    assert_eq!(value.field::<u32>("z"), None);
    assert_eq!(value.field_or_default::<u32>("z"), Some(0));
    assert_eq!(value.field_or_default::<u32>("c"), None);
    assert_eq!(value.optional::<String>("b"), Some(None));
    assert_eq!(value.optional::<String>("z"), Some(None));
    assert_eq!(value.optional::<String>("c"), Some(Some("x".into())));
    assert_eq!(value.optional::<u32>("c"), None);
}

#[test]
fn maps_and_lists_round_trip() {
    let map: BTreeMap<String, Vec<u32>> =
        [("b".to_owned(), vec![1, 2]), ("a".to_owned(), Vec::new())].into();
    let text = to_string(&map);
    assert_eq!(text, serde_json::to_string(&map).unwrap());
    assert_eq!(from_str::<BTreeMap<String, Vec<u32>>>(&text), Some(map));
    assert_eq!(from_str::<Vec<u32>>("[1,\"2\"]"), None);
}

#[test]
fn random_bytes_never_panic() {
    // A small xorshift: the same bytes on every run.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let alphabet = b"{}[]\",:-+.eE0123456789tfnrulase \\u00dAbc\n";
    for _ in 0..20_000 {
        let length = (state % 24) as usize;
        let text: String = (0..length)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                char::from(alphabet[(state % alphabet.len() as u64) as usize])
            })
            .collect();
        assert_eq!(parse(&text).is_ok(), by_serde(&text).is_some(), "{text:?}");
    }
}
