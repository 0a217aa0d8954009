//! The owner's list of municipalities as CSV: `number,name,domains`, the domains separated by
//! `;` or spaces, a header line allowed, a field in double quotes allowed. A file with any bad
//! line is refused whole, naming the line, and changes nothing.

use crate::db::Db;
use crate::CollectorError;

/// One municipality of the list: number, name, e-mail domains.
pub type ListedRow = (String, String, Vec<String>);

/// Reads the whole file or names its first bad line.
pub fn parse(text: &str) -> Result<Vec<ListedRow>, CollectorError> {
    let mut rows: Vec<ListedRow> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let bad = |why: String| CollectorError::BadImport {
            line: line_number,
            why,
        };
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields = split_fields(line).map_err(bad)?;
        if index == 0
            && fields
                .first()
                .is_some_and(|f| f.eq_ignore_ascii_case("number"))
        {
            continue;
        }
        let [number, name, rest @ ..] = fields.as_slice() else {
            return Err(bad("expected number,name,domains".into()));
        };
        if rest.len() > 1 {
            return Err(bad(format!("{} fields; expected at most 3", fields.len())));
        }
        if number.len() != 4 || !number.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad(format!(
                "{number:?} is not a municipality number (four digits)"
            )));
        }
        if name.is_empty() || name.chars().any(char::is_control) {
            return Err(bad("the name is empty".into()));
        }
        let domains: Vec<String> = rest
            .first()
            .map(|d| {
                d.split([';', ' '])
                    .filter(|d| !d.is_empty())
                    .map(str::to_ascii_lowercase)
                    .collect()
            })
            .unwrap_or_default();
        if let Some(domain) = domains.iter().find(|d| !is_domain(d)) {
            return Err(bad(format!("{domain:?} is not an e-mail domain")));
        }
        if rows.iter().any(|(n, _, _)| n == number) {
            return Err(bad(format!("{number} is listed twice")));
        }
        rows.push((number.clone(), name.clone(), domains));
    }
    Ok(rows)
}

/// Reads and stores the list in one transaction; returns how many municipalities it has.
pub fn import(db: &mut Db, text: &str) -> Result<usize, CollectorError> {
    let rows = parse(text)?;
    db.import_municipalities(&rows)?;
    Ok(rows.len())
}

fn split_fields(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut was_quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                c => field.push(c),
            }
        } else if c == ',' {
            fields.push(field.trim().to_owned());
            field.clear();
            was_quoted = false;
        } else if c == '"' && field.trim().is_empty() && !was_quoted {
            in_quotes = true;
            was_quoted = true;
            field.clear();
        } else if was_quoted && !c.is_whitespace() {
            return Err(format!("{c:?} after a quoted field"));
        } else {
            field.push(c);
        }
    }
    if in_quotes {
        return Err("a quoted field is not closed".into());
    }
    fields.push(field.trim().to_owned());
    Ok(fields)
}

fn is_domain(domain: &str) -> bool {
    domain.contains('.')
        && domain.len() <= 253
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_with_a_header_quotes_and_both_separators_is_read() {
        let rows = parse(
            "number,name,domains\n0301,Oslo,oslo.kommune.no\n\
             4601,\"Bergen\",bergen.kommune.no;bergen.no\n3201,Bærum,baerum.kommune.no baerum.no\n5001,Trondheim\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[1].2, ["bergen.kommune.no", "bergen.no"]);
        assert_eq!(rows[2].1, "Bærum");
        assert_eq!(rows[2].2.len(), 2);
        assert!(rows[3].2.is_empty());
    }

    #[test]
    fn a_bad_line_is_named_and_nothing_is_stored() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(dir.path()).unwrap();
        let text = "0301,Oslo,oslo.kommune.no\n301,Oslo,x.no\n";
        match import(&mut db, text) {
            Err(CollectorError::BadImport { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
        assert!(db.listed_municipalities().unwrap().is_empty());
        for (text, line) in [
            ("0301,Oslo,not a domain!\n", 1),
            ("0301\n", 1),
            ("0301,Oslo,a.no\n0301,Oslo,a.no\n", 2),
            ("0301,\"Oslo,a.no\n", 1),
        ] {
            match parse(text) {
                Err(CollectorError::BadImport { line: l, .. }) => assert_eq!(l, line, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        assert_eq!(import(&mut db, "0301,Oslo,oslo.kommune.no\n").unwrap(), 1);
    }
}
