// formats.cpp — toJSON, fromJSON, toXML (fromTOML is in formats_toml.cpp).
#include <limits>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "../output/value_formats.hpp"
#include "registry.hpp"

namespace nixtwin {

void primFromTOML(EvalState & st, Pos pos, Value ** args, Value & v);

namespace {

void primToJSON(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string out;
    Context context;
    printValueAsJSON(st, true, *args[0], pos, out, context);
    st.mkString(v, out, context);
}

void primToXML(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string out;
    Context context;
    printValueAsXML(st, true, false, *args[0], pos, out, context);
    st.mkString(v, out, context);
}

// Builds Nix values from nlohmann's SAX events — the reference uses the same parser (and the
// same library version), so accepted inputs and error texts agree.
class JSONBuilder : public nlohmann::json_sax<nlohmann::json> {
public:
    JSONBuilder(EvalState & st, Value & result) : st_(st), result_(result) {}

    bool null() override { return add([](Value & v) { v.mkNull(); }); }
    bool boolean(bool b) override { return add([&](Value & v) { v.mkBool(b); }); }
    bool number_integer(number_integer_t n) override { return add([&](Value & v) { v.mkInt(n); }); }
    // Above INT64_MAX the reference wraps around (18446744073709551615 is -1).
    bool number_unsigned(number_unsigned_t n) override { return add([&](Value & v) { v.mkInt(NixInt(n)); }); }
    bool number_float(number_float_t f, const string_t &) override { return add([&](Value & v) { v.mkFloat(f); }); }
    // A "\u0000" ends the Nix string there, as in the reference (strings are C strings).
    bool string(string_t & s) override { return add([&](Value & v) { st_.mkString(v, s); }); }
    bool binary(binary_t &) override { return false; }  // not produced by the JSON parser

    bool start_object(std::size_t) override {
        frames_.push_back(Frame{true, {}, {}, {}});
        return true;
    }
    bool key(string_t & name) override {
        frames_.back().key = st_.symbols.intern(name);
        return true;
    }
    bool end_object() override {
        Frame f = std::move(frames_.back());
        frames_.pop_back();
        Bindings * b = st_.allocBindings(f.attrs.size());
        for (auto & [name, value] : f.attrs) b->push_back(Attr{name, value, Pos{}});
        b->sort();
        return add([&](Value & v) { v.mkAttrs(b); });
    }
    bool start_array(std::size_t) override {
        frames_.push_back(Frame{false, {}, {}, {}});
        return true;
    }
    bool end_array() override {
        Frame f = std::move(frames_.back());
        frames_.pop_back();
        return add([&](Value & v) {
            st_.mkList(v, f.items.size());
            for (size_t i = 0; i < f.items.size(); i++) v.listElems()[i] = f.items[i];
        });
    }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception & ex) override {
        // No position: the reference reports only the parser's message.
        throwEvalError(ex.what());
    }

private:
    struct Frame {
        bool object;
        gc::vector<Value *> items;                    // list elements
        gc::map<Symbol, Value *, SymbolOrder> attrs;  // a repeated key keeps its last value
        Symbol key;
    };

    template <typename Init>
    bool add(Init init) {
        if (frames_.empty()) {
            init(result_);
            return true;
        }
        Value * v = st_.allocValue();
        init(*v);
        Frame & f = frames_.back();
        if (f.object) f.attrs.insert_or_assign(f.key, v);
        else f.items.push_back(v);
        return true;
    }

    EvalState & st_;
    Value & result_;
    std::vector<Frame> frames_;
};

void primFromJSON(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string_view text = st.forceStringNoCtx(*args[0], pos);
    JSONBuilder builder(st, v);
    try {
        if (!nlohmann::json::sax_parse(text, &builder)) throwEvalError("Invalid JSON Value");
    } catch (EvalError & e) {
        e.traces.push_back({pos, "while decoding a JSON string"});
        throw;
    }
}

const BuiltinSpec kFormat[] = {
    {"toJSON", 1, primToJSON},
    {"fromJSON", 1, primFromJSON},
    {"toXML", 1, primToXML},
    {"fromTOML", 1, primFromTOML},
};

}  // namespace

std::span<const BuiltinSpec> formatBuiltins() { return kFormat; }

}  // namespace nixtwin
