//! Concurrency facts: which functions can block (and so become `async fn`),
//! which of those recurse, and what function literals capture.
//!
//! Blocking is a fixed point over the call graph, seeded by channel
//! operations, `select` without `default`, ranging over a channel, and the
//! standard library functions marked `//go2rs:blocking` (`Wait`, `Lock`,
//! `Sleep`). A call through a function value can reach any function used as
//! a value, so either all such calls block or none do.

use std::collections::{HashMap, HashSet};

use go2rs_syntax::Diagnostics;
use go2rs_syntax::ast::{self, ExprKind, StmtKind};

use crate::types::TypeKind;
use crate::walk::{self, Visitor};
use crate::{Callee, FuncId, FuncKind, ObjId, ObjKind, Program};

/// What one function's body does, not counting nested literals.
#[derive(Default)]
struct BodyFacts {
    blocks: bool,
    calls: Vec<FuncId>,
    dynamic_calls: bool,
    /// Functions and literals this body starts as goroutines (`go f()`,
    /// `go func() {...}()`, `wg.Go(func() {...})`).
    spawns: Vec<FuncId>,
}

/// The facts computed from a read-only look at the program.
struct Facts {
    blocking: HashSet<FuncId>,
    goroutine_literals: HashSet<FuncId>,
    value_funcs: HashSet<FuncId>,
    dynamic_blocking: bool,
    recursive: HashSet<FuncId>,
    spawn_recursive: HashSet<FuncId>,
    captures: Vec<(FuncId, Vec<ObjId>)>,
}

pub fn analyze(program: &mut Program, diagnostics: &mut Diagnostics) {
    let _ = diagnostics;
    let facts = compute(program);
    for &id in &facts.goroutine_literals {
        program.funcs[id.0 as usize].goroutine_body = true;
    }
    for &id in &facts.blocking {
        program.funcs[id.0 as usize].blocking = true;
    }
    for &id in &facts.recursive {
        program.funcs[id.0 as usize].recursive = true;
    }
    for &id in &facts.spawn_recursive {
        program.funcs[id.0 as usize].spawn_recursive = true;
    }
    for (id, captures) in facts.captures {
        program.funcs[id.0 as usize].captures = captures;
    }
    program.dynamic_calls_block = facts.dynamic_blocking;
    program.value_funcs = facts.value_funcs;
}

fn compute(program: &Program) -> Facts {
    let bodies = function_bodies(program);
    let bindings = literal_bindings(program, &bodies);
    let mut facts: HashMap<FuncId, BodyFacts> = HashMap::new();
    let mut value_funcs: HashSet<FuncId> = HashSet::new();
    let mut goroutine_literals: HashSet<FuncId> = HashSet::new();
    for (&id, body) in &bodies {
        let mut scanner = Scanner {
            program,
            bindings: &bindings,
            facts: BodyFacts::default(),
            callee_exprs: HashSet::new(),
            value_funcs: &mut value_funcs,
            goroutine_literals: &mut goroutine_literals,
        };
        walk::walk_stmts(&mut scanner, &body.stmts);
        facts.insert(id, scanner.facts);
    }
    for id in &goroutine_literals {
        value_funcs.remove(id);
    }
    // A call of an interface method can reach every method of that name and
    // signature.
    for (index, func) in program.funcs.iter().enumerate() {
        if !matches!(func.kind, FuncKind::InterfaceMethod) {
            continue;
        }
        let calls = program
            .funcs
            .iter()
            .enumerate()
            .filter(|(_, other)| {
                other.receiver.is_some()
                    && matches!(other.kind, FuncKind::Declared { .. } | FuncKind::Stdlib)
                    && other.name == func.name
                    && other.signature == func.signature
            })
            .map(|(other, _)| FuncId(other as u32))
            .collect();
        facts.insert(
            FuncId(index as u32),
            BodyFacts {
                blocks: false,
                calls,
                dynamic_calls: false,
                spawns: Vec::new(),
            },
        );
    }

    // The fixed point.
    let mut blocking: HashSet<FuncId> = program
        .funcs
        .iter()
        .enumerate()
        .filter(|(_, func)| func.blocking)
        .map(|(index, _)| FuncId(index as u32))
        .collect();
    loop {
        let dynamic_blocking = value_funcs.iter().any(|id| blocking.contains(id));
        let mut changed = false;
        for (&id, fact) in &facts {
            if blocking.contains(&id) {
                continue;
            }
            let blocks =
                fact.blocks || fact.calls.iter().any(|callee| blocking.contains(callee)) || (fact.dynamic_calls && dynamic_blocking);
            if blocks {
                blocking.insert(id);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let dynamic_blocking = value_funcs.iter().any(|id| blocking.contains(id));
    if dynamic_blocking {
        blocking.extend(value_funcs.iter().copied());
    }
    let recursive = recursion(&facts, &blocking, false);
    let spawn_recursive = recursion(&facts, &blocking, true);
    // `main` and goroutine bodies run as async tasks.
    for (index, func) in program.funcs.iter().enumerate() {
        let is_main = func.name == "main" && func.receiver.is_none() && matches!(func.kind, FuncKind::Declared { .. });
        if is_main {
            blocking.insert(FuncId(index as u32));
        }
    }
    blocking.extend(goroutine_literals.iter().copied());
    let captures = captures(program, &bodies);
    Facts {
        blocking,
        goroutine_literals,
        value_funcs,
        dynamic_blocking,
        recursive,
        spawn_recursive,
        captures,
    }
}

/// Every function body of the package (declared functions and literals).
fn function_bodies(program: &Program) -> HashMap<FuncId, &ast::Block> {
    struct Literals<'p> {
        program: &'p Program,
        bodies: HashMap<FuncId, &'p ast::Block>,
    }
    impl<'p> Visitor<'p> for Literals<'p> {
        fn enter_expr(&mut self, expr: &'p ast::Expr) -> bool {
            if let ExprKind::FuncLit { body, .. } = &expr.kind
                && let Some(&id) = self.program.literals.get(&expr.id)
            {
                self.bodies.insert(id, body);
            }
            true
        }
    }
    let mut literals = Literals {
        program,
        bodies: HashMap::new(),
    };
    for (file_index, file) in program.package.files.iter().enumerate() {
        for (decl_index, decl) in file.decls.iter().enumerate() {
            match decl {
                ast::Decl::Func(func) => {
                    if let Some(body) = &func.body {
                        if let Some(&id) = program.declared_funcs.get(&(file_index, decl_index)) {
                            literals.bodies.insert(id, body);
                        }
                        walk::walk_stmts(&mut literals, &body.stmts);
                    }
                }
                ast::Decl::Var(decl) => {
                    for spec in &decl.specs {
                        for value in &spec.values {
                            walk::walk_expr(&mut literals, value);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    literals.bodies
}

/// Variables initialised with a function literal and never reassigned:
/// calls through them call that literal.
fn literal_bindings<'p>(program: &'p Program, bodies: &HashMap<FuncId, &'p ast::Block>) -> HashMap<ObjId, FuncId> {
    struct Bindings<'p> {
        program: &'p Program,
        found: HashMap<ObjId, FuncId>,
    }
    impl<'p> Visitor<'p> for Bindings<'_> {
        fn enter_stmt(&mut self, stmt: &'p ast::Stmt) -> bool {
            let pairs: Vec<(&ast::Ident, &ast::Expr)> = match &stmt.kind {
                StmtKind::Define { lhs, rhs } if lhs.len() == rhs.len() => lhs.iter().zip(rhs).collect(),
                StmtKind::Var(decl) => decl
                    .specs
                    .iter()
                    .filter(|spec| spec.names.len() == spec.values.len())
                    .flat_map(|spec| spec.names.iter().zip(&spec.values))
                    .collect(),
                _ => Vec::new(),
            };
            for (name, value) in pairs {
                if let ExprKind::FuncLit { .. } = &strip_parens(value).kind
                    && let Some(&literal) = self.program.literals.get(&strip_parens(value).id)
                    && let Some(&object) = self.program.defs.get(&name.id)
                    && self.program.var_info(object).is_some_and(|info| !info.reassigned)
                {
                    self.found.insert(object, literal);
                }
            }
            true
        }
    }
    let mut bindings = Bindings {
        program,
        found: HashMap::new(),
    };
    for body in bodies.values() {
        walk::walk_stmts(&mut bindings, &body.stmts);
    }
    bindings.found
}

fn strip_parens(expr: &ast::Expr) -> &ast::Expr {
    match &expr.kind {
        ExprKind::Paren(inner) => strip_parens(inner),
        _ => expr,
    }
}

struct Scanner<'p, 's> {
    program: &'p Program,
    bindings: &'s HashMap<ObjId, FuncId>,
    facts: BodyFacts,
    /// Expressions in callee position (not function values).
    callee_exprs: HashSet<ast::ExprId>,
    value_funcs: &'s mut HashSet<FuncId>,
    goroutine_literals: &'s mut HashSet<FuncId>,
}

impl Scanner<'_, '_> {
    /// The literal a `go` statement or `wg.Go` starts, if it is one.
    fn goroutine_literal(&self, expr: &ast::Expr) -> Option<FuncId> {
        match &strip_parens(expr).kind {
            ExprKind::FuncLit { .. } => self.program.literals.get(&strip_parens(expr).id).copied(),
            _ => None,
        }
    }

    /// Whether a call runs its function argument in a goroutine of its
    /// own: `wg.Go(f)`, errgroup's `g.Go(f)` and `g.TryGo(f)`,
    /// `context.AfterFunc(ctx, f)`, `time.AfterFunc(d, f)`.
    fn is_wait_group_go(&self, call: &ast::Expr) -> bool {
        let func = match self.program.callees.get(&call.id) {
            Some(Callee::Method(method)) => self.program.func(method.func),
            Some(Callee::Func(id)) => self.program.func(*id),
            _ => return false,
        };
        matches!(
            (func.package.as_deref(), func.name.as_str()),
            (Some("sync"), "Go")
                | (Some("golang.org/x/sync/errgroup"), "Go" | "TryGo")
                | (Some("context"), "AfterFunc")
                | (Some("time"), "AfterFunc")
        )
    }
}

impl<'p> Visitor<'p> for Scanner<'p, '_> {
    fn enter_stmt(&mut self, stmt: &'p ast::Stmt) -> bool {
        match &stmt.kind {
            StmtKind::Send { .. } => self.facts.blocks = true,
            StmtKind::Range { subject, .. } => {
                let ty = self.program.expr_type(subject.id);
                if matches!(self.program.types.underlying_kind(ty), TypeKind::Chan(..)) {
                    self.facts.blocks = true;
                }
            }
            StmtKind::Select { clauses } => {
                let has_default = clauses.iter().any(|clause| clause.comm.is_none());
                if !has_default {
                    self.facts.blocks = true;
                }
                // The channel operands and sent values are evaluated by the
                // select itself; its receives are not separate operations.
                for clause in clauses {
                    if let Some(comm) = &clause.comm {
                        match &comm.kind {
                            StmtKind::Send { channel, value } => {
                                walk::walk_expr(self, channel);
                                walk::walk_expr(self, value);
                            }
                            StmtKind::Expr(expr) => walk_receive_operand(self, expr),
                            StmtKind::Define { rhs, .. } => {
                                for expr in rhs {
                                    walk_receive_operand(self, expr);
                                }
                            }
                            StmtKind::Assign { lhs, rhs, .. } => {
                                for expr in lhs {
                                    walk::walk_expr(self, expr);
                                }
                                for expr in rhs {
                                    walk_receive_operand(self, expr);
                                }
                            }
                            _ => {}
                        }
                    }
                    walk::walk_stmts(self, &clause.body);
                }
                return false;
            }
            StmtKind::Go(expr) => {
                // The call's arguments are evaluated by this function; the
                // call itself runs in the new goroutine.
                if let ExprKind::Call { func, args, .. } = &strip_parens(expr).kind {
                    match self.goroutine_literal(func) {
                        Some(literal) => {
                            self.goroutine_literals.insert(literal);
                            self.facts.spawns.push(literal);
                        }
                        None => {
                            match self.program.callees.get(&strip_parens(expr).id) {
                                Some(Callee::Func(id)) => self.facts.spawns.push(*id),
                                Some(Callee::Method(method)) => self.facts.spawns.push(method.func),
                                _ => {}
                            }
                            self.callee_exprs.insert(strip_parens(func).id);
                            walk::walk_expr(self, func);
                        }
                    }
                    for arg in args {
                        walk::walk_expr(self, arg);
                    }
                }
                return false;
            }
            _ => {}
        }
        true
    }

    fn enter_expr(&mut self, expr: &'p ast::Expr) -> bool {
        match &expr.kind {
            ExprKind::Unary {
                op: ast::UnaryOp::Recv, ..
            } => self.facts.blocks = true,
            ExprKind::FuncLit { .. } => {
                if let Some(&id) = self.program.literals.get(&expr.id)
                    && !self.callee_exprs.contains(&expr.id)
                    && !self.goroutine_literals.contains(&id)
                {
                    self.value_funcs.insert(id);
                }
                // Its body is scanned as a function of its own.
                return false;
            }
            ExprKind::Call { func, args, .. } => {
                let callee = strip_parens(func);
                self.callee_exprs.insert(callee.id);
                match self.program.callees.get(&expr.id) {
                    Some(Callee::Func(id)) => self.facts.calls.push(*id),
                    Some(Callee::Method(method)) => self.facts.calls.push(method.func),
                    // `cancel()` of a context.CancelFunc: the library's
                    // function values never block.
                    Some(Callee::Value) if is_library_func_type(self.program, callee) => {}
                    Some(Callee::Value) => match &callee.kind {
                        ExprKind::FuncLit { .. } => {
                            if let Some(&id) = self.program.literals.get(&callee.id) {
                                self.facts.calls.push(id);
                            }
                        }
                        ExprKind::Ident(ident) => match self.program.uses.get(&ident.id).and_then(|object| self.bindings.get(object)) {
                            Some(&literal) => self.facts.calls.push(literal),
                            None => self.facts.dynamic_calls = true,
                        },
                        _ => self.facts.dynamic_calls = true,
                    },
                    _ => {}
                }
                if self.is_wait_group_go(expr) {
                    for arg in args {
                        if let Some(literal) = self.goroutine_literal(arg) {
                            self.goroutine_literals.insert(literal);
                            self.facts.spawns.push(literal);
                        }
                    }
                }
            }
            ExprKind::Selector { .. } if !self.callee_exprs.contains(&expr.id) => match self.program.selections.get(&expr.id) {
                // Method values and method expressions are function values.
                Some(crate::Selection::Method(method)) => {
                    self.value_funcs.insert(method.func);
                }
                Some(crate::Selection::MethodExpr { func, .. }) => {
                    self.value_funcs.insert(*func);
                }
                _ => {}
            },
            ExprKind::Ident(ident) => {
                if !self.callee_exprs.contains(&expr.id)
                    && let Some(object) = self.program.uses.get(&ident.id)
                    && let ObjKind::Func(id) = self.program.object(*object).kind
                    && matches!(self.program.func(id).kind, FuncKind::Declared { .. })
                {
                    self.value_funcs.insert(id);
                }
            }
            _ => {}
        }
        true
    }
}

/// Whether a function value has a named function type of the standard
/// library (`context.CancelFunc`), whose values only the library makes.
pub fn is_library_func_type(program: &Program, callee: &ast::Expr) -> bool {
    let ty = program.expr_type(callee.id);
    program.types.named_info(ty).is_some_and(|named| named.package.is_some())
        && matches!(program.types.underlying_kind(ty), TypeKind::Func(_))
}

/// Walks the channel operand of a receive inside a `select` case.
fn walk_receive_operand<'p>(scanner: &mut Scanner<'p, '_>, expr: &'p ast::Expr) {
    match &strip_parens(expr).kind {
        ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            operand,
        } => walk::walk_expr(scanner, operand),
        _ => walk::walk_expr(scanner, expr),
    }
}

/// Marks blocking functions that can call themselves: their async calls
/// within the cycle are boxed (an async fn's future cannot contain itself).
/// With `through_spawns`, a goroutine start counts as a call too: a function
/// that starts itself as a goroutine (`go skynet(...)` inside `skynet`)
/// needs its future's `Send` declared, or Rust cannot prove it.
fn recursion(facts: &HashMap<FuncId, BodyFacts>, blocking: &HashSet<FuncId>, through_spawns: bool) -> HashSet<FuncId> {
    let nodes: Vec<FuncId> = facts.keys().copied().filter(|id| blocking.contains(id)).collect();
    let node_set: HashSet<FuncId> = nodes.iter().copied().collect();
    let edges = |id: FuncId| -> Vec<FuncId> {
        facts
            .get(&id)
            .map(|fact| {
                let spawns = if through_spawns { fact.spawns.as_slice() } else { &[] };
                fact.calls
                    .iter()
                    .chain(spawns)
                    .copied()
                    .filter(|callee| node_set.contains(callee))
                    .collect()
            })
            .unwrap_or_default()
    };
    // Tarjan's strongly connected components.
    struct State {
        index: u32,
        indices: HashMap<FuncId, u32>,
        lowlink: HashMap<FuncId, u32>,
        stack: Vec<FuncId>,
        on_stack: HashSet<FuncId>,
        recursive: HashSet<FuncId>,
    }
    fn connect(node: FuncId, edges: &dyn Fn(FuncId) -> Vec<FuncId>, state: &mut State) {
        state.indices.insert(node, state.index);
        state.lowlink.insert(node, state.index);
        state.index += 1;
        state.stack.push(node);
        state.on_stack.insert(node);
        let successors = edges(node);
        for &next in &successors {
            if !state.indices.contains_key(&next) {
                connect(next, edges, state);
                let low = state.lowlink[&node].min(state.lowlink[&next]);
                state.lowlink.insert(node, low);
            } else if state.on_stack.contains(&next) {
                let low = state.lowlink[&node].min(state.indices[&next]);
                state.lowlink.insert(node, low);
            }
        }
        if state.lowlink[&node] == state.indices[&node] {
            let mut component = Vec::new();
            while let Some(member) = state.stack.pop() {
                state.on_stack.remove(&member);
                component.push(member);
                if member == node {
                    break;
                }
            }
            if component.len() > 1 || successors.contains(&node) {
                state.recursive.extend(component);
            }
        }
    }
    let mut state = State {
        index: 0,
        indices: HashMap::new(),
        lowlink: HashMap::new(),
        stack: Vec::new(),
        on_stack: HashSet::new(),
        recursive: HashSet::new(),
    };
    for &node in &nodes {
        if !state.indices.contains_key(&node) {
            connect(node, &edges, &mut state);
        }
    }
    state.recursive
}

/// For each function literal, the variables of enclosing functions it uses,
/// in order of first use.
fn captures(program: &Program, bodies: &HashMap<FuncId, &ast::Block>) -> Vec<(FuncId, Vec<ObjId>)> {
    struct Uses<'p> {
        program: &'p Program,
        literal: FuncId,
        found: Vec<ObjId>,
    }
    impl Uses<'_> {
        fn is_inside_literal(&self, mut func: FuncId) -> bool {
            loop {
                if func == self.literal {
                    return true;
                }
                match self.program.func(func).parent {
                    Some(parent) => func = parent,
                    None => return false,
                }
            }
        }
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
            if let ExprKind::Ident(ident) = &expr.kind
                && let Some(&object) = self.program.uses.get(&ident.id)
                && let Some(info) = self.program.var_info(object)
                && !info.global
                && let Some(owner) = info.owner
                && !self.is_inside_literal(owner)
                && !self.found.contains(&object)
            {
                self.found.push(object);
            }
            true
        }
        fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
            // `x, y := ...` may assign captured variables.
            if let StmtKind::Define { lhs, .. } = &stmt.kind {
                for ident in lhs {
                    if let Some(&object) = self.program.uses.get(&ident.id)
                        && let Some(info) = self.program.var_info(object)
                        && !info.global
                        && let Some(owner) = info.owner
                        && !self.is_inside_literal(owner)
                        && !self.found.contains(&object)
                    {
                        self.found.push(object);
                    }
                }
            }
            true
        }
    }
    let mut result = Vec::new();
    for &literal in program.literals.values() {
        let Some(body) = bodies.get(&literal) else {
            continue;
        };
        let mut uses = Uses {
            program,
            literal,
            found: Vec::new(),
        };
        walk::walk_stmts(&mut uses, &body.stmts);
        result.push((literal, uses.found));
    }
    result
}
