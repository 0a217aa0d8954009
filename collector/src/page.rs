//! The collector's pages, in Norwegian Bokmål: progress during collection, and the publication's
//! results after it. Plain HTML with bar charts drawn on the server as inline SVG, with no
//! scripts and no external fonts or files, so a page works offline and prints as it looks.

use std::fmt::Write;

use crate::db::KioskProgress;
use crate::mail::letter::date_text;
use crate::publication::{MunicipalityResults, Part, Publication, Table};

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The one style sheet of every page, inline (admin pages allow it by its hash).
pub const STYLE: &str = "
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1a1a1a; line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-top: 1px solid #ccc; padding-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; color: #333; }
.note { background: #f2f5f9; border-left: 4px solid #1f5aa6; padding: 0.6rem 1rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
table { border-collapse: collapse; } td, th { padding: 0.2rem 0.8rem; border-bottom: 1px solid #ddd; text-align: left; }
form { margin: 2rem 0; } input, button { font-size: 1rem; padding: 0.5rem; }
.bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; align-items: center; border-bottom: 1px solid #ccc; padding-bottom: 0.6rem; }
form.inline { display: inline; margin: 0; } .flag { color: #8a1c1c; font-weight: bold; }
.scroll { overflow-x: auto; } td ul { margin: 0; padding-left: 1rem; } td li { margin-bottom: 0.5rem; }
td form.inline button { margin: 0.15rem 0.3rem 0.15rem 0; } .nowrap { white-space: nowrap; }
textarea { font: inherit; width: 100%; max-width: 40rem; box-sizing: border-box; }
@media (max-width: 40rem) {
  table.cards, table.cards tbody, table.cards tr, table.cards td, table.cards th { display: block; }
  table.cards thead { position: absolute; left: -9999px; }
  table.cards tr { border-bottom: 2px solid #999; padding: 0.5rem 0; } table.cards td { border: none; padding: 0.1rem 0; }
  table.cards td[data-label]::before { content: attr(data-label) \": \"; font-weight: bold; }
}
";

pub fn document(title: &str, body: &str) -> String {
    document_styled(title, "", body)
}

/// A page with style rules of its own after the shared ones (forms, say).
pub fn document_styled(title: &str, extra_style: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}{extra_style}</style></head><body>{body}</body></html>\n",
        escape(title)
    )
}

/// A horizontal bar chart of one part: one bar per option, with percent and count.
pub fn bar_chart(part: &Part, caption: &str) -> String {
    let row_height = 26;
    let label_width = 330;
    let bar_width = 300;
    let height = row_height * part.options.len() + 8;
    let width = label_width + bar_width + 110;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\"><title>{}</title>",
        escape(caption)
    );
    let respondents = part.respondents.max(1) as f64;
    for (i, option) in part.options.iter().enumerate() {
        let y = i * row_height + 4;
        let share = option.count as f64 / respondents;
        let length = (share * bar_width as f64).round() as usize;
        write!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>\
             <rect x=\"{}\" y=\"{}\" width=\"{bar_width}\" height=\"18\" fill=\"#e8edf3\"/>\
             <rect x=\"{}\" y=\"{}\" width=\"{length}\" height=\"18\" fill=\"#1f5aa6\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1a1a1a\">{:.0} % ({})</text>",
            label_width - 8,
            y + 14,
            escape(&option.label),
            label_width,
            y,
            label_width,
            y,
            label_width + bar_width + 8,
            y + 14,
            share * 100.0,
            option.count,
        )
        .unwrap();
    }
    svg.push_str("</svg>");
    svg
}

/// One question: the chart of everyone it covers, then its breakdown, if any.
pub fn table_section(table: &Table) -> String {
    let mut html = format!("<section><h2>{}</h2>", escape(&table.text));
    let Some((all, breakdown)) = table.parts.split_first() else {
        html.push_str("</section>");
        return html;
    };
    write!(
        html,
        "<h3>Alle ({} svar)</h3>{}",
        all.respondents,
        bar_chart(all, &table.text)
    )
    .unwrap();
    if !breakdown.is_empty() {
        html.push_str("<h3>Etter deltakergruppe</h3><div class=\"charts\">");
        for part in breakdown {
            write!(
                html,
                "<figure><figcaption>{} ({} svar)</figcaption>{}</figure>",
                escape(&part.label),
                part.respondents,
                bar_chart(part, &format!("{}: {}", table.text, part.label))
            )
            .unwrap();
        }
        html.push_str("</div>");
    }
    html.push_str("</section>");
    html
}

/// A municipality's results page from the publication.
pub fn municipality_page(number: &str, results: &MunicipalityResults) -> String {
    let mut body = format!(
        "<h1>Resultater for {} ({})</h1>\
         <p>{} deltakere har svart. Tallene viser omtrent hvor mange som valgte hvert svar: små tall er \
         justert litt opp eller ned, med høyst 2, for å verne deltakerne. Derfor blir ikke \
         alltid summen lik antallet som har svart. Spørsmål og \
         grupper som ville gjort det mulig å finne noen av svarene til færre enn ti personer, \
         vises ikke. Fritekstsvar vises ikke.</p>",
        escape(&results.name),
        escape(number),
        results.responses
    );
    for table in &results.tables {
        body.push_str(&table_section(table));
    }
    if !results.withheld.is_empty() {
        body.push_str("<section><h2>Ikke vist for å verne enkeltpersoner</h2><ul>");
        for text in &results.withheld {
            write!(body, "<li>{}</li>", escape(text)).unwrap();
        }
        body.push_str("</ul></section>");
    }
    document(&format!("Resultater for {}", results.name), &body)
}

/// A municipality without results in the publication: no count, only that it was too few.
pub fn too_few_page(number: &str, threshold: u64) -> String {
    document(
        "Resultater",
        &format!(
            "<h1>Resultater for kommune {}</h1><p class=\"note\">Kommunen fikk færre enn \
             {threshold} svar, så det finnes ingen resultater for den alene. Svarene er med i \
             ingen tall som vises.</p>",
            escape(number)
        ),
    )
}

/// The national page from the publication.
pub fn national_page(publication: &Publication) -> String {
    let national = &publication.national;
    let mut body = format!(
        "<h1>Nasjonale nøkkeltall</h1><p>{} svar fra {} kommuner. Tallene omfatter bare kommuner \
         med minst {} svar, og hvert spørsmål bare kommunene der spørsmålet vises. Små tall er \
         justert litt opp eller ned, med høyst 2, for å verne deltakerne.</p>",
        national.responses, national.municipalities, publication.threshold
    );
    for table in &national.tables {
        body.push_str(&table_section(table));
    }
    document("Nasjonale nøkkeltall", &body)
}

/// The public page while responses are being collected: a count rounded to tens, nothing else.
pub fn collecting_national_page(responses: u64) -> String {
    document(
        "Nasjonale nøkkeltall",
        &format!(
            "<h1>Nasjonale nøkkeltall</h1><p class=\"note\">Undersøkelsen pågår. Om lag {} svar \
             er kommet inn så langt. Resultatene publiseres samlet etter at undersøkelsen er \
             avsluttet.</p>",
            round_to_tens(responses)
        ),
    )
}

/// Rounded to the nearest ten, halves up.
pub fn round_to_tens(n: u64) -> u64 {
    (n + 5) / 10 * 10
}

/// What a contact person sees during collection: counts, kiosks, days; never an answer.
pub struct Progress<'a> {
    pub number: &'a str,
    pub name: &'a str,
    pub responses: u64,
    pub threshold: u64,
    pub kiosks: &'a [KioskProgress],
    /// Days until the survey closes (0 on its last day), or `None` once it has closed.
    pub days_left: Option<i64>,
    /// What the contact needs to invite participants (the web link, the material), as HTML.
    pub invite_html: &'a str,
}

/// A file to download (a zip, a CSV), never kept by a browser or a proxy: it may hold a code
/// or a contact's figures.
pub fn attachment(
    body: Vec<u8>,
    content_type: &'static str,
    file_name: &'static str,
) -> axum::response::Response {
    use axum::http::{header, HeaderValue};
    use axum::response::IntoResponse;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
            .expect("an ASCII file name"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub fn progress_page(progress: &Progress<'_>) -> String {
    let mut body = format!(
        "<h1>Fremdrift for {} ({})</h1><p><strong>{}</strong> svar så langt (til og med i går).</p>",
        escape(progress.name),
        escape(progress.number),
        progress.responses
    );
    if progress.responses < progress.threshold {
        write!(
            body,
            "<p>Det trengs {} svar til før kommunen kan få resultater.</p>",
            progress.threshold - progress.responses
        )
        .unwrap();
    } else {
        body.push_str("<p>Kommunen har nok svar til å få resultater.</p>");
    }
    match progress.days_left {
        Some(days) => write!(body, "<p>Undersøkelsen er åpen i {} dager til.</p>", days).unwrap(),
        None => body.push_str("<p>Undersøkelsen er avsluttet.</p>"),
    }
    body.push_str(
        "<p class=\"note\">Ingen svar vises mens undersøkelsen pågår. Resultatene publiseres \
         én gang, etter at undersøkelsen er avsluttet.</p><h2>Kiosker</h2>",
    );
    if progress.kiosks.is_empty() {
        body.push_str("<p>Ingen kiosker er registrert ennå.</p>");
    } else {
        body.push_str(
            "<table class=\"cards\"><thead><tr><th>Kiosk</th><th>Registrert</th>\
             <th>Sist levert nye svar</th><th>Status</th></tr></thead><tbody>",
        );
        for kiosk in progress.kiosks {
            write!(
                body,
                "<tr><td data-label=\"Kiosk\">{}</td><td data-label=\"Registrert\">{}</td>\
                 <td data-label=\"Sist levert nye svar\">{}</td>\
                 <td data-label=\"Status\">{}</td></tr>",
                escape(&kiosk.label()),
                escape(&date_text(&kiosk.enrolled_on)),
                escape(
                    &kiosk
                        .last_delivery
                        .as_deref()
                        .map_or_else(|| "aldri".into(), date_text)
                ),
                if kiosk.revoked { "sperret" } else { "i bruk" }
            )
            .unwrap();
        }
        body.push_str("</tbody></table>");
    }
    body.push_str(progress.invite_html);
    document(&format!("Fremdrift for {}", progress.name), &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_round_to_the_nearest_ten() {
        assert_eq!(round_to_tens(0), 0);
        assert_eq!(round_to_tens(4), 0);
        assert_eq!(round_to_tens(5), 10);
        assert_eq!(round_to_tens(14), 10);
        assert_eq!(round_to_tens(15), 20);
        assert_eq!(round_to_tens(120), 120);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<a href='x'>&\""),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;"
        );
    }
}
