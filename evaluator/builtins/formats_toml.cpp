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
// What still differs (documented in docs/TOML.md): most error texts after the common
// "while parsing a TOML string: " prefix, and a few table-structure corner cases where toml11
// is more (or less) permissive than TOML 1.0.
#include <cctype>
#include <cmath>
#include <optional>
#include <limits>

#include <toml++/toml.h>

#include "registry.hpp"

namespace nixtwin {

namespace {

[[noreturn]] void tomlError(const std::string & what, Pos pos) {
    throwEvalError("while parsing a TOML string: " + what, pos);
}

// Byte offset of a toml++ source position (1-based line; 1-based column in code points).
size_t byteOffset(std::string_view text, toml::source_position p) {
    size_t i = 0;
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
            if (!outOfRange) tomlError(std::string(what), pos);
            if (attempt >= 10000)
                throwError(ErrorKind::Unsupported, "fromTOML: too many out-of-range numbers for nixtwin", pos);
            // The error points just past the literal.
            size_t end = std::min(byteOffset(text, e.source().begin), text.size());
            size_t start = end;
            while (start > 0 && literalChar(text[start - 1])) start--;
            auto replacement = saturated(text.substr(start, end - start));
            if (start == end || !replacement) tomlError(std::string(what), pos);
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
    TOMLConverter(st, text, pos).convert(table, v);
}

}  // namespace nixtwin
