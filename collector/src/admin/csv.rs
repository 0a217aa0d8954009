//! CSV as spreadsheets read it: every field quoted, quotes doubled, rows ended with CRLF, and
//! a text that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) led by an apostrophe, so that a municipality or contact named
//! `=HYPERLINK(...)` stays text on the owner's machine.

/// One field, quoted and guarded.
pub fn field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// One row of fields, ended with CRLF.
pub fn row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_stay_text() {
        assert_eq!(field("Oslo"), "\"Oslo\"");
        assert_eq!(field("Sa \"Ola\", Nord"), "\"Sa \"\"Ola\"\", Nord\"");
        assert_eq!(field("=1+1"), "\"'=1+1\"");
        assert_eq!(field("+47"), "\"'+47\"");
        assert_eq!(field("-2"), "\"'-2\"");
        assert_eq!(field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(field("\tx"), "\"'\tx\"");
        assert_eq!(field("a=b"), "\"a=b\"", "only a leading sign is a formula");
        assert_eq!(row(&["a", "b\nc"]), "\"a\",\"b\nc\"\r\n");
    }
}
