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

    /// Owned arguments converted to the parameter types.
    fn arguments(&mut self, call: &'p ast::Expr, func_ty: TypeId, args: &'p [ast::Expr], ellipsis: bool) -> Vec<TokenStream> {
        let Some(signature) = self.program.types.signature(func_ty).cloned() else {
            return Vec::new();
        };
        if signature.variadic {
            self.unsupported(call.span, "calling variadic functions of the program");
            return Vec::new();
        }
        let _ = ellipsis;
        if args.len() == 1 && signature.params.len() > 1 {
            self.unsupported(call.span, "passing the results of a call straight to another call");
            return Vec::new();
        }
        args.iter()
            .zip(signature.params.iter())
            .map(|(arg, param)| self.value_as(arg, *param))
            .collect()
    }

    /// Adds `.await` to a call of a function that can block.
    fn awaited(&mut self, span: Span, blocking: bool, call: TokenStream) -> TokenStream {
        if !blocking {
            return call;
        }
        if !self.in_async() {
            self.unsupported(span, "a blocking call in a context that cannot wait (a deferred or synchronous closure)");
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
        let arguments = self.arguments(call, func.signature, args, ellipsis);
        self.awaited(call.span, func.blocking, quote!(#name(#(#arguments),*)))
    }

    fn method_call(&mut self, call: &'p ast::Expr, func_expr: &'p ast::Expr, method: &MethodCall, args: &'p [ast::Expr], ellipsis: bool) -> TokenStream {
        let program = self.program;
        let func = program.func(method.func).clone();
        let ExprKind::Selector { operand, .. } = &strip_parens(func_expr).kind else {
            return quote!(());
        };
        // A method of an interface: dynamic dispatch through the trait.
        if matches!(func.kind, FuncKind::InterfaceMethod) {
            let receiver = self.receiver(operand);
            let name = self.interface_method_name(&func.name);
            let arguments = self.arguments(call, func.signature, args, ellipsis);
            return self.awaited(call.span, func.blocking, quote!(#receiver.#name(#(#arguments),*)));
        }
        if let Some(package) = &func.package {
            return self.stdlib_method_call(call, package, &func.name, operand, args);
        }
        let name = ident(&self.func_names[&method.func]);
        let arguments = self.arguments(call, func.signature, args, ellipsis);
        let receiver_ty = func.receiver.map(|(ty, _)| ty).unwrap_or(program.types.invalid());
        let type_name = self.rust_type(receiver_ty, call.span);
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
                    place => {
                        // `s[i].M()` / `x.f.M()`: Go passes `&s[i]`. When the
                        // method only reads and writes the receiver's fields
                        // (the pointer does not escape, nothing can run
                        // meanwhile), working on a copy and storing it back
                        // is the same.
                        if !self.receiver_stays_local(method.func) {
                            self.unsupported(call.span, "calling a pointer method on a struct field or slice element when the method keeps or shares the pointer");
                            return quote!(());
                        }
                        let ty = program.expr_type(operand.id);
                        let pointer = self.temp("receiver");
                        let result = self.temp("result");
                        let read = self.read_place_again(&place, ty);
                        let store = self.store_place(place, quote!(#pointer.get()), call.span);
                        let ptr = self.use_item("Ptr");
                        let returns = self.program.types.signature(func.signature).is_some_and(|s| !s.results.is_empty());
                        if !returns {
                            return quote!({
                                let #pointer = #ptr::new(#read);
                                #type_name::#name(&#pointer #(, #arguments)*);
                                #(#store)*
                            });
                        }
                        return quote!({
                            let #pointer = #ptr::new(#read);
                            let #result = #type_name::#name(&#pointer #(, #arguments)*);
                            #(#store)*
                            #result
                        });
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
        let blocking = self.program.dynamic_calls_block;
        self.awaited(call.span, blocking, quote!(#callee(#(#arguments),*)))
    }

    /// `func(x int) { ... }(v)`: the body runs in place (a closure called
    /// at once, or an async block awaited at once).
    fn immediate_literal_call(&mut self, call: &'p ast::Expr, literal_expr: &'p ast::Expr, literal: FuncId, args: &'p [ast::Expr]) -> TokenStream {
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
        let results = self.program.types.signature(func.signature).map(|s| s.results.clone()).unwrap_or_default();
        state.results = func.results.clone();
        state.result_types = results.clone();
        state.movable = crate::moves::movable_reads(self.program, &body.stmts);
        state.return_label = self.pending_return_label.take();
        self.func = Some(state);
        self.name_unread_locals(literal, &body.stmts);
        let mut prologue = Vec::new();
        for (object, ty) in func.results.iter().zip(&results) {
            let Some(object) = object else {
                continue;
            };
            let name = ident(&self.local_name(*object));
            let zero = self.zero_value(*ty, body.span);
            let rust_ty = self.rust_type(*ty, body.span);
            prologue.push(quote!(let mut #name: #rust_ty = #zero;));
        }
        if func.has_defer && body.stmts.iter().any(crate::stmt::nested_defer) {
            // Deferred calls inside loops or blocks need a list.
            let name = self.state().locals.temp("defers");
            let defers_type = self.use_item("Defers");
            let name_ident = ident(&name);
            prologue.push(quote!(let mut #name_ident = #defers_type::new();));
            self.state().defers = Some(name);
        }
        let stmts = self.stmts(&body.stmts, Some(body.span.start + 1));
        let inner = self.func.take();
        // Names chosen inside the literal must not be reused outside.
        if let (Some(mut outer), Some(inner)) = (outer, inner) {
            outer.locals.absorb(&inner.locals);
            self.func = Some(outer);
        }
        quote!({ #(#prologue)* #(#stmts)* })
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
            let returns = if sig.results.is_empty() { TokenStream::new() } else { quote!(-> #result) };
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
        let func_type = self.use_item("Func");
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
        let function = ident(&snake_case(&func.name));
        let params: Vec<proc_macro2::Ident> = (0..signature.params.len()).map(|index| ident(&format!("arg{index}"))).collect();
        let mut typed = Vec::new();
        let mut passed = Vec::new();
        for (param, ty) in params.iter().zip(&signature.params) {
            let rust_ty = self.rust_type(*ty, span);
            typed.push(quote!(#param: #rust_ty));
            passed.push(if self.is_copy(*ty) || (package == "errors" && func.name == "New") { quote!(#param) } else { quote!(&#param) });
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
    /// arguments, and yields the async body.
    fn goroutine_block(&mut self, literal: FuncId, signature: &'p ast::FuncType, body: &'p ast::Block, args: &'p [ast::Expr]) -> TokenStream {
        let bindings = self.literal_param_bindings(literal, args, body);
        let clones = self.capture_clones(literal);
        let body_tokens = self.literal_body(literal, body, signature, true);
        quote!({
            #(#clones)*
            #(#bindings)*
            async move #body_tokens
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
            quote!({
                #(#clones)*
                #(#bindings)*
                move || #body_tokens
            })
        } else {
            let blocking = match self.program.callees.get(&inner.id) {
                Some(Callee::Func(id)) => self.program.func(*id).blocking,
                Some(Callee::Method(method)) => self.program.func(method.func).blocking,
                Some(Callee::Value) => self.program.dynamic_calls_block,
                _ => false,
            };
            if blocking {
                self.unsupported(stmt.span, "deferring a call that can block");
                return Vec::new();
            }
            // Arguments are evaluated now, the call runs later.
            let mut bindings = Vec::new();
            let variables = self.expression_variables(inner);
            for object in variables {
                let info = self.program.var_info(object).cloned().unwrap_or_default();
                let ty = self.program.object(object).ty;
                if info.global {
                    continue;
                }
                if self.func.as_ref().and_then(|state| state.self_receiver) == Some(object) {
                    self.unsupported(stmt.span, "deferring a call that uses a value receiver");
                    continue;
                }
                let name = ident(&self.local_name(object));
                if info.is_shared() || !self.is_copy(ty) {
                    bindings.push(quote!(let #name = #name.clone();));
                } else if info.is_mutated() {
                    bindings.push(quote!(let #name = #name;));
                }
            }
            let saved_async = self.func.as_ref().map(|state| state.is_async);
            if let Some(state) = self.func.as_mut() {
                state.is_async = false;
            }
            let call = self.value(inner);
            if let (Some(state), Some(saved)) = (self.func.as_mut(), saved_async) {
                state.is_async = saved;
            }
            quote!({
                #(#bindings)*
                move || { #call; }
            })
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
            return (self.to_interface(arg, from, target), precedence::POSTFIX);
        }
        // The underlying value of the operand.
        let (operand, operand_prec) = self.value_prec(arg);
        let (operand, operand_prec) = if from_named && (!target_named || program.types.underlying(from) != program.types.underlying(target) || target != from) {
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
                if let ExprKind::Slice { operand: array, low, high, max: None } = &strip_parens(arg).kind
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
                    let is_runes = program.types.elem(program.expr_type(array.id)).and_then(|e| program.types.as_basic(e)) == Some(Basic::Int32);
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
                if program.types.underlying(from) == program.types.underlying(target) || target_named || self.lib_type(target).is_some() {
                    (operand, operand_prec)
                } else if matches!(program.types.kind(target), TypeKind::Chan(..)) {
                    (operand, operand_prec)
                } else {
                    self.unsupported(span, format!("converting {} to {}", program.types.type_string(from), program.types.type_string(target)));
                    (quote!(()), precedence::POSTFIX)
                }
            }
        };
        if target_named {
            let name = self.rust_type(target, span);
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
        let arg_ty = |index: usize| args.get(index).map(|arg| program.expr_type(arg.id)).unwrap_or(program.types.invalid());
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
                    let name = self.rust_type(ty, span);
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
                    let name = self.rust_type(ty, span);
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
                let value = match program.expr(arg.id).and_then(|info| info.value.clone().map(|value| (value, info.ty))) {
                    Some((value, ty)) => self.constant(&value, ty, arg.span, true),
                    None => self.value(arg),
                };
                quote!(go2rs_runtime::panic::panic_value(#value))
            }
            Builtin::Min | Builtin::Max => {
                let ty = program.expr_type(expr.id);
                let values: Vec<TokenStream> = args.iter().map(|arg| self.value_as(arg, ty)).collect();
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
            Builtin::Print | Builtin::Println | Builtin::Recover | Builtin::Complex | Builtin::Real | Builtin::Imag => {
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
        let name = match self.program.types.kind(ty) {
            TypeKind::Basic(Basic::Int64) => Some("int64"),
            TypeKind::Basic(Basic::Uint) => Some("uint"),
            _ => None,
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

    fn stdlib_call(&mut self, call: &'p ast::Expr, package: &str, name: &str, id: FuncId, args: &'p [ast::Expr], ellipsis: bool) -> TokenStream {
        let span = call.span;
        let Some(module) = self.stdlib_module(package) else {
            self.unsupported(span, format!("{package}.{name}"));
            return quote!(());
        };
        let function = ident(&snake_case(name));
        if package == "fmt" {
            if ellipsis {
                self.unsupported(span, "passing a slice to fmt with ...");
                return quote!(());
            }
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
            let values: Vec<TokenStream> = rest.iter().map(|arg| self.fmt_argument(arg)).collect();
            return quote!(#module::#function(#(#fixed,)* &[#(#values),*]));
        }
        let func = self.program.func(id).clone();
        let params = self.program.types.signature(func.signature).map(|s| s.params.clone()).unwrap_or_default();
        let mut arguments = Vec::new();
        for (arg, param) in args.iter().zip(&params) {
            if package == "errors" && name == "New" {
                arguments.push(self.value(arg));
                continue;
            }
            if self.is_copy(*param) {
                arguments.push(self.value_as(arg, *param));
            } else if self.program.types.is_interface(*param) && self.program.expr_type(arg.id) != *param {
                let value = self.value_as(arg, *param);
                arguments.push(quote!(&#value));
            } else if self.program.types.is_string(*param) {
                arguments.push(self.string_argument(arg));
            } else {
                arguments.push(self.reference(arg));
            }
        }
        let call_tokens = quote!(#module::#function(#(#arguments),*));
        self.awaited(span, func.blocking, call_tokens)
    }

    /// The runtime module of a standard library package.
    pub fn stdlib_module(&mut self, package: &str) -> Option<TokenStream> {
        Some(match package {
            "bufio" => self.use_module("bufio"),
            "errors" => self.use_module("errors"),
            "fmt" => self.use_module("fmt"),
            "math" => self.use_module("math"),
            "os" => self.use_module("os"),
            "sort" => self.use_module("sort"),
            "strconv" => self.use_module("strconv"),
            "strings" => self.use_module("strings"),
            "sync" => self.use_module("sync"),
            "time" => self.use_module("time"),
            "unicode" => self.use_module("unicode"),
            "unicode/utf8" => self.use_module("utf8"),
            _ => return None,
        })
    }

    fn stdlib_method_call(&mut self, call: &'p ast::Expr, package: &str, name: &str, receiver: &'p ast::Expr, args: &'p [ast::Expr]) -> TokenStream {
        let span = call.span;
        let method = ident(&stdlib_method_name(name));
        let receiver_tokens = self.receiver(receiver);
        if package == "sync" && name == "Go" {
            // wg.Go(func() { ... })
            let arg = strip_parens(&args[0]);
            if let ExprKind::FuncLit { signature, body } = &arg.kind
                && let Some(&literal) = self.program.literals.get(&arg.id)
            {
                let task = self.goroutine_block(literal, signature, body, &[]);
                return quote!(#receiver_tokens.go(#task));
            }
            let function = self.value(arg);
            let blocking = self.program.dynamic_calls_block;
            let call_function = if blocking { quote!(function().await) } else { quote!(function()) };
            return quote!(#receiver_tokens.go({ let function = #function; async move { #call_function; } }));
        }
        let blocking = matches!((package, name), ("sync", "Wait" | "Lock" | "RLock"));
        // strings.Builder's writing methods change it in place.
        let receiver_ty = self.program.expr_type(receiver.id);
        let in_place = self.lib_type(receiver_ty) == Some(crate::ty::LibType::Builder);
        let arguments: Vec<TokenStream> = args
            .iter()
            .map(|arg| {
                let ty = self.program.expr_type(arg.id);
                if self.is_copy(ty) { self.value(arg) } else { self.reference(arg) }
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

impl<'p> Gen<'p> {
    /// Whether a pointer-receiver method uses its receiver only to read and
    /// write its fields: no closure or goroutine, no other use of the
    /// pointer, and nothing that blocks.
    fn receiver_stays_local(&self, method: FuncId) -> bool {
        let func = self.program.func(method);
        if func.blocking {
            return false;
        }
        let FuncKind::Declared { file, decl } = func.kind else {
            return false;
        };
        let ast::Decl::Func(decl) = &self.program.package.files[file].decls[decl] else {
            return false;
        };
        let (Some(body), Some(Some(receiver))) = (&decl.body, func.params.first()) else {
            return false;
        };
        struct Check<'g> {
            program: &'g go2rs_analysis::Program,
            receiver: ObjId,
            selector_operands: std::collections::HashSet<ast::ExprId>,
            ok: bool,
        }
        impl<'a> go2rs_analysis::walk::Visitor<'a> for Check<'_> {
            fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
                if matches!(stmt.kind, ast::StmtKind::Go(_) | ast::StmtKind::Defer(_)) {
                    self.ok = false;
                }
                self.ok
            }
            fn enter_expr(&mut self, expr: &'a ast::Expr) -> bool {
                match &expr.kind {
                    ExprKind::FuncLit { .. } => self.ok = false,
                    ExprKind::Selector { operand, .. } => {
                        if matches!(self.program.selections.get(&expr.id), Some(go2rs_analysis::Selection::Field { .. })) {
                            self.selector_operands.insert(strip_parens(operand).id);
                        }
                    }
                    ExprKind::Ident(ident) => {
                        if self.program.resolve(ident) == Some(self.receiver) && !self.selector_operands.contains(&expr.id) {
                            self.ok = false;
                        }
                    }
                    _ => {}
                }
                self.ok
            }
        }
        let mut check = Check {
            program: self.program,
            receiver: *receiver,
            selector_operands: std::collections::HashSet::new(),
            ok: true,
        };
        go2rs_analysis::walk::walk_stmts(&mut check, &body.stmts);
        check.ok
    }
}
