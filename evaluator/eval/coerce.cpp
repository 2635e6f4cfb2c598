// coerce.cpp — string coercion (interpolation, toString) and path coercion.
#include <cstdio>

#include "../store/eval_store.hpp"
#include "../store/source_path.hpp"
#include "../store/store_path.hpp"
#include "../syntax/path_util.hpp"
#include "eval_state.hpp"

namespace nixtwin {

namespace {

// std::to_string(double): "%f".
std::string floatToString(double d) {
    char buf[512];
    snprintf(buf, sizeof buf, "%f", d);
    return buf;
}

}  // namespace

std::string EvalState::coerceToString(Pos pos, Value & v, Context & context, bool coerceMore, bool copyToStore,
                                      bool canonicalizePath) {
    forceValue(v, pos);
    switch (v.type()) {
    case ValueType::String:
        if (v.string.context)
            for (const char ** c = v.string.context; *c; ++c) context.insert(*c);
        return v.string.s;
    case ValueType::Path: {
        std::string path = canonicalizePath ? canonicalPath(v.path) : std::string(v.path);
        return copyToStore ? copyPathToStore(context, path) : path;
    }
    case ValueType::Attrs: {
        // __toString first, then outPath.
        if (Attr * f = v.attrs->get(sToString)) {
            Value result;
            callFunction(*f->value, v, result, pos);
            return coerceToString(pos, result, context, coerceMore, copyToStore);
        }
        Attr * out = v.attrs->get(sOutPath);
        if (!out) throwTypeError("cannot coerce a set to a string", pos);
        return coerceToString(pos, *out->value, context, coerceMore, copyToStore);
    }
    default: break;
    }
    if (coerceMore) {
        switch (v.type()) {
        case ValueType::Bool: return v.boolean ? "1" : "";
        case ValueType::Int: return std::to_string(v.integer);
        case ValueType::Float: return floatToString(v.fpoint);
        case ValueType::Null: return "";
        case ValueType::List: {
            std::string result;
            size_t n = v.listSize();
            Value * const * elems = v.listElems();
            for (size_t i = 0; i < n; i++) {
                result += coerceToString(pos, *elems[i], context, coerceMore, copyToStore);
                // Like the reference: no separator after an empty list element.
                if (i < n - 1 && (!elems[i]->isList() || elems[i]->listSize() != 0)) result += " ";
            }
            return result;
        }
        default: break;
        }
    }
    throwTypeError("cannot coerce " + showType(v) + " to a string", pos);
}

std::string EvalState::coerceToPath(Pos pos, Value & v, Context & context) {
    std::string path = coerceToString(pos, v, context, false, false);
    if (path.empty() || path[0] != '/') throwEvalError("string '" + path + "' doesn't represent an absolute path", pos);
    return path;
}

// A path used as a string names its copy in the store (computed, never written), which the
// string then refers to. Cached per evaluation by source path, like the reference's srcToStore,
// so later changes to the file do not change the answer.
std::string EvalState::copyPathToStore(Context & context, const std::string & path) {
    if (store::isDerivationName(path)) throwEvalError("file names are not allowed to end in '.drv'");
    auto it = srcToStore_.find(path);
    if (it == srcToStore_.end()) {
        std::string dst = store::computeSourcePath(settings.storeDir, baseNameOf(path), checkSourcePath(path), true).path;
        store::allowPath(*this, dst);
        it = srcToStore_.emplace(path, std::move(dst)).first;
    }
    context.insert(it->second);
    return it->second;
}

}  // namespace nixtwin
