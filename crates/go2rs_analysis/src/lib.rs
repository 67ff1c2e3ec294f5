//! Name resolution, Go type checking, and the concurrency facts code
//! generation needs: which functions can block (and so become `async fn`),
//! and which variables goroutines and closures share.
//!
//! The result is a [`Program`]: the syntax tree plus side tables keyed by the
//! tree's expression and identifier ids.

use std::collections::HashMap;

use go2rs_syntax::ast::{self, ExprId, NodeId};
use go2rs_syntax::{Diagnostics, SourceMap, Span};

mod check;
pub mod concurrency;
pub mod constant;
mod desugar;
pub mod lookup;
mod stdlib;
pub mod types;
pub mod walk;

pub use constant::ConstValue;
pub use types::{Basic, ChanDir, TypeId, TypeKind, TypeTable};

/// Identifies an [`Object`] in [`Program::objects`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Identifies a function in [`Program::funcs`]: a declared function or
/// method, a function literal, or a standard library function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// A named entity: variable, constant, type, function, package, builtin.
#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    Var(VarInfo),
    Const(ConstValue),
    TypeName,
    Func(FuncId),
    /// An imported package, by import path.
    Package(String),
    Builtin(Builtin),
    Nil,
}

#[derive(Clone, Debug, Default)]
pub struct VarInfo {
    /// Declared at package level.
    pub global: bool,
    /// The function (or literal) that declares it; `None` for globals.
    pub owner: Option<FuncId>,
    pub is_param: bool,
    pub is_result: bool,
    pub is_receiver: bool,
    /// The package a standard-library variable belongs to.
    pub package: Option<String>,
    /// Referenced from a function literal other than its owner.
    pub captured: bool,
    /// Written after its declaration (assignment, `++`, field or element
    /// store into a value type, address taken).
    pub reassigned: bool,
    /// `&v` appears, or a pointer method is called on it.
    pub address_taken: bool,
    /// A three-clause loop's variable written by the loop's post statement
    /// (Go 1.22: that writes the next iteration's copy, so a closure of the
    /// body still sees its own iteration's value).
    pub loop_post_write: bool,
    /// An array variable that is sliced (`a[1:3]`): its storage is shared
    /// with the slices, so it lives in a fixed-length slice.
    pub sliced: bool,
    /// Read anywhere (Go rejects unused locals).
    pub used: bool,
}

impl VarInfo {
    /// The Rust binding needs `mut`.
    pub fn is_mutated(&self) -> bool {
        self.reassigned || self.loop_post_write
    }

    /// The variable lives in a shared cell (`Ptr<T>`): its address is
    /// taken, or a closure captures it and somebody writes it.
    pub fn is_shared(&self) -> bool {
        !self.global && (self.address_taken || (self.captured && self.reassigned))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Imag => "imag",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Real => "real",
            Builtin::Recover => "recover",
        }
    }
}

#[derive(Clone, Debug)]
pub enum FuncKind {
    /// A `func` declaration of the package: `decls[decl]` of `files[file]`.
    Declared { file: usize, decl: usize },
    /// A function literal.
    Literal(ExprId),
    /// A standard library function or method, translated to the runtime's
    /// function of the same name.
    Stdlib,
    /// A method of an interface type (`receiver` is the interface): a call
    /// dispatches on the dynamic value. It blocks when one of the methods
    /// it can reach does.
    InterfaceMethod,
}

#[derive(Clone, Debug)]
pub struct FuncInfo {
    pub name: String,
    /// Import path for standard library functions.
    pub package: Option<String>,
    /// The named type a method belongs to, and whether its receiver is a
    /// pointer.
    pub receiver: Option<(TypeId, bool)>,
    /// A [`TypeKind::Func`] type.
    pub signature: TypeId,
    pub kind: FuncKind,
    /// The function that declares a literal.
    pub parent: Option<FuncId>,
    /// Parameter objects in order (receiver first for methods); `None` for
    /// unnamed or blank parameters.
    pub params: Vec<Option<ObjId>>,
    /// Named result objects.
    pub results: Vec<Option<ObjId>>,
    /// Can block the calling goroutine: becomes an `async fn`.
    pub blocking: bool,
    /// Calls itself (directly or not) while blocking: its async calls
    /// within the cycle are boxed.
    pub recursive: bool,
    /// Starts itself as a goroutine (directly or not): its future's `Send`
    /// is declared in its signature.
    pub spawn_recursive: bool,
    /// Variables of enclosing functions that a literal uses.
    pub captures: Vec<ObjId>,
    /// A literal started with `go`: its body runs as a goroutine.
    pub goroutine_body: bool,
    /// Contains a `defer`.
    pub has_defer: bool,
    /// The type parameters of a generic function (a method of a generic
    /// type uses its type's).
    pub type_params: Vec<TypeId>,
}

/// What an expression is, as the type checker found it.
#[derive(Clone, Debug)]
pub struct ExprInfo {
    /// The final type (untyped constants converted to their context's type).
    pub ty: TypeId,
    pub mode: Mode,
    /// The value of a constant expression.
    pub value: Option<ConstValue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    NoValue,
    Value,
    /// Addressable.
    Variable,
    /// `m[k]`: assignable, not addressable, comma-ok capable.
    MapIndex,
    Constant,
    Type,
    Builtin,
    /// A receive or type assertion that can also yield `ok`.
    CommaOk,
}

/// What a call expression calls.
#[derive(Clone, Debug)]
pub enum Callee {
    /// `T(x)`.
    Conversion(TypeId),
    Builtin(Builtin),
    /// A function of the package or the standard library.
    Func(FuncId),
    /// A method call `x.M()`.
    Method(MethodCall),
    /// A call of a function value (a variable holding a closure, a
    /// parameter of function type, an immediately called literal).
    Value,
}

#[derive(Clone, Debug)]
pub struct MethodCall {
    pub func: FuncId,
    pub pointer_receiver: bool,
    /// The receiver expression is a pointer.
    pub receiver_is_pointer: bool,
}

/// What a selector expression `x.f` selects.
#[derive(Clone, Debug)]
pub enum Selection {
    /// A struct field; `through_pointer` when `x` is a pointer to struct.
    Field { name: String, through_pointer: bool },
    /// A method (called, or used as a method value).
    Method(MethodCall),
    /// A method expression `T.M` or `(*T).M`: a function whose first
    /// parameter is the receiver.
    MethodExpr { func: FuncId, pointer: bool },
    /// A member of an imported package.
    Package { package: String, object: ObjId },
}

/// The analysed program.
pub struct Program {
    pub package: ast::Package,
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub funcs: Vec<FuncInfo>,
    pub exprs: Vec<Option<ExprInfo>>,
    /// Identifier declarations.
    pub defs: HashMap<NodeId, ObjId>,
    /// Identifier uses.
    pub uses: HashMap<NodeId, ObjId>,
    pub callees: HashMap<ExprId, Callee>,
    pub selections: HashMap<ExprId, Selection>,
    /// Function literals by their expression.
    pub literals: HashMap<ExprId, FuncId>,
    /// Declared functions by (file, decl index).
    pub declared_funcs: HashMap<(usize, usize), FuncId>,
    /// Imported standard library packages that the program uses.
    pub imports: Vec<String>,
    /// Functions used as values (closures stored or passed, declared
    /// functions referred to without a call).
    pub value_funcs: std::collections::HashSet<FuncId>,
    /// Calls through function values may block: every function value is an
    /// async function.
    pub dynamic_calls_block: bool,
    /// The variable a type switch `switch v := x.(type)` declares in each
    /// clause: (binding identifier, clause index) → object.
    pub type_switch_vars: HashMap<(NodeId, usize), ObjId>,
    /// The types listed by type switch cases, by their span.
    pub type_switch_cases: HashMap<Span, TypeId>,
    /// The type arguments of each use of a generic function (the callee
    /// expression of a call, or an instantiation `F[int]`).
    pub instantiations: HashMap<ExprId, Vec<TypeId>>,
}

impl Program {
    pub fn expr(&self, id: ExprId) -> Option<&ExprInfo> {
        self.exprs.get(id.0 as usize).and_then(Option::as_ref)
    }

    pub fn expr_type(&self, id: ExprId) -> TypeId {
        self.expr(id).map_or(self.types.invalid(), |info| info.ty)
    }

    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn func(&self, id: FuncId) -> &FuncInfo {
        &self.funcs[id.0 as usize]
    }

    /// The object an identifier declares or refers to.
    pub fn resolve(&self, ident: &ast::Ident) -> Option<ObjId> {
        self.uses.get(&ident.id).or_else(|| self.defs.get(&ident.id)).copied()
    }

    pub fn var_info(&self, id: ObjId) -> Option<&VarInfo> {
        match &self.object(id).kind {
            ObjKind::Var(info) => Some(info),
            _ => None,
        }
    }
}

/// Type-checks a parsed package and computes the concurrency facts.
/// Every error is reported; the program is usable only when there are none.
pub fn analyze(package: ast::Package, sources: &SourceMap) -> (Program, Diagnostics) {
    let (mut program, mut diagnostics) = check::check_package(package, sources);
    if !diagnostics.has_errors() {
        concurrency::analyze(&mut program, &mut diagnostics);
    }
    (program, diagnostics)
}
