// nix_type.hpp — the types the program generator reasons with. A program is generated for a
// type so that every operator and builtin gets operands it accepts: the only errors in a
// generated program are the ones placed on purpose.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace nixtwin::gen {

struct Type;
using TypeP = std::shared_ptr<const Type>;

enum class TypeKind {
    Int, Float, Bool, String, Null, Path,
    List,      // elem
    Set,       // fields (sorted by name, unique)
    Function,  // arg → ret
    Any,       // some value of unknown type: only printed, compared with ==, or tested
};

struct Type {
    TypeKind kind = TypeKind::Any;
    TypeP elem;
    std::vector<std::pair<std::string, TypeP>> fields;
    TypeP arg, ret;

    static TypeP int_();
    static TypeP float_();
    static TypeP bool_();
    static TypeP string();
    static TypeP null();
    static TypeP path();
    static TypeP any();
    static TypeP list(TypeP elem);
    static TypeP set(std::vector<std::pair<std::string, TypeP>> fields);
    static TypeP function(TypeP arg, TypeP ret);

    TypeP field(const std::string & name) const;
    bool isScalar() const;
};

bool sameType(const TypeP & a, const TypeP & b);
// For messages and tests: "int", "[string]", "{ a: int; }", "int -> bool".
std::string describe(const TypeP & t);
// True when every value of this type can be compared with `<` against another of the same
// type without error (ints, floats, strings, paths, lists of those).
bool orderable(const TypeP & t);
// True when a value of this type can hold no function (so toJSON/deepSeq/== behave plainly).
bool functionFree(const TypeP & t);

}  // namespace nixtwin::gen
