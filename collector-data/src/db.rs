//! The collector's SQLite database: municipalities, their contact persons, enrolled kiosks, the
//! sealed responses, deliveries per sender and day, the publications, the mail outbox, the
//! owner's administrators and audit log, and settings (the guessing guard lives in memory, see
//! `collector::secret_check`). WAL with synchronous=FULL: an acknowledged response is on disk.
//! A use case writes through [`Db::write`], in one transaction.
//!
//! Stored responses carry their municipality (results are per municipality) and the kiosk that
//! delivered them, so that the survey owner can leave out a revoked kiosk's deliveries when
//! publishing; neither the publication nor the analysts' microdata carries a kiosk or a
//! response id. The table has no rowid, so where a row sits follows its random id, not its
//! arrival.

use std::cell::Cell;
use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use crate::clock::Clock;
use crate::secrets;
use crate::DataError;

mod audit;
mod contacts;
mod municipality_list;
mod settings;

pub use audit::{AuditEntry, SYSTEM as AUDIT_SYSTEM};
pub use contacts::{ContactRole, ContactRow, NewContact};
pub use municipality_list::ListedMunicipality;
pub use settings::setting_names;

pub const DATABASE_FILE: &str = "collector.sqlite";
pub const MAX_CONTACTS: usize = 4;

const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE municipalities (
        number TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        code_salt BLOB NOT NULL,
        code_hash BLOB NOT NULL
    );
    CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL REFERENCES municipalities (number),
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        key_salt BLOB NOT NULL,
        key_hash BLOB NOT NULL
    );
    CREATE TABLE kiosks (
        id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL REFERENCES municipalities (number),
        device_key BLOB NOT NULL,
        enrolled_on TEXT NOT NULL,
        revoked INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE responses (
        response_id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL REFERENCES municipalities (number),
        survey_id TEXT NOT NULL,
        survey_version INTEGER NOT NULL,
        completed_on TEXT NOT NULL,
        sealed BLOB NOT NULL
    );
    CREATE TABLE throttle (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        locked_until INTEGER NOT NULL
    );
",
    "
    -- Opened responses for analysis: no kiosk id, no batch, a date and no time.
    CREATE TABLE analysis (
        response_id TEXT PRIMARY KEY REFERENCES responses (response_id),
        municipality TEXT NOT NULL,
        survey_version INTEGER NOT NULL,
        language TEXT NOT NULL,
        participant_group TEXT NOT NULL,
        completed_on TEXT NOT NULL,
        answers TEXT NOT NULL
    );
    CREATE INDEX analysis_municipality ON analysis (municipality);
    -- Responses that could not be opened or did not validate; they stay stored sealed.
    CREATE TABLE unopened (
        response_id TEXT PRIMARY KEY REFERENCES responses (response_id),
        municipality TEXT NOT NULL,
        reason TEXT NOT NULL
    );
",
    "
    -- The online collector opens nothing: opened answers leave it for good.
    DROP TABLE analysis;
    DROP TABLE unopened;
    -- Keyed by the random response id without a rowid, so that where a row sits says nothing
    -- about when it arrived or which responses came together. The delivering kiosk is kept only
    -- so that the owner can leave out a revoked kiosk's deliveries when publishing.
    CREATE TABLE responses_keyed (
        response_id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL REFERENCES municipalities (number),
        survey_id TEXT NOT NULL,
        survey_version INTEGER NOT NULL,
        completed_on TEXT NOT NULL,
        sealed BLOB NOT NULL,
        kiosk_id TEXT
    ) WITHOUT ROWID;
    INSERT INTO responses_keyed
        SELECT response_id, municipality, survey_id, survey_version, completed_on, sealed, NULL
        FROM responses ORDER BY response_id;
    DROP TABLE responses;
    ALTER TABLE responses_keyed RENAME TO responses;
    -- New responses per kiosk and day of arrival: what the owner reads to spot stuffing.
    CREATE TABLE deliveries (
        kiosk_id TEXT NOT NULL,
        day TEXT NOT NULL,
        responses INTEGER NOT NULL,
        PRIMARY KEY (kiosk_id, day)
    ) WITHOUT ROWID;
    -- The frozen publications, newest last; a replacement keeps the one it replaced, because
    -- people may have kept it and the audit must consider both.
    CREATE TABLE publications (
        version INTEGER PRIMARY KEY,
        published_on TEXT NOT NULL,
        body TEXT NOT NULL
    );
    -- Which responses each publication counted, so a replacement can be audited with it.
    CREATE TABLE published_responses (
        version INTEGER NOT NULL REFERENCES publications (version),
        response_id TEXT NOT NULL,
        PRIMARY KEY (version, response_id)
    ) WITHOUT ROWID;
",
    "
    -- The key that signs web survey tickets (what checking an access code gives the page), so
    -- that a page delivers without the code being hashed again for every response.
    CREATE TABLE web_ticket_key (key BLOB NOT NULL);
",
    "
    -- Guessing is now guarded in memory (secret_check), bounded and pruned there.
    DROP TABLE throttle;
    -- A device key enrols once: a kiosk makes a fresh one for each enrolment, and a revoked
    -- key, whose row stays, can never enrol again.
    CREATE UNIQUE INDEX kiosks_device_key ON kiosks (device_key);
    -- What this collector calls itself; every batch signature covers it.
    CREATE TABLE collector_id (id TEXT NOT NULL);
",
    "
    -- Municipalities come from the owner's list before any code exists; NULL means none issued
    -- (its code hash is then random bytes no code matches). Those added by hand had theirs.
    ALTER TABLE municipalities ADD COLUMN code_issued_on TEXT;
    UPDATE municipalities SET code_issued_on = date('now');
    -- The access code sealed with the key in the data folder's code key file (never in this
    -- database or its backups), so that a contact approved later can be mailed the same code.
    ALTER TABLE municipalities ADD COLUMN code_sealed BLOB;
    -- The e-mail domains a municipality uses: a contact confirming from one is approved at once.
    CREATE TABLE municipality_domains (
        municipality TEXT NOT NULL REFERENCES municipalities (number),
        domain TEXT NOT NULL,
        PRIMARY KEY (municipality, domain)
    ) WITHOUT ROWID;
    -- Registered contacts: confirmed through a mailed link (only its SHA-256 kept), approved
    -- by their domain or the owner, removed rather than deleted. Until the key is issued,
    -- key_hash is random bytes no key matches.
    ALTER TABLE contacts ADD COLUMN phone TEXT NOT NULL DEFAULT '';
    ALTER TABLE contacts ADD COLUMN role TEXT NOT NULL DEFAULT 'other';
    ALTER TABLE contacts ADD COLUMN registered_on TEXT;
    ALTER TABLE contacts ADD COLUMN confirmed_on TEXT;
    ALTER TABLE contacts ADD COLUMN approved_on TEXT;
    ALTER TABLE contacts ADD COLUMN removed_on TEXT;
    ALTER TABLE contacts ADD COLUMN confirm_token_hash BLOB;
    ALTER TABLE contacts ADD COLUMN confirm_expires_on TEXT;
    ALTER TABLE contacts ADD COLUMN key_issued INTEGER NOT NULL DEFAULT 0;
    UPDATE contacts SET registered_on = date('now'), confirmed_on = date('now'),
        approved_on = date('now'), key_issued = 1;
    CREATE UNIQUE INDEX contacts_confirm_token ON contacts (confirm_token_hash);
    -- Mails waiting for the SMTP relay and those sent (times in Unix seconds). A code or key
    -- mail's body holds the secret only until it is sent; then it is overwritten.
    CREATE TABLE mail_outbox (
        id INTEGER PRIMARY KEY,
        dedupe_key TEXT NOT NULL UNIQUE,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_on INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        sent_at INTEGER,
        last_error TEXT
    );
    CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
    -- The owner's settings (registration deadline, the message in code mails, reminders).
    CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
",
    "
    -- The owner's administrators (/admin): argon2id hashes of their passwords, never the
    -- passwords.
    CREATE TABLE admins (
        name TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_on TEXT NOT NULL
    );
    -- Logged-in sessions: only the SHA-256 of the cookie's random token is kept, so a copy of
    -- the database logs nobody in. Times in Unix seconds, for the idle and absolute expiry.
    CREATE TABLE admin_sessions (
        token_hash BLOB PRIMARY KEY,
        admin TEXT NOT NULL REFERENCES admins (name) ON DELETE CASCADE,
        form_token TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
    );
    -- Who changed what, and when: never a code, a key or a password.
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        admin TEXT NOT NULL,
        action TEXT NOT NULL,
        object TEXT NOT NULL
    );
",
    "
    -- Mail bodies sealed under the code vault's key until sent (a body may hold a code or a
    -- key); a permanent refusal (5xx) stops retries until the owner resends; the owner can
    -- cancel a mail. Older rows keep their body in `body`.
    ALTER TABLE mail_outbox ADD COLUMN sealed_body BLOB;
    ALTER TABLE mail_outbox ADD COLUMN failed_at INTEGER;
    ALTER TABLE mail_outbox ADD COLUMN cancelled_at INTEGER;
    -- The name a coordinator chose for a kiosk at enrolment (\"Rom 204\"), if any.
    ALTER TABLE kiosks ADD COLUMN name TEXT;
",
    "
    -- The ticket key now lives in its own file beside the database (web_ticket), never in it:
    -- a backup of the database alone must not be able to make a ticket.
    DROP TABLE web_ticket_key;
    -- The day each response arrived (a day, never a time), so that the owner can leave out a
    -- municipality's web deliveries of chosen days at publication. NULL for older rows.
    ALTER TABLE responses ADD COLUMN delivered_on TEXT;
    -- Each replaced access code's salt and the day it was replaced: a web ticket names the code
    -- it was made from (by its salt), and stops for responses completed after that day.
    CREATE TABLE replaced_codes (
        municipality TEXT NOT NULL REFERENCES municipalities (number),
        code_salt BLOB NOT NULL,
        replaced_on TEXT NOT NULL
    );
    CREATE TRIGGER code_replaced AFTER UPDATE OF code_salt ON municipalities
        WHEN OLD.code_issued_on IS NOT NULL AND OLD.code_salt IS NOT NEW.code_salt
    BEGIN
        INSERT INTO replaced_codes (municipality, code_salt, replaced_on)
            VALUES (OLD.number, OLD.code_salt, COALESCE(NEW.code_issued_on, date('now')));
    END;
",
];

/// What a secret check needs of a record: its payload (a name or a municipality), salt and hash.
pub type SecretRecord = (String, Vec<u8>, Vec<u8>);

/// The schema version before the one that dropped the opened-answers tables.
const OPENED_ANSWERS_DROPPED_AT: i64 = 2;

pub struct Db {
    conn: Connection,
    dir: std::path::PathBuf,
    /// How many [`Write`]s are open on this connection: the outermost is the transaction, the
    /// ones inside it savepoints, so a method that needs its own transaction also runs inside
    /// a use case's.
    writes_open: Cell<u32>,
    /// The date rows are stamped with (`--today` in demos and tests).
    clock: Clock,
}

/// An open write: `BEGIN IMMEDIATE` (or a savepoint inside another write) until [`Write::commit`];
/// dropped without it, everything written since is rolled back.
pub struct Write<'a> {
    db: &'a Db,
    depth: u32,
    done: bool,
}

impl Write<'_> {
    pub fn commit(mut self) -> Result<(), DataError> {
        self.done = true;
        self.db.writes_open.set(self.depth);
        if self.depth == 0 {
            self.db.conn.execute_batch("COMMIT")?;
        } else {
            self.db
                .conn
                .execute_batch(&format!("RELEASE write_{}", self.depth))?;
        }
        Ok(())
    }
}

impl std::ops::Deref for Write<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.db.conn
    }
}

impl Drop for Write<'_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        self.db.writes_open.set(self.depth);
        let undo = if self.depth == 0 {
            "ROLLBACK".to_owned()
        } else {
            format!("ROLLBACK TO write_{0}; RELEASE write_{0}", self.depth)
        };
        if let Err(e) = self.db.conn.execute_batch(&undo) {
            log::error!("rolling back a write failed: {e}");
        }
    }
}

/// The schema version this collector's migrations lead to (a restore refuses a newer one).
pub fn known_schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// A kiosk as its municipality's contact person sees it during collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskProgress {
    pub id: String,
    pub enrolled_on: String,
    pub revoked: bool,
    /// The last day it delivered a new response, if it has.
    pub last_delivery: Option<String>,
    /// The name its coordinator chose at enrolment, if any.
    pub name: Option<String>,
}

impl KioskProgress {
    /// How pages and mails name the kiosk: its chosen name, or the start of its id.
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => format!("kiosk {}", &self.id[..self.id.len().min(8)]),
        }
    }
}

/// New responses one kiosk delivered on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub municipality: String,
    pub kiosk_id: String,
    pub revoked: bool,
    pub day: String,
    pub responses: u64,
}

/// A stored response as the publisher reads it.
#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub response_id: String,
    pub municipality: String,
    pub survey_id: String,
    pub survey_version: u32,
    pub completed_on: String,
    pub sealed: Vec<u8>,
    pub kiosk_revoked: bool,
    /// Who delivered it: a kiosk's id, or "web-<municipality>" for the web survey.
    pub sender: Option<String>,
    /// The day it arrived (None for responses stored before this was kept).
    pub delivered_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KioskRow {
    pub id: String,
    pub municipality: String,
    pub device_key: Vec<u8>,
    pub enrolled_on: String,
    pub revoked: bool,
}

/// A response to store: its id, survey, completion date and sealed bytes.
pub struct NewResponse<'a> {
    pub response_id: &'a str,
    pub survey_id: &'a str,
    pub survey_version: u32,
    pub completed_on: NaiveDate,
    pub sealed: &'a [u8],
}

/// What [`Db::storage_probe`] writes: about a batch of sealed responses.
pub const PROBE_BYTES: usize = 64 * 1024;

impl Db {
    pub fn open(data_dir: &Path) -> Result<Self, DataError> {
        std::fs::create_dir_all(data_dir).map_err(DataError::io(data_dir))?;
        let conn = Connection::open(data_dir.join(DATABASE_FILE))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted rows are overwritten, not left in free pages for a file reader to find.
        conn.pragma_update(None, "secure_delete", "ON")?;
        let mut db = Db {
            conn,
            dir: data_dir.to_owned(),
            writes_open: Cell::new(0),
            clock: Clock::system(),
        };
        db.migrate()?;
        Ok(db)
    }

    fn migrate(&mut self) -> Result<(), DataError> {
        let tx = self.transaction()?;
        tx.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
        let current: i64 = tx
            .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
            .optional()?
            .unwrap_or(0);
        let known = MIGRATIONS.len() as i64;
        if current > known {
            return Err(DataError::NewerSchema(current));
        }
        for migration in &MIGRATIONS[current as usize..] {
            tx.execute_batch(migration)?;
        }
        tx.execute("DELETE FROM schema_version", [])?;
        tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [known])?;
        tx.commit()?;
        if (1..=OPENED_ANSWERS_DROPPED_AT).contains(&current) {
            // An older collector kept opened answers; rewrite the file so none survive in it.
            self.conn.execute_batch("VACUUM")?;
        }
        Ok(())
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Lets the database grow to about `bytes` and no further (SQLite's `max_page_count`, for
    /// this connection): beyond it a write fails as on a full disk. Never below its size now.
    pub fn limit_size(&self, bytes: u64) -> Result<(), DataError> {
        let page_size: u64 = self.conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        let pages = bytes.div_ceil(page_size.max(1)).max(1);
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    /// Whether a write would succeed now: a write of [`PROBE_BYTES`] in a transaction that is
    /// rolled back (the database's size limit, a read-only file), and a file of that size
    /// written, synced and removed in the data folder (its file system's free space).
    pub fn storage_probe(&self) -> Result<(), DataError> {
        let written = self.conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; \
             CREATE TABLE storage_probe (b BLOB); \
             INSERT INTO storage_probe VALUES (zeroblob({PROBE_BYTES})); \
             ROLLBACK;"
        ));
        if written.is_err() && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        written?;
        let path = self.dir.join(".storage-probe");
        let probe = || -> std::io::Result<()> {
            use std::io::Write;
            let mut file = std::fs::File::create(&path)?;
            file.write_all(&[0u8; PROBE_BYTES])?;
            file.sync_all()
        };
        let probed = probe();
        let _ = std::fs::remove_file(&path);
        probed.map_err(DataError::io(&path))
    }

    /// Dates stamped from now on come from `clock` (the server's, so `--today` moves them too).
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Starts a write: everything until its [`Write::commit`] is stored together or not at all.
    /// Inside another write it is a savepoint of that one, so the outer write decides.
    pub fn transaction(&self) -> Result<Write<'_>, DataError> {
        let depth = self.writes_open.get();
        if depth == 0 {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
        } else {
            self.conn
                .execute_batch(&format!("SAVEPOINT write_{depth}"))?;
        }
        self.writes_open.set(depth + 1);
        Ok(Write {
            db: self,
            depth,
            done: false,
        })
    }

    /// Runs a use case in one transaction: its change, its mails and its audit row are stored
    /// together, or, when `work` fails, none of them.
    pub fn write<T, E: From<DataError>>(
        &self,
        work: impl FnOnce(&Db) -> Result<T, E>,
    ) -> Result<T, E> {
        let write = self.transaction()?;
        let value = work(self)?;
        write.commit()?;
        Ok(value)
    }

    /// The data folder this database lives in (the code key file is there too).
    pub fn data_dir(&self) -> &Path {
        &self.dir
    }

    /// Registers a municipality with its access code issued now, and returns the code, which
    /// is shown only this once (the operator's way; registration issues codes on approval).
    pub fn add_municipality(&self, number: &str, name: &str) -> Result<String, DataError> {
        if number.len() != 4 || !number.chars().all(|c| c.is_ascii_digit()) {
            return Err(DataError::BadMunicipalityNumber(number.into()));
        }
        let code = secrets::new_access_code(number);
        let hashed = secrets::hash(&code);
        // Sealed too, so that contacts registered later are mailed this same code.
        let sealed = crate::code_vault::seal(&self.dir, number, &code)?;
        let inserted = self.conn.execute(
            "INSERT INTO municipalities (number, name, code_salt, code_hash, code_sealed, code_issued_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (number) DO NOTHING",
            params![
                number,
                name,
                hashed.salt,
                hashed.hash,
                sealed,
                self.clock.today().to_string()
            ],
        )?;
        if inserted == 0 {
            return Err(DataError::MunicipalityExists(number.into()));
        }
        Ok(code)
    }

    /// (name, salt, hash) of a municipality's access code.
    pub fn municipality(&self, number: &str) -> Result<Option<SecretRecord>, DataError> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, code_salt, code_hash FROM municipalities WHERE number = ?1",
                [number],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    pub fn municipality_name(&self, number: &str) -> Result<Option<String>, DataError> {
        Ok(self.municipality(number)?.map(|m| m.0))
    }

    /// Adds a contact person and returns their personal results key, shown only this once.
    pub fn add_contact(
        &self,
        municipality: &str,
        name: &str,
        email: &str,
    ) -> Result<String, DataError> {
        let tx = self.transaction()?;
        let exists: bool = tx
            .query_row(
                "SELECT 1 FROM municipalities WHERE number = ?1",
                [municipality],
                |_| Ok(true),
            )
            .optional()?
            .unwrap_or(false);
        if !exists {
            return Err(DataError::UnknownMunicipality(municipality.into()));
        }
        if self.places_taken(municipality)? >= MAX_CONTACTS {
            return Err(DataError::TooManyContacts(municipality.into()));
        }
        let id = secrets::random_id()[..8].to_owned();
        let key = format!("{id}-{}", secrets::random_groups(5));
        let hashed = secrets::hash(&key);
        tx.execute(
            "INSERT INTO contacts (id, municipality, name, email, key_salt, key_hash,
                 registered_on, confirmed_on, approved_on, key_issued)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7, 1)",
            params![
                id,
                municipality,
                name,
                email,
                hashed.salt,
                hashed.hash,
                self.clock.today().to_string()
            ],
        )?;
        tx.commit()?;
        Ok(key)
    }

    /// (municipality, salt, hash) of a contact person's results key.
    pub fn contact(&self, id: &str) -> Result<Option<SecretRecord>, DataError> {
        Ok(self
            .conn
            .query_row(
                "SELECT municipality, key_salt, key_hash FROM contacts
                 WHERE id = ?1 AND removed_on IS NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    /// Gives an enrolled kiosk the name its coordinator chose.
    pub fn name_kiosk(&self, id: &str, name: &str) -> Result<(), DataError> {
        let changed = self.conn.execute(
            "UPDATE kiosks SET name = ?2 WHERE id = ?1",
            params![id, name],
        )?;
        if changed == 0 {
            return Err(DataError::UnknownKiosk(id.into()));
        }
        Ok(())
    }

    /// Enrols a kiosk; refuses a device key that has enrolled before (revoked or not).
    pub fn add_kiosk(
        &self,
        municipality: &str,
        device_key: &[u8],
        today: NaiveDate,
    ) -> Result<String, DataError> {
        let known: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM kiosks WHERE device_key = ?1)",
            [device_key],
            |r| r.get(0),
        )?;
        if known {
            return Err(DataError::DeviceKeyInUse);
        }
        let id = secrets::random_id();
        self.conn.execute(
            "INSERT INTO kiosks (id, municipality, device_key, enrolled_on) VALUES (?1, ?2, ?3, ?4)",
            params![id, municipality, device_key, today.to_string()],
        )?;
        Ok(id)
    }

    pub fn kiosk(&self, id: &str) -> Result<Option<KioskRow>, DataError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, municipality, device_key, enrolled_on, revoked FROM kiosks WHERE id = ?1",
                [id],
                kiosk_row,
            )
            .optional()?)
    }

    pub fn kiosks(&self) -> Result<Vec<KioskRow>, DataError> {
        let mut statement = self.conn.prepare(
            "SELECT id, municipality, device_key, enrolled_on, revoked FROM kiosks ORDER BY municipality, enrolled_on, id",
        )?;
        let rows = statement.query_map([], kiosk_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn revoke_kiosk(&self, id: &str) -> Result<(), DataError> {
        let changed = self
            .conn
            .execute("UPDATE kiosks SET revoked = 1 WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(DataError::UnknownKiosk(id.into()));
        }
        Ok(())
    }

    /// Stores responses that are not held yet, in one transaction; returns how many were new.
    /// `from` is the delivering kiosk and the day it delivered, counted for the owner's stuffing
    /// check (None for responses stored by other means, such as tests).
    pub fn insert_responses(
        &self,
        municipality: &str,
        responses: &[NewResponse<'_>],
        from: Option<(&str, NaiveDate)>,
    ) -> Result<usize, DataError> {
        let tx = self.transaction()?;
        let mut new = 0;
        {
            let mut statement = tx.prepare_cached(
                "INSERT INTO responses (response_id, municipality, survey_id, survey_version, completed_on, sealed, kiosk_id, delivered_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (response_id) DO NOTHING",
            )?;
            for r in responses {
                new += statement.execute(params![
                    r.response_id,
                    municipality,
                    r.survey_id,
                    r.survey_version,
                    r.completed_on.to_string(),
                    r.sealed,
                    from.map(|(kiosk, _)| kiosk),
                    from.map(|(_, day)| day.to_string()),
                ])?;
            }
        }
        if let (Some((kiosk, day)), true) = (from, new > 0) {
            tx.execute(
                "INSERT INTO deliveries (kiosk_id, day, responses) VALUES (?1, ?2, ?3)
                 ON CONFLICT (kiosk_id, day) DO UPDATE SET responses = responses + excluded.responses",
                params![kiosk, day.to_string(), new as i64],
            )?;
        }
        tx.commit()?;
        Ok(new)
    }

    /// Every stored response with whether its delivering kiosk has been revoked, in response-id
    /// order (which is random, so it says nothing about arrival).
    pub fn stored_responses(&self) -> Result<Vec<StoredResponse>, DataError> {
        let mut statement = self.conn.prepare(
            "SELECT r.response_id, r.municipality, r.survey_id, r.survey_version, r.completed_on,
                    r.sealed, COALESCE(k.revoked, 0), r.kiosk_id, r.delivered_on
             FROM responses r LEFT JOIN kiosks k ON k.id = r.kiosk_id ORDER BY r.response_id",
        )?;
        let rows = statement.query_map([], |r| {
            Ok(StoredResponse {
                response_id: r.get(0)?,
                municipality: r.get(1)?,
                survey_id: r.get(2)?,
                survey_version: r.get(3)?,
                completed_on: r.get(4)?,
                sealed: r.get(5)?,
                kiosk_revoked: r.get::<_, i64>(6)? != 0,
                sender: r.get(7)?,
                delivered_on: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// New responses per sender and day, by municipality, for the owner's stuffing check:
    /// kiosks and the web alike. A web sender ("web-<municipality>") has no row in `kiosks`;
    /// its municipality is the one in its name, and it is never revoked.
    pub fn deliveries(&self) -> Result<Vec<Delivery>, DataError> {
        let mut statement = self.conn.prepare(
            "SELECT COALESCE(k.municipality, substr(d.kiosk_id, 5)), d.kiosk_id,
                    COALESCE(k.revoked, 0), d.day, d.responses
             FROM deliveries d LEFT JOIN kiosks k ON k.id = d.kiosk_id
             WHERE k.id IS NOT NULL OR d.kiosk_id LIKE 'web-%'
             ORDER BY 1, 2, 4",
        )?;
        let rows = statement.query_map([], |r| {
            Ok(Delivery {
                municipality: r.get(0)?,
                kiosk_id: r.get(1)?,
                revoked: r.get::<_, i64>(2)? != 0,
                day: r.get(3)?,
                responses: r.get::<_, i64>(4)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A municipality's kiosks with the last day each delivered, for its progress page.
    pub fn kiosk_progress(&self, municipality: &str) -> Result<Vec<KioskProgress>, DataError> {
        self.kiosks_delivered_before(municipality, "9999-12-31")
    }

    /// The kiosks as they stood at the end of the day before `day`: a contact's page shows
    /// them so, and tells no delivery of the day it is read.
    pub fn kiosk_progress_before(
        &self,
        municipality: &str,
        day: NaiveDate,
    ) -> Result<Vec<KioskProgress>, DataError> {
        self.kiosks_delivered_before(municipality, &day.to_string())
    }

    fn kiosks_delivered_before(
        &self,
        municipality: &str,
        day: &str,
    ) -> Result<Vec<KioskProgress>, DataError> {
        let mut statement = self.conn.prepare(
            "SELECT k.id, k.enrolled_on, k.revoked,
                    (SELECT MAX(day) FROM deliveries d WHERE d.kiosk_id = k.id AND d.day < ?2),
                    k.name
             FROM kiosks k WHERE k.municipality = ?1 ORDER BY k.enrolled_on, k.id",
        )?;
        let rows = statement.query_map(params![municipality, day], |r| {
            Ok(KioskProgress {
                id: r.get(0)?,
                enrolled_on: r.get(1)?,
                revoked: r.get::<_, i64>(2)? != 0,
                last_delivery: r.get(3)?,
                name: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn municipality_response_count(&self, municipality: &str) -> Result<u64, DataError> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM responses WHERE municipality = ?1",
            [municipality],
            |r| r.get::<_, i64>(0),
        )? as u64)
    }

    /// How many of a municipality's responses were delivered before `day`, by kiosks and the
    /// web alike: its count "as of the end of the previous day", which a contact's page shows
    /// so that no page tells within a day when a response arrived.
    pub fn municipality_responses_before(
        &self,
        municipality: &str,
        day: NaiveDate,
    ) -> Result<u64, DataError> {
        Ok(self.conn.query_row(
            "SELECT COALESCE(SUM(d.responses), 0) FROM deliveries d
             LEFT JOIN kiosks k ON k.id = d.kiosk_id
             WHERE (k.municipality = ?1 OR d.kiosk_id = 'web-' || ?1) AND d.day < ?2",
            params![municipality, day.to_string()],
            |r| r.get::<_, i64>(0),
        )? as u64)
    }

    /// Stores `body` (a serialised publication) as the next publication with the responses it
    /// counted; refuses when one exists and `replace` is not set. Returns its version.
    pub fn store_publication(
        &self,
        published_on: NaiveDate,
        body: &str,
        counted: &[&str],
        replace: bool,
    ) -> Result<u32, DataError> {
        let tx = self.transaction()?;
        let latest: Option<u32> =
            tx.query_row("SELECT MAX(version) FROM publications", [], |r| r.get(0))?;
        if latest.is_some() && !replace {
            return Err(DataError::AlreadyPublished);
        }
        let version = latest.unwrap_or(0) + 1;
        tx.execute(
            "INSERT INTO publications (version, published_on, body) VALUES (?1, ?2, ?3)",
            params![version, published_on.to_string(), body],
        )?;
        {
            let mut statement = tx.prepare(
                "INSERT INTO published_responses (version, response_id) VALUES (?1, ?2)",
            )?;
            for id in counted {
                statement.execute(params![version, id])?;
            }
        }
        tx.commit()?;
        Ok(version)
    }

    /// The newest publication: (version, body).
    pub fn latest_publication(&self) -> Result<Option<(u32, String)>, DataError> {
        Ok(self
            .conn
            .query_row(
                "SELECT version, body FROM publications ORDER BY version DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// The newest publication's version, cheap enough to ask on every page view.
    pub fn latest_publication_version(&self) -> Result<Option<u32>, DataError> {
        Ok(self
            .conn
            .query_row("SELECT MAX(version) FROM publications", [], |r| r.get(0))?)
    }

    /// Every publication: (version, body, the response ids it counted).
    pub fn publications(&self) -> Result<Vec<(u32, String, Vec<String>)>, DataError> {
        let mut statement = self
            .conn
            .prepare("SELECT version, body FROM publications ORDER BY version")?;
        let bodies: Vec<(u32, String)> = statement
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut ids = self
            .conn
            .prepare("SELECT response_id FROM published_responses WHERE version = ?1")?;
        bodies
            .into_iter()
            .map(|(version, body)| {
                let counted = ids
                    .query_map([version], |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                Ok((version, body, counted))
            })
            .collect()
    }

    pub fn responses_per_municipality(&self) -> Result<Vec<(String, u64)>, DataError> {
        let mut statement = self.conn.prepare(
            "SELECT m.number, COUNT(r.response_id) FROM municipalities m
             LEFT JOIN responses r ON r.municipality = m.number GROUP BY m.number ORDER BY m.number",
        )?;
        let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn response_count(&self) -> Result<u64, DataError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM responses", [], |r| r.get::<_, i64>(0))?
            as u64)
    }

    /// The day a municipality's access code with `salt` was replaced by another; None while it
    /// is the code in use, or when no code of the municipality ever had that salt.
    pub fn code_replaced_on(&self, number: &str, salt: &[u8]) -> Result<Option<String>, DataError> {
        Ok(self
            .conn
            .query_row(
                "SELECT MIN(replaced_on) FROM replaced_codes WHERE municipality = ?1 AND code_salt = ?2",
                params![number, salt],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    /// This collector's id, made on first use and kept with its data (a restored backup keeps
    /// it, so kiosks enrolled before go on syncing).
    pub fn collector_id(&self) -> Result<String, DataError> {
        let tx = self.transaction()?;
        let existing: Option<String> = tx
            .query_row("SELECT id FROM collector_id", [], |r| r.get(0))
            .optional()?;
        let id = match existing {
            Some(id) => id,
            None => {
                let id = format!("collector-{}", crate::secrets::random_id());
                tx.execute("INSERT INTO collector_id (id) VALUES (?1)", [&id])?;
                id
            }
        };
        tx.commit()?;
        Ok(id)
    }
}

fn kiosk_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<KioskRow> {
    Ok(KioskRow {
        id: r.get(0)?,
        municipality: r.get(1)?,
        device_key: r.get(2)?,
        enrolled_on: r.get(3)?,
        revoked: r.get::<_, i64>(4)? != 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn municipalities_contacts_and_kiosks() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let code = db.add_municipality("0301", "Oslo").unwrap();
        assert!(matches!(
            db.add_municipality("0301", "Oslo"),
            Err(DataError::MunicipalityExists(_))
        ));
        assert!(matches!(
            db.add_municipality("301", "Oslo"),
            Err(DataError::BadMunicipalityNumber(_))
        ));
        let (name, salt, hash) = db.municipality("0301").unwrap().unwrap();
        assert_eq!(name, "Oslo");
        assert!(secrets::verify(&code, &salt, &hash));
        let raw: Vec<u8> = db
            .conn
            .query_row("SELECT code_hash FROM municipalities", [], |r| r.get(0))
            .unwrap();
        assert_ne!(raw, code.as_bytes(), "only the hash is stored");

        for n in 0..MAX_CONTACTS {
            db.add_contact("0301", &format!("Person {n}"), "p@example.org")
                .unwrap();
        }
        assert!(matches!(
            db.add_contact("0301", "Fifth", "f@example.org"),
            Err(DataError::TooManyContacts(_))
        ));
        assert!(matches!(
            db.add_contact("9999", "X", "x@example.org"),
            Err(DataError::UnknownMunicipality(_))
        ));

        let today = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let id = db.add_kiosk("0301", &[7; 32], today).unwrap();
        assert!(!db.kiosk(&id).unwrap().unwrap().revoked);
        db.revoke_kiosk(&id).unwrap();
        assert!(db.kiosk(&id).unwrap().unwrap().revoked);
        assert!(matches!(
            db.revoke_kiosk("nope"),
            Err(DataError::UnknownKiosk(_))
        ));
    }

    #[test]
    fn an_older_collector_s_opened_answers_are_gone_from_the_file_after_upgrading() {
        let dir = tempfile::tempdir().unwrap();
        let marker = "OPENED-ANSWER-MARKER-9d1e";
        {
            let conn = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
            for migration in &MIGRATIONS[..2] {
                conn.execute_batch(migration).unwrap();
            }
            conn.execute_batch(&format!(
                "CREATE TABLE schema_version (version INTEGER NOT NULL);
                 INSERT INTO schema_version VALUES (2);
                 INSERT INTO municipalities VALUES ('0301', 'Oslo', x'00', x'00');
                 INSERT INTO responses VALUES ('r1', '0301', 's', 1, '2026-11-02', x'00');
                 INSERT INTO analysis VALUES ('r1', '0301', 1, 'nb', 'group-both', '2026-11-02',
                     '{{\"anything-else\":\"{marker}\"}}');"
            ))
            .unwrap();
            // Enough opened answers to fill pages that nothing else will reuse.
            for n in 2..400 {
                conn.execute(
                    "INSERT INTO responses VALUES (?1, '0301', 's', 1, '2026-11-02', x'00')",
                    [format!("r{n}")],
                )
                .unwrap();
                conn.execute(
                    "INSERT INTO analysis VALUES (?1, '0301', 1, 'nb', 'group-both', '2026-11-02', ?2)",
                    params![format!("r{n}"), format!("{{\"anything-else\":\"{marker} {}\"}}", "x".repeat(300))],
                )
                .unwrap();
            }
        }
        let db = Db::open(dir.path()).unwrap();
        assert_eq!(
            db.response_count().unwrap(),
            399,
            "the sealed responses stay"
        );
        let tables: Vec<String> = db
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            !tables.iter().any(|t| t == "analysis" || t == "unopened"),
            "{tables:?}"
        );
        drop(db);
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
                "{} still holds an opened answer",
                path.display()
            );
        }
    }

    #[test]
    fn a_second_publication_needs_replace() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let day = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        assert_eq!(db.latest_publication_version().unwrap(), None);
        assert_eq!(
            db.store_publication(day, "{}", &["a", "b"], false).unwrap(),
            1
        );
        assert!(matches!(
            db.store_publication(day, "{}", &["a"], false),
            Err(DataError::AlreadyPublished)
        ));
        assert_eq!(db.store_publication(day, "[]", &["a"], true).unwrap(), 2);
        assert_eq!(
            db.latest_publication().unwrap(),
            Some((2, "[]".to_string()))
        );
        let all = db.publications().unwrap();
        assert_eq!(all.len(), 2, "the replaced one is kept");
        assert_eq!(all[0].2.len(), 2);
        assert_eq!(all[1].2, ["a"]);
    }

    #[test]
    fn rows_are_stamped_with_the_day_of_the_database_s_clock() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(dir.path()).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 10, 12).unwrap();
        db.set_clock(Clock::on(Some(day)));
        db.add_municipality("0301", "Oslo").unwrap();
        let key = db.add_contact("0301", "Kari", "kari@example.org").unwrap();
        assert_eq!(
            db.code_issued_on("0301").unwrap().as_deref(),
            Some("2026-10-12")
        );
        let id = key.split('-').next().unwrap();
        let contact = db.contact_row(id).unwrap().unwrap();
        assert_eq!(contact.registered_on.as_deref(), Some("2026-10-12"));
    }

    #[test]
    fn a_response_is_stored_once_however_often_it_arrives() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.add_municipality("0301", "Oslo").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let response = |id| NewResponse {
            response_id: id,
            survey_id: "s",
            survey_version: 1,
            completed_on: day,
            sealed: b"sealed",
        };
        let kiosk = db.add_kiosk("0301", &[1; 32], day).unwrap();
        assert_eq!(
            db.insert_responses("0301", &[response("a"), response("b")], Some((&kiosk, day)))
                .unwrap(),
            2
        );
        assert_eq!(
            db.insert_responses("0301", &[response("b"), response("c")], Some((&kiosk, day)))
                .unwrap(),
            1
        );
        let deliveries = db.deliveries().unwrap();
        assert_eq!(deliveries.len(), 1);
        assert_eq!(
            deliveries[0].responses, 3,
            "repeats are not counted as deliveries"
        );
        assert_eq!(
            db.kiosk_progress("0301").unwrap()[0]
                .last_delivery
                .as_deref(),
            Some("2026-11-02")
        );
        assert_eq!(db.response_count().unwrap(), 3);
        // A contact's page reads the day's deliveries only the next day.
        let next_day = day + chrono::Days::new(1);
        assert_eq!(db.municipality_responses_before("0301", day).unwrap(), 0);
        assert_eq!(
            db.municipality_responses_before("0301", next_day).unwrap(),
            3
        );
        assert_eq!(
            db.kiosk_progress_before("0301", day).unwrap()[0].last_delivery,
            None
        );
        assert_eq!(
            db.kiosk_progress_before("0301", next_day).unwrap()[0]
                .last_delivery
                .as_deref(),
            Some("2026-11-02")
        );
        assert_eq!(
            db.responses_per_municipality().unwrap(),
            [("0301".to_string(), 3)]
        );
    }
}
