//! Parsing with tree-sitter-go and lowering of the concrete tree into [`ast`].
//!
//! Every file is parsed even when it has errors. Syntax errors come from the
//! tree's `ERROR` and missing nodes (see [`report_syntax_errors`]); the
//! lowering turns whatever it cannot represent into `Bad` nodes, so callers
//! always get a complete [`ast::Package`] along with the diagnostics.
//!
//! The lowering recurses over the tree, so it counts its nesting and stops
//! with `E0002` at [`MAX_NESTING`]: the concrete tree itself may be arbitrarily
//! deep (tree-sitter parses without recursion) but the stack is not.

use tree_sitter::{Node, Parser};

use crate::ast::{
    self, AssignOp, BinaryOp, Block, CaseClause, ChanDir, CommClause, ConstDecl, ConstSpec, Decl, Element, ElementValue, Expr, ExprId,
    ExprKind, FieldDecl, FuncDecl, FuncType, Ident, Import, InterfaceElem, NodeId, Param, Stmt, StmtKind, TypeCaseClause, TypeDecl,
    TypeExpr, TypeExprKind, TypeParam, TypeSpec, UnaryOp, VarDecl, VarSpec,
};
use crate::source::{Diagnostics, SourceMap, Span};

/// How deeply expressions, types, statements and literal values may nest.
/// The deepest nesting in Go's own tree (GOROOT/src and GOROOT/test) is 943,
/// a 940-term string concatenation in x/text's generated Unicode tables;
/// hand-written code stays below 100. The limit bounds the depth of the AST,
/// and with it the stack that any recursive walk of it (the lowering, `Drop`,
/// the later stages) needs.
const MAX_NESTING: u32 = 3000;

/// The longest token text quoted in an "unexpected" message.
const MAX_TOKEN_TEXT: usize = 40;

/// The stack of the thread that runs the lowering: enough for [`MAX_NESTING`]
/// levels even in unoptimised builds (about 2 KiB a level, 0.5 KiB optimised),
/// with a wide margin. Only the pages actually used are committed.
const LOWERING_STACK: usize = 64 << 20;

/// Parses and lowers every file, on a thread with a known stack so that the
/// nesting limit holds whatever stack the caller has (test threads get 2 MiB).
pub(crate) fn parse_package(sources: &SourceMap) -> (ast::Package, Diagnostics) {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("go2rs-parse".to_string())
            .stack_size(LOWERING_STACK)
            .spawn_scoped(scope, || parse_package_on_this_thread(sources));
        match worker {
            Ok(worker) => match worker.join() {
                Ok(result) => result,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            // No thread available: the caller's stack will have to do.
            Err(_) => parse_package_on_this_thread(sources),
        }
    })
}

fn parse_package_on_this_thread(sources: &SourceMap) -> (ast::Package, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let mut parser = Parser::new();
    let language_ok = parser.set_language(&tree_sitter_go::LANGUAGE.into()).is_ok();
    let mut ids = IdCounters::default();
    let mut files = Vec::with_capacity(sources.files.len());

    for (file_index, source) in sources.files.iter().enumerate() {
        let mut lowerer = Lowerer {
            src: &source.text,
            file: file_index as u32,
            ids,
            depth: 0,
            diagnostics: Diagnostics::default(),
        };
        let tree = if language_ok { parser.parse(&source.text, None) } else { None };
        // A debugging aid: the parser's tree, as tree-sitter prints it.
        if let Some(tree) = &tree
            && std::env::var_os("GO2RS_DUMP_TREE").is_some()
        {
            eprintln!("{}", tree.root_node().to_sexp());
        }
        let file = match &tree {
            Some(tree) => lowerer.lower_file(tree.root_node()),
            None => {
                lowerer.error(
                    Span::new(file_index as u32, 0, 0),
                    "syntax error: the Go parser could not process this file",
                );
                lowerer.empty_file()
            }
        };
        ids = lowerer.ids;
        diagnostics.extend(lowerer.diagnostics);
        files.push(file);
    }

    let package = ast::Package {
        files,
        expr_count: ids.expr,
        node_count: ids.node,
    };
    (package, diagnostics)
}

/// The next free ids, shared by all files of the package.
#[derive(Clone, Copy, Default)]
struct IdCounters {
    expr: u32,
    node: u32,
}

/// Lowers the tree of one file.
struct Lowerer<'s> {
    src: &'s str,
    file: u32,
    ids: IdCounters,
    /// Current nesting of expressions, types, statements and literal values.
    depth: u32,
    diagnostics: Diagnostics,
}

// ---------------------------------------------------------------------------
// Tree helpers (free functions: they need no lowering state).

/// The named children of `node`, without comments and `ERROR` nodes (both are
/// "extras" that can appear anywhere; errors are reported separately).
fn named_kids<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).filter(|child| is_content(*child)).collect()
}

/// The named children of `node` held by `field`.
fn field_kids<'t>(node: Node<'t>, field: &str) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.children_by_field_name(field, &mut cursor)
        .filter(|child| child.is_named() && is_content(*child))
        .collect()
}

/// The named children of `node` that no field holds.
fn unfielded_kids<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut kids = Vec::new();
    let mut cursor = node.walk();
    if cursor.goto_first_child() {
        loop {
            let child = cursor.node();
            if cursor.field_name().is_none() && child.is_named() && is_content(child) {
                kids.push(child);
            }
            if !cursor.goto_next_sibling() {
                break;
            }
        }
    }
    kids
}

fn field<'t>(node: Node<'t>, name: &str) -> Option<Node<'t>> {
    node.child_by_field_name(name).filter(|child| is_content(*child))
}

/// True for nodes that are part of the program (not a comment or an error).
fn is_content(node: Node) -> bool {
    !node.is_extra() && !node.is_error()
}

/// True when `node` has an anonymous child token `token`.
fn has_token(node: Node, token: &str) -> bool {
    let mut cursor = node.walk();
    node.children(&mut cursor).any(|child| !child.is_named() && child.kind() == token)
}

fn is_type_kind(kind: &str) -> bool {
    matches!(
        kind,
        "type_identifier"
            | "qualified_type"
            | "generic_type"
            | "pointer_type"
            | "slice_type"
            | "array_type"
            | "implicit_length_array_type"
            | "map_type"
            | "channel_type"
            | "function_type"
            | "struct_type"
            | "interface_type"
            | "negated_type"
            | "parenthesized_type"
    )
}

/// Kinds that lower to [`ExprKind::Ident`]: the predeclared `true`, `false`,
/// `nil` and `iota` are ordinary identifiers in Go.
fn is_name_kind(kind: &str) -> bool {
    matches!(kind, "identifier" | "true" | "false" | "nil" | "iota")
}

fn binary_op(operator: &str) -> Option<BinaryOp> {
    Some(match operator {
        "+" => BinaryOp::Add,
        "-" => BinaryOp::Sub,
        "*" => BinaryOp::Mul,
        "/" => BinaryOp::Div,
        "%" => BinaryOp::Rem,
        "&" => BinaryOp::And,
        "|" => BinaryOp::Or,
        "^" => BinaryOp::Xor,
        "<<" => BinaryOp::Shl,
        ">>" => BinaryOp::Shr,
        "&^" => BinaryOp::AndNot,
        "&&" => BinaryOp::LogicalAnd,
        "||" => BinaryOp::LogicalOr,
        "==" => BinaryOp::Eq,
        "!=" => BinaryOp::Ne,
        "<" => BinaryOp::Lt,
        "<=" => BinaryOp::Le,
        ">" => BinaryOp::Gt,
        ">=" => BinaryOp::Ge,
        _ => return None,
    })
}

fn unary_op(operator: &str) -> Option<UnaryOp> {
    Some(match operator {
        "+" => UnaryOp::Plus,
        "-" => UnaryOp::Neg,
        "!" => UnaryOp::Not,
        "^" => UnaryOp::Complement,
        "&" => UnaryOp::Addr,
        "*" => UnaryOp::Deref,
        "<-" => UnaryOp::Recv,
        _ => return None,
    })
}

fn assign_op(operator: &str) -> Option<AssignOp> {
    if operator == "=" {
        return Some(AssignOp::Assign);
    }
    operator
        .strip_suffix('=')
        .and_then(binary_op)
        .filter(|op| !op.is_comparison() && !matches!(op, BinaryOp::LogicalAnd | BinaryOp::LogicalOr))
        .map(AssignOp::Compound)
}

// ---------------------------------------------------------------------------
// Syntax errors and comments: iterative walks over the whole tree.

/// Reports every `ERROR` node (without descending into it) and every missing
/// node.
fn report_syntax_errors(root: Node, src: &str, file: u32, diagnostics: &mut Diagnostics) {
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        let span = Span::new(file, node.start_byte() as u32, node.end_byte() as u32);
        let mut descend = false;
        if node.is_error() {
            let token = describe_token(first_token(node), src);
            diagnostics.error("E0001", span, format!("syntax error: unexpected {token}"));
        } else if node.is_missing() {
            diagnostics.error("E0001", span, format!("syntax error: missing {}", describe_kind(node.kind())));
        } else {
            descend = node.has_error();
        }
        if descend && cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

/// The first token (leaf) of `node`, skipping comments.
fn first_token(node: Node) -> Option<Node> {
    let mut cursor = node.walk();
    loop {
        let current = cursor.node();
        if current.kind() != "comment" && current.child_count() == 0 {
            return Some(current);
        }
        if current.kind() != "comment" && cursor.goto_first_child() {
            continue;
        }
        // A comment, or a node without usable children: try the next one.
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() || cursor.node() == node {
                return None;
            }
        }
    }
}

/// How an "unexpected" message names a token, as Go's compiler does.
fn describe_token(token: Option<Node>, src: &str) -> String {
    let Some(token) = token else {
        return "EOF".to_string();
    };
    let mut text = src.get(token.byte_range()).unwrap_or("");
    if text.is_empty() {
        // An empty token: name the character where it stands.
        let rest = src.get(token.start_byte()..).unwrap_or("");
        text = rest.chars().next().map_or("", |c| &rest[..c.len_utf8()]);
    }
    match text {
        "" | "\0" => return "EOF".to_string(),
        "\n" => return "newline".to_string(),
        _ => {}
    }
    let line = text.lines().next().unwrap_or("");
    if line.len() > MAX_TOKEN_TEXT || line.len() < text.len() {
        let mut end = MAX_TOKEN_TEXT.min(line.len());
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}...", &line[..end])
    } else {
        line.to_string()
    }
}

/// How a "missing" message names a node kind.
fn describe_kind(kind: &str) -> String {
    match kind {
        "\n" => "newline".to_string(),
        "\0" => "EOF".to_string(),
        "identifier" | "type_identifier" | "field_identifier" | "package_identifier" | "label_name" => "identifier".to_string(),
        _ => kind.replace('_', " "),
    }
}

/// Every comment of the tree, in source order.
fn collect_comments(root: Node, src: &str, file: u32) -> Vec<ast::Comment> {
    let mut comments = Vec::new();
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.kind() == "comment" {
            comments.push(ast::Comment {
                span: Span::new(file, node.start_byte() as u32, node.end_byte() as u32),
                text: src.get(node.byte_range()).unwrap_or("").to_string(),
            });
        } else if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return comments;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Literal decoding.

/// One decoded element of a string or rune literal.
enum Unit {
    /// A character (written, or from `\n`, `\u...`...).
    Char(u32),
    /// A raw byte (from `\x..` or an octal escape).
    Byte(u8),
}

/// A problem in a literal: byte range relative to the literal body, message.
struct EscapeError {
    start: usize,
    end: usize,
    message: String,
}

/// Decodes the body of an interpreted string or rune literal (the text
/// between the quotes) following Go's rules; `quote` is `"` or `'`.
fn unescape(body: &str, quote: char) -> (Vec<Unit>, Vec<EscapeError>) {
    let mut units = Vec::new();
    let mut errors = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c != '\\' {
            units.push(Unit::Char(c as u32));
            continue;
        }
        let Some((_, escape)) = chars.next() else {
            errors.push(EscapeError {
                start,
                end: body.len(),
                message: "escape sequence not terminated".to_string(),
            });
            break;
        };
        let simple = match escape {
            'a' => Some(0x07),
            'b' => Some(0x08),
            'f' => Some(0x0C),
            'n' => Some(0x0A),
            'r' => Some(0x0D),
            't' => Some(0x09),
            'v' => Some(0x0B),
            '\\' => Some(u32::from('\\')),
            '\'' | '"' if escape == quote => Some(escape as u32),
            _ => None,
        };
        if let Some(value) = simple {
            units.push(Unit::Char(value));
            continue;
        }
        let (digits, radix, name) = match escape {
            'x' => (2, 16, "hexadecimal"),
            'u' => (4, 16, "Unicode"),
            'U' => (8, 16, "Unicode"),
            '0'..='7' => (3, 8, "octal"),
            _ => {
                errors.push(EscapeError {
                    start,
                    end: start + 1 + escape.len_utf8(),
                    message: "unknown escape sequence".to_string(),
                });
                continue;
            }
        };
        // Octal escapes count the first digit already consumed.
        let mut value = if radix == 8 { escape as u32 - '0' as u32 } else { 0 };
        let mut read = if radix == 8 { 1 } else { 0 };
        let mut end = start + 1 + escape.len_utf8();
        while read < digits {
            let Some(&(offset, digit)) = chars.peek() else {
                break;
            };
            let Some(digit_value) = digit.to_digit(radix) else {
                break;
            };
            chars.next();
            value = value * radix + digit_value;
            read += 1;
            end = offset + digit.len_utf8();
        }
        if read < digits {
            errors.push(EscapeError {
                start,
                end,
                message: format!("invalid {name} escape sequence: expected {digits} digits"),
            });
            continue;
        }
        match escape {
            'x' => units.push(Unit::Byte(value as u8)),
            'u' | 'U' => {
                if char::from_u32(value).is_some() {
                    units.push(Unit::Char(value));
                } else {
                    errors.push(EscapeError {
                        start,
                        end,
                        message: format!("escape sequence is invalid Unicode code point U+{value:04X}"),
                    });
                }
            }
            _ => {
                if value > 255 {
                    errors.push(EscapeError {
                        start,
                        end,
                        message: format!("octal escape value {value} > 255"),
                    });
                } else {
                    units.push(Unit::Byte(value as u8));
                }
            }
        }
    }
    (units, errors)
}

fn units_to_bytes(units: &[Unit]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for unit in units {
        match *unit {
            Unit::Byte(byte) => bytes.push(byte),
            Unit::Char(code) => {
                let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
                let mut buffer = [0; 4];
                bytes.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
            }
        }
    }
    bytes
}

/// Strips one leading and one trailing delimiter when present (a literal cut
/// short by a syntax error may lack the closing one).
fn strip_delimiters(text: &str, delimiter: char) -> (&str, usize) {
    let (body, offset) = match text.strip_prefix(delimiter) {
        Some(rest) => (rest, delimiter.len_utf8()),
        None => (text, 0),
    };
    (body.strip_suffix(delimiter).unwrap_or(body), offset)
}

// ---------------------------------------------------------------------------
// The lowering.

impl<'s> Lowerer<'s> {
    // --- basics -----------------------------------------------------------

    fn span(&self, node: Node) -> Span {
        Span::new(self.file, node.start_byte() as u32, node.end_byte() as u32)
    }

    fn span_between(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start as u32, end.max(start) as u32)
    }

    fn text(&self, node: Node) -> &'s str {
        self.src.get(node.byte_range()).unwrap_or("")
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diagnostics.error("E0001", span, message);
    }

    fn next_expr_id(&mut self) -> ExprId {
        let id = ExprId(self.ids.expr);
        self.ids.expr += 1;
        id
    }

    fn next_node_id(&mut self) -> NodeId {
        let id = NodeId(self.ids.node);
        self.ids.node += 1;
        id
    }

    fn ident(&mut self, node: Node) -> Ident {
        let name = self.text(node).to_string();
        self.ident_named(name, self.span(node))
    }

    fn ident_named(&mut self, name: String, span: Span) -> Ident {
        Ident {
            id: self.next_node_id(),
            name,
            span,
        }
    }

    /// An identifier from a node that may be absent (after a syntax error).
    fn ident_or_blank(&mut self, node: Option<Node>, fallback: Span) -> Ident {
        match node {
            Some(node) => self.ident(node),
            None => self.ident_named(String::new(), fallback),
        }
    }

    fn new_expr(&mut self, span: Span, kind: ExprKind) -> Expr {
        Expr {
            id: self.next_expr_id(),
            span,
            kind,
        }
    }

    fn bad_expr(&mut self, span: Span) -> Expr {
        self.new_expr(span, ExprKind::Bad)
    }

    /// A span just past `node`, for something that should follow it but is
    /// absent after a syntax error.
    fn span_after(&self, node: Node) -> Span {
        self.span_between(node.end_byte(), node.end_byte())
    }

    /// Enters one nesting level; false (after a diagnostic) when too deep.
    fn enter(&mut self, node: Node) -> bool {
        if self.depth >= MAX_NESTING {
            let span = self.span(node);
            self.diagnostics.error("E0002", span, "expression nested too deeply");
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A node the lowering does not expect here. Errors inside it were already
    /// reported; otherwise it is reported now.
    fn unexpected(&mut self, node: Node) {
        if !node.has_error() {
            let token = describe_token(first_token(node), self.src);
            self.error(self.span(node), format!("syntax error: unexpected {token}"));
        }
    }

    // --- files and declarations -------------------------------------------

    fn empty_file(&mut self) -> ast::File {
        let span = Span::new(self.file, 0, 0);
        ast::File {
            file_index: self.file as usize,
            package_name: self.ident_named(String::new(), span),
            imports: Vec::new(),
            decls: Vec::new(),
            comments: Vec::new(),
        }
    }

    fn lower_file(&mut self, root: Node) -> ast::File {
        if root.has_error() {
            report_syntax_errors(root, self.src, self.file, &mut self.diagnostics);
        }
        let comments = collect_comments(root, self.src, self.file);

        let mut package_name = None;
        let mut imports = Vec::new();
        let mut decls = Vec::new();
        // Error recovery often leaves the rest of a broken line as a
        // top-level statement: that one is covered by the error before it.
        let mut after_error = false;
        let mut cursor = root.walk();
        let children: Vec<Node> = root.named_children(&mut cursor).collect();
        for child in children {
            if child.kind() == "comment" {
                continue;
            }
            if child.is_error() {
                after_error = true;
                continue;
            }
            match child.kind() {
                "package_clause" => {
                    if package_name.is_some() || !imports.is_empty() || !decls.is_empty() {
                        let message = if package_name.is_some() {
                            "syntax error: non-declaration statement outside function body"
                        } else {
                            "syntax error: package statement must be first"
                        };
                        self.error(self.span(child), message);
                    }
                    if package_name.is_none() {
                        package_name = Some(self.lower_package_clause(child));
                    }
                }
                "import_declaration" => {
                    if !decls.is_empty() {
                        self.error(self.span(child), "syntax error: imports must appear before other declarations");
                    }
                    self.lower_imports(child, &mut imports);
                }
                _ => match self.lower_decl(child) {
                    Some(decl) => decls.push(decl),
                    None if !child.has_error() && !after_error => {
                        self.error(self.span(child), "syntax error: non-declaration statement outside function body")
                    }
                    None => {}
                },
            }
            after_error = false;
        }

        let package_name = match package_name {
            Some(name) => name,
            None => self.missing_package_clause(root),
        };
        ast::File {
            file_index: self.file as usize,
            package_name,
            imports,
            decls,
            comments,
        }
    }

    /// A top-level declaration; `None` when `node` is something else.
    fn lower_decl(&mut self, node: Node) -> Option<Decl> {
        Some(match node.kind() {
            "function_declaration" | "method_declaration" => Decl::Func(self.lower_func_decl(node)),
            "var_declaration" => Decl::Var(self.lower_var_decl(node)),
            "const_declaration" => Decl::Const(self.lower_const_decl(node)),
            "type_declaration" => Decl::Type(self.lower_type_decl(node)),
            _ => return None,
        })
    }

    fn lower_package_clause(&mut self, clause: Node) -> Ident {
        let name = named_kids(clause).into_iter().find(|kid| kid.kind() == "package_identifier");
        self.ident_or_blank(name, self.span_after(clause))
    }

    /// Without a package clause at the top: a clause (or a lone `package`
    /// keyword) swallowed by an `ERROR` node was reported with that node;
    /// otherwise the clause is reported as missing.
    fn missing_package_clause(&mut self, root: Node) -> Ident {
        let mut cursor = root.walk();
        let errors: Vec<Node> = root.children(&mut cursor).filter(|child| child.is_error()).collect();
        for error in errors {
            let mut inner = error.walk();
            let kids: Vec<Node> = error.children(&mut inner).collect();
            if let Some(&clause) = kids.iter().find(|kid| kid.kind() == "package_clause") {
                return self.lower_package_clause(clause);
            }
            if let Some(keyword) = kids.iter().find(|kid| kid.kind() == "package") {
                return self.ident_named(String::new(), self.span_after(*keyword));
            }
        }
        let mut cursor = root.walk();
        let first = root
            .children(&mut cursor)
            .find(|child| child.kind() != "comment")
            .map_or(0, |node| node.start_byte());
        let span = self.span_between(first, first);
        self.error(span, "expected 'package' clause");
        self.ident_named(String::new(), span)
    }

    fn lower_imports(&mut self, decl: Node, imports: &mut Vec<Import>) {
        for kid in named_kids(decl) {
            match kid.kind() {
                "import_spec" => imports.push(self.lower_import_spec(kid)),
                "import_spec_list" => {
                    for spec in named_kids(kid) {
                        if spec.kind() == "import_spec" {
                            imports.push(self.lower_import_spec(spec));
                        }
                    }
                }
                _ => self.unexpected(kid),
            }
        }
    }

    fn lower_import_spec(&mut self, spec: Node) -> Import {
        let name = field(spec, "name").map(|name| {
            let text = match name.kind() {
                "dot" => ".".to_string(),
                "blank_identifier" => "_".to_string(),
                _ => self.text(name).to_string(),
            };
            self.ident_named(text, self.span(name))
        });
        let (path, path_span) = match field(spec, "path") {
            Some(path) => {
                let bytes = self.string_value(path);
                (String::from_utf8_lossy(&bytes).into_owned(), self.span(path))
            }
            None => (String::new(), self.span_after(spec)),
        };
        Import {
            span: self.span(spec),
            name,
            path,
            path_span,
        }
    }

    fn lower_func_decl(&mut self, node: Node) -> FuncDecl {
        let name = field(node, "name");
        let name = self.ident_or_blank(name, self.span_after(node));
        let receiver = field(node, "receiver").and_then(|list| {
            let mut params = self.lower_params(list);
            if params.is_empty() {
                self.error(self.span(list), "method has no receiver");
                return None;
            }
            if params.len() > 1 || params[0].names.len() > 1 {
                self.error(self.span(list), "method has multiple receivers");
            }
            Some(params.swap_remove(0))
        });
        let type_params = match field(node, "type_parameters") {
            Some(list) => self.lower_type_params(list),
            None => Vec::new(),
        };
        let params_start = field(node, "parameters").map_or(node.start_byte(), |p| p.start_byte());
        let signature = self.lower_signature(node, params_start);
        let body = field(node, "body").map(|body| self.lower_block(body));
        FuncDecl {
            span: self.span(node),
            name,
            receiver,
            type_params,
            signature,
            body,
        }
    }

    /// The `parameters` and `result` fields of `node`; the span runs from
    /// `start` to the end of the result (or parameters).
    fn lower_signature(&mut self, node: Node, start: usize) -> FuncType {
        let params_node = field(node, "parameters");
        let result_node = field(node, "result");
        let params = match params_node {
            Some(list) => self.lower_params(list),
            None => Vec::new(),
        };
        let results = match result_node {
            Some(list) if list.kind() == "parameter_list" => self.lower_params(list),
            Some(ty) => {
                let ty = self.lower_type(ty);
                vec![Param {
                    span: ty.span,
                    names: Vec::new(),
                    ty,
                    variadic: false,
                }]
            }
            None => Vec::new(),
        };
        let end = result_node.or(params_node).map_or(node.end_byte(), |last| last.end_byte());
        FuncType {
            span: self.span_between(start, end),
            params,
            results,
        }
    }

    fn lower_params(&mut self, list: Node) -> Vec<Param> {
        let mut params = Vec::new();
        for decl in named_kids(list) {
            let variadic = match decl.kind() {
                "parameter_declaration" => false,
                "variadic_parameter_declaration" => true,
                _ => {
                    self.unexpected(decl);
                    continue;
                }
            };
            let names = field_kids(decl, "name").into_iter().map(|name| self.ident(name)).collect();
            let ty = self.lower_type_field(decl, "type");
            params.push(Param {
                span: self.span(decl),
                names,
                ty,
                variadic,
            });
        }
        // `func(a, b int)` and `func(int, string)`, but not a mixture.
        if params.iter().any(|param| !param.names.is_empty())
            && let Some(unnamed) = params.iter().find(|param| param.names.is_empty())
        {
            self.error(unnamed.span, "syntax error: mixed named and unnamed parameters");
        }
        params
    }

    fn lower_type_params(&mut self, list: Node) -> Vec<TypeParam> {
        let mut params = Vec::new();
        for decl in named_kids(list) {
            if decl.kind() != "type_parameter_declaration" {
                self.unexpected(decl);
                continue;
            }
            let names = field_kids(decl, "name").into_iter().map(|name| self.ident(name)).collect();
            let constraint = self.lower_type_field(decl, "type");
            params.push(TypeParam {
                span: self.span(decl),
                names,
                constraint,
            });
        }
        params
    }

    fn lower_var_decl(&mut self, node: Node) -> VarDecl {
        let mut specs = Vec::new();
        for kid in named_kids(node) {
            match kid.kind() {
                "var_spec" => specs.push(self.lower_var_spec(kid)),
                "var_spec_list" => {
                    for spec in named_kids(kid) {
                        if spec.kind() == "var_spec" {
                            specs.push(self.lower_var_spec(spec));
                        } else {
                            self.unexpected(spec);
                        }
                    }
                }
                _ => self.unexpected(kid),
            }
        }
        VarDecl {
            span: self.span(node),
            specs,
        }
    }

    fn lower_var_spec(&mut self, spec: Node) -> VarSpec {
        let names = field_kids(spec, "name").into_iter().map(|name| self.ident(name)).collect();
        let ty = field(spec, "type").map(|ty| self.lower_type(ty));
        let values = self.lower_expr_list(field(spec, "value"));
        VarSpec {
            span: self.span(spec),
            names,
            ty,
            values,
        }
    }

    fn lower_const_decl(&mut self, node: Node) -> ConstDecl {
        let mut specs = Vec::new();
        for spec in named_kids(node) {
            if spec.kind() != "const_spec" {
                self.unexpected(spec);
                continue;
            }
            let names = field_kids(spec, "name").into_iter().map(|name| self.ident(name)).collect();
            let ty = field(spec, "type").map(|ty| self.lower_type(ty));
            let values = self.lower_expr_list(field(spec, "value"));
            specs.push(ConstSpec {
                span: self.span(spec),
                names,
                ty,
                values,
                iota: specs.len() as u32,
            });
        }
        ConstDecl {
            span: self.span(node),
            specs,
        }
    }

    fn lower_type_decl(&mut self, node: Node) -> TypeDecl {
        let mut specs = Vec::new();
        for spec in named_kids(node) {
            let is_alias = match spec.kind() {
                "type_spec" => false,
                "type_alias" => true,
                _ => {
                    self.unexpected(spec);
                    continue;
                }
            };
            let name = field(spec, "name");
            let name = self.ident_or_blank(name, self.span_after(spec));
            let type_params = match field(spec, "type_parameters") {
                Some(list) => self.lower_type_params(list),
                None => Vec::new(),
            };
            let ty = self.lower_type_field(spec, "type");
            specs.push(TypeSpec {
                span: self.span(spec),
                name,
                type_params,
                is_alias,
                ty,
            });
        }
        TypeDecl {
            span: self.span(node),
            specs,
        }
    }

    // --- types --------------------------------------------------------------

    /// The type held by `field` of `node`, or `Bad` when absent.
    fn lower_type_field(&mut self, node: Node, name: &str) -> TypeExpr {
        match field(node, name) {
            Some(ty) => self.lower_type(ty),
            None => TypeExpr {
                span: self.span_after(node),
                kind: TypeExprKind::Bad,
            },
        }
    }

    fn lower_type(&mut self, node: Node) -> TypeExpr {
        let span = self.span(node);
        if node.is_missing() || node.is_error() || !self.enter(node) {
            return TypeExpr {
                span,
                kind: TypeExprKind::Bad,
            };
        }
        let kind = self.lower_type_kind(node);
        self.leave();
        TypeExpr { span, kind }
    }

    /// Dispatches on the node kind (each compound kind has its own function
    /// to keep this frame small).
    fn lower_type_kind(&mut self, node: Node) -> TypeExprKind {
        match node.kind() {
            "type_identifier" | "identifier" => TypeExprKind::Name(self.ident(node)),
            "qualified_type" => self.lower_qualified(node),
            "generic_type" => self.lower_generic(node),
            "pointer_type" => TypeExprKind::Pointer(Box::new(self.lower_only_type(node))),
            "slice_type" => TypeExprKind::Slice(Box::new(self.lower_type_field(node, "element"))),
            "array_type" | "implicit_length_array_type" => self.lower_array(node),
            "map_type" => self.lower_map(node),
            "channel_type" => self.lower_chan(node),
            "function_type" => TypeExprKind::Func(self.lower_signature(node, node.start_byte())),
            "struct_type" => TypeExprKind::Struct(self.lower_struct_fields(node)),
            "interface_type" => TypeExprKind::Interface(self.lower_interface_elems(node)),
            "negated_type" => TypeExprKind::Tilde(Box::new(self.lower_only_type(node))),
            "parenthesized_type" => TypeExprKind::Paren(Box::new(self.lower_only_type(node))),
            "type_elem" | "type_constraint" => self.lower_type_terms(node),
            _ => {
                self.unexpected(node);
                TypeExprKind::Bad
            }
        }
    }

    fn lower_qualified(&mut self, node: Node) -> TypeExprKind {
        let package = field(node, "package");
        let package = self.ident_or_blank(package, self.span(node));
        let name = field(node, "name");
        let name = self.ident_or_blank(name, self.span_after(node));
        TypeExprKind::Qualified { package, name }
    }

    fn lower_generic(&mut self, node: Node) -> TypeExprKind {
        let base = Box::new(self.lower_type_field(node, "type"));
        let args = match field(node, "type_arguments") {
            Some(args) => self.lower_type_args(args),
            None => Vec::new(),
        };
        TypeExprKind::Generic { base, args }
    }

    /// `[N]T`, or `[...]T` (no length).
    fn lower_array(&mut self, node: Node) -> TypeExprKind {
        let len = if node.kind() == "implicit_length_array_type" {
            None
        } else {
            Some(Box::new(self.lower_expr_field(node, "length")))
        };
        let elem = Box::new(self.lower_type_field(node, "element"));
        TypeExprKind::Array { len, elem }
    }

    fn lower_map(&mut self, node: Node) -> TypeExprKind {
        TypeExprKind::Map {
            key: Box::new(self.lower_type_field(node, "key")),
            value: Box::new(self.lower_type_field(node, "value")),
        }
    }

    /// `chan T`, `<-chan T` (receive only) or `chan<- T` (send only): the
    /// tokens tell which.
    fn lower_chan(&mut self, node: Node) -> TypeExprKind {
        let mut cursor = node.walk();
        let tokens: Vec<&str> = node
            .children(&mut cursor)
            .filter(|child| !child.is_named())
            .map(|child| child.kind())
            .take(2)
            .collect();
        let dir = match tokens.as_slice() {
            ["<-", ..] => ChanDir::Recv,
            ["chan", "<-"] => ChanDir::Send,
            _ => ChanDir::Both,
        };
        TypeExprKind::Chan {
            dir,
            elem: Box::new(self.lower_type_field(node, "value")),
        }
    }

    /// A constraint or type argument: one term, or a union of several.
    fn lower_type_terms(&mut self, node: Node) -> TypeExprKind {
        let mut terms = named_kids(node);
        if terms.len() == 1 {
            return self.lower_type(terms.remove(0)).kind;
        }
        let terms = terms.into_iter().map(|term| self.lower_type(term)).collect();
        TypeExprKind::Union(terms)
    }

    /// The single type child of a wrapper node (`*T`, `~T`, `(T)`).
    fn lower_only_type(&mut self, node: Node) -> TypeExpr {
        match named_kids(node).first() {
            Some(&inner) => self.lower_type(inner),
            None => TypeExpr {
                span: self.span_after(node),
                kind: TypeExprKind::Bad,
            },
        }
    }

    fn lower_type_args(&mut self, args: Node) -> Vec<TypeExpr> {
        named_kids(args).into_iter().map(|arg| self.lower_type(arg)).collect()
    }

    fn lower_struct_fields(&mut self, node: Node) -> Vec<FieldDecl> {
        let mut fields = Vec::new();
        let lists = named_kids(node);
        let Some(list) = lists.iter().find(|kid| kid.kind() == "field_declaration_list") else {
            return fields;
        };
        for decl in named_kids(*list) {
            if decl.kind() != "field_declaration" {
                self.unexpected(decl);
                continue;
            }
            let names: Vec<Ident> = field_kids(decl, "name").into_iter().map(|name| self.ident(name)).collect();
            let mut ty = self.lower_type_field(decl, "type");
            if names.is_empty() && has_token(decl, "*") {
                // An embedded `*T`: the star is a token of the field itself.
                ty = TypeExpr {
                    span: self.span_between(decl.start_byte(), ty.span.end as usize),
                    kind: TypeExprKind::Pointer(Box::new(ty)),
                };
            }
            let tag = field(decl, "tag").map(|tag| {
                let bytes = self.string_value(tag);
                String::from_utf8_lossy(&bytes).into_owned()
            });
            fields.push(FieldDecl {
                span: self.span(decl),
                names,
                ty,
                tag,
            });
        }
        fields
    }

    fn lower_interface_elems(&mut self, node: Node) -> Vec<InterfaceElem> {
        let mut elems = Vec::new();
        for elem in named_kids(node) {
            match elem.kind() {
                "method_elem" => {
                    let name = field(elem, "name");
                    let name = self.ident_or_blank(name, self.span(elem));
                    let start = field(elem, "parameters").map_or(elem.start_byte(), |p| p.start_byte());
                    let signature = self.lower_signature(elem, start);
                    elems.push(InterfaceElem::Method {
                        span: self.span(elem),
                        name,
                        signature,
                    });
                }
                "type_elem" => elems.push(InterfaceElem::Type(self.lower_type(elem))),
                _ => self.unexpected(elem),
            }
        }
        elems
    }

    // --- expressions --------------------------------------------------------

    fn lower_expr_list(&mut self, list: Option<Node>) -> Vec<Expr> {
        match list {
            Some(list) => named_kids(list).into_iter().map(|expr| self.lower_expr(expr)).collect(),
            None => Vec::new(),
        }
    }

    /// The expression held by `field` of `node`, or `Bad` when absent.
    fn lower_expr_field(&mut self, node: Node, name: &str) -> Expr {
        match field(node, name) {
            Some(expr) => self.lower_expr(expr),
            None => self.bad_expr(self.span_after(node)),
        }
    }

    /// The single expression child of a node without fields (`(x)`, `go f()`).
    fn lower_only_expr(&mut self, node: Node) -> Expr {
        match named_kids(node).first() {
            Some(&inner) => self.lower_expr(inner),
            None => self.bad_expr(self.span_after(node)),
        }
    }

    fn lower_expr(&mut self, node: Node) -> Expr {
        let span = self.span(node);
        if node.is_missing() || node.is_error() || !self.enter(node) {
            return self.bad_expr(span);
        }
        // Ids are handed out before the children's: a parent's id is smaller.
        let id = self.next_expr_id();
        let kind = self.lower_expr_kind(node);
        self.leave();
        Expr { id, span, kind }
    }

    /// Dispatches on the node kind. Each kind has its own function so that
    /// this frame, which every level of nesting repeats, stays small.
    fn lower_expr_kind(&mut self, node: Node) -> ExprKind {
        let kind = node.kind();
        match kind {
            _ if is_name_kind(kind) => ExprKind::Ident(self.ident(node)),
            "int_literal" => ExprKind::IntLit(self.text(node).to_string()),
            "float_literal" => ExprKind::FloatLit(self.text(node).to_string()),
            "imaginary_literal" => ExprKind::ImaginaryLit(self.text(node).to_string()),
            "rune_literal" => ExprKind::RuneLit(self.rune_value(node)),
            "interpreted_string_literal" | "raw_string_literal" => ExprKind::StringLit(self.string_value(node)),
            "composite_literal" => self.lower_composite(node),
            "func_literal" => self.lower_func_lit(node),
            "parenthesized_expression" => ExprKind::Paren(Box::new(self.lower_only_expr(node))),
            "selector_expression" => self.lower_selector(node),
            "index_expression" => self.lower_index(node),
            "type_instantiation_expression" => self.lower_instantiation(node),
            "slice_expression" => self.lower_slice(node),
            "type_assertion_expression" => self.lower_type_assert(node),
            "call_expression" => self.lower_call(node),
            "type_conversion_expression" => self.lower_conversion(node),
            "unary_expression" => self.lower_unary(node),
            "binary_expression" => self.lower_binary(node),
            // `x[a]` parsed as a generic type: an index or an
            // instantiation, which the checker tells apart.
            "generic_type" => {
                let operand = match field(node, "type") {
                    Some(ty) if ty.kind() == "generic_type" => self.lower_expr(ty),
                    Some(ty) => self.lower_type_as_expr(ty),
                    None => self.bad_expr(self.span(node)),
                };
                let indices = match field(node, "type_arguments") {
                    Some(args) => named_kids(args).into_iter().map(|arg| self.lower_type_arg_as_expr(arg)).collect(),
                    None => Vec::new(),
                };
                ExprKind::Index {
                    operand: Box::new(operand),
                    indices,
                }
            }
            _ if is_type_kind(kind) => ExprKind::Type(self.lower_type(node)),
            _ => {
                self.unexpected(node);
                ExprKind::Bad
            }
        }
    }

    fn lower_composite(&mut self, node: Node) -> ExprKind {
        let ty = self.lower_type_field(node, "type");
        let elements = match field(node, "body") {
            Some(body) => self.lower_literal_value(body),
            None => Vec::new(),
        };
        ExprKind::Composite { ty: Some(ty), elements }
    }

    fn lower_func_lit(&mut self, node: Node) -> ExprKind {
        let signature = self.lower_signature(node, node.start_byte());
        let body = self.lower_block_field(node, "body");
        ExprKind::FuncLit { signature, body }
    }

    fn lower_selector(&mut self, node: Node) -> ExprKind {
        let operand = Box::new(self.lower_expr_field(node, "operand"));
        let name = field(node, "field");
        let field = self.ident_or_blank(name, self.span_after(node));
        ExprKind::Selector { operand, field }
    }

    fn lower_index(&mut self, node: Node) -> ExprKind {
        ExprKind::Index {
            operand: Box::new(self.lower_expr_field(node, "operand")),
            indices: vec![self.lower_expr_field(node, "index")],
        }
    }

    /// `F[A, B]`: an index whose indices are types.
    fn lower_instantiation(&mut self, node: Node) -> ExprKind {
        let operand = match field(node, "type") {
            Some(ty) if ty.kind() == "generic_type" => self.lower_expr(ty),
            Some(ty) => self.lower_type_as_expr(ty),
            None => self.bad_expr(self.span(node)),
        };
        let indices = unfielded_kids(node)
            .into_iter()
            .map(|arg| self.lower_type_arg_as_expr(arg))
            .collect();
        ExprKind::Index {
            operand: Box::new(operand),
            indices,
        }
    }

    fn lower_slice(&mut self, node: Node) -> ExprKind {
        let operand = Box::new(self.lower_expr_field(node, "operand"));
        let low = self.lower_optional_expr(node, "start");
        let high = self.lower_optional_expr(node, "end");
        let max = self.lower_optional_expr(node, "capacity");
        ExprKind::Slice { operand, low, high, max }
    }

    fn lower_optional_expr(&mut self, node: Node, name: &str) -> Option<Box<Expr>> {
        field(node, name).map(|expr| Box::new(self.lower_expr(expr)))
    }

    fn lower_type_assert(&mut self, node: Node) -> ExprKind {
        ExprKind::TypeAssert {
            operand: Box::new(self.lower_expr_field(node, "operand")),
            ty: Some(self.lower_type_field(node, "type")),
        }
    }

    /// `T(x)` where the parser saw a type (`[]byte(s)`): a call of a type.
    fn lower_conversion(&mut self, node: Node) -> ExprKind {
        // `f[i](x)`, `pkg.F(x)` read as conversions: the checker decides
        // between a call and a conversion.
        let func = match field(node, "type") {
            Some(ty) if matches!(ty.kind(), "generic_type" | "qualified_type" | "type_identifier") => self.lower_expr(ty),
            Some(ty) => self.lower_type_expr(ty),
            None => self.bad_expr(self.span(node)),
        };
        let operand = self.lower_expr_field(node, "operand");
        ExprKind::Call {
            func: Box::new(func),
            type_args: Vec::new(),
            args: vec![operand],
            ellipsis: false,
        }
    }

    fn lower_unary(&mut self, node: Node) -> ExprKind {
        let operator = field(node, "operator").map_or("", |op| op.kind());
        let Some(op) = unary_op(operator) else {
            self.unexpected(node);
            return ExprKind::Bad;
        };
        ExprKind::Unary {
            op,
            operand: Box::new(self.lower_expr_field(node, "operand")),
        }
    }

    fn lower_binary(&mut self, node: Node) -> ExprKind {
        let operator = field(node, "operator").map_or("", |op| op.kind());
        let Some(op) = binary_op(operator) else {
            self.unexpected(node);
            return ExprKind::Bad;
        };
        ExprKind::Binary {
            op,
            left: Box::new(self.lower_expr_field(node, "left")),
            right: Box::new(self.lower_expr_field(node, "right")),
        }
    }

    /// A type where an expression stands: `[]int` in `make([]int, 3)`.
    /// An index or type argument the parser read as a type: a name or a
    /// qualified name may be a value (`m[key]`, `m[rec.key]`).
    fn lower_type_arg_as_expr(&mut self, node: Node) -> Expr {
        match node.kind() {
            "type_identifier" | "identifier" | "qualified_type" => self.lower_type_as_expr(node),
            "type_elem" if named_kids(node).len() == 1 => self.lower_type_arg_as_expr(named_kids(node)[0]),
            "generic_type" => self.lower_expr(node),
            _ => self.lower_type_expr(node),
        }
    }

    fn lower_type_expr(&mut self, node: Node) -> Expr {
        let ty = self.lower_type(node);
        self.new_expr(ty.span, ExprKind::Type(ty))
    }

    /// The generic operand of an instantiation (`Map` in `Map[K, V]`): a plain
    /// or qualified name is a value as far as the parser knows.
    fn lower_type_as_expr(&mut self, node: Node) -> Expr {
        let span = self.span(node);
        match node.kind() {
            "type_identifier" | "identifier" => {
                let name = self.ident(node);
                self.new_expr(span, ExprKind::Ident(name))
            }
            "qualified_type" => {
                let id = self.next_expr_id();
                let package = field(node, "package");
                let package = self.ident_or_blank(package, span);
                let operand = self.new_expr(package.span, ExprKind::Ident(package));
                let name = field(node, "name");
                let name = self.ident_or_blank(name, self.span_after(node));
                Expr {
                    id,
                    span,
                    kind: ExprKind::Selector {
                        operand: Box::new(operand),
                        field: name,
                    },
                }
            }
            _ => self.lower_type_expr(node),
        }
    }

    fn lower_call(&mut self, node: Node) -> ExprKind {
        let func = Box::new(self.lower_expr_field(node, "function"));
        let type_args = match field(node, "type_arguments") {
            Some(args) => self.lower_type_args(args),
            None => Vec::new(),
        };
        let mut args = Vec::new();
        let mut ellipsis = false;
        if let Some(list) = field(node, "arguments") {
            for arg in named_kids(list) {
                if arg.kind() == "variadic_argument" {
                    ellipsis = true;
                    args.push(self.lower_only_expr(arg));
                } else {
                    args.push(self.lower_expr(arg));
                }
            }
        }
        ExprKind::Call {
            func,
            type_args,
            args,
            ellipsis,
        }
    }

    /// The elements of a `literal_value` (`{...}`).
    fn lower_literal_value(&mut self, node: Node) -> Vec<Element> {
        if !self.enter(node) {
            return Vec::new();
        }
        let mut elements = Vec::new();
        for element in named_kids(node) {
            let span = self.span(element);
            match element.kind() {
                "literal_element" => {
                    let value = self.lower_element_value(Some(element), span);
                    elements.push(Element { span, key: None, value });
                }
                "keyed_element" => {
                    let key = self.lower_element_value(field(element, "key"), span);
                    let value = self.lower_element_value(field(element, "value"), span);
                    elements.push(Element {
                        span,
                        key: Some(key),
                        value,
                    });
                }
                _ => self.unexpected(element),
            }
        }
        self.leave();
        elements
    }

    /// A `literal_element`: an expression or a nested literal with its type
    /// elided.
    fn lower_element_value(&mut self, element: Option<Node>, fallback: Span) -> ElementValue {
        let inner = element.and_then(|element| named_kids(element).first().copied());
        match inner {
            Some(value) if value.kind() == "literal_value" => ElementValue::Literal {
                span: self.span(value),
                elements: self.lower_literal_value(value),
            },
            Some(expr) => ElementValue::Expr(self.lower_expr(expr)),
            None => ElementValue::Expr(self.bad_expr(fallback)),
        }
    }

    // --- literals -----------------------------------------------------------

    /// The decoded bytes of an interpreted or raw string literal.
    fn string_value(&mut self, node: Node) -> Vec<u8> {
        let text = self.text(node);
        if node.kind() == "raw_string_literal" {
            let (body, _) = strip_delimiters(text, '`');
            return body.bytes().filter(|&byte| byte != b'\r').collect();
        }
        let (body, offset) = strip_delimiters(text, '"');
        let (units, errors) = unescape(body, '"');
        self.report_escape_errors(node, offset, errors);
        units_to_bytes(&units)
    }

    /// The code point of a rune literal.
    fn rune_value(&mut self, node: Node) -> u32 {
        let text = self.text(node);
        let (body, offset) = strip_delimiters(text, '\'');
        let (units, errors) = unescape(body, '\'');
        let had_errors = !errors.is_empty();
        self.report_escape_errors(node, offset, errors);
        if units.len() != 1 && !had_errors {
            let message = if units.is_empty() {
                "empty rune literal or unescaped ' in rune literal"
            } else {
                "more than one character in rune literal"
            };
            self.error(self.span(node), message);
        }
        match units.first() {
            Some(Unit::Char(code)) => *code,
            Some(Unit::Byte(byte)) => u32::from(*byte),
            None => 0,
        }
    }

    fn report_escape_errors(&mut self, node: Node, offset: usize, errors: Vec<EscapeError>) {
        let base = node.start_byte() + offset;
        for error in errors {
            let span = self.span_between(base + error.start, base + error.end);
            self.error(span, error.message);
        }
    }

    // --- statements ---------------------------------------------------------

    fn lower_block(&mut self, node: Node) -> Block {
        let list = named_kids(node).into_iter().find(|kid| kid.kind() == "statement_list");
        Block {
            span: self.span(node),
            stmts: self.lower_stmt_list(list),
        }
    }

    /// The block held by `field` of `node`, or an empty one when absent.
    fn lower_block_field(&mut self, node: Node, name: &str) -> Block {
        match field(node, name) {
            Some(block) => self.lower_block(block),
            None => Block {
                span: self.span_after(node),
                stmts: Vec::new(),
            },
        }
    }

    /// The statements of a `statement_list`; `ERROR` nodes among them become
    /// `Bad` statements.
    fn lower_stmt_list(&mut self, list: Option<Node>) -> Vec<Stmt> {
        let Some(list) = list else {
            return Vec::new();
        };
        let mut cursor = list.walk();
        let kids: Vec<Node> = list.named_children(&mut cursor).filter(|kid| kid.kind() != "comment").collect();
        kids.into_iter().map(|stmt| self.lower_stmt(stmt)).collect()
    }

    /// The body of a case clause (its optional `statement_list`).
    fn lower_clause_body(&mut self, clause: Node) -> Vec<Stmt> {
        let list = unfielded_kids(clause).into_iter().find(|kid| kid.kind() == "statement_list");
        self.lower_stmt_list(list)
    }

    fn lower_stmt_field(&mut self, node: Node, name: &str) -> Option<Box<Stmt>> {
        field(node, name).map(|stmt| Box::new(self.lower_stmt(stmt)))
    }

    fn lower_stmt(&mut self, node: Node) -> Stmt {
        let span = self.span(node);
        if node.is_missing() || node.is_error() || !self.enter(node) {
            return Stmt { span, kind: StmtKind::Bad };
        }
        let kind = self.lower_stmt_kind(node);
        self.leave();
        Stmt { span, kind }
    }

    /// Dispatches on the node kind (each compound kind has its own function
    /// to keep this frame small).
    fn lower_stmt_kind(&mut self, node: Node) -> StmtKind {
        match node.kind() {
            "expression_statement" => StmtKind::Expr(self.lower_only_expr(node)),
            "send_statement" => StmtKind::Send {
                channel: self.lower_expr_field(node, "channel"),
                value: self.lower_expr_field(node, "value"),
            },
            "inc_statement" | "dec_statement" => StmtKind::IncDec {
                operand: self.lower_only_expr(node),
                increment: node.kind() == "inc_statement",
            },
            "assignment_statement" => self.lower_assignment(node),
            "short_var_declaration" => self.lower_define(node),
            "var_declaration" => StmtKind::Var(self.lower_var_decl(node)),
            "const_declaration" => StmtKind::Const(self.lower_const_decl(node)),
            "type_declaration" => StmtKind::Type(self.lower_type_decl(node)),
            "go_statement" => StmtKind::Go(self.lower_only_expr(node)),
            "defer_statement" => StmtKind::Defer(self.lower_only_expr(node)),
            "return_statement" => {
                let list = named_kids(node).first().copied();
                StmtKind::Return(self.lower_expr_list(list))
            }
            "break_statement" => StmtKind::Break(self.lower_label(node)),
            "continue_statement" => StmtKind::Continue(self.lower_label(node)),
            "goto_statement" => self.lower_goto(node),
            "fallthrough_statement" => StmtKind::Fallthrough,
            "empty_statement" => StmtKind::Empty,
            "block" => StmtKind::Block(self.lower_block(node)),
            "labeled_statement" => self.lower_labeled(node),
            "if_statement" => self.lower_if(node),
            "for_statement" => self.lower_for(node),
            "expression_switch_statement" => self.lower_switch(node),
            "type_switch_statement" => self.lower_type_switch(node),
            "select_statement" => self.lower_select(node),
            _ => {
                self.unexpected(node);
                StmtKind::Bad
            }
        }
    }

    fn lower_assignment(&mut self, node: Node) -> StmtKind {
        let operator = field(node, "operator").map_or("", |op| op.kind());
        let Some(op) = assign_op(operator) else {
            self.unexpected(node);
            return StmtKind::Bad;
        };
        StmtKind::Assign {
            lhs: self.lower_expr_list(field(node, "left")),
            op,
            rhs: self.lower_expr_list(field(node, "right")),
        }
    }

    fn lower_define(&mut self, node: Node) -> StmtKind {
        match self.lower_define_names(field(node, "left")) {
            Some(lhs) => StmtKind::Define {
                lhs,
                rhs: self.lower_expr_list(field(node, "right")),
            },
            None => StmtKind::Bad,
        }
    }

    fn lower_goto(&mut self, node: Node) -> StmtKind {
        let label = match self.lower_label(node) {
            Some(label) => label,
            None => self.ident_named(String::new(), self.span_after(node)),
        };
        StmtKind::Goto(label)
    }

    /// `L: stmt`; a label closing a block labels an empty statement.
    fn lower_labeled(&mut self, node: Node) -> StmtKind {
        let label = field(node, "label");
        let label = self.ident_or_blank(label, self.span(node));
        let stmt = match unfielded_kids(node).first() {
            Some(&stmt) => self.lower_stmt(stmt),
            None => Stmt {
                span: self.span_after(node),
                kind: StmtKind::Empty,
            },
        };
        StmtKind::Labeled {
            label,
            stmt: Box::new(stmt),
        }
    }

    fn lower_if(&mut self, node: Node) -> StmtKind {
        StmtKind::If {
            init: self.lower_stmt_field(node, "initializer"),
            cond: self.lower_expr_field(node, "condition"),
            then: self.lower_block_field(node, "consequence"),
            otherwise: self.lower_stmt_field(node, "alternative"),
        }
    }

    /// The optional label of `break`, `continue` or `goto`.
    fn lower_label(&mut self, node: Node) -> Option<Ident> {
        let label = named_kids(node).into_iter().find(|kid| kid.kind() == "label_name")?;
        Some(self.ident(label))
    }

    /// The left side of `:=`: identifiers only. `None` (after a diagnostic)
    /// when something else is there.
    fn lower_define_names(&mut self, list: Option<Node>) -> Option<Vec<Ident>> {
        let mut names = Vec::new();
        let mut ok = true;
        for expr in list.map(named_kids).unwrap_or_default() {
            if is_name_kind(expr.kind()) && !expr.is_missing() {
                names.push(self.ident(expr));
            } else {
                ok = false;
                if !expr.has_error() {
                    self.error(self.span(expr), "non-name on left side of :=");
                }
            }
        }
        ok.then_some(names)
    }

    /// `for {}`, `for cond {}`, `for init; cond; post {}` or a range loop
    /// (the header is lowered before the body, in source order).
    fn lower_for(&mut self, node: Node) -> StmtKind {
        let header = unfielded_kids(node).first().copied();
        match header {
            Some(clause) if clause.kind() == "for_clause" => {
                let init = self.lower_stmt_field(clause, "initializer");
                let cond = field(clause, "condition").map(|cond| self.lower_expr(cond));
                let post = self.lower_stmt_field(clause, "update");
                let body = self.lower_block_field(node, "body");
                StmtKind::For { init, cond, post, body }
            }
            Some(clause) if clause.kind() == "range_clause" => {
                let define = has_token(clause, ":=");
                let mut vars = self.lower_expr_list(field(clause, "left")).into_iter();
                let key = vars.next();
                let value = vars.next();
                if let Some(extra) = vars.next() {
                    self.error(extra.span, "syntax error: range clause permits at most two iteration variables");
                }
                let subject = self.lower_expr_field(clause, "right");
                let body = self.lower_block_field(node, "body");
                StmtKind::Range {
                    key,
                    value,
                    define,
                    subject,
                    body,
                }
            }
            cond => {
                let cond = cond.map(|cond| self.lower_expr(cond));
                let body = self.lower_block_field(node, "body");
                StmtKind::For {
                    init: None,
                    cond,
                    post: None,
                    body,
                }
            }
        }
    }

    fn lower_switch(&mut self, node: Node) -> StmtKind {
        let init = self.lower_stmt_field(node, "initializer");
        let tag = field(node, "value").map(|tag| self.lower_expr(tag));
        let mut clauses = Vec::new();
        for clause in unfielded_kids(node) {
            let is_default = match clause.kind() {
                "expression_case" => false,
                "default_case" => true,
                _ => {
                    self.unexpected(clause);
                    continue;
                }
            };
            clauses.push(CaseClause {
                span: self.span(clause),
                values: self.lower_expr_list(field(clause, "value")),
                is_default,
                body: self.lower_clause_body(clause),
            });
        }
        StmtKind::Switch { init, tag, clauses }
    }

    fn lower_type_switch(&mut self, node: Node) -> StmtKind {
        let init = self.lower_stmt_field(node, "initializer");
        let binding = field(node, "alias").and_then(|alias| {
            let names = named_kids(alias);
            match names.as_slice() {
                [name] if name.kind() == "identifier" => Some(self.ident(*name)),
                _ => {
                    self.error(self.span(alias), "syntax error: invalid variable name in type switch");
                    None
                }
            }
        });
        let subject = self.lower_expr_field(node, "value");
        let mut clauses = Vec::new();
        for clause in unfielded_kids(node) {
            let is_default = match clause.kind() {
                "type_case" => false,
                "default_case" => true,
                _ => {
                    self.unexpected(clause);
                    continue;
                }
            };
            let types = field_kids(clause, "type")
                .into_iter()
                .map(|ty| match (ty.kind(), self.text(ty)) {
                    ("nil", _) | ("type_identifier", "nil") => None,
                    _ => Some(self.lower_type(ty)),
                })
                .collect();
            clauses.push(TypeCaseClause {
                span: self.span(clause),
                types,
                is_default,
                body: self.lower_clause_body(clause),
            });
        }
        StmtKind::TypeSwitch {
            init,
            binding,
            subject,
            clauses,
        }
    }

    fn lower_select(&mut self, node: Node) -> StmtKind {
        let mut clauses = Vec::new();
        for clause in named_kids(node) {
            let comm = match clause.kind() {
                "communication_case" => match field(clause, "communication") {
                    Some(comm) => Some(Box::new(self.lower_comm(comm))),
                    None => Some(Box::new(Stmt {
                        span: self.span(clause),
                        kind: StmtKind::Bad,
                    })),
                },
                "default_case" => None,
                _ => {
                    self.unexpected(clause);
                    continue;
                }
            };
            clauses.push(CommClause {
                span: self.span(clause),
                comm,
                body: self.lower_clause_body(clause),
            });
        }
        StmtKind::Select { clauses }
    }

    /// The communication of a select case: a send, or a receive that may
    /// define or assign its results.
    fn lower_comm(&mut self, node: Node) -> Stmt {
        if node.kind() != "receive_statement" {
            return self.lower_stmt(node);
        }
        let span = self.span(node);
        let left = field(node, "left");
        let kind = match left {
            None => StmtKind::Expr(self.lower_expr_field(node, "right")),
            Some(_) if has_token(node, ":=") => match self.lower_define_names(left) {
                Some(lhs) => StmtKind::Define {
                    lhs,
                    rhs: vec![self.lower_expr_field(node, "right")],
                },
                None => StmtKind::Bad,
            },
            Some(_) => StmtKind::Assign {
                lhs: self.lower_expr_list(left),
                op: AssignOp::Assign,
                rhs: vec![self.lower_expr_field(node, "right")],
            },
        };
        Stmt { span, kind }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(body: &str) -> (Vec<u8>, usize) {
        let (units, errors) = unescape(body, '"');
        (units_to_bytes(&units), errors.len())
    }

    #[test]
    fn string_escapes_decode_to_bytes() {
        assert_eq!(
            decode(r"a\n\t\\\x41\101\u00e9\U0001F600\xff\000"),
            ([b"a\n\t\\AA".as_slice(), "é😀".as_bytes(), &[0xff, 0]].concat(), 0)
        );
        assert_eq!(decode(r#"\a\b\f\r\v\""#), (b"\x07\x08\x0c\r\x0b\"".to_vec(), 0));
        assert_eq!(decode("日本"), ("日本".as_bytes().to_vec(), 0));
    }

    #[test]
    fn bad_escapes_are_errors() {
        assert_eq!(decode(r"\q").1, 1);
        assert_eq!(decode(r"\'").1, 1, "\\' is only valid in rune literals");
        assert_eq!(decode(r"\12").1, 1, "octal escapes take three digits");
        assert_eq!(decode(r"\400").1, 1, "octal escape above 255");
        assert_eq!(decode(r"\uD800").1, 1, "surrogate half");
        assert_eq!(decode(r"\U00110000").1, 1, "beyond Unicode");
        assert_eq!(decode(r"\xZZ").1, 1);
        assert_eq!(decode("\\").1, 1);
        let (units, errors) = unescape(r#"\""#, '\'');
        assert!(units.is_empty() && errors.len() == 1, "\\\" is only valid in strings");
    }

    #[test]
    fn assign_ops() {
        assert_eq!(assign_op("="), Some(AssignOp::Assign));
        assert_eq!(assign_op("&^="), Some(AssignOp::Compound(BinaryOp::AndNot)));
        assert_eq!(assign_op("<<="), Some(AssignOp::Compound(BinaryOp::Shl)));
        assert_eq!(assign_op("=="), None);
        assert_eq!(assign_op("<="), None);
    }
}
