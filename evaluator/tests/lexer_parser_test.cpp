// lexer_parser_test.cpp — unit tests of the front end: tokens, desugaring, errors, positions.
// Expected strings were checked against nix-instantiate 2.8.0 --parse.
#include <gtest/gtest.h>

#include "diagnostics/error_display.hpp"
#include "frontend.hpp"
#include "syntax/ast_print.hpp"

using namespace nixtwin;

namespace {

std::string parsed(const std::string & text) {
    SourceSet sources;
    sources.home = "/home/u";
    try {
        std::string out;
        printExpr(out, loadString(sources, text, "/base"));
        return out;
    } catch (const NixError & e) {
        return "error: " + e.message;
    }
}

Pos errorPos(const std::string & text) {
    SourceSet sources;
    try {
        loadString(sources, text, "/base");
    } catch (const NixError & e) {
        return e.pos;
    }
    return Pos{};
}

}  // namespace

TEST(Parser, DesugarsArithmeticAndComparison) {
    EXPECT_EQ(parsed("1 + 2 * 3"), "(1 + (__mul 2 3))");
    EXPECT_EQ(parsed("-1"), "(__sub 0 1)");
    EXPECT_EQ(parsed("1 - 2 - 3"), "(__sub (__sub 1 2) 3)");
    EXPECT_EQ(parsed("1 >= 2"), "(! (__lessThan 1 2))");
    EXPECT_EQ(parsed("1 <= 2"), "(! (__lessThan 2 1))");
    EXPECT_EQ(parsed("1 > 2"), "(__lessThan 2 1)");
}

TEST(Parser, ApplicationExtendsCallsOnTheLeft) {
    EXPECT_EQ(parsed("map map map"), "(map map map)");
    EXPECT_EQ(parsed("(map map) map"), "(map map map)");
    EXPECT_EQ(parsed("<n> 1"), "(__findFile __nixPath \"n\" 1)");
}

TEST(Parser, OperatorAssociativity) {
    EXPECT_EQ(parsed("[1] ++ [2] ++ [3]"), "([ (1) ] ++ ([ (2) ] ++ [ (3) ]))");
    EXPECT_EQ(parsed("{} // {} // {}"), "({ } // ({ } // { }))");
    EXPECT_EQ(parsed("true -> false -> true"), "(true -> (false -> true))");
    EXPECT_EQ(parsed("1 < 2 < 3").rfind("error: syntax error, unexpected '<'", 0), 0u);
}

TEST(Parser, Strings) {
    EXPECT_EQ(parsed(R"("a\nb\$c${"x"}")"), R"(("a\nb\$c" + "x"))");
    EXPECT_EQ(parsed("''\n  a\n    b\n  ''"), R"("a\n  b\n")");
    EXPECT_EQ(parsed("''a''$b'''c''\\nd''"), R"(("a" + "\$" + "b" + "''" + "c" + "\n" + "d"))");
    EXPECT_EQ(parsed("\"\""), "\"\"");
}

TEST(Parser, Paths) {
    EXPECT_EQ(parsed("./a/../b"), "/base/b");
    EXPECT_EQ(parsed("/x/./y/.."), "/x");
    EXPECT_EQ(parsed("/x//y").rfind("error: syntax error, unexpected PATH_END, expecting DOLLAR_CURLY", 0), 0u);
    EXPECT_EQ(parsed("~/p"), "/home/u/p");
    EXPECT_EQ(parsed("let x = \"y\"; in ./a/${x}"), "(let x = \"y\"; in (/base/a/ + x))");
    EXPECT_EQ(parsed("./a/").rfind("error: path has a trailing slash", 0), 0u);
}

TEST(Parser, AttributeSets) {
    EXPECT_EQ(parsed("{ b = 1; a.c = 2; a.d = 3; }"), "{ a = { c = 2; d = 3; }; b = 1; }");
    EXPECT_EQ(parsed("let x = {}; in { inherit x; inherit (x) y; }"),
              "(let x = { }; in { inherit x ; y = (x).y; })");
    EXPECT_EQ(parsed("{ a = 1; a = 2; }"), "error: attribute 'a' already defined at (string):1:3");
    EXPECT_EQ(parsed("let { body = 1; }"), "(rec { body = 1; }).body");
    EXPECT_EQ(parsed("{ \"a b\" = 1; \"if\" = 2; }"), R"({ "a b" = 1; "if" = 2; })");
}

TEST(Parser, Lambdas) {
    EXPECT_EQ(parsed("{ a, b ? 1, ... } @ x: a"), "({ a, b ? 1, ... } @ x: a)");
    EXPECT_EQ(parsed("x: y: x"), "(x: (y: x))");
    EXPECT_EQ(parsed("{ a, a }: a"), "error: duplicate formal function argument 'a'");
    EXPECT_EQ(parsed("a@{ a }: a"), "error: duplicate formal function argument 'a'");
}

TEST(Parser, SelectOrAndHasAttr) {
    EXPECT_EQ(parsed("{}.a.b or 1"), "({ }).a.b or (1)");
    EXPECT_EQ(parsed("{} ? a.b"), "(({ }) ? a.b)");
    EXPECT_EQ(parsed("let or = 1; f = x: x; in f or"), "(let or = 1; f = (x: x); in (f or))");
}

TEST(Parser, UndefinedVariables) {
    EXPECT_EQ(parsed("x"), "error: undefined variable 'x'");
    EXPECT_EQ(parsed("with {}; x"), "(with { }; x)");
    EXPECT_EQ(parsed("let a = b; in c"), "error: undefined variable 'b'");
}

TEST(Parser, NumbersAndLimits) {
    EXPECT_EQ(parsed("9223372036854775807"), "9223372036854775807");
    EXPECT_EQ(parsed("9223372036854775808"), "error: invalid integer '9223372036854775808'");
    EXPECT_EQ(parsed("1.5e10"), "1.5e+10");
    EXPECT_EQ(parsed(".5"), "0.5");
    EXPECT_EQ(parsed(std::string(20000, '[') + std::string(20000, ']')), "error: memory exhausted");
}

TEST(Parser, ErrorPositions) {
    Pos p = errorPos("{\n  a = 1\n}");
    EXPECT_EQ(p.line, 3u);
    EXPECT_EQ(p.column, 1u);
    p = errorPos("(1");
    EXPECT_EQ(p.line, 1u);
    EXPECT_EQ(p.column, 2u);
}

TEST(ErrorDisplay, MatchesReferenceLayout) {
    SourceSet sources;
    try {
        loadString(sources, "(1", "/");
        FAIL();
    } catch (const NixError & e) {
        EXPECT_EQ(renderError(sources.origins, e.message, e.pos),
                  "error: syntax error, unexpected end of file, expecting ')'\n"
                  "\n"
                  "       at «string»:1:2:\n"
                  "\n"
                  "            1| (1\n"
                  "             |  ^");
    }
}
