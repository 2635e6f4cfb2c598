// nix_value.hpp — a model of the Nix values a program can print: what the property suites
// generate, what the program generator turns into literals, and what the laws' expected
// results are computed on. Plain data, no evaluator: the model is the independent opinion.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nixtwin::gen {

enum class ValueKind { Null, Bool, Int, Float, String, Path, List, Attrs, Function };

// How a function value prints (<LAMBDA>, <PRIMOP>, <PRIMOP-APP>) and describes itself in
// errors ("a function", "the built-in function 'add'", …).
enum class FunctionKind { Lambda, PrimOp, PrimOpApp };

struct NixValue {
    ValueKind kind = ValueKind::Null;
    bool boolean = false;
    std::int64_t integer = 0;
    double fpoint = 0;
    // String: its bytes (never NUL). Path: canonical absolute path. Function: Nix source
    // text of the function (a closed expression).
    std::string text;
    FunctionKind function = FunctionKind::Lambda;
    std::string primopName;  // PrimOp / PrimOpApp: the builtin's name ("add")
    std::vector<NixValue> list;
    // Sorted by key bytes, keys unique: the order Nix prints and lists them in.
    std::vector<std::pair<std::string, NixValue>> attrs;

    // Defined out of line, where NixValue is complete: clang (unlike gcc) rejects instantiating
    // the members of vector<pair<string, NixValue>> inside the class.
    NixValue();
    NixValue(const NixValue &);
    NixValue(NixValue &&) noexcept;
    NixValue & operator=(const NixValue &);
    NixValue & operator=(NixValue &&) noexcept;
    ~NixValue();

    static NixValue null();
    static NixValue boolean_(bool b);
    static NixValue int_(std::int64_t i);
    static NixValue float_(double d);
    static NixValue string(std::string s);
    static NixValue path(std::string p);
    static NixValue list_(std::vector<NixValue> items);
    // Keys are sorted and de-duplicated (the first value for a key wins).
    static NixValue attrs_(std::vector<std::pair<std::string, NixValue>> items);
    static NixValue lambda(std::string source);
    static NixValue primop(std::string name, bool partiallyApplied, std::string source);

    const NixValue * get(const std::string & key) const;
    bool isNumber() const { return kind == ValueKind::Int || kind == ValueKind::Float; }
    double asDouble() const { return kind == ValueKind::Int ? double(integer) : fpoint; }
};

// `builtins.typeOf`: "null", "bool", "int", "float", "string", "path", "list", "set", "lambda".
std::string typeOfName(const NixValue & v);

// The reference's showType, as used in "cannot compare a string with an integer".
std::string showType(const NixValue & v);

// True when the value (deeply) contains a function or a NaN: the values for which `==`
// is not reflexive in the reference unless the very same cell is compared.
bool containsIncomparable(const NixValue & v);

// Number of nodes: keeps suites' costs predictable.
std::size_t valueSize(const NixValue & v);

// The NaN the reference can build (`inf - inf`; on x86-64 its sign bit is set, printed "-nan").
double constructibleNaN();

}  // namespace nixtwin::gen
