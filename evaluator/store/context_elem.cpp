// context_elem.cpp — decoding string context elements (see eval_store.hpp).
#include "eval_store.hpp"
#include "store_path.hpp"

namespace nixtwin::store {

ContextElem decodeContext(std::string_view storeDir, std::string_view elem) {
    size_t bang = elem.size() > 1 ? elem.find('!', 1) : std::string_view::npos;
    if (!elem.empty() && elem[0] == '!' && bang != std::string_view::npos)
        return {parseStorePath(storeDir, elem.substr(bang + 1)), std::string(elem.substr(1, bang - 1))};
    return {parseStorePath(storeDir, !elem.empty() && elem[0] == '/' ? elem : elem.substr(elem.empty() ? 0 : 1)), ""};
}

void realiseContext(EvalState & state, const Context & context) {
    for (auto & elem : context)
        throwEvalError("path '" + decodeContext(state.settings.storeDir, elem).path + "' is not valid");
}

}  // namespace nixtwin::store
