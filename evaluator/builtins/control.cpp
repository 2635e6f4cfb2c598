// control.cpp — throw, abort, tryEval, seq, deepSeq, trace, addErrorContext.
#include <cstdio>

#include "../diagnostics/stderr_filter.hpp"
#include "../output/print_value.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

void primThrow(EvalState & st, Pos pos, Value ** args, Value &) {
    Context context;
    std::string s = st.coerceToString(pos, *args[0], context);
    throwError(ErrorKind::Thrown, s);
}

void primAbort(EvalState & st, Pos pos, Value ** args, Value &) {
    Context context;
    std::string s = st.coerceToString(pos, *args[0], context);
    throwError(ErrorKind::Abort, "evaluation aborted with the following error message: '" + s + "'");
}

// Only `throw` and failed assertions are caught (as in 2.8).
void primTryEval(EvalState & st, Pos pos, Value ** args, Value & v) {
    Bindings * b = st.allocBindings(2);
    try {
        st.forceValue(*args[0], pos);
        b->push_back(Attr{st.sValue, args[0], Pos{}});
        st.allocAttr(b, st.symbols.intern("success"))->mkBool(true);
    } catch (EvalError & e) {
        if (!e.catchable()) throw;
        st.allocAttr(b, st.sValue)->mkBool(false);
        st.allocAttr(b, st.symbols.intern("success"))->mkBool(false);
    }
    b->sort();
    v.mkAttrs(b);
}

void primSeq(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValue(*args[0], pos);
    st.forceValue(*args[1], pos);
    v = *args[1];
}

void primDeepSeq(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValueDeep(*args[0]);
    st.forceValue(*args[1], pos);
    v = *args[1];
}

void primTrace(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValue(*args[0], pos);
    std::string msg = args[0]->type() == ValueType::String ? std::string(args[0]->string.s) : printValue(st, *args[0], false);
    st.messages += filterForStderr("trace: " + msg) + "\n";
    st.forceValue(*args[1], pos);
    v = *args[1];
}

void primAddErrorContext(EvalState & st, Pos pos, Value ** args, Value & v) {
    try {
        st.forceValue(*args[1], pos);
        v = *args[1];
    } catch (EvalError & e) {
        Context context;
        e.traces.push_back({Pos{}, st.coerceToString(pos, *args[0], context)});
        throw;
    }
}

const BuiltinSpec kControl[] = {
    {"throw", 1, primThrow},     {"abort", 1, primAbort},
    {"tryEval", 1, primTryEval}, {"seq", 2, primSeq},
    {"deepSeq", 2, primDeepSeq}, {"trace", 2, primTrace},
    {"addErrorContext", 2, primAddErrorContext},
};

}  // namespace

std::span<const BuiltinSpec> controlBuiltins() { return kControl; }

}  // namespace nixtwin
