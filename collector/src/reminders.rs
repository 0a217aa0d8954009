//! Reminders the collector mails on its own schedule to municipalities' approved contact
//! persons: a weekly status, "more answers are needed", a kiosk silent for a week, a last call
//! before the survey closes, and "results are ready" after publication.
//!
//! [`enqueue_due`] looks at one day and puts every reminder due that day in the mail outbox.
//! Each reminder has a dedupe key naming what it is about (the contact and the week, the kiosk
//! and its last delivery, the publication), so running it again (every hour, after a restart,
//! or with the clock moved) never sends one twice. The owner switches each kind off in /admin;
//! a kind with no stored switch is on.
//!
//! The mails carry what the contact's progress page shows behind their key (the count of
//! responses, kiosks and their last delivery day) and never an answer, a code or a key.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use survey::manifest::SurveyPeriod;

use crate::db::{setting_names, ContactRow, Db, KioskProgress};
use crate::mail::letter;
use crate::mail::outbox::{self, OutgoingMail};
use crate::state::AppState;
use crate::CollectorError;

/// A kiosk that has delivered nothing new for this many days is reported as silent.
pub const SILENT_DAYS: i64 = 7;
/// The last call goes out this many days before the survey closes.
pub const LAST_CALL_DAYS: i64 = 3;
/// "More answers are needed" goes out once, when this many days are left and the
/// municipality is still below the threshold.
pub const MORE_NEEDED_DAYS: i64 = 14;

/// The kinds of reminder, each with the setting that switches it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    Weekly,
    MoreNeeded,
    SilentKiosk,
    LastCall,
    ResultsReady,
}

impl Reminder {
    pub const ALL: [Reminder; 5] = [
        Reminder::Weekly,
        Reminder::MoreNeeded,
        Reminder::SilentKiosk,
        Reminder::LastCall,
        Reminder::ResultsReady,
    ];

    pub fn setting(self) -> &'static str {
        match self {
            Reminder::Weekly => setting_names::REMINDER_WEEKLY,
            Reminder::MoreNeeded => setting_names::REMINDER_MORE_NEEDED,
            Reminder::SilentKiosk => setting_names::REMINDER_SILENT_KIOSK,
            Reminder::LastCall => setting_names::REMINDER_LAST_CALL,
            Reminder::ResultsReady => setting_names::REMINDER_RESULTS_READY,
        }
    }

    fn is_on(self, db: &Db) -> Result<bool, CollectorError> {
        Ok(db.setting(self.setting())?.as_deref() != Some("off"))
    }
}

/// What the schedule needs besides the database.
#[derive(Debug, Clone, Copy)]
pub struct Schedule<'a> {
    pub today: NaiveDate,
    pub period: SurveyPeriod,
    /// Responses a municipality needs for results.
    pub threshold: u64,
    /// Where contacts open their page, e.g. `https://survey.example.no`.
    pub public_url: &'a str,
}

/// How often `serve` looks for due reminders: hourly, so a restart or a late start on a day
/// still sends that day's, and the dedupe keys keep every later look from sending again.
pub const EVERY: Duration = Duration::from_secs(60 * 60);

/// Runs the schedule for the collector's today and wakes the mail sender if anything is new.
pub fn run_now(state: &AppState) -> Result<usize, CollectorError> {
    let schedule = Schedule {
        today: state.today(),
        period: state.pack.period,
        threshold: state.config.results_threshold,
        public_url: &state.config.public_url,
    };
    let new = enqueue_due(&state.db(), &schedule)?;
    if new > 0 {
        log::info!("reminders: {new} mails enqueued");
        state.mail_waiting.notify_one();
    }
    Ok(new)
}

/// Runs the schedule now and then every `every` until `stop` resolves.
pub async fn keep_running(
    state: Arc<AppState>,
    every: Duration,
    stop: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(stop);
    loop {
        let round = Arc::clone(&state);
        match tokio::task::spawn_blocking(move || run_now(&round)).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => log::error!("reminders: the schedule could not run: {e}"),
            Err(e) => log::error!("reminders: the schedule stopped: {e}"),
        }
        tokio::select! {
            _ = &mut stop => return,
            _ = tokio::time::sleep(every) => {}
        }
    }
}

/// One municipality as a reminder speaks of it.
struct Municipality {
    number: String,
    name: String,
    responses: u64,
    kiosks: Vec<KioskProgress>,
    contacts: Vec<ContactRow>,
}

/// Puts every reminder due on `schedule.today` into the outbox; returns how many were new.
pub fn enqueue_due(db: &Db, schedule: &Schedule<'_>) -> Result<usize, CollectorError> {
    let mut switched_on = Vec::new();
    for reminder in Reminder::ALL {
        if reminder.is_on(db)? {
            switched_on.push(reminder);
        }
    }
    let publication = db.latest_publication_version()?;
    let mut mails = Vec::new();
    for municipality in municipalities(db)? {
        for reminder in &switched_on {
            mails.extend(due(*reminder, &municipality, schedule, publication));
        }
    }
    db.write(|db| {
        let mut new = 0;
        for mail in &mails {
            if outbox::enqueue(db, mail)? {
                new += 1;
            }
        }
        Ok::<_, CollectorError>(new)
    })
}

/// The municipalities with an issued code and at least one approved contact.
fn municipalities(db: &Db) -> Result<Vec<Municipality>, CollectorError> {
    let mut found = Vec::new();
    for listed in db.listed_municipalities()? {
        if listed.code_issued_on.is_none() {
            continue;
        }
        let contacts: Vec<ContactRow> = db
            .contacts_of(&listed.number)?
            .into_iter()
            .filter(ContactRow::is_approved)
            .collect();
        if contacts.is_empty() {
            continue;
        }
        found.push(Municipality {
            responses: db.municipality_response_count(&listed.number)?,
            kiosks: db.kiosk_progress(&listed.number)?,
            number: listed.number,
            name: listed.name,
            contacts,
        });
    }
    Ok(found)
}

/// The mails `reminder` calls for today about `municipality`, one per contact.
fn due(
    reminder: Reminder,
    municipality: &Municipality,
    schedule: &Schedule<'_>,
    publication: Option<u32>,
) -> Vec<OutgoingMail> {
    let today = schedule.today;
    let period = schedule.period;
    let collecting = period.contains(today);
    let days_left = (period.closes - today).num_days();
    let below = municipality.responses < schedule.threshold;
    let page = format!(
        "{}/results/{}",
        schedule.public_url.trim_end_matches('/'),
        municipality.number
    );
    let each = |key: &dyn Fn(&ContactRow) -> String, subject: &str, body: &str| {
        municipality
            .contacts
            .iter()
            .map(|contact| OutgoingMail {
                dedupe_key: key(contact),
                to: contact.email.clone(),
                subject: subject.to_owned(),
                body: format!(
                    "Hei {},\n\n{body}\n\nSide for kommunen: {page}{}",
                    contact.name,
                    letter::signature()
                ),
            })
            .collect::<Vec<_>>()
    };
    match reminder {
        Reminder::Weekly => {
            let week = (today - period.opens).num_days() / 7;
            if !collecting || week < 1 {
                return Vec::new();
            }
            each(
                &|c| format!("weekly:{}:{week}", c.id),
                &format!("Ukestatus for {}", municipality.name),
                &status_text(municipality, schedule),
            )
        }
        Reminder::MoreNeeded => {
            if !collecting || !below || days_left > MORE_NEEDED_DAYS {
                return Vec::new();
            }
            let missing = schedule.threshold - municipality.responses;
            each(
                &|c| format!("more-needed:{}", c.id),
                &format!("{} trenger {missing} svar til", municipality.name),
                &format!(
                    "{} trenger {missing} svar til for å få egne resultater (minst {}). \
                     Undersøkelsen stenger {} – om {days_left} dager.",
                    municipality.name,
                    schedule.threshold,
                    letter::date(period.closes)
                ),
            )
        }
        Reminder::SilentKiosk => {
            if !collecting {
                return Vec::new();
            }
            let mut mails = Vec::new();
            for kiosk in municipality.kiosks.iter().filter(|k| !k.revoked) {
                let last = kiosk.last_delivery.as_deref().unwrap_or(&kiosk.enrolled_on);
                let Ok(last_day) = last.parse::<NaiveDate>() else {
                    continue;
                };
                if (today - last_day).num_days() < SILENT_DAYS {
                    continue;
                }
                let since = if kiosk.last_delivery.is_some() {
                    format!("har ikke levert nye svar siden {}", letter::date(last_day))
                } else {
                    format!(
                        "er registrert {} og har ikke levert svar ennå",
                        letter::date(last_day)
                    )
                };
                mails.extend(each(
                    // Once per silence: a kiosk that delivers again and falls silent again is
                    // reported again.
                    &|c| format!("silent-kiosk:{}:{}:{last}", kiosk.id, c.id),
                    &format!("En kiosk i {} har ikke levert på en uke", municipality.name),
                    &format!(
                        "Kiosken «{}» {since}. Svar som venter på kiosken er trygge der; koble den \
                         til nettet og trykk «Send svar» i koordinatorvisningen.",
                        kiosk.label()
                    ),
                ));
            }
            mails
        }
        Reminder::LastCall => {
            if !collecting || days_left > LAST_CALL_DAYS {
                return Vec::new();
            }
            each(
                &|c| format!("last-call:{}", c.id),
                &format!("Undersøkelsen stenger {}", letter::date(period.closes)),
                &format!(
                    "Undersøkelsen stenger {} – om {days_left} dager. Send svarene fra alle \
                     kiosker før det.\n\n{}",
                    letter::date(period.closes),
                    status_text(municipality, schedule)
                ),
            )
        }
        Reminder::ResultsReady => {
            let Some(version) = publication else {
                return Vec::new();
            };
            each(
                &|c| format!("results-ready:{}:{version}", c.id),
                "Resultatene er klare",
                "Resultatene av brukerundersøkelsen er publisert. Logg inn med resultatnøkkelen \
                 din på siden under for å se kommunens resultater.",
            )
        }
    }
}

/// The same facts the contact's progress page shows: never an answer.
fn status_text(municipality: &Municipality, schedule: &Schedule<'_>) -> String {
    let days_left = (schedule.period.closes - schedule.today).num_days().max(0);
    let mut text = format!(
        "{} har {} svar så langt. ",
        municipality.name, municipality.responses
    );
    if municipality.responses < schedule.threshold {
        text.push_str(&format!(
            "Det trengs {} svar til for egne resultater (minst {}). ",
            schedule.threshold - municipality.responses,
            schedule.threshold
        ));
    } else {
        text.push_str("Kommunen har nok svar til egne resultater. ");
    }
    text.push_str(&format!(
        "Undersøkelsen stenger {} – om {days_left} dager.\n\nKiosker:",
        letter::date(schedule.period.closes)
    ));
    if municipality.kiosks.is_empty() {
        text.push_str(" ingen registrert ennå.");
    }
    for kiosk in municipality.kiosks.iter().filter(|k| !k.revoked) {
        match &kiosk.last_delivery {
            Some(day) => text.push_str(&format!(
                "\n- {}: sist levert {}",
                kiosk.label(),
                letter::date_text(day)
            )),
            None => text.push_str(&format!("\n- {}: ingen svar levert ennå", kiosk.label())),
        }
    }
    text
}
