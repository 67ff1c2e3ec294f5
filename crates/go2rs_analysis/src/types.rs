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
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
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
}

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
        };
        use Basic::*;
        for basic in [
            Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64,
            Uintptr, Float32, Float64, Complex64, Complex128, String, UnsafePointer, UntypedBool,
            UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
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
        table
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
        self.as_basic(id).is_some_and(Basic::is_integer)
    }

    pub fn is_unsigned(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_unsigned)
    }

    pub fn is_float(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_float)
    }

    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_numeric)
    }

    pub fn is_string(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_string)
    }

    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.as_basic(id).is_some_and(Basic::is_boolean)
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
            TypeKind::Pointer(elem)
            | TypeKind::Slice(elem)
            | TypeKind::Array(_, elem)
            | TypeKind::Chan(_, elem) => Some(*elem),
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

    /// Whether values of the type can be compared with `==`.
    pub fn comparable(&self, id: TypeId) -> bool {
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
        matches!(
            self.underlying_kind(id),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
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
                match &named.package {
                    None if named.name == "error" => "error".to_string(),
                    None => format!("{main}.{}", named.name),
                    Some(package) => {
                        let short = package.rsplit('/').next().unwrap_or(package);
                        format!("{short}.{}", named.name)
                    }
                }
            }
            TypeKind::Pointer(elem) => format!("*{}", self.type_string_in(*elem, main)),
            TypeKind::Slice(elem) => format!("[]{}", self.type_string_in(*elem, main)),
            TypeKind::Array(len, elem) => format!("[{len}]{}", self.type_string_in(*elem, main)),
            TypeKind::Map(key, value) => format!(
                "map[{}]{}",
                self.type_string_in(*key, main),
                self.type_string_in(*value, main)
            ),
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
        let mut params: Vec<String> = signature
            .params
            .iter()
            .map(|param| self.type_string_in(*param, main))
            .collect();
        if signature.variadic
            && let Some(last) = params.last_mut()
            && let Some(elem) = last.strip_prefix("[]")
        {
            *last = format!("...{elem}");
        }
        let results: Vec<String> = signature
            .results
            .iter()
            .map(|result| self.type_string_in(*result, main))
            .collect();
        let results = match results.len() {
            0 => String::new(),
            1 => format!(" {}", results[0]),
            _ => format!(" ({})", results.join(", ")),
        };
        format!("({}){results}", params.join(", "))
    }
}
