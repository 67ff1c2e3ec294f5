//! Throughput of each stage of go2rs, in Go lines per second, on one large
//! program generated at start-up from the fixtures.
//!
//! ```sh
//! cargo bench -p go2rs --bench throughput
//! GO2RS_BENCH_LINES=100000 cargo bench -p go2rs --bench throughput   # a larger program
//! ```
//!
//! The program: copies of every `fixtures/*/main.go` in one file, each
//! copy's package-level names given a unique suffix (`worker` → `workerC3`),
//! its `main` renamed `mainC3`, the imports merged, and a `main` that calls
//! every copy. Copies are added until the file has `GO2RS_BENCH_LINES` lines
//! (40,000 by default; `GO2RS_BENCH_DUMP=FILE` writes it out). The
//! benchmark checks first that go2rs translates it
//! without a diagnostic.
//!
//! Stages: tree-sitter alone (the parser go2rs uses, no lowering), parsing
//! and lowering to go2rs's syntax tree (`go2rs_syntax::parse_package`),
//! analysis (`go2rs_analysis::analyze`), code generation with formatting
//! (`go2rs_codegen::generate`), formatting alone (prettyplease on the
//! generated Rust, parsed once by syn beforehand), and all of
//! `go2rs::translate`. Divan reports each as items (lines) per second.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::ItemsCount;
use go2rs_syntax::{SourceFile, SourceMap};

fn main() {
    let program = &*PROGRAM;
    eprintln!(
        "throughput: {} lines ({} KiB) of Go: {} copies of {} fixtures{}",
        program.lines,
        program.sources.files[0].text.len() / 1024,
        program.copies,
        program.fixtures,
        if program.skipped.is_empty() {
            String::new()
        } else {
            format!(" (skipped: {})", program.skipped.join(", "))
        }
    );
    divan::main();
}

/// The generated program, checked to translate.
struct Program {
    sources: SourceMap,
    lines: usize,
    copies: usize,
    fixtures: usize,
    skipped: Vec<String>,
}

static PROGRAM: LazyLock<Program> = LazyLock::new(|| {
    let target: usize = std::env::var("GO2RS_BENCH_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40_000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut fixtures: Vec<(String, String)> = std::fs::read_dir(&root)
        .expect("the fixtures folder")
        .flatten()
        .filter_map(|entry| {
            let text = std::fs::read_to_string(entry.path().join("main.go")).ok()?;
            Some((entry.file_name().to_string_lossy().into_owned(), text))
        })
        .collect();
    fixtures.sort();
    // Keep each fixture that still lets the program translate when added
    // (some translate alone but not beside others: see the README's
    // Performance section).
    let mut skipped = Vec::new();
    let mut parsed: Vec<Fixture> = Vec::new();
    for (name, text) in &fixtures {
        parsed.push(parse_fixture(text));
        if go2rs::translate(&source_map(&combine(&parsed, 1))).is_err() {
            parsed.pop();
            skipped.push(name.clone());
        }
    }
    assert!(!parsed.is_empty(), "no fixture translates");
    let per_round: usize = parsed.iter().map(|f| f.body.lines().count()).sum();
    let rounds = target.div_ceil(per_round.max(1)).max(1);
    let text = combine(&parsed, rounds);
    if let Some(path) = std::env::var_os("GO2RS_BENCH_DUMP") {
        std::fs::write(&path, &text).expect("GO2RS_BENCH_DUMP is writable");
    }
    let sources = source_map(&text);
    if let Err(diagnostics) = go2rs::translate(&sources) {
        let shown = go2rs::render_diagnostics(&sources, &diagnostics[..diagnostics.len().min(10)]);
        panic!("the generated program does not translate:\n{shown}");
    }
    Program {
        lines: text.lines().count(),
        sources,
        copies: rounds * parsed.len(),
        fixtures: parsed.len(),
        skipped,
    }
});

fn source_map(text: &str) -> SourceMap {
    let mut sources = SourceMap::default();
    sources.add(SourceFile::new("throughput.go", text));
    sources
}

fn lines() -> ItemsCount {
    ItemsCount::new(PROGRAM.lines)
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn tree_sitter_parse(bencher: Bencher) {
    let text = PROGRAM.sources.files[0].text.as_str();
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&tree_sitter_go::LANGUAGE.into()).expect("the Go grammar loads");
    bencher.counter(lines()).bench_local(|| {
        let tree = parser.parse(text, None).expect("tree-sitter parses");
        divan::black_box(tree.root_node().child_count())
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn parse_and_lower(bencher: Bencher) {
    bencher
        .counter(lines())
        .bench_local(|| go2rs_syntax::parse_package(&PROGRAM.sources));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn analyze(bencher: Bencher) {
    let (package, _) = go2rs_syntax::parse_package(&PROGRAM.sources);
    bencher
        .counter(lines())
        .with_inputs(|| package.clone())
        .bench_local_values(|package| go2rs_analysis::analyze(package, &PROGRAM.sources));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn codegen_and_format(bencher: Bencher) {
    let (package, _) = go2rs_syntax::parse_package(&PROGRAM.sources);
    let (program, _) = go2rs_analysis::analyze(package, &PROGRAM.sources);
    bencher
        .counter(lines())
        .bench_local(|| go2rs_codegen::generate(&program, &PROGRAM.sources));
}

/// prettyplease alone, on the generated Rust (a part of code generation).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn format_only(bencher: Bencher) {
    let rust = go2rs::translate(&PROGRAM.sources).expect("translates");
    let file: syn::File = syn::parse_file(&rust).expect("the translation parses");
    bencher.counter(lines()).bench_local(|| prettyplease::unparse(&file));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn translate(bencher: Bencher) {
    bencher.counter(lines()).bench_local(|| go2rs::translate(&PROGRAM.sources));
}

// ---------------------------------------------------------------------------
// Building the program.

/// One fixture split into its imports and the rest, with the names it
/// declares at package level.
struct Fixture {
    imports: Vec<String>,
    body: String,
    names: HashSet<String>,
}

/// Methods that `fmt` and `error` look for: they keep their spelling as
/// methods (`x.Error()`, `func (e E) Error()`), and are renamed only where
/// the program declares them at package level (`const Error Level = 2`).
const METHODS: &[&str] = &["String", "Error"];

fn combine(fixtures: &[Fixture], rounds: usize) -> String {
    let mut imports = BTreeSet::new();
    for fixture in fixtures {
        imports.extend(fixture.imports.iter().cloned());
    }
    let mut out = String::from("// Generated by benches/throughput.rs: copies of the fixtures.\n\npackage main\n\n");
    if !imports.is_empty() {
        out.push_str("import (\n");
        for import in &imports {
            out.push_str(&format!("\t{import}\n"));
        }
        out.push_str(")\n");
    }
    let packages: HashSet<String> = imports
        .iter()
        .map(|import| import.trim_matches('"').rsplit('/').next().unwrap_or("").to_string())
        .collect();
    let mut mains = Vec::new();
    let mut copy = 0;
    for _ in 0..rounds {
        for fixture in fixtures {
            let suffix = format!("C{copy}");
            out.push('\n');
            out.push_str(&rename(&fixture.body, &fixture.names, &packages, &suffix));
            mains.push(format!("main{suffix}"));
            copy += 1;
        }
    }
    // Calling every copy keeps each reachable; a Go program that ran this
    // would stop at the first copy that exits, which does not matter here.
    out.push_str("\nfunc main() {\n");
    for main in &mains {
        out.push_str(&format!("\t{main}()\n"));
    }
    out.push_str("}\n");
    out
}

fn parse_fixture(text: &str) -> Fixture {
    let tokens = tokenize(text);
    let mut imports = Vec::new();
    let mut names = HashSet::new();
    let mut cut = Vec::new(); // byte ranges removed from the body: package and imports
    let solid: Vec<&Token> = tokens.iter().filter(|t| !matches!(t.kind, Kind::Space | Kind::Comment)).collect();
    let mut depth = 0i32;
    let mut i = 0;
    while i < solid.len() {
        let token = solid[i];
        let word = &text[token.start..token.end];
        if depth == 0 && word == "package" {
            cut.push((token.start, solid[i + 1].end));
            i += 2;
            continue;
        }
        if depth == 0 && word == "import" {
            let start = token.start;
            let mut j = i + 1;
            if text[solid[j].start..solid[j].end] == *"(" {
                j += 1;
                while text[solid[j].start..solid[j].end] != *")" {
                    if solid[j].kind == Kind::String {
                        imports.push(text[solid[j].start..solid[j].end].to_string());
                    }
                    j += 1;
                }
            } else {
                imports.push(text[solid[j].start..solid[j].end].to_string());
            }
            cut.push((start, solid[j].end));
            i = j + 1;
            continue;
        }
        if depth == 0
            && word == "func"
            && let Some(next) = solid.get(i + 1).filter(|t| t.kind == Kind::Ident)
        {
            names.insert(text[next.start..next.end].to_string());
        }
        if depth == 0 && matches!(word, "type" | "var" | "const") {
            let is_type = word == "type";
            if text[solid[i + 1].start..solid[i + 1].end] == *"(" {
                // A group: the names start each spec (a line at depth 1).
                let mut j = i + 2;
                let mut inner = 0i32;
                let mut at_spec_start = true;
                while j < solid.len() {
                    let w = &text[solid[j].start..solid[j].end];
                    match w {
                        "(" | "[" | "{" => inner += 1,
                        ")" | "]" | "}" if inner == 0 => break,
                        ")" | "]" | "}" => inner -= 1,
                        _ => {}
                    }
                    if at_spec_start && inner == 0 && solid[j].kind == Kind::Ident {
                        names.insert(w.to_string());
                        // `a, b = ...` in var and const groups.
                        let mut k = j + 1;
                        while !is_type && text[solid[k].start..solid[k].end] == *"," {
                            names.insert(text[solid[k + 1].start..solid[k + 1].end].to_string());
                            k += 2;
                        }
                        at_spec_start = false;
                    }
                    // A new spec starts after a newline at depth 1.
                    if inner == 0 && text[solid[j].end..solid.get(j + 1).map_or(text.len(), |n| n.start)].contains('\n') {
                        at_spec_start = true;
                    }
                    j += 1;
                }
            } else {
                let mut k = i + 1;
                names.insert(text[solid[k].start..solid[k].end].to_string());
                while !is_type && text[solid[k + 1].start..solid[k + 1].end] == *"," {
                    names.insert(text[solid[k + 2].start..solid[k + 2].end].to_string());
                    k += 2;
                }
            }
        }
        match word {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    names.remove("_");
    let mut body = String::new();
    let mut at = 0;
    for (start, end) in cut {
        body.push_str(&text[at..start]);
        at = end;
    }
    body.push_str(&text[at..]);
    Fixture {
        imports,
        body: body.trim().to_string() + "\n",
        names,
    }
}

/// Every identifier token in `names` gets the suffix, except a name after
/// `pkg.` where `pkg` is an imported package (`time.Second`).
fn rename(text: &str, names: &HashSet<String>, packages: &HashSet<String>, suffix: &str) -> String {
    let tokens = tokenize(text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut previous: Vec<&str> = Vec::new(); // the last two solid tokens
    for token in &tokens {
        let word = &text[token.start..token.end];
        out.push_str(word);
        if token.kind == Kind::Ident && names.contains(word) {
            let after = |s: &str| previous.last() == Some(&s);
            let qualified = after(".") && previous.len() == 2 && packages.contains(previous[0]);
            let method = METHODS.contains(&word) && (after(".") || after(")"));
            if !qualified && !method {
                out.push_str(suffix);
            }
        }
        if !matches!(token.kind, Kind::Space | Kind::Comment) {
            previous.push(word);
            if previous.len() > 2 {
                previous.remove(0);
            }
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ident,
    String,
    Comment,
    Space,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// Enough of Go's lexical grammar to find identifiers outside strings and
/// comments.
fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let c = bytes[i];
        let kind = if c.is_ascii_whitespace() {
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            Kind::Space
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80) {
                i += 1;
            }
            Kind::Ident
        } else if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'.') {
                i += 1;
            }
            Kind::Other
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < bytes.len() && bytes[i] != c {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(bytes.len());
            Kind::String
        } else if c == b'`' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'`' {
                i += 1;
            }
            i = (i + 1).min(bytes.len());
            Kind::String
        } else if text[i..].starts_with("//") {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            Kind::Comment
        } else if text[i..].starts_with("/*") {
            i = text[i + 2..].find("*/").map_or(bytes.len(), |end| i + 2 + end + 2);
            Kind::Comment
        } else {
            i += 1;
            Kind::Other
        };
        tokens.push(Token { kind, start, end: i });
    }
    tokens
}
