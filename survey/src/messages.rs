//! The Fluent messages of every language: loading, completeness checks and formatting.
//!
//! Each language has two files, `ui.ftl` (screens) and `survey.ftl` (questions and options). The
//! source language's files define which messages exist; every other language must have exactly
//! the same ids, so that no screen ever falls back to a language the participant cannot read.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use crate::SurveyError;

pub const MESSAGE_FILES: [&str; 2] = ["ui.ftl", "survey.ftl"];

/// Every variable a ui.ftl message uses; an unused argument is harmless to Fluent.
pub const UI_VARIABLES: &[&str] = &[
    "current",
    "total",
    "seconds",
    "opens",
    "closes",
    "done",
    "municipality",
    "count",
    "retries",
    "reason",
    "version",
    "kiosk",
    "collector",
];

/// Fluent wraps placeables in these isolation marks so that numbers and names keep their own
/// direction inside right-to-left text; speech synthesis must not see them.
pub const ISOLATION_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

pub struct Catalog {
    languages: BTreeMap<String, LanguageMessages>,
}

struct LanguageMessages {
    /// Message ids per file, in file order.
    ids: BTreeMap<&'static str, Vec<String>>,
    bundle: FluentBundle<Arc<FluentResource>>,
}

impl Catalog {
    /// Loads the files of each language through `read(lang, file)`, which returns the text.
    pub fn load<F>(codes: &[String], mut read: F) -> Result<Self, SurveyError>
    where
        F: FnMut(&str, &str) -> Result<String, SurveyError>,
    {
        let mut languages = BTreeMap::new();
        for code in codes {
            let langid = code.parse().map_err(|_| SurveyError::FluentSyntax {
                lang: code.clone(),
                file: "-".into(),
                detail: "not a valid language identifier".into(),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let mut ids = BTreeMap::new();
            for file in MESSAGE_FILES {
                let resource = parse(code, file, read(code, file)?)?;
                ids.insert(file, message_ids(&resource));
                bundle.add_resource(Arc::new(resource)).map_err(|errors| {
                    SurveyError::FluentSyntax {
                        lang: code.clone(),
                        file: file.into(),
                        detail: format!("{errors:?}"),
                    }
                })?;
            }
            languages.insert(code.clone(), LanguageMessages { ids, bundle });
        }
        Ok(Catalog { languages })
    }

    /// Loads `<root>/<lang>/ui.ftl` and `survey.ftl` for each language.
    pub fn from_dir(root: &std::path::Path, codes: &[String]) -> Result<Self, SurveyError> {
        Catalog::load(codes, |lang, file| {
            let path = root.join(lang).join(file);
            std::fs::read_to_string(&path).map_err(SurveyError::io(path))
        })
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    pub fn ids(&self, lang: &str, file: &str) -> &[String] {
        self.languages
            .get(lang)
            .and_then(|l| l.ids.get(file))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub fn all_ids(&self, lang: &str) -> BTreeSet<&str> {
        MESSAGE_FILES
            .iter()
            .flat_map(|file| self.ids(lang, file))
            .map(String::as_str)
            .collect()
    }

    /// Every language has exactly the source language's messages, file by file, and the source
    /// language has every message the survey needs.
    pub fn check_complete(
        &self,
        source: &str,
        survey_ids: &BTreeSet<String>,
    ) -> Result<(), SurveyError> {
        let source_survey: BTreeSet<&str> = self
            .ids(source, "survey.ftl")
            .iter()
            .map(String::as_str)
            .collect();
        let missing: Vec<String> = survey_ids
            .iter()
            .filter(|id| !source_survey.contains(id.as_str()))
            .cloned()
            .collect();
        if !missing.is_empty() {
            return Err(SurveyError::MissingMessages {
                lang: source.into(),
                missing,
            });
        }
        for lang in self.languages.keys() {
            for file in MESSAGE_FILES {
                let expected: BTreeSet<&String> = self.ids(source, file).iter().collect();
                let actual: BTreeSet<&String> = self.ids(lang, file).iter().collect();
                let missing: Vec<String> = expected
                    .difference(&actual)
                    .map(|s| s.to_string())
                    .collect();
                if !missing.is_empty() {
                    return Err(SurveyError::MissingMessages {
                        lang: lang.clone(),
                        missing,
                    });
                }
                let extra: Vec<String> = actual
                    .difference(&expected)
                    .map(|s| s.to_string())
                    .collect();
                if !extra.is_empty() {
                    return Err(SurveyError::ExtraMessages {
                        lang: lang.clone(),
                        extra,
                    });
                }
            }
        }
        Ok(())
    }

    /// Formats a message for the screen; `None` when the language or message is unknown.
    pub fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = &self.languages.get(lang)?.bundle;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            log::warn!("formatting {lang}/{id}: {errors:?}");
        }
        Some(text.into_owned())
    }

    /// Formats a message as plain text to be read aloud: no isolation marks.
    pub fn format_for_speech(&self, lang: &str, id: &str) -> Option<String> {
        self.format(lang, id, None)
            .map(|text| text.replace(ISOLATION_MARKS, ""))
    }

    /// A file's messages in one language as templates: each formatted by Fluent with the
    /// variables named in `variables` left as `{name}`, for a page to fill in itself (a
    /// countdown changes every second). A message that selects on a number ("1 sekund",
    /// "2 sekunder") also gets one template per plural form of the language whose text differs,
    /// keyed [`plural_key`]; the page picks it with the same CLDR rules (`Intl.PluralRules`).
    pub fn templates(
        &self,
        lang: &str,
        file: &str,
        variables: &[&str],
    ) -> BTreeMap<String, String> {
        let placeholders = |number: Option<(&str, usize)>| {
            let mut args = FluentArgs::new();
            for name in variables {
                match number {
                    Some((numeric, n)) if numeric == *name => args.set(*name, n),
                    _ => args.set(*name, format!("{{{name}}}")),
                }
            }
            args
        };
        let samples = self.plural_samples(lang);
        let mut templates = BTreeMap::new();
        for id in self.ids(lang, file) {
            let Some(base) = self.format(lang, id, Some(&placeholders(None))) else {
                continue;
            };
            for name in variables
                .iter()
                .filter(|name| base.contains(&format!("{{{name}}}")))
            {
                for (category, n) in &samples {
                    let Some(text) = self.format(lang, id, Some(&placeholders(Some((name, *n)))))
                    else {
                        continue;
                    };
                    // Fluent isolates each placeable, so the number is found whole.
                    let isolated = |value: &str| format!("\u{2068}{value}\u{2069}");
                    let text =
                        text.replace(&isolated(&n.to_string()), &isolated(&format!("{{{name}}}")));
                    if text != base {
                        templates.insert(plural_key(id, name, category), text);
                    }
                }
            }
            templates.insert(id.clone(), base);
        }
        templates
    }

    /// One whole number of each plural form the language has, by the form's CLDR name.
    fn plural_samples(&self, lang: &str) -> Vec<(&'static str, usize)> {
        use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
        let Some(messages) = self.languages.get(lang) else {
            return Vec::new();
        };
        let Ok(rules) =
            PluralRules::create(messages.bundle.locales[0].clone(), PluralRuleType::CARDINAL)
        else {
            // Fluent has no rules for this language either, so it only ever shows `other`.
            return Vec::new();
        };
        let mut samples: Vec<(&'static str, usize)> = Vec::new();
        for n in 0..=1000usize {
            let Ok(category) = rules.select(n) else {
                continue;
            };
            let name = match category {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            if !samples.iter().any(|(known, _)| *known == name) {
                samples.push((name, n));
            }
        }
        samples
    }

    pub fn count_messages(&self, lang: &str) -> usize {
        self.all_ids(lang).len()
    }
}

/// The key of a message's template for one plural form of one of its numbers, e.g.
/// `idle-countdown[seconds:one]`.
pub fn plural_key(id: &str, variable: &str, category: &str) -> String {
    format!("{id}[{variable}:{category}]")
}

/// The deepest nesting of placeables a file may have. Fluent's parser recurses once per level
/// and sets no limit of its own: some ten thousand nested `{` overflow the stack and abort the
/// process instead of giving an error (found by `cargo xtask fuzz`). Real messages nest two or
/// three deep.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// How deep placeables nest in `text`, counting braces outside comments and string literals;
/// never less than the depth Fluent's parser would recurse to.
fn placeable_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let mut chars = line.chars();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            match (in_string, c) {
                (true, '\\') => {
                    chars.next();
                }
                (true, '"') => in_string = false,
                (true, _) => {}
                (false, '"') if depth > 0 => in_string = true,
                (false, '{') => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                (false, '}') => depth = depth.saturating_sub(1),
                (false, _) => {}
            }
        }
    }
    deepest
}

fn parse(lang: &str, file: &str, text: String) -> Result<FluentResource, SurveyError> {
    if placeable_depth(&text) > MAX_PLACEABLE_DEPTH {
        return Err(SurveyError::FluentSyntax {
            lang: lang.into(),
            file: file.into(),
            detail: format!("placeables nest deeper than {MAX_PLACEABLE_DEPTH}"),
        });
    }
    FluentResource::try_new(text).map_err(|(_, errors)| SurveyError::FluentSyntax {
        lang: lang.into(),
        file: file.into(),
        detail: errors
            .iter()
            .map(|e| format!("{:?} at bytes {:?}", e.kind, e.pos))
            .collect::<Vec<_>>()
            .join("; "),
    })
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(files: &[(&str, &str, &str)]) -> Result<Catalog, SurveyError> {
        let codes: Vec<String> = files
            .iter()
            .map(|(lang, _, _)| lang.to_string())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        Catalog::load(&codes, |lang, file| {
            Ok(files
                .iter()
                .find(|(l, f, _)| *l == lang && *f == file)
                .map(|(_, _, text)| text.to_string())
                .unwrap_or_default())
        })
    }

    #[test]
    fn a_syntax_error_names_language_and_file() {
        let err = catalog(&[("nb", "ui.ftl", "ok = fint\nbroken = { $x\n")])
            .err()
            .unwrap();
        assert!(
            matches!(&err, SurveyError::FluentSyntax { lang, file, .. }
            if lang == "nb" && file == "ui.ftl"),
            "{err}"
        );
    }

    #[test]
    fn deeply_nested_placeables_are_refused_instead_of_overflowing_the_stack() {
        let deep = format!("a = {}\n", "{ ".repeat(100_000));
        let err = catalog(&[("nb", "ui.ftl", &deep)]).err().unwrap();
        assert!(
            matches!(&err, SurveyError::FluentSyntax { lang, file, detail }
            if lang == "nb" && file == "ui.ftl" && detail.contains("nest deeper")),
            "{err}"
        );
        // Braces in string literals and comments do not count, nor does a sibling placeable.
        let mut fine = String::from("# {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n");
        for n in 0..40 {
            fine.push_str(&format!("brace-{n} = {{ \"{{\" }} and {{ \"\\\"{{\" }}\n"));
        }
        let depth = MAX_PLACEABLE_DEPTH;
        fine.push_str(&format!(
            "nested = {}x{}\n",
            "{ ".repeat(depth),
            " }".repeat(depth)
        ));
        let catalog = catalog(&[("nb", "ui.ftl", &fine)]).unwrap();
        assert_eq!(
            catalog.format_for_speech("nb", "brace-39").unwrap(),
            "{ and \"{"
        );
    }

    #[test]
    fn a_missing_message_in_one_language_is_found() {
        let catalog = catalog(&[
            ("nb", "ui.ftl", "a = A\nb = B\n"),
            ("en", "ui.ftl", "a = A\n"),
        ])
        .unwrap();
        let err = catalog.check_complete("nb", &BTreeSet::new()).unwrap_err();
        assert!(
            matches!(&err, SurveyError::MissingMessages { lang, missing }
            if lang == "en" && missing == &["b".to_string()]),
            "{err}"
        );
    }

    #[test]
    fn placeables_are_formatted_and_speech_text_has_no_isolation_marks() {
        let catalog = catalog(&[("ar", "ui.ftl", "progress = السؤال { $n }\n")]).unwrap();
        let mut args = FluentArgs::new();
        args.set("n", 3);
        let shown = catalog.format("ar", "progress", Some(&args)).unwrap();
        assert!(shown.contains('\u{2068}'));
        assert_eq!(catalog.format("ar", "missing", None), None);
    }
}
