//! A read-only walk over statements and expressions.

use go2rs_syntax::ast::{self, ElementValue, ExprKind, StmtKind};

/// Callbacks of [`walk_stmts`]; returning false skips a node's children.
pub trait Visitor<'ast> {
    fn enter_expr(&mut self, _expr: &'ast ast::Expr) -> bool {
        true
    }
    fn leave_expr(&mut self, _expr: &'ast ast::Expr) {}
    fn enter_stmt(&mut self, _stmt: &'ast ast::Stmt) -> bool {
        true
    }
}

pub fn walk_stmts<'ast>(visitor: &mut impl Visitor<'ast>, stmts: &'ast [ast::Stmt]) {
    for stmt in stmts {
        walk_stmt(visitor, stmt);
    }
}

pub fn walk_stmt<'ast>(visitor: &mut impl Visitor<'ast>, stmt: &'ast ast::Stmt) {
    if !visitor.enter_stmt(stmt) {
        return;
    }
    match &stmt.kind {
        StmtKind::Empty
        | StmtKind::Bad
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough
        | StmtKind::Type(_) => {}
        StmtKind::Expr(expr) | StmtKind::Go(expr) | StmtKind::Defer(expr) => walk_expr(visitor, expr),
        StmtKind::Send { channel, value } => {
            walk_expr(visitor, channel);
            walk_expr(visitor, value);
        }
        StmtKind::IncDec { operand, .. } => walk_expr(visitor, operand),
        StmtKind::Assign { lhs, rhs, .. } => {
            for expr in lhs.iter().chain(rhs) {
                walk_expr(visitor, expr);
            }
        }
        StmtKind::Define { rhs, .. } => {
            for expr in rhs {
                walk_expr(visitor, expr);
            }
        }
        StmtKind::Var(decl) => {
            for spec in &decl.specs {
                for value in &spec.values {
                    walk_expr(visitor, value);
                }
            }
        }
        StmtKind::Const(decl) => {
            for spec in &decl.specs {
                for value in &spec.values {
                    walk_expr(visitor, value);
                }
            }
        }
        StmtKind::Return(results) => {
            for expr in results {
                walk_expr(visitor, expr);
            }
        }
        StmtKind::Block(block) => walk_stmts(visitor, &block.stmts),
        StmtKind::If {
            init,
            cond,
            then,
            otherwise,
        } => {
            if let Some(init) = init {
                walk_stmt(visitor, init);
            }
            walk_expr(visitor, cond);
            walk_stmts(visitor, &then.stmts);
            if let Some(otherwise) = otherwise {
                walk_stmt(visitor, otherwise);
            }
        }
        StmtKind::Switch { init, tag, clauses } => {
            if let Some(init) = init {
                walk_stmt(visitor, init);
            }
            if let Some(tag) = tag {
                walk_expr(visitor, tag);
            }
            for clause in clauses {
                for value in &clause.values {
                    walk_expr(visitor, value);
                }
                walk_stmts(visitor, &clause.body);
            }
        }
        StmtKind::TypeSwitch {
            init, subject, clauses, ..
        } => {
            if let Some(init) = init {
                walk_stmt(visitor, init);
            }
            walk_expr(visitor, subject);
            for clause in clauses {
                walk_stmts(visitor, &clause.body);
            }
        }
        StmtKind::Select { clauses } => {
            for clause in clauses {
                if let Some(comm) = &clause.comm {
                    walk_stmt(visitor, comm);
                }
                walk_stmts(visitor, &clause.body);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(init) = init {
                walk_stmt(visitor, init);
            }
            if let Some(cond) = cond {
                walk_expr(visitor, cond);
            }
            if let Some(post) = post {
                walk_stmt(visitor, post);
            }
            walk_stmts(visitor, &body.stmts);
        }
        StmtKind::Range {
            key, value, subject, body, ..
        } => {
            for expr in [key, value].into_iter().flatten() {
                walk_expr(visitor, expr);
            }
            walk_expr(visitor, subject);
            walk_stmts(visitor, &body.stmts);
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(visitor, stmt),
    }
}

pub fn walk_expr<'ast>(visitor: &mut impl Visitor<'ast>, expr: &'ast ast::Expr) {
    if !visitor.enter_expr(expr) {
        return;
    }
    match &expr.kind {
        ExprKind::Ident(_)
        | ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::ImaginaryLit(_)
        | ExprKind::RuneLit(_)
        | ExprKind::StringLit(_)
        | ExprKind::Type(_)
        | ExprKind::Bad => {}
        ExprKind::FuncLit { body, .. } => walk_stmts(visitor, &body.stmts),
        ExprKind::Composite { elements, .. } => walk_elements(visitor, elements),
        ExprKind::Paren(inner) => walk_expr(visitor, inner),
        ExprKind::Selector { operand, .. } => walk_expr(visitor, operand),
        ExprKind::Index { operand, indices } => {
            walk_expr(visitor, operand);
            for index in indices {
                walk_expr(visitor, index);
            }
        }
        ExprKind::Slice { operand, low, high, max } => {
            walk_expr(visitor, operand);
            for bound in [low, high, max].into_iter().flatten() {
                walk_expr(visitor, bound);
            }
        }
        ExprKind::TypeAssert { operand, .. } => walk_expr(visitor, operand),
        ExprKind::Call { func, args, .. } => {
            walk_expr(visitor, func);
            for arg in args {
                walk_expr(visitor, arg);
            }
        }
        ExprKind::Unary { operand, .. } => walk_expr(visitor, operand),
        ExprKind::Binary { left, right, .. } => {
            walk_expr(visitor, left);
            walk_expr(visitor, right);
        }
    }
    visitor.leave_expr(expr);
}

fn walk_elements<'ast>(visitor: &mut impl Visitor<'ast>, elements: &'ast [ast::Element]) {
    for element in elements {
        for value in element.key.iter().chain(std::iter::once(&element.value)) {
            match value {
                ElementValue::Expr(expr) => walk_expr(visitor, expr),
                ElementValue::Literal { elements, .. } => walk_elements(visitor, elements),
            }
        }
    }
}
