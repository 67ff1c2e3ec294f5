//! Rewrites of the checked syntax tree that spare code generation a case:
//! a promoted field or method `x.f` (reached through embedded fields)
//! becomes the explicit `x.E.f`.

use std::collections::HashMap;

use go2rs_syntax::ast::{self, ElementValue, Expr, ExprId, ExprKind, Stmt, StmtKind};

use crate::lookup::EmbedStep;
use crate::{ExprInfo, Mode, Program, Selection};

/// Makes the embedded fields of promoted selectors explicit.
pub(crate) fn promoted_selectors(program: &mut Program, promotions: &HashMap<ExprId, Vec<EmbedStep>>) {
    if promotions.is_empty() {
        return;
    }
    let mut package = std::mem::take(&mut program.package.files);
    let mut rewriter = Rewriter { program, promotions };
    for file in &mut package {
        for decl in &mut file.decls {
            match decl {
                ast::Decl::Func(func) => {
                    if let Some(body) = &mut func.body {
                        rewriter.stmts(&mut body.stmts);
                    }
                }
                ast::Decl::Var(decl) => {
                    for spec in &mut decl.specs {
                        for value in &mut spec.values {
                            rewriter.expr(value);
                        }
                    }
                }
                ast::Decl::Const(_) | ast::Decl::Type(_) => {}
            }
        }
    }
    rewriter.program.package.files = package;
}

struct Rewriter<'p> {
    program: &'p mut Program,
    promotions: &'p HashMap<ExprId, Vec<EmbedStep>>,
}

impl Rewriter<'_> {
    fn new_id(&mut self) -> ExprId {
        let id = ExprId(self.program.package.expr_count);
        self.program.package.expr_count += 1;
        self.program.exprs.push(None);
        id
    }

    fn expr(&mut self, expr: &mut Expr) {
        match &mut expr.kind {
            ExprKind::Ident(_)
            | ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::ImaginaryLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::Type(_)
            | ExprKind::Bad => {}
            ExprKind::FuncLit { body, .. } => self.stmts(&mut body.stmts),
            ExprKind::Composite { elements, .. } => self.elements(elements),
            ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::Selector { operand, .. } => {
                self.expr(operand);
                if let Some(path) = self.promotions.get(&expr.id) {
                    let span = operand.span;
                    for step in path {
                        let placeholder = Expr {
                            id: operand.id,
                            span,
                            kind: ExprKind::Bad,
                        };
                        let inner = std::mem::replace(&mut **operand, placeholder);
                        let id = self.new_id();
                        let field = ast::Ident {
                            id: go2rs_syntax::ast::NodeId(u32::MAX),
                            name: step.name.clone(),
                            span,
                        };
                        **operand = Expr {
                            id,
                            span,
                            kind: ExprKind::Selector {
                                operand: Box::new(inner),
                                field,
                            },
                        };
                        self.program.exprs[id.0 as usize] = Some(ExprInfo {
                            ty: step.ty,
                            mode: Mode::Variable,
                            value: None,
                        });
                        self.program.selections.insert(
                            id,
                            Selection::Field {
                                name: step.name.clone(),
                                through_pointer: step.through_pointer,
                            },
                        );
                    }
                }
            }
            ExprKind::Index { operand, indices } => {
                self.expr(operand);
                for index in indices {
                    self.expr(index);
                }
            }
            ExprKind::Slice { operand, low, high, max } => {
                self.expr(operand);
                for bound in [low, high, max].into_iter().flatten() {
                    self.expr(bound);
                }
            }
            ExprKind::TypeAssert { operand, .. } => self.expr(operand),
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                for arg in args {
                    self.expr(arg);
                }
            }
            ExprKind::Unary { operand, .. } => self.expr(operand),
            ExprKind::Binary { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
        }
    }

    fn elements(&mut self, elements: &mut [ast::Element]) {
        for element in elements {
            for value in element.key.iter_mut().chain(std::iter::once(&mut element.value)) {
                match value {
                    ElementValue::Expr(expr) => self.expr(expr),
                    ElementValue::Literal { elements, .. } => self.elements(elements),
                }
            }
        }
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) {
        for stmt in stmts {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &mut Stmt) {
        match &mut stmt.kind {
            StmtKind::Empty
            | StmtKind::Bad
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough
            | StmtKind::Type(_) => {}
            StmtKind::Expr(expr) | StmtKind::Go(expr) | StmtKind::Defer(expr) => self.expr(expr),
            StmtKind::Send { channel, value } => {
                self.expr(channel);
                self.expr(value);
            }
            StmtKind::IncDec { operand, .. } => self.expr(operand),
            StmtKind::Assign { lhs, rhs, .. } => {
                for expr in lhs.iter_mut().chain(rhs.iter_mut()) {
                    self.expr(expr);
                }
            }
            StmtKind::Define { rhs, .. } => {
                for expr in rhs {
                    self.expr(expr);
                }
            }
            StmtKind::Var(decl) => {
                for spec in &mut decl.specs {
                    for value in &mut spec.values {
                        self.expr(value);
                    }
                }
            }
            StmtKind::Const(_) => {}
            StmtKind::Return(results) => {
                for expr in results {
                    self.expr(expr);
                }
            }
            StmtKind::Block(block) => self.stmts(&mut block.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                otherwise,
            } => {
                if let Some(init) = init {
                    self.stmt(init);
                }
                self.expr(cond);
                self.stmts(&mut then.stmts);
                if let Some(otherwise) = otherwise {
                    self.stmt(otherwise);
                }
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(init) = init {
                    self.stmt(init);
                }
                if let Some(tag) = tag {
                    self.expr(tag);
                }
                for clause in clauses {
                    for value in &mut clause.values {
                        self.expr(value);
                    }
                    self.stmts(&mut clause.body);
                }
            }
            StmtKind::TypeSwitch {
                init, subject, clauses, ..
            } => {
                if let Some(init) = init {
                    self.stmt(init);
                }
                self.expr(subject);
                for clause in clauses {
                    self.stmts(&mut clause.body);
                }
            }
            StmtKind::Select { clauses } => {
                for clause in clauses {
                    if let Some(comm) = &mut clause.comm {
                        self.stmt(comm);
                    }
                    self.stmts(&mut clause.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                if let Some(init) = init {
                    self.stmt(init);
                }
                if let Some(cond) = cond {
                    self.expr(cond);
                }
                if let Some(post) = post {
                    self.stmt(post);
                }
                self.stmts(&mut body.stmts);
            }
            StmtKind::Range {
                key, value, subject, body, ..
            } => {
                for expr in [key, value].into_iter().flatten() {
                    self.expr(expr);
                }
                self.expr(subject);
                self.stmts(&mut body.stmts);
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
        }
    }
}
