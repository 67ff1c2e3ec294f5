//! Which reads of a variable can move it instead of cloning it: the only
//! read of a plain local variable, in the same loop as its declaration.
//!
//! Go copies values freely; Rust moves them. A value read that Go makes in
//! several places needs `.clone()` in Rust, but the only read of a variable
//! does not: after it, nothing looks at the variable again.

use std::collections::{HashMap, HashSet};

use go2rs_analysis::walk::{self, Visitor};
use go2rs_analysis::{ObjId, Program};
use go2rs_syntax::Span;
use go2rs_syntax::ast::{self, AssignOp, ExprId, ExprKind, StmtKind};

/// The reads in `body` that can move their variable.
pub fn movable_reads(program: &Program, body: &[ast::Stmt]) -> HashSet<ExprId> {
    let mut collector = Collector {
        program,
        loops: Vec::new(),
        range_vars: HashMap::new(),
        targets: HashSet::new(),
        reads: HashMap::new(),
    };
    walk::walk_stmts(&mut collector, body);
    let loops = collector.loops;
    let enclosing = |offset: u32| -> Vec<Span> {
        loops
            .iter()
            .copied()
            .filter(|span| span.start <= offset && offset < span.end)
            .collect()
    };
    let mut movable = HashSet::new();
    for (object, reads) in collector.reads {
        let [(read, offset)] = reads.as_slice() else {
            continue;
        };
        let Some(info) = program.var_info(object) else {
            continue;
        };
        if info.global || info.is_shared() || info.captured || info.is_receiver || info.sliced {
            continue;
        }
        let declared_at = collector
            .range_vars
            .get(&object)
            .copied()
            .unwrap_or(program.object(object).span.start);
        if enclosing(declared_at) == enclosing(*offset) {
            movable.insert(*read);
        }
    }
    movable
}

struct Collector<'p> {
    program: &'p Program,
    /// Loops (and function literals, which may run often).
    loops: Vec<Span>,
    /// Variables a `range` declares: they belong to one iteration, so
    /// they count as declared inside the loop body.
    range_vars: HashMap<ObjId, u32>,
    /// Identifiers that are only written (assignment targets).
    targets: HashSet<ExprId>,
    reads: HashMap<ObjId, Vec<(ExprId, u32)>>,
}

impl<'a> Visitor<'a> for Collector<'_> {
    fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
        match &stmt.kind {
            // The whole loop: its condition and post statement run again
            // and again too.
            StmtKind::For { .. } => self.loops.push(stmt.span),
            StmtKind::Range {
                key, value, define, body, ..
            } => {
                self.loops.push(stmt.span);
                if *define {
                    for target in [key, value].into_iter().flatten() {
                        if let ExprKind::Ident(name) = &target.kind
                            && let Some(object) = self.program.resolve(name)
                        {
                            self.range_vars.insert(object, body.span.start);
                        }
                    }
                }
            }
            StmtKind::Assign {
                lhs, op: AssignOp::Assign, ..
            } => {
                for target in lhs {
                    if let ExprKind::Ident(_) = &target.kind {
                        self.targets.insert(target.id);
                    }
                }
            }
            _ => {}
        }
        true
    }

    fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
        match &expr.kind {
            ExprKind::FuncLit { .. } => self.loops.push(expr.span),
            ExprKind::Ident(name) if !self.targets.contains(&expr.id) => {
                if let Some(object) = self.program.resolve(name)
                    && self.program.var_info(object).is_some()
                {
                    self.reads.entry(object).or_default().push((expr.id, expr.span.start));
                }
            }
            _ => {}
        }
        true
    }
}
