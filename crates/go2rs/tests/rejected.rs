//! Go that go2rs must reject with a diagnostic, never a crash or invalid
//! Rust: each `tests/rejected/NAME.go` ends with a `// want: TEXT` comment,
//! and translating it must fail with a diagnostic whose rendering contains
//! TEXT (`LINE:COL: error[CODE]: message`). Most of these were found by the
//! fuzzer and the sweep of the Go distribution (README, Performance).

use std::path::Path;

use go2rs_syntax::{SourceFile, SourceMap};

#[test]
fn rejected_programs_get_their_diagnostic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rejected");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/rejected")
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for path in entries.iter().filter(|path| path.extension().is_some_and(|ext| ext == "go")) {
        count += 1;
        let text = std::fs::read_to_string(path).unwrap();
        let want = text
            .lines()
            .rev()
            .find_map(|line| line.strip_prefix("// want: "))
            .unwrap_or_else(|| panic!("{} has no `// want:` line", path.display()));
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut sources = SourceMap::default();
        sources.add(SourceFile::new(&name, &text));
        match go2rs::translate(&sources) {
            Ok(_) => failures.push(format!("{name}: translated, want a diagnostic containing {want:?}")),
            Err(diagnostics) => {
                let rendered = go2rs::render_diagnostics(&sources, &diagnostics);
                if rendered.contains("E0900") || !rendered.contains(want) {
                    failures.push(format!("{name}: want {want:?}, got:\n{rendered}"));
                }
            }
        }
    }
    assert!(count >= 10, "only {count} programs in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
