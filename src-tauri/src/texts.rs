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
        let messages = |templates: &BTreeMap<String, String>| {
            templates.keys().filter(|key| !key.contains('[')).count()
        };
        assert_eq!(
            messages(&ar),
            messages(&nb),
            "every language has every screen text"
        );
        assert!(ar["progress"].contains("{current}"));
    }

    #[test]
    fn a_number_with_a_plural_form_of_its_own_gets_its_own_template() {
        let dir = tempfile::tempdir().unwrap();
        let kiosk = kiosk::Kiosk::open(kiosk::KioskConfig::new(dir.path().into())).unwrap();
        let nb = ui_templates(kiosk.catalog(), "nb");
        let plain = |text: &str| text.replace(survey::messages::ISOLATION_MARKS, "");
        let one = plain(&nb[&survey::messages::plural_key("idle-countdown", "seconds", "one")]);
        assert!(one.contains("{seconds} sekund,"), "{one}");
        assert!(plain(&nb["idle-countdown"]).contains("{seconds} sekunder,"));
        assert!(
            !nb.contains_key(&survey::messages::plural_key(
                "idle-countdown",
                "seconds",
                "other"
            )),
            "the form the message shows anyway has no second template"
        );
        // Arabic says "one second", "two seconds" and "3-10 seconds" each its own way.
        let ar = ui_templates(kiosk.catalog(), "ar");
        for form in ["one", "two", "few"] {
            assert!(
                ar.contains_key(&survey::messages::plural_key(
                    "idle-countdown",
                    "seconds",
                    form
                )),
                "ar {form}"
            );
        }
    }
}
