//! Expressions: places (what can be read and written), values, constants,
//! operators (with Rust's precedence made explicit), composite literals.

use go2rs_analysis::{Basic, ConstValue, Mode, ObjKind, Selection, TypeId, TypeKind};
use go2rs_syntax::Span;
use go2rs_syntax::ast::{self, BinaryOp, ElementValue, ExprKind, UnaryOp};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::Gen;
use crate::names::ident;
use crate::ty::LibType;

/// Where a Go variable or addressable expression lives.
pub enum Place {
    /// A Rust place expression (`x`, `x.field`, `x[i]`).
    Local(TokenStream),
    /// Inside a shared cell (`Ptr`, `Global`): `root.with(|it| it #path)`.
    Cell { root: TokenStream, path: TokenStream },
    /// Inside a slice element: `slice.with(index, |it| it #path)`.
    Element {
        slice: TokenStream,
        index: TokenStream,
        path: TokenStream,
    },
    /// A map entry (`m[k]`): readable and assignable, not addressable.
    MapEntry { map: TokenStream, key: TokenStream },
    /// An array variable kept in a fixed-length slice because it is
    /// sliced: whole reads copy it out, whole writes copy into it.
    Array { slice: TokenStream, len: u64 },
    /// A part of a temporary value (`[...]string{"a", "b"}[i]`): reading
    /// it copies.
    Temporary(TokenStream),
    /// Not a place: a value.
    Value(TokenStream),
}

/// Rust precedence levels (higher binds tighter).
pub mod precedence {
    pub const POSTFIX: u8 = 14;
    pub const UNARY: u8 = 13;
    pub const CAST: u8 = 12;
}

pub fn strip_parens(expr: &ast::Expr) -> &ast::Expr {
    match &expr.kind {
        ExprKind::Paren(inner) => strip_parens(inner),
        _ => expr,
    }
}

fn binary_precedence(op: BinaryOp) -> u8 {
    match op {
        BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem => 10,
        BinaryOp::Add | BinaryOp::Sub => 9,
        BinaryOp::Shl | BinaryOp::Shr => 8,
        BinaryOp::And | BinaryOp::AndNot => 7,
        BinaryOp::Xor => 6,
        BinaryOp::Or => 5,
        BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => 4,
        BinaryOp::LogicalAnd => 3,
        BinaryOp::LogicalOr => 2,
    }
}

fn binary_operator(op: BinaryOp) -> TokenStream {
    match op {
        BinaryOp::Add => quote!(+),
        BinaryOp::Sub => quote!(-),
        BinaryOp::Mul => quote!(*),
        BinaryOp::Div => quote!(/),
        BinaryOp::Rem => quote!(%),
        BinaryOp::And => quote!(&),
        BinaryOp::Or => quote!(|),
        BinaryOp::Xor => quote!(^),
        BinaryOp::Shl => quote!(<<),
        BinaryOp::Shr => quote!(>>),
        BinaryOp::AndNot => quote!(&),
        BinaryOp::LogicalAnd => quote!(&&),
        BinaryOp::LogicalOr => quote!(||),
        BinaryOp::Eq => quote!(==),
        BinaryOp::Ne => quote!(!=),
        BinaryOp::Lt => quote!(<),
        BinaryOp::Le => quote!(<=),
        BinaryOp::Gt => quote!(>),
        BinaryOp::Ge => quote!(>=),
    }
}

pub fn paren(tokens: TokenStream, actual: u8, needed: u8) -> TokenStream {
    if actual < needed { quote!((#tokens)) } else { tokens }
}

impl<'p> Gen<'p> {
    /// An owned value of the expression.
    pub fn value(&mut self, expr: &'p ast::Expr) -> TokenStream {
        self.value_prec(expr).0
    }

    /// An owned value converted to `target` where Go converts implicitly.
    pub fn value_as(&mut self, expr: &'p ast::Expr, target: TypeId) -> TokenStream {
        let from = self.program.expr_type(expr.id);
        if from != target && self.program.types.is_interface(target) && !is_nil(self, expr) && !self.program.types.is_invalid(from) {
            return self.interface_value(expr, from, target);
        }
        let types = &self.program.types;
        let same_underlying = from != target && types.underlying(from) == types.underlying(target);
        let constant = self.program.expr(expr.id).is_some_and(|info| info.value.is_some());
        if same_underlying && !constant && !is_nil(self, expr) {
            // A struct type and an anonymous struct type: different Rust
            // structs with the same fields.
            if matches!(types.underlying_kind(target), TypeKind::Struct(fields) if !fields.is_empty()) {
                let value = self.value(expr);
                return self.struct_conversion(value, from, target, expr.span);
            }
            // Go assigns between a named type and its unnamed underlying
            // type implicitly; the Rust newtype needs wrapping or `.0`.
            if self.is_user_named(target) && !self.is_user_named(from) {
                let (tokens, _) = self.value_prec(expr);
                let name = self.struct_path(target, expr.span);
                return quote!(#name(#tokens));
            }
            if self.is_user_named(from) && !self.is_user_named(target) {
                let (tokens, prec) = self.value_prec(expr);
                let tokens = paren(tokens, prec, precedence::POSTFIX);
                return quote!(#tokens.0);
            }
        }
        self.value(expr)
    }

    /// A struct value as another struct type with the same fields.
    pub fn struct_conversion(&mut self, value: TokenStream, from: TypeId, target: TypeId, span: Span) -> TokenStream {
        let TypeKind::Struct(fields) = self.program.types.underlying_kind(from).clone() else {
            return value;
        };
        let name = self.struct_path(target, span);
        let source = self.temp("value");
        let inits: Vec<TokenStream> = fields
            .iter()
            .map(|field| {
                let from_field = self.field_name(from, &field.name);
                let to_field = self.field_name(target, &field.name);
                quote!(#to_field: #source.#from_field)
            })
            .collect();
        quote!({ let #source = #value; #name { #(#inits),* } })
    }

    /// The expression's tokens and their Rust precedence.
    pub fn value_prec(&mut self, expr: &'p ast::Expr) -> (TokenStream, u8) {
        if let Some(tokens) = self.preevaluated.get(&expr.id) {
            let ty = self.program.expr_type(expr.id);
            let tokens = tokens.clone();
            return if self.is_copy(ty) {
                (tokens, precedence::POSTFIX)
            } else {
                (quote!(#tokens.clone()), precedence::POSTFIX)
            };
        }
        let info = self.program.expr(expr.id).cloned();
        if let Some(info) = &info
            && let Some(value) = &info.value
        {
            return self.constant_expr(expr, value, info.ty);
        }
        match &expr.kind {
            ExprKind::Paren(inner) => self.value_prec(inner),
            ExprKind::Ident(ident_node) => {
                let tokens = self.ident_value(expr, ident_node);
                let prec = if tokens.to_string() == "* self" {
                    precedence::UNARY
                } else {
                    precedence::POSTFIX
                };
                (tokens, prec)
            }
            ExprKind::Selector { .. } | ExprKind::Index { .. } => {
                let ty = self.program.expr_type(expr.id);
                if let ExprKind::Selector { .. } = &expr.kind
                    && let Some(tokens) = self.package_member_value(expr)
                {
                    return (tokens, precedence::POSTFIX);
                }
                if let ExprKind::Index { operand, indices } = &expr.kind
                    && self.program.types.is_string(self.program.expr_type(operand.id))
                {
                    let text = self.receiver(operand);
                    let index = self.index_value(&indices[0]);
                    return (quote!(#text.byte_at(#index)), precedence::POSTFIX);
                }
                if let ExprKind::Selector { .. } = &expr.kind
                    && matches!(
                        self.program.selections.get(&expr.id),
                        Some(Selection::Method(_) | Selection::MethodExpr { .. })
                    )
                {
                    return (self.method_value(expr), precedence::POSTFIX);
                }
                // `Map[int, string]` used as a value.
                if let ExprKind::Index { operand, .. } = &expr.kind
                    && self.program.instantiations.contains_key(&expr.id)
                {
                    return (self.instantiated_function_value(expr, operand), precedence::POSTFIX);
                }
                let place = self.place(expr);
                (self.read_place(place, ty), precedence::POSTFIX)
            }
            ExprKind::Slice { operand, low, high, max } => (
                self.slice_value(expr, operand, low.as_deref(), high.as_deref(), max.as_deref()),
                precedence::POSTFIX,
            ),
            ExprKind::Call { .. } => self.call(expr),
            ExprKind::Unary { op, operand } => self.unary(expr, *op, operand),
            ExprKind::Binary { op, left, right } => self.binary(expr, *op, left, right),
            ExprKind::Composite { .. } => {
                let ty = self.program.expr_type(expr.id);
                (self.composite(expr, ty), precedence::POSTFIX)
            }
            ExprKind::FuncLit { .. } => (self.func_literal_value(expr), precedence::POSTFIX),
            ExprKind::TypeAssert { operand, .. } => (self.type_assertion(expr, operand, false), precedence::POSTFIX),
            ExprKind::Type(_) => {
                self.unsupported(expr.span, "a type used as a value");
                (quote!(()), precedence::POSTFIX)
            }
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::ImaginaryLit(_)
            | ExprKind::Bad => (quote!(()), precedence::POSTFIX),
        }
    }

    /// An expression to call a method on or borrow, without copying it when
    /// it is a plain variable.
    pub fn receiver(&mut self, expr: &'p ast::Expr) -> TokenStream {
        if let Some(tokens) = self.preevaluated.get(&expr.id) {
            return tokens.clone();
        }
        let inner = strip_parens(expr);
        let is_place = matches!(inner.kind, ExprKind::Ident(_) | ExprKind::Selector { .. } | ExprKind::Index { .. });
        if is_place && self.program.expr(inner.id).is_none_or(|info| info.value.is_none()) {
            if let ExprKind::Selector { .. } = &inner.kind
                && self.package_member_value(inner).is_some()
            {
                return self.value(inner);
            }
            // Fields and elements are read from the place built here:
            // building it a second time in value_prec would double the
            // work at every level of `s[0][0]...[0]`.
            let reads_place = match &inner.kind {
                ExprKind::Ident(_) => false,
                ExprKind::Selector { .. } => !matches!(
                    self.program.selections.get(&inner.id),
                    Some(Selection::Method(_) | Selection::MethodExpr { .. })
                ),
                ExprKind::Index { operand, .. } => {
                    !self.program.types.is_string(self.program.expr_type(operand.id))
                        && !self.program.instantiations.contains_key(&inner.id)
                }
                _ => false,
            };
            match self.place(inner) {
                Place::Local(tokens) => return tokens,
                place if reads_place && !self.preevaluated.contains_key(&inner.id) => {
                    let ty = self.program.expr_type(inner.id);
                    return self.read_place(place, ty);
                }
                _ => {}
            }
        }
        let (tokens, prec) = self.value_prec(expr);
        paren(tokens, prec, precedence::POSTFIX)
    }

    /// `&expr` for arguments taken by reference.
    pub fn reference(&mut self, expr: &'p ast::Expr) -> TokenStream {
        let tokens = self.receiver(expr);
        quote!(&#tokens)
    }

    /// An operand of `==`: places are compared without copying.
    pub fn comparable_operand(&mut self, expr: &'p ast::Expr, ty: TypeId) -> TokenStream {
        if let Some(info) = self.program.expr(expr.id)
            && let Some(ConstValue::String(bytes)) = &info.value
            && let Ok(text) = std::str::from_utf8(bytes)
            && !self.is_user_named(ty)
        {
            return quote!(#text);
        }
        // A local variable or a field of one is compared in place.
        if matches!(strip_parens(expr).kind, ExprKind::Ident(_) | ExprKind::Selector { .. }) {
            return self.receiver(expr);
        }
        let (tokens, prec) = self.value_prec(expr);
        paren(tokens, prec, 5)
    }

    // ----- identifiers and package members -----

    fn ident_value(&mut self, expr: &'p ast::Expr, ident_node: &ast::Ident) -> TokenStream {
        let Some(object) = self.program.resolve(ident_node) else {
            return quote!(());
        };
        let ty = self.program.expr_type(expr.id);
        match &self.program.object(object).kind {
            ObjKind::Var(_) => {
                let place = self.var_place(object);
                // The only read of a variable moves it.
                if let Place::Local(tokens) = &place
                    && self.func.as_ref().is_some_and(|state| state.movable.contains(&expr.id))
                {
                    return tokens.clone();
                }
                self.read_place(place, ty)
            }
            ObjKind::Nil => self.zero_value(ty, expr.span),
            ObjKind::Func(id) => self.function_value(*id, expr.span),
            _ => {
                self.unsupported(expr.span, format!("using {} here", ident_node.name));
                quote!(())
            }
        }
    }

    /// `os.Args`, `os.Stdout`: standard library variables.
    fn package_member_value(&mut self, expr: &'p ast::Expr) -> Option<TokenStream> {
        let Some(Selection::Package { package, object }) = self.program.selections.get(&expr.id) else {
            return None;
        };
        let object = self.program.object(*object);
        match (&object.kind, package.as_str()) {
            // `os.Args`, `io.EOF`, `unicode.Greek`: the runtime's function
            // of the same name.
            (ObjKind::Var(_), _) => {
                let Some(module) = self.stdlib_module(package) else {
                    self.unsupported(expr.span, format!("{}.{}", package, object.name));
                    return Some(quote!(()));
                };
                let function = ident(&crate::names::snake_case(&object.name));
                Some(quote!(#module::#function()))
            }
            // The split functions a Scanner knows by name.
            (ObjKind::Func(_), "bufio") if matches!(object.name.as_str(), "ScanLines" | "ScanWords" | "ScanRunes" | "ScanBytes") => {
                let bufio = self.use_module("bufio");
                let variant = ident(&object.name);
                Some(quote!(#bufio::SplitFunc::#variant))
            }
            (ObjKind::Func(id), _) => Some(self.function_value(*id, expr.span)),
            _ => {
                self.unsupported(expr.span, format!("{}.{}", package, object.name));
                Some(quote!(()))
            }
        }
    }

    // ----- places -----

    pub fn place(&mut self, expr: &'p ast::Expr) -> Place {
        if let Some(tokens) = self.preevaluated.get(&expr.id) {
            return Place::Local(tokens.clone());
        }
        let program = self.program;
        match &expr.kind {
            ExprKind::Paren(inner) => self.place(inner),
            ExprKind::Ident(ident_node) => match program.resolve(ident_node) {
                Some(object) if matches!(program.object(object).kind, ObjKind::Var(_)) => self.var_place(object),
                _ => Place::Value(self.value(expr)),
            },
            ExprKind::Selector { operand, field } => {
                match program.selections.get(&expr.id) {
                    Some(Selection::Field { through_pointer, .. }) => {
                        let operand_ty = program.expr_type(operand.id);
                        let struct_ty = if *through_pointer {
                            program.types.elem(operand_ty).unwrap_or(operand_ty)
                        } else {
                            operand_ty
                        };
                        // `t.C` of a timer or ticker, `c.L` of a sync.Cond:
                        // the runtime handle's accessor.
                        if let Some(named) = program.types.named_info(struct_ty)
                            && matches!(
                                (named.package.as_deref(), named.name.as_str()),
                                (Some("time"), "Timer" | "Ticker") | (Some("sync"), "Cond")
                            )
                        {
                            let handle = self.receiver(operand);
                            let accessor = ident(&crate::names::snake_case(&field.name));
                            return Place::Value(quote!(#handle.#accessor()));
                        }
                        let field_name = self.field_name(struct_ty, &field.name);
                        let projection =
                            if self.is_user_named(struct_ty) && !matches!(program.types.underlying_kind(struct_ty), TypeKind::Struct(_)) {
                                quote!(.0.#field_name)
                            } else {
                                quote!(.#field_name)
                            };
                        if *through_pointer {
                            let root = self.receiver(operand);
                            Place::Cell { root, path: projection }
                        } else {
                            let base = self.place(operand);
                            project(base, projection)
                        }
                    }
                    _ => {
                        // Method values and package members are values.
                        Place::Value(self.value(expr))
                    }
                }
            }
            ExprKind::Index { .. } if self.program.instantiations.contains_key(&expr.id) => Place::Value(self.value(expr)),
            ExprKind::Index { operand, indices } => {
                let operand_ty = program.expr_type(operand.id);
                let Some(index_expr) = indices.first() else {
                    return Place::Value(quote!(()));
                };
                let named_wrapper = self.is_user_named(operand_ty);
                let underlying = program.types.underlying_kind(operand_ty).clone();
                match underlying {
                    TypeKind::Slice(_) => {
                        let slice = self.receiver(operand);
                        let slice = if named_wrapper { quote!(#slice.0) } else { slice };
                        let index = self.index_value(index_expr);
                        Place::Element {
                            slice,
                            index,
                            path: TokenStream::new(),
                        }
                    }
                    TypeKind::Array(..) => {
                        let base = self.place(operand);
                        if let Place::Array { slice, .. } = base {
                            let index = self.index_value(index_expr);
                            return Place::Element {
                                slice,
                                index,
                                path: TokenStream::new(),
                            };
                        }
                        let index = self.array_index(index_expr);
                        let projection = if named_wrapper { quote!(.0[#index]) } else { quote!([#index]) };
                        project(base, projection)
                    }
                    TypeKind::Pointer(pointee) => {
                        let root = self.receiver(operand);
                        let index = self.array_index(index_expr);
                        // `p[i]` for a pointer to a named array type.
                        let path = if self.is_user_named(pointee) {
                            quote!(.0[#index])
                        } else {
                            quote!([#index])
                        };
                        Place::Cell { root, path }
                    }
                    TypeKind::Map(key_ty, _) => {
                        let map = self.receiver(operand);
                        let map = if named_wrapper { quote!(#map.0) } else { map };
                        let key = self.value_as(index_expr, key_ty);
                        Place::MapEntry { map, key }
                    }
                    // `s[i]` of a string: a byte value.
                    _ if program.types.is_string(operand_ty) => Place::Value(self.value(expr)),
                    _ => {
                        self.unsupported(expr.span, "indexing this value");
                        Place::Value(quote!(()))
                    }
                }
            }
            ExprKind::Unary {
                op: UnaryOp::Deref,
                operand,
            } => {
                let root = self.receiver(operand);
                Place::Cell {
                    root,
                    path: TokenStream::new(),
                }
            }
            _ => Place::Value(self.value(expr)),
        }
    }

    /// Reads a place as an owned value of type `ty`.
    pub fn read_place(&mut self, place: Place, ty: TypeId) -> TokenStream {
        let copy = self.is_copy(ty);
        let it = self.cell_param();
        match place {
            Place::Local(tokens) => {
                if copy {
                    let by_reference = tokens.to_string() == "self" && !self.func.as_ref().is_some_and(|state| state.self_by_value);
                    if by_reference { quote!(*self) } else { tokens }
                } else {
                    quote!(#tokens.clone())
                }
            }
            Place::Cell { root, path } => {
                if path.is_empty() {
                    quote!(#root.get())
                } else if copy {
                    quote!(#root.with(|#it| #it #path))
                } else {
                    quote!(#root.with(|#it| #it #path.clone()))
                }
            }
            Place::Element { slice, index, path } => {
                if path.is_empty() {
                    quote!(#slice.get(#index))
                } else if copy {
                    quote!(#slice.with(#index, |#it| #it #path))
                } else {
                    quote!(#slice.with(#index, |#it| #it #path.clone()))
                }
            }
            Place::MapEntry { map, key } => {
                let key = borrowed(key);
                quote!(#map.get(#key))
            }
            Place::Array { slice, len } => {
                let len = Literal::usize_unsuffixed(len as usize);
                quote!(#slice.to_array::<#len>())
            }
            Place::Temporary(tokens) => {
                if copy {
                    tokens
                } else {
                    quote!(#tokens.clone())
                }
            }
            Place::Value(tokens) => tokens,
        }
    }

    /// A slice or string index as `i64` (Go indexes are any integer type).
    pub fn index_value(&mut self, expr: &'p ast::Expr) -> TokenStream {
        let ty = self.program.expr_type(expr.id);
        let (tokens, prec) = self.numeric_value(expr);
        match self.program.types.as_basic(ty) {
            Some(Basic::Int | Basic::Int64 | Basic::UntypedInt) if !self.is_user_named(ty) => tokens,
            _ => {
                let tokens = paren(tokens, prec, precedence::CAST);
                quote!(#tokens as i64)
            }
        }
    }

    /// An array slice bound as `usize`.
    pub fn array_bound(&mut self, expr: &'p ast::Expr) -> TokenStream {
        self.array_index(expr)
    }

    /// An array index as `usize`.
    fn array_index(&mut self, expr: &'p ast::Expr) -> TokenStream {
        if let Some(info) = self.program.expr(expr.id)
            && let Some(value) = info.value.as_ref().and_then(ConstValue::to_integer)
        {
            let literal = Literal::usize_unsuffixed(value as usize);
            return quote!(#literal);
        }
        let (tokens, prec) = self.numeric_value(expr);
        let tokens = paren(tokens, prec, precedence::CAST);
        quote!(#tokens as usize)
    }

    /// A number, unwrapped from a named numeric type (`Status(1)` → its
    /// `i64`).
    fn numeric_value(&mut self, expr: &'p ast::Expr) -> (TokenStream, u8) {
        let ty = self.program.expr_type(expr.id);
        let (tokens, prec) = self.value_prec(expr);
        if self.is_user_named(ty) || self.lib_type(ty) == Some(LibType::Duration) {
            let tokens = paren(tokens, prec, precedence::POSTFIX);
            return (quote!(#tokens.0), precedence::POSTFIX);
        }
        (tokens, prec)
    }

    // ----- constants -----

    fn constant_expr(&mut self, expr: &'p ast::Expr, value: &ConstValue, ty: TypeId) -> (TokenStream, u8) {
        let inner = strip_parens(expr);
        // A named constant keeps its name when its Rust type fits.
        if let ExprKind::Ident(name) = &inner.kind
            && let Some(object) = self.program.resolve(name)
            && matches!(self.program.object(object).kind, ObjKind::Const(_))
            && !matches!(name.name.as_str(), "true" | "false" | "iota")
        {
            let const_ty = self.program.types.default_type(self.program.object(object).ty);
            let rust_name = self
                .func
                .as_ref()
                .and_then(|state| state.names.get(&object).cloned())
                .or_else(|| self.global_names.get(&object).cloned());
            if const_ty == ty
                && let Some(rust_name) = rust_name
            {
                self.used_constants.insert(object);
                let rust_name = ident(&rust_name);
                if self.program.types.kind(ty) == &TypeKind::Basic(Basic::String) {
                    let string = self.use_item("GoString");
                    return (quote!(#string::from(#rust_name)), precedence::POSTFIX);
                }
                if self.is_user_named(ty) && self.program.types.is_string(ty) {
                    // A string constant of a named type is a `&str` item.
                    let string = self.use_item("GoString");
                    let name = self.struct_path(ty, expr.span);
                    return (quote!(#name(#string::from(#rust_name))), precedence::POSTFIX);
                }
                return (quote!(#rust_name), precedence::POSTFIX);
            }
        }
        self.constant_prec(value, ty, expr.span, false)
    }

    /// A constant and its Rust precedence (`2 * time::SECOND` is a product,
    /// `-1` a negation).
    pub fn constant_prec(&mut self, value: &ConstValue, ty: TypeId, span: Span, suffix: bool) -> (TokenStream, u8) {
        let tokens = self.constant(value, ty, span, suffix);
        let text = tokens.to_string();
        let prec = if text.contains(" * ") {
            10
        } else if text.starts_with('-') {
            precedence::UNARY
        } else {
            precedence::POSTFIX
        };
        (tokens, prec)
    }

    /// A constant of type `ty`. `suffix` makes numeric literals carry their
    /// type where Rust could not infer it.
    pub fn constant(&mut self, value: &ConstValue, ty: TypeId, span: Span, suffix: bool) -> TokenStream {
        let ty = self.program.types.default_type(ty);
        // A constant as a type parameter's value: `T::from_i64(1)`.
        if self.program.types.is_type_param(ty) {
            let name = self.type_param_name(ty);
            let number = self.use_item("GoNumber");
            return match value {
                ConstValue::Int(integer) => {
                    let literal = Literal::i64_suffixed(*integer as i64);
                    quote!(<#name as #number>::from_i64(#literal))
                }
                ConstValue::Float(float) => {
                    let literal = Literal::f64_suffixed(float.to_f64());
                    quote!(<#name as #number>::from_f64(#literal))
                }
                _ => {
                    self.unsupported(span, "a constant of a type parameter's type other than a number");
                    quote!(())
                }
            };
        }
        if self.lib_type(ty) == Some(LibType::Duration) {
            return self.duration_constant(value.to_integer().unwrap_or(0) as i64);
        }
        if self.is_user_named(ty) {
            let underlying = self.program.types.underlying(ty);
            let inner = self.constant(value, underlying, span, false);
            let name = self.struct_path(ty, span);
            return quote!(#name(#inner));
        }
        let basic = self.program.types.as_basic(ty).unwrap_or(Basic::Invalid);
        match value {
            ConstValue::Bool(true) => quote!(true),
            ConstValue::Bool(false) => quote!(false),
            ConstValue::String(bytes) => {
                let string = self.use_item("GoString");
                match std::str::from_utf8(bytes) {
                    Ok(text) => quote!(#string::from(#text)),
                    Err(_) => {
                        let literal = Literal::byte_string(bytes);
                        quote!(#string::from_bytes(#literal))
                    }
                }
            }
            ConstValue::Int(_) | ConstValue::Float(_) if basic.is_float() => {
                let number = value.to_f64().unwrap_or(0.0);
                float_literal(number, basic == Basic::Float32, suffix)
            }
            ConstValue::Int(_) | ConstValue::Float(_) => {
                let number = value.to_integer().unwrap_or(0);
                int_literal(number, basic, suffix)
            }
        }
    }

    /// A `time.Duration` constant in the unit that reads best.
    fn duration_constant(&mut self, nanos: i64) -> TokenStream {
        let time = self.use_module("time");
        if self.in_const {
            // Operators are not `const`: spell constants with constructors.
            const CONSTRUCTORS: [(i64, &str); 5] = [
                (3_600_000_000_000, "from_hours"),
                (60_000_000_000, "from_mins"),
                (1_000_000_000, "from_secs"),
                (1_000_000, "from_millis"),
                (1_000, "from_micros"),
            ];
            for (unit, constructor) in CONSTRUCTORS {
                if nanos != 0 && nanos % unit == 0 {
                    let constructor = ident(constructor);
                    let count = proc_macro2::Literal::i64_unsuffixed((nanos / unit).abs());
                    let sign = if nanos < 0 { quote!(-) } else { TokenStream::new() };
                    return quote!(#time::Duration::#constructor(#sign #count));
                }
            }
            let literal = Literal::i64_unsuffixed(nanos.abs());
            let sign = if nanos < 0 { quote!(-) } else { TokenStream::new() };
            return quote!(#time::Duration(#sign #literal));
        }
        const UNITS: [(i64, &str); 5] = [
            (3_600_000_000_000, "HOUR"),
            (60_000_000_000, "MINUTE"),
            (1_000_000_000, "SECOND"),
            (1_000_000, "MILLISECOND"),
            (1_000, "MICROSECOND"),
        ];
        if nanos != 0 {
            for (unit, name) in UNITS {
                if nanos % unit == 0 {
                    let unit_ident = ident(name);
                    let count = nanos / unit;
                    if count == 1 {
                        return quote!(#time::#unit_ident);
                    }
                    let literal = Literal::i64_unsuffixed(count.abs());
                    let sign = if count < 0 { quote!(-) } else { TokenStream::new() };
                    return quote!(#sign #literal * #time::#unit_ident);
                }
            }
        }
        let literal = Literal::i64_unsuffixed(nanos.abs());
        let sign = if nanos < 0 { quote!(-) } else { TokenStream::new() };
        quote!(#time::Duration(#sign #literal))
    }

    // ----- operators -----

    fn unary(&mut self, expr: &'p ast::Expr, op: UnaryOp, operand: &'p ast::Expr) -> (TokenStream, u8) {
        let ty = self.program.expr_type(expr.id);
        match op {
            UnaryOp::Plus => self.value_prec(operand),
            UnaryOp::Neg => {
                let (tokens, prec) = self.value_prec(operand);
                if self.program.types.is_unsigned(ty) && !self.is_user_named(ty) {
                    let tokens = paren(tokens, prec, precedence::POSTFIX);
                    return (quote!(#tokens.wrapping_neg()), precedence::POSTFIX);
                }
                let tokens = paren(tokens, prec, precedence::UNARY);
                (quote!(-#tokens), precedence::UNARY)
            }
            UnaryOp::Not | UnaryOp::Complement => {
                let (tokens, prec) = self.value_prec(operand);
                let tokens = paren(tokens, prec, precedence::UNARY);
                (quote!(!#tokens), precedence::UNARY)
            }
            UnaryOp::Recv => {
                let channel = self.receiver(operand);
                (quote!(#channel.recv().await), precedence::POSTFIX)
            }
            UnaryOp::Deref => {
                let place = self.place(expr);
                (self.read_place(place, ty), precedence::POSTFIX)
            }
            UnaryOp::Addr => (self.address_of(expr, operand), precedence::POSTFIX),
        }
    }

    fn address_of(&mut self, expr: &'p ast::Expr, operand: &'p ast::Expr) -> TokenStream {
        let inner = strip_parens(operand);
        if let ExprKind::Composite { .. } = &inner.kind {
            let ty = self.program.expr_type(inner.id);
            let value = self.composite(inner, ty);
            let ptr = self.use_item("Ptr");
            return quote!(#ptr::new(#value));
        }
        let operand_ty = self.program.expr_type(operand.id);
        if self
            .lib_type(operand_ty)
            .is_some_and(|lib| matches!(lib, LibType::WaitGroup | LibType::Mutex | LibType::RWMutex | LibType::SyncHandle))
        {
            // A pointer to a sync value is the value's shared handle.
            let handle = self.receiver(operand);
            return quote!(#handle.clone());
        }
        let it = self.cell_param();
        match self.place(operand) {
            Place::Cell { root, path } if path.is_empty() => quote!(#root.clone()),
            // `&x.field`, `&p.field`, `&arr[i]` in a variable's cell.
            Place::Cell { root, path } => quote!(#root.project(move |#it| &mut #it #path)),
            // `&s[i]`, `&s[i].field`.
            Place::Element { slice, index, path } if path.is_empty() => quote!(#slice.element_ptr(#index)),
            Place::Element { slice, index, path } => quote!(#slice.element_ptr(#index).project(move |#it| &mut #it #path)),
            // `&arr` for an array that lives in a slice (it is also sliced).
            Place::Array { slice, len } => {
                let len = proc_macro2::Literal::usize_unsuffixed(len as usize);
                quote!(#slice.array_ptr::<#len>())
            }
            _ => {
                self.unsupported(expr.span, "pointers to struct fields, array or slice elements");
                quote!(())
            }
        }
    }

    fn binary(&mut self, expr: &'p ast::Expr, op: BinaryOp, left: &'p ast::Expr, right: &'p ast::Expr) -> (TokenStream, u8) {
        let program = self.program;
        let left_ty = program.expr_type(left.id);
        let right_ty = program.expr_type(right.id);
        // Comparisons with nil.
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            let (subject, nil_side) = if is_nil(self, right) {
                (Some(left), true)
            } else if is_nil(self, left) {
                (Some(right), true)
            } else {
                (None, false)
            };
            if let (Some(subject), true) = (subject, nil_side) {
                let subject_ty = self.program.expr_type(subject.id);
                let subject = self.receiver(subject);
                // A named func, slice or map type is a newtype.
                let subject = if self.is_user_named(subject_ty)
                    && !self.program.types.is_interface(subject_ty)
                    && !matches!(self.program.types.underlying_kind(subject_ty), TypeKind::Pointer(_))
                {
                    quote!(#subject.0)
                } else {
                    subject
                };
                return if op == BinaryOp::Eq {
                    (quote!(#subject.is_nil()), precedence::POSTFIX)
                } else {
                    (quote!(!#subject.is_nil()), precedence::UNARY)
                };
            }
        }
        let prec = binary_precedence(op);
        if let Some(emptiness) = self.emptiness_test(op, left, right) {
            return emptiness;
        }
        if let Some(range) = self.range_test(op, left, right) {
            return range;
        }
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne)
            && (program.types.is_interface(left_ty) || program.types.is_interface(right_ty))
            && left_ty != right_ty
        {
            return self.interface_comparison(op, left, right, left_ty, right_ty);
        }
        if op.is_comparison() {
            let is_string = program.types.is_string(left_ty) && !self.is_user_named(left_ty);
            let ordering = !matches!(op, BinaryOp::Eq | BinaryOp::Ne);
            let operand = |generator: &mut Self, side: &'p ast::Expr| -> TokenStream {
                if is_string && !ordering {
                    return generator.comparable_operand(side, left_ty);
                }
                let (tokens, side_prec) = generator.value_prec(side);
                // `x as u32 < y` would read as generic arguments.
                let needed = if std::ptr::eq(side, left) && side_prec == precedence::CAST {
                    precedence::POSTFIX
                } else {
                    prec + 1
                };
                paren(tokens, side_prec, needed)
            };
            let mut left_tokens = operand(self, left);
            let mut right_tokens = operand(self, right);
            // `"x" == s` needs the GoString on the left.
            if is_string && !ordering && program.expr(left.id).is_some_and(|info| info.value.is_some()) {
                std::mem::swap(&mut left_tokens, &mut right_tokens);
            }
            let operator = binary_operator(op);
            return (quote!(#left_tokens #operator #right_tokens), prec);
        }
        let ty = program.expr_type(expr.id);
        let integer = program.types.is_integer(ty);
        let named = self.is_user_named(ty);
        if op.is_shift() {
            let (left_tokens, left_prec) = self.value_prec(left);
            let count = program
                .expr(right.id)
                .and_then(|info| info.value.as_ref())
                .and_then(ConstValue::to_integer);
            let bits = program.types.as_basic(ty).map_or(64, Basic::bits) as i128;
            if let Some(count) = count
                && count < bits
                && !named
            {
                // `x as u32 << 8` would read as generic arguments.
                let needed = if left_prec == precedence::CAST { precedence::POSTFIX } else { prec };
                let left_tokens = paren(left_tokens, left_prec, needed);
                let count = Literal::u32_unsuffixed(count as u32);
                let operator = binary_operator(op);
                return (quote!(#left_tokens #operator #count), prec);
            }
            self.use_item("GoShift");
            let left_tokens = paren(left_tokens, left_prec, precedence::POSTFIX);
            let right_tokens = self.value(right);
            let method = if op == BinaryOp::Shl { quote!(go_shl) } else { quote!(go_shr) };
            let _ = right_ty;
            return (quote!(#left_tokens.#method(#right_tokens)), precedence::POSTFIX);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) && integer && !program.types.is_unsigned(ty) && !named && self.lib_type(ty).is_none()
        {
            let divisor = program
                .expr(right.id)
                .and_then(|info| info.value.as_ref())
                .and_then(ConstValue::to_integer);
            if divisor.is_none_or(|divisor| divisor == -1) {
                // A constant receiver needs its type spelled out.
                let (left_tokens, left_prec) = match program.expr(left.id).and_then(|info| info.value.clone()) {
                    Some(value) => self.constant_prec(&value, ty, left.span, true),
                    None => self.value_prec(left),
                };
                let left_tokens = paren(left_tokens, left_prec, precedence::POSTFIX);
                let right_tokens = self.value(right);
                let method = if op == BinaryOp::Div {
                    quote!(wrapping_div)
                } else {
                    quote!(wrapping_rem)
                };
                return (quote!(#left_tokens.#method(#right_tokens)), precedence::POSTFIX);
            }
        }
        if op == BinaryOp::Add && program.types.is_string(ty) && !named {
            let (left_tokens, left_prec) = self.value_prec(left);
            let left_tokens = paren(left_tokens, left_prec, prec);
            let right_tokens = match program.expr(right.id).and_then(|info| info.value.clone()) {
                Some(ConstValue::String(bytes)) if std::str::from_utf8(&bytes).is_ok() => {
                    let text = String::from_utf8(bytes).unwrap_or_default();
                    quote!(#text)
                }
                _ => self.reference(right),
            };
            return (quote!(#left_tokens + #right_tokens), prec);
        }
        let (left_tokens, left_prec) = self.value_prec(left);
        let (right_tokens, right_prec) = self.value_prec(right);
        // Arithmetic inside a bitwise operation is parenthesised for the
        // reader, as clippy asks.
        let bitwise = matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot);
        let needed = |child_prec: u8, base: u8| {
            if bitwise && (9..=10).contains(&child_prec) {
                precedence::POSTFIX
            } else {
                base
            }
        };
        let left_tokens = paren(left_tokens, left_prec, needed(left_prec, prec));
        let right_tokens = paren(right_tokens, right_prec, needed(right_prec, prec + 1));
        if op == BinaryOp::AndNot {
            return (quote!(#left_tokens & !#right_tokens), prec);
        }
        let operator = binary_operator(op);
        (quote!(#left_tokens #operator #right_tokens), prec)
    }

    /// `lo <= x && x <= hi` is `(lo..=hi).contains(&x)`, and
    /// `x < lo || x > hi` its negation, for constant bounds.
    fn range_test(&mut self, op: BinaryOp, left: &'p ast::Expr, right: &'p ast::Expr) -> Option<(TokenStream, u8)> {
        if !matches!(op, BinaryOp::LogicalAnd | BinaryOp::LogicalOr) {
            return None;
        }
        // (subject, bound, is the bound a lower one, inclusive)
        let bound = |generator: &Self, expr: &'p ast::Expr| -> Option<(&'p ast::Expr, &'p ast::Expr, bool, bool)> {
            let ExprKind::Binary { op, left, right } = &strip_parens(expr).kind else {
                return None;
            };
            let constant = |e: &ast::Expr| generator.program.expr(e.id).is_some_and(|info| info.value.is_some());
            let (subject, limit, flipped) = if constant(right) && !constant(left) {
                (&**left, &**right, false)
            } else if constant(left) && !constant(right) {
                (&**right, &**left, true)
            } else {
                return None;
            };
            let op = if flipped {
                match op {
                    BinaryOp::Lt => BinaryOp::Gt,
                    BinaryOp::Le => BinaryOp::Ge,
                    BinaryOp::Gt => BinaryOp::Lt,
                    BinaryOp::Ge => BinaryOp::Le,
                    other => *other,
                }
            } else {
                *op
            };
            match op {
                BinaryOp::Ge => Some((subject, limit, true, true)),
                BinaryOp::Gt => Some((subject, limit, true, false)),
                BinaryOp::Le => Some((subject, limit, false, true)),
                BinaryOp::Lt => Some((subject, limit, false, false)),
                _ => None,
            }
        };
        let (first, second) = (bound(self, left)?, bound(self, right)?);
        let same_subject = match (&strip_parens(first.0).kind, &strip_parens(second.0).kind) {
            (ExprKind::Ident(a), ExprKind::Ident(b)) => {
                self.program.resolve(a).is_some() && self.program.resolve(a) == self.program.resolve(b)
            }
            _ => false,
        };
        let ty = self.program.expr_type(first.0.id);
        if !same_subject || first.2 == second.2 || !self.program.types.is_integer(ty) || self.is_user_named(ty) {
            return None;
        }
        // `x >= a` / `x > a` bound x from below, `x <= b` / `x < b` from above.
        let (from_below, from_above) = if first.2 { (first, second) } else { (second, first) };
        let subject = self.receiver(from_below.0);
        let range = match op {
            // a <= x && x <= b: (a..=b); a <= x && x < b: (a..b)
            BinaryOp::LogicalAnd if from_below.3 => {
                let low = self.value(from_below.1);
                let high = self.value(from_above.1);
                if from_above.3 {
                    quote!((#low..=#high))
                } else {
                    quote!((#low..#high))
                }
            }
            // x < a || x > b: outside (a..=b); x < a || x >= b: outside (a..b)
            BinaryOp::LogicalOr if !from_above.3 => {
                let low = self.value(from_above.1);
                let high = self.value(from_below.1);
                let range = if from_below.3 {
                    quote!((#low..#high))
                } else {
                    quote!((#low..=#high))
                };
                return Some((quote!(!#range.contains(&#subject)), precedence::UNARY));
            }
            _ => return None,
        };
        Some((quote!(#range.contains(&#subject)), precedence::POSTFIX))
    }

    /// `len(x) == 0`, `len(x) > 0`, `s == ""`: Rust says `is_empty`.
    fn emptiness_test(&mut self, op: BinaryOp, left: &'p ast::Expr, right: &'p ast::Expr) -> Option<(TokenStream, u8)> {
        let is_zero = |generator: &Self, expr: &ast::Expr| {
            generator
                .program
                .expr(expr.id)
                .and_then(|info| info.value.as_ref())
                .and_then(ConstValue::to_integer)
                == Some(0)
        };
        let is_empty_string = |generator: &Self, expr: &ast::Expr| matches!(generator.program.expr(expr.id).and_then(|info| info.value.as_ref()), Some(ConstValue::String(bytes)) if bytes.is_empty());
        // `len(x)` (or a strings.Builder's `Len()`) of something with an
        // `is_empty`: (subject, whether it is a newtype's `.0`).
        let length_of = |generator: &Self, expr: &'p ast::Expr| -> Option<(&'p ast::Expr, bool)> {
            let ExprKind::Call { func, args, .. } = &strip_parens(expr).kind else {
                return None;
            };
            if generator.program.expr(expr.id).is_some_and(|info| info.value.is_some()) {
                return None;
            }
            match generator.program.callees.get(&strip_parens(expr).id) {
                Some(go2rs_analysis::Callee::Builtin(go2rs_analysis::Builtin::Len)) => {
                    let operand = args.first()?;
                    let operand_ty = generator.program.expr_type(operand.id);
                    let underlying = generator.program.types.underlying_kind(operand_ty);
                    let collection = matches!(underlying, TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..))
                        || generator.program.types.is_string(operand_ty);
                    if !collection {
                        return None;
                    }
                    Some((operand, generator.is_user_named(operand_ty)))
                }
                Some(go2rs_analysis::Callee::Method(method)) => {
                    let called = generator.program.func(method.func);
                    let ExprKind::Selector { operand, .. } = &strip_parens(func).kind else {
                        return None;
                    };
                    let receiver_ty = generator.program.expr_type(operand.id);
                    let base = generator
                        .program
                        .types
                        .elem(receiver_ty)
                        .filter(|_| method.receiver_is_pointer)
                        .unwrap_or(receiver_ty);
                    (called.name == "Len" && generator.lib_type(base) == Some(LibType::Builder) && !method.receiver_is_pointer)
                        .then_some((&**operand, false))
                }
                _ => None,
            }
        };
        // (subject, true when the test is for emptiness)
        let test = match op {
            BinaryOp::Eq | BinaryOp::Le if is_zero(self, right) => length_of(self, left).map(|subject| (subject, true)),
            BinaryOp::Ne | BinaryOp::Gt if is_zero(self, right) => length_of(self, left).map(|subject| (subject, false)),
            BinaryOp::Eq | BinaryOp::Ge if is_zero(self, left) => length_of(self, right).map(|subject| (subject, true)),
            BinaryOp::Ne | BinaryOp::Lt if is_zero(self, left) => length_of(self, right).map(|subject| (subject, false)),
            BinaryOp::Eq | BinaryOp::Ne if is_empty_string(self, right) && !self.is_user_named(self.program.expr_type(left.id)) => {
                Some(((left, false), op == BinaryOp::Eq))
            }
            BinaryOp::Eq | BinaryOp::Ne if is_empty_string(self, left) && !self.is_user_named(self.program.expr_type(right.id)) => {
                Some(((right, false), op == BinaryOp::Eq))
            }
            _ => None,
        };
        let ((subject, newtype), empty) = test?;
        let subject = self.receiver(subject);
        let subject = if newtype { quote!(#subject.0) } else { subject };
        Some(if empty {
            (quote!(#subject.is_empty()), precedence::POSTFIX)
        } else {
            (quote!(!#subject.is_empty()), precedence::UNARY)
        })
    }

    // ----- slicing -----

    fn slice_value(
        &mut self,
        expr: &'p ast::Expr,
        operand: &'p ast::Expr,
        low: Option<&'p ast::Expr>,
        high: Option<&'p ast::Expr>,
        max: Option<&'p ast::Expr>,
    ) -> TokenStream {
        let operand_ty = self.program.expr_type(operand.id);
        let underlying = self.program.types.underlying_kind(operand_ty).clone();
        let named = self.is_user_named(operand_ty);
        let base = self.receiver(operand);
        let base = if named { quote!(#base.0) } else { base };
        let low_tokens = low.map(|low| self.index_value(low));
        let high_tokens = high.map(|high| self.index_value(high));
        let result = match underlying {
            TypeKind::Slice(_) | TypeKind::Basic(_) => {
                if let Some(max) = max {
                    let max = self.index_value(max);
                    let low = low_tokens.unwrap_or_else(|| quote!(0));
                    let high = high_tokens.unwrap_or_else(|| quote!(0));
                    quote!(#base.slice3(#low, #high, #max))
                } else {
                    match (low_tokens, high_tokens) {
                        (Some(low), Some(high)) => quote!(#base.slice(#low, #high)),
                        (Some(low), None) => quote!(#base.slice_from(#low)),
                        (None, Some(high)) => quote!(#base.slice_to(#high)),
                        (None, None) => quote!(#base.clone()),
                    }
                }
            }
            TypeKind::Array(..) => match self.place(operand) {
                Place::Array { slice, .. } => {
                    let low = low_tokens.unwrap_or_else(|| quote!(0));
                    match (high_tokens, max) {
                        (Some(high), None) => quote!(#slice.slice(#low, #high)),
                        (None, None) => quote!(#slice.slice_from(#low)),
                        (high, Some(max)) => {
                            let max = self.index_value(max);
                            let high = high.unwrap_or_else(|| quote!(0));
                            quote!(#slice.slice3(#low, #high, #max))
                        }
                    }
                }
                _ => {
                    self.unsupported(expr.span, "slicing an array that is not a local variable");
                    quote!(())
                }
            },
            _ => {
                self.unsupported(expr.span, "slicing this value");
                quote!(())
            }
        };
        if named
            && !matches!(
                self.program.types.underlying_kind(self.program.expr_type(expr.id)),
                TypeKind::Basic(_)
            )
        {
            let name = self.struct_path(operand_ty, expr.span);
            return quote!(#name(#result));
        }
        result
    }

    // ----- composite literals -----

    pub fn composite(&mut self, expr: &'p ast::Expr, ty: TypeId) -> TokenStream {
        let ExprKind::Composite { elements, .. } = &expr.kind else {
            return quote!(());
        };
        self.composite_elements(expr.span, elements, ty)
    }

    fn composite_elements(&mut self, span: Span, elements: &'p [ast::Element], ty: TypeId) -> TokenStream {
        let program = self.program;
        // `&T{...}` elided in a literal of pointers.
        if let TypeKind::Pointer(elem) = program.types.kind(ty).clone()
            && !self.is_handle_pointer(ty)
        {
            let inner = self.composite_elements(span, elements, elem);
            let ptr = self.use_item("Ptr");
            return quote!(#ptr::new(#inner));
        }
        // `sync.Pool{New: f}`: the runtime's pool made with `f`.
        if let Some(named) = program.types.named_info(ty)
            && named.package.as_deref() == Some("sync")
            && named.name == "Pool"
            && let TypeKind::Struct(fields) = program.types.underlying_kind(ty).clone()
        {
            let module = self.use_module("sync");
            let Some(element) = elements.first() else {
                return quote!(#module::Pool::default());
            };
            if self.program.dynamic_calls_block {
                self.unsupported(span, "sync.Pool's New where function values can block");
            }
            let new = self.element_value(&element.value, fields[0].ty);
            return quote!(#module::Pool::new(#new));
        }
        let named = self.is_user_named(ty);
        let underlying = program.types.underlying_kind(ty).clone();
        let value = match underlying {
            TypeKind::Struct(fields) => {
                if !named && fields.is_empty() {
                    return quote!(());
                }
                let name = self.struct_path(ty, span);
                if elements.is_empty() {
                    return quote!(#name::default());
                }
                let keyed = elements[0].key.is_some();
                let mut inits = Vec::new();
                let mut given = Vec::new();
                for (index, element) in elements.iter().enumerate() {
                    let field = if keyed {
                        match &element.key {
                            Some(ElementValue::Expr(key)) => match &key.kind {
                                ExprKind::Ident(name) => fields.iter().find(|f| f.name == name.name),
                                _ => None,
                            },
                            _ => None,
                        }
                    } else {
                        fields.get(index)
                    };
                    let Some(field) = field else {
                        continue;
                    };
                    let field_ident = self.field_name(ty, &field.name);
                    let value = self.element_value(&element.value, field.ty);
                    if field_ident == value.to_string() {
                        inits.push(quote!(#field_ident));
                    } else {
                        inits.push(quote!(#field_ident: #value));
                    }
                    given.push(field.name.clone());
                }
                if given.len() < fields.len() {
                    quote!(#name { #(#inits,)* ..Default::default() })
                } else {
                    quote!(#name { #(#inits),* })
                }
            }
            TypeKind::Slice(elem) => {
                if elements.iter().any(|element| element.key.is_some()) {
                    self.unsupported(span, "slice literals with indexes");
                }
                let values: Vec<TokenStream> = elements.iter().map(|element| self.element_value(&element.value, elem)).collect();
                let slice = self.use_item("Slice");
                let has_nil = elements
                    .iter()
                    .any(|element| matches!(&element.value, ElementValue::Expr(expr) if is_nil(self, expr)));
                if has_nil {
                    // `[]*int{nil}`: nothing else says what the nils are.
                    let elem_ty = self.rust_type(elem, span);
                    return quote!(#slice::<#elem_ty>::from([#(#values),*]));
                }
                if values.is_empty() {
                    // Nothing to infer the element type from.
                    let elem_ty = self.rust_type(elem, span);
                    quote!(#slice::<#elem_ty>::from_vec(Vec::new()))
                } else {
                    quote!(#slice::from([#(#values),*]))
                }
            }
            TypeKind::Array(len, elem) => {
                // (position, value) in source order.
                let mut given: Vec<(usize, TokenStream)> = Vec::with_capacity(elements.len());
                let mut index: usize = 0;
                for element in elements {
                    if let Some(ElementValue::Expr(key)) = &element.key
                        && let Some(position) = program
                            .expr(key.id)
                            .and_then(|info| info.value.as_ref())
                            .and_then(ConstValue::to_integer)
                    {
                        index = position as usize;
                    }
                    let value = self.element_value(&element.value, elem);
                    if (index as u64) < len {
                        given.push((index, value));
                    }
                    index += 1;
                }
                if given.is_empty() {
                    return self.zero_value(ty, span);
                }
                // Few zeros are written out; many (`[1 << 20]byte{42}`)
                // start from the zero array.
                const MAX_WRITTEN_ZEROS: u64 = 16;
                if len - given.len() as u64 > MAX_WRITTEN_ZEROS {
                    let zero = self.zero_value(ty, span);
                    let array = self.temp("array");
                    let stores = given.into_iter().map(|(index, value)| {
                        let index = Literal::usize_unsuffixed(index);
                        quote!(#array[#index] = #value;)
                    });
                    return quote!({ let mut #array = #zero; #(#stores)* #array });
                }
                let mut values: Vec<Option<TokenStream>> = vec![None; len as usize];
                for (index, value) in given {
                    values[index] = Some(value);
                }
                let filled: Vec<TokenStream> = values
                    .into_iter()
                    .map(|value| value.unwrap_or_else(|| self.zero_value(elem, span)))
                    .collect();
                quote!([#(#filled),*])
            }
            TypeKind::Map(key_ty, value_ty) => {
                let map = self.use_item("Map");
                if elements.is_empty() {
                    let key = self.rust_type(key_ty, span);
                    let value = self.rust_type(value_ty, span);
                    quote!(#map::<#key, #value>::new())
                } else {
                    let entries: Vec<TokenStream> = elements
                        .iter()
                        .map(|element| {
                            let key = match &element.key {
                                Some(key) => self.element_value(key, key_ty),
                                None => quote!(Default::default()),
                            };
                            let value = self.element_value(&element.value, value_ty);
                            quote!((#key, #value))
                        })
                        .collect();
                    quote!(#map::from_entries([#(#entries),*]))
                }
            }
            _ => {
                self.unsupported(span, "this composite literal");
                quote!(())
            }
        };
        let library_wrapper = self.lib_type(ty) == Some(LibType::Other);
        if (named || library_wrapper) && !matches!(program.types.underlying_kind(ty), TypeKind::Struct(_)) {
            let name = self.struct_path(ty, span);
            return quote!(#name(#value));
        }
        value
    }

    fn element_value(&mut self, value: &'p ElementValue, ty: TypeId) -> TokenStream {
        match value {
            ElementValue::Expr(expr) => self.value_as(expr, ty),
            ElementValue::Literal { span, elements } => self.composite_elements(*span, elements, ty),
        }
    }

    /// `x == v` with an interface on one side: an interface and a concrete
    /// value compare dynamic type and value; two interfaces of different
    /// types are compared as the one the other converts to.
    fn interface_comparison(
        &mut self,
        op: BinaryOp,
        left: &'p ast::Expr,
        right: &'p ast::Expr,
        left_ty: TypeId,
        right_ty: TypeId,
    ) -> (TokenStream, u8) {
        let types = &self.program.types;
        let (iface, other, iface_ty, other_ty) = if types.is_interface(left_ty) {
            (left, right, left_ty, right_ty)
        } else {
            (right, left, right_ty, left_ty)
        };
        let test = if types.is_interface(other_ty) {
            // Both as `any`: the same dynamic type and value.
            let dynamic = self.use_item("Dynamic");
            let a = self.receiver(iface);
            let b = self.receiver(other);
            let _ = iface_ty;
            quote!(#a.convert::<dyn #dynamic>() == #b.convert::<dyn #dynamic>())
        } else {
            let subject = self.receiver(iface);
            let value = self.value_as(other, other_ty);
            let value = match self.program.expr(other.id).and_then(|info| info.value.clone()) {
                Some(constant) => self.constant_prec(&constant, other_ty, other.span, true).0,
                None => value,
            };
            self.note_dynamic(other_ty, other.span);
            let value = match self.dynamic_wrapper(other_ty) {
                Some(wrapper) => quote!(#wrapper(#value)),
                None => value,
            };
            quote!(#subject.eq_value(&#value))
        };
        if op == BinaryOp::Eq {
            (test, precedence::POSTFIX)
        } else {
            (quote!(!#test), precedence::UNARY)
        }
    }

    /// `x.(T)` (panicking as Go does), or `v, ok := x.(T)` with `comma_ok`.
    fn type_assertion(&mut self, expr: &'p ast::Expr, operand: &'p ast::Expr, comma_ok: bool) -> TokenStream {
        let target = self.program.expr_type(expr.id);
        let subject = self.receiver(operand);
        if self.program.types.is_interface(target) {
            let object = self.interface_object(target);
            if comma_ok {
                quote!(#subject.assert_ok::<#object>())
            } else {
                quote!(#subject.assert::<#object>())
            }
        } else if let Some(wrapper) = self.dynamic_wrapper(target) {
            if comma_ok {
                quote!({ let (value, ok) = #subject.assert_type_ok::<#wrapper>(); (value.0, ok) })
            } else {
                quote!(#subject.assert_type::<#wrapper>().0)
            }
        } else {
            let rust = self.rust_type(target, expr.span);
            if comma_ok {
                quote!(#subject.assert_type_ok::<#rust>())
            } else {
                quote!(#subject.assert_type::<#rust>())
            }
        }
    }

    /// `v, ok := m[k]`, `v, ok := <-ch`, `a, b := f()`: a tuple.
    pub fn multi_value(&mut self, expr: &'p ast::Expr, count: usize) -> TokenStream {
        let inner = strip_parens(expr);
        let info = self.program.expr(inner.id).cloned();
        if count == 2
            && let Some(info) = &info
        {
            match (info.mode, &inner.kind) {
                (Mode::MapIndex, ExprKind::Index { operand, indices }) => {
                    let map = self.receiver(operand);
                    let named = self.is_user_named(self.program.expr_type(operand.id));
                    let map = if named { quote!(#map.0) } else { map };
                    let key_ty = match self.program.types.underlying_kind(self.program.expr_type(operand.id)) {
                        TypeKind::Map(key, _) => *key,
                        _ => self.program.types.invalid(),
                    };
                    let key = self.value_as(&indices[0], key_ty);
                    return quote!(#map.get2(&#key));
                }
                (
                    Mode::CommaOk,
                    ExprKind::Unary {
                        op: UnaryOp::Recv,
                        operand,
                    },
                ) => {
                    let channel = self.receiver(operand);
                    return quote!(#channel.recv_ok().await);
                }
                (Mode::CommaOk, ExprKind::TypeAssert { operand, .. }) => {
                    return self.type_assertion(inner, operand, true);
                }
                _ => {}
            }
        }
        self.value(expr)
    }
}

fn project(base: Place, projection: TokenStream) -> Place {
    match base {
        Place::Local(tokens) => Place::Local(quote!(#tokens #projection)),
        Place::Cell { root, path } => Place::Cell {
            root,
            path: quote!(#path #projection),
        },
        Place::Element { slice, index, path } => Place::Element {
            slice,
            index,
            path: quote!(#path #projection),
        },
        Place::MapEntry { map, key } => {
            let key = borrowed(key);
            Place::Temporary(quote!(#map.get(#key) #projection))
        }
        Place::Array { slice, len } => {
            let len = Literal::usize_unsuffixed(len as usize);
            Place::Temporary(quote!(#slice.to_array::<#len>() #projection))
        }
        Place::Temporary(tokens) => Place::Temporary(quote!(#tokens #projection)),
        Place::Value(tokens) => Place::Temporary(quote!((#tokens) #projection)),
    }
}

pub fn is_nil(generator: &Gen<'_>, expr: &ast::Expr) -> bool {
    match &strip_parens(expr).kind {
        ExprKind::Ident(ident) => generator
            .program
            .resolve(ident)
            .is_some_and(|object| matches!(generator.program.object(object).kind, ObjKind::Nil)),
        _ => false,
    }
}

fn int_literal(value: i128, basic: Basic, suffix: bool) -> TokenStream {
    let magnitude = value.unsigned_abs();
    let literal = if suffix {
        let text = format!("{magnitude}_{}", Gen::basic_type(basic));
        text.parse::<TokenStream>().unwrap_or_else(|_| {
            let literal = Literal::u128_unsuffixed(magnitude);
            quote!(#literal)
        })
    } else {
        let literal = Literal::u128_unsuffixed(magnitude);
        quote!(#literal)
    };
    if value < 0 { quote!(-#literal) } else { literal }
}

fn float_literal(value: f64, float32: bool, suffix: bool) -> TokenStream {
    let magnitude = value.abs();
    let mut text = if float32 {
        format!("{:?}", magnitude as f32)
    } else {
        format!("{magnitude:?}")
    };
    if !text.contains('.') && !text.contains('e') && !text.contains("inf") && !text.contains("NaN") {
        text.push_str(".0");
    }
    if text.contains('e') && !text.contains('.') {
        // `1e21` is a float literal already.
    }
    if suffix && float32 {
        text.push_str("_f32");
    }
    let literal: TokenStream = text.parse().unwrap_or_else(|_| quote!(0.0));
    if value.is_sign_negative() && value != 0.0 {
        quote!(-#literal)
    } else {
        literal
    }
}

/// `&key`, parenthesised when the key is an operation (`&(v / 100)`).
fn borrowed(key: TokenStream) -> TokenStream {
    match syn::parse2::<syn::Expr>(key.clone()) {
        Ok(syn::Expr::Binary(_) | syn::Expr::Cast(_) | syn::Expr::Range(_)) => quote!(&(#key)),
        _ => quote!(&#key),
    }
}
