//! The registration pages, in Norwegian Bokmål: the form (with every problem named at its
//! field and what was typed kept), and the answers to a post and to a confirmation link. Plain
//! server-drawn HTML without scripts, like the other pages of the collector.

use std::fmt::Write;

use chrono::NaiveDate;

use super::form::{Posted, Problem};
use crate::contacts::role_label;
use crate::db::{ContactRole, ListedMunicipality, MAX_CONTACTS};
use crate::mail::letter::{self, DIRECTORATE};
use crate::page::{document_styled, escape};

const STYLE: &str = "
main { max-width: 44rem; }
fieldset { border: 1px solid #8a96a3; border-radius: 6px; margin: 1.2rem 0; padding: 0.8rem 1rem 1rem; }
legend { font-weight: 600; padding: 0 0.3rem; }
label { display: block; margin-top: 0.8rem; font-weight: 600; }
input, select { box-sizing: border-box; width: 100%; max-width: 30rem; font-size: 1rem; padding: 0.6rem; min-height: 48px; border: 1px solid #5a6570; border-radius: 4px; }
button { min-height: 48px; padding: 0.6rem 1.4rem; font-size: 1.05rem; background: #1f5aa6; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
.hint { color: #3d4650; font-size: 0.95rem; margin: 0.2rem 0 0; }
.error { color: #a4161a; font-weight: 600; margin: 0.3rem 0 0; }
.summary { border: 3px solid #a4161a; padding: 0.6rem 1rem; margin: 1rem 0; }
.summary h2 { border-top: 0; margin: 0.3rem 0; padding-top: 0; }
[aria-invalid=true] { border: 2px solid #a4161a; }
.privacy { border-left: 4px solid #1f5aa6; padding: 0.2rem 1rem; margin: 1rem 0; background: #f3f6fa; }
.privacy h2 { margin-top: 0.6rem; }
";

fn page(title: &str, main: &str) -> String {
    document_styled(title, STYLE, &format!("<main>{main}</main>"))
}

/// The form, blank or as posted with its problems.
pub fn form_page(
    municipalities: &[ListedMunicipality],
    posted: &Posted,
    problems: &[Problem],
    form_token: &str,
    deadline: Option<NaiveDate>,
) -> String {
    let problem_of = |field: &str| problems.iter().find(|p| p.field == field);
    let mut html = String::from("<h1>Registrer kommunens kontaktpersoner</h1>");
    write!(
        html,
        "<p>{DIRECTORATE} gjennomfører brukerundersøkelsen for voksne i opplæring. Kommunen \
         melder på 1 til 4 kontaktpersoner. Hver kontaktperson får en e-post med en lenke som \
         må åpnes innen to døgn for å bekrefte adressen.</p>\
         <p>En adresse på kommunens eget e-postdomene (vist ved kommunen i listen) godkjennes \
         med en gang den er bekreftet, og kontaktpersonen får kommunens tilgangskode og sin \
         egen resultatnøkkel på e-post. Andre adresser må godkjennes av direktoratet først.</p>"
    )
    .unwrap();
    if let Some(deadline) = deadline {
        write!(
            html,
            "<p class=\"note\">Fristen for å registrere er {}.</p>",
            letter::date(deadline)
        )
        .unwrap();
    }
    html.push_str(PRIVACY_NOTICE);
    if !problems.is_empty() {
        html.push_str("<div class=\"summary\" role=\"alert\"><h2>Skjemaet må rettes</h2><ul>");
        for problem in problems {
            write!(
                html,
                "<li><a href=\"#{}\">{}</a></li>",
                escape(&problem.field),
                escape(&problem.message)
            )
            .unwrap();
        }
        html.push_str("</ul></div>");
    }
    write!(
        html,
        "<form method=\"post\" action=\"/register\" novalidate>\
         <input type=\"hidden\" name=\"form_token\" value=\"{}\">",
        escape(form_token)
    )
    .unwrap();
    html.push_str("<label for=\"municipality\">Kommune</label>");
    let error = problem_of("municipality");
    write!(
        html,
        "<select id=\"municipality\" name=\"municipality\" required{}>\
         <option value=\"\">Velg kommune</option>",
        invalid_attributes("municipality", error.is_some())
    )
    .unwrap();
    for m in municipalities {
        write!(
            html,
            "<option value=\"{number}\"{selected}>{name} ({number}){domains}</option>",
            number = escape(&m.number),
            name = escape(&m.name),
            domains = match m.domains.is_empty() {
                true => String::new(),
                false => format!(" – {}", escape(&m.domains.join(", "))),
            },
            selected = if m.number == posted.municipality {
                " selected"
            } else {
                ""
            }
        )
        .unwrap();
    }
    html.push_str("</select>");
    error_text(&mut html, "municipality", error);
    let blank = Default::default();
    for n in 1..=MAX_CONTACTS {
        let fields = posted.contacts.get(n - 1).unwrap_or(&blank);
        write!(
            html,
            "<fieldset><legend>Kontaktperson {n}{}</legend>",
            if n == 1 { "" } else { " (valgfritt)" }
        )
        .unwrap();
        text_input(
            &mut html,
            &format!("name-{n}"),
            "Navn",
            "text",
            "name",
            &fields.name,
            problem_of(&format!("name-{n}")),
        );
        text_input(
            &mut html,
            &format!("email-{n}"),
            "E-post",
            "email",
            "email",
            &fields.email,
            problem_of(&format!("email-{n}")),
        );
        text_input(
            &mut html,
            &format!("phone-{n}"),
            "Telefon",
            "tel",
            "tel",
            &fields.phone,
            problem_of(&format!("phone-{n}")),
        );
        let field = format!("role-{n}");
        let error = problem_of(&field);
        write!(
            html,
            "<label for=\"{field}\">Arbeider med</label><select id=\"{field}\" name=\"{field}\"{}>",
            invalid_attributes(&field, error.is_some())
        )
        .unwrap();
        for role in ContactRole::ALL {
            write!(
                html,
                "<option value=\"{}\"{}>{}</option>",
                role.as_str(),
                if fields.role == role.as_str() {
                    " selected"
                } else {
                    ""
                },
                role_label(role)
            )
            .unwrap();
        }
        html.push_str("</select>");
        error_text(&mut html, &field, error);
        html.push_str("</fieldset>");
    }
    html.push_str("<button type=\"submit\">Send registreringen</button></form>");
    page("Registrer kontaktpersoner", &html)
}

fn invalid_attributes(field: &str, invalid: bool) -> String {
    if invalid {
        format!(" aria-invalid=\"true\" aria-describedby=\"{field}-error\"")
    } else {
        String::new()
    }
}

fn error_text(html: &mut String, field: &str, problem: Option<&Problem>) {
    if let Some(problem) = problem {
        write!(
            html,
            "<p class=\"error\" id=\"{field}-error\">{}</p>",
            escape(&problem.message)
        )
        .unwrap();
    }
}

fn text_input(
    html: &mut String,
    field: &str,
    label: &str,
    kind: &str,
    autocomplete: &str,
    value: &str,
    problem: Option<&Problem>,
) {
    write!(
        html,
        "<label for=\"{field}\">{label}</label>\
         <input id=\"{field}\" name=\"{field}\" type=\"{kind}\" autocomplete=\"{autocomplete}\" \
         value=\"{}\"{}>",
        escape(value),
        invalid_attributes(field, problem.is_some())
    )
    .unwrap();
    error_text(html, field, problem);
}

/// What is stored about a contact person, why, how long, and whom to ask: said before anything
/// is typed.
const PRIVACY_NOTICE: &str = "<section class=\"privacy\" aria-labelledby=\"privacy\">\
    <h2 id=\"privacy\">Personvern</h2>\
    <p><strong>Behandlingsansvarlig</strong> er Integrerings- og mangfoldsdirektoratet (IMDi).</p>\
    <p><strong>Hva vi lagrer:</strong> navn, e-postadresse, telefonnummer og rolle for hver \
    kontaktperson, hvilken kommune de er kontaktperson for, og datoene for registrering, \
    bekreftelse og godkjenning. Nøkler og koder lagres bare som kontrollsummer.</p>\
    <p><strong>Hvorfor:</strong> for å sende kontaktpersonene kommunens tilgangskode, \
    påminnelser om fremdriften og kommunens resultater, og for å kunne kontakte dem om \
    undersøkelsen. Grunnlaget er IMDis oppgave med å følge med på integreringsarbeidet.</p>\
    <p><strong>Hvor lenge:</strong> en registrering som ikke blir bekreftet, slettes etter to \
    døgn. Andre opplysninger slettes når resultatene for året er publisert.</p>\
    <p><strong>Spørsmål og rettigheter:</strong> du kan be om innsyn, retting og sletting, og \
    kontakte IMDis personvernombud via imdi.no. Du kan også klage til Datatilsynet.</p>\
    </section>";

/// A page with a heading and one message.
pub fn message_page(title: &str, message: &str) -> String {
    page(
        title,
        &format!(
            "<h1>{}</h1><p class=\"note\">{}</p>",
            escape(title),
            escape(message)
        ),
    )
}

/// The page a confirmation link opens: a button, so that a mail scanner following the link
/// confirms nothing.
pub fn confirm_page(token: &str, form_token: &str) -> String {
    page(
        "Bekreft e-postadressen",
        &format!(
            "<h1>Bekreft e-postadressen</h1><p>Trykk på knappen for å bekrefte at du er \
             kontaktperson for kommunen i spørreundersøkelsen.</p>\
             <form method=\"post\" action=\"/register/confirm/{}\">\
             <input type=\"hidden\" name=\"form_token\" value=\"{}\">\
             <button type=\"submit\">Bekreft</button></form>",
            escape(token),
            escape(form_token)
        ),
    )
}
