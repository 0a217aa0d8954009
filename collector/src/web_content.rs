//! What the web survey fetches after the first screen, under names that say nothing: one
//! bundle per language (its screen and survey texts, and the names of its clips) and each clip,
//! both named by their SHA-256. A proxy's or server's log then shows no language and no
//! question; which hashes mean what is in the survey every device loads alike.

use std::collections::{BTreeMap, HashMap};

use axum::body::Bytes;
use serde::Serialize;

use crate::served_pack::ServedPack;

/// The clips a welcome tile plays in its own language before any language is chosen.
pub const TILE_CLIPS: [&str; 2] = ["welcome-greeting", "welcome-language"];

#[derive(Serialize)]
struct Bundle {
    ui: BTreeMap<String, String>,
    survey: BTreeMap<String, String>,
    /// Clip id to the content name of this language's clip.
    clips: BTreeMap<String, String>,
}

pub struct WebContent {
    bundle_of_language: HashMap<String, String>,
    bundles: HashMap<String, Bytes>,
}

impl WebContent {
    pub fn of(pack: &ServedPack) -> WebContent {
        let catalog = &pack.catalog;
        let mut content = WebContent {
            bundle_of_language: HashMap::new(),
            bundles: HashMap::new(),
        };
        for language in &pack.languages {
            let code = &language.code;
            let bundle = Bundle {
                ui: catalog.templates(code, "ui.ftl", survey::messages::UI_VARIABLES),
                survey: catalog.templates(code, "survey.ftl", &[]),
                clips: clips_of(
                    pack,
                    code,
                    survey::pack::clip_ids(&pack.definition, catalog, code),
                ),
            };
            let bytes = serde_json::to_vec(&bundle).expect("texts serialise");
            let name = survey::pack::sha256_hex(&bytes);
            content
                .bundle_of_language
                .insert(code.clone(), name.clone());
            content.bundles.insert(name, Bytes::from(bytes));
        }
        content
    }

    /// The content name of a language's bundle.
    pub fn bundle_name(&self, language: &str) -> Option<&str> {
        self.bundle_of_language.get(language).map(String::as_str)
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
) -> BTreeMap<String, String> {
    ids.into_iter()
        .filter_map(|id| {
            let name = pack.sha256_named(&clip_path(language, &id))?.to_owned();
            Some((id, name))
        })
        .collect()
}

/// Where the pack keeps a clip; the web survey serves only files under `audio/`.
pub fn clip_path(language: &str, clip: &str) -> String {
    format!("audio/{language}/{clip}.ogg")
}
