// context.cpp — inspecting and editing string contexts: getContext, appendContext,
// hasContext, unsafeDiscardStringContext, unsafeDiscardOutputDependency.
#include <map>
#include <vector>

#include "../store/eval_store.hpp"
#include "../store/store_path.hpp"
#include "../store/strcat.hpp"
#include "../syntax/ast_print.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

using namespace store;

void primUnsafeDiscardStringContext(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    st.mkString(v, st.coerceToString(pos, *args[0], context));
}

void primHasContext(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    st.forceString(*args[0], context, pos);
    v.mkBool(!context.empty());
}

// "=drv" (the whole closure of a .drv) becomes a plain reference to the .drv file.
void primUnsafeDiscardOutputDependency(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string s = st.coerceToString(pos, *args[0], context);
    Context context2;
    for (auto & elem : context) context2.insert(elem[0] == '=' ? elem.substr(1) : elem);
    st.mkString(v, s, context2);
}

struct ContextInfo {
    bool path = false;
    bool allOutputs = false;
    std::vector<std::string> outputs;
};

// { "<path>" = { path = true; allOutputs = true; outputs = [ … ]; }; } with only the
// attributes that apply.
void primGetContext(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    st.forceString(*args[0], context, pos);
    std::map<std::string, ContextInfo> infos;
    for (auto & elem : context) {
        std::string drv, output;
        if (elem[0] == '=') drv = elem.substr(1);
        else if (elem[0] == '!') {
            ContextElem c = decodeContext(st.settings.storeDir, elem);
            drv = c.path;
            output = c.output;
        }
        ContextInfo & info = infos[drv.empty() ? elem : drv];
        if (drv.empty()) info.path = true;
        else if (output.empty()) info.allOutputs = true;
        else info.outputs.push_back(output);
    }
    Symbol sPath = st.symbols.intern("path"), sAllOutputs = st.symbols.intern("allOutputs");
    Bindings * result = st.allocBindings(infos.size());
    for (auto & [path, info] : infos) {
        Bindings * b = st.allocBindings(3);
        if (info.path) st.allocAttr(b, sPath)->mkBool(true);
        if (info.allOutputs) st.allocAttr(b, sAllOutputs)->mkBool(true);
        if (!info.outputs.empty()) {
            Value * list = st.allocAttr(b, st.sOutputs);
            st.mkList(*list, info.outputs.size());
            for (size_t i = 0; i < info.outputs.size(); i++) st.mkString(*(list->listElems()[i] = st.allocValue()), info.outputs[i]);
        }
        b->sort();
        st.allocAttr(result, st.symbols.intern(path))->mkAttrs(b);
    }
    result->sort();
    v.mkAttrs(result);
}

void primAppendContext(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string orig(st.forceString(*args[0], context, pos));
    st.forceAttrs(*args[1], pos);
    Symbol sPath = st.symbols.intern("path"), sAllOutputs = st.symbols.intern("allOutputs");
    const std::string & storeDir = st.settings.storeDir;
    for (auto & a : *args[1]->attrs) {
        const std::string & name = a.name.str();
        // Messages show the key as the reference prints a symbol: quoted unless an identifier.
        std::string shown;
        printIdentifier(shown, name);
        if (!isStorePath(storeDir, name)) throwEvalError("Context key '" + shown + "' is not a store path", a.pos);
        st.forceAttrs(*a.value, a.pos);
        Bindings & spec = *a.value->attrs;
        if (Attr * p = spec.get(sPath); p && st.forceBool(*p->value, p->pos)) context.insert(name);
        if (Attr * all = spec.get(sAllOutputs); all && st.forceBool(*all->value, all->pos)) {
            if (!isDerivationName(name))
                throwEvalError("Tried to add all-outputs context of " + shown + ", which is not a derivation, to a string",
                               a.pos);
            context.insert("=" + name);
        }
        if (Attr * outs = spec.get(st.sOutputs)) {
            st.forceList(*outs->value, outs->pos);
            if (outs->value->listSize() && !isDerivationName(name))
                throwEvalError("Tried to add derivation output context of " + shown +
                                   ", which is not a derivation, to a string",
                               a.pos);
            for (Value * elem : outs->value->listItems())
                context.insert(strcat("!", st.forceStringNoCtx(*elem, outs->pos), "!", name));
        }
    }
    st.mkString(v, orig, context);
}

const BuiltinSpec kContext[] = {
    {"unsafeDiscardStringContext", 1, primUnsafeDiscardStringContext},
    {"hasContext", 1, primHasContext},
    {"unsafeDiscardOutputDependency", 1, primUnsafeDiscardOutputDependency},
    {"getContext", 1, primGetContext},
    {"appendContext", 2, primAppendContext},
};

}  // namespace

std::span<const BuiltinSpec> contextBuiltins() { return kContext; }

}  // namespace nixtwin
