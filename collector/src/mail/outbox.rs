//! The durable mail outbox: a mail is a row first and goes to the relay afterwards, so nothing
//! is lost when the relay or the collector is down. A dedupe key makes enqueueing idempotent
//! ("never twice" for reminders and code mails).
//!
//! A body may carry a code or a key, so every body is stored sealed under the code vault's key
//! (a file beside the database, never in it): the database, its write-ahead log and a backup
//! hold no body in the clear. Marking a mail sent or cancelled drops the sealed body too, and
//! the database's `secure_delete` leaves no copy in free pages.
//!
//! A relay's temporary refusal (4xx) or a network error is retried, waiting longer each time; a
//! permanent refusal (5xx) is not: the mail waits for the owner, who sees why in /admin and
//! resends or cancels it.
//!
//! Times are Unix seconds.

use rusqlite::{params, Connection};

use crate::clock::Clock;
use crate::code_vault;
use crate::db::Db;
use crate::CollectorError;

/// What is left of a sent mail's body.
pub const SENT_BODY: &str = "[sent]";
/// What is left of a cancelled mail's body.
pub const CANCELLED_BODY: &str = "[cancelled]";
/// The first retry waits this long, each further one twice as long, up to [`MAX_BACKOFF_SECS`].
pub const FIRST_BACKOFF_SECS: i64 = 30;
pub const MAX_BACKOFF_SECS: i64 = 30 * 60;
/// A relay's error is kept this long at most: enough to tell why, never a whole reply.
const MAX_ERROR_CHARS: usize = 300;

/// A mail to send. Two mails with the same `dedupe_key` are one mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub dedupe_key: String,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// A mail the sender should try now.
#[derive(Debug, Clone)]
pub struct DueMail {
    pub id: i64,
    pub attempts: i64,
    pub mail: OutgoingMail,
}

/// How many mails wait, went out, wait after a failed attempt (retried), and were refused for
/// good (waiting for the owner).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct OutboxCounts {
    pub pending: u64,
    pub sent: u64,
    pub failed: u64,
    pub refused: u64,
}

/// A mail as the owner's overview lists it: never its body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OutboxEntry {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub created_on: i64,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
    /// When the relay refused it for good; it is not retried until resent.
    pub failed_at: Option<i64>,
    pub cancelled_at: Option<i64>,
}

/// Puts a mail in the outbox unless one with its dedupe key is there (sent or not), its body
/// sealed. Returns whether it was new.
pub fn enqueue(db: &Db, mail: &OutgoingMail) -> Result<bool, CollectorError> {
    let now = Clock::now_seconds();
    let sealed = code_vault::seal_mail_body(db.data_dir(), &mail.dedupe_key, &mail.body)?;
    let inserted = db.connection().execute(
        "INSERT INTO mail_outbox (dedupe_key, recipient, subject, body, sealed_body, created_on,
             next_attempt_at)
         VALUES (?1, ?2, ?3, '', ?4, ?5, ?5) ON CONFLICT (dedupe_key) DO NOTHING",
        params![mail.dedupe_key, mail.to, mail.subject, sealed, now],
    )?;
    Ok(inserted == 1)
}

/// Unsent mails whose next attempt is due at `now`, oldest first, their bodies opened.
pub fn due(db: &Db, now: i64, limit: usize) -> Result<Vec<DueMail>, CollectorError> {
    let mut statement = db.connection().prepare(
        "SELECT id, attempts, dedupe_key, recipient, subject, body, sealed_body FROM mail_outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND cancelled_at IS NULL
             AND next_attempt_at <= ?1
         ORDER BY next_attempt_at, id LIMIT ?2",
    )?;
    let rows = statement.query_map(params![now, limit as i64], |r| {
        Ok((
            DueMail {
                id: r.get(0)?,
                attempts: r.get(1)?,
                mail: OutgoingMail {
                    dedupe_key: r.get(2)?,
                    to: r.get(3)?,
                    subject: r.get(4)?,
                    body: r.get(5)?,
                },
            },
            r.get::<_, Option<Vec<u8>>>(6)?,
        ))
    })?;
    let mut mails = Vec::new();
    for row in rows {
        let (mut due, sealed) = row?;
        if let Some(sealed) = sealed {
            due.mail.body =
                code_vault::open_mail_body(db.data_dir(), &due.mail.dedupe_key, &sealed)?;
        }
        mails.push(due);
    }
    Ok(mails)
}

/// The relay took the mail: it is sent, and its body (which may hold a code) is overwritten in
/// the same statement.
pub fn mark_sent(conn: &Connection, id: i64, now: i64) -> Result<(), CollectorError> {
    conn.execute(
        "UPDATE mail_outbox SET sent_at = ?2, body = ?3, sealed_body = NULL,
             attempts = attempts + 1, last_error = NULL
         WHERE id = ?1",
        params![id, now, SENT_BODY],
    )?;
    Ok(())
}

/// The attempt failed: count it, keep why, and wait longer before the next. Returns when the
/// next attempt is due.
pub fn mark_failed(
    conn: &Connection,
    id: i64,
    now: i64,
    error: &str,
) -> Result<i64, CollectorError> {
    mark_failed_backing_off(conn, id, now, error, FIRST_BACKOFF_SECS)
}

/// [`mark_failed`] with the first wait given (doubling from it, still at most 30 minutes).
pub fn mark_failed_backing_off(
    conn: &Connection,
    id: i64,
    now: i64,
    error: &str,
    first_backoff_secs: i64,
) -> Result<i64, CollectorError> {
    let attempts: i64 = conn.query_row(
        "SELECT attempts FROM mail_outbox WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    let next = now + backoff_from(first_backoff_secs, attempts + 1);
    let error: String = error.chars().take(MAX_ERROR_CHARS).collect();
    conn.execute(
        "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3
         WHERE id = ?1",
        params![id, next, error],
    )?;
    Ok(next)
}

/// The relay refused the mail for good (a 5xx reply, or an address it cannot take): it is not
/// tried again until the owner resends it.
pub fn mark_refused(
    conn: &Connection,
    id: i64,
    now: i64,
    error: &str,
) -> Result<(), CollectorError> {
    let error: String = error.chars().take(MAX_ERROR_CHARS).collect();
    conn.execute(
        "UPDATE mail_outbox SET attempts = attempts + 1, failed_at = ?2, last_error = ?3
         WHERE id = ?1",
        params![id, now, error],
    )?;
    Ok(())
}

/// The owner tries an unsent mail again now (after correcting what the relay refused).
/// Returns whether there was such a mail.
pub fn resend(conn: &Connection, id: i64, now: i64) -> Result<bool, CollectorError> {
    Ok(conn.execute(
        "UPDATE mail_outbox SET failed_at = NULL, next_attempt_at = ?2, attempts = 0
         WHERE id = ?1 AND sent_at IS NULL AND cancelled_at IS NULL",
        params![id, now],
    )? == 1)
}

/// The owner cancels an unsent mail: it is never sent, and its body (which may hold a code) is
/// dropped. Returns whether there was such a mail.
pub fn cancel(conn: &Connection, id: i64, now: i64) -> Result<bool, CollectorError> {
    Ok(conn.execute(
        "UPDATE mail_outbox SET cancelled_at = ?2, body = ?3, sealed_body = NULL
         WHERE id = ?1 AND sent_at IS NULL AND cancelled_at IS NULL",
        params![id, now, CANCELLED_BODY],
    )? == 1)
}

/// The wait after the `failures`-th failed attempt: 30 s doubling, at most 30 minutes.
pub fn backoff_secs(failures: i64) -> i64 {
    backoff_from(FIRST_BACKOFF_SECS, failures)
}

fn backoff_from(first: i64, failures: i64) -> i64 {
    // The first failure already waits: no failure is free.
    crate::throttle::doubling(
        1,
        std::time::Duration::from_secs(first.max(1) as u64),
        std::time::Duration::from_secs(MAX_BACKOFF_SECS as u64),
        failures.clamp(1, i64::from(u32::MAX)) as u32,
    )
    .as_secs() as i64
}

/// Moves what the write-ahead log holds into the database and empties it, so that a sent
/// mail's overwritten body does not live on in an older copy of its page in the log.
pub fn forget_sent_bodies(conn: &Connection) -> Result<(), CollectorError> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

/// The earliest next attempt of any unsent mail, so the sender knows how long to sleep.
pub fn next_due_at(conn: &Connection) -> Result<Option<i64>, CollectorError> {
    Ok(conn.query_row(
        "SELECT MIN(next_attempt_at) FROM mail_outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND cancelled_at IS NULL",
        [],
        |r| r.get(0),
    )?)
}

pub fn counts(conn: &Connection) -> Result<OutboxCounts, CollectorError> {
    Ok(conn.query_row(
        "SELECT
            COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL AND cancelled_at IS NULL), 0),
            COALESCE(SUM(sent_at IS NOT NULL), 0),
            COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL AND cancelled_at IS NULL
                AND last_error IS NOT NULL), 0),
            COALESCE(SUM(failed_at IS NOT NULL AND sent_at IS NULL AND cancelled_at IS NULL), 0)
         FROM mail_outbox",
        [],
        |r| {
            Ok(OutboxCounts {
                pending: r.get::<_, i64>(0)? as u64,
                sent: r.get::<_, i64>(1)? as u64,
                failed: r.get::<_, i64>(2)? as u64,
                refused: r.get::<_, i64>(3)? as u64,
            })
        },
    )?)
}

/// The newest `limit` mails, without bodies.
pub fn entries(conn: &Connection, limit: usize) -> Result<Vec<OutboxEntry>, CollectorError> {
    let mut statement = conn.prepare(
        "SELECT id, recipient, subject, created_on, attempts, next_attempt_at, sent_at, last_error,
             failed_at, cancelled_at
         FROM mail_outbox ORDER BY id DESC LIMIT ?1",
    )?;
    let rows = statement.query_map([limit as i64], |r| {
        Ok(OutboxEntry {
            id: r.get(0)?,
            recipient: r.get(1)?,
            subject: r.get(2)?,
            created_on: r.get(3)?,
            attempts: r.get(4)?,
            next_attempt_at: r.get(5)?,
            sent_at: r.get(6)?,
            last_error: r.get(7)?,
            failed_at: r.get(8)?,
            cancelled_at: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn mail(key: &str) -> OutgoingMail {
        OutgoingMail {
            dedupe_key: key.into(),
            to: "kari@oslo.kommune.no".into(),
            subject: "Tilgangskode".into(),
            body: "Koden er 0301-SECRET".into(),
        }
    }

    #[test]
    fn a_mail_is_enqueued_once_per_dedupe_key() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let conn = db.connection();
        assert!(enqueue(&db, &mail("code:0301:a")).unwrap());
        assert!(!enqueue(&db, &mail("code:0301:a")).unwrap());
        assert!(enqueue(&db, &mail("code:0301:b")).unwrap());
        assert_eq!(
            counts(conn).unwrap(),
            OutboxCounts {
                pending: 2,
                sent: 0,
                failed: 0,
                refused: 0,
            }
        );
    }

    #[test]
    fn a_sent_mail_loses_its_body_and_is_not_due_again() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let conn = db.connection();
        enqueue(&db, &mail("k")).unwrap();
        let now = Clock::now_seconds();
        let due_now = due(&db, now, 10).unwrap();
        assert_eq!(due_now.len(), 1);
        assert_eq!(due_now[0].mail.body, "Koden er 0301-SECRET");
        mark_sent(conn, due_now[0].id, now).unwrap();
        assert!(due(&db, now + 10_000, 10).unwrap().is_empty());
        let body: String = conn
            .query_row("SELECT body FROM mail_outbox", [], |r| r.get(0))
            .unwrap();
        assert_eq!(body, SENT_BODY);
        assert_eq!(counts(conn).unwrap().sent, 1);
        assert!(!enqueue(&db, &mail("k")).unwrap(), "sent is still known");
    }

    #[test]
    fn a_failed_mail_waits_longer_each_time_and_keeps_why() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let conn = db.connection();
        enqueue(&db, &mail("k")).unwrap();
        let now = Clock::now_seconds();
        let id = due(&db, now, 1).unwrap()[0].id;
        let next = mark_failed(conn, id, now, "connection refused").unwrap();
        assert_eq!(next, now + 30);
        assert!(due(&db, now + 29, 1).unwrap().is_empty());
        assert_eq!(due(&db, now + 30, 1).unwrap().len(), 1);
        assert_eq!(mark_failed(conn, id, now, "again").unwrap(), now + 60);
        assert_eq!(next_due_at(conn).unwrap(), Some(now + 60));
        assert_eq!(counts(conn).unwrap().failed, 1);
        let listed = entries(conn, 10).unwrap();
        assert_eq!(listed[0].attempts, 2);
        assert_eq!(listed[0].last_error.as_deref(), Some("again"));
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(7), 1800);
        assert_eq!(backoff_secs(100), 1800);
    }

    #[test]
    fn no_body_is_stored_in_the_clear_before_it_is_sent() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        enqueue(&db, &mail("code:0301:a")).unwrap();
        let (body, sealed): (String, Vec<u8>) = db
            .connection()
            .query_row("SELECT body, sealed_body FROM mail_outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert!(!body.contains("SECRET"));
        assert!(!sealed.windows(6).any(|w| w == b"SECRET"));
        for file in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(file.unwrap().path()).unwrap();
            assert!(!bytes.windows(6).any(|w| w == b"SECRET"));
        }
        assert_eq!(
            due(&db, i64::MAX, 1).unwrap()[0].mail.body,
            "Koden er 0301-SECRET"
        );
    }

    #[test]
    fn a_refused_mail_waits_for_the_owner_who_resends_or_cancels_it() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let conn = db.connection();
        enqueue(&db, &mail("a")).unwrap();
        enqueue(&db, &mail("b")).unwrap();
        let now = Clock::now_seconds();
        let ids: Vec<i64> = due(&db, now, 10).unwrap().iter().map(|m| m.id).collect();
        mark_refused(conn, ids[0], now, "550 no such user").unwrap();
        assert_eq!(
            due(&db, i64::MAX, 10).unwrap().len(),
            1,
            "never retried by itself"
        );
        assert_eq!(next_due_at(conn).unwrap(), Some(now));
        assert_eq!(counts(conn).unwrap().refused, 1);
        assert_eq!(counts(conn).unwrap().pending, 1);
        let listed = entries(conn, 10).unwrap();
        let refused = listed.iter().find(|e| e.id == ids[0]).unwrap();
        assert_eq!(refused.failed_at, Some(now));
        assert_eq!(refused.last_error.as_deref(), Some("550 no such user"));
        assert!(resend(conn, ids[0], now).unwrap());
        assert_eq!(due(&db, now, 10).unwrap().len(), 2);
        assert!(cancel(conn, ids[0], now).unwrap());
        assert!(
            !resend(conn, ids[0], now).unwrap(),
            "a cancelled mail stays cancelled"
        );
        assert_eq!(due(&db, i64::MAX, 10).unwrap().len(), 1);
        let sealed: Option<Vec<u8>> = conn
            .query_row(
                "SELECT sealed_body FROM mail_outbox WHERE id = ?1",
                [ids[0]],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(sealed, None, "a cancelled mail's body is gone");
        mark_sent(conn, ids[1], now).unwrap();
        assert!(
            !cancel(conn, ids[1], now).unwrap(),
            "a sent mail cannot be cancelled"
        );
    }
}
