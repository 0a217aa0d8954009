//! The owner's settings: named text values (the registration deadline, the message code mails
//! carry, reminder switches), changed by the owner while the collector runs.

use rusqlite::{params, OptionalExtension};

use super::Db;
use crate::DataError;

/// The settings' names, in one place so that a typo cannot make a second setting.
pub mod setting_names {
    /// The last day (YYYY-MM-DD) the registration form takes contacts.
    pub const REGISTRATION_DEADLINE: &str = "registration.deadline";
    /// The owner's message in every code mail (webinar link, guidance).
    pub const CODE_MAIL_MESSAGE: &str = "code-mail.message";
    pub const REMINDER_WEEKLY: &str = "reminder.weekly";
    pub const REMINDER_MORE_NEEDED: &str = "reminder.more-needed";
    pub const REMINDER_SILENT_KIOSK: &str = "reminder.silent-kiosk";
    pub const REMINDER_LAST_CALL: &str = "reminder.last-call";
    pub const REMINDER_RESULTS_READY: &str = "reminder.results-ready";

    /// Every setting there is.
    pub const ALL: [&str; 7] = [
        REGISTRATION_DEADLINE,
        CODE_MAIL_MESSAGE,
        REMINDER_WEEKLY,
        REMINDER_MORE_NEEDED,
        REMINDER_SILENT_KIOSK,
        REMINDER_LAST_CALL,
        REMINDER_RESULTS_READY,
    ];
}

impl Db {
    pub fn setting(&self, name: &str) -> Result<Option<String>, DataError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, name: &str, value: &str) -> Result<(), DataError> {
        self.conn.execute(
            "INSERT INTO settings (name, value) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![name, value],
        )?;
        Ok(())
    }

    pub fn clear_setting(&self, name: &str) -> Result<(), DataError> {
        self.conn
            .execute("DELETE FROM settings WHERE name = ?1", [name])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_is_set_replaced_and_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let name = setting_names::REGISTRATION_DEADLINE;
        assert_eq!(db.setting(name).unwrap(), None);
        db.set_setting(name, "2026-09-15").unwrap();
        db.set_setting(name, "2026-09-30").unwrap();
        assert_eq!(db.setting(name).unwrap().as_deref(), Some("2026-09-30"));
        db.clear_setting(name).unwrap();
        assert_eq!(db.setting(name).unwrap(), None);
    }
}
