//! What the web survey fetches after the first screen, under names that say nothing: one
//! bundle per language (its screen and survey texts, and the names of its clips) and each clip,
//! both named by their SHA-256. A proxy's or server's log then shows no language and no
//! question; which hashes mean what is in the survey every device loads alike.
//!
//! Where the pack has its web-only part, each language has a second bundle naming the MP3 form
//! of its clips, for browsers that play no Ogg (`survey::web_audio`): a page fetches one form
//! or the other by what its browser plays, never by what a participant answers.

use std::collections::{BTreeMap, HashMap};

use axum::body::Bytes;
use serde::Serialize;

use crate::served_pack::ServedPack;

/// The clips a welcome tile plays in its own language before any language is chosen, and the
/// one it says when chosen offline on a device that never loaded that language (which the page
/// keeps for every language once it has one language's sound).
pub const TILE_CLIPS: [&str; 3] = [
    "welcome-greeting",
    "welcome-language",
    "web-language-not-kept",
];

#[derive(Serialize)]
struct Bundle {
    ui: BTreeMap<String, String>,
    survey: BTreeMap<String, String>,
    /// Clip id to the content name of this language's clip.
    clips: BTreeMap<String, String>,
}

/// The two forms of a clip the page can pick from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    Ogg,
    Mp3,
}

pub struct WebContent {
    bundle_of_language: HashMap<(String, Form), String>,
    bundles: HashMap<String, Bytes>,
}

impl WebContent {
    pub fn of(pack: &ServedPack) -> WebContent {
        let catalog = &pack.catalog;
        let mut content = WebContent {
            bundle_of_language: HashMap::new(),
            bundles: HashMap::new(),
        };
        let forms: &[Form] = if pack.has_web_audio() {
            &[Form::Ogg, Form::Mp3]
        } else {
            &[Form::Ogg]
        };
        for language in &pack.languages {
            let code = &language.code;
            for &form in forms {
                let bundle = Bundle {
                    ui: catalog.templates(code, "ui.ftl", survey::messages::UI_VARIABLES),
                    survey: catalog.templates(code, "survey.ftl", &[]),
                    clips: clips_of(
                        pack,
                        code,
                        survey::pack::clip_ids(&pack.definition, catalog, code),
                        form,
                    ),
                };
                let bytes = serde_json::to_vec(&bundle).expect("texts serialise");
                let name = survey::pack::sha256_hex(&bytes);
                content
                    .bundle_of_language
                    .insert((code.clone(), form), name.clone());
                content.bundles.insert(name, Bytes::from(bytes));
            }
        }
        content
    }

    /// The content name of a language's bundle naming clips of this form, if the pack has it.
    pub fn bundle_name(&self, language: &str, form: Form) -> Option<&str> {
        self.bundle_of_language
            .get(&(language.to_owned(), form))
            .map(String::as_str)
    }

    /// A bundle by its content name.
    pub fn bundle(&self, name: &str) -> Option<Bytes> {
        self.bundles.get(name).cloned()
    }
}

/// The content names of those of `ids` that the language has a clip for (a language's progress
/// line has only its own parts).
pub fn clips_of(
    pack: &ServedPack,
    language: &str,
    ids: impl IntoIterator<Item = String>,
    form: Form,
) -> BTreeMap<String, String> {
    ids.into_iter()
        .filter_map(|id| {
            let name = match form {
                Form::Ogg => pack.sha256_named(&clip_path(language, &id)),
                Form::Mp3 => pack.web_sha256_named(&survey::web_audio::path_in_pack(language, &id)),
            }?;
            Some((id, name.to_owned()))
        })
        .collect()
}

/// Where the pack keeps a clip; the web survey serves only files under `audio/`.
pub fn clip_path(language: &str, clip: &str) -> String {
    format!("audio/{language}/{clip}.ogg")
}
