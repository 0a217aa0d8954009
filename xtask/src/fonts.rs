//! `cargo xtask fonts`: makes the web fonts the screens bundle, so that every language renders
//! on a kiosk with no fonts of its own. Each Noto font from Debian's fonts-noto-core, in its
//! regular and its bold weight, is cut down by fontTools' pyftsubset to the Unicode blocks of
//! its script (not just the characters the translations use: a participant's own free text
//! must render too), keeping every OpenType layout feature so that Arabic joining and Myanmar
//! and Ethiopic shaping still work, and saved as WOFF2 in ui/fonts/. A real bold matters:
//! the browser's fake bold smears Ethiopic and Myanmar letters into each other.
//!
//! Two cuts spare a phone's first screen (the 24 languages, on a budget of 300 KB):
//! - Latin is cut in two, the Western European core that Norwegian needs and the rest
//!   (Latin Extended, Cyrillic, Vietnamese), so that a Norwegian page never fetches the rest;
//! - each family also gets a "tiles" face in the regular weight with only the characters of
//!   the languages' greetings and names (from the locales and content/languages.tsv), which
//!   the web's welcome screen sets its tiles in. A language's whole font is fetched only when
//!   a screen shows more of it. A tile character missing from its tiles face would make the
//!   browser fetch the whole font: the web survey's test of the first screen's fetches fails
//!   then, and this command is to be run again.
//!
//! The results are committed, so building and testing the kiosk never needs this.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use anyhow::Context;

use crate::system;

/// One script's Noto family: the Debian file name without weight, what it covers, and the
/// Unicode blocks kept.
struct Family {
    file: &'static str,
    scripts: &'static str,
    unicodes: &'static str,
}

/// What every family keeps besides its script: spaces, the marks that steer direction and
/// joining (ZWNJ, ZWJ, LRM, RLM, isolates), and the dotted circle shapers draw under a mark
/// that lost its letter.
const COMMON: &str = "U+0020,U+00A0,U+200B-200F,U+2066-2069,U+25CC";

const FAMILIES: &[Family] = &[
    Family {
        file: "NotoSans",
        scripts: "Latin (Western European core)",
        // Basic Latin and Latin-1 (Norwegian, English, French, Spanish, Turkish's ç and ü,
        // Kurmanji's ê and î), punctuation, the euro sign.
        unicodes: LATIN_CORE,
    },
    Family {
        file: "NotoSansExtended",
        scripts: "Latin Extended, Cyrillic, Vietnamese",
        // The rest of every Latin-script language of the survey and its neighbours
        // (Latin Extended-A and -B, Latin Extended Additional for Vietnamese), combining
        // marks, Cyrillic, currency signs.
        unicodes: LATIN_EXTENDED,
    },
    Family {
        file: "NotoSansArabic",
        scripts: "Arabic",
        // Arabic and its supplement hold every letter of Arabic, Persian, Dari, Pashto, Urdu
        // and Sorani. Keyboards type these, never the presentation forms, which the font's
        // shaping makes by itself.
        unicodes: "U+0600-06FF,U+0750-077F",
    },
    Family {
        file: "NotoSansEthiopic",
        scripts: "Ethiopic",
        // The Ethiopic block holds all of Tigrinya and Amharic.
        unicodes: "U+1200-137F",
    },
    Family {
        file: "NotoSansMyanmar",
        scripts: "Myanmar",
        unicodes: "U+1000-109F",
    },
    Family {
        file: "NotoSansThai",
        scripts: "Thai",
        unicodes: "U+0E00-0E7F",
    },
];
/// Named in ui/css/fonts.css too, as the faces' unicode-range.
const LATIN_CORE: &str = "U+0020-00FF,U+2000-206F,U+20AC";
const LATIN_EXTENDED: &str =
    "U+0100-024F,U+0300-036F,U+0400-04FF,U+1E00-1EFF,U+20A0-20AB,U+20AD-20CF";

/// The Noto font a tiles face is cut from, by the script of content/languages.tsv.
fn tiles_source(script: &str) -> anyhow::Result<&'static str> {
    Ok(match script {
        "Latn" | "Cyrl" => "NotoSans",
        "Arab" => "NotoSansArabic",
        "Ethi" => "NotoSansEthiopic",
        "Mymr" => "NotoSansMyanmar",
        "Thai" => "NotoSansThai",
        other => anyhow::bail!("no Noto font named for the script {other}"),
    })
}

const WEIGHTS: &[&str] = &["Regular", "Bold"];
const SOURCE_DIR: &str = "/usr/share/fonts/truetype/noto";
const DEBIAN_COPYRIGHT: &str = "/usr/share/doc/fonts-noto-core/copyright";
pub const OUT_DIR: &str = "ui/fonts";

pub fn run(root: &Path, _args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(&["fonts-noto-core", "fonttools", "python3-brotli"])?;
    let out = root.join(OUT_DIR);
    std::fs::create_dir_all(&out)?;
    let mut total = 0;
    for family in FAMILIES {
        for weight in WEIGHTS {
            // The extended Latin cut comes from the same Noto Sans as the core.
            let source = format!("{}-{weight}", family.file.replace("Extended", ""));
            let woff2 = out.join(format!("{}-{weight}.woff2", family.file));
            subset(&source, &format!("--unicodes={}", family.unicodes), &woff2)?;
            total += report(&woff2)?;
        }
    }
    for (source, text) in tiles_texts(root)? {
        let woff2 = out.join(format!("{source}-Tiles.woff2"));
        let text = format!("--text={text}");
        subset(&format!("{source}-Regular"), &text, &woff2)?;
        total += report(&woff2)?;
    }
    write_license(&out)?;
    println!("{total} bytes of fonts in all");
    Ok(())
}

/// Cuts the Debian font `name` (without ".ttf") down to `selection` (a pyftsubset option).
fn subset(name: &str, selection: &str, woff2: &Path) -> anyhow::Result<()> {
    system::run(
        Command::new("pyftsubset")
            .arg(Path::new(SOURCE_DIR).join(format!("{name}.ttf")))
            .arg(selection)
            .arg(format!("--unicodes={COMMON}"))
            .args([
                "--layout-features=*",
                "--flavor=woff2",
                // Hinting is for low-resolution screens of long ago; it would double the size.
                "--no-hinting",
                "--desubroutinize",
            ])
            .arg(format!("--output-file={}", woff2.display())),
    )
    .with_context(|| format!("subsetting {name} into {}", woff2.display()))
}

fn report(woff2: &Path) -> anyhow::Result<u64> {
    let size = std::fs::metadata(woff2)?.len();
    println!("{}: {size} bytes", woff2.display());
    Ok(size)
}

/// Per Noto font, every character the welcome screen's tiles show in it: each language's
/// greeting (its `welcome-greeting`) and its name.
fn tiles_texts(root: &Path) -> anyhow::Result<BTreeMap<&'static str, String>> {
    let table = std::fs::read_to_string(root.join("content/languages.tsv"))?;
    let mut texts: BTreeMap<&'static str, BTreeSet<char>> = BTreeMap::new();
    for line in table.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, _, autonym, script, ..] = fields[..] else {
            anyhow::bail!("content/languages.tsv: a line of too few fields: {line}");
        };
        let ui = std::fs::read_to_string(root.join(format!("locales/{code}/ui.ftl")))?;
        let greeting = ui
            .lines()
            .find_map(|l| l.strip_prefix("welcome-greeting = "))
            .with_context(|| format!("locales/{code}/ui.ftl has no welcome-greeting"))?;
        texts
            .entry(tiles_source(script)?)
            .or_default()
            .extend(greeting.chars().chain(autonym.chars()));
    }
    Ok(texts
        .into_iter()
        .map(|(source, chars)| (source, chars.into_iter().collect()))
        .collect())
}

/// The SIL Open Font License beside the fonts, taken from the Debian package they came from.
fn write_license(out: &Path) -> anyhow::Result<()> {
    let copyright = std::fs::read_to_string(DEBIAN_COPYRIGHT)?;
    // Debian's copyright file holds the licence text as its last "License: OFL-1.1" stanza.
    let stanza = copyright
        .rsplit("\nLicense: OFL-1.1\n")
        .next()
        .context("no OFL text in Debian's copyright file")?;
    let body: String = stanza
        .lines()
        .take_while(|line| line.starts_with(' '))
        .map(|line| match &line[1..] {
            "." => "\n".to_owned(),
            text => format!("{text}\n"),
        })
        .collect();
    let mut text = String::from(
        "The fonts in this folder are subsets of Noto fonts (Copyright 2010-2020 Google Inc.,\n\
         Google LLC, the Noto Project Authors), made by `cargo xtask fonts` from Debian's\n\
         fonts-noto-core package. They are licensed under the SIL Open Font License 1.1:\n\n",
    );
    for family in FAMILIES {
        text.push_str(&format!(
            "- {0}-Regular.woff2 and {0}-Bold.woff2: {1}, the Unicode blocks {2}\n",
            family.file, family.scripts, family.unicodes
        ));
    }
    text.push_str(
        "- *-Tiles.woff2: the regular weight of each, with only the characters of the \
         languages' greetings and names on the web survey's first screen\n",
    );
    text.push_str("\nSIL OPEN FONT LICENSE Version 1.1\n\n");
    text.push_str(&body);
    std::fs::write(out.join("OFL.txt"), text)?;
    Ok(())
}
