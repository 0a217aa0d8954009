//! The kiosk engine: the one object the app and the CLI drive. It owns the store, the current
//! content pack and the participant session, and is the only place where a finished session
//! becomes a sealed response in the outbox.
//!
//! A response's JSON is padded to its survey's one size before it is sealed
//! ([`survey::answers::pad_response`]), so that the outbox and the collector see the same length
//! whatever the group, the branches or the free text. A sync sends the outbox in random order and
//! forgets each response the collector holds; one refused for its date stays for a later sync,
//! one refused for good is kept aside (`store`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ring::rand::{SecureRandom, SystemRandom};
use serde::Serialize;
use survey::answers::{pad_response, RESPONSE_FORMAT};
use survey::manifest::SurveyPeriod;
use survey::{
    routing, Answer, Definition, Direction, Language, QuestionKind, Response, VerifiedPack,
};
use sync::client::Client;
use sync::Recipient;

use crate::enrolment::{self, Enrolment};
use crate::packs::{pinned_key, Packs};
use crate::paths::DATABASE_FILE;
use crate::session::{Advance, Session, Stage};
use crate::store::{OutboxCounts, Store};
use crate::sync_run::{self, SyncOptions, SyncProgress, SyncReport};
use crate::KioskError;

const LAST_SYNC: &str = "sync.last";
/// The newest app version the collector offered at the last sync that asked.
const OFFERED_RELEASE: &str = "release.offered";

pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, Clone)]
pub struct KioskConfig {
    pub data_dir: PathBuf,
    pub idle_timeout: Duration,
    /// Fixes "today" (for demos and tests); the kiosk's local date otherwise.
    pub today: Option<NaiveDate>,
}

/// A certificate authority the kiosk trusts besides the built-in ones and `SSL_CERT_FILE`'s,
/// when a PEM file of this name is in its data folder: a municipality's own authority, put
/// there by whoever sets the machine up.
pub const TRUSTED_CA_FILE: &str = "trusted-ca.pem";

impl KioskConfig {
    /// The extra authority's file, if the data folder has one.
    pub fn trusted_ca_file(&self) -> Option<PathBuf> {
        let file = self.data_dir.join(TRUSTED_CA_FILE);
        file.is_file().then_some(file)
    }

    pub fn new(data_dir: PathBuf) -> Self {
        KioskConfig {
            data_dir,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            today: None,
        }
    }
}

struct LoadedPack {
    dir: PathBuf,
    verified: VerifiedPack,
    recipient: Recipient,
}

pub struct Kiosk {
    config: KioskConfig,
    store: Store,
    packs: Packs,
    pack: LoadedPack,
    session: Option<Session>,
    rng: SystemRandom,
    /// The id of the response stored last, for `kiosk-cli fill --report-ids`.
    last_completed: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub pack_id: String,
    pub pack_version: u64,
    pub survey_id: String,
    pub survey_version: u32,
    pub survey_period: SurveyPeriod,
    pub survey_open_today: bool,
    pub responses: OutboxCounts,
    pub translation_status: String,
}

/// What the screen shows for the session now; sent to the UI as JSON.
#[derive(Debug, Clone, Serialize)]
pub struct SessionView {
    pub language: String,
    pub direction: Direction,
    pub practice: bool,
    /// "privacy", "question", "screened_out" or "finished".
    pub stage: &'static str,
    pub question: Option<QuestionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    /// The message id, which is also the clip id.
    pub message_id: String,
    pub text: String,
    pub block_title: Option<String>,
    /// The block title's message id, which is also its clip id.
    pub block_title_id: Option<String>,
    pub options: Vec<OptionView>,
    pub required: bool,
    pub max_chars: usize,
    pub answer: Option<Answer>,
    /// 1-based position on the participant's route, and how long the route is
    /// ([`routing::route_length`]).
    pub position: usize,
    pub total: usize,
    /// The answer that ends the survey (on the screening question only), which the screen
    /// confirms before sending.
    pub ends_survey_on: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OptionView {
    pub value: String,
    pub message_id: String,
    pub text: String,
}

impl Kiosk {
    /// Opens the kiosk in its data folder, installing the built-in pack on first start.
    pub fn open(config: KioskConfig) -> Result<Self, KioskError> {
        std::fs::create_dir_all(&config.data_dir).map_err(KioskError::io(&config.data_dir))?;
        let mut store = Store::open(&config.data_dir.join(DATABASE_FILE))?;
        let packs = Packs::new(&config.data_dir, pinned_key());
        let today = today(&config);
        let (dir, verified) = match packs.load_current(&store, today) {
            Ok(Some(current)) => current,
            Ok(None) => packs.install_embedded(&mut store, today)?,
            Err(refused) => {
                log::warn!(
                    "the current pack is unusable ({refused}); reinstalling the built-in one"
                );
                packs.install_embedded(&mut store, today)?
            }
        };
        let pack = load(dir, verified)?;
        Ok(Kiosk {
            config,
            store,
            packs,
            pack,
            session: None,
            rng: SystemRandom::new(),
            last_completed: None,
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.config.data_dir
    }

    pub fn today(&self) -> NaiveDate {
        today(&self.config)
    }

    pub fn definition(&self) -> &Definition {
        &self.pack.verified.definition
    }

    pub fn catalog(&self) -> &survey::Catalog {
        &self.pack.verified.catalog
    }

    pub fn languages(&self) -> &[Language] {
        &self.pack.verified.manifest.languages
    }

    pub fn manifest(&self) -> &survey::Manifest {
        &self.pack.verified.manifest
    }

    pub fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn status(&self) -> Result<Status, KioskError> {
        let manifest = &self.pack.verified.manifest;
        Ok(Status {
            pack_id: manifest.pack_id.clone(),
            pack_version: manifest.version,
            survey_id: manifest.survey.id.clone(),
            survey_version: manifest.survey.version,
            survey_period: manifest.survey_period,
            survey_open_today: manifest.survey_period.contains(self.today()),
            responses: self.store.counts()?,
            translation_status: manifest.translation_status.clone(),
        })
    }

    /// The sound file of a clip in the current pack.
    pub fn clip_path(&self, language: &str, clip: &str) -> Result<PathBuf, KioskError> {
        let rel = format!("audio/{language}/{clip}.ogg");
        if self.pack.verified.manifest.file(&rel).is_none() {
            return Err(KioskError::Clip(rel, "not in the pack".into()));
        }
        Ok(self.pack.dir.join(rel))
    }

    /// Installs a new pack from a folder; the current one stays if the new one is refused.
    pub fn install_pack(&mut self, source: &Path) -> Result<(), KioskError> {
        let today = self.today();
        let (dir, verified) = self
            .packs
            .install_from_dir(&mut self.store, today, source)?;
        self.pack = load(dir, verified)?;
        Ok(())
    }

    // ---- enrolment and sync ----

    pub fn enrolment(&self) -> Result<Option<Enrolment>, KioskError> {
        enrolment::current(&self.store)
    }

    /// Enrols with the collector at `collector_url` (the pack's collector when `None`). See
    /// [`enrol_through`] for an enrolment that does not hold the kiosk during the request.
    pub fn enrol(
        &mut self,
        collector_url: Option<&str>,
        access_code: &str,
    ) -> Result<Enrolment, KioskError> {
        self.enrol_named(collector_url, access_code, None)
    }

    /// [`Engine::enrol`] under a name the coordinator chose (such as "Rom 204"), which the
    /// municipality's contacts see instead of the kiosk's id.
    pub fn enrol_named(
        &mut self,
        collector_url: Option<&str>,
        access_code: &str,
        kiosk_name: Option<&str>,
    ) -> Result<Enrolment, KioskError> {
        enrol_through(
            &Exclusive(std::cell::RefCell::new(self)),
            collector_url,
            access_code,
            kiosk_name,
        )
    }

    /// Sends every pending response, forgetting each the collector acknowledges, then installs a
    /// newer content pack if the collector has one. `progress` hears after each acknowledged
    /// batch and before each retry. See [`sync_through`] for a sync that does not hold the
    /// kiosk while it waits for the network.
    pub fn sync(
        &mut self,
        options: &SyncOptions,
        progress: &mut dyn FnMut(SyncProgress),
    ) -> Result<SyncReport, KioskError> {
        sync_through(
            &Exclusive(std::cell::RefCell::new(self)),
            options,
            progress,
            &AtomicBool::new(false),
        )
    }

    pub fn last_sync(&self) -> Result<Option<String>, KioskError> {
        self.store.setting(LAST_SYNC)
    }

    /// The app version the collector offers, when it is newer than the one running.
    pub fn update_offered(&self) -> Result<Option<String>, KioskError> {
        let offered = self.store.setting(OFFERED_RELEASE)?;
        Ok(crate::release::update_offered(
            offered,
            &crate::release::running_version(),
        ))
    }

    // ---- the participant session ----

    /// Starts a session in `language`. Outside the survey period only practice may start.
    pub fn start_session(
        &mut self,
        language: &str,
        practice: bool,
    ) -> Result<SessionView, KioskError> {
        if self
            .session
            .as_ref()
            .is_some_and(|s| !matches!(s.stage(), Stage::Finished | Stage::ScreenedOut))
        {
            return Err(KioskError::SessionRunning);
        }
        if self.pack.verified.manifest.language(language).is_none() {
            return Err(KioskError::UnknownLanguage(language.into()));
        }
        if !practice {
            self.check_open()?;
        }
        self.session = Some(Session::new(language.into(), practice, Instant::now()));
        self.view()
    }

    pub fn accept_privacy(&mut self) -> Result<SessionView, KioskError> {
        self.session_mut()?.accept_privacy(Instant::now())?;
        self.view()
    }

    pub fn answer(&mut self, question_id: &str, answer: Answer) -> Result<SessionView, KioskError> {
        let definition = &self.pack.verified.definition;
        let session = self.session.as_mut().ok_or(KioskError::NoSession)?;
        let advance = session.answer(definition, question_id, answer, Instant::now())?;
        self.after(advance)
    }

    pub fn skip(&mut self, question_id: &str) -> Result<SessionView, KioskError> {
        let definition = &self.pack.verified.definition;
        let session = self.session.as_mut().ok_or(KioskError::NoSession)?;
        let advance = session.skip(definition, question_id, Instant::now())?;
        self.after(advance)
    }

    pub fn back(&mut self) -> Result<SessionView, KioskError> {
        self.session_mut()?.back(Instant::now())?;
        self.view()
    }

    /// Ends the session, keeping nothing of it (the participant left, or the next one comes).
    pub fn end_session(&mut self) {
        self.session = None;
    }

    /// Notes activity that does not change the session (scrolling, listening).
    pub fn touch(&mut self) {
        if let Some(session) = self.session.as_mut() {
            session.touch(Instant::now());
        }
    }

    /// Discards the session if it has been idle past the timeout; true when it did.
    pub fn discard_if_idle(&mut self, now: Instant) -> bool {
        let idle = self
            .session
            .as_ref()
            .is_some_and(|s| s.is_idle(now, self.config.idle_timeout));
        if idle {
            self.session = None;
        }
        idle
    }

    /// The id of the response the last completion stored, taken once.
    pub fn take_last_completed(&mut self) -> Option<String> {
        self.last_completed.take()
    }

    pub fn idle_timeout(&self) -> Duration {
        self.config.idle_timeout
    }

    pub fn view(&self) -> Result<SessionView, KioskError> {
        let session = self.session.as_ref().ok_or(KioskError::NoSession)?;
        let language = self
            .pack
            .verified
            .manifest
            .language(&session.language)
            .ok_or_else(|| KioskError::UnknownLanguage(session.language.clone()))?;
        let stage = match session.stage() {
            Stage::Privacy => "privacy",
            Stage::Question(_) => "question",
            Stage::ScreenedOut => "screened_out",
            Stage::Finished => "finished",
        };
        let total = routing::route_length(self.definition(), session.answers());
        let question = session
            .current(self.definition())
            .map(|(q, index, _)| self.question_view(&session.language, session, q, index, total));
        Ok(SessionView {
            language: language.code.clone(),
            direction: language.direction,
            practice: session.practice,
            stage,
            question,
        })
    }

    fn question_view(
        &self,
        lang: &str,
        session: &Session,
        question: &survey::Question,
        index: usize,
        total: usize,
    ) -> QuestionView {
        let text = |id: &str| self.catalog().format(lang, id, None).unwrap_or_default();
        let block_title_id = routing::block_of(self.definition(), &question.id)
            .map(|block| block.title_message_id());
        let block_title = block_title_id.as_deref().map(text);
        QuestionView {
            id: question.id.clone(),
            kind: question.kind,
            message_id: question.message_id(),
            text: text(&question.message_id()),
            block_title,
            block_title_id,
            options: question
                .options_with_messages()
                .into_iter()
                .map(|(value, message_id)| OptionView {
                    text: text(&message_id),
                    value,
                    message_id,
                })
                .collect(),
            required: question.is_required(),
            max_chars: question.max_chars(),
            answer: session.answers().get(&question.id).cloned(),
            position: index + 1,
            total,
            ends_survey_on: (question.id == self.definition().screening.question.id)
                .then(|| self.definition().screening.ends_survey_on.clone()),
        }
    }

    fn session_mut(&mut self) -> Result<&mut Session, KioskError> {
        self.session.as_mut().ok_or(KioskError::NoSession)
    }

    fn after(&mut self, advance: Advance) -> Result<SessionView, KioskError> {
        if advance == Advance::Complete {
            self.complete()?;
        }
        self.view()
    }

    fn check_open(&self) -> Result<(), KioskError> {
        let period = self.pack.verified.manifest.survey_period;
        let today = self.today();
        if !period.contains(today) {
            return Err(KioskError::SurveyClosed {
                today,
                opens: period.opens,
                closes: period.closes,
            });
        }
        Ok(())
    }

    /// Validates, pads, seals and stores the finished session in one transaction. Padding makes
    /// every sealed response of the survey the same size. A practice session stores nothing.
    fn complete(&mut self) -> Result<(), KioskError> {
        let session = self.session.as_ref().ok_or(KioskError::NoSession)?;
        if !session.practice {
            self.check_open()?;
            let response = self.response_of(session)?;
            let plaintext = serde_json::to_vec(&response).expect("a response serialises");
            let padded = pad_response(plaintext, self.definition())?;
            let sealed = sync::seal(&self.pack.recipient, &padded)?;
            self.store.add_sealed(&crate::store::Sealed {
                survey_id: response.survey_id,
                survey_version: response.survey_version,
                completed_on: response.completed_on,
                sealed,
                response_id: response.response_id.clone(),
            })?;
            self.last_completed = Some(response.response_id);
        }
        self.session_mut()?.finish();
        Ok(())
    }

    fn response_of(&self, session: &Session) -> Result<Response, KioskError> {
        let definition = self.definition();
        let group = routing::chosen_group(definition, session.answers())
            .ok_or_else(|| KioskError::AnswerRequired(definition.group.id.clone()))?;
        let response = Response {
            format: RESPONSE_FORMAT,
            response_id: self.new_uuid(),
            survey_id: definition.id.clone(),
            survey_version: definition.version,
            language: session.language.clone(),
            group: group.to_owned(),
            completed_on: self.today(),
            answers: session.answers().clone(),
        };
        response.validate(definition).map_err(|errors| {
            let first = &errors[0];
            KioskError::InvalidAnswer {
                question: first.question.clone(),
                problem: first.to_string(),
            }
        })?;
        Ok(response)
    }

    /// A random (version 4) UUID.
    fn new_uuid(&self) -> String {
        let mut b = [0u8; 16];
        self.rng.fill(&mut b).expect("the system RNG works");
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
    }
}

fn today(config: &KioskConfig) -> NaiveDate {
    config
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

fn load(dir: PathBuf, verified: VerifiedPack) -> Result<LoadedPack, KioskError> {
    let recipient: Recipient = verified.manifest.collector.public_key.parse()?;
    Ok(LoadedPack {
        dir,
        verified,
        recipient,
    })
}

/// How a sync or an enrolment reaches the kiosk: only for the short steps between network
/// requests, so that the app's other commands (a participant's tap, "close") are answered while
/// the network is slow.
pub trait KioskLock {
    fn with_kiosk<T>(&self, action: impl FnOnce(&mut Kiosk) -> T) -> T;
}

impl KioskLock for std::sync::Mutex<Kiosk> {
    fn with_kiosk<T>(&self, action: impl FnOnce(&mut Kiosk) -> T) -> T {
        action(&mut self.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

/// A kiosk borrowed for the whole run (the command-line tool, tests).
struct Exclusive<'a>(std::cell::RefCell<&'a mut Kiosk>);

impl KioskLock for Exclusive<'_> {
    fn with_kiosk<T>(&self, action: impl FnOnce(&mut Kiosk) -> T) -> T {
        action(&mut self.0.borrow_mut())
    }
}

/// Enrols with the collector at `collector_url` (the pack's collector when `None`), holding the
/// kiosk only before and after the request.
pub fn enrol_through(
    kiosk: &impl KioskLock,
    collector_url: Option<&str>,
    access_code: &str,
    kiosk_name: Option<&str>,
) -> Result<Enrolment, KioskError> {
    let url = kiosk.with_kiosk(|k| {
        collector_url
            .map(str::to_owned)
            .unwrap_or_else(|| k.pack.verified.manifest.collector.url.clone())
    });
    let ca_file = kiosk.with_kiosk(|k| k.config.trusted_ca_file());
    let client = Client::trusting(
        &url,
        SyncOptions::default().request_timeout,
        ca_file.as_deref(),
    )
    .map_err(KioskError::from_sync)?;
    kiosk.with_kiosk(|k| enrolment::check_before(&k.store, access_code))?;
    let (reply, pkcs8) = enrolment::request(&client, access_code, kiosk_name)?;
    kiosk.with_kiosk(|k| enrolment::keep(&mut k.store, &url, reply, &pkcs8))
}

/// A sync run that holds the kiosk only between network requests: sends every pending response,
/// forgetting each the collector acknowledges, then installs a newer content pack if the
/// collector has one. `progress` hears after each acknowledged batch and before each retry;
/// `cancel` stops the run between requests (what was acknowledged stays acknowledged, the rest
/// waits safely in the outbox).
pub fn sync_through(
    kiosk: &impl KioskLock,
    options: &SyncOptions,
    progress: &mut dyn FnMut(SyncProgress),
    cancel: &AtomicBool,
) -> Result<SyncReport, KioskError> {
    let (enrolment, key, total, ca_file) = kiosk.with_kiosk(|k| -> Result<_, KioskError> {
        let enrolment = k.enrolment()?.ok_or(KioskError::NotEnrolled)?;
        let key = enrolment::device_key(&k.store)?;
        let ca_file = k.config.trusted_ca_file();
        Ok((enrolment, key, k.store.counts()?.pending, ca_file))
    })?;
    // The same client fetches the pack's manifest and files after the batches.
    let client = Client::trusting(
        &enrolment.collector_url,
        options.request_timeout,
        ca_file.as_deref(),
    )
    .map_err(KioskError::from_sync)?;
    let mut report = SyncReport {
        held: 0,
        refused: 0,
        refused_reasons: Default::default(),
        kept_for_date: 0,
        date_refusals: Vec::new(),
        remaining: total,
        pack_updated: None,
        cancelled: false,
    };
    // Refused for their date in this run: they stay pending, for the next run.
    let mut kept = HashSet::new();
    let mut retries = 0u32;
    progress(SyncProgress {
        done: 0,
        total,
        retries,
    });
    loop {
        if cancel.load(Ordering::SeqCst) {
            report.cancelled = true;
            break;
        }
        let pending =
            kiosk.with_kiosk(|k| k.store.pending_except(options.batch_size.max(1), &kept))?;
        if pending.is_empty() {
            break;
        }
        let batch = key.sign_batch(
            &enrolment.kiosk_id,
            &enrolment.collector_id,
            &sync_run::batch_body(&pending),
        );
        let done = report.held + report.refused + report.kept_for_date;
        let reply = sync_run::with_retries_while(
            options,
            &|| !cancel.load(Ordering::SeqCst),
            &mut |_| {
                retries += 1;
                progress(SyncProgress {
                    done,
                    total,
                    retries,
                });
            },
            || client.send_batch(&batch),
        )
        .map_err(KioskError::from_sync)?;
        let reasons: Vec<(String, String)> = reply
            .refused
            .iter()
            .map(|r| (r.response_id.clone(), r.reason.clone()))
            .collect();
        let refused_ids = reply.refused.into_iter().map(|r| r.response_id).collect();
        let (held_ids, refused_ids) = sync_run::acknowledged(&pending, reply.held, refused_ids);
        if held_ids.is_empty() && refused_ids.is_empty() {
            return Err(KioskError::CollectorRefused(
                "the collector acknowledged nothing".into(),
            ));
        }
        let (for_date, for_good): (Vec<_>, Vec<_>) = reasons
            .into_iter()
            .filter(|(id, _)| refused_ids.contains(id))
            .partition(|(_, reason)| sync::wire::reason::depends_on_date(reason));
        for (_, reason) in &for_good {
            *report.refused_reasons.entry(reason.clone()).or_insert(0) += 1;
        }
        kept.extend(for_date.iter().map(|(id, _)| id.clone()));
        let (held, refused, kept_for_date) = kiosk.with_kiosk(|k| -> Result<_, KioskError> {
            let today = k.today();
            Ok((
                k.store.forget_held(&held_ids)? as u64,
                k.store.set_aside(&for_good)? as u64,
                k.store
                    .mark_date_refused(&for_date, reply.collector_today, today)?
                    as u64,
            ))
        })?;
        report.held += held;
        report.refused += refused;
        report.kept_for_date += kept_for_date;
        progress(SyncProgress {
            done: report.held + report.refused + report.kept_for_date,
            total,
            retries,
        });
    }
    if !report.cancelled {
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
        kiosk.with_kiosk(|k| k.store.set_setting(LAST_SYNC, &now))?;
        report.pack_updated = update_content(kiosk, &client, options)?;
        note_offered_release(kiosk, &client)?;
    }
    kiosk.with_kiosk(|k| -> Result<_, KioskError> {
        report.remaining = k.store.counts()?.pending;
        report.date_refusals = k.store.date_refusals()?;
        Ok(())
    })?;
    Ok(report)
}

/// Keeps the app version the collector offers for the coordinator screen. A collector that
/// cannot say (an older one, or trouble on the way) leaves the last known offer: the sync
/// itself has succeeded and must not fail over a notice.
fn note_offered_release(kiosk: &impl KioskLock, client: &Client) -> Result<(), KioskError> {
    match client.kiosk_release() {
        Ok(Some(release)) => {
            kiosk.with_kiosk(|k| k.store.set_setting(OFFERED_RELEASE, &release.version))
        }
        Ok(None) => kiosk.with_kiosk(|k| k.store.set_setting(OFFERED_RELEASE, "")),
        Err(error) => {
            log::warn!("the collector did not say which app release it offers: {error}");
            Ok(())
        }
    }
}

/// Fetches the collector's signed manifest and, when it is newer, the files the kiosk lacks;
/// verifies everything and switches packs in one step (the only step that holds the kiosk).
fn update_content(
    kiosk: &impl KioskLock,
    client: &Client,
    options: &SyncOptions,
) -> Result<Option<u64>, KioskError> {
    let (manifest_bytes, signature) =
        sync_run::with_retries(options, || client.manifest()).map_err(KioskError::from_sync)?;
    let (installed, today, current_dir, current_manifest, packs_dir) = kiosk.with_kiosk(|k| {
        (
            k.pack.verified.manifest.version,
            k.today(),
            k.pack.dir.clone(),
            k.pack.verified.manifest.clone(),
            k.config.data_dir.join(crate::paths::PACKS_DIR),
        )
    });
    let Some(manifest) = sync_run::newer_manifest(&manifest_bytes, &signature, installed, today)?
    else {
        return Ok(None);
    };
    let download = packs_dir.join(format!(
        ".download-{}-v{}",
        manifest.pack_id, manifest.version
    ));
    sync_run::download_pack(
        client,
        options,
        &manifest,
        &manifest_bytes,
        &signature,
        (&current_dir, &current_manifest),
        &download,
    )?;
    kiosk.with_kiosk(|k| k.install_pack(&download))?;
    let _ = std::fs::remove_dir_all(&download);
    Ok(Some(manifest.version))
}
