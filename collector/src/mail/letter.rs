//! What every mail and page to contact persons shares: one signature naming the directorate,
//! and one way of writing a date (dd.mm.yyyy, as Norwegians write it).

use chrono::NaiveDate;

/// The sender as every mail names it.
pub const DIRECTORATE: &str = "Integrerings- og mangfoldsdirektoratet (IMDi)";

/// The closing of every mail, after a blank line.
pub fn signature() -> String {
    format!("\n\nVennlig hilsen\n{DIRECTORATE}\nBrukerundersøkelsen for voksne i opplæring\n")
}

/// A date as 31.10.2026.
pub fn date(day: NaiveDate) -> String {
    day.format("%d.%m.%Y").to_string()
}

/// A date stored as text (2026-10-31) written as 31.10.2026; anything else as it is.
pub fn date_text(stored: &str) -> String {
    stored
        .parse::<NaiveDate>()
        .map(date)
        .unwrap_or_else(|_| stored.to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_written_day_first() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(super::date(day), "01.12.2026");
        assert_eq!(super::date_text("2026-10-31"), "31.10.2026");
        assert_eq!(super::date_text("aldri"), "aldri");
    }
}
