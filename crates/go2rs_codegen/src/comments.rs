//! Carrying the Go source's comments (and blank lines between statements)
//! into the Rust output.
//!
//! `prettyplease` prints a syntax tree, which has no room for ordinary
//! comments, so the generator emits marker macro calls (`go2rs_comment!(3);`)
//! where a comment attaches, and [`Comments::expand_markers`] replaces them
//! with the comment text after printing. Comments right before a declaration
//! become its doc comment.

use go2rs_analysis::Program;
use go2rs_syntax::{SourceMap, Span};
use proc_macro2::TokenStream;
use quote::quote;

struct Comment {
    start: u32,
    end: u32,
    text: String,
    taken: bool,
}

pub struct Comments {
    /// Per source file, in source order.
    files: Vec<Vec<Comment>>,
    texts: Vec<Vec<String>>,
    /// Per source file, the offsets of line starts (to detect blank lines
    /// and same-line comments).
    sources: Vec<String>,
    header: Vec<String>,
    file_name: String,
}

const COMMENT_MARKER: &str = "go2rs_comment!(";
const TRAILING_MARKER: &str = "go2rs_trailing!(";
const BLANK_MARKER: &str = "go2rs_blank!();";

impl Comments {
    pub fn new(program: &Program, sources: &SourceMap) -> Comments {
        let mut files: Vec<Vec<Comment>> = sources.files.iter().map(|_| Vec::new()).collect();
        let mut header = Vec::new();
        for file in &program.package.files {
            let Some(list) = files.get_mut(file.file_index) else {
                continue;
            };
            for comment in &file.comments {
                let before_package = comment.span.end <= file.package_name.span.start;
                if before_package && file.file_index == 0 {
                    header.extend(comment_lines(&comment.text));
                    continue;
                }
                if before_package {
                    continue;
                }
                list.push(Comment {
                    start: comment.span.start,
                    end: comment.span.end,
                    text: comment.text.clone(),
                    taken: false,
                });
            }
            list.sort_by_key(|comment| comment.start);
        }
        Comments {
            files,
            texts: Vec::new(),
            sources: sources.files.iter().map(|file| file.text.clone()).collect(),
            header,
            file_name: crate::source_name(sources),
        }
    }

    /// The module doc comment: where the file came from, then the Go
    /// file's leading comments.
    pub fn file_header(&self) -> TokenStream {
        let mut lines = vec![
            format!(" Translated from Go ({}) by go2rs.", self.file_name),
            String::new(),
            " Allowed lints: Go programs may store values they never read again".to_string(),
            " (`unused_assignments`), compare a float with itself to test for NaN".to_string(),
            " (`clippy::eq_op`), and spell out constants such as pi".to_string(),
            " (`clippy::approx_constant`).".to_string(),
        ];
        if !self.header.is_empty() {
            lines.push(String::new());
            lines.extend(self.header.iter().map(|line| {
                let text = line.strip_prefix("//").unwrap_or(line);
                text.to_string()
            }));
        }
        let docs = lines.iter().map(|line| quote!(#![doc = #line]));
        quote!(#(#docs)*)
    }

    /// Comments before `span` not attached yet, as marker statements, with
    /// a blank-line marker when the source has a blank line before the
    /// construct (or its comments).
    pub fn leading_markers(&mut self, span: Span, previous_end: Option<u32>) -> Vec<TokenStream> {
        let file = span.file as usize;
        let mut markers = Vec::new();
        let taken = self.take_before(file, span.start, previous_end);
        let first_start = taken.first().map_or(span.start, |comment| comment.0);
        if let Some(previous_end) = previous_end
            && self.blank_line_between(file, previous_end, first_start)
        {
            markers.push(quote!(go2rs_blank!();));
        }
        for (start, text) in taken {
            let _ = start;
            let index = self.texts.len();
            self.texts.push(comment_lines(&text));
            let index = proc_macro2::Literal::usize_unsuffixed(index);
            markers.push(quote!(go2rs_comment!(#index);));
        }
        markers
    }

    /// A comment on the same line right after `span` (`x := 1 // why`).
    pub fn trailing_marker(&mut self, span: Span) -> Option<TokenStream> {
        let file = span.file as usize;
        let source = self.sources.get(file)?;
        let line_end = source[span.end as usize..]
            .find('\n')
            .map_or(source.len(), |offset| span.end as usize + offset);
        let comments = self.files.get_mut(file)?;
        let comment = comments
            .iter_mut()
            .find(|comment| !comment.taken && comment.start >= span.end && (comment.end as usize) <= line_end)?;
        comment.taken = true;
        let index = self.texts.len();
        self.texts.push(comment_lines(&comment.text));
        let index = proc_macro2::Literal::usize_unsuffixed(index);
        Some(quote!(go2rs_trailing!(#index);))
    }

    /// The comment block directly above a declaration, as doc attributes;
    /// earlier comments as marker items.
    pub fn item_comments(&mut self, span: Span, previous_end: Option<u32>) -> (Vec<TokenStream>, Vec<TokenStream>) {
        let file = span.file as usize;
        let taken = self.take_before(file, span.start, previous_end);
        // The doc comment: the trailing run of comments with no blank line
        // between them and the declaration.
        let mut doc_from = taken.len();
        let mut next_start = span.start;
        for (index, (start, text)) in taken.iter().enumerate().rev() {
            let end = start + text.len() as u32;
            if self.blank_line_between(file, end, next_start) {
                break;
            }
            doc_from = index;
            next_start = *start;
        }
        let mut markers = Vec::new();
        let first_start = taken.first().map_or(span.start, |comment| comment.0);
        if let Some(previous_end) = previous_end
            && self.blank_line_between(file, previous_end, first_start)
        {
            markers.push(quote!(go2rs_blank!();));
        }
        for (_, text) in &taken[..doc_from] {
            let index = self.texts.len();
            self.texts.push(comment_lines(text));
            let index = proc_macro2::Literal::usize_unsuffixed(index);
            markers.push(quote!(go2rs_comment!(#index);));
        }
        let docs = taken[doc_from..]
            .iter()
            .flat_map(|(_, text)| comment_lines(text))
            .map(|line| {
                let line = line.strip_prefix("//").unwrap_or(&line).to_string();
                quote!(#[doc = #line])
            })
            .collect();
        (markers, docs)
    }

    fn take_before(&mut self, file: usize, offset: u32, after: Option<u32>) -> Vec<(u32, String)> {
        let Some(comments) = self.files.get_mut(file) else {
            return Vec::new();
        };
        let mut taken = Vec::new();
        for comment in comments.iter_mut() {
            if comment.taken || comment.end > offset {
                continue;
            }
            if after.is_some_and(|after| comment.start < after) {
                continue;
            }
            comment.taken = true;
            taken.push((comment.start, comment.text.clone()));
        }
        taken
    }

    fn blank_line_between(&self, file: usize, from: u32, to: u32) -> bool {
        let Some(source) = self.sources.get(file) else {
            return false;
        };
        let (from, to) = (from as usize, to as usize);
        if from >= to || to > source.len() {
            return false;
        }
        let between = &source[from..to];
        let mut newlines = 0;
        for line in between.split('\n').skip(1) {
            if line.trim().is_empty() {
                newlines += 1;
            }
        }
        // The last piece is the indentation before `to`, not a blank line.
        let trailing_blank = between.rsplit('\n').next().is_some_and(|last| last.trim().is_empty()) && between.contains('\n');
        newlines - usize::from(trailing_blank) > 0
    }

    /// Replaces the marker lines of the printed Rust with the comments.
    pub fn expand_markers(&self, text: &str) -> String {
        let mut out: Vec<String> = Vec::new();
        for line in text.lines() {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            if trimmed == BLANK_MARKER {
                if out
                    .last()
                    .is_some_and(|last| !last.trim().is_empty() && !last.trim_end().ends_with('{'))
                {
                    out.push(String::new());
                }
                continue;
            }
            if let Some(rest) = trimmed.strip_prefix(COMMENT_MARKER)
                && let Some(lines) = self.marker_text(rest)
            {
                for comment in lines {
                    out.push(format!("{indent}{comment}"));
                }
                continue;
            }
            if let Some(rest) = trimmed.strip_prefix(TRAILING_MARKER)
                && let Some(lines) = self.marker_text(rest)
            {
                match out.last_mut() {
                    Some(last) if !last.trim().is_empty() && lines.len() == 1 => {
                        last.push(' ');
                        last.push_str(&lines[0]);
                    }
                    _ => {
                        for comment in lines {
                            out.push(format!("{indent}{comment}"));
                        }
                    }
                }
                continue;
            }
            out.push(line.to_string());
        }
        let mut result = out.join("\n");
        result.push('\n');
        result
    }

    fn marker_text(&self, rest: &str) -> Option<&Vec<String>> {
        let index: usize = rest.trim_end_matches(");").trim().parse().ok()?;
        self.texts.get(index)
    }
}

/// A Go comment as `//` lines.
fn comment_lines(text: &str) -> Vec<String> {
    if let Some(body) = text.strip_prefix("/*") {
        let body = body.strip_suffix("*/").unwrap_or(body);
        return body
            .lines()
            .map(|line| {
                let line = line.trim_end();
                let line = line
                    .trim_start()
                    .strip_prefix('*')
                    .map(str::trim_start)
                    .unwrap_or(line.trim_start());
                if line.is_empty() { "//".to_string() } else { format!("// {line}") }
            })
            .collect();
    }
    vec![text.trim_end().to_string()]
}
