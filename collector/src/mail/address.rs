//! The one reading of an e-mail address, for the registration form, the owner's forms and the
//! sender alike: what passes here can be sent to, and is shown as what it is.
//!
//! Stricter than RFC 5321 on purpose. A quoted local part (`"x"@…`) and an address literal
//! (`x@[127.0.0.1]`) are legal but no municipality uses them, and relays refuse them. The
//! local part is ASCII. The domain may be typed with Norwegian letters (`bærum.kommune.no`) and
//! is stored in its ASCII form (IDNA), so that domain comparisons see one spelling; letters of
//! other scripts and invisible characters are refused, since their only use in a municipal
//! address is to look like another one (a Cyrillic "о" in `trоndheim.kommune.no`).

/// Why a typed address was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressProblem {
    /// Not an address we can send to.
    Invalid,
    /// Holds letters of another script than the Latin, or characters that do not show.
    Lookalike,
}

impl AddressProblem {
    /// What the form says, in Norwegian.
    pub fn message(self) -> &'static str {
        match self {
            AddressProblem::Invalid => {
                "Skriv en gyldig e-postadresse, for eksempel navn@kommune.no."
            }
            AddressProblem::Lookalike => {
                "E-postadressen har tegn som ligner vanlige bokstaver eller ikke vises. Skriv \
                 den med vanlige bokstaver."
            }
        }
    }
}

/// The longest address SMTP takes, and the longest local part.
const MAX_ADDRESS_CHARS: usize = 254;
const MAX_LOCAL_CHARS: usize = 64;

/// The address as stored and sent: lower case, its domain in ASCII.
pub fn parse(typed: &str) -> Result<String, AddressProblem> {
    let typed = typed.trim();
    if typed.chars().any(char::is_control) {
        return Err(AddressProblem::Invalid);
    }
    if typed.chars().any(is_invisible) {
        return Err(AddressProblem::Lookalike);
    }
    let (local, domain) = typed.rsplit_once('@').ok_or(AddressProblem::Invalid)?;
    if !is_dot_atom(local) || local.len() > MAX_LOCAL_CHARS {
        return Err(if local.is_ascii() {
            AddressProblem::Invalid
        } else {
            AddressProblem::Lookalike
        });
    }
    if domain.chars().any(|c| !c.is_ascii() && !is_latin_letter(c)) {
        return Err(AddressProblem::Lookalike);
    }
    let domain = idna::domain_to_ascii_strict(domain).map_err(|_| AddressProblem::Invalid)?;
    if !is_host_name(&domain) {
        return Err(AddressProblem::Invalid);
    }
    let address = format!("{}@{domain}", local.to_ascii_lowercase());
    if address.len() > MAX_ADDRESS_CHARS || address.parse::<lettre::Address>().is_err() {
        return Err(AddressProblem::Invalid);
    }
    Ok(address)
}

/// The mailbox an address delivers to, for counting mails to one inbox: `kari+1@x.no` and
/// `kari+2@x.no` are both `kari@x.no`.
pub fn inbox_of(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let mailbox = local.split('+').next().unwrap_or(local);
            format!(
                "{}@{}",
                mailbox.to_ascii_lowercase(),
                domain.to_ascii_lowercase()
            )
        }
        None => address.to_ascii_lowercase(),
    }
}

/// RFC 5322's dot-atom: atext characters, dots only between them.
fn is_dot_atom(local: &str) -> bool {
    const SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~";
    !local.is_empty()
        && local.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || SPECIALS.contains(c))
        })
}

/// Labels of letters, digits and inner hyphens, at least two of them, the last not all digits
/// (so no IP address passes as a name).
fn is_host_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()))
}

/// Latin letters beyond ASCII: æ, ø, å, é, ü and their kin.
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
        && c != '\u{00D7}'
        && c != '\u{00F7}'
}

/// Characters that take no room: zero-width spaces and joiners, direction marks, the soft
/// hyphen, the byte-order mark, and the other format characters.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFFB}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_kept_in_one_spelling() {
        assert_eq!(
            parse(" Kari.N@Oslo.Kommune.no ").unwrap(),
            "kari.n@oslo.kommune.no"
        );
        assert_eq!(parse("kari+skole@x.no").unwrap(), "kari+skole@x.no");
        assert_eq!(
            parse("ola@bærum.kommune.no").unwrap(),
            "ola@xn--brum-voa.kommune.no"
        );
        assert_eq!(
            parse("ola@BÆRUM.kommune.no").unwrap(),
            "ola@xn--brum-voa.kommune.no"
        );
    }

    #[test]
    fn what_a_relay_refuses_is_refused_here() {
        for bad in [
            "\"x\"@oslo.kommune.no",
            "x@[127.0.0.1]",
            "x@127.0.0.1",
            "x@localhost",
            "x@-oslo.no",
            "x..y@oslo.no",
            ".x@oslo.no",
            "x@oslo..no",
            "x@oslo.no\r\nBcc: a@b.no",
            "not an address",
            "a b@oslo.no",
            "",
            "@oslo.no",
        ] {
            assert_eq!(parse(bad), Err(AddressProblem::Invalid), "{bad:?}");
        }
        let long = format!("{}@x.no", "a".repeat(65));
        assert_eq!(parse(&long), Err(AddressProblem::Invalid));
    }

    #[test]
    fn lookalike_and_invisible_characters_are_refused_as_such() {
        for bad in [
            "kari@tr\u{043E}ndheim.kommune.no",
            "kari@trondheim.k\u{043E}mmune.no",
            "kari@trond\u{200B}heim.kommune.no",
            "k\u{0430}ri@trondheim.kommune.no",
            "kari@\u{0440}\u{0444}.no",
            "kari@trondheim.kommune.no\u{200E}",
            "kari@trondheim\u{FEFF}.kommune.no",
        ] {
            assert_eq!(parse(bad), Err(AddressProblem::Lookalike), "{bad:?}");
        }
    }

    #[test]
    fn one_inbox_under_many_tags() {
        assert_eq!(inbox_of("victim+17@x.no"), "victim@x.no");
        assert_eq!(inbox_of("Victim@X.no"), "victim@x.no");
        assert_eq!(inbox_of("a+b+c@x.no"), "a@x.no");
    }
}
