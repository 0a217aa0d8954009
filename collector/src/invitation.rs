//! What a municipality sends its participants, in every language: a printable page with the
//! link and its QR code, the SMS text (with how many SMS parts it takes), the e-mail, and the
//! guide for running the survey in a Teams or Zoom lesson. The texts are the Fluent messages
//! of `locales/<lang>/invitation.ftl`; the link carries the code after "#", so the code never
//! reaches a server's log when a participant opens it. A language's page, SMS and e-mail lead
//! to the survey opening on that language's invitation, read aloud ("#ar/<code>"), so the link
//! alone is enough for someone who cannot read the page; the e-mail, the page and the lesson
//! guide also give the demo link (`/survey/demo/`), where nothing is kept.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use survey::manifest::SurveyPeriod;
use survey::{Direction, Language};

use crate::embedded::INVITATION_FTL;
use crate::CollectorError;

/// The language every other invitation.ftl must match, message for message.
pub const SOURCE_LANGUAGE: &str = "nb";
const VARIABLES: [&str; 5] = ["link", "code", "municipality", "close", "demo"];

/// Who is invited and how.
pub struct Invitation<'a> {
    /// Where the collector serves the web survey, e.g. `https://survey.example.no`.
    pub base_url: &'a str,
    pub code: &'a str,
    pub municipality_name: &'a str,
    pub closes: NaiveDate,
}

impl Invitation<'_> {
    /// Refuses an invitation that would send participants' codes over plain http to another
    /// machine, or promise a last day on which the collector takes no response.
    pub fn check(&self, period: SurveyPeriod) -> Result<(), CollectorError> {
        if !is_https_or_loopback(self.base_url) {
            return Err(CollectorError::InsecureInvitationLink(
                self.base_url.to_owned(),
            ));
        }
        if !period.contains(self.closes) {
            return Err(CollectorError::ClosesOutsidePeriod {
                closes: self.closes,
                opens: period.opens,
                last: period.closes,
            });
        }
        Ok(())
    }

    pub fn link(&self) -> String {
        format!(
            "{}/survey/#{}",
            self.base_url.trim_end_matches('/'),
            self.code
        )
    }

    /// The link that opens on the invitation in `language`, read aloud, before the survey.
    /// The language stays after "#" with the code: what a participant's phone asks the
    /// collector for still names no language.
    pub fn link_in(&self, language: &str) -> String {
        format!(
            "{}/survey/#{language}/{}",
            self.base_url.trim_end_matches('/'),
            self.code
        )
    }

    /// The demo: the whole survey in any language, without a code, nothing kept.
    pub fn demo_link(&self) -> String {
        format!("{}/survey/demo/", self.base_url.trim_end_matches('/'))
    }
}

/// https, or plain http to this machine (tests, a demo): the rule the page and the kiosk keep
/// (`sync::client::is_https_or_loopback`; the collector is built without the client, so it
/// shares only the host rule).
fn is_https_or_loopback(url: &str) -> bool {
    let Ok(uri) = url.parse::<axum::http::Uri>() else {
        return false;
    };
    match (uri.scheme_str(), uri.host()) {
        (Some("https"), Some(_)) => true,
        (Some("http"), Some(host)) => sync::is_loopback_host(host),
        _ => false,
    }
}

/// The languages, from the same list the packs are built from.
pub fn languages() -> Vec<Language> {
    survey::languages::parse_tsv(include_str!("../../content/languages.tsv"))
        .expect("content/languages.tsv is checked by the survey crate's tests")
}

fn bundle(language: &str, isolate: bool) -> Option<FluentBundle<FluentResource>> {
    let (_, text) = INVITATION_FTL.iter().find(|(code, _)| *code == language)?;
    let resource = FluentResource::try_new((*text).to_owned()).ok()?;
    let tag: unic_langid::LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![tag]);
    // A page keeps the code, link and date in their own direction inside right-to-left text
    // (else "0301-ABCD" shows as "ABCD-0301"); plain text for SMS and e-mail gets no invisible
    // marks, which some phones show as boxes and every SMS pays for.
    bundle.set_use_isolating(isolate);
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

/// One language's invitation texts, formatted.
pub struct Texts {
    messages: Vec<(String, String)>,
}

impl Texts {
    pub fn of(language: &str, invitation: &Invitation<'_>) -> Result<Texts, CollectorError> {
        Texts::formatted(language, invitation, false)
    }

    /// For a page: variables isolated in their own direction.
    pub fn for_page(language: &str, invitation: &Invitation<'_>) -> Result<Texts, CollectorError> {
        Texts::formatted(language, invitation, true)
    }

    fn formatted(
        language: &str,
        invitation: &Invitation<'_>,
        isolate: bool,
    ) -> Result<Texts, CollectorError> {
        let missing = || CollectorError::Corrupt(format!("no invitation texts for {language}"));
        let bundle = bundle(language, isolate).ok_or_else(missing)?;
        let args_with = |link: String| {
            let mut args = FluentArgs::new();
            args.set("link", link);
            args.set("code", invitation.code.to_owned());
            args.set("municipality", invitation.municipality_name.to_owned());
            args.set("close", invitation.closes.to_string());
            args.set("demo", invitation.demo_link());
            args
        };
        // A participant's texts open on their language's invitation; a teacher pastes the
        // lesson guide's link for a class of many languages, so it opens on all of them.
        let participants = args_with(invitation.link_in(language));
        let class = args_with(invitation.link());
        let mut messages = Vec::new();
        for id in message_ids(language) {
            let args = if id.starts_with("invitation-lesson") {
                &class
            } else {
                &participants
            };
            let message = bundle
                .get_message(&id)
                .and_then(|m| m.value())
                .ok_or_else(missing)?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(message, Some(args), &mut errors);
            if !errors.is_empty() {
                return Err(CollectorError::Corrupt(format!(
                    "{language}/invitation.ftl {id}: {errors:?}"
                )));
            }
            messages.push((id, text.into_owned()));
        }
        Ok(Texts { messages })
    }

    pub fn get(&self, id: &str) -> &str {
        self.messages
            .iter()
            .find(|(message, _)| message == id)
            .map_or("", |(_, text)| text.as_str())
    }
}

/// The message ids of a language's invitation.ftl, in file order.
pub fn message_ids(language: &str) -> Vec<String> {
    INVITATION_FTL
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, text)| {
            text.lines()
                .filter_map(|line| line.split_once(" ="))
                .map(|(id, _)| id.trim())
                .filter(|id| {
                    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                })
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Which variables a message of a language uses.
pub fn variables_of(language: &str, id: &str) -> BTreeSet<&'static str> {
    let Some((_, text)) = INVITATION_FTL.iter().find(|(code, _)| *code == language) else {
        return BTreeSet::new();
    };
    let mut body = String::new();
    let mut inside = false;
    for line in text.lines() {
        if let Some((name, rest)) = line.split_once(" =") {
            inside = name.trim() == id;
            if inside {
                body.push_str(rest);
            }
        } else if inside && (line.starts_with(' ') || line.is_empty()) {
            body.push_str(line);
        } else {
            inside = false;
        }
    }
    VARIABLES
        .into_iter()
        .filter(|v| body.contains(&format!("${v}")))
        .collect()
}

/// How an SMS text is sent: GSM 7-bit where every character allows, UCS-2 otherwise, and how
/// many parts that takes (a part is 160 or 70 characters alone, 153 or 67 when split).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsSize {
    pub gsm7: bool,
    pub units: usize,
    pub parts: usize,
}

const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENDED: &str = "^{}\\[~]|€\u{c}";

pub fn sms_size(text: &str) -> SmsSize {
    let gsm7 = text
        .chars()
        .all(|c| GSM7_BASIC.contains(c) || GSM7_EXTENDED.contains(c));
    let (units, single, part) = if gsm7 {
        let septets = text
            .chars()
            .map(|c| if GSM7_EXTENDED.contains(c) { 2 } else { 1 })
            .sum();
        (septets, 160, 153)
    } else {
        (text.encode_utf16().count(), 70, 67)
    };
    let parts = if units <= single {
        1
    } else {
        units.div_ceil(part)
    };
    SmsSize { gsm7, units, parts }
}

/// The QR code of `text` as SVG, black on white with the quiet zone around it.
pub fn qr_svg(text: &str) -> Result<String, CollectorError> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M)
        .map_err(|e| CollectorError::Corrupt(format!("a QR code of the link: {e}")))?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build())
}

/// The web font for a script, from the screens' own subsets, so a printed page shows every
/// script without fonts installed on the printing computer. Latin's core (the link, the code,
/// Western European letters) is embedded in every page besides; Latin beyond it and Cyrillic
/// are the extended cut.
fn font_for(script: &str) -> &'static str {
    match script {
        "Arab" => "fonts/NotoSansArabic-Regular.woff2",
        "Ethi" => "fonts/NotoSansEthiopic-Regular.woff2",
        "Mymr" => "fonts/NotoSansMyanmar-Regular.woff2",
        "Thai" => "fonts/NotoSansThai-Regular.woff2",
        _ => "fonts/NotoSansExtended-Regular.woff2",
    }
}

const LATIN_CORE_FONT: &str = "fonts/NotoSans-Regular.woff2";

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn printable_page(
    language: &Language,
    texts: &Texts,
    invitation: &Invitation<'_>,
) -> Result<String, CollectorError> {
    let font = crate::web_files::file(font_for(&language.script)).unwrap_or_default();
    let latin = crate::web_files::file(LATIN_CORE_FONT).unwrap_or_default();
    let dir = if language.direction == Direction::Rtl {
        "rtl"
    } else {
        "ltr"
    };
    let link = invitation.link_in(&language.code);
    let paragraphs: String = [
        "invitation-page-intro",
        "invitation-page-anonymous",
        "invitation-page-steps",
    ]
    .iter()
    .map(|id| format!("<p>{}</p>\n", escape(texts.get(id))))
    .collect();
    Ok(format!(
        r#"<!doctype html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
@font-face {{ font-family: "Script"; src: url(data:font/woff2;base64,{font}) format("woff2"); }}
@font-face {{ font-family: "Latin"; src: url(data:font/woff2;base64,{latin}) format("woff2"); }}
body {{ font-family: "Latin", "Script", sans-serif; font-size: 16pt; line-height: 1.5; margin: 2cm; color: #000; }}
h1 {{ font-size: 26pt; }}
.qr svg {{ width: 7cm; height: 7cm; }}
.link, .code {{ direction: ltr; unicode-bidi: isolate; font-family: "Latin", monospace; font-size: 15pt; overflow-wrap: anywhere; }}
</style>
</head>
<body>
<h1>{title}</h1>
{paragraphs}<div class="qr">{qr}</div>
<p class="link">{link}</p>
<p>{code_line}</p>
<p><strong>{deadline}</strong></p>
<p>{demo}</p>
</body>
</html>
"#,
        lang = language.code,
        title = escape(texts.get("invitation-page-title")),
        font = BASE64.encode(font),
        latin = BASE64.encode(latin),
        qr = qr_svg(&link)?,
        link = escape(&link),
        code_line = escape(texts.get("invitation-page-code")),
        deadline = escape(texts.get("invitation-page-deadline")),
        demo = escape(texts.get("invitation-demo")),
    ))
}

/// Writes every language's invitation into `out`; returns the files written.
pub fn write(out: &Path, invitation: &Invitation<'_>) -> Result<Vec<PathBuf>, CollectorError> {
    let mut written = Vec::new();
    for (relative, text) in files(invitation)? {
        let path = out.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(CollectorError::io(parent))?;
        }
        std::fs::write(&path, text).map_err(CollectorError::io(&path))?;
        written.push(path);
    }
    Ok(written)
}

/// Every language's invitation as (path inside the set, text): what [`write`] writes and the
/// contact's page offers as one zip file.
pub fn files(invitation: &Invitation<'_>) -> Result<Vec<(PathBuf, String)>, CollectorError> {
    let mut written = Vec::new();
    let out = Path::new("");
    let mut put = |path: PathBuf, text: &str| -> Result<(), CollectorError> {
        written.push((path, text.to_owned()));
        Ok(())
    };
    let mut sms_table = String::from("language\tencoding\tunits\tparts\ttext\n");
    let mut index = format!(
        "<!doctype html>\n<html lang=\"nb\"><meta charset=\"utf-8\"><title>{name}</title>\n<h1>{name}</h1>\n<p>{link}</p>\n<ul>\n",
        name = escape(invitation.municipality_name),
        link = escape(&invitation.link()),
    );
    for language in languages() {
        let texts = Texts::of(&language.code, invitation)?;
        let dir = out.join(&language.code);
        let page_texts = Texts::for_page(&language.code, invitation)?;
        put(
            dir.join("page.html"),
            &printable_page(&language, &page_texts, invitation)?,
        )?;
        let sms = texts.get("invitation-sms");
        let size = sms_size(sms);
        put(dir.join("sms.txt"), &format!("{sms}\n"))?;
        writeln!(
            sms_table,
            "{}\t{}\t{}\t{}\t{}",
            language.code,
            if size.gsm7 { "GSM-7" } else { "UCS-2" },
            size.units,
            size.parts,
            sms.replace(['\t', '\n'], " ")
        )
        .expect("writing to a string");
        put(
            dir.join("email.txt"),
            &format!(
                "{}\n\n{}\n\n{}\n",
                texts.get("invitation-email-subject"),
                texts.get("invitation-email-body"),
                texts.get("invitation-demo")
            ),
        )?;
        put(
            dir.join("lesson.txt"),
            &format!(
                "{}\n\n{}\n\n{}\n",
                texts.get("invitation-lesson-title"),
                texts.get("invitation-lesson-demo"),
                texts.get("invitation-lesson-steps")
            ),
        )?;
        writeln!(
            index,
            "<li lang=\"{code}\"><a href=\"{code}/page.html\">{autonym}</a> — SMS: {parts}</li>",
            code = language.code,
            autonym = escape(&language.autonym),
            parts = size.parts,
        )
        .expect("writing to a string");
    }
    index.push_str("</ul>\n</html>\n");
    put(out.join("sms.tsv"), &sms_table)?;
    put(out.join("index.html"), &index)?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation() -> Invitation<'static> {
        Invitation {
            base_url: "https://survey.example.no/",
            code: "0301-ABCD-EFGH-JKLM-NPQR",
            municipality_name: "Oslo",
            closes: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        }
    }

    #[test]
    fn every_language_has_exactly_the_source_messages_with_the_same_variables() {
        let source = message_ids(SOURCE_LANGUAGE);
        assert!(source.len() >= 10, "{source:?}");
        let languages = languages();
        assert_eq!(languages.len(), 24);
        for language in &languages {
            assert_eq!(message_ids(&language.code), source, "{}", language.code);
            for id in &source {
                assert_eq!(
                    variables_of(&language.code, id),
                    variables_of(SOURCE_LANGUAGE, id),
                    "{} {id}",
                    language.code
                );
            }
            let texts = Texts::of(&language.code, &invitation()).unwrap();
            // The SMS opens on the invitation in its own language, read aloud.
            let spoken = format!(
                "https://survey.example.no/survey/#{}/0301-ABCD-EFGH-JKLM-NPQR",
                language.code
            );
            assert!(
                texts.get("invitation-sms").contains(&spoken),
                "{}",
                texts.get("invitation-sms")
            );
            assert!(texts
                .get("invitation-lesson-steps")
                .contains("https://survey.example.no/survey/#0301-ABCD-EFGH-JKLM-NPQR"));
            for id in ["invitation-demo", "invitation-lesson-demo"] {
                assert!(
                    texts
                        .get(id)
                        .contains("https://survey.example.no/survey/demo/"),
                    "{} {id}",
                    language.code
                );
            }
        }
    }

    #[test]
    fn only_https_or_this_machine_is_a_usable_base_url() {
        for good in [
            "https://survey.example.no",
            "http://127.0.0.1:8470",
            "http://[::1]:80/",
            "http://localhost",
        ] {
            assert!(is_https_or_loopback(good), "{good}");
        }
        for bad in [
            "http://survey.example.no",
            "http://10.0.0.1",
            "ftp://x",
            "survey.example.no",
            "",
        ] {
            assert!(!is_https_or_loopback(bad), "{bad}");
        }
    }

    #[test]
    fn the_link_carries_the_code_after_the_hash() {
        assert_eq!(
            invitation().link(),
            "https://survey.example.no/survey/#0301-ABCD-EFGH-JKLM-NPQR"
        );
        assert_eq!(
            invitation().link_in("ckb"),
            "https://survey.example.no/survey/#ckb/0301-ABCD-EFGH-JKLM-NPQR"
        );
        assert_eq!(
            invitation().demo_link(),
            "https://survey.example.no/survey/demo/"
        );
    }

    #[test]
    fn every_written_invitation_gives_the_demo_link() {
        let files = files(&invitation()).unwrap();
        for language in languages() {
            for name in ["page.html", "email.txt", "lesson.txt"] {
                let path = Path::new(&language.code).join(name);
                let (_, text) = files.iter().find(|(p, _)| *p == path).unwrap();
                assert!(
                    text.contains("https://survey.example.no/survey/demo/"),
                    "{}",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn sms_parts_follow_the_encoding() {
        assert_eq!(
            sms_size(&"a".repeat(160)),
            SmsSize {
                gsm7: true,
                units: 160,
                parts: 1
            }
        );
        assert_eq!(
            sms_size(&"a".repeat(161)),
            SmsSize {
                gsm7: true,
                units: 161,
                parts: 2
            }
        );
        assert_eq!(
            sms_size(&"€".repeat(80)),
            SmsSize {
                gsm7: true,
                units: 160,
                parts: 1
            }
        );
        assert_eq!(sms_size(&"€".repeat(81)).parts, 2);
        assert_eq!(
            sms_size(&"ب".repeat(70)),
            SmsSize {
                gsm7: false,
                units: 70,
                parts: 1
            }
        );
        assert_eq!(
            sms_size(&"ب".repeat(71)),
            SmsSize {
                gsm7: false,
                units: 71,
                parts: 2
            }
        );
        assert_eq!(sms_size(&"ب".repeat(135)).parts, 3);
        // One letter outside GSM-7 makes the whole text UCS-2.
        assert!(!sms_size("Svar på undersøkelsen ł").gsm7);
        assert!(sms_size("Svar på undersøkelsen").gsm7);
    }
}
