//! Generates one test per fixture folder (`fixtures/<name>/main.go`).

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let fixtures = root.join("fixtures");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    let mut names: Vec<String> = std::fs::read_dir(&fixtures)
        .map(|entries| {
            entries
                .flatten()
                .filter(|entry| entry.path().join("main.go").is_file())
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::new();
    for name in &names {
        println!("cargo:rerun-if-changed={}", fixtures.join(name).display());
        let test_name: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
            .collect();
        writeln!(
            out,
            "#[test]\nfn {test_name}() {{\n    fixture_tests::check_fixture({name:?});\n}}\n"
        )
        .unwrap();
    }
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("fixture_tests.rs");
    std::fs::write(dest, out).unwrap();
}
