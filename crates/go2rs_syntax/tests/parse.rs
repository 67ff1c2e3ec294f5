//! The shape of parsed programs and the syntax errors reported.

use go2rs_syntax::ast::*;
use go2rs_syntax::{Diagnostic, SourceFile, SourceMap, parse_package};

fn parse_files(files: &[(&str, &str)]) -> (SourceMap, Package, Vec<Diagnostic>) {
    let mut sources = SourceMap::default();
    for (path, text) in files {
        sources.add(SourceFile::new(*path, *text));
    }
    let (package, diagnostics) = parse_package(&sources);
    (sources, package, diagnostics.into_sorted())
}

/// Parses one file that must have no diagnostics.
fn parse_ok(text: &str) -> File {
    let (sources, package, diagnostics) = parse_files(&[("a.go", text)]);
    let rendered: Vec<String> = diagnostics.iter().map(|d| d.render(&sources)).collect();
    assert!(rendered.is_empty(), "unexpected diagnostics: {rendered:#?}");
    package.files.into_iter().next().expect("one file")
}

/// Parses one file and renders its diagnostics as `path:line:col: error: message`.
fn errors_of(text: &str) -> Vec<String> {
    let (sources, _, diagnostics) = parse_files(&[("a.go", text)]);
    diagnostics.iter().map(|d| format!("{} {}", d.render(&sources), d.code)).collect()
}

/// The statements of the body of the function named `name`.
fn body<'f>(file: &'f File, name: &str) -> &'f [Stmt] {
    for decl in &file.decls {
        if let Decl::Func(func) = decl
            && func.name.name == name
        {
            return &func.body.as_ref().expect("a body").stmts;
        }
    }
    panic!("no function {name}");
}

/// Parses `stmts` as the body of `func f()` and returns its statements.
fn stmts(stmts: &str) -> Vec<Stmt> {
    let file = parse_ok(&format!("package p\n\nfunc f() {{\n{stmts}\n}}\n"));
    body(&file, "f").to_vec()
}

/// Parses `expr` as the value of `var _ = ...` and returns it.
fn expr(expr: &str) -> Expr {
    let file = parse_ok(&format!("package p\n\nvar _ = {expr}\n"));
    match &file.decls[0] {
        Decl::Var(decl) => decl.specs[0].values[0].clone(),
        other => panic!("not a var: {other:?}"),
    }
}

fn ident_name(expr: &Expr) -> &str {
    match &expr.kind {
        ExprKind::Ident(ident) => &ident.name,
        other => panic!("not an identifier: {other:?}"),
    }
}

fn type_name(ty: &TypeExpr) -> &str {
    match &ty.kind {
        TypeExprKind::Name(ident) => &ident.name,
        other => panic!("not a type name: {other:?}"),
    }
}

fn int_lit(expr: &Expr) -> &str {
    match &expr.kind {
        ExprKind::IntLit(text) => text,
        other => panic!("not an int literal: {other:?}"),
    }
}

#[test]
fn package_and_imports() {
    let file = parse_ok("// Package main.\npackage main\n\nimport \"fmt\"\n\nimport (\n\tm \"math\"\n\t. \"os\"\n\t_ `net/http`\n)\n");
    assert_eq!(file.package_name.name, "main");
    let imports: Vec<(Option<&str>, &str)> = file
        .imports
        .iter()
        .map(|import| (import.name.as_ref().map(|name| name.name.as_str()), import.path.as_str()))
        .collect();
    assert_eq!(
        imports,
        [(None, "fmt"), (Some("m"), "math"), (Some("."), "os"), (Some("_"), "net/http")]
    );
    // The path span covers the quoted literal.
    assert_eq!(file.imports[0].path_span.end - file.imports[0].path_span.start, 5);
}

#[test]
fn function_with_select() {
    let body =
        stmts("\tselect {\n\tcase v, ok := <-ch:\n\t\t_ = v\n\tcase v = <-ch:\n\tcase <-ch:\n\tcase ch <- 1:\n\t\treturn\n\tdefault:\n\t}");
    let StmtKind::Select { clauses } = &body[0].kind else {
        panic!("not a select: {:?}", body[0]);
    };
    assert_eq!(clauses.len(), 5);

    let comm = |index: usize| &clauses[index].comm.as_ref().expect("a communication").kind;
    let StmtKind::Define { lhs, rhs } = comm(0) else {
        panic!("case 0: {:?}", comm(0));
    };
    assert_eq!(lhs.iter().map(|name| name.name.as_str()).collect::<Vec<_>>(), ["v", "ok"]);
    assert!(matches!(
        &rhs[..],
        [Expr {
            kind: ExprKind::Unary { op: UnaryOp::Recv, .. },
            ..
        }]
    ));
    assert_eq!(clauses[0].body.len(), 1);

    let StmtKind::Assign {
        lhs,
        op: AssignOp::Assign,
        rhs,
    } = comm(1)
    else {
        panic!("case 1: {:?}", comm(1));
    };
    assert_eq!(ident_name(&lhs[0]), "v");
    assert!(matches!(rhs[0].kind, ExprKind::Unary { op: UnaryOp::Recv, .. }));

    assert!(matches!(
        comm(2),
        StmtKind::Expr(Expr {
            kind: ExprKind::Unary { op: UnaryOp::Recv, .. },
            ..
        })
    ));

    let StmtKind::Send { channel, value } = comm(3) else {
        panic!("case 3: {:?}", comm(3));
    };
    assert_eq!((ident_name(channel), int_lit(value)), ("ch", "1"));
    assert!(matches!(clauses[3].body[..], [Stmt { kind: StmtKind::Return(ref values), .. }] if values.is_empty()));

    assert!(clauses[4].comm.is_none());
}

#[test]
fn for_loops() {
    let body = stmts(
        "\tfor v := range ch {\n\t\t_ = v\n\t}\n\tfor range ch {}\n\tfor k, v = range m {}\n\tfor i := 0; i < 3; i++ {}\n\tfor x {}\n\tfor {}",
    );
    let StmtKind::Range {
        key,
        value,
        define,
        subject,
        body: loop_body,
    } = &body[0].kind
    else {
        panic!("not a range: {:?}", body[0]);
    };
    assert_eq!(ident_name(key.as_ref().expect("a key")), "v");
    assert!(value.is_none());
    assert!(*define);
    assert_eq!(ident_name(subject), "ch");
    assert_eq!(loop_body.stmts.len(), 1);

    assert!(matches!(
        &body[1].kind,
        StmtKind::Range {
            key: None,
            value: None,
            define: false,
            ..
        }
    ));

    let StmtKind::Range {
        key: Some(key),
        value: Some(value),
        define: false,
        ..
    } = &body[2].kind
    else {
        panic!("not a two-variable range: {:?}", body[2]);
    };
    assert_eq!((ident_name(key), ident_name(value)), ("k", "v"));

    let StmtKind::For {
        init: Some(init),
        cond: Some(cond),
        post: Some(post),
        ..
    } = &body[3].kind
    else {
        panic!("not a three-clause for: {:?}", body[3]);
    };
    assert!(matches!(init.kind, StmtKind::Define { .. }));
    assert!(matches!(cond.kind, ExprKind::Binary { op: BinaryOp::Lt, .. }));
    assert!(matches!(post.kind, StmtKind::IncDec { increment: true, .. }));

    assert!(matches!(
        &body[4].kind,
        StmtKind::For {
            init: None,
            cond: Some(_),
            post: None,
            ..
        }
    ));
    assert!(matches!(
        &body[5].kind,
        StmtKind::For {
            init: None,
            cond: None,
            post: None,
            ..
        }
    ));
}

#[test]
fn composite_literals_with_elided_types() {
    let value = expr("[][]int{{1, 2}, {3}, nil}");
    let ExprKind::Composite { ty: Some(ty), elements } = &value.kind else {
        panic!("not a composite: {value:?}");
    };
    let TypeExprKind::Slice(inner) = &ty.kind else { panic!("{ty:?}") };
    assert!(matches!(inner.kind, TypeExprKind::Slice(_)));
    assert_eq!(elements.len(), 3);
    let ElementValue::Literal { elements: first, .. } = &elements[0].value else {
        panic!("not an elided literal: {:?}", elements[0]);
    };
    let values: Vec<&str> = first
        .iter()
        .map(|element| match &element.value {
            ElementValue::Expr(expr) => int_lit(expr),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(values, ["1", "2"]);
    assert!(matches!(&elements[1].value, ElementValue::Literal { elements, .. } if elements.len() == 1));
    assert!(matches!(&elements[2].value, ElementValue::Expr(expr) if ident_name(expr) == "nil"));

    let value = expr("map[string]Point{\"a\": {X: 1, Y: 2}, \"b\": {}}");
    let ExprKind::Composite { ty: Some(ty), elements } = &value.kind else {
        panic!("{value:?}")
    };
    assert!(matches!(ty.kind, TypeExprKind::Map { .. }));
    let Some(ElementValue::Expr(key)) = &elements[0].key else {
        panic!("{:?}", elements[0])
    };
    assert!(matches!(&key.kind, ExprKind::StringLit(bytes) if bytes == b"a"));
    let ElementValue::Literal { elements: fields, .. } = &elements[0].value else {
        panic!()
    };
    let Some(ElementValue::Expr(field)) = &fields[1].key else {
        panic!("{:?}", fields[1])
    };
    assert_eq!(ident_name(field), "Y");
    assert!(matches!(&elements[1].value, ElementValue::Literal { elements, .. } if elements.is_empty()));

    let value = expr("[...]string{2: \"c\", 0: \"a\"}");
    let ExprKind::Composite { ty: Some(ty), elements } = &value.kind else {
        panic!("{value:?}")
    };
    assert!(matches!(&ty.kind, TypeExprKind::Array { len: None, elem } if type_name(elem) == "string"));
    assert_eq!(elements.len(), 2);

    let value = expr("[2]pkg.T{}");
    let ExprKind::Composite { ty: Some(ty), .. } = &value.kind else {
        panic!("{value:?}")
    };
    let TypeExprKind::Array { len: Some(len), elem } = &ty.kind else {
        panic!("{ty:?}")
    };
    assert_eq!(int_lit(len), "2");
    assert!(matches!(&elem.kind, TypeExprKind::Qualified { package, name } if package.name == "pkg" && name.name == "T"));
}

#[test]
fn const_block_with_iota_repetition() {
    let file = parse_ok("package p\n\nconst (\n\tA, B = iota, iota * 10\n\tC, D\n\t_, _\n\tE int = 5\n\tF\n)\n\nconst G = 1\n");
    let Decl::Const(block) = &file.decls[0] else {
        panic!("{:?}", file.decls[0])
    };
    let summary: Vec<(Vec<&str>, bool, usize, u32)> = block
        .specs
        .iter()
        .map(|spec| {
            (
                spec.names.iter().map(|name| name.name.as_str()).collect(),
                spec.ty.is_some(),
                spec.values.len(),
                spec.iota,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (vec!["A", "B"], false, 2, 0),
            (vec!["C", "D"], false, 0, 1),
            (vec!["_", "_"], false, 0, 2),
            (vec!["E"], true, 1, 3),
            (vec!["F"], false, 0, 4),
        ]
    );
    assert_eq!(ident_name(&block.specs[0].values[0]), "iota");
    let Decl::Const(single) = &file.decls[1] else { panic!() };
    assert_eq!(single.specs[0].iota, 0);
}

#[test]
fn conversions_and_calls() {
    // `[]byte(s)` is a conversion: a call whose function is a type.
    let value = expr("[]byte(s)");
    let ExprKind::Call {
        func,
        args,
        ellipsis: false,
        ..
    } = &value.kind
    else {
        panic!("{value:?}")
    };
    assert!(matches!(&func.kind, ExprKind::Type(TypeExpr { kind: TypeExprKind::Slice(elem), .. }) if type_name(elem) == "byte"));
    assert_eq!(ident_name(&args[0]), "s");

    // `f(x, y)` is a plain call.
    let value = expr("f(x, y)");
    let ExprKind::Call {
        func,
        args,
        type_args,
        ellipsis: false,
    } = &value.kind
    else {
        panic!("{value:?}")
    };
    assert_eq!(ident_name(func), "f");
    assert_eq!(args.len(), 2);
    assert!(type_args.is_empty());

    // Types as arguments.
    let value = expr("make([]int, 3)");
    let ExprKind::Call { func, args, .. } = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(ident_name(func), "make");
    assert!(matches!(
        &args[0].kind,
        ExprKind::Type(TypeExpr {
            kind: TypeExprKind::Slice(_),
            ..
        })
    ));
    assert_eq!(int_lit(&args[1]), "3");
    let value = expr("new(T)");
    let ExprKind::Call { args, .. } = &value.kind else {
        panic!("{value:?}")
    };
    assert!(matches!(&args[0].kind, ExprKind::Type(ty) if type_name(ty) == "T"));
    let value = expr("make(map[string]int)");
    let ExprKind::Call { args, .. } = &value.kind else {
        panic!("{value:?}")
    };
    assert!(matches!(
        &args[0].kind,
        ExprKind::Type(TypeExpr {
            kind: TypeExprKind::Map { .. },
            ..
        })
    ));

    // `f(xs...)`.
    let value = expr("append(a, xs...)");
    let ExprKind::Call { args, ellipsis: true, .. } = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(ident_name(&args[1]), "xs");

    // Generic instantiation: an index by types.
    let value = expr("Map[string, int]");
    let ExprKind::Index { operand, indices } = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(ident_name(operand), "Map");
    // A name in brackets may be a value (`m[key]`) or a type; the checker
    // decides. A type that cannot be a value stays a type.
    assert_eq!(indices.len(), 2);
    assert_eq!(ident_name(&indices[0]), "string");
    assert_eq!(ident_name(&indices[1]), "int");
    let value = expr("Map[[]string, int]");
    let ExprKind::Index { indices, .. } = &value.kind else {
        panic!("{value:?}")
    };
    assert!(matches!(indices[0].kind, ExprKind::Type(_)), "{:?}", indices[0]);

    // Parentheses, selectors, unary and binary operators.
    let value = expr("(*T)(p)");
    let ExprKind::Call { func, .. } = &value.kind else {
        panic!("{value:?}")
    };
    assert!(matches!(&func.kind, ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::Unary { op: UnaryOp::Deref, .. })));
    let value = expr("a.b.c");
    let ExprKind::Selector { operand, field } = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(field.name, "c");
    assert!(matches!(&operand.kind, ExprKind::Selector { field, .. } if field.name == "b"));
    let value = expr("-a + b*c &^ d");
    let ExprKind::Binary {
        op: BinaryOp::Add,
        left,
        right,
    } = &value.kind
    else {
        panic!("{value:?}")
    };
    assert!(matches!(left.kind, ExprKind::Unary { op: UnaryOp::Neg, .. }));
    assert!(matches!(right.kind, ExprKind::Binary { op: BinaryOp::AndNot, .. }));
    let value = expr("s[1:2:3]");
    assert!(matches!(
        value.kind,
        ExprKind::Slice {
            low: Some(_),
            high: Some(_),
            max: Some(_),
            ..
        }
    ));
    let value = expr("s[:]");
    assert!(matches!(
        value.kind,
        ExprKind::Slice {
            low: None,
            high: None,
            max: None,
            ..
        }
    ));
    let value = expr("x.(io.Reader)");
    assert!(matches!(
        value.kind,
        ExprKind::TypeAssert {
            ty: Some(TypeExpr {
                kind: TypeExprKind::Qualified { .. },
                ..
            }),
            ..
        }
    ));
    let value = expr("func(a, b int) (r string) { return }");
    let ExprKind::FuncLit { signature, body } = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(signature.params.len(), 1);
    assert_eq!(signature.params[0].names.len(), 2);
    assert_eq!(signature.results[0].names[0].name, "r");
    assert_eq!(body.stmts.len(), 1);
}

#[test]
fn channel_directions() {
    let file = parse_ok("package p\n\nvar a chan int\nvar b <-chan int\nvar c chan<- int\nvar d chan<- <-chan int\n");
    let dirs: Vec<ChanDir> = file
        .decls
        .iter()
        .map(|decl| match decl {
            Decl::Var(decl) => match &decl.specs[0].ty.as_ref().expect("a type").kind {
                TypeExprKind::Chan { dir, .. } => *dir,
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(dirs, [ChanDir::Both, ChanDir::Recv, ChanDir::Send, ChanDir::Send]);
    let Decl::Var(decl) = &file.decls[3] else { panic!() };
    let Some(TypeExpr {
        kind: TypeExprKind::Chan { elem, .. },
        ..
    }) = &decl.specs[0].ty
    else {
        panic!()
    };
    assert!(matches!(elem.kind, TypeExprKind::Chan { dir: ChanDir::Recv, .. }));
}

#[test]
fn string_and_rune_literals_decode() {
    let string = |source: &str| match expr(source).kind {
        ExprKind::StringLit(bytes) => bytes,
        other => panic!("not a string: {other:?}"),
    };
    assert_eq!(string(r#""a\tb\n\\\"""#), b"a\tb\n\\\"");
    assert_eq!(string(r#""\x41\101\xff\377""#), [b'A', b'A', 0xff, 0xff]);
    assert_eq!(string(r#""\u00e9\U0001F600""#), "é😀".as_bytes());
    assert_eq!(string(r#""日本語""#), "日本語".as_bytes());
    assert_eq!(string(r#""""#), b"");
    assert_eq!(string("`raw\\n\r\nline`"), b"raw\\n\nline");

    let rune = |source: &str| match expr(source).kind {
        ExprKind::RuneLit(code) => code,
        other => panic!("not a rune: {other:?}"),
    };
    assert_eq!(rune("'a'"), 'a' as u32);
    assert_eq!(rune(r"'\n'"), 10);
    assert_eq!(rune(r"'\''"), '\'' as u32);
    assert_eq!(rune(r"'\x7f'"), 0x7f);
    assert_eq!(rune(r"'\377'"), 255);
    assert_eq!(rune(r"'\u12e4'"), 0x12e4);
    assert_eq!(rune(r"'\U00101234'"), 0x101234);
    assert_eq!(rune("'世'"), '世' as u32);

    let text = |source: &str| match expr(source).kind {
        ExprKind::IntLit(text) | ExprKind::FloatLit(text) | ExprKind::ImaginaryLit(text) => text,
        other => panic!("not a number: {other:?}"),
    };
    assert_eq!(text("0x1F"), "0x1F");
    assert_eq!(text("1_000"), "1_000");
    assert_eq!(text("1.5e3"), "1.5e3");
    assert_eq!(text("2i"), "2i");
}

#[test]
fn bad_escapes_are_reported() {
    let errors = errors_of("package p\n\nvar s = \"ab\\qc\"\nvar t = \"\\400\"\n");
    assert_eq!(
        errors,
        [
            "a.go:3:12: error: unknown escape sequence E0001",
            "a.go:4:10: error: octal escape value 256 > 255 E0001",
        ]
    );
    let errors = errors_of("package p\n\nvar r = '\\uD800'\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn comments_are_collected_in_order() {
    let file = parse_ok(
        "// head\npackage p /* after clause */\n\nfunc f(a int, /* param */ b int) {\n\tx := []int{1, // one\n\t\t2}\n\t_ = x\n}\n// tail",
    );
    let texts: Vec<&str> = file.comments.iter().map(|comment| comment.text.as_str()).collect();
    assert_eq!(texts, ["// head", "/* after clause */", "/* param */", "// one", "// tail"]);
    assert!(file.comments.windows(2).all(|pair| pair[0].span.end <= pair[1].span.start));
    let Decl::Func(func) = &file.decls[0] else { panic!() };
    assert_eq!(func.signature.params.len(), 2);
}

#[test]
fn switches_ifs_and_labels() {
    let body = stmts(
        "\tswitch x := f(); x {\n\tcase 1, 2:\n\t\tfallthrough\n\tdefault:\n\t}\n\
         \tswitch v := y.(type) {\n\tcase nil, int:\n\tcase []byte, pkg.T:\n\t\t_ = v\n\tdefault:\n\t}\n\
         \tswitch y.(type) {}\n\
         \tif a := 1; a > 0 {\n\t} else if b {\n\t} else {\n\t\tgoto L\n\t}\n\
         L:\n\tfor {\n\t\tbreak L\n\t}\nM:\n",
    );
    let StmtKind::Switch {
        init: Some(init),
        tag: Some(tag),
        clauses,
    } = &body[0].kind
    else {
        panic!("{:?}", body[0]);
    };
    assert!(matches!(init.kind, StmtKind::Define { .. }));
    assert_eq!(ident_name(tag), "x");
    assert_eq!(clauses[0].values.len(), 2);
    assert!(!clauses[0].is_default && clauses[1].is_default);
    assert!(matches!(
        clauses[0].body[..],
        [Stmt {
            kind: StmtKind::Fallthrough,
            ..
        }]
    ));

    let StmtKind::TypeSwitch {
        init: None,
        binding: Some(binding),
        subject,
        clauses,
    } = &body[1].kind
    else {
        panic!("{:?}", body[1]);
    };
    assert_eq!((binding.name.as_str(), ident_name(subject)), ("v", "y"));
    assert!(clauses[0].types[0].is_none(), "nil is None");
    assert_eq!(type_name(clauses[0].types[1].as_ref().expect("int")), "int");
    assert!(matches!(
        clauses[1].types[..],
        [
            Some(TypeExpr {
                kind: TypeExprKind::Slice(_),
                ..
            }),
            Some(TypeExpr {
                kind: TypeExprKind::Qualified { .. },
                ..
            })
        ]
    ));
    assert!(clauses[2].is_default && clauses[2].types.is_empty());
    assert!(matches!(&body[2].kind, StmtKind::TypeSwitch { binding: None, clauses, .. } if clauses.is_empty()));

    let StmtKind::If {
        init: Some(_),
        otherwise: Some(otherwise),
        ..
    } = &body[3].kind
    else {
        panic!("{:?}", body[3]);
    };
    let StmtKind::If {
        init: None,
        otherwise: Some(last),
        ..
    } = &otherwise.kind
    else {
        panic!("{otherwise:?}")
    };
    let StmtKind::Block(block) = &last.kind else { panic!("{last:?}") };
    assert!(matches!(&block.stmts[0].kind, StmtKind::Goto(label) if label.name == "L"));

    let StmtKind::Labeled { label, stmt } = &body[4].kind else {
        panic!("{:?}", body[4])
    };
    assert_eq!(label.name, "L");
    let StmtKind::For { body: loop_body, .. } = &stmt.kind else {
        panic!("{stmt:?}")
    };
    assert!(matches!(&loop_body.stmts[0].kind, StmtKind::Break(Some(label)) if label.name == "L"));
    assert!(matches!(&body[5].kind, StmtKind::Labeled { label, stmt } if label.name == "M" && matches!(stmt.kind, StmtKind::Empty)));
}

#[test]
fn simple_statements() {
    let body = stmts(
        "\tx = 1\n\tx, y = y, x\n\tx <<= 2\n\tx &^= 3\n\tx--\n\tch <- v\n\tgo f()\n\tdefer g()\n\treturn 1, 2\n\tvar a, b int = 1, 2\n\ttype T = int\n\tconst c = 1\n\t{\n\t}\n\t;",
    );
    assert!(matches!(&body[0].kind, StmtKind::Assign { op: AssignOp::Assign, lhs, rhs } if lhs.len() == 1 && rhs.len() == 1));
    assert!(matches!(&body[1].kind, StmtKind::Assign { lhs, rhs, .. } if lhs.len() == 2 && rhs.len() == 2));
    assert!(matches!(
        &body[2].kind,
        StmtKind::Assign {
            op: AssignOp::Compound(BinaryOp::Shl),
            ..
        }
    ));
    assert!(matches!(
        &body[3].kind,
        StmtKind::Assign {
            op: AssignOp::Compound(BinaryOp::AndNot),
            ..
        }
    ));
    assert!(matches!(&body[4].kind, StmtKind::IncDec { increment: false, .. }));
    assert!(matches!(&body[5].kind, StmtKind::Send { .. }));
    assert!(matches!(
        &body[6].kind,
        StmtKind::Go(Expr {
            kind: ExprKind::Call { .. },
            ..
        })
    ));
    assert!(matches!(
        &body[7].kind,
        StmtKind::Defer(Expr {
            kind: ExprKind::Call { .. },
            ..
        })
    ));
    assert!(matches!(&body[8].kind, StmtKind::Return(values) if values.len() == 2));
    let StmtKind::Var(decl) = &body[9].kind else {
        panic!("{:?}", body[9])
    };
    assert_eq!((decl.specs[0].names.len(), decl.specs[0].values.len()), (2, 2));
    assert!(matches!(&body[10].kind, StmtKind::Type(decl) if decl.specs[0].is_alias));
    assert!(matches!(&body[11].kind, StmtKind::Const(_)));
    assert!(matches!(&body[12].kind, StmtKind::Block(block) if block.stmts.is_empty()));
    assert!(
        body[13..].iter().all(|stmt| matches!(stmt.kind, StmtKind::Empty)),
        "{:?}",
        &body[13..]
    );
}

#[test]
fn declarations_and_types() {
    let file = parse_ok(
        "package p\n\n\
         type (\n\tA = B\n\tG[T any, U ~int | ~string] struct {\n\t\ta, b int `json:\"a\"`\n\t\t*Emb\n\t\tpkg.Q\n\t\tH[int] \"tag\\tx\"\n\t\tf func(...int) error\n\t}\n)\n\n\
         type I interface {\n\tM(a int, b ...string) (int, error)\n\tio.Reader\n\t~int | float64\n}\n\n\
         func (r *R) m() int { return 1 }\n\n\
         func Map[K comparable, V any](m map[K]V, f func(V) V) (out map[K]V, err error)\n\n\
         var x, y = F[int, string](1), (*[4]int)(nil)\n",
    );
    let Decl::Type(types) = &file.decls[0] else { panic!() };
    assert!(types.specs[0].is_alias && !types.specs[1].is_alias);
    let generic = &types.specs[1];
    assert_eq!(generic.type_params.len(), 2);
    assert_eq!(type_name(&generic.type_params[0].constraint), "any");
    let TypeExprKind::Union(terms) = &generic.type_params[1].constraint.kind else {
        panic!("{:?}", generic.type_params[1].constraint);
    };
    assert!(terms.iter().all(|term| matches!(term.kind, TypeExprKind::Tilde(_))));
    let TypeExprKind::Struct(fields) = &generic.ty.kind else { panic!() };
    assert_eq!(fields[0].names.len(), 2);
    assert_eq!(fields[0].tag.as_deref(), Some("json:\"a\""));
    assert!(fields[1].is_embedded());
    assert!(matches!(&fields[1].ty.kind, TypeExprKind::Pointer(inner) if type_name(inner) == "Emb"));
    assert!(matches!(fields[2].ty.kind, TypeExprKind::Qualified { .. }));
    assert!(matches!(&fields[3].ty.kind, TypeExprKind::Generic { args, .. } if args.len() == 1));
    assert_eq!(fields[3].tag.as_deref(), Some("tag\tx"));
    let TypeExprKind::Func(func) = &fields[4].ty.kind else {
        panic!("{:?}", fields[4])
    };
    assert!(func.is_variadic() && func.params[0].names.is_empty());
    assert_eq!(type_name(&func.results[0].ty), "error");

    let Decl::Type(iface) = &file.decls[1] else { panic!() };
    let TypeExprKind::Interface(elems) = &iface.specs[0].ty.kind else {
        panic!()
    };
    let InterfaceElem::Method { name, signature, .. } = &elems[0] else {
        panic!("{:?}", elems[0])
    };
    assert_eq!(name.name, "M");
    assert!(signature.is_variadic());
    assert_eq!(signature.results.len(), 2);
    assert!(matches!(
        &elems[1],
        InterfaceElem::Type(TypeExpr {
            kind: TypeExprKind::Qualified { .. },
            ..
        })
    ));
    assert!(matches!(&elems[2], InterfaceElem::Type(TypeExpr { kind: TypeExprKind::Union(terms), .. }) if terms.len() == 2));

    let Decl::Func(method) = &file.decls[2] else { panic!() };
    let receiver = method.receiver.as_ref().expect("a receiver");
    assert_eq!(receiver.names[0].name, "r");
    assert!(matches!(receiver.ty.kind, TypeExprKind::Pointer(_)));
    assert_eq!(method.signature.results.len(), 1);
    assert!(method.signature.results[0].names.is_empty());

    let Decl::Func(func) = &file.decls[3] else { panic!() };
    assert!(func.body.is_none());
    assert_eq!(func.type_params.len(), 2);
    assert_eq!(func.signature.params.len(), 2);
    assert_eq!(func.signature.results.len(), 2);

    let Decl::Var(vars) = &file.decls[4] else { panic!() };
    let values = &vars.specs[0].values;
    // `F[int, string](1)` cannot be told from a conversion to a generic type.
    let ExprKind::Call { func, args, .. } = &values[0].kind else {
        panic!("{:?}", values[0])
    };
    assert!(
        matches!(&func.kind, ExprKind::Index { indices, .. } if indices.len() == 2),
        "{func:?}"
    );
    assert_eq!(args.len(), 1);
    assert!(matches!(values[1].kind, ExprKind::Call { .. }));
}

/// Every `ExprId(n)` / `NodeId(n)` in the debug rendering of a package.
fn ids_in(debug: &str, marker: &str) -> Vec<u32> {
    let mut ids = Vec::new();
    let mut rest = debug;
    while let Some(at) = rest.find(marker) {
        rest = &rest[at + marker.len()..];
        let digits: String = rest
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(char::is_ascii_digit)
            .collect();
        ids.push(digits.parse().expect("an id"));
    }
    ids
}

#[test]
fn ids_are_unique_and_spans_name_their_file() {
    let first = "package p\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1, 2, f(3)}\n\tfor i, v := range x {\n\t\tfmt.Println(i, v, -v, x[i:])\n\t}\n}\n";
    let second =
        "package p\n\nvar y = map[string]func(int) int{\"a\": func(n int) int { return n * 2 }}\n\nfunc f(n int) int { return n }\n";
    let (_, package, diagnostics) = parse_files(&[("a.go", first), ("b.go", second)]);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let debug = format!("{package:?}");

    let mut exprs = ids_in(&debug, "ExprId(");
    assert_eq!(exprs.len(), 26, "the expressions of both files");
    exprs.sort_unstable();
    let count = exprs.len();
    exprs.dedup();
    assert_eq!(exprs.len(), count, "expression ids are unique");
    assert_eq!(exprs.len() as u32, package.expr_count, "every id is used");
    assert!(exprs.iter().all(|&id| id < package.expr_count));

    let mut nodes = ids_in(&debug, "NodeId(");
    nodes.sort_unstable();
    let count = nodes.len();
    nodes.dedup();
    assert_eq!(nodes.len(), count, "node ids are unique");
    assert_eq!(nodes.len() as u32, package.node_count);
    assert!(nodes.iter().all(|&id| id < package.node_count));

    assert_eq!(package.files[0].file_index, 0);
    assert_eq!(package.files[1].file_index, 1);
    for (index, file) in package.files.iter().enumerate() {
        let debug = format!("{file:?}");
        let files = ids_in(&debug, "file: ");
        assert!(!files.is_empty());
        assert!(files.iter().all(|&file| file as usize == index), "file {index}: {files:?}");
    }
    // Spans are byte offsets into the file.
    let Decl::Func(main) = &package.files[0].decls[0] else { panic!() };
    assert_eq!(&first[main.name.span.start as usize..main.name.span.end as usize], "main");
    assert_eq!(
        &first[main.span.start as usize..main.span.end as usize],
        &first[first.find("func").unwrap()..first.len() - 1]
    );
}

#[test]
fn two_separate_errors_are_both_reported() {
    let errors = errors_of("package main\n\nfunc main() {\n\tx := 1 +\n\tfoo(\n}\n\nfunc g() {\n\ty = ) 3\n}\n");
    assert_eq!(
        errors,
        [
            "a.go:5:5: error: syntax error: unexpected ( E0001",
            "a.go:9:6: error: syntax error: unexpected ) E0001",
        ]
    );
}

#[test]
fn missing_brace_is_reported() {
    let errors = errors_of("package main\n\nfunc main() {\n\tif x {\n\t\ty()\n}\n");
    assert_eq!(errors, ["a.go:7:1: error: syntax error: missing } E0001"]);
}

#[test]
fn missing_package_clause_is_reported() {
    assert_eq!(errors_of(""), ["a.go:1:1: error: expected 'package' clause E0001"]);
    assert_eq!(
        errors_of("// just a comment\n\nfunc f() {}\n"),
        ["a.go:3:1: error: expected 'package' clause E0001"]
    );
    // A clause without a name is one error, not two.
    assert_eq!(
        errors_of("package\n\nfunc f() {}\n"),
        ["a.go:1:1: error: syntax error: unexpected package E0001"]
    );
    let (_, package, _) = parse_files(&[("a.go", "")]);
    assert_eq!(package.files.len(), 1);
    assert_eq!(package.files[0].package_name.name, "");
}

#[test]
fn statements_outside_functions_are_reported() {
    assert_eq!(
        errors_of("package p\n\nx := 1\n\nfunc f() {}\n"),
        ["a.go:3:1: error: syntax error: non-declaration statement outside function body E0001"]
    );
}

#[test]
fn non_names_on_the_left_of_define_are_reported() {
    let (sources, package, diagnostics) = parse_files(&[("a.go", "package p\n\nfunc f() {\n\ta, b.c := 1, 2\n\tok := 3\n}\n")]);
    let rendered: Vec<String> = diagnostics.iter().map(|d| d.render(&sources)).collect();
    assert_eq!(rendered, ["a.go:4:5: error: non-name on left side of :="]);
    let body = body(&package.files[0], "f");
    assert!(matches!(body[0].kind, StmtKind::Bad));
    assert!(matches!(&body[1].kind, StmtKind::Define { lhs, .. } if lhs[0].name == "ok"));
}

#[test]
fn every_file_is_parsed_and_reported() {
    let (sources, package, diagnostics) = parse_files(&[
        ("a.go", "package p\n\nfunc f() {\n"),
        ("b.go", "package p\n\nfunc g() {}\n"),
        ("c.go", "package p\n\nvar = 1\n"),
    ]);
    assert_eq!(package.files.len(), 3);
    let files: Vec<&str> = diagnostics.iter().map(|d| sources.file(d.span).path.as_str()).collect();
    assert!(
        files.contains(&"a.go") && files.contains(&"c.go") && !files.contains(&"b.go"),
        "{files:?}"
    );
    assert!(diagnostics.iter().all(|d| d.code == "E0001"));
    let Decl::Func(g) = &package.files[1].decls[0] else { panic!() };
    assert_eq!(g.name.name, "g");
}

#[test]
fn misplaced_declarations_are_reported() {
    assert_eq!(
        errors_of("func f() {}\n\npackage p\n"),
        ["a.go:3:1: error: syntax error: package statement must be first E0001"]
    );
    assert_eq!(
        errors_of("package p\n\nimport \"a\"\n\nvar x = 1\n\nimport \"b\"\n"),
        ["a.go:7:1: error: syntax error: imports must appear before other declarations E0001"]
    );
    assert_eq!(
        errors_of("package p\n\nfunc (a, b T) m() {}\n\nfunc () n() {}\n"),
        [
            "a.go:3:6: error: method has multiple receivers E0001",
            "a.go:5:6: error: method has no receiver E0001",
        ]
    );
    assert_eq!(
        errors_of("package p\n\nfunc f() {\n\tfor a, b, c := range x {\n\t}\n}\n"),
        ["a.go:4:12: error: syntax error: range clause permits at most two iteration variables E0001"]
    );
}

#[test]
fn error_messages_name_the_token() {
    assert_eq!(errors_of("package p\n@\n"), ["a.go:2:1: error: syntax error: unexpected @ E0001"]);
    assert_eq!(
        errors_of("package p\n\nfunc f(\n"),
        ["a.go:3:8: error: syntax error: missing ) E0001"]
    );
    assert_eq!(
        errors_of("package p\n\nfunc f() { x := }\n"),
        ["a.go:3:16: error: syntax error: missing identifier E0001"]
    );
}
