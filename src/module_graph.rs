//! The invariant of both crates, tested: no cycle between the top-level modules of the
//! shell's `src/` nor of the domain's `crates/plan/src/` (each module's `crate::…` mentions
//! are its arrows). A new cycle fails `cargo test` with its path.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every top-level module (a file or a folder of the crate's `src/`, `root` from the
/// workspace) and the modules it mentions.
fn arrows(root: &str) -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut pending = vec![root.clone()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let relative = path.strip_prefix(&root).unwrap();
            let first = relative
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            let module = first.trim_end_matches(".rs").to_string();
            if module == "main" || module == "lib" {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            let targets = graph.entry(module.clone()).or_default();
            for (at, _) in text.match_indices("crate::") {
                let rest = &text[at + "crate::".len()..];
                let names: Vec<&str> = match rest.strip_prefix('{') {
                    // `use crate::{a, b::c};`
                    Some(group) => group
                        .split('}')
                        .next()
                        .unwrap_or("")
                        .split(',')
                        .map(|part| part.trim().split("::").next().unwrap_or("").trim())
                        .collect(),
                    None => vec![rest
                        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or("")],
                };
                for name in names {
                    if !name.is_empty() && name != "self" && name != module {
                        targets.insert(name.to_string());
                    }
                }
            }
        }
    }
    graph
}

/// A cycle through the graph, as the path that closes it.
fn a_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if graph.contains_key(next) {
                if let Some(cycle) = visit(next, graph, path, done) {
                    return Some(cycle);
                }
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// Reads the crate under `root` (its modules must include `from`, mentioning `to`, so the
/// arrows are known to be read) and fails with the path of any cycle.
fn assert_no_cycle(root: &str, from: &str, to: &str) {
    let graph = arrows(root);
    assert!(graph.len() > 15, "the modules were not read: {graph:?}");
    assert!(graph[from].contains(to), "arrows are read: {graph:?}");
    assert_eq!(a_cycle(&graph), None);
}

#[test]
fn no_module_of_the_shell_depends_on_itself_through_others() {
    assert_no_cycle("src", "state", "clock");
}

#[test]
fn no_module_of_the_domain_depends_on_itself_through_others() {
    assert_no_cycle("crates/plan/src", "progress", "review");
}

#[test]
fn a_cycle_is_found() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    graph.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    graph.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(
        a_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}
