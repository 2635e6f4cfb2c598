// value_gen.hpp — RapidCheck generators of Nix values (model values, see nix_value.hpp):
// every kind, integers over the whole 64-bit range, awkward floats, byte strings with
// escapes and non-UTF-8, canonical paths, lists and sets of any shape, functions. Nesting
// and lengths follow RapidCheck's size, and everything shrinks (towards 0, "", [ ], { }).
#pragma once

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "nix_value.hpp"

namespace nixtwin::gen {
// RapidCheck shows counterexamples with this: the value's Nix source.
std::ostream & operator<<(std::ostream & os, const NixValue & v);
}  // namespace nixtwin::gen

namespace nixtwin::proptest {

using gen::NixValue;
using gen::ValueKind;

struct ValueOptions {
    bool functions = true;
    bool nan = true;          // the NaN `inf - inf`
    bool infinities = true;
    bool paths = true;
    bool utf8Only = false;    // strings and keys valid UTF-8
    bool jsonFloats = false;  // only floats whose 6-digit text reads back exactly
    bool printable = false;   // the strict printout parses back: see printableValue
    bool safeInts = false;    // |int| <= 2^53: int/float conversions are exact
    bool specialKeys = true;  // keys like "type", "outPath", "__toString"
    int maxDepth = 3;
    int maxLength = 6;        // of lists and sets
};

rc::Gen<std::int64_t> genInt(bool safe = false);
rc::Gen<double> genFloat(const ValueOptions & o);
rc::Gen<std::string> genStringBytes(bool utf8Only);
rc::Gen<std::string> genPath();
rc::Gen<std::string> genAttrKey(const ValueOptions & o);
rc::Gen<NixValue> genFunction();
rc::Gen<NixValue> genScalar(ValueKind kind, const ValueOptions & o);
rc::Gen<NixValue> genValue(const ValueOptions & o);
rc::Gen<NixValue> genValueOfKind(ValueKind kind, const ValueOptions & o);

// Values `<` is defined on, of one domain: integers, numbers (ints and non-NaN floats,
// mixed, with ints exactly representable), strings, paths, or lists of those.
enum class OrderDomain { Integers, Numbers, Strings, Paths, Lists };
rc::Gen<OrderDomain> genOrderDomain();
rc::Gen<NixValue> genOrderable(OrderDomain d);
// A value close to `v` (equal, a numeric twin, a small change): makes equal and
// incomparable pairs common.
rc::Gen<NixValue> genNear(const NixValue & v);

// The options for values whose strict printout evaluates back to them.
ValueOptions printableOptions();
ValueOptions jsonOptions();

}  // namespace nixtwin::proptest
