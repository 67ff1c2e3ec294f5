//! Diagnostics as people read them:
//!
//! ```text
//! main.go:6:17: error[E0100]: cannot use 5 (untyped int constant) as string value in variable declaration
//!    |
//!  6 |     var s string = 5
//!    |                    ^
//!    = hint: ...
//! ```
//!
//! Colour only when writing to a terminal (and `NO_COLOR` is not set).

use go2rs_syntax::{Diagnostic, Severity, SourceMap};

/// How to render.
#[derive(Clone, Copy, Debug, Default)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// Colour when standard error is a terminal and `NO_COLOR` is unset.
    pub fn for_stderr() -> Style {
        use std::io::IsTerminal;
        Style {
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty()),
        }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Every diagnostic with its source line and caret.
pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic], style: Style) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render_one(sources, diagnostic, style));
    }
    out
}

fn render_one(sources: &SourceMap, diagnostic: &Diagnostic, style: Style) -> String {
    let (severity, color) = match diagnostic.severity {
        Severity::Error => ("error", "1;31"),
        Severity::Warning => ("warning", "1;33"),
    };
    let label = style.paint(color, &format!("{severity}[{}]", diagnostic.code));
    let message = style.paint("1", &diagnostic.message);
    let Some(file) = sources.files.get(diagnostic.span.file as usize) else {
        return format!("{label}: {message}\n");
    };
    let (line, column) = file.line_col(diagnostic.span.start);
    let mut out = format!("{}:{line}:{column}: {label}: {message}\n", file.path);
    if diagnostic.span.end > 0 || diagnostic.span.start > 0 || !file.text.is_empty() {
        let text = file.line_text(line);
        let gutter = " ".repeat(line.to_string().len());
        let bar = style.paint("1;34", "|");
        // Tabs are shown as four spaces; the caret follows.
        let shown: String = text.replace('\t', "    ");
        let before = &text[..((column - 1) as usize).min(text.len())];
        let caret_start = before.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum::<usize>();
        let span_len = (diagnostic.span.end.saturating_sub(diagnostic.span.start)) as usize;
        let rest_of_line = text.len().saturating_sub(before.len());
        let caret_len = span_len.clamp(1, rest_of_line.max(1));
        let caret_len = text[before.len()..before.len() + caret_len.min(rest_of_line)]
            .chars()
            .count()
            .max(1);
        out.push_str(&format!("{gutter} {bar}\n"));
        out.push_str(&format!("{} {bar} {shown}\n", style.paint("1;34", &line.to_string())));
        out.push_str(&format!(
            "{gutter} {bar} {}{}\n",
            " ".repeat(caret_start),
            style.paint(color, &"^".repeat(caret_len))
        ));
    }
    if let Some(hint) = &diagnostic.hint {
        let gutter = " ".repeat(line.to_string().len());
        out.push_str(&format!(
            "{gutter} {} {}: {hint}\n",
            style.paint("1;34", "="),
            style.paint("1", "hint")
        ));
    }
    out
}

/// The explanation of a diagnostic code, from docs/diagnostics.md.
pub fn explain(code: &str) -> Option<String> {
    const CATALOGUE: &str = include_str!("../../../docs/diagnostics.md");
    let code = code.trim().to_ascii_uppercase();
    let heading = format!("## {code}");
    let start = CATALOGUE
        .find(&format!("{heading}:"))
        .or_else(|| CATALOGUE.find(&format!("{heading}\n")))?;
    let rest = &CATALOGUE[start..];
    let end = rest[heading.len()..]
        .find("\n## ")
        .map_or(rest.len(), |offset| offset + heading.len());
    Some(rest[..end].trim_end().to_string() + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use go2rs_syntax::{SourceFile, Span};

    #[test]
    fn caret_under_the_span_with_tabs() {
        let mut sources = SourceMap::default();
        sources.add(SourceFile::new("main.go", "package main\n\nfunc main() {\n\tvar s string = 5\n}\n"));
        let start = sources.files[0].text.find('5').unwrap() as u32;
        let diagnostic = Diagnostic::error("E0100", Span::new(0, start, start + 1), "cannot use 5").with_hint("fix it");
        let text = render(&sources, &[diagnostic], Style::default());
        assert_eq!(
            text,
            "main.go:4:17: error[E0100]: cannot use 5\n  |\n4 |     var s string = 5\n  |                    ^\n  = hint: fix it\n"
        );
    }

    #[test]
    fn explains_known_codes_only() {
        let text = explain("e0100").expect("E0100 is documented");
        assert!(text.starts_with("## E0100"), "{text}");
        assert!(explain("E9999").is_none());
    }
}
