//! The standard library packages go2rs translates, declared in Go (the
//! `stdlib/*.go` files): the checker reads them like user code, and the
//! runtime crate implements them under the same names.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use go2rs_syntax::ast;
use go2rs_syntax::{SourceFile, SourceMap};

/// Import paths go2rs translates.
pub const SUPPORTED: &[&str] = &[
    "bufio",
    "cmp",
    "context",
    "errors",
    "fmt",
    "io",
    "iter",
    "maps",
    "math",
    "os",
    "runtime",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "time",
    "unicode",
    "unicode/utf8",
    "golang.org/x/sync/errgroup",
];

const SOURCES: &[(&str, &str)] = &[
    ("bufio", include_str!("stdlib/bufio.go")),
    ("cmp", include_str!("stdlib/cmp.go")),
    ("context", include_str!("stdlib/context.go")),
    ("errors", include_str!("stdlib/errors.go")),
    ("fmt", include_str!("stdlib/fmt.go")),
    ("io", include_str!("stdlib/io.go")),
    ("iter", include_str!("stdlib/iter.go")),
    ("maps", include_str!("stdlib/maps.go")),
    ("math", include_str!("stdlib/math.go")),
    ("os", include_str!("stdlib/os.go")),
    ("runtime", include_str!("stdlib/runtime.go")),
    ("slices", include_str!("stdlib/slices.go")),
    ("sort", include_str!("stdlib/sort.go")),
    ("strconv", include_str!("stdlib/strconv.go")),
    ("strings", include_str!("stdlib/strings.go")),
    ("sync", include_str!("stdlib/sync.go")),
    ("sync/atomic", include_str!("stdlib/atomic.go")),
    ("time", include_str!("stdlib/time.go")),
    ("unicode", include_str!("stdlib/unicode.go")),
    ("unicode/utf8", include_str!("stdlib/utf8.go")),
    ("golang.org/x/sync/errgroup", include_str!("stdlib/errgroup.go")),
];

struct Stub {
    file: ast::File,
    /// Start offsets of declarations preceded by `//go2rs:blocking`.
    blocking: HashSet<u32>,
}

fn stubs() -> &'static HashMap<&'static str, Stub> {
    static STUBS: OnceLock<HashMap<&'static str, Stub>> = OnceLock::new();
    STUBS.get_or_init(|| {
        let mut stubs = HashMap::new();
        for (path, text) in SOURCES {
            let mut sources = SourceMap::default();
            sources.add(SourceFile::new(format!("<go2rs stdlib {path}>"), *text));
            let (mut package, diagnostics) = go2rs_syntax::parse_package(&sources);
            assert!(
                !diagnostics.has_errors(),
                "go2rs's declarations of {path} do not parse: {:?}",
                diagnostics.items
            );
            let file = package.files.remove(0);
            let mut blocking = HashSet::new();
            for comment in &file.comments {
                if comment.text.trim() == "//go2rs:blocking" {
                    // The declaration that starts after the comment's line.
                    let rest = &text[comment.span.end as usize..];
                    let skipped = rest.len() - rest.trim_start().len();
                    blocking.insert(comment.span.end + skipped as u32);
                }
            }
            stubs.insert(*path, Stub { file, blocking });
        }
        stubs
    })
}

pub fn is_supported(path: &str) -> bool {
    SUPPORTED.contains(&path)
}

/// The parsed declarations of a standard library package.
pub(crate) fn parsed(path: &str) -> Option<&'static ast::File> {
    stubs().get(path).map(|stub| &stub.file)
}

/// Whether a declaration of a standard library package can block.
pub(crate) fn is_blocking_directive(_sources: &SourceMap, func: &ast::FuncDecl, package: Option<&str>) -> bool {
    let Some(package) = package else {
        return false;
    };
    stubs().get(package).is_some_and(|stub| stub.blocking.contains(&func.span.start))
}
