//! The results pages over HTTP: a municipality's contact persons log in with their personal
//! results key (throttled like access codes), see only their own municipality, and only until
//! results close; the national key figures are public.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Form;

use crate::api::{blocking, internal, AppState, ClientAddr, Refusal};
use crate::results::{self, opening, page};
use crate::{secrets, throttle};

#[derive(serde::Deserialize)]
pub struct Login {
    key: String,
}

fn page_response(status: StatusCode, title: &str, message: &str) -> Response {
    let body = format!(
        "<h1>{}</h1><p class=\"note\">{}</p>",
        page::escape(title),
        page::escape(message)
    );
    (status, Html(page::document(title, &body))).into_response()
}

pub async fn login_form(Path(municipality): Path<String>) -> Html<String> {
    let number = page::escape(&municipality);
    Html(page::document(
        "Resultater",
        &format!(
            "<h1>Resultater for kommune {number}</h1>\
             <form method=\"post\" action=\"/results/{number}\">\
             <label for=\"key\">Din personlige resultatnøkkel</label><br>\
             <input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"off\" size=\"40\" required> \
             <button type=\"submit\">Vis resultatene</button></form>"
        ),
    ))
}

pub async fn results(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    Path(municipality): Path<String>,
    Form(login): Form<Login>,
) -> Response {
    let outcome = blocking(&state, move |state| {
        results_blocking(state, addr, &municipality, &login.key)
    })
    .await;
    match outcome {
        Ok(html) => Html(html).into_response(),
        Err(refusal) => {
            let status = refusal.status;
            let mut response = page_response(status, "Ingen tilgang", &refusal.reply.message);
            if let Some(seconds) = refusal.reply.retry_after_seconds {
                response.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    seconds.to_string().parse().expect("digits"),
                );
            }
            response
        }
    }
}

fn results_blocking(
    state: &AppState,
    addr: Option<IpAddr>,
    municipality: &str,
    key: &str,
) -> Result<String, Refusal> {
    let closes = results::results_close(&state.pack);
    if state.today() > closes {
        return Err(state.refuse(
            StatusCode::GONE,
            "results_closed",
            format!("Resultatene var tilgjengelige til {closes}."),
        ));
    }
    let identity = state.identity.as_ref().ok_or_else(|| {
        state.refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            "no_identity",
            "Innsamlingstjenesten kan ikke åpne svarene nå.",
        )
    })?;
    let contact_id: String = key.trim().chars().take_while(|c| *c != '-').collect();
    let keys = [
        format!(
            "results-address:{}",
            addr.map(|a| a.to_string()).unwrap_or_default()
        ),
        format!("results-contact:{contact_id}"),
    ];
    let now = chrono::Utc::now().timestamp();
    let record = {
        let db = state.db();
        for throttle_key in &keys {
            let (_, locked_until) = db.throttle(throttle_key).map_err(|e| internal(state, e))?;
            if locked_until > now {
                let mut refusal = state.refuse(
                    StatusCode::TOO_MANY_REQUESTS,
                    "locked_out",
                    "For mange feil forsøk. Vent litt og prøv igjen.",
                );
                refusal.reply.retry_after_seconds = Some((locked_until - now) as u64);
                return Err(refusal);
            }
        }
        db.contact(&contact_id).map_err(|e| internal(state, e))?
    };
    let valid = match &record {
        Some((_, salt, hash)) => secrets::verify(key, salt, hash),
        None => {
            let decoy = secrets::hash("decoy");
            secrets::verify(key, &decoy.salt, &decoy.hash) && false
        }
    };
    let mut db = state.db();
    if !valid {
        for throttle_key in &keys {
            let (failures, _) = db.throttle(throttle_key).map_err(|e| internal(state, e))?;
            let until = now + throttle::lockout_seconds(failures + 1);
            db.set_throttle(throttle_key, failures + 1, until)
                .map_err(|e| internal(state, e))?;
        }
        return Err(state.refuse(StatusCode::UNAUTHORIZED, "wrong_key", "Nøkkelen er feil."));
    }
    for throttle_key in &keys {
        db.clear_throttle(throttle_key)
            .map_err(|e| internal(state, e))?;
    }
    let (own_municipality, _, _) = record.expect("a valid key has a contact");
    if own_municipality != municipality {
        return Err(state.refuse(
            StatusCode::FORBIDDEN,
            "other_municipality",
            "Nøkkelen din gjelder en annen kommune.",
        ));
    }
    opening::open_pending(&mut db, identity, &state.pack.definition)
        .map_err(|e| internal(state, e))?;
    let report = results::municipality_results(
        &db,
        &state.pack,
        municipality,
        state.config.results_threshold,
    )
    .map_err(|e| internal(state, e))?;
    Ok(results::municipality_page(municipality, &report))
}

pub async fn national(State(state): State<Arc<AppState>>) -> Response {
    let outcome = blocking(&state, |state| {
        let identity = state.identity.as_ref().ok_or_else(|| {
            state.refuse(
                StatusCode::SERVICE_UNAVAILABLE,
                "no_identity",
                "Innsamlingstjenesten kan ikke åpne svarene nå.",
            )
        })?;
        let mut db = state.db();
        opening::open_pending(&mut db, identity, &state.pack.definition)
            .map_err(|e| internal(state, e))?;
        results::national_page(&db, &state.pack, state.config.results_threshold)
            .map_err(|e| internal(state, e))
    })
    .await;
    match outcome {
        Ok(html) => Html(html).into_response(),
        Err(refusal) => page_response(refusal.status, "Ikke tilgjengelig", &refusal.reply.message),
    }
}
