// formats_toml_tables.cpp — toml11's rules for defining tables, where toml++ differs.
//
// The reference parses TOML with toml11. For a document toml++ accepts, toml11 may still refuse
// it: it will not reopen with a [header] a table that an array-of-tables header such as
// `[[a.b]]` created. And when both refuse to redefine something, toml11's message depends on
// what was there before. This file replays the headers and keys of the document (the part
// toml++ accepted, so valid TOML) on a model of toml11's tables to get both right.
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats_toml.hpp"

namespace nixtwin {

namespace {

enum class ValueKind { Scalar, InlineTable, EmptyArray, Array, ArrayOfInlineTables };

// Text the scanner cannot follow (only possible past the point toml++ checked).
struct Malformed {};

// A lexer for valid TOML, just enough to see statements: headers, keys, and where values end.
class Scanner {
public:
    explicit Scanner(std::string_view t) : t_(t) {}

    bool atEnd() {
        skipBlank(true);
        return i_ >= t_.size();
    }
    char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
    bool next(char c) {
        if (peek() != c) return false;
        i_++;
        return true;
    }

    void skipBlank(bool newlines) {
        while (i_ < t_.size()) {
            char c = t_[i_];
            if (c == ' ' || c == '\t' || (newlines && (c == '\n' || c == '\r'))) i_++;
            else if (c == '#') while (i_ < t_.size() && t_[i_] != '\n') i_++;
            else break;
        }
    }

    // A dotted key: its parts, unquoted.
    std::vector<std::string> key() {
        std::vector<std::string> parts;
        do {
            skipBlank(false);
            parts.push_back(keyPart());
            skipBlank(false);
        } while (next('.'));
        return parts;
    }

    // Skips one value and says what it was.
    ValueKind value() {
        skipBlank(false);
        char c = peek();
        if (c == '"' || c == '\'') {
            string();
        } else if (c == '[') {
            i_++;
            ValueKind kind = ValueKind::EmptyArray;
            while (true) {
                skipBlank(true);
                if (next(']')) break;
                size_t before = i_;
                ValueKind element = value();
                if (i_ == before) throw Malformed{};
                if (kind == ValueKind::EmptyArray)
                    kind = element == ValueKind::InlineTable ? ValueKind::ArrayOfInlineTables : ValueKind::Array;
                skipBlank(true);
                next(',');
            }
            return kind;
        } else if (c == '{') {
            i_++;
            while (true) {
                skipBlank(false);
                if (next('}')) break;
                size_t before = i_;
                key();
                if (i_ == before) throw Malformed{};
                next('=');
                value();
                skipBlank(false);
                next(',');
            }
            return ValueKind::InlineTable;
        } else {
            while (i_ < t_.size() && std::string_view(",]}#\r\n").find(t_[i_]) == std::string_view::npos) i_++;
        }
        return ValueKind::Scalar;
    }

    size_t offset() const { return i_; }

    void restOfLine() {
        while (i_ < t_.size() && t_[i_] != '\n') i_++;
    }

private:
    std::string keyPart() {
        char c = peek();
        if (c == '"' || c == '\'') return string();
        size_t start = i_;
        while (i_ < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[i_])) || t_[i_] == '_' || t_[i_] == '-'))
            i_++;
        return std::string(t_.substr(start, i_ - start));
    }

    // A string of any of the four kinds; returns its text with basic escapes decoded (enough
    // to compare keys).
    std::string string() {
        char q = t_[i_];
        bool multi = t_.substr(i_, 3) == std::string_view(std::string(3, q));
        i_ += multi ? 3 : 1;
        std::string out;
        while (i_ < t_.size()) {
            char c = t_[i_];
            if (c == '\\' && q == '"') {
                char e = i_ + 1 < t_.size() ? t_[i_ + 1] : '\0';
                i_ += 2;
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u':
                case 'U': {
                    uint32_t cp = 0;
                    for (size_t n = e == 'u' ? 4 : 8; n > 0; n--, i_++) {
                        int d = i_ < t_.size() ? hexDigit(t_[i_]) : -1;
                        if (d < 0) throw Malformed{};
                        cp = cp << 4 | uint32_t(d);
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default: out += e;  // \" \\ and a line-ending backslash (keys are never multi-line)
                }
                continue;
            }
            if (c == q && (!multi || t_.substr(i_, 3) == std::string_view(std::string(3, q)))) {
                i_ += multi ? 3 : 1;
                // Up to two quotes right before the closing ones belong to the content.
                while (multi && peek() == q) i_++;
                return out;
            }
            out += c;
            i_++;
        }
        return out;
    }

    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static void appendUtf8(std::string & out, uint32_t cp) {
        if (cp < 0x80) {
            out += char(cp);
            return;
        }
        int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
        static const unsigned char lead[] = {0, 0xC0, 0xE0, 0xF0};
        out += char(lead[extra] | (cp >> (6 * extra)));
        for (int k = extra - 1; k >= 0; k--) out += char(0x80 | ((cp >> (6 * k)) & 0x3F));
    }

    std::string_view t_;
    size_t i_ = 0;
};

// What a key holds, as far as toml11's insertion rules care.
enum class Kind { Table, InlineTable, ArrayOfTables, StaticArray, StaticArrayOfTables, Value };

struct Node {
    Kind kind = Kind::Table;
    bool defined = false;     // a table named by its own [header]
    bool byArrayHeader = false;  // a table first created on the way to an [[array.of.tables]]
    std::map<std::string, std::unique_ptr<Node>> children;
    std::vector<std::unique_ptr<Node>> elements;  // ArrayOfTables
};

std::string joined(const std::vector<std::string> & key, size_t count) {
    std::string out;
    for (size_t k = 0; k < count; k++) out += (k ? "." : "") + key[k];
    return out;
}

const std::string kError = "[error] toml::insert_value: ";

struct Statement {
    bool header = false;
    bool array = false;  // [[header]]
    std::vector<std::string> key;
    ValueKind value = ValueKind::Scalar;
};

// toml11's insertion, section by section: a [header]'s key/value lines are first collected
// into a table of their own (where a key defined twice is already an error), then that table
// is inserted at the header's key.
class Model {
public:
    // A key/value line into `table`.
    static std::optional<std::string> keyValue(Node & table, const Statement & st) {
        Node * node = &table;
        const auto & key = st.key;
        for (size_t k = 0; k + 1 < key.size(); k++) {
            auto & child = node->children[key[k]];
            if (!child) child = std::make_unique<Node>();
            if (child->kind == Kind::InlineTable)
                return kError + "inserting to an inline table (" + joined(key, k + 1) + ") but inline tables are immutable";
            if (child->kind != Kind::Table) return kError + "target (" + joined(key, k + 1) + ") is neither table nor an array of tables";
            node = child.get();
        }
        auto & last = node->children[key.back()];
        if (last) return kError + "value (\"" + joined(key, key.size()) + "\") already exists.";
        last = std::make_unique<Node>();
        last->kind = st.value == ValueKind::InlineTable          ? Kind::InlineTable
                     : st.value == ValueKind::ArrayOfInlineTables ? Kind::StaticArrayOfTables
                     : st.value == ValueKind::Scalar              ? Kind::Value
                                                                  : Kind::StaticArray;
        return std::nullopt;
    }

    Node & root() { return root_; }

    // A [header] or [[header]] with the table of its section.
    std::optional<std::string> header(const Statement & st, std::unique_ptr<Node> section) {
        const auto & key = st.key;
        Node * node = &root_;
        for (size_t k = 0; k + 1 < key.size(); k++) {
            auto & child = node->children[key[k]];
            if (!child) {
                child = std::make_unique<Node>();
                child->byArrayHeader = st.array;
            }
            if (child->kind == Kind::Table) node = child.get();
            else if (child->kind == Kind::ArrayOfTables) node = child->elements.back().get();
            else return kError + "target (" + joined(key, k + 1) + ") is neither table nor an array of tables";
        }
        auto & last = node->children[key.back()];
        std::string name = joined(key, key.size());
        if (st.array) {
            if (!last) {
                last = std::make_unique<Node>();
                last->kind = Kind::ArrayOfTables;
            }
            switch (last->kind) {
            case Kind::Table:
            case Kind::InlineTable: return kError + "array of table (\"" + name + "\") cannot be defined";
            case Kind::StaticArrayOfTables:
                return kError + "array of table (\"" + name + "\") collides with existing array-of-tables";
            case Kind::StaticArray:
            case Kind::Value: return kError + "array of table (\"" + name + "\") collides with existing value";
            case Kind::ArrayOfTables: break;
            }
            last->elements.push_back(std::move(section));
            return std::nullopt;
        }
        if (!last) {
            section->defined = true;
            last = std::move(section);
            return std::nullopt;
        }
        if (last->kind == Kind::ArrayOfTables) return kError + "array of tables (\"" + name + "\") already exists.";
        if (last->kind == Kind::InlineTable) return kError + "table (\"" + name + "\") already exists.";
        if (last->kind != Kind::Table) return kError + "value (\"" + name + "\") already exists.";
        // A table may be named once, and not after an array-of-tables header created it.
        if (last->defined || last->byArrayHeader) return kError + "table (\"" + name + "\") already exists.";
        // Named after its subtables: the section's keys join them.
        for (auto & [k, v] : section->children) {
            if (last->children.count(k)) return kError + "value (\"" + name + "\") already exists.";
            last->children[k] = std::move(v);
        }
        last->defined = true;
        return std::nullopt;
    }

private:
    Node root_;
};

}  // namespace

std::optional<std::string> toml11TableError(std::string_view text, size_t stopAt) try {
    // The statements, up to the end of the section of the one at `stopAt` (toml11 reads a
    // section's lines before it looks at the section's header).
    std::vector<Statement> statements;
    Scanner s(text);
    bool reachedStop = false;
    while (!s.atEnd()) {
        bool atOrAfterStop = s.offset() >= stopAt;
        Statement st;
        if (s.next('[')) {
            if (reachedStop) break;  // the section after the failing statement's
            reachedStop = atOrAfterStop;
            st.header = true;
            st.array = s.next('[');
            st.key = s.key();
        } else {
            reachedStop = reachedStop || atOrAfterStop;
            st.key = s.key();
            s.next('=');
            st.value = s.value();
        }
        s.restOfLine();
        statements.push_back(std::move(st));
    }
    Model model;
    size_t i = 0;
    for (; i < statements.size() && !statements[i].header; i++)
        if (auto error = Model::keyValue(model.root(), statements[i])) return error;
    while (i < statements.size()) {
        const Statement & header = statements[i++];
        auto section = std::make_unique<Node>();
        for (; i < statements.size() && !statements[i].header; i++)
            if (auto error = Model::keyValue(*section, statements[i])) return error;
        if (auto error = model.header(header, std::move(section))) return error;
    }
    return std::nullopt;
} catch (const Malformed &) {
    return std::nullopt;  // the caller falls back to toml++'s description
}

}  // namespace nixtwin
