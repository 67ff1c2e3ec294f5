//! Every fixture is a valid Go program: the analysis must accept it without
//! a single diagnostic.

use std::path::Path;

use go2rs_syntax::{SourceFile, SourceMap};

#[test]
fn every_fixture_type_checks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut failures = Vec::new();
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&root).expect("fixtures folder").flatten().collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        // A fixture is a package: its `main.go` and any other `.go` files beside it.
        let mut files: Vec<_> = std::fs::read_dir(entry.path())
            .map(|files| files.flatten().map(|file| file.path()).collect())
            .unwrap_or_default();
        files.retain(|path| path.extension().is_some_and(|ext| ext == "go"));
        files.sort();
        if !files.iter().any(|path| path.ends_with("main.go")) {
            continue;
        }
        count += 1;
        let mut sources = SourceMap::default();
        for path in &files {
            let text = std::fs::read_to_string(path).expect("readable fixture file");
            sources.add(SourceFile::new(path.display().to_string(), text));
        }
        let (package, diagnostics) = go2rs_syntax::parse_package(&sources);
        let mut rendered: Vec<String> = diagnostics.items.iter().map(|d| d.render(&sources)).collect();
        if rendered.is_empty() {
            let (_, diagnostics) = go2rs_analysis::analyze(package, &sources);
            rendered = diagnostics.items.iter().map(|d| d.render(&sources)).collect();
        }
        if !rendered.is_empty() {
            failures.push(rendered.join("\n"));
        }
    }
    assert!(count >= 40, "found only {count} fixtures");
    assert!(
        failures.is_empty(),
        "{} of {count} fixtures have diagnostics:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
