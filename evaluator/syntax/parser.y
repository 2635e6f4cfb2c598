/* parser.y — the Nix 2.8 grammar, desugared into nixtwin's AST (ast.hpp).
   Token order, precedences and the shape of the productions follow the reference's grammar:
   bison derives its "unexpected X, expecting Y" messages and its nesting limit ("memory
   exhausted") from them, and nixtwin must report the same errors. */
%glr-parser
%define api.pure
%locations
%define parse.error verbose
%defines
%parse-param { void * scanner }
%parse-param { nixtwin::ParserState * st }
%lex-param { void * scanner }
%expect 1
%expect-rr 1

%code requires {
#include "parser_state.hpp"
}

%code {
#include <algorithm>
#include <cstring>
#include <tuple>

#include "ast_print.hpp"
#include "path_util.hpp"

using namespace nixtwin;

int nixtwin_yylex(YYSTYPE * lval, YYLTYPE * lloc, void * scanner);
#define yylex nixtwin_yylex

void yyerror(YYLTYPE * loc, void *, ParserState * st, const char * message) {
    st->fail(message, st->at(ParserLocation{loc->first_line, loc->first_column, loc->last_line, loc->last_column}));
}

namespace {

Pos posOf(ParserState * st, const YYLTYPE & loc) {
    return Pos{st->origin, uint32_t(loc.first_line), uint32_t(loc.first_column)};
}

#define CUR_POS posOf(st, *yylocp)
#define FAIL(msg, pos) { st->fail((msg), (pos)); YYABORT; }

std::string showPos(ParserState * st, Pos pos) {
    const Origin & o = st->ctx.origins.get(pos.origin);
    std::string where = o.kind == OriginKind::File ? o.path : "(string)";
    return where + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

// Adds `path = e` to `attrs`, creating and merging nested sets as the reference does.
// Returns an error message, or an empty string.
bool addAttr(ParserState * st, ExprAttrs * attrs, const AttrPath & path, Expr * e, Pos pos) {
    auto dup = [&](Pos prev) {
        st->fail("attribute '" + showAttrPath(path) + "' already defined at " + showPos(st, prev), pos);
        return false;
    };
    size_t i = 0;
    for (; i + 1 < path.size(); i++) {
        const AttrName & name = path[i];
        if (name.symbol.set()) {
            auto j = attrs->attrs.find(name.symbol);
            if (j != attrs->attrs.end()) {
                if (j->second.inherited || j->second.value->kind != ExprKind::Attrs) return dup(j->second.pos);
                attrs = static_cast<ExprAttrs *>(j->second.value);
            } else {
                auto nested = st->make<ExprAttrs>(Pos{});
                attrs->attrs.emplace(name.symbol, AttrDef{nested, pos});
                attrs = nested;
            }
        } else {
            auto nested = st->make<ExprAttrs>(Pos{});
            attrs->dynamicAttrs.push_back({name.dynamic, nested, pos});
            attrs = nested;
        }
    }
    const AttrName & last = path[i];
    if (!last.symbol.set()) {
        attrs->dynamicAttrs.push_back({last.dynamic, e, pos});
        return true;
    }
    auto j = attrs->attrs.find(last.symbol);
    if (j == attrs->attrs.end()) {
        attrs->attrs.emplace(last.symbol, AttrDef{e, pos});
        if (e->kind == ExprKind::Lambda) {
            // The reference names a lambda (and the lambdas in its body) after its attribute.
            for (Expr * f = e; f->kind == ExprKind::Lambda; f = static_cast<ExprLambda *>(f)->body)
                static_cast<ExprLambda *>(f)->name = last.symbol;
        }
        return true;
    }
    // Defined before: two attribute sets merge, anything else is a duplicate.
    if (e->kind == ExprKind::Attrs && j->second.value->kind == ExprKind::Attrs && !j->second.inherited) {
        auto target = static_cast<ExprAttrs *>(j->second.value);
        for (auto & [sym, def] : static_cast<ExprAttrs *>(e)->attrs) {
            auto k = target->attrs.find(sym);
            if (k != target->attrs.end()) {
                st->fail("attribute '" + sym.str() + "' already defined at " + showPos(st, def.pos), k->second.pos);
                return false;
            }
            target->attrs.emplace(sym, def);
        }
        return true;
    }
    return dup(j->second.pos);
}

bool addInherited(ParserState * st, ExprAttrs * attrs, Symbol name, Expr * value, Pos pos, bool inherited) {
    auto j = attrs->attrs.find(name);
    if (j != attrs->attrs.end()) {
        st->fail("attribute '" + name.str() + "' already defined at " + showPos(st, j->second.pos), pos);
        return false;
    }
    attrs->attrs.emplace(name, AttrDef{value, pos, inherited});
    return true;
}

// Sorts formals into symbol order and rejects duplicates (reporting the first in that order).
Formals * toFormals(ParserState * st, ParserFormals * pf, Pos lambdaPos, Symbol arg) {
    auto & fs = pf->formals;
    auto posKey = [](const Pos & p) { return std::make_tuple(p.origin, p.line, p.column); };
    std::sort(fs.begin(), fs.end(), [&](const Formal & a, const Formal & b) {
        if (a.name != b.name) return a.name.orderKey() < b.name.orderKey();
        return posKey(a.pos) < posKey(b.pos);
    });
    for (size_t i = 0; i + 1 < fs.size(); i++) {
        if (fs[i].name == fs[i + 1].name) {
            st->fail("duplicate formal function argument '" + fs[i].name.str() + "'", fs[i + 1].pos);
            return nullptr;
        }
    }
    auto formals = st->make<Formals>();
    formals->ellipsis = pf->ellipsis;
    formals->formals = std::move(fs);
    if (arg.set() && formals->has(arg)) {
        st->fail("duplicate formal function argument '" + arg.str() + "'", lambdaPos);
        return nullptr;
    }
    return formals;
}

Expr * call(ParserState * st, Pos pos, const char * fn, std::vector<Expr *> args) {
    return st->make<ExprCall>(pos, st->make<ExprVar>(Pos{}, st->ctx.symbols.intern(fn)), std::move(args));
}

// A string literal used as an attribute name: a plain string gives a static name.
AttrName attrNameFrom(ParserState * st, Expr * e) {
    if (e->kind == ExprKind::String) return AttrName{st->ctx.symbols.intern(static_cast<ExprString *>(e)->value), nullptr};
    return AttrName{Symbol(), e};
}

}  // namespace
}

%union {
  nixtwin::Expr * e;
  nixtwin::ExprList * list;
  nixtwin::ExprAttrs * attrs;
  nixtwin::ParserFormals * formals;
  nixtwin::Formal * formal;
  int64_t n;
  double nf;
  nixtwin::StringToken id;
  nixtwin::StringToken path;
  nixtwin::StringToken uri;
  nixtwin::StringToken str;
  nixtwin::AttrPath * attrNames;
  nixtwin::StringParts * string_parts;
  nixtwin::IndStringParts * ind_string_parts;
}

%type <e> start expr expr_function expr_if expr_op
%type <e> expr_select expr_simple expr_app
%type <list> expr_list
%type <attrs> binds
%type <formals> formals
%type <formal> formal
%type <attrNames> attrs attrpath
%type <string_parts> string_parts_interpolated
%type <ind_string_parts> ind_string_parts
%type <e> path_start string_parts string_attr
%type <id> attr
%token <id> ID ATTRPATH
%token <str> STR IND_STR
%token <n> INT
%token <nf> FLOAT
%token <path> PATH HPATH SPATH PATH_END
%token <uri> URI
%token IF THEN ELSE ASSERT WITH LET IN REC INHERIT EQ NEQ AND OR IMPL OR_KW
%token DOLLAR_CURLY /* ${ */
%token IND_STRING_OPEN IND_STRING_CLOSE
%token ELLIPSIS

%right IMPL
%left OR
%left AND
%nonassoc EQ NEQ
%nonassoc '<' '>' LEQ GEQ
%right UPDATE
%left NOT
%left '+' '-'
%left '*' '/'
%right CONCAT
%nonassoc '?'
%nonassoc NEGATE

%%

start: expr { st->result = $1; };

expr: expr_function;

expr_function
  : ID ':' expr_function
    { $$ = st->make<ExprLambda>(CUR_POS, st->ctx.symbols.intern($1.view()), nullptr, $3); }
  | '{' formals '}' ':' expr_function
    { auto f = toFormals(st, $2, CUR_POS, Symbol()); if (!f) YYABORT;
      $$ = st->make<ExprLambda>(CUR_POS, Symbol(), f, $5); }
  | '{' formals '}' '@' ID ':' expr_function
    { Symbol arg = st->ctx.symbols.intern($5.view());
      auto f = toFormals(st, $2, CUR_POS, arg); if (!f) YYABORT;
      $$ = st->make<ExprLambda>(CUR_POS, arg, f, $7); }
  | ID '@' '{' formals '}' ':' expr_function
    { Symbol arg = st->ctx.symbols.intern($1.view());
      auto f = toFormals(st, $4, CUR_POS, arg); if (!f) YYABORT;
      $$ = st->make<ExprLambda>(CUR_POS, arg, f, $7); }
  | ASSERT expr ';' expr_function
    { $$ = st->make<ExprAssert>(CUR_POS, $2, $4); }
  | WITH expr ';' expr_function
    { $$ = st->make<ExprWith>(CUR_POS, $2, $4); }
  | LET binds IN expr_function
    { if (!$2->dynamicAttrs.empty()) FAIL("dynamic attributes not allowed in let", CUR_POS);
      $$ = st->make<ExprLet>($2, $4); }
  | expr_if
  ;

expr_if
  : IF expr THEN expr ELSE expr { $$ = st->make<ExprIf>(CUR_POS, $2, $4, $6); }
  | expr_op
  ;

expr_op
  : '!' expr_op %prec NOT { $$ = st->make<ExprNot>($2); }
  | '-' expr_op %prec NEGATE { $$ = call(st, CUR_POS, "__sub", {st->make<ExprInt>(0), $2}); }
  | expr_op EQ expr_op { $$ = st->make<ExprBinOp>(Pos{}, BinOpKind::Eq, $1, $3); }
  | expr_op NEQ expr_op { $$ = st->make<ExprBinOp>(Pos{}, BinOpKind::NEq, $1, $3); }
  | expr_op '<' expr_op { $$ = call(st, CUR_POS, "__lessThan", {$1, $3}); }
  | expr_op LEQ expr_op { $$ = st->make<ExprNot>(call(st, CUR_POS, "__lessThan", {$3, $1})); }
  | expr_op '>' expr_op { $$ = call(st, CUR_POS, "__lessThan", {$3, $1}); }
  | expr_op GEQ expr_op { $$ = st->make<ExprNot>(call(st, CUR_POS, "__lessThan", {$1, $3})); }
  | expr_op AND expr_op { $$ = st->make<ExprBinOp>(CUR_POS, BinOpKind::And, $1, $3); }
  | expr_op OR expr_op { $$ = st->make<ExprBinOp>(CUR_POS, BinOpKind::Or, $1, $3); }
  | expr_op IMPL expr_op { $$ = st->make<ExprBinOp>(CUR_POS, BinOpKind::Impl, $1, $3); }
  | expr_op UPDATE expr_op { $$ = st->make<ExprBinOp>(CUR_POS, BinOpKind::Update, $1, $3); }
  | expr_op '?' attrpath { $$ = st->make<ExprHasAttr>($1, std::move(*$3)); }
  | expr_op '+' expr_op
    { $$ = st->make<ExprConcatStrings>(CUR_POS, false, StringParts{{posOf(st, @1), $1}, {posOf(st, @3), $3}}); }
  | expr_op '-' expr_op { $$ = call(st, CUR_POS, "__sub", {$1, $3}); }
  | expr_op '*' expr_op { $$ = call(st, CUR_POS, "__mul", {$1, $3}); }
  | expr_op '/' expr_op { $$ = call(st, CUR_POS, "__div", {$1, $3}); }
  | expr_op CONCAT expr_op { $$ = st->make<ExprBinOp>(CUR_POS, BinOpKind::ConcatLists, $1, $3); }
  | expr_app
  ;

expr_app
  : expr_app expr_select
    { /* Like the reference, an application extends any call on its left, even a desugared one. */
      if ($1->kind == ExprKind::Call) { static_cast<ExprCall *>($1)->args.push_back($2); $$ = $1; }
      else $$ = st->make<ExprCall>(CUR_POS, $1, std::vector<Expr *>{$2}); }
  | expr_select
  ;

expr_select
  : expr_simple '.' attrpath
    { $$ = st->make<ExprSelect>(CUR_POS, $1, std::move(*$3), nullptr); }
  | expr_simple '.' attrpath OR_KW expr_select
    { $$ = st->make<ExprSelect>(CUR_POS, $1, std::move(*$3), $5); }
  | /* `or` after a simple expression applies it to a variable named `or` (legacy). */
    expr_simple OR_KW
    { $$ = st->make<ExprCall>(CUR_POS, $1, std::vector<Expr *>{st->make<ExprVar>(CUR_POS, st->ctx.symbols.intern("or"))}); }
  | expr_simple
  ;

expr_simple
  : ID
    { if ($1.view() == "__curPos") $$ = st->make<ExprCurPos>(CUR_POS);
      else $$ = st->make<ExprVar>(CUR_POS, st->ctx.symbols.intern($1.view())); }
  | INT { $$ = st->make<ExprInt>($1); }
  | FLOAT { $$ = st->make<ExprFloat>($1); }
  | '"' string_parts '"' { $$ = $2; }
  | IND_STRING_OPEN ind_string_parts IND_STRING_CLOSE { $$ = stripIndentation(st, CUR_POS, *$2); }
  | path_start PATH_END { $$ = $1; }
  | path_start string_parts_interpolated PATH_END
    { $2->insert($2->begin(), {posOf(st, @1), $1});
      $$ = st->make<ExprConcatStrings>(CUR_POS, false, std::move(*$2)); }
  | SPATH
    { $$ = call(st, CUR_POS, "__findFile", {st->make<ExprVar>(Pos{}, st->ctx.symbols.intern("__nixPath")),
                                            st->make<ExprString>(std::string($1.p + 1, $1.l - 2))}); }
  | URI { $$ = st->make<ExprString>(std::string($1.view())); }
  | '(' expr ')' { $$ = $2; }
  | LET '{' binds '}'
    { /* let { …; body = …; } is (rec { … }).body */
      $3->recursive = true;
      $$ = st->make<ExprSelect>(Pos{}, $3, AttrPath{AttrName{st->ctx.symbols.intern("body"), nullptr}}, nullptr); }
  | REC '{' binds '}' { $3->recursive = true; $$ = $3; }
  | '{' binds '}' { $$ = $2; }
  | '[' expr_list ']' { $$ = $2; }
  ;

string_parts
  : STR { $$ = st->make<ExprString>(std::string($1.view())); }
  | string_parts_interpolated { $$ = st->make<ExprConcatStrings>(CUR_POS, true, std::move(*$1)); }
  | { $$ = st->make<ExprString>(std::string()); }
  ;

string_parts_interpolated
  : string_parts_interpolated STR
    { $$ = $1; $1->emplace_back(posOf(st, @2), st->make<ExprString>(std::string($2.view()))); }
  | string_parts_interpolated DOLLAR_CURLY expr '}' { $$ = $1; $1->emplace_back(posOf(st, @2), $3); }
  | DOLLAR_CURLY expr '}'
    { $$ = st->make<StringParts>(); $$->emplace_back(posOf(st, @1), $2); }
  | STR DOLLAR_CURLY expr '}'
    { $$ = st->make<StringParts>();
      $$->emplace_back(posOf(st, @1), st->make<ExprString>(std::string($1.view())));
      $$->emplace_back(posOf(st, @2), $3); }
  ;

path_start
  : PATH
    { std::string path = absolutePath($1.view(), st->basePath);
      /* the first segment of an interpolated path keeps its trailing slash */
      if ($1.l > 1 && $1.p[$1.l - 1] == '/') path += "/";
      $$ = st->make<ExprPath>(std::move(path)); }
  | HPATH { $$ = st->make<ExprPath>(st->ctx.home + std::string($1.p + 1, $1.l - 1)); }
  ;

ind_string_parts
  : ind_string_parts IND_STR { $$ = $1; $1->emplace_back(posOf(st, @2), $2); }
  | ind_string_parts DOLLAR_CURLY expr '}' { $$ = $1; $1->emplace_back(posOf(st, @2), $3); }
  | { $$ = st->make<IndStringParts>(); }
  ;

binds
  : binds attrpath '=' expr ';'
    { $$ = $1; if (!addAttr(st, $$, *$2, $4, posOf(st, @2))) YYABORT; }
  | binds INHERIT attrs ';'
    { $$ = $1;
      for (auto & a : *$3)
          if (!addInherited(st, $$, a.symbol, st->make<ExprVar>(CUR_POS, a.symbol), posOf(st, @3), true)) YYABORT; }
  | binds INHERIT '(' expr ')' attrs ';'
    { $$ = $1;
      for (auto & a : *$6)
          if (!addInherited(st, $$, a.symbol, st->make<ExprSelect>(CUR_POS, $4, AttrPath{a}, nullptr), posOf(st, @6), false)) YYABORT; }
  | { $$ = st->make<ExprAttrs>(posOf(st, @0)); }
  ;

attrs
  : attrs attr { $$ = $1; $1->push_back(AttrName{st->ctx.symbols.intern($2.view()), nullptr}); }
  | attrs string_attr
    { $$ = $1;
      AttrName name = attrNameFrom(st, $2);
      if (!name.symbol.set()) FAIL("dynamic attributes not allowed in inherit", posOf(st, @2));
      $$->push_back(name); }
  | { $$ = st->make<AttrPath>(); }
  ;

attrpath
  : attrpath '.' attr { $$ = $1; $1->push_back(AttrName{st->ctx.symbols.intern($3.view()), nullptr}); }
  | attrpath '.' string_attr { $$ = $1; $1->push_back(attrNameFrom(st, $3)); }
  | attr { $$ = st->make<AttrPath>(); $$->push_back(AttrName{st->ctx.symbols.intern($1.view()), nullptr}); }
  | string_attr { $$ = st->make<AttrPath>(); $$->push_back(attrNameFrom(st, $1)); }
  ;

attr
  : ID
  | OR_KW { $$ = {"or", 2, false}; }
  ;

string_attr
  : '"' string_parts '"' { $$ = $2; }
  | DOLLAR_CURLY expr '}' { $$ = $2; }
  ;

expr_list
  : expr_list expr_select { $$ = $1; $1->elems.push_back($2); }
  | { $$ = st->make<ExprList>(); }
  ;

formals
  : formal ',' formals { $$ = $3; $$->formals.push_back(*$1); }
  | formal { $$ = st->make<ParserFormals>(); $$->formals.push_back(*$1); }
  | { $$ = st->make<ParserFormals>(); }
  | ELLIPSIS { $$ = st->make<ParserFormals>(); $$->ellipsis = true; }
  ;

formal
  : ID { $$ = st->make<Formal>(Formal{CUR_POS, st->ctx.symbols.intern($1.view()), nullptr}); }
  | ID '?' expr { $$ = st->make<Formal>(Formal{CUR_POS, st->ctx.symbols.intern($1.view()), $3}); }
  ;

%%
