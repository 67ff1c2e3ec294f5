//! Function bodies and statements.

use std::collections::HashMap;

use go2rs_analysis::{Callee, FuncId, ObjId, TypeId, TypeKind};
use go2rs_syntax::Span;
use go2rs_syntax::ast::{self, AssignOp, BinaryOp, ExprKind, StmtKind};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Gen;
use crate::expr::{Place, strip_parens};
use crate::names::{LocalNames, ident, snake_case};

/// What a `break` or `continue` can target.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    Loop,
    Switch,
    Select,
}

pub struct Frame {
    pub kind: FrameKind,
    pub go_label: Option<String>,
    /// The Rust label of the construct (for labelled loops, and for
    /// `break` out of a switch or select).
    pub label: String,
    pub label_used: bool,
    /// For a three-clause loop with a post statement: the label of the
    /// block that `continue` leaves so that the post statement runs.
    pub continue_label: Option<String>,
    pub continue_label_used: bool,
}

/// The state of the function being generated.
pub struct FuncState {
    pub is_async: bool,
    pub locals: LocalNames,
    pub names: HashMap<ObjId, String>,
    /// The receiver of a value method, spelled `self`.
    pub self_receiver: Option<ObjId>,
    /// `self` is taken by value (a `Copy` receiver), not by reference.
    pub self_by_value: bool,
    /// The pointer receiver of a method (a `&Ptr<T>` parameter).
    pub pointer_receiver: Option<ObjId>,
    /// Inside an immediately called literal that is emitted as a block:
    /// `return` leaves the block.
    pub return_label: Option<String>,
    /// Named result variables, for naked returns.
    pub results: Vec<Option<ObjId>>,
    pub result_types: Vec<TypeId>,
    /// The `Defers` list, when deferred calls need one.
    pub defers: Option<String>,
    /// The deferred calls run after the body (which `catch` runs): `return`
    /// stores the results (into this slot when they are not named).
    pub explicit_return: Option<Option<proc_macro2::Ident>>,
    /// Set in a function that calls `recover` itself: whether it was called
    /// as a deferred function.
    pub recover_flag: Option<proc_macro2::Ident>,
    /// Append sites that get Go's stack buffer, with the flag recording
    /// that the function call used it.
    pub stack_appends: HashMap<go2rs_syntax::ast::ExprId, proc_macro2::Ident>,
    pub frames: Vec<Frame>,
    /// The parameter name of `with` closures.
    pub cell_param: String,
    /// Reads that move their variable (its only read).
    pub movable: std::collections::HashSet<go2rs_syntax::ast::ExprId>,
}

impl FuncState {
    /// `identifiers` are the function's Go identifiers (snake-cased): the
    /// closure parameter of `with` must not shadow one of them.
    pub fn new(is_async: bool, identifiers: impl IntoIterator<Item = String>) -> FuncState {
        let identifiers: std::collections::HashSet<String> = identifiers.into_iter().collect();
        let mut cell_param = "it".to_string();
        let mut index = 2;
        while identifiers.contains(&cell_param) {
            cell_param = format!("it_{index}");
            index += 1;
        }
        let mut reserved: Vec<String> = identifiers.into_iter().filter(|name| name == "self").collect();
        reserved.push(cell_param.clone());
        let locals = LocalNames::with_reserved(reserved);
        FuncState {
            is_async,
            locals,
            names: HashMap::new(),
            self_receiver: None,
            self_by_value: false,
            pointer_receiver: None,
            return_label: None,
            results: Vec::new(),
            result_types: Vec::new(),
            defers: None,
            explicit_return: None,
            recover_flag: None,
            stack_appends: HashMap::new(),
            frames: Vec::new(),
            cell_param,
            movable: std::collections::HashSet::new(),
        }
    }

    /// For package variable initialisers.
    pub fn for_initializer() -> FuncState {
        FuncState::new(false, Vec::new())
    }
}

impl<'p> Gen<'p> {
    pub fn state(&mut self) -> &mut FuncState {
        self.func.as_mut().expect("inside a function")
    }

    pub fn in_async(&self) -> bool {
        self.func.as_ref().is_some_and(|state| state.is_async)
    }

    /// The Rust name of a local variable, assigned at its declaration.
    pub fn local_name(&mut self, object: ObjId) -> String {
        if let Some(name) = self.func.as_ref().and_then(|state| state.names.get(&object)) {
            return name.clone();
        }
        let go_name = self.program.object(object).name.clone();
        let state = self.state();
        let name = state.locals.name(&go_name);
        state.names.insert(object, name.clone());
        name
    }

    pub fn temp(&mut self, base: &str) -> proc_macro2::Ident {
        let name = self.state().locals.temp(base);
        ident(&name)
    }

    pub fn cell_param(&mut self) -> proc_macro2::Ident {
        ident(&self.state().cell_param.clone())
    }

    /// A function's body as a block, with its prologue (shared parameters,
    /// named results, the defer list).
    pub fn function_body(&mut self, id: FuncId, body: &'p ast::Block, _signature: &ast::FuncType) -> TokenStream {
        let program = self.program;
        let func = program.func(id);
        let mut reserved: Vec<String> = Vec::new();
        if func.receiver.is_some_and(|(_, pointer)| !pointer) {
            reserved.push("self".to_string());
        }
        reserved.extend(identifier_names(&body.stmts));
        let saved = self.func.replace(FuncState::new(func.blocking, reserved));
        self.state().movable = crate::moves::movable_reads(program, &body.stmts);
        let mut prologue = Vec::new();
        // Parameters (the receiver first).
        for (index, param) in func.params.iter().enumerate() {
            let Some(object) = param else {
                continue;
            };
            let info = program.var_info(*object).cloned().unwrap_or_default();
            if info.is_receiver && func.receiver.is_some_and(|(_, pointer)| !pointer) {
                if info.captured || info.is_mutated() {
                    // A value receiver is a copy: a closure needs its own,
                    // and writes go to the copy (`self` is a reference).
                    if !info.captured && !reads_variable(program, &body.stmts, *object) {
                        // Written, never read (Go's no-op `f.v++` on a copy).
                        let name = self.local_name(*object);
                        self.state().names.insert(*object, format!("_{name}"));
                    }
                    let name = ident(&self.local_name(*object));
                    let copy = func.receiver.is_some_and(|(ty, _)| self.is_copy(ty));
                    let value = if copy { quote!(self) } else { quote!(self.clone()) };
                    if info.is_shared() {
                        let ptr = self.use_item("Ptr");
                        prologue.push(quote!(let #name = #ptr::new(#value);));
                    } else if info.is_mutated() {
                        prologue.push(quote!(let mut #name = #value;));
                    } else {
                        prologue.push(quote!(let #name = #value;));
                    }
                } else {
                    let by_value = func.receiver.is_some_and(|(ty, _)| self.is_copy(ty));
                    self.state().self_receiver = Some(*object);
                    self.state().self_by_value = by_value;
                }
                continue;
            }
            let _ = index;
            let name = ident(&self.local_name(*object));
            if info.is_receiver {
                if info.is_mutated() {
                    // A pointer receiver the method moves (`t = t.Left`).
                    prologue.push(quote!(let mut #name = #name.clone();));
                    continue;
                }
                // `c: &Ptr<T>`: shared already.
                self.state().pointer_receiver = Some(*object);
                continue;
            }
            if let Some(rebind) = self.sliced_array_rebinding(*object, body.span) {
                prologue.push(rebind);
                continue;
            }
            if info.is_shared() {
                let ptr = self.use_item("Ptr");
                prologue.push(quote!(let #name = #ptr::new(#name);));
            }
        }
        // Named results.
        let signature = program.types.signature(func.signature).cloned();
        let result_types = signature.map(|s| s.results).unwrap_or_default();
        self.state().results = func.results.clone();
        self.state().result_types = result_types.clone();
        let explicit = self.needs_explicit_defers(id);
        for (object, ty) in func.results.iter().zip(&result_types) {
            let Some(object) = object else {
                continue;
            };
            if explicit {
                self.reserve_result_name(*object);
            }
            let name = ident(&self.local_name(*object));
            let zero = self.zero_value(*ty, body.span);
            let info = program.var_info(*object).cloned().unwrap_or_default();
            let rust_ty = self.rust_type(*ty, body.span);
            if info.is_shared() {
                let ptr = self.use_item("Ptr");
                prologue.push(quote!(let #name = #ptr::new(#zero);));
            } else {
                prologue.push(quote!(let mut #name: #rust_ty = #zero;));
            }
        }
        self.name_unread_locals(id, &body.stmts);
        self.recover_prologue(&body.stmts, &mut prologue);
        self.stack_append_prologue(&body.stmts, &mut prologue);
        if explicit {
            self.explicit_defers_prologue(&mut prologue, body.span);
        } else if func.has_defer && body.stmts.iter().any(nested_defer) {
            // Deferred calls inside loops or blocks need a list.
            let name = self.state().locals.temp("defers");
            let defers_type = self.use_item("Defers");
            let name_ident = ident(&name);
            prologue.push(quote!(let mut #name_ident = #defers_type::new();));
            self.state().defers = Some(name);
        }
        let mut stmts = self.stmts(&body.stmts, Some(body.span.start + 1));
        if explicit {
            stmts = self.explicit_defers_body(stmts, func.blocking);
        }
        self.func = saved;
        quote!({
            #(#prologue)*
            #(#stmts)*
        })
    }

    /// Statements with their comments.
    pub fn stmts(&mut self, stmts: &'p [ast::Stmt], start: Option<u32>) -> Vec<TokenStream> {
        let mut out = Vec::new();
        let mut previous_end = start;
        for stmt in stmts {
            if matches!(stmt.kind, StmtKind::Empty) {
                continue;
            }
            let first = previous_end == start;
            let markers = self.comments.leading_markers(stmt.span, previous_end);
            for marker in markers {
                // No blank line right after an opening brace.
                if first && marker.to_string().contains("go2rs_blank") {
                    continue;
                }
                out.push(marker);
            }
            out.extend(self.stmt(stmt));
            if let Some(trailing) = self.comments.trailing_marker(stmt.span) {
                out.push(trailing);
            }
            previous_end = Some(stmt.span.end);
        }
        out
    }

    pub fn block(&mut self, block: &'p ast::Block) -> TokenStream {
        let stmts = self.stmts(&block.stmts, Some(block.span.start + 1));
        quote!({ #(#stmts)* })
    }

    fn stmt(&mut self, stmt: &'p ast::Stmt) -> Vec<TokenStream> {
        match &stmt.kind {
            StmtKind::Empty | StmtKind::Bad => Vec::new(),
            StmtKind::Expr(expr) => {
                self.statement_call = Some(expr.id);
                let value = self.value(expr);
                self.statement_call = None;
                // A call that became an `if` (errors.As) is a statement.
                let is_if = matches!(value.clone().into_iter().next(), Some(proc_macro2::TokenTree::Ident(word)) if word == "if");
                if is_if { vec![value] } else { vec![quote!(#value;)] }
            }
            StmtKind::Send { channel, value } => {
                let elem = self
                    .program
                    .types
                    .elem(self.program.expr_type(channel.id))
                    .unwrap_or(self.program.types.invalid());
                let channel_tokens = self.receiver(channel);
                let value = self.value_as(value, elem);
                vec![quote!(#channel_tokens.send(#value).await;)]
            }
            StmtKind::IncDec { operand, increment } => {
                let op = if *increment { BinaryOp::Add } else { BinaryOp::Sub };
                let ty = self.program.expr_type(operand.id);
                let one = self.one(ty, stmt.span);
                self.compound_assign(operand, op, one, stmt.span)
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(stmt, lhs, *op, rhs),
            StmtKind::Define { lhs, rhs } => self.define(stmt.span, lhs, rhs),
            StmtKind::Var(decl) => {
                let mut out = Vec::new();
                for spec in &decl.specs {
                    out.extend(self.var_spec(spec));
                }
                out
            }
            // Local constants are folded into the expressions that use them.
            StmtKind::Const(_) => Vec::new(),
            // Local types are hoisted to the module.
            StmtKind::Type(_) => Vec::new(),
            StmtKind::Go(expr) => self.go_stmt(expr),
            StmtKind::Defer(expr) => self.defer_stmt(stmt, expr),
            StmtKind::Return(results) => vec![self.return_stmt(stmt, results)],
            StmtKind::Break(label) => vec![self.break_stmt(stmt.span, label.as_ref())],
            StmtKind::Continue(label) => vec![self.continue_stmt(stmt.span, label.as_ref())],
            StmtKind::Goto(_) => {
                self.unsupported(stmt.span, "goto");
                Vec::new()
            }
            StmtKind::Fallthrough => Vec::new(),
            StmtKind::Block(block) => vec![self.block(block)],
            StmtKind::If { .. } => vec![self.if_stmt(stmt)],
            StmtKind::Switch { init, tag, clauses } => vec![self.switch_stmt(stmt, init.as_deref(), tag.as_ref(), clauses, None)],
            StmtKind::TypeSwitch {
                init,
                binding,
                subject,
                clauses,
            } => vec![self.type_switch_stmt(init.as_deref(), binding.as_ref(), subject, clauses, None)],
            StmtKind::Select { clauses } => vec![self.select_stmt(stmt, clauses, None)],
            StmtKind::For { init, cond, post, body } => {
                vec![self.for_stmt(stmt, init.as_deref(), cond.as_ref(), post.as_deref(), body, None)]
            }
            StmtKind::Range {
                key,
                value,
                define,
                subject,
                body,
            } => vec![self.range_stmt(stmt, key.as_ref(), value.as_ref(), *define, subject, body, None)],
            StmtKind::Labeled { label, stmt: inner } => match &inner.kind {
                StmtKind::For { init, cond, post, body } => {
                    vec![self.for_stmt(inner, init.as_deref(), cond.as_ref(), post.as_deref(), body, Some(&label.name))]
                }
                StmtKind::Range {
                    key,
                    value,
                    define,
                    subject,
                    body,
                } => vec![self.range_stmt(inner, key.as_ref(), value.as_ref(), *define, subject, body, Some(&label.name))],
                StmtKind::Switch { init, tag, clauses } => {
                    vec![self.switch_stmt(inner, init.as_deref(), tag.as_ref(), clauses, Some(&label.name))]
                }
                StmtKind::Select { clauses } => vec![self.select_stmt(inner, clauses, Some(&label.name))],
                StmtKind::TypeSwitch {
                    init,
                    binding,
                    subject,
                    clauses,
                } => vec![self.type_switch_stmt(init.as_deref(), binding.as_ref(), subject, clauses, Some(&label.name))],
                _ => {
                    self.unsupported(label.span, "labels on statements other than loops, switch and select");
                    self.stmt(inner)
                }
            },
        }
    }

    /// `1` of a numeric type, for `++` and `--`.
    fn one(&mut self, ty: TypeId, span: Span) -> TokenStream {
        if self.program.types.is_float(ty) {
            if self.is_user_named(ty) {
                let name = self.struct_path(ty, span);
                return quote!(#name(1.0));
            }
            return quote!(1.0);
        }
        if self.is_user_named(ty) {
            let name = self.struct_path(ty, span);
            return quote!(#name(1));
        }
        if self.lib_type(ty) == Some(crate::ty::LibType::Duration) {
            let time = self.use_module("time");
            return quote!(#time::Duration(1));
        }
        quote!(1)
    }

    // ----- assignments -----

    fn assign(&mut self, stmt: &'p ast::Stmt, lhs: &'p [ast::Expr], op: AssignOp, rhs: &'p [ast::Expr]) -> Vec<TokenStream> {
        if let AssignOp::Compound(binary) = op {
            let ty = self.program.expr_type(lhs[0].id);
            let value = if binary.is_shift() {
                self.value(&rhs[0])
            } else {
                self.value_as(&rhs[0], ty)
            };
            let lock_free = self.is_lock_free(&rhs[0]);
            return self.compound_assign_checked(&lhs[0], binary, value, stmt.span, lock_free);
        }
        if lhs.len() == rhs.len() {
            if lhs.len() == 1 {
                return self.assign_one(&lhs[0], &rhs[0]);
            }
            // a, b = b, a: every right side first.
            let mut out = Vec::new();
            let mut temps = Vec::new();
            for (target, value) in lhs.iter().zip(rhs) {
                let ty = self.program.expr_type(target.id);
                let temp = self.temp("value");
                if is_blank(target) {
                    let value = self.value(value);
                    out.push(quote!(let #temp = #value;));
                } else {
                    let value = self.value_as(value, ty);
                    let rust_ty = self.rust_type(ty, target.span);
                    out.push(quote!(let #temp: #rust_ty = #value;));
                }
                temps.push(temp);
            }
            for (target, temp) in lhs.iter().zip(temps) {
                if is_blank(target) {
                    continue;
                }
                out.extend(self.store(target, quote!(#temp)));
            }
            return out;
        }
        // a, b = f() / v, ok = m[k] / v, ok = <-ch
        let value = self.multi_value(&rhs[0], lhs.len());
        let mut temps = Vec::new();
        let mut out = Vec::new();
        for target in lhs {
            if is_blank(target) {
                temps.push(quote!(_));
            } else {
                let temp = self.temp("value");
                temps.push(quote!(#temp));
            }
        }
        out.push(quote!(let (#(#temps),*) = #value;));
        for (target, temp) in lhs.iter().zip(temps) {
            if is_blank(target) {
                continue;
            }
            out.extend(self.store(target, temp));
        }
        out
    }

    fn assign_one(&mut self, target: &'p ast::Expr, value: &'p ast::Expr) -> Vec<TokenStream> {
        if is_blank(target) {
            let value = self.value(value);
            return vec![quote!(let _ = #value;)];
        }
        let ty = self.program.expr_type(target.id);
        let value_tokens = self.value_as(value, ty);
        let place = self.place(target);
        if matches!(place, Place::Local(_)) || self.is_lock_free(value) {
            return self.store_place(place, value_tokens, target.span);
        }
        // Evaluate the value before locking the target's cell.
        let temp = self.temp("value");
        let rust_ty = self.rust_type(ty, target.span);
        let mut out = vec![quote!(let #temp: #rust_ty = #value_tokens;)];
        out.extend(self.store_place(place, quote!(#temp), target.span));
        out
    }

    /// Stores an already evaluated value into a Go assignable expression.
    pub fn store(&mut self, target: &'p ast::Expr, value: TokenStream) -> Vec<TokenStream> {
        let place = self.place(target);
        self.store_place(place, value, target.span)
    }

    pub fn store_place(&mut self, place: Place, value: TokenStream, span: Span) -> Vec<TokenStream> {
        let it = self.cell_param();
        match place {
            Place::Local(target) => vec![quote!(#target = #value;)],
            Place::Cell { root, path } => {
                if path.is_empty() {
                    vec![quote!(#root.set(#value);)]
                } else {
                    vec![quote!(#root.with_mut(|#it| #it #path = #value);)]
                }
            }
            Place::Element { slice, index, path } => {
                if path.is_empty() {
                    vec![quote!(#slice.set(#index, #value);)]
                } else {
                    vec![quote!(#slice.with_mut(#index, |#it| #it #path = #value);)]
                }
            }
            Place::MapEntry { map, key } => vec![quote!(#map.insert(#key, #value);)],
            Place::Array { slice, .. } => vec![quote!(#slice.assign_array(#value);)],
            Place::Temporary(_) | Place::Value(_) => {
                self.unsupported(span, "assignment to this expression");
                Vec::new()
            }
        }
    }

    /// `x op= v` (and `x++`).
    fn compound_assign(&mut self, target: &'p ast::Expr, op: BinaryOp, value: TokenStream, span: Span) -> Vec<TokenStream> {
        self.compound_assign_checked(target, op, value, span, false)
    }

    fn compound_assign_checked(
        &mut self,
        target: &'p ast::Expr,
        op: BinaryOp,
        value: TokenStream,
        span: Span,
        lock_free: bool,
    ) -> Vec<TokenStream> {
        let ty = self.program.expr_type(target.id);
        let place = self.place(target);
        let it = self.cell_param();
        let mut out = Vec::new();
        // Evaluate non-trivial values before locking a cell.
        let value = if matches!(place, Place::Local(_)) || lock_free || is_trivial_tokens(&value) {
            value
        } else {
            let temp = self.temp("value");
            if op.is_shift() {
                out.push(quote!(let #temp = #value;));
            } else {
                let rust_ty = self.rust_type(ty, span);
                out.push(quote!(let #temp: #rust_ty = #value;));
            }
            quote!(#temp)
        };
        let update = |target: TokenStream, generator: &mut Self| -> TokenStream {
            match op {
                BinaryOp::Shl => quote!(#target = #target.go_shl(#value)),
                BinaryOp::Shr => quote!(#target = #target.go_shr(#value)),
                BinaryOp::AndNot => quote!(#target &= !#value),
                BinaryOp::Div | BinaryOp::Rem
                    if generator.program.types.is_integer(ty)
                        && !generator.program.types.is_unsigned(ty)
                        && !generator.is_user_named(ty)
                        && generator.lib_type(ty).is_none() =>
                {
                    let method = if op == BinaryOp::Div {
                        format_ident!("wrapping_div")
                    } else {
                        format_ident!("wrapping_rem")
                    };
                    quote!(#target = #target.#method(#value))
                }
                BinaryOp::Add if generator.program.types.is_string(ty) => quote!(#target += #value),
                _ => {
                    let assign = compound_operator(op);
                    quote!(#target #assign #value)
                }
            }
        };
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.use_item("GoShift");
        }
        match place {
            Place::Local(target) => {
                let update = update(target, self);
                out.push(quote!(#update;));
            }
            Place::Cell { root, path } => {
                let target = if path.is_empty() { quote!(*#it) } else { quote!(#it #path) };
                let update = update(target, self);
                out.push(quote!(#root.with_mut(|#it| #update);));
            }
            Place::Element { slice, index, path } => {
                let target = if path.is_empty() { quote!(*#it) } else { quote!(#it #path) };
                let update = update(target, self);
                out.push(quote!(#slice.with_mut(#index, |#it| #update);));
            }
            Place::MapEntry { map, key } => {
                let update = update(quote!(*#it), self);
                out.push(quote!(#map.with_mut(#key, |#it| #update);));
            }
            Place::Array { .. } | Place::Temporary(_) | Place::Value(_) => self.unsupported(span, "assignment to this expression"),
        }
        out
    }

    /// `a, b := ...`.
    fn define(&mut self, span: Span, lhs: &'p [ast::Ident], rhs: &'p [ast::Expr]) -> Vec<TokenStream> {
        let program = self.program;
        // Which names are new.
        let targets: Vec<(Option<ObjId>, bool)> = lhs
            .iter()
            .map(|ident| {
                if ident.is_blank() {
                    return (None, false);
                }
                let new = program.defs.contains_key(&ident.id);
                (program.resolve(ident), new)
            })
            .collect();
        if lhs.len() == rhs.len() && lhs.len() == 1 {
            let (object, new) = targets[0];
            let Some(object) = object else {
                let value = self.value(&rhs[0]);
                return vec![quote!(let _ = #value;)];
            };
            let ty = program.object(object).ty;
            if !new {
                let value = self.value_as(&rhs[0], ty);
                let place = self.var_place(object);
                return self.store_place(place, value, span);
            }
            return self.declare_var(object, Some(&rhs[0]), span);
        }
        if lhs.len() == rhs.len() {
            // Constants and other variables can be declared one by one.
            let independent = rhs.iter().all(|value| {
                program.expr(value.id).is_some_and(|info| info.value.is_some())
                    || match &strip_parens(value).kind {
                        ExprKind::Ident(name) => !lhs.iter().any(|target| target.name == name.name),
                        _ => false,
                    }
            });
            if independent && targets.iter().all(|(_, new)| *new) {
                let mut out = Vec::new();
                for ((object, _), value) in targets.iter().zip(rhs) {
                    match object {
                        Some(object) => out.extend(self.declare_var(*object, Some(value), span)),
                        None => {
                            let value = self.value(value);
                            out.push(quote!(let _ = #value;));
                        }
                    }
                }
                return out;
            }
            // Several single values: evaluate all first (Go evaluates the
            // right side before assigning).
            let mut out = Vec::new();
            let mut temps = Vec::new();
            for ((object, _), value) in targets.iter().zip(rhs) {
                let temp = self.temp("value");
                match object {
                    Some(object) => {
                        let ty = program.object(*object).ty;
                        let value = self.value_as(value, ty);
                        let rust_ty = self.rust_type(ty, span);
                        out.push(quote!(let #temp: #rust_ty = #value;));
                    }
                    None => {
                        let value = self.value(value);
                        out.push(quote!(let #temp = #value;));
                    }
                }
                temps.push(temp);
            }
            for ((object, new), temp) in targets.iter().zip(temps) {
                let Some(object) = object else {
                    continue;
                };
                if *new {
                    out.extend(self.declare_var_with(*object, quote!(#temp), span));
                } else {
                    let place = self.var_place(*object);
                    out.extend(self.store_place(place, quote!(#temp), span));
                }
            }
            return out;
        }
        // a, b := f() / v, ok := m[k] / v, ok := <-ch
        let value = self.multi_value(&rhs[0], lhs.len());
        let all_new_plain = targets.iter().all(|(object, new)| match object {
            None => true,
            Some(object) => *new && !program.var_info(*object).is_some_and(|info| info.is_shared()),
        });
        if all_new_plain {
            let patterns: Vec<TokenStream> = targets
                .iter()
                .map(|(object, _)| match object {
                    None => quote!(_),
                    Some(object) => {
                        let name = ident(&self.local_name(*object));
                        if program.var_info(*object).is_some_and(|info| info.is_mutated()) {
                            quote!(mut #name)
                        } else {
                            quote!(#name)
                        }
                    }
                })
                .collect();
            return vec![quote!(let (#(#patterns),*) = #value;)];
        }
        let mut temps = Vec::new();
        for (object, _) in &targets {
            if object.is_some() {
                let temp = self.temp("value");
                temps.push(quote!(#temp));
            } else {
                temps.push(quote!(_));
            }
        }
        let mut out = vec![quote!(let (#(#temps),*) = #value;)];
        for ((object, new), temp) in targets.iter().zip(temps) {
            let Some(object) = object else {
                continue;
            };
            if *new {
                out.extend(self.declare_var_with(*object, temp, span));
            } else {
                let place = self.var_place(*object);
                out.extend(self.store_place(place, temp, span));
            }
        }
        out
    }

    /// The place of a variable by object.
    pub fn var_place(&mut self, object: ObjId) -> Place {
        let info = self.program.var_info(object).cloned().unwrap_or_default();
        if info.global {
            let name = ident(
                &self
                    .global_names
                    .get(&object)
                    .cloned()
                    .unwrap_or_else(|| snake_case(&self.program.object(object).name)),
            );
            return Place::Cell {
                root: quote!(#name),
                path: TokenStream::new(),
            };
        }
        if self.func.as_ref().and_then(|state| state.self_receiver) == Some(object) {
            return Place::Local(quote!(self));
        }
        let name = ident(&self.local_name(object));
        if info.sliced
            && let TypeKind::Array(len, _) = self.program.types.underlying_kind(self.program.object(object).ty)
        {
            return Place::Array {
                slice: quote!(#name),
                len: *len,
            };
        }
        if info.is_shared() && !info.is_receiver {
            Place::Cell {
                root: quote!(#name),
                path: TokenStream::new(),
            }
        } else {
            Place::Local(quote!(#name))
        }
    }

    /// Locals of `func` that are written but never read (Go counts `x += 1`
    /// as a use, Rust does not) get a leading underscore.
    pub fn name_unread_locals(&mut self, func: FuncId, body: &[ast::Stmt]) {
        let program = self.program;
        let locals = self.locals_by_owner.get_or_insert_with(|| {
            let mut locals: HashMap<FuncId, Vec<ObjId>> = HashMap::new();
            for (index, object) in program.objects.iter().enumerate() {
                if let go2rs_analysis::ObjKind::Var(info) = &object.kind
                    && let Some(owner) = info.owner
                    && !info.is_param
                    && !info.is_result
                    && !info.is_receiver
                    && !info.captured
                {
                    locals.entry(owner).or_default().push(ObjId(index as u32));
                }
            }
            locals
        });
        let candidates = locals.get(&func).cloned().unwrap_or_default();
        if candidates.is_empty() {
            return;
        }
        let read = read_variables(program, body);
        for object in candidates {
            if !read.contains(&object) {
                let name = self.local_name(object);
                if !name.starts_with('_') {
                    self.state().names.insert(object, format!("_{name}"));
                }
            }
        }
    }

    /// `let a = Slice::from_vec(Vec::from(a));` for an array variable that
    /// is sliced and was bound as an array (a parameter, a range variable).
    pub fn sliced_array_rebinding(&mut self, object: ObjId, span: Span) -> Option<TokenStream> {
        let info = self.program.var_info(object)?;
        let ty = self.program.object(object).ty;
        if !info.sliced || !matches!(self.program.types.underlying_kind(ty), TypeKind::Array(..)) {
            return None;
        }
        let name = ident(&self.local_name(object));
        let slice = self.use_item("Slice");
        let elem = self.program.types.elem(ty).unwrap_or(ty);
        let elem = self.rust_type(elem, span);
        Some(quote!(let #name: #slice<#elem> = #slice::from_vec(Vec::from(#name));))
    }

    /// `let` for a new local variable initialised from `init` (or its zero
    /// value).
    pub fn declare_var(&mut self, object: ObjId, init: Option<&'p ast::Expr>, span: Span) -> Vec<TokenStream> {
        let ty = self.program.object(object).ty;
        let value = match init {
            Some(init) => self.value_as(init, ty),
            None => self.zero_value(ty, span),
        };
        let annotate = init.is_none_or(|init| needs_annotation(self, init));
        self.declare_var_typed(object, value, span, annotate)
    }

    pub fn declare_var_with(&mut self, object: ObjId, value: TokenStream, span: Span) -> Vec<TokenStream> {
        self.declare_var_typed(object, value, span, false)
    }

    fn declare_var_typed(&mut self, object: ObjId, value: TokenStream, span: Span, annotate: bool) -> Vec<TokenStream> {
        let program = self.program;
        let info = program.var_info(object).cloned().unwrap_or_default();
        let ty = program.object(object).ty;
        let name = ident(&self.local_name(object));
        if info.sliced && matches!(program.types.underlying_kind(ty), TypeKind::Array(..)) {
            let slice = self.use_item("Slice");
            let elem = program.types.elem(ty).unwrap_or(ty);
            let elem = self.rust_type(elem, span);
            return vec![quote!(let #name: #slice<#elem> = #slice::from_vec(Vec::from(#value));)];
        }
        if info.is_shared() {
            let ptr = self.use_item("Ptr");
            if annotate {
                let rust_ty = self.rust_type(ty, span);
                return vec![quote!(let #name: #ptr<#rust_ty> = #ptr::new(#value);)];
            }
            return vec![quote!(let #name = #ptr::new(#value);)];
        }
        let mutability = if info.is_mutated() { quote!(mut) } else { TokenStream::new() };
        if annotate {
            let rust_ty = self.rust_type(ty, span);
            vec![quote!(let #mutability #name: #rust_ty = #value;)]
        } else {
            vec![quote!(let #mutability #name = #value;)]
        }
    }

    fn var_spec(&mut self, spec: &'p ast::VarSpec) -> Vec<TokenStream> {
        let program = self.program;
        let objects: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .map(|name| if name.is_blank() { None } else { program.resolve(name) })
            .collect();
        if spec.values.is_empty() {
            let mut out = Vec::new();
            for object in objects.into_iter().flatten() {
                out.extend(self.declare_var(object, None, spec.span));
            }
            return out;
        }
        if spec.values.len() == spec.names.len() {
            let mut out = Vec::new();
            for (object, value) in objects.into_iter().zip(&spec.values) {
                match object {
                    Some(object) => out.extend(self.declare_var(object, Some(value), spec.span)),
                    None => {
                        let value = self.value(value);
                        out.push(quote!(let _ = #value;));
                    }
                }
            }
            return out;
        }
        let value = self.multi_value(&spec.values[0], spec.names.len());
        let mut temps = Vec::new();
        for object in &objects {
            if object.is_some() {
                let temp = self.temp("value");
                temps.push(quote!(#temp));
            } else {
                temps.push(quote!(_));
            }
        }
        let mut out = vec![quote!(let (#(#temps),*) = #value;)];
        for (object, temp) in objects.iter().zip(temps) {
            if let Some(object) = object {
                out.extend(self.declare_var_with(*object, temp, spec.span));
            }
        }
        out
    }

    // ----- return, break, continue -----

    fn return_stmt(&mut self, stmt: &'p ast::Stmt, results: &'p [ast::Expr]) -> TokenStream {
        if let Some(slot) = self.func.as_ref().and_then(|state| state.explicit_return.clone()) {
            return self.explicit_return_stmt(results, slot);
        }
        let tokens = self.return_value_stmt(stmt, results);
        // In a literal emitted as a labelled block, `return` breaks out.
        match self.func.as_ref().and_then(|state| state.return_label.clone()) {
            Some(label) => {
                let lifetime = syn::Lifetime::new(&format!("'{label}"), proc_macro2::Span::call_site());
                let text = tokens.to_string();
                let value: TokenStream = text
                    .strip_prefix("return")
                    .unwrap_or(&text)
                    .trim_end_matches(';')
                    .parse()
                    .unwrap_or_default();
                quote!(break #lifetime #value;)
            }
            None => tokens,
        }
    }

    /// `return` in a body whose deferred calls run after it: the results
    /// are stored (in the named results, or the result slot), then the body
    /// ends.
    fn explicit_return_stmt(&mut self, results: &'p [ast::Expr], slot: Option<proc_macro2::Ident>) -> TokenStream {
        let types = self.func.as_ref().map(|state| state.result_types.clone()).unwrap_or_default();
        if results.is_empty() {
            return quote!(return;);
        }
        let values: Vec<TokenStream> = if results.len() == 1 && types.len() > 1 {
            vec![self.spread_value(&results[0], &types)]
        } else {
            results.iter().zip(&types).map(|(result, ty)| self.value_as(result, *ty)).collect()
        };
        let value = if values.len() == 1 {
            values[0].clone()
        } else {
            quote!((#(#values),*))
        };
        if let Some(slot) = slot {
            return quote!({ #slot = #value; return; });
        }
        // Named results: all values first (`return b, a` swaps).
        let named: Vec<Option<ObjId>> = self.func.as_ref().map(|state| state.results.clone()).unwrap_or_default();
        let temps: Vec<proc_macro2::Ident> = (0..named.len()).map(|_| self.temp("result")).collect();
        let mut stores = Vec::new();
        for (object, temp) in named.iter().zip(&temps) {
            if let Some(object) = object {
                let place = self.var_place(*object);
                stores.extend(self.store_place(place, quote!(#temp), Span::default()));
            }
        }
        let pattern = if temps.len() == 1 {
            let temp = &temps[0];
            quote!(#temp)
        } else {
            quote!((#(#temps),*))
        };
        quote!({ let #pattern = #value; #(#stores)* return; })
    }

    /// Whether a function's deferred calls run after its body explicitly
    /// (rather than from guards): they may recover a panic, or change the
    /// named results after a `return`.
    pub fn needs_explicit_defers(&self, id: FuncId) -> bool {
        let program = self.program;
        let func = program.func(id);
        if !func.has_defer {
            return false;
        }
        let uses_recover = program
            .callees
            .values()
            .any(|callee| matches!(callee, go2rs_analysis::Callee::Builtin(go2rs_analysis::Builtin::Recover)));
        uses_recover
            || func
                .results
                .iter()
                .flatten()
                .any(|object| program.var_info(*object).is_some_and(|info| info.captured))
    }

    /// Flags for the append sites that get Go's stack buffer.
    pub fn stack_append_prologue(&mut self, body: &[ast::Stmt], prologue: &mut Vec<TokenStream>) {
        let mut sites: Vec<(ast::ExprId, ObjId)> = crate::escape::stack_appends(self.program, body).into_iter().collect();
        sites.sort();
        for (call, object) in sites {
            let name = self.program.object(object).name.clone();
            let flag = self.temp(&format!("{}_stack_used", crate::names::snake_case(&name)));
            prologue.push(quote!(let mut #flag = false;));
            self.state().stack_appends.insert(call, flag);
        }
    }

    /// A named result that `return` assigns from inner scopes (where a
    /// variable of the same Go name may shadow it) gets a Rust name of its
    /// own.
    pub fn reserve_result_name(&mut self, object: ObjId) {
        let go_name = self.program.object(object).name.clone();
        let name = self.state().locals.temp(&crate::names::snake_case(&go_name));
        self.state().names.insert(object, name);
    }

    pub fn uses_recover(&self) -> bool {
        self.program
            .callees
            .values()
            .any(|callee| matches!(callee, go2rs_analysis::Callee::Builtin(go2rs_analysis::Builtin::Recover)))
    }

    /// `let recovering = take_armed();` for a body that calls `recover`
    /// itself.
    pub fn recover_prologue(&mut self, body: &[ast::Stmt], prologue: &mut Vec<TokenStream>) {
        if calls_recover_directly(self.program, body) {
            let flag = self.temp("recovering");
            prologue.insert(0, quote!(let #flag = go2rs_runtime::panic::take_armed();));
            self.state().recover_flag = Some(flag);
        }
    }

    /// The prologue and the wrapping of a body whose deferred calls run
    /// explicitly: `let mut defers = Defers::new();`, a slot for unnamed
    /// results; returns the slot.
    pub fn explicit_defers_prologue(&mut self, prologue: &mut Vec<TokenStream>, span: Span) {
        let name = self.state().locals.temp("defers");
        let defers_type = self.use_item("Defers");
        let name_ident = ident(&name);
        prologue.push(quote!(let mut #name_ident = #defers_type::new();));
        self.state().defers = Some(name);
        let types = self.state().result_types.clone();
        let named = self.state().results.iter().any(Option::is_some);
        let slot = if !types.is_empty() && !named {
            let slot = self.temp("result");
            let rust = self.result_type(&types, span);
            let zeros: Vec<TokenStream> = types.iter().map(|ty| self.zero_value(*ty, span)).collect();
            let zero = if zeros.len() == 1 {
                zeros[0].clone()
            } else {
                quote!((#(#zeros),*))
            };
            prologue.push(quote!(let mut #slot: #rust = #zero;));
            Some(slot)
        } else {
            None
        };
        self.state().explicit_return = Some(slot);
    }

    /// The body run under `catch`, the deferred calls, then the results.
    pub fn explicit_defers_body(&mut self, stmts: Vec<TokenStream>, is_async: bool) -> Vec<TokenStream> {
        let state = self.state();
        let defers = ident(state.defers.as_deref().unwrap_or("defers"));
        let slot = state.explicit_return.clone().flatten();
        let named: Vec<Option<ObjId>> = state.results.clone();
        let panic = self.temp("panic");
        let mut out = Vec::new();
        if is_async {
            out.push(quote!(let #panic = go2rs_runtime::catch_async(async { #(#stmts)* }).await;));
        } else {
            out.push(quote!(let #panic = go2rs_runtime::catch(|| { #(#stmts)* });));
        }
        out.push(quote!(#defers.finish(#panic);));
        if let Some(slot) = slot {
            out.push(quote!(#slot));
        } else if named.iter().any(Option::is_some) {
            let mut values = Vec::new();
            for object in named.iter().flatten() {
                let place = self.var_place(*object);
                let ty = self.program.object(*object).ty;
                values.push(self.read_place(place, ty));
            }
            if values.len() == 1 {
                let value = &values[0];
                out.push(quote!(#value));
            } else {
                out.push(quote!((#(#values),*)));
            }
        }
        out
    }

    fn return_value_stmt(&mut self, stmt: &'p ast::Stmt, results: &'p [ast::Expr]) -> TokenStream {
        let types = self.func.as_ref().map(|state| state.result_types.clone()).unwrap_or_default();
        if results.is_empty() {
            let named: Vec<Option<ObjId>> = self.func.as_ref().map(|state| state.results.clone()).unwrap_or_default();
            if named.is_empty() || types.is_empty() {
                return quote!(return;);
            }
            let mut values = Vec::new();
            for object in named.iter().flatten() {
                let place = self.var_place(*object);
                let ty = self.program.object(*object).ty;
                values.push(self.read_place(place, ty));
            }
            return if values.len() == 1 {
                let value = &values[0];
                quote!(return #value;)
            } else {
                quote!(return (#(#values),*);)
            };
        }
        if results.len() == 1 && types.len() > 1 {
            // return f() with several results.
            let value = self.spread_value(&results[0], &types);
            return quote!(return #value;);
        }
        let values: Vec<TokenStream> = results.iter().zip(&types).map(|(result, ty)| self.value_as(result, *ty)).collect();
        let _ = stmt;
        if values.len() == 1 {
            let value = &values[0];
            quote!(return #value;)
        } else {
            quote!(return (#(#values),*);)
        }
    }

    fn find_frame(&mut self, label: Option<&ast::Ident>, want_loop: bool) -> Option<usize> {
        let state = self.func.as_ref()?;
        for (index, frame) in state.frames.iter().enumerate().rev() {
            match label {
                Some(label) => {
                    if frame.go_label.as_deref() == Some(label.name.as_str()) {
                        return Some(index);
                    }
                }
                None => {
                    if !want_loop || frame.kind == FrameKind::Loop {
                        return Some(index);
                    }
                }
            }
        }
        None
    }

    fn break_stmt(&mut self, span: Span, label: Option<&ast::Ident>) -> TokenStream {
        let Some(index) = self.find_frame(label, false) else {
            self.unsupported(span, "break outside a loop, switch or select");
            return TokenStream::new();
        };
        let state = self.state();
        let innermost_loop = state.frames.iter().rposition(|frame| frame.kind == FrameKind::Loop);
        let frame = &mut state.frames[index];
        // An unlabelled Rust `break` leaves the innermost Rust loop: fine
        // when that is the target and no labelled block is in between.
        if frame.kind == FrameKind::Loop && label.is_none() && innermost_loop == Some(index) {
            return quote!(break;);
        }
        frame.label_used = true;
        let lifetime = syn::Lifetime::new(&format!("'{}", frame.label), proc_macro2::Span::call_site());
        quote!(break #lifetime;)
    }

    fn continue_stmt(&mut self, span: Span, label: Option<&ast::Ident>) -> TokenStream {
        let Some(index) = self.find_frame(label, true) else {
            self.unsupported(span, "continue outside a loop");
            return TokenStream::new();
        };
        let state = self.state();
        let innermost_loop = state.frames.iter().rposition(|frame| frame.kind == FrameKind::Loop);
        let frame = &mut state.frames[index];
        if frame.kind != FrameKind::Loop {
            self.unsupported(span, "continue to a label that is not a loop");
            return TokenStream::new();
        }
        if let Some(continue_label) = frame.continue_label.clone() {
            frame.continue_label_used = true;
            let lifetime = syn::Lifetime::new(&format!("'{continue_label}"), proc_macro2::Span::call_site());
            return quote!(break #lifetime;);
        }
        if label.is_none() && innermost_loop == Some(index) {
            return quote!(continue;);
        }
        frame.label_used = true;
        let lifetime = syn::Lifetime::new(&format!("'{}", frame.label), proc_macro2::Span::call_site());
        quote!(continue #lifetime;)
    }

    pub fn push_frame(&mut self, kind: FrameKind, go_label: Option<&str>) {
        let base = match (go_label, kind) {
            (Some(label), _) => snake_case(label),
            (None, FrameKind::Loop) => "loop_".to_string(),
            (None, FrameKind::Switch) => "switch".to_string(),
            (None, FrameKind::Select) => "select".to_string(),
        };
        let label = self.state().locals.temp(&format!("label_{base}")).replacen("label_", "", 1);
        self.state().frames.push(Frame {
            kind,
            go_label: go_label.map(str::to_string),
            label,
            label_used: false,
            continue_label: None,
            continue_label_used: false,
        });
    }

    pub fn pop_frame(&mut self) -> Frame {
        self.state().frames.pop().expect("frame pushed")
    }

    pub fn frame_lifetime(frame: &Frame) -> syn::Lifetime {
        syn::Lifetime::new(&format!("'{}", frame.label), proc_macro2::Span::call_site())
    }

    // ----- if -----

    fn if_stmt(&mut self, stmt: &'p ast::Stmt) -> TokenStream {
        let StmtKind::If {
            init,
            cond,
            then,
            otherwise,
        } = &stmt.kind
        else {
            unreachable!()
        };
        let init_tokens = init.as_deref().map(|init| self.stmt(init));
        let cond = self.condition(cond);
        let then = self.block(then);
        let otherwise = otherwise.as_deref().map(|otherwise| match &otherwise.kind {
            StmtKind::If { .. } => {
                let nested = self.if_stmt(otherwise);
                quote!(else #nested)
            }
            StmtKind::Block(block) => {
                let block = self.block(block);
                quote!(else #block)
            }
            _ => TokenStream::new(),
        });
        let if_tokens = quote!(if #cond #then #otherwise);
        match init_tokens {
            Some(init) => quote!({ #(#init)* #if_tokens }),
            None => if_tokens,
        }
    }

    pub fn condition(&mut self, cond: &'p ast::Expr) -> TokenStream {
        let value = self.value(cond);
        // Go's parentheses around a condition are dropped, but a struct
        // literal at the top of a Rust condition needs them:
        // `if s != (S{2})` becomes `if (s != S { a: 2 })`.
        if self.has_exterior_struct_literal(cond) {
            quote!((#value))
        } else {
            value
        }
    }

    /// Whether the Rust for `expr` starts a struct literal outside any
    /// call or brackets, where `if` and `while` would take its `{` for
    /// their body.
    fn has_exterior_struct_literal(&self, expr: &ast::Expr) -> bool {
        match &expr.kind {
            ExprKind::Composite { .. } => {
                let ty = self.program.expr_type(expr.id);
                matches!(self.program.types.underlying_kind(ty), TypeKind::Struct(_))
            }
            ExprKind::Paren(inner) => self.has_exterior_struct_literal(inner),
            ExprKind::Binary { left, right, .. } => self.has_exterior_struct_literal(left) || self.has_exterior_struct_literal(right),
            ExprKind::Unary { op, operand } => *op != ast::UnaryOp::Addr && self.has_exterior_struct_literal(operand),
            ExprKind::Selector { operand, .. }
            | ExprKind::Index { operand, .. }
            | ExprKind::Slice { operand, .. }
            | ExprKind::TypeAssert { operand, .. } => self.has_exterior_struct_literal(operand),
            _ => false,
        }
    }

    // ----- loops -----

    fn for_stmt(
        &mut self,
        stmt: &'p ast::Stmt,
        init: Option<&'p ast::Stmt>,
        cond: Option<&'p ast::Expr>,
        post: Option<&'p ast::Stmt>,
        body: &'p ast::Block,
        label: Option<&str>,
    ) -> TokenStream {
        if let Some(range) = self.counting_range(init, cond, post, body) {
            return self.counting_loop(range, body, label);
        }
        let init_tokens = init.map(|init| self.stmt(init)).unwrap_or_default();
        // Per-iteration copies of variables a closure captures and writes.
        if let Some(init) = init
            && let StmtKind::Define { lhs, .. } = &init.kind
        {
            for ident_node in lhs {
                if let Some(object) = self.program.resolve(ident_node)
                    && self.program.var_info(object).is_some_and(|info| info.is_shared())
                {
                    self.unsupported(ident_node.span, "a loop variable that a closure captures and modifies");
                }
            }
        }
        self.push_frame(FrameKind::Loop, label);
        let uses_continue = post.is_some() && contains_continue_for(&body.stmts, label);
        if uses_continue {
            let name = self.state().locals.temp("next");
            self.state().frames.last_mut().expect("frame").continue_label = Some(name);
        }
        let body_stmts = self.stmts(&body.stmts, Some(body.span.start + 1));
        let post_tokens = post.map(|post| self.stmt(post)).unwrap_or_default();
        let preempt = self.preempt_point(&body.stmts, cond.is_none() || post.is_none());
        let frame = self.pop_frame();
        let body_tokens = if let (true, Some(next)) = (frame.continue_label_used, &frame.continue_label) {
            let next = syn::Lifetime::new(&format!("'{next}"), proc_macro2::Span::call_site());
            quote! {
                #next: {
                    #(#body_stmts)*
                }
                #(#post_tokens)*
                #preempt
            }
        } else {
            quote! {
                #(#body_stmts)*
                #(#post_tokens)*
                #preempt
            }
        };
        let label_tokens = if frame.label_used {
            let lifetime = Self::frame_lifetime(&frame);
            quote!(#lifetime:)
        } else {
            TokenStream::new()
        };
        let loop_tokens = match cond {
            Some(cond) => {
                let cond = self.condition(cond);
                quote!(#label_tokens while #cond { #body_tokens })
            }
            None => quote!(#label_tokens loop { #body_tokens }),
        };
        let _ = stmt;
        if init_tokens.is_empty() {
            loop_tokens
        } else {
            quote!({ #(#init_tokens)* #loop_tokens })
        }
    }

    /// `rt::preempt().await` at the end of an unbounded loop of an async
    /// function whose body never yields: Go would preempt it.
    fn preempt_point(&mut self, body: &[ast::Stmt], unbounded: bool) -> TokenStream {
        if !unbounded || !self.in_async() || crate::select::may_yield(self.program, body) {
            return TokenStream::new();
        }
        quote!(go2rs_runtime::preempt().await;)
    }

    // One parameter per part of Go's range statement.
    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        stmt: &'p ast::Stmt,
        key: Option<&'p ast::Expr>,
        value: Option<&'p ast::Expr>,
        define: bool,
        subject: &'p ast::Expr,
        body: &'p ast::Block,
        label: Option<&str>,
    ) -> TokenStream {
        let program = self.program;
        let subject_ty = program.expr_type(subject.id);
        let key = key.filter(|key| !is_blank(key));
        let value = value.filter(|value| !is_blank(value));
        self.push_frame(FrameKind::Loop, label);
        // Loop variables: patterns for `:=`, temporaries stored afterwards
        // for `=`.
        let mut prelude = Vec::new();
        let mut pattern = |generator: &mut Self, target: Option<&'p ast::Expr>| -> TokenStream {
            let Some(target) = target else {
                return quote!(_);
            };
            if define {
                let ExprKind::Ident(name) = &target.kind else {
                    return quote!(_);
                };
                let Some(object) = generator.program.resolve(name) else {
                    return quote!(_);
                };
                let info = generator.program.var_info(object).cloned().unwrap_or_default();
                let rust_name = ident(&generator.local_name(object));
                if !reads_variable(generator.program, &body.stmts, object) {
                    // Written (a field of the loop copy) but never read.
                    let unread_name = format!("_{rust_name}");
                    generator.state().names.insert(object, unread_name.clone());
                    let unread = ident(&unread_name);
                    return if info.is_mutated() { quote!(mut #unread) } else { quote!(#unread) };
                }
                if let Some(rebind) = generator.sliced_array_rebinding(object, target.span) {
                    prelude.push(rebind);
                    quote!(#rust_name)
                } else if info.is_shared() {
                    let ptr = generator.use_item("Ptr");
                    prelude.push(quote!(let #rust_name = #ptr::new(#rust_name);));
                    quote!(#rust_name)
                } else if info.is_mutated() {
                    quote!(mut #rust_name)
                } else {
                    quote!(#rust_name)
                }
            } else {
                let temp = generator.temp("item");
                prelude.extend(generator.store(target, quote!(#temp)));
                quote!(#temp)
            }
        };
        let underlying = program.types.underlying_kind(subject_ty).clone();
        let mut subject_binding: Option<TokenStream> = None;
        let mut int_range = None;
        let named = self.is_user_named(subject_ty);
        let header = match underlying {
            TypeKind::Basic(basic) if basic.is_integer() => {
                let key_pattern = pattern(self, key);
                let count = self.value(subject);
                let zero = if self.is_user_named(subject_ty) {
                    let name = self.struct_path(subject_ty, subject.span);
                    self.unsupported(subject.span, "range over a named integer type");
                    quote!(#name(0))
                } else {
                    quote!(0)
                };
                int_range = Some((key_pattern.clone(), zero.clone(), count.clone()));
                quote!(for #key_pattern in #zero..#count)
            }
            TypeKind::Basic(_) => {
                // A string: byte offsets and runes.
                let key_pattern = pattern(self, key);
                let value_pattern = pattern(self, value);
                let text = self.owned_subject(subject);
                quote!(for (#key_pattern, #value_pattern) in #text.runes())
            }
            TypeKind::Slice(_) => {
                let key_pattern = pattern(self, key);
                let value_pattern = pattern(self, value);
                let slice = self.receiver(subject);
                let slice = if named { quote!(#slice.0) } else { slice };
                match (key.is_some(), value.is_some()) {
                    (_, true) => quote!(for (#key_pattern, #value_pattern) in #slice.entries()),
                    (true, false) => quote!(for #key_pattern in 0..#slice.len()),
                    (false, false) => quote!(for _ in 0..#slice.len()),
                }
            }
            TypeKind::Array(len, _) => {
                let key_pattern = pattern(self, key);
                let value_pattern = pattern(self, value);
                let len = proc_macro2::Literal::i64_unsuffixed(len as i64);
                if value.is_some() {
                    let array = self.value(subject);
                    let array = if named { quote!(#array.0) } else { array };
                    quote!(for (#key_pattern, #value_pattern) in (0_i64..).zip(#array))
                } else {
                    quote!(for #key_pattern in 0_i64..#len)
                }
            }
            TypeKind::Map(..) => {
                let key_pattern = pattern(self, key);
                let value_pattern = pattern(self, value);
                let map = self.receiver(subject);
                let map = if named { quote!(#map.0) } else { map };
                if value.is_some() {
                    quote!(for (#key_pattern, #value_pattern) in #map.entries())
                } else {
                    quote!(for #key_pattern in #map.keys())
                }
            }
            TypeKind::Chan(..) => {
                let key_pattern = pattern(self, key);
                // Go evaluates the channel once; `while let` re-evaluates.
                let channel = if matches!(strip_parens(subject).kind, ExprKind::Ident(_)) {
                    self.receiver(subject)
                } else {
                    let value = self.value(subject);
                    let channel = self.temp("channel");
                    subject_binding = Some(quote!(let #channel = #value;));
                    quote!(#channel)
                };
                // `for range ch`: only whether a value came.
                if key.is_none() {
                    quote!(while #channel.next().await.is_some())
                } else {
                    quote!(while let Some(#key_pattern) = #channel.next().await)
                }
            }
            TypeKind::Pointer(elem) if matches!(program.types.underlying_kind(elem), TypeKind::Array(..)) => {
                // `range p` for a pointer to an array: the elements read
                // through the pointer as the loop reaches them.
                let len = match program.types.underlying_kind(elem) {
                    TypeKind::Array(len, _) => *len,
                    _ => 0,
                };
                let key_pattern = pattern(self, key);
                let value_pattern = value.map(|_| pattern(self, value));
                let pointer_value = self.value(subject);
                let pointer = self.temp("array");
                subject_binding = Some(quote!(let #pointer = #pointer_value;));
                let index = self.temp("index");
                let it = self.cell_param();
                let len = proc_macro2::Literal::i64_unsuffixed(len as i64);
                if let Some(value_pattern) = value_pattern {
                    let elem = program.types.elem(elem).unwrap_or(elem);
                    let read = if self.is_copy(elem) {
                        quote!(#it[#index as usize])
                    } else {
                        quote!(#it[#index as usize].clone())
                    };
                    prelude.insert(0, quote!(let #value_pattern = #pointer.with(|#it| #read);));
                }
                if key.is_some() {
                    prelude.insert(0, quote!(let #key_pattern = #index;));
                }
                quote!(for #index in 0_i64..#len)
            }
            TypeKind::Pointer(_) => {
                self.unsupported(subject.span, "range over this pointer");
                TokenStream::new()
            }
            _ => {
                self.unsupported(subject.span, "range over this type");
                TokenStream::new()
            }
        };
        let body_stmts = self.stmts(&body.stmts, Some(body.span.start + 1));
        let frame = self.pop_frame();
        let label_tokens = if frame.label_used {
            let lifetime = Self::frame_lifetime(&frame);
            quote!(#lifetime:)
        } else {
            TokenStream::new()
        };
        let _ = stmt;
        let header = match int_range {
            Some((key_pattern, zero, count)) => {
                let zero = self.typed_start(zero, &count, subject_ty, &key_pattern.to_string());
                quote!(for #key_pattern in #zero..#count)
            }
            None => header,
        };
        let loop_tokens = quote! {
            #label_tokens #header {
                #(#prelude)*
                #(#body_stmts)*
            }
        };
        match subject_binding {
            Some(binding) => quote!({ #binding #loop_tokens }),
            None => loop_tokens,
        }
    }

    /// The range subject as an owned value (Go evaluates it once; the body
    /// may reassign the variable).
    fn owned_subject(&mut self, subject: &'p ast::Expr) -> TokenStream {
        self.value(subject)
    }

    // ----- switch -----

    fn switch_stmt(
        &mut self,
        stmt: &'p ast::Stmt,
        init: Option<&'p ast::Stmt>,
        tag: Option<&'p ast::Expr>,
        clauses: &'p [ast::CaseClause],
        label: Option<&str>,
    ) -> TokenStream {
        let init_tokens = init.map(|init| self.stmt(init)).unwrap_or_default();
        self.push_frame(FrameKind::Switch, label);
        let has_fallthrough = clauses
            .iter()
            .any(|clause| clause.body.last().is_some_and(|last| matches!(last.kind, StmtKind::Fallthrough)));
        let tag_ty = tag.map(|tag| self.program.expr_type(tag.id));
        let body = if has_fallthrough {
            self.switch_with_fallthrough(tag, clauses)
        } else if let Some(tag_expr) = tag
            && self.matchable(tag_expr, clauses)
        {
            self.switch_as_match(tag_expr, clauses)
        } else {
            self.switch_as_if_chain(tag, tag_ty, clauses)
        };
        let frame = self.pop_frame();
        let body = if frame.label_used {
            let lifetime = Self::frame_lifetime(&frame);
            quote!(#lifetime: { #body })
        } else {
            body
        };
        let _ = stmt;
        if init_tokens.is_empty() {
            body
        } else {
            quote!({ #(#init_tokens)* #body })
        }
    }

    /// `switch v := x.(type)`: an if-chain over the dynamic type, each
    /// clause binding its own `v` (the value as the case's type when the
    /// case lists one type).
    fn type_switch_stmt(
        &mut self,
        init: Option<&'p ast::Stmt>,
        binding: Option<&'p ast::Ident>,
        subject: &'p ast::Expr,
        clauses: &'p [ast::TypeCaseClause],
        label: Option<&str>,
    ) -> TokenStream {
        let init_tokens = init.map(|init| self.stmt(init)).unwrap_or_default();
        self.push_frame(FrameKind::Switch, label);
        let subject_ty = self.program.expr_type(subject.id);
        let mut prelude = Vec::new();
        let subject_tokens = match (&crate::expr::strip_parens(subject).kind, self.place(subject)) {
            (ExprKind::Ident(_), Place::Local(tokens)) => tokens,
            _ => {
                let value = self.value(subject);
                let name = self.temp("subject");
                prelude.push(quote!(let #name = #value;));
                quote!(#name)
            }
        };
        let mut branches = Vec::new();
        let mut default_body: Option<TokenStream> = None;
        for (index, clause) in clauses.iter().enumerate() {
            let object = binding.and_then(|binding| self.program.type_switch_vars.get(&(binding.id, index)).copied());
            let used = object.is_some_and(|object| reads_variable(self.program, &clause.body, object));
            let single = match clause.types.as_slice() {
                [Some(ty)] => self.program.type_switch_cases.get(&ty.span).copied(),
                _ => None,
            };
            let mut bindings = Vec::new();
            let condition;
            if let (Some(ty), false) = (single, clause.is_default) {
                let is_interface = self.program.types.is_interface(ty);
                let test = if is_interface {
                    let object_ty = self.interface_object(ty);
                    quote!(#subject_tokens.cast::<#object_ty>())
                } else {
                    let rust = self.dynamic_rust_type(ty, clause.span);
                    if used {
                        quote!(#subject_tokens.downcast::<#rust>())
                    } else {
                        quote!(#subject_tokens.is::<#rust>())
                    }
                };
                let wrapped = self.dynamic_wrapper(ty);
                match (object, used) {
                    (Some(object), true) => {
                        let info = self.program.var_info(object).cloned().unwrap_or_default();
                        if info.is_shared() || info.is_mutated() {
                            let value = self.temp("value");
                            bindings.extend(self.declare_var_with(object, quote!(#value), clause.span));
                            condition = match &wrapped {
                                Some(wrapper) => quote!(let Some(#wrapper(#value)) = #test),
                                None => quote!(let Some(#value) = #test),
                            };
                        } else {
                            let name = ident(&self.local_name(object));
                            condition = match &wrapped {
                                Some(wrapper) => quote!(let Some(#wrapper(#name)) = #test),
                                None => quote!(let Some(#name) = #test),
                            };
                        }
                    }
                    _ if is_interface => condition = quote!(#test.is_some()),
                    _ => condition = test,
                }
            } else {
                let mut tests = Vec::new();
                for case in &clause.types {
                    match case {
                        None => tests.push(quote!(#subject_tokens.is_nil())),
                        Some(ty_expr) => {
                            let Some(ty) = self.program.type_switch_cases.get(&ty_expr.span).copied() else {
                                continue;
                            };
                            if self.program.types.is_interface(ty) {
                                let object_ty = self.interface_object(ty);
                                tests.push(quote!(#subject_tokens.cast::<#object_ty>().is_some()));
                            } else {
                                let rust = self.dynamic_rust_type(ty, ty_expr.span);
                                tests.push(quote!(#subject_tokens.is::<#rust>()));
                            }
                        }
                    }
                }
                condition = quote!(#(#tests)||*);
                if let (Some(object), true) = (object, used) {
                    bindings.extend(self.declare_var_with(object, quote!(#subject_tokens.clone()), clause.span));
                }
                let _ = subject_ty;
            }
            let body = self.stmts(&clause.body, Some(clause.span.start));
            if clause.is_default {
                default_body = Some(quote!(#(#bindings)* #(#body)*));
                continue;
            }
            branches.push((condition, quote!(#(#bindings)* #(#body)*)));
        }
        let mut chain = match default_body {
            Some(body) if !body.is_empty() => quote!({ #body }),
            _ => TokenStream::new(),
        };
        for (condition, body) in branches.into_iter().rev() {
            chain = if chain.is_empty() {
                quote!(if #condition { #body })
            } else {
                quote!(if #condition { #body } else #chain)
            };
        }
        let frame = self.pop_frame();
        let mut body = if prelude.is_empty() {
            chain
        } else {
            quote!({ #(#prelude)* #chain })
        };
        if frame.label_used {
            let lifetime = Self::frame_lifetime(&frame);
            body = quote!(#lifetime: { #body });
        }
        if init_tokens.is_empty() {
            body
        } else {
            quote!({ #(#init_tokens)* #body })
        }
    }

    /// A tag switch on integers, runes, bools or strings with constant
    /// cases becomes a `match`.
    fn matchable(&self, tag: &ast::Expr, clauses: &[ast::CaseClause]) -> bool {
        let ty = self.program.expr_type(tag.id);
        let basic = self.program.types.as_basic(ty);
        let kind_ok = basic.is_some_and(|b| b.is_integer() || b.is_boolean() || b.is_string()) && !self.is_user_named(ty)
            || self.is_user_named(ty) && basic.is_some_and(|b| b.is_integer());
        if !kind_ok {
            return false;
        }
        let mut seen = Vec::new();
        for clause in clauses {
            for value in &clause.values {
                let Some(info) = self.program.expr(value.id) else {
                    return false;
                };
                let Some(constant) = &info.value else {
                    return false;
                };
                if seen.contains(constant) {
                    return false;
                }
                seen.push(constant.clone());
            }
        }
        true
    }

    fn switch_as_match(&mut self, tag: &'p ast::Expr, clauses: &'p [ast::CaseClause]) -> TokenStream {
        let ty = self.program.expr_type(tag.id);
        let is_string = self.program.types.is_string(ty);
        let is_named = self.is_user_named(ty);
        let scrutinee = if is_string {
            let value = self.receiver(tag);
            quote!(#value.as_bytes())
        } else if is_named {
            let value = self.value(tag);
            quote!(#value)
        } else {
            self.value(tag)
        };
        let mut arms = Vec::new();
        let mut default_body = None;
        // With nothing to do by default, `case X: if c { ... }` is the arm
        // `X if c => { ... }` (a failed guard reaches the empty default).
        let default_is_empty = clauses
            .iter()
            .filter(|clause| clause.is_default)
            .all(|clause| clause.body.is_empty());
        for clause in clauses {
            let guarded = match clause.body.as_slice() {
                [
                    ast::Stmt {
                        kind:
                            StmtKind::If {
                                init: None,
                                cond,
                                then,
                                otherwise: None,
                            },
                        ..
                    },
                ] if default_is_empty && !clause.is_default => Some((cond, then)),
                _ => None,
            };
            let (guard, body) = match guarded {
                Some((cond, then)) => {
                    let cond = self.value(cond);
                    let body = self.stmts(&then.stmts, Some(then.span.start));
                    (Some(cond), body)
                }
                None => (None, self.stmts(&clause.body, Some(clause.span.start))),
            };
            if clause.is_default {
                default_body = Some(body);
                continue;
            }
            let patterns: Vec<TokenStream> = clause
                .values
                .iter()
                .map(|value| {
                    let constant = self.program.expr(value.id).and_then(|info| info.value.clone());
                    match constant {
                        Some(go2rs_analysis::ConstValue::String(bytes)) => {
                            let literal = proc_macro2::Literal::byte_string(&bytes);
                            quote!(#literal)
                        }
                        // A named constant of the tag's type is a pattern by
                        // name (`RPAREN =>`).
                        Some(_)
                            if !self.program.types.is_string(ty)
                                && let ExprKind::Ident(name) = &strip_parens(value).kind
                                && let Some(object) = self.program.resolve(name)
                                && matches!(self.program.object(object).kind, go2rs_analysis::ObjKind::Const(_))
                                && self.program.object(object).ty == ty
                                && self.global_names.contains_key(&object) =>
                        {
                            self.value(value)
                        }
                        Some(constant) => {
                            if is_named {
                                let underlying = self.program.types.underlying(ty);
                                let inner = self.constant(&constant, underlying, value.span, false);
                                let name = self.struct_path(ty, value.span);
                                quote!(#name(#inner))
                            } else {
                                self.constant(&constant, ty, value.span, false)
                            }
                        }
                        None => quote!(_),
                    }
                })
                .collect();
            let guard = guard.map(|cond| quote!(if #cond));
            arms.push(quote!(#(#patterns)|* #guard => { #(#body)* }));
        }
        let default_body = default_body.unwrap_or_default();
        quote! {
            match #scrutinee {
                #(#arms)*
                _ => { #(#default_body)* }
            }
        }
    }

    fn switch_as_if_chain(&mut self, tag: Option<&'p ast::Expr>, tag_ty: Option<TypeId>, clauses: &'p [ast::CaseClause]) -> TokenStream {
        let mut prelude = Vec::new();
        let tag_tokens = match tag {
            Some(tag) => {
                let value = self.value(tag);
                let name = self.temp("tag");
                prelude.push(quote!(let #name = #value;));
                Some(quote!(#name))
            }
            None => None,
        };
        let mut branches = Vec::new();
        let mut default_body = None;
        for clause in clauses {
            let body = self.stmts(&clause.body, Some(clause.span.start));
            if clause.is_default {
                default_body = Some(body);
                continue;
            }
            let conditions: Vec<TokenStream> = clause
                .values
                .iter()
                .map(|value| match (&tag_tokens, tag_ty) {
                    (Some(tag), Some(ty)) => {
                        let value = self.comparable_operand(value, ty);
                        quote!(#tag == #value)
                    }
                    _ => self.condition(value),
                })
                .collect();
            branches.push((conditions, body));
        }
        let mut chain = match default_body {
            Some(body) if !body.is_empty() => quote!({ #(#body)* }),
            _ => TokenStream::new(),
        };
        for (conditions, body) in branches.into_iter().rev() {
            let condition = if conditions.len() == 1 {
                conditions[0].clone()
            } else {
                quote!(#(#conditions)||*)
            };
            chain = if chain.is_empty() {
                quote!(if #condition { #(#body)* })
            } else {
                quote!(if #condition { #(#body)* } else #chain)
            };
        }
        if prelude.is_empty() {
            chain
        } else {
            quote!({ #(#prelude)* #chain })
        }
    }

    /// A switch with `fallthrough`: pick the first matching clause, then run
    /// clauses from there while they fall through.
    fn switch_with_fallthrough(&mut self, tag: Option<&'p ast::Expr>, clauses: &'p [ast::CaseClause]) -> TokenStream {
        let tag_ty = tag.map(|tag| self.program.expr_type(tag.id));
        let mut prelude = Vec::new();
        let tag_tokens = match tag {
            Some(tag) => {
                let value = self.value(tag);
                let name = self.temp("tag");
                prelude.push(quote!(let #name = #value;));
                Some(quote!(#name))
            }
            None => None,
        };
        let chosen = self.temp("clause");
        let default_index = clauses.iter().position(|clause| clause.is_default).unwrap_or(clauses.len());
        let mut selection = proc_macro2::Literal::usize_unsuffixed(default_index).into_token_stream_helper();
        for (index, clause) in clauses.iter().enumerate().rev() {
            if clause.is_default {
                continue;
            }
            let conditions: Vec<TokenStream> = clause
                .values
                .iter()
                .map(|value| match (&tag_tokens, tag_ty) {
                    (Some(tag), Some(ty)) => {
                        let value = self.comparable_operand(value, ty);
                        quote!(#tag == #value)
                    }
                    _ => self.condition(value),
                })
                .collect();
            let index = proc_macro2::Literal::usize_unsuffixed(index);
            selection = quote!(if #(#conditions)||* { #index } else { #selection });
        }
        let frame_label = {
            let state = self.state();
            let frame = state.frames.last_mut().expect("switch frame");
            frame.label_used = true;
            Self::frame_lifetime(frame)
        };
        let mut runs = Vec::new();
        for (index, clause) in clauses.iter().enumerate() {
            let falls = clause.body.last().is_some_and(|last| matches!(last.kind, StmtKind::Fallthrough));
            let body = self.stmts(&clause.body, Some(clause.span.start));
            let index_literal = proc_macro2::Literal::usize_unsuffixed(index);
            let next = proc_macro2::Literal::usize_unsuffixed(index + 1);
            let tail = if falls {
                quote!(#chosen = #next;)
            } else {
                quote!(break #frame_label;)
            };
            runs.push(quote! {
                if #chosen == #index_literal {
                    #(#body)*
                    #tail
                }
            });
        }
        quote! {
            #(#prelude)*
            let mut #chosen: usize = #selection;
            #(#runs)*
        }
    }
}

trait IntoTokens {
    fn into_token_stream_helper(self) -> TokenStream;
}

impl IntoTokens for proc_macro2::Literal {
    fn into_token_stream_helper(self) -> TokenStream {
        quote!(#self)
    }
}

fn compound_operator(op: BinaryOp) -> TokenStream {
    match op {
        BinaryOp::Add => quote!(+=),
        BinaryOp::Sub => quote!(-=),
        BinaryOp::Mul => quote!(*=),
        BinaryOp::Div => quote!(/=),
        BinaryOp::Rem => quote!(%=),
        BinaryOp::And => quote!(&=),
        BinaryOp::Or => quote!(|=),
        BinaryOp::Xor => quote!(^=),
        _ => quote!(=),
    }
}

pub fn is_blank(expr: &ast::Expr) -> bool {
    matches!(&strip_parens(expr).kind, ExprKind::Ident(ident) if ident.is_blank())
}

/// Literals and plain variables: evaluating them twice or inside a cell's
/// lock is harmless.
pub fn is_simple(expr: &ast::Expr) -> bool {
    matches!(
        strip_parens(expr).kind,
        ExprKind::IntLit(_) | ExprKind::FloatLit(_) | ExprKind::StringLit(_) | ExprKind::RuneLit(_)
    )
}

impl Gen<'_> {
    /// A value that can be evaluated inside another cell's lock: a constant
    /// or a local variable that does not live in a cell.
    pub fn is_lock_free(&self, expr: &ast::Expr) -> bool {
        if self.program.expr(expr.id).is_some_and(|info| info.value.is_some()) {
            return true;
        }
        match &strip_parens(expr).kind {
            ExprKind::Ident(name) => self
                .program
                .resolve(name)
                .is_some_and(|object| self.program.var_info(object).is_some_and(|info| !info.global && !info.is_shared())),
            // A field of such a variable (not through a pointer).
            ExprKind::Selector { operand, .. } => {
                matches!(
                    self.program.selections.get(&strip_parens(expr).id),
                    Some(go2rs_analysis::Selection::Field {
                        through_pointer: false,
                        ..
                    })
                ) && self.is_lock_free(operand)
            }
            _ => is_simple(expr),
        }
    }
}

/// Tokens that cannot read a cell: a literal (`1` of `x++`).
fn is_trivial_tokens(tokens: &TokenStream) -> bool {
    let text = tokens.to_string();
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ' ' || c == '-')
}

/// Whether a `let` of this initialiser needs a type annotation (Rust would
/// otherwise infer a different type for literals and generic constructors).
fn needs_annotation(generator: &Gen<'_>, init: &ast::Expr) -> bool {
    let init = strip_parens(init);
    if generator.program.expr(init.id).is_some_and(|info| info.value.is_some()) {
        return true;
    }
    match &init.kind {
        ExprKind::Composite { .. } | ExprKind::FuncLit { .. } => true,
        ExprKind::Ident(_) => generator
            .program
            .expr(init.id)
            .is_some_and(|info| generator.program.types.as_basic(info.ty).is_some() && info.mode == go2rs_analysis::Mode::Value),
        ExprKind::Call { .. } => matches!(
            generator.program.callees.get(&init.id),
            Some(Callee::Builtin(_)) | Some(Callee::Conversion(_))
        ),
        ExprKind::Unary {
            op: ast::UnaryOp::Addr, ..
        } => true,
        _ => false,
    }
}

/// Whether a defer happens inside a nested block or loop (so the function
/// needs a list of deferred calls rather than scope guards).
pub fn nested_defer(stmt: &ast::Stmt) -> bool {
    fn contains_defer(stmts: &[ast::Stmt]) -> bool {
        stmts.iter().any(|stmt| match &stmt.kind {
            StmtKind::Defer(_) => true,
            _ => nested_defer(stmt),
        })
    }
    match &stmt.kind {
        StmtKind::Block(block) => contains_defer(&block.stmts),
        StmtKind::If { then, otherwise, .. } => {
            contains_defer(&then.stmts)
                || otherwise
                    .as_deref()
                    .is_some_and(|s| matches!(s.kind, StmtKind::Defer(_)) || nested_defer(s))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => contains_defer(&body.stmts),
        StmtKind::Switch { clauses, .. } => clauses.iter().any(|c| contains_defer(&c.body)),
        StmtKind::Select { clauses } => clauses.iter().any(|c| contains_defer(&c.body)),
        StmtKind::Labeled { stmt, .. } => matches!(stmt.kind, StmtKind::Defer(_)) || nested_defer(stmt),
        _ => false,
    }
}

/// Whether `continue` in `stmts` targets the loop (unlabelled at this
/// level, or naming `label`).
fn contains_continue_for(stmts: &[ast::Stmt], label: Option<&str>) -> bool {
    fn walk(stmt: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
        match &stmt.kind {
            StmtKind::Continue(None) => top,
            StmtKind::Continue(Some(name)) => Some(name.name.as_str()) == label,
            StmtKind::Block(block) => block.stmts.iter().any(|s| walk(s, label, top)),
            StmtKind::If { then, otherwise, .. } => {
                then.stmts.iter().any(|s| walk(s, label, top)) || otherwise.as_deref().is_some_and(|s| walk(s, label, top))
            }
            StmtKind::Labeled { stmt, .. } => walk(stmt, label, top),
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => body.stmts.iter().any(|s| walk(s, label, false)),
            StmtKind::Switch { clauses, .. } => clauses.iter().any(|c| c.body.iter().any(|s| walk(s, label, top))),
            StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| c.body.iter().any(|s| walk(s, label, top))),
            StmtKind::Select { clauses } => clauses.iter().any(|c| c.body.iter().any(|s| walk(s, label, top))),
            _ => false,
        }
    }
    stmts.iter().any(|stmt| walk(stmt, label, true))
}

/// Information for a `for i := a; i < b; i++` loop that becomes a Rust
/// range.
pub struct CountingRange<'p> {
    pub var: ObjId,
    pub start: &'p ast::Expr,
    pub end: &'p ast::Expr,
    pub inclusive: bool,
}

impl<'p> Gen<'p> {
    /// Recognises `for i := a; i < b; i++` where the body does not write
    /// `i` or what `b` reads, so that Rust's `for i in a..b` means the same.
    fn counting_range(
        &self,
        init: Option<&'p ast::Stmt>,
        cond: Option<&'p ast::Expr>,
        post: Option<&'p ast::Stmt>,
        body: &'p ast::Block,
    ) -> Option<CountingRange<'p>> {
        let program = self.program;
        let StmtKind::Define { lhs, rhs } = &init?.kind else {
            return None;
        };
        if lhs.len() != 1 || rhs.len() != 1 {
            return None;
        }
        let var = program.resolve(&lhs[0])?;
        let info = program.var_info(var)?;
        if info.is_shared() {
            return None;
        }
        let ty = program.object(var).ty;
        if !program.types.is_integer(ty) || self.is_user_named(ty) {
            return None;
        }
        let StmtKind::IncDec { operand, increment: true } = &post?.kind else {
            return None;
        };
        if !refers_to(program, operand, var) {
            return None;
        }
        let ExprKind::Binary { op, left, right } = &strip_parens(cond?).kind else {
            return None;
        };
        let inclusive = match op {
            BinaryOp::Lt => false,
            BinaryOp::Le => true,
            _ => return None,
        };
        if !refers_to(program, left, var) {
            return None;
        }
        // The bound must not change while the loop runs.
        let stable = match &strip_parens(right).kind {
            _ if program.expr(right.id).is_some_and(|info| info.value.is_some()) => true,
            ExprKind::Ident(ident) => program.resolve(ident).is_some_and(|object| {
                !writes_variable(program, &body.stmts, object)
                    && program.var_info(object).is_some_and(|info| !info.global && !info.is_shared())
            }),
            ExprKind::Call { func, args, .. } => {
                matches!(program.callees.get(&right.id), Some(Callee::Builtin(go2rs_analysis::Builtin::Len)))
                    && args.len() == 1
                    && matches!(&strip_parens(&args[0]).kind, ExprKind::Ident(ident) if program.resolve(ident).is_some_and(|object| {
                        !writes_variable(program, &body.stmts, object) && program.var_info(object).is_some_and(|info| !info.global && !info.is_shared() && !matches!(program.types.underlying_kind(program.object(object).ty), TypeKind::Chan(..)))
                    }))
                    && matches!(strip_parens(func).kind, ExprKind::Ident(_))
            }
            _ => false,
        };
        if !stable || writes_variable(program, &body.stmts, var) {
            return None;
        }
        Some(CountingRange {
            var,
            start: &rhs[0],
            end: right,
            inclusive,
        })
    }

    fn counting_loop(&mut self, range: CountingRange<'p>, body: &'p ast::Block, label: Option<&str>) -> TokenStream {
        let ty = self.program.object(range.var).ty;
        let name = if reads_variable(self.program, &body.stmts, range.var) {
            ident(&self.local_name(range.var))
        } else {
            ident("_")
        };
        let start = self.value_as(range.start, ty);
        let end = self.value_as(range.end, ty);
        self.push_frame(FrameKind::Loop, label);
        let body_stmts = self.stmts(&body.stmts, Some(body.span.start + 1));
        let frame = self.pop_frame();
        let label_tokens = if frame.label_used {
            let lifetime = Self::frame_lifetime(&frame);
            quote!(#lifetime:)
        } else {
            TokenStream::new()
        };
        let start = self.typed_start(start, &end, ty, &name.to_string());
        let range_tokens = if range.inclusive {
            quote!(#start..=#end)
        } else {
            quote!(#start..#end)
        };
        quote! {
            #label_tokens for #name in #range_tokens {
                #(#body_stmts)*
            }
        }
    }
}

impl Gen<'_> {
    /// The start of a counting loop, with the loop variable's type as a
    /// suffix when nothing else would give it one: in `for i in 0..10` both
    /// bounds are bare literals, so Rust infers `i` from how the body uses
    /// it and falls back to `i32` where the body does not say
    /// (`Arc::new(i)`, `fmt::println(&[&i])`), which `%T` and overflow
    /// would show. A bound with a type of its own (`n`, `len(xs)`) needs
    /// no suffix; neither does an `int32` loop or an unread variable.
    fn typed_start(&self, start: TokenStream, end: &TokenStream, ty: TypeId, name: &str) -> TokenStream {
        if name == "_" || !is_bare_integer(end) {
            return start;
        }
        let Ok(literal) = syn::parse2::<syn::LitInt>(start.clone()) else {
            return start;
        };
        match self.program.types.kind(ty) {
            TypeKind::Basic(basic) if literal.suffix().is_empty() && *basic != go2rs_analysis::types::Basic::Int32 => {
                let suffixed = syn::LitInt::new(&format!("{}_{}", literal.base10_digits(), Self::basic_type(*basic)), literal.span());
                quote!(#suffixed)
            }
            _ => start,
        }
    }
}

/// Whether an integer expression is made of unsuffixed literals only
/// (`10`, `2 * 5`, `(1 << 4)`), so that it gives Rust no type.
fn is_bare_integer(tokens: &TokenStream) -> bool {
    fn bare(expr: &syn::Expr) -> bool {
        match expr {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(literal),
                ..
            }) => literal.suffix().is_empty(),
            syn::Expr::Binary(binary) => bare(&binary.left) && bare(&binary.right),
            syn::Expr::Unary(unary) => bare(&unary.expr),
            syn::Expr::Paren(paren) => bare(&paren.expr),
            syn::Expr::Group(group) => bare(&group.expr),
            _ => false,
        }
    }
    syn::parse2::<syn::Expr>(tokens.clone()).is_ok_and(|expr| bare(&expr))
}

fn refers_to(program: &go2rs_analysis::Program, expr: &ast::Expr, object: ObjId) -> bool {
    matches!(&strip_parens(expr).kind, ExprKind::Ident(ident) if program.resolve(ident) == Some(object))
}

/// Whether the statements assign `object` (or take its address).
fn writes_variable(program: &go2rs_analysis::Program, stmts: &[ast::Stmt], object: ObjId) -> bool {
    struct Finder<'p> {
        program: &'p go2rs_analysis::Program,
        object: ObjId,
        found: bool,
    }
    impl<'a> go2rs_analysis::walk::Visitor<'a> for Finder<'_> {
        fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
            let targets: Vec<&ast::Expr> = match &stmt.kind {
                StmtKind::Assign { lhs, .. } => lhs.iter().collect(),
                StmtKind::IncDec { operand, .. } => vec![operand],
                StmtKind::Range {
                    key, value, define: false, ..
                } => key.iter().chain(value.iter()).collect(),
                _ => Vec::new(),
            };
            for target in targets {
                if let ExprKind::Ident(ident) = &strip_parens(target).kind
                    && self.program.resolve(ident) == Some(self.object)
                {
                    self.found = true;
                }
            }
            if let StmtKind::Define { lhs, .. } = &stmt.kind {
                for ident in lhs {
                    if self.program.uses.get(&ident.id) == Some(&self.object) {
                        self.found = true;
                    }
                }
            }
            true
        }
        fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
            if let ExprKind::Unary {
                op: ast::UnaryOp::Addr,
                operand,
            } = &expr.kind
                && let ExprKind::Ident(ident) = &strip_parens(operand).kind
                && self.program.resolve(ident) == Some(self.object)
            {
                self.found = true;
            }
            true
        }
    }
    let mut finder = Finder {
        program,
        object,
        found: false,
    };
    go2rs_analysis::walk::walk_stmts(&mut finder, stmts);
    finder.found
}

/// Whether the statements read `object` (a use that is not just the target
/// of an assignment, or the root of one).
pub fn reads_variable(program: &go2rs_analysis::Program, stmts: &[ast::Stmt], object: ObjId) -> bool {
    read_variables(program, stmts).contains(&object)
}

/// The variables the statements read (see reads_variable), in one walk.
pub fn read_variables(program: &go2rs_analysis::Program, stmts: &[ast::Stmt]) -> std::collections::HashSet<ObjId> {
    struct Reads<'p> {
        program: &'p go2rs_analysis::Program,
        /// Identifiers that are assignment targets or their roots.
        written: std::collections::HashSet<ast::ExprId>,
        read: std::collections::HashSet<ObjId>,
    }
    /// The variable an assignment target writes without reading it: `x`,
    /// or `x.f.g` with fields of values (not through pointers).
    fn written_root<'e>(program: &go2rs_analysis::Program, expr: &'e ast::Expr) -> Option<&'e ast::Expr> {
        match &expr.kind {
            ExprKind::Paren(inner) => written_root(program, inner),
            ExprKind::Ident(_) => Some(expr),
            ExprKind::Selector { operand, .. } => match program.selections.get(&expr.id) {
                Some(go2rs_analysis::Selection::Field {
                    through_pointer: false, ..
                }) => written_root(program, operand),
                _ => None,
            },
            _ => None,
        }
    }
    impl<'a> go2rs_analysis::walk::Visitor<'a> for Reads<'_> {
        fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
            match &stmt.kind {
                StmtKind::Assign { lhs, .. } => {
                    for target in lhs {
                        // `x = v`, `x.f = v`, `x += v`: Rust does not count
                        // these as reading x.
                        if let Some(root) = written_root(self.program, target) {
                            self.written.insert(root.id);
                        }
                    }
                }
                StmtKind::IncDec { operand, .. } => {
                    if let Some(root) = written_root(self.program, operand) {
                        self.written.insert(root.id);
                    }
                }
                _ => {}
            }
            true
        }
        fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
            if let ExprKind::Ident(ident) = &expr.kind
                && !self.written.contains(&expr.id)
                && let Some(object) = self.program.resolve(ident)
            {
                self.read.insert(object);
            }
            true
        }
    }
    let mut reads = Reads {
        program,
        written: std::collections::HashSet::new(),
        read: std::collections::HashSet::new(),
    };
    go2rs_analysis::walk::walk_stmts(&mut reads, stmts);
    reads.read
}

/// The snake-cased names of every identifier in the statements (nested
/// function literals included).
pub fn identifier_names(stmts: &[ast::Stmt]) -> Vec<String> {
    struct Names(Vec<String>);
    impl<'a> go2rs_analysis::walk::Visitor<'a> for Names {
        fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
            if let ExprKind::Ident(ident) = &expr.kind {
                self.0.push(snake_case(&ident.name));
            }
            true
        }
        fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
            if let StmtKind::Define { lhs, .. } = &stmt.kind {
                self.0.extend(lhs.iter().map(|ident| snake_case(&ident.name)));
            }
            true
        }
    }
    let mut names = Names(Vec::new());
    go2rs_analysis::walk::walk_stmts(&mut names, stmts);
    names.0
}

/// Whether statements call `recover()` themselves (not in a nested
/// function literal).
pub fn calls_recover_directly(program: &go2rs_analysis::Program, stmts: &[ast::Stmt]) -> bool {
    struct Finder<'p> {
        program: &'p go2rs_analysis::Program,
        found: bool,
    }
    impl<'a> go2rs_analysis::walk::Visitor<'a> for Finder<'_> {
        fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
            match &expr.kind {
                ExprKind::FuncLit { .. } => false,
                ExprKind::Call { .. } => {
                    if matches!(
                        self.program.callees.get(&expr.id),
                        Some(go2rs_analysis::Callee::Builtin(go2rs_analysis::Builtin::Recover))
                    ) {
                        self.found = true;
                    }
                    !self.found
                }
                _ => !self.found,
            }
        }
    }
    let mut finder = Finder { program, found: false };
    go2rs_analysis::walk::walk_stmts(&mut finder, stmts);
    finder.found
}
