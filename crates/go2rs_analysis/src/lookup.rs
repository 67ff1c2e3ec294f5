//! Go's selector rules: finding a field or method of a type, at the
//! shallowest depth of struct embedding, and the method sets that decide
//! which types implement an interface.

use std::collections::HashSet;

use crate::FuncId;
use crate::types::{InterfaceMethod, TypeId, TypeKind, TypeTable};

/// An implicit step through an embedded field, in a selector `x.f` whose
/// `f` is promoted: `x.f` means `x.E.f`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedStep {
    /// The embedded field's name (its type's name).
    pub name: String,
    /// The field's type (`E` or `*E`).
    pub ty: TypeId,
    /// The struct holding the field is reached through a pointer.
    pub through_pointer: bool,
}

/// What a selector found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Member {
    /// A struct field of type `ty`.
    Field { ty: TypeId },
    /// A method declared on a named type.
    Method { func: FuncId, pointer_receiver: bool },
    /// A method of an interface type (the operand, or an embedded
    /// interface field).
    InterfaceMethod { interface: TypeId, method: InterfaceMethod },
}

/// A selector's resolution.
#[derive(Clone, Debug)]
pub struct Found {
    /// The embedded fields passed through, outermost first.
    pub path: Vec<EmbedStep>,
    pub member: Member,
    /// The value holding the member (after `path`) is reached through a
    /// pointer: the operand itself is a pointer, or the last step's field
    /// is.
    pub through_pointer: bool,
    /// A pointer was followed somewhere on the way (the operand or an
    /// embedded pointer field): the holder is addressable.
    pub indirect: bool,
}

/// The result of a lookup.
#[derive(Clone, Debug)]
pub enum Lookup {
    Found(Found),
    /// Several members of that name at the shallowest depth.
    Ambiguous,
    NotFound,
}

/// Finds field or method `name` of a value of type `ty` by Go's rules: the
/// shallowest depth wins, two at the same depth are ambiguous.
pub fn lookup(types: &TypeTable, ty: TypeId, name: &str) -> Lookup {
    if name == "_" {
        return Lookup::NotFound;
    }
    // A type parameter's methods are its constraint's.
    if let Some(param) = types.type_param(ty) {
        let (methods, _, _) = types.constraint_of(ty);
        return match methods.iter().find(|method| method.name == name) {
            Some(method) => Lookup::Found(Found {
                path: Vec::new(),
                member: Member::InterfaceMethod {
                    interface: param.constraint,
                    method: method.clone(),
                },
                through_pointer: false,
                indirect: false,
            }),
            None => Lookup::NotFound,
        };
    }
    // An interface's own methods.
    if let TypeKind::Interface(methods) = types.underlying_kind(ty) {
        return match methods.iter().find(|method| method.name == name) {
            Some(method) => Lookup::Found(Found {
                path: Vec::new(),
                member: Member::InterfaceMethod {
                    interface: ty,
                    method: method.clone(),
                },
                through_pointer: false,
                indirect: false,
            }),
            None => Lookup::NotFound,
        };
    }
    let (start, pointer) = match types.kind(ty) {
        TypeKind::Pointer(elem) => (*elem, true),
        // A named pointer type has no methods, but its fields are selectable.
        _ => match types.underlying_kind(ty) {
            TypeKind::Pointer(elem) if types.is_named(ty) => (*elem, true),
            _ => (ty, false),
        },
    };
    struct Entry {
        ty: TypeId,
        path: Vec<EmbedStep>,
        through_pointer: bool,
        indirect: bool,
    }
    let mut level = vec![Entry {
        ty: start,
        path: Vec::new(),
        through_pointer: pointer,
        indirect: pointer,
    }];
    let mut seen: HashSet<TypeId> = HashSet::new();
    let mut depth = 0;
    while !level.is_empty() {
        let mut found: Vec<Found> = Vec::new();
        let mut next: Vec<Entry> = Vec::new();
        for entry in level {
            if types.is_named(entry.ty) && !seen.insert(entry.ty) {
                continue;
            }
            // Methods declared on the type (not on a pointer to a pointer).
            // An instance of a generic type has its generic type's methods.
            let declaring = types
                .named_info(entry.ty)
                .map(|named| named.origin.and_then(|origin| types.named_info(origin)).unwrap_or(named));
            if let Some(named) = declaring
                && !(depth == 0 && pointer && matches!(types.kind(ty), TypeKind::Named(_)))
                && let Some(method) = named.methods.iter().find(|method| method.name == name)
            {
                found.push(Found {
                    path: entry.path.clone(),
                    member: Member::Method {
                        func: method.func,
                        pointer_receiver: method.pointer_receiver,
                    },
                    through_pointer: entry.through_pointer,
                    indirect: entry.indirect,
                });
                continue;
            }
            match types.underlying_kind(entry.ty) {
                TypeKind::Struct(fields) => {
                    for field in fields {
                        if field.name == name {
                            found.push(Found {
                                path: entry.path.clone(),
                                member: Member::Field { ty: field.ty },
                                through_pointer: entry.through_pointer,
                                indirect: entry.indirect,
                            });
                        }
                        if field.embedded {
                            let (inner, field_pointer) = match types.kind(field.ty) {
                                TypeKind::Pointer(elem) => (*elem, true),
                                _ => (field.ty, false),
                            };
                            let mut path = entry.path.clone();
                            path.push(EmbedStep {
                                name: field.name.clone(),
                                ty: field.ty,
                                through_pointer: entry.through_pointer,
                            });
                            next.push(Entry {
                                ty: inner,
                                path,
                                through_pointer: field_pointer,
                                indirect: entry.indirect || field_pointer,
                            });
                        }
                    }
                }
                TypeKind::Interface(methods) if depth > 0 => {
                    if let Some(method) = methods.iter().find(|method| method.name == name) {
                        found.push(Found {
                            path: entry.path.clone(),
                            member: Member::InterfaceMethod {
                                interface: entry.ty,
                                method: method.clone(),
                            },
                            through_pointer: entry.through_pointer,
                            indirect: entry.indirect,
                        });
                    }
                }
                _ => {}
            }
        }
        match found.len() {
            0 => {}
            1 => return Lookup::Found(found.pop().expect("one")),
            _ => return Lookup::Ambiguous,
        }
        level = next;
        depth += 1;
    }
    Lookup::NotFound
}

/// A method in the method set of `ty`: its resolution when `ty` (a value
/// that is not addressable) has a method `name`.
pub fn method_in_set(types: &TypeTable, ty: TypeId, name: &str) -> Option<Found> {
    let Lookup::Found(found) = lookup(types, ty, name) else {
        return None;
    };
    match &found.member {
        Member::Field { .. } => None,
        Member::InterfaceMethod { .. } => Some(found),
        Member::Method { pointer_receiver, .. } => (!*pointer_receiver || found.through_pointer || found.indirect).then_some(found),
    }
}

/// The signature of a found method (a [`TypeKind::Func`] type).
pub fn method_signature(funcs: &[crate::FuncInfo], found: &Found) -> Option<TypeId> {
    match &found.member {
        Member::Method { func, .. } => Some(funcs[func.0 as usize].signature),
        Member::InterfaceMethod { method, .. } => Some(method.signature),
        Member::Field { .. } => None,
    }
}

/// The first method of interface `iface` that `ty` lacks (or has with
/// another signature), by name order; `None` when `ty` implements it.
pub fn missing_method(types: &TypeTable, funcs: &[crate::FuncInfo], ty: TypeId, iface: TypeId) -> Option<String> {
    let TypeKind::Interface(methods) = types.underlying_kind(iface) else {
        return None;
    };
    for method in methods {
        let matches = method_in_set(types, ty, &method.name).is_some_and(|found| {
            let holder = found.path.last().map_or(ty, |step| step.ty);
            let map = types.instance_map(holder);
            method_signature(funcs, &found).is_some_and(|signature| types.identical_subst(signature, method.signature, &map))
        });
        if !matches {
            return Some(method.name.clone());
        }
    }
    None
}

/// The names of the methods in the method set of `ty`, sorted.
pub fn method_set(types: &TypeTable, ty: TypeId) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    collect_method_names(types, ty, &mut names, &mut HashSet::new());
    names.sort();
    names.dedup();
    names.retain(|name| method_in_set(types, ty, name).is_some());
    names
}

fn collect_method_names(types: &TypeTable, ty: TypeId, names: &mut Vec<String>, seen: &mut HashSet<TypeId>) {
    let base = match types.kind(ty) {
        TypeKind::Pointer(elem) => *elem,
        _ => ty,
    };
    if !seen.insert(base) {
        return;
    }
    if let Some(named) = types.named_info(base) {
        let named = named.origin.and_then(|origin| types.named_info(origin)).unwrap_or(named);
        names.extend(named.methods.iter().map(|method| method.name.clone()));
    }
    match types.underlying_kind(base) {
        TypeKind::Struct(fields) => {
            for field in fields.iter().filter(|field| field.embedded) {
                collect_method_names(types, field.ty, names, seen);
            }
        }
        TypeKind::Interface(methods) => names.extend(methods.iter().map(|method| method.name.clone())),
        _ => {}
    }
}
