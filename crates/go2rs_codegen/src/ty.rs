//! Go types as Rust types, Go's zero values, and what is `Copy`.

use go2rs_analysis::{Basic, TypeId, TypeKind};
use go2rs_syntax::Span;
use proc_macro2::TokenStream;
use quote::quote;

use crate::Gen;
use crate::names::ident;

/// A standard library type the runtime provides.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LibType {
    Duration,
    Time,
    WaitGroup,
    Mutex,
    RWMutex,
    File,
    Builder,
    /// A library type whose pointer the runtime represents as a shared
    /// handle (`*bufio.Scanner` is a `bufio::Scanner`).
    Handle,
    /// A sync type other than the mutexes and wait group: a handle as a
    /// value too (`sync.Once`).
    SyncHandle,
    /// Another library type the runtime has under its Go name
    /// (`iter.Seq[int]` is `iter::Seq<i64>`).
    Other,
}

impl<'p> Gen<'p> {
    pub fn lib_type(&self, ty: TypeId) -> Option<LibType> {
        let named = self.program.types.named_info(ty)?;
        let package = named.package.as_deref()?;
        Some(match (package, named.name.as_str()) {
            ("time", "Duration") => LibType::Duration,
            ("time", "Time") => LibType::Time,
            ("sync", "WaitGroup") => LibType::WaitGroup,
            ("sync", "Mutex") => LibType::Mutex,
            ("sync", "RWMutex") => LibType::RWMutex,
            ("sync", "Once" | "Map" | "Pool") | ("sync/atomic", "Int32" | "Int64" | "Uint32" | "Uint64" | "Bool" | "Pointer" | "Value") => {
                LibType::SyncHandle
            }
            ("context", "Context") | ("golang.org/x/sync/errgroup", "Group") => LibType::SyncHandle,
            ("context", "CancelFunc" | "CancelCauseFunc") => LibType::Other,
            ("os", "File") => LibType::File,
            ("strings", "Builder") => LibType::Builder,
            ("bufio", "Scanner" | "Writer")
            | ("strings", "Reader" | "Replacer")
            | ("unicode", "RangeTable")
            | ("strconv", "NumError")
            | ("time", "Timer" | "Ticker")
            | ("sync", "Cond") => LibType::Handle,
            ("iter", "Seq" | "Seq2")
            | ("sort", "IntSlice" | "Float64Slice" | "StringSlice")
            | ("bufio", "SplitFunc")
            | ("sync", "Locker") => LibType::Other,
            _ => return None,
        })
    }

    /// The runtime's type for a library type under its Go name
    /// (`bufio::Scanner`, `iter::Seq<i64>`).
    fn lib_named_type(&mut self, ty: TypeId, span: Span) -> Option<TokenStream> {
        let named = self.program.types.named_info(ty)?.clone();
        let package = named.package.clone()?;
        let module = self.stdlib_module(&package)?;
        let name = ident(&named.name);
        if named.type_args.is_empty() {
            return Some(quote!(#module::#name));
        }
        let args: Vec<TokenStream> = named.type_args.iter().map(|arg| self.rust_type(*arg, span)).collect();
        Some(quote!(#module::#name<#(#args),*>))
    }

    /// A pointer to a type that the runtime represents as a shared handle
    /// already (`*sync.WaitGroup` is a `sync::WaitGroup`).
    pub fn is_handle_pointer(&self, ty: TypeId) -> bool {
        match self.program.types.kind(ty) {
            TypeKind::Pointer(elem) => matches!(
                self.lib_type(*elem),
                Some(LibType::WaitGroup | LibType::Mutex | LibType::RWMutex | LibType::File | LibType::Handle | LibType::SyncHandle)
            ),
            _ => false,
        }
    }

    pub fn is_user_named(&self, ty: TypeId) -> bool {
        self.program
            .types
            .named_info(ty)
            .is_some_and(|named| named.package.is_none() && named.name != "error")
    }

    pub fn basic_type(basic: Basic) -> TokenStream {
        match basic {
            Basic::Bool | Basic::UntypedBool => quote!(bool),
            Basic::Int | Basic::Int64 | Basic::UntypedInt => quote!(i64),
            Basic::Int8 => quote!(i8),
            Basic::Int16 => quote!(i16),
            Basic::Int32 | Basic::UntypedRune => quote!(i32),
            Basic::Uint | Basic::Uint64 => quote!(u64),
            Basic::Uint8 => quote!(u8),
            Basic::Uint16 => quote!(u16),
            Basic::Uint32 => quote!(u32),
            Basic::Uintptr => quote!(usize),
            Basic::Float32 => quote!(f32),
            Basic::Float64 | Basic::UntypedFloat => quote!(f64),
            _ => quote!(()),
        }
    }

    /// The Rust type of a Go type. Reports an unsupported type at `span`.
    pub fn rust_type(&mut self, ty: TypeId, span: Span) -> TokenStream {
        let types = &self.program.types;
        match types.kind(ty).clone() {
            TypeKind::Basic(basic) => match basic {
                Basic::String | Basic::UntypedString => self.use_item("GoString"),
                Basic::Complex64 | Basic::Complex128 => {
                    self.unsupported(span, "complex numbers");
                    quote!(())
                }
                Basic::UnsafePointer => {
                    self.unsupported(span, "unsafe.Pointer");
                    quote!(())
                }
                Basic::UntypedNil | Basic::Invalid => quote!(()),
                other => Self::basic_type(other),
            },
            TypeKind::Named(_) => {
                if types.is_interface(ty) {
                    return self.interface_rust_type(ty);
                }
                if let Some(lib) = self.lib_type(ty) {
                    return match lib {
                        LibType::Duration => {
                            let time = self.use_module("time");
                            quote!(#time::Duration)
                        }
                        LibType::Time => {
                            let time = self.use_module("time");
                            quote!(#time::Time)
                        }
                        LibType::WaitGroup => {
                            let sync = self.use_module("sync");
                            quote!(#sync::WaitGroup)
                        }
                        LibType::Mutex => {
                            let sync = self.use_module("sync");
                            quote!(#sync::Mutex)
                        }
                        LibType::RWMutex => {
                            let sync = self.use_module("sync");
                            quote!(#sync::RWMutex)
                        }
                        LibType::File => {
                            let os = self.use_module("os");
                            quote!(#os::File)
                        }
                        LibType::Builder => {
                            let strings = self.use_module("strings");
                            quote!(#strings::Builder)
                        }
                        LibType::Handle | LibType::Other | LibType::SyncHandle => {
                            self.lib_named_type(ty, span).unwrap_or_else(|| quote!(()))
                        }
                    };
                }
                // An instance of a generic type: `Stack<i64>`; the generic
                // type itself (in its own methods): `Stack<T>`.
                if let Some(named) = types.named_info(ty).cloned() {
                    let (base, args) = match named.origin {
                        Some(origin) => (origin, named.type_args.clone()),
                        None => (ty, named.type_params.clone()),
                    };
                    if !args.is_empty()
                        && let Some(name) = self.type_names.get(&base).cloned()
                    {
                        if named.origin.is_some() {
                            let params = types.named_info(base).map(|info| info.type_params.clone()).unwrap_or_default();
                            self.check_type_arguments(&params, &args, span);
                            for arg in &args {
                                self.note_type_argument(*arg, span);
                            }
                        }
                        let name = ident(&name);
                        let args: Vec<TokenStream> = args.iter().map(|arg| self.rust_type(*arg, span)).collect();
                        return quote!(#name<#(#args),*>);
                    }
                }
                match self.type_names.get(&ty) {
                    Some(name) => {
                        let name = ident(name);
                        quote!(#name)
                    }
                    None => {
                        let name = types.type_string(ty);
                        self.unsupported(span, format!("the type {name}"));
                        quote!(())
                    }
                }
            }
            TypeKind::Pointer(elem) => {
                if self.is_handle_pointer(ty) {
                    return self.rust_type(elem, span);
                }
                let elem = self.rust_type(elem, span);
                let ptr = self.use_item("Ptr");
                quote!(#ptr<#elem>)
            }
            TypeKind::Slice(elem) => {
                let elem = self.rust_type(elem, span);
                let slice = self.use_item("Slice");
                quote!(#slice<#elem>)
            }
            TypeKind::Array(len, elem) => {
                let elem = self.rust_type(elem, span);
                let len = proc_macro2::Literal::usize_unsuffixed(len as usize);
                quote!([#elem; #len])
            }
            TypeKind::Map(key, value) => {
                if self.contains_float(key) {
                    self.unsupported(span, "maps with floating-point keys (or keys holding floats)");
                }
                let key = self.rust_type(key, span);
                let value = self.rust_type(value, span);
                let map = self.use_item("Map");
                quote!(#map<#key, #value>)
            }
            TypeKind::Chan(_, elem) => {
                let elem = self.rust_type(elem, span);
                let chan = self.use_item("Chan");
                quote!(#chan<#elem>)
            }
            TypeKind::Func(signature) => {
                let params: Vec<TokenStream> = signature.params.iter().map(|param| self.rust_type(*param, span)).collect();
                let result = self.result_type(&signature.results, span);
                let result = if self.program.dynamic_calls_block {
                    let boxed = self.use_item("BoxFuture");
                    quote!(#boxed<'static, #result>)
                } else {
                    result
                };
                let func = self.use_item("Func");
                if result.to_string() == "()" {
                    quote!(#func<dyn Fn(#(#params),*) + Send + Sync>)
                } else {
                    quote!(#func<dyn Fn(#(#params),*) -> #result + Send + Sync>)
                }
            }
            TypeKind::Tuple(items) => {
                let items: Vec<TokenStream> = items.iter().map(|item| self.rust_type(*item, span)).collect();
                quote!((#(#items),*))
            }
            TypeKind::Interface(_) => self.interface_rust_type(ty),
            TypeKind::TypeParam(_) => {
                let name = self.type_param_name(ty);
                quote!(#name)
            }
            // Only in constraints, which are bounds in Rust.
            TypeKind::Constraint { .. } => quote!(()),
            // Go's empty struct (`chan struct{}`, sets as `map[K]struct{}`).
            TypeKind::Struct(fields) if fields.is_empty() => quote!(()),
            TypeKind::Struct(_) => {
                let name = ident(&self.anonymous_struct_name(ty));
                quote!(#name)
            }
        }
    }

    /// The struct standing for an anonymous struct type, named after its
    /// fields (`struct{ name string; want int }` is `NameWant`).
    pub fn anonymous_struct_name(&mut self, ty: TypeId) -> String {
        if let Some(name) = self.anonymous_structs.get(&ty) {
            return name.clone();
        }
        let base = match self.program.types.kind(ty) {
            TypeKind::Struct(fields) if fields.len() <= 3 => {
                let joined: String = fields.iter().map(|field| crate::names::camel_case(&field.name)).collect();
                if joined.is_empty() { "Anonymous".to_string() } else { joined }
            }
            _ => "Record".to_string(),
        };
        let base = if crate::items::is_runtime_type_name(&base) {
            format!("{base}Record")
        } else {
            base
        };
        let name = self.type_namespace.fresh(&base);
        self.anonymous_structs.insert(ty, name.clone());
        name
    }

    /// The Rust return type for Go results: `()`, `T` or `(A, B)`.
    pub fn result_type(&mut self, results: &[TypeId], span: Span) -> TokenStream {
        match results.len() {
            0 => quote!(()),
            1 => self.rust_type(results[0], span),
            _ => {
                let items: Vec<TokenStream> = results.iter().map(|item| self.rust_type(*item, span)).collect();
                quote!((#(#items),*))
            }
        }
    }

    /// Whether the Rust representation of `ty` is `Copy`.
    pub fn is_copy(&self, ty: TypeId) -> bool {
        let types = &self.program.types;
        if let Some(lib) = self.lib_type(ty) {
            return matches!(lib, LibType::Duration | LibType::Time | LibType::File);
        }
        if self.is_handle_pointer(ty) {
            return matches!(self.program.types.kind(ty), TypeKind::Pointer(elem) if self.lib_type(*elem) == Some(LibType::File));
        }
        match types.kind(ty) {
            TypeKind::Basic(basic) => !basic.is_string() && *basic != Basic::UntypedNil,
            TypeKind::Named(_) => {
                if ty == types.error {
                    return false;
                }
                self.is_copy(types.underlying(ty))
            }
            TypeKind::Array(_, elem) => self.is_copy(*elem),
            TypeKind::Struct(fields) => fields.iter().all(|field| self.is_copy(field.ty)),
            TypeKind::Tuple(items) => items.iter().all(|item| self.is_copy(*item)),
            _ => false,
        }
    }

    /// Go's zero value of `ty`.
    pub fn zero_value(&mut self, ty: TypeId, span: Span) -> TokenStream {
        let types = &self.program.types;
        match types.kind(ty).clone() {
            TypeKind::Basic(basic) => match basic {
                Basic::Bool => quote!(false),
                Basic::String => {
                    let string = self.use_item("GoString");
                    quote!(#string::new())
                }
                Basic::Float32 | Basic::Float64 => quote!(0.0),
                b if b.is_integer() => quote!(0),
                _ => quote!(Default::default()),
            },
            _ if types.is_interface(ty) => {
                let path = self.interface_type_path(ty);
                quote!(#path::nil())
            }
            TypeKind::Pointer(_) if !self.is_handle_pointer(ty) => {
                let ptr = self.use_item("Ptr");
                quote!(#ptr::nil())
            }
            TypeKind::Slice(_) => {
                let slice = self.use_item("Slice");
                quote!(#slice::nil())
            }
            TypeKind::Map(..) => {
                let map = self.use_item("Map");
                quote!(#map::nil())
            }
            TypeKind::Chan(..) => {
                let chan = self.use_item("Chan");
                quote!(#chan::nil())
            }
            TypeKind::Func(_) => {
                let func = self.use_item("Func");
                quote!(#func::nil())
            }
            TypeKind::Array(len, elem) => {
                let zero = self.zero_value(elem, span);
                let len_lit = proc_macro2::Literal::usize_unsuffixed(len as usize);
                if self.is_copy(elem) {
                    quote!([#zero; #len_lit])
                } else {
                    quote!(std::array::from_fn(|_| #zero))
                }
            }
            TypeKind::Struct(fields) if fields.is_empty() => quote!(()),
            _ => {
                let rust = self.struct_path(ty, span);
                quote!(#rust::default())
            }
        }
    }

    /// A named type in expression position, generic arguments as a
    /// turbofish: `Pair::<GoString, i64>` (for `Pair::<..> { ... }` and
    /// `Pair::<..>::default()`).
    pub fn struct_path(&mut self, ty: TypeId, span: Span) -> TokenStream {
        let rust = self.rust_type(ty, span);
        let text = rust.to_string();
        if !text.contains('<') {
            return rust;
        }
        if let Some(named) = self.program.types.named_info(ty).cloned()
            && let Some(name) = self.type_names.get(&named.origin.unwrap_or(ty)).cloned()
        {
            let args = if named.origin.is_some() {
                named.type_args.clone()
            } else {
                named.type_params.clone()
            };
            let name = ident(&name);
            let args: Vec<TokenStream> = args.iter().map(|arg| self.rust_type(*arg, span)).collect();
            return quote!(#name::<#(#args),*>);
        }
        quote!(<#rust>)
    }

    /// A type in expression position (`Type::method`), with `<>` made
    /// explicit for generic runtime types.
    pub fn type_path(&mut self, ty: TypeId, span: Span) -> TokenStream {
        let rust = self.rust_type(ty, span);
        match self.program.types.kind(ty) {
            TypeKind::Array(..) | TypeKind::Tuple(_) => quote!(<#rust>),
            _ => {
                let text = rust.to_string();
                if text.contains('<') { quote!(<#rust>) } else { rust }
            }
        }
    }
}
