//! go2rs: translates a Go `package main` that uses goroutines, channels and
//! `select` into Rust that behaves the same, linked with the
//! `go2rs_runtime` crate.
//!
//! The pipeline is [`go2rs_syntax`] (tree-sitter to a Go syntax tree),
//! [`go2rs_analysis`] (names, types, what blocks, what goroutines share)
//! and [`go2rs_codegen`] (Rust via `quote`, printed by `prettyplease`).
//! [`compile`] builds translations with Cargo in a cache directory.

pub mod check;
pub mod compile;
pub mod report;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use go2rs_syntax::{Diagnostic, SourceFile, SourceMap, Span};

/// Reads the Go program at `path`: one `.go` file, or every `.go` file of
/// a directory except tests (`_test.go`).
pub fn load(path: &Path) -> Result<SourceMap, String> {
    let metadata = std::fs::metadata(path).map_err(|error| format!("{}: {error}", path.display()))?;
    let mut files = Vec::new();
    if metadata.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|error| format!("{}: {error}", path.display()))?;
        for entry in entries.flatten() {
            let file = entry.path();
            let name = file.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            if name.ends_with(".go") && !name.ends_with("_test.go") && file.is_file() {
                files.push(file);
            }
        }
        files.sort();
        if files.is_empty() {
            return Err(format!("{}: no Go files in this directory", path.display()));
        }
    } else {
        files.push(path.to_path_buf());
    }
    let mut sources = SourceMap::default();
    for file in files {
        let bytes = std::fs::read(&file).map_err(|error| format!("{}: {error}", file.display()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{}:1:1: error: invalid UTF-8 encoding (Go source must be UTF-8)", file.display()))?;
        sources.add(SourceFile::new(file.display().to_string(), text));
    }
    Ok(sources)
}

/// Translates the program to Rust source, or returns every problem found.
/// Never panics: a failure of go2rs itself becomes an internal-error
/// diagnostic.
pub fn translate(sources: &SourceMap) -> Result<String, Vec<Diagnostic>> {
    // Syntax trees can nest deeply; every stage recurses over them.
    let result = std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("go2rs-translate".to_string())
            .stack_size(256 << 20)
            .spawn_scoped(scope, || catch_unwind(AssertUnwindSafe(|| translate_on_this_thread(sources))));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(Err),
            Err(_) => catch_unwind(AssertUnwindSafe(|| translate_on_this_thread(sources))),
        }
    });
    match result {
        Ok(result) => result,
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|text| text.to_string()))
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(vec![Diagnostic::error(
                "E0900",
                Span::default(),
                format!("internal error: go2rs crashed while translating this program ({message}); please report it"),
            )])
        }
    }
}

fn translate_on_this_thread(sources: &SourceMap) -> Result<String, Vec<Diagnostic>> {
    let (package, diagnostics) = go2rs_syntax::parse_package(sources);
    if diagnostics.has_errors() {
        return Err(diagnostics.into_sorted());
    }
    let (program, diagnostics) = go2rs_analysis::analyze(package, sources);
    if diagnostics.has_errors() {
        return Err(diagnostics.into_sorted());
    }
    go2rs_codegen::generate(&program, sources)
}

/// Diagnostics as `path:line:col: error[CODE]: message` with the source
/// line, a caret and a hint, without colour.
pub fn render_diagnostics(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    report::render(sources, diagnostics, report::Style::default())
}
