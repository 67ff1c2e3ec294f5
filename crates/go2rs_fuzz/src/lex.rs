//! A forgiving Go tokeniser for token-level mutations: it never fails, and
//! the tokens of any text, joined, give the text back.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ident,
    Keyword,
    Number,
    String,
    Comment,
    Operator,
    Bracket,
    Space,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

pub const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Longest first, so that the first match is the longest.
pub const OPERATORS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "<<", ">>", "&^", "~", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", ":", ";", ",", ".",
];

pub const BRACKETS: &[&str] = &["(", ")", "[", "]", "{", "}"];

pub fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let c = bytes[i];
        let kind = if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' {
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
            }
            Kind::Space
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80) {
                i += 1;
            }
            if KEYWORDS.contains(&&text[start..i]) {
                Kind::Keyword
            } else {
                Kind::Ident
            }
        } else if c.is_ascii_digit() || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i += 1;
            while i < bytes.len() {
                let b = bytes[i];
                let exponent_sign = (b == b'+' || b == b'-') && matches!(bytes[i - 1], b'e' | b'E' | b'p' | b'P');
                if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || exponent_sign {
                    i += 1;
                } else {
                    break;
                }
            }
            Kind::Number
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < bytes.len() && bytes[i] != c && bytes[i] != b'\n' {
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
        } else if let Some(op) = OPERATORS.iter().find(|op| text[i..].starts_with(**op)) {
            i += op.len();
            Kind::Operator
        } else if BRACKETS.contains(&&text[i..i + 1]) {
            i += 1;
            Kind::Bracket
        } else {
            i += 1;
            Kind::Other
        };
        // Keep every token on character boundaries.
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        out.push(Token {
            kind,
            start,
            end: i.min(bytes.len()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_the_text() {
        let text = "package main\n\nfunc main() { x := 1.5e+3 << 2 // hi\n\ts := \"a\\\"b\" + `raw` + 'c'; ch <- x /* c */ é }\n\"open";
        let tokens = tokens(text);
        let joined: String = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(joined, text);
        let kinds: Vec<Kind> = tokens.iter().filter(|t| t.kind != Kind::Space).map(|t| t.kind).take(6).collect();
        assert_eq!(
            kinds,
            [Kind::Keyword, Kind::Ident, Kind::Keyword, Kind::Ident, Kind::Bracket, Kind::Bracket]
        );
        assert!(tokens.iter().any(|t| &text[t.start..t.end] == "1.5e+3"));
        assert!(tokens.iter().any(|t| &text[t.start..t.end] == "<-"));
    }
}
