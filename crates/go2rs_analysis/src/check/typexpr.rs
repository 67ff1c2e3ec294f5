//! Type expressions to types.

use go2rs_syntax::ast;

use super::{Checker, codes};
use crate::ObjKind;
use crate::types::{ChanDir, Field, InterfaceMethod, Signature, TypeId, TypeKind};

impl<'a> Checker<'a> {
    pub fn resolve_type(&mut self, ty: &'a ast::TypeExpr) -> TypeId {
        match &ty.kind {
            ast::TypeExprKind::Bad => self.types.invalid(),
            ast::TypeExprKind::Paren(inner) => self.resolve_type(inner),
            ast::TypeExprKind::Name(name) => {
                let Some(object) = self.lookup(&name.name) else {
                    self.error_code(codes::UNDEFINED, name.span, format!("undefined: {}", name.name));
                    return self.types.invalid();
                };
                self.record_use(name, object);
                if !matches!(self.objects[object.0 as usize].kind, ObjKind::TypeName) {
                    self.error(name.span, format!("{} is not a type", name.name));
                    return self.types.invalid();
                }
                self.object_type(object)
            }
            ast::TypeExprKind::Qualified { package, name } => {
                let Some(object) = self.lookup(&package.name) else {
                    if !self.unsupported_imports.contains(&package.name) {
                        self.error_code(codes::UNDEFINED, package.span, format!("undefined: {}", package.name));
                    }
                    return self.types.invalid();
                };
                self.record_use(package, object);
                let ObjKind::Package(path) = self.objects[object.0 as usize].kind.clone() else {
                    self.error(package.span, format!("{} is not a package", package.name));
                    return self.types.invalid();
                };
                match self.package_member(&path, &name.name) {
                    Some(member) if matches!(self.objects[member.0 as usize].kind, ObjKind::TypeName) => {
                        self.record_use(name, member);
                        self.objects[member.0 as usize].ty
                    }
                    _ => {
                        self.error_code(
                            codes::UNSUPPORTED_LIBRARY,
                            ty.span,
                            format!("unsupported: type {}.{} (go2rs does not translate it yet)", package.name, name.name),
                        );
                        self.types.invalid()
                    }
                }
            }
            ast::TypeExprKind::Generic { .. } => {
                self.unsupported(ty.span, "generic type instantiation");
                self.types.invalid()
            }
            ast::TypeExprKind::Pointer(elem) => {
                let elem = self.resolve_type(elem);
                self.types.pointer(elem)
            }
            ast::TypeExprKind::Slice(elem) => {
                let elem = self.resolve_type(elem);
                self.types.slice(elem)
            }
            ast::TypeExprKind::Array { len, elem } => {
                let elem = self.resolve_type(elem);
                let Some(len) = len else {
                    self.error(ty.span, "invalid use of [...] array (outside a composite literal)");
                    return self.types.invalid();
                };
                let operand = self.check_expr(len, None);
                match operand.value.as_ref().and_then(|value| value.to_integer()) {
                    Some(count) if count >= 0 && count <= (1 << 40) => {
                        let int = self.types.basic(crate::Basic::Int);
                        self.update_type(len, int, None);
                        self.types.intern(TypeKind::Array(count as u64, elem))
                    }
                    _ => {
                        if !self.types.is_invalid(operand.ty) {
                            self.error(len.span, "array length must be a non-negative integer constant");
                        }
                        self.types.invalid()
                    }
                }
            }
            ast::TypeExprKind::Map { key, value } => {
                let key_ty = self.resolve_type(key);
                let value = self.resolve_type(value);
                if !self.types.is_invalid(key_ty) && !self.types.comparable(key_ty) {
                    self.error(key.span, format!("invalid map key type {}", self.type_string(key_ty)));
                }
                self.types.intern(TypeKind::Map(key_ty, value))
            }
            ast::TypeExprKind::Chan { dir, elem } => {
                let elem = self.resolve_type(elem);
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.types.intern(TypeKind::Chan(dir, elem))
            }
            ast::TypeExprKind::Func(signature) => self.resolve_signature(signature, None),
            ast::TypeExprKind::Struct(fields) => {
                let mut resolved: Vec<Field> = Vec::new();
                for field in fields {
                    let field_ty = self.resolve_type(&field.ty);
                    if field.names.is_empty() {
                        let name = embedded_name(&field.ty);
                        if name != "_" && resolved.iter().any(|existing| existing.name == name) {
                            self.error(field.span, format!("{name} redeclared"));
                        }
                        resolved.push(Field {
                            name,
                            ty: field_ty,
                            embedded: true,
                        });
                        continue;
                    }
                    for name in &field.names {
                        if name.name != "_" && resolved.iter().any(|existing| existing.name == name.name) {
                            self.error(name.span, format!("{} redeclared", name.name));
                        }
                        resolved.push(Field {
                            name: name.name.clone(),
                            ty: field_ty,
                            embedded: false,
                        });
                    }
                }
                self.types.intern(TypeKind::Struct(resolved))
            }
            ast::TypeExprKind::Interface(elems) => {
                let mut methods: Vec<InterfaceMethod> = Vec::new();
                for elem in elems {
                    match elem {
                        ast::InterfaceElem::Method { name, signature, .. } => {
                            let signature = self.resolve_signature(signature, None);
                            methods.push(InterfaceMethod {
                                name: name.name.clone(),
                                signature,
                            });
                        }
                        ast::InterfaceElem::Type(embedded) => {
                            let embedded_ty = self.resolve_type(embedded);
                            match self.types.underlying_kind(embedded_ty).clone() {
                                TypeKind::Interface(inner) => methods.extend(inner),
                                _ => {
                                    self.unsupported(embedded.span, "type constraints in interfaces");
                                }
                            }
                        }
                    }
                }
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                methods.dedup_by(|a, b| a.name == b.name);
                self.types.intern(TypeKind::Interface(methods))
            }
            ast::TypeExprKind::Tilde(_) | ast::TypeExprKind::Union(_) => {
                self.unsupported(ty.span, "type constraints");
                self.types.invalid()
            }
        }
    }

    /// A function signature as a [`TypeKind::Func`] type. The receiver is
    /// not part of the type.
    pub fn resolve_signature(&mut self, signature: &'a ast::FuncType, _receiver: Option<&'a ast::Param>) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (index, group) in signature.params.iter().enumerate() {
            let mut ty = self.resolve_type(&group.ty);
            if group.variadic {
                if index + 1 != signature.params.len() || group.names.len() > 1 {
                    self.error(group.span, "can only use ... with final parameter in list");
                }
                variadic = true;
                ty = self.types.slice(ty);
            }
            let count = group.names.len().max(1);
            for _ in 0..count {
                params.push(ty);
            }
        }
        let mut results = Vec::new();
        for group in &signature.results {
            let ty = self.resolve_type(&group.ty);
            let count = group.names.len().max(1);
            for _ in 0..count {
                results.push(ty);
            }
        }
        self.types.intern(TypeKind::Func(Signature {
            params,
            results,
            variadic,
        }))
    }
}

fn embedded_name(ty: &ast::TypeExpr) -> String {
    match &ty.kind {
        ast::TypeExprKind::Name(name) => name.name.clone(),
        ast::TypeExprKind::Qualified { name, .. } => name.name.clone(),
        ast::TypeExprKind::Pointer(inner) | ast::TypeExprKind::Paren(inner) => embedded_name(inner),
        ast::TypeExprKind::Generic { base, .. } => embedded_name(base),
        _ => "_".to_string(),
    }
}
