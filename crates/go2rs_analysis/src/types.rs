//! Go types, interned in a [`TypeTable`].

use std::collections::HashMap;

/// Identifies a type in the [`TypeTable`]. Two structurally identical
/// unnamed types have the same id; each named type has its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    /// The type of an expression that failed to check.
    Invalid,
}

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::Complex64 => "complex64",
            Basic::Complex128 => "complex128",
            Basic::String => "string",
            Basic::UnsafePointer => "unsafe.Pointer",
            Basic::UntypedBool => "untyped bool",
            Basic::UntypedInt => "untyped int",
            Basic::UntypedRune => "untyped rune",
            Basic::UntypedFloat => "untyped float",
            Basic::UntypedString => "untyped string",
            Basic::UntypedNil => "untyped nil",
            Basic::Invalid => "invalid type",
        }
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Basic::Int
                | Basic::Int8
                | Basic::Int16
                | Basic::Int32
                | Basic::Int64
                | Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::UntypedInt
                | Basic::UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            Basic::Uint | Basic::Uint8 | Basic::Uint16 | Basic::Uint32 | Basic::Uint64 | Basic::Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool | Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat | Basic::UntypedString | Basic::UntypedNil
        )
    }

    /// Size in bits of a sized integer or float type.
    pub fn bits(self) -> u32 {
        match self {
            Basic::Int8 | Basic::Uint8 => 8,
            Basic::Int16 | Basic::Uint16 => 16,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, given as the slice type `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceMethod {
    pub name: String,
    /// A [`TypeKind::Func`] type.
    pub signature: TypeId,
}

/// A term of a constraint's type set: `int` or `~int`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// A type parameter.
#[derive(Clone, Debug)]
pub struct TypeParamInfo {
    pub name: String,
    /// Its constraint: an interface, or a [`TypeKind::Constraint`].
    pub constraint: TypeId,
}

/// Identifies a named type's entry in [`TypeTable::named`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NamedId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(Basic),
    Named(NamedId),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// Methods sorted by name.
    Interface(Vec<InterfaceMethod>),
    /// The results of a call with several results.
    Tuple(Vec<TypeId>),
    /// A type parameter of a generic function or type (an index into
    /// [`TypeTable::type_params`]).
    TypeParam(u32),
    /// An interface that only constrains type parameters: it has a type
    /// set (`~int | ~float64`) or embeds `comparable`.
    Constraint {
        /// Methods sorted by name.
        methods: Vec<InterfaceMethod>,
        /// The type set's terms; empty for every type.
        terms: Vec<Term>,
        comparable: bool,
    },
}

/// A method of a named type.
#[derive(Clone, Debug)]
pub struct Method {
    pub name: String,
    pub func: crate::FuncId,
    pub pointer_receiver: bool,
}

#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: String,
    /// `None` for the package being translated and for `error`; the import
    /// path otherwise (`sync`, `time`).
    pub package: Option<String>,
    pub underlying: TypeId,
    pub methods: Vec<Method>,
    /// The type parameters of a generic type.
    pub type_params: Vec<TypeId>,
    /// For an instance of a generic type (`Stack[int]`): the generic type
    /// and the type arguments.
    pub origin: Option<TypeId>,
    pub type_args: Vec<TypeId>,
}

pub struct TypeTable {
    kinds: Vec<TypeKind>,
    interned: HashMap<TypeKind, TypeId>,
    pub named: Vec<NamedType>,
    basics: HashMap<Basic, TypeId>,
    /// The predeclared `error` interface.
    pub error: TypeId,
    /// `any` (`interface{}`).
    pub any: TypeId,
    /// The predeclared `comparable` constraint.
    pub comparable: TypeId,
    pub type_params: Vec<TypeParamInfo>,
    /// Instances of generic types by (generic type, type arguments).
    instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// How deeply instantiations are nested right now, and the generic
    /// type whose instances never end (`type A[P any] []A[*P]`).
    instantiating: u32,
    pub instantiation_cycle: Option<TypeId>,
}

/// Deeper nesting than this is an instantiation cycle.
const MAX_INSTANTIATION_DEPTH: u32 = 50;

impl Default for TypeTable {
    fn default() -> Self {
        TypeTable::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut table = TypeTable {
            kinds: Vec::new(),
            interned: HashMap::new(),
            named: Vec::new(),
            basics: HashMap::new(),
            error: TypeId(0),
            any: TypeId(0),
            comparable: TypeId(0),
            type_params: Vec::new(),
            instances: HashMap::new(),
            instantiating: 0,
            instantiation_cycle: None,
        };
        use Basic::*;
        for basic in [
            Invalid,
            Bool,
            Int,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            Uintptr,
            Float32,
            Float64,
            Complex64,
            Complex128,
            String,
            UnsafePointer,
            UntypedBool,
            UntypedInt,
            UntypedRune,
            UntypedFloat,
            UntypedString,
            UntypedNil,
        ] {
            let id = table.intern(TypeKind::Basic(basic));
            table.basics.insert(basic, id);
        }
        table.any = table.intern(TypeKind::Interface(Vec::new()));
        let error_signature = table.intern(TypeKind::Func(Signature {
            params: Vec::new(),
            results: vec![table.basic(String)],
            variadic: false,
        }));
        let error_interface = table.intern(TypeKind::Interface(vec![InterfaceMethod {
            name: "Error".to_string(),
            signature: error_signature,
        }]));
        table.error = table.new_named("error", None);
        table.set_underlying(table.error, error_interface);
        let comparable = table.intern(TypeKind::Constraint {
            methods: Vec::new(),
            terms: Vec::new(),
            comparable: true,
        });
        table.comparable = table.new_named("comparable", None);
        table.set_underlying(table.comparable, comparable);
        table
    }

    /// A new type parameter (its constraint is set once resolved).
    pub fn new_type_param(&mut self, name: &str) -> TypeId {
        let index = self.type_params.len() as u32;
        self.type_params.push(TypeParamInfo {
            name: name.to_string(),
            constraint: self.any,
        });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::TypeParam(index));
        id
    }

    pub fn type_param(&self, id: TypeId) -> Option<&TypeParamInfo> {
        match self.kind(id) {
            TypeKind::TypeParam(index) => self.type_params.get(*index as usize),
            _ => None,
        }
    }

    pub fn is_type_param(&self, id: TypeId) -> bool {
        matches!(self.kind(id), TypeKind::TypeParam(_))
    }

    /// The constraint of a type parameter, as (methods, terms, comparable).
    pub fn constraint_of(&self, id: TypeId) -> (Vec<InterfaceMethod>, Vec<Term>, bool) {
        let Some(param) = self.type_param(id) else {
            return (Vec::new(), Vec::new(), false);
        };
        match self.underlying_kind(param.constraint) {
            TypeKind::Interface(methods) => (methods.clone(), Vec::new(), false),
            TypeKind::Constraint {
                methods,
                terms,
                comparable,
            } => (methods.clone(), terms.clone(), *comparable),
            _ => (Vec::new(), Vec::new(), false),
        }
    }

    /// The types a type parameter's constraint allows, when it lists them
    /// (`~int | ~string`): the terms' underlying types.
    pub fn type_set(&self, id: TypeId) -> Option<Vec<TypeId>> {
        let (_, terms, _) = self.constraint_of(id);
        if terms.is_empty() {
            return None;
        }
        Some(terms.iter().map(|term| self.underlying(term.ty)).collect())
    }

    /// Whether every type of a type parameter's type set satisfies `test`
    /// (false when the set is not restricted).
    fn all_terms(&self, id: TypeId, test: impl Fn(TypeId) -> bool) -> bool {
        self.type_set(id).is_some_and(|set| set.into_iter().all(test))
    }

    /// The core type of a type parameter: the one underlying type of all
    /// the types in its set (`[]E` for `S ~[]E`).
    pub fn core_type(&self, id: TypeId) -> Option<TypeId> {
        let set = self.type_set(id)?;
        let first = *set.first()?;
        set.iter().all(|ty| *ty == first).then_some(first)
    }

    /// `ty` with type parameters replaced as `map` says.
    pub fn subst(&mut self, ty: TypeId, map: &HashMap<TypeId, TypeId>) -> TypeId {
        if map.is_empty() {
            return ty;
        }
        if let Some(&replacement) = map.get(&ty) {
            return replacement;
        }
        match self.kind(ty).clone() {
            TypeKind::Basic(_) | TypeKind::TypeParam(_) => ty,
            TypeKind::Named(named) => {
                let info = self.named[named.0 as usize].clone();
                match info.origin {
                    Some(origin) => {
                        let args: Vec<TypeId> = info.type_args.iter().map(|arg| self.subst(*arg, map)).collect();
                        if args == info.type_args {
                            ty
                        } else {
                            self.instantiate(origin, args)
                        }
                    }
                    // A generic type named inside its own declaration
                    // stands for its instance with its own parameters.
                    None if !info.type_params.is_empty() => {
                        let args: Vec<TypeId> = info.type_params.iter().map(|param| self.subst(*param, map)).collect();
                        if args == info.type_params { ty } else { self.instantiate(ty, args) }
                    }
                    None => ty,
                }
            }
            TypeKind::Pointer(elem) => {
                let elem = self.subst(elem, map);
                self.intern(TypeKind::Pointer(elem))
            }
            TypeKind::Slice(elem) => {
                let elem = self.subst(elem, map);
                self.intern(TypeKind::Slice(elem))
            }
            TypeKind::Array(len, elem) => {
                let elem = self.subst(elem, map);
                self.intern(TypeKind::Array(len, elem))
            }
            TypeKind::Map(key, value) => {
                let key = self.subst(key, map);
                let value = self.subst(value, map);
                self.intern(TypeKind::Map(key, value))
            }
            TypeKind::Chan(dir, elem) => {
                let elem = self.subst(elem, map);
                self.intern(TypeKind::Chan(dir, elem))
            }
            TypeKind::Struct(fields) => {
                let fields = fields
                    .into_iter()
                    .map(|field| Field {
                        ty: self.subst(field.ty, map),
                        ..field
                    })
                    .collect();
                self.intern(TypeKind::Struct(fields))
            }
            TypeKind::Func(signature) => {
                let params = signature.params.iter().map(|param| self.subst(*param, map)).collect();
                let results = signature.results.iter().map(|result| self.subst(*result, map)).collect();
                self.intern(TypeKind::Func(Signature {
                    params,
                    results,
                    variadic: signature.variadic,
                }))
            }
            TypeKind::Interface(methods) => {
                let methods = methods
                    .into_iter()
                    .map(|method| InterfaceMethod {
                        signature: self.subst(method.signature, map),
                        ..method
                    })
                    .collect();
                self.intern(TypeKind::Interface(methods))
            }
            TypeKind::Constraint {
                methods,
                terms,
                comparable,
            } => {
                let methods = methods
                    .into_iter()
                    .map(|method| InterfaceMethod {
                        signature: self.subst(method.signature, map),
                        ..method
                    })
                    .collect();
                let terms = terms
                    .into_iter()
                    .map(|term| Term {
                        ty: self.subst(term.ty, map),
                        ..term
                    })
                    .collect();
                self.intern(TypeKind::Constraint {
                    methods,
                    terms,
                    comparable,
                })
            }
            TypeKind::Tuple(items) => {
                let items = items.iter().map(|item| self.subst(*item, map)).collect();
                self.intern(TypeKind::Tuple(items))
            }
        }
    }

    /// The instance of generic type `origin` for `args` (`Stack[int]`),
    /// created once. The generic type with its own parameters is itself.
    pub fn instantiate(&mut self, origin: TypeId, args: Vec<TypeId>) -> TypeId {
        let Some(info) = self.named_info(origin).cloned() else {
            return origin;
        };
        if info.type_params == args {
            return origin;
        }
        if let Some(&instance) = self.instances.get(&(origin, args.clone())) {
            return instance;
        }
        let instance = self.new_named(&info.name, info.package.clone());
        self.instances.insert((origin, args.clone()), instance);
        if let Some(named) = self.named_info_mut(instance) {
            named.origin = Some(origin);
            named.type_args = args.clone();
            named.methods = info.methods.clone();
        }
        self.complete_instance(instance);
        instance
    }

    /// Sets an instance's underlying type from its generic type's (once
    /// that is known).
    pub fn complete_instance(&mut self, instance: TypeId) {
        let Some(info) = self.named_info(instance).cloned() else {
            return;
        };
        let Some(origin) = info.origin else {
            return;
        };
        let Some(origin_info) = self.named_info(origin).cloned() else {
            return;
        };
        if origin_info.underlying == TypeId(0) {
            return;
        }
        if self.instantiating >= MAX_INSTANTIATION_DEPTH {
            self.instantiation_cycle.get_or_insert(origin);
            return;
        }
        let map: HashMap<TypeId, TypeId> = origin_info
            .type_params
            .iter()
            .copied()
            .zip(info.type_args.iter().copied())
            .collect();
        self.instantiating += 1;
        let underlying = self.subst(origin_info.underlying, &map);
        self.instantiating -= 1;
        let underlying = self.underlying(underlying);
        if let Some(named) = self.named_info_mut(instance) {
            named.underlying = underlying;
            named.methods = origin_info.methods.clone();
        }
    }

    /// Every instance of a generic type made so far.
    pub fn instances_of(&self, origin: TypeId) -> Vec<TypeId> {
        self.instances
            .iter()
            .filter(|((generic, _), _)| *generic == origin)
            .map(|(_, instance)| *instance)
            .collect()
    }

    /// The substitution from a generic type's parameters to an instance's
    /// arguments (empty for other types).
    pub fn instance_map(&self, ty: TypeId) -> HashMap<TypeId, TypeId> {
        let base = match self.kind(ty) {
            TypeKind::Pointer(elem) => *elem,
            _ => ty,
        };
        let Some(info) = self.named_info(base) else {
            return HashMap::new();
        };
        let Some(origin) = info.origin else {
            return HashMap::new();
        };
        let params = self.named_info(origin).map(|origin| origin.type_params.clone()).unwrap_or_default();
        params.into_iter().zip(info.type_args.iter().copied()).collect()
    }

    pub fn basic(&self, basic: Basic) -> TypeId {
        self.basics[&basic]
    }

    pub fn invalid(&self) -> TypeId {
        self.basic(Basic::Invalid)
    }

    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.interned.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.interned.insert(kind, id);
        id
    }

    /// The id of an unnamed type if the program mentions it.
    pub fn lookup_interned(&self, kind: &TypeKind) -> Option<TypeId> {
        self.interned.get(kind).copied()
    }

    pub fn new_named(&mut self, name: &str, package: Option<String>) -> TypeId {
        let named = NamedId(self.named.len() as u32);
        self.named.push(NamedType {
            name: name.to_string(),
            package,
            underlying: TypeId(0),
            methods: Vec::new(),
            type_params: Vec::new(),
            origin: None,
            type_args: Vec::new(),
        });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named(named));
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let underlying = self.underlying(underlying);
        if let TypeKind::Named(id) = self.kinds[named.0 as usize] {
            self.named[id.0 as usize].underlying = underlying;
        }
    }

    pub fn kind(&self, id: TypeId) -> &TypeKind {
        &self.kinds[id.0 as usize]
    }

    pub fn named_info(&self, id: TypeId) -> Option<&NamedType> {
        match self.kind(id) {
            TypeKind::Named(named) => Some(&self.named[named.0 as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, id: TypeId) -> Option<&mut NamedType> {
        match self.kinds[id.0 as usize] {
            TypeKind::Named(named) => Some(&mut self.named[named.0 as usize]),
            _ => None,
        }
    }

    /// The underlying type (the type itself unless it is named).
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.kind(id) {
            TypeKind::Named(named) => self.named[named.0 as usize].underlying,
            _ => id,
        }
    }

    pub fn underlying_kind(&self, id: TypeId) -> &TypeKind {
        self.kind(self.underlying(id))
    }

    pub fn as_basic(&self, id: TypeId) -> Option<Basic> {
        match self.underlying_kind(id) {
            TypeKind::Basic(basic) => Some(*basic),
            _ => None,
        }
    }

    pub fn is_invalid(&self, id: TypeId) -> bool {
        self.as_basic(id) == Some(Basic::Invalid)
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.kind(id), TypeKind::Basic(basic) if basic.is_untyped())
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.kind(id), TypeKind::Named(_))
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.underlying_kind(id), TypeKind::Interface(_))
    }

    pub fn is_integer(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_integer) || self.all_terms(id, |ty| self.is_integer(ty))
    }

    pub fn is_unsigned(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_unsigned) || self.all_terms(id, |ty| self.is_unsigned(ty))
    }

    pub fn is_float(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_float) || self.all_terms(id, |ty| self.is_float(ty))
    }

    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_numeric) || self.all_terms(id, |ty| self.is_numeric(ty))
    }

    pub fn is_string(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_string) || self.all_terms(id, |ty| self.is_string(ty))
    }

    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_boolean) || self.all_terms(id, |ty| self.is_boolean(ty))
    }

    /// Whether `<` and friends apply: numbers (not complex) and strings,
    /// or a type parameter whose every type is one.
    pub fn is_ordered(&self, id: TypeId) -> bool {
        self.as_basic(id)
            .is_some_and(|b| (b.is_numeric() && !b.is_complex()) || b.is_string())
            || self.all_terms(id, |ty| self.is_ordered(ty))
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }

    pub fn tuple(&mut self, items: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(items))
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.underlying_kind(id) {
            TypeKind::Func(signature) => Some(signature),
            _ => None,
        }
    }

    /// The element type of a pointer, slice, array, map (value) or channel.
    pub fn elem(&self, id: TypeId) -> Option<TypeId> {
        match self.underlying_kind(id) {
            TypeKind::Pointer(elem) | TypeKind::Slice(elem) | TypeKind::Array(_, elem) | TypeKind::Chan(_, elem) => Some(*elem),
            TypeKind::Map(_, value) => Some(*value),
            TypeKind::Basic(basic) if basic.is_string() => Some(self.basic(Basic::Uint8)),
            _ => None,
        }
    }

    /// The untyped constant kinds' default types: `int`, `rune`, `float64`,
    /// `string`, `bool`.
    pub fn default_type(&self, id: TypeId) -> TypeId {
        match self.kind(id) {
            TypeKind::Basic(Basic::UntypedBool) => self.basic(Basic::Bool),
            TypeKind::Basic(Basic::UntypedInt) => self.basic(Basic::Int),
            TypeKind::Basic(Basic::UntypedRune) => self.basic(Basic::Int32),
            TypeKind::Basic(Basic::UntypedFloat) => self.basic(Basic::Float64),
            TypeKind::Basic(Basic::UntypedString) => self.basic(Basic::String),
            _ => id,
        }
    }

    /// Go's type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        // Unnamed types are interned structurally and named types are
        // unique, so identity is id equality.
        a == b
    }

    /// Whether `a` with type parameters replaced as `map` says is the type
    /// `b` (without making the substituted type).
    pub fn identical_subst(&self, a: TypeId, b: TypeId, map: &HashMap<TypeId, TypeId>) -> bool {
        if let Some(&replacement) = map.get(&a) {
            return replacement == b;
        }
        if a == b {
            return true;
        }
        if map.is_empty() {
            return false;
        }
        match (self.kind(a), self.kind(b)) {
            (TypeKind::Named(_), TypeKind::Named(_)) => {
                let (Some(x), Some(y)) = (self.named_info(a), self.named_info(b)) else {
                    return false;
                };
                x.origin.is_some()
                    && x.origin == y.origin
                    && x.type_args.len() == y.type_args.len()
                    && x.type_args.iter().zip(&y.type_args).all(|(p, q)| self.identical_subst(*p, *q, map))
            }
            (TypeKind::Pointer(x), TypeKind::Pointer(y)) | (TypeKind::Slice(x), TypeKind::Slice(y)) => self.identical_subst(*x, *y, map),
            (TypeKind::Array(n, x), TypeKind::Array(m, y)) => n == m && self.identical_subst(*x, *y, map),
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => self.identical_subst(*k1, *k2, map) && self.identical_subst(*v1, *v2, map),
            (TypeKind::Chan(d1, x), TypeKind::Chan(d2, y)) => d1 == d2 && self.identical_subst(*x, *y, map),
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.params.iter().zip(&s2.params).all(|(p, q)| self.identical_subst(*p, *q, map))
                    && s1.results.iter().zip(&s2.results).all(|(p, q)| self.identical_subst(*p, *q, map))
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(f2)
                        .all(|(x, y)| x.name == y.name && x.embedded == y.embedded && self.identical_subst(x.ty, y.ty, map))
            }
            (TypeKind::Tuple(x), TypeKind::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.identical_subst(*p, *q, map))
            }
            _ => false,
        }
    }

    /// Whether a value of `ty` contains a value of `target` itself (not
    /// through a pointer, slice, map, channel, function or interface):
    /// `type T struct{ T }` has no finite size.
    pub fn contains_directly(&self, ty: TypeId, target: TypeId) -> bool {
        let mut seen = std::collections::HashSet::new();
        self.contains_directly_in(ty, target, &mut seen)
    }

    fn contains_directly_in(&self, ty: TypeId, target: TypeId, seen: &mut std::collections::HashSet<TypeId>) -> bool {
        if ty == target {
            return true;
        }
        if !seen.insert(ty) {
            return false;
        }
        match self.kind(ty) {
            TypeKind::Named(named) => {
                let underlying = self.named[named.0 as usize].underlying;
                underlying != TypeId(0) && self.contains_directly_in(underlying, target, seen)
            }
            TypeKind::Struct(fields) => fields.iter().any(|field| self.contains_directly_in(field.ty, target, seen)),
            TypeKind::Array(_, elem) => self.contains_directly_in(*elem, target, seen),
            _ => false,
        }
    }

    /// Whether a named type's underlying type is still being resolved.
    pub fn is_unresolved_named(&self, id: TypeId) -> bool {
        matches!(self.kind(id), TypeKind::Named(named) if self.named[named.0 as usize].underlying == TypeId(0) && self.named[named.0 as usize].origin.is_none())
    }

    /// Whether values of the type can be compared with `==`.
    pub fn comparable(&self, id: TypeId) -> bool {
        if let TypeKind::TypeParam(_) = self.kind(id) {
            let (_, terms, comparable) = self.constraint_of(id);
            return comparable || (!terms.is_empty() && terms.iter().all(|term| self.comparable(term.ty)));
        }
        match self.underlying_kind(id) {
            TypeKind::Basic(basic) => *basic != Basic::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fields) => fields.iter().all(|field| self.comparable(field.ty)),
            TypeKind::Array(_, elem) => self.comparable(*elem),
            _ => false,
        }
    }

    /// Whether nil is a value of the type.
    pub fn has_nil(&self, id: TypeId) -> bool {
        if self.is_type_param(id) {
            return self.all_terms(id, |ty| self.has_nil(ty));
        }
        matches!(
            self.underlying_kind(id),
            TypeKind::Pointer(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) | TypeKind::Interface(_)
        ) || self.as_basic(id) == Some(Basic::UnsafePointer)
    }

    /// The type as Go writes it in messages and as `%T` prints it, with
    /// this package's types qualified as `main.`.
    pub fn type_string(&self, id: TypeId) -> String {
        self.type_string_in(id, "main")
    }

    fn type_string_in(&self, id: TypeId, main: &str) -> String {
        match self.kind(id) {
            TypeKind::Basic(basic) => basic.name().to_string(),
            TypeKind::Named(named) => {
                let named = &self.named[named.0 as usize];
                let base = match &named.package {
                    None if named.name == "error" || named.name == "comparable" => named.name.clone(),
                    None => format!("{main}.{}", named.name),
                    Some(package) => {
                        let short = package.rsplit('/').next().unwrap_or(package);
                        format!("{short}.{}", named.name)
                    }
                };
                if named.type_args.is_empty() {
                    base
                } else {
                    let args: Vec<String> = named.type_args.iter().map(|arg| self.type_string_in(*arg, main)).collect();
                    format!("{base}[{}]", args.join(","))
                }
            }
            TypeKind::TypeParam(index) => self.type_params[*index as usize].name.clone(),
            TypeKind::Constraint {
                methods,
                terms,
                comparable,
            } => {
                let mut parts: Vec<String> = Vec::new();
                if *comparable {
                    parts.push("comparable".to_string());
                }
                for method in methods {
                    let signature = self.signature(method.signature).cloned();
                    parts.push(format!(
                        "{}{}",
                        method.name,
                        signature.map_or(String::new(), |s| self.signature_string(&s, main))
                    ));
                }
                if !terms.is_empty() {
                    let terms: Vec<String> = terms
                        .iter()
                        .map(|term| format!("{}{}", if term.tilde { "~" } else { "" }, self.type_string_in(term.ty, main)))
                        .collect();
                    parts.push(terms.join(" | "));
                }
                format!("interface {{ {} }}", parts.join("; "))
            }
            TypeKind::Pointer(elem) => format!("*{}", self.type_string_in(*elem, main)),
            TypeKind::Slice(elem) => format!("[]{}", self.type_string_in(*elem, main)),
            TypeKind::Array(len, elem) => format!("[{len}]{}", self.type_string_in(*elem, main)),
            TypeKind::Map(key, value) => format!("map[{}]{}", self.type_string_in(*key, main), self.type_string_in(*value, main)),
            TypeKind::Chan(dir, elem) => {
                let elem = self.type_string_in(*elem, main);
                match dir {
                    ChanDir::Both => format!("chan {elem}"),
                    ChanDir::Send => format!("chan<- {elem}"),
                    ChanDir::Recv => format!("<-chan {elem}"),
                }
            }
            TypeKind::Struct(fields) => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|field| {
                        if field.embedded {
                            self.type_string_in(field.ty, main)
                        } else {
                            format!("{} {}", field.name, self.type_string_in(field.ty, main))
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", fields.join("; "))
            }
            TypeKind::Func(signature) => format!("func{}", self.signature_string(signature, main)),
            TypeKind::Interface(methods) => {
                if methods.is_empty() {
                    "interface {}".to_string()
                } else {
                    let methods: Vec<String> = methods
                        .iter()
                        .map(|method| {
                            let signature = self.signature(method.signature).cloned();
                            format!(
                                "{}{}",
                                method.name,
                                signature.map_or(String::new(), |s| self.signature_string(&s, main))
                            )
                        })
                        .collect();
                    format!("interface {{ {} }}", methods.join("; "))
                }
            }
            TypeKind::Tuple(items) => {
                let items: Vec<String> = items.iter().map(|item| self.type_string_in(*item, main)).collect();
                format!("({})", items.join(", "))
            }
        }
    }

    fn signature_string(&self, signature: &Signature, main: &str) -> String {
        let mut params: Vec<String> = signature.params.iter().map(|param| self.type_string_in(*param, main)).collect();
        if signature.variadic
            && let Some(last) = params.last_mut()
            && let Some(elem) = last.strip_prefix("[]")
        {
            *last = format!("...{elem}");
        }
        let results: Vec<String> = signature.results.iter().map(|result| self.type_string_in(*result, main)).collect();
        let results = match results.len() {
            0 => String::new(),
            1 => format!(" {}", results[0]),
            _ => format!(" ({})", results.join(", ")),
        };
        format!("({}){results}", params.join(", "))
    }
}
