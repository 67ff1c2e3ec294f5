//! Rust code generation: the analysed Go program becomes a `syn::File`
//! built with `quote`, printed once with `prettyplease`.
//!
//! The generator is split by Go construct: [`items`] (types, constants,
//! package variables, functions), [`stmt`], [`expr`], [`call`] (functions,
//! methods, builtins, the standard library) and [`select`] (channel
//! operations and `select`). Comments of the Go source are carried over as
//! markers that the final pass turns back into `//` comments.

mod call;
mod comments;
mod escape;
mod expr;
mod generics;
mod iface;
mod items;
mod moves;
mod names;
mod select;
mod stmt;
mod ty;

use std::collections::{BTreeSet, HashMap};

use go2rs_analysis::{FuncId, ObjId, Program, TypeId};
use go2rs_syntax::{Diagnostic, Diagnostics, SourceMap, Span};
use proc_macro2::TokenStream;
use quote::quote;

pub use names::{camel_case, screaming_case, snake_case};

/// Diagnostic code for a mistake of the generator itself.
pub const INTERNAL: &str = "E0900";

/// Translates an analysed program to Rust source text, or returns every
/// construct it could not translate.
pub fn generate(program: &Program, sources: &SourceMap) -> Result<String, Vec<Diagnostic>> {
    let mut generator = Gen::new(program, sources);
    let (header, chunks) = generator.file();
    if generator.diagnostics.has_errors() {
        return Err(generator.diagnostics.into_sorted());
    }
    // Each chunk is parsed, rewritten and printed on its own, and its
    // tokens and syntax tree dropped before the next: a big program never
    // has two whole copies of itself in memory.
    let mut text = String::new();
    for tokens in std::iter::once(header).chain(chunks) {
        if tokens.is_empty() {
            continue;
        }
        text.push_str(&print_chunk(tokens)?);
    }
    Ok(generator.comments.expand_markers(&text))
}

/// One chunk of items (or the file header) printed with `prettyplease`.
fn print_chunk(tokens: TokenStream) -> Result<String, Vec<Diagnostic>> {
    // (The tokens are big: kept for the dump only when it is asked for.)
    let dump = std::env::var_os("GO2RS_DUMP_TOKENS").is_some().then(|| tokens.clone());
    let mut file: syn::File = match syn::parse2(tokens) {
        Ok(file) => file,
        Err(error) => {
            if let Some(tokens) = dump {
                eprintln!("{tokens}");
            }
            return Err(vec![Diagnostic::error(
                INTERNAL,
                Span::default(),
                format!("internal error: go2rs generated invalid Rust ({error})"),
            )]);
        }
    };
    for pass in PASSES {
        pass(&mut file);
    }
    // Passes can leave blocks to flatten.
    flatten_blocks(&mut file);
    Ok(prettyplease::unparse(&file))
}

/// Passes over the generated syntax tree before it is printed.
const PASSES: &[fn(&mut syn::File)] = &[flatten_blocks, tail_returns, bool_ifs];

/// `if c { true } else { false }` is `c` (what a Go function ending in a
/// non-blocking select returning true or false becomes).
fn bool_ifs(file: &mut syn::File) {
    use syn::visit_mut::VisitMut;
    fn literal(block: &syn::Block) -> Option<bool> {
        match block.stmts.as_slice() {
            [
                syn::Stmt::Expr(
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Bool(value),
                        ..
                    }),
                    None,
                ),
            ] => Some(value.value),
            _ => None,
        }
    }
    struct Bools;
    impl VisitMut for Bools {
        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            if let syn::Expr::If(if_expr) = expr
                && let Some((_, otherwise)) = &if_expr.else_branch
                && let syn::Expr::Block(otherwise) = otherwise.as_ref()
                && let (Some(then), Some(other)) = (literal(&if_expr.then_branch), literal(&otherwise.block))
                && then != other
            {
                let cond = if_expr.cond.as_ref().clone();
                *expr = if then { cond } else { syn::parse_quote!(!(#cond)) };
            }
        }
    }
    Bools.visit_file_mut(file);
}

/// `return x;` as the last statement of a function or closure becomes the
/// tail expression `x` (and a final `return;` goes away), as Rust is
/// written: Go needs the `return`, Rust does not.
fn tail_returns(file: &mut syn::File) {
    use syn::visit_mut::VisitMut;
    /// A trailing-comment marker after the last statement belongs to it.
    fn is_trailing_marker(stmt: &syn::Stmt) -> bool {
        matches!(stmt, syn::Stmt::Macro(mac) if mac.mac.path.is_ident("go2rs_trailing"))
    }
    fn strip_tail(block: &mut syn::Block) {
        let markers = block.stmts.iter().rev().take_while(|stmt| is_trailing_marker(stmt)).count();
        if markers > 0 && block.stmts.len() > markers {
            // Strip the statement before the markers, then put them back
            // (a comment after a tail expression prints on its line).
            let kept: Vec<syn::Stmt> = block.stmts.split_off(block.stmts.len() - markers);
            strip_tail(block);
            block.stmts.extend(kept);
            return;
        }
        match block.stmts.last_mut() {
            Some(syn::Stmt::Expr(syn::Expr::Return(ret), Some(_))) => match ret.expr.take() {
                Some(value) => {
                    let last = block.stmts.len() - 1;
                    block.stmts[last] = syn::Stmt::Expr(*value, None);
                }
                None => {
                    block.stmts.pop();
                }
            },
            Some(syn::Stmt::Expr(syn::Expr::If(if_expr), _)) => strip_if_tail(if_expr),
            Some(syn::Stmt::Expr(syn::Expr::Match(match_expr), _)) => {
                for arm in &mut match_expr.arms {
                    match arm.body.as_mut() {
                        syn::Expr::Block(block) => strip_tail(&mut block.block),
                        syn::Expr::Return(ret) => {
                            if let Some(value) = ret.expr.take() {
                                *arm.body = *value;
                            } else {
                                *arm.body = syn::parse_quote!({});
                            }
                        }
                        _ => {}
                    }
                }
            }
            Some(syn::Stmt::Expr(syn::Expr::Block(block), _)) if block.label.is_none() => strip_tail(&mut block.block),
            _ => {}
        }
    }
    fn strip_if_tail(if_expr: &mut syn::ExprIf) {
        // Only an if/else whose every branch ends the function.
        let complete = if_expr.else_branch.is_some();
        if !complete {
            return;
        }
        strip_tail(&mut if_expr.then_branch);
        if let Some((_, otherwise)) = &mut if_expr.else_branch {
            match otherwise.as_mut() {
                syn::Expr::Block(block) => strip_tail(&mut block.block),
                syn::Expr::If(nested) => strip_if_tail(nested),
                _ => {}
            }
        }
    }
    struct Tails;
    impl VisitMut for Tails {
        fn visit_item_fn_mut(&mut self, item: &mut syn::ItemFn) {
            syn::visit_mut::visit_item_fn_mut(self, item);
            strip_tail(&mut item.block);
        }
        fn visit_impl_item_fn_mut(&mut self, item: &mut syn::ImplItemFn) {
            syn::visit_mut::visit_impl_item_fn_mut(self, item);
            strip_tail(&mut item.block);
        }
        fn visit_expr_closure_mut(&mut self, closure: &mut syn::ExprClosure) {
            syn::visit_mut::visit_expr_closure_mut(self, closure);
            if let syn::Expr::Block(block) = closure.body.as_mut() {
                strip_tail(&mut block.block);
            }
        }
        fn visit_expr_async_mut(&mut self, expr: &mut syn::ExprAsync) {
            syn::visit_mut::visit_expr_async_mut(self, expr);
            strip_tail(&mut expr.block);
        }
    }
    Tails.visit_file_mut(file);
}

/// `{ { a; b } }` becomes `{ a; b }`: constructs that open a scope of their
/// own (a select, an `if` with an init statement) often end up alone in a
/// loop body or a match arm.
fn flatten_blocks(file: &mut syn::File) {
    use syn::visit_mut::VisitMut;
    struct Flatten;
    impl VisitMut for Flatten {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            syn::visit_mut::visit_block_mut(self, block);
            if let [syn::Stmt::Expr(syn::Expr::Block(inner), None)] = block.stmts.as_slice()
                && inner.label.is_none()
                && inner.attrs.is_empty()
            {
                let inner = inner.block.stmts.clone();
                block.stmts = inner;
            }
        }
    }
    Flatten.visit_file_mut(file);
}

/// The state of one translation.
pub(crate) struct Gen<'p> {
    pub program: &'p Program,
    pub diagnostics: Diagnostics,
    /// Rust names of package-level objects (functions, types, constants,
    /// variables) and of struct fields by (struct type, Go field name).
    pub global_names: HashMap<ObjId, String>,
    pub type_names: HashMap<TypeId, String>,
    pub func_names: HashMap<FuncId, String>,
    /// Runtime items the translation uses, for the `use` list.
    pub runtime_items: BTreeSet<&'static str>,
    pub runtime_modules: BTreeSet<&'static str>,
    pub comments: comments::Comments,
    /// The function being generated.
    pub func: Option<stmt::FuncState>,
    /// Generating a `const` item (only `const` expressions allowed).
    pub in_const: bool,
    /// Package constants referred to by name (the others are not emitted:
    /// Go does not mind unused constants, Rust warns).
    pub used_constants: std::collections::HashSet<ObjId>,
    /// The block label for the next literal body emitted in place.
    pub pending_return_label: Option<String>,
    /// The interfaces and the types stored in interface values.
    pub interfaces: iface::Interfaces,
    /// Names of the module's types, for the types the translation adds
    /// (anonymous structs).
    pub type_namespace: names::Namespace,
    /// Anonymous struct types, by the name of the struct standing for each.
    pub anonymous_structs: std::collections::BTreeMap<TypeId, String>,
    /// Expressions already evaluated into a variable (the arguments of a
    /// deferred call, evaluated at the `defer`).
    pub preevaluated: HashMap<go2rs_syntax::ast::ExprId, TokenStream>,
    /// For each type parameter, the type parameters it is passed on to.
    pub passed_on_cache: HashMap<TypeId, Vec<TypeId>>,
    /// The local variables of each function (built on first use).
    pub locals_by_owner: Option<HashMap<go2rs_analysis::FuncId, Vec<go2rs_analysis::ObjId>>>,
    /// Statements the call being generated needs first (`f(g())` binds
    /// g's results).
    pub call_preludes: Vec<TokenStream>,
    /// The call an expression statement is made of (its value is unused).
    pub statement_call: Option<go2rs_syntax::ast::ExprId>,
}

impl<'p> Gen<'p> {
    fn new(program: &'p Program, sources: &'p SourceMap) -> Gen<'p> {
        Gen {
            program,
            diagnostics: Diagnostics::default(),
            global_names: HashMap::new(),
            type_names: HashMap::new(),
            func_names: HashMap::new(),
            runtime_items: BTreeSet::new(),
            runtime_modules: BTreeSet::new(),
            comments: comments::Comments::new(program, sources),
            func: None,
            in_const: false,
            used_constants: std::collections::HashSet::new(),
            pending_return_label: None,
            interfaces: iface::Interfaces::default(),
            type_namespace: names::Namespace::default(),
            anonymous_structs: std::collections::BTreeMap::new(),
            preevaluated: HashMap::new(),
            passed_on_cache: HashMap::new(),
            locals_by_owner: None,
            call_preludes: Vec::new(),
            statement_call: None,
        }
    }

    pub fn unsupported(&mut self, span: Span, what: impl Into<String>) {
        let what = what.into();
        let code = go2rs_syntax::unsupported_code(&what);
        self.diagnostics.push(
            Diagnostic::error(code, span, format!("unsupported: {what}"))
                .with_hint(format!("go2rs does not translate this yet; `go2rs explain {code}` says more")),
        );
    }

    /// Records that the translation uses a runtime type or function that the
    /// prelude exports (`Slice`, `Chan`, ...).
    pub fn use_item(&mut self, name: &'static str) -> TokenStream {
        self.runtime_items.insert(name);
        let ident = names::ident(name);
        quote!(#ident)
    }

    /// Records that the translation uses a runtime module named like a Go
    /// package (`fmt`, `sync`, ...).
    pub fn use_module(&mut self, name: &'static str) -> TokenStream {
        self.runtime_modules.insert(name);
        let ident = names::ident(name);
        quote!(#ident)
    }

    /// The file's header (docs, lints, imports) and its items in chunks.
    fn file(&mut self) -> (TokenStream, Vec<TokenStream>) {
        self.assign_global_names();
        let body = self.items();
        let mut uses = Vec::new();
        let modules: Vec<_> = self.runtime_modules.iter().map(|name| names::ident(name)).collect();
        let items: Vec<_> = self.runtime_items.iter().map(|name| names::ident(name)).collect();
        if !items.is_empty() {
            uses.push(quote!(use go2rs_runtime::prelude::{#(#items),*};));
        }
        if !modules.is_empty() {
            uses.push(quote!(use go2rs_runtime::{#(#modules),*};));
        }
        let header = self.comments.file_header();
        let header = quote! {
            #header
            #![allow(unused_assignments, clippy::eq_op, clippy::approx_constant, clippy::type_complexity)]
            #(#uses)*
        };
        (header, body)
    }
}

/// Go's `main` package file name for messages: the first source file.
pub(crate) fn source_name(sources: &SourceMap) -> String {
    sources
        .files
        .first()
        .map(|file| {
            std::path::Path::new(&file.path)
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_else(|| file.path.clone())
        })
        .unwrap_or_else(|| "main.go".to_string())
}
