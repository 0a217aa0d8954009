//! The screens fit a tablet held either way: a full response at 768 x 1024 (portrait) and at
//! 1024 x 768 (landscape) in one language of each script, checked on every kind of screen for
//! anything wider than the window, language names or answers broken inside a word, a "next"
//! button out of reach, and axe-core's WCAG A and AA rules. Screenshots of each screen kind
//! are kept under target/window-screenshots/layout-*.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::axe_violations;
use crate::harness::{App, Launch};

const PORTRAIT: (u32, u32) = (768, 1024);
const LANDSCAPE: (u32, u32) = (1024, 768);

/// One language per script: Latin, Arabic, Ethiopic, Myanmar, Thai and Cyrillic (Ukrainian,
/// whose long agreement words the issue named).
const LANGUAGES: [(&str, &str); 6] = [
    ("nb", "ltr"),
    ("ar", "rtl"),
    ("ti", "ltr"),
    ("my", "ltr"),
    ("th", "ltr"),
    ("uk", "ltr"),
];

/// What on the screen does not fit: elements reaching past the window's sides, words split
/// over two lines (in scripts that put spaces between words), and a "next" button or a
/// language tile below the window's bottom edge (all 24 languages show without scrolling).
const FIT_CHECK: &str = r#"
const width = document.documentElement.clientWidth;
const height = window.innerHeight;
const problems = [];
const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '');
if (document.documentElement.scrollWidth > width + 1)
  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
for (const e of document.querySelectorAll('#screen *')) {
  const r = e.getBoundingClientRect();
  if (r.width === 0) continue;
  if (r.right > width + 1 || r.left < -1)
    problems.push(name(e) + ' reaches ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + width);
}
const spaced = !['my', 'th'].includes(document.documentElement.lang);
for (const e of document.querySelectorAll('.tile-name, .choice-text, h1')) {
  const lang = e.closest('[lang]').getAttribute('lang');
  if (['my', 'th'].includes(lang) || (!spaced && !e.classList.contains('tile-name'))) continue;
  const text = e.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) continue;
  const re = /\S+/g;
  let m;
  while ((m = re.exec(text.data))) {
    const range = document.createRange();
    range.setStart(text, m.index);
    range.setEnd(text, m.index + m[0].length);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    if (tops.size > 1) problems.push('"' + m[0] + '" is broken over lines in ' + name(e));
  }
}
window.scrollTo(0, 0);
const tiles = document.querySelectorAll('.tile');
if (tiles.length) {
  const bottom = Math.max(...[...tiles].map((t) => t.getBoundingClientRect().bottom));
  if (bottom > height + 1) problems.push('the last languages are below the window: ' + Math.round(bottom) + ' > ' + height);
}
const next = document.querySelector('.next');
if (next) {
  const r = next.getBoundingClientRect();
  if (r.bottom > height + 1) problems.push('"next" is below the window: ' + Math.round(r.bottom) + ' > ' + height);
}
return problems;
"#;

async fn fit_problems(app: &App) -> Vec<String> {
    match app.js(FIT_CHECK).await {
        Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect(),
        other => panic!("the fit check returned {other}"),
    }
}

/// Checks the screen shown now; pictures of it are kept when `shot` names one.
async fn check_screen(
    app: &App,
    axe: &str,
    what: &str,
    shot: Option<String>,
    report: &mut Vec<String>,
) {
    for problem in fit_problems(app).await {
        report.push(format!("{what}: {problem}"));
    }
    for violation in axe_violations(app, axe).await {
        report.push(format!("{what}: axe: {violation}"));
    }
    if let Some(name) = shot {
        app.screenshot(&name).await;
    }
}

async fn tap(app: &App, css: &str) {
    app.wait_for(css).await.click().await.unwrap();
}

/// Checks a participant's screen as it is, and again with text at 150 % and strong colours
/// (chosen with the screen's own controls, then put back).
async fn check_both_ways(
    app: &App,
    axe: &str,
    what: &str,
    shot: Option<String>,
    report: &mut Vec<String>,
) {
    check_screen(app, axe, what, shot.clone(), report).await;
    tap(app, "#display-text-size").await;
    tap(app, "#display-text-size").await;
    tap(app, "#display-contrast").await;
    let classes = app.js("return document.documentElement.className").await;
    assert_eq!(classes, "text-150 contrast", "{what}");
    let large = shot.map(|name| format!("{name}-150-contrast"));
    check_screen(
        app,
        axe,
        &format!("{what} at 150 % in high contrast"),
        large,
        report,
    )
    .await;
    tap(app, "#display-text-size").await;
    tap(app, "#display-contrast").await;
    assert_eq!(
        app.js("return document.documentElement.className").await,
        ""
    );
}

/// The digits a language's progress line is written in.
fn digits_of(language: &str) -> std::ops::RangeInclusive<char> {
    match language {
        "ar" => '\u{0660}'..='\u{0669}',
        "my" => '\u{1040}'..='\u{1049}',
        _ => '0'..='9',
    }
}

/// A full response in each language at `size`, every screen kind checked once per language.
async fn respond_at(size: (u32, u32), label: &str) {
    let axe = end_to_end::browser::axe_core();
    let app = App::launch(Launch {
        screen: size,
        ..Launch::default()
    })
    .await;
    let viewport = app
        .js("return [window.innerWidth, window.innerHeight]")
        .await;
    assert_eq!(
        viewport,
        serde_json::json!([size.0, size.1]),
        "the window takes the whole screen"
    );
    // The page's Intl writes each language's own digits in this WebKitGTK, those not walked
    // through below included (Dari as fa-AF, the locale texts.js gives it).
    let digits = app
        .js(
            "return ['fa', 'fa-AF', 'ps', 'ur'].map(l => new Intl.NumberFormat(l, \
             { numberingSystem: 'arabext' }).format(25)).concat(new Intl.NumberFormat('ckb', \
             { numberingSystem: 'arab' }).format(25))",
        )
        .await;
    assert_eq!(digits, serde_json::json!(["۲۵", "۲۵", "۲۵", "۲۵", "٢٥"]));
    let mut report = Vec::new();
    check_screen(
        &app,
        &axe,
        &format!("{label} welcome"),
        Some(format!("layout-{label}-welcome")),
        &mut report,
    )
    .await;
    let mut responses = 0;
    for (language, direction) in LANGUAGES {
        let pictures = ["nb", "ar", "ti", "my"].contains(&language);
        let shot = |kind: &str| pictures.then(|| format!("layout-{label}-{language}-{kind}"));
        crate::begin(&app, language).await;
        let mut seen = BTreeSet::new();
        loop {
            let screen = app.screen().await;
            if screen != "question" {
                assert_eq!(screen, "finish-thanks", "{label} {language}");
                break;
            }
            assert_eq!(app.js("return document.dir").await, direction);
            let section = app.wait_for("section.question").await;
            let id = section.attr("data-question").await.unwrap().unwrap();
            let kind = section.attr("data-kind").await.unwrap().unwrap();
            if seen.is_empty() {
                let progress = app.text("#progress-text").await;
                let digits: Vec<char> = progress.chars().filter(|c| c.is_numeric()).collect();
                assert!(
                    !digits.is_empty() && digits.iter().all(|c| digits_of(language).contains(c)),
                    "{language} progress in its own digits: {progress}"
                );
            }
            if seen.insert(kind.clone()) {
                let what = format!("{label} {language} {kind} ({id})");
                check_both_ways(&app, &axe, &what, shot(&kind), &mut report).await;
            }
            match kind.as_str() {
                "multiple" => {
                    app.wait_for(".choice").await.click().await.unwrap();
                    app.click_through(".next").await;
                }
                "free_text" => {
                    app.wait_for("#free-text")
                        .await
                        .send_keys("Kurset er bra.")
                        .await
                        .unwrap();
                    app.click_through(".next").await;
                }
                _ => {
                    let choice = match id.as_str() {
                        "on-leave" => ".choice[data-value='no']",
                        "group" => ".choice[data-value='group-both']",
                        _ => ".option:first-child .choice",
                    };
                    app.click_through(choice).await;
                }
            }
        }
        check_screen(
            &app,
            &axe,
            &format!("{label} {language} thank you"),
            shot("thank-you"),
            &mut report,
        )
        .await;
        responses += 1;
        app.done_with_ending().await;
    }
    assert_eq!(
        app.engine().store().counts().unwrap().pending,
        responses,
        "every response was kept"
    );
    app.quit().await;
    assert!(report.is_empty(), "at {label}:\n{}", report.join("\n"));
}

#[tokio::test]
async fn a_full_response_fits_a_portrait_tablet_in_every_script() {
    respond_at(PORTRAIT, "portrait").await;
}

#[tokio::test]
async fn a_full_response_fits_a_landscape_tablet_in_every_script() {
    respond_at(LANDSCAPE, "landscape").await;
}

/// The other screens kiosks have: a tall tablet, the classroom laptop and a full-HD screen.
/// The welcome screen and the first agreement question, in Norwegian and in Ukrainian (the
/// longest answers), at normal and at 150 % text.
#[tokio::test]
async fn the_welcome_and_the_agreement_scale_fit_every_other_screen_size() {
    let axe = end_to_end::browser::axe_core();
    let mut report = Vec::new();
    for (width, height) in [(800, 1280), (1280, 800), (1920, 1080)] {
        let label = format!("{width}x{height}");
        let app = App::launch(Launch {
            screen: (width, height),
            ..Launch::default()
        })
        .await;
        let welcome = format!("{label} welcome");
        let shot = Some(format!("layout-{label}-welcome"));
        check_screen(&app, &axe, &welcome, shot, &mut report).await;
        for language in ["nb", "uk"] {
            crate::begin(&app, language).await;
            app.click_through(".choice[data-value='no']").await;
            while app.exists("section.question:not(.kind-agreement)").await {
                let choice = if app.exists(".choice[data-value='group-both']").await {
                    ".choice[data-value='group-both']"
                } else {
                    ".option:first-child .choice"
                };
                app.click_through(choice).await;
            }
            let what = format!("{label} {language} agreement");
            let shot = Some(format!("layout-{label}-{language}-agreement"));
            check_both_ways(&app, &axe, &what, shot, &mut report).await;
            // Back to the welcome screen, leaving nothing.
            app.click_through(".back").await;
            while app.screen().await != "welcome" {
                app.click_through(".back").await;
            }
        }
        app.quit().await;
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// What of the screen a participant cannot see or tap: every answer, field and button must lie
/// inside the window, and what is at its middle and near its lower edge must be itself, not the
/// bar with "next" nor the notice drawn over it. With `SCROLL` true, each is first scrolled into
/// view as a finger would (so the check is that it can be reached), and a page taller than the
/// window must show that more lies below (the bar's shadow); with `SCROLL` false everything
/// must be in view as the screen opens.
const HIDDEN_CHECK: &str = r#"
const scroll = SCROLL;
const height = window.innerHeight;
const name = (e) => e.tagName.toLowerCase() + (e.dataset.value ? "[" + e.dataset.value + "]" : "") +
    (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '');
const controls = [...document.querySelectorAll('#screen button, #screen input, #screen textarea')];
const unseen = (e) => {
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  if (r.top < -1 || r.bottom > height + 1)
    return name(e) + ' is outside the window: ' + Math.round(r.top) + '..' + Math.round(r.bottom) + ' of ' + height;
  for (const y of [r.top + r.height / 2, r.bottom - 3]) {
    const at = document.elementFromPoint(r.left + r.width / 2, y);
    if (!at || !e.contains(at)) return name(e) + ' is covered at y ' + Math.round(y) + ' by ' + (at ? name(at) : 'nothing');
  }
  return null;
};
window.scrollTo(0, 0);
const atTop = controls.map(unseen).filter(Boolean);
if (!scroll) return atTop;
const problems = [];
const bar = document.querySelector('.question .actions');
if (atTop.length && !(bar && bar.classList.contains('has-more-below')))
  problems.push('answers lie below the bar and nothing shows it: ' + atTop[0]);
for (const e of controls) {
  e.scrollIntoView({ block: 'nearest' });
  const problem = unseen(e);
  if (problem) problems.push(problem + ' (scrolled to)');
}
window.scrollTo(0, 0);
return problems;
"#;

async fn hidden_problems(app: &App, scroll: bool) -> Vec<String> {
    let script = HIDDEN_CHECK.replace("SCROLL;", if scroll { "true;" } else { "false;" });
    match app.js(&script).await {
        Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect(),
        other => panic!("the hidden check returned {other}"),
    }
}

/// The longest question, six answers to choose several of: on a landscape laptop or tablet
/// every answer and "next" show as it opens; at every screen size kiosks have, at normal and
/// at 150 % text, in Norwegian and in Arabic (right to left), every one can be scrolled to
/// without the bar covering it, and a page that goes on says so (Arabic at the tablet sizes).
#[tokio::test]
async fn every_answer_of_the_longest_question_is_in_view_at_every_size_and_at_150_percent() {
    let mut report = Vec::new();
    for size in [LANDSCAPE, (1280, 800), PORTRAIT, (800, 1280), (1920, 1080)] {
        let label = format!("{}x{}", size.0, size.1);
        let landscape = size.0 > size.1;
        let app = App::launch(Launch {
            screen: size,
            ..Launch::default()
        })
        .await;
        // Right to left at the two tablet sizes; each run walks twelve questions.
        let languages: &[&str] = if [LANDSCAPE, PORTRAIT].contains(&size) {
            &["nb", "ar"]
        } else {
            &["nb"]
        };
        for &language in languages {
            crate::begin(&app, language).await;
            app.click_through(".choice[data-value='no']").await;
            app.click_through(".choice[data-value='group-both']").await;
            while app
                .js("return document.querySelector('section.question').dataset.kind")
                .await
                != "multiple"
            {
                app.click_through(".option:first-child .choice").await;
            }
            assert_eq!(
                app.js("return document.querySelectorAll('.choice').length")
                    .await,
                6
            );
            for problem in hidden_problems(&app, !landscape).await {
                report.push(format!("{label} {language}: {problem}"));
            }
            if language == "nb" && [LANDSCAPE, (1280, 800)].contains(&size) {
                app.screenshot(&format!("longest-question-{label}")).await;
            }
            tap(&app, "#display-text-size").await;
            tap(&app, "#display-text-size").await;
            assert_eq!(
                app.js("return document.documentElement.className").await,
                "text-150"
            );
            for problem in hidden_problems(&app, true).await {
                report.push(format!("{label} {language} at 150 %: {problem}"));
            }
            if language == "ar" && size == LANDSCAPE {
                app.screenshot(&format!("longest-question-{label}-ar-150"))
                    .await;
            }
            tap(&app, "#display-text-size").await;
            app.click_through(".back").await;
            while app.screen().await != "welcome" {
                app.click_through(".back").await;
            }
        }
        app.quit().await;
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// Each hyphenated word and each "§ n" of the privacy notice, whether it is drawn on one line
/// and holds no place to break (a plain hyphen between letters, a plain space after "§").
const KEPT_TOGETHER: &str = r#"
const p = document.querySelector('.privacy-text');
const text = p.firstChild;
const problems = [];
if (/\p{L}-\p{L}/u.test(text.data)) problems.push('a plain hyphen inside a word');
if (/§ /.test(text.data)) problems.push('a plain space after §');
const re = /\S+[\u2011-]\S+|§[\u00a0 ]\S+/gu;
let m;
while ((m = re.exec(text.data))) {
  const range = document.createRange();
  range.setStart(text, m.index);
  range.setEnd(text, m.index + m[0].length);
  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  if (tops.size > 1) problems.push('"' + m[0] + '" is broken over lines');
}
return problems;
"#;

/// Words break only where the language allows: "будь-коли" in Ukrainian and "§ 25" in Arabic
/// stay whole on the privacy notice, at both tablet sizes, normal and at 150 %.
#[tokio::test]
async fn the_privacy_notice_breaks_no_word_at_its_hyphen_and_keeps_each_paragraph_sign_with_its_number(
) {
    let mut report = Vec::new();
    for size in [PORTRAIT, LANDSCAPE] {
        let app = App::launch(Launch {
            screen: size,
            ..Launch::default()
        })
        .await;
        for language in ["uk", "ar"] {
            app.click_through(&format!(".tile[lang='{language}'] .tile-choose"))
                .await;
            assert_eq!(app.screen().await, "privacy");
            // As the page holds it (WebDriver's own text would make a no-break space a space).
            let text = app
                .js("return document.querySelector('.privacy-text').textContent")
                .await
                .as_str()
                .unwrap()
                .to_owned();
            let expected = if language == "uk" {
                "будь\u{2011}коли"
            } else {
                "§\u{a0}25"
            };
            assert!(text.contains(expected), "{language}: {text}");
            for scale in ["100", "150"] {
                if scale == "150" {
                    tap(&app, "#display-text-size").await;
                    tap(&app, "#display-text-size").await;
                }
                if let Value::Array(problems) = app.js(KEPT_TOGETHER).await {
                    for problem in problems {
                        report.push(format!("{size:?} {language} {scale} %: {problem}"));
                    }
                }
            }
            tap(&app, "#display-text-size").await;
            app.click_through(".bar .back").await;
            assert_eq!(app.screen().await, "welcome");
        }
        app.quit().await;
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}
