use super::*;

const SOURCE: &str = r#"
# A comment
## A group comment
plain = Just text
with-var = Hello, { $name }!
literal = Braces: {"{"} and {"}"}, quote {"\""} and {"\u00E5"}
block =
    First line
      indented more

    after a blank line
pack-words =
    { $count ->
        [0] no words
        [one] { $count } word
       *[other] { $count } words
    }
how = { $how ->
    [merge] Merged
    [replace] Replaced
   *[leave] Left
}
broken = { $x
next = Still read
!!! junk
after = After junk
"#;

fn messages(lang: Lang) -> Messages {
    Messages::parse(lang, SOURCE)
}

fn format(lang: Lang, id: &str, args: &[(&str, Value)]) -> Option<String> {
    let args: Args = args.iter().cloned().collect();
    messages(lang).format(id, Some(&args))
}

#[test]
fn text_variables_and_literals() {
    let en = messages(Lang::En);
    assert_eq!(en.format("plain", None).as_deref(), Some("Just text"));
    assert_eq!(
        format(Lang::En, "with-var", &[("name", "Olena".into())]).as_deref(),
        Some("Hello, Olena!")
    );
    assert_eq!(
        en.format("with-var", None).as_deref(),
        Some("Hello, {$name}!")
    );
    assert_eq!(
        en.format("literal", None).as_deref(),
        Some("Braces: { and }, quote \" and å")
    );
    assert_eq!(
        en.format("block", None).as_deref(),
        Some("First line\n  indented more\n\nafter a blank line")
    );
}

#[test]
fn selections_by_number_plural_and_word() {
    let words = |lang, n: i64| format(lang, "pack-words", &[("count", n.into())]).unwrap();
    assert_eq!(words(Lang::En, 0), "no words");
    assert_eq!(words(Lang::En, 1), "1 word");
    assert_eq!(words(Lang::Nb, 21), "21 words");
    let how = |word: &str| format(Lang::En, "how", &[("how", word.into())]).unwrap();
    assert_eq!(how("replace"), "Replaced");
    assert_eq!(how("other"), "Left");
    assert_eq!(
        messages(Lang::En).format("how", None).as_deref(),
        Some("Left")
    );
}

#[test]
fn what_cannot_be_read_is_left_out_and_the_rest_is_kept() {
    let en = messages(Lang::En);
    assert!(!en.has("broken"));
    assert!(en.has("next"));
    assert_eq!(en.format("next", None).as_deref(), Some("Still read"));
    assert_eq!(en.format("after", None).as_deref(), Some("After junk"));
    assert_eq!(en.format("nothing", None), None);
}

#[test]
fn ukrainian_plural_categories() {
    let cases = [
        (0, "many"),
        (1, "one"),
        (2, "few"),
        (4, "few"),
        (5, "many"),
        (11, "many"),
        (12, "many"),
        (14, "many"),
        (21, "one"),
        (22, "few"),
        (25, "many"),
        (101, "one"),
        (111, "many"),
        (112, "many"),
        (122, "few"),
    ];
    for (n, category) in cases {
        assert_eq!(plural(Lang::Uk, n), category, "{n}");
    }
    assert_eq!(plural(Lang::Nb, 1), "one");
    assert_eq!(plural(Lang::En, 0), "other");
}

#[test]
fn args_keep_the_last_value_of_a_name() {
    let mut args = Args::new();
    args.set("n", 1usize);
    args.set("n", "two");
    assert_eq!(args.get("n"), Some(&Value::from("two")));
    assert_eq!(Value::from(u64::MAX), Value::Number(i64::MAX));
}
