//! Interfaces.
//!
//! A Go interface type becomes a Rust trait with the runtime's `Dynamic` as
//! supertrait, and its values `Iface<dyn Trait>` (`Any` for `any`, `Error`
//! for `error`). The program's types are all known, so for each interface
//! the translation lists, with the runtime's `interface!` macro, the
//! concrete types stored in interface values that implement it (what type
//! assertions and type switches try), and implements the trait for each of
//! them by calling its methods. A type stored in an interface value gets
//! `impl_dynamic!` (its comparison, its method sets) and, when it has an
//! `Error() string` method, the runtime's `ErrorValue`.

use std::collections::{BTreeMap, BTreeSet};

use go2rs_analysis::lookup::{self, Member};
use go2rs_analysis::{Basic, FuncKind, TypeId, TypeKind};
use go2rs_syntax::Span;
use go2rs_syntax::ast;
use proc_macro2::TokenStream;
use quote::quote;

use crate::Gen;
use crate::names::{ident, snake_case};

/// Method names of the runtime's `Dynamic` and `Value` traits: a trait
/// method of the same name would make calls ambiguous.
const RESERVED_METHODS: &[&str] = &[
    "format",
    "format_raw",
    "type_name",
    "static_type_name",
    "kind",
    "static_kind",
    "methods",
    "call_method",
    "static_pointer_methods",
    "call_pointer_method",
    "address",
    "as_int",
    "as_error",
    "as_any",
    "into_any",
    "dyn_eq",
    "dyn_hash",
    "dyn_cmp",
    "method_names",
    "into_error",
    "pointer_method_names",
    "pointer_into_error",
];

/// The interfaces and dynamic types a translation uses.
#[derive(Default)]
pub struct Interfaces {
    /// Interface types (other than `any` and `error`) by their trait name.
    pub traits: BTreeMap<TypeId, String>,
    /// The doc comments of the package's interface declarations.
    pub docs: BTreeMap<TypeId, Vec<TokenStream>>,
    /// The trait methods some code calls (by interface and Go name).
    pub called: BTreeSet<(TypeId, String)>,
    /// Concrete types stored in interface values.
    pub dynamic: BTreeSet<TypeId>,
}

impl<'p> Gen<'p> {
    fn is_empty_interface(&self, ty: TypeId) -> bool {
        matches!(self.program.types.underlying_kind(ty), TypeKind::Interface(methods) if methods.is_empty())
    }

    /// The trait object type that stands for interface `ty`: `dyn Shape`,
    /// `dyn Dynamic` for `any`, `dyn ErrorValue` for `error`.
    pub fn interface_object(&mut self, ty: TypeId) -> TokenStream {
        if ty == self.program.types.error {
            let error_value = self.use_item("ErrorValue");
            return quote!(dyn #error_value);
        }
        if self.is_empty_interface(ty) {
            let dynamic = self.use_item("Dynamic");
            return quote!(dyn #dynamic);
        }
        let name = ident(&self.interface_trait_name(ty));
        quote!(dyn #name)
    }

    /// The Rust type of interface `ty`: `Iface<dyn Shape>`, `Any`, `Error`.
    pub fn interface_rust_type(&mut self, ty: TypeId) -> TokenStream {
        if ty == self.program.types.error {
            return self.use_item("Error");
        }
        if self.is_empty_interface(ty) {
            return self.use_item("Any");
        }
        let object = self.interface_object(ty);
        let iface = self.use_item("Iface");
        quote!(#iface<#object>)
    }

    /// The type in expression position: `Any`, `Error`, `Iface::<dyn Shape>`.
    pub fn interface_type_path(&mut self, ty: TypeId) -> TokenStream {
        if ty == self.program.types.error || self.is_empty_interface(ty) {
            return self.interface_rust_type(ty);
        }
        let object = self.interface_object(ty);
        let iface = self.use_item("Iface");
        quote!(#iface::<#object>)
    }

    /// The name of the trait for a non-empty interface type other than
    /// `error`, registering it.
    pub fn interface_trait_name(&mut self, ty: TypeId) -> String {
        if let Some(name) = self.interfaces.traits.get(&ty) {
            return name.clone();
        }
        let name = match self.type_names.get(&ty) {
            Some(name) => name.clone(),
            None => {
                let base = match self.program.types.named_info(ty) {
                    Some(named) => crate::names::camel_case(&named.name),
                    None => "Interface".to_string(),
                };
                let taken: BTreeSet<&String> = self.type_names.values().chain(self.interfaces.traits.values()).collect();
                let mut candidate = base.clone();
                let mut index = 2;
                while taken.contains(&candidate) || crate::items::is_runtime_type_name(&candidate) {
                    candidate = format!("{base}{index}");
                    index += 1;
                }
                candidate
            }
        };
        self.interfaces.traits.insert(ty, name.clone());
        name
    }

    /// The Rust name of an interface method (its trait method).
    pub fn interface_method_name(&self, go_name: &str) -> proc_macro2::Ident {
        let name = snake_case(go_name);
        if RESERVED_METHODS.contains(&name.as_str()) {
            return ident(&format!("{name}_method"));
        }
        ident(&name)
    }

    /// Whether calls of method `name` of interface `iface` can block: one
    /// of the methods they can reach blocks.
    pub fn interface_method_blocks(&self, iface: TypeId, name: &str, signature: TypeId) -> bool {
        self.program.funcs.iter().any(|func| {
            func.name == name
                && func.blocking
                && func.signature == signature
                && match func.kind {
                    FuncKind::InterfaceMethod => func.receiver.is_some_and(|(receiver, _)| receiver == iface),
                    FuncKind::Declared { .. } | FuncKind::Stdlib => func.receiver.is_some(),
                    _ => false,
                }
        })
    }

    fn interface_methods(&self, ty: TypeId) -> Vec<go2rs_analysis::types::InterfaceMethod> {
        match self.program.types.underlying_kind(ty) {
            TypeKind::Interface(methods) => methods.clone(),
            _ => Vec::new(),
        }
    }

    /// A value of type `from` as a value of interface type `target`.
    pub fn interface_value(&mut self, expr: &'p ast::Expr, from: TypeId, target: TypeId) -> TokenStream {
        if self.program.types.is_interface(from) {
            let value = self.receiver(expr);
            let object = self.interface_object(target);
            return quote!(#value.convert::<#object>());
        }
        // A constant needs its Rust type spelled out (`42_i64`).
        let value = match self.program.expr(expr.id).and_then(|info| info.value.clone()) {
            Some(constant) => self.constant_prec(&constant, from, expr.span, true).0,
            None => self.value(expr),
        };
        self.concrete_to_interface(value, from, target, expr.span)
    }

    /// A concrete value (already translated) in an interface value.
    pub fn concrete_to_interface(&mut self, value: TokenStream, from: TypeId, target: TypeId, span: Span) -> TokenStream {
        self.note_dynamic(from, span);
        let path = self.interface_type_path(target);
        let arc = self.use_item("Arc");
        // Nothing else tells Rust the type of a literal such as
        // `Slice::from([1, 2])` or `Map::from(...)`.
        if let Some(wrapper) = self.dynamic_wrapper(from) {
            return quote!(#path::new(#arc::new(#wrapper(#value))));
        }
        let needs_type = !self.is_user_named(from)
            && !matches!(self.program.types.kind(from), TypeKind::Pointer(elem) if self.is_user_named(*elem))
            && matches!(
                self.program.types.underlying_kind(from),
                TypeKind::Slice(_)
                    | TypeKind::Map(..)
                    | TypeKind::Array(..)
                    | TypeKind::Pointer(_)
                    | TypeKind::Func(_)
                    | TypeKind::Chan(..)
            );
        if needs_type {
            let rust = self.rust_type(from, span);
            return quote!(#path::new(#arc::<#rust>::new(#value)));
        }
        quote!(#path::new(#arc::new(#value)))
    }

    /// The runtime's wrapper for a type whose Rust type another Go type
    /// shares (`int64` is `i64`, as `int` is): in an interface value it is
    /// stored wrapped, so that the two stay different dynamic types.
    pub fn dynamic_wrapper(&mut self, ty: TypeId) -> Option<TokenStream> {
        match self.program.types.kind(ty) {
            TypeKind::Basic(Basic::Int64) => Some(quote!(go2rs_runtime::iface::Int64)),
            TypeKind::Basic(Basic::Uint) => Some(quote!(go2rs_runtime::iface::Uint)),
            _ => None,
        }
    }

    /// The Rust type a value of type `ty` has inside an interface value.
    pub fn dynamic_rust_type(&mut self, ty: TypeId, span: Span) -> TokenStream {
        match self.dynamic_wrapper(ty) {
            Some(wrapper) => wrapper,
            None => self.rust_type(ty, span),
        }
    }

    /// Records a concrete type stored in an interface value.
    pub fn note_dynamic(&mut self, ty: TypeId, span: Span) {
        let types = &self.program.types;
        if types.is_interface(ty) {
            return;
        }
        if let TypeKind::Basic(basic) = types.kind(ty)
            && matches!(basic, Basic::Complex64 | Basic::Complex128 | Basic::UnsafePointer)
        {
            self.unsupported(span, "complex numbers");
        }
        self.interfaces.dynamic.insert(ty);
    }

    /// The trait definition of an interface.
    pub fn interface_trait(&mut self, ty: TypeId, docs: &[TokenStream]) -> TokenStream {
        let name = ident(&self.interface_trait_name(ty));
        let dynamic = self.use_item("Dynamic");
        let mut methods = Vec::new();
        for method in self.interface_methods(ty) {
            let method_name = self.interface_method_name(&method.name);
            let (params, result, blocking) = self.interface_method_signature(ty, &method);
            let params: Vec<TokenStream> = params.iter().map(|(name, rust)| quote!(#name: #rust)).collect();
            let returns = if blocking {
                let boxed = self.use_item("BoxFuture");
                quote!(-> #boxed<'_, #result>)
            } else if result.to_string() == "()" {
                TokenStream::new()
            } else {
                quote!(-> #result)
            };
            methods.push(quote!(fn #method_name(&self #(, #params)*) #returns;));
        }
        quote! {
            #(#docs)*
            trait #name: #dynamic {
                #(#methods)*
            }
        }
    }

    /// A trait method's parameters (named after the interface's declaration
    /// when it names them), result type and whether it is async.
    fn interface_method_signature(
        &mut self,
        iface: TypeId,
        method: &go2rs_analysis::types::InterfaceMethod,
    ) -> (Vec<(proc_macro2::Ident, TokenStream)>, TokenStream, bool) {
        let signature = self.program.types.signature(method.signature).cloned();
        let Some(signature) = signature else {
            return (Vec::new(), quote!(()), false);
        };
        let names = self.interface_param_names(iface, &method.name).unwrap_or_default();
        let mut params = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, param) in signature.params.iter().enumerate() {
            let name = names
                .get(index)
                .filter(|name| !name.is_empty() && *name != "_")
                .map(|name| snake_case(name))
                .filter(|name| name != "self" && seen.insert(name.clone()))
                .unwrap_or_else(|| format!("arg{index}"));
            let rust = self.rust_type(*param, Span::default());
            params.push((ident(&name), rust));
        }
        let result = self.result_type(&signature.results, Span::default());
        let blocking = self.interface_method_blocks(iface, &method.name, method.signature);
        (params, result, blocking)
    }

    /// The parameter names an interface type of the package declares for a
    /// method.
    fn interface_param_names(&self, iface: TypeId, method_name: &str) -> Option<Vec<String>> {
        let program = self.program;
        for file in &program.package.files {
            for decl in &file.decls {
                let ast::Decl::Type(decl) = decl else {
                    continue;
                };
                for spec in &decl.specs {
                    let Some(object) = program.resolve(&spec.name) else {
                        continue;
                    };
                    if program.object(object).ty != iface {
                        continue;
                    }
                    let ast::TypeExprKind::Interface(elems) = &spec.ty.kind else {
                        return None;
                    };
                    for elem in elems {
                        if let ast::InterfaceElem::Method { name, signature, .. } = elem
                            && name.name == method_name
                        {
                            let mut names = Vec::new();
                            for group in &signature.params {
                                if group.names.is_empty() {
                                    names.push(String::new());
                                }
                                for name in &group.names {
                                    names.push(name.name.clone());
                                }
                            }
                            return Some(names);
                        }
                    }
                    return None;
                }
            }
        }
        None
    }

    /// Everything the interfaces of the translation need once every body is
    /// generated: per named type of the package, its `impl_dynamic!`, error
    /// and trait impls (placed after the type); then the traits of
    /// interfaces not declared in the package and the `interface!` lists.
    pub(crate) fn interface_items(&mut self) -> (BTreeMap<TypeId, TokenStream>, BTreeMap<TypeId, TokenStream>, TokenStream) {
        let mut per_type: BTreeMap<TypeId, TokenStream> = BTreeMap::new();
        let mut per_interface: BTreeMap<TypeId, TokenStream> = BTreeMap::new();
        let mut tail = TokenStream::new();
        let mut done: BTreeSet<TypeId> = BTreeSet::new();
        let mut dynamic_done: BTreeSet<TypeId> = BTreeSet::new();
        let mut trait_defs: BTreeMap<TypeId, TokenStream> = BTreeMap::new();
        loop {
            // Trait impls can mention further interfaces and dynamic types.
            let interfaces: Vec<TypeId> = self.interfaces.traits.keys().copied().filter(|ty| !done.contains(ty)).collect();
            let dynamic: Vec<TypeId> = self
                .interfaces
                .dynamic
                .iter()
                .copied()
                .filter(|ty| !dynamic_done.contains(ty))
                .collect();
            if interfaces.is_empty() && dynamic.is_empty() {
                break;
            }
            for ty in dynamic {
                dynamic_done.insert(ty);
                let Some(base) = self.dynamic_base(ty) else {
                    continue;
                };
                if per_type.contains_key(&base) {
                    continue;
                }
                let tokens = self.dynamic_impl(base);
                per_type.insert(base, tokens);
            }
            for ty in interfaces {
                done.insert(ty);
                let docs = self.interfaces.docs.get(&ty).cloned().unwrap_or_default();
                let trait_item = self.interface_trait(ty, &docs);
                trait_defs.insert(ty, trait_item);
            }
        }
        // The implementations, now that the sets are complete.
        let interfaces: Vec<TypeId> = self.interfaces.traits.keys().copied().collect();
        let dynamic: Vec<TypeId> = self.dynamic_concrete_types();
        for iface in interfaces {
            let mut implementers = Vec::new();
            for &concrete in &dynamic {
                if lookup::missing_method(&self.program.types, &self.program.funcs, concrete, iface).is_some() {
                    continue;
                }
                let rust = self.rust_type(concrete, Span::default());
                implementers.push(rust.clone());
                let impl_tokens = self.trait_impl(iface, concrete);
                match self.dynamic_base(concrete) {
                    Some(base) => per_type.entry(base).or_default().extend(impl_tokens),
                    None => tail.extend(impl_tokens),
                }
            }
            // The runtime's error types implement it too when their methods
            // cover it (`interface{ Unwrap() []error }` on a joined error).
            for (path, impl_tokens) in self.runtime_error_impls(iface) {
                implementers.push(path);
                tail.extend(impl_tokens);
            }
            let name = ident(&self.interface_trait_name(iface));
            let go_name = self.program.types.type_string(iface);
            let methods: Vec<String> = self.interface_methods(iface).into_iter().map(|method| method.name).collect();
            let list = quote! {
                go2rs_runtime::interface!(dyn #name, #go_name, [#(#methods),*], [#(#implementers),*]);
            };
            // Go does not mind an interface method nobody calls; Rust warns.
            let uncalled = methods
                .iter()
                .any(|method| !self.interfaces.called.contains(&(iface, method.clone())));
            let allow = if uncalled {
                quote!(#[allow(dead_code)])
            } else {
                TokenStream::new()
            };
            let definition = trait_defs.remove(&iface).unwrap_or_default();
            per_interface.entry(iface).or_default().extend(quote! {
                #allow
                #definition
                #list
            });
        }
        // Interfaces that are not the package's go at the end.
        let mut declared_interfaces = BTreeMap::new();
        for (iface, tokens) in per_interface {
            if self.is_declared_interface(iface) {
                declared_interfaces.insert(iface, tokens);
            } else {
                tail.extend(tokens);
            }
        }
        (per_type, declared_interfaces, tail)
    }

    /// The runtime's types whose method sets cover interface `iface` (its
    /// error types, the library's writers and readers), with their
    /// implementations of its trait.
    fn runtime_error_impls(&mut self, iface: TypeId) -> Vec<(TokenStream, TokenStream)> {
        let methods = self.interface_methods(iface);
        // Each method as (name, Go signature), and its trait parameters.
        let mut wanted = Vec::new();
        for method in &methods {
            let shape = self.program.types.type_string(method.signature);
            let (params, _, blocking) = self.interface_method_signature(iface, method);
            if blocking {
                return Vec::new();
            }
            wanted.push((method.name.clone(), shape, params));
        }
        // Full paths: the prelude's names would be unused imports when no
        // runtime type implements the interface.
        let string_ty = quote!(go2rs_runtime::GoString);
        let error_ty = quote!(go2rs_runtime::Error);
        let slice = quote!(go2rs_runtime::Slice);
        let error_value = quote!(go2rs_runtime::error::ErrorValue);
        // (Rust type, [(method, Go signature, body using the parameter)]).
        type Body = fn(&TokenStream, &TokenStream, &TokenStream, &TokenStream, Option<&proc_macro2::Ident>) -> TokenStream;
        let error_method: (&str, &str, Body) = ("Error", "func() string", |ev, _, _, _, _| quote!(#ev::error(self)));
        let unwrap_one: (&str, &str, Body) = (
            "Unwrap",
            "func() error",
            |ev, _, _, _, _| quote!(#ev::unwrap(self).into_iter().next().unwrap_or_default()),
        );
        let unwrap_many: (&str, &str, Body) = (
            "Unwrap",
            "func() []error",
            |ev, _, slice, _, _| quote!(#slice::from_vec(#ev::unwrap(self))),
        );
        let runtime_error: (&str, &str, Body) = ("RuntimeError", "func()", |_, _, _, _, _| quote!(()));
        let file_write: (&str, &str, Body) = ("Write", "func([]byte) (int, error)", |_, _, _, _, p| quote!(self.write(&#p)));
        let file_write_string: (&str, &str, Body) = (
            "WriteString",
            "func(string) (int, error)",
            |_, _, _, _, p| quote!(self.write_string(&#p)),
        );
        let flush: (&str, &str, Body) = ("Flush", "func() error", |_, _, _, _, _| quote!(self.flush()));
        let builder_write: (&str, &str, Body) = (
            "Write",
            "func([]byte) (int, error)",
            |_, _, _, _, p| quote!(self.with_mut(|it| it.write(&#p))),
        );
        let builder_write_string: (&str, &str, Body) = (
            "WriteString",
            "func(string) (int, error)",
            |_, _, _, _, p| quote!(self.with_mut(|it| it.write_string(&#p))),
        );
        let builder_string: (&str, &str, Body) = ("String", "func() string", |_, _, _, _, _| quote!(self.with(|it| it.string())));
        let builder_len: (&str, &str, Body) = ("Len", "func() int", |_, _, _, _, _| quote!(self.with(|it| it.len())));
        let reader_read: (&str, &str, Body) = ("Read", "func([]byte) (int, error)", |_, _, _, _, p| quote!(self.read(&#p)));
        let reader_len: (&str, &str, Body) = ("Len", "func() int", |_, _, _, _, _| quote!(self.len()));
        let os = quote!(go2rs_runtime::os);
        let ptr = quote!(go2rs_runtime::Ptr);
        type Methods<'a> = Vec<(&'a str, &'a str, Body)>;
        let candidates: Vec<(TokenStream, Methods<'_>)> = vec![
            (quote!(go2rs_runtime::error::ErrorString), vec![error_method]),
            (quote!(go2rs_runtime::error::WrapError), vec![error_method, unwrap_one]),
            (quote!(go2rs_runtime::fmt::functions::WrapErrors), vec![error_method, unwrap_many]),
            (quote!(go2rs_runtime::errors::JoinError), vec![error_method, unwrap_many]),
            (quote!(go2rs_runtime::strconv::NumError), vec![error_method, unwrap_one]),
            (quote!(go2rs_runtime::panic::RuntimeError), vec![error_method, runtime_error]),
            (quote!(#os::File), vec![file_write, file_write_string]),
            (quote!(go2rs_runtime::bufio::Writer), vec![file_write, file_write_string, flush]),
            (
                quote!(#ptr<go2rs_runtime::strings::Builder>),
                vec![builder_write, builder_write_string, builder_string, builder_len],
            ),
            (quote!(go2rs_runtime::strings::Reader), vec![reader_read, reader_len]),
        ];
        let name = ident(&self.interface_trait_name(iface));
        let mut out = Vec::new();
        for (path, provided) in candidates {
            let mut items = Vec::new();
            let mut complete = true;
            for (go_name, shape, params) in &wanted {
                let Some((_, _, body)) = provided.iter().find(|(name, signature, _)| name == go_name && signature == shape) else {
                    complete = false;
                    break;
                };
                let method = self.interface_method_name(go_name);
                let first = params.first().map(|(name, _)| name);
                let body = body(&error_value, &string_ty, &slice, &error_ty, first);
                let typed: Vec<TokenStream> = params.iter().map(|(param, rust)| quote!(#param: #rust)).collect();
                let signature = self.program.types.signature(
                    methods
                        .iter()
                        .find(|method| &method.name == go_name)
                        .map(|method| method.signature)
                        .unwrap_or(self.program.types.invalid()),
                );
                let results = signature.map(|signature| signature.results.clone()).unwrap_or_default();
                let result = self.result_type(&results, Span::default());
                let returns = if results.is_empty() {
                    TokenStream::new()
                } else {
                    quote!(-> #result)
                };
                items.push(quote!(fn #method(&self #(, #typed)*) #returns { #body }));
            }
            if !complete {
                continue;
            }
            let impl_tokens = quote! {
                impl #name for #path {
                    #(#items)*
                }
            };
            out.push((path, impl_tokens));
        }
        out
    }

    /// Whether an interface type is declared by the package (its trait is
    /// emitted where Go declares it).
    fn is_declared_interface(&self, ty: TypeId) -> bool {
        self.program
            .types
            .named_info(ty)
            .is_some_and(|named| named.package.is_none() && named.name != "error")
            && self.type_names.contains_key(&ty)
    }

    /// Every concrete type that needs `Dynamic`: the stored ones, and `T`
    /// for a stored `*T`.
    fn dynamic_concrete_types(&self) -> Vec<TypeId> {
        self.interfaces.dynamic.iter().copied().collect()
    }

    /// The named type of the package whose `Dynamic` a stored type needs:
    /// `T` for `T` and `*T`; `None` for the runtime's types.
    fn dynamic_base(&self, ty: TypeId) -> Option<TypeId> {
        let base = match self.program.types.kind(ty) {
            TypeKind::Pointer(elem) => *elem,
            _ => ty,
        };
        let anonymous = matches!(self.program.types.kind(base), TypeKind::Struct(fields) if !fields.is_empty());
        (self.is_user_named(base) || anonymous).then_some(base)
    }

    /// `impl_dynamic!` for a named type of the package, and `ErrorValue`
    /// when it (or its pointer) has an `Error() string` method.
    fn dynamic_impl(&mut self, ty: TypeId) -> TokenStream {
        let program = self.program;
        let name = self.rust_type(ty, Span::default());
        let compare = ident(self.compare_mode(ty));
        let methods = lookup::method_set(&program.types, ty);
        let pointer_ty = self.pointer_type(ty);
        let pointer_methods = pointer_ty
            .map(|pointer| lookup::method_set(&program.types, pointer))
            .unwrap_or_default();
        let mut clauses = Vec::new();
        if !methods.is_empty() {
            clauses.push(quote!(methods [#(#methods),*]));
        }
        if !pointer_methods.is_empty() {
            clauses.push(quote!(pointer_methods [#(#pointer_methods),*]));
        }
        let value_error = self.error_method(ty);
        let pointer_error = pointer_ty.and_then(|pointer| self.error_method(pointer));
        if value_error.is_some() {
            clauses.push(quote!(error));
        }
        if pointer_error.is_some() {
            clauses.push(quote!(pointer_error));
        }
        let mut tokens = quote! {
            go2rs_runtime::impl_dynamic!(#name, #compare #(; #clauses)*);
        };
        if value_error.is_some() {
            tokens.extend(self.error_impl(ty, false));
        }
        if pointer_error.is_some() {
            tokens.extend(self.error_impl(ty, true));
        }
        tokens
    }

    /// `*T`, when the program mentions it (otherwise no `*T` value can be
    /// stored in an interface).
    fn pointer_type(&self, ty: TypeId) -> Option<TypeId> {
        self.program.types.lookup_interned(&TypeKind::Pointer(ty))
    }

    /// Whether `ty`'s method set has `Error() string`.
    fn error_method(&self, ty: TypeId) -> Option<lookup::Found> {
        let found = lookup::method_in_set(&self.program.types, ty, "Error")?;
        let signature = lookup::method_signature(&self.program.funcs, &found)?;
        let signature = self.program.types.signature(signature)?;
        (signature.params.is_empty()
            && signature.results.len() == 1
            && self.program.types.as_basic(signature.results[0]) == Some(Basic::String))
        .then_some(found)
    }

    /// `impl ErrorValue for T` (or `impl PointerError for T`, for `*T`):
    /// `Error`, and `Unwrap`/`Is` when the type has them.
    fn error_impl(&mut self, ty: TypeId, pointer: bool) -> TokenStream {
        let program = self.program;
        let name = self.rust_type(ty, Span::default());
        let receiver_ty = if pointer { self.pointer_type(ty).unwrap_or(ty) } else { ty };
        let string = self.use_item("GoString");
        let error = quote!(go2rs_runtime::Error);
        let (self_param, subject) = if pointer {
            let ptr = self.use_item("Ptr");
            (quote!(pointer: &#ptr<Self>), quote!(pointer))
        } else {
            (quote!(&self), quote!(self))
        };
        let error_call = self.method_call_on(receiver_ty, "Error", subject.clone(), &[]).0;
        let mut methods = vec![quote! {
            fn error(#self_param) -> #string {
                #error_call
            }
        }];
        // `Unwrap() error` or `Unwrap() []error`.
        if let Some(found) = lookup::method_in_set(&program.types, receiver_ty, "Unwrap")
            && let Some(signature) = lookup::method_signature(&program.funcs, &found)
            && let Some(signature) = program.types.signature(signature).cloned()
            && signature.params.is_empty()
            && signature.results.len() == 1
        {
            let (call, blocking) = self.method_call_on(receiver_ty, "Unwrap", subject.clone(), &[]);
            let result = signature.results[0];
            if !blocking && result == program.types.error {
                methods.push(quote! {
                    fn unwrap(#self_param) -> Vec<#error> {
                        vec![#call]
                    }
                });
                let unwraps_one = if pointer {
                    quote!(
                        fn unwraps_one() -> bool {
                            true
                        }
                    )
                } else {
                    quote!(
                        fn unwraps_one(&self) -> bool {
                            true
                        }
                    )
                };
                methods.push(unwraps_one);
            } else if !blocking && matches!(program.types.kind(result), TypeKind::Slice(elem) if *elem == program.types.error) {
                methods.push(quote! {
                    fn unwrap(#self_param) -> Vec<#error> {
                        #call.to_vec()
                    }
                });
            }
        }
        // `Is(error) bool`.
        if let Some(found) = lookup::method_in_set(&program.types, receiver_ty, "Is")
            && let Some(signature) = lookup::method_signature(&program.funcs, &found)
            && let Some(signature) = program.types.signature(signature).cloned()
            && signature.params == vec![program.types.error]
            && signature.results.len() == 1
            && program.types.as_basic(signature.results[0]) == Some(Basic::Bool)
        {
            let (call, blocking) = self.method_call_on(receiver_ty, "Is", subject.clone(), &[quote!(target.clone())]);
            if !blocking {
                methods.push(quote! {
                    fn is(#self_param, target: &#error) -> Option<bool> {
                        Some(#call)
                    }
                });
            }
        }
        if pointer {
            let pointer_error = self.use_item("PointerError");
            quote! {
                impl #pointer_error for #name {
                    #(#methods)*
                }
            }
        } else {
            let error_value = self.use_item("ErrorValue");
            quote! {
                impl #error_value for #name {
                    #(#methods)*
                }
            }
        }
    }

    /// `impl Shape for Circle { ... }`: each method calls the type's.
    fn trait_impl(&mut self, iface: TypeId, concrete: TypeId) -> TokenStream {
        let name = ident(&self.interface_trait_name(iface));
        let rust = self.rust_type(concrete, Span::default());
        let mut methods = Vec::new();
        for method in self.interface_methods(iface) {
            let method_name = self.interface_method_name(&method.name);
            let (params, result, blocking) = self.interface_method_signature(iface, &method);
            let args: Vec<TokenStream> = params.iter().map(|(name, _)| quote!(#name)).collect();
            let (call, concrete_blocking) = self.method_call_on(concrete, &method.name, quote!(self), &args);
            let typed: Vec<TokenStream> = params.iter().map(|(name, rust)| quote!(#name: #rust)).collect();
            let body = if blocking {
                if concrete_blocking {
                    quote!(Box::pin(async move { #call.await }))
                } else {
                    quote!(Box::pin(async move { #call }))
                }
            } else {
                call
            };
            let returns = if blocking {
                let boxed = self.use_item("BoxFuture");
                quote!(-> #boxed<'_, #result>)
            } else if result.to_string() == "()" {
                TokenStream::new()
            } else {
                quote!(-> #result)
            };
            methods.push(quote! {
                fn #method_name(&self #(, #typed)*) #returns {
                    #body
                }
            });
        }
        quote! {
            impl #name for #rust {
                #(#methods)*
            }
        }
    }

    /// A call of method `name` of a value of type `receiver_ty`, where
    /// `subject` is a reference to it (`self` in a trait impl): through the
    /// embedded fields of a promoted method, by path (`Circle::area(*self)`)
    /// so that the type's own method is called, not the trait's. Returns the
    /// call and whether it must be awaited.
    pub fn method_call_on(&mut self, receiver_ty: TypeId, name: &str, subject: TokenStream, args: &[TokenStream]) -> (TokenStream, bool) {
        let program = self.program;
        let Some(found) = lookup::method_in_set(&program.types, receiver_ty, name) else {
            return (quote!(unreachable!()), false);
        };
        let it = ident("it");
        // `current` is a reference (`self`) while `by_reference`, else an
        // owned value or a place expression.
        let mut current = subject;
        let mut by_reference = true;
        let mut is_pointer = matches!(program.types.kind(receiver_ty), TypeKind::Pointer(_));
        // The last pointer on the way, and the fields from it: a pointer
        // method of an embedded value gets a pointer to that field.
        let mut base_pointer: Option<TokenStream> = is_pointer.then(|| current.clone());
        let mut fields_from_pointer = TokenStream::new();
        let mut holder = match program.types.kind(receiver_ty) {
            TypeKind::Pointer(elem) => *elem,
            _ => receiver_ty,
        };
        for step in &found.path {
            let field = self.field_name(holder, &step.name);
            let projection = if self.is_user_named(holder) && !matches!(program.types.underlying_kind(holder), TypeKind::Struct(_)) {
                quote!(.0.#field)
            } else {
                quote!(.#field)
            };
            if base_pointer.is_some() {
                fields_from_pointer.extend(projection.clone());
            }
            current = if is_pointer {
                quote!(#current.with(|#it| #it #projection.clone()))
            } else {
                quote!(#current #projection)
            };
            by_reference = false;
            is_pointer = matches!(program.types.kind(step.ty), TypeKind::Pointer(_));
            if is_pointer {
                base_pointer = Some(current.clone());
                fields_from_pointer = TokenStream::new();
            }
            holder = match program.types.kind(step.ty) {
                TypeKind::Pointer(elem) => *elem,
                _ => step.ty,
            };
        }
        match found.member {
            Member::Method { func, pointer_receiver } => {
                let info = program.func(func);
                let base = info.receiver.map(|(ty, _)| ty).unwrap_or(holder);
                if info.package.is_some() {
                    // A method of a runtime type (`time.Duration.String`).
                    let method = ident(&snake_case(name));
                    // A pointer method of a library value embedded in a
                    // struct reached through a pointer (`Write` of an
                    // embedded strings.Builder): it changes the field in
                    // place, with its arguments as the runtime takes them.
                    if pointer_receiver
                        && !is_pointer
                        && !fields_from_pointer.is_empty()
                        && self.lib_type(holder) == Some(crate::ty::LibType::Builder)
                        && let Some(base) = base_pointer.clone()
                    {
                        let params = program
                            .types
                            .signature(info.signature)
                            .map(|signature| signature.params.clone())
                            .unwrap_or_default();
                        // The arguments are evaluated first: they may read
                        // the same pointer, which `with_mut` holds.
                        let mut bindings = Vec::new();
                        let names: Vec<TokenStream> = args
                            .iter()
                            .enumerate()
                            .map(|(index, arg)| {
                                if syn::parse2::<syn::Ident>(arg.clone()).is_ok() {
                                    return arg.clone();
                                }
                                let base = format!("written{index}");
                                let name = if self.func.is_some() { self.temp(&base) } else { ident(&base) };
                                bindings.push(quote!(let #name = #arg;));
                                quote!(#name)
                            })
                            .collect();
                        let passed: Vec<TokenStream> = names
                            .iter()
                            .enumerate()
                            .map(|(index, name)| match params.get(index) {
                                Some(&param) if !self.is_copy(param) => quote!(&#name),
                                _ => quote!(#name),
                            })
                            .collect();
                        // `(&r)` or `(&r.clone())`: the pointer itself, for
                        // a method call that borrows it as needed.
                        let mut pointer = syn::parse2::<syn::Expr>(base.clone()).ok();
                        while let Some(
                            syn::Expr::Paren(syn::ExprParen { expr, .. }) | syn::Expr::Reference(syn::ExprReference { expr, .. }),
                        ) = pointer
                        {
                            pointer = Some(*expr);
                        }
                        let pointer = match pointer {
                            Some(expr @ (syn::Expr::Path(_) | syn::Expr::MethodCall(_) | syn::Expr::Field(_))) => quote!(#expr),
                            _ => quote!((#base)),
                        };
                        let call = quote!(#pointer.with_mut(|#it| #it #fields_from_pointer.#method(#(#passed),*)));
                        if bindings.is_empty() {
                            return (call, info.blocking);
                        }
                        return (quote!({ #(#bindings)* #call }), info.blocking);
                    }
                    let receiver = if is_pointer {
                        quote!(#current.get())
                    } else if by_reference && self.is_copy(base) {
                        quote!((*#current))
                    } else {
                        current
                    };
                    return (quote!(#receiver.#method(#(#args),*)), info.blocking);
                }
                let type_path = self.type_path(base, Span::default());
                let method = ident(&self.func_names[&func]);
                let receiver = if pointer_receiver {
                    if !is_pointer {
                        // Reached through a pointer, embedded by value: Go
                        // passes a pointer to the field.
                        let Some(base) = base_pointer else {
                            self.unsupported(
                                Span::default(),
                                "a pointer method of an embedded struct value without a pointer to it",
                            );
                            return (quote!(unreachable!()), false);
                        };
                        quote!(&#base.project(move |#it| &mut #it #fields_from_pointer))
                    } else if by_reference {
                        current
                    } else {
                        quote!(&#current)
                    }
                } else if is_pointer {
                    if self.is_copy(base) {
                        quote!(#current.get())
                    } else {
                        quote!(&#current.get())
                    }
                } else if self.is_copy(base) {
                    if by_reference { quote!(*#current) } else { current }
                } else if by_reference {
                    current
                } else {
                    quote!(&#current)
                };
                (quote!(#type_path::#method(#receiver #(, #args)*)), info.blocking)
            }
            Member::InterfaceMethod { interface, method } => {
                self.interfaces.called.insert((interface, method.name.clone()));
                let method_name = self.interface_method_name(&method.name);
                let blocking = self.interface_method_blocks(interface, &method.name, method.signature);
                let receiver = if is_pointer { quote!(#current.get()) } else { current };
                (quote!(#receiver.#method_name(#(#args),*)), blocking)
            }
            Member::Field { .. } => (quote!(unreachable!()), false),
        }
    }

    /// How `impl_dynamic!` compares the type's values: `ord`, `hash`, `eq`
    /// or `uncomparable`, as its derives allow.
    pub fn compare_mode(&self, ty: TypeId) -> &'static str {
        let (comparable, hashable, ord) = self.derived_comparisons(ty);
        if ord {
            "ord"
        } else if hashable {
            "hash"
        } else if comparable {
            "eq"
        } else {
            "uncomparable"
        }
    }
}
