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
        let main = entry.path().join("main.go");
        let Ok(text) = std::fs::read_to_string(&main) else {
            continue;
        };
        count += 1;
        let mut sources = SourceMap::default();
        sources.add(SourceFile::new(main.display().to_string(), text));
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
    assert!(failures.is_empty(), "{} of {count} fixtures have diagnostics:\n{}", failures.len(), failures.join("\n"));
}
