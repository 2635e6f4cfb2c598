// parse.cpp — runs the generated lexer and parser over one source.
#include "parse.hpp"

#include "parser_state.hpp"
#include "parser.tab.hpp"

// From the generated lexer.
typedef void * yyscan_t;
int nixtwin_yylex_init_extra(nixtwin::ParserState * extra, yyscan_t * scanner);
int nixtwin_yylex_destroy(yyscan_t scanner);
struct yy_buffer_state;
yy_buffer_state * nixtwin_yy_scan_buffer(char * base, size_t size, yyscan_t scanner);

namespace nixtwin {

ParseOutcome parse(ParseContext & ctx, uint32_t origin, const std::string & basePath) {
    ParserState st{ctx, origin, basePath, nullptr, std::nullopt, {1, 1, 1, 1}};
    // The lexer scans in place and needs two NUL bytes at the end; tokens point into `buffer`.
    std::string buffer = ctx.origins.get(origin).source;
    buffer.append("\0\0", 2);

    yyscan_t scanner;
    nixtwin_yylex_init_extra(&st, &scanner);
    nixtwin_yy_scan_buffer(buffer.data(), buffer.size(), scanner);
    int rc = yyparse(scanner, &st);
    nixtwin_yylex_destroy(scanner);

    ParseOutcome outcome;
    if (rc != 0 || st.error) {
        outcome.error = st.error ? *st.error : ParseError{"syntax error", Pos{origin, 1, 1}};
        return outcome;
    }
    outcome.expr = st.result;
    return outcome;
}

}  // namespace nixtwin
