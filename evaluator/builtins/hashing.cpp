// hashing.cpp — hashString and hashFile (base-16 digests via libcrypto, see store/hash.hpp).
#include "../store/hash.hpp"
#include "../store/source_path.hpp"
#include "environment.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

// The algorithm is checked before anything else is evaluated. The reference raises a usage
// error here: no position, not catchable.
store::HashAlgo hashAlgo(EvalState & st, Value & v, Pos pos) {
    std::string_view name = st.forceStringNoCtx(v, pos);
    auto algo = store::parseHashAlgo(name);
    if (!algo) throwEvalError("unknown hash algorithm '" + std::string(name) + "'");
    return *algo;
}

void primHashString(EvalState & st, Pos pos, Value ** args, Value & v) {
    store::HashAlgo algo = hashAlgo(st, *args[0], pos);
    Context context;  // the digest does not depend on the paths the string refers to
    std::string_view s = st.forceString(*args[1], context, pos);
    st.mkString(v, store::hashString(algo, s).toBase16());
}

void primHashFile(EvalState & st, Pos pos, Value ** args, Value & v) {
    store::HashAlgo algo = hashAlgo(st, *args[0], pos);
    std::string path = realisePath(st, pos, *args[1]);
    st.mkString(v, store::hashFileContents(algo, path).toBase16());
}

const BuiltinSpec kHash[] = {
    {"hashString", 2, primHashString},
    {"hashFile", 2, primHashFile},
};

}  // namespace

std::span<const BuiltinSpec> hashBuiltins() { return kHash; }

}  // namespace nixtwin
