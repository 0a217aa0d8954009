//! The server's packages: `survey-collector` (the program, its hardened systemd unit, its one
//! configuration file under /etc) and `survey-publish`, which the survey owner runs offline
//! with the identity and so never belongs on the server.

use std::path::Path;

use crate::deb::{Entry, Package};

pub const COLLECTOR_PACKAGE: &str = "survey-collector";
pub const PUBLISH_PACKAGE: &str = "survey-publish";
pub const UNIT_PATH: &str = "/lib/systemd/system/survey-collector.service";
pub const CONFIG_PATH: &str = "/etc/survey-collector/collector.conf";
pub const DATA_DIR: &str = "/var/lib/survey-collector";
pub const SERVICE_USER: &str = "survey-collector";

pub const UNIT: &str = include_str!("../files/survey-collector.service");
pub const CONFIG: &str = include_str!("../files/collector.conf");

/// The collector's package around the `survey-collector` executable at `program`.
pub fn collector_package(program: &Path, version: &str) -> Package {
    let mut config = Entry::text(CONFIG_PATH, CONFIG);
    // It may come to hold the mail relay's password; systemd reads it as root.
    config.mode = 0o640;
    Package {
        name: COLLECTOR_PACKAGE.into(),
        version: version.into(),
        section: "net".into(),
        depends: vec!["passwd".into()],
        recommends: vec![],
        summary: "Survey Kiosk collector: receives sealed survey responses".into(),
        description: "The online service of Norway's survey of newly arrived adults: it \
            enrols kiosks, takes in sealed responses exactly once, serves the signed content \
            pack and the web survey, and shows counts and published results. It holds only \
            the survey's recipient and cannot open a response. Runs as the systemd service \
            survey-collector, configured in /etc/survey-collector/collector.conf."
            .into(),
        entries: vec![
            Entry::program("/usr/bin/survey-collector", program),
            Entry::text(UNIT_PATH, UNIT),
            config,
            Entry::text(
                "/usr/share/doc/survey-collector/README.Debian",
                include_str!("../files/collector-README.Debian"),
            ),
        ],
        conffiles: vec![CONFIG_PATH.into()],
        scripts: vec![
            (
                "postinst".into(),
                include_str!("../files/collector-postinst").into(),
            ),
            (
                "prerm".into(),
                include_str!("../files/collector-prerm").into(),
            ),
            (
                "postrm".into(),
                include_str!("../files/collector-postrm").into(),
            ),
        ],
    }
}

/// The survey owner's package around the `survey-publish` executable at `program`.
pub fn publish_package(program: &Path, version: &str) -> Package {
    Package {
        name: PUBLISH_PACKAGE.into(),
        version: version.into(),
        section: "utils".into(),
        depends: vec![],
        recommends: vec![],
        summary: "Survey Kiosk publisher: opens, audits and publishes the results".into(),
        description: "Run by the survey owner after the survey has closed, on their own \
            machine with the survey's identity: opens every sealed response in memory, builds \
            the results so that no group under ten can be singled out, audits them and stores \
            one publication in a copy of the collector's data folder. Not for the server."
            .into(),
        entries: vec![Entry::program("/usr/bin/survey-publish", program)],
        conffiles: vec![],
        scripts: vec![],
    }
}
