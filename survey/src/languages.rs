//! The languages a pack offers: code, names, script, writing direction and the voice its
//! demo recordings use, read from the tab-separated language list.

use serde::{Deserialize, Serialize};

use crate::SurveyError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: String,
    pub english: String,
    pub autonym: String,
    /// ISO 15924 script code, e.g. "Arab", "Ethi", "Mymr".
    pub script: String,
    pub direction: Direction,
    /// The espeak-ng voice the demo clips were made with.
    pub voice: String,
    /// Set when the voice is a stand-in for the language's own, e.g. "stand-in: Persian voice".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_note: Option<String>,
}

/// Parses the language list: a header line, then
/// `code english autonym script direction espeak_voice voice_note`, tab-separated.
pub fn parse_tsv(text: &str) -> Result<Vec<Language>, SurveyError> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = lines
        .next()
        .ok_or_else(|| SurveyError::Languages("empty".into()))?;
    if !header.starts_with("code\t") {
        return Err(SurveyError::Languages(format!(
            "unexpected header {header:?}"
        )));
    }
    let mut languages: Vec<Language> = Vec::new();
    for (n, line) in lines.enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 6 {
            return Err(SurveyError::Languages(format!(
                "line {} has too few fields",
                n + 2
            )));
        }
        let direction = match fields[4] {
            "ltr" => Direction::Ltr,
            "rtl" => Direction::Rtl,
            other => {
                return Err(SurveyError::Languages(format!(
                    "line {}: direction {other:?} is neither ltr nor rtl",
                    n + 2
                )))
            }
        };
        let code = fields[0].to_owned();
        if languages.iter().any(|l| l.code == code) {
            return Err(SurveyError::Languages(format!("{code} is listed twice")));
        }
        languages.push(Language {
            code,
            english: fields[1].to_owned(),
            autonym: fields[2].to_owned(),
            script: fields[3].to_owned(),
            direction,
            voice: fields[5].to_owned(),
            voice_note: fields
                .get(6)
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string()),
        });
    }
    Ok(languages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_language_list_has_24_languages_six_of_them_rtl() {
        let languages = parse_tsv(include_str!("../../content/languages.tsv")).unwrap();
        assert_eq!(languages.len(), 24);
        let rtl: Vec<&str> = languages
            .iter()
            .filter(|l| l.direction == Direction::Rtl)
            .map(|l| l.code.as_str())
            .collect();
        assert_eq!(rtl, ["ar", "prs", "fa", "ps", "ckb", "ur"]);
        let ti = languages.iter().find(|l| l.code == "ti").unwrap();
        assert_eq!(ti.voice, "am");
        assert_eq!(ti.voice_note.as_deref(), Some("stand-in: Amharic voice"));
        assert_eq!(languages[0].voice_note, None);
    }

    #[test]
    fn a_bad_direction_is_refused() {
        let text = "code\tenglish\tautonym\tscript\tdirection\tespeak_voice\tvoice_note\n\
                    nb\tNorwegian\tNorsk\tLatn\tsideways\tnb\t\n";
        assert!(parse_tsv(text)
            .unwrap_err()
            .to_string()
            .contains("sideways"));
    }
}
