//! Mutations of Go source: bytes, tokens, lines, splices of two inputs, and
//! fragments from a dictionary of Go snippets.

use crate::lex::{self, BRACKETS, KEYWORDS, Kind, OPERATORS};
use crate::rng::Rng;

/// Inputs are cut to this many bytes, so that a run of insertions cannot
/// make every later input slow.
pub const MAX_INPUT: usize = 64 * 1024;

/// Go fragments that reach the constructs go2rs cares about.
pub const DICTIONARY: &[&str] = &[
    "go func() {}()",
    "go f(x)",
    "select {}",
    "select {\ncase v := <-ch:\n\t_ = v\ndefault:\n}",
    "select {\ncase ch <- 1:\ncase <-time.After(time.Second):\n}",
    "case <-ch:",
    "case v, ok := <-ch:",
    "default:",
    "defer ",
    "defer wg.Done()",
    "defer func() { recover() }()",
    "chan ",
    "chan int",
    "<-chan int",
    "chan<- int",
    "make(chan int)",
    "make(chan struct{}, 3)",
    "ch <- 1",
    "<-ch",
    "v, ok := <-ch",
    "close(ch)",
    "for v := range ch {}",
    "for i := range 10 {}",
    "for i, c := range \"héllo\" {}",
    "for k, v := range m {}",
    "for {}",
    "for i := 0; i < 3; i++ {}",
    "[]int{}",
    "[]int{1, 2, 3}",
    "[3]int{}",
    "[...]string{\"a\"}",
    "map[string]int{}",
    "map[string]int{\"a\": 1}",
    "make(map[int]string)",
    "make([]int, 3, 10)",
    "struct{}",
    "struct{}{}",
    "struct{ x int }",
    "type T struct{ a, b int }",
    "type T struct{ T }",
    "type N int",
    "type E = int",
    "interface{}",
    "interface{ M() }",
    "any",
    "func F[T any](x T) T { return x }",
    "[T any]",
    "[K comparable, V any]",
    "[int]",
    "F[int](1)",
    "x.(int)",
    "switch v := x.(type) {}",
    "switch {\ncase true:\n\tfallthrough\ndefault:\n}",
    "switch x {\ncase 1, 2:\n}",
    "fallthrough",
    "goto L",
    "L:",
    "break L",
    "continue",
    "return",
    "return 1, nil",
    "var wg sync.WaitGroup",
    "wg.Add(1)",
    "wg.Wait()",
    "wg.Go(func() {})",
    "var mu sync.Mutex",
    "mu.Lock()",
    "mu.Unlock()",
    "time.Sleep(time.Millisecond)",
    "fmt.Println(x)",
    "fmt.Printf(\"%v %d %s %q %x %T\\n\", x, 1, \"s\", 'c', 255, x)",
    "fmt.Sprintf(\"%5.2f|%-4d|%+v\", 1.5, 2, x)",
    "fmt.Errorf(\"wrap: %w\", err)",
    "errors.New(\"e\")",
    "errors.Is(err, err)",
    "strings.Repeat(\"ab\", 3)",
    "strconv.Itoa(1)",
    "sort.Ints(s)",
    "os.Exit(3)",
    "panic(\"boom\")",
    "recover()",
    "append(s, 1)",
    "append(s, s...)",
    "copy(dst, src)",
    "len(s)",
    "cap(ch)",
    "new(int)",
    "min(1, 2)",
    "max(a, b)",
    "clear(m)",
    "delete(m, \"a\")",
    "&x",
    "*p",
    "p.x",
    "s[1:2]",
    "s[1:2:3]",
    "s[i]",
    "func() {}",
    "func(x int) int { return x }",
    "func(xs ...int) {}",
    "f(xs...)",
    "x := 1",
    "x, y := 1, 2",
    "var x int",
    "var _ = ",
    "const (\n\tA = iota\n\tB\n)",
    "iota",
    "nil",
    "true",
    "uint32(x)",
    "int64(1) << 40",
    "float64(x)",
    "byte('a')",
    "rune(x)",
    "string(rune(65))",
    "[]byte(\"ab\")",
    "x << y",
    "x &^ y",
    "-x",
    "^x",
    "!b",
    "1 << 63",
    "0x7fffffffffffffff",
    "1e309",
    "0x1p-2",
    "0b1010",
    "0o17",
    "1_000_000",
    "'\\x00'",
    "'\\u00e9'",
    "\"\\xff\"",
    "\"\\u00e9\"",
    "`raw\nstring`",
    "math.MaxInt64",
    "import \"sync\"",
    "import \"time\"",
    "import \"unsafe\"",
    "package main",
    "func main() {}",
    "func (t *T) M() {}",
    "func (t T) String() string { return \"\" }",
    "init()",
    "func init() {}",
    "_",
    "...",
    ";",
    "\n",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
];

/// A dictionary entry, or a generated very long or very deep fragment.
fn fragment(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => "9".repeat(rng.range(20, 5000)),
        1 => format!("\"{}\"", "x".repeat(rng.range(100, 20000))),
        2 => "v".repeat(rng.range(50, 3000)),
        3 => {
            let depth = rng.range(10, 600);
            format!("{}1{}", "(".repeat(depth), ")".repeat(depth))
        }
        4 => {
            let depth = rng.range(5, 300);
            format!("{}{{}}{}", "if true {\n".repeat(depth), "}\n".repeat(depth))
        }
        5 => {
            let depth = rng.range(5, 300);
            format!("{}int{}{}{}", "[]".repeat(depth), "{".repeat(depth), "}".repeat(depth), "")
        }
        6 => {
            let depth = rng.range(5, 200);
            format!("{}x{}", "func() int { return ".repeat(depth), " }()".repeat(depth))
        }
        7 => {
            let count = rng.range(2, 400);
            (0..count).map(|i| format!("x{i} := {i}\n")).collect()
        }
        8 => {
            let depth = rng.range(5, 300);
            format!("x{}", "[0]".repeat(depth))
        }
        _ => rng.pick(DICTIONARY).to_string(),
    }
}

/// Applies one mutation, or a few stacked. About half keep the program's
/// syntax (so that they reach type checking and code generation), the rest
/// need not.
pub fn mutate(rng: &mut Rng, input: &str, corpus: &[String]) -> String {
    let mut text = input.to_string();
    let rounds = 1 + rng.small(3);
    for _ in 0..rounds {
        text = match rng.below(40) {
            0..=2 => bytes(rng, &text),
            3..=7 => token(rng, &text),
            8..=11 => line(rng, &text),
            12..=13 => {
                let other = rng_pick_other(rng, corpus);
                splice(rng, &text, other)
            }
            14..=17 => insert_fragment(rng, &text),
            18..=19 => {
                let other = rng_pick_other(rng, corpus);
                splice_declaration(rng, &text, other)
            }
            20..=23 => replace_literal(rng, &text),
            24..=27 => replace_operator(rng, &text),
            28..=31 => wrap_operand(rng, &text),
            32..=35 => insert_statement(rng, &text),
            _ => replace_type(rng, &text),
        };
        if text.len() > MAX_INPUT {
            let mut end = MAX_INPUT;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
        }
    }
    text
}

fn rng_pick_other<'a>(rng: &mut Rng, corpus: &'a [String]) -> &'a str {
    if corpus.is_empty() { "" } else { rng.pick(corpus).as_str() }
}

const INTERESTING_BYTES: &[u8] = b"\n\t (){}[]<>-=:;,.\"'`/\\*&|^!_0179aAzZ";

/// Byte flips, inserts and deletes; the result is made valid UTF-8 again
/// (the loader rejects anything else before go2rs sees it).
pub fn bytes(rng: &mut Rng, text: &str) -> String {
    let mut data = text.as_bytes().to_vec();
    let position = rng.below(data.len() + 1);
    match rng.below(6) {
        0 if !data.is_empty() => {
            let at = position.min(data.len() - 1);
            data[at] ^= 1 << rng.below(7);
        }
        1 => {
            let byte = if rng.one_in(4) {
                rng.below(256) as u8
            } else {
                *rng.pick(INTERESTING_BYTES)
            };
            data.insert(position, byte);
        }
        2 if !data.is_empty() => {
            let at = position.min(data.len() - 1);
            data.remove(at);
        }
        3 if !data.is_empty() => {
            let at = position.min(data.len() - 1);
            let end = (at + 1 + rng.small(64)).min(data.len());
            data.drain(at..end);
        }
        4 if !data.is_empty() => {
            let at = position.min(data.len() - 1);
            let end = (at + 1 + rng.small(32)).min(data.len());
            let chunk = data[at..end].to_vec();
            let to = rng.below(data.len() + 1);
            data.splice(to..to, chunk);
        }
        _ if !data.is_empty() => {
            let at = position.min(data.len() - 1);
            data[at] = *rng.pick(INTERESTING_BYTES);
        }
        _ => data.push(*rng.pick(INTERESTING_BYTES)),
    }
    String::from_utf8_lossy(&data).into_owned()
}

/// Swap, duplicate, delete or replace identifiers, keywords, operators and
/// brackets.
pub fn token(rng: &mut Rng, text: &str) -> String {
    let tokens = lex::tokens(text);
    let solid: Vec<usize> = (0..tokens.len()).filter(|&i| !matches!(tokens[i].kind, Kind::Space)).collect();
    if solid.is_empty() {
        return insert_fragment(rng, text);
    }
    let mut pieces: Vec<String> = tokens.iter().map(|t| text[t.start..t.end].to_string()).collect();
    let a = *rng.pick(&solid);
    let b = *rng.pick(&solid);
    let same_kind: Vec<usize> = solid.iter().copied().filter(|&i| tokens[i].kind == tokens[a].kind).collect();
    match rng.below(9) {
        0 => pieces.swap(a, b),
        1 => {
            let copy = pieces[a].clone();
            pieces.insert(a, format!("{copy} "));
        }
        2 => pieces[a].clear(),
        3 => {
            // Replace with another token of the same kind from the input.
            let other = *rng.pick(&same_kind);
            pieces[a] = pieces[other].clone();
        }
        4 => pieces[a] = rng.pick(KEYWORDS).to_string(),
        5 => pieces[a] = rng.pick(OPERATORS).to_string(),
        6 => pieces[a] = rng.pick(BRACKETS).to_string(),
        7 => {
            // Rename every use of an identifier to another one.
            let idents: Vec<usize> = solid.iter().copied().filter(|&i| tokens[i].kind == Kind::Ident).collect();
            if idents.len() >= 2 {
                let from = pieces[*rng.pick(&idents)].clone();
                let to = pieces[*rng.pick(&idents)].clone();
                for &i in &idents {
                    if pieces[i] == from {
                        pieces[i] = to.clone();
                    }
                }
            }
        }
        _ => {
            // Delete a run of tokens (a sub-expression, an argument list...).
            let end = (a + 1 + rng.small(12)).min(pieces.len());
            for piece in &mut pieces[a..end] {
                piece.clear();
            }
        }
    }
    pieces.concat()
}

/// Delete, duplicate, swap or move lines.
pub fn line(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.is_empty() {
        return insert_fragment(rng, text);
    }
    let a = rng.below(lines.len());
    let b = rng.below(lines.len());
    match rng.below(5) {
        0 => {
            let end = (a + 1 + rng.small(4)).min(lines.len());
            lines.drain(a..end);
        }
        1 => {
            let end = (a + 1 + rng.small(4)).min(lines.len());
            let copy: Vec<&str> = lines[a..end].to_vec();
            lines.splice(b..b, copy);
        }
        2 => lines.swap(a, b),
        3 => {
            let moved = lines.remove(a);
            let to = rng.below(lines.len() + 1);
            lines.insert(to, moved);
        }
        _ => {
            let copy = lines[a];
            lines.insert(a, copy);
        }
    }
    let mut out = lines.concat();
    if !out.ends_with('\n') && !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Parts of two inputs joined: a prefix of one and a suffix of the other,
/// or a block of lines of the other inserted.
pub fn splice(rng: &mut Rng, text: &str, other: &str) -> String {
    let ours: Vec<&str> = text.split_inclusive('\n').collect();
    let theirs: Vec<&str> = other.split_inclusive('\n').collect();
    if theirs.is_empty() {
        return line(rng, text);
    }
    if rng.one_in(2) {
        let cut = rng.below(ours.len() + 1);
        let from = rng.below(theirs.len() + 1);
        let mut out = ours[..cut].concat();
        out.push_str(&theirs[from..].concat());
        out
    } else {
        let start = rng.below(theirs.len());
        let end = (start + 1 + rng.small(30)).min(theirs.len());
        let at = rng.below(ours.len() + 1);
        let mut lines = ours;
        lines.splice(at..at, theirs[start..end].iter().copied());
        lines.concat()
    }
}

/// A dictionary fragment inserted at a line start or between two tokens, or
/// replacing a token.
pub fn insert_fragment(rng: &mut Rng, text: &str) -> String {
    let fragment = fragment(rng);
    let tokens = lex::tokens(text);
    let at = match rng.below(3) {
        0 => {
            let starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
            *rng.pick(&starts)
        }
        _ if !tokens.is_empty() => tokens[rng.below(tokens.len())].start,
        _ => 0,
    };
    if rng.one_in(3) && !tokens.is_empty() {
        // Replace the token there.
        let token = tokens.iter().find(|t| t.start == at).copied();
        if let Some(token) = token.filter(|t| t.kind != Kind::Space) {
            return format!("{}{}{}", &text[..token.start], fragment, &text[token.end..]);
        }
    }
    let separator = if rng.one_in(2) { "\n" } else { " " };
    format!("{}{}{}{}", &text[..at], fragment, separator, &text[at..])
}

const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "7",
    "8",
    "31",
    "32",
    "63",
    "64",
    "127",
    "128",
    "255",
    "256",
    "65535",
    "1 << 31",
    "1 << 32",
    "1 << 62",
    "1 << 63",
    "1 << 64",
    "-1 << 63",
    "0x7fffffff",
    "0xffffffff",
    "0x7fffffffffffffff",
    "0xffffffffffffffff",
    "9223372036854775807",
    "1e10",
    "1e309",
    "1.5",
    "-0.0",
    "0.1",
    "'a'",
    "'\\n'",
    "\"\"",
    "\"x\"",
    "iota",
    "nil",
    "true",
    "false",
];

const BINARY_OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "==", "!=", "<", "<=", ">", ">=", "&&", "||",
];

const ASSIGN_OPERATORS: &[&str] = &["=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="];

const TYPES: &[&str] = &[
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "string",
    "byte",
    "rune",
    "bool",
    "error",
    "any",
    "[]int",
    "[]string",
    "[4]int",
    "map[string]int",
    "map[int]bool",
    "chan int",
    "<-chan int",
    "chan<- string",
    "*int",
    "func()",
    "func(int) int",
    "struct{}",
    "interface{}",
];

const CONVERSIONS: &[&str] = &[
    "int", "int8", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "byte", "rune", "string",
];

/// The identifiers of a text (names it declares and uses).
fn identifiers(text: &str, tokens: &[lex::Token]) -> Vec<String> {
    let mut names: Vec<String> = tokens
        .iter()
        .filter(|t| t.kind == Kind::Ident)
        .map(|t| text[t.start..t.end].to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn replace_token(text: &str, token: lex::Token, with: &str) -> String {
    format!("{}{}{}", &text[..token.start], with, &text[token.end..])
}

/// A number, string or rune literal replaced by an interesting value.
pub fn replace_literal(rng: &mut Rng, text: &str) -> String {
    let tokens = lex::tokens(text);
    let literals: Vec<&lex::Token> = tokens.iter().filter(|t| matches!(t.kind, Kind::Number | Kind::String)).collect();
    if literals.is_empty() {
        return wrap_operand(rng, text);
    }
    let token = **rng.pick(&literals);
    let replacement: &&str = rng.pick(NUMBERS);
    replace_token(text, token, replacement)
}

/// A binary or assignment operator replaced by another of its kind.
pub fn replace_operator(rng: &mut Rng, text: &str) -> String {
    let tokens = lex::tokens(text);
    let operators: Vec<&lex::Token> = tokens
        .iter()
        .filter(|t| {
            let op = &text[t.start..t.end];
            t.kind == Kind::Operator && (BINARY_OPERATORS.contains(&op) || ASSIGN_OPERATORS.contains(&op))
        })
        .collect();
    if operators.is_empty() {
        return insert_statement(rng, text);
    }
    let token = **rng.pick(&operators);
    let table = if BINARY_OPERATORS.contains(&&text[token.start..token.end]) {
        BINARY_OPERATORS
    } else {
        ASSIGN_OPERATORS
    };
    let replacement: &&str = rng.pick(table);
    replace_token(text, token, replacement)
}

/// An identifier or literal wrapped in an expression: a conversion, a
/// unary or binary operator, an index, a call...
pub fn wrap_operand(rng: &mut Rng, text: &str) -> String {
    let tokens = lex::tokens(text);
    let operands: Vec<&lex::Token> = tokens.iter().filter(|t| matches!(t.kind, Kind::Ident | Kind::Number)).collect();
    if operands.is_empty() {
        return insert_fragment(rng, text);
    }
    let token = **rng.pick(&operands);
    let x = &text[token.start..token.end];
    let other = rng.pick(&operands);
    let y = &text[other.start..other.end];
    let conversion = rng.pick(CONVERSIONS);
    let op = rng.pick(BINARY_OPERATORS);
    let wrapped = match rng.below(16) {
        0 => format!("({x})"),
        1..=3 => format!("{conversion}({x})"),
        4 => format!("-{x}"),
        5 => format!("^{x}"),
        6..=7 => format!("{x} {op} {y}"),
        8 => format!("{conversion}({x}) {op} {y}"),
        9 => format!("{x}[0]"),
        10 => format!("len({x})"),
        11 => format!("&{x}"),
        12 => format!("*{x}"),
        13 => format!("<-{x}"),
        14 => format!("{x}()"),
        _ => format!("{x}.{y}"),
    };
    replace_token(text, token, &wrapped)
}

/// A statement that uses the program's own names, inserted at the start of
/// a line inside a function body.
pub fn insert_statement(rng: &mut Rng, text: &str) -> String {
    let tokens = lex::tokens(text);
    let names = identifiers(text, &tokens);
    let x = names.get(rng.below(names.len())).map_or("x", String::as_str);
    let y = names.get(rng.below(names.len())).map_or("y", String::as_str);
    let t = rng.pick(TYPES);
    let c = rng.pick(CONVERSIONS);
    let op = rng.pick(BINARY_OPERATORS);
    let statement = match rng.below(24) {
        0 => format!("_ = {x}"),
        1 => format!("{x}++"),
        2 => format!("{x} = {y}"),
        3 => format!("{x} := {y}"),
        4 => format!("_ = {c}({x}) {op} {y}"),
        5 => format!("var {x} {t}"),
        6 => format!("defer func() {{ _ = {x} }}()"),
        7 => format!("go func() {{ _ = {x} }}()"),
        8 => format!("for range {x} {{}}"),
        9 => format!("for _, {y} := range {x} {{ _ = {y} }}"),
        10 => format!("if {x} {op} {y} {{}}"),
        11 => format!("switch {x} {{\ncase {y}:\n}}"),
        12 => format!("{x} <- {y}"),
        13 => format!("select {{\ncase {x} <- {y}:\ncase <-{x}:\ndefault:\n}}"),
        14 => format!("{x}, {y} = {y}, {x}"),
        15 => format!("fmt.Println({x}, {y})"),
        16 => format!("{x} = append({x}, {y})"),
        17 => format!("return {x}"),
        18 => format!("{x}({y})"),
        19 => format!("panic({x})"),
        20 => format!("close({x})"),
        21 => format!("{x}.{y}()"),
        22 => format!("{x}[{y}] = {y}"),
        _ => format!("func() {{ {x} = {y} }}()"),
    };
    // Lines inside bodies start with a tab in gofmt'd code.
    let starts: Vec<usize> = text.match_indices("\n\t").map(|(i, _)| i + 1).collect();
    let Some(&at) = starts.get(rng.below(starts.len())) else {
        return insert_fragment(rng, text);
    };
    format!("{}\t{}\n{}", &text[..at], statement, &text[at..])
}

/// A type name replaced by another type.
pub fn replace_type(rng: &mut Rng, text: &str) -> String {
    let tokens = lex::tokens(text);
    let types: Vec<&lex::Token> = tokens
        .iter()
        .filter(|t| t.kind == Kind::Ident && TYPES.contains(&&text[t.start..t.end]))
        .collect();
    if types.is_empty() {
        return wrap_operand(rng, text);
    }
    let token = **rng.pick(&types);
    let replacement: &&str = rng.pick(TYPES);
    replace_token(text, token, replacement)
}

/// A top-level declaration (from `func`, `type`, `var` or `const` at the
/// start of a line to the next one) of another input, added to this one.
pub fn splice_declaration(rng: &mut Rng, text: &str, other: &str) -> String {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(other.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| ["func ", "type ", "var ", "const "].iter().any(|k| other[i..].starts_with(k)))
        .collect();
    if starts.is_empty() {
        return line(rng, text);
    }
    let index = rng.below(starts.len());
    let start = starts[index];
    let end = starts.get(index + 1).copied().unwrap_or(other.len());
    let mut out = text.to_string();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&other[start..end]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GO: &str =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tfmt.Println(<-ch)\n}\n";

    #[test]
    fn mutations_are_deterministic_and_valid_text() {
        let corpus = vec![GO.to_string()];
        let run = |seed| {
            let mut rng = Rng::new(seed);
            (0..300).map(|_| mutate(&mut rng, GO, &corpus)).collect::<Vec<_>>()
        };
        let first = run(5);
        assert_eq!(first, run(5));
        assert_ne!(first, run(6));
        assert!(first.iter().all(|text| text.len() <= MAX_INPUT));
        assert!(first.iter().filter(|text| text.as_str() != GO).count() > 250);
    }
}
