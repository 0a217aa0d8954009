//! The attacks the security review found against the old results, each run against what the
//! publisher now builds (it must find nothing) and against tables that publish what the old
//! code published (the audit must refuse them, naming the small group).
//!
//! The attacker holds every figure of every page at once. `subtract` is the attack by hand:
//! adding and subtracting one question's published figures until a combination counts 1 to 9
//! respondents. The audit is the attack done exactly.

use std::collections::{BTreeMap, BTreeSet};

use collector::publication::{Filter, OptionCount, Part, Publication, Table};
use collector::served_pack::ServedPack;
use end_to_end::responses::{self as support, Choose};
use publisher::audit::{audit, Audited, Finding};
use publisher::perturb::CellKeys;
use publisher::tables::{self, Build};
use publisher::Row;

const K: u64 = 10;

fn publish(pack: &ServedPack, rows: &[Row]) -> Publication {
    let names: BTreeMap<String, String> = rows
        .iter()
        .map(|r| {
            (
                r.municipality.clone(),
                format!("Kommune {}", r.municipality),
            )
        })
        .collect();
    tables::build(
        rows,
        &Build {
            pack,
            names: &names,
            threshold: K,
            published_on: end_to_end::publishing_day(),
            results_close: end_to_end::publishing_day(),
            keys: &keys(),
        },
    )
}

/// The cell keys these publications are perturbed with.
fn keys() -> CellKeys {
    CellKeys::from_secret(b"end-to-end attacks")
}

fn audit_of(
    pack: &ServedPack,
    publication: &Publication,
    rows: &[Row],
) -> Result<(), Vec<Finding>> {
    let counted: BTreeSet<String> = rows.iter().map(|r| r.response_id.clone()).collect();
    audit(
        &[Audited {
            publication,
            counted: &counted,
        }],
        rows,
        &pack.definition,
        K,
        &keys(),
    )
}

/// The sizes of the small groups the audit found.
fn small_groups(outcome: Result<(), Vec<Finding>>) -> Vec<usize> {
    let findings = outcome.expect_err("the audit must refuse these tables");
    findings
        .iter()
        .filter_map(|f| match f {
            Finding::SmallGroup { respondents, .. } => Some(*respondents),
            Finding::Mismatch { .. } => None,
        })
        .collect()
}

/// Every figure of `question` anywhere in the publication: (respondents, option counts).
fn figures(publication: &Publication, question: &str) -> Vec<(u64, Vec<u64>)> {
    publication
        .municipalities
        .values()
        .flat_map(|m| &m.tables)
        .chain(&publication.national.tables)
        .filter(|t| t.question == question)
        .flat_map(|t| &t.parts)
        .map(|p| (p.respondents, p.options.iter().map(|o| o.count).collect()))
        .collect()
}

/// The attack by hand: a combination of figures (each added, subtracted or left out) that
/// counts 1 to K-1 respondents with no option below zero; what those respondents chose.
fn subtract(figures: &[(u64, Vec<u64>)]) -> Option<(i64, Vec<i64>)> {
    let n = figures.len().min(12);
    for code in 1..3usize.pow(n as u32) {
        let mut c = code;
        let mut respondents = 0i64;
        let mut options = vec![0i64; figures[0].1.len()];
        for (count, chose) in &figures[..n] {
            let coefficient = (c % 3) as i64 - 1;
            c /= 3;
            respondents += coefficient * *count as i64;
            for (slot, value) in options.iter_mut().zip(chose) {
                *slot += coefficient * *value as i64;
            }
        }
        if (1..K as i64).contains(&respondents) && options.iter().all(|o| *o >= 0) {
            return Some((respondents, options));
        }
    }
    None
}

/// A part counting `members` of `rows` for `question`, as the old code would have shown it:
/// exact counts, no perturbation.
fn part(pack: &ServedPack, rows: &[Row], question: &str, filter: Filter, label: &str) -> Part {
    let q = pack.definition.question(question).unwrap();
    let within = |list: &Option<Vec<String>>, v: &str| {
        list.as_ref().is_none_or(|l| l.iter().any(|x| x == v))
    };
    let members: Vec<&Row> = rows
        .iter()
        .filter(|r| {
            filter.municipalities.contains(&r.municipality)
                && within(&filter.groups, &r.group)
                && within(&filter.languages, &r.language)
                && r.answers.contains_key(question)
        })
        .collect();
    let options = q
        .options_with_messages()
        .into_iter()
        .map(|(value, message)| OptionCount {
            count: members
                .iter()
                .filter(|r| match r.answers.get(question) {
                    Some(survey::Answer::One(v)) => *v == value,
                    Some(survey::Answer::Many(vs)) => vs.contains(&value),
                    None => false,
                })
                .count() as u64,
            label: tables::label(pack, &message),
            values: vec![value],
        })
        .collect();
    Part {
        label: label.into(),
        filter,
        respondents: members.len() as u64,
        options,
    }
}

fn filter(municipalities: &[&str], groups: Option<&[&str]>, languages: Option<&[&str]>) -> Filter {
    let owned = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
    Filter {
        municipalities: owned(municipalities),
        groups: groups.map(owned),
        languages: languages.map(owned),
    }
}

#[test]
fn national_minus_a_municipality_gives_nothing_about_a_small_one() {
    let pack = support::demo_served_pack();
    let mut rows = support::rows(&pack, "0301", "group-training", "nb", 12, Choose::Random, 1);
    rows.extend(support::rows(
        &pack,
        "4601",
        "group-both",
        "ti",
        4,
        Choose::Fixed(2, &[]),
        2,
    ));
    let publication = publish(&pack, &rows);
    assert!(!publication.municipalities.contains_key("4601"));
    assert_eq!(publication.national.responses, 12);
    for table in &publication.national.tables {
        assert_eq!(table.parts[0].filter.municipalities, ["0301"]);
        assert_eq!(subtract(&figures(&publication, &table.question)), None);
    }
    assert_eq!(audit_of(&pack, &publication, &rows), Ok(()));

    // The old national page counted Bergen's 4 too: national minus Oslo is Bergen.
    let mut old = publication.clone();
    for table in &mut old.national.tables {
        table.parts[0] = part(
            &pack,
            &rows,
            &table.question,
            filter(&["0301", "4601"], None, None),
            "Alle",
        );
    }
    old.national.responses = 16;
    let question = old.national.tables[0].question.clone();
    let found = subtract(&figures(&old, &question)).expect("the old tables leak");
    assert_eq!(found.0, 4);
    assert!(small_groups(audit_of(&pack, &old, &rows)).contains(&4));
}

#[test]
fn two_overlapping_breakdowns_5_20_20_5_are_never_both_shown() {
    let pack = support::demo_served_pack();
    let mut rows = Vec::new();
    for (group, language, count, seed) in [
        ("group-training", "nb", 5, 1),
        ("group-training", "ar", 20, 2),
        ("group-introduction", "nb", 20, 3),
        ("group-introduction", "ar", 5, 4),
    ] {
        rows.extend(support::rows(
            &pack,
            "0301",
            group,
            language,
            count,
            Choose::Random,
            seed,
        ));
    }
    let publication = publish(&pack, &rows);
    let oslo = &publication.municipalities["0301"];
    for table in &oslo.tables {
        for part in &table.parts {
            assert_eq!(part.filter.languages, None, "no language breakdown");
            assert!(part.respondents >= K);
        }
    }
    assert_eq!(audit_of(&pack, &publication, &rows), Ok(()));

    // The old plan showed both breakdowns: group (25/25) and language (25/25).
    let mut old = publication.clone();
    let table = old
        .municipalities
        .get_mut("0301")
        .unwrap()
        .tables
        .iter_mut()
        .find(|t| t.question == "thrive")
        .unwrap();
    for language in ["nb", "ar"] {
        let language_part = part(
            &pack,
            &rows,
            "thrive",
            filter(&["0301"], None, Some(&[language])),
            language,
        );
        table.parts.push(language_part);
    }
    assert_eq!(small_groups(audit_of(&pack, &old, &rows)), [5, 5]);
}

#[test]
fn the_group_question_is_never_shown_by_language() {
    let pack = support::demo_served_pack();
    let mut rows = support::rows(&pack, "0301", "group-training", "nb", 15, Choose::Random, 1);
    rows.extend(support::rows(
        &pack,
        "0301",
        "group-introduction",
        "so",
        1,
        Choose::Random,
        2,
    ));
    rows.extend(support::rows(
        &pack,
        "0301",
        "group-both",
        "ar",
        12,
        Choose::Random,
        3,
    ));
    let publication = publish(&pack, &rows);
    for table in publication.municipalities.values().flat_map(|m| &m.tables) {
        assert!(table.parts.iter().all(|p| p.filter.languages.is_none()));
    }
    assert_eq!(audit_of(&pack, &publication, &rows), Ok(()));

    // The old page showed the group question by language: the full group x language table.
    let mut old = publication.clone();
    let oslo = old.municipalities.get_mut("0301").unwrap();
    let mut group_table = Table {
        question: "group".into(),
        text: "Gruppe".into(),
        parts: vec![part(
            &pack,
            &rows,
            "group",
            filter(&["0301"], None, None),
            "Alle",
        )],
    };
    for language in ["nb", "so", "ar"] {
        group_table.parts.push(part(
            &pack,
            &rows,
            "group",
            filter(&["0301"], None, Some(&[language])),
            language,
        ));
    }
    oslo.tables.retain(|t| t.question != "group");
    oslo.tables.push(group_table);
    assert!(small_groups(audit_of(&pack, &old, &rows)).contains(&1));
}

#[test]
fn a_small_group_where_all_answered_alike_cannot_be_read() {
    let pack = support::demo_served_pack();
    // All 3 Somali speakers feel unsafe (the first option); the others answer at random.
    let mut rows = support::rows(&pack, "0301", "group-both", "nb", 10, Choose::Random, 1);
    rows.extend(support::rows(
        &pack,
        "0301",
        "group-both",
        "so",
        3,
        Choose::Fixed(0, &[]),
        2,
    ));
    let publication = publish(&pack, &rows);
    let oslo = &publication.municipalities["0301"];
    assert!(oslo
        .tables
        .iter()
        .all(|t| t.parts.iter().all(|p| p.respondents >= K)));
    for table in &oslo.tables {
        assert_eq!(subtract(&figures(&publication, &table.question)), None);
    }
    assert_eq!(audit_of(&pack, &publication, &rows), Ok(()));

    // The old page showed the 3 as their own part: 100 % "unsafe".
    let mut old = publication.clone();
    let safe = old
        .municipalities
        .get_mut("0301")
        .unwrap()
        .tables
        .iter_mut()
        .find(|t| t.question == "safe")
        .unwrap();
    let somali = part(
        &pack,
        &rows,
        "safe",
        filter(&["0301"], None, Some(&["so"])),
        "so",
    );
    assert_eq!(
        somali.options[0].count, 3,
        "all three chose the first option"
    );
    safe.parts.push(somali);
    let found = subtract(&figures(&old, "safe")).expect("the old tables leak");
    assert_eq!(found.0, 3);
    assert!(small_groups(audit_of(&pack, &old, &rows)).contains(&3));
}

#[test]
fn questions_asked_after_a_yes_do_not_leak_across_questions() {
    let pack = support::demo_served_pack();
    let yes = Choose::RandomBut(&[("had-work-practice", "yes")]);
    let no = Choose::RandomBut(&[("had-work-practice", "no")]);
    // The review's case: nb 30 (15 said yes), ar 10 (all yes), so 3 (all no).
    let mut rows = support::rows(&pack, "0301", "group-introduction", "nb", 15, yes, 1);
    rows.extend(support::rows(
        &pack,
        "0301",
        "group-introduction",
        "nb",
        15,
        no,
        2,
    ));
    rows.extend(support::rows(
        &pack,
        "0301",
        "group-introduction",
        "ar",
        10,
        yes,
        3,
    ));
    rows.extend(support::rows(
        &pack,
        "0301",
        "group-introduction",
        "so",
        3,
        no,
        4,
    ));
    let publication = publish(&pack, &rows);
    let oslo = &publication.municipalities["0301"];
    let shown: Vec<&str> = oslo.tables.iter().map(|t| t.question.as_str()).collect();
    // A follow-up is never published now: who answered it is who said yes. Its parent is an
    // ordinary question.
    assert!(shown.contains(&"had-work-practice") && !shown.contains(&"work-practice-useful"));
    assert_eq!(audit_of(&pack, &publication, &rows), Ok(()));

    // The old plan: the parent by language with ar and so merged as "other languages", the
    // follow-up by language: other languages' "yes" (10) minus ar's follow-up (10) = 0, so all
    // 3 Somali speakers said no.
    let mut old = publication.clone();
    let oslo = old.municipalities.get_mut("0301").unwrap();
    let parent = oslo
        .tables
        .iter_mut()
        .find(|t| t.question == "had-work-practice")
        .unwrap();
    parent.parts.push(part(
        &pack,
        &rows,
        "had-work-practice",
        filter(&["0301"], None, Some(&["nb"])),
        "nb",
    ));
    parent.parts.push(part(
        &pack,
        &rows,
        "had-work-practice",
        filter(&["0301"], None, Some(&["ar", "so"])),
        "Andre språk",
    ));
    let mut follow_up = Table {
        question: "work-practice-useful".into(),
        text: "Nyttig".into(),
        parts: Vec::new(),
    };
    for (languages, label) in [
        (None, "Alle"),
        (Some(&["nb"][..]), "nb"),
        (Some(&["ar"][..]), "ar"),
    ] {
        follow_up.parts.push(part(
            &pack,
            &rows,
            "work-practice-useful",
            filter(&["0301"], None, languages),
            label,
        ));
    }
    oslo.tables.push(follow_up);
    oslo.withheld.pop();
    assert!(small_groups(audit_of(&pack, &old, &rows)).contains(&3));
}

#[test]
fn a_figure_that_does_not_count_what_it_says_is_refused() {
    let pack = support::demo_served_pack();
    let rows = support::rows(&pack, "0301", "group-both", "nb", 12, Choose::Random, 1);
    let mut publication = publish(&pack, &rows);
    let table = &mut publication.municipalities.get_mut("0301").unwrap().tables[0];
    table.parts[0].options[0].count += 1;
    let findings = audit_of(&pack, &publication, &rows).unwrap_err();
    assert!(
        matches!(findings[0], Finding::Mismatch { .. }),
        "{findings:?}"
    );
}

#[test]
fn a_part_where_everyone_answered_alike_is_shown_but_never_exactly() {
    let pack = support::demo_served_pack();
    // Twelve people who gave the same answer to everything: any figure of theirs would tell
    // each of them, and any small group among them, what they answered.
    let rows = support::rows(
        &pack,
        "0301",
        "group-both",
        "nb",
        12,
        Choose::Fixed(0, &[]),
        1,
    );
    let publication = publish(&pack, &rows);
    let oslo = &publication.municipalities["0301"];
    // The plan does not look at the answers: every publishable question is shown, as for any
    // 12 in one group. What protects them is that no count is certain: across the questions,
    // some "nobody" is shown as more than 0 and some "everyone" as fewer than 12.
    assert!(oslo.tables.len() > 15, "{:?}", oslo.withheld);
    let answer_tables: Vec<&Table> = oslo
        .tables
        .iter()
        .filter(|t| t.question != "group")
        .collect();
    let counts: Vec<u64> = answer_tables
        .iter()
        .flat_map(|t| t.parts[0].options.iter().map(|o| o.count))
        .collect();
    assert!(counts.iter().any(|c| (1..=2).contains(c)), "{counts:?}");
    assert!(counts.iter().any(|c| (10..=11).contains(c)), "{counts:?}");
    assert_eq!(audit_of(&pack, &publication, &rows), Ok(()));

    // The old page, had it shown them, showed "100 %" exactly: the audit refuses exact counts.
    let mut old = publication.clone();
    let oslo = old.municipalities.get_mut("0301").unwrap();
    let thrive = oslo
        .tables
        .iter_mut()
        .find(|t| t.question == "thrive")
        .unwrap();
    thrive.parts = vec![part(
        &pack,
        &rows,
        "thrive",
        filter(&["0301"], None, None),
        "Alle",
    )];
    assert_eq!(
        thrive.parts[0]
            .options
            .iter()
            .map(|o| o.count)
            .collect::<Vec<_>>(),
        [12, 0, 0, 0, 0]
    );
    let findings = audit_of(&pack, &old, &rows).unwrap_err();
    assert!(
        findings.iter().any(
            |f| matches!(f, Finding::Mismatch { detail, .. } if detail.contains("the rules give"))
        ),
        "{findings:?}"
    );
}

#[test]
fn a_follow_up_everyone_was_asked_is_withheld() {
    let pack = support::demo_served_pack();
    // Everyone in the introduction programme had work practice: the follow-up's count would
    // equal the number asked, telling each "yes".
    let everyone = Choose::RandomBut(&[("had-work-practice", "yes")]);
    let rows = support::rows(&pack, "0301", "group-introduction", "nb", 14, everyone, 1);
    let publication = publish(&pack, &rows);
    let shown: Vec<&str> = publication.municipalities["0301"]
        .tables
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    // The parent is shown, perturbed, whatever the answers; the follow-up never is.
    assert!(shown.contains(&"had-work-practice"), "{shown:?}");
    assert!(!shown.contains(&"work-practice-useful"), "{shown:?}");
    assert_eq!(audit_of(&pack, &publication, &rows), Ok(()));

    let mut old = publication.clone();
    let oslo = old.municipalities.get_mut("0301").unwrap();
    oslo.tables.push(Table {
        question: "work-practice-useful".into(),
        text: "Nyttig".into(),
        parts: vec![part(
            &pack,
            &rows,
            "work-practice-useful",
            filter(&["0301"], None, None),
            "Alle",
        )],
    });
    oslo.withheld.pop();
    let findings = audit_of(&pack, &old, &rows).unwrap_err();
    assert!(
        findings.iter().any(|f| matches!(
            f,
            Finding::Mismatch { detail, .. } if detail.contains("follow-up")
        )),
        "{findings:?}"
    );
}

#[test]
fn which_questions_are_withheld_does_not_depend_on_anyone_s_answer() {
    let pack = support::demo_served_pack();
    let training = support::rows(&pack, "0301", "group-training", "nb", 11, Choose::Random, 1);
    let page = |answer: &'static str| {
        let mut rows = training.clone();
        let one = Choose::RandomBut(if answer == "yes" {
            &[("had-work-practice", "yes")]
        } else {
            &[("had-work-practice", "no")]
        });
        rows.extend(support::rows(
            &pack,
            "0301",
            "group-introduction",
            "nb",
            1,
            one,
            2,
        ));
        publish(&pack, &rows).municipalities["0301"].clone()
    };
    let (yes, no) = (page("yes"), page("no"));
    assert_eq!(yes.withheld, no.withheld);
    assert_eq!(yes, no, "the one person's answer changes nothing shown");
}
