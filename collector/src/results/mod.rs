//! What the survey exists for: opening responses, municipality results, national key figures
//! and the analysts' export. Every figure shown to a municipality passes the suppression rules
//! in [`suppression`]; free text is never shown to municipalities.

pub mod export;
pub mod opening;
pub mod page;
pub mod stats;
pub mod suppression;

use chrono::{Datelike, NaiveDate};

use crate::db::Db;
use crate::served_pack::ServedPack;
use crate::CollectorError;
use page::escape;
use stats::QuestionResult;

pub const DEFAULT_THRESHOLD: u64 = 10;

/// Results are available until 1 October of the year after the survey closes.
pub fn results_close(pack: &ServedPack) -> NaiveDate {
    NaiveDate::from_ymd_opt(pack.period.closes.year() + 1, 10, 1).expect("1 October exists")
}

pub enum MunicipalityResults {
    TooFew {
        name: String,
        responses: u64,
        needed: u64,
    },
    Ready {
        name: String,
        responses: u64,
        questions: Vec<QuestionResult>,
    },
}

pub fn municipality_results(
    db: &Db,
    pack: &ServedPack,
    number: &str,
    k: u64,
) -> Result<MunicipalityResults, CollectorError> {
    let name = db
        .municipality_name(number)?
        .ok_or_else(|| CollectorError::UnknownMunicipality(number.into()))?;
    let rows = stats::load_rows(db, Some(number))?;
    let responses = rows.len() as u64;
    if responses < k {
        return Ok(MunicipalityResults::TooFew {
            name,
            responses,
            needed: k - responses,
        });
    }
    Ok(MunicipalityResults::Ready {
        name,
        responses,
        questions: stats::question_results(pack, &rows, k, true),
    })
}

pub fn municipality_page(number: &str, results: &MunicipalityResults) -> String {
    match results {
        MunicipalityResults::TooFew { name, needed, .. } => page::document(
            &format!("Resultater for {name}"),
            &format!(
                "<h1>Resultater for {} ({number})</h1><p class=\"note\">Det trengs {needed} svar til før \
                 resultatene kan vises.</p>",
                escape(name)
            ),
        ),
        MunicipalityResults::Ready { name, responses, questions } => {
            let mut body = format!(
                "<h1>Resultater for {} ({number})</h1>\
                 <p>{responses} deltakere har svart. Tallene viser hvor mange som valgte hvert svar. \
                 Grupper med for få svar vises ikke hver for seg, men er slått sammen med andre, slik at \
                 ingen enkeltpersons svar kan finnes. Fritekstsvar vises ikke.</p>",
                escape(name)
            );
            for question in questions {
                body.push_str(&page::question_section(question));
            }
            page::document(&format!("Resultater for {name}"), &body)
        }
    }
}

/// National key figures: responses per municipality, language and group (small numbers
/// suppressed), and every question's national distribution.
pub fn national_page(db: &Db, pack: &ServedPack, k: u64) -> Result<String, CollectorError> {
    let rows = stats::load_rows(db, None)?;
    let count_table = |title: &str, counts: Vec<(String, u64)>| {
        let mut html = format!("<h2>{title}</h2><table><tr><th></th><th>Svar</th></tr>");
        for (label, n) in counts {
            let shown = if n >= k {
                n.to_string()
            } else {
                format!("færre enn {k}")
            };
            html.push_str(&format!(
                "<tr><td>{}</td><td>{shown}</td></tr>",
                escape(&label)
            ));
        }
        html.push_str("</table>");
        html
    };
    let tally = |key: &dyn Fn(&stats::Row) -> String| {
        let mut counts = std::collections::BTreeMap::<String, u64>::new();
        for row in &rows {
            *counts.entry(key(row)).or_default() += 1;
        }
        counts.into_iter().collect::<Vec<_>>()
    };
    let names: std::collections::BTreeMap<String, String> = db
        .responses_per_municipality()?
        .into_iter()
        .map(|(number, _)| {
            let name = db
                .municipality_name(&number)
                .ok()
                .flatten()
                .unwrap_or_default();
            (number.clone(), format!("{number} {name}"))
        })
        .collect();
    let mut body = format!(
        "<h1>Nasjonale nøkkeltall</h1><p>{} svar i alt.</p>",
        rows.len()
    );
    body.push_str(&count_table(
        "Svar per kommune",
        tally(&|r| names.get(&r.municipality).cloned().unwrap_or_default()),
    ));
    body.push_str(&count_table(
        "Svar per språk",
        tally(&|r| stats::language_name(pack, &r.language)),
    ));
    body.push_str(&count_table(
        "Svar per deltakergruppe",
        tally(&|r| stats::label(pack, &format!("opt-{}", r.group))),
    ));
    for question in stats::question_results(pack, &rows, k, false) {
        body.push_str(&page::question_section(&question));
    }
    Ok(page::document("Nasjonale nøkkeltall", &body))
}
