//! The results pages over HTTP: a municipality's contact persons log in with their personal
//! results key (throttled like access codes), see only their own municipality, and only until
//! results close; the national key figures are public.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Form;

use crate::api::{address_key, blocking, check_secret, internal, AppState, ClientAddr, Refusal};
use crate::results::{self, opening, page};

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
    let identity = identity(state)?;
    let contact_id: String = key.trim().chars().take_while(|c| *c != '-').collect();
    let keys = [
        format!("results-address:{}", address_key(addr)),
        format!("results-contact:{contact_id}"),
    ];
    let own_municipality = check_secret(
        state,
        &keys,
        |db| db.contact(&contact_id),
        key,
        "For mange feil forsøk. Vent litt og prøv igjen.",
        ("wrong_key", "Nøkkelen er feil."),
    )?;
    if own_municipality != municipality {
        return Err(state.refuse(
            StatusCode::FORBIDDEN,
            "other_municipality",
            "Nøkkelen din gjelder en annen kommune.",
        ));
    }
    let mut db = state.db();
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

/// The identity that opens responses; a collector started without one shows no results.
fn identity(state: &AppState) -> Result<&age::x25519::Identity, Refusal> {
    state.identity.as_ref().ok_or_else(|| {
        state.refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            "no_identity",
            "Innsamlingstjenesten kan ikke åpne svarene nå.",
        )
    })
}

pub async fn national(State(state): State<Arc<AppState>>) -> Response {
    let outcome = blocking(&state, |state| {
        let identity = identity(state)?;
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
