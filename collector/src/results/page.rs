//! The results pages, in Norwegian Bokmål: plain HTML with bar charts drawn on the server as
//! inline SVG, with no scripts and no external fonts or files, so a page works offline and
//! prints as it looks.

use std::fmt::Write;

use super::stats::{Distribution, QuestionResult};

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

const STYLE: &str = "
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1a1a1a; line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-top: 1px solid #ccc; padding-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; color: #333; }
.note { background: #f2f5f9; border-left: 4px solid #1f5aa6; padding: 0.6rem 1rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
table { border-collapse: collapse; } td, th { padding: 0.2rem 0.8rem; border-bottom: 1px solid #ddd; text-align: left; }
form { margin: 2rem 0; } input, button { font-size: 1rem; padding: 0.5rem; }
";

pub fn document(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>{body}</body></html>\n",
        escape(title)
    )
}

/// A horizontal bar chart of one distribution: one bar per option, with percent and count.
pub fn bar_chart(distribution: &Distribution, caption: &str) -> String {
    let row_height = 26;
    let label_width = 330;
    let bar_width = 300;
    let height = row_height * distribution.options.len() + 8;
    let width = label_width + bar_width + 110;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\"><title>{}</title>",
        escape(caption)
    );
    let respondents = distribution.respondents.max(1) as f64;
    for (i, (label, count)) in distribution.options.iter().enumerate() {
        let y = i * row_height + 4;
        let share = *count as f64 / respondents;
        let length = (share * bar_width as f64).round() as usize;
        write!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>\
             <rect x=\"{}\" y=\"{}\" width=\"{bar_width}\" height=\"18\" fill=\"#e8edf3\"/>\
             <rect x=\"{}\" y=\"{}\" width=\"{length}\" height=\"18\" fill=\"#1f5aa6\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1a1a1a\">{:.0} % ({count})</text>",
            label_width - 8,
            y + 14,
            escape(label),
            label_width,
            y,
            label_width,
            y,
            label_width + bar_width + 8,
            y + 14,
            share * 100.0,
        )
        .unwrap();
    }
    svg.push_str("</svg>");
    svg
}

/// One question: the overall chart, then the breakdowns that may be shown.
pub fn question_section(result: &QuestionResult) -> String {
    let mut html = format!("<section><h2>{}</h2>", escape(&result.text));
    let Some(overall) = &result.overall else {
        html.push_str("<p class=\"note\">For få har svart på dette spørsmålet til at svarene kan vises.</p></section>");
        return html;
    };
    write!(
        html,
        "<h3>Alle ({} svar)</h3>{}",
        overall.respondents,
        bar_chart(overall, &result.text)
    )
    .unwrap();
    for (heading, parts) in [
        ("Etter deltakergruppe", &result.by_group),
        ("Etter språk", &result.by_language),
    ] {
        if parts.is_empty() {
            continue;
        }
        write!(html, "<h3>{heading}</h3><div class=\"charts\">").unwrap();
        for (label, distribution) in parts {
            write!(
                html,
                "<figure><figcaption>{} ({} svar)</figcaption>{}</figure>",
                escape(label),
                distribution.respondents,
                bar_chart(distribution, &format!("{}: {}", result.text, label))
            )
            .unwrap();
        }
        html.push_str("</div>");
    }
    html.push_str("</section>");
    html
}
