//! The Go type checker: scopes, package-level declarations (resolved lazily,
//! in any order, as Go allows), function bodies.

mod call;
mod expr;
mod stmt;
mod typexpr;

use std::collections::{HashMap, HashSet};

use go2rs_syntax::ast::{self, ExprId, NodeId};
use go2rs_syntax::{Diagnostic, Diagnostics, SourceMap, Span};

use crate::constant::ConstValue;
use crate::types::{Basic, Method, Signature, TypeId, TypeKind, TypeTable};
use crate::{Builtin, Callee, ExprInfo, FuncId, FuncInfo, FuncKind, Mode, ObjId, ObjKind, Object, Program, Selection, VarInfo};

/// Diagnostic codes of the analysis stage.
pub(crate) mod codes {
    /// A Go compile error (the Go toolchain rejects the program too).
    pub const TYPE_ERROR: &str = "E0100";
    /// A name that is not declared.
    pub const UNDEFINED: &str = "E0101";
    /// A local variable or import that is never used.
    pub const UNUSED: &str = "E0102";
    /// An import go2rs does not support.
    pub const UNSUPPORTED_IMPORT: &str = "E0200";
    /// A standard library function or method go2rs does not support.
    pub const UNSUPPORTED_LIBRARY: &str = "E0201";
}

/// An expression's type-checking result.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub value: Option<ConstValue>,
}

impl Operand {
    pub fn invalid(types: &TypeTable) -> Operand {
        Operand {
            mode: Mode::Value,
            ty: types.invalid(),
            value: None,
        }
    }
}

type Scope = HashMap<String, ObjId>;

/// A package-level declaration not resolved yet.
#[derive(Clone, Copy)]
enum Pending<'a> {
    Type(&'a ast::TypeSpec),
    Const {
        spec: &'a ast::ConstSpec,
        /// The spec whose type and values this one repeats.
        source: &'a ast::ConstSpec,
        index: usize,
    },
    Var {
        spec: &'a ast::VarSpec,
        index: usize,
    },
}

pub(crate) struct Checker<'a> {
    sources: &'a SourceMap,
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub funcs: Vec<FuncInfo>,
    pub exprs: Vec<Option<ExprInfo>>,
    pub defs: HashMap<NodeId, ObjId>,
    pub uses: HashMap<NodeId, ObjId>,
    pub callees: HashMap<ExprId, Callee>,
    pub selections: HashMap<ExprId, Selection>,
    pub literals: HashMap<ExprId, FuncId>,
    pub declared_funcs: HashMap<(usize, usize), FuncId>,
    pub diagnostics: Diagnostics,
    universe: Scope,
    /// Loaded standard library packages: import path → members.
    packages: HashMap<String, Scope>,
    /// Block scopes of the function being checked (innermost last).
    scopes: Vec<Scope>,
    /// Members of the package being checked.
    package_scope: Scope,
    /// Import names of the file being checked.
    file_scope: Scope,
    /// Each file's import names (the main package's files).
    file_scopes: Vec<Scope>,
    /// The file of each pending package-level declaration.
    pending_file: HashMap<ObjId, usize>,
    /// The file whose declarations are being collected.
    collecting_file: usize,
    /// The standard library package being checked; `None` for main.
    current_package: Option<String>,
    /// Records expression and identifier facts (only for the main package:
    /// standard library stubs have their own id space).
    recording: bool,
    pending: HashMap<ObjId, Pending<'a>>,
    resolving: HashSet<ObjId>,
    /// The function whose body is being checked.
    pub current_func: Option<FuncId>,
    iota: Option<i128>,
    /// Import objects that were used, to report unused imports.
    used_imports: HashSet<ObjId>,
    /// Local variables in declaration order, to report unused ones.
    local_vars: Vec<ObjId>,
    imported: Vec<String>,
    /// Import declarations (by path position) and their package objects.
    import_objects: HashMap<(u32, u32), ObjId>,
    /// Names of imports that were reported unsupported: their uses are not
    /// reported again.
    pub unsupported_imports: HashSet<String>,
    /// Map key types named while their own definition is resolved
    /// (`type T struct{ m map[T]int }`), checked once it is.
    pub deferred_map_keys: Vec<(TypeId, Span)>,
    /// Selectors of promoted fields and methods, with the embedded fields
    /// they pass through.
    pub promotions: HashMap<ExprId, Vec<crate::lookup::EmbedStep>>,
    /// The functions standing for interface methods.
    pub interface_methods: HashMap<(TypeId, String), FuncId>,
    pub type_switch_vars: HashMap<(NodeId, usize), ObjId>,
    /// The types listed by type switch cases, by their span.
    pub type_switch_cases: HashMap<Span, TypeId>,
    /// The `&target` argument of the `errors.As` call being checked.
    pub out_argument: Option<ExprId>,
    pub instantiations: HashMap<ExprId, Vec<TypeId>>,
}

impl<'a> Checker<'a> {
    fn new(sources: &'a SourceMap, expr_count: u32) -> Checker<'a> {
        let mut checker = Checker {
            sources,
            types: TypeTable::new(),
            objects: Vec::new(),
            funcs: Vec::new(),
            exprs: vec![None; expr_count as usize],
            defs: HashMap::new(),
            uses: HashMap::new(),
            callees: HashMap::new(),
            selections: HashMap::new(),
            literals: HashMap::new(),
            declared_funcs: HashMap::new(),
            diagnostics: Diagnostics::default(),
            universe: Scope::new(),
            packages: HashMap::new(),
            scopes: Vec::new(),
            package_scope: Scope::new(),
            file_scope: Scope::new(),
            file_scopes: Vec::new(),
            pending_file: HashMap::new(),
            collecting_file: 0,
            current_package: None,
            recording: true,
            pending: HashMap::new(),
            resolving: HashSet::new(),
            current_func: None,
            iota: None,
            used_imports: HashSet::new(),
            local_vars: Vec::new(),
            imported: Vec::new(),
            import_objects: HashMap::new(),
            unsupported_imports: HashSet::new(),
            deferred_map_keys: Vec::new(),
            promotions: HashMap::new(),
            interface_methods: HashMap::new(),
            type_switch_vars: HashMap::new(),
            type_switch_cases: HashMap::new(),
            out_argument: None,
            instantiations: HashMap::new(),
        };
        checker.populate_universe();
        checker
    }

    fn populate_universe(&mut self) {
        let span = Span::default();
        let basics = [
            ("bool", Basic::Bool),
            ("int", Basic::Int),
            ("int8", Basic::Int8),
            ("int16", Basic::Int16),
            ("int32", Basic::Int32),
            ("rune", Basic::Int32),
            ("int64", Basic::Int64),
            ("uint", Basic::Uint),
            ("uint8", Basic::Uint8),
            ("byte", Basic::Uint8),
            ("uint16", Basic::Uint16),
            ("uint32", Basic::Uint32),
            ("uint64", Basic::Uint64),
            ("uintptr", Basic::Uintptr),
            ("float32", Basic::Float32),
            ("float64", Basic::Float64),
            ("complex64", Basic::Complex64),
            ("complex128", Basic::Complex128),
            ("string", Basic::String),
        ];
        for (name, basic) in basics {
            let ty = self.types.basic(basic);
            let id = self.new_object(name, ObjKind::TypeName, ty, span);
            self.universe.insert(name.to_string(), id);
        }
        let error = self.types.error;
        let id = self.new_object("error", ObjKind::TypeName, error, span);
        self.universe.insert("error".to_string(), id);
        let any = self.types.any;
        let id = self.new_object("any", ObjKind::TypeName, any, span);
        self.universe.insert("any".to_string(), id);
        let comparable = self.types.comparable;
        let id = self.new_object("comparable", ObjKind::TypeName, comparable, span);
        self.universe.insert("comparable".to_string(), id);
        let untyped_bool = self.types.basic(Basic::UntypedBool);
        for (name, value) in [("true", true), ("false", false)] {
            let id = self.new_object(name, ObjKind::Const(ConstValue::Bool(value)), untyped_bool, span);
            self.universe.insert(name.to_string(), id);
        }
        let untyped_int = self.types.basic(Basic::UntypedInt);
        let id = self.new_object("iota", ObjKind::Const(ConstValue::Int(0)), untyped_int, span);
        self.universe.insert("iota".to_string(), id);
        let untyped_nil = self.types.basic(Basic::UntypedNil);
        let id = self.new_object("nil", ObjKind::Nil, untyped_nil, span);
        self.universe.insert("nil".to_string(), id);
        let builtins = [
            Builtin::Append,
            Builtin::Cap,
            Builtin::Clear,
            Builtin::Close,
            Builtin::Complex,
            Builtin::Copy,
            Builtin::Delete,
            Builtin::Imag,
            Builtin::Len,
            Builtin::Make,
            Builtin::Max,
            Builtin::Min,
            Builtin::New,
            Builtin::Panic,
            Builtin::Print,
            Builtin::Println,
            Builtin::Real,
            Builtin::Recover,
        ];
        let invalid = self.types.invalid();
        for builtin in builtins {
            let id = self.new_object(builtin.name(), ObjKind::Builtin(builtin), invalid, span);
            self.universe.insert(builtin.name().to_string(), id);
        }
    }

    pub fn new_object(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Span) -> ObjId {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            span,
        });
        id
    }

    pub fn new_func(&mut self, info: FuncInfo) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(info);
        id
    }

    // ----- diagnostics -----

    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        if self.recording {
            self.diagnostics.push(Diagnostic::error(codes::TYPE_ERROR, span, message));
        } else {
            self.internal_error(span, message.into());
        }
    }

    pub fn error_code(&mut self, code: &'static str, span: Span, message: impl Into<String>) {
        if self.recording {
            self.diagnostics.push(Diagnostic::error(code, span, message));
        } else {
            self.internal_error(span, message.into());
        }
    }

    pub fn unsupported(&mut self, span: Span, what: &str) {
        if self.recording {
            let code = go2rs_syntax::unsupported_code(what);
            self.diagnostics.push(
                Diagnostic::error(code, span, format!("unsupported: {what}"))
                    .with_hint(format!("go2rs does not translate this yet; `go2rs explain {code}` says more")),
            );
        }
    }

    fn internal_error(&mut self, span: Span, message: String) {
        // A mistake in go2rs's own standard library declarations.
        self.diagnostics.push(Diagnostic::error(
            "E0900",
            Span { file: 0, ..span },
            format!(
                "internal error in the standard library declarations of {}: {message}",
                self.current_package.as_deref().unwrap_or("?")
            ),
        ));
    }

    pub fn type_string(&self, ty: TypeId) -> String {
        self.types.type_string(ty)
    }

    // ----- recording -----

    pub fn record(&mut self, expr: &ast::Expr, operand: &Operand) {
        if !self.recording {
            return;
        }
        if let Some(slot) = self.exprs.get_mut(expr.id.0 as usize) {
            *slot = Some(ExprInfo {
                ty: operand.ty,
                mode: operand.mode,
                value: operand.value.clone(),
            });
        }
    }

    /// Records the final type of an expression whose untyped constant type
    /// was converted to its context's.
    pub fn update_type(&mut self, expr: &ast::Expr, ty: TypeId, value: Option<ConstValue>) {
        if !self.recording {
            return;
        }
        if let Some(Some(info)) = self.exprs.get_mut(expr.id.0 as usize) {
            info.ty = ty;
            if value.is_some() {
                info.value = value.clone();
            }
        }
        match &expr.kind {
            ast::ExprKind::Paren(inner) => self.update_type(inner, ty, value),
            ast::ExprKind::Binary { op, left, right } if !op.is_comparison() && !op.is_shift() => {
                let left_untyped = self.expr_is_untyped(left);
                let right_untyped = self.expr_is_untyped(right);
                if left_untyped {
                    self.update_type(left, ty, None);
                }
                if right_untyped {
                    self.update_type(right, ty, None);
                }
            }
            ast::ExprKind::Binary { op, left, .. } if op.is_shift() && self.expr_is_untyped(left) => {
                self.update_type(left, ty, None);
            }
            ast::ExprKind::Unary { operand, .. } if self.expr_is_untyped(operand) => {
                self.update_type(operand, ty, None);
            }
            _ => {}
        }
    }

    fn expr_is_untyped(&self, expr: &ast::Expr) -> bool {
        self.exprs
            .get(expr.id.0 as usize)
            .and_then(Option::as_ref)
            .is_some_and(|info| self.types.is_untyped(info.ty))
    }

    pub fn record_def(&mut self, ident: &ast::Ident, object: ObjId) {
        if self.recording {
            self.defs.insert(ident.id, object);
        }
    }

    pub fn record_use(&mut self, ident: &ast::Ident, object: ObjId) {
        if self.recording {
            self.uses.insert(ident.id, object);
        }
    }

    // ----- scopes -----

    pub fn push_scope(&mut self) {
        self.scopes.push(Scope::new());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares `ident` in the innermost scope (blank identifiers are not
    /// declared).
    pub fn declare_local(&mut self, ident: &ast::Ident, object: ObjId) {
        self.record_def(ident, object);
        if ident.is_blank() {
            return;
        }
        let scope = self.scopes.last_mut().expect("inside a function");
        if scope.insert(ident.name.clone(), object).is_some() {
            let message = format!("{} redeclared in this block", ident.name);
            self.error(ident.span, message);
        }
    }

    pub fn lookup(&mut self, name: &str) -> Option<ObjId> {
        for scope in self.scopes.iter().rev() {
            if let Some(&id) = scope.get(name) {
                return Some(id);
            }
        }
        if let Some(&id) = self.package_scope.get(name) {
            return Some(id);
        }
        if let Some(&id) = self.file_scope.get(name) {
            self.used_imports.insert(id);
            return Some(id);
        }
        self.universe.get(name).copied()
    }

    /// Looks `name` up without marking an import used.
    pub fn lookup_quiet(&self, name: &str) -> Option<ObjId> {
        for scope in self.scopes.iter().rev() {
            if let Some(&id) = scope.get(name) {
                return Some(id);
            }
        }
        self.package_scope.get(name).copied()
    }

    /// Looks `name` up only in the innermost scope (for `:=`).
    pub fn lookup_innermost(&self, name: &str) -> Option<ObjId> {
        self.scopes.last().and_then(|scope| scope.get(name).copied())
    }

    pub fn new_local_var(&mut self, ident: &ast::Ident, ty: TypeId) -> ObjId {
        let info = VarInfo {
            owner: self.current_func,
            ..VarInfo::default()
        };
        let id = self.new_object(&ident.name, ObjKind::Var(info), ty, ident.span);
        if self.recording && !ident.is_blank() {
            self.local_vars.push(id);
        }
        id
    }

    pub fn var_info_mut(&mut self, id: ObjId) -> Option<&mut VarInfo> {
        match &mut self.objects[id.0 as usize].kind {
            ObjKind::Var(info) => Some(info),
            _ => None,
        }
    }

    /// The object's resolved type (resolving a pending package-level
    /// declaration on demand).
    pub fn object_type(&mut self, id: ObjId) -> TypeId {
        if self.pending.contains_key(&id) {
            self.resolve_pending(id);
        }
        self.objects[id.0 as usize].ty
    }

    // ----- packages and declarations -----

    /// Loads a standard library package (and the packages it imports).
    fn load_package(&mut self, path: &str) -> bool {
        if self.packages.contains_key(path) {
            return true;
        }
        let Some(file) = crate::stdlib::parsed(path) else {
            return false;
        };
        // Check the stub in a clean context.
        let saved_scope = std::mem::take(&mut self.package_scope);
        let saved_file_scope = std::mem::take(&mut self.file_scope);
        let saved_package = self.current_package.replace(path.to_string());
        let saved_recording = std::mem::replace(&mut self.recording, false);
        self.packages.insert(path.to_string(), Scope::new());
        for import in &file.imports {
            if self.load_package(&import.path) {
                let name = import.path.rsplit('/').next().unwrap_or(&import.path).to_string();
                let invalid = self.types.invalid();
                let id = self.new_object(&name, ObjKind::Package(import.path.clone()), invalid, import.span);
                self.file_scope.insert(name, id);
            }
        }
        let files: &'a [ast::File] = std::slice::from_ref(file);
        self.collect_declarations(files, Some(path));
        self.resolve_package(files, true);
        let members = std::mem::replace(&mut self.package_scope, saved_scope);
        self.packages.insert(path.to_string(), members);
        self.file_scope = saved_file_scope;
        self.current_package = saved_package;
        self.recording = saved_recording;
        true
    }

    /// A member of a loaded standard library package.
    pub fn package_member(&self, path: &str, name: &str) -> Option<ObjId> {
        self.packages.get(path).and_then(|scope| scope.get(name)).copied()
    }

    fn collect_declarations(&mut self, files: &'a [ast::File], package: Option<&str>) {
        // Types first, so that methods can attach to them.
        for (file_index, file) in files.iter().enumerate() {
            self.collecting_file = file_index;
            for decl in &file.decls {
                match decl {
                    ast::Decl::Type(decl) => {
                        for spec in &decl.specs {
                            self.collect_type(spec, package);
                        }
                    }
                    ast::Decl::Const(decl) => self.collect_consts(decl),
                    ast::Decl::Var(decl) => {
                        for spec in &decl.specs {
                            for (index, name) in spec.names.iter().enumerate() {
                                let info = VarInfo {
                                    global: true,
                                    package: package.map(str::to_string),
                                    ..VarInfo::default()
                                };
                                let invalid = self.types.invalid();
                                let id = self.new_object(&name.name, ObjKind::Var(info), invalid, name.span);
                                self.record_def(name, id);
                                self.pending.insert(id, Pending::Var { spec, index });
                                self.pending_file.insert(id, self.collecting_file);
                                self.declare_package_member(name, id);
                            }
                        }
                    }
                    ast::Decl::Func(_) => {}
                }
            }
        }
        for (file_index, file) in files.iter().enumerate() {
            let saved = self.enter_file(package.is_none(), file_index);
            for (decl_index, decl) in file.decls.iter().enumerate() {
                if let ast::Decl::Func(func) = decl {
                    self.collect_func(func, file_index, decl_index, package);
                }
            }
            self.leave_file(saved);
        }
    }

    /// Makes a main package file's imports the ones in scope; returns the
    /// previous ones.
    fn enter_file(&mut self, main_package: bool, file: usize) -> Option<Scope> {
        if !main_package || self.current_package.is_some() {
            return None;
        }
        let scope = self.file_scopes.get(file)?.clone();
        Some(std::mem::replace(&mut self.file_scope, scope))
    }

    fn leave_file(&mut self, saved: Option<Scope>) {
        if let Some(saved) = saved {
            self.file_scope = saved;
        }
    }

    fn declare_package_member(&mut self, name: &ast::Ident, id: ObjId) {
        if name.is_blank() {
            return;
        }
        if self.package_scope.insert(name.name.clone(), id).is_some() {
            let message = format!("{} redeclared in this block", name.name);
            self.error(name.span, message);
        }
    }

    fn collect_type(&mut self, spec: &'a ast::TypeSpec, package: Option<&str>) {
        let ty = if spec.is_alias {
            if !spec.type_params.is_empty() {
                self.unsupported(spec.name.span, "generic type aliases");
            }
            self.types.invalid()
        } else {
            self.types.new_named(&spec.name.name, package.map(str::to_string))
        };
        if !spec.is_alias && !spec.type_params.is_empty() {
            // The parameters exist from the start (methods declare theirs
            // as these); their constraints are resolved with the type.
            let params: Vec<TypeId> = spec
                .type_params
                .iter()
                .flat_map(|group| group.names.iter())
                .map(|name| self.types.new_type_param(&name.name))
                .collect();
            if let Some(named) = self.types.named_info_mut(ty) {
                named.type_params = params;
            }
        }
        let id = self.new_object(&spec.name.name, ObjKind::TypeName, ty, spec.name.span);
        self.record_def(&spec.name, id);
        self.pending.insert(id, Pending::Type(spec));
        self.pending_file.insert(id, self.collecting_file);
        self.declare_package_member(&spec.name, id);
    }

    fn collect_consts(&mut self, decl: &'a ast::ConstDecl) {
        let mut source: Option<&'a ast::ConstSpec> = None;
        for spec in &decl.specs {
            if spec.ty.is_some() || !spec.values.is_empty() {
                source = Some(spec);
            }
            let Some(source_spec) = source else {
                self.error(spec.span, "missing init expr for const declaration");
                continue;
            };
            for (index, name) in spec.names.iter().enumerate() {
                let invalid = self.types.invalid();
                let id = self.new_object(&name.name, ObjKind::Const(ConstValue::Int(0)), invalid, name.span);
                self.record_def(name, id);
                if self.scopes.is_empty() {
                    self.pending_file.insert(id, self.collecting_file);
                }
                self.pending.insert(
                    id,
                    Pending::Const {
                        spec,
                        source: source_spec,
                        index,
                    },
                );
                if self.scopes.is_empty() {
                    self.declare_package_member(name, id);
                } else {
                    self.declare_local(name, id);
                }
            }
        }
    }

    fn collect_func(&mut self, func: &'a ast::FuncDecl, file: usize, decl: usize, package: Option<&str>) {
        if func.body.is_none() && package.is_none() {
            self.error(func.name.span, format!("missing function body for {}", func.name.name));
        }
        let invalid = self.types.invalid();
        let info = FuncInfo {
            name: func.name.name.clone(),
            package: package.map(str::to_string),
            receiver: None,
            signature: invalid,
            kind: if package.is_some() {
                FuncKind::Stdlib
            } else {
                FuncKind::Declared { file, decl }
            },
            parent: None,
            params: Vec::new(),
            results: Vec::new(),
            blocking: package.is_some() && crate::stdlib::is_blocking_directive(self.sources, func, package),
            recursive: false,
            spawn_recursive: false,
            captures: Vec::new(),
            goroutine_body: false,
            has_defer: false,
            type_params: Vec::new(),
        };
        let id = self.new_func(info);
        if package.is_none() {
            self.declared_funcs.insert((file, decl), id);
        }
        // Type parameters: the function's own, or for a method of a generic
        // type the receiver's (`func (s *Stack[T]) Push(x T)`).
        let saved_scopes = std::mem::take(&mut self.scopes);
        self.push_scope();
        let type_params = self.declare_func_type_params(func, None);
        self.funcs[id.0 as usize].type_params = type_params;
        let signature = self.resolve_signature(&func.signature, func.receiver.as_ref());
        self.scopes = saved_scopes;
        self.funcs[id.0 as usize].signature = signature;
        match &func.receiver {
            None => {
                if func.name.name == "init" && package.is_none() {
                    self.unsupported(func.name.span, "init functions");
                    return;
                }
                let object = self.new_object(&func.name.name, ObjKind::Func(id), signature, func.name.span);
                self.record_def(&func.name, object);
                if func.name.name != "_" {
                    self.declare_package_member(&func.name, object);
                }
            }
            Some(receiver) => {
                let (base, pointer) = self.receiver_base(receiver);
                let Some(base) = base else {
                    return;
                };
                self.funcs[id.0 as usize].receiver = Some((base, pointer));
                let duplicate = self
                    .types
                    .named_info(base)
                    .is_some_and(|named| named.methods.iter().any(|m| m.name == func.name.name));
                if duplicate {
                    let message = format!("method {} already declared", func.name.name);
                    self.error(func.name.span, message);
                }
                if let Some(named) = self.types.named_info_mut(base) {
                    named.methods.push(Method {
                        name: func.name.name.clone(),
                        func: id,
                        pointer_receiver: pointer,
                    });
                }
                let object = self.new_object(&func.name.name, ObjKind::Func(id), signature, func.name.span);
                self.record_def(&func.name, object);
            }
        }
    }

    /// Declares a function's type parameters in the current scope: its own
    /// (created and constrained when `existing` is `None`), or for a method
    /// of a generic type, the names its receiver gives the type's
    /// parameters.
    fn declare_func_type_params(&mut self, func: &'a ast::FuncDecl, existing: Option<&[TypeId]>) -> Vec<TypeId> {
        if !func.type_params.is_empty() {
            return self.declare_type_params(&func.type_params, existing, existing.is_none());
        }
        let Some(receiver) = &func.receiver else {
            return Vec::new();
        };
        let mut ty = &receiver.ty;
        while let ast::TypeExprKind::Paren(inner) | ast::TypeExprKind::Pointer(inner) = &ty.kind {
            ty = inner;
        }
        let ast::TypeExprKind::Generic { base, args } = &ty.kind else {
            return Vec::new();
        };
        let ast::TypeExprKind::Name(base_name) = &base.kind else {
            return Vec::new();
        };
        let params = self
            .package_scope
            .get(&base_name.name)
            .map(|object| self.objects[object.0 as usize].ty)
            .and_then(|ty| self.types.named_info(ty))
            .map(|named| named.type_params.clone())
            .unwrap_or_default();
        if params.len() != args.len() {
            if !params.is_empty() {
                self.error(
                    receiver.span,
                    format!(
                        "receiver declares {} type parameters, {} has {}",
                        args.len(),
                        base_name.name,
                        params.len()
                    ),
                );
            }
            return Vec::new();
        }
        for (arg, param) in args.iter().zip(&params) {
            if let ast::TypeExprKind::Name(name) = &arg.kind {
                let object = self.new_object(&name.name, ObjKind::TypeName, *param, name.span);
                self.declare_local(name, object);
            }
        }
        params
    }

    /// The named type of a method receiver (`T` or `*T`).
    fn receiver_base(&mut self, receiver: &ast::Param) -> (Option<TypeId>, bool) {
        let mut ty = &receiver.ty;
        while let ast::TypeExprKind::Paren(inner) = &ty.kind {
            ty = inner;
        }
        let (inner, pointer) = match &ty.kind {
            ast::TypeExprKind::Pointer(inner) => (&**inner, true),
            _ => (ty, false),
        };
        let inner = match &inner.kind {
            ast::TypeExprKind::Generic { base, .. } => &**base,
            _ => inner,
        };
        let ast::TypeExprKind::Name(name) = &inner.kind else {
            self.error(receiver.span, "invalid receiver type");
            return (None, pointer);
        };
        let Some(&object) = self.package_scope.get(&name.name) else {
            let message = format!("undefined: {}", name.name);
            self.error_code(codes::UNDEFINED, name.span, message);
            return (None, pointer);
        };
        self.record_use(name, object);
        let ty = self.object_type(object);
        if !self.types.is_named(ty) {
            self.error(receiver.span, "invalid receiver type");
            return (None, pointer);
        }
        (Some(ty), pointer)
    }

    /// Resolves every pending declaration of the package, then checks
    /// function bodies.
    fn resolve_package(&mut self, files: &'a [ast::File], stub: bool) {
        let pending: Vec<ObjId> = {
            let mut ids: Vec<ObjId> = self.pending.keys().copied().collect();
            ids.sort();
            ids
        };
        for id in pending {
            if self.pending.contains_key(&id) {
                self.resolve_pending(id);
            }
        }
        self.check_deferred_map_keys();
        if stub {
            return;
        }
        for (file_index, file) in files.iter().enumerate() {
            let saved = self.enter_file(true, file_index);
            for (decl_index, decl) in file.decls.iter().enumerate() {
                if let ast::Decl::Func(func) = decl
                    && let Some(&id) = self.declared_funcs.get(&(file_index, decl_index))
                    && let Some(body) = &func.body
                {
                    self.check_func_body(id, func, &func.signature, func.receiver.as_ref(), body);
                }
            }
            self.leave_file(saved);
        }
    }

    pub fn check_deferred_map_keys(&mut self) {
        for (key, span) in std::mem::take(&mut self.deferred_map_keys) {
            if !self.types.is_invalid(key) && !self.types.comparable(key) {
                self.error(span, format!("invalid map key type {}", self.type_string(key)));
            }
        }
    }

    fn resolve_pending(&mut self, id: ObjId) {
        let Some(&file) = self.pending_file.get(&id) else {
            return self.resolve_pending_here(id);
        };
        let saved_scopes = if self.pending.contains_key(&id) {
            Some(std::mem::take(&mut self.scopes))
        } else {
            None
        };
        let saved = self.enter_file(true, file);
        self.resolve_pending_here(id);
        self.leave_file(saved);
        if let Some(saved_scopes) = saved_scopes {
            self.scopes = saved_scopes;
        }
    }

    fn resolve_pending_here(&mut self, id: ObjId) {
        let Some(pending) = self.pending.get(&id).copied() else {
            return;
        };
        if !self.resolving.insert(id) {
            let name = self.objects[id.0 as usize].name.clone();
            let span = self.objects[id.0 as usize].span;
            self.error(span, format!("invalid recursive declaration of {name}"));
            self.pending.remove(&id);
            return;
        }
        match pending {
            Pending::Type(spec) => {
                if spec.is_alias {
                    let ty = self.resolve_type(&spec.ty);
                    self.objects[id.0 as usize].ty = ty;
                } else {
                    // Set before resolving the definition so that it can
                    // refer to itself (through pointers, slices, ...).
                    self.pending.remove(&id);
                    let named = self.objects[id.0 as usize].ty;
                    let params = self
                        .types
                        .named_info(named)
                        .map(|info| info.type_params.clone())
                        .unwrap_or_default();
                    let generic = !params.is_empty();
                    let saved_scopes = if generic { Some(std::mem::take(&mut self.scopes)) } else { None };
                    if generic {
                        self.push_scope();
                        self.declare_type_params(&spec.type_params, Some(&params), true);
                    }
                    let underlying = self.resolve_type(&spec.ty);
                    if let Some(saved) = saved_scopes {
                        self.scopes = saved;
                    }
                    if self.types.underlying(underlying) == named
                        || self.types.is_unresolved_named(underlying)
                        || self.types.contains_directly(underlying, named)
                    {
                        self.error(spec.name.span, format!("invalid recursive type {}", spec.name.name));
                        let invalid = self.types.invalid();
                        self.types.set_underlying(named, invalid);
                    } else {
                        self.types.set_underlying(named, underlying);
                        for instance in self.types.instances_of(named) {
                            self.types.complete_instance(instance);
                        }
                    }
                    if let Some(generic) = self.types.instantiation_cycle.take() {
                        let name = self.type_string(generic);
                        self.error(spec.name.span, format!("instantiation cycle in the instances of {name}"));
                    }
                }
            }
            Pending::Const { spec, source, index } => {
                let saved_iota = self.iota.replace(spec.iota as i128);
                let (ty, value) = self.check_const_spec_value(source, index, spec.names[index].span);
                self.iota = saved_iota;
                let object = &mut self.objects[id.0 as usize];
                object.ty = ty;
                object.kind = ObjKind::Const(value);
            }
            Pending::Var { spec, index } => {
                let ty = self.check_global_var(spec, index);
                self.objects[id.0 as usize].ty = ty;
            }
        }
        self.pending.remove(&id);
        self.resolving.remove(&id);
    }

    fn check_const_spec_value(&mut self, spec: &'a ast::ConstSpec, index: usize, span: Span) -> (TypeId, ConstValue) {
        let declared = spec.ty.as_ref().map(|ty| self.resolve_type(ty));
        let Some(value_expr) = spec.values.get(index) else {
            self.error(span, "missing init expr for const declaration");
            return (self.types.invalid(), ConstValue::Int(0));
        };
        let mut operand = self.check_expr(value_expr, declared);
        let Some(value) = operand.value.clone() else {
            if !self.types.is_invalid(operand.ty) {
                self.error(value_expr.span, format!("{} is not constant", self.source_text(value_expr.span)));
            }
            return (self.types.invalid(), ConstValue::Int(0));
        };
        if let Some(declared) = declared {
            self.assign_operand(value_expr, &mut operand, declared, "constant declaration");
            return (declared, operand.value.unwrap_or(value));
        }
        (operand.ty, value)
    }

    fn check_global_var(&mut self, spec: &'a ast::VarSpec, index: usize) -> TypeId {
        let declared = spec.ty.as_ref().map(|ty| self.resolve_type(ty));
        if spec.values.is_empty() {
            return declared.unwrap_or_else(|| self.types.invalid());
        }
        if spec.values.len() != spec.names.len() {
            if spec.values.len() == 1 && spec.names.len() > 1 {
                // var a, b = f()
                let operand = self.check_expr(&spec.values[0], None);
                let results = self.tuple_items(operand.ty);
                if results.len() == spec.names.len() {
                    return declared.unwrap_or(results[index]);
                }
            }
            if index == 0 {
                self.error(spec.span, "assignment mismatch");
            }
            return self.types.invalid();
        }
        let value = &spec.values[index];
        let mut operand = self.check_expr(value, declared);
        match declared {
            Some(declared) => {
                self.assign_operand(value, &mut operand, declared, "variable declaration");
                declared
            }
            None => self.default_operand(value, &mut operand),
        }
    }

    /// The items of a tuple type, or the type itself.
    pub fn tuple_items(&self, ty: TypeId) -> Vec<TypeId> {
        match self.types.kind(ty) {
            TypeKind::Tuple(items) => items.clone(),
            _ => vec![ty],
        }
    }

    pub fn source_text(&self, span: Span) -> String {
        self.sources
            .files
            .get(span.file as usize)
            .map(|file| file.snippet(span).to_string())
            .unwrap_or_default()
    }

    // ----- function bodies -----

    /// Declares parameters and results, checks the body.
    fn check_func_body(
        &mut self,
        id: FuncId,
        decl: &'a ast::FuncDecl,
        signature: &'a ast::FuncType,
        receiver: Option<&'a ast::Param>,
        body: &'a ast::Block,
    ) {
        let saved_func = self.current_func.replace(id);
        let saved_scopes = std::mem::take(&mut self.scopes);
        self.push_scope();
        let type_params = self.funcs[id.0 as usize].type_params.clone();
        if !type_params.is_empty() {
            self.declare_func_type_params(decl, Some(&type_params));
        }
        let mut params = Vec::new();
        let signature_ty = self.funcs[id.0 as usize].signature;
        let sig = self.types.signature(signature_ty).cloned().unwrap_or(Signature {
            params: Vec::new(),
            results: Vec::new(),
            variadic: false,
        });
        if let Some(receiver) = receiver {
            let ty = self.resolve_type(&receiver.ty);
            for name in &receiver.names {
                let object = self.new_param(name, ty, |info| info.is_receiver = true);
                params.push(Some(object));
            }
            if receiver.names.is_empty() {
                params.push(None);
            }
        }
        let mut index = 0;
        for group in &signature.params {
            if group.names.is_empty() {
                params.push(None);
                index += 1;
                continue;
            }
            for name in &group.names {
                let ty = sig.params.get(index).copied().unwrap_or_else(|| self.types.invalid());
                index += 1;
                let object = self.new_param(name, ty, |info| info.is_param = true);
                params.push(if name.is_blank() { None } else { Some(object) });
            }
        }
        let mut results = Vec::new();
        let mut index = 0;
        for group in &signature.results {
            if group.names.is_empty() {
                results.push(None);
                index += 1;
                continue;
            }
            for name in &group.names {
                let ty = sig.results.get(index).copied().unwrap_or_else(|| self.types.invalid());
                index += 1;
                let object = self.new_param(name, ty, |info| info.is_result = true);
                results.push(Some(object));
            }
        }
        self.funcs[id.0 as usize].params = params;
        self.funcs[id.0 as usize].results = results;
        self.check_block_stmts(&body.stmts);
        if !sig.results.is_empty() && !stmt::is_terminating_list(&body.stmts) {
            self.error(
                Span {
                    start: body.span.end.saturating_sub(1),
                    ..body.span
                },
                "missing return",
            );
        }
        self.pop_scope();
        self.scopes = saved_scopes;
        self.current_func = saved_func;
    }

    fn new_param(&mut self, name: &ast::Ident, ty: TypeId, set: impl FnOnce(&mut VarInfo)) -> ObjId {
        let mut info = VarInfo {
            owner: self.current_func,
            used: true,
            ..VarInfo::default()
        };
        set(&mut info);
        let id = self.new_object(&name.name, ObjKind::Var(info), ty, name.span);
        self.declare_local(name, id);
        id
    }

    /// Checks a function literal's body; returns its function id.
    pub fn check_func_literal(&mut self, expr: &'a ast::Expr, signature: &'a ast::FuncType, body: &'a ast::Block) -> (FuncId, TypeId) {
        let ty = self.resolve_signature(signature, None);
        let info = FuncInfo {
            name: "func literal".to_string(),
            package: None,
            receiver: None,
            signature: ty,
            kind: FuncKind::Literal(expr.id),
            parent: self.current_func,
            params: Vec::new(),
            results: Vec::new(),
            blocking: false,
            recursive: false,
            spawn_recursive: false,
            captures: Vec::new(),
            goroutine_body: false,
            has_defer: false,
            type_params: Vec::new(),
        };
        let id = self.new_func(info);
        if self.recording {
            self.literals.insert(expr.id, id);
        }
        // The literal's scopes nest inside the enclosing function's.
        let saved_func = self.current_func.replace(id);
        self.push_scope();
        let sig = self.types.signature(ty).cloned().expect("function type");
        let mut params = Vec::new();
        let mut index = 0;
        for group in &signature.params {
            if group.names.is_empty() {
                params.push(None);
                index += 1;
                continue;
            }
            for name in &group.names {
                let ty = sig.params.get(index).copied().unwrap_or_else(|| self.types.invalid());
                index += 1;
                let object = self.new_param(name, ty, |info| info.is_param = true);
                params.push(if name.is_blank() { None } else { Some(object) });
            }
        }
        let mut results = Vec::new();
        let mut index = 0;
        for group in &signature.results {
            if group.names.is_empty() {
                results.push(None);
                index += 1;
                continue;
            }
            for name in &group.names {
                let ty = sig.results.get(index).copied().unwrap_or_else(|| self.types.invalid());
                index += 1;
                let object = self.new_param(name, ty, |info| info.is_result = true);
                results.push(Some(object));
            }
        }
        self.funcs[id.0 as usize].params = params;
        self.funcs[id.0 as usize].results = results;
        self.check_block_stmts(&body.stmts);
        if !sig.results.is_empty() && !stmt::is_terminating_list(&body.stmts) {
            self.error(
                Span {
                    start: body.span.end.saturating_sub(1),
                    ..body.span
                },
                "missing return",
            );
        }
        self.pop_scope();
        self.current_func = saved_func;
        (id, ty)
    }

    fn report_unused(&mut self, files: &[ast::File]) {
        for id in std::mem::take(&mut self.local_vars) {
            let object = &self.objects[id.0 as usize];
            if let ObjKind::Var(info) = &object.kind
                && !info.used
                && !info.is_param
                && !info.is_result
            {
                let message = format!("declared and not used: {}", object.name);
                let span = object.span;
                self.error_code(codes::UNUSED, span, message);
            }
        }
        for file in files {
            for import in &file.imports {
                let unused = import.name.as_ref().is_none_or(|name| name.name != "_")
                    && self
                        .import_objects
                        .get(&(import.path_span.file, import.path_span.start))
                        .is_some_and(|id| !self.used_imports.contains(id));
                if unused {
                    let message = format!("\"{}\" imported and not used", import.path);
                    self.error_code(codes::UNUSED, import.path_span, message);
                }
            }
        }
    }
}

/// The checker's results, detached from the syntax tree it borrowed.
struct Tables {
    types: TypeTable,
    objects: Vec<Object>,
    funcs: Vec<FuncInfo>,
    exprs: Vec<Option<ExprInfo>>,
    defs: HashMap<NodeId, ObjId>,
    uses: HashMap<NodeId, ObjId>,
    callees: HashMap<ExprId, Callee>,
    selections: HashMap<ExprId, Selection>,
    literals: HashMap<ExprId, FuncId>,
    declared_funcs: HashMap<(usize, usize), FuncId>,
    imported: Vec<String>,
    promotions: HashMap<ExprId, Vec<crate::lookup::EmbedStep>>,
    type_switch_vars: HashMap<(NodeId, usize), ObjId>,
    type_switch_cases: HashMap<Span, TypeId>,
    instantiations: HashMap<ExprId, Vec<TypeId>>,
}

impl Checker<'_> {
    fn into_tables(self) -> Tables {
        Tables {
            types: self.types,
            objects: self.objects,
            funcs: self.funcs,
            exprs: self.exprs,
            defs: self.defs,
            uses: self.uses,
            callees: self.callees,
            selections: self.selections,
            literals: self.literals,
            declared_funcs: self.declared_funcs,
            imported: self.imported,
            promotions: self.promotions,
            type_switch_vars: self.type_switch_vars,
            type_switch_cases: self.type_switch_cases,
            instantiations: self.instantiations,
        }
    }
}

impl Tables {
    fn into_program(self, package: ast::Package) -> Program {
        let promotions = self.promotions;
        let mut program = Program {
            package,
            types: self.types,
            objects: self.objects,
            funcs: self.funcs,
            exprs: self.exprs,
            defs: self.defs,
            uses: self.uses,
            callees: self.callees,
            selections: self.selections,
            literals: self.literals,
            declared_funcs: self.declared_funcs,
            imports: self.imported,
            value_funcs: Default::default(),
            dynamic_calls_block: false,
            type_switch_vars: self.type_switch_vars,
            type_switch_cases: self.type_switch_cases,
            instantiations: self.instantiations,
        };
        crate::desugar::promoted_selectors(&mut program, &promotions);
        program
    }
}

/// Checks the main package.
pub(crate) fn check_package(package: ast::Package, sources: &SourceMap) -> (Program, Diagnostics) {
    let (diagnostics, parts) = {
        let mut checker = Checker::new(sources, package.expr_count);
        let files: &[ast::File] = &package.files;
        for file in files {
            if file.package_name.name != "main" {
                checker.error(
                    file.package_name.span,
                    format!(
                        "package {} is not a main package: go2rs translates programs (package main)",
                        file.package_name.name
                    ),
                );
            }
        }
        // Imports are per file; with several files the names are merged
        // (a name imported differently in two files is rare in programs).
        for file in files {
            checker.bind_imports(file);
            let scope = std::mem::take(&mut checker.file_scope);
            checker.file_scopes.push(scope);
        }
        checker.collect_declarations(files, None);
        match checker.package_scope.get("main").copied() {
            Some(main) if matches!(checker.objects[main.0 as usize].kind, ObjKind::Func(_)) => {}
            _ => {
                if let Some(file) = files.first() {
                    checker.error(file.package_name.span, "function main is undeclared in the main package");
                }
            }
        }
        checker.resolve_package(files, false);
        checker.report_unused(files);
        let diagnostics = std::mem::take(&mut checker.diagnostics);
        (diagnostics, checker.into_tables())
    };
    let program = parts.into_program(package);
    (program, diagnostics)
}

impl<'a> Checker<'a> {
    fn bind_imports(&mut self, file: &ast::File) {
        for import in &file.imports {
            if !crate::stdlib::is_supported(&import.path) {
                let name = match &import.name {
                    Some(name) => name.name.clone(),
                    None => import.path.rsplit('/').next().unwrap_or(&import.path).to_string(),
                };
                self.unsupported_imports.insert(name);
                self.diagnostics.push(
                    Diagnostic::error(
                        codes::UNSUPPORTED_IMPORT,
                        import.path_span,
                        format!("unsupported import \"{}\"", import.path),
                    )
                    .with_hint(format!("go2rs translates these packages: {}", crate::stdlib::SUPPORTED.join(", "))),
                );
                continue;
            }
            if !self.load_package(&import.path) {
                continue;
            }
            if !self.imported.contains(&import.path) {
                self.imported.push(import.path.clone());
            }
            let name = match &import.name {
                Some(name) if name.name == "_" => continue,
                Some(name) if name.name == "." => {
                    self.unsupported(name.span, "dot imports");
                    continue;
                }
                Some(name) => name.name.clone(),
                None => import.path.rsplit('/').next().unwrap_or(&import.path).to_string(),
            };
            let invalid = self.types.invalid();
            let id = self.new_object(&name, ObjKind::Package(import.path.clone()), invalid, import.span);
            self.import_objects.insert((import.path_span.file, import.path_span.start), id);
            self.file_scope.insert(name, id);
        }
    }
}
