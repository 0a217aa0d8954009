//! Fluent files (`survey::messages`): a translation's `ui.ftl` as a pack carries it, loaded
//! beside the source language's real files, checked for completeness, and formatted for the
//! screen, for speech and as the web survey's templates.

use std::collections::{BTreeMap, BTreeSet};

use survey::messages::{MESSAGE_FILES, UI_VARIABLES};
use survey::{Catalog, Definition, SurveyError};

use crate::{broken, fixtures, FuzzError, Target};

/// The language whose `ui.ftl` is fuzzed; the source language keeps its real files.
const FUZZED: &str = "en";
const FUZZED_FILE: &str = "ui.ftl";

pub struct Fluent {
    source: String,
    /// The real text of every (language, file) but the fuzzed one.
    texts: BTreeMap<(String, &'static str), String>,
    survey_ids: BTreeSet<String>,
}

impl Fluent {
    pub fn new() -> Result<Self, FuzzError> {
        let survey = String::from_utf8(fixtures::repo_file("content/survey.toml")?)
            .map_err(fixtures::setup)?;
        let definition =
            Definition::from_toml("content/survey.toml", &survey).map_err(fixtures::setup)?;
        let source = definition.source_language.clone();
        let mut texts = BTreeMap::new();
        for lang in [source.as_str(), FUZZED] {
            for file in MESSAGE_FILES {
                let bytes = fixtures::repo_file(&format!("locales/{lang}/{file}"))?;
                let text = String::from_utf8(bytes).map_err(fixtures::setup)?;
                texts.insert((lang.to_owned(), file), text);
            }
        }
        Ok(Fluent {
            source,
            texts,
            survey_ids: definition.message_ids(),
        })
    }
}

impl Target for Fluent {
    fn name(&self) -> &'static str {
        "fluent"
    }

    fn seeds(&self) -> Vec<Vec<u8>> {
        let mut seeds: Vec<Vec<u8>> = self
            .texts
            .iter()
            .filter(|((_, file), _)| *file == FUZZED_FILE)
            .map(|(_, text)| text.clone().into_bytes())
            .collect();
        // A right-to-left translation, with its isolation-heavy placeables.
        if let Ok(arabic) = fixtures::repo_file("locales/ar/ui.ftl") {
            seeds.push(arabic);
        }
        seeds
    }

    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
        // Files are read as UTF-8 text; other bytes are refused before Fluent sees them.
        let Ok(fuzzed) = std::str::from_utf8(input) else {
            return Ok("not_utf8".into());
        };
        let codes = vec![self.source.clone(), FUZZED.to_owned()];
        let loaded = Catalog::load(&codes, |lang, file| {
            if lang == FUZZED && file == FUZZED_FILE {
                return Ok(fuzzed.to_owned());
            }
            Ok(self.texts[&(lang.to_owned(), file_key(file))].clone())
        });
        let catalog = match loaded {
            Ok(catalog) => catalog,
            // A message of the fuzzed file may also clash with one of the language's other
            // file, which is then the one refused.
            Err(SurveyError::FluentSyntax { lang, file, .. }) if lang == FUZZED => {
                return Ok(format!("refused in {file}"))
            }
            Err(other) => return Err(broken!("loading refused with {other}")),
        };
        let complete = match catalog.check_complete(&self.source, &self.survey_ids) {
            Ok(()) => {
                crate::ensure!(
                    catalog.all_ids(FUZZED) == catalog.all_ids(&self.source),
                    "a complete catalog has other ids than its source language"
                );
                "complete"
            }
            Err(SurveyError::MissingMessages { lang, .. }) if lang == FUZZED => "missing",
            Err(SurveyError::ExtraMessages { lang, .. }) if lang == FUZZED => "extra",
            Err(other) => return Err(broken!("the completeness check gave {other}")),
        };
        let mut formatted = 0;
        for id in catalog.ids(FUZZED, FUZZED_FILE).to_vec() {
            if catalog.format(FUZZED, &id, None).is_some() {
                formatted += 1;
            }
            if let Some(spoken) = catalog.format_for_speech(FUZZED, &id) {
                crate::ensure!(
                    !spoken.contains(['\u{2068}', '\u{2069}']),
                    "speech text of {id:?} keeps isolation marks"
                );
            }
        }
        let templates = catalog.templates(FUZZED, FUZZED_FILE, UI_VARIABLES);
        let whole_messages = templates.keys().filter(|key| !key.contains('[')).count();
        crate::ensure!(
            whole_messages <= catalog.ids(FUZZED, FUZZED_FILE).len(),
            "more templates than messages"
        );
        Ok(format!("{complete} formatted={}", formatted.min(3)))
    }
}

/// The `'static` name of a message file, as the text map keys it.
fn file_key(file: &str) -> &'static str {
    MESSAGE_FILES
        .iter()
        .find(|known| **known == file)
        .copied()
        .expect("Catalog::load asks only for message files")
}
