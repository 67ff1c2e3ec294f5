//! Go source to an owned, spanned syntax tree.
//!
//! This is the only go2rs crate that touches tree-sitter: it converts the
//! concrete tree into [`ast`] once and reports every syntax error it finds.

pub mod ast;
mod lower;
pub mod source;

pub use source::{Diagnostic, Diagnostics, Severity, SourceFile, SourceMap, Span, unsupported_code};

/// Parses the files of one package. Every file is parsed even when an earlier
/// one has errors; the returned diagnostics cover all of them.
pub fn parse_package(sources: &SourceMap) -> (ast::Package, Diagnostics) {
    lower::parse_package(sources)
}
