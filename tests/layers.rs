//! The app's layers, checked: each module uses only those below it, so arrows point down and
//! there are no circles. `app` (the shell) may use everything; a feature uses the shell's
//! page-facing files, `ui`, `api`, `sync`, `i18n`, `platform` and the core, and another
//! feature only through what that feature's `mod.rs` makes public; nothing below `features`
//! knows a screen.

use std::collections::BTreeSet;
use std::path::Path;

/// What each layer may use (`crate::<name>`), besides itself and the core.
const ALLOWED: &[(&str, &[&str])] = &[
    ("main", &["api", "app", "features", "platform"]),
    (
        "app",
        &["features", "ui", "api", "sync", "i18n", "platform"],
    ),
    (
        "features",
        &["app", "features", "ui", "api", "sync", "i18n", "platform"],
    ),
    ("ui", &["api", "sync", "i18n", "platform"]),
    ("api", &["platform"]),
    ("sync", &["api", "i18n", "platform"]),
    ("i18n", &["platform"]),
    ("platform", &[]),
];

/// The shell's files a feature may use: what it gives every page. The router, the header
/// and the rest of the chrome use the features, so a feature never uses them.
const APP_FOR_FEATURES: &[&str] = &[
    "address_search",
    "chunks",
    "not_found",
    "page_scope",
    "page_visit",
    "routes",
    "session_error",
    "state",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `crate::a::b…` paths a file names, outside its tests, as (`a`, `b`).
fn uses(text: &str) -> BTreeSet<(String, String)> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        if code[..i].ends_with('$') {
            continue;
        }
        let mut parts = code[i + 7..]
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or_default()
            .split("::");
        let first = parts.next().unwrap_or_default().to_string();
        // A macro the crate exports at its root (`crate::split!`), not a module.
        if code[i + 7 + first.len()..].starts_with('!') {
            continue;
        }
        let second = parts.next().unwrap_or_default().to_string();
        found.insert((first, second));
    }
    found
}

#[test]
fn each_layer_uses_only_those_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "found only {} files", files.len());
    let mut wrong = Vec::new();
    for file in &files {
        let name = file.strip_prefix(&src).unwrap_or(file).to_string_lossy();
        let name = name.replace('\\', "/");
        let layer = match name.split_once('/') {
            Some((dir, _)) => dir.to_string(),
            None => "main".to_string(),
        };
        let Some((_, allowed)) = ALLOWED.iter().find(|(l, _)| *l == layer) else {
            continue;
        };
        let feature = name
            .strip_prefix("features/")
            .and_then(|r| r.split('/').next());
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for (used, inner) in uses(&text) {
            let ok = used == layer && layer != "features"
                || allowed.contains(&used.as_str())
                    && match (layer.as_str(), used.as_str()) {
                        ("features", "app") => APP_FOR_FEATURES.contains(&inner.as_str()),
                        // Another feature: only through what its mod.rs makes public.
                        ("features", "features") => {
                            Some(inner.as_str()) == feature || {
                                let rest = text.contains(&format!("crate::features::{inner}::"));
                                !rest || only_public_face(&text, &inner)
                            }
                        }
                        _ => true,
                    };
            if !ok {
                wrong.push(format!("{name} uses crate::{used}::{inner}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "uses that reach up a layer:\n{}",
        wrong.join("\n")
    );
}

/// Whether every `crate::features::<feature>::x` a file names is a function or type of that
/// feature's own `mod.rs` (its public face), not a file inside it, except its shared
/// `fields` (the profile's questions, which onboarding asks too).
fn only_public_face(text: &str, feature: &str) -> bool {
    let prefix = format!("crate::features::{feature}::");
    text.match_indices(&prefix).all(|(i, _)| {
        let rest = &text[i + prefix.len()..];
        let next: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let is_module = rest[next.len()..].starts_with("::");
        !is_module || next == "fields"
    })
}
