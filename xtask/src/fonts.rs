//! `cargo xtask fonts`: makes the web fonts the screens bundle, so that every language renders
//! on a kiosk with no fonts of its own. Each Noto font from Debian's fonts-noto-core is cut
//! down by fontTools' pyftsubset to the characters the Fluent files and the language names
//! actually use (plus printable ASCII), keeping every OpenType layout feature so that Arabic
//! joining and Myanmar and Ethiopic shaping still work, and saved as WOFF2 in ui/fonts/.
//!
//! Run it again after a translation adds characters; the results are committed, so building
//! and testing the kiosk never needs it.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use anyhow::Context;

use crate::system;

/// The Debian font files, and the script each covers (for the record in the fonts' README).
const FONTS: &[(&str, &str)] = &[
    ("NotoSans-Regular.ttf", "Latin, Cyrillic"),
    ("NotoSansArabic-Regular.ttf", "Arabic"),
    ("NotoSansEthiopic-Regular.ttf", "Ethiopic"),
    ("NotoSansMyanmar-Regular.ttf", "Myanmar"),
    ("NotoSansThai-Regular.ttf", "Thai"),
];
const SOURCE_DIR: &str = "/usr/share/fonts/truetype/noto";
const DEBIAN_COPYRIGHT: &str = "/usr/share/doc/fonts-noto-core/copyright";
pub const OUT_DIR: &str = "ui/fonts";

pub fn run(root: &Path, _args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(&["fonts-noto-core", "fonttools", "python3-brotli"])?;
    let out = root.join(OUT_DIR);
    std::fs::create_dir_all(&out)?;
    let scratch = root.join("target").join("fonts-scratch");
    std::fs::create_dir_all(&scratch)?;
    let text_file = scratch.join("characters.txt");
    let characters = used_characters(root)?;
    std::fs::write(&text_file, characters.iter().collect::<String>())?;
    for (file, _) in FONTS {
        let woff2 = out.join(file.replace(".ttf", ".woff2"));
        system::run(
            Command::new("pyftsubset")
                .arg(Path::new(SOURCE_DIR).join(file))
                .arg(format!("--text-file={}", text_file.display()))
                .args([
                    "--layout-features=*",
                    "--flavor=woff2",
                    // Hinting is for low-resolution screens of long ago; it would double the size.
                    "--no-hinting",
                    "--desubroutinize",
                ])
                .arg(format!("--output-file={}", woff2.display())),
        )
        .with_context(|| format!("subsetting {file}"))?;
        println!(
            "{}: {} bytes",
            woff2.display(),
            std::fs::metadata(&woff2)?.len()
        );
    }
    write_license(&out)?;
    println!("{} distinct characters", characters.len());
    Ok(())
}

/// Every character of every Fluent file and of the language list, printable ASCII, and the
/// characters text shapers ask for that the text itself may not hold: HarfBuzz writes Thai
/// SARA AM as NIKHAHIT + SARA AA (so the whole small Thai block goes in), and shows a dotted
/// circle under a mark that lost its letter.
fn used_characters(root: &Path) -> anyhow::Result<BTreeSet<char>> {
    let mut characters: BTreeSet<char> = (' '..='~').collect();
    characters.extend('\u{0E01}'..='\u{0E5B}');
    characters.insert('\u{25CC}');
    let mut add = |path: &Path| -> anyhow::Result<()> {
        let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
        characters.extend(text.chars().filter(|c| *c != '\n' && *c != '\t'));
        Ok(())
    };
    add(&root.join("content").join("languages.tsv"))?;
    for language in std::fs::read_dir(root.join("locales"))? {
        for file in std::fs::read_dir(language?.path())? {
            let path = file?.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                add(&path)?;
            }
        }
    }
    Ok(characters)
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
    for (file, scripts) in FONTS {
        text.push_str(&format!(
            "- {}: {scripts}\n",
            file.replace(".ttf", ".woff2")
        ));
    }
    text.push_str("\nSIL OPEN FONT LICENSE Version 1.1\n\n");
    text.push_str(&body);
    std::fs::write(out.join("OFL.txt"), text)?;
    Ok(())
}
