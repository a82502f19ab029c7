//! The app's Fluent reader formats every message of the three language
//! files exactly as the general Fluent crates do, for every kind of value.

use bransjenorsk_core::fluent::{Args, Messages, Value};
use bransjenorsk_core::lang::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;

fn source(lang: Lang) -> String {
    let path = format!(
        "{}/../src/i18n/locales/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    std::fs::read_to_string(path).unwrap()
}

/// Every variable and every variant key a pattern names.
fn names(pattern: &ast::Pattern<&str>, variables: &mut Vec<String>, keys: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_names(expression, variables, keys);
        }
    }
}

fn expression_names(
    expression: &ast::Expression<&str>,
    variables: &mut Vec<String>,
    keys: &mut Vec<String>,
) {
    let inline = match expression {
        ast::Expression::Inline(inline) => inline,
        ast::Expression::Select { selector, variants } => {
            for variant in variants {
                if let ast::VariantKey::Identifier { name } = variant.key {
                    keys.push(name.to_owned());
                }
                names(&variant.value, variables, keys);
            }
            selector
        }
    };
    match inline {
        ast::InlineExpression::VariableReference { id } => variables.push(id.name.to_owned()),
        ast::InlineExpression::Placeable { expression } => {
            expression_names(expression, variables, keys)
        }
        _ => {}
    }
}

#[test]
fn every_message_formats_as_fluent_formats_it() {
    let numbers = [
        0_i64, 1, 2, 3, 4, 5, 7, 11, 12, 14, 21, 22, 25, 100, 101, 111, 1_000, 2_048,
    ];
    let mut compared = 0;
    for lang in Lang::ALL {
        let text = source(lang);
        let ours = Messages::parse(lang, &text);
        let resource = FluentResource::try_new(text.clone()).expect("the file parses");
        let mut ids = Vec::new();
        let (mut variables, mut keys) = (Vec::new(), vec!["zzz".to_owned()]);
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                ids.push(message.id.name.to_owned());
                if let Some(value) = &message.value {
                    names(value, &mut variables, &mut keys);
                }
            }
        }
        let mut bundle = FluentBundle::new(vec![
            lang.code()
                .parse::<unic_langid::LanguageIdentifier>()
                .unwrap(),
        ]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let theirs = |id: &str, args: Option<&FluentArgs>| {
            let pattern = bundle.get_message(id)?.value()?;
            Some(
                bundle
                    .format_pattern(pattern, args, &mut Vec::new())
                    .into_owned(),
            )
        };
        let mut cases: Vec<Vec<(String, Value)>> = vec![];
        for n in numbers {
            cases.push(
                variables
                    .iter()
                    .map(|v| (v.clone(), Value::Number(n)))
                    .collect(),
            );
        }
        for key in &keys {
            cases.push(
                variables
                    .iter()
                    .map(|v| (v.clone(), Value::from(key.clone())))
                    .collect(),
            );
        }
        for id in &ids {
            assert_eq!(
                ours.format(id, None),
                theirs(id, None),
                "{lang:?} {id} without values"
            );
            assert_eq!(ours.has(id), theirs(id, None).is_some(), "{lang:?} {id}");
            for case in &cases {
                let args: Args = case
                    .iter()
                    .map(|(name, value)| (name.as_str(), value.clone()))
                    .collect();
                let mut fluent = FluentArgs::new();
                for (name, value) in case {
                    match value {
                        Value::Number(n) => fluent.set(name.as_str(), FluentValue::from(*n)),
                        Value::Text(text) => {
                            fluent.set(name.as_str(), FluentValue::from(text.as_ref()))
                        }
                    }
                }
                assert_eq!(
                    ours.format(id, Some(&args)),
                    theirs(id, Some(&fluent)),
                    "{lang:?} {id} with {case:?}"
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 50_000, "{compared}");
}
