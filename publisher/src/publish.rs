//! `survey-publish` as a function: checks the date, opens, builds, audits, writes the
//! microdata and stores the publication.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use collector_data::db::Db;
use collector_data::publication::Publication;
use collector_data::publication::DEFAULT_THRESHOLD;
use collector_data::served_pack::ServedPack;
use collector_data::DataError;

use crate::audit::{self, Audited};
use crate::opening::{self, Invalid};
use crate::perturb::CellKeys;
use crate::{deliveries, microdata, tables, PublishError};

pub const MICRODATA_FILE: &str = microdata::RESPONSES_FILE;
pub const DELIVERIES_FILE: &str = "deliveries.csv";

pub struct Options<'a> {
    pub collector_data: &'a Path,
    pub identity: &'a Path,
    pub out: &'a Path,
    pub pack: &'a ServedPack,
    pub today: NaiveDate,
    /// Days after the survey closes during which kiosks may still deliver.
    pub grace_days: u64,
    pub threshold: u64,
    pub replace: bool,
    pub exclude_revoked: bool,
    /// Web deliveries to leave out: a municipality's, on the days they arrived (the owner's
    /// answer to a day the deliveries report marks as far above usual).
    pub exclude_web_days: &'a [(String, NaiveDate)],
}

/// What was published and what was left out, for the owner.
pub struct Report {
    pub version: u32,
    pub publication: Publication,
    pub invalid: Vec<Invalid>,
    /// Valid responses left out because their kiosk was revoked.
    pub excluded_revoked: usize,
    /// Valid web responses left out at the owner's choice: (municipality, day of arrival, how
    /// many), one entry for each day asked for.
    pub excluded_web_days: Vec<(String, NaiveDate, usize)>,
    /// Municipalities without results: (number, name, valid responses counted).
    pub too_few: Vec<(String, String, u64)>,
    pub microdata_rows: usize,
    /// Rows left out of the microdata: in a combination of municipality, language, group and
    /// time under the threshold even when fully coarsened.
    pub microdata_left_out: usize,
    /// Deliveries per municipality, sender (each kiosk, the web) and day, as a table.
    pub deliveries: String,
}

/// The first day publishing may run: after the survey's last day and its grace days.
pub fn first_publishing_day(pack: &ServedPack, grace_days: u64) -> NaiveDate {
    survey::calendar::Calendar::new(pack.period, grace_days).first_publishing_day()
}

pub fn publish(options: &Options<'_>) -> Result<Report, PublishError> {
    let pack = options.pack;
    let may_run_from = first_publishing_day(pack, options.grace_days);
    if options.today < may_run_from {
        return Err(PublishError::TooEarly {
            closes: pack.period.closes,
            last_delivery: may_run_from - chrono::Duration::days(1),
            may_run_from,
        });
    }
    if options.threshold < DEFAULT_THRESHOLD {
        return Err(PublishError::ThresholdTooLow {
            threshold: options.threshold,
            least: DEFAULT_THRESHOLD,
        });
    }
    if collector_data::paths::is_inside(options.out, options.collector_data) {
        return Err(PublishError::OutInsideCollector(options.out.to_owned()));
    }
    let identity = opening::read_identity(options.identity)?;
    let expected = collector_data::recipient::load(options.collector_data)?;
    if identity.to_public().to_string() != expected {
        return Err(PublishError::WrongIdentity { expected });
    }
    let db = Db::open(options.collector_data)?;
    let earlier = db.publications()?;
    if !earlier.is_empty() && !options.replace {
        return Err(DataError::AlreadyPublished.into());
    }
    let stored = db.stored_responses()?;
    // Which web day each stored response arrived on, for the days the owner leaves out.
    let web_day: BTreeMap<String, (String, NaiveDate)> = stored
        .iter()
        .filter_map(|r| {
            let day = r.delivered_on.as_deref()?.parse().ok()?;
            (r.sender.as_deref() == Some(&format!("web-{}", r.municipality)))
                .then(|| (r.response_id.clone(), (r.municipality.clone(), day)))
        })
        .collect();
    let opened = opening::open_all(stored, &identity, pack);
    if opened.rows.is_empty() {
        return Err(PublishError::NothingToPublish {
            invalid: opened.invalid.len(),
        });
    }
    let revoked: BTreeSet<&str> = if options.exclude_revoked {
        opened.from_revoked.iter().map(String::as_str).collect()
    } else {
        BTreeSet::new()
    };
    let left_out_web = |r: &crate::Row| {
        web_day
            .get(&r.response_id)
            .is_some_and(|chosen| options.exclude_web_days.contains(chosen))
    };
    let mut excluded_web_days: Vec<(String, NaiveDate, usize)> = options
        .exclude_web_days
        .iter()
        .map(|(m, day)| (m.clone(), *day, 0))
        .collect();
    excluded_web_days.sort();
    excluded_web_days.dedup();
    for row in opened.rows.iter().filter(|r| left_out_web(r)) {
        let chosen = &web_day[&row.response_id];
        if let Some(entry) = excluded_web_days
            .iter_mut()
            .find(|(m, day, _)| (m, day) == (&chosen.0, &chosen.1))
        {
            entry.2 += 1;
        }
    }
    let counted_rows: Vec<crate::Row> = opened
        .rows
        .iter()
        .filter(|r| !revoked.contains(r.response_id.as_str()) && !left_out_web(r))
        .cloned()
        .collect();
    let mut names = BTreeMap::new();
    for (number, _) in db.responses_per_municipality()? {
        let name = db.municipality_name(&number)?.unwrap_or_default();
        names.insert(number, name);
    }
    // Derived from the identity, so every run with it perturbs every cell the same way, and
    // nothing the server holds can recompute them.
    let keys = CellKeys::from_identity(&identity);
    let publication = tables::build(
        &counted_rows,
        &tables::Build {
            pack,
            names: &names,
            threshold: options.threshold,
            published_on: options.today,
            results_close: NaiveDate::from_ymd_opt(pack.period.closes.year() + 1, 10, 1)
                .expect("1 October exists"),
            keys: &keys,
        },
    );
    let counted: BTreeSet<String> = counted_rows.iter().map(|r| r.response_id.clone()).collect();
    let earlier: Vec<(Publication, BTreeSet<String>)> = earlier
        .into_iter()
        .map(|(_, body, ids)| Ok((Publication::from_json(&body)?, ids.into_iter().collect())))
        .collect::<Result<_, DataError>>()?;
    if let Some(least) = earlier
        .iter()
        .map(|(p, _)| p.threshold)
        .filter(|t| *t > options.threshold)
        .max()
    {
        return Err(PublishError::ThresholdTooLow {
            threshold: options.threshold,
            least,
        });
    }
    let mut audited: Vec<Audited<'_>> = earlier
        .iter()
        .map(|(publication, counted)| Audited {
            publication,
            counted,
        })
        .collect();
    audited.push(Audited {
        publication: &publication,
        counted: &counted,
    });
    audit::audit(
        &audited,
        &opened.rows,
        &pack.definition,
        options.threshold,
        &keys,
    )
    .map_err(PublishError::AuditFailed)?;

    let write = |name: &str, text: String| -> Result<(), PublishError> {
        let path = options.out.join(name);
        std::fs::write(&path, text).map_err(|source| PublishError::Io { path, source })
    };
    std::fs::create_dir_all(options.out).map_err(|source| PublishError::Io {
        path: options.out.to_owned(),
        source,
    })?;
    let analysts = microdata::write(
        options.out,
        &counted_rows,
        &pack.definition,
        options.threshold as usize,
    )?;
    let delivered = db.deliveries()?;
    write(DELIVERIES_FILE, deliveries::csv(&delivered))?;

    let ids: Vec<&str> = counted.iter().map(String::as_str).collect();
    let version =
        db.store_publication(options.today, &publication.to_json(), &ids, options.replace)?;
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    for row in &counted_rows {
        *counts.entry(row.municipality.as_str()).or_default() += 1;
    }
    let too_few = names
        .iter()
        .filter(|(number, _)| !publication.municipalities.contains_key(*number))
        .map(|(number, name)| {
            (
                number.clone(),
                name.clone(),
                counts.get(number.as_str()).copied().unwrap_or(0),
            )
        })
        .collect();
    Ok(Report {
        version,
        invalid: opened.invalid,
        excluded_revoked: opened
            .rows
            .iter()
            .filter(|r| revoked.contains(r.response_id.as_str()))
            .count(),
        excluded_web_days,
        too_few,
        microdata_rows: analysts.rows,
        microdata_left_out: analysts.left_out,
        deliveries: deliveries::report(&delivered),
        publication,
    })
}
