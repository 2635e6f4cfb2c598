// value.hpp — the Nix value: one 24-byte cell, mutated in place when a thunk is forced.
//
// Values are referred to by pointer (Value *) from environments, lists and attribute sets, so
// forcing a shared thunk once updates every holder. Copying a Value copies its payload pointer:
// two copies of a list of more than two elements, or of a set, are the *same* list or set —
// which is what the reference's «repeated» printing and pointer-equality shortcut observe.
// Lists of up to two elements live inside the cell itself, as in the reference.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

#include "../syntax/ast.hpp"

namespace nixtwin {

struct Env;
struct Bindings;
struct PrimOp;

using NixInt = int64_t;
using NixFloat = double;

// What `builtins.typeOf` distinguishes (plus Thunk for an unforced value).
enum class ValueType : uint8_t { Thunk, Int, Float, Bool, String, Path, Null, Attrs, List, Function };

// A whole word, like every payload field: values are often copied right after being written,
// and a load that covers a narrower fresh store cannot be forwarded from it (a CPU stall).
enum class Tag : uint64_t {
    Uninitialized = 0,
    Int, Bool, String, Path, Null, Attrs, List1, List2, ListN,
    Lambda, PrimOp, PrimOpApp, Float,
    // Not evaluated yet: forceValue acts on these (keep them last, from Thunk on).
    Thunk, App, Blackhole,
    // A thunk whose result, an integer, was computed when it was created (EvalState::maybeThunk);
    // it is a thunk to everything that looks (printing shows <CODE>) until forced.
    IntThunk,
};

struct Value {
    Tag tag = Tag::Uninitialized;
    union {
        NixInt integer;
        bool boolean;
        NixFloat fpoint;
        struct {
            const char * s;          // NUL-terminated, as in the reference (a NUL byte ends a string)
            const char ** context;   // NULL-terminated array of context elements, or null
        } string;
        const char * path;
        Bindings * attrs;
        struct {
            size_t size;
            Value ** elems;
        } bigList;
        Value * smallList[2];
        struct {
            Env * env;
            Expr * expr;
        } thunk;
        struct {
            Value * left;
            Value * right;
        } app;
        struct {
            Env * env;
            ExprLambda * fun;
        } lambda;
        const PrimOp * primOp;
        struct {
            Value * left;
            Value * right;
        } primOpApp;
    };

    Value() : integer(0) {}
    Value(const Value & other) noexcept { copyFrom(other); }
    Value & operator=(const Value & other) noexcept {
        copyFrom(other);
        return *this;
    }

    ValueType type() const {
        switch (tag) {
        case Tag::Int: return ValueType::Int;
        case Tag::Bool: return ValueType::Bool;
        case Tag::String: return ValueType::String;
        case Tag::Path: return ValueType::Path;
        case Tag::Null: return ValueType::Null;
        case Tag::Attrs: return ValueType::Attrs;
        case Tag::List1: case Tag::List2: case Tag::ListN: return ValueType::List;
        case Tag::Lambda: case Tag::PrimOp: case Tag::PrimOpApp: return ValueType::Function;
        case Tag::Float: return ValueType::Float;
        default: return ValueType::Thunk;
        }
    }

    bool isThunk() const { return tag == Tag::Thunk; }
    bool needsForcing() const { return tag >= Tag::Thunk; }
    bool isApp() const { return tag == Tag::App; }
    bool isBlackhole() const { return tag == Tag::Blackhole; }
    bool isLambda() const { return tag == Tag::Lambda; }
    bool isPrimOp() const { return tag == Tag::PrimOp; }
    bool isPrimOpApp() const { return tag == Tag::PrimOpApp; }
    bool isList() const { return tag == Tag::List1 || tag == Tag::List2 || tag == Tag::ListN; }

    void mkInt(NixInt n) { tag = Tag::Int; integer = n; }
    void mkBool(bool b) { tag = Tag::Bool; integer = b; }  // the whole word (see Tag); `boolean` reads its low byte
    void mkFloat(NixFloat f) { tag = Tag::Float; fpoint = f; }
    void mkNull() { tag = Tag::Null; integer = 0; }
    void mkString(const char * s, const char ** context = nullptr) { tag = Tag::String; string.s = s; string.context = context; }
    void mkPath(const char * p) { tag = Tag::Path; path = p; }
    void mkAttrs(Bindings * a) { tag = Tag::Attrs; attrs = a; }
    void mkThunk(Env * e, Expr * ex) { tag = Tag::Thunk; thunk.env = e; thunk.expr = ex; }
    void mkIntThunk(NixInt n) { tag = Tag::IntThunk; integer = n; }
    void mkApp(Value * l, Value * r) { tag = Tag::App; app.left = l; app.right = r; }
    void mkLambda(Env * e, ExprLambda * f) { tag = Tag::Lambda; lambda.env = e; lambda.fun = f; }
    void mkBlackhole() { tag = Tag::Blackhole; }
    void mkPrimOp(const PrimOp * p) { tag = Tag::PrimOp; primOp = p; }
    void mkPrimOpApp(Value * l, Value * r) { tag = Tag::PrimOpApp; primOpApp.left = l; primOpApp.right = r; }

    size_t listSize() const { return tag == Tag::List1 ? 1 : tag == Tag::List2 ? 2 : bigList.size; }
    Value ** listElems() { return tag == Tag::List1 || tag == Tag::List2 ? smallList : bigList.elems; }
    Value * const * listElems() const { return tag == Tag::List1 || tag == Tag::List2 ? smallList : bigList.elems; }
    std::span<Value * const> listItems() const { return {listElems(), listSize()}; }
    // Identity of a list for «repeated» (the element array; inline for small lists).
    const void * listIdentity() const { return listElems(); }

    std::string_view stringView() const { return string.s; }

private:
    // Word by word through scalar registers: the compiler would otherwise merge the copy into
    // a 16-byte vector load, which stalls when the words were just stored separately.
    void copyFrom(const Value & other) {
        uint64_t w0, w1, w2;
        auto from = reinterpret_cast<const char *>(&other);
        std::memcpy(&w0, from, 8);
        std::memcpy(&w1, from + 8, 8);
        std::memcpy(&w2, from + 16, 8);
        asm("" : "+r"(w0), "+r"(w1), "+r"(w2));
        auto to = reinterpret_cast<char *>(this);
        std::memcpy(to, &w0, 8);
        std::memcpy(to + 8, &w1, 8);
        std::memcpy(to + 16, &w2, 8);
    }
};

static_assert(sizeof(Value) == 24);

}  // namespace nixtwin
