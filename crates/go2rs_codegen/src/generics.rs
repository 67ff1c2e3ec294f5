//! Generics: Go's type parameters become Rust's, bounded by what their
//! constraints allow (the runtime's `generic` module); instantiations at
//! call sites are spelled out (`map::<i64, GoString>(...)`).

use go2rs_analysis::{FuncId, TypeId, TypeKind};
use go2rs_syntax::Span;
use proc_macro2::TokenStream;
use quote::quote;

use std::collections::BTreeSet;

use crate::Gen;
use crate::names::{camel_case, ident};

/// A bound a type parameter needs beyond `GoType`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Bound {
    Comparable,
    Number,
    Ordered,
    Equal,
    /// The trait of an interface whose methods the constraint has.
    Trait(TypeId),
}

impl<'p> Gen<'p> {
    /// The Rust name of a type parameter (`T`, `K`, `Elem`).
    pub fn type_param_name(&self, ty: TypeId) -> proc_macro2::Ident {
        let name = self
            .program
            .types
            .type_param(ty)
            .map_or_else(|| "T".to_string(), |info| camel_case(&info.name));
        ident(&name)
    }

    /// `<T: GoType, U: GoType + GoNumber>` for type parameters (empty for
    /// none).
    pub fn generic_params(&mut self, params: &[TypeId]) -> TokenStream {
        if params.is_empty() {
            return TokenStream::new();
        }
        let items: Vec<TokenStream> = params
            .iter()
            .map(|param| {
                let name = self.type_param_name(*param);
                let bounds = self.type_param_bounds(*param);
                quote!(#name: #(#bounds)+*)
            })
            .collect();
        quote!(<#(#items),*>)
    }

    /// `T: GoType, U: GoType + GoNumber`: the parameters with their bounds,
    /// for a macro's `[...]`.
    pub fn generic_bound_list(&mut self, params: &[TypeId]) -> Vec<TokenStream> {
        params
            .iter()
            .map(|param| {
                let name = self.type_param_name(*param);
                let bounds = self.type_param_bounds(*param);
                quote!(#name: #(#bounds)+*)
            })
            .collect()
    }

    /// `<T, U>`: the parameters as arguments.
    pub fn generic_args(&self, params: &[TypeId]) -> TokenStream {
        if params.is_empty() {
            return TokenStream::new();
        }
        let names: Vec<proc_macro2::Ident> = params.iter().map(|param| self.type_param_name(*param)).collect();
        quote!(<#(#names),*>)
    }

    /// What a type parameter's constraint allows, as Rust bounds, with
    /// what the generic types and functions it is passed on to ask of it
    /// (Go checks that its constraint implies theirs; Rust's bounds must
    /// say so).
    pub fn type_param_bounds(&mut self, param: TypeId) -> Vec<TokenStream> {
        let mut bounds = BTreeSet::new();
        let mut visiting = BTreeSet::new();
        self.collect_bounds(param, &mut bounds, &mut visiting);
        let mut tokens = vec![self.use_item("GoType")];
        for bound in bounds {
            tokens.push(match bound {
                Bound::Comparable => self.use_item("GoComparable"),
                Bound::Number => self.use_item("GoNumber"),
                Bound::Ordered => {
                    let cmp = self.use_module("cmp");
                    quote!(#cmp::Ordered)
                }
                Bound::Equal => quote!(PartialEq),
                Bound::Trait(interface) => {
                    let name = ident(&self.interface_trait_name(interface));
                    quote!(#name)
                }
            });
        }
        tokens
    }

    /// The bounds a type parameter's own constraint gives.
    fn constraint_bounds(&mut self, param: TypeId) -> BTreeSet<Bound> {
        let types = &self.program.types;
        let (methods, terms, comparable) = types.constraint_of(param);
        let numeric = !terms.is_empty() && types.is_numeric(param);
        let ordered = !terms.is_empty() && !numeric && types.is_ordered(param);
        let equatable = !comparable && !numeric && !ordered && !terms.is_empty() && terms.iter().all(|term| types.comparable(term.ty));
        let mut bounds = BTreeSet::new();
        if comparable {
            bounds.insert(Bound::Comparable);
        }
        if numeric {
            bounds.insert(Bound::Number);
        }
        if ordered {
            bounds.insert(Bound::Ordered);
        }
        if equatable {
            bounds.insert(Bound::Equal);
        }
        if !methods.is_empty() {
            let constraint = types.type_param(param).map(|info| info.constraint).unwrap_or(types.any);
            let interface = if types.is_interface(constraint) {
                Some(constraint)
            } else {
                types.lookup_interned(&TypeKind::Interface(methods))
            };
            match interface {
                Some(interface) => {
                    bounds.insert(Bound::Trait(interface));
                }
                None => self.unsupported(Span::default(), "constraints with both methods and a type set"),
            }
        }
        bounds
    }

    fn collect_bounds(&mut self, param: TypeId, bounds: &mut BTreeSet<Bound>, visiting: &mut BTreeSet<TypeId>) {
        if !visiting.insert(param) {
            return;
        }
        bounds.extend(self.constraint_bounds(param));
        for passed_to in self.passed_on(param) {
            self.collect_bounds(passed_to, bounds, visiting);
        }
    }

    /// The type parameters of other generic types and functions that
    /// `param` is an argument of, where it is in scope.
    fn passed_on(&mut self, param: TypeId) -> Vec<TypeId> {
        if let Some(found) = self.passed_on_cache.get(&param) {
            return found.clone();
        }
        let program = self.program;
        let types = &program.types;
        // Where `param` is in scope: a generic function's body and
        // signature, or a generic type's definition and methods.
        let mut scope_types: Vec<TypeId> = Vec::new();
        let mut bodies: Vec<&go2rs_syntax::ast::Block> = Vec::new();
        for (index, func) in program.funcs.iter().enumerate() {
            if func.type_params.contains(&param) {
                scope_types.push(func.signature);
                if let go2rs_analysis::FuncKind::Declared { file, decl } = func.kind
                    && let go2rs_syntax::ast::Decl::Func(decl) = &program.package.files[file].decls[decl]
                    && let Some(body) = &decl.body
                {
                    bodies.push(body);
                }
                let _ = index;
            }
        }
        for named in &types.named {
            if named.type_params.contains(&param) {
                scope_types.push(named.underlying);
            }
        }
        let mut exprs = Vec::new();
        for body in bodies {
            struct Exprs<'a>(Vec<&'a go2rs_syntax::ast::Expr>);
            impl<'a> go2rs_analysis::walk::Visitor<'a> for Exprs<'a> {
                fn enter_expr(&mut self, expr: &'a go2rs_syntax::ast::Expr) -> bool {
                    self.0.push(expr);
                    true
                }
            }
            let mut collector = Exprs(Vec::new());
            go2rs_analysis::walk::walk_stmts(&mut collector, &body.stmts);
            exprs.extend(collector.0);
        }
        let mut found = Vec::new();
        for expr in &exprs {
            scope_types.push(program.expr_type(expr.id));
            if let Some(args) = program.instantiations.get(&expr.id) {
                let callee_params = self.instantiated_params(expr);
                for (arg, callee_param) in args.iter().zip(callee_params) {
                    if *arg == param {
                        found.push(callee_param);
                    }
                }
            }
        }
        let mut seen = BTreeSet::new();
        for ty in scope_types {
            self.instances_passing(ty, param, &mut found, &mut seen, 0);
        }
        self.passed_on_cache.insert(param, found.clone());
        found
    }

    /// The generic function an instantiation (a call's callee or `F[T]`)
    /// refers to: its type parameters.
    fn instantiated_params(&self, expr: &go2rs_syntax::ast::Expr) -> Vec<TypeId> {
        use go2rs_syntax::ast::ExprKind;
        let program = self.program;
        let name = match &expr.kind {
            ExprKind::Ident(ident) => Some(ident),
            ExprKind::Index { operand, .. } => match &operand.kind {
                ExprKind::Ident(ident) => Some(ident),
                _ => None,
            },
            ExprKind::Selector { field, .. } => Some(field),
            _ => None,
        };
        name.and_then(|ident| program.resolve(ident))
            .and_then(|object| match program.object(object).kind {
                go2rs_analysis::ObjKind::Func(id) => Some(program.func(id).type_params.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// Generic type instances inside `ty` that take `param` as an argument:
    /// the generic types' parameters it stands for.
    fn instances_passing(&self, ty: TypeId, param: TypeId, found: &mut Vec<TypeId>, seen: &mut BTreeSet<TypeId>, depth: usize) {
        if depth > 32 || !seen.insert(ty) {
            return;
        }
        let types = &self.program.types;
        match types.kind(ty) {
            TypeKind::Named(_) => {
                if let Some(named) = types.named_info(ty)
                    && let Some(origin) = named.origin
                {
                    let params = types
                        .named_info(origin)
                        .map(|origin| origin.type_params.clone())
                        .unwrap_or_default();
                    for (arg, origin_param) in named.type_args.iter().zip(params) {
                        if *arg == param {
                            found.push(origin_param);
                        }
                        self.instances_passing(*arg, param, found, seen, depth + 1);
                    }
                }
            }
            TypeKind::Pointer(elem) | TypeKind::Slice(elem) | TypeKind::Array(_, elem) | TypeKind::Chan(_, elem) => {
                self.instances_passing(*elem, param, found, seen, depth + 1)
            }
            TypeKind::Map(key, value) => {
                self.instances_passing(*key, param, found, seen, depth + 1);
                self.instances_passing(*value, param, found, seen, depth + 1);
            }
            TypeKind::Struct(fields) => {
                for field in fields {
                    self.instances_passing(field.ty, param, found, seen, depth + 1);
                }
            }
            TypeKind::Func(signature) => {
                for item in signature.params.iter().chain(&signature.results) {
                    self.instances_passing(*item, param, found, seen, depth + 1);
                }
            }
            TypeKind::Tuple(items) => {
                for item in items {
                    self.instances_passing(*item, param, found, seen, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// `::<i64, GoString>` for a use of a generic function, when the
    /// analysis recorded its type arguments.
    pub fn turbofish(&mut self, expr: go2rs_syntax::ast::ExprId, func: FuncId, span: Span) -> TokenStream {
        let Some(args) = self.program.instantiations.get(&expr).cloned() else {
            return TokenStream::new();
        };
        let params = self.program.func(func).type_params.clone();
        self.check_type_arguments(&params, &args, span);
        for arg in &args {
            self.note_type_argument(*arg, span);
        }
        let args: Vec<TokenStream> = args.iter().map(|arg| self.rust_type(*arg, span)).collect();
        quote!(::<#(#args),*>)
    }

    /// Reports type arguments the Rust bounds cannot take: a `comparable`
    /// parameter needs `Eq`, `Hash` and `Ord`, which floats lack.
    pub fn check_type_arguments(&mut self, params: &[TypeId], args: &[TypeId], span: Span) {
        for (param, arg) in params.iter().zip(args) {
            if self.rust_comparable(*arg) {
                continue;
            }
            let mut bounds = BTreeSet::new();
            let mut visiting = BTreeSet::new();
            self.collect_bounds(*param, &mut bounds, &mut visiting);
            if bounds.contains(&Bound::Comparable) {
                let name = self.program.types.type_string(*arg);
                self.unsupported(
                    span,
                    format!("a comparable type parameter instantiated with {name} (floating-point keys have no total order in Rust)"),
                );
            }
        }
    }

    /// A type argument: a `GoType`, so stored in interfaces if needed.
    pub fn note_type_argument(&mut self, ty: TypeId, span: Span) {
        if !self.program.types.is_type_param(ty) {
            self.note_dynamic(ty, span);
        }
    }
}
