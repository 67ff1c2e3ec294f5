//! Running one input through go2rs and reading the outcome: a crash, or the
//! features (diagnostic codes, message shapes, runtime calls in the Rust)
//! that stand in for coverage.

use go2rs_syntax::{SourceFile, SourceMap};

/// The code of go2rs's internal-error diagnostic.
pub const INTERNAL: &str = "E0900";

/// What one run of the pipeline gave.
#[derive(Debug)]
pub enum Outcome {
    Translated(String),
    Diagnosed(Vec<(String, String)>),
    /// An internal error: the message of the E0900 diagnostic.
    Crashed(String),
}

pub fn run(input: &str) -> Outcome {
    let mut sources = SourceMap::default();
    sources.add(SourceFile::new("fuzz.go", input));
    match go2rs::translate(&sources) {
        Ok(rust) => Outcome::Translated(rust),
        Err(diagnostics) => {
            if let Some(internal) = diagnostics.iter().find(|d| d.code == INTERNAL) {
                return Outcome::Crashed(internal.message.clone());
            }
            Outcome::Diagnosed(diagnostics.into_iter().map(|d| (d.code.to_string(), d.message)).collect())
        }
    }
}

/// The features of an outcome: a new one makes the input worth keeping.
pub fn features(outcome: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    match outcome {
        Outcome::Translated(rust) => {
            out.push("translated".to_string());
            for name in rust_calls(rust) {
                out.push(format!("rust:{name}"));
            }
        }
        Outcome::Diagnosed(diagnostics) => {
            for (code, message) in diagnostics {
                out.push(format!("code:{code}"));
                out.push(format!("msg:{code}:{}", shape(message)));
            }
        }
        Outcome::Crashed(message) => out.push(format!("crash:{}", shape(message))),
    }
    out.sort();
    out.dedup();
    out
}

/// `path::name` and `.method(` names in generated Rust: which runtime and
/// std functions the translation reached, a proxy for code generation paths.
fn rust_calls(rust: &str) -> Vec<&str> {
    let bytes = rust.as_bytes();
    let mut names = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let after = if bytes[i..].starts_with(b"::") {
            Some(i + 2)
        } else if bytes[i] == b'.' {
            Some(i + 1)
        } else {
            None
        };
        if let Some(start) = after {
            let mut end = start;
            while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_') {
                end += 1;
            }
            // Lowercase names are functions and methods; capitalised ones
            // are types (the program's own names are not interesting).
            if end > start && bytes[start].is_ascii_lowercase() && !bytes[start].is_ascii_digit() {
                names.push(&rust[start..end]);
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// A message with its specifics (names, numbers, quoted text, types and
/// expressions) replaced, so that inputs that only rename things look alike.
pub fn shape(message: &str) -> String {
    for prefix in ["undefined: ", "declared and not used: ", "syntax error: unexpected "] {
        if message.starts_with(prefix) {
            return format!("{prefix}X");
        }
    }
    let mut out = String::new();
    let mut chars = message.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c == '"' || c == '`' || c == '\'' {
            let mut escaped = false;
            for (_, next) in chars.by_ref() {
                if next == c && !escaped {
                    break;
                }
                escaped = next == '\\' && !escaped;
            }
            out.push_str("\"*\"");
        } else if c.is_ascii_digit() {
            while chars
                .peek()
                .is_some_and(|(_, next)| next.is_ascii_alphanumeric() || *next == '_' || *next == '.')
            {
                chars.next();
            }
            out.push('N');
        } else if c.is_alphabetic() || c == '_' {
            let mut end = start + c.len_utf8();
            while let Some(&(at, next)) = chars.peek() {
                if next.is_alphanumeric() || next == '_' || next == '.' {
                    end = at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &message[start..end];
            if is_template_word(word) {
                out.push_str(word)
            } else {
                out.push('X')
            }
        } else {
            out.push(c);
        }
    }
    // Expressions and types in parentheses and after "undefined:" vary
    // without end; only the words around them matter.
    let mut collapsed = String::new();
    let mut last_x = false;
    for word in out.split(' ') {
        let is_x = word.trim_matches(|c: char| !c.is_alphanumeric()) == "X";
        if is_x && last_x {
            continue;
        }
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
        last_x = is_x;
    }
    collapsed
}

/// Lowercase words without digits, dots or underscores, three letters or
/// more (and the short English words): the fixed text of a message. Names
/// from the program are usually short, capitalised or compound.
fn is_template_word(word: &str) -> bool {
    const SHORT: &[&str] = &["a", "an", "as", "at", "be", "by", "in", "is", "it", "no", "of", "on", "or", "to"];
    let lowercase = word.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    lowercase && (word.len() >= 3 || SHORT.contains(&word)) && word.len() <= 16
}

/// A crash's identity: the same bug found through different inputs gives
/// the same signature.
pub fn signature(message: &str) -> String {
    format!("E0900 {}", shape(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_hide_names_and_numbers() {
        assert_eq!(shape("undefined: fooBar"), shape("undefined: x"));
        assert_eq!(shape("unsupported import \"net/http\""), "unsupported import \"*\"");
        assert_eq!(shape("index 3 out of bounds [0:2]"), shape("index 10 out of bounds [0:7]"));
        assert_eq!(shape("unsupported: type switches"), "unsupported: type switches");
    }

    #[test]
    fn translations_have_runtime_features() {
        let outcome =
            run("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\tfmt.Println(<-ch)\n}\n");
        let features = features(&outcome);
        assert!(features.contains(&"translated".to_string()), "{outcome:?}");
        assert!(features.iter().any(|f| f == "rust:send"), "{features:?}");
    }
}
