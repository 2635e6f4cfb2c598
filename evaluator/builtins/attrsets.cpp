// attrsets.cpp — attrNames attrValues hasAttr getAttr removeAttrs intersectAttrs catAttrs
// listToAttrs mapAttrs zipAttrsWith functionArgs genericClosure unsafeGetAttrPos.
//
// Sets built here carry no position of their own (like the reference's buildBindings), and
// their attributes keep the positions the reference gives them: copied attributes keep
// theirs, attributes made from scratch (mapAttrs, zipAttrsWith, groupBy…) have none.
#include <list>
#include <map>
#include <set>
#include <vector>

#include "registry.hpp"

namespace nixtwin {

namespace {

void primAttrNames(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    auto sorted = args[0]->attrs->lexicographicOrder();
    Value list;
    st.mkList(list, sorted.size());
    for (size_t i = 0; i < sorted.size(); i++) st.mkString(*(list.listElems()[i] = st.allocValue()), sorted[i]->name.view());
    v = list;
}

void primAttrValues(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    auto sorted = args[0]->attrs->lexicographicOrder();
    Value list;
    st.mkList(list, sorted.size());
    for (size_t i = 0; i < sorted.size(); i++) list.listElems()[i] = sorted[i]->value;
    v = list;
}

void primGetAttr(EvalState & st, Pos pos, Value ** args, Value & v) {
    Symbol name = st.symbols.intern(st.forceStringNoCtx(*args[0], pos));
    st.forceAttrs(*args[1], pos);
    Attr & a = st.requireAttr("getAttr", name, *args[1]->attrs, pos);
    st.forceValue(*a.value, pos);
    v = *a.value;
}

void primHasAttr(EvalState & st, Pos pos, Value ** args, Value & v) {
    Symbol name = st.symbols.intern(st.forceStringNoCtx(*args[0], pos));
    st.forceAttrs(*args[1], pos);
    v.mkBool(args[1]->attrs->get(name) != nullptr);
}

void primUnsafeGetAttrPos(EvalState & st, Pos pos, Value ** args, Value & v) {
    Symbol name = st.symbols.intern(st.forceStringNoCtx(*args[0], pos));
    st.forceAttrs(*args[1], pos);
    const Attr * a = args[1]->attrs->get(name);
    if (!a) v.mkNull();
    else st.mkPos(v, a->pos);
}

void primRemoveAttrs(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    st.forceList(*args[1], pos);
    std::set<const SymbolEntry *> removed;
    for (Value * elem : args[1]->listItems()) removed.insert(st.symbols.intern(st.forceStringNoCtx(*elem, pos)).entry());
    Bindings * b = st.allocBindings(args[0]->attrs->size());
    for (auto & a : *args[0]->attrs)
        if (!removed.count(a.name.entry())) b->push_back(a);
    v.mkAttrs(b);  // a subset of a sorted set is sorted
}

// listToAttrs: the first occurrence of a name wins; later duplicates are not even asked for
// their `value`.
void primListToAttrs(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[0], pos);
    Bindings * b = st.allocBindings(args[0]->listSize());
    std::set<const SymbolEntry *> seen;
    for (Value * elem : args[0]->listItems()) {
        st.forceAttrs(*elem, pos);
        Attr & nameAttr = st.requireAttr("listToAttrs", st.sName, *elem->attrs, pos);
        Symbol name = st.symbols.intern(st.forceStringNoCtx(*nameAttr.value, nameAttr.pos));
        if (!seen.insert(name.entry()).second) continue;
        Attr & valueAttr = st.requireAttr("listToAttrs", st.sValue, *elem->attrs, pos);
        b->push_back(Attr{name, valueAttr.value, valueAttr.pos});
    }
    b->sort();
    v.mkAttrs(b);
}

// The attributes of the second set whose names the first set has.
void primIntersectAttrs(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    st.forceAttrs(*args[1], pos);
    Bindings * b = st.allocBindings(std::min(args[0]->attrs->size(), args[1]->attrs->size()));
    for (auto & a : *args[0]->attrs)
        if (const Attr * other = args[1]->attrs->get(a.name)) b->push_back(*other);
    v.mkAttrs(b);
}

void primCatAttrs(EvalState & st, Pos pos, Value ** args, Value & v) {
    Symbol name = st.symbols.intern(st.forceStringNoCtx(*args[0], pos));
    st.forceList(*args[1], pos);
    gc::vector<Value *> found;
    for (Value * elem : args[1]->listItems()) {
        st.forceAttrs(*elem, pos);
        if (const Attr * a = elem->attrs->get(name)) found.push_back(a->value);
    }
    Value list;
    st.mkList(list, found.size());
    for (size_t i = 0; i < found.size(); i++) list.listElems()[i] = found[i];
    v = list;
}

// { formal = hasDefault; … } for a lambda with formals; {} for other lambdas and primops.
void primFunctionArgs(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValue(*args[0], pos);
    Value & f = *args[0];
    if (f.isPrimOp() || f.isPrimOpApp()) {
        v.mkAttrs(st.allocBindings(0));
        return;
    }
    if (!f.isLambda()) throwTypeError("'functionArgs' requires a function", pos);
    Formals * formals = f.lambda.fun->formals;
    Bindings * b = st.allocBindings(formals ? formals->formals.size() : 0);
    if (formals)
        for (auto & formal : formals->formals) st.allocAttr(b, formal.name, formal.pos)->mkBool(formal.fallback != nullptr);
    b->sort();
    v.mkAttrs(b);
}

// mapAttrs f set: each attribute is the unevaluated `f name value`.
void primMapAttrs(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[1], pos);
    Bindings * in = args[1]->attrs;
    Bindings * b = st.allocBindings(in->size());
    for (auto & a : *in) {
        Value * name = st.allocValue();
        st.mkString(*name, a.name.view());
        Value * partial = st.allocValue();
        partial->mkApp(args[0], name);
        st.allocAttr(b, a.name)->mkApp(partial, a.value);
    }
    v.mkAttrs(b);
}

// zipAttrsWith f sets: { name = f name [ values of `name` in list order ]; } (lazy).
void primZipAttrsWith(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[1], pos);
    gc::map<Symbol, gc::vector<Value *>, SymbolOrder> values;
    for (Value * elem : args[1]->listItems()) {
        try {
            st.forceAttrs(*elem, Pos{});  // the reference reports this without a position
        } catch (EvalError & e) {
            if (e.kind == ErrorKind::Type) e.traces.push_back({pos, "while invoking 'zipAttrsWith'"});
            throw;
        }
        for (auto & a : *elem->attrs) values[a.name];
    }
    for (Value * elem : args[1]->listItems())
        for (auto & a : *elem->attrs) values[a.name].push_back(a.value);
    Bindings * b = st.allocBindings(values.size());
    for (auto & [name, elems] : values) {
        Value * list = st.allocValue();
        st.mkList(*list, elems.size());
        for (size_t i = 0; i < elems.size(); i++) list->listElems()[i] = elems[i];
        Value * vName = st.allocValue();
        st.mkString(*vName, name.view());
        Value * partial = st.allocValue();
        partial->mkApp(args[0], vName);
        st.allocAttr(b, name)->mkApp(partial, list);
    }
    v.mkAttrs(b);  // already in symbol order
}

// genericClosure { startSet; operator; }: breadth-first over a work queue, keeping the first
// element seen for each key. Keys are compared with `<` in a std::set, as in the reference, so
// the comparisons made (and so any "cannot compare" error) are the reference's.
void primGenericClosure(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    Attr & startSet = st.requireAttr("genericClosure", st.sStartSet, *args[0]->attrs, pos);
    st.forceList(*startSet.value, pos);
    gc::list<Value *> work(startSet.value->listItems().begin(), startSet.value->listItems().end());
    Attr & op = st.requireAttr("genericClosure", st.sOperator, *args[0]->attrs, pos);
    st.forceValue(*op.value, pos);

    auto keyLess = [&st](Value * a, Value * b) { return lessThanValues(st, a, b); };
    gc::set<Value *, decltype(keyLess)> doneKeys(keyLess);
    gc::vector<Value *> result;
    while (!work.empty()) {
        Value * e = work.front();
        work.pop_front();
        st.forceAttrs(*e, pos);
        Attr * key = e->attrs->get(st.sKey);
        if (!key) throwEvalError("attribute 'key' required", pos);
        st.forceValue(*key->value, pos);
        if (!doneKeys.insert(key->value).second) continue;
        result.push_back(e);

        Value call;
        call.mkApp(op.value, e);
        st.forceList(call, pos);
        for (Value * next : call.listItems()) {
            st.forceValue(*next, pos);
            work.push_back(next);
        }
    }
    Value list;
    st.mkList(list, result.size());
    for (size_t i = 0; i < result.size(); i++) list.listElems()[i] = result[i];
    v = list;
}

const BuiltinSpec kAttrsets[] = {
    {"attrNames", 1, primAttrNames},
    {"attrValues", 1, primAttrValues},
    {"getAttr", 2, primGetAttr},
    {"hasAttr", 2, primHasAttr},
    {"unsafeGetAttrPos", 2, primUnsafeGetAttrPos},
    {"removeAttrs", 2, primRemoveAttrs},
    {"listToAttrs", 1, primListToAttrs},
    {"intersectAttrs", 2, primIntersectAttrs},
    {"catAttrs", 2, primCatAttrs},
    {"functionArgs", 1, primFunctionArgs},
    {"mapAttrs", 2, primMapAttrs},
    {"zipAttrsWith", 2, primZipAttrsWith},
    {"genericClosure", 1, primGenericClosure},
};

}  // namespace

std::span<const BuiltinSpec> attrsetBuiltins() { return kAttrsets; }

}  // namespace nixtwin
