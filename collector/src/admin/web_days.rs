//! The owner's view of web deliveries: new responses per municipality and day of arrival, with
//! the days `delivery_days` marks as far above that municipality's usual web day. Counts of
//! deliveries only, behind the owner's login: never shown to contacts or the public, never an
//! answer or a time of day. A marked day is what `survey-publish --exclude-web-day` can leave
//! out.

use std::fmt::Write;

use crate::db::Delivery;
use crate::page::escape;
use collector_data::delivery_days::{self, Mark};

/// The section of the overview page.
pub(super) fn section(deliveries: &[Delivery]) -> String {
    let web: Vec<&Delivery> = deliveries
        .iter()
        .filter(|d| delivery_days::is_web(d))
        .collect();
    let mut html = String::from("<h2>Svar fra nettundersøkelsen per dag</h2>");
    if web.is_empty() {
        html.push_str("<p>Ingen svar fra nettundersøkelsen ennå.</p>");
        return html;
    }
    write!(
        html,
        "<p>Nye svar per kommune og dag de kom inn. En dag er merket når den har minst {} svar \
         og mer enn {} ganger kommunens vanlige dag på nett (medianen av de andre dagene), eller \
         {} eller flere uten noen annen dag å sammenligne med. Svar fra en merket dag kan holdes \
         utenfor ved publisering (<code>survey-publish --exclude-web-day KOMMUNE:DAG</code>).</p>\
         <div class=\"scroll\" role=\"region\" aria-label=\"Svar fra nettundersøkelsen per dag\" \
         tabindex=\"0\"><table><thead><tr><th scope=\"col\">Kommune</th><th scope=\"col\">Dag</th>\
         <th scope=\"col\">Nye svar</th><th scope=\"col\">Merknad</th></tr></thead><tbody>",
        delivery_days::LEAST_BURST,
        delivery_days::TIMES_USUAL,
        delivery_days::ALONE_BURST,
    )
    .unwrap();
    for day in web {
        let mark = match delivery_days::mark(deliveries, day) {
            Mark::Usual => String::new(),
            Mark::FarAboveUsual { usual } => {
                format!("<strong>Langt over det vanlige</strong> ({usual} på en vanlig dag)")
            }
            Mark::ManyWithNothingToCompare => {
                "<strong>Mange</strong>, og ingen annen dag å sammenligne med".into()
            }
        };
        write!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{mark}</td></tr>",
            escape(&day.municipality),
            escape(&day.day),
            day.responses,
        )
        .unwrap();
    }
    html.push_str("</tbody></table></div>");
    html
}
