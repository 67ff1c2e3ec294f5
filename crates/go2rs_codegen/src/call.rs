//! Calls: package functions and methods (`.await` when they can block),
//! function values and closures, `go` and `defer`, builtins, conversions,
//! and the standard library (the runtime's functions of the same names).

use go2rs_analysis::{Basic, Builtin, Callee, ConstValue, FuncId, FuncKind, MethodCall, ObjId, TypeId, TypeKind};
use go2rs_syntax::Span;
use go2rs_syntax::ast::{self, ExprKind};
use proc_macro2::TokenStream;
use quote::quote;

use crate::Gen;
use crate::expr::{paren, precedence, strip_parens};
use crate::names::{ident, snake_case};
use crate::stmt::FuncState;
use crate::ty::LibType;

impl<'p> Gen<'p> {
    pub fn call(&mut self, expr: &'p ast::Expr) -> (TokenStream, u8) {
        let saved = std::mem::take(&mut self.call_preludes);
        let (tokens, prec) = self.call_inner(expr);
        let preludes = std::mem::replace(&mut self.call_preludes, saved);
        if preludes.is_empty() {
            (tokens, prec)
        } else {
            (quote!({ #(#preludes)* #tokens }), precedence::POSTFIX)
        }
    }

    fn call_inner(&mut self, expr: &'p ast::Expr) -> (TokenStream, u8) {
        let ExprKind::Call { func, args, ellipsis, .. } = &expr.kind else {
            return (quote!(()), precedence::POSTFIX);
        };
        let callee = self.program.callees.get(&expr.id).cloned();
        match callee {
            Some(Callee::Conversion(target)) => self.conversion(expr, target, &args[0]),
            Some(Callee::Builtin(builtin)) => (self.builtin(expr, builtin, args, *ellipsis), precedence::POSTFIX),
            Some(Callee::Func(id)) => (self.func_call(expr, id, args, *ellipsis), precedence::POSTFIX),
            Some(Callee::Method(method)) => (self.method_call(expr, func, &method, args, *ellipsis), precedence::POSTFIX),
            Some(Callee::Value) => (self.value_call(expr, func, args), precedence::POSTFIX),
            None => {
                self.unsupported(expr.span, "this call");
                (quote!(()), precedence::POSTFIX)
            }
        }
    }

    /// One result of a call with several, converted to where it goes (an
    /// interface parameter or result).
    pub fn spread_item(&mut self, value: TokenStream, item: TypeId, target: TypeId, span: go2rs_syntax::Span) -> TokenStream {
        if self.program.types.is_interface(target) && item != target {
            if self.program.types.is_interface(item) {
                let object = self.interface_object(target);
                quote!(#value.convert::<#object>())
            } else {
                self.concrete_to_interface(value, item, target, span)
            }
        } else {
            value
        }
    }

    /// `f()` with several results, each converted to `targets` where they
    /// differ (`return strconv.ParseUint(..)` from a function returning
    /// `(any, error)`).
    pub fn spread_value(&mut self, call: &'p ast::Expr, targets: &[TypeId]) -> TokenStream {
        let value = self.value(call);
        let TypeKind::Tuple(items) = self.program.types.kind(self.program.expr_type(call.id)).clone() else {
            return value;
        };
        if items.len() != targets.len() || items.iter().zip(targets).all(|(item, target)| item == target) {
            return value;
        }
        let temps: Vec<proc_macro2::Ident> = (0..items.len()).map(|_| self.temp("result")).collect();
        let converted: Vec<TokenStream> = temps
            .iter()
            .zip(items.iter().zip(targets))
            .map(|(temp, (item, target))| self.spread_item(quote!(#temp), *item, *target, call.span))
            .collect();
        quote!({ let (#(#temps),*) = #value; (#(#converted),*) })
    }

    /// Owned arguments converted to the parameter types.
    fn arguments(&mut self, call: &'p ast::Expr, func_ty: TypeId, args: &'p [ast::Expr], ellipsis: bool) -> Vec<TokenStream> {
        let Some(signature) = self.program.types.signature(func_ty).cloned() else {
            return Vec::new();
        };
        let ellipsis = ellipsis || matches!(&call.kind, ExprKind::Call { ellipsis: true, .. });
        let fixed = if signature.variadic {
            signature.params.len() - 1
        } else {
            signature.params.len()
        };
        let spreads_call = args.len() == 1
            && (signature.params.len() > 1 || (signature.variadic && !ellipsis))
            && matches!(self.program.types.kind(self.program.expr_type(args[0].id)), TypeKind::Tuple(items) if items.len() > 1);
        if spreads_call {
            // `f(g())`: g's results bound first, then passed.
            let TypeKind::Tuple(items) = self.program.types.kind(self.program.expr_type(args[0].id)).clone() else {
                return Vec::new();
            };
            let value = self.value(&args[0]);
            let temps: Vec<proc_macro2::Ident> = (0..items.len()).map(|_| self.temp("result")).collect();
            self.call_preludes.push(quote!(let (#(#temps),*) = #value;));
            let mut arguments = Vec::new();
            for (index, (temp, item)) in temps.iter().zip(&items).enumerate() {
                let param = if index < fixed {
                    signature.params[index]
                } else {
                    let last = signature.params[signature.params.len() - 1];
                    self.program.types.elem(last).unwrap_or(last)
                };
                let tokens = self.spread_item(quote!(#temp), *item, param, call.span);
                arguments.push(tokens);
            }
            if signature.variadic {
                // The variadic tail as a slice.
                let tail: Vec<TokenStream> = arguments.split_off(fixed.min(arguments.len()));
                let slice = self.use_item("Slice");
                arguments.push(quote!(#slice::from([#(#tail),*])));
            }
            return arguments;
        }
        let mut arguments: Vec<TokenStream> = args
            .iter()
            .zip(signature.params.iter())
            .take(fixed)
            .map(|(arg, param)| self.value_as(arg, *param))
            .collect();
        if signature.variadic {
            let slice_ty = signature.params[fixed];
            if ellipsis {
                // `f(xs...)` passes the slice itself (the callee shares it).
                if let Some(arg) = args.get(fixed) {
                    arguments.push(self.value_as(arg, slice_ty));
                }
            } else {
                let elem = self.program.types.elem(slice_ty).unwrap_or(slice_ty);
                let rest: Vec<TokenStream> = args.iter().skip(fixed).map(|arg| self.value_as(arg, elem)).collect();
                let slice = self.use_item("Slice");
                if rest.is_empty() {
                    let rust = self.rust_type(slice_ty, call.span);
                    arguments.push(quote!(<#rust>::nil()));
                } else {
                    arguments.push(quote!(#slice::from([#(#rest),*])));
                }
            }
        }
        arguments
    }

    /// Adds `.await` to a call of a function that can block.
    fn awaited(&mut self, span: Span, blocking: bool, call: TokenStream) -> TokenStream {
        if !blocking {
            return call;
        }
        if !self.in_async() {
            self.unsupported(
                span,
                "a blocking call in a context that cannot wait (a deferred or synchronous closure)",
            );
            return call;
        }
        quote!(#call.await)
    }

    fn func_call(&mut self, call: &'p ast::Expr, id: FuncId, args: &'p [ast::Expr], ellipsis: bool) -> TokenStream {
        let func = self.program.func(id).clone();
        if let Some(package) = &func.package {
            return self.stdlib_call(call, package, &func.name, id, args, ellipsis);
        }
        let name = ident(self.func_names.get(&id).map(String::as_str).unwrap_or("missing"));
        // The instantiated signature (a generic function's parameters with
        // the type arguments).
        let ExprKind::Call { func: callee, .. } = &call.kind else {
            return quote!(());
        };
        let callee_ty = self.program.expr_type(strip_parens(callee).id);
        let signature = if self.program.types.signature(callee_ty).is_some() {
            callee_ty
        } else {
            func.signature
        };
        let turbofish = self.turbofish(strip_parens(callee).id, id, call.span);
        let arguments = self.arguments(call, signature, args, ellipsis);
        self.awaited(call.span, func.blocking, quote!(#name #turbofish(#(#arguments),*)))
    }

    fn method_call(
        &mut self,
        call: &'p ast::Expr,
        func_expr: &'p ast::Expr,
        method: &MethodCall,
        args: &'p [ast::Expr],
        ellipsis: bool,
    ) -> TokenStream {
        let program = self.program;
        let func = program.func(method.func).clone();
        let ExprKind::Selector { operand, .. } = &strip_parens(func_expr).kind else {
            return quote!(());
        };
        // `c.L.Lock()`: the runtime's sync::Locker.
        if matches!(func.kind, FuncKind::InterfaceMethod)
            && let Some((interface, _)) = func.receiver
            && self.lib_type(interface).is_some()
        {
            let receiver = self.receiver(operand);
            let name = ident(&snake_case(&func.name));
            return self.awaited(call.span, func.name == "Lock", quote!(#receiver.#name()));
        }
        // A method of an interface: dynamic dispatch through the trait.
        if matches!(func.kind, FuncKind::InterfaceMethod) {
            if let Some((interface, _)) = func.receiver {
                self.interfaces.called.insert((interface, func.name.clone()));
            }
            let receiver = self.receiver(operand);
            let name = self.interface_method_name(&func.name);
            let arguments = self.arguments(call, func.signature, args, ellipsis);
            return self.awaited(call.span, func.blocking, quote!(#receiver.#name(#(#arguments),*)));
        }
        if let Some(package) = &func.package {
            return self.stdlib_method_call(call, package, &func.name, func.blocking, operand, args);
        }
        let name = ident(&self.func_names[&method.func]);
        let arguments = self.arguments(call, func.signature, args, ellipsis);
        let mut receiver_ty = func.receiver.map(|(ty, _)| ty).unwrap_or(program.types.invalid());
        // A method of a generic type: the instance the operand has.
        let operand_ty = program.expr_type(operand.id);
        let operand_base = match program.types.kind(operand_ty) {
            TypeKind::Pointer(elem) => *elem,
            _ => operand_ty,
        };
        if program
            .types
            .named_info(operand_base)
            .is_some_and(|named| named.origin == Some(receiver_ty))
        {
            receiver_ty = operand_base;
        }
        let type_name = self.type_path(receiver_ty, call.span);
        let call_tokens = if method.pointer_receiver {
            // `Type::method(&ptr, ...)`.
            if method.receiver_is_pointer {
                let pointer = self.receiver(operand);
                let is_reference_param = matches!(&strip_parens(operand).kind, ExprKind::Ident(ident)
                    if self.func.as_ref().and_then(|state| state.pointer_receiver).is_some()
                        && self.program.resolve(ident) == self.func.as_ref().and_then(|state| state.pointer_receiver));
                if is_reference_param {
                    quote!(#type_name::#name(#pointer #(, #arguments)*))
                } else {
                    quote!(#type_name::#name(&#pointer #(, #arguments)*))
                }
            } else {
                match self.place(operand) {
                    crate::expr::Place::Cell { root, path } if path.is_empty() => {
                        quote!(#type_name::#name(&#root #(, #arguments)*))
                    }
                    // `s[i].M()` / `x.f.M()`: Go passes `&s[i]`, a pointer
                    // into the variable.
                    crate::expr::Place::Cell { root, path } => {
                        let it = self.cell_param();
                        quote!(#type_name::#name(&#root.project(move |#it| &mut #it #path) #(, #arguments)*))
                    }
                    crate::expr::Place::Element { slice, index, path } => {
                        let it = self.cell_param();
                        let pointer = if path.is_empty() {
                            quote!(#slice.element_ptr(#index))
                        } else {
                            quote!(#slice.element_ptr(#index).project(move |#it| &mut #it #path))
                        };
                        quote!(#type_name::#name(&#pointer #(, #arguments)*))
                    }
                    _ => {
                        self.unsupported(call.span, "calling a pointer method on this value");
                        return quote!(());
                    }
                }
            }
        } else if method.receiver_is_pointer {
            let pointer = self.receiver(operand);
            quote!(#pointer.get().#name(#(#arguments),*))
        } else {
            let receiver = self.receiver(operand);
            let receiver = match self.place(operand) {
                crate::expr::Place::Local(_) => receiver,
                place => {
                    let ty = program.expr_type(operand.id);
                    let value = self.read_place(place, ty);
                    paren(value, precedence::POSTFIX, precedence::POSTFIX)
                }
            };
            quote!(#receiver.#name(#(#arguments),*))
        };
        if func.blocking && func.recursive && self.in_async() {
            return quote!(#call_tokens.await);
        }
        self.awaited(call.span, func.blocking, call_tokens)
    }

    /// A call of a function value (a closure in a variable or parameter, an
    /// immediately called literal).
    fn value_call(&mut self, call: &'p ast::Expr, func_expr: &'p ast::Expr, args: &'p [ast::Expr]) -> TokenStream {
        let func_ty = self.program.expr_type(func_expr.id);
        let inner = strip_parens(func_expr);
        if let ExprKind::FuncLit { .. } = &inner.kind
            && let Some(&literal) = self.program.literals.get(&inner.id)
        {
            return self.immediate_literal_call(call, inner, literal, args);
        }
        let arguments = self.arguments(call, func_ty, args, false);
        let callee = self.receiver(func_expr);
        let callee = if self.is_user_named(func_ty) {
            // `type Handler func(...)`: the newtype's function.
            quote!((#callee.0))
        } else if matches!(inner.kind, ExprKind::Ident(_)) {
            callee
        } else {
            quote!((#callee))
        };
        let blocking = self.program.dynamic_calls_block && !go2rs_analysis::concurrency::is_library_func_type(self.program, inner);
        self.awaited(call.span, blocking, quote!(#callee(#(#arguments),*)))
    }

    /// `func(x int) { ... }(v)`: the body runs in place (a closure called
    /// at once, or an async block awaited at once).
    fn immediate_literal_call(
        &mut self,
        call: &'p ast::Expr,
        literal_expr: &'p ast::Expr,
        literal: FuncId,
        args: &'p [ast::Expr],
    ) -> TokenStream {
        let func = self.program.func(literal).clone();
        let ExprKind::FuncLit { signature, body } = &literal_expr.kind else {
            return quote!(());
        };
        let bindings = self.literal_param_bindings(literal, args, body);
        if func.blocking && !self.in_async() {
            self.unsupported(call.span, "a blocking function literal called where the caller cannot wait");
        }
        // The body runs in place, in a block; `return` leaves the block,
        // and the literal's deferred calls (guards in the block) run when it
        // does.
        let label = self.state().locals.temp("literal");
        let inner_async = self.in_async() || func.blocking;
        self.pending_return_label = Some(label.clone());
        let body_tokens = self.literal_body(literal, body, signature, inner_async);
        let lifetime = syn::Lifetime::new(&format!("'{label}"), proc_macro2::Span::call_site());
        if body_tokens.to_string().contains(&format!("break '{label}")) {
            quote!(#lifetime: { #(#bindings)* #body_tokens })
        } else {
            quote!({ #(#bindings)* #body_tokens })
        }
    }

    /// `let param = arg;` for a literal called or started at once.
    fn literal_param_bindings(&mut self, literal: FuncId, args: &'p [ast::Expr], body: &'p ast::Block) -> Vec<TokenStream> {
        let func = self.program.func(literal).clone();
        let signature = self.program.types.signature(func.signature).cloned();
        let params = signature.map(|s| s.params).unwrap_or_default();
        let mut names = Vec::new();
        let mut values = Vec::new();
        for ((object, arg), ty) in func.params.iter().zip(args).zip(params) {
            let value = self.value_as(arg, ty);
            match object {
                Some(object) if !crate::stmt::reads_variable(self.program, &body.stmts, *object) => {
                    names.push(quote!(_));
                    values.push(value);
                }
                Some(object) => {
                    let info = self.program.var_info(*object).cloned().unwrap_or_default();
                    let name = ident(&self.local_name(*object));
                    if info.is_shared() {
                        let ptr = self.use_item("Ptr");
                        names.push(quote!(#name));
                        values.push(quote!(#ptr::new(#value)));
                    } else if info.is_mutated() {
                        names.push(quote!(mut #name));
                        values.push(value);
                    } else {
                        names.push(quote!(#name));
                        values.push(value);
                    }
                }
                None => {
                    names.push(quote!(_));
                    values.push(value);
                }
            }
        }
        // `go func(i int) {...}(i)`: binding i to itself says nothing.
        let (names, values): (Vec<TokenStream>, Vec<TokenStream>) = names
            .into_iter()
            .zip(values)
            .filter(|(name, value)| name.to_string() != value.to_string())
            .unzip();
        match names.len() {
            0 => Vec::new(),
            1 => {
                let (name, value) = (&names[0], &values[0]);
                vec![quote!(let #name = #value;)]
            }
            _ => vec![quote!(let (#(#names),*) = (#(#values),*);)],
        }
    }

    /// A literal's body, generated in the literal's own function state
    /// (its variables, its results) but sharing the enclosing names.
    fn literal_body(&mut self, literal: FuncId, body: &'p ast::Block, _signature: &'p ast::FuncType, is_async: bool) -> TokenStream {
        let func = self.program.func(literal).clone();
        let outer = self.func.take();
        let mut state = FuncState::new(is_async, Vec::new());
        if let Some(outer) = &outer {
            // Names of the enclosing function stay valid inside the literal.
            state.names = outer.names.clone();
            state.locals = outer.locals.clone_for_literal();
            state.cell_param = outer.cell_param.clone();
            state.self_receiver = outer.self_receiver;
        }
        let results = self
            .program
            .types
            .signature(func.signature)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        state.results = func.results.clone();
        state.result_types = results.clone();
        state.movable = crate::moves::movable_reads(self.program, &body.stmts);
        state.return_label = self.pending_return_label.take();
        self.func = Some(state);
        self.name_unread_locals(literal, &body.stmts);
        let mut prologue = Vec::new();
        self.recover_prologue(&body.stmts, &mut prologue);
        self.stack_append_prologue(&body.stmts, &mut prologue);
        let explicit = self.needs_explicit_defers(literal);
        for (object, ty) in func.results.iter().zip(&results) {
            let Some(object) = object else {
                continue;
            };
            if explicit {
                self.reserve_result_name(*object);
            }
            let name = ident(&self.local_name(*object));
            let zero = self.zero_value(*ty, body.span);
            let rust_ty = self.rust_type(*ty, body.span);
            if self.program.var_info(*object).is_some_and(|info| info.is_shared()) {
                let ptr = self.use_item("Ptr");
                prologue.push(quote!(let #name = #ptr::new(#zero);));
            } else {
                prologue.push(quote!(let mut #name: #rust_ty = #zero;));
            }
        }
        if explicit {
            self.explicit_defers_prologue(&mut prologue, body.span);
        } else if func.has_defer && body.stmts.iter().any(crate::stmt::nested_defer) {
            // Deferred calls inside loops or blocks need a list.
            let name = self.state().locals.temp("defers");
            let defers_type = self.use_item("Defers");
            let name_ident = ident(&name);
            prologue.push(quote!(let mut #name_ident = #defers_type::new();));
            self.state().defers = Some(name);
        }
        let mut stmts = self.stmts(&body.stmts, Some(body.span.start + 1));
        if explicit {
            stmts = self.explicit_defers_body(stmts, is_async);
        }
        let inner = self.func.take();
        // Names chosen inside the literal must not be reused outside.
        if let (Some(mut outer), Some(inner)) = (outer, inner) {
            outer.locals.absorb(&inner.locals);
            self.func = Some(outer);
        }
        quote!({ #(#prologue)* #(#stmts)* })
    }

    /// The body of a function declared in the package.
    fn declared_body(&self, id: FuncId) -> Option<&'p [ast::Stmt]> {
        let FuncKind::Declared { file, decl } = self.program.func(id).kind else {
            return None;
        };
        match &self.program.package.files[file].decls[decl] {
            ast::Decl::Func(func) => func.body.as_ref().map(|body| body.stmts.as_slice()),
            _ => None,
        }
    }

    /// `let x = x.clone();` for the captured variables a closure or
    /// goroutine needs its own handle of.
    fn capture_clones(&mut self, literal: FuncId) -> Vec<TokenStream> {
        let captures = self.program.func(literal).captures.clone();
        let mut clones = Vec::new();
        for object in captures {
            let info = self.program.var_info(object).cloned().unwrap_or_default();
            let ty = self.program.object(object).ty;
            if self.func.as_ref().and_then(|state| state.self_receiver) == Some(object) {
                continue;
            }
            if !info.is_shared() && self.is_copy(ty) {
                continue;
            }
            let name = ident(&self.local_name(object));
            clones.push(quote!(let #name = #name.clone();));
        }
        clones
    }

    /// A function literal used as a value: a shared closure.
    pub fn func_literal_value(&mut self, expr: &'p ast::Expr) -> TokenStream {
        let Some(&literal) = self.program.literals.get(&expr.id) else {
            return quote!(());
        };
        let ExprKind::FuncLit { signature, body } = &expr.kind else {
            return quote!(());
        };
        let func = self.program.func(literal).clone();
        let sig = self.program.types.signature(func.signature).cloned();
        let Some(sig) = sig else {
            return quote!(());
        };
        let mut params = Vec::new();
        let mut shared_params = Vec::new();
        for (object, ty) in func.params.iter().zip(&sig.params) {
            let rust_ty = self.rust_type(*ty, expr.span);
            match object {
                Some(object) if !crate::stmt::reads_variable(self.program, &body.stmts, *object) => {
                    params.push(quote!(_: #rust_ty));
                }
                Some(object) => {
                    let info = self.program.var_info(*object).cloned().unwrap_or_default();
                    let name = ident(&self.local_name(*object));
                    if info.is_shared() {
                        let ptr = self.use_item("Ptr");
                        shared_params.push(quote!(let #name = #ptr::new(#name);));
                        params.push(quote!(#name: #rust_ty));
                    } else if info.is_mutated() {
                        params.push(quote!(mut #name: #rust_ty));
                    } else {
                        params.push(quote!(#name: #rust_ty));
                    }
                }
                None => params.push(quote!(_: #rust_ty)),
            }
        }
        let result = self.result_type(&sig.results, expr.span);
        let clones = self.capture_clones(literal);
        let arc = quote!(std::sync::Arc);
        // The closure type must be made `dyn Fn` where it is created: a map
        // or slice literal gives the compiler nothing to infer it from.
        let func_type = self.rust_type(func.signature, expr.span);
        let func_type = quote!(<#func_type>);
        if self.program.dynamic_calls_block {
            let body_tokens = self.literal_body(literal, body, signature, true);
            let boxed = self.use_item("BoxFuture");
            let inner_clones = self.capture_clones(literal);
            quote!({
                #(#clones)*
                #func_type::new(#arc::new(move |#(#params),*| -> #boxed<'static, #result> {
                    #(#inner_clones)*
                    #(#shared_params)*
                    Box::pin(async move #body_tokens)
                }))
            })
        } else {
            let body_tokens = self.literal_body(literal, body, signature, false);
            let returns = if sig.results.is_empty() {
                TokenStream::new()
            } else {
                quote!(-> #result)
            };
            quote!({
                #(#clones)*
                #func_type::new(#arc::new(move |#(#params),*| #returns {
                    #(#shared_params)*
                    #body_tokens
                }))
            })
        }
    }

    /// A declared function used as a value.
    pub fn function_value(&mut self, id: FuncId, span: Span) -> TokenStream {
        let func = self.program.func(id).clone();
        if let (Some(package), None) = (&func.package, func.receiver) {
            return self.stdlib_function_value(package, &func, span);
        }
        if !matches!(func.kind, FuncKind::Declared { .. }) || func.receiver.is_some() {
            self.unsupported(span, "method values (a method used without calling it)");
            return quote!(());
        }
        let name = ident(&self.func_names[&id]);
        // The function type spelled out: `Func::new(Arc::new(f))` alone
        // would be a Func of `f`'s own type.
        let rust_func = self.rust_type(func.signature, span);
        let func_type = quote!(<#rust_func>);
        if self.program.dynamic_calls_block {
            let sig = self.program.types.signature(func.signature).cloned().expect("function type");
            let params: Vec<proc_macro2::Ident> = (0..sig.params.len()).map(|index| ident(&format!("arg{index}"))).collect();
            let result = self.result_type(&sig.results, span);
            let boxed = self.use_item("BoxFuture");
            if func.blocking {
                return quote!(#func_type::new(std::sync::Arc::new(|#(#params),*| -> #boxed<'static, #result> { Box::pin(#name(#(#params),*)) })));
            }
            return quote!(#func_type::new(std::sync::Arc::new(|#(#params),*| -> #boxed<'static, #result> { Box::pin(async move { #name(#(#params),*) }) })));
        }
        quote!(#func_type::new(std::sync::Arc::new(#name)))
    }

    /// A generic function instantiated as a value: `Map[int, string]`.
    pub fn instantiated_function_value(&mut self, expr: &'p ast::Expr, operand: &'p ast::Expr) -> TokenStream {
        let func = match &strip_parens(operand).kind {
            ExprKind::Ident(ident_node) => self.program.resolve(ident_node),
            _ => None,
        }
        .and_then(|object| match self.program.object(object).kind {
            go2rs_analysis::ObjKind::Func(id) => Some(id),
            _ => None,
        });
        let Some(id) = func else {
            self.unsupported(expr.span, "this instantiation");
            return quote!(());
        };
        let ty = self.program.expr_type(expr.id);
        let name = ident(self.func_names.get(&id).map(String::as_str).unwrap_or("missing"));
        let turbofish = self.turbofish(expr.id, id, expr.span);
        self.closure_over(ty, quote!(#name #turbofish), self.program.func(id).blocking, expr.span)
    }

    /// A Go function value (`Func`) that calls `callee` with its
    /// arguments: `callee` is a path (`map::<i64, GoString>`) or a closure
    /// expression.
    fn closure_over(&mut self, func_ty: TypeId, callee: TokenStream, blocking: bool, span: Span) -> TokenStream {
        let Some(sig) = self.program.types.signature(func_ty).cloned() else {
            return quote!(());
        };
        let rust_func = self.rust_type(func_ty, span);
        let params: Vec<proc_macro2::Ident> = (0..sig.params.len()).map(|index| ident(&format!("arg{index}"))).collect();
        let typed: Vec<TokenStream> = params
            .iter()
            .zip(&sig.params)
            .map(|(param, ty)| {
                let rust = self.rust_type(*ty, span);
                quote!(#param: #rust)
            })
            .collect();
        let result = self.result_type(&sig.results, span);
        if self.program.dynamic_calls_block {
            let boxed = self.use_item("BoxFuture");
            let call = if blocking {
                quote!(#callee(#(#params),*).await)
            } else {
                quote!(#callee(#(#params),*))
            };
            return quote!(<#rust_func>::new(std::sync::Arc::new(move |#(#typed),*| -> #boxed<'static, #result> { Box::pin(async move { #call }) })));
        }
        quote!(<#rust_func>::new(std::sync::Arc::new(move |#(#typed),*| -> #result { #callee(#(#params),*) })))
    }

    /// A method value `x.M` (bound to x, evaluated now) or a method
    /// expression `T.M` (taking the receiver first): a function value.
    pub fn method_value(&mut self, expr: &'p ast::Expr) -> TokenStream {
        let ExprKind::Selector { operand, field } = &expr.kind else {
            return quote!(());
        };
        let func_ty = self.program.expr_type(expr.id);
        let Some(sig) = self.program.types.signature(func_ty).cloned() else {
            return quote!(());
        };
        let rust_func = self.rust_type(func_ty, expr.span);
        let result = self.result_type(&sig.results, expr.span);
        match self.program.selections.get(&expr.id).cloned() {
            Some(go2rs_analysis::Selection::Method(method)) => {
                let receiver_ty = self.program.expr_type(operand.id);
                // The receiver: a copy of the value, or the pointer.
                let receiver_value = if method.pointer_receiver && !method.receiver_is_pointer {
                    match self.place(operand) {
                        crate::expr::Place::Cell { root, path } if path.is_empty() => root,
                        _ => {
                            self.unsupported(expr.span, "a method value of a pointer method on a struct field or slice element");
                            return quote!(());
                        }
                    }
                } else {
                    self.value(operand)
                };
                let receiver_ty = if method.pointer_receiver && !method.receiver_is_pointer {
                    self.pointer_type_of(receiver_ty)
                } else {
                    receiver_ty
                };
                let receiver = self.temp("receiver");
                let params: Vec<proc_macro2::Ident> = (0..sig.params.len()).map(|index| ident(&format!("arg{index}"))).collect();
                let typed: Vec<TokenStream> = params
                    .iter()
                    .zip(&sig.params)
                    .map(|(param, ty)| {
                        let rust = self.rust_type(*ty, expr.span);
                        quote!(#param: #rust)
                    })
                    .collect();
                let args: Vec<TokenStream> = params.iter().map(|param| quote!(#param)).collect();
                let (call, blocking) = self.method_call_on(receiver_ty, &field.name, quote!((&#receiver)), &args);
                if self.program.dynamic_calls_block {
                    let boxed = self.use_item("BoxFuture");
                    let call = if blocking { quote!(#call.await) } else { call };
                    return quote!({
                        let #receiver = #receiver_value;
                        <#rust_func>::new(std::sync::Arc::new(move |#(#typed),*| -> #boxed<'static, #result> {
                            let #receiver = #receiver.clone();
                            Box::pin(async move { #call })
                        }))
                    });
                }
                quote!({
                    let #receiver = #receiver_value;
                    <#rust_func>::new(std::sync::Arc::new(move |#(#typed),*| -> #result { #call }))
                })
            }
            Some(go2rs_analysis::Selection::MethodExpr { .. }) => {
                let receiver_ty = sig.params.first().copied().unwrap_or(self.program.types.invalid());
                let params: Vec<proc_macro2::Ident> = (0..sig.params.len()).map(|index| ident(&format!("arg{index}"))).collect();
                let typed: Vec<TokenStream> = params
                    .iter()
                    .zip(&sig.params)
                    .map(|(param, ty)| {
                        let rust = self.rust_type(*ty, expr.span);
                        quote!(#param: #rust)
                    })
                    .collect();
                let receiver = &params[0];
                let args: Vec<TokenStream> = params[1..].iter().map(|param| quote!(#param)).collect();
                let (call, blocking) = self.method_call_on(receiver_ty, &field.name, quote!((&#receiver)), &args);
                if self.program.dynamic_calls_block {
                    let boxed = self.use_item("BoxFuture");
                    let call = if blocking { quote!(#call.await) } else { call };
                    return quote!(<#rust_func>::new(std::sync::Arc::new(move |#(#typed),*| -> #boxed<'static, #result> { Box::pin(async move { #call }) })));
                }
                quote!(<#rust_func>::new(std::sync::Arc::new(move |#(#typed),*| -> #result { #call })))
            }
            _ => quote!(()),
        }
    }

    /// `*T` for a type `T` the program takes the address of.
    fn pointer_type_of(&self, ty: TypeId) -> TypeId {
        self.program.types.lookup_interned(&TypeKind::Pointer(ty)).unwrap_or(ty)
    }

    /// `strings.ToUpper` used as a value: a closure over the runtime's
    /// function (which takes strings by reference).
    fn stdlib_function_value(&mut self, package: &str, func: &go2rs_analysis::FuncInfo, span: Span) -> TokenStream {
        let Some(signature) = self.program.types.signature(func.signature).cloned() else {
            return quote!(());
        };
        if signature.variadic || func.blocking || package == "fmt" {
            self.unsupported(span, format!("{package}.{} used as a value", func.name));
            return quote!(());
        }
        let module = match self.stdlib_module(package) {
            Some(module) if package != "fmt" && package != "sync" => module,
            _ => {
                self.unsupported(span, format!("{package}.{} used as a value", func.name));
                return quote!(());
            }
        };
        let function = ident(&stdlib_function_name(&func.name));
        let params: Vec<proc_macro2::Ident> = (0..signature.params.len()).map(|index| ident(&format!("arg{index}"))).collect();
        let mut typed = Vec::new();
        let mut passed = Vec::new();
        for (param, ty) in params.iter().zip(&signature.params) {
            let rust_ty = self.rust_type(*ty, span);
            typed.push(quote!(#param: #rust_ty));
            passed.push(if self.is_copy(*ty) || (package == "errors" && func.name == "New") {
                quote!(#param)
            } else {
                quote!(&#param)
            });
        }
        let result = self.result_type(&signature.results, span);
        let func_type = self.rust_type(func.signature, span);
        if self.program.dynamic_calls_block {
            let boxed = self.use_item("BoxFuture");
            return quote!(<#func_type>::new(std::sync::Arc::new(|#(#typed),*| -> #boxed<'static, #result> {
                Box::pin(async move { #module::#function(#(#passed),*) })
            })));
        }
        quote!(<#func_type>::new(std::sync::Arc::new(|#(#typed),*| -> #result { #module::#function(#(#passed),*) })))
    }

    // ----- go and defer -----

    pub fn go_stmt(&mut self, expr: &'p ast::Expr) -> Vec<TokenStream> {
        let inner = strip_parens(expr);
        let ExprKind::Call { func, args, .. } = &inner.kind else {
            return Vec::new();
        };
        let func_inner = strip_parens(func);
        // go func(...) { ... }(args)
        if let ExprKind::FuncLit { signature, body } = &func_inner.kind
            && let Some(&literal) = self.program.literals.get(&func_inner.id)
        {
            let task = self.goroutine_block(literal, signature, body, args);
            return vec![quote!(go2rs_runtime::go(#task);)];
        }
        // go f(x): arguments are evaluated now; an async function's future
        // owns them already.
        match self.program.callees.get(&inner.id).cloned() {
            Some(Callee::Func(id)) if self.program.func(id).package.is_none() && self.program.func(id).blocking => {
                let call = self.func_call_future(inner, id, args);
                vec![quote!(go2rs_runtime::go(#call);)]
            }
            _ => {
                // Evaluate the arguments into locals the task takes over.
                let mut bindings = Vec::new();
                let mut rebuilt = Vec::new();
                for arg in args {
                    if crate::stmt::is_simple(arg) && !matches!(strip_parens(arg).kind, ExprKind::Selector { .. }) {
                        rebuilt.push(None);
                        continue;
                    }
                    let temp = self.temp("arg");
                    let value = self.value(arg);
                    bindings.push(quote!(let #temp = #value;));
                    rebuilt.push(Some(temp));
                }
                let _ = rebuilt;
                self.unsupported_go_form(inner, bindings)
            }
        }
    }

    fn unsupported_go_form(&mut self, call: &'p ast::Expr, _bindings: Vec<TokenStream>) -> Vec<TokenStream> {
        // A method call or a non-blocking function: run the call inside a
        // task that owns clones of everything it uses.
        let captured = self.expression_variables(call);
        let mut clones = Vec::new();
        for object in captured {
            let info = self.program.var_info(object).cloned().unwrap_or_default();
            let ty = self.program.object(object).ty;
            if info.global || (!info.is_shared() && self.is_copy(ty)) {
                continue;
            }
            if self.func.as_ref().and_then(|state| state.self_receiver) == Some(object) {
                self.unsupported(call.span, "starting a goroutine on a method of the receiver");
                continue;
            }
            let name = ident(&self.local_name(object));
            clones.push(quote!(let #name = #name.clone();));
        }
        let saved_async = self.func.as_ref().map(|state| state.is_async);
        if let Some(state) = self.func.as_mut() {
            state.is_async = true;
        }
        let value = self.value(call);
        if let (Some(state), Some(saved)) = (self.func.as_mut(), saved_async) {
            state.is_async = saved;
        }
        vec![quote!(go2rs_runtime::go({
            #(#clones)*
            async move { #value; }
        });)]
    }

    /// The future of an async function call, with owned arguments.
    fn func_call_future(&mut self, call: &'p ast::Expr, id: FuncId, args: &'p [ast::Expr]) -> TokenStream {
        let func = self.program.func(id).clone();
        let name = ident(&self.func_names[&id]);
        let arguments = self.arguments(call, func.signature, args, false);
        quote!(#name(#(#arguments),*))
    }

    /// The variables an expression reads.
    fn expression_variables(&self, expr: &ast::Expr) -> Vec<ObjId> {
        struct Collect<'g> {
            program: &'g go2rs_analysis::Program,
            found: Vec<ObjId>,
        }
        impl<'a> go2rs_analysis::walk::Visitor<'a> for Collect<'_> {
            fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
                if let ExprKind::Ident(ident) = &expr.kind
                    && let Some(object) = self.program.resolve(ident)
                    && self.program.var_info(object).is_some()
                    && !self.found.contains(&object)
                {
                    self.found.push(object);
                }
                true
            }
        }
        let mut collect = Collect {
            program: self.program,
            found: Vec::new(),
        };
        go2rs_analysis::walk::walk_expr(&mut collect, expr);
        collect.found
    }

    /// The task of `go func(...) { ... }(args)` or `wg.Go(func() { ... })`:
    /// a block that clones what the goroutine captures, binds the
    /// arguments, and yields the async body (the async block alone when
    /// there is nothing to clone or bind).
    fn goroutine_block(
        &mut self,
        literal: FuncId,
        signature: &'p ast::FuncType,
        body: &'p ast::Block,
        args: &'p [ast::Expr],
    ) -> TokenStream {
        let bindings = self.literal_param_bindings(literal, args, body);
        let clones = self.capture_clones(literal);
        let body_tokens = self.literal_body(literal, body, signature, true);
        if clones.is_empty() && bindings.is_empty() {
            return quote!(async move #body_tokens);
        }
        quote!({
            #(#clones)*
            #(#bindings)*
            async move #body_tokens
        })
    }

    /// The task of a function that a library call runs in a goroutine of
    /// its own (`wg.Go(f)`, `g.Go(f)`, `context.AfterFunc(ctx, f)`): the
    /// literal's goroutine block, or a call of the function value. `result`: the
    /// task yields the function's result.
    fn goroutine_task(&mut self, function: &'p ast::Expr, result: bool) -> TokenStream {
        let function = strip_parens(function);
        if let ExprKind::FuncLit { signature, body } = &function.kind
            && let Some(&literal) = self.program.literals.get(&function.id)
        {
            return self.goroutine_block(literal, signature, body, &[]);
        }
        let value = self.value(function);
        let call = if self.program.dynamic_calls_block {
            quote!(function().await)
        } else {
            quote!(function())
        };
        let call = if result { call } else { quote!(#call;) };
        quote!({
            let function = #value;
            async move { #call }
        })
    }

    pub fn defer_stmt(&mut self, stmt: &'p ast::Stmt, expr: &'p ast::Expr) -> Vec<TokenStream> {
        let inner = strip_parens(expr);
        let ExprKind::Call { func, args, .. } = &inner.kind else {
            return Vec::new();
        };
        let func_inner = strip_parens(func);
        let list = self.func.as_ref().and_then(|state| state.defers.clone());
        // The deferred call, as a closure that owns what it needs.
        let closure = if let ExprKind::FuncLit { signature, body } = &func_inner.kind
            && let Some(&literal) = self.program.literals.get(&func_inner.id)
        {
            if self.program.func(literal).blocking {
                self.unsupported(stmt.span, "deferring a function that can block");
                return Vec::new();
            }
            let bindings = self.literal_param_bindings(literal, args, body);
            let clones = self.capture_clones(literal);
            let body_tokens = self.literal_body(literal, body, signature, false);
            if self.uses_recover() && !crate::stmt::calls_recover_directly(self.program, &body.stmts) {
                // What it calls is not the deferred function.
                quote!({
                    #(#clones)*
                    #(#bindings)*
                    move || {
                        go2rs_runtime::panic::take_armed();
                        #body_tokens
                    }
                })
            } else {
                quote!({
                    #(#clones)*
                    #(#bindings)*
                    move || #body_tokens
                })
            }
        } else {
            let blocking = match self.program.callees.get(&inner.id) {
                Some(Callee::Func(id)) => self.program.func(*id).blocking,
                Some(Callee::Method(method)) => self.program.func(method.func).blocking,
                Some(Callee::Value) => {
                    self.program.dynamic_calls_block && !go2rs_analysis::concurrency::is_library_func_type(self.program, strip_parens(func))
                }
                _ => false,
            };
            if blocking {
                self.unsupported(stmt.span, "deferring a call that can block");
                return Vec::new();
            }
            // The function value, the receiver and the arguments are
            // evaluated now, the call runs later.
            let mut bindings = Vec::new();
            let mut evaluated = Vec::new();
            let mut operands: Vec<&'p ast::Expr> = Vec::new();
            match self.program.callees.get(&inner.id) {
                Some(Callee::Method(_)) => {
                    if let ExprKind::Selector { operand, .. } = &func_inner.kind {
                        operands.push(operand);
                    }
                }
                Some(Callee::Value) => operands.push(func_inner),
                _ => {}
            }
            operands.extend(args.iter());
            for operand in operands {
                let is_constant = self.program.expr(operand.id).is_some_and(|info| info.value.is_some());
                if is_constant || crate::expr::is_nil(self, operand) {
                    continue;
                }
                if self.func.as_ref().and_then(|state| state.self_receiver).is_some()
                    && matches!(&strip_parens(operand).kind, ExprKind::Ident(ident) if self.program.resolve(ident) == self.func.as_ref().and_then(|state| state.self_receiver))
                {
                    self.unsupported(stmt.span, "deferring a call that uses a value receiver");
                    continue;
                }
                // An unchanging copyable variable: the closure's copy is it.
                if let ExprKind::Ident(ident_node) = &strip_parens(operand).kind
                    && let Some(object) = self.program.resolve(ident_node)
                    && let Some(info) = self.program.var_info(object)
                    && !info.global
                    && !info.is_mutated()
                    && !info.is_shared()
                    && self.is_copy(self.program.object(object).ty)
                {
                    continue;
                }
                let value = self.value(operand);
                // A variable read for the last time moves into the closure.
                if let ExprKind::Ident(ident_node) = &strip_parens(operand).kind
                    && let Some(object) = self.program.resolve(ident_node)
                    && self.program.var_info(object).is_some_and(|info| !info.global)
                    && value.to_string() == self.local_name(object)
                {
                    continue;
                }
                // A variable keeps its name (shadowed in the closure's block).
                let local = match &strip_parens(operand).kind {
                    ExprKind::Ident(ident_node) => self
                        .program
                        .resolve(ident_node)
                        .filter(|object| self.program.var_info(*object).is_some_and(|info| !info.global)),
                    _ => None,
                };
                let name = match (local, &strip_parens(operand).kind) {
                    (Some(object), _) => ident(&self.local_name(object)),
                    // `defer c.mu.Unlock()`: the mutex, as `mu`.
                    (None, ExprKind::Selector { field, .. }) => self.temp(&snake_case(&field.name)),
                    _ => self.temp("deferred_arg"),
                };
                bindings.push(quote!(let #name = #value;));
                evaluated.push((operand.id, quote!(#name)));
            }
            for (id, tokens) in &evaluated {
                self.preevaluated.insert(*id, tokens.clone());
            }
            let saved_async = self.func.as_ref().map(|state| state.is_async);
            if let Some(state) = self.func.as_mut() {
                state.is_async = false;
            }
            let call = self.value(inner);
            if let (Some(state), Some(saved)) = (self.func.as_mut(), saved_async) {
                state.is_async = saved;
            }
            for (id, _) in &evaluated {
                self.preevaluated.remove(id);
            }
            let callee_recovers = match self.program.callees.get(&inner.id) {
                Some(Callee::Func(id)) => self
                    .declared_body(*id)
                    .is_some_and(|body| crate::stmt::calls_recover_directly(self.program, body)),
                Some(Callee::Method(method)) => self
                    .declared_body(method.func)
                    .is_some_and(|body| crate::stmt::calls_recover_directly(self.program, body)),
                _ => false,
            };
            if self.uses_recover() && !callee_recovers {
                quote!({
                    #(#bindings)*
                    move || {
                        go2rs_runtime::panic::take_armed();
                        #call;
                    }
                })
            } else {
                quote!({
                    #(#bindings)*
                    move || { #call; }
                })
            }
        };
        match list {
            Some(list) => {
                let list = ident(&list);
                vec![quote!(#list.push(#closure);)]
            }
            None => {
                let guard = self.temp("_deferred");
                vec![quote!(let #guard = go2rs_runtime::defer(#closure);)]
            }
        }
    }

    // ----- conversions -----

    fn conversion(&mut self, expr: &'p ast::Expr, target: TypeId, arg: &'p ast::Expr) -> (TokenStream, u8) {
        let program = self.program;
        let from = program.expr_type(arg.id);
        let span = expr.span;
        let target_named = self.is_user_named(target);
        let from_named = self.is_user_named(from);
        let target_basic = program.types.as_basic(target);
        let from_basic = program.types.as_basic(from);
        // `any(x)`, `Shape(c)`: into an interface value.
        if program.types.is_interface(target) && target != from {
            if crate::expr::is_nil(self, arg) {
                return (self.zero_value(target, span), precedence::POSTFIX);
            }
            return (self.interface_value(arg, from, target), precedence::POSTFIX);
        }
        // Numbers to and from a type parameter: through GoNumber.
        if program.types.is_type_param(target) && program.types.is_numeric(from) {
            let number = self.use_item("GoNumber");
            let name = self.type_param_name(target);
            let value = self.numeric_operand(arg);
            if program.types.is_type_param(from) {
                return (quote!(<#name as #number>::from_f64(#number::to_f64(#value))), precedence::POSTFIX);
            }
            return if program.types.is_float(from) {
                (quote!(<#name as #number>::from_f64(#value as f64)), precedence::POSTFIX)
            } else {
                (quote!(<#name as #number>::from_i64(#value as i64)), precedence::POSTFIX)
            };
        }
        if program.types.is_type_param(from) && program.types.is_numeric(target) {
            let number = self.use_item("GoNumber");
            let value = self.value(arg);
            let rust = self.rust_type(target, span);
            let basic = program.types.as_basic(target);
            let converted = if program.types.is_float(target) {
                quote!(#number::to_f64(#value))
            } else {
                quote!(#number::to_i64(#value))
            };
            let converted = match basic {
                Some(go2rs_analysis::Basic::Float64 | go2rs_analysis::Basic::Int | go2rs_analysis::Basic::Int64)
                    if !self.is_user_named(target) =>
                {
                    converted
                }
                _ if self.is_user_named(target) => {
                    let name = self.struct_path(target, span);
                    let inner = self.rust_type(program.types.underlying(target), span);
                    quote!(#name(#converted as #inner))
                }
                _ => quote!(#converted as #rust),
            };
            return (converted, precedence::POSTFIX);
        }
        // Between struct types with identical fields: a struct of the
        // target's Rust type, field by field.
        if from != target
            && let (TypeKind::Struct(fields), TypeKind::Struct(_)) =
                (program.types.underlying_kind(from), program.types.underlying_kind(target))
            && !fields.is_empty()
        {
            let value = self.value(arg);
            return (self.struct_conversion(value, from, target, span), precedence::POSTFIX);
        }
        // `sort.IntSlice(xs)`: the runtime's wrapper.
        if self.lib_type(target) == Some(LibType::Other) && !self.is_user_named(from) {
            let value = self.value(arg);
            let path = self.rust_type(target, span);
            return (quote!(#path(#value)), precedence::POSTFIX);
        }
        // The underlying value of the operand.
        let (operand, operand_prec) = self.value_prec(arg);
        let (operand, operand_prec) =
            if from_named && (!target_named || program.types.underlying(from) != program.types.underlying(target) || target != from) {
                let operand = paren(operand, operand_prec, precedence::POSTFIX);
                if self.lib_type(from) == Some(LibType::Duration) {
                    (quote!(#operand.0), precedence::POSTFIX)
                } else if target == from {
                    (operand, precedence::POSTFIX)
                } else {
                    (quote!(#operand.0), precedence::POSTFIX)
                }
            } else if self.lib_type(from) == Some(LibType::Duration) && self.lib_type(target) != Some(LibType::Duration) {
                let operand = paren(operand, operand_prec, precedence::POSTFIX);
                (quote!(#operand.0), precedence::POSTFIX)
            } else {
                (operand, operand_prec)
            };
        if target == from {
            return (operand, operand_prec);
        }
        // Numbers.
        let converted = match (from_basic, target_basic) {
            (Some(a), Some(b)) if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) => {
                let from_rust = Gen::basic_type(a).to_string();
                let target_rust = Gen::basic_type(b);
                if from_rust == target_rust.to_string() {
                    (operand, operand_prec)
                } else {
                    let operand = paren(operand, operand_prec, precedence::CAST);
                    (quote!(#operand as #target_rust), precedence::CAST)
                }
            }
            (Some(a), Some(b)) if a.is_integer() && b.is_string() => {
                let string = self.use_item("GoString");
                let operand = paren(operand, operand_prec, precedence::CAST);
                (quote!(#string::from_rune(#operand as i64)), precedence::POSTFIX)
            }
            (Some(a), Some(b)) if a.is_string() && b.is_string() => (operand, operand_prec),
            (None, Some(b)) if b.is_string() => {
                // string(bytes) / string(runes); string(array[:]) copies.
                if let ExprKind::Slice {
                    operand: array,
                    low,
                    high,
                    max: None,
                } = &strip_parens(arg).kind
                    && matches!(program.types.underlying_kind(program.expr_type(array.id)), TypeKind::Array(..))
                {
                    let array_place = self.place(array);
                    let array_ty = program.expr_type(array.id);
                    let array_tokens = match array_place {
                        crate::expr::Place::Local(tokens) => tokens,
                        place => self.read_place(place, array_ty),
                    };
                    let low = low.as_deref().map(|low| self.array_bound(low));
                    let high = high.as_deref().map(|high| self.array_bound(high));
                    let string = self.use_item("GoString");
                    let is_runes = program
                        .types
                        .elem(program.expr_type(array.id))
                        .and_then(|e| program.types.as_basic(e))
                        == Some(Basic::Int32);
                    return if is_runes {
                        (quote!(#string::from_runes(&#array_tokens[#low..#high])), precedence::POSTFIX)
                    } else {
                        (quote!(#string::from_bytes(&#array_tokens[#low..#high])), precedence::POSTFIX)
                    };
                }
                let is_runes = program.types.elem(from).and_then(|elem| program.types.as_basic(elem)) == Some(Basic::Int32);
                let operand = paren(operand, operand_prec, precedence::POSTFIX);
                if is_runes {
                    (quote!(#operand.runes_to_go_string()), precedence::POSTFIX)
                } else {
                    (quote!(#operand.to_go_string()), precedence::POSTFIX)
                }
            }
            (Some(a), None) if a.is_string() => {
                let elem = program.types.elem(target).and_then(|elem| program.types.as_basic(elem));
                let slice = self.use_item("Slice");
                let reference = self.reference(arg);
                match elem {
                    Some(Basic::Uint8) => (quote!(#slice::from_string(#reference)), precedence::POSTFIX),
                    _ => (quote!(#slice::runes_of(#reference)), precedence::POSTFIX),
                }
            }
            _ => {
                if program.types.underlying(from) == program.types.underlying(target)
                    || target_named
                    || self.lib_type(target).is_some()
                    || matches!(program.types.kind(target), TypeKind::Chan(..))
                {
                    (operand, operand_prec)
                } else {
                    self.unsupported(
                        span,
                        format!(
                            "converting {} to {}",
                            program.types.type_string(from),
                            program.types.type_string(target)
                        ),
                    );
                    (quote!(()), precedence::POSTFIX)
                }
            }
        };
        if target_named {
            let name = self.struct_path(target, span);
            let (tokens, _) = converted;
            return (quote!(#name(#tokens)), precedence::POSTFIX);
        }
        if self.lib_type(target) == Some(LibType::Duration) {
            let time = self.use_module("time");
            let (tokens, _) = converted;
            return (quote!(#time::Duration(#tokens)), precedence::POSTFIX);
        }
        converted
    }

    // ----- builtins -----

    fn builtin(&mut self, expr: &'p ast::Expr, builtin: Builtin, args: &'p [ast::Expr], ellipsis: bool) -> TokenStream {
        let program = self.program;
        let span = expr.span;
        let arg_ty = |index: usize| {
            args.get(index)
                .map(|arg| program.expr_type(arg.id))
                .unwrap_or(program.types.invalid())
        };
        let unwrap_named = |generator: &mut Self, tokens: TokenStream, ty: TypeId| -> TokenStream {
            if generator.is_user_named(ty) { quote!(#tokens.0) } else { tokens }
        };
        match builtin {
            Builtin::Len | Builtin::Cap => {
                let ty = arg_ty(0);
                let receiver = self.receiver(&args[0]);
                let receiver = unwrap_named(self, receiver, ty);
                let method = if builtin == Builtin::Len { quote!(len) } else { quote!(cap) };
                quote!(#receiver.#method())
            }
            Builtin::Append => {
                let ty = program.expr_type(expr.id);
                let elem = program.types.elem(ty).unwrap_or(program.types.invalid());
                let slice = self.receiver(&args[0]);
                let named = self.is_user_named(ty);
                let slice = if named { quote!(#slice.0) } else { slice };
                let result = if ellipsis {
                    let other_ty = arg_ty(1);
                    let other = self.reference(&args[1]);
                    if program.types.is_string(other_ty) {
                        quote!(#slice.append_string(#other))
                    } else {
                        quote!(#slice.append_slice(#other))
                    }
                } else if let Some(flag) = self.func.as_ref().and_then(|state| state.stack_appends.get(&expr.id).cloned())
                    && args.len() >= 2
                {
                    // Go gives this slice a stack buffer (its cap shows it).
                    let values: Vec<TokenStream> = args[1..].iter().map(|arg| self.value_as(arg, elem)).collect();
                    quote!(#slice.append_stack([#(#values),*], &mut #flag))
                } else if args.len() == 2 {
                    let value = self.value_as(&args[1], elem);
                    quote!(#slice.append(#value))
                } else if args.len() == 1 {
                    quote!(#slice.clone())
                } else {
                    let values: Vec<TokenStream> = args[1..].iter().map(|arg| self.value_as(arg, elem)).collect();
                    quote!(#slice.append_all([#(#values),*]))
                };
                if named {
                    let name = self.struct_path(ty, span);
                    quote!(#name(#result))
                } else {
                    result
                }
            }
            Builtin::Make => {
                let ty = program.expr_type(expr.id);
                let rust = self.type_path(ty, span);
                let value = match program.types.underlying_kind(ty).clone() {
                    TypeKind::Slice(_) => {
                        let slice = self.use_item("Slice");
                        let len = args.get(1).map(|arg| self.index_value(arg)).unwrap_or_else(|| quote!(0));
                        let cap = match args.get(2) {
                            Some(cap) => self.index_value(cap),
                            None => len.clone(),
                        };
                        let _ = rust;
                        quote!(#slice::make(#len, #cap))
                    }
                    TypeKind::Map(..) => {
                        let map = self.use_item("Map");
                        quote!(#map::new())
                    }
                    TypeKind::Chan(..) => {
                        let chan = self.use_item("Chan");
                        let cap = args.get(1).map(|arg| self.index_value(arg)).unwrap_or_else(|| quote!(0));
                        quote!(#chan::new(#cap))
                    }
                    _ => quote!(()),
                };
                if self.is_user_named(ty) {
                    let name = self.struct_path(ty, span);
                    quote!(#name(#value))
                } else {
                    value
                }
            }
            Builtin::New => {
                let ty = program.expr_type(expr.id);
                let elem = program.types.elem(ty).unwrap_or(program.types.invalid());
                let zero = self.zero_value(elem, span);
                if self.is_handle_pointer(ty) {
                    return zero;
                }
                let ptr = self.use_item("Ptr");
                quote!(#ptr::new(#zero))
            }
            Builtin::Delete => {
                let ty = arg_ty(0);
                let map = self.receiver(&args[0]);
                let map = unwrap_named(self, map, ty);
                let key_ty = match program.types.underlying_kind(ty) {
                    TypeKind::Map(key, _) => *key,
                    _ => program.types.invalid(),
                };
                let key = self.value_as(&args[1], key_ty);
                quote!(#map.delete(&#key))
            }
            Builtin::Close => {
                let channel = self.receiver(&args[0]);
                quote!(#channel.close())
            }
            Builtin::Copy => {
                let dst = self.reference(&args[0]);
                let src = self.reference(&args[1]);
                if program.types.is_string(arg_ty(1)) {
                    quote!(go2rs_runtime::slice::copy_string(#dst, #src))
                } else {
                    quote!(go2rs_runtime::slice::copy(#dst, #src))
                }
            }
            Builtin::Panic => {
                let arg = &args[0];
                if let Some(info) = program.expr(arg.id)
                    && let Some(ConstValue::String(bytes)) = &info.value
                    && let Ok(text) = std::str::from_utf8(bytes)
                {
                    return quote!(go2rs_runtime::go_panic(#text));
                }
                let any = program.types.any;
                let value = self.value_as(arg, any);
                quote!(go2rs_runtime::panic::panic_value(#value))
            }
            Builtin::Min | Builtin::Max => {
                let ty = program.expr_type(expr.id);
                let values: Vec<TokenStream> = args.iter().map(|arg| self.value_as(arg, ty)).collect();
                // A type parameter: the runtime's Ordered (NaN and ±0 as Go).
                if program.types.is_type_param(ty) || (program.types.is_string(ty) && !self.is_user_named(ty)) {
                    let cmp = self.use_module("cmp");
                    let method = if builtin == Builtin::Min { quote!(go_min) } else { quote!(go_max) };
                    let mut result = values[0].clone();
                    for value in &values[1..] {
                        result = quote!(#cmp::Ordered::#method(#result, #value));
                    }
                    return result;
                }
                let float = program.types.is_float(ty);
                let mut result = values[0].clone();
                for value in &values[1..] {
                    result = if float {
                        if builtin == Builtin::Min {
                            quote!(go2rs_runtime::ops::min_float(#result as f64, #value as f64))
                        } else {
                            quote!(go2rs_runtime::ops::max_float(#result as f64, #value as f64))
                        }
                    } else if builtin == Builtin::Min {
                        quote!(std::cmp::min(#result, #value))
                    } else {
                        quote!(std::cmp::max(#result, #value))
                    };
                }
                if float && program.types.as_basic(ty) == Some(Basic::Float32) {
                    quote!((#result) as f32)
                } else {
                    result
                }
            }
            Builtin::Clear => {
                let ty = arg_ty(0);
                let receiver = self.receiver(&args[0]);
                let receiver = unwrap_named(self, receiver, ty);
                quote!(#receiver.clear())
            }
            Builtin::Recover => {
                // Only a deferred function itself recovers (Go's rule).
                match self.func.as_ref().and_then(|state| state.recover_flag.clone()) {
                    Some(flag) => quote!(go2rs_runtime::panic::recover(#flag)),
                    None => quote!(go2rs_runtime::panic::recover(false)),
                }
            }
            Builtin::Print | Builtin::Println | Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(span, format!("the builtin {}", builtin.name()));
                quote!(())
            }
        }
    }

    // ----- the standard library -----

    /// An argument passed as `&dyn fmt::Value`.
    pub fn fmt_argument(&mut self, arg: &'p ast::Expr) -> TokenStream {
        let info = self.program.expr(arg.id).cloned();
        if let Some(info) = &info
            && let Some(value) = &info.value
        {
            if let ConstValue::String(bytes) = value
                && let Ok(text) = std::str::from_utf8(bytes)
                && !self.is_user_named(info.ty)
            {
                return quote!(&#text);
            }
            let (constant, prec) = self.constant_prec(value, info.ty, arg.span, true);
            let constant = paren(constant, prec, precedence::UNARY);
            return quote!(&#constant);
        }
        if crate::expr::is_nil(self, arg) {
            let fmt = self.use_module("fmt");
            return quote!(&#fmt::Nil);
        }
        // `[]int(nil)`: nothing tells Rust the element type.
        if let ExprKind::Call { args: conversion_args, .. } = &strip_parens(arg).kind
            && matches!(self.program.callees.get(&strip_parens(arg).id), Some(Callee::Conversion(_)))
            && conversion_args.first().is_some_and(|operand| crate::expr::is_nil(self, operand))
        {
            let ty = self.program.expr_type(arg.id);
            let zero = self.zero_value(ty, arg.span);
            let rust_ty = self.rust_type(ty, arg.span);
            return quote!(&{ let value: #rust_ty = #zero; value });
        }
        let reference = self.reference(arg);
        // int64 and uint share Rust types with int and uint64.
        let ty = self.program.expr_type(arg.id);
        // Function and channel types: Rust's types do not know Go's name.
        let signature_name = match self.program.types.kind(ty) {
            TypeKind::Func(_) | TypeKind::Chan(..) => Some(self.program.types.type_string(ty)),
            _ => None,
        };
        let name = match self.program.types.kind(ty) {
            TypeKind::Basic(Basic::Int64) => Some("int64"),
            TypeKind::Basic(Basic::Uint) => Some("uint"),
            _ => signature_name.as_deref(),
        };
        match name {
            Some(name) => {
                let fmt = self.use_module("fmt");
                quote!(&#fmt::Typed(#reference, #name))
            }
            None => reference,
        }
    }

    /// A string argument passed by reference (`&GoString`).
    fn string_argument(&mut self, arg: &'p ast::Expr) -> TokenStream {
        self.reference(arg)
    }

    fn format_string(&mut self, arg: &'p ast::Expr) -> TokenStream {
        if let Some(info) = self.program.expr(arg.id)
            && let Some(ConstValue::String(bytes)) = &info.value
        {
            if let Ok(text) = std::str::from_utf8(bytes) {
                return quote!(#text);
            }
            let literal = proc_macro2::Literal::byte_string(bytes);
            return quote!(#literal);
        }
        self.reference(arg)
    }

    fn stdlib_call(
        &mut self,
        call: &'p ast::Expr,
        package: &str,
        name: &str,
        id: FuncId,
        args: &'p [ast::Expr],
        ellipsis: bool,
    ) -> TokenStream {
        let span = call.span;
        let Some(module) = self.stdlib_module(package) else {
            self.unsupported(span, format!("{package}.{name}"));
            return quote!(());
        };
        let function = ident(&stdlib_function_name(name));
        // `fmt.Fprintf(w, ...)` to a writer other than a file: the text
        // formatted, then written with w's Write method.
        if package == "fmt" && matches!(name, "Fprintln" | "Fprint" | "Fprintf") && !self.writes_to_file(&args[0]) {
            let (printer, rest) = match name {
                "Fprintln" => (ident("sprintln"), &args[1..]),
                "Fprint" => (ident("sprint"), &args[1..]),
                _ => (ident("sprintf"), &args[1..]),
            };
            let format = if name == "Fprintf" {
                vec![self.format_string(&rest[0])]
            } else {
                Vec::new()
            };
            let rest = if name == "Fprintf" { &rest[1..] } else { rest };
            let text = if ellipsis && let Some(spread) = rest.first() {
                let slice = self.reference(spread);
                let values = self.temp("values");
                quote!(#module::with_values(#slice, |#values| #module::#printer(#(#format,)* #values)))
            } else {
                let values: Vec<TokenStream> = rest.iter().map(|arg| self.fmt_argument(arg)).collect();
                quote!(#module::#printer(#(#format,)* &[#(#values),*]))
            };
            return self.write_text(call, &args[0], text);
        }
        if package == "fmt" {
            let (fixed, rest): (Vec<TokenStream>, &'p [ast::Expr]) = match name {
                "Printf" | "Sprintf" | "Errorf" => {
                    let format = self.format_string(&args[0]);
                    (vec![format], &args[1..])
                }
                "Fprintln" | "Fprint" => {
                    let file = self.value(&args[0]);
                    (vec![file], &args[1..])
                }
                "Fprintf" => {
                    let file = self.value(&args[0]);
                    let format = self.format_string(&args[1]);
                    (vec![file, format], &args[2..])
                }
                _ => (Vec::new(), args),
            };
            if ellipsis && let Some(spread) = rest.first() {
                // `fmt.Printf(format, args...)`: the slice's elements.
                let slice = self.reference(spread);
                let values = self.temp("values");
                return quote!(#module::with_values(#slice, |#values| #module::#function(#(#fixed,)* #values)));
            }
            let error = self.program.types.error;
            let values: Vec<TokenStream> = rest
                .iter()
                .map(|arg| {
                    // `%w` needs the operand as an error: a value of a type
                    // with an Error method becomes one.
                    let ty = self.program.expr_type(arg.id);
                    if name == "Errorf"
                        && !self.program.types.is_interface(ty)
                        && go2rs_analysis::lookup::missing_method(&self.program.types, &self.program.funcs, ty, error).is_none()
                    {
                        let value = self.value_as(arg, error);
                        quote!(&#value)
                    } else {
                        self.fmt_argument(arg)
                    }
                })
                .collect();
            return quote!(#module::#function(#(#fixed,)* &[#(#values),*]));
        }
        let func = self.program.func(id).clone();
        if package == "errors" && name == "As" {
            return self.errors_as(call, args);
        }
        if package == "sort"
            && let Some(tokens) = self.sort_call(call, name, args)
        {
            return tokens;
        }
        if package == "context" && name == "AfterFunc" {
            let context = self.reference(&args[0]);
            let task = self.goroutine_task(&args[1], false);
            let call_tokens = quote!(#module::after_func(#context, #task));
            // `stop` is a function value, async when those are.
            return if self.program.dynamic_calls_block {
                quote!(#call_tokens.into_async())
            } else {
                call_tokens
            };
        }
        if package == "sync" && name == "NewCond" {
            // The Locker is a *sync.Mutex or *sync.RWMutex: its handle.
            let arg_ty = self.program.expr_type(args[0].id);
            if !self.is_handle_pointer(arg_ty)
                || !matches!(self.program.types.kind(arg_ty), TypeKind::Pointer(elem) if matches!(self.lib_type(*elem), Some(LibType::Mutex | LibType::RWMutex)))
            {
                self.unsupported(args[0].span, "sync.NewCond with a Locker other than a *sync.Mutex or *sync.RWMutex");
                return quote!(());
            }
            let locker = self.value(&args[0]);
            return quote!(#module::new_cond(#locker));
        }
        if package == "time" && name == "AfterFunc" {
            // `f` runs in a goroutine of its own each time the timer fires
            // (again after a Reset): the runtime takes a function that
            // starts that goroutine's task.
            let delay = self.value(&args[0]);
            let function = strip_parens(&args[1]);
            if let ExprKind::FuncLit { .. } = &function.kind
                && let Some(&literal) = self.program.literals.get(&function.id)
            {
                // The closure owns copies of what the literal captures and
                // gives each goroutine copies of its own.
                let clones = self.capture_clones(literal);
                let task = self.goroutine_task(function, false);
                return quote!(#module::after_func(#delay, { #(#clones)* move || #task }));
            }
            let value = self.value(function);
            let call = if self.program.dynamic_calls_block {
                quote!(function().await)
            } else {
                quote!(function())
            };
            return quote!(#module::after_func(#delay, {
                let function = #value;
                move || {
                    let function = function.clone();
                    async move { #call; }
                }
            }));
        }
        if package == "bufio" && name == "NewScanner" {
            // The reader itself (os.Stdin or a *strings.Reader), not the
            // io.Reader the declaration says.
            let reader = self.value(&args[0]);
            return quote!(#module::new_scanner(#reader));
        }
        let signature = self.program.types.signature(func.signature).cloned();
        let params = signature.as_ref().map(|s| s.params.clone()).unwrap_or_default();
        let variadic = signature.as_ref().is_some_and(|s| s.variadic);
        let mut arguments = Vec::new();
        if variadic && !ellipsis {
            // `strings.NewReplacer(a, b, c, d)`: the variadic arguments
            // become a slice.
            let fixed = params.len() - 1;
            for (arg, param) in args.iter().zip(&params).take(fixed) {
                arguments.push(self.stdlib_argument(arg, *param));
            }
            let elem = self.program.types.elem(params[fixed]).unwrap_or(params[fixed]);
            let rest: Vec<TokenStream> = args.iter().skip(fixed).map(|arg| self.value_as(arg, elem)).collect();
            let slice_ty = self.rust_type(params[fixed], span);
            let slice = self.use_item("Slice");
            arguments.push(if rest.is_empty() {
                quote!(&<#slice_ty>::nil())
            } else {
                quote!(&#slice::from([#(#rest),*]))
            });
            let call_tokens = quote!(#module::#function(#(#arguments),*));
            return self.awaited(span, func.blocking, call_tokens);
        }
        for (arg, param) in args.iter().zip(&params) {
            if package == "errors" && name == "New" {
                arguments.push(self.value(arg));
                continue;
            }
            // The slices and maps packages take Rust closures: a function
            // value lends its `Fn`.
            if matches!(package, "slices" | "maps") && matches!(self.program.types.kind(*param), TypeKind::Func(_)) {
                if self.program.dynamic_calls_block {
                    self.unsupported(span, format!("{package}.{name} where function values can block"));
                }
                let value = self.value(arg);
                arguments.push(quote!(&*#value));
                continue;
            }
            arguments.push(self.stdlib_argument(arg, *param));
        }
        let call_tokens = quote!(#module::#function(#(#arguments),*));
        self.awaited(span, func.blocking, call_tokens)
    }

    /// An argument of a runtime function: by value when `Copy`, else by
    /// reference (converted into an interface when the parameter is one).
    fn stdlib_argument(&mut self, arg: &'p ast::Expr, param: TypeId) -> TokenStream {
        // `atomic.AddInt64(&n, 1)`: the variable's own cell, lent.
        if let ExprKind::Unary {
            op: ast::UnaryOp::Addr,
            operand,
        } = &strip_parens(arg).kind
            && matches!(self.program.types.kind(param), TypeKind::Pointer(_))
            && !self.is_handle_pointer(param)
            && let crate::expr::Place::Cell { root, path } = self.place(operand)
            && path.is_empty()
        {
            return quote!(&#root);
        }
        if self.is_copy(param) {
            self.value_as(arg, param)
        } else if self.program.types.is_interface(param) && self.program.expr_type(arg.id) != param {
            let value = self.value_as(arg, param);
            quote!(&#value)
        } else if self.program.types.is_string(param) {
            self.string_argument(arg)
        } else {
            self.underlying_reference(arg)
        }
    }

    /// `&x`, or `&x.0` for a value of a named type (`Readings []float64`
    /// passed where the library takes the slice).
    fn underlying_reference(&mut self, arg: &'p ast::Expr) -> TokenStream {
        let ty = self.program.expr_type(arg.id);
        if self.is_user_named(ty) && !matches!(self.program.types.underlying_kind(ty), TypeKind::Struct(_)) {
            let receiver = self.receiver(arg);
            return quote!(&#receiver.0);
        }
        self.reference(arg)
    }

    /// The `sort` functions that take a `less` function or a
    /// `sort.Interface`: the runtime takes Rust closures (`FnMut`).
    fn sort_call(&mut self, call: &'p ast::Expr, name: &str, args: &'p [ast::Expr]) -> Option<TokenStream> {
        let sort = self.use_module("sort");
        match name {
            "Slice" | "SliceStable" | "SliceIsSorted" | "Search" => {
                let function = ident(&snake_case(name));
                let (subject, less) = if name == "Search" {
                    (self.value(&args[0]), &args[1])
                } else {
                    // The slice itself, not the `any` the declaration says.
                    (self.underlying_reference(&args[0]), &args[1])
                };
                if self.program.dynamic_calls_block {
                    self.unsupported(call.span, format!("sort.{name} where function values can block"));
                    return Some(quote!(()));
                }
                let less = self.value(less);
                Some(quote!(#sort::#function(#subject, &*#less)))
            }
            "Sort" | "Stable" | "IsSorted" => {
                // `sort.Sort(x)`: x's Len, Less and Swap methods;
                // `sort.Sort(sort.Reverse(x))` swaps Less's operands.
                let mut data = &args[0];
                let mut reverse = false;
                if let ExprKind::Call {
                    func, args: inner_args, ..
                } = &strip_parens(data).kind
                    && let Some(Callee::Func(id)) = self.program.callees.get(&strip_parens(data).id)
                    && self.program.func(*id).package.as_deref() == Some("sort")
                    && self.program.func(*id).name == "Reverse"
                {
                    let _ = func;
                    data = &inner_args[0];
                    reverse = true;
                }
                let data_ty = self.program.expr_type(data.id);
                let value = self.receiver(data);
                let subject = self.temp("data");
                let (i, j) = (ident("i"), ident("j"));
                let (len, _) = self.method_call_on(data_ty, "Len", quote!(#subject), &[]);
                let less = if reverse {
                    self.method_call_on(data_ty, "Less", quote!(#subject), &[quote!(#j), quote!(#i)]).0
                } else {
                    self.method_call_on(data_ty, "Less", quote!(#subject), &[quote!(#i), quote!(#j)]).0
                };
                let swap = self.method_call_on(data_ty, "Swap", quote!(#subject), &[quote!(#i), quote!(#j)]).0;
                Some(match name {
                    "Sort" => quote!({ let #subject = &#value; #sort::sort_by(#len, |#i, #j| #less, |#i, #j| #swap) }),
                    "Stable" => quote!({ let #subject = &#value; #sort::stable_by(#len, |#i, #j| #less, |#i, #j| #swap) }),
                    _ => quote!({ let #subject = &#value; #sort::is_sorted_by(#len, |#i, #j| #less) }),
                })
            }
            "Reverse" => {
                self.unsupported(call.span, "sort.Reverse outside sort.Sort, sort.Stable or sort.IsSorted");
                Some(quote!(()))
            }
            _ => None,
        }
    }

    /// `errors.As(err, &target)`: finds the first error of target's type in
    /// err's tree and stores it in target.
    fn errors_as(&mut self, call: &'p ast::Expr, args: &'p [ast::Expr]) -> TokenStream {
        let errors = self.use_module("errors");
        let error_ty = self.program.types.error;
        let [err, target] = args else {
            return quote!(false);
        };
        let ExprKind::Unary {
            op: ast::UnaryOp::Addr,
            operand: target,
        } = &strip_parens(target).kind
        else {
            self.unsupported(call.span, "errors.As with a target that is not &variable");
            return quote!(false);
        };
        let err = if self.program.expr_type(err.id) == error_ty {
            self.reference(err)
        } else {
            let value = self.value_as(err, error_ty);
            quote!(&#value)
        };
        let target_ty = self.program.expr_type(target.id);
        let find = if self.program.types.is_interface(target_ty) {
            let object = self.interface_object(target_ty);
            quote!(#errors::as_interface::<#object>(#err))
        } else {
            let rust = self.rust_type(target_ty, call.span);
            quote!(#errors::as_type::<#rust>(#err))
        };
        let found = self.temp("found");
        let store = self.store(target, quote!(#found));
        if self.statement_call == Some(call.id) {
            quote!(if let Some(#found) = #find { #(#store)* })
        } else {
            quote!(#find.map(|#found| { #(#store)* }).is_some())
        }
    }

    /// Whether a writer argument is an `*os.File` (the runtime's `fprintf`
    /// writes to it directly).
    fn writes_to_file(&self, writer: &ast::Expr) -> bool {
        let ty = self.program.expr_type(writer.id);
        matches!(self.program.types.kind(ty), TypeKind::Pointer(elem) if self.lib_type(*elem) == Some(LibType::File))
    }

    /// Writes formatted text with a writer's `Write`: a `strings.Builder`
    /// in place, a `*bufio.Writer` or `*os.File` handle, an `io.Writer`
    /// through its trait, a value of the program through its method.
    fn write_text(&mut self, call: &'p ast::Expr, writer: &'p ast::Expr, text: TokenStream) -> TokenStream {
        let ty = self.program.expr_type(writer.id);
        // `&b` for a local strings.Builder.
        if let ExprKind::Unary {
            op: ast::UnaryOp::Addr,
            operand,
        } = &strip_parens(writer).kind
            && self.lib_type(self.program.expr_type(operand.id)) == Some(LibType::Builder)
        {
            let it = self.cell_param();
            return match self.place(operand) {
                crate::expr::Place::Local(tokens) => quote!(#tokens.write_string(&#text)),
                crate::expr::Place::Cell { root, path } => {
                    let target = if path.is_empty() { quote!(#it) } else { quote!(#it #path) };
                    quote!(#root.with_mut(|#it| #target.write_string(&#text)))
                }
                _ => {
                    self.unsupported(call.span, "writing to this strings.Builder");
                    quote!(())
                }
            };
        }
        let pointee = match self.program.types.kind(ty) {
            TypeKind::Pointer(elem) => self.lib_type(*elem),
            _ => None,
        };
        let subject = self.receiver(writer);
        match pointee {
            Some(LibType::Builder) => {
                let it = self.cell_param();
                quote!(#subject.with_mut(|#it| #it.write_string(&#text)))
            }
            Some(LibType::Handle) => quote!(#subject.write_string(&#text)),
            _ if self.program.types.is_interface(ty) => {
                let write = self.interface_method_name("Write");
                let slice = self.use_item("Slice");
                quote!(#subject.#write(#slice::from_string(&#text)))
            }
            _ => {
                let slice = self.use_item("Slice");
                let (call_tokens, blocking) = self.method_call_on(ty, "Write", quote!((&#subject)), &[quote!(#slice::from_string(&#text))]);
                self.awaited(call.span, blocking, call_tokens)
            }
        }
    }

    /// A numeric operand as a plain Rust number (`.0` of a named type).
    fn numeric_operand(&mut self, arg: &'p ast::Expr) -> TokenStream {
        let ty = self.program.expr_type(arg.id);
        let (tokens, prec) = self.value_prec(arg);
        if self.is_user_named(ty) {
            let tokens = paren(tokens, prec, precedence::POSTFIX);
            return quote!(#tokens.0);
        }
        paren(tokens, prec, precedence::CAST)
    }

    /// The runtime module of a standard library package.
    pub fn stdlib_module(&mut self, package: &str) -> Option<TokenStream> {
        Some(match package {
            "bufio" => self.use_module("bufio"),
            "cmp" => self.use_module("cmp"),
            "context" => self.use_module("context"),
            "errors" => self.use_module("errors"),
            "io" => self.use_module("io"),
            "iter" => self.use_module("iter"),
            "maps" => self.use_module("maps"),
            "slices" => self.use_module("slices"),
            "fmt" => self.use_module("fmt"),
            "math" => self.use_module("math"),
            "os" => self.use_module("os"),
            "sort" => self.use_module("sort"),
            "strconv" => self.use_module("strconv"),
            "strings" => self.use_module("strings"),
            "sync" => self.use_module("sync"),
            "sync/atomic" => self.use_module("atomic"),
            "runtime" => self.use_module("runtime"),
            "time" => self.use_module("time"),
            "unicode" => self.use_module("unicode"),
            "unicode/utf8" => self.use_module("utf8"),
            "golang.org/x/sync/errgroup" => self.use_module("errgroup"),
            _ => return None,
        })
    }

    fn stdlib_method_call(
        &mut self,
        call: &'p ast::Expr,
        package: &str,
        name: &str,
        blocking: bool,
        receiver: &'p ast::Expr,
        args: &'p [ast::Expr],
    ) -> TokenStream {
        let span = call.span;
        let method = ident(&stdlib_method_name(name));
        let receiver_tokens = self.receiver(receiver);
        if package == "golang.org/x/sync/errgroup" && matches!(name, "Go" | "TryGo") {
            // g.Go(func() error { ... }): the function's future, run by the
            // group in a goroutine of its own.
            let task = self.goroutine_task(&args[0], true);
            return self.awaited(span, blocking, quote!(#receiver_tokens.#method(#task)));
        }
        if package == "sync" && name == "Go" {
            // wg.Go(func() { ... })
            let task = self.goroutine_task(&args[0], false);
            return quote!(#receiver_tokens.go(#task));
        }
        // strings.Builder's writing methods change it in place.
        let receiver_ty = self.program.expr_type(receiver.id);
        let in_place = self.lib_type(receiver_ty) == Some(crate::ty::LibType::Builder);
        let by_value = package == "bufio" && name == "Split";
        // The declared parameters: an argument for an interface parameter
        // (`v.Store(x)` of an atomic.Value) is converted to it.
        let params = match self.program.callees.get(&call.id) {
            Some(Callee::Method(method)) => self
                .program
                .types
                .signature(self.program.func(method.func).signature)
                .map(|signature| signature.params.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let arguments: Vec<TokenStream> = args
            .iter()
            .enumerate()
            .map(|(index, arg)| {
                let ty = self.program.expr_type(arg.id);
                if let Some(&param) = params.get(index)
                    && self.program.types.is_interface(param)
                    && ty != param
                {
                    let value = self.value_as(arg, param);
                    return quote!(&#value);
                }
                if self.is_copy(ty) || by_value {
                    self.value(arg)
                } else {
                    self.reference(arg)
                }
            })
            .collect();
        if in_place {
            let it = self.cell_param();
            return match self.place(receiver) {
                crate::expr::Place::Local(tokens) => quote!(#tokens.#method(#(#arguments),*)),
                crate::expr::Place::Cell { root, path } => {
                    let target = if path.is_empty() { quote!(#it) } else { quote!(#it #path) };
                    quote!(#root.with_mut(|#it| #target.#method(#(#arguments),*)))
                }
                crate::expr::Place::Element { slice, index, path } => {
                    let target = if path.is_empty() { quote!(#it) } else { quote!(#it #path) };
                    quote!(#slice.with_mut(#index, |#it| #target.#method(#(#arguments),*)))
                }
                _ => {
                    self.unsupported(span, format!("calling {package}.{name} on this value"));
                    quote!(())
                }
            };
        }
        let call_tokens = quote!(#receiver_tokens.#method(#(#arguments),*));
        self.awaited(span, blocking, call_tokens)
    }
}

/// The runtime's name for a standard library method.
fn stdlib_method_name(name: &str) -> String {
    match name {
        "RLock" => "rlock".to_string(),
        "RUnlock" => "runlock".to_string(),
        "TryRLock" => "try_rlock".to_string(),
        _ => snake_case(name),
    }
}

/// The runtime's name for a standard library function: Go's name in
/// snake_case, except where that reads wrong (`NaN` is `nan`).
pub fn stdlib_function_name(name: &str) -> String {
    match name {
        "NaN" => "nan".to_string(),
        "IsNaN" => "is_nan".to_string(),
        "Float64bits" => "float64bits".to_string(),
        "Float64frombits" => "float64frombits".to_string(),
        "Float32bits" => "float32bits".to_string(),
        "Float32frombits" => "float32frombits".to_string(),
        _ => snake_case(name),
    }
}
