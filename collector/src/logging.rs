//! The collector's log: one line per record on standard error, as text for people or as JSON
//! (`--log-format json`) for a log collector. What is logged is chosen where it is logged: route
//! patterns, statuses, reason codes and security events, never a code, key, answer or response
//! id. Records of the libraries underneath are kept from warnings up only.

use std::io::Write;

use log::{Level, LevelFilter, Log, Metadata, Record};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

struct Logger {
    format: LogFormat,
    level: LevelFilter,
}

impl Log for Logger {
    fn enabled(&self, metadata: &Metadata) -> bool {
        let ours = metadata.target().starts_with("collector")
            || metadata.target().starts_with("survey_collector");
        metadata.level() <= if ours { self.level } else { LevelFilter::Warn }
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format_line(
            self.format,
            chrono::Utc::now(),
            record.level(),
            record.target(),
            &record.args().to_string(),
        );
        // A log line that cannot be written must not take a request down with it.
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    fn flush(&self) {
        let _ = std::io::stderr().flush();
    }
}

/// One record as a line of text or of JSON.
pub fn format_line(
    format: LogFormat,
    time: chrono::DateTime<chrono::Utc>,
    level: Level,
    target: &str,
    message: &str,
) -> String {
    let time = time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    match format {
        LogFormat::Text => format!("{time} {level:<5} {message}"),
        LogFormat::Json => serde_json::json!({
            "time": time,
            "level": level.as_str(),
            "target": target,
            "message": message,
        })
        .to_string(),
    }
}

/// Installs the logger: `level` for the collector's own records (from `SURVEY_COLLECTOR_LOG`,
/// info by default).
pub fn init(format: LogFormat, level: LevelFilter) {
    static LOGGER: std::sync::OnceLock<Logger> = std::sync::OnceLock::new();
    let logger = LOGGER.get_or_init(|| Logger { format, level });
    if log::set_logger(logger).is_ok() {
        log::set_max_level(level.max(LevelFilter::Warn));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_line_is_one_object_that_keeps_quotes_and_newlines_inside_the_message() {
        let time = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let line = format_line(
            LogFormat::Json,
            time,
            Level::Warn,
            "collector::x",
            "a \"b\"\nc",
        );
        assert!(!line.contains('\n'));
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["level"], "WARN");
        assert_eq!(value["message"], "a \"b\"\nc");
        assert_eq!(value["time"], "2023-11-14T22:13:20.000Z");
        let text = format_line(LogFormat::Text, time, Level::Info, "collector::x", "hello");
        assert_eq!(text, "2023-11-14T22:13:20.000Z INFO  hello");
    }
}
