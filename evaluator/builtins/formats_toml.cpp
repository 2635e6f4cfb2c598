// formats_toml.cpp — builtins.fromTOML.
//
// The reference parses with toml11 (the copy vendored in Nix 2.8); nixtwin parses with toml++.
// For values the two are made to agree here:
//  * numbers toml11 reads through a std::istream saturate instead of failing: decimal, octal
//    and hexadecimal integers beyond 64 bits become INT64_MAX (INT64_MIN for a negative
//    decimal), binary integers keep their low 64 bits, floats beyond the double range become
//    ±DBL_MAX. toml++ rejects them, so such a literal is replaced by its toml11 value and the
//    text parsed again;
//  * "-nan" keeps its sign in toml11 (printed "-nan"), which toml++ drops;
//  * dates and times, which Nix cannot represent, are an error after parsing, as in 2.8.
//  * toml11 refuses to reopen, with a [header], a table an array-of-tables header created
//    (formats_toml_tables.cpp).
// What still differs (documented in docs/TOML.md): some error texts after the common
// "while parsing a TOML string: " prefix, and table-structure corner cases where toml11 is
// more permissive than TOML 1.0.
#include <cctype>
#include <cmath>
#include <optional>
#include <limits>

#include <toml++/toml.h>

#include "formats_toml.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

[[noreturn]] void tomlError(const std::string & what, Pos pos) {
    throwEvalError("while parsing a TOML string: " + what, pos);
}

// Byte offset of a toml++ source position (1-based line; 1-based column in code points).
size_t byteOffset(std::string_view text, toml::source_position p) {
    size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // toml++ does not count a byte-order mark
    for (uint32_t line = 1; line < p.line && i < text.size(); i++)
        if (text[i] == '\n') line++;
    for (uint32_t col = 1; col < p.column && i < text.size(); col++) {
        i++;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) i++;
    }
    return i;
}

bool literalChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' || c == '-';
}

// toml11's value of a number literal toml++ found out of range, as text toml++ accepts.
std::optional<std::string> saturated(std::string lit) {
    std::string digits;
    for (char c : lit)
        if (c != '_') digits += c;
    bool negative = !digits.empty() && digits[0] == '-';
    std::string body = !digits.empty() && (digits[0] == '-' || digits[0] == '+') ? digits.substr(1) : digits;
    if (body.starts_with("0b")) {
        // Accumulated in a wrapping int64 from the last digit on: the low 64 bits remain.
        uint64_t v = 0;
        for (char c : body.substr(2)) v = v << 1 | uint64_t(c == '1');
        return std::to_string(int64_t(v));
    }
    if (body.starts_with("0x") || body.starts_with("0o")) return std::to_string(std::numeric_limits<int64_t>::max());
    bool isFloat = body.find_first_of(".eE") != std::string::npos;
    if (isFloat) return negative ? "-1.7976931348623157e308" : "1.7976931348623157e308";
    if (body.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return negative ? std::to_string(std::numeric_limits<int64_t>::min())
                    : std::to_string(std::numeric_limits<int64_t>::max());
}

// The (dotted) key a line defines, as toml11 prints it: "[a.b]" and "a . 'b' = …" give a.b.
std::optional<std::string> keyOfLine(std::string_view line) {
    size_t i = 0;
    auto skipSpace = [&] {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) i++;
    };
    skipSpace();
    while (i < line.size() && line[i] == '[') i++;
    std::string key;
    while (true) {
        skipSpace();
        if (i >= line.size()) return std::nullopt;
        if (line[i] == '"' || line[i] == '\'') {
            char q = line[i++];
            size_t end = line.find(q, i);
            if (end == std::string_view::npos) return std::nullopt;
            std::string_view part = line.substr(i, end - i);
            if (q == '"' && part.find('\\') != std::string_view::npos) return std::nullopt;  // escapes: give up
            key += part;
            i = end + 1;
        } else {
            size_t start = i;
            while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '-')) i++;
            if (i == start) return std::nullopt;
            key += line.substr(start, i - start);
        }
        skipSpace();
        if (i < line.size() && line[i] == '.') {
            key += '.';
            i++;
            continue;
        }
        return key;
    }
}

// The first line of toml11's message for the errors both libraries report, chosen from
// toml++'s description (and the text around the error); otherwise toml++'s description.
std::string toml11Message(std::string_view what, std::string_view text, size_t at) {
    auto has = [&](std::string_view s) { return what.find(s) != std::string_view::npos; };
    size_t lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
    lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    size_t lineEnd = text.find('\n', lineStart);
    std::string_view line = text.substr(lineStart, lineEnd == std::string_view::npos ? lineEnd : lineEnd - lineStart);
    std::string_view restOfLine = text.substr(std::min(at, text.size()), lineEnd == std::string_view::npos ? lineEnd : lineEnd - std::min(at, lineEnd));
    const std::string e = "[error] ";
    if (has("cannot redefine existing")) {
        if (auto exact = toml11TableError(text, lineStart)) return *exact;
        auto key = keyOfLine(line);
        if (key && has("as array-of-tables"))
            return e + "toml::insert_value: array of table (\"" + *key + "\") collides with existing value";
        if (key && what.starts_with("Error while parsing table header: cannot redefine existing table"))
            return e + "toml::insert_value: table (\"" + *key + "\") already exists.";
        if (key && !has("dotted key-value pair"))
            return e + "toml::insert_value: value (\"" + *key + "\") already exists.";
        if (has("existing table as dotted key-value pair")) {
            // Extending an inline table: toml11 names the table, the dotted key minus its last part.
            std::string dotted;
            for (char c : line.substr(0, line.find('='))) {
                if (c == ' ' || c == '\t') continue;
                if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.') return std::string(what);
                dotted += c;
            }
            if (size_t dot = dotted.rfind('.'); dot != std::string::npos && dot > 0)
                return e + "toml::insert_value: inserting to an inline table (" + dotted.substr(0, dot) +
                       ") but inline tables are immutable";
        }
    } else if (what.starts_with("Error while parsing key-value pair: expected value") ||
               (what.starts_with("Error while parsing key-value pair: encountered end-of-file") &&
                line.find('=') != std::string_view::npos)) {
        return e + "toml::parse_key_value_pair: missing value after key-value separator '='";
    } else if (what.starts_with("Error while parsing key-value pair: expected '='") ||
               what.starts_with("Error while parsing key-value pair: encountered end-of-file")) {
        return e + (restOfLine.find('=') != std::string_view::npos
                        ? "toml::parse_key_value_pair: invalid format for key"
                        : "toml::parse_key_value_pair: missing key-value separator `=`");
    } else if (what.starts_with("Error while parsing string:")) {
        return e + "toml::parse_basic_string: the next token is not a valid string";
    } else if (what.starts_with("Error while parsing literal string:")) {
        return e + "toml::parse_literal_string: the next token is not a valid literal string";
    } else if (has("leading zeroes are prohibited")) {
        return e + "bad integer: leading zero";
    } else if (has("underscores may only follow digits")) {
        return e + "bad integer: `_` should be surrounded by digits";
    } else if (what.starts_with("Error while parsing floating-point: expected decimal digit") ||
               what.starts_with("Error while parsing floating-point: encountered end-of-file")) {
        return e + "bad float: invalid format";
    } else if (what.starts_with("Error while parsing boolean:") ||
               what.starts_with("Error while parsing value: could not determine value type")) {
        return e + "bad format: unknown value appeared";
    } else if (has("(dangling comma)") && what.starts_with("Error while parsing inline table")) {
        return e + "toml::parse_inline_table: trailing comma is not allowed in an inline table";
    } else if (what.starts_with("Error while parsing inline table: expected key or closing '}', saw '\\n'")) {
        return e + "toml::parse_key: an invalid key appeared.";
    } else if ((what.starts_with("Error while parsing hexadecimal integer: expected 'x'") ||
                what.starts_with("Error while parsing octal integer: expected 'o'") ||
                what.starts_with("Error while parsing binary integer: expected 'b'"))) {
        return e + "toml::parse_integer: unknown integer prefix appeared.";
    } else if (what.starts_with("Error while parsing binary integer: expected digit")) {
        return e + "toml::parse_binary_integer:";
    } else if (what.starts_with("Error while parsing octal integer: expected digit")) {
        return e + "toml::parse_octal_integer:";
    } else if (what.starts_with("Error while parsing hexadecimal integer: expected digit")) {
        return e + "toml::parse_hexadecimal_integer";
    } else if (has("unicode surrogates (U+D800 - U+DFFF) are explicitly prohibited")) {
        return e + "toml::read_utf8_codepoint: codepoints in the range [0xD800, 0xDFFF] are not valid UTF-8.";
    } else if (has("values greater than U+10FFFF are invalid")) {
        return e + "toml::read_utf8_codepoint: input codepoint is too large.";
    }
    return std::string(what);
}

// Parses like toml11 accepts numbers: out-of-range literals are replaced and parsing retried.
// `text` is left as finally parsed (source positions refer to it).
toml::table parseLikeToml11(std::string & text, Pos pos) {
    for (int attempt = 0;; attempt++) {
        try {
            return toml::parse(std::string_view(text), std::string_view("fromTOML"));
        } catch (const toml::parse_error & e) {
            std::string_view what = e.description();
            bool outOfRange = what.find("is not representable in 64 bits") != std::string_view::npos ||
                              (what.starts_with("Error while parsing floating-point") &&
                               what.find("could not be interpreted as a value") != std::string_view::npos);
            size_t at = std::min(byteOffset(text, e.source().begin), text.size());
            if (!outOfRange) tomlError(toml11Message(what, text, at), pos);
            if (attempt >= 10000)
                throwError(ErrorKind::Unsupported, "fromTOML: too many out-of-range numbers for nixtwin", pos);
            // The error points just past the literal.
            size_t end = at;
            size_t start = end;
            while (start > 0 && literalChar(text[start - 1])) start--;
            auto replacement = saturated(text.substr(start, end - start));
            if (start == end || !replacement) tomlError(toml11Message(what, text, at), pos);
            text.replace(start, end - start, *replacement);
        }
    }
}

class TOMLConverter {
public:
    TOMLConverter(EvalState & st, std::string_view text, Pos pos) : st_(st), text_(text), pos_(pos) {}

    void convert(const toml::node & node, Value & v) {
        switch (node.type()) {
        case toml::node_type::table: {
            auto & table = *node.as_table();
            Bindings * b = st_.allocBindings(table.size());
            for (auto & [key, child] : table) {
                Value * cv = st_.allocValue();
                convert(child, *cv);
                b->push_back(Attr{st_.symbols.intern(key.str()), cv, Pos{}});
            }
            b->sort();
            v.mkAttrs(b);
            break;
        }
        case toml::node_type::array: {
            auto & array = *node.as_array();
            st_.mkList(v, array.size());
            for (size_t i = 0; i < array.size(); i++) {
                Value * cv = v.listElems()[i] = st_.allocValue();
                convert(array[i], *cv);
            }
            break;
        }
        case toml::node_type::string: st_.mkString(v, node.as_string()->get()); break;
        case toml::node_type::integer: v.mkInt(node.as_integer()->get()); break;
        case toml::node_type::floating_point: {
            double d = node.as_floating_point()->get();
            if (std::isnan(d)) {
                size_t at = byteOffset(text_, node.source().begin);
                d = at < text_.size() && text_[at] == '-' ? -std::numeric_limits<double>::quiet_NaN()
                                                         : std::numeric_limits<double>::quiet_NaN();
            }
            v.mkFloat(d);
            break;
        }
        case toml::node_type::boolean: v.mkBool(node.as_boolean()->get()); break;
        case toml::node_type::date:
        case toml::node_type::time:
        case toml::node_type::date_time:
            // Nix has no date or time values.
            tomlError("Dates and times are not supported", pos_);
        case toml::node_type::none: v.mkNull(); break;
        }
    }

private:
    EvalState & st_;
    std::string_view text_;
    Pos pos_;
};

}  // namespace

void primFromTOML(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string text(st.forceStringNoCtx(*args[0], pos));
    toml::table table = parseLikeToml11(text, pos);
    if (auto error = toml11TableError(text)) tomlError(*error, pos);
    TOMLConverter(st, text, pos).convert(table, v);
}

}  // namespace nixtwin
