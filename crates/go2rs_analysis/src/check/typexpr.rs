//! Type expressions to types.

use go2rs_syntax::ast;

use super::{Checker, codes};
use crate::ObjKind;
use crate::types::{ChanDir, Field, InterfaceMethod, Signature, Term, TypeId, TypeKind};

impl<'a> Checker<'a> {
    pub fn resolve_type(&mut self, ty: &'a ast::TypeExpr) -> TypeId {
        match &ty.kind {
            ast::TypeExprKind::Bad => self.types.invalid(),
            ast::TypeExprKind::Paren(inner) => self.resolve_type(inner),
            ast::TypeExprKind::Name(name) => {
                let Some(object) = self.lookup(&name.name) else {
                    self.error_code(codes::UNDEFINED, name.span, format!("undefined: {}", name.name));
                    return self.types.invalid();
                };
                self.record_use(name, object);
                if !matches!(self.objects[object.0 as usize].kind, ObjKind::TypeName) {
                    self.error(name.span, format!("{} is not a type", name.name));
                    return self.types.invalid();
                }
                self.object_type(object)
            }
            ast::TypeExprKind::Qualified { package, name } => {
                let Some(object) = self.lookup(&package.name) else {
                    if !self.unsupported_imports.contains(&package.name) {
                        self.error_code(codes::UNDEFINED, package.span, format!("undefined: {}", package.name));
                    }
                    return self.types.invalid();
                };
                self.record_use(package, object);
                let ObjKind::Package(path) = self.objects[object.0 as usize].kind.clone() else {
                    self.error(package.span, format!("{} is not a package", package.name));
                    return self.types.invalid();
                };
                match self.package_member(&path, &name.name) {
                    Some(member) if matches!(self.objects[member.0 as usize].kind, ObjKind::TypeName) => {
                        self.record_use(name, member);
                        self.objects[member.0 as usize].ty
                    }
                    _ => {
                        self.error_code(
                            codes::UNSUPPORTED_LIBRARY,
                            ty.span,
                            format!("unsupported: type {}.{} (go2rs does not translate it yet)", package.name, name.name),
                        );
                        self.types.invalid()
                    }
                }
            }
            ast::TypeExprKind::Generic { base, args } => {
                let generic = self.resolve_type(base);
                let args: Vec<TypeId> = args.iter().map(|arg| self.resolve_type(arg)).collect();
                self.instantiate_type(ty.span, generic, args)
            }
            ast::TypeExprKind::Pointer(elem) => {
                let elem = self.resolve_type(elem);
                self.types.pointer(elem)
            }
            ast::TypeExprKind::Slice(elem) => {
                let elem = self.resolve_type(elem);
                self.types.slice(elem)
            }
            ast::TypeExprKind::Array { len, elem } => {
                let elem = self.resolve_type(elem);
                let Some(len) = len else {
                    self.error(ty.span, "invalid use of [...] array (outside a composite literal)");
                    return self.types.invalid();
                };
                let operand = self.check_expr(len, None);
                match operand.value.as_ref().and_then(|value| value.to_integer()) {
                    Some(count) if (0..=(1 << 40)).contains(&count) => {
                        let int = self.types.basic(crate::Basic::Int);
                        self.update_type(len, int, None);
                        self.types.intern(TypeKind::Array(count as u64, elem))
                    }
                    _ => {
                        if !self.types.is_invalid(operand.ty) {
                            self.error(len.span, "array length must be a non-negative integer constant");
                        }
                        self.types.invalid()
                    }
                }
            }
            ast::TypeExprKind::Map { key, value } => {
                let key_ty = self.resolve_type(key);
                let value = self.resolve_type(value);
                // A type parameter's constraint may not be resolved yet.
                if self.types.is_unresolved_named(key_ty) {
                    self.deferred_map_keys.push((key_ty, key.span));
                } else if !self.types.is_invalid(key_ty) && !self.types.is_type_param(key_ty) && !self.types.comparable(key_ty) {
                    self.error(key.span, format!("invalid map key type {}", self.type_string(key_ty)));
                }
                self.types.intern(TypeKind::Map(key_ty, value))
            }
            ast::TypeExprKind::Chan { dir, elem } => {
                let elem = self.resolve_type(elem);
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.types.intern(TypeKind::Chan(dir, elem))
            }
            ast::TypeExprKind::Func(signature) => self.resolve_signature(signature, None),
            ast::TypeExprKind::Struct(fields) => {
                let mut resolved: Vec<Field> = Vec::new();
                for field in fields {
                    let field_ty = self.resolve_type(&field.ty);
                    if field.names.is_empty() {
                        let name = embedded_name(&field.ty);
                        if name != "_" && resolved.iter().any(|existing| existing.name == name) {
                            self.error(field.span, format!("{name} redeclared"));
                        }
                        resolved.push(Field {
                            name,
                            ty: field_ty,
                            embedded: true,
                        });
                        continue;
                    }
                    for name in &field.names {
                        if name.name != "_" && resolved.iter().any(|existing| existing.name == name.name) {
                            self.error(name.span, format!("{} redeclared", name.name));
                        }
                        resolved.push(Field {
                            name: name.name.clone(),
                            ty: field_ty,
                            embedded: false,
                        });
                    }
                }
                self.types.intern(TypeKind::Struct(resolved))
            }
            ast::TypeExprKind::Interface(elems) => {
                let mut methods: Vec<InterfaceMethod> = Vec::new();
                // The type set: `None` for every type, else the terms (the
                // intersection of the elements' sets).
                let mut terms: Option<Vec<Term>> = None;
                let mut comparable = false;
                for elem in elems {
                    match elem {
                        ast::InterfaceElem::Method { name, signature, .. } => {
                            let signature = self.resolve_signature(signature, None);
                            methods.push(InterfaceMethod {
                                name: name.name.clone(),
                                signature,
                            });
                        }
                        ast::InterfaceElem::Type(embedded) => {
                            let element_terms = match &embedded.kind {
                                ast::TypeExprKind::Union(_) | ast::TypeExprKind::Tilde(_) => Some(self.resolve_terms(embedded)),
                                _ => {
                                    let embedded_ty = self.resolve_type(embedded);
                                    match self.types.underlying_kind(embedded_ty).clone() {
                                        TypeKind::Interface(inner) => {
                                            methods.extend(inner);
                                            None
                                        }
                                        TypeKind::Constraint {
                                            methods: inner,
                                            terms: inner_terms,
                                            comparable: inner_comparable,
                                        } => {
                                            methods.extend(inner);
                                            comparable |= inner_comparable;
                                            (!inner_terms.is_empty()).then_some(inner_terms)
                                        }
                                        _ if self.types.is_invalid(embedded_ty) => None,
                                        _ => Some(vec![Term {
                                            tilde: false,
                                            ty: embedded_ty,
                                        }]),
                                    }
                                }
                            };
                            if let Some(element_terms) = element_terms {
                                terms = Some(match terms {
                                    None => element_terms,
                                    Some(existing) => existing
                                        .into_iter()
                                        .filter(|term| {
                                            element_terms
                                                .iter()
                                                .any(|other| self.types.underlying(other.ty) == self.types.underlying(term.ty))
                                        })
                                        .collect(),
                                });
                            }
                        }
                    }
                }
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                methods.dedup_by(|a, b| a.name == b.name);
                if terms.is_some() || comparable {
                    self.types.intern(TypeKind::Constraint {
                        methods,
                        terms: terms.unwrap_or_default(),
                        comparable,
                    })
                } else {
                    self.types.intern(TypeKind::Interface(methods))
                }
            }
            ast::TypeExprKind::Tilde(_) | ast::TypeExprKind::Union(_) => {
                // A constraint written inline: `[T ~int | ~string]`.
                let terms = self.resolve_terms(ty);
                self.types.intern(TypeKind::Constraint {
                    methods: Vec::new(),
                    terms,
                    comparable: false,
                })
            }
        }
    }

    /// The terms of a union (`~int | ~int64 | float64`).
    fn resolve_terms(&mut self, ty: &'a ast::TypeExpr) -> Vec<Term> {
        match &ty.kind {
            ast::TypeExprKind::Union(items) => items.iter().flat_map(|item| self.resolve_terms(item)).collect(),
            ast::TypeExprKind::Tilde(inner) => {
                let inner_ty = self.resolve_type(inner);
                vec![Term { tilde: true, ty: inner_ty }]
            }
            ast::TypeExprKind::Paren(inner) => self.resolve_terms(inner),
            _ => {
                let term_ty = self.resolve_type(ty);
                match self.types.underlying_kind(term_ty).clone() {
                    // An embedded constraint in a union contributes its set.
                    TypeKind::Constraint { terms, .. } if !terms.is_empty() => terms,
                    _ => vec![Term { tilde: false, ty: term_ty }],
                }
            }
        }
    }

    /// `G[A, B]`: the instance of generic type G, its arguments checked
    /// against G's constraints.
    pub fn instantiate_type(&mut self, span: go2rs_syntax::Span, generic: TypeId, args: Vec<TypeId>) -> TypeId {
        // (A generic type is not invalid while its own definition, which
        // may name it, is being resolved.)
        let invalid = |types: &crate::types::TypeTable, ty: TypeId| !types.is_named(ty) && types.is_invalid(ty);
        if invalid(&self.types, generic) || args.iter().any(|arg| invalid(&self.types, *arg)) {
            return self.types.invalid();
        }
        let params = self
            .types
            .named_info(generic)
            .map(|named| named.type_params.clone())
            .unwrap_or_default();
        if params.is_empty() {
            self.error(span, format!("{} is not a generic type", self.type_string(generic)));
            return self.types.invalid();
        }
        if params.len() != args.len() {
            let name = self.type_string(generic);
            if args.len() < params.len() {
                self.error(
                    span,
                    format!(
                        "not enough type arguments for type {name}: have {}, want {}",
                        args.len(),
                        params.len()
                    ),
                );
            } else {
                self.error(
                    span,
                    format!(
                        "too many type arguments for type {name}: have {}, want {}",
                        args.len(),
                        params.len()
                    ),
                );
            }
            return self.types.invalid();
        }
        self.check_satisfies(span, &params, &args);
        let instance = self.types.instantiate(generic, args);
        if let Some(generic) = self.types.instantiation_cycle.take() {
            let name = self.type_string(generic);
            self.error(span, format!("instantiation cycle in the instances of {name}"));
            return self.types.invalid();
        }
        instance
    }

    /// Reports type arguments that do not satisfy their parameters'
    /// constraints (with the arguments substituted into them).
    pub fn check_satisfies(&mut self, span: go2rs_syntax::Span, params: &[TypeId], args: &[TypeId]) -> bool {
        let map: std::collections::HashMap<TypeId, TypeId> = params.iter().copied().zip(args.iter().copied()).collect();
        let mut ok = true;
        for (param, arg) in params.iter().zip(args) {
            if self.types.is_type_param(*arg) || self.types.is_invalid(*arg) {
                continue;
            }
            let constraint = self.types.type_param(*param).map(|info| info.constraint).unwrap_or(self.types.any);
            let constraint = self.types.subst(constraint, &map);
            let (methods, terms, comparable) = match self.types.underlying_kind(constraint).clone() {
                TypeKind::Interface(methods) => (methods, Vec::new(), false),
                TypeKind::Constraint {
                    methods,
                    terms,
                    comparable,
                } => (methods, terms, comparable),
                _ => (Vec::new(), Vec::new(), false),
            };
            let arg_name = self.type_string(*arg);
            let constraint_name = self.type_string(self.types.type_param(*param).map(|info| info.constraint).unwrap_or(constraint));
            if !terms.is_empty() {
                let member = terms.iter().any(|term| {
                    if term.tilde {
                        self.types.underlying(term.ty) == self.types.underlying(*arg)
                    } else {
                        term.ty == *arg
                    }
                });
                if !member {
                    self.error(
                        span,
                        format!(
                            "{arg_name} does not satisfy {constraint_name} ({arg_name} missing in {})",
                            self.describe_terms(&terms)
                        ),
                    );
                    ok = false;
                    continue;
                }
            }
            if comparable && !self.types.comparable(*arg) {
                self.error(span, format!("{arg_name} does not satisfy comparable"));
                ok = false;
                continue;
            }
            if !methods.is_empty() {
                let iface = self.types.intern(TypeKind::Interface(methods));
                if let Some(missing) = self.missing_method(*arg, iface) {
                    self.error(
                        span,
                        format!("{arg_name} does not satisfy {constraint_name} (missing method {missing})"),
                    );
                    ok = false;
                }
            }
        }
        ok
    }

    fn describe_terms(&self, terms: &[Term]) -> String {
        terms
            .iter()
            .map(|term| format!("{}{}", if term.tilde { "~" } else { "" }, self.type_string(term.ty)))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// Declares type parameters (in the current scope) and resolves their
    /// constraints; returns their types.
    pub fn declare_type_params(
        &mut self,
        params: &'a [ast::TypeParam],
        existing: Option<&[TypeId]>,
        resolve_constraints: bool,
    ) -> Vec<TypeId> {
        let mut ids = Vec::new();
        let mut index = 0;
        for group in params {
            for name in &group.names {
                let ty = match existing.and_then(|existing| existing.get(index)) {
                    Some(ty) => *ty,
                    None => self.types.new_type_param(&name.name),
                };
                index += 1;
                let object = self.new_object(&name.name, crate::ObjKind::TypeName, ty, name.span);
                self.declare_local(name, object);
                ids.push(ty);
            }
        }
        if resolve_constraints {
            let mut index = 0;
            for group in params {
                let constraint = self.resolve_type(&group.constraint);
                for _ in &group.names {
                    if let TypeKind::TypeParam(param) = self.types.kind(ids[index]).clone() {
                        self.types.type_params[param as usize].constraint = constraint;
                    }
                    index += 1;
                }
            }
        }
        ids
    }

    /// A function signature as a [`TypeKind::Func`] type. The receiver is
    /// not part of the type.
    pub fn resolve_signature(&mut self, signature: &'a ast::FuncType, _receiver: Option<&'a ast::Param>) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (index, group) in signature.params.iter().enumerate() {
            let mut ty = self.resolve_type(&group.ty);
            if group.variadic {
                if index + 1 != signature.params.len() || group.names.len() > 1 {
                    self.error(group.span, "can only use ... with final parameter in list");
                }
                variadic = true;
                ty = self.types.slice(ty);
            }
            let count = group.names.len().max(1);
            for _ in 0..count {
                params.push(ty);
            }
        }
        let mut results = Vec::new();
        for group in &signature.results {
            let ty = self.resolve_type(&group.ty);
            let count = group.names.len().max(1);
            for _ in 0..count {
                results.push(ty);
            }
        }
        self.types.intern(TypeKind::Func(Signature { params, results, variadic }))
    }
}

fn embedded_name(ty: &ast::TypeExpr) -> String {
    match &ty.kind {
        ast::TypeExprKind::Name(name) => name.name.clone(),
        ast::TypeExprKind::Qualified { name, .. } => name.name.clone(),
        ast::TypeExprKind::Pointer(inner) | ast::TypeExprKind::Paren(inner) => embedded_name(inner),
        ast::TypeExprKind::Generic { base, .. } => embedded_name(base),
        _ => "_".to_string(),
    }
}
