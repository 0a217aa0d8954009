//! What any delivery must meet, from a kiosk's batch or a web survey's response: the survey and
//! version this collector collects, deliveries still open (the survey calendar's grace days), a
//! completion date inside the period and not ahead of tomorrow.

use axum::http::StatusCode;
use survey::calendar::DateRefusal;
use sync::wire::reason;

use crate::refusal::Refusal;
use crate::state::AppState;

/// Refuses a delivery of another survey or version than this collector collects.
pub fn collected_survey(
    state: &AppState,
    survey_id: &str,
    survey_version: u32,
) -> Result<(), Refusal> {
    let pack = &state.pack;
    if survey_id != pack.survey_id || survey_version != pack.survey_version {
        return Err(Refusal::new(
            StatusCode::CONFLICT,
            reason::UNKNOWN_SURVEY,
            format!(
                "survey {survey_id} version {survey_version} is not collected here (this \
                 collector takes {} version {})",
                pack.survey_id, pack.survey_version
            ),
        ));
    }
    Ok(())
}

/// Refuses every delivery once deliveries have closed.
pub fn deliveries_open(state: &AppState) -> Result<(), Refusal> {
    let calendar = state.calendar();
    if !calendar.takes_deliveries_on(state.today()) {
        return Err(Refusal::new(
            StatusCode::GONE,
            reason::SURVEY_CLOSED,
            format!("deliveries closed on {}", calendar.last_delivery()),
        ));
    }
    Ok(())
}

/// The reason code for a response whose completion date is not taken, if it is not.
pub fn completion_refused(
    state: &AppState,
    completed_on: chrono::NaiveDate,
) -> Option<&'static str> {
    match state.calendar().admits(completed_on, state.today()) {
        Ok(()) => None,
        Err(DateRefusal::Future) => Some(reason::FUTURE_DATE),
        Err(DateRefusal::OutsidePeriod) => Some(reason::OUTSIDE_PERIOD),
    }
}
