// registry.cpp — assembles the base environment and the `builtins` set.
#include "registry.hpp"

#include <ctime>
#include <map>
#include <string>

namespace nixtwin {

namespace {

[[noreturn]] void missingBuiltin(EvalState &, Pos pos, Value **, Value &) {
    throwError(ErrorKind::Unsupported, "this builtin is not available in nixtwin yet", pos);
}

// The reference's primops: name and arity (constants are added separately).
const BuiltinSpec kReferencePrimOps[] = {
    {"abort", 1, nullptr}, {"add", 2, nullptr}, {"addErrorContext", 2, nullptr}, {"all", 2, nullptr},
    {"any", 2, nullptr}, {"appendContext", 2, nullptr}, {"attrNames", 1, nullptr}, {"attrValues", 1, nullptr},
    {"baseNameOf", 1, nullptr}, {"bitAnd", 2, nullptr}, {"bitOr", 2, nullptr}, {"bitXor", 2, nullptr},
    {"catAttrs", 2, nullptr}, {"ceil", 1, nullptr}, {"compareVersions", 2, nullptr}, {"concatLists", 1, nullptr},
    {"concatMap", 2, nullptr}, {"concatStringsSep", 2, nullptr}, {"deepSeq", 2, nullptr},
    {"derivationStrict", 1, nullptr}, {"dirOf", 1, nullptr}, {"div", 2, nullptr}, {"elem", 2, nullptr},
    {"elemAt", 2, nullptr}, {"fetchGit", 1, nullptr}, {"fetchMercurial", 1, nullptr}, {"fetchTarball", 1, nullptr},
    {"fetchTree", 1, nullptr}, {"fetchurl", 1, nullptr}, {"filter", 2, nullptr}, {"filterSource", 2, nullptr},
    {"findFile", 2, nullptr}, {"floor", 1, nullptr}, {"foldl'", 3, nullptr}, {"fromJSON", 1, nullptr},
    {"fromTOML", 1, nullptr}, {"functionArgs", 1, nullptr}, {"genList", 2, nullptr}, {"genericClosure", 1, nullptr},
    {"getAttr", 2, nullptr}, {"getContext", 1, nullptr}, {"getEnv", 1, nullptr}, {"groupBy", 2, nullptr},
    {"hasAttr", 2, nullptr}, {"hasContext", 1, nullptr}, {"hashFile", 2, nullptr}, {"hashString", 2, nullptr},
    {"head", 1, nullptr}, {"import", 1, nullptr}, {"intersectAttrs", 2, nullptr}, {"isAttrs", 1, nullptr},
    {"isBool", 1, nullptr}, {"isFloat", 1, nullptr}, {"isFunction", 1, nullptr}, {"isInt", 1, nullptr},
    {"isList", 1, nullptr}, {"isNull", 1, nullptr}, {"isPath", 1, nullptr}, {"isString", 1, nullptr},
    {"length", 1, nullptr}, {"lessThan", 2, nullptr}, {"listToAttrs", 1, nullptr}, {"map", 2, nullptr},
    {"mapAttrs", 2, nullptr}, {"match", 2, nullptr}, {"mul", 2, nullptr}, {"parseDrvName", 1, nullptr},
    {"partition", 2, nullptr}, {"path", 1, nullptr}, {"pathExists", 1, nullptr}, {"placeholder", 1, nullptr},
    {"readDir", 1, nullptr}, {"readFile", 1, nullptr}, {"removeAttrs", 2, nullptr}, {"replaceStrings", 3, nullptr},
    {"scopedImport", 2, nullptr}, {"seq", 2, nullptr}, {"sort", 2, nullptr}, {"split", 2, nullptr},
    {"splitVersion", 1, nullptr}, {"storePath", 1, nullptr}, {"stringLength", 1, nullptr}, {"sub", 2, nullptr},
    {"substring", 3, nullptr}, {"tail", 1, nullptr}, {"throw", 1, nullptr}, {"toFile", 2, nullptr},
    {"toJSON", 1, nullptr}, {"toPath", 1, nullptr}, {"toString", 1, nullptr}, {"toXML", 1, nullptr},
    {"trace", 2, nullptr}, {"tryEval", 1, nullptr}, {"typeOf", 1, nullptr},
    {"unsafeDiscardOutputDependency", 1, nullptr}, {"unsafeDiscardStringContext", 1, nullptr},
    {"unsafeGetAttrPos", 2, nullptr}, {"zipAttrsWith", 2, nullptr},
};

}  // namespace

std::span<const BuiltinSpec> referencePrimOps() { return kReferencePrimOps; }

void EvalState::addPrimOp(const char * name, uint32_t arity, PrimOpFun fun, bool borrowsArgs, bool intsToInt) {
    auto op = heap_.make<PrimOp>(PrimOp{symbols.intern(name), arity, fun, borrowsArgs, intsToInt});
    if (std::string_view(name) == "toString") toStringOp_ = op;
    Value * v = allocValue();
    v->mkPrimOp(op);
    addConstant(name, v);
}

void EvalState::addConstant(const char * name, Value * v) {
    builtins_->attrs->push_back(Attr{symbols.intern(name), v, Pos{}});
}

void EvalState::createBaseEnv() {
    builtins_ = allocValue();
    builtins_->mkAttrs(allocBindings(128));
    addConstant("builtins", builtins_);

    auto constant = [&](const char * name, auto init) {
        Value * v = allocValue();
        init(*v);
        addConstant(name, v);
    };
    constant("true", [](Value & v) { v.mkBool(true); });
    constant("false", [](Value & v) { v.mkBool(false); });
    constant("null", [](Value & v) { v.mkNull(); });
    if (!settings.pureEval) {
        constant("currentTime", [](Value & v) { v.mkInt(NixInt(time(nullptr))); });
        constant("currentSystem", [&](Value & v) { mkString(v, settings.currentSystem); });
    }
    constant("nixVersion", [&](Value & v) { mkString(v, "2.8.0"); });
    constant("storeDir", [&](Value & v) { mkString(v, settings.storeDir); });
    constant("langVersion", [](Value & v) { v.mkInt(6); });
    constant("nixPath", [&](Value & v) {
        mkList(v, settings.searchPath.size());
        for (size_t i = 0; i < settings.searchPath.size(); i++) {
            Bindings * b = allocBindings(2);
            mkString(*allocAttr(b, sPath), settings.searchPath[i].path);
            mkString(*allocAttr(b, sPrefix), settings.searchPath[i].prefix);
            b->sort();
            (v.listElems()[i] = allocValue())->mkAttrs(b);
        }
    });

    std::map<std::string, const BuiltinSpec *> implemented;
    for (auto table : {controlBuiltins(), typeBuiltins(), arithmeticBuiltins(), listBuiltins(), attrsetBuiltins(),
                       stringBuiltins(), regexBuiltins(), importBuiltins(), formatBuiltins(), hashBuiltins(),
                       environmentBuiltins(),
                       storeBuiltins(), fetchBuiltins(), contextBuiltins()})
        for (auto & spec : table) implemented[spec.name] = &spec;
    for (auto & spec : referencePrimOps()) {
        auto it = implemented.find(spec.name);
        if (it != implemented.end()) addPrimOp(spec.name, spec.arity, it->second->fun, it->second->borrowsArgs,
                                                 it->second->intsToInt);
        else addPrimOp(spec.name, spec.arity, missingBuiltin);
    }

    // `derivation` wraps derivationStrict in Nix code, as in the reference.
    Value * derivation = allocValue();
    addConstant("derivation", derivation);
    builtins_->attrs->sort();

    // The base environment: every name visible without `builtins.` ("__x" is builtins.x).
    const auto & names = baseEnvironmentNames();
    baseEnv_ = &allocEnv(names.size());
    for (size_t i = 0; i < names.size(); i++) {
        std::string_view n = names[i];
        if (n.substr(0, 2) == "__") n.remove_prefix(2);
        Attr * a = builtins_->attrs->get(symbols.intern(n));
        baseEnv_->values[i] = a ? a->value : nullptr;
    }
    // Names without a value (currentTime… in pure mode) are undefined variables, as in the reference.
    StaticScope & scope = sources.baseScope;
    std::erase_if(scope.vars, [&](auto & var) { return baseEnv_->values[var.second] == nullptr; });
    evalDerivationWrapper(*derivation);
}

}  // namespace nixtwin
