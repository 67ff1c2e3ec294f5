//! Package-level declarations: named types (structs and newtypes) with
//! their methods, constants, package variables, functions.

use std::collections::HashMap;

use go2rs_analysis::{ConstValue, FuncId, FuncKind, ObjKind, TypeId, TypeKind};
use go2rs_syntax::ast;
use proc_macro2::TokenStream;
use quote::quote;

use crate::Gen;
use crate::names::{Namespace, camel_case, ident, screaming_case, snake_case};

/// Runtime names the prelude brings in; user types avoid them.
const RUNTIME_TYPE_NAMES: &[&str] = &[
    "GoString",
    "Slice",
    "Map",
    "Chan",
    "Ptr",
    "Error",
    "Func",
    "Global",
    "Defers",
    "BoxFuture",
    "GoShift",
    "Option",
    "Result",
    "Some",
    "None",
    "Ok",
    "Err",
    "Vec",
    "Box",
    "String",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Any",
    "Iface",
    "Dynamic",
    "ErrorValue",
    "PointerError",
    "Arc",
    "GoType",
    "GoNumber",
    "GoComparable",
];

/// Whether a name is one the prelude or Rust's prelude brings in.
pub fn is_runtime_type_name(name: &str) -> bool {
    RUNTIME_TYPE_NAMES.contains(&name)
}

impl<'p> Gen<'p> {
    /// Names every package-level object, type, struct field and method.
    pub(crate) fn assign_global_names(&mut self) {
        let program = self.program;
        let mut types = Namespace::default();
        for reserved in RUNTIME_TYPE_NAMES {
            types.reserve(reserved);
        }
        let mut values = Namespace::default();
        for reserved in ["main", "go2rs_runtime", "std", "core", "alloc"] {
            values.reserve(reserved);
        }
        let mut constants = Namespace::default();
        for file in &program.package.files {
            for decl in &file.decls {
                match decl {
                    ast::Decl::Type(decl) => {
                        for spec in &decl.specs {
                            if let Some(object) = program.resolve(&spec.name) {
                                let name = types.fresh(&camel_case(&spec.name.name));
                                let ty = program.object(object).ty;
                                self.type_names.insert(ty, name.clone());
                                self.global_names.insert(object, name);
                            }
                        }
                    }
                    ast::Decl::Const(decl) => {
                        for spec in &decl.specs {
                            for name in &spec.names {
                                if let Some(object) = program.resolve(name) {
                                    let rust = constants.fresh(&screaming_case(&name.name));
                                    self.global_names.insert(object, rust);
                                }
                            }
                        }
                    }
                    ast::Decl::Var(decl) => {
                        for spec in &decl.specs {
                            for name in &spec.names {
                                if let Some(object) = program.resolve(name) {
                                    let rust = constants.fresh(&screaming_case(&name.name));
                                    self.global_names.insert(object, rust);
                                }
                            }
                        }
                    }
                    ast::Decl::Func(func) => {
                        if func.receiver.is_none()
                            && let Some(object) = program.resolve(&func.name)
                            && let ObjKind::Func(id) = program.object(object).kind
                        {
                            let rust = if func.name.name == "main" {
                                "main".to_string()
                            } else {
                                values.fresh(&snake_case(&func.name.name))
                            };
                            self.func_names.insert(id, rust.clone());
                            self.global_names.insert(object, rust);
                        }
                    }
                }
            }
        }
        // Types declared inside functions are hoisted to the module.
        for file in &program.package.files {
            for decl in &file.decls {
                if let ast::Decl::Func(func) = decl
                    && let Some(body) = &func.body
                {
                    for spec in local_type_specs(&body.stmts) {
                        if let Some(object) = program.resolve(&spec.name) {
                            let name = types.fresh(&camel_case(&spec.name.name));
                            self.type_names.insert(program.object(object).ty, name.clone());
                            self.global_names.insert(object, name);
                        }
                    }
                }
            }
        }
        self.type_namespace = types;
        // Methods, per receiver type.
        let mut per_type: HashMap<TypeId, Namespace> = HashMap::new();
        for (index, func) in program.funcs.iter().enumerate() {
            if let (Some((receiver, _)), FuncKind::Declared { .. }) = (func.receiver, &func.kind) {
                let namespace = per_type.entry(receiver).or_default();
                let name = namespace.fresh(&snake_case(&func.name));
                self.func_names.insert(FuncId(index as u32), name);
            }
        }
    }

    /// The Rust name of a struct field.
    pub fn field_name(&self, struct_ty: TypeId, go_name: &str) -> proc_macro2::Ident {
        let underlying = self.program.types.underlying(struct_ty);
        let mut namespace = Namespace::default();
        if let TypeKind::Struct(fields) = self.program.types.kind(underlying) {
            for field in fields {
                let name = namespace.fresh(&snake_case(&field.name));
                if field.name == go_name {
                    return ident(&name);
                }
            }
        }
        ident(&snake_case(go_name))
    }

    /// The module's items, in chunks (a type with its impls, a function)
    /// that are parsed and printed one at a time.
    pub(crate) fn items(&mut self) -> Vec<TokenStream> {
        let program = self.program;
        let mut items = Vec::new();
        // Constant items and their objects: emitted only when used.
        let mut constants: Vec<(usize, Option<go2rs_analysis::ObjId>)> = Vec::new();
        let mut methods: HashMap<TypeId, Vec<(usize, usize)>> = HashMap::new();
        let mut type_slots: HashMap<TypeId, usize> = HashMap::new();
        for (file_index, file) in program.package.files.iter().enumerate() {
            for (decl_index, decl) in file.decls.iter().enumerate() {
                if let ast::Decl::Func(func) = decl
                    && func.receiver.is_some()
                    && let Some(&id) = program.declared_funcs.get(&(file_index, decl_index))
                    && let Some((receiver, _)) = program.func(id).receiver
                {
                    methods.entry(receiver).or_default().push((file_index, decl_index));
                }
            }
        }
        for (file_index, file) in program.package.files.iter().enumerate() {
            let mut previous_end = Some(file.imports.last().map_or(file.package_name.span.end, |import| import.span.end));
            for (decl_index, decl) in file.decls.iter().enumerate() {
                let span = decl.span();
                match decl {
                    ast::Decl::Type(decl) => {
                        for spec in &decl.specs {
                            let (markers, docs) = self.comments.item_comments(spec.span, previous_end);
                            previous_end = Some(spec.span.end);
                            items.extend(markers);
                            if let Some(object) = program.resolve(&spec.name) {
                                type_slots.insert(program.object(object).ty, items.len());
                            }
                            items.push(self.type_item(spec, &docs, &methods));
                        }
                    }
                    ast::Decl::Const(decl) => {
                        let (markers, docs) = self.comments.item_comments(span, previous_end);
                        items.extend(markers);
                        let mut first = true;
                        for spec in &decl.specs {
                            for name in &spec.names {
                                let docs = if first { docs.clone() } else { Vec::new() };
                                first = false;
                                if let Some(item) = self.const_item(name, &docs) {
                                    constants.push((items.len(), program.resolve(name)));
                                    items.push(item);
                                }
                            }
                        }
                        previous_end = Some(span.end);
                    }
                    ast::Decl::Var(decl) => {
                        let (markers, docs) = self.comments.item_comments(span, previous_end);
                        items.extend(markers);
                        for spec in &decl.specs {
                            items.extend(self.global_items(spec, &docs));
                        }
                        previous_end = Some(span.end);
                    }
                    ast::Decl::Func(func) => {
                        // The function's local types, hoisted before it.
                        if let Some(body) = &func.body {
                            for spec in local_type_specs(&body.stmts) {
                                if spec.is_alias {
                                    continue;
                                }
                                if let Some(object) = program.resolve(&spec.name) {
                                    type_slots.insert(program.object(object).ty, items.len());
                                }
                                items.push(self.type_item(spec, &[], &methods));
                            }
                        }
                        if func.receiver.is_some() {
                            // Emitted with its type.
                            continue;
                        }
                        let (markers, docs) = self.comments.item_comments(span, previous_end);
                        previous_end = Some(span.end);
                        items.extend(markers);
                        if let Some(&id) = program.declared_funcs.get(&(file_index, decl_index)) {
                            items.push(self.function_item(id, func, &docs));
                        }
                    }
                }
            }
        }
        for (index, object) in constants {
            if object.is_none_or(|object| !self.used_constants.contains(&object)) {
                items[index] = TokenStream::new();
            }
        }
        // The structs standing for anonymous struct types (their fields can
        // name more of them).
        let mut emitted = std::collections::BTreeSet::new();
        loop {
            let pending: Vec<(TypeId, String)> = self
                .anonymous_structs
                .iter()
                .filter(|(ty, _)| !emitted.contains(*ty))
                .map(|(ty, name)| (*ty, name.clone()))
                .collect();
            if pending.is_empty() {
                break;
            }
            for (ty, name) in pending {
                emitted.insert(ty);
                type_slots.insert(ty, items.len());
                items.push(self.anonymous_struct_item(ty, &name));
            }
        }
        // What interfaces need, now that every conversion is known: after
        // each type its `Dynamic` and trait impls, after each interface the
        // list of its implementations.
        let (per_type, per_interface, tail) = self.interface_items();
        for (ty, tokens) in per_type.into_iter().chain(per_interface) {
            match type_slots.get(&ty) {
                Some(&index) => items[index].extend(tokens),
                None => items.push(tokens),
            }
        }
        items.push(tail);
        items
    }

    fn type_item(&mut self, spec: &'p ast::TypeSpec, docs: &[TokenStream], methods: &HashMap<TypeId, Vec<(usize, usize)>>) -> TokenStream {
        let program = self.program;
        if spec.is_alias {
            // `type A = B` is another name for B: uses of A are B's.
            return TokenStream::new();
        }
        let Some(object) = program.resolve(&spec.name) else {
            return TokenStream::new();
        };
        let ty = program.object(object).ty;
        let name = ident(&self.type_names[&ty]);
        let go_name = format!("main.{}", spec.name.name);
        let underlying = program.types.underlying(ty);
        if program.types.is_interface(ty) {
            // The trait is written once every call is known (an uncalled
            // method is allowed to be dead code).
            self.interface_trait_name(ty);
            self.interfaces.docs.insert(ty, docs.to_vec());
            return TokenStream::new();
        }
        if matches!(program.types.kind(underlying), TypeKind::Constraint { .. }) {
            // A constraint: bounds in Rust, nothing to declare.
            return TokenStream::new();
        }
        let type_params = program
            .types
            .named_info(ty)
            .map(|named| named.type_params.clone())
            .unwrap_or_default();
        if !type_params.is_empty() {
            return self.generic_type_item(spec, ty, &type_params, docs, methods);
        }
        let (comparable, hashable, _) = self.derived_comparisons(ty);
        let copy = self.is_copy(ty);
        let mut derives = vec![quote!(Clone)];
        if copy {
            derives.push(quote!(Copy));
        }
        derives.push(quote!(Default));
        if comparable {
            derives.push(quote!(PartialEq));
        }
        if hashable {
            derives.push(quote!(Eq));
            derives.push(quote!(Hash));
        }
        // fmt prints maps with their keys sorted; a struct key needs an
        // order, field by field as Go sorts them.
        let struct_underlying = matches!(program.types.kind(underlying), TypeKind::Struct(_));
        if hashable && struct_underlying && self.orderable(ty) {
            derives.push(quote!(PartialOrd));
            derives.push(quote!(Ord));
        }
        // Which String/Error method formatting goes through.
        let method_entries = methods.get(&ty).cloned().unwrap_or_default();
        let mut format_method = TokenStream::new();
        for (file, decl) in &method_entries {
            if let Some(&id) = program.declared_funcs.get(&(*file, *decl)) {
                let func = program.func(id);
                let signature = program.types.signature(func.signature);
                let returns_string = signature.is_some_and(|s| {
                    s.params.is_empty()
                        && s.results.len() == 1
                        && program.types.as_basic(s.results[0]) == Some(go2rs_analysis::Basic::String)
                });
                if matches!(func.name.as_str(), "String" | "Error" | "GoString") && returns_string && !func.blocking {
                    let method = ident(&self.func_names[&id]);
                    let kind = ident(&func.name);
                    let pointer = func.receiver.is_some_and(|(_, pointer)| pointer);
                    let entry = if pointer {
                        quote!(; *#kind = #name::#method)
                    } else if copy {
                        // The method takes `self` by value; fmt lends a reference.
                        quote!(; #kind = |value: &#name| value.#method())
                    } else {
                        quote!(; #kind = #name::#method)
                    };
                    format_method.extend(entry);
                }
            }
        }
        let definition = match program.types.kind(underlying).clone() {
            TypeKind::Struct(fields) => {
                let mut field_tokens = Vec::new();
                let mut value_fields = Vec::new();
                let mut namespace = Namespace::default();
                let field_decls: Vec<&ast::FieldDecl> = match &spec.ty.kind {
                    ast::TypeExprKind::Struct(decls) => decls.iter().collect(),
                    _ => Vec::new(),
                };
                let mut field_index = 0;
                for decl in &field_decls {
                    let (markers, field_docs) = self.comments.item_comments(decl.span, None);
                    let _ = markers;
                    let count = decl.names.len().max(1);
                    for _ in 0..count {
                        let Some(field) = fields.get(field_index) else {
                            break;
                        };
                        field_index += 1;
                        let rust_name = ident(&namespace.fresh(&snake_case(&field.name)));
                        let field_ty = self.rust_type(field.ty, decl.span);
                        field_tokens.push(quote!(#(#field_docs)* #rust_name: #field_ty));
                        let go_field = field.name.clone();
                        value_fields.push(quote!(#rust_name => #go_field));
                    }
                }
                quote! {
                    #(#docs)*
                    #[derive(#(#derives),*)]
                    struct #name {
                        #(#field_tokens),*
                    }
                    go2rs_runtime::impl_go_struct!(#name, #go_name #(, #value_fields)* #format_method);
                }
            }
            _ => {
                let inner = self.rust_type(underlying, spec.ty.span);
                let mut extra = Vec::new();
                let basic = program.types.as_basic(underlying);
                if basic.is_some_and(|b| b.is_numeric() || b.is_string()) {
                    derives.push(quote!(PartialOrd));
                    if hashable {
                        derives.push(quote!(Ord));
                    }
                }
                if basic.is_some_and(|b| b.is_numeric()) {
                    extra.push(quote!(go2rs_runtime::impl_go_number!(#name, #inner);));
                }
                if basic.is_some_and(|b| b.is_integer()) {
                    extra.push(quote!(go2rs_runtime::impl_go_bits!(#name);));
                }
                if basic.is_some_and(|b| b.is_float()) {
                    extra.push(quote!(go2rs_runtime::impl_go_float!(#name);));
                }
                if basic.is_some_and(|b| b.is_string()) {
                    // cmp.Ordered, for generic code.
                    extra.push(quote!(go2rs_runtime::impl_go_ordered!(#name, #inner);));
                }
                quote! {
                    #(#docs)*
                    #[derive(#(#derives),*)]
                    struct #name(#inner);
                    go2rs_runtime::impl_go_named!(#name(#inner), #go_name #format_method);
                    #(#extra)*
                }
            }
        };
        let mut method_items = Vec::new();
        let mut previous_end = None;
        for (file, decl) in method_entries {
            let ast::Decl::Func(func) = &program.package.files[file].decls[decl] else {
                continue;
            };
            let Some(&id) = program.declared_funcs.get(&(file, decl)) else {
                continue;
            };
            let (_, method_docs) = self.comments.item_comments(func.span, previous_end);
            previous_end = Some(func.span.end);
            method_items.push(self.function_item(id, func, &method_docs));
        }
        let methods_block = if method_items.is_empty() {
            TokenStream::new()
        } else {
            quote! {
                impl #name {
                    #(#method_items)*
                }
            }
        };
        quote! {
            #definition
            #methods_block
        }
    }

    /// The struct standing for an anonymous struct type.
    fn anonymous_struct_item(&mut self, ty: TypeId, name: &str) -> TokenStream {
        let program = self.program;
        let TypeKind::Struct(fields) = program.types.kind(ty).clone() else {
            return TokenStream::new();
        };
        let name = ident(name);
        let go_name = program.types.type_string(ty);
        let (comparable, hashable, ord) = self.derived_comparisons(ty);
        let mut derives = vec![quote!(Clone)];
        if self.is_copy(ty) {
            derives.push(quote!(Copy));
        }
        derives.push(quote!(Default));
        if comparable {
            derives.push(quote!(PartialEq));
        }
        if hashable {
            derives.push(quote!(Eq));
            derives.push(quote!(Hash));
        }
        if ord {
            derives.push(quote!(PartialOrd));
            derives.push(quote!(Ord));
        }
        let mut field_tokens = Vec::new();
        let mut value_fields = Vec::new();
        for field in &fields {
            let rust_name = self.field_name(ty, &field.name);
            let field_ty = self.rust_type(field.ty, go2rs_syntax::Span::default());
            field_tokens.push(quote!(#rust_name: #field_ty));
            let go_field = field.name.clone();
            value_fields.push(quote!(#rust_name => #go_field));
        }
        let doc = format!(" Go's `{go_name}`.");
        quote! {
            #[doc = #doc]
            #[derive(#(#derives),*)]
            struct #name {
                #(#field_tokens),*
            }
            go2rs_runtime::impl_go_struct!(#name, #go_name #(, #value_fields)*);
        }
    }

    /// Which comparison traits a named type derives: `PartialEq` (Go's
    /// `==`), `Eq + Hash` (map keys), `Ord` (printing maps sorted).
    pub fn derived_comparisons(&self, ty: TypeId) -> (bool, bool, bool) {
        let program = self.program;
        let comparable = program.types.comparable(ty);
        let hashable = comparable && !self.contains_float(ty) && self.hashable(ty);
        let underlying = program.types.underlying(ty);
        let ord = match program.types.kind(underlying) {
            TypeKind::Struct(_) => hashable && self.orderable(ty),
            TypeKind::Basic(basic) => hashable && (basic.is_numeric() || basic.is_string()),
            _ => false,
        };
        (comparable, hashable, ord)
    }

    /// A generic type: `struct Stack<T> { ... }`, its `Value` for every
    /// instance, its methods in `impl<T: ...> Stack<T>`.
    fn generic_type_item(
        &mut self,
        spec: &'p ast::TypeSpec,
        ty: TypeId,
        params: &[TypeId],
        docs: &[TokenStream],
        methods: &HashMap<TypeId, Vec<(usize, usize)>>,
    ) -> TokenStream {
        let program = self.program;
        let name = ident(&self.type_names[&ty]);
        let go_name = format!("main.{}", spec.name.name);
        let args = self.generic_args(params);
        let generics = self.generic_params(params);
        let underlying = program.types.underlying(ty);
        let (comparable, hashable, ord) = self.derived_comparisons(ty);
        let mut derives = vec![quote!(Clone), quote!(Default)];
        if comparable {
            derives.push(quote!(PartialEq));
        }
        if hashable {
            derives.push(quote!(Eq));
            derives.push(quote!(Hash));
        }
        if ord {
            derives.push(quote!(PartialOrd));
            derives.push(quote!(Ord));
        }
        let param_names: Vec<proc_macro2::Ident> = params.iter().map(|param| self.type_param_name(*param)).collect();
        let bound_list = self.generic_bound_list(params);
        // String/Error/GoString methods, for fmt.
        let mut format_methods = TokenStream::new();
        for (file, decl) in methods.get(&ty).cloned().unwrap_or_default() {
            if let Some(&id) = program.declared_funcs.get(&(file, decl)) {
                let func = program.func(id);
                let returns_string = program.types.signature(func.signature).is_some_and(|s| {
                    s.params.is_empty()
                        && s.results.len() == 1
                        && program.types.as_basic(s.results[0]) == Some(go2rs_analysis::Basic::String)
                });
                if matches!(func.name.as_str(), "String" | "Error" | "GoString") && returns_string && !func.blocking {
                    let method = ident(&self.func_names[&id]);
                    let kind = ident(&func.name);
                    if func.receiver.is_some_and(|(_, pointer)| pointer) {
                        format_methods.extend(quote!(; *#kind = Self::#method));
                    } else {
                        format_methods.extend(quote!(; #kind = Self::#method));
                    }
                }
            }
        }
        let definition = match program.types.kind(underlying).clone() {
            TypeKind::Struct(fields) => {
                let mut field_tokens = Vec::new();
                let mut value_fields = Vec::new();
                for field in &fields {
                    let rust_name = self.field_name(ty, &field.name);
                    let field_ty = self.rust_type(field.ty, spec.span);
                    field_tokens.push(quote!(#rust_name: #field_ty));
                    let go_field = field.name.clone();
                    value_fields.push(quote!(#rust_name => #go_field));
                }
                quote! {
                    #(#docs)*
                    #[derive(#(#derives),*)]
                    struct #name #args {
                        #(#field_tokens),*
                    }
                    go2rs_runtime::impl_go_generic_struct!([#(#bound_list),*] [#(#param_names),*] #name #args, #go_name #(, #value_fields)* #format_methods);
                }
            }
            _ => {
                let inner = self.rust_type(underlying, spec.ty.span);
                quote! {
                    #(#docs)*
                    #[derive(#(#derives),*)]
                    struct #name #args(#inner);
                    go2rs_runtime::impl_go_generic_named!([#(#bound_list),*] [#(#param_names),*] #name #args, #go_name #format_methods);
                }
            }
        };
        let mut method_items = Vec::new();
        let mut previous_end = None;
        for (file, decl) in methods.get(&ty).cloned().unwrap_or_default() {
            let ast::Decl::Func(func) = &program.package.files[file].decls[decl] else {
                continue;
            };
            let Some(&id) = program.declared_funcs.get(&(file, decl)) else {
                continue;
            };
            let (_, method_docs) = self.comments.item_comments(func.span, previous_end);
            previous_end = Some(func.span.end);
            method_items.push(self.function_item(id, func, &method_docs));
        }
        let methods_block = if method_items.is_empty() {
            TokenStream::new()
        } else {
            quote! {
                impl #generics #name #args {
                    #(#method_items)*
                }
            }
        };
        quote! {
            #definition
            #methods_block
        }
    }

    pub(crate) fn contains_float(&self, ty: TypeId) -> bool {
        let types = &self.program.types;
        match types.underlying_kind(ty) {
            TypeKind::Basic(basic) => basic.is_float() || basic.is_complex(),
            TypeKind::Struct(fields) => fields.iter().any(|field| self.contains_float(field.ty)),
            TypeKind::Array(_, elem) => self.contains_float(*elem),
            _ => false,
        }
    }

    /// Whether the Rust representation is `GoComparable` (`Eq`, `Hash` and
    /// `Ord`): what a `comparable` type argument and a map key must be.
    pub(crate) fn rust_comparable(&self, ty: TypeId) -> bool {
        let types = &self.program.types;
        types.is_type_param(ty) || types.is_interface(ty) || (!self.contains_float(ty) && self.hashable(ty) && self.orderable(ty))
    }

    /// Whether the Rust representation implements `Ord`.
    fn orderable(&self, ty: TypeId) -> bool {
        let types = &self.program.types;
        if self.lib_type(ty).is_some() {
            return matches!(self.lib_type(ty), Some(crate::ty::LibType::Duration));
        }
        match types.underlying_kind(ty) {
            TypeKind::Basic(basic) => !basic.is_float() && !basic.is_complex(),
            // Ordered by address in the runtime.
            TypeKind::Pointer(_) => !self.is_handle_pointer(ty),
            TypeKind::Chan(..) => true,
            TypeKind::Struct(fields) => fields.iter().all(|field| self.orderable(field.ty)),
            TypeKind::Array(_, elem) => self.orderable(*elem),
            _ => false,
        }
    }

    /// Whether the Rust representation implements `Hash`.
    fn hashable(&self, ty: TypeId) -> bool {
        let types = &self.program.types;
        if types.is_interface(ty) {
            return true;
        }
        if self.lib_type(ty).is_some() {
            return matches!(self.lib_type(ty), Some(crate::ty::LibType::Duration));
        }
        match types.underlying_kind(ty) {
            TypeKind::Basic(_) | TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
            TypeKind::Struct(fields) => fields.iter().all(|field| self.hashable(field.ty)),
            TypeKind::Array(_, elem) => self.hashable(*elem),
            _ => false,
        }
    }

    /// A constant's Rust type: its declared type, or the default type of an
    /// untyped constant. Strings are `&'static str`.
    pub fn const_rust_type(&mut self, ty: TypeId, span: go2rs_syntax::Span) -> TokenStream {
        let ty = self.program.types.default_type(ty);
        if self.program.types.is_string(ty) {
            return quote!(&str);
        }
        self.rust_type(ty, span)
    }

    fn const_item(&mut self, name: &'p ast::Ident, docs: &[TokenStream]) -> Option<TokenStream> {
        let program = self.program;
        if name.is_blank() {
            return None;
        }
        let object = program.resolve(name)?;
        let ObjKind::Const(value) = &program.object(object).kind else {
            return None;
        };
        let ty = program.types.default_type(program.object(object).ty);
        if !self.const_fits(value, ty) {
            // Only used folded into expressions (`1 << 100 >> 98`).
            return None;
        }
        let rust_name = ident(&self.global_names[&object]);
        let rust_ty = self.const_rust_type(ty, name.span);
        let value = self.const_value_for_item(value, ty, name.span);
        Some(quote! {
            #(#docs)*
            const #rust_name: #rust_ty = #value;
        })
    }

    /// Whether a constant's value fits its (default) type: a Go untyped
    /// constant may be wider than any Rust type.
    pub fn const_fits(&self, value: &ConstValue, ty: TypeId) -> bool {
        let underlying = self.program.types.underlying(ty);
        match (value, self.program.types.as_basic(underlying)) {
            (ConstValue::Int(v), Some(basic)) if basic.is_integer() => {
                let (min, max): (i128, i128) = match basic {
                    go2rs_analysis::Basic::Int8 => (i8::MIN as i128, i8::MAX as i128),
                    go2rs_analysis::Basic::Int16 => (i16::MIN as i128, i16::MAX as i128),
                    go2rs_analysis::Basic::Int32 | go2rs_analysis::Basic::UntypedRune => (i32::MIN as i128, i32::MAX as i128),
                    go2rs_analysis::Basic::Uint8 => (0, u8::MAX as i128),
                    go2rs_analysis::Basic::Uint16 => (0, u16::MAX as i128),
                    go2rs_analysis::Basic::Uint32 => (0, u32::MAX as i128),
                    go2rs_analysis::Basic::Uint | go2rs_analysis::Basic::Uint64 | go2rs_analysis::Basic::Uintptr => (0, u64::MAX as i128),
                    _ => (i64::MIN as i128, i64::MAX as i128),
                };
                (min..=max).contains(v)
            }
            (ConstValue::Float(f), Some(basic)) if basic.is_integer() => {
                f.to_integer().is_some_and(|v| self.const_fits(&ConstValue::Int(v), ty))
            }
            _ => true,
        }
    }

    /// A constant in a `const` item: strings as `&str` literals.
    pub fn const_value_for_item(&mut self, value: &ConstValue, ty: TypeId, span: go2rs_syntax::Span) -> TokenStream {
        self.in_const = true;
        let tokens = self.const_value_tokens(value, ty, span);
        self.in_const = false;
        tokens
    }

    fn const_value_tokens(&mut self, value: &ConstValue, ty: TypeId, span: go2rs_syntax::Span) -> TokenStream {
        if let ConstValue::String(bytes) = value {
            return match std::str::from_utf8(bytes) {
                Ok(text) => quote!(#text),
                Err(_) => {
                    self.unsupported(span, "string constants that are not valid UTF-8");
                    quote!("")
                }
            };
        }
        self.constant(value, ty, span, false)
    }

    fn global_items(&mut self, spec: &'p ast::VarSpec, docs: &[TokenStream]) -> Vec<TokenStream> {
        let program = self.program;
        let mut items = Vec::new();
        for (index, name) in spec.names.iter().enumerate() {
            if name.is_blank() {
                continue;
            }
            let Some(object) = program.resolve(name) else {
                continue;
            };
            let ty = program.object(object).ty;
            let rust_name = ident(&self.global_names[&object]);
            let rust_ty = self.rust_type(ty, name.span);
            let init = match spec.values.get(index) {
                Some(value) if spec.values.len() == spec.names.len() => {
                    self.func = Some(crate::stmt::FuncState::for_initializer());
                    let value = self.value_as(value, ty);
                    self.func = None;
                    value
                }
                Some(_) | None if !spec.values.is_empty() => {
                    self.unsupported(spec.span, "package variables initialised from a call with several results");
                    quote!(Default::default())
                }
                _ => self.zero_value(ty, name.span),
            };
            let global = self.use_item("Global");
            let docs = if index == 0 { docs.to_vec() } else { Vec::new() };
            // `Global::new(Slice::nil)` rather than a closure that only
            // calls it.
            let initializer = match syn::parse2::<syn::Expr>(init.clone()) {
                Ok(syn::Expr::Call(call)) if call.args.is_empty() && matches!(*call.func, syn::Expr::Path(_)) => {
                    let func = call.func;
                    quote!(#func)
                }
                _ => quote!(|| #init),
            };
            items.push(quote! {
                #(#docs)*
                static #rust_name: #global<#rust_ty> = #global::new(#initializer);
            });
        }
        items
    }

    fn function_item(&mut self, id: FuncId, decl: &'p ast::FuncDecl, docs: &[TokenStream]) -> TokenStream {
        let program = self.program;
        let func = program.func(id);
        let Some(body) = &decl.body else {
            return TokenStream::new();
        };
        let name = ident(&self.func_names[&id]);
        if func.name == "main" && func.receiver.is_none() {
            let body = self.function_body(id, body, &decl.signature);
            return quote! {
                #(#docs)*
                fn main() {
                    go2rs_runtime::main(async #body)
                }
            };
        }
        let signature = program.types.signature(func.signature).cloned();
        let Some(signature) = signature else {
            return TokenStream::new();
        };
        let mut params = Vec::new();
        // The receiver.
        if let (Some((receiver_ty, pointer)), Some(receiver)) = (func.receiver, &decl.receiver) {
            let receiver_name = receiver
                .names
                .first()
                .filter(|name| !name.is_blank())
                .map(|name| snake_case(&name.name))
                .unwrap_or_else(|| "receiver".to_string());
            if pointer {
                let rust = self.rust_type(receiver_ty, receiver.span);
                // An unread receiver is `_` (Rust warns about unused names).
                let read = receiver.names.first().and_then(|name| program.resolve(name)).is_some_and(|object| {
                    decl.body
                        .as_ref()
                        .is_some_and(|body| crate::stmt::reads_variable(program, &body.stmts, object))
                });
                let receiver_ident = if read { ident(&receiver_name) } else { ident("_") };
                let ptr = self.use_item("Ptr");
                params.push(quote!(#receiver_ident: &#ptr<#rust>));
            } else if self.is_copy(receiver_ty) {
                // A small value is passed by value, as Go does.
                params.push(quote!(self));
            } else {
                params.push(quote!(&self));
            }
        }
        let mut param_index = 0;
        for group in &decl.signature.params {
            let count = group.names.len().max(1);
            for position in 0..count {
                let ty = signature.params.get(param_index).copied().unwrap_or(program.types.invalid());
                param_index += 1;
                let rust_ty = self.rust_type(ty, group.span);
                let param_name = match group.names.get(position) {
                    Some(name) if !name.is_blank() => {
                        let object = program.resolve(name);
                        let info = object.and_then(|object| program.var_info(object));
                        if info.is_some_and(|info| !info.captured)
                            && object.is_some_and(|object| !crate::stmt::reads_variable(program, &body.stmts, object))
                        {
                            // Go does not mind unused parameters; Rust does.
                            params.push(quote!(_: #rust_ty));
                            continue;
                        }
                        let name_ident = ident(&snake_case(&name.name));
                        let mutable = info.is_some_and(|info| info.is_mutated() && !info.is_shared());
                        if mutable { quote!(mut #name_ident) } else { quote!(#name_ident) }
                    }
                    _ => quote!(_),
                };
                params.push(quote!(#param_name: #rust_ty));
            }
        }
        let result = self.result_type(&signature.results, decl.span);
        let returns = if signature.results.is_empty() {
            TokenStream::new()
        } else {
            quote!(-> #result)
        };
        let body = self.function_body(id, body, &decl.signature);
        // A generic function's type parameters (a method's are its type's,
        // on the impl block).
        let generics = if func.receiver.is_none() {
            self.generic_params(&func.type_params.clone())
        } else {
            TokenStream::new()
        };
        if func.blocking && func.recursive {
            let boxed = self.use_item("BoxFuture");
            let lifetime = if func.receiver.is_some_and(|(_, pointer)| pointer) {
                quote!('_)
            } else {
                quote!('static)
            };
            return quote! {
                #(#docs)*
                fn #name #generics(#(#params),*) -> #boxed<#lifetime, #result> {
                    Box::pin(async move #body)
                }
            };
        }
        if func.blocking && func.spawn_recursive && generics.is_empty() {
            // It starts itself as a goroutine: Rust cannot infer that an
            // async fn's future is `Send` when that future spawns itself,
            // so the signature declares it (which `async fn` cannot: hence
            // the allowed lint).
            // (`Future` is in the prelude of Rust 2024.)
            return quote! {
                #(#docs)*
                #[allow(clippy::manual_async_fn)]
                fn #name(#(#params),*) -> impl Future<Output = #result> + Send {
                    async move #body
                }
            };
        }
        let asyncness = if func.blocking { quote!(async) } else { TokenStream::new() };
        quote! {
            #(#docs)*
            #asyncness fn #name #generics(#(#params),*) #returns #body
        }
    }
}

/// The type declarations inside a function body (nested literals included).
fn local_type_specs(stmts: &[ast::Stmt]) -> Vec<&ast::TypeSpec> {
    struct Specs<'a>(Vec<&'a ast::TypeSpec>);
    impl<'a> go2rs_analysis::walk::Visitor<'a> for Specs<'a> {
        fn enter_stmt(&mut self, stmt: &'a ast::Stmt) -> bool {
            if let ast::StmtKind::Type(decl) = &stmt.kind {
                self.0.extend(decl.specs.iter());
            }
            true
        }
    }
    let mut specs = Specs(Vec::new());
    go2rs_analysis::walk::walk_stmts(&mut specs, stmts);
    specs.0
}
