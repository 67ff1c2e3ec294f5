//! Expressions: operands, operators, constants, assignability.

use go2rs_syntax::Span;
use go2rs_syntax::ast::{self, BinaryOp, UnaryOp};

use super::{Checker, Operand, codes};
use crate::constant::{self, ConstValue, Float};
use crate::lookup::{self, Lookup, Member};
use crate::types::{Basic, ChanDir, TypeId, TypeKind};
use crate::{MethodCall, Mode, ObjId, ObjKind, Selection};

impl<'a> Checker<'a> {
    /// Checks an expression. `hint` is the type the context expects (for
    /// composite literals with elided types and untyped shift operands).
    pub fn check_expr(&mut self, expr: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        let mut operand = self.check_expr_inner(expr, hint);
        if operand.mode == Mode::Builtin {
            // Only a call may name a builtin function (see check_callee).
            let name = self.source_text(expr.span);
            self.error(expr.span, format!("{name} (built-in function) must be called"));
            operand = Operand::invalid(&self.types);
        }
        self.record(expr, &operand);
        operand
    }

    /// The function of a call, which may be a builtin (`len`, `(len)`).
    pub fn check_callee(&mut self, func: &'a ast::Expr) -> Operand {
        let operand = match &func.kind {
            ast::ExprKind::Paren(inner) => self.check_callee(inner),
            _ => self.check_expr_inner(func, None),
        };
        self.record(func, &operand);
        operand
    }

    fn constant(&self, basic: Basic, value: ConstValue) -> Operand {
        Operand {
            mode: Mode::Constant,
            ty: self.types.basic(basic),
            value: Some(value),
        }
    }

    fn value(&self, ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
            value: None,
        }
    }

    fn check_expr_inner(&mut self, expr: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        match &expr.kind {
            ast::ExprKind::Bad => Operand::invalid(&self.types),
            ast::ExprKind::Ident(ident) => self.check_ident(ident),
            ast::ExprKind::IntLit(text) => match constant::parse_int_literal(text) {
                Some(value) => self.constant(Basic::UntypedInt, ConstValue::Int(value)),
                None => {
                    self.error(expr.span, format!("integer constant too large: {text}"));
                    Operand::invalid(&self.types)
                }
            },
            ast::ExprKind::FloatLit(text) => match constant::parse_float_literal(text) {
                Some(value) => self.constant(Basic::UntypedFloat, ConstValue::Float(value)),
                None => {
                    self.error(expr.span, format!("invalid float literal {text}"));
                    Operand::invalid(&self.types)
                }
            },
            ast::ExprKind::ImaginaryLit(_) => {
                self.unsupported(expr.span, "complex numbers");
                Operand::invalid(&self.types)
            }
            ast::ExprKind::RuneLit(value) => self.constant(Basic::UntypedRune, ConstValue::Int(*value as i128)),
            ast::ExprKind::StringLit(bytes) => self.constant(Basic::UntypedString, ConstValue::String(bytes.clone())),
            ast::ExprKind::FuncLit { signature, body } => {
                let (_, ty) = self.check_func_literal(expr, signature, body);
                self.value(ty)
            }
            ast::ExprKind::Composite { ty, elements } => self.check_composite(expr, ty.as_ref(), elements, hint),
            ast::ExprKind::Paren(inner) => self.check_expr(inner, hint),
            ast::ExprKind::Selector { operand, field } => self.check_selector(expr, operand, field),
            ast::ExprKind::Index { operand, indices } => self.check_index(expr, operand, indices),
            ast::ExprKind::Slice { operand, low, high, max } => {
                self.check_slice_expr(expr, operand, low.as_deref(), high.as_deref(), max.as_deref())
            }
            ast::ExprKind::TypeAssert { operand, ty } => self.check_type_assert(expr, operand, ty.as_ref()),
            ast::ExprKind::Call { .. } => self.check_call(expr, hint),
            ast::ExprKind::Unary { op, operand } => self.check_unary(expr, *op, operand, hint),
            ast::ExprKind::Binary { op, left, right } => self.check_binary(expr, *op, left, right, hint),
            ast::ExprKind::Type(ty) => {
                let ty = self.resolve_type(ty);
                Operand {
                    mode: Mode::Type,
                    ty,
                    value: None,
                }
            }
        }
    }

    /// Marks a variable as read.
    pub fn mark_used(&mut self, object: ObjId) {
        let current = self.current_func;
        if let Some(info) = self.var_info_mut(object) {
            info.used = true;
            if !info.global && info.owner.is_some() && info.owner != current {
                info.captured = true;
            }
        }
    }

    /// Marks a variable as captured when a closure refers to it, even as an
    /// assignment target.
    pub fn mark_referenced(&mut self, object: ObjId) {
        let current = self.current_func;
        if let Some(info) = self.var_info_mut(object)
            && !info.global
            && info.owner.is_some()
            && info.owner != current
        {
            info.captured = true;
        }
    }

    fn check_ident(&mut self, ident: &'a ast::Ident) -> Operand {
        if ident.is_blank() {
            self.error(ident.span, "cannot use _ as value");
            return Operand::invalid(&self.types);
        }
        let Some(object) = self.lookup(&ident.name) else {
            if !self.unsupported_imports.contains(&ident.name) {
                self.error_code(codes::UNDEFINED, ident.span, format!("undefined: {}", ident.name));
            }
            return Operand::invalid(&self.types);
        };
        self.record_use(ident, object);
        let ty = self.object_type(object);
        match self.objects[object.0 as usize].kind.clone() {
            ObjKind::Var(_) => {
                self.mark_used(object);
                Operand {
                    mode: Mode::Variable,
                    ty,
                    value: None,
                }
            }
            ObjKind::Const(value) => {
                if ident.name == "iota" && self.universe.get("iota") == Some(&object) {
                    return match self.iota {
                        Some(iota) => self.constant(Basic::UntypedInt, ConstValue::Int(iota)),
                        None => {
                            self.error(ident.span, "cannot use iota outside constant declaration");
                            Operand::invalid(&self.types)
                        }
                    };
                }
                Operand {
                    mode: Mode::Constant,
                    ty,
                    value: Some(value),
                }
            }
            ObjKind::TypeName => Operand {
                mode: Mode::Type,
                ty,
                value: None,
            },
            ObjKind::Func(_) => self.value(ty),
            ObjKind::Package(_) => {
                // `time.Second` is checked by check_selector; anything else
                // uses the package as a value.
                self.error(ident.span, format!("use of package {} without selector", ident.name));
                Operand::invalid(&self.types)
            }
            ObjKind::Builtin(_) => Operand {
                mode: Mode::Builtin,
                ty,
                value: None,
            },
            ObjKind::Nil => self.value(self.types.basic(Basic::UntypedNil)),
        }
    }

    // ----- untyped constants and assignability -----

    /// Converts an untyped operand to its default type (`x := 1`).
    pub fn default_operand(&mut self, expr: &'a ast::Expr, operand: &mut Operand) -> TypeId {
        if self.types.as_basic(operand.ty) == Some(Basic::UntypedNil) {
            self.error(expr.span, "use of untyped nil in assignment");
            return self.types.invalid();
        }
        if operand.mode == Mode::NoValue {
            self.error(expr.span, format!("{} (no value) used as value", self.source_text(expr.span)));
            return self.types.invalid();
        }
        if self.types.is_untyped(operand.ty) {
            let target = self.types.default_type(operand.ty);
            self.convert_untyped(expr, operand, target);
        }
        operand.ty
    }

    /// Converts an untyped operand to `target`, checking that a constant is
    /// representable. Returns false (after reporting) when it is not.
    pub fn convert_untyped(&mut self, expr: &ast::Expr, operand: &mut Operand, target: TypeId) -> bool {
        if !self.types.is_untyped(operand.ty) || self.types.is_invalid(target) {
            return true;
        }
        let from = self.types.as_basic(operand.ty).unwrap_or(Basic::Invalid);
        if from == Basic::UntypedNil {
            if self.is_context(target) {
                self.unsupported(expr.span, "a nil context.Context (context.TODO() is the placeholder Go recommends)");
                return false;
            }
            if !self.types.has_nil(target) {
                self.error(expr.span, format!("cannot use nil as {} value", self.type_string(target)));
                return false;
            }
            operand.ty = target;
            self.update_type(expr, target, None);
            return true;
        }
        // An untyped constant for a type parameter: every type of its set
        // must take it (numbers for a numeric constraint).
        if self.types.is_type_param(target) {
            let ok = match from {
                Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat => self.types.is_numeric(target),
                Basic::UntypedString => self.types.is_string(target),
                Basic::UntypedBool => self.types.is_boolean(target),
                _ => false,
            };
            if !ok {
                self.error(
                    expr.span,
                    format!(
                        "cannot use {} (untyped {} constant) as {} value",
                        self.source_text(expr.span),
                        kind_word(from),
                        self.type_string(target)
                    ),
                );
                return false;
            }
            operand.ty = target;
            self.update_type(expr, target, operand.value.clone());
            return true;
        }
        if self.types.is_interface(target) {
            let default = self.types.default_type(operand.ty);
            let value = operand.value.clone();
            if let Some(value) = &value {
                operand.value = Some(self.representable(expr.span, value, default).unwrap_or(value.clone()));
            }
            operand.ty = default;
            self.update_type(expr, default, operand.value.clone());
            return true;
        }
        let Some(to) = self.types.as_basic(target) else {
            self.error(
                expr.span,
                format!(
                    "cannot use {} (untyped {} constant) as {} value",
                    self.source_text(expr.span),
                    kind_word(from),
                    self.type_string(target)
                ),
            );
            return false;
        };
        let compatible = match from {
            Basic::UntypedBool => to.is_boolean(),
            Basic::UntypedString => to.is_string(),
            Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat => to.is_numeric(),
            _ => false,
        };
        if !compatible {
            self.error(
                expr.span,
                format!(
                    "cannot use {} (untyped {} constant) as {} value",
                    self.source_text(expr.span),
                    kind_word(from),
                    self.type_string(target)
                ),
            );
            return false;
        }
        if let Some(value) = operand.value.clone() {
            match self.representable(expr.span, &value, target) {
                Some(converted) => operand.value = Some(converted),
                None => return false,
            }
        }
        operand.ty = target;
        self.update_type(expr, target, operand.value.clone());
        true
    }

    /// The constant converted to `target`'s representation, or `None` after
    /// reporting that it does not fit.
    pub fn representable(&mut self, span: Span, value: &ConstValue, target: TypeId) -> Option<ConstValue> {
        let Some(basic) = self.types.as_basic(target) else {
            return Some(value.clone());
        };
        let text = self.source_text(span);
        match basic {
            b if b.is_integer() && !b.is_untyped() => {
                let Some(integer) = value.to_integer() else {
                    if value.is_numeric() {
                        self.error(
                            span,
                            format!(
                                "cannot use {text} (untyped float constant) as {} value (truncated)",
                                self.type_string(target)
                            ),
                        );
                    }
                    return None;
                };
                let (min, max): (i128, i128) = match b {
                    Basic::Int8 => (i8::MIN as i128, i8::MAX as i128),
                    Basic::Int16 => (i16::MIN as i128, i16::MAX as i128),
                    Basic::Int32 => (i32::MIN as i128, i32::MAX as i128),
                    Basic::Int | Basic::Int64 => (i64::MIN as i128, i64::MAX as i128),
                    Basic::Uint8 => (0, u8::MAX as i128),
                    Basic::Uint16 => (0, u16::MAX as i128),
                    Basic::Uint32 => (0, u32::MAX as i128),
                    _ => (0, u64::MAX as i128),
                };
                if integer < min || integer > max {
                    self.error(
                        span,
                        format!(
                            "cannot use {text} (untyped int constant {integer}) as {} value (overflows)",
                            self.type_string(target)
                        ),
                    );
                    return None;
                }
                Some(ConstValue::Int(integer))
            }
            b if b.is_float() && !b.is_untyped() => {
                // Typed float constants are rounded to their type (Go's
                // representability rule): float64(float32(0.1)) is
                // 0.10000000149011612.
                let float = value.to_float()?;
                let rounded = if b == Basic::Float32 {
                    let rounded = float.to_f64() as f32;
                    if rounded.is_infinite() {
                        self.error(span, format!("cannot use {text} as float32 value (overflows)"));
                        return None;
                    }
                    rounded as f64
                } else {
                    float.to_f64()
                };
                if rounded.is_infinite() {
                    self.error(span, format!("cannot use {text} as float64 value (overflows)"));
                    return None;
                }
                // Keep exact values that the rounding does not change.
                let exact = matches!(float, Float::Exact { .. }) && float.to_f64() == rounded && b == Basic::Float64;
                Some(ConstValue::Float(if exact { float } else { Float::Approx(rounded) }))
            }
            _ => Some(value.clone()),
        }
    }

    /// Checks that `operand` can be assigned to `target` (converting an
    /// untyped constant), reporting Go's message otherwise.
    pub fn assign_operand(&mut self, expr: &ast::Expr, operand: &mut Operand, target: TypeId, context: &str) -> bool {
        if self.types.is_invalid(operand.ty) || self.types.is_invalid(target) {
            return false;
        }
        if operand.mode == Mode::NoValue {
            self.error(expr.span, format!("{} (no value) used as value", self.source_text(expr.span)));
            return false;
        }
        if operand.mode == Mode::Type {
            self.error(expr.span, format!("{} (type) is not an expression", self.source_text(expr.span)));
            return false;
        }
        if self.types.is_untyped(operand.ty) {
            return self.convert_untyped(expr, operand, target);
        }
        if self.assignable(operand.ty, target) {
            return true;
        }
        if self.is_context(target) {
            let what = format!(
                "a context.Context implemented by the program's own type {}",
                self.type_string(operand.ty)
            );
            self.unsupported(expr.span, &what);
            return false;
        }
        let description = match operand.mode {
            Mode::Variable => format!("variable of type {}", self.type_string(operand.ty)),
            Mode::Constant => format!("constant of type {}", self.type_string(operand.ty)),
            _ => format!("value of type {}", self.type_string(operand.ty)),
        };
        let mut message = format!(
            "cannot use {} ({description}) as {} value in {context}",
            self.source_text(expr.span),
            self.type_string(target)
        );
        if self.types.is_interface(target)
            && let Some(missing) = self.missing_method(operand.ty, target)
        {
            message.push_str(&format!(
                ": {} does not implement {} (missing method {missing})",
                self.type_string(operand.ty),
                self.type_string(target)
            ));
        }
        self.error(expr.span, message);
        false
    }

    /// Whether `ty` is `context.Context`, which go2rs declares as the
    /// runtime's handle type rather than as an interface.
    fn is_context(&self, ty: TypeId) -> bool {
        self.types
            .named_info(ty)
            .is_some_and(|named| named.package.as_deref() == Some("context") && named.name == "Context")
    }

    /// Go's assignability for typed values.
    pub fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        if from == to {
            return true;
        }
        let from_named = self.types.is_named(from);
        let to_named = self.types.is_named(to);
        let from_under = self.types.underlying(from);
        let to_under = self.types.underlying(to);
        if from_under == to_under && (!from_named || !to_named) && !self.types.is_interface(to) {
            return true;
        }
        if self.types.is_interface(to) {
            return self.missing_method(from, to).is_none();
        }
        if let (TypeKind::Chan(ChanDir::Both, from_elem), TypeKind::Chan(_, to_elem)) =
            (self.types.kind(from_under), self.types.kind(to_under))
            && from_elem == to_elem
            && (!from_named || !to_named)
        {
            return true;
        }
        false
    }

    /// `x.(T)`: `x` an interface, `T` a type that could be its dynamic type.
    fn check_type_assert(&mut self, expr: &'a ast::Expr, operand_expr: &'a ast::Expr, ty: Option<&'a ast::TypeExpr>) -> Operand {
        let operand = self.check_expr(operand_expr, None);
        let Some(ty) = ty else {
            self.error(expr.span, "invalid syntax tree: use of .(type) outside type switch");
            return Operand::invalid(&self.types);
        };
        let target = self.resolve_type(ty);
        if self.types.is_invalid(operand.ty) || self.types.is_invalid(target) {
            return Operand::invalid(&self.types);
        }
        if !self.types.is_interface(operand.ty) {
            self.error(
                operand_expr.span,
                format!(
                    "invalid operation: {} (variable of type {}) is not an interface",
                    self.source_text(operand_expr.span),
                    self.type_string(operand.ty)
                ),
            );
            return Operand::invalid(&self.types);
        }
        self.check_possible_dynamic_type(ty.span, operand.ty, target, "type assertion");
        Operand {
            mode: Mode::CommaOk,
            ty: target,
            value: None,
        }
    }

    /// Reports a concrete type that cannot be the dynamic type of a value of
    /// interface type `iface` (Go's "impossible type assertion").
    pub fn check_possible_dynamic_type(&mut self, span: Span, iface: TypeId, target: TypeId, what: &str) {
        if self.types.is_interface(target) {
            return;
        }
        if let Some(missing) = self.missing_method(target, iface) {
            let pointer = self.types.pointer(target);
            let has_pointer_method = lookup::method_in_set(&self.types, pointer, &missing).is_some();
            let detail = if has_pointer_method {
                format!("method {missing} has pointer receiver")
            } else {
                format!("missing method {missing}")
            };
            self.error(
                span,
                format!(
                    "impossible {what}: {}\n\t{} does not implement {} ({detail})",
                    self.source_text(span),
                    self.type_string(target),
                    self.type_string(iface)
                ),
            );
        }
    }

    /// The first method of interface `iface` that `ty` lacks.
    pub fn missing_method(&self, ty: TypeId, iface: TypeId) -> Option<String> {
        crate::lookup::missing_method(&self.types, &self.funcs, ty, iface)
    }

    // ----- selectors -----

    fn check_selector(&mut self, expr: &'a ast::Expr, operand_expr: &'a ast::Expr, field: &'a ast::Ident) -> Operand {
        if let ast::ExprKind::Ident(package_ident) = &operand_expr.kind
            && let Some(object) = self.lookup(&package_ident.name)
            && let ObjKind::Package(path) = self.objects[object.0 as usize].kind.clone()
        {
            self.record_use(package_ident, object);
            let Some(member) = self.package_member(&path, &field.name) else {
                self.error_code(
                    codes::UNSUPPORTED_LIBRARY,
                    expr.span,
                    format!(
                        "unsupported: {}.{} (go2rs does not translate it yet, or it does not exist)",
                        package_ident.name, field.name
                    ),
                );
                return Operand::invalid(&self.types);
            };
            self.record_use(field, member);
            if self.recording {
                self.selections.insert(
                    expr.id,
                    Selection::Package {
                        package: path.clone(),
                        object: member,
                    },
                );
            }
            let ty = self.objects[member.0 as usize].ty;
            return match self.objects[member.0 as usize].kind.clone() {
                ObjKind::Var(_) => Operand {
                    mode: Mode::Variable,
                    ty,
                    value: None,
                },
                ObjKind::Const(value) => Operand {
                    mode: Mode::Constant,
                    ty,
                    value: Some(value),
                },
                ObjKind::TypeName => Operand {
                    mode: Mode::Type,
                    ty,
                    value: None,
                },
                _ => self.value(ty),
            };
        }
        let operand = self.check_expr(operand_expr, None);
        if self.types.is_invalid(operand.ty) {
            return Operand::invalid(&self.types);
        }
        if operand.mode == Mode::Type {
            return self.check_method_expr(expr, operand.ty, field);
        }
        let found = match lookup::lookup(&self.types, operand.ty, &field.name) {
            Lookup::Found(found) => found,
            Lookup::Ambiguous => {
                self.error(field.span, format!("ambiguous selector {}", self.source_text(expr.span)));
                return Operand::invalid(&self.types);
            }
            Lookup::NotFound => {
                self.error(
                    field.span,
                    format!(
                        "{}.{} undefined (type {} has no field or method {})",
                        self.source_text(operand_expr.span),
                        field.name,
                        self.type_string(operand.ty),
                        field.name
                    ),
                );
                return Operand::invalid(&self.types);
            }
        };
        if !found.path.is_empty() && self.recording {
            self.promotions.insert(expr.id, found.path.clone());
        }
        match found.member.clone() {
            Member::Field { ty } => {
                if self.recording {
                    self.selections.insert(
                        expr.id,
                        Selection::Field {
                            name: field.name.clone(),
                            through_pointer: found.through_pointer,
                        },
                    );
                }
                let mode = if found.indirect || operand.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                Operand { mode, ty, value: None }
            }
            Member::Method { func, pointer_receiver } => {
                let receiver_is_pointer = found.through_pointer;
                if pointer_receiver && !receiver_is_pointer {
                    if operand.mode != Mode::Variable && !found.indirect {
                        self.error(
                            expr.span,
                            format!("cannot call pointer method {} on {}", field.name, self.type_string(operand.ty)),
                        );
                        return Operand::invalid(&self.types);
                    }
                    if !found.indirect {
                        let receiver_ty = found.path.last().map_or(operand.ty, |step| step.ty);
                        self.note_address_taken(operand_expr, receiver_ty);
                    }
                }
                if self.recording {
                    self.selections.insert(
                        expr.id,
                        Selection::Method(MethodCall {
                            func,
                            pointer_receiver,
                            receiver_is_pointer,
                        }),
                    );
                }
                // A method of an instance of a generic type: its signature
                // with the type's arguments.
                let signature = self.funcs[func.0 as usize].signature;
                let holder = found.path.last().map_or(operand.ty, |step| step.ty);
                let map = self.types.instance_map(holder);
                let signature = self.types.subst(signature, &map);
                self.value(signature)
            }
            Member::InterfaceMethod { interface, method } => {
                let func = self.interface_method(interface, &method.name, method.signature);
                if self.recording {
                    self.selections.insert(
                        expr.id,
                        Selection::Method(MethodCall {
                            func,
                            pointer_receiver: false,
                            receiver_is_pointer: found.through_pointer,
                        }),
                    );
                }
                self.value(method.signature)
            }
        }
    }

    /// `T.M` / `(*T).M`: the method as a function taking the receiver first.
    fn check_method_expr(&mut self, expr: &'a ast::Expr, ty: TypeId, field: &'a ast::Ident) -> Operand {
        let is_pointer = matches!(self.types.kind(ty), TypeKind::Pointer(_));
        let found = lookup::method_in_set(&self.types, ty, &field.name);
        let Some(found) = found else {
            self.error(
                field.span,
                format!(
                    "{}.{} undefined (type {} has no method {})",
                    self.type_string(ty),
                    field.name,
                    self.type_string(ty),
                    field.name
                ),
            );
            return Operand::invalid(&self.types);
        };
        let (func, signature) = match &found.member {
            Member::Method { func, .. } => (*func, self.funcs[func.0 as usize].signature),
            Member::InterfaceMethod { interface, method } => {
                let func = self.interface_method(*interface, &method.name, method.signature);
                (func, method.signature)
            }
            Member::Field { .. } => return Operand::invalid(&self.types),
        };
        if !found.path.is_empty() {
            self.unsupported(expr.span, "method expressions of promoted methods");
            return Operand::invalid(&self.types);
        }
        let Some(sig) = self.types.signature(signature).cloned() else {
            return Operand::invalid(&self.types);
        };
        let mut params = vec![ty];
        params.extend(sig.params.iter().copied());
        let func_ty = self.types.intern(TypeKind::Func(crate::types::Signature {
            params,
            results: sig.results.clone(),
            variadic: sig.variadic,
        }));
        if self.recording {
            self.selections.insert(expr.id, Selection::MethodExpr { func, pointer: is_pointer });
        }
        self.value(func_ty)
    }

    /// The function standing for method `name` of interface type `interface`
    /// (one per interface type and method name).
    pub fn interface_method(&mut self, interface: TypeId, name: &str, signature: TypeId) -> crate::FuncId {
        if let Some(&id) = self.interface_methods.get(&(interface, name.to_string())) {
            return id;
        }
        let id = self.new_func(crate::FuncInfo {
            name: name.to_string(),
            package: None,
            receiver: Some((interface, false)),
            signature,
            kind: crate::FuncKind::InterfaceMethod,
            parent: None,
            params: Vec::new(),
            results: Vec::new(),
            blocking: false,
            recursive: false,
            spawn_recursive: false,
            captures: Vec::new(),
            goroutine_body: false,
            has_defer: false,
            type_params: Vec::new(),
        });
        self.interface_methods.insert((interface, name.to_string()), id);
        id
    }

    /// `&x` or an implicit `(&x).M()`: the variable at the root of `expr`
    /// (when the address is of the variable itself or of a part of its
    /// value) must live in a shared cell. The standard library's sync
    /// types are handles already.
    pub fn note_address_taken(&mut self, expr: &ast::Expr, ty: TypeId) {
        self.note_address(expr, ty, false)
    }

    /// `explicit`: `&x` written in the program (a library value such as a
    /// strings.Builder then needs a cell too), not an implicit `(&x).M()`.
    pub fn note_address(&mut self, expr: &ast::Expr, ty: TypeId, explicit: bool) {
        if let Some(named) = self.types.named_info(ty)
            && let Some(package) = named.package.as_deref()
        {
            // The sync and atomic types are handles already; other library
            // types (strings.Builder) are changed in place through `&mut`.
            let handle = matches!(package, "sync" | "sync/atomic" | "golang.org/x/sync/errgroup");
            if handle || !explicit {
                if !handle
                    && let Some(root) = self.root_variable(expr)
                    && let Some(info) = self.var_info_mut(root)
                {
                    info.reassigned = true;
                }
                return;
            }
        }
        if let Some(root) = self.root_variable(expr)
            && let Some(info) = self.var_info_mut(root)
        {
            info.address_taken = true;
        }
    }

    /// The variable whose storage an addressable expression designates
    /// (`x`, `x.f`, `x[i]` for an array `x`), if any.
    pub fn root_variable(&self, expr: &ast::Expr) -> Option<ObjId> {
        match &expr.kind {
            ast::ExprKind::Ident(ident) => {
                let object = *self.uses.get(&ident.id).or_else(|| self.defs.get(&ident.id))?;
                matches!(self.objects[object.0 as usize].kind, ObjKind::Var(_)).then_some(object)
            }
            ast::ExprKind::Paren(inner) => self.root_variable(inner),
            ast::ExprKind::Selector { operand, .. } => {
                let operand_ty = self.exprs.get(operand.id.0 as usize)?.as_ref()?.ty;
                let through_embedded_pointer = self
                    .promotions
                    .get(&expr.id)
                    .is_some_and(|path| path.iter().any(|step| matches!(self.types.kind(step.ty), TypeKind::Pointer(_))));
                if matches!(self.types.underlying_kind(operand_ty), TypeKind::Pointer(_)) || through_embedded_pointer {
                    None
                } else {
                    self.root_variable(operand)
                }
            }
            ast::ExprKind::Index { operand, .. } => {
                let operand_ty = self.exprs.get(operand.id.0 as usize)?.as_ref()?.ty;
                if matches!(self.types.underlying_kind(operand_ty), TypeKind::Array(..)) {
                    self.root_variable(operand)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// `F[int, string]`: a generic function instantiated explicitly.
    fn check_func_instantiation(
        &mut self,
        expr: &'a ast::Expr,
        operand_expr: &'a ast::Expr,
        operand: &Operand,
        indices: &'a [ast::Expr],
    ) -> Operand {
        let func = match &strip_parens(operand_expr).kind {
            ast::ExprKind::Ident(ident) => self.uses.get(&ident.id).copied(),
            ast::ExprKind::Selector { field, .. } => self.uses.get(&field.id).copied(),
            _ => None,
        }
        .and_then(|object| match self.objects[object.0 as usize].kind {
            ObjKind::Func(id) => Some(id),
            _ => None,
        });
        let Some(func) = func.filter(|func| !self.funcs[func.0 as usize].type_params.is_empty()) else {
            self.error(
                expr.span,
                format!("invalid operation: cannot index {}", self.source_text(operand_expr.span)),
            );
            return Operand::invalid(&self.types);
        };
        let params = self.funcs[func.0 as usize].type_params.clone();
        let mut args = Vec::new();
        for index in indices {
            let arg = self.check_expr(index, None);
            if arg.mode != Mode::Type {
                self.error(index.span, format!("{} is not a type", self.source_text(index.span)));
                return Operand::invalid(&self.types);
            }
            args.push(arg.ty);
        }
        if args.len() > params.len() {
            self.error(
                expr.span,
                format!(
                    "got {} type arguments but {} has {} type parameters",
                    args.len(),
                    self.source_text(operand_expr.span),
                    params.len()
                ),
            );
            return Operand::invalid(&self.types);
        }
        if args.len() < params.len() {
            self.unsupported(expr.span, "generic functions instantiated with some of their type arguments");
            return Operand::invalid(&self.types);
        }
        if !self.check_satisfies(expr.span, &params, &args) {
            return Operand::invalid(&self.types);
        }
        let map: std::collections::HashMap<TypeId, TypeId> = params.iter().copied().zip(args.iter().copied()).collect();
        let ty = self.types.subst(operand.ty, &map);
        if self.recording {
            self.instantiations.insert(expr.id, args);
        }
        self.value(ty)
    }

    // ----- index and slice -----

    fn check_index(&mut self, expr: &'a ast::Expr, operand_expr: &'a ast::Expr, indices: &'a [ast::Expr]) -> Operand {
        let operand = self.check_expr(operand_expr, None);
        if self.types.is_invalid(operand.ty) {
            for index in indices {
                self.check_expr(index, None);
            }
            return Operand::invalid(&self.types);
        }
        if operand.mode == Mode::Type {
            // `Stack[int]` in an expression.
            let args: Vec<TypeId> = indices.iter().map(|index| self.check_expr(index, None).ty).collect();
            let ty = self.instantiate_type(expr.span, operand.ty, args);
            return Operand {
                mode: Mode::Type,
                ty,
                value: None,
            };
        }
        if self.types.signature(operand.ty).is_some() {
            return self.check_func_instantiation(expr, operand_expr, &operand, indices);
        }
        if indices.len() != 1 {
            self.error(expr.span, "unexpected comma; expecting ]");
            return Operand::invalid(&self.types);
        }
        let index_expr = &indices[0];
        let underlying = self.types.underlying_kind(operand.ty).clone();
        match underlying {
            TypeKind::Map(key, value) => {
                let mut index = self.check_expr(index_expr, Some(key));
                self.assign_operand(index_expr, &mut index, key, "map index");
                Operand {
                    mode: Mode::MapIndex,
                    ty: value,
                    value: None,
                }
            }
            TypeKind::Slice(elem) => {
                self.check_index_value(index_expr, None);
                Operand {
                    mode: Mode::Variable,
                    ty: elem,
                    value: None,
                }
            }
            TypeKind::Array(len, elem) => {
                self.check_index_value(index_expr, Some(len));
                Operand {
                    mode: if operand.mode == Mode::Variable {
                        Mode::Variable
                    } else {
                        Mode::Value
                    },
                    ty: elem,
                    value: None,
                }
            }
            TypeKind::Pointer(inner) => match self.types.underlying_kind(inner).clone() {
                TypeKind::Array(len, elem) => {
                    self.check_index_value(index_expr, Some(len));
                    Operand {
                        mode: Mode::Variable,
                        ty: elem,
                        value: None,
                    }
                }
                _ => {
                    self.error(
                        expr.span,
                        format!("invalid operation: cannot index {}", self.source_text(operand_expr.span)),
                    );
                    Operand::invalid(&self.types)
                }
            },
            TypeKind::Basic(basic) if basic.is_string() => {
                let len = match &operand.value {
                    Some(ConstValue::String(bytes)) => Some(bytes.len() as u64),
                    _ => None,
                };
                let index = self.check_index_value(index_expr, len);
                let byte = self.types.basic(Basic::Uint8);
                if let (Some(ConstValue::String(bytes)), Some(index)) = (&operand.value, index) {
                    return Operand {
                        mode: Mode::Constant,
                        ty: byte,
                        value: Some(ConstValue::Int(bytes[index as usize] as i128)),
                    };
                }
                self.value(byte)
            }
            _ => {
                self.error(
                    expr.span,
                    format!(
                        "invalid operation: cannot index {} (variable of type {})",
                        self.source_text(operand_expr.span),
                        self.type_string(operand.ty)
                    ),
                );
                Operand::invalid(&self.types)
            }
        }
    }

    /// Checks an index (or slice bound): an integer, and in range when both
    /// it and the length are constant. Returns the constant index.
    pub fn check_index_value(&mut self, expr: &'a ast::Expr, len: Option<u64>) -> Option<i128> {
        let mut operand = self.check_expr(expr, None);
        if self.types.is_invalid(operand.ty) {
            return None;
        }
        if self.types.is_untyped(operand.ty) {
            let int = self.types.basic(Basic::Int);
            if !self.convert_untyped(expr, &mut operand, int) {
                return None;
            }
        }
        if !self.types.is_integer(operand.ty) {
            self.error(
                expr.span,
                format!("invalid argument: index {} must be integer", self.source_text(expr.span)),
            );
            return None;
        }
        let value = operand.value.as_ref().and_then(ConstValue::to_integer)?;
        if value < 0 {
            self.error(
                expr.span,
                format!(
                    "invalid argument: index {} (constant of type int) must not be negative",
                    self.source_text(expr.span)
                ),
            );
            return None;
        }
        if let Some(len) = len
            && value as u128 >= len as u128
        {
            self.error(expr.span, format!("invalid argument: index {value} out of bounds [0:{len}]"));
            return None;
        }
        Some(value)
    }

    fn check_slice_expr(
        &mut self,
        expr: &'a ast::Expr,
        operand_expr: &'a ast::Expr,
        low: Option<&'a ast::Expr>,
        high: Option<&'a ast::Expr>,
        max: Option<&'a ast::Expr>,
    ) -> Operand {
        let operand = self.check_expr(operand_expr, None);
        for bound in [low, high, max].into_iter().flatten() {
            self.check_index_value(bound, None);
        }
        if self.types.is_invalid(operand.ty) {
            return Operand::invalid(&self.types);
        }
        match self.types.underlying_kind(operand.ty).clone() {
            TypeKind::Basic(basic) if basic.is_string() => {
                if max.is_some() {
                    self.error(expr.span, "invalid operation: 3-index slice of string");
                }
                let ty = if basic == Basic::UntypedString {
                    self.types.basic(Basic::String)
                } else {
                    operand.ty
                };
                self.value(ty)
            }
            TypeKind::Slice(_) => self.value(operand.ty),
            TypeKind::Array(_, elem) => {
                if operand.mode != Mode::Variable {
                    self.error(
                        expr.span,
                        format!("invalid operation: {} (slice of unaddressable value)", self.source_text(expr.span)),
                    );
                }
                match strip_parens(operand_expr).kind {
                    ast::ExprKind::Ident(_) => {
                        if let Some(root) = self.root_variable(operand_expr)
                            && let Some(info) = self.var_info_mut(root)
                        {
                            info.sliced = true;
                        }
                    }
                    _ => self.note_address_taken(operand_expr, operand.ty),
                }
                let ty = self.types.slice(elem);
                self.value(ty)
            }
            TypeKind::Pointer(inner) => match self.types.underlying_kind(inner).clone() {
                TypeKind::Array(_, elem) => {
                    let ty = self.types.slice(elem);
                    self.value(ty)
                }
                _ => {
                    self.error(expr.span, format!("cannot slice {}", self.source_text(operand_expr.span)));
                    Operand::invalid(&self.types)
                }
            },
            _ => {
                self.error(
                    expr.span,
                    format!(
                        "cannot slice {} (variable of type {})",
                        self.source_text(operand_expr.span),
                        self.type_string(operand.ty)
                    ),
                );
                Operand::invalid(&self.types)
            }
        }
    }

    // ----- operators -----

    fn check_unary(&mut self, expr: &'a ast::Expr, op: UnaryOp, operand_expr: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        match op {
            UnaryOp::Addr => {
                let inner = strip_parens(operand_expr);
                if let ast::ExprKind::Composite { .. } = &inner.kind {
                    let elem_hint = hint.and_then(|hint| match self.types.underlying_kind(hint) {
                        TypeKind::Pointer(elem) => Some(*elem),
                        _ => None,
                    });
                    let operand = self.check_expr(operand_expr, elem_hint);
                    if self.types.is_invalid(operand.ty) {
                        return Operand::invalid(&self.types);
                    }
                    let ty = self.types.pointer(operand.ty);
                    return self.value(ty);
                }
                let operand = self.check_expr(operand_expr, None);
                if self.types.is_invalid(operand.ty) {
                    return Operand::invalid(&self.types);
                }
                if operand.mode != Mode::Variable {
                    self.error(
                        expr.span,
                        format!("invalid operation: cannot take address of {}", self.source_text(operand_expr.span)),
                    );
                    return Operand::invalid(&self.types);
                }
                if self.out_argument == Some(expr.id)
                    && let Some(root) = self.root_variable(operand_expr)
                    && let Some(info) = self.var_info_mut(root)
                {
                    info.reassigned = true;
                } else {
                    self.note_address(operand_expr, operand.ty, true);
                }
                let ty = self.types.pointer(operand.ty);
                self.value(ty)
            }
            UnaryOp::Deref => {
                let operand = self.check_expr(operand_expr, None);
                if self.types.is_invalid(operand.ty) {
                    return Operand::invalid(&self.types);
                }
                if operand.mode == Mode::Type {
                    let ty = self.types.pointer(operand.ty);
                    return Operand {
                        mode: Mode::Type,
                        ty,
                        value: None,
                    };
                }
                match self.types.underlying_kind(operand.ty) {
                    TypeKind::Pointer(elem) => Operand {
                        mode: Mode::Variable,
                        ty: *elem,
                        value: None,
                    },
                    _ => {
                        self.error(
                            expr.span,
                            format!("invalid operation: cannot indirect {}", self.source_text(operand_expr.span)),
                        );
                        Operand::invalid(&self.types)
                    }
                }
            }
            UnaryOp::Recv => {
                let operand = self.check_expr(operand_expr, None);
                if self.types.is_invalid(operand.ty) {
                    return Operand::invalid(&self.types);
                }
                match self.types.underlying_kind(operand.ty).clone() {
                    TypeKind::Chan(dir, elem) => {
                        if dir == ChanDir::Send {
                            self.error(
                                expr.span,
                                format!(
                                    "invalid operation: cannot receive from send-only channel {}",
                                    self.source_text(operand_expr.span)
                                ),
                            );
                        }
                        Operand {
                            mode: Mode::CommaOk,
                            ty: elem,
                            value: None,
                        }
                    }
                    _ => {
                        self.error(
                            expr.span,
                            format!(
                                "invalid operation: cannot receive from non-channel {}",
                                self.source_text(operand_expr.span)
                            ),
                        );
                        Operand::invalid(&self.types)
                    }
                }
            }
            UnaryOp::Plus | UnaryOp::Neg | UnaryOp::Not | UnaryOp::Complement => {
                let operand = self.check_expr(operand_expr, hint);
                if self.types.is_invalid(operand.ty) {
                    return Operand::invalid(&self.types);
                }
                let ok = match op {
                    UnaryOp::Not => self.types.is_boolean(operand.ty),
                    UnaryOp::Complement => self.types.is_integer(operand.ty),
                    _ => self.types.is_numeric(operand.ty),
                };
                if !ok {
                    let symbol = match op {
                        UnaryOp::Not => "!",
                        UnaryOp::Complement => "^",
                        UnaryOp::Neg => "-",
                        _ => "+",
                    };
                    self.error(
                        expr.span,
                        format!(
                            "invalid operation: operator {symbol} not defined on {} ({} of type {})",
                            self.source_text(operand_expr.span),
                            mode_word(operand.mode),
                            self.type_string(operand.ty)
                        ),
                    );
                    return Operand::invalid(&self.types);
                }
                let Some(value) = operand.value.clone() else {
                    return self.value(operand.ty);
                };
                let folded = match (op, &value) {
                    (UnaryOp::Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
                    (UnaryOp::Plus, _) => Some(value.clone()),
                    (UnaryOp::Neg, ConstValue::Int(i)) => i.checked_neg().map(ConstValue::Int),
                    (UnaryOp::Neg, ConstValue::Float(f)) => Some(ConstValue::Float(match f {
                        Float::Exact { num, den } => Float::exact(-num, *den),
                        Float::Approx(x) => Float::Approx(-x),
                    })),
                    (UnaryOp::Complement, ConstValue::Int(i)) => match self.types.as_basic(operand.ty) {
                        Some(basic) if basic.is_unsigned() => {
                            let mask: i128 = if basic.bits() == 64 {
                                u64::MAX as i128
                            } else {
                                (1i128 << basic.bits()) - 1
                            };
                            Some(ConstValue::Int(!i & mask))
                        }
                        _ => Some(ConstValue::Int(!i)),
                    },
                    _ => None,
                };
                let Some(folded) = folded else {
                    self.error(expr.span, "constant overflow");
                    return Operand::invalid(&self.types);
                };
                let folded = if self.types.is_untyped(operand.ty) {
                    folded
                } else {
                    match self.representable(expr.span, &folded, operand.ty) {
                        Some(folded) => folded,
                        None => return Operand::invalid(&self.types),
                    }
                };
                Operand {
                    mode: Mode::Constant,
                    ty: operand.ty,
                    value: Some(folded),
                }
            }
        }
    }

    fn check_binary(
        &mut self,
        expr: &'a ast::Expr,
        op: BinaryOp,
        left_expr: &'a ast::Expr,
        right_expr: &'a ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        if op.is_shift() {
            return self.check_shift(expr, op, left_expr, right_expr, hint);
        }
        // An untyped constant shifted by a variable takes the type of the
        // other operand, as if the shift were just its left operand.
        let operand_hint = if op.is_comparison() { None } else { hint };
        let mut left = self.check_expr(left_expr, operand_hint);
        let right_hint = if self.types.is_untyped(left.ty) {
            operand_hint
        } else {
            Some(left.ty)
        };
        let mut right = self.check_expr(right_expr, right_hint);
        if self.types.is_invalid(left.ty) || self.types.is_invalid(right.ty) {
            return Operand::invalid(&self.types);
        }
        let nil = self.types.basic(Basic::UntypedNil);
        if op.is_comparison() && (left.ty == nil || right.ty == nil) {
            return self.check_comparison(expr, op, &left, &right, left_expr, right_expr);
        }
        for (operand, operand_expr) in [(&left, left_expr), (&right, right_expr)] {
            if operand.mode == Mode::NoValue || operand.mode == Mode::Type {
                self.error(
                    operand_expr.span,
                    format!("{} is not an expression", self.source_text(operand_expr.span)),
                );
                return Operand::invalid(&self.types);
            }
        }
        // Bring both operands to one type.
        let left_untyped = self.types.is_untyped(left.ty);
        let right_untyped = self.types.is_untyped(right.ty);
        if left_untyped && !right_untyped {
            if !self.convert_untyped(left_expr, &mut left, right.ty) {
                return Operand::invalid(&self.types);
            }
        } else if right_untyped && !left_untyped {
            if !self.convert_untyped(right_expr, &mut right, left.ty) {
                return Operand::invalid(&self.types);
            }
        } else if left_untyped && right_untyped {
            let left_basic = self.types.as_basic(left.ty).unwrap_or(Basic::Invalid);
            let right_basic = self.types.as_basic(right.ty).unwrap_or(Basic::Invalid);
            if left_basic == Basic::UntypedNil || right_basic == Basic::UntypedNil {
                if left_basic == right_basic && op.is_comparison() {
                    self.error(expr.span, "invalid operation: nil == nil (operator == not defined on nil)");
                    return Operand::invalid(&self.types);
                }
            } else if left_basic.is_numeric() && right_basic.is_numeric() {
                let rank = |b: Basic| match b {
                    Basic::UntypedInt => 0,
                    Basic::UntypedRune => 1,
                    _ => 2,
                };
                let wider = if rank(left_basic) >= rank(right_basic) { left.ty } else { right.ty };
                left.ty = wider;
                right.ty = wider;
            }
        }
        if op.is_comparison() {
            return self.check_comparison(expr, op, &left, &right, left_expr, right_expr);
        }
        if left.ty != right.ty && !(left_untyped && right_untyped && self.types.is_numeric(left.ty) && self.types.is_numeric(right.ty)) {
            self.error(
                expr.span,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.source_text(expr.span),
                    self.type_string(left.ty),
                    self.type_string(right.ty)
                ),
            );
            return Operand::invalid(&self.types);
        }
        let ty = left.ty;
        let allowed = match op {
            BinaryOp::LogicalAnd | BinaryOp::LogicalOr => self.types.is_boolean(ty),
            BinaryOp::Add => {
                self.types.is_numeric(ty)
                    || self.types.is_string(ty)
                    || self
                        .types
                        .type_set(ty)
                        .is_some_and(|set| set.iter().all(|t| self.types.is_numeric(*t) || self.types.is_string(*t)))
            }
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.types.is_numeric(ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => self.types.is_integer(ty),
            _ => false,
        };
        if !allowed {
            self.error(
                expr.span,
                format!(
                    "invalid operation: operator {} not defined on {} ({} of type {})",
                    op.as_str(),
                    self.source_text(left_expr.span),
                    mode_word(left.mode),
                    self.type_string(ty)
                ),
            );
            return Operand::invalid(&self.types);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && right.value.as_ref().is_some_and(|v| v.to_f64() == Some(0.0))
            && (self.types.is_integer(ty) || left.value.is_some())
        {
            self.error(right_expr.span, "invalid operation: division by zero");
            return Operand::invalid(&self.types);
        }
        if let (Some(a), Some(b)) = (&left.value, &right.value) {
            let integer_division = self.types.is_integer(ty);
            match a.binary(op, b, integer_division) {
                Ok(value) => {
                    let value = if self.types.is_untyped(ty) {
                        value
                    } else {
                        match self.representable(expr.span, &value, ty) {
                            Some(value) => value,
                            None => return Operand::invalid(&self.types),
                        }
                    };
                    return Operand {
                        mode: Mode::Constant,
                        ty,
                        value: Some(value),
                    };
                }
                Err(message) => {
                    self.error(expr.span, format!("{message}: {}", self.source_text(expr.span)));
                    return Operand::invalid(&self.types);
                }
            }
        }
        self.value(ty)
    }

    fn check_comparison(
        &mut self,
        expr: &'a ast::Expr,
        op: BinaryOp,
        left: &Operand,
        right: &Operand,
        left_expr: &'a ast::Expr,
        right_expr: &'a ast::Expr,
    ) -> Operand {
        let untyped_bool = self.types.basic(Basic::UntypedBool);
        let nil = self.types.basic(Basic::UntypedNil);
        let left_nil = left.ty == nil;
        let right_nil = right.ty == nil;
        let mismatch = |checker: &mut Self| {
            checker.error(
                expr.span,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    checker.source_text(expr.span),
                    checker.type_string(left.ty),
                    checker.type_string(right.ty)
                ),
            );
            Operand::invalid(&checker.types)
        };
        if left_nil || right_nil {
            let other = if left_nil { right.ty } else { left.ty };
            if self.is_context(other) {
                self.unsupported(expr.span, "comparing a context.Context with nil (go2rs has no nil Context)");
                return Operand::invalid(&self.types);
            }
            if !self.types.has_nil(other) && other != nil {
                return mismatch(self);
            }
            if !matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
                self.error(expr.span, format!("invalid operation: operator {} not defined on nil", op.as_str()));
                return Operand::invalid(&self.types);
            }
            if left_nil && !right_nil {
                self.update_type(left_expr, other, None);
            } else if right_nil && !left_nil {
                self.update_type(right_expr, other, None);
            }
            return self.value(untyped_bool);
        }
        let comparable = left.ty == right.ty
            || self.assignable(left.ty, right.ty)
            || self.assignable(right.ty, left.ty)
            || (self.types.is_untyped(left.ty) && self.types.is_untyped(right.ty));
        if !comparable {
            return mismatch(self);
        }
        let ordered = matches!(op, BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge);
        let ty = left.ty;
        if ordered {
            let is_ordered = self.types.is_ordered(ty);
            if !is_ordered {
                self.error(
                    expr.span,
                    format!(
                        "invalid operation: {} (operator {} not defined on {})",
                        self.source_text(expr.span),
                        op.as_str(),
                        mode_word(left.mode)
                    ),
                );
                return Operand::invalid(&self.types);
            }
        } else if !self.types.comparable(ty) {
            let what = match self.types.underlying_kind(ty) {
                TypeKind::Slice(_) => "slice can only be compared to nil",
                TypeKind::Map(..) => "map can only be compared to nil",
                TypeKind::Func(_) => "func can only be compared to nil",
                _ => "operands are not comparable",
            };
            self.error(expr.span, format!("invalid operation: {} ({what})", self.source_text(expr.span)));
            return Operand::invalid(&self.types);
        }
        if let (Some(a), Some(b)) = (&left.value, &right.value)
            && let Ok(value) = a.binary(op, b, false)
        {
            return Operand {
                mode: Mode::Constant,
                ty: untyped_bool,
                value: Some(value),
            };
        }
        self.value(untyped_bool)
    }

    fn check_shift(
        &mut self,
        expr: &'a ast::Expr,
        op: BinaryOp,
        left_expr: &'a ast::Expr,
        right_expr: &'a ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        let mut left = self.check_expr(left_expr, None);
        let mut right = self.check_expr(right_expr, None);
        if self.types.is_invalid(left.ty) || self.types.is_invalid(right.ty) {
            return Operand::invalid(&self.types);
        }
        // The count: an integer (an untyped constant must be a non-negative integer).
        if self.types.is_untyped(right.ty) {
            match right.value.as_ref().and_then(ConstValue::to_integer) {
                Some(count) if count >= 0 => {
                    let uint = self.types.basic(Basic::Uint);
                    self.update_type(right_expr, uint, Some(ConstValue::Int(count)));
                    right.ty = uint;
                    right.value = Some(ConstValue::Int(count));
                }
                _ => {
                    self.error(
                        right_expr.span,
                        format!("invalid shift count {}", self.source_text(right_expr.span)),
                    );
                    return Operand::invalid(&self.types);
                }
            }
        } else if !self.types.is_integer(right.ty) {
            self.error(
                right_expr.span,
                format!(
                    "invalid operation: shift count type {}, must be integer",
                    self.type_string(right.ty)
                ),
            );
            return Operand::invalid(&self.types);
        }
        if let Some(count) = right.value.as_ref().and_then(ConstValue::to_integer)
            && count < 0
        {
            self.error(right_expr.span, format!("invalid shift count {count}"));
            return Operand::invalid(&self.types);
        }
        if let (Some(value), Some(count)) = (&left.value, right.value.as_ref().and_then(ConstValue::to_integer)) {
            if value.to_integer().is_none() {
                self.error(
                    left_expr.span,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.source_text(left_expr.span)
                    ),
                );
                return Operand::invalid(&self.types);
            }
            let ty = if self.types.is_untyped(left.ty) {
                self.types.basic(Basic::UntypedInt)
            } else {
                left.ty
            };
            return match value.shift(op, count as u64) {
                Ok(shifted) => {
                    let shifted = if self.types.is_untyped(ty) {
                        shifted
                    } else {
                        match self.representable(expr.span, &shifted, ty) {
                            Some(value) => value,
                            None => return Operand::invalid(&self.types),
                        }
                    };
                    Operand {
                        mode: Mode::Constant,
                        ty,
                        value: Some(shifted),
                    }
                }
                Err(message) => {
                    self.error(expr.span, message);
                    Operand::invalid(&self.types)
                }
            };
        }
        // A non-constant shift: an untyped constant left operand takes the
        // type the context wants (or int).
        if self.types.is_untyped(left.ty) {
            let target = hint
                .filter(|&hint| self.types.is_integer(hint))
                .unwrap_or_else(|| self.types.basic(Basic::Int));
            if !self.convert_untyped(left_expr, &mut left, target) {
                return Operand::invalid(&self.types);
            }
        }
        if !self.types.is_integer(left.ty) {
            self.error(
                left_expr.span,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.source_text(left_expr.span)
                ),
            );
            return Operand::invalid(&self.types);
        }
        self.value(left.ty)
    }

    // ----- composite literals -----

    fn check_composite(
        &mut self,
        expr: &'a ast::Expr,
        ty: Option<&'a ast::TypeExpr>,
        elements: &'a [ast::Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let literal_ty = match ty {
            Some(ty_expr) => {
                if let ast::TypeExprKind::Array { len: None, elem } = &ty_expr.kind {
                    let elem = self.resolve_type(elem);
                    let count = self.array_literal_length(elements);
                    self.types.intern(TypeKind::Array(count, elem))
                } else {
                    self.resolve_type(ty_expr)
                }
            }
            None => match hint {
                Some(hint) => hint,
                None => {
                    self.error(expr.span, "invalid composite literal type: missing type");
                    return Operand::invalid(&self.types);
                }
            },
        };
        // An elided `&T` inside a literal of pointers.
        let (literal_ty, result_ty) = match (ty, self.types.kind(literal_ty).clone()) {
            (None, TypeKind::Pointer(elem)) => (elem, literal_ty),
            _ => (literal_ty, literal_ty),
        };
        self.check_elements(expr.span, literal_ty, elements);
        self.value(result_ty)
    }

    fn array_literal_length(&mut self, elements: &[ast::Element]) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        for element in elements {
            if let Some(ast::ElementValue::Expr(key)) = &element.key
                && let ast::ExprKind::IntLit(text) = &key.kind
                && let Some(value) = constant::parse_int_literal(text)
            {
                index = value as u64;
            }
            index += 1;
            max = max.max(index);
        }
        max
    }

    /// Checks the elements of a composite literal of type `ty`.
    fn check_elements(&mut self, span: Span, ty: TypeId, elements: &'a [ast::Element]) {
        if self.types.is_invalid(ty) {
            return;
        }
        match self.types.underlying_kind(ty).clone() {
            TypeKind::Struct(fields) => {
                let keyed = elements.first().is_some_and(|element| element.key.is_some());
                if keyed {
                    for element in elements {
                        let Some(ast::ElementValue::Expr(key)) = &element.key else {
                            self.error(element.span, "mixture of field:value and value elements in struct literal");
                            continue;
                        };
                        let ast::ExprKind::Ident(name) = &key.kind else {
                            self.error(key.span, "invalid field name in struct literal");
                            continue;
                        };
                        let Some(field) = fields.iter().find(|f| f.name == name.name) else {
                            self.error(
                                name.span,
                                format!("unknown field {} in struct literal of type {}", name.name, self.type_string(ty)),
                            );
                            continue;
                        };
                        self.check_element_value(&element.value, field.ty, "struct literal");
                    }
                } else {
                    if !elements.is_empty() && elements.len() != fields.len() {
                        let message = if elements.len() < fields.len() {
                            format!("too few values in struct literal of type {}", self.type_string(ty))
                        } else {
                            format!("too many values in struct literal of type {}", self.type_string(ty))
                        };
                        self.error(span, message);
                    }
                    for (element, field) in elements.iter().zip(fields.iter()) {
                        if element.key.is_some() {
                            self.error(element.span, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        self.check_element_value(&element.value, field.ty, "struct literal");
                    }
                }
            }
            TypeKind::Slice(elem) | TypeKind::Array(_, elem) => {
                let len = match self.types.underlying_kind(ty) {
                    TypeKind::Array(len, _) => Some(*len),
                    _ => None,
                };
                let mut index: u64 = 0;
                for element in elements {
                    if let Some(key) = &element.key {
                        match key {
                            ast::ElementValue::Expr(key) => {
                                if let Some(value) = self.check_index_value(key, len) {
                                    index = value as u64;
                                }
                            }
                            ast::ElementValue::Literal { span, .. } => self.error(*span, "invalid index in literal"),
                        }
                    }
                    if let Some(len) = len
                        && index >= len
                    {
                        self.error(element.span, format!("index {index} out of bounds [0:{len}]"));
                    }
                    self.check_element_value(&element.value, elem, "slice literal");
                    index += 1;
                }
            }
            TypeKind::Map(key_ty, value_ty) => {
                for element in elements {
                    match &element.key {
                        Some(key) => self.check_element_value(key, key_ty, "map literal"),
                        None => self.error(element.span, "missing key in map literal"),
                    }
                    self.check_element_value(&element.value, value_ty, "map literal");
                }
            }
            _ => {
                self.error(span, format!("invalid composite literal type {}", self.type_string(ty)));
            }
        }
    }

    fn check_element_value(&mut self, value: &'a ast::ElementValue, ty: TypeId, context: &str) {
        match value {
            ast::ElementValue::Expr(expr) => {
                let mut operand = self.check_expr(expr, Some(ty));
                self.assign_operand(expr, &mut operand, ty, context);
            }
            ast::ElementValue::Literal { span, elements } => {
                let inner = match self.types.kind(ty).clone() {
                    TypeKind::Pointer(elem) => elem,
                    _ => ty,
                };
                self.check_elements(*span, inner, elements);
            }
        }
    }
}

pub fn strip_parens(expr: &ast::Expr) -> &ast::Expr {
    match &expr.kind {
        ast::ExprKind::Paren(inner) => strip_parens(inner),
        _ => expr,
    }
}

fn kind_word(basic: Basic) -> &'static str {
    match basic {
        Basic::UntypedBool => "bool",
        Basic::UntypedInt => "int",
        Basic::UntypedRune => "rune",
        Basic::UntypedFloat => "float",
        Basic::UntypedString => "string",
        _ => "nil",
    }
}

fn mode_word(mode: Mode) -> &'static str {
    match mode {
        Mode::Variable => "variable",
        Mode::Constant => "constant",
        _ => "value",
    }
}
