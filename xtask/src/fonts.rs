//! `cargo xtask fonts`: makes the web fonts the screens bundle, so that every language renders
//! on a kiosk with no fonts of its own. Each Noto font from Debian's fonts-noto-core, in its
//! regular and its bold weight, is cut down by fontTools' pyftsubset to the Unicode blocks of
//! its script (not just the characters the translations use: a participant's own free text
//! must render too), keeping every OpenType layout feature so that Arabic joining and Myanmar
//! and Ethiopic shaping still work, and saved as WOFF2 in ui/fonts/. A real bold matters:
//! the browser's fake bold smears Ethiopic and Myanmar letters into each other.
//!
//! The results are committed, so building and testing the kiosk never needs this.

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
        scripts: "Latin, Cyrillic",
        // Basic Latin to Latin Extended-B (every Latin-script language of the survey and its
        // neighbours), combining marks, Cyrillic, Vietnamese (Latin Extended Additional),
        // punctuation and currency signs.
        unicodes: "U+0020-024F,U+0300-036F,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF",
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
            let name = format!("{}-{weight}", family.file);
            let woff2 = out.join(format!("{name}.woff2"));
            system::run(
                Command::new("pyftsubset")
                    .arg(Path::new(SOURCE_DIR).join(format!("{name}.ttf")))
                    .arg(format!("--unicodes={},{COMMON}", family.unicodes))
                    .args([
                        "--layout-features=*",
                        "--flavor=woff2",
                        // Hinting is for low-resolution screens of long ago; it would double
                        // the size.
                        "--no-hinting",
                        "--desubroutinize",
                    ])
                    .arg(format!("--output-file={}", woff2.display())),
            )
            .with_context(|| format!("subsetting {name}"))?;
            let size = std::fs::metadata(&woff2)?.len();
            total += size;
            println!("{}: {size} bytes", woff2.display());
        }
    }
    write_license(&out)?;
    println!("{total} bytes of fonts in all");
    Ok(())
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
            "- {0}-Regular.woff2 and {0}-Bold.woff2: {1}, the script's Unicode blocks {2}\n",
            family.file, family.scripts, family.unicodes
        ));
    }
    text.push_str("\nSIL OPEN FONT LICENSE Version 1.1\n\n");
    text.push_str(&body);
    std::fs::write(out.join("OFL.txt"), text)?;
    Ok(())
}
