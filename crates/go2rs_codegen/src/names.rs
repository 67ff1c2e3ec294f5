//! Rust names for Go identifiers: snake_case for functions, variables and
//! fields, CamelCase for types, SCREAMING_CASE for constants and package
//! variables; Rust keywords get a trailing underscore.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, Span};

/// Words Rust reserves (strict and reserved keywords of the 2024 edition),
/// plus names the translation uses itself.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where",
    "while", "yield", "abstract", "become",
];

pub fn is_keyword(name: &str) -> bool {
    RUST_KEYWORDS.contains(&name)
}

/// `userID` → `user_id`, `HTTPServer` → `http_server`, `x2` → `x2`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (index, &ch) in chars.iter().enumerate() {
        if ch.is_uppercase() {
            let previous = if index > 0 { Some(chars[index - 1]) } else { None };
            let next = chars.get(index + 1).copied();
            let boundary = match previous {
                None => false,
                Some('_') => false,
                Some(previous) if previous.is_lowercase() || previous.is_ascii_digit() => true,
                Some(previous) if previous.is_uppercase() => next.is_some_and(|next| next.is_lowercase()),
                _ => false,
            };
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(ch.to_lowercase());
        } else {
            out.push(ch);
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    sanitize(out)
}

/// `point` → `Point`, `httpServer` → `HttpServer`, `ID` → `Id`.
pub fn camel_case(name: &str) -> String {
    let snake = snake_case(name);
    let mut out = String::new();
    for part in snake.split('_').filter(|part| !part.is_empty()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    if out.is_empty() {
        out.push_str("Unnamed");
    }
    sanitize(out)
}

/// `maxWorkers` → `MAX_WORKERS`.
pub fn screaming_case(name: &str) -> String {
    sanitize(snake_case(name).trim_end_matches('_').to_uppercase())
}

/// A valid Rust identifier that is not a keyword.
fn sanitize(mut name: String) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if is_keyword(&name) || name == "_" {
        name.push('_');
    }
    name
}

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Hands out names that do not clash within a namespace.
#[derive(Default)]
pub struct Namespace {
    taken: HashSet<String>,
}

impl Namespace {
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_string());
    }

    /// `base`, or `base_2`, `base_3`... when taken (`Base2` for CamelCase
    /// names).
    pub fn fresh(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_string()) {
            return base.to_string();
        }
        let camel = base.starts_with(|c: char| c.is_ascii_uppercase()) && base.chars().any(|c| c.is_ascii_lowercase());
        for index in 2.. {
            let candidate = if camel {
                format!("{base}{index}")
            } else {
                format!("{base}_{index}")
            };
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!()
    }
}

/// Names of one function's locals: a Go name keeps one Rust name in the
/// function (Rust shadowing mirrors Go's scopes); two Go names that would
/// meet in one Rust name are told apart.
#[derive(Default, Clone)]
pub struct LocalNames {
    by_go_name: HashMap<String, String>,
    used: HashSet<String>,
}

impl LocalNames {
    pub fn with_reserved(reserved: impl IntoIterator<Item = String>) -> LocalNames {
        LocalNames {
            by_go_name: HashMap::new(),
            used: reserved.into_iter().collect(),
        }
    }

    pub fn name(&mut self, go_name: &str) -> String {
        if let Some(name) = self.by_go_name.get(go_name) {
            return name.clone();
        }
        let base = snake_case(go_name);
        let mut candidate = base.clone();
        let mut index = 2;
        while self.used.contains(&candidate) {
            candidate = format!("{base}_{index}");
            index += 1;
        }
        self.used.insert(candidate.clone());
        self.by_go_name.insert(go_name.to_string(), candidate.clone());
        candidate
    }

    /// The names a function literal starts with: its enclosing function's.
    pub fn clone_for_literal(&self) -> LocalNames {
        self.clone()
    }

    /// Takes over the names a literal used, so that the enclosing function
    /// does not hand them out again.
    pub fn absorb(&mut self, inner: &LocalNames) {
        self.used.extend(inner.used.iter().cloned());
        for (go_name, name) in &inner.by_go_name {
            self.by_go_name.entry(go_name.clone()).or_insert_with(|| name.clone());
        }
    }

    /// A name for a variable the translation introduces.
    pub fn temp(&mut self, base: &str) -> String {
        let mut candidate = base.to_string();
        let mut index = 2;
        while self.used.contains(&candidate) || self.by_go_name.contains_key(&candidate) {
            candidate = format!("{base}_{index}");
            index += 1;
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake_case("userID"), "user_id");
        assert_eq!(snake_case("HTTPServer"), "http_server");
        assert_eq!(snake_case("MaxRetries"), "max_retries");
        assert_eq!(snake_case("x2"), "x2");
        assert_eq!(snake_case("in"), "in_");
        assert_eq!(snake_case("ID"), "id");
        assert_eq!(snake_case("already_snake"), "already_snake");
        assert_eq!(camel_case("point"), "Point");
        assert_eq!(camel_case("httpServer"), "HttpServer");
        assert_eq!(screaming_case("maxWorkers"), "MAX_WORKERS");
        assert_eq!(screaming_case("ErrNotFound"), "ERR_NOT_FOUND");
        assert_eq!(screaming_case("self"), "SELF");
    }

    #[test]
    fn local_names_differ() {
        let mut names = LocalNames::default();
        assert_eq!(names.name("userID"), "user_id");
        assert_eq!(names.name("userId"), "user_id_2");
        assert_eq!(names.name("userID"), "user_id");
        assert_eq!(names.temp("user_id"), "user_id_3");
    }
}
