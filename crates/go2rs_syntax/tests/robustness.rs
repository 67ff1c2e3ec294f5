//! The parser never panics, whatever it is given, and reports what it could
//! not represent.

use go2rs_syntax::ast::Package;
use go2rs_syntax::{Diagnostic, SourceFile, SourceMap, parse_package};

fn parse(text: &str) -> (Package, Vec<Diagnostic>) {
    let mut sources = SourceMap::default();
    sources.add(SourceFile::new("fuzz.go", text));
    let (package, diagnostics) = parse_package(&sources);
    (package, diagnostics.into_sorted())
}

/// Parses `text` and checks the invariants that hold for any input.
fn check(text: &str) {
    let (package, diagnostics) = parse(text);
    assert_eq!(package.files.len(), 1);
    for diagnostic in &diagnostics {
        assert!(
            diagnostic.span.start <= diagnostic.span.end && diagnostic.span.end as usize <= text.len(),
            "span {:?} outside the {}-byte input {text:?}",
            diagnostic.span,
            text.len()
        );
        assert!(text.is_char_boundary(diagnostic.span.start as usize));
    }
    let debug = format!("{package:?}");
    if debug.contains("kind: Bad") {
        assert!(!diagnostics.is_empty(), "a Bad node without a diagnostic for {text:?}");
    }
    // Expression ids stay below the count (uniqueness is checked in parse.rs).
    let mut rest = debug.as_str();
    while let Some(at) = rest.find("ExprId(") {
        rest = &rest[at + 7..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let id: u32 = digits.parse().expect("an id");
        assert!(id < package.expr_count);
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

const PROGRAM: &str = r#"package main

import (
	"fmt"
	m "math"
)

// Point is a point.
type Point[T ~int | ~float64] struct {
	X, Y T `json:"x"`
	*Base
}

const (
	A = iota
	B
)

func (p *Point[T]) Sum(xs ...T) (total T) {
	for i, x := range xs {
		total += x * T(i)
	}
	return
}

func main() {
	ch := make(chan<- int, 3)
	done := make(<-chan struct{})
	var grid = [][]int{{1, 2}, {3}}
	select {
	case v, ok := <-done:
		_, _ = v, ok
	case ch <- 'x':
	default:
	}
	switch v := any(grid).(type) {
	case nil, []int:
		fmt.Println("nil\t\x41\u00e9", `raw`, v)
	}
L:
	for {
		if m.Pi > 3 {
			break L
		} else {
			go func() { defer recover() }()
		}
	}
}
"#;

#[test]
fn every_prefix_of_a_program() {
    check(PROGRAM);
    for end in (0..PROGRAM.len()).filter(|&end| PROGRAM.is_char_boundary(end)) {
        check(&PROGRAM[..end]);
    }
}

#[test]
fn every_suffix_of_a_program() {
    for start in (0..PROGRAM.len()).filter(|&start| PROGRAM.is_char_boundary(start)) {
        check(&PROGRAM[start..]);
    }
}

#[test]
fn mutated_programs() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let bytes = PROGRAM.as_bytes();
    for _ in 0..1500 {
        let mut mutated = bytes.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(mutated.len());
            match rng.below(3) {
                0 => {
                    mutated.remove(at);
                }
                1 => {
                    let symbols = b"(){}[]\"'`\\\n;:,.=<-*&^~|";
                    mutated.insert(at, symbols[rng.below(symbols.len())]);
                }
                _ => {
                    let other = rng.below(mutated.len());
                    mutated.swap(at, other);
                }
            }
        }
        check(&String::from_utf8_lossy(&mutated));
    }
}

#[test]
fn random_token_soup() {
    const TOKENS: &[&str] = &[
        "package",
        "p",
        "import",
        "func",
        "var",
        "const",
        "type",
        "struct",
        "interface",
        "map",
        "chan",
        "<-",
        "go",
        "defer",
        "select",
        "case",
        "default",
        "switch",
        "for",
        "range",
        "if",
        "else",
        "return",
        "break",
        "goto",
        "L",
        ":",
        "x",
        "_",
        "nil",
        "iota",
        "1",
        "0x1F",
        "1.5",
        "2i",
        "'a'",
        "'\\n'",
        "'\\",
        "\"s\"",
        "\"\\q\"",
        "\"",
        "`r`",
        "`",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        ",",
        ";",
        ".",
        "...",
        "=",
        ":=",
        "+",
        "-",
        "*",
        "&",
        "|",
        "^",
        "~",
        "!",
        "++",
        "&^=",
        "\n",
        " ",
        "\t",
        "//c\n",
        "/*",
        "*/",
        "[]",
        "...T",
        "\0",
        "é",
        "世",
    ];
    let mut rng = Rng(42);
    for _ in 0..1000 {
        let mut text = String::new();
        for _ in 0..rng.below(120) {
            text.push_str(TOKENS[rng.below(TOKENS.len())]);
            if rng.below(3) == 0 {
                text.push(' ');
            }
        }
        check(&text);
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(7);
    for _ in 0..300 {
        let length = rng.below(400);
        let bytes: Vec<u8> = (0..length).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
        // Mostly ASCII, with the bytes Go cares about more likely.
        let ascii: Vec<u8> = (0..length)
            .map(|_| {
                if rng.below(2) == 0 {
                    b"(){}\"'`\\\n"[rng.below(9)]
                } else {
                    (rng.next() % 128) as u8
                }
            })
            .collect();
        check(&String::from_utf8_lossy(&ascii));
    }
}

fn nesting_error(text: &str) -> bool {
    let (_, diagnostics) = parse(text);
    diagnostics
        .iter()
        .any(|d| d.code == "E0002" && d.message == "expression nested too deeply")
}

// The deep cases below do not go through `check`: formatting a tree
// thousands of levels deep with `Debug` needs more stack than a test thread
// has.

#[test]
fn deep_parentheses() {
    for depth in [10_000, 100_000] {
        let text = format!("package p\n\nvar x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
        assert!(nesting_error(&text), "depth {depth}");
    }
    // Unbalanced, too.
    let text = format!("package p\n\nvar x = {}1\n", "(".repeat(10_000));
    let (_, diagnostics) = parse(&text);
    assert!(!diagnostics.is_empty());
    // Nesting below the limit is fine.
    let text = format!("package p\n\nvar x = {}1{}\n", "(".repeat(2000), ")".repeat(2000));
    let (_, diagnostics) = parse(&text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}

#[test]
fn long_concatenations_like_generated_tables() {
    // x/text's Unicode tables concatenate ~940 string literals.
    let lines = "\t\"\\x00\\x01\" +\n".repeat(2500);
    let text = format!("package p\n\nconst table = \"\" +\n{lines}\t\"\"\n");
    let (package, diagnostics) = parse(&text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(package.files[0].decls.len(), 1);
}

#[test]
fn other_deep_nesting() {
    let depth = 10_000;
    let cases = [
        format!("package p\n\nvar x = []any{}{}\n", "{".repeat(depth), "}".repeat(depth)),
        format!("package p\n\nfunc f() {}{}\n", "{".repeat(depth), "}".repeat(depth)),
        format!("package p\n\nvar x {}int\n", "[]".repeat(depth)),
        format!("package p\n\nvar x {}int\n", "*".repeat(depth)),
        format!("package p\n\nvar x = {}1\n", "-".repeat(depth)),
        format!("package p\n\nvar x = 1{}\n", " + 1".repeat(depth)),
        format!("package p\n\nvar x = {}1{}\n", "f(".repeat(depth), ")".repeat(depth)),
        format!("package p\n\nvar x = {}\n", "func() { ".repeat(depth) + &"}".repeat(depth)),
        format!("package p\n\nfunc f() {{ {} }}\n", "if x { ".repeat(depth) + &"}".repeat(depth)),
        format!("package p\n\nvar x = a{}\n", "[0]".repeat(depth)),
        format!("package p\n\ntype T {}int{}\n", "struct { f ".repeat(depth), "}".repeat(depth)),
        format!("package p\n\nvar x {}int\n", "map[int]".repeat(depth)),
    ];
    for text in &cases {
        assert!(nesting_error(text), "{}", &text[..60]);
    }
}

#[test]
fn a_one_megabyte_file() {
    let mut text = String::from("package big\n\nimport \"fmt\"\n\n");
    let mut index = 0;
    while text.len() < 1 << 20 {
        text.push_str(&format!(
            "// f{index} does things.\nfunc f{index}(xs []int, m map[string]int) (int, error) {{\n\
             \ttotal := 0\n\tfor i, x := range xs {{\n\t\ttotal += x * i\n\t}}\n\
             \tswitch {{\n\tcase total > {index}:\n\t\treturn total, nil\n\t}}\n\
             \tm[\"k\"] = total\n\treturn 0, fmt.Errorf(\"f{index}: %d\", total)\n}}\n\n"
        ));
        index += 1;
    }
    let (package, diagnostics) = parse(&text);
    assert!(diagnostics.is_empty(), "{:?}", &diagnostics[..diagnostics.len().min(3)]);
    assert_eq!(package.files[0].decls.len(), index);
    assert_eq!(package.files[0].comments.len(), index);

    // The same megabyte with an error near the end.
    let broken = format!("{text}func broken( {{\n}}\n");
    let (package, diagnostics) = parse(&broken);
    assert!(!diagnostics.is_empty());
    assert!(package.files[0].decls.len() >= index);
}
