// value_formats.cpp — JSON and XML output (completed by the builtins work: toJSON/toXML).
#include "value_formats.hpp"

namespace nixtwin {

std::string valueToJSON(EvalState &, Value &, bool, Context *) {
    throwError(ErrorKind::Unsupported, "nixtwin cannot print values as JSON yet");
}

std::string valueToXML(EvalState &, Value &, bool, bool, Context *) {
    throwError(ErrorKind::Unsupported, "nixtwin cannot print values as XML yet");
}

}  // namespace nixtwin
