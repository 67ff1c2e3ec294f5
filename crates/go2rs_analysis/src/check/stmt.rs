//! Statements.

use go2rs_syntax::ast::{self, AssignOp, BinaryOp, StmtKind};

use super::expr::strip_parens;
use super::{Checker, Operand, codes};
use crate::constant::ConstValue;
use crate::types::{Basic, ChanDir, TypeId, TypeKind};
use crate::{Mode, ObjId, ObjKind};

impl<'a> Checker<'a> {
    /// The statements of a block whose scope is already open.
    pub fn check_block_stmts(&mut self, stmts: &'a [ast::Stmt]) {
        for stmt in stmts {
            self.check_stmt(stmt);
        }
    }

    fn check_block(&mut self, block: &'a ast::Block) {
        self.push_scope();
        self.check_block_stmts(&block.stmts);
        self.pop_scope();
    }

    fn check_stmt(&mut self, stmt: &'a ast::Stmt) {
        match &stmt.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(expr) => {
                let operand = self.check_expr(expr, None);
                let inner = strip_parens(expr);
                let is_call = matches!(inner.kind, ast::ExprKind::Call { .. });
                let is_receive = matches!(
                    inner.kind,
                    ast::ExprKind::Unary {
                        op: ast::UnaryOp::Recv,
                        ..
                    }
                );
                if !is_call && !is_receive && !self.types.is_invalid(operand.ty) {
                    self.error(expr.span, format!("{} (value) is not used", self.source_text(expr.span)));
                }
                if is_call && operand.mode == Mode::Constant {
                    // len("abc") and friends used as statements.
                    self.error(expr.span, format!("{} (value) is not used", self.source_text(expr.span)));
                }
            }
            StmtKind::Send { channel, value } => {
                let channel_operand = self.check_expr(channel, None);
                let elem = match self.types.underlying_kind(channel_operand.ty).clone() {
                    TypeKind::Chan(dir, elem) => {
                        if dir == ChanDir::Recv {
                            self.error(
                                stmt.span,
                                format!(
                                    "invalid operation: cannot send to receive-only channel {}",
                                    self.source_text(channel.span)
                                ),
                            );
                        }
                        Some(elem)
                    }
                    _ => {
                        if !self.types.is_invalid(channel_operand.ty) {
                            self.error(
                                stmt.span,
                                format!("invalid operation: cannot send to non-channel {}", self.source_text(channel.span)),
                            );
                        }
                        None
                    }
                };
                let mut operand = self.check_expr(value, elem);
                if let Some(elem) = elem {
                    self.assign_operand(value, &mut operand, elem, "send");
                }
            }
            StmtKind::IncDec { operand, increment } => {
                let target = self.check_assign_target(operand);
                // `x++` reads x: Go counts it as a use.
                self.mark_target_read(operand);
                if let Some(ty) = target
                    && !self.types.is_numeric(ty)
                {
                    let op = if *increment { "++" } else { "--" };
                    self.error(
                        operand.span,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            self.source_text(operand.span),
                            self.type_string(ty)
                        ),
                    );
                }
            }
            StmtKind::Assign { lhs, op, rhs } => self.check_assign(stmt, lhs, *op, rhs),
            StmtKind::Define { lhs, rhs } => self.check_define(stmt, lhs, rhs),
            StmtKind::Var(decl) => {
                for spec in &decl.specs {
                    self.check_local_var_spec(spec);
                }
            }
            StmtKind::Const(decl) => {
                self.collect_consts(decl);
                for spec in &decl.specs {
                    for name in &spec.names {
                        if let Some(&id) = self.defs.get(&name.id) {
                            self.resolve_pending(id);
                        }
                    }
                }
            }
            StmtKind::Type(decl) => {
                // A local type: named like a package type (code generation
                // hoists it), in scope from its declaration on.
                for spec in &decl.specs {
                    if !spec.type_params.is_empty() {
                        self.unsupported(spec.name.span, "generic types declared inside functions");
                        continue;
                    }
                    if spec.is_alias {
                        let ty = self.resolve_type(&spec.ty);
                        let object = self.new_object(&spec.name.name, ObjKind::TypeName, ty, spec.name.span);
                        self.declare_local(&spec.name, object);
                        continue;
                    }
                    let named = self.types.new_named(&spec.name.name, None);
                    let object = self.new_object(&spec.name.name, ObjKind::TypeName, named, spec.name.span);
                    self.declare_local(&spec.name, object);
                    let underlying = self.resolve_type(&spec.ty);
                    if self.types.underlying(underlying) == named
                        || self.types.is_unresolved_named(underlying)
                        || self.types.contains_directly(underlying, named)
                    {
                        self.error(spec.name.span, format!("invalid recursive type {}", spec.name.name));
                        let invalid = self.types.invalid();
                        self.types.set_underlying(named, invalid);
                    } else {
                        self.types.set_underlying(named, underlying);
                    }
                    self.check_deferred_map_keys();
                }
            }
            StmtKind::Go(expr) | StmtKind::Defer(expr) => {
                let keyword = if matches!(stmt.kind, StmtKind::Go(_)) { "go" } else { "defer" };
                let inner = strip_parens(expr);
                if !matches!(inner.kind, ast::ExprKind::Call { .. }) {
                    self.error(expr.span, format!("expression in {keyword} must be function call"));
                    self.check_expr(expr, None);
                    return;
                }
                let operand = self.check_expr(expr, None);
                if operand.mode == Mode::Constant || operand.mode == Mode::Type {
                    self.error(expr.span, format!("{keyword} requires function call, not conversion"));
                }
                if let ast::ExprKind::Call { func, .. } = &inner.kind
                    && let ast::ExprKind::FuncLit { .. } = &strip_parens(func).kind
                    && let Some(&id) = self.literals.get(&strip_parens(func).id)
                    && keyword == "go"
                {
                    self.funcs[id.0 as usize].goroutine_body = true;
                }
                if keyword == "defer"
                    && let Some(func) = self.current_func
                {
                    self.funcs[func.0 as usize].has_defer = true;
                }
            }
            StmtKind::Return(results) => self.check_return(stmt, results),
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Fallthrough => {}
            StmtKind::Goto(label) => {
                self.unsupported(label.span, "goto");
            }
            StmtKind::Block(block) => self.check_block(block),
            StmtKind::If {
                init,
                cond,
                then,
                otherwise,
            } => {
                self.push_scope();
                if let Some(init) = init {
                    self.check_stmt(init);
                }
                self.check_condition(cond);
                self.check_block(then);
                if let Some(otherwise) = otherwise {
                    self.check_stmt(otherwise);
                }
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, clauses } => self.check_switch(init.as_deref(), tag.as_ref(), clauses),
            StmtKind::TypeSwitch {
                init,
                binding,
                subject,
                clauses,
            } => self.check_type_switch(init.as_deref(), binding.as_ref(), subject, clauses),
            StmtKind::Select { clauses } => {
                for clause in clauses {
                    self.push_scope();
                    if let Some(comm) = &clause.comm {
                        self.check_comm(comm);
                    }
                    self.check_block_stmts(&clause.body);
                    self.pop_scope();
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.push_scope();
                if let Some(init) = init {
                    self.check_stmt(init);
                }
                if let Some(cond) = cond {
                    self.check_condition(cond);
                }
                if let Some(post) = post {
                    if matches!(post.kind, StmtKind::Define { .. }) {
                        self.error(post.span, "cannot declare in post statement of for loop");
                    }
                    // Writes of the loop's own variables by the post
                    // statement go to the next iteration's copies.
                    let objects: Vec<ObjId> = match init.as_deref().map(|init| &init.kind) {
                        Some(StmtKind::Define { lhs, .. }) => lhs.iter().filter_map(|ident| self.defs.get(&ident.id).copied()).collect(),
                        _ => Vec::new(),
                    };
                    let loop_vars: Vec<(ObjId, bool)> = objects
                        .into_iter()
                        .map(|object| (object, self.var_info_mut(object).is_some_and(|info| info.reassigned)))
                        .collect();
                    self.check_stmt(post);
                    for (object, was_reassigned) in loop_vars {
                        if let Some(info) = self.var_info_mut(object)
                            && info.reassigned
                            && !was_reassigned
                        {
                            info.reassigned = false;
                            info.loop_post_write = true;
                        }
                    }
                }
                self.check_block(body);
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                subject,
                body,
            } => self.check_range(key.as_ref(), value.as_ref(), *define, subject, body),
            StmtKind::Labeled { stmt: inner, .. } => self.check_stmt(inner),
        }
    }

    fn check_condition(&mut self, cond: &'a ast::Expr) {
        let mut operand = self.check_expr(cond, None);
        if self.types.is_invalid(operand.ty) {
            return;
        }
        if !self.types.is_boolean(operand.ty) {
            self.error(cond.span, "non-boolean condition in if statement".to_string());
            return;
        }
        if self.types.is_untyped(operand.ty) {
            let bool_ty = self.types.basic(Basic::Bool);
            self.convert_untyped(cond, &mut operand, bool_ty);
        }
    }

    /// A compound assignment or `++` reads its target.
    fn mark_target_read(&mut self, target: &ast::Expr) {
        if let ast::ExprKind::Ident(ident) = &strip_parens(target).kind
            && let Some(object) = self.uses.get(&ident.id).copied()
            && let Some(info) = self.var_info_mut(object)
        {
            info.used = true;
        }
    }

    /// Checks an assignment target; returns its type. Marks the variable
    /// written.
    fn check_assign_target(&mut self, target: &'a ast::Expr) -> Option<TypeId> {
        let inner = strip_parens(target);
        if let ast::ExprKind::Ident(ident) = &inner.kind {
            if ident.is_blank() {
                return None;
            }
            let Some(object) = self.lookup(&ident.name) else {
                self.error_code(codes::UNDEFINED, ident.span, format!("undefined: {}", ident.name));
                return Some(self.types.invalid());
            };
            self.record_use(ident, object);
            if !matches!(self.objects[object.0 as usize].kind, ObjKind::Var(_)) {
                self.error(
                    target.span,
                    format!("cannot assign to {} (neither addressable nor a map index expression)", ident.name),
                );
                return Some(self.types.invalid());
            }
            self.mark_referenced(object);
            if let Some(info) = self.var_info_mut(object) {
                info.reassigned = true;
            }
            let ty = self.object_type(object);
            let operand = Operand {
                mode: Mode::Variable,
                ty,
                value: None,
            };
            self.record(target, &operand);
            if !std::ptr::eq(target, inner) {
                self.record(inner, &operand);
            }
            return Some(ty);
        }
        let operand = self.check_expr(target, None);
        if self.types.is_invalid(operand.ty) {
            return Some(operand.ty);
        }
        match operand.mode {
            Mode::Variable | Mode::MapIndex => {}
            _ => {
                self.error(
                    target.span,
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        self.source_text(target.span)
                    ),
                );
                return Some(self.types.invalid());
            }
        }
        // Storing into a part of a value-typed variable writes the variable.
        if let Some(root) = self.root_variable(target)
            && let Some(info) = self.var_info_mut(root)
        {
            info.reassigned = true;
        }
        Some(operand.ty)
    }

    fn check_assign(&mut self, stmt: &'a ast::Stmt, lhs: &'a [ast::Expr], op: AssignOp, rhs: &'a [ast::Expr]) {
        if let AssignOp::Compound(binary) = op {
            if lhs.len() != 1 || rhs.len() != 1 {
                self.error(
                    stmt.span,
                    format!("assignment operation {}= requires single-valued expressions", binary.as_str()),
                );
                return;
            }
            let Some(target_ty) = self.check_assign_target(&lhs[0]) else {
                self.error(lhs[0].span, "cannot use _ as value");
                return;
            };
            // `x += v` reads x: Go counts it as a use.
            self.mark_target_read(&lhs[0]);
            let mut operand = self.check_expr(&rhs[0], Some(target_ty));
            if self.types.is_invalid(target_ty) || self.types.is_invalid(operand.ty) {
                return;
            }
            if binary.is_shift() {
                if self.types.is_untyped(operand.ty) {
                    let uint = self.types.basic(Basic::Uint);
                    self.convert_untyped(&rhs[0], &mut operand, uint);
                }
                if !self.types.is_integer(operand.ty) || !self.types.is_integer(target_ty) {
                    self.error(
                        stmt.span,
                        format!("invalid operation: shift of type {}", self.type_string(target_ty)),
                    );
                }
                return;
            }
            if !self.assign_operand(&rhs[0], &mut operand, target_ty, "assignment") {
                return;
            }
            let allowed = match binary {
                BinaryOp::Add => self.types.is_numeric(target_ty) || self.types.is_string(target_ty),
                BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.types.is_numeric(target_ty),
                _ => self.types.is_integer(target_ty),
            };
            if !allowed {
                self.error(
                    stmt.span,
                    format!(
                        "invalid operation: operator {} not defined on {} (variable of type {})",
                        binary.as_str(),
                        self.source_text(lhs[0].span),
                        self.type_string(target_ty)
                    ),
                );
            }
            if matches!(binary, BinaryOp::Div | BinaryOp::Rem)
                && self.types.is_integer(target_ty)
                && operand.value.as_ref().and_then(ConstValue::to_integer) == Some(0)
            {
                self.error(rhs[0].span, "invalid operation: division by zero");
            }
            return;
        }
        let targets: Vec<Option<TypeId>> = lhs.iter().map(|target| self.check_assign_target(target)).collect();
        self.check_assignment_values(stmt.span, lhs.len(), &targets, rhs, "assignment");
    }

    /// Checks right-hand sides against `targets` (None: blank, any type).
    /// Handles `a, b = f()` and the comma-ok forms. Returns the value types.
    fn check_assignment_values(
        &mut self,
        span: go2rs_syntax::Span,
        count: usize,
        targets: &[Option<TypeId>],
        rhs: &'a [ast::Expr],
        context: &str,
    ) -> Vec<TypeId> {
        if rhs.len() == count {
            let mut types = Vec::new();
            for (value, target) in rhs.iter().zip(targets) {
                let mut operand = self.check_expr(value, *target);
                match target {
                    Some(target) => {
                        self.assign_operand(value, &mut operand, *target, context);
                        types.push(*target);
                    }
                    None => {
                        let ty = self.default_operand(value, &mut operand);
                        types.push(ty);
                    }
                }
            }
            return types;
        }
        if rhs.len() == 1 {
            let value = &rhs[0];
            let operand = self.check_expr(value, None);
            if self.types.is_invalid(operand.ty) {
                return vec![self.types.invalid(); count];
            }
            let comma_ok = count == 2 && matches!(operand.mode, Mode::MapIndex | Mode::CommaOk);
            let items = if comma_ok {
                vec![operand.ty, self.types.basic(Basic::Bool)]
            } else {
                self.tuple_items(operand.ty)
            };
            if items.len() != count {
                let what = match &strip_parens(value).kind {
                    ast::ExprKind::Call { func, .. } => format!(
                        "{} returns {} value{}",
                        self.source_text(func.span),
                        items.len(),
                        if items.len() == 1 { "" } else { "s" }
                    ),
                    _ => format!("{} value{}", items.len(), if items.len() == 1 { "" } else { "s" }),
                };
                self.error(
                    span,
                    format!(
                        "assignment mismatch: {count} variable{} but {what}",
                        if count == 1 { "" } else { "s" }
                    ),
                );
                return vec![self.types.invalid(); count];
            }
            let mut types = Vec::new();
            for (item, target) in items.iter().zip(targets) {
                match target {
                    Some(target) => {
                        if !self.assignable(*item, *target) && !self.types.is_invalid(*target) {
                            self.error(
                                value.span,
                                format!(
                                    "cannot use {} value as {} value in {context}",
                                    self.type_string(*item),
                                    self.type_string(*target)
                                ),
                            );
                        }
                        types.push(*target);
                    }
                    None => types.push(*item),
                }
            }
            return types;
        }
        self.error(
            span,
            format!(
                "assignment mismatch: {count} variable{} but {} value{}",
                if count == 1 { "" } else { "s" },
                rhs.len(),
                if rhs.len() == 1 { "" } else { "s" }
            ),
        );
        for value in rhs {
            self.check_expr(value, None);
        }
        vec![self.types.invalid(); count]
    }

    fn check_define(&mut self, stmt: &'a ast::Stmt, lhs: &'a [ast::Ident], rhs: &'a [ast::Expr]) {
        // Existing variables of the innermost scope are assigned, others
        // declared.
        let mut existing: Vec<Option<ObjId>> = Vec::new();
        let mut any_new = false;
        for ident in lhs {
            if ident.is_blank() {
                existing.push(None);
                continue;
            }
            match self.lookup_innermost(&ident.name) {
                Some(object) if matches!(self.objects[object.0 as usize].kind, ObjKind::Var(_)) => existing.push(Some(object)),
                _ => {
                    existing.push(None);
                    any_new = true;
                }
            }
        }
        if !any_new {
            self.error(stmt.span, "no new variables on left side of :=");
        }
        let targets: Vec<Option<TypeId>> = existing
            .iter()
            .map(|object| object.map(|object| self.objects[object.0 as usize].ty))
            .collect();
        let types = self.check_assignment_values(stmt.span, lhs.len(), &targets, rhs, "assignment");
        for ((ident, object), ty) in lhs.iter().zip(existing).zip(types) {
            match object {
                Some(object) => {
                    self.record_use(ident, object);
                    self.mark_referenced(object);
                    if let Some(info) = self.var_info_mut(object) {
                        info.reassigned = true;
                    }
                }
                None => {
                    let object = self.new_local_var(ident, ty);
                    self.declare_local(ident, object);
                }
            }
        }
    }

    fn check_local_var_spec(&mut self, spec: &'a ast::VarSpec) {
        let declared = spec.ty.as_ref().map(|ty| self.resolve_type(ty));
        let types: Vec<TypeId> = if spec.values.is_empty() {
            vec![declared.unwrap_or_else(|| self.types.invalid()); spec.names.len()]
        } else {
            let targets = vec![declared; spec.names.len()];
            self.check_assignment_values(spec.span, spec.names.len(), &targets, &spec.values, "variable declaration")
        };
        for (name, ty) in spec.names.iter().zip(types) {
            let object = self.new_local_var(name, ty);
            self.declare_local(name, object);
        }
    }

    fn check_return(&mut self, stmt: &'a ast::Stmt, results: &'a [ast::Expr]) {
        let Some(func) = self.current_func else {
            return;
        };
        let signature = self.funcs[func.0 as usize].signature;
        let Some(signature) = self.types.signature(signature).cloned() else {
            return;
        };
        if results.is_empty() {
            let named = self.funcs[func.0 as usize].results.iter().all(Option::is_some);
            if !signature.results.is_empty() && !named {
                self.error(stmt.span, "not enough return values\n\thave ()");
            }
            return;
        }
        // `return x` assigns the named results (a deferred closure sees the
        // assignment).
        let named_results: Vec<ObjId> = self.funcs[func.0 as usize].results.iter().flatten().copied().collect();
        for object in named_results {
            if let Some(info) = self.var_info_mut(object) {
                info.reassigned = true;
            }
        }
        let targets: Vec<Option<TypeId>> = signature.results.iter().map(|ty| Some(*ty)).collect();
        if results.len() != signature.results.len() && !(results.len() == 1 && signature.results.len() > 1) {
            let relation = if results.len() < signature.results.len() {
                "not enough"
            } else {
                "too many"
            };
            self.error(stmt.span, format!("{relation} return values"));
            for result in results {
                self.check_expr(result, None);
            }
            return;
        }
        if results.len() == 1 && signature.results.len() > 1 {
            let operand = self.check_expr(&results[0], None);
            let items = self.tuple_items(operand.ty);
            if items.len() != signature.results.len() && !self.types.is_invalid(operand.ty) {
                self.error(stmt.span, "not enough return values");
            }
            return;
        }
        self.check_assignment_values(stmt.span, results.len(), &targets, results, "return statement");
    }

    fn check_switch(&mut self, init: Option<&'a ast::Stmt>, tag: Option<&'a ast::Expr>, clauses: &'a [ast::CaseClause]) {
        self.push_scope();
        if let Some(init) = init {
            self.check_stmt(init);
        }
        let tag_operand = tag.map(|tag| {
            let mut operand = self.check_expr(tag, None);
            self.default_operand(tag, &mut operand);
            operand
        });
        let defaults = clauses.iter().filter(|clause| clause.is_default).count();
        if defaults > 1 {
            self.error(clauses[1].span, "multiple defaults in switch");
        }
        for clause in clauses {
            for value in &clause.values {
                match &tag_operand {
                    Some(tag_operand) => {
                        let mut operand = self.check_expr(value, Some(tag_operand.ty));
                        if self.types.is_invalid(tag_operand.ty) || self.types.is_invalid(operand.ty) {
                            continue;
                        }
                        if self.types.is_untyped(operand.ty) {
                            self.convert_untyped(value, &mut operand, tag_operand.ty);
                        } else if !self.assignable(operand.ty, tag_operand.ty) && !self.assignable(tag_operand.ty, operand.ty) {
                            self.error(
                                value.span,
                                format!(
                                    "invalid case {} in switch on {} (mismatched types {} and {})",
                                    self.source_text(value.span),
                                    self.source_text(tag.map_or(value.span, |t| t.span)),
                                    self.type_string(operand.ty),
                                    self.type_string(tag_operand.ty)
                                ),
                            );
                        }
                    }
                    None => self.check_condition(value),
                }
            }
            self.push_scope();
            self.check_block_stmts(&clause.body);
            self.pop_scope();
        }
        self.pop_scope();
    }

    /// `switch v := x.(type) { case T: ... }`: each clause declares its own
    /// `v`, of type `T` when the case lists one type, else of `x`'s type.
    fn check_type_switch(
        &mut self,
        init: Option<&'a ast::Stmt>,
        binding: Option<&'a ast::Ident>,
        subject: &'a ast::Expr,
        clauses: &'a [ast::TypeCaseClause],
    ) {
        self.push_scope();
        if let Some(init) = init {
            self.check_stmt(init);
        }
        let operand = self.check_expr(subject, None);
        let subject_ty = operand.ty;
        let valid = !self.types.is_invalid(subject_ty);
        if valid && !self.types.is_interface(subject_ty) {
            self.error(
                subject.span,
                format!(
                    "{} (variable of type {}) is not an interface",
                    self.source_text(subject.span),
                    self.type_string(subject_ty)
                ),
            );
        }
        let defaults = clauses.iter().filter(|clause| clause.is_default).count();
        if defaults > 1 {
            self.error(clauses[1].span, "multiple defaults in switch");
        }
        let mut binding_objects = Vec::new();
        let mut seen: Vec<TypeId> = Vec::new();
        for (index, clause) in clauses.iter().enumerate() {
            let mut single: Option<TypeId> = None;
            for case in &clause.types {
                match case {
                    None => {
                        single = None;
                    }
                    Some(ty_expr) => {
                        let ty = self.resolve_type(ty_expr);
                        if self.recording {
                            self.type_switch_cases.insert(ty_expr.span, ty);
                        }
                        if valid && !self.types.is_invalid(ty) {
                            if seen.contains(&ty) {
                                self.error(
                                    ty_expr.span,
                                    format!("duplicate case {} in type switch", self.source_text(ty_expr.span)),
                                );
                            }
                            seen.push(ty);
                            self.check_possible_dynamic_type(ty_expr.span, subject_ty, ty, "type switch case");
                        }
                        single = Some(ty);
                    }
                }
            }
            let clause_ty = if clause.types.len() == 1 {
                single.unwrap_or(subject_ty)
            } else {
                subject_ty
            };
            self.push_scope();
            if let Some(binding) = binding
                && !binding.is_blank()
            {
                let object = self.new_local_var(binding, clause_ty);
                if let Some(info) = self.var_info_mut(object) {
                    // Go reports `v` unused only when no clause uses it.
                    info.used = false;
                }
                let scope = self.scopes.last_mut().expect("inside a function");
                scope.insert(binding.name.clone(), object);
                if self.recording {
                    self.type_switch_vars.insert((binding.id, index), object);
                }
                binding_objects.push(object);
            }
            self.check_block_stmts(&clause.body);
            self.pop_scope();
        }
        // One report for the binding, not one per clause.
        if !binding_objects.is_empty() {
            let any_used = binding_objects
                .iter()
                .any(|object| self.var_info_mut(*object).is_some_and(|info| info.used));
            for object in &binding_objects {
                if let Some(info) = self.var_info_mut(*object) {
                    info.used = true;
                }
            }
            if !any_used && let Some(binding) = binding {
                self.error_code(
                    super::codes::UNUSED,
                    binding.span,
                    format!("declared and not used: {}", binding.name),
                );
            }
        }
        self.pop_scope();
    }

    fn check_comm(&mut self, comm: &'a ast::Stmt) {
        let receive_of = |expr: &'a ast::Expr| -> bool {
            matches!(
                strip_parens(expr).kind,
                ast::ExprKind::Unary {
                    op: ast::UnaryOp::Recv,
                    ..
                }
            )
        };
        let ok = match &comm.kind {
            StmtKind::Send { .. } => true,
            StmtKind::Expr(expr) => receive_of(expr),
            StmtKind::Define { rhs, .. }
            | StmtKind::Assign {
                rhs, op: AssignOp::Assign, ..
            } => rhs.len() == 1 && receive_of(&rhs[0]),
            _ => false,
        };
        if !ok {
            self.error(comm.span, "select case must be receive, send or assign recv");
        }
        self.check_stmt(comm);
    }

    fn check_range(
        &mut self,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        subject: &'a ast::Expr,
        body: &'a ast::Block,
    ) {
        self.push_scope();
        let mut operand = self.check_expr(subject, None);
        let int = self.types.basic(Basic::Int);
        let (key_ty, value_ty): (TypeId, Option<TypeId>) = if self.types.is_invalid(operand.ty) {
            (self.types.invalid(), Some(self.types.invalid()))
        } else {
            let underlying = match self.types.underlying_kind(operand.ty).clone() {
                TypeKind::Pointer(elem) if matches!(self.types.underlying_kind(elem), TypeKind::Array(..)) => {
                    self.types.underlying_kind(elem).clone()
                }
                other => other,
            };
            match underlying {
                TypeKind::Basic(basic) if basic.is_integer() => {
                    if self.types.is_untyped(operand.ty) {
                        self.convert_untyped(subject, &mut operand, int);
                    }
                    (operand.ty, None)
                }
                TypeKind::Basic(basic) if basic.is_string() => {
                    if self.types.is_untyped(operand.ty) {
                        let string = self.types.basic(Basic::String);
                        self.convert_untyped(subject, &mut operand, string);
                    }
                    (int, Some(self.types.basic(Basic::Int32)))
                }
                TypeKind::Slice(elem) | TypeKind::Array(_, elem) => (int, Some(elem)),
                TypeKind::Map(k, v) => (k, Some(v)),
                TypeKind::Chan(dir, elem) => {
                    if dir == ChanDir::Send {
                        self.error(
                            subject.span,
                            format!(
                                "invalid operation: range {} receive from send-only channel",
                                self.source_text(subject.span)
                            ),
                        );
                    }
                    if value.is_some() {
                        self.error(
                            subject.span,
                            format!("range over {} permits only one iteration variable", self.source_text(subject.span)),
                        );
                    }
                    (elem, None)
                }
                TypeKind::Func(_) => {
                    self.unsupported(subject.span, "range over functions (iterators)");
                    (self.types.invalid(), Some(self.types.invalid()))
                }
                _ => {
                    self.error(
                        subject.span,
                        format!(
                            "cannot range over {} (variable of type {})",
                            self.source_text(subject.span),
                            self.type_string(operand.ty)
                        ),
                    );
                    (self.types.invalid(), Some(self.types.invalid()))
                }
            }
        };
        if value.is_some() && value_ty.is_none() && !self.types.is_invalid(key_ty) {
            self.error(
                subject.span,
                format!("range over {} permits only one iteration variable", self.source_text(subject.span)),
            );
        }
        let pairs = [(key, Some(key_ty)), (value, value_ty)];
        for (target, ty) in pairs {
            let (Some(target), Some(ty)) = (target, ty) else {
                continue;
            };
            if define {
                let ast::ExprKind::Ident(ident) = &target.kind else {
                    self.error(target.span, "non-name on left side of :=");
                    continue;
                };
                let object = self.new_local_var(ident, ty);
                self.declare_local(ident, object);
                self.record(
                    target,
                    &Operand {
                        mode: Mode::Variable,
                        ty,
                        value: None,
                    },
                );
            } else if let Some(target_ty) = self.check_assign_target(target)
                && !self.assignable(ty, target_ty)
                && !self.types.is_invalid(target_ty)
            {
                self.error(
                    target.span,
                    format!("cannot assign {} to {} in range", self.type_string(ty), self.type_string(target_ty)),
                );
            }
        }
        self.check_block(body);
        self.pop_scope();
    }
}

/// Go's terminating statements: a function with results must end in one.
pub fn is_terminating_list(stmts: &[ast::Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|stmt| !matches!(stmt.kind, StmtKind::Empty))
        .is_some_and(is_terminating)
}

fn is_terminating(stmt: &ast::Stmt) -> bool {
    match &stmt.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(expr) => {
            if let ast::ExprKind::Call { func, .. } = &strip_parens(expr).kind
                && let ast::ExprKind::Ident(ident) = &strip_parens(func).kind
            {
                return ident.name == "panic";
            }
            false
        }
        StmtKind::Block(block) => is_terminating_list(&block.stmts),
        StmtKind::If { then, otherwise, .. } => is_terminating_list(&then.stmts) && otherwise.as_deref().is_some_and(is_terminating),
        StmtKind::For { cond: None, body, .. } => !contains_break(&body.stmts, None, true),
        StmtKind::Labeled { label, stmt } => match &stmt.kind {
            StmtKind::For { cond: None, body, .. } => !contains_break(&body.stmts, Some(&label.name), true),
            _ => is_terminating(stmt),
        },
        StmtKind::Switch { clauses, .. } => {
            clauses.iter().any(|clause| clause.is_default)
                && clauses.iter().all(|clause| {
                    !contains_break(&clause.body, None, true)
                        && (is_terminating_list(&clause.body)
                            || clause.body.last().is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                })
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|clause| clause.is_default)
                && clauses
                    .iter()
                    .all(|clause| !contains_break(&clause.body, None, true) && is_terminating_list(&clause.body))
        }
        StmtKind::Select { clauses } => clauses
            .iter()
            .all(|clause| !contains_break(&clause.body, None, true) && is_terminating_list(&clause.body)),
        _ => false,
    }
}

/// Whether `stmts` contain a `break` that leaves the enclosing statement
/// (unlabelled ones at this level, or ones naming `label`).
fn contains_break(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|stmt| stmt_contains_break(stmt, label, top))
}

fn stmt_contains_break(stmt: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
    match &stmt.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(name)) => Some(name.name.as_str()) == label,
        StmtKind::Block(block) => contains_break(&block.stmts, label, top),
        StmtKind::If { then, otherwise, .. } => {
            contains_break(&then.stmts, label, top) || otherwise.as_deref().is_some_and(|s| stmt_contains_break(s, label, top))
        }
        StmtKind::Labeled { stmt, .. } => stmt_contains_break(stmt, label, top),
        // Inside these, an unlabelled break refers to them.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => contains_break(&body.stmts, label, false),
        StmtKind::Switch { clauses, .. } => clauses.iter().any(|c| contains_break(&c.body, label, false)),
        StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| contains_break(&c.body, label, false)),
        StmtKind::Select { clauses } => clauses.iter().any(|c| contains_break(&c.body, label, false)),
        _ => false,
    }
}
