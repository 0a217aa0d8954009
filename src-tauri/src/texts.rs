//! The screen texts of one language as templates: each ui.ftl message formatted by Fluent with
//! its variables left as `{name}` for the page to fill in (a countdown changes every second,
//! and asking the engine each time would be needless traffic). None of the messages selects on
//! a variable, so a template says everything the message says.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;
use survey::Catalog;

/// Every variable a ui.ftl message uses; an unused argument is harmless to Fluent.
const VARIABLES: &[&str] = &[
    "current",
    "total",
    "seconds",
    "opens",
    "closes",
    "done",
    "municipality",
];

pub fn ui_templates(catalog: &Catalog, language: &str) -> BTreeMap<String, String> {
    let mut args = FluentArgs::new();
    for name in VARIABLES {
        args.set(*name, format!("{{{name}}}"));
    }
    catalog
        .ids(language, "ui.ftl")
        .iter()
        .filter_map(|id| Some((id.clone(), catalog.format(language, id, Some(&args))?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_stay_as_placeholders_and_plain_texts_are_whole() {
        let dir = tempfile::tempdir().unwrap();
        let kiosk = kiosk::Kiosk::open(kiosk::KioskConfig::new(dir.path().into())).unwrap();
        let nb = ui_templates(kiosk.catalog(), "nb");
        assert!(nb["progress"].contains("{current}") && nb["progress"].contains("{total}"));
        assert!(nb["idle-countdown"].contains("{seconds}"));
        assert_eq!(nb["nav-back"], "Tilbake");
        let ar = ui_templates(kiosk.catalog(), "ar");
        assert_eq!(ar.len(), nb.len(), "every language has every screen text");
        assert!(ar["progress"].contains("{current}"));
    }
}
