//! `select`: the runtime's uniform, blocking select over case objects.
//!
//! ```text
//! let mut jobs_recv = jobs.recv_case();
//! let mut quit_recv = quit.recv_case();
//! let selected = go2rs_runtime::select(&mut [&mut jobs_recv, &mut quit_recv]).await;
//! match selected { 0 => { let job = jobs_recv.value(); ... } _ => return }
//! ```
//!
//! One case without `default` is a plain channel operation; one case with
//! `default` is a non-blocking attempt.

use go2rs_analysis::walk::{self, Visitor};
use go2rs_analysis::{Callee, ObjId, Program, TypeKind};
use go2rs_syntax::ast::{self, ExprKind, StmtKind, UnaryOp};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::Gen;
use crate::expr::strip_parens;
use crate::names::{ident, snake_case};
use crate::stmt::FrameKind;

/// What a communication clause does.
enum Comm<'p> {
    Send {
        channel: &'p ast::Expr,
        value: &'p ast::Expr,
    },
    Recv {
        channel: &'p ast::Expr,
        /// The targets of `v := <-ch` / `v, ok = <-ch`.
        targets: Vec<Target<'p>>,
        with_ok: bool,
    },
}

enum Target<'p> {
    Define(&'p ast::Ident),
    Assign(&'p ast::Expr),
}

impl<'p> Gen<'p> {
    pub fn select_stmt(&mut self, _stmt: &'p ast::Stmt, clauses: &'p [ast::CommClause], label: Option<&str>) -> TokenStream {
        self.push_frame(FrameKind::Select, label);
        let default = clauses.iter().find(|clause| clause.comm.is_none());
        let cases: Vec<(&'p ast::CommClause, Comm<'p>)> = clauses
            .iter()
            .filter_map(|clause| {
                let comm = clause.comm.as_deref()?;
                comm_of(comm).map(|comm| (clause, comm))
            })
            .collect();
        let body = match (cases.len(), default) {
            (0, None) => {
                quote!(go2rs_runtime::select::block_forever().await;)
            }
            (0, Some(default)) => {
                let body = self.stmts(&default.body, Some(default.span.start));
                quote!({ #(#body)* })
            }
            (1, None) => self.single_case(cases.into_iter().next().expect("one case")),
            (1, Some(default)) => self.single_case_with_default(cases.into_iter().next().expect("one case"), default),
            _ => self.general_select(cases, default),
        };
        let frame = self.pop_frame();
        if frame.label_used {
            let lifetime = Self::frame_lifetime(&frame);
            quote!(#lifetime: { #body })
        } else {
            body
        }
    }

    /// `select { case v := <-ch: body }` is `let v = ch.recv().await; body`.
    fn single_case(&mut self, (clause, comm): (&'p ast::CommClause, Comm<'p>)) -> TokenStream {
        let mut out = Vec::new();
        match comm {
            Comm::Send { channel, value } => {
                let elem = self.chan_elem(channel);
                let channel = self.receiver(channel);
                let value = self.value_as(value, elem);
                out.push(quote!(#channel.send(#value).await;));
            }
            Comm::Recv { channel, targets, with_ok } => {
                let channel_tokens = self.receiver(channel);
                let operation = if with_ok {
                    quote!(#channel_tokens.recv_ok().await)
                } else {
                    quote!(#channel_tokens.recv().await)
                };
                out.extend(self.bind_received(operation, targets, with_ok, clause.span));
            }
        }
        let body = self.stmts(&clause.body, Some(clause.span.start));
        quote!({ #(#out)* #(#body)* })
    }

    /// One case and `default`: a non-blocking attempt.
    fn single_case_with_default(&mut self, (clause, comm): (&'p ast::CommClause, Comm<'p>), default: &'p ast::CommClause) -> TokenStream {
        let default_body = self.stmts(&default.body, Some(default.span.start));
        match comm {
            Comm::Send { channel, value } => {
                let elem = self.chan_elem(channel);
                let channel = self.receiver(channel);
                let value = self.value_as(value, elem);
                let body = self.stmts(&clause.body, Some(clause.span.start));
                match (body.is_empty(), default_body.is_empty()) {
                    (true, true) => quote!(let _ = #channel.try_send(#value);),
                    (false, true) => quote!(if #channel.try_send(#value).is_ok() { #(#body)* }),
                    (true, false) => quote!(if #channel.try_send(#value).is_err() { #(#default_body)* }),
                    (false, false) => quote! {
                        if #channel.try_send(#value).is_ok() {
                            #(#body)*
                        } else {
                            #(#default_body)*
                        }
                    },
                }
            }
            Comm::Recv { channel, targets, .. } if targets.is_empty() => {
                let channel = self.receiver(channel);
                let body = self.stmts(&clause.body, Some(clause.span.start));
                match (body.is_empty(), default_body.is_empty()) {
                    (true, true) => quote!(let _ = #channel.try_recv();),
                    (false, true) => quote!(if #channel.try_recv().is_some() { #(#body)* }),
                    (true, false) => quote!(if #channel.try_recv().is_none() { #(#default_body)* }),
                    (false, false) => quote! {
                        if #channel.try_recv().is_some() {
                            #(#body)*
                        } else {
                            #(#default_body)*
                        }
                    },
                }
            }
            Comm::Recv { channel, targets, with_ok } => {
                let channel = self.receiver(channel);
                let received = self.temp("received");
                let binding = self.bind_received(quote!(#received), targets, true, clause.span);
                let binding = if with_ok {
                    binding
                } else {
                    // Only the value is wanted.
                    let value_only = self.temp("value");
                    let _ = value_only;
                    binding
                };
                let body = self.stmts(&clause.body, Some(clause.span.start));
                if default_body.is_empty() {
                    quote! {
                        if let Some(#received) = #channel.try_recv() {
                            #(#binding)*
                            #(#body)*
                        }
                    }
                } else {
                    quote! {
                        if let Some(#received) = #channel.try_recv() {
                            #(#binding)*
                            #(#body)*
                        } else {
                            #(#default_body)*
                        }
                    }
                }
            }
        }
    }

    fn general_select(&mut self, cases: Vec<(&'p ast::CommClause, Comm<'p>)>, default: Option<&'p ast::CommClause>) -> TokenStream {
        let mut setup = Vec::new();
        let mut case_names: Vec<Ident> = Vec::new();
        // Channel operands and sent values are evaluated first, in order.
        for (_, comm) in &cases {
            match comm {
                Comm::Send { channel, value } => {
                    let elem = self.chan_elem(channel);
                    let name = self.temp(&format!("{}_send", channel_word(channel)));
                    let channel_tokens = self.receiver(channel);
                    let value = self.value_as(value, elem);
                    setup.push(quote!(let mut #name = #channel_tokens.send_case(#value);));
                    case_names.push(name);
                }
                Comm::Recv { channel, .. } => {
                    let name = self.temp(&format!("{}_recv", channel_word(channel)));
                    let channel_tokens = self.receiver(channel);
                    setup.push(quote!(let mut #name = #channel_tokens.recv_case();));
                    case_names.push(name);
                }
            }
        }
        let selected = self.temp("selected");
        let case_refs = case_names.iter().map(|name| quote!(&mut #name));
        let count = cases.len();
        let mut arms = Vec::new();
        let mut arms_bodies: Vec<TokenStream> = Vec::new();
        for (index, ((clause, comm), name)) in cases.into_iter().zip(&case_names).enumerate() {
            let mut bindings = Vec::new();
            if let Comm::Recv { targets, with_ok, .. } = comm
                && !targets.is_empty()
            {
                let operation = if with_ok { quote!(#name.value_ok()) } else { quote!(#name.value()) };
                bindings.extend(self.bind_received(operation, targets, with_ok, clause.span));
            }
            let body = self.stmts(&clause.body, Some(clause.span.start));
            let pattern = if default.is_some() {
                let literal = proc_macro2::Literal::usize_unsuffixed(index);
                quote!(Some(#literal))
            } else if index + 1 == count {
                quote!(_)
            } else {
                let literal = proc_macro2::Literal::usize_unsuffixed(index);
                quote!(#literal)
            };
            arms_bodies.push(quote!(#(#bindings)* #(#body)*));
            arms.push(quote!(#pattern => { #(#bindings)* #(#body)* }));
        }
        if default.is_none() && arms_bodies.iter().all(TokenStream::is_empty) {
            // Only the communication matters.
            return quote!({
                #(#setup)*
                go2rs_runtime::select(&mut [#(#case_refs),*]).await;
            });
        }
        if default.is_none() && arms.len() == 2 {
            // Two cases read better as if / else.
            let choose = quote!(let #selected = go2rs_runtime::select(&mut [#(#case_refs),*]).await;);
            let first = arms_bodies.remove(0);
            let second = arms_bodies.remove(0);
            return quote!({
                #(#setup)*
                #choose
                if #selected == 0 { #first } else { #second }
            });
        }
        let choose = match default {
            Some(default) => {
                let body = self.stmts(&default.body, Some(default.span.start));
                arms.push(quote!(_ => { #(#body)* }));
                quote!(let #selected = go2rs_runtime::try_select(&mut [#(#case_refs),*]);)
            }
            None => quote!(let #selected = go2rs_runtime::select(&mut [#(#case_refs),*]).await;),
        };
        quote!({
            #(#setup)*
            #choose
            match #selected {
                #(#arms)*
            }
        })
    }

    fn chan_elem(&self, channel: &ast::Expr) -> go2rs_analysis::TypeId {
        let ty = self.program.expr_type(channel.id);
        self.program.types.elem(ty).unwrap_or(self.program.types.invalid())
    }

    /// Declares or assigns the targets of a receive from `operation`
    /// (a value, or a `(value, ok)` pair when `pair`).
    fn bind_received(
        &mut self,
        operation: TokenStream,
        targets: Vec<Target<'p>>,
        pair: bool,
        span: go2rs_syntax::Span,
    ) -> Vec<TokenStream> {
        if targets.is_empty() {
            return vec![quote!(#operation;)];
        }
        let mut out = Vec::new();
        let all_defined = targets.iter().all(|target| matches!(target, Target::Define(_)));
        let simple_names: Option<Vec<TokenStream>> = if all_defined {
            targets
                .iter()
                .map(|target| match target {
                    Target::Define(name) if name.is_blank() => Some(quote!(_)),
                    Target::Define(name) => {
                        let object = self.program.resolve(name)?;
                        let info = self.program.var_info(object)?.clone();
                        if info.is_shared() || !self.program.defs.contains_key(&name.id) {
                            return None;
                        }
                        let rust = ident(&self.local_name(object));
                        Some(if info.is_mutated() { quote!(mut #rust) } else { quote!(#rust) })
                    }
                    Target::Assign(_) => None,
                })
                .collect()
        } else {
            None
        };
        if let Some(names) = simple_names {
            let pattern = if pair && names.len() == 2 {
                quote!((#(#names),*))
            } else if pair {
                let first = &names[0];
                quote!((#first, _))
            } else {
                names[0].clone()
            };
            out.push(quote!(let #pattern = #operation;));
            return out;
        }
        let temps: Vec<Ident> = targets.iter().map(|_| self.temp("received")).collect();
        let pattern = if pair && temps.len() == 2 {
            quote!((#(#temps),*))
        } else if pair {
            let first = &temps[0];
            quote!((#first, _))
        } else {
            let first = &temps[0];
            quote!(#first)
        };
        out.push(quote!(let #pattern = #operation;));
        for (target, temp) in targets.into_iter().zip(temps) {
            match target {
                Target::Define(name) => {
                    if name.is_blank() {
                        continue;
                    }
                    let Some(object) = self.program.resolve(name) else {
                        continue;
                    };
                    if self.program.defs.contains_key(&name.id) {
                        out.extend(self.declare_var_with(object, quote!(#temp), span));
                    } else {
                        let place = self.var_place(object);
                        out.extend(self.store_place(place, quote!(#temp), span));
                    }
                }
                Target::Assign(expr) => {
                    if crate::stmt::is_blank(expr) {
                        continue;
                    }
                    out.extend(self.store(expr, quote!(#temp)));
                }
            }
        }
        out
    }
}

fn comm_of(comm: &ast::Stmt) -> Option<Comm<'_>> {
    fn receive(expr: &ast::Expr) -> Option<&ast::Expr> {
        match &strip_parens(expr).kind {
            ExprKind::Unary {
                op: UnaryOp::Recv,
                operand,
            } => Some(operand),
            _ => None,
        }
    }
    match &comm.kind {
        StmtKind::Send { channel, value } => Some(Comm::Send { channel, value }),
        StmtKind::Expr(expr) => Some(Comm::Recv {
            channel: receive(expr)?,
            targets: Vec::new(),
            with_ok: false,
        }),
        StmtKind::Define { lhs, rhs } => Some(Comm::Recv {
            channel: receive(rhs.first()?)?,
            with_ok: lhs.len() == 2,
            targets: lhs.iter().map(Target::Define).collect(),
        }),
        StmtKind::Assign { lhs, rhs, .. } => Some(Comm::Recv {
            channel: receive(rhs.first()?)?,
            with_ok: lhs.len() == 2,
            targets: lhs.iter().map(Target::Assign).collect(),
        }),
        _ => None,
    }
}

/// A word for naming a case variable after its channel.
fn channel_word(channel: &ast::Expr) -> String {
    match &strip_parens(channel).kind {
        ExprKind::Ident(ident) => snake_case(&ident.name),
        ExprKind::Selector { field, .. } => snake_case(&field.name),
        ExprKind::Call { func, .. } => match &strip_parens(func).kind {
            ExprKind::Selector { field, .. } => snake_case(&field.name),
            ExprKind::Ident(ident) => snake_case(&ident.name),
            _ => "case".to_string(),
        },
        _ => "case".to_string(),
    }
    .trim_end_matches('_')
    .to_string()
}

/// Whether the statements contain an operation that waits (and so yields
/// to other goroutines).
pub fn may_yield(program: &Program, stmts: &[ast::Stmt]) -> bool {
    struct Finder<'p> {
        program: &'p Program,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
            match &stmt.kind {
                StmtKind::Send { .. } => self.found = true,
                StmtKind::Select { clauses } if clauses.iter().all(|clause| clause.comm.is_some()) => self.found = true,
                StmtKind::Range { subject, .. } => {
                    if matches!(
                        self.program.types.underlying_kind(self.program.expr_type(subject.id)),
                        TypeKind::Chan(..)
                    ) {
                        self.found = true;
                    }
                }
                _ => {}
            }
            !self.found
        }
        fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
            match &expr.kind {
                ExprKind::Unary { op: UnaryOp::Recv, .. } => self.found = true,
                ExprKind::FuncLit { .. } => return false,
                ExprKind::Call { .. } => {
                    let blocking = match self.program.callees.get(&expr.id) {
                        Some(Callee::Func(id)) => self.program.func(*id).blocking,
                        Some(Callee::Method(method)) => self.program.func(method.func).blocking,
                        Some(Callee::Value) => self.program.dynamic_calls_block,
                        _ => false,
                    };
                    if blocking {
                        self.found = true;
                    }
                }
                _ => {}
            }
            !self.found
        }
    }
    let mut finder = Finder { program, found: false };
    walk::walk_stmts(&mut finder, stmts);
    let _: Option<ObjId> = None;
    finder.found
}
