// attr_path.cpp — selection paths.
#include "attr_path.hpp"

#include <charconv>
#include <vector>

#include "eval/suggestions.hpp"

namespace nixtwin {

namespace {

std::vector<std::string> splitAttrPath(std::string_view s) {
    std::vector<std::string> parts;
    std::string cur;
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '.') {
            parts.push_back(cur);
            cur.clear();
        } else if (s[i] == '"') {
            ++i;
            while (true) {
                if (i == s.size()) throwEvalError("missing closing quote in selection path '" + std::string(s) + "'");
                if (s[i] == '"') break;
                cur.push_back(s[i++]);
            }
        } else {
            cur.push_back(s[i]);
        }
    }
    if (!cur.empty()) parts.push_back(cur);
    return parts;
}

}  // namespace

Value * findAlongAttrPath(EvalState & st, const std::string & attrPath, Bindings & autoArgs, Value & root) {
    Value * v = &root;
    for (auto & part : splitAttrPath(attrPath)) {
        unsigned index = 0;
        auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), index);
        bool isIndex = !part.empty() && ec == std::errc() && end == part.data() + part.size();
        Value * next = st.allocValue();
        st.autoCallFunction(autoArgs, *v, *next);
        v = next;
        st.forceValue(*v, Pos{});
        if (!isIndex) {
            if (v->type() != ValueType::Attrs)
                throwTypeError("the expression selected by the selection path '" + attrPath + "' should be a set but is " +
                               EvalState::showType(*v));
            if (part.empty()) throwEvalError("empty attribute name in selection path '" + attrPath + "'");
            Attr * a = v->attrs->get(st.symbols.intern(part));
            if (!a) {
                EvalError err(ErrorKind::Eval, "attribute '" + part + "' in selection path '" + attrPath + "' not found");
                std::vector<std::string> names;
                for (auto & b : *v->attrs) names.push_back(b.name.str());
                err.suggestion = suggestionLine(names, part);
                throw err;
            }
            v = a->value;
        } else {
            if (!v->isList())
                throwTypeError("the expression selected by the selection path '" + attrPath + "' should be a list but is " +
                               EvalState::showType(*v));
            if (index >= v->listSize())
                throwEvalError("list index " + std::to_string(index) + " in selection path '" + attrPath + "' is out of range");
            v = v->listElems()[index];
        }
    }
    return v;
}

}  // namespace nixtwin
