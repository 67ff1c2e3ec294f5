//! Calls: functions, methods, function values, builtins and conversions.

use std::collections::HashMap;

use go2rs_syntax::ast;

use super::expr::strip_parens;
use super::{Checker, Operand};
use crate::constant::{ConstValue, Float};
use crate::types::{Basic, ChanDir, Signature, TypeId, TypeKind};
use crate::{Builtin, Callee, Mode, ObjKind, Selection};

impl<'a> Checker<'a> {
    pub fn check_call(&mut self, expr: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        let ast::ExprKind::Call {
            func,
            type_args,
            args,
            ellipsis,
        } = &expr.kind
        else {
            unreachable!("check_call on a call expression");
        };
        if !type_args.is_empty() {
            self.unsupported(expr.span, "explicit type arguments");
            return Operand::invalid(&self.types);
        }
        let callee = self.check_callee(func);
        if self.types.is_invalid(callee.ty) && callee.mode != Mode::Builtin {
            for arg in args {
                self.check_expr(arg, None);
            }
            return Operand::invalid(&self.types);
        }
        match callee.mode {
            Mode::Type => self.check_conversion(expr, callee.ty, args),
            Mode::Builtin => {
                let builtin = match &strip_parens(func).kind {
                    ast::ExprKind::Ident(ident) => self.uses.get(&ident.id).and_then(|id| match self.objects[id.0 as usize].kind {
                        ObjKind::Builtin(builtin) => Some(builtin),
                        _ => None,
                    }),
                    _ => None,
                };
                let Some(builtin) = builtin.or_else(|| self.builtin_by_name(func)) else {
                    self.error(expr.span, "invalid builtin call");
                    return Operand::invalid(&self.types);
                };
                if self.recording {
                    self.callees.insert(expr.id, Callee::Builtin(builtin));
                }
                self.check_builtin(expr, builtin, args, *ellipsis, hint)
            }
            _ => {
                let Some(signature) = self.types.signature(callee.ty).cloned() else {
                    self.error(
                        expr.span,
                        format!(
                            "invalid operation: cannot call non-function {} (variable of type {})",
                            self.source_text(func.span),
                            self.type_string(callee.ty)
                        ),
                    );
                    for arg in args {
                        self.check_expr(arg, None);
                    }
                    return Operand::invalid(&self.types);
                };
                let target = self.callee_kind(func);
                // A generic function: its type arguments inferred from
                // the arguments.
                if let Callee::Func(id) = &target
                    && !self.funcs[id.0 as usize].type_params.is_empty()
                    && !self.instantiations.contains_key(&strip_parens(func).id)
                {
                    let type_params = self.funcs[id.0 as usize].type_params.clone();
                    if self.recording {
                        self.callees.insert(expr.id, target.clone());
                    }
                    return self.check_generic_call(expr, func, &type_params, Vec::new(), &signature, args, *ellipsis);
                }
                // `errors.As(err, &target)` stores into target: the
                // variable is written, its address need not be shared.
                if let Callee::Func(id) = &target
                    && self.funcs[id.0 as usize].package.as_deref() == Some("errors")
                    && self.funcs[id.0 as usize].name == "As"
                    && let Some(out) = args.get(1)
                {
                    self.out_argument = Some(out.id);
                }
                // `fmt.Fprintf(&b, ...)` writes a strings.Builder in place.
                if let Callee::Func(id) = &target
                    && self.funcs[id.0 as usize].package.as_deref() == Some("fmt")
                    && self.funcs[id.0 as usize].name.starts_with("Fprint")
                    && let Some(out) = args.first()
                    && let ast::ExprKind::Unary {
                        op: ast::UnaryOp::Addr,
                        operand,
                    } = &strip_parens(out).kind
                    && self.is_builder_variable(operand)
                {
                    self.out_argument = Some(strip_parens(out).id);
                }
                if self.recording {
                    self.callees.insert(expr.id, target);
                }
                self.check_arguments(expr, &signature, args, *ellipsis);
                self.out_argument = None;
                self.call_result(&signature)
            }
        }
    }

    fn builtin_by_name(&self, func: &ast::Expr) -> Option<Builtin> {
        let ast::ExprKind::Ident(ident) = &strip_parens(func).kind else {
            return None;
        };
        let id = self.universe.get(&ident.name)?;
        match self.objects[id.0 as usize].kind {
            ObjKind::Builtin(builtin) => Some(builtin),
            _ => None,
        }
    }

    /// What a (non-builtin, non-conversion) call expression calls.
    fn callee_kind(&self, func: &ast::Expr) -> Callee {
        let func = strip_parens(func);
        match &func.kind {
            ast::ExprKind::Ident(ident) => {
                if let Some(object) = self.uses.get(&ident.id)
                    && let ObjKind::Func(id) = self.objects[object.0 as usize].kind
                {
                    return Callee::Func(id);
                }
                Callee::Value
            }
            // `F[int](x)`: the instantiated function.
            ast::ExprKind::Index { operand, .. } if self.instantiations.contains_key(&func.id) => self.callee_kind(operand),
            ast::ExprKind::Selector { .. } => match self.selections.get(&func.id) {
                Some(Selection::Method(method)) => Callee::Method(method.clone()),
                Some(Selection::Package { object, .. }) => match self.objects[object.0 as usize].kind {
                    ObjKind::Func(id) => Callee::Func(id),
                    _ => Callee::Value,
                },
                _ => Callee::Value,
            },
            _ => Callee::Value,
        }
    }

    fn call_result(&mut self, signature: &Signature) -> Operand {
        match signature.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: self.types.tuple(Vec::new()),
                value: None,
            },
            1 => Operand {
                mode: Mode::Value,
                ty: signature.results[0],
                value: None,
            },
            _ => Operand {
                mode: Mode::Value,
                ty: self.types.tuple(signature.results.clone()),
                value: None,
            },
        }
    }

    /// Checks arguments against parameters, with variadic parameters and
    /// `f(g())` spreading several results.
    fn check_arguments(&mut self, call: &'a ast::Expr, signature: &Signature, args: &'a [ast::Expr], ellipsis: bool) {
        let params = &signature.params;
        // f(g()) where g returns several values.
        if args.len() == 1 && (params.len() > 1 || (signature.variadic && !ellipsis)) {
            let operand = self.check_expr(&args[0], params.first().copied());
            if let TypeKind::Tuple(items) = self.types.kind(operand.ty).clone()
                && items.len() > 1
            {
                let fits = if signature.variadic {
                    items.len() >= params.len() - 1
                } else {
                    items.len() == params.len()
                };
                if !fits {
                    self.error(call.span, self.arity_message(call, "arguments", items.len(), params.len()));
                }
                return;
            }
            self.check_argument_list_rest(call, signature, args, ellipsis, Some(operand));
            return;
        }
        self.check_argument_list_rest(call, signature, args, ellipsis, None);
    }

    fn check_argument_list_rest(
        &mut self,
        call: &'a ast::Expr,
        signature: &Signature,
        args: &'a [ast::Expr],
        ellipsis: bool,
        first: Option<Operand>,
    ) {
        let params = &signature.params;
        let fixed = if signature.variadic { params.len() - 1 } else { params.len() };
        let count_ok = if signature.variadic && !ellipsis {
            args.len() >= fixed
        } else {
            args.len() == params.len()
        };
        if ellipsis && !signature.variadic {
            self.error(call.span, format!("have (...) in call to non-variadic {}", self.call_name(call)));
        }
        if !count_ok {
            self.error(call.span, self.arity_message(call, "arguments", args.len(), params.len()));
        }
        let mut first = first;
        for (index, arg) in args.iter().enumerate() {
            let param = if index < fixed {
                params.get(index).copied()
            } else if signature.variadic {
                let last = *params.last().expect("variadic has a parameter");
                if ellipsis { Some(last) } else { self.types.elem(last) }
            } else {
                None
            };
            let mut operand = match first.take() {
                Some(operand) if index == 0 => operand,
                _ => self.check_expr(arg, param),
            };
            if let Some(param) = param {
                self.assign_operand(arg, &mut operand, param, "argument");
            }
        }
    }

    /// A call of a generic function: the arguments checked first, the type
    /// arguments inferred from their types (then the untyped constants'
    /// default types), the constraints checked, the arguments assigned to
    /// the instantiated parameters.
    #[allow(clippy::too_many_arguments)]
    pub fn check_generic_call(
        &mut self,
        call: &'a ast::Expr,
        func: &'a ast::Expr,
        type_params: &[TypeId],
        explicit: Vec<TypeId>,
        signature: &Signature,
        args: &'a [ast::Expr],
        ellipsis: bool,
    ) -> Operand {
        let params = &signature.params;
        // `F(g())` with several results of g: they are the arguments.
        if args.len() == 1 && (params.len() > 1 || signature.variadic) {
            let operand = self.check_expr(&args[0], None);
            if let TypeKind::Tuple(items) = self.types.kind(operand.ty).clone()
                && items.len() > 1
            {
                return self.check_generic_spread(call, func, type_params, explicit, signature, &items);
            }
            return self.check_generic_call_checked(call, func, type_params, explicit, signature, args, ellipsis, Some(operand));
        }
        self.check_generic_call_checked(call, func, type_params, explicit, signature, args, ellipsis, None)
    }

    /// `F(g())`: the results of g as F's arguments.
    fn check_generic_spread(
        &mut self,
        call: &'a ast::Expr,
        func: &'a ast::Expr,
        type_params: &[TypeId],
        explicit: Vec<TypeId>,
        signature: &Signature,
        items: &[TypeId],
    ) -> Operand {
        let params = &signature.params;
        if items.len() != params.len() && !signature.variadic {
            self.error(call.span, self.arity_message(call, "arguments", items.len(), params.len()));
            return Operand::invalid(&self.types);
        }
        let mut map: HashMap<TypeId, TypeId> = type_params.iter().copied().zip(explicit.iter().copied()).collect();
        for (param, item) in params.iter().zip(items) {
            self.unify(*param, *item, type_params, &mut map);
        }
        let name = self.source_text(func.span);
        for &param in type_params {
            if !map.contains_key(&param) {
                let param_name = self.types.type_param(param).map(|info| info.name.clone()).unwrap_or_default();
                self.error(call.span, format!("in call to {name}, cannot infer {param_name}"));
                return Operand::invalid(&self.types);
            }
        }
        let type_args: Vec<TypeId> = type_params.iter().map(|param| map[param]).collect();
        if !self.check_satisfies(call.span, type_params, &type_args) {
            return Operand::invalid(&self.types);
        }
        let generic_signature = self.types.intern(TypeKind::Func(signature.clone()));
        let instantiated = self.types.subst(generic_signature, &map);
        let Some(instantiated_signature) = self.types.signature(instantiated).cloned() else {
            return Operand::invalid(&self.types);
        };
        for (param, item) in instantiated_signature.params.iter().zip(items) {
            if !self.assignable(*item, *param) {
                self.error(
                    call.span,
                    format!(
                        "cannot use {} value as {} value in argument to {name}",
                        self.type_string(*item),
                        self.type_string(*param)
                    ),
                );
            }
        }
        if self.recording {
            self.instantiations.insert(strip_parens(func).id, type_args);
        }
        self.record(
            func,
            &Operand {
                mode: Mode::Value,
                ty: instantiated,
                value: None,
            },
        );
        self.call_result(&instantiated_signature)
    }

    #[allow(clippy::too_many_arguments)]
    fn check_generic_call_checked(
        &mut self,
        call: &'a ast::Expr,
        func: &'a ast::Expr,
        type_params: &[TypeId],
        explicit: Vec<TypeId>,
        signature: &Signature,
        args: &'a [ast::Expr],
        ellipsis: bool,
        first: Option<Operand>,
    ) -> Operand {
        let params = &signature.params;
        let fixed = if signature.variadic { params.len() - 1 } else { params.len() };
        let count_ok = if signature.variadic && !ellipsis {
            args.len() >= fixed
        } else {
            args.len() == params.len()
        };
        if !count_ok {
            self.error(call.span, self.arity_message(call, "arguments", args.len(), params.len()));
            for arg in args.iter().skip(usize::from(first.is_some())) {
                self.check_expr(arg, None);
            }
            return Operand::invalid(&self.types);
        }
        let param_of = |types: &crate::types::TypeTable, index: usize| -> TypeId {
            if index < fixed {
                params[index]
            } else if ellipsis {
                params[params.len() - 1]
            } else {
                types.elem(params[params.len() - 1]).unwrap_or(params[params.len() - 1])
            }
        };
        let mut map: HashMap<TypeId, TypeId> = type_params.iter().copied().zip(explicit.iter().copied()).collect();
        let mut operands = Vec::new();
        let mut first = first;
        for (index, arg) in args.iter().enumerate() {
            if index == 0
                && let Some(operand) = first.take()
            {
                operands.push(operand);
                continue;
            }
            let param = param_of(&self.types, index);
            let hint = (!self.mentions_any(param, type_params)).then_some(param);
            let operand = self.check_expr(arg, hint);
            operands.push(operand);
        }
        // Typed arguments first.
        let mut untyped: Vec<(TypeId, TypeId)> = Vec::new();
        for (index, operand) in operands.iter().enumerate() {
            let param = param_of(&self.types, index);
            if self.types.is_invalid(operand.ty) {
                return Operand::invalid(&self.types);
            }
            if self.types.is_untyped(operand.ty) {
                if type_params.contains(&param) {
                    untyped.push((param, operand.ty));
                }
                continue;
            }
            self.unify(param, operand.ty, type_params, &mut map);
        }
        // Core types: `S ~[]E` with S known gives E.
        for _ in 0..type_params.len() {
            for &param in type_params {
                if let (Some(&bound), Some(core)) = (map.get(&param), self.types.core_type(param)) {
                    let bound_under = self.types.underlying(bound);
                    self.unify(core, bound_under, type_params, &mut map);
                } else if !map.contains_key(&param)
                    && let Some(core) = self.types.core_type(param)
                    && !self.mentions_any(core, type_params)
                {
                    let _ = core;
                }
            }
            // A core type made only of bound parameters binds its own.
            for &param in type_params {
                if !map.contains_key(&param)
                    && let Some(core) = self.types.core_type(param)
                    && self.all_bound(core, type_params, &map)
                {
                    let ty = self.types.subst(core, &map);
                    map.insert(param, ty);
                }
            }
        }
        // Untyped constants: the default type of the "largest" kind.
        for &param in type_params {
            if map.contains_key(&param) {
                continue;
            }
            let candidates: Vec<TypeId> = untyped.iter().filter(|(p, _)| *p == param).map(|(_, ty)| *ty).collect();
            if candidates.is_empty() {
                continue;
            }
            let rank = |types: &crate::types::TypeTable, ty: TypeId| match types.as_basic(ty) {
                Some(Basic::UntypedFloat) => 3,
                Some(Basic::UntypedRune) => 2,
                Some(Basic::UntypedInt) => 1,
                _ => 0,
            };
            let widest = candidates
                .iter()
                .copied()
                .max_by_key(|ty| rank(&self.types, *ty))
                .unwrap_or(candidates[0]);
            let default = self.types.default_type(widest);
            map.insert(param, default);
        }
        let name = self.source_text(func.span);
        for &param in type_params {
            if !map.contains_key(&param) {
                let param_name = self.types.type_param(param).map(|info| info.name.clone()).unwrap_or_default();
                self.error(call.span, format!("in call to {name}, cannot infer {param_name}"));
                return Operand::invalid(&self.types);
            }
        }
        let type_args: Vec<TypeId> = type_params.iter().map(|param| map[param]).collect();
        if !self.check_satisfies(call.span, type_params, &type_args) {
            return Operand::invalid(&self.types);
        }
        let generic_signature = self.types.intern(TypeKind::Func(signature.clone()));
        let instantiated = self.types.subst(generic_signature, &map);
        let Some(instantiated_signature) = self.types.signature(instantiated).cloned() else {
            return Operand::invalid(&self.types);
        };
        if self.recording {
            self.instantiations.insert(strip_parens(func).id, type_args);
        }
        self.record(
            func,
            &Operand {
                mode: Mode::Value,
                ty: instantiated,
                value: None,
            },
        );
        let new_params = instantiated_signature.params.clone();
        let new_fixed = fixed;
        for (index, (arg, mut operand)) in args.iter().zip(operands).enumerate() {
            let param = if index < new_fixed {
                new_params[index]
            } else if ellipsis {
                new_params[new_params.len() - 1]
            } else {
                self.types
                    .elem(new_params[new_params.len() - 1])
                    .unwrap_or(new_params[new_params.len() - 1])
            };
            self.assign_operand(arg, &mut operand, param, "argument");
        }
        self.call_result(&instantiated_signature)
    }

    /// Whether a type mentions one of the type parameters.
    pub fn mentions_any(&self, ty: TypeId, params: &[TypeId]) -> bool {
        self.type_params_in(ty).iter().any(|param| params.contains(param))
    }

    fn all_bound(&self, ty: TypeId, params: &[TypeId], map: &HashMap<TypeId, TypeId>) -> bool {
        self.type_params_in(ty)
            .iter()
            .all(|param| !params.contains(param) || map.contains_key(param))
    }

    /// The type parameters a type mentions.
    pub fn type_params_in(&self, ty: TypeId) -> Vec<TypeId> {
        let mut out = Vec::new();
        self.collect_type_params(ty, &mut out, 0);
        out
    }

    fn collect_type_params(&self, ty: TypeId, out: &mut Vec<TypeId>, depth: usize) {
        if depth > 64 {
            return;
        }
        match self.types.kind(ty) {
            TypeKind::TypeParam(_) => out.push(ty),
            TypeKind::Named(_) => {
                if let Some(named) = self.types.named_info(ty) {
                    for arg in named.type_args.clone() {
                        self.collect_type_params(arg, out, depth + 1);
                    }
                }
            }
            TypeKind::Pointer(elem) | TypeKind::Slice(elem) | TypeKind::Array(_, elem) | TypeKind::Chan(_, elem) => {
                self.collect_type_params(*elem, out, depth + 1)
            }
            TypeKind::Map(key, value) => {
                self.collect_type_params(*key, out, depth + 1);
                self.collect_type_params(*value, out, depth + 1);
            }
            TypeKind::Func(signature) => {
                for item in signature.params.iter().chain(&signature.results) {
                    self.collect_type_params(*item, out, depth + 1);
                }
            }
            TypeKind::Struct(fields) => {
                for field in fields {
                    self.collect_type_params(field.ty, out, depth + 1);
                }
            }
            TypeKind::Tuple(items) => {
                for item in items {
                    self.collect_type_params(*item, out, depth + 1);
                }
            }
            TypeKind::Interface(methods) => {
                for method in methods {
                    self.collect_type_params(method.signature, out, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// Unifies a parameter type with an argument type, binding the type
    /// parameters it finds (Go's inexact unification: a named argument
    /// matches an unnamed parameter type through its underlying type).
    pub fn unify(&mut self, param: TypeId, arg: TypeId, type_params: &[TypeId], map: &mut HashMap<TypeId, TypeId>) {
        self.unify_depth(param, arg, type_params, map, 0)
    }

    fn unify_depth(&mut self, param: TypeId, arg: TypeId, type_params: &[TypeId], map: &mut HashMap<TypeId, TypeId>, depth: usize) {
        if depth > 64 || self.types.is_invalid(arg) {
            return;
        }
        if type_params.contains(&param) {
            map.entry(param).or_insert(arg);
            return;
        }
        match (self.types.kind(param).clone(), self.types.kind(arg).clone()) {
            (TypeKind::Named(_), TypeKind::Named(_)) => {
                let (Some(p), Some(a)) = (self.types.named_info(param).cloned(), self.types.named_info(arg).cloned()) else {
                    return;
                };
                if p.origin.is_some() && p.origin == a.origin {
                    for (x, y) in p.type_args.iter().zip(&a.type_args) {
                        self.unify_depth(*x, *y, type_params, map, depth + 1);
                    }
                } else if p.type_params.is_empty() && !p.type_args.is_empty() && a.origin.is_none() && Some(arg) == p.origin {
                    // The generic type itself (inside its own methods).
                    for (x, y) in p.type_args.iter().zip(&a.type_params) {
                        self.unify_depth(*x, *y, type_params, map, depth + 1);
                    }
                }
            }
            (TypeKind::Named(_), _) => {}
            (_, TypeKind::Named(_)) => {
                let under = self.types.underlying(arg);
                if under != arg && !matches!(self.types.kind(under), TypeKind::Named(_)) {
                    self.unify_depth(param, under, type_params, map, depth + 1);
                }
            }
            (TypeKind::Pointer(x), TypeKind::Pointer(y))
            | (TypeKind::Slice(x), TypeKind::Slice(y))
            | (TypeKind::Array(_, x), TypeKind::Array(_, y))
            | (TypeKind::Chan(_, x), TypeKind::Chan(_, y)) => self.unify_depth(x, y, type_params, map, depth + 1),
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => {
                self.unify_depth(k1, k2, type_params, map, depth + 1);
                self.unify_depth(v1, v2, type_params, map, depth + 1);
            }
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                for (x, y) in s1.params.iter().zip(&s2.params).chain(s1.results.iter().zip(&s2.results)) {
                    self.unify_depth(*x, *y, type_params, map, depth + 1);
                }
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) if f1.len() == f2.len() => {
                for (x, y) in f1.iter().zip(&f2) {
                    self.unify_depth(x.ty, y.ty, type_params, map, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// Whether an expression names a `strings.Builder` variable (its type
    /// known from its declaration).
    fn is_builder_variable(&self, expr: &ast::Expr) -> bool {
        let ast::ExprKind::Ident(ident) = &strip_parens(expr).kind else {
            return false;
        };
        let Some(object) = self.lookup_quiet(&ident.name) else {
            return false;
        };
        let ty = self.objects[object.0 as usize].ty;
        self.types
            .named_info(ty)
            .is_some_and(|named| named.package.as_deref() == Some("strings") && named.name == "Builder")
    }

    fn call_name(&self, call: &ast::Expr) -> String {
        match &call.kind {
            ast::ExprKind::Call { func, .. } => self.source_text(func.span),
            _ => String::new(),
        }
    }

    fn arity_message(&self, call: &ast::Expr, what: &str, have: usize, want: usize) -> String {
        let relation = if have < want { "not enough" } else { "too many" };
        format!("{relation} {what} in call to {}", self.call_name(call))
    }

    // ----- conversions -----

    fn check_conversion(&mut self, expr: &'a ast::Expr, target: TypeId, args: &'a [ast::Expr]) -> Operand {
        if args.len() != 1 {
            self.error(
                expr.span,
                format!("wrong argument count in conversion to {}", self.type_string(target)),
            );
            return Operand::invalid(&self.types);
        }
        if self.recording {
            self.callees.insert(expr.id, Callee::Conversion(target));
        }
        let arg = &args[0];
        let mut operand = self.check_expr(arg, Some(target));
        if self.types.is_invalid(operand.ty) || self.types.is_invalid(target) {
            return Operand::invalid(&self.types);
        }
        // Constant conversions stay constant (to basic types).
        if let Some(value) = operand.value.clone()
            && let Some(target_basic) = self.types.as_basic(target)
        {
            let converted = self.convert_constant(expr, &value, operand.ty, target, target_basic);
            return match converted {
                Some(value) => {
                    if self.types.is_untyped(operand.ty) {
                        // The operand itself takes the target type when it can.
                        let representable = !matches!(
                            (&value, self.types.as_basic(operand.ty)),
                            (ConstValue::String(_), Some(Basic::UntypedInt | Basic::UntypedRune))
                        );
                        if representable {
                            let default = if target_basic.is_string() != self.types.is_string(operand.ty) {
                                self.types.default_type(operand.ty)
                            } else {
                                target
                            };
                            self.update_type(arg, default, None);
                        } else {
                            let default = self.types.default_type(operand.ty);
                            self.update_type(arg, default, None);
                        }
                    }
                    Operand {
                        mode: Mode::Constant,
                        ty: target,
                        value: Some(value),
                    }
                }
                None => Operand::invalid(&self.types),
            };
        }
        if self.types.is_untyped(operand.ty) {
            let default = if self.types.as_basic(operand.ty) == Some(Basic::UntypedNil) {
                target
            } else {
                self.types.default_type(operand.ty)
            };
            if !self.convert_untyped(arg, &mut operand, default) {
                return Operand::invalid(&self.types);
            }
        }
        if !self.convertible(operand.ty, target) {
            self.error(
                expr.span,
                format!(
                    "cannot convert {} (variable of type {}) to type {}",
                    self.source_text(arg.span),
                    self.type_string(operand.ty),
                    self.type_string(target)
                ),
            );
            return Operand::invalid(&self.types);
        }
        Operand {
            mode: Mode::Value,
            ty: target,
            value: None,
        }
    }

    fn convert_constant(&mut self, expr: &ast::Expr, value: &ConstValue, from: TypeId, target: TypeId, basic: Basic) -> Option<ConstValue> {
        let from_basic = self.types.as_basic(from).unwrap_or(Basic::Invalid);
        if basic.is_string() {
            return match value {
                ConstValue::String(_) => Some(value.clone()),
                ConstValue::Int(code) if from_basic.is_integer() => {
                    let mut bytes = Vec::new();
                    let ch = u32::try_from(*code).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                    let mut buffer = [0u8; 4];
                    bytes.extend_from_slice(ch.encode_utf8(&mut buffer).as_bytes());
                    Some(ConstValue::String(bytes))
                }
                _ => {
                    self.error(
                        expr.span,
                        format!(
                            "cannot convert {} to type {}",
                            self.source_text(expr.span),
                            self.type_string(target)
                        ),
                    );
                    None
                }
            };
        }
        if basic.is_integer() {
            let integer = match value {
                ConstValue::Int(value) => Some(*value),
                ConstValue::Float(float) => {
                    if from_basic.is_untyped() {
                        float.to_integer()
                    } else {
                        Some(float.to_f64().trunc() as i128)
                    }
                }
                _ => None,
            };
            let Some(integer) = integer else {
                self.error(
                    expr.span,
                    format!(
                        "cannot convert {} (untyped float constant) to type {} (truncated)",
                        self.source_text(expr.span),
                        self.type_string(target)
                    ),
                );
                return None;
            };
            return self.representable(expr.span, &ConstValue::Int(integer), target);
        }
        if basic.is_float() {
            return match value {
                ConstValue::Int(value) => self.representable(expr.span, &ConstValue::Float(Float::from_int(*value)), target),
                ConstValue::Float(_) => self.representable(expr.span, value, target),
                _ => {
                    self.error(
                        expr.span,
                        format!(
                            "cannot convert {} to type {}",
                            self.source_text(expr.span),
                            self.type_string(target)
                        ),
                    );
                    None
                }
            };
        }
        if basic.is_boolean() {
            return match value {
                ConstValue::Bool(_) => Some(value.clone()),
                _ => {
                    self.error(
                        expr.span,
                        format!(
                            "cannot convert {} to type {}",
                            self.source_text(expr.span),
                            self.type_string(target)
                        ),
                    );
                    None
                }
            };
        }
        Some(value.clone())
    }

    /// Go's convertibility of non-constant values.
    pub fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable(from, to) {
            return true;
        }
        let from_under = self.types.underlying(from);
        let to_under = self.types.underlying(to);
        if from_under == to_under {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (self.types.kind(from_under), self.types.kind(to_under))
            && self.types.underlying(*a) == self.types.underlying(*b)
        {
            return true;
        }
        let from_basic = self.types.as_basic(from);
        let to_basic = self.types.as_basic(to);
        if let (Some(a), Some(b)) = (from_basic, to_basic) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
        }
        let byte_or_rune_slice = |ty: TypeId| match self.types.underlying_kind(ty) {
            TypeKind::Slice(elem) => matches!(self.types.as_basic(*elem), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        if to_basic.is_some_and(Basic::is_string) && byte_or_rune_slice(from) {
            return true;
        }
        if from_basic.is_some_and(Basic::is_string) && byte_or_rune_slice(to) {
            return true;
        }
        // A type parameter whose types are all numbers converts to and from
        // numbers (each of its types would).
        if (self.types.is_type_param(from) || self.types.is_type_param(to)) && self.types.is_numeric(from) && self.types.is_numeric(to) {
            return true;
        }
        false
    }

    // ----- builtins -----

    fn check_builtin(
        &mut self,
        expr: &'a ast::Expr,
        builtin: Builtin,
        args: &'a [ast::Expr],
        ellipsis: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        let int = self.types.basic(Basic::Int);
        let no_value = Operand {
            mode: Mode::NoValue,
            ty: self.types.tuple(Vec::new()),
            value: None,
        };
        let want = |checker: &mut Self, count: usize| -> bool {
            if args.len() < count {
                checker.error(expr.span, format!("not enough arguments for {}", checker.source_text(expr.span)));
                return false;
            }
            true
        };
        if ellipsis && builtin != Builtin::Append {
            self.error(expr.span, format!("invalid use of ... with built-in {}", builtin.name()));
        }
        match builtin {
            Builtin::Len | Builtin::Cap => {
                if args.len() != 1 {
                    self.error(expr.span, format!("wrong number of arguments to {}", builtin.name()));
                    return Operand::invalid(&self.types);
                }
                let operand = self.check_expr(&args[0], None);
                if self.types.is_invalid(operand.ty) {
                    return Operand::invalid(&self.types);
                }
                let ty = operand.ty;
                let underlying = match self.types.underlying_kind(ty).clone() {
                    TypeKind::Pointer(elem) if matches!(self.types.underlying_kind(elem), TypeKind::Array(..)) => {
                        self.types.underlying_kind(elem).clone()
                    }
                    other => other,
                };
                let ok = match (&underlying, builtin) {
                    (TypeKind::Basic(basic), Builtin::Len) => basic.is_string(),
                    (TypeKind::Slice(_) | TypeKind::Array(..) | TypeKind::Chan(..), _) => true,
                    (TypeKind::Map(..), Builtin::Len) => true,
                    _ => false,
                };
                if !ok {
                    self.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} (variable of type {}) for built-in {}",
                            self.source_text(args[0].span),
                            self.type_string(ty),
                            builtin.name()
                        ),
                    );
                    return Operand::invalid(&self.types);
                }
                let constant = match (&operand.value, &underlying) {
                    (Some(ConstValue::String(bytes)), _) => Some(ConstValue::Int(bytes.len() as i128)),
                    (_, TypeKind::Array(len, _)) if !self.contains_call_or_receive(&args[0]) => Some(ConstValue::Int(*len as i128)),
                    _ => None,
                };
                if self.types.is_untyped(operand.ty) {
                    let string = self.types.basic(Basic::String);
                    self.update_type(&args[0], string, None);
                }
                match constant {
                    Some(value) => Operand {
                        mode: Mode::Constant,
                        ty: int,
                        value: Some(value),
                    },
                    None => Operand {
                        mode: Mode::Value,
                        ty: int,
                        value: None,
                    },
                }
            }
            Builtin::Append => {
                if !want(self, 1) {
                    return Operand::invalid(&self.types);
                }
                let mut slice = self.check_expr(&args[0], hint);
                if self.types.as_basic(slice.ty) == Some(Basic::UntypedNil) {
                    match hint {
                        Some(hint) if matches!(self.types.underlying_kind(hint), TypeKind::Slice(_)) => {
                            self.convert_untyped(&args[0], &mut slice, hint);
                        }
                        _ => {
                            self.error(args[0].span, "first argument to append must be a typed slice; have untyped nil");
                            return Operand::invalid(&self.types);
                        }
                    }
                }
                if self.types.is_invalid(slice.ty) {
                    for arg in &args[1..] {
                        self.check_expr(arg, None);
                    }
                    return Operand::invalid(&self.types);
                }
                let TypeKind::Slice(elem) = self.types.underlying_kind(slice.ty).clone() else {
                    self.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} (variable of type {}) is not a slice",
                            self.source_text(args[0].span),
                            self.type_string(slice.ty)
                        ),
                    );
                    return Operand::invalid(&self.types);
                };
                if ellipsis {
                    if args.len() != 2 {
                        self.error(expr.span, "can only use ... with final argument in list");
                        return Operand::invalid(&self.types);
                    }
                    let mut other = self.check_expr(&args[1], Some(slice.ty));
                    let is_byte_slice = self.types.as_basic(elem) == Some(Basic::Uint8);
                    if is_byte_slice && self.types.is_string(other.ty) {
                        let string = self.types.basic(Basic::String);
                        self.convert_untyped(&args[1], &mut other, string);
                    } else {
                        let target = self.types.slice(elem);
                        self.assign_operand(&args[1], &mut other, target, "argument to append");
                    }
                } else {
                    for arg in &args[1..] {
                        let mut operand = self.check_expr(arg, Some(elem));
                        self.assign_operand(arg, &mut operand, elem, "argument to append");
                    }
                }
                Operand {
                    mode: Mode::Value,
                    ty: slice.ty,
                    value: None,
                }
            }
            Builtin::Make => {
                if !want(self, 1) {
                    return Operand::invalid(&self.types);
                }
                let target = self.check_expr(&args[0], None);
                if target.mode != Mode::Type {
                    if !self.types.is_invalid(target.ty) {
                        self.error(args[0].span, format!("{} is not a type", self.source_text(args[0].span)));
                    }
                    return Operand::invalid(&self.types);
                }
                let max_args = match self.types.underlying_kind(target.ty) {
                    TypeKind::Slice(_) => 3,
                    TypeKind::Map(..) | TypeKind::Chan(..) => 2,
                    _ => {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: cannot make {}; type must be slice, map, or channel",
                                self.source_text(args[0].span)
                            ),
                        );
                        return Operand::invalid(&self.types);
                    }
                };
                if matches!(self.types.underlying_kind(target.ty), TypeKind::Slice(_)) && args.len() < 2 {
                    self.error(
                        expr.span,
                        format!(
                            "invalid operation: {} expects 2 or 3 arguments; found 1",
                            self.source_text(expr.span)
                        ),
                    );
                }
                if args.len() > max_args {
                    self.error(
                        expr.span,
                        format!("invalid operation: {} expects {} arguments", self.source_text(expr.span), max_args),
                    );
                }
                let mut sizes = Vec::new();
                for arg in &args[1..] {
                    sizes.push(self.check_size_argument(arg));
                }
                if let [Some(len), Some(cap)] = sizes[..]
                    && len > cap
                {
                    self.error(expr.span, "invalid argument: length and capacity swapped".to_string());
                }
                Operand {
                    mode: Mode::Value,
                    ty: target.ty,
                    value: None,
                }
            }
            Builtin::New => {
                if args.len() != 1 {
                    self.error(expr.span, "wrong number of arguments to new");
                    return Operand::invalid(&self.types);
                }
                let target = self.check_expr(&args[0], None);
                if target.mode != Mode::Type {
                    if !self.types.is_invalid(target.ty) {
                        self.error(args[0].span, format!("{} is not a type", self.source_text(args[0].span)));
                    }
                    return Operand::invalid(&self.types);
                }
                let ty = self.types.pointer(target.ty);
                Operand {
                    mode: Mode::Value,
                    ty,
                    value: None,
                }
            }
            Builtin::Delete => {
                if args.len() != 2 {
                    self.error(expr.span, "wrong number of arguments to delete");
                    return Operand::invalid(&self.types);
                }
                let map = self.check_expr(&args[0], None);
                match self.types.underlying_kind(map.ty).clone() {
                    TypeKind::Map(key, _) => {
                        let mut operand = self.check_expr(&args[1], Some(key));
                        self.assign_operand(&args[1], &mut operand, key, "argument to delete");
                    }
                    _ => {
                        if !self.types.is_invalid(map.ty) {
                            self.error(
                                args[0].span,
                                format!("invalid argument: {} is not a map", self.source_text(args[0].span)),
                            );
                        }
                        self.check_expr(&args[1], None);
                    }
                }
                no_value
            }
            Builtin::Close => {
                if args.len() != 1 {
                    self.error(expr.span, "wrong number of arguments to close");
                    return Operand::invalid(&self.types);
                }
                let channel = self.check_expr(&args[0], None);
                match self.types.underlying_kind(channel.ty) {
                    TypeKind::Chan(ChanDir::Recv, _) => {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid operation: cannot close receive-only channel {}",
                                self.source_text(args[0].span)
                            ),
                        );
                    }
                    TypeKind::Chan(..) => {}
                    _ => {
                        if !self.types.is_invalid(channel.ty) {
                            self.error(
                                args[0].span,
                                format!("invalid operation: cannot close non-channel {}", self.source_text(args[0].span)),
                            );
                        }
                    }
                }
                no_value
            }
            Builtin::Copy => {
                if args.len() != 2 {
                    self.error(expr.span, "wrong number of arguments to copy");
                    return Operand::invalid(&self.types);
                }
                let dst = self.check_expr(&args[0], None);
                let mut src = self.check_expr(&args[1], None);
                let dst_elem = match self.types.underlying_kind(dst.ty) {
                    TypeKind::Slice(elem) => Some(*elem),
                    _ => None,
                };
                let Some(dst_elem) = dst_elem else {
                    if !self.types.is_invalid(dst.ty) {
                        self.error(args[0].span, "invalid argument: copy expects slice arguments");
                    }
                    return Operand::invalid(&self.types);
                };
                if self.types.is_string(src.ty) && self.types.as_basic(dst_elem) == Some(Basic::Uint8) {
                    let string = self.types.basic(Basic::String);
                    self.convert_untyped(&args[1], &mut src, string);
                } else {
                    let ok = matches!(self.types.underlying_kind(src.ty), TypeKind::Slice(elem) if *elem == dst_elem);
                    if !ok && !self.types.is_invalid(src.ty) {
                        self.error(
                            expr.span,
                            format!(
                                "invalid argument: arguments to copy {} have different element types",
                                self.source_text(expr.span)
                            ),
                        );
                    }
                }
                Operand {
                    mode: Mode::Value,
                    ty: int,
                    value: None,
                }
            }
            Builtin::Panic => {
                if args.len() != 1 {
                    self.error(expr.span, "wrong number of arguments to panic");
                    return no_value;
                }
                let mut operand = self.check_expr(&args[0], None);
                let any = self.types.any;
                self.assign_operand(&args[0], &mut operand, any, "argument to panic");
                no_value
            }
            Builtin::Print | Builtin::Println => {
                for arg in args {
                    let mut operand = self.check_expr(arg, None);
                    self.default_operand(arg, &mut operand);
                }
                no_value
            }
            Builtin::Min | Builtin::Max => {
                if !want(self, 1) {
                    return Operand::invalid(&self.types);
                }
                let mut operands: Vec<Operand> = args.iter().map(|arg| self.check_expr(arg, hint)).collect();
                if operands.iter().any(|operand| self.types.is_invalid(operand.ty)) {
                    return Operand::invalid(&self.types);
                }
                let typed = operands
                    .iter()
                    .find(|operand| !self.types.is_untyped(operand.ty))
                    .map(|operand| operand.ty);
                let ty = match typed {
                    Some(ty) => ty,
                    None => {
                        let float = operands
                            .iter()
                            .any(|operand| self.types.as_basic(operand.ty) == Some(Basic::UntypedFloat));
                        if float {
                            self.types.basic(Basic::UntypedFloat)
                        } else {
                            operands[0].ty
                        }
                    }
                };
                let ordered = self
                    .types
                    .as_basic(ty)
                    .is_some_and(|b| b.is_integer() || b.is_float() || b.is_string())
                    || self.types.is_ordered(ty);
                if !ordered {
                    self.error(expr.span, format!("invalid argument: {} cannot be ordered", self.type_string(ty)));
                    return Operand::invalid(&self.types);
                }
                for (arg, operand) in args.iter().zip(operands.iter_mut()) {
                    if self.types.is_untyped(operand.ty) && !self.types.is_untyped(ty) {
                        self.convert_untyped(arg, operand, ty);
                    } else if operand.ty != ty && !self.types.is_untyped(ty) {
                        self.error(
                            arg.span,
                            format!(
                                "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                                self.type_string(ty),
                                self.type_string(operand.ty),
                                self.source_text(arg.span)
                            ),
                        );
                        return Operand::invalid(&self.types);
                    }
                }
                if operands.iter().all(|operand| operand.value.is_some()) {
                    let mut best = operands[0].value.clone().expect("constant");
                    for operand in &operands[1..] {
                        let candidate = operand.value.clone().expect("constant");
                        let op = if builtin == Builtin::Min {
                            ast::BinaryOp::Lt
                        } else {
                            ast::BinaryOp::Gt
                        };
                        if candidate.binary(op, &best, false) == Ok(ConstValue::Bool(true)) {
                            best = candidate;
                        }
                    }
                    return Operand {
                        mode: Mode::Constant,
                        ty,
                        value: Some(best),
                    };
                }
                Operand {
                    mode: Mode::Value,
                    ty,
                    value: None,
                }
            }
            Builtin::Clear => {
                if args.len() != 1 {
                    self.error(expr.span, "wrong number of arguments to clear");
                    return no_value;
                }
                let operand = self.check_expr(&args[0], None);
                if !matches!(self.types.underlying_kind(operand.ty), TypeKind::Map(..) | TypeKind::Slice(_))
                    && !self.types.is_invalid(operand.ty)
                {
                    self.error(args[0].span, "invalid argument: clear expects a map or slice");
                }
                no_value
            }
            Builtin::Recover => Operand {
                mode: Mode::Value,
                ty: self.types.any,
                value: None,
            },
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(expr.span, "complex numbers");
                for arg in args {
                    self.check_expr(arg, None);
                }
                Operand::invalid(&self.types)
            }
        }
    }

    /// A length or capacity argument of `make`: an integer, non-negative
    /// when constant. Returns the constant.
    fn check_size_argument(&mut self, arg: &'a ast::Expr) -> Option<i128> {
        let mut operand = self.check_expr(arg, None);
        if self.types.is_invalid(operand.ty) {
            return None;
        }
        if self.types.is_untyped(operand.ty) {
            let int = self.types.basic(Basic::Int);
            if !self.convert_untyped(arg, &mut operand, int) {
                return None;
            }
        }
        if !self.types.is_integer(operand.ty) {
            self.error(arg.span, format!("cannot convert {} to type int", self.source_text(arg.span)));
            return None;
        }
        let value = operand.value.as_ref().and_then(ConstValue::to_integer)?;
        if value < 0 {
            self.error(
                arg.span,
                format!(
                    "invalid argument: index {} (constant of type int) must not be negative",
                    self.source_text(arg.span)
                ),
            );
        }
        Some(value)
    }

    fn contains_call_or_receive(&self, expr: &ast::Expr) -> bool {
        match &expr.kind {
            ast::ExprKind::Call { .. } => true,
            ast::ExprKind::Unary {
                op: ast::UnaryOp::Recv, ..
            } => true,
            ast::ExprKind::Paren(inner) => self.contains_call_or_receive(inner),
            ast::ExprKind::Selector { operand, .. } => self.contains_call_or_receive(operand),
            ast::ExprKind::Index { operand, indices } => {
                self.contains_call_or_receive(operand) || indices.iter().any(|i| self.contains_call_or_receive(i))
            }
            ast::ExprKind::Unary { operand, .. } => self.contains_call_or_receive(operand),
            ast::ExprKind::Binary { left, right, .. } => self.contains_call_or_receive(left) || self.contains_call_or_receive(right),
            _ => false,
        }
    }
}
