//! The background sender: takes due mails from the outbox, hands each to the owner's SMTP relay
//! (lettre on tokio and rustls), marks it sent — overwriting a body that may hold a code — or
//! counts the failure and waits longer before the next try. It keeps nothing in memory that the
//! table does not hold, so a restart simply continues. A crash between the relay's acceptance
//! and the mark sends that mail again once: SMTP's own at-least-once.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::outbox::{self, OutgoingMail};
use crate::clock::Clock;
use crate::state::AppState;
use crate::CollectorError;

/// Mails tried per round; the next round starts at once while more are due.
const BATCH: usize = 20;
/// The longest the sender sleeps without looking at the table: mails enqueued by another
/// process (a command of the owner's) go out within this.
const POLL: Duration = Duration::from_secs(5);
/// The longest one SMTP conversation may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// How the connection to the relay is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SmtpTls {
    /// Plain SMTP: only for a relay on the same host or a private network.
    None,
    /// SMTP, then STARTTLS, which is required.
    Starttls,
    /// TLS from the first byte (usually port 465).
    Tls,
}

/// The owner's relay and sender address.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub from: String,
    /// User name and password, from the environment, never the command line.
    pub credentials: Option<(String, String)>,
}

impl SmtpSettings {
    /// Reads `HOST:PORT`.
    pub fn relay(
        relay: &str,
        tls: SmtpTls,
        from: &str,
        credentials: Option<(String, String)>,
    ) -> Result<SmtpSettings, CollectorError> {
        let bad = || CollectorError::BadMailSetting(format!("{relay:?} is not HOST:PORT"));
        let (host, port) = relay.rsplit_once(':').ok_or_else(bad)?;
        let port = port.parse().map_err(|_| bad())?;
        Mailbox::from_str(from).map_err(|_| {
            CollectorError::BadMailSetting(format!("{from:?} is not an e-mail address"))
        })?;
        Ok(SmtpSettings {
            host: host.trim_matches(['[', ']']).to_owned(),
            port,
            tls,
            from: from.to_owned(),
            credentials,
        })
    }
}

/// A relay connection factory and the sender address.
pub struct MailSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    first_retry_secs: i64,
}

impl MailSender {
    pub fn new(settings: &SmtpSettings) -> Result<MailSender, CollectorError> {
        let smtp =
            |e: lettre::transport::smtp::Error| CollectorError::BadMailSetting(e.to_string());
        let builder = match settings.tls {
            SmtpTls::None => {
                AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&settings.host)
            }
            SmtpTls::Starttls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host)
                    .map_err(smtp)?
            }
            SmtpTls::Tls => {
                AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host).map_err(smtp)?
            }
        };
        let mut builder = builder.port(settings.port).timeout(Some(SMTP_TIMEOUT));
        if let Some((user, password)) = &settings.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        let from = Mailbox::from_str(&settings.from)
            .map_err(|e| CollectorError::BadMailSetting(e.to_string()))?;
        Ok(MailSender {
            transport: builder.build(),
            from,
            first_retry_secs: outbox::FIRST_BACKOFF_SECS,
        })
    }

    /// Waits `seconds` (doubling) after a failed attempt instead of 30 s.
    pub fn with_first_retry(mut self, seconds: u64) -> MailSender {
        self.first_retry_secs = seconds.max(1) as i64;
        self
    }

    /// Hands one mail to the relay; a refusal says why in words fit for the owner's overview,
    /// and whether trying again can help.
    pub async fn send(&self, mail: &OutgoingMail) -> Result<(), Failure> {
        let to: Mailbox = super::address::parse(&mail.to)
            .ok()
            .and_then(|address| address.parse().ok())
            .ok_or_else(|| Failure::permanent("the recipient is not an address we can send to"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            // Large providers reject or mark mail without these.
            .message_id(Some(self.new_message_id()))
            .date_now()
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| Failure::permanent(format!("the mail could not be built: {e}")))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| Failure {
                // A 5xx reply will be the same next time; a 4xx or a lost connection may not.
                permanent: e.is_permanent(),
                why: e.to_string(),
            })
    }

    /// `<random@sender's domain>`: unique, and naming no host of ours.
    fn new_message_id(&self) -> String {
        format!(
            "<{}@{}>",
            crate::secrets::random_id(),
            self.from.email.domain()
        )
    }
}

/// Why the relay did not take a mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Trying again cannot help: the owner must look at it.
    pub permanent: bool,
    pub why: String,
}

impl Failure {
    fn permanent(why: impl Into<String>) -> Failure {
        Failure {
            permanent: true,
            why: why.into(),
        }
    }
}

/// Sends due mails until `stop` resolves; woken early by `state.mail_waiting`.
pub async fn run(
    state: Arc<AppState>,
    sender: MailSender,
    stop: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(stop);
    loop {
        let sleep_for = match send_due(&state, &sender).await {
            Ok(Some(wait)) => wait.min(POLL),
            Ok(None) => POLL,
            Err(e) => {
                log::error!("mail: the outbox could not be read: {e}");
                POLL
            }
        };
        if sleep_for.is_zero() {
            continue;
        }
        tokio::select! {
            _ = &mut stop => return,
            _ = state.mail_waiting.notified() => {}
            _ = tokio::time::sleep(sleep_for) => {}
        }
    }
}

/// One round: sends what is due; returns how long until the next mail is due (zero when more
/// are due at once), or None when nothing waits.
async fn send_due(
    state: &AppState,
    sender: &MailSender,
) -> Result<Option<Duration>, CollectorError> {
    let now = Clock::now_seconds();
    let due = outbox::due(&state.db(), now, BATCH)?;
    let mut sent_any = false;
    for mail in &due {
        let result = sender.send(&mail.mail).await;
        let db = state.db();
        match result {
            Ok(()) => {
                outbox::mark_sent(db.connection(), mail.id, Clock::now_seconds())?;
                sent_any = true;
            }
            Err(Failure {
                permanent: true,
                why,
            }) => {
                outbox::mark_refused(db.connection(), mail.id, Clock::now_seconds(), &why)?;
                log::warn!("mail: the relay refused a mail for good; it waits in /admin: {why}");
            }
            Err(Failure { why, .. }) => {
                let next = outbox::mark_failed_backing_off(
                    db.connection(),
                    mail.id,
                    Clock::now_seconds(),
                    &why,
                    sender.first_retry_secs,
                )?;
                // The recipient is not logged: only that a mail waits, and why.
                log::warn!(
                    "mail: the relay did not take a mail (attempt {}), next try in {} s: {why}",
                    mail.attempts + 1,
                    next - now
                );
            }
        }
    }
    if sent_any {
        // A reader holding an old snapshot can keep the log from emptying; the next round
        // tries again, and nothing is lost either way.
        if let Err(e) = outbox::forget_sent_bodies(state.db().connection()) {
            log::warn!("mail: the write-ahead log could not be emptied now: {e}");
        }
    }
    if due.len() == BATCH {
        return Ok(Some(Duration::ZERO));
    }
    let next = outbox::next_due_at(state.db().connection())?;
    Ok(next.map(|at| Duration::from_secs((at - Clock::now_seconds()).max(0) as u64)))
}
