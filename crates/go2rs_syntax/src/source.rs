//! Source files, spans and diagnostics shared by every stage.

use std::fmt;

/// A byte range in one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Index of the file in the [`SourceMap`].
    pub file: u32,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: u32, start: u32, end: u32) -> Span {
        Span { file, start, end }
    }

    /// The smallest span that covers both.
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One source file with its line index.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as the user gave it; diagnostics print it unchanged.
    pub path: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (offset, byte) in text.bytes().enumerate() {
            if byte == b'\n' {
                line_starts.push(offset as u32 + 1);
            }
        }
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (columns count bytes, as Go's do).
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let index = (line - 1) as usize;
        let start = self.line_starts[index] as usize;
        let end = self.line_starts.get(index + 1).map_or(self.text.len(), |&next| next as usize);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    pub fn snippet(&self, span: Span) -> &str {
        self.text.get(span.start as usize..span.end as usize).unwrap_or("")
    }
}

/// The source files of one translation.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> u32 {
        self.files.push(file);
        (self.files.len() - 1) as u32
    }

    pub fn file(&self, span: Span) -> &SourceFile {
        &self.files[span.file as usize]
    }

    /// `path:line:col` of a span's start.
    pub fn location(&self, span: Span) -> String {
        let file = self.file(span);
        let (line, col) = file.line_col(span.start);
        format!("{}:{line}:{col}", file.path)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// A problem found in the Go source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Span,
    /// A stable code for the kind of problem (`E0001`...), see the
    /// diagnostics catalogue.
    pub code: &'static str,
    pub message: String,
    /// What the user can do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            span,
            code,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// `path:line:col: error: message`.
    pub fn render(&self, sources: &SourceMap) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!("{}: {severity}: {}", sources.location(self.span), self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}: {}", self.span.start, self.span.end, self.message)
    }
}

/// Diagnostics collected by a stage; stages keep going after an error and
/// report everything they found.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn error(&mut self, code: &'static str, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(code, span, message));
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|diagnostic| diagnostic.severity == Severity::Error)
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Sorted by position, duplicates removed.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items
            .sort_by(|a, b| (a.span.file, a.span.start, &a.message).cmp(&(b.span.file, b.span.start, &b.message)));
        self.items.dedup();
        self.items
    }
}

/// The stable code of an `unsupported: <construct>` diagnostic, by the
/// construct's description. One table, documented in docs/diagnostics.md.
pub fn unsupported_code(construct: &str) -> &'static str {
    const TABLE: &[(&str, &str)] = &[
        ("generic", "E0210"),
        ("explicit type arguments", "E0210"),
        ("type constraints", "E0210"),
        ("struct embedding", "E0211"),
        ("type switches", "E0212"),
        ("type assertions", "E0213"),
        ("recover", "E0214"),
        ("goto", "E0215"),
        ("type declarations inside functions", "E0216"),
        ("range over functions", "E0217"),
        ("complex numbers", "E0218"),
        ("method expressions", "E0219"),
        ("method values", "E0219"),
        ("interface", "E0301"),
        ("custom error types", "E0301"),
        ("values of type any", "E0302"),
        ("printing an untyped nil", "E0302"),
        ("anonymous struct", "E0303"),
        ("variadic", "E0304"),
        ("passing a slice to fmt with", "E0304"),
        ("pointers to struct fields", "E0305"),
        ("pointer method on a struct field", "E0305"),
        ("slicing an array", "E0305"),
        ("range over a pointer to an array", "E0305"),
        ("deferring", "E0306"),
        ("blocking", "E0306"),
        ("passing the results of a call", "E0307"),
        ("initialised from a call with several results", "E0307"),
        ("loop variable that a closure captures", "E0308"),
        ("floating-point keys", "E0309"),
        ("interface keys", "E0309"),
    ];
    TABLE
        .iter()
        .find(|(phrase, _)| construct.contains(phrase))
        .map_or("E0300", |(_, code)| code)
}
