// derivation_strict.cpp — builtins.derivationStrict: turns a set of attributes into a store
// derivation (in memory only), and returns its .drv path and output paths with the contexts
// that make dependents depend on it. Follows the reference's order of checks and messages.
#include <optional>

#include "../output/value_formats.hpp"
#include "../store/derivation.hpp"
#include "../store/eval_store.hpp"
#include "../store/store_path.hpp"
#include "../store/strcat.hpp"
#include "store_builtins.hpp"

namespace nixtwin {

namespace {

using namespace store;

// The reference's tokenizeString with its default separators.
std::vector<std::string> tokenize(std::string_view s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (true) {
        i = s.find_first_not_of(" \t\n\r", i);
        if (i == std::string_view::npos) break;
        size_t end = s.find_first_of(" \t\n\r", i);
        out.emplace_back(s.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        if (end == std::string_view::npos) break;
        i = end;
    }
    return out;
}

[[noreturn]] void missingExperimentalFeature(const char * feature) {
    throwEvalError(std::string("experimental Nix feature '") + feature +
                   "' is disabled; use '--extra-experimental-features " + feature + "' to override");
}

// Everything read from the attributes before the derivation is assembled.
struct DrvSpec {
    std::string name;
    Pos namePos;
    Derivation drv;
    Context context;
    std::set<std::string> outputs{"out"};
    std::optional<std::string> outputHash;
    std::string outputHashAlgo;
    std::optional<bool> recursive;  // outputHashMode, if given
};

class AttrReader {
public:
    AttrReader(EvalState & st, Pos pos, DrvSpec & spec) : st_(st), pos_(pos), spec_(spec) {}

    void read(Bindings & attrs) {
        if (Attr * a = attrs.get(st_.sStructuredAttrs); a && st_.forceBool(*a->value, pos_)) json_.emplace(1, '{');
        bool ignoreNulls = false;
        if (Attr * a = attrs.get(st_.sIgnoreNulls)) ignoreNulls = st_.forceBool(*a->value, pos_);

        for (const Attr * a : attrs.lexicographicOrder()) {
            if (a->name == st_.sIgnoreNulls) continue;
            std::string key = a->name.str();
            try {
                if (ignoreNulls) {
                    st_.forceValue(*a->value, pos_);
                    if (a->value->type() == ValueType::Null) continue;
                }
                readAttr(*a, key);
            } catch (EvalError & e) {
                e.traces.push_back({spec_.namePos, "while evaluating the attribute '" + key + "' of the derivation '" +
                                                       spec_.name + "'"});
                throw;
            }
        }
        if (json_) spec_.drv.env.emplace("__json", *json_ + "}");
    }

private:
    void readAttr(const Attr & a, const std::string & key) {
        Value & v = *a.value;
        Pos namePos = spec_.namePos;
        if (key == "__contentAddressed") {
            if (st_.forceBool(v, pos_)) missingExperimentalFeature("ca-derivations");
        } else if (key == "__impure") {
            if (st_.forceBool(v, pos_)) missingExperimentalFeature("impure-derivations");
        } else if (a.name == st_.sArgs) {
            st_.forceList(v, pos_);
            for (Value * elem : v.listItems())
                spec_.drv.args.push_back(st_.coerceToString(namePos, *elem, spec_.context, true));
        } else if (json_) {
            if (a.name == st_.sStructuredAttrs) return;
            if (json_->size() > 1) *json_ += ',';
            appendJSONString(*json_, key);
            *json_ += ':';
            printValueAsJSON(st_, true, v, pos_, *json_, spec_.context);
            if (a.name == st_.sBuilder) spec_.drv.builder = st_.forceString(v, spec_.context, namePos);
            else if (a.name == st_.sSystem) spec_.drv.platform = st_.forceStringNoCtx(v, namePos);
            else if (a.name == st_.sOutputHash) spec_.outputHash = st_.forceStringNoCtx(v, namePos);
            else if (a.name == st_.sOutputHashAlgo) spec_.outputHashAlgo = st_.forceStringNoCtx(v, namePos);
            else if (a.name == st_.sOutputHashMode) setHashMode(st_.forceStringNoCtx(v, namePos));
            else if (a.name == st_.sOutputs) {
                st_.forceList(v, namePos);
                std::vector<std::string> names;
                for (Value * elem : v.listItems()) names.emplace_back(st_.forceStringNoCtx(*elem, namePos));
                setOutputs(names);
            }
        } else {
            std::string s = st_.coerceToString(a.pos, v, spec_.context, true);
            spec_.drv.env.emplace(key, s);
            if (a.name == st_.sBuilder) spec_.drv.builder = s;
            else if (a.name == st_.sSystem) spec_.drv.platform = s;
            else if (a.name == st_.sOutputHash) spec_.outputHash = s;
            else if (a.name == st_.sOutputHashAlgo) spec_.outputHashAlgo = s;
            else if (a.name == st_.sOutputHashMode) setHashMode(s);
            else if (a.name == st_.sOutputs) setOutputs(tokenize(s));
        }
    }

    void setHashMode(std::string_view s) {
        if (s == "recursive") spec_.recursive = true;
        else if (s == "flat") spec_.recursive = false;
        else throwEvalError(strcat("invalid value '", s, "' for 'outputHashMode' attribute"), spec_.namePos);
    }

    void setOutputs(const std::vector<std::string> & names) {
        spec_.outputs.clear();
        for (auto & n : names) {
            if (spec_.outputs.count(n)) throwEvalError("duplicate derivation output '" + n + "'", spec_.namePos);
            // An output named "drv" would clash with the drvPath attribute.
            if (n == "drv") throwEvalError("invalid derivation output name 'drv'", spec_.namePos);
            spec_.outputs.insert(n);
        }
        if (spec_.outputs.empty()) throwEvalError("derivation cannot have an empty set of outputs", spec_.namePos);
    }

    EvalState & st_;
    Pos pos_;
    DrvSpec & spec_;
    std::optional<std::string> json_;  // the __json text being built, with __structuredAttrs
};

// Strings in the attributes refer to store paths: sources become inputSrcs, derivation outputs
// inputDrvs. "=" (a whole .drv with its closure) needs the store's path info, which the dummy
// store does not have.
void addInputs(EvalState & st, DrvSpec & spec) {
    const std::string & storeDir = st.settings.storeDir;
    for (auto & elem : spec.context) {
        if (elem[0] == '=') {
            throwEvalError("path '" + parseStorePath(storeDir, std::string_view(elem).substr(1)) + "' is not valid");
        } else if (elem[0] == '!') {
            ContextElem c = decodeContext(storeDir, elem);
            spec.drv.inputDrvs[c.path].insert(c.output);
        } else {
            spec.drv.inputSrcs.insert(parseStorePath(storeDir, elem));
        }
    }
}

void setFixedOutputFromAttrs(EvalState & st, DrvSpec & spec) {
    if (spec.outputs.size() != 1 || *spec.outputs.begin() != "out")
        throwEvalError("multiple outputs are not supported in fixed-output derivations", spec.namePos);
    std::string warning;
    Hash h = parseHashAllowEmpty(*spec.outputHash, parseHashAlgo(spec.outputHashAlgo), warning);
    if (!warning.empty()) st.messages += "warning: " + warning + "\n";
    setFixedOutput(spec.drv, spec.recursive.value_or(false), h, st.settings.storeDir);
}

}  // namespace

void primDerivationStrict(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    Bindings & attrs = *args[0]->attrs;

    DrvSpec spec;
    Attr * nameAttr = &st.requireAttr("derivationStrict", st.sName, attrs, pos);
    spec.namePos = nameAttr->pos;
    try {
        spec.name = st.forceStringNoCtx(*nameAttr->value, pos);
    } catch (EvalError & e) {
        e.traces.push_back({spec.namePos, "while evaluating the derivation attribute 'name'"});
        throw;
    }
    spec.drv.name = spec.name;

    AttrReader(st, pos, spec).read(attrs);
    addInputs(st, spec);

    if (spec.drv.builder.empty()) throwEvalError("required attribute 'builder' missing", spec.namePos);
    if (spec.drv.platform.empty()) throwEvalError("required attribute 'system' missing", spec.namePos);
    if (isDerivationName(spec.name))
        throwEvalError("derivation names are not allowed to end in '.drv'", spec.namePos);

    if (spec.outputHash) setFixedOutputFromAttrs(st, spec);
    else setInputAddressedOutputs(spec.drv, spec.outputs, st.settings.storeDir, evalStore(st).drvHashes);

    std::string drvPath = derivationPath(spec.drv, st.settings.storeDir);
    // Dependents hash this derivation by its hash modulo (with its real output paths).
    evalStore(st).drvHashes[drvPath] = hashDerivationModulo(spec.drv, false, evalStore(st).drvHashes);

    Bindings * out = st.allocBindings(1 + spec.drv.outputs.size());
    st.mkString(*st.allocAttr(out, st.sDrvPath), drvPath, Context{"=" + drvPath});
    for (auto & [name, output] : spec.drv.outputs)
        st.mkString(*st.allocAttr(out, st.symbols.intern(name)), output.path, Context{"!" + name + "!" + drvPath});
    out->sort();
    v.mkAttrs(out);
}

}  // namespace nixtwin
