//! The screen texts of one language as templates (see [`Catalog::templates`]): the page fills
//! in the variables itself, so a countdown needs no round trip to the engine each second.

use std::collections::BTreeMap;

use survey::Catalog;

pub fn ui_templates(catalog: &Catalog, language: &str) -> BTreeMap<String, String> {
    catalog.templates(language, "ui.ftl", survey::messages::UI_VARIABLES)
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
