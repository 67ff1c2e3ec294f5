//! An owned Go syntax tree with source spans.
//!
//! It covers the whole Go grammar, so that every construct reaches the later
//! stages, which either translate it or name it in a diagnostic. Expressions
//! carry an [`ExprId`] and identifiers a [`NodeId`] so that the analysis can
//! record types and resolutions in side tables.

use crate::source::Span;

/// Identifies an expression within one [`Package`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

/// Identifies an identifier occurrence (a use or a declaration) within one
/// [`Package`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// The files of one Go package, parsed.
#[derive(Clone, Debug, Default)]
pub struct Package {
    pub files: Vec<File>,
    /// How many [`ExprId`]s were handed out (ids are `0..expr_count`).
    pub expr_count: u32,
    /// How many [`NodeId`]s were handed out.
    pub node_count: u32,
}

#[derive(Clone, Debug)]
pub struct File {
    /// Index of the file in the [`crate::source::SourceMap`].
    pub file_index: usize,
    pub package_name: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    pub comments: Vec<Comment>,
}

#[derive(Clone, Debug)]
pub struct Comment {
    pub span: Span,
    /// The comment's text, including `//` or `/* */`.
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

#[derive(Clone, Debug)]
pub struct Import {
    pub span: Span,
    /// The local name: `None` for the default, `Some("_")`, `Some(".")` or an
    /// identifier.
    pub name: Option<Ident>,
    /// The import path without quotes.
    pub path: String,
    pub path_span: Span,
}

// One `Decl` per top-level declaration: boxing the large function variant
// would save little memory and cost an indirection everywhere.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    Var(VarDecl),
    Const(ConstDecl),
    Type(TypeDecl),
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Func(decl) => decl.span,
            Decl::Var(decl) => decl.span,
            Decl::Const(decl) => decl.span,
            Decl::Type(decl) => decl.span,
        }
    }
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub span: Span,
    pub name: Ident,
    pub receiver: Option<Param>,
    pub type_params: Vec<TypeParam>,
    pub signature: FuncType,
    /// `None` for a declaration without a body (an assembly stub).
    pub body: Option<Block>,
}

#[derive(Clone, Debug)]
pub struct TypeParam {
    pub span: Span,
    pub names: Vec<Ident>,
    pub constraint: TypeExpr,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub span: Span,
    pub params: Vec<Param>,
    pub results: Vec<Param>,
}

impl FuncType {
    /// True when the last parameter is `...T`.
    pub fn is_variadic(&self) -> bool {
        self.params.last().is_some_and(|param| param.variadic)
    }
}

/// One parameter group: `a, b int`, `int`, or `xs ...string`.
#[derive(Clone, Debug)]
pub struct Param {
    pub span: Span,
    /// Empty for an unnamed parameter.
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub variadic: bool,
}

#[derive(Clone, Debug)]
pub struct VarDecl {
    pub span: Span,
    pub specs: Vec<VarSpec>,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub span: Span,
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct ConstDecl {
    pub span: Span,
    pub specs: Vec<ConstSpec>,
}

/// One line of a `const` block. A spec without type and values repeats the
/// previous spec's (Go's implicit repetition); [`ConstSpec::iota`] is the
/// spec's index in its block.
#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub span: Span,
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    pub values: Vec<Expr>,
    pub iota: u32,
}

#[derive(Clone, Debug)]
pub struct TypeDecl {
    pub span: Span,
    pub specs: Vec<TypeSpec>,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub span: Span,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    /// `type A = B`.
    pub is_alias: bool,
    pub ty: TypeExpr,
}

#[derive(Clone, Debug)]
pub struct TypeExpr {
    pub span: Span,
    pub kind: TypeExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug)]
pub enum TypeExprKind {
    /// `int`, `Point`, a type parameter.
    Name(Ident),
    /// `pkg.Name`.
    Qualified {
        package: Ident,
        name: Ident,
    },
    /// `Name[Args]`.
    Generic {
        base: Box<TypeExpr>,
        args: Vec<TypeExpr>,
    },
    Pointer(Box<TypeExpr>),
    Slice(Box<TypeExpr>),
    /// `[N]T`; `len` is `None` for `[...]T` in a composite literal.
    Array {
        len: Option<Box<Expr>>,
        elem: Box<TypeExpr>,
    },
    Map {
        key: Box<TypeExpr>,
        value: Box<TypeExpr>,
    },
    Chan {
        dir: ChanDir,
        elem: Box<TypeExpr>,
    },
    Func(FuncType),
    Struct(Vec<FieldDecl>),
    Interface(Vec<InterfaceElem>),
    /// `~T` inside a constraint.
    Tilde(Box<TypeExpr>),
    /// `A | B` inside a constraint.
    Union(Vec<TypeExpr>),
    Paren(Box<TypeExpr>),
    /// A type that did not parse (a syntax error was reported).
    Bad,
}

#[derive(Clone, Debug)]
pub struct FieldDecl {
    pub span: Span,
    /// Empty for an embedded field.
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub tag: Option<String>,
}

impl FieldDecl {
    pub fn is_embedded(&self) -> bool {
        self.names.is_empty()
    }
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        span: Span,
        name: Ident,
        signature: FuncType,
    },
    /// An embedded interface or a type-set term (`~int | ~string`).
    Type(TypeExpr),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogicalAnd,
    LogicalOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::AndNot => "&^",
            BinaryOp::LogicalAnd => "&&",
            BinaryOp::LogicalOr => "||",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
        }
    }

    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        )
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Shl | BinaryOp::Shr)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Complement,
    /// `&x`
    Addr,
    /// `*x`
    Deref,
    /// `<-x`
    Recv,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An identifier, including `true`, `false`, `nil` and `iota`.
    Ident(Ident),
    /// The literal's text as written (`0x1F`, `1_000`, `0o17`).
    IntLit(String),
    FloatLit(String),
    ImaginaryLit(String),
    /// The decoded code point.
    RuneLit(u32),
    /// The decoded bytes (Go strings need not be UTF-8).
    StringLit(Vec<u8>),
    FuncLit {
        signature: FuncType,
        body: Block,
    },
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    Composite {
        ty: Option<TypeExpr>,
        elements: Vec<Element>,
    },
    Paren(Box<Expr>),
    Selector {
        operand: Box<Expr>,
        field: Ident,
    },
    /// `x[i]`, or `f[T1, T2]` for a generic instantiation.
    Index {
        operand: Box<Expr>,
        indices: Vec<Expr>,
    },
    Slice {
        operand: Box<Expr>,
        low: Option<Box<Expr>>,
        high: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        operand: Box<Expr>,
        ty: Option<TypeExpr>,
    },
    Call {
        func: Box<Expr>,
        type_args: Vec<TypeExpr>,
        args: Vec<Expr>,
        /// `f(xs...)`.
        ellipsis: bool,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// A type where an expression stands: `make([]int, 3)`, `[]byte(s)`.
    Type(TypeExpr),
    /// An expression that did not parse (a syntax error was reported).
    Bad,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub span: Span,
    pub key: Option<ElementValue>,
    pub value: ElementValue,
}

#[derive(Clone, Debug)]
pub enum ElementValue {
    Expr(Expr),
    /// A nested literal with its type elided: `{1, 2}` in `[][]int{{1, 2}}`.
    Literal {
        span: Span,
        elements: Vec<Element>,
    },
}

impl ElementValue {
    pub fn span(&self) -> Span {
        match self {
            ElementValue::Expr(expr) => expr.span,
            ElementValue::Literal { span, .. } => *span,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    pub span: Span,
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `+=`, `<<=`, ... with the binary operator.
    Compound(BinaryOp),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    /// A statement that did not parse (a syntax error was reported).
    Bad,
    Expr(Expr),
    Send {
        channel: Expr,
        value: Expr,
    },
    IncDec {
        operand: Expr,
        increment: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `a, b := x, y`. The left side holds identifiers (or `_`).
    Define {
        lhs: Vec<Ident>,
        rhs: Vec<Expr>,
    },
    Var(VarDecl),
    Const(ConstDecl),
    Type(TypeDecl),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Another `if` statement or a block.
        otherwise: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    TypeSwitch {
        init: Option<Box<Stmt>>,
        /// `v` in `switch v := x.(type)`.
        binding: Option<Ident>,
        /// `x` in `x.(type)`.
        subject: Expr,
        clauses: Vec<TypeCaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    Range {
        /// `k` and `v`; `None` when absent.
        key: Option<Expr>,
        value: Option<Expr>,
        /// `:=` rather than `=`.
        define: bool,
        subject: Expr,
        body: Block,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub span: Span,
    /// Empty for `default`.
    pub values: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct TypeCaseClause {
    pub span: Span,
    /// The listed types; `None` stands for `nil`.
    pub types: Vec<Option<TypeExpr>>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    pub span: Span,
    /// `None` for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}
