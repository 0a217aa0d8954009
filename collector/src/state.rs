//! The collector's shared state and configuration: what every handler, guard and background
//! task is given. The bottom of the crate: it imports no handler, guard or feature.

use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use chrono::NaiveDate;
use survey::calendar::{Calendar, DEFAULT_GRACE_DAYS};

use crate::clock::Clock;
use crate::db::Db;
use crate::metrics::Metrics;
use crate::publication::{Publication, DEFAULT_THRESHOLD};
use crate::served_pack::ServedPack;
use crate::CollectorError;

#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub max_batch_responses: usize,
    pub max_body_bytes: usize,
    pub max_sealed_bytes: usize,
    /// Days after the survey closes during which kiosks may still deliver.
    pub grace_days: u64,
    /// Fixes "today" (demos and tests); the server's local date otherwise.
    pub today: Option<NaiveDate>,
    /// Responses a municipality needs before it can have results.
    pub results_threshold: u64,
    /// Reverse proxies whose `X-Forwarded-For` names the client (see [`crate::client_addr`]).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The longest a request may take, body and answer; above the guessing guard's longest wait
    /// (30 s for an address plus 8 s for a municipality), so that never turns into a timeout.
    pub request_timeout: Duration,
    /// The longest wait for the next piece of a request's body.
    pub body_read_timeout: Duration,
    /// The address people reach this collector at, for links in mails (never taken from a
    /// request's Host header, which the sender of a request chooses).
    pub public_url: String,
    /// A signed apt repository of the kiosk to serve under `/apt/`, if any.
    pub apt_repository: Option<std::path::PathBuf>,
    /// The most the database may grow to, in bytes (`--max-database-mib`): beyond it writes
    /// are refused as on a full disk, so an operator can keep room for the rest of a machine.
    pub max_database_bytes: Option<u64>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            max_batch_responses: 500,
            max_body_bytes: 16 * 1024 * 1024,
            max_sealed_bytes: 64 * 1024,
            grace_days: DEFAULT_GRACE_DAYS,
            today: None,
            results_threshold: DEFAULT_THRESHOLD,
            trusted_proxies: Vec::new(),
            request_timeout: Duration::from_secs(60),
            body_read_timeout: Duration::from_secs(10),
            public_url: "http://127.0.0.1:8470".to_owned(),
            apt_repository: None,
            max_database_bytes: None,
        }
    }
}

pub struct AppState {
    pub db: Mutex<Db>,
    pub pack: ServedPack,
    pub config: ServeConfig,
    pub metrics: Metrics,
    clock: Clock,
    pub(crate) guesses: crate::secret_check::GuessGuard,
    /// Web deliveries per address and per ticket (`delivery_limit`).
    pub(crate) deliveries: crate::delivery_limit::DeliveryLimits,
    collector_id: OnceLock<String>,
    /// Woken when a mail is put in the outbox, so the sender does not wait for its next poll.
    pub mail_waiting: tokio::sync::Notify,
    /// The newest publication as last read, by version: the publisher may store one while the
    /// collector serves.
    publication: Mutex<Option<(u32, Arc<Publication>)>>,
    web_content: OnceLock<crate::web_content::WebContent>,
    /// The last storage probe: when, and what was wrong (a reason code) or nothing.
    storage_probe: Mutex<Option<(std::time::Instant, Option<&'static str>)>>,
}

/// How long one storage probe's answer is reused: `/healthz` is public, and each probe syncs a
/// file to disk.
const STORAGE_PROBE_KEPT: std::time::Duration = std::time::Duration::from_secs(2);

impl AppState {
    pub fn new(mut db: Db, pack: ServedPack, config: ServeConfig) -> Arc<Self> {
        crate::secret_check::prepare();
        let clock = Clock::on(config.today);
        db.set_clock(clock);
        if let Some(bytes) = config.max_database_bytes {
            if let Err(e) = db.limit_size(bytes) {
                log::error!("the database's size limit could not be set: {e}");
            }
        }
        Arc::new(AppState {
            db: Mutex::new(db),
            clock,
            pack,
            config,
            metrics: Metrics::default(),
            guesses: Default::default(),
            deliveries: Default::default(),
            collector_id: Default::default(),
            mail_waiting: Default::default(),
            publication: Mutex::new(None),
            web_content: OnceLock::new(),
            storage_probe: Mutex::new(None),
        })
    }

    /// Whether a response could be stored now: `None`, or why not (`out_of_space`,
    /// `read_only`, `internal`). Probed at most every two seconds; blocks on the database.
    pub fn storage_trouble(&self) -> Option<&'static str> {
        let mut last = self
            .storage_probe
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((at, trouble)) = *last {
            if at.elapsed() < STORAGE_PROBE_KEPT {
                return trouble;
            }
        }
        let trouble = match self.db().storage_probe() {
            Ok(()) => None,
            Err(e) => Some(crate::storage::trouble(&e).unwrap_or_else(|| {
                log::error!("the storage probe failed: {e}");
                "internal"
            })),
        };
        *last = Some((std::time::Instant::now(), trouble));
        trouble
    }

    /// Today by the collector's one clock ([`Clock`]): `--today` when given, so that a test or
    /// a demo moves every date at once, the database's too.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The web survey's bundles and clip names, made from the pack when first asked for.
    pub fn web_content(&self) -> &crate::web_content::WebContent {
        self.web_content
            .get_or_init(|| crate::web_content::WebContent::of(&self.pack))
    }

    /// The survey period and its grace days, which decide what deliveries are taken.
    pub fn calendar(&self) -> Calendar {
        Calendar::new(self.pack.period, self.config.grace_days)
    }

    /// What this collector calls itself to kiosks: random, kept in its database, so the same
    /// for every start of this deployment and different from any other's (a test or training
    /// collector's). Batch signatures cover it.
    pub fn collector_id(&self) -> Result<&str, CollectorError> {
        if let Some(id) = self.collector_id.get() {
            return Ok(id);
        }
        let id = self.db().collector_id()?;
        Ok(self.collector_id.get_or_init(|| id))
    }

    pub(crate) fn db(&self) -> MutexGuard<'_, Db> {
        // A panic while holding the lock cannot leave SQLite half-written (transactions roll
        // back), so a poisoned lock is safe to keep using.
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The newest publication, read again only when a newer version has been stored.
    pub(crate) fn publication(&self) -> Result<Option<Arc<Publication>>, CollectorError> {
        let db = self.db();
        let Some(version) = db.latest_publication_version()? else {
            return Ok(None);
        };
        let mut cached = self
            .publication
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((cached_version, publication)) = cached.as_ref() {
            if *cached_version == version {
                return Ok(Some(Arc::clone(publication)));
            }
        }
        let Some((version, publication)) = Publication::latest(&db)? else {
            return Ok(None);
        };
        let publication = Arc::new(publication);
        *cached = Some((version, Arc::clone(&publication)));
        Ok(Some(publication))
    }
}
