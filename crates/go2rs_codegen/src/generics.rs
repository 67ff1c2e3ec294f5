//! Generics: Go's type parameters become Rust's, bounded by what their
//! constraints allow (the runtime's `generic` module); instantiations at
//! call sites are spelled out (`map::<i64, GoString>(...)`).

use go2rs_analysis::{TypeId, TypeKind};
use go2rs_syntax::Span;
use proc_macro2::TokenStream;
use quote::quote;

use crate::Gen;
use crate::names::{camel_case, ident};

impl<'p> Gen<'p> {
    /// The Rust name of a type parameter (`T`, `K`, `Elem`).
    pub fn type_param_name(&self, ty: TypeId) -> proc_macro2::Ident {
        let name = self.program.types.type_param(ty).map_or_else(|| "T".to_string(), |info| camel_case(&info.name));
        ident(&name)
    }

    /// `<T: GoType, U: GoType + GoNumber>` for type parameters (empty for
    /// none).
    pub fn generic_params(&mut self, params: &[TypeId]) -> TokenStream {
        if params.is_empty() {
            return TokenStream::new();
        }
        let items: Vec<TokenStream> = params
            .iter()
            .map(|param| {
                let name = self.type_param_name(*param);
                let bounds = self.type_param_bounds(*param);
                quote!(#name: #(#bounds)+*)
            })
            .collect();
        quote!(<#(#items),*>)
    }

    /// `<T, U>`: the parameters as arguments.
    pub fn generic_args(&self, params: &[TypeId]) -> TokenStream {
        if params.is_empty() {
            return TokenStream::new();
        }
        let names: Vec<proc_macro2::Ident> = params.iter().map(|param| self.type_param_name(*param)).collect();
        quote!(<#(#names),*>)
    }

    /// What a type parameter's constraint allows, as Rust bounds.
    pub fn type_param_bounds(&mut self, param: TypeId) -> Vec<TokenStream> {
        let types = &self.program.types;
        let (methods, terms, comparable) = types.constraint_of(param);
        let numeric = !terms.is_empty() && types.is_numeric(param);
        let ordered = !terms.is_empty() && !numeric && types.is_ordered(param);
        let equatable = !comparable && !numeric && !ordered && !terms.is_empty() && terms.iter().all(|term| types.comparable(term.ty));
        let mut bounds = vec![self.use_item("GoType")];
        if comparable {
            bounds.push(self.use_item("GoComparable"));
        }
        if numeric {
            bounds.push(self.use_item("GoNumber"));
        }
        if ordered {
            let cmp = self.use_module("cmp");
            bounds.push(quote!(#cmp::Ordered));
        }
        if equatable {
            bounds.push(quote!(PartialEq));
        }
        let types = &self.program.types;
        if !methods.is_empty() {
            let constraint = types.type_param(param).map(|info| info.constraint).unwrap_or(types.any);
            let interface = if types.is_interface(constraint) {
                Some(constraint)
            } else {
                types.lookup_interned(&TypeKind::Interface(methods))
            };
            match interface {
                Some(interface) => {
                    let name = ident(&self.interface_trait_name(interface));
                    bounds.push(quote!(#name));
                }
                None => self.unsupported(Span::default(), "constraints with both methods and a type set"),
            }
        }
        bounds
    }

    /// `::<i64, GoString>` for a use of a generic function, when the
    /// analysis recorded its type arguments.
    pub fn turbofish(&mut self, expr: go2rs_syntax::ast::ExprId, span: Span) -> TokenStream {
        let Some(args) = self.program.instantiations.get(&expr).cloned() else {
            return TokenStream::new();
        };
        for arg in &args {
            self.note_type_argument(*arg, span);
        }
        let args: Vec<TokenStream> = args.iter().map(|arg| self.rust_type(*arg, span)).collect();
        quote!(::<#(#args),*>)
    }

    /// A type argument: a `GoType`, so stored in interfaces if needed.
    pub fn note_type_argument(&mut self, ty: TypeId, span: Span) {
        if !self.program.types.is_type_param(ty) {
            self.note_dynamic(ty, span);
        }
    }
}
