//! A little of Go's escape analysis: since Go 1.25 the first `append` to a
//! slice that never leaves its function gets a 32-byte stack buffer, which a
//! program sees in `cap`. A local slice variable whose only uses are
//! `v = append(v, ...)`, `len(v)`, `cap(v)`, `v[i]` and `range v` does not
//! escape; when the program reads its `cap`, its first append site uses the
//! runtime's `append_stack`.

use std::collections::{HashMap, HashSet};

use go2rs_analysis::walk::{self, Visitor};
use go2rs_analysis::{Builtin, Callee, ObjId, ObjKind, Program, TypeKind};
use go2rs_syntax::ast::{self, ExprId, ExprKind, StmtKind};

/// The first append site of each non-escaping slice variable whose `cap` the
/// body reads: (append call, variable).
pub fn stack_appends(program: &Program, body: &[ast::Stmt]) -> HashMap<ExprId, ObjId> {
    struct Scan<'p> {
        program: &'p Program,
        /// Identifier uses allowed not to escape.
        allowed: HashSet<ExprId>,
        escaped: HashSet<ObjId>,
        capacity_read: HashSet<ObjId>,
        /// First `v = append(v, ...)` per variable, in source order.
        first_append: HashMap<ObjId, ExprId>,
    }
    fn ident_object(program: &Program, expr: &ast::Expr) -> Option<ObjId> {
        match &strip(expr).kind {
            ExprKind::Ident(ident) => program
                .resolve(ident)
                .filter(|object| matches!(program.object(*object).kind, ObjKind::Var(_))),
            _ => None,
        }
    }
    fn strip(expr: &ast::Expr) -> &ast::Expr {
        match &expr.kind {
            ExprKind::Paren(inner) => strip(inner),
            _ => expr,
        }
    }
    impl<'a> Visitor<'a> for Scan<'_> {
        fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
            match &stmt.kind {
                // `v = append(v, ...)`.
                StmtKind::Assign {
                    lhs,
                    rhs,
                    op: ast::AssignOp::Assign,
                } if lhs.len() == 1 && rhs.len() == 1 => {
                    if let Some(target) = ident_object(self.program, &lhs[0])
                        && let ExprKind::Call { args, ellipsis: false, .. } = &strip(&rhs[0]).kind
                        && matches!(self.program.callees.get(&strip(&rhs[0]).id), Some(Callee::Builtin(Builtin::Append)))
                        && args.first().and_then(|first| ident_object(self.program, first)) == Some(target)
                    {
                        self.allowed.insert(strip(&lhs[0]).id);
                        self.allowed.insert(strip(&args[0]).id);
                        self.first_append.entry(target).or_insert(strip(&rhs[0]).id);
                    }
                }
                StmtKind::Range { subject, .. } if ident_object(self.program, subject).is_some() => {
                    self.allowed.insert(strip(subject).id);
                }
                _ => {}
            }
            true
        }

        fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
            match &expr.kind {
                ExprKind::Call { args, .. } => {
                    if let Some(Callee::Builtin(builtin @ (Builtin::Len | Builtin::Cap))) = self.program.callees.get(&expr.id)
                        && let Some(object) = args.first().and_then(|arg| ident_object(self.program, arg))
                    {
                        self.allowed.insert(strip(&args[0]).id);
                        if *builtin == Builtin::Cap {
                            self.capacity_read.insert(object);
                        }
                    }
                }
                ExprKind::Index { operand, .. } if ident_object(self.program, operand).is_some() => {
                    self.allowed.insert(strip(operand).id);
                }
                ExprKind::Ident(ident) => {
                    if let Some(object) = self.program.resolve(ident)
                        && !self.allowed.contains(&expr.id)
                    {
                        self.escaped.insert(object);
                    }
                }
                _ => {}
            }
            true
        }
    }
    let mut scan = Scan {
        program,
        allowed: HashSet::new(),
        escaped: HashSet::new(),
        capacity_read: HashSet::new(),
        first_append: HashMap::new(),
    };
    walk::walk_stmts(&mut scan, body);
    scan.first_append
        .into_iter()
        .filter(|(object, _)| {
            let info = program.var_info(*object);
            scan.capacity_read.contains(object)
                && !scan.escaped.contains(object)
                && info.is_some_and(|info| !info.global && !info.is_param && !info.is_result && !info.captured && !info.is_shared())
                && matches!(program.types.kind(program.object(*object).ty), TypeKind::Slice(_))
        })
        .map(|(object, call)| (call, object))
        .collect()
}
