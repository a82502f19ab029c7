//! Every text in a pack with the path to it, for the checks that apply to
//! all of them (length, markup, control characters).

use super::item::{Exercise, Item, Support, Whys};
use super::model::{Pack, Texts};
use super::read::Step;

/// Calls `visit` with the path and value of every string in the pack.
pub fn each_text(pack: &Pack, visit: &mut dyn FnMut(&[Step], &str)) {
    let mut walk = Walk {
        path: Vec::new(),
        visit,
    };
    let meta = &pack.pack;
    walk.key("pack", |walk| {
        walk.text("id", &meta.id);
        walk.text("version", &meta.version);
        walk.texts("title", &meta.title);
        walk.texts("description", &meta.description);
        walk.list("authors", &meta.authors);
        walk.text("licence", &meta.licence);
        walk.list("situations", &meta.situations);
        walk.list("prerequisites", &meta.prerequisites);
    });
    walk.key("vocabulary", |walk| {
        for (index, word) in pack.vocabulary.iter().enumerate() {
            walk.index(index, |walk| {
                walk.text("id", &word.id);
                walk.text("lemma", &word.lemma);
                walk.list("forms", &word.forms);
                walk.key("gloss", |walk| {
                    walk.text("uk", &word.gloss.uk);
                    walk.text("en", &word.gloss.en);
                });
                walk.optional("example", &word.example);
                walk.optional("audio", &word.audio);
            });
        }
    });
    walk.key("items", |walk| {
        for (index, item) in pack.items.iter().enumerate() {
            walk.index(index, |walk| walk.item(item));
        }
    });
}

struct Walk<'v> {
    path: Vec<Step>,
    visit: &'v mut dyn FnMut(&[Step], &str),
}

impl Walk<'_> {
    fn key(&mut self, name: &str, inner: impl FnOnce(&mut Self)) {
        self.path.push(Step::Key(name.to_owned()));
        inner(self);
        self.path.pop();
    }

    fn index(&mut self, index: usize, inner: impl FnOnce(&mut Self)) {
        self.path.push(Step::Index(index));
        inner(self);
        self.path.pop();
    }

    fn text(&mut self, name: &str, value: &str) {
        self.key(name, |walk| (walk.visit)(&walk.path, value));
    }

    fn list(&mut self, name: &str, values: &[String]) {
        self.key(name, |walk| {
            for (index, value) in values.iter().enumerate() {
                walk.index(index, |walk| (walk.visit)(&walk.path, value));
            }
        });
    }

    fn texts(&mut self, name: &str, texts: &Texts) {
        self.key(name, |walk| {
            walk.text("nb", &texts.nb);
            walk.text("uk", &texts.uk);
            walk.text("en", &texts.en);
        });
    }

    fn support(&mut self, name: &str, support: &Support) {
        self.key(name, |walk| walk.support_here(support));
    }

    /// Why each wrong option is wrong: the option's text is the key.
    fn whys(&mut self, whys: &Whys) {
        self.key("why", |walk| {
            for (option, why) in whys {
                walk.support(option, why);
            }
        });
    }

    fn support_here(&mut self, support: &Support) {
        for (lang, text) in [
            ("nb", &support.nb),
            ("uk", &support.uk),
            ("en", &support.en),
        ] {
            if let Some(text) = text {
                self.text(lang, text);
            }
        }
    }

    fn optional(&mut self, name: &str, value: &Option<String>) {
        if let Some(value) = value {
            self.text(name, value);
        }
    }

    fn item(&mut self, item: &Item) {
        self.text("id", &item.id);
        for (name, support) in [
            ("instruction", &item.instruction),
            ("hint", &item.hint),
            ("feedback", &item.feedback),
        ] {
            if let Some(support) = support {
                self.support(name, support);
            }
        }
        self.optional("audio", &item.audio);
        self.optional("image", &item.image);
        match &item.exercise {
            Exercise::Flashcard { front, back } => {
                self.text("front", front);
                self.support("back", back);
            }
            Exercise::Choice {
                question,
                options,
                answer,
                why,
            } => {
                self.text("question", question);
                self.list("options", options);
                self.text("answer", answer);
                self.whys(why);
            }
            Exercise::Gap {
                text,
                options,
                answer,
                why,
            } => {
                self.text("text", text);
                self.list("options", options);
                self.text("answer", answer);
                self.whys(why);
            }
            Exercise::Cloze { text, answers } => {
                self.text("text", text);
                self.list("answers", answers);
            }
            Exercise::Translate { source, answers } => {
                self.support("source", source);
                self.list("answers", answers);
            }
            Exercise::Order {
                tiles,
                answer,
                alternatives,
            } => {
                self.list("tiles", tiles);
                self.list("answer", answer);
                self.key("alternatives", |walk| {
                    for (index, order) in alternatives.iter().enumerate() {
                        walk.index(index, |walk| {
                            for (index, tile) in order.iter().enumerate() {
                                walk.index(index, |walk| (walk.visit)(&walk.path, tile));
                            }
                        });
                    }
                });
            }
            Exercise::Match { pairs } => self.key("pairs", |walk| {
                for (index, (left, right)) in pairs.iter().enumerate() {
                    walk.index(index, |walk| {
                        walk.index(0, |walk| (walk.visit)(&walk.path, left));
                        walk.index(1, |walk| (walk.visit)(&walk.path, right));
                    });
                }
            }),
            Exercise::Listening {
                text,
                options,
                answer,
                ..
            } => {
                self.text("text", text);
                self.list("options", options);
                self.optional("answer", answer);
            }
            Exercise::MinimalPair { words, answer } => {
                self.list("words", &[words.0.clone(), words.1.clone()]);
                self.text("answer", answer);
            }
            Exercise::Dialogue { speakers, turns } => {
                self.key("speakers", |walk| {
                    for (index, speaker) in speakers.iter().enumerate() {
                        walk.index(index, |walk| {
                            walk.text("id", &speaker.id);
                            walk.text("name", &speaker.name);
                        });
                    }
                });
                self.key("turns", |walk| {
                    for (index, turn) in turns.iter().enumerate() {
                        walk.index(index, |walk| {
                            walk.text("speaker", &turn.speaker);
                            walk.optional("text", &turn.text);
                            walk.list("answers", &turn.answers);
                            walk.key("options", |walk| {
                                for (index, option) in turn.options.iter().enumerate() {
                                    walk.index(index, |walk| {
                                        walk.text("text", &option.text);
                                        if let Some(why) = &option.why {
                                            walk.support("why", why);
                                        }
                                    });
                                }
                            });
                        });
                    }
                });
            }
            Exercise::Message {
                task,
                model,
                checklist,
            } => {
                self.support("task", task);
                self.text("model", model);
                self.key("checklist", |walk| {
                    for (index, entry) in checklist.iter().enumerate() {
                        walk.index(index, |walk| walk.support_here(entry));
                    }
                });
            }
            Exercise::Speaking { text } => self.text("text", text),
            Exercise::Culture { title, text } => {
                self.support("title", title);
                self.support("text", text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::tests::PACK;
    use crate::content::parse_pack;

    #[test]
    fn visits_every_text_with_its_path() {
        let pack = parse_pack(PACK).unwrap();
        let mut seen = Vec::new();
        each_text(&pack, &mut |path, text| {
            seen.push((path.to_vec(), text.to_owned()))
        });
        let gloss = [
            Step::Key("vocabulary".into()),
            Step::Index(0),
            Step::Key("gloss".into()),
            Step::Key("uk".into()),
        ];
        assert!(seen.contains(&(gloss.to_vec(), "швабра".into())));
        assert!(seen.iter().any(|(_, text)| text == "moppene"));
        assert!(seen.iter().any(|(_, text)| text == "Назва"));
    }
}
