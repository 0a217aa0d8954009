//! The collector's layering, checked on its source: which of its top-level modules name which
//! (`crate::module` outside `#[cfg(test)]` code). Use-case modules import no other use case,
//! only `app` (and the binary, which is another crate) imports them, and apart from a parent
//! module and its own children the graph has no cycle. ARCHITECTURE.md states the rule.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One module per use case, each with its routes; only `app` assembles them.
pub const FEATURES: &[&str] = &[
    "enrol",
    "ingest",
    "pack_files",
    "pages",
    "web_survey",
    "registration",
    "admin",
    "reminders",
    "apt_repository",
];

/// The collector's top-level modules and the ones each names.
pub fn import_graph(src: &Path) -> anyhow::Result<BTreeMap<String, BTreeSet<String>>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in walk(src)? {
        let relative = entry.strip_prefix(src)?;
        let mut parts = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy());
        let first = parts.next().unwrap_or_default().into_owned();
        if first == "bin" || first == "lib.rs" {
            continue;
        }
        let module = first.trim_end_matches(".rs").to_owned();
        let text = std::fs::read_to_string(&entry)?;
        let named = graph.entry(module.clone()).or_default();
        for other in crate_paths(&without_tests(&text)) {
            if other != module {
                named.insert(other);
            }
        }
    }
    Ok(graph)
}

/// The problems with `graph`: a feature naming another feature, a module other than `app`
/// naming a feature, and every cycle.
pub fn problems(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut problems = Vec::new();
    for (module, named) in graph {
        for other in named.iter().filter(|o| FEATURES.contains(&o.as_str())) {
            if module != "app" {
                problems.push(format!(
                    "collector::{module} imports the use case {other}; only app.rs assembles use cases"
                ));
            }
        }
    }
    for cycle in cycles(graph) {
        problems.push(format!(
            "collector's modules import each other in a circle: {}",
            cycle.join(" -> ")
        ));
    }
    problems
}

fn walk(dir: &Path) -> anyhow::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(walk(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    Ok(files)
}

/// The code before the first `#[cfg(test)]` (unit tests may reach anywhere), without comments
/// (a doc link is no import).
fn without_tests(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules named as `crate::name` or in `use crate::{a, b::c}`.
fn crate_paths(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inside = &group[..group.find('}').unwrap_or(group.len())];
            for item in inside.split(',') {
                let head: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if head.chars().next().is_some_and(|c| c.is_lowercase()) {
                    names.insert(head);
                }
            }
        } else {
            let head: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if head.chars().next().is_some_and(|c| c.is_lowercase()) {
                names.insert(head);
            }
        }
    }
    names
}

/// Every cycle found by a depth-first search, each once.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        found: &mut Vec<Vec<String>>,
    ) {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            found.push(cycle);
            return;
        }
        if done.contains(node) {
            return;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if graph.contains_key(next) {
                visit(next, graph, path, done, found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, BTreeSet<String>> {
        edges
            .iter()
            .map(|(from, to)| (from.to_string(), to.iter().map(|t| t.to_string()).collect()))
            .collect()
    }

    #[test]
    fn a_feature_importing_a_sibling_and_a_circle_are_both_found() {
        let bad = graph(&[
            ("state", &["refusal"]),
            ("refusal", &["state"]),
            ("admin", &["state", "registration"]),
            ("registration", &["state"]),
            ("app", &["admin", "registration"]),
        ]);
        let problems = problems(&bad);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("collector::admin imports the use case registration"));
        assert!(
            problems[1].contains("state -> refusal -> state"),
            "{}",
            problems[1]
        );
        let good = graph(&[
            ("state", &[]),
            ("refusal", &["state"]),
            ("admin", &["state", "refusal"]),
            ("app", &["admin", "refusal"]),
        ]);
        assert!(super::problems(&good).is_empty());
    }

    #[test]
    fn the_collector_as_it_is_keeps_its_layers() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../collector/src");
        let graph = import_graph(&src).unwrap();
        assert!(graph["app"].contains("admin"), "{graph:?}");
        assert_eq!(problems(&graph), Vec::<String>::new());
    }

    #[test]
    fn crate_paths_are_read_from_uses_groups_and_expressions() {
        let text = "use crate::refusal::{blocking, Refusal};\nuse crate::{db, secrets::Hashed, CollectorError};\nlet x = crate::page::escape(y);";
        let names: Vec<String> = crate_paths(text).into_iter().collect();
        assert_eq!(names, ["db", "page", "refusal", "secrets"]);
    }
}
